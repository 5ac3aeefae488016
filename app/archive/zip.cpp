#include "archive/zip.h"

#include "pluginloader.h"

namespace iia::zip {

using namespace Qt::StringLiterals;

const Archive *Archive::instance(QString *error)
{
    static QString reason;
    static const Archive *const plugin = loadApplicationPlugin<Archive>(
        u"iia_archive"_s, "Word and OpenDocument files cannot be read or written", &reason);
    if (!plugin && error)
        *error = reason;
    return plugin;
}

} // namespace iia::zip
