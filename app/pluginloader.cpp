#include "pluginloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>
#include <QStringList>

namespace iia {

using namespace Qt::StringLiterals;

QObject *loadApplicationPlugin(const QString &name, QString *errors)
{
    QStringList folders{QCoreApplication::applicationDirPath()};
#ifdef IIA_PLUGIN_BUILD_DIR
    folders.append(QStringLiteral(IIA_PLUGIN_BUILD_DIR));
#endif
    folders.removeDuplicates();
    QStringList reasons;
    for (const QString &folder : std::as_const(folders)) {
        QPluginLoader loader(QDir(folder).filePath(name));
        if (QObject *root = loader.instance())
            return root;
        reasons.append(loader.errorString());
    }
    if (errors)
        *errors = reasons.join(u"; "_s);
    return nullptr;
}

} // namespace iia
