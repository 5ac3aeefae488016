#include "syntax/highlighting.h"

#include "pluginloader.h"

namespace iia {

using namespace Qt::StringLiterals;

Highlighting *Highlighting::instance()
{
    static Highlighting *const plugin = loadApplicationPlugin<Highlighting>(
        u"iia_highlighting"_s, "syntax highlighting is not available, editors show plain text");
    return plugin;
}

} // namespace iia
