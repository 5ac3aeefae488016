#include "paths.h"

#include <QDir>
#include <QStandardPaths>

namespace iia {

QString Paths::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Paths::Paths(QString dataDir)
    : m_dataDir(QDir::cleanPath(QDir(dataDir).absolutePath()))
{}

QString Paths::libraryFile() const
{
    return m_dataDir + QStringLiteral("/library.sqlite");
}
QString Paths::frameworksDir() const
{
    return m_dataDir + QStringLiteral("/frameworks");
}
QString Paths::backupsDir() const
{
    return m_dataDir + QStringLiteral("/backups");
}
QString Paths::damagedDir() const
{
    return m_dataDir + QStringLiteral("/damaged");
}
QString Paths::inboxDir() const
{
    return m_dataDir + QStringLiteral("/inbox");
}

} // namespace iia
