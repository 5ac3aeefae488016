#pragma once

#include <QString>

namespace iia {

/// Where the application keeps its data. Everything lives under one data folder: the platform's
/// application-data location (~/.local/share/InternetImpactAssessment on Linux), or the folder given with
/// --data-dir.
class Paths
{
public:
    /// The platform default data folder.
    static QString defaultDataDir();

    explicit Paths(QString dataDir);
    QString dataDir() const { return m_dataDir; }
    QString libraryFile() const;   ///< dataDir/library.sqlite
    QString frameworksDir() const; ///< dataDir/frameworks — the user's own framework files
    QString backupsDir() const;    ///< dataDir/backups — rolling backups of the library
    QString damagedDir() const;    ///< dataDir/damaged — copies of libraries refused as damaged
    QString inboxDir() const;      ///< dataDir/inbox — requests from a second start of the window

private:
    QString m_dataDir;
};

} // namespace iia
