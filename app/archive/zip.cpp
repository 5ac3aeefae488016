#include "archive/zip.h"

#include "pluginloader.h"

namespace iia::zip {

using namespace Qt::StringLiterals;

const Archive *Archive::instance(QString *error)
{
    static QString reason;
    static const Archive *const plugin = [] {
        auto *found = qobject_cast<Archive *>(loadApplicationPlugin(u"iia_archive"_s, &reason));
        if (!found)
            qWarning("iia: Word and OpenDocument files cannot be read or written (%s)",
                     qUtf8Printable(reason));
        return found;
    }();
    if (!plugin && error)
        *error = reason;
    return plugin;
}

} // namespace iia::zip
