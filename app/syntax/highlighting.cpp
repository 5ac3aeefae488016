#include "syntax/highlighting.h"

#include "pluginloader.h"

namespace iia {

using namespace Qt::StringLiterals;

Highlighting *Highlighting::instance()
{
    static Highlighting *const plugin = []() -> Highlighting * {
        QString errors;
        if (auto *found = qobject_cast<Highlighting *>(loadApplicationPlugin(u"iia_highlighting"_s, &errors)))
            return found;
        qWarning("iia: syntax highlighting is not available, editors show plain text (%s)",
                 qUtf8Printable(errors));
        return nullptr;
    }();
    return plugin;
}

} // namespace iia
