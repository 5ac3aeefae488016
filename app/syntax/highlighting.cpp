#include "syntax/highlighting.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

namespace iia {

using namespace Qt::StringLiterals;

Highlighting *Highlighting::instance()
{
    static Highlighting *const plugin = []() -> Highlighting * {
        // Beside the executable once installed; in the build tree for the tests, whose executables live in
        // folders of their own.
        QStringList folders{QCoreApplication::applicationDirPath()};
#ifdef IIA_PLUGIN_BUILD_DIR
        folders.append(QStringLiteral(IIA_PLUGIN_BUILD_DIR));
#endif
        QStringList errors;
        for (const QString &folder : std::as_const(folders)) {
            QPluginLoader loader(QDir(folder).filePath(u"iia_highlighting"_s));
            if (auto *found = qobject_cast<Highlighting *>(loader.instance()))
                return found;
            errors.append(loader.errorString());
        }
        qWarning("iia: syntax highlighting is not available, editors show plain text (%s)",
                 qUtf8Printable(errors.join(u"; "_s)));
        return nullptr;
    }();
    return plugin;
}

} // namespace iia
