#pragma once

#include "error.h"
#include "paths.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace iia {

class Store;

/// One backup of the library, a file in the backups folder.
struct BackupInfo
{
    QString name;          ///< the file name: library-YYYYMMDD-HHMMSS.sqlite (UTC), "-N" added on a clash
    QString path;          ///< absolute path
    QDateTime created;     ///< UTC, read from the name
    qint64 size = 0;       ///< bytes
    int assessments = 0;   ///< assessments outside the trash
    int schemaVersion = 0; ///< PRAGMA user_version of the backup
};

/// The library's rolling backups, and the folder where libraries refused as damaged are set aside.
///
/// A backup is a VACUUM INTO copy of the open library, written under a temporary name in the backups
/// folder, synced to disk and only then renamed, so that a half-written backup never carries a backup's
/// name. The newest kBackupsKept are kept. A file is listed only when it opens as a sound library of ours
/// (application id, a schema this version reads, PRAGMA quick_check). Temporary files are held locked by
/// the process writing them; one that nobody holds was left by a crash and is removed at the next start.
class Backups
{
public:
    /// How many backups are kept; taking one more removes the oldest.
    static constexpr int kBackupsKept = 10;

    explicit Backups(Paths paths);
    /// The backups folder.
    QString folder() const { return m_paths.backupsDir(); }

    /// Every sound backup, newest first. Other files in the folder are left out, and left alone.
    QList<BackupInfo> list() const;
    /// The newest sound backup.
    std::optional<BackupInfo> latest() const;
    /// The backup with this file name, or the newest for "latest". NotFound when there is none; NotOurs
    /// when the file is not a sound library.
    Result<BackupInfo> find(const QString &name) const;
    /// When the newest file named like a backup was taken, without opening any (invalid when none).
    QDateTime newestTime() const;

    /// Writes a backup of store (which must be open on this library) and removes the oldest beyond
    /// kBackupsKept, never the one named keep. Io or Database errors carry the system's reason.
    Result<BackupInfo> take(const Store &store, const QString &keep = {}) const;
    /// Checks that path is a sound library of ours and describes it. NotOurs, Unsupported or Io otherwise.
    static Result<BackupInfo> inspect(const QString &path);

    /// Replaces the library file with the backup: copied to a temporary file beside the library, synced,
    /// then renamed over it; the old write-ahead log files are removed first. The library must not be open
    /// in this process. On failure the library file is unchanged.
    Result<void> putBack(const BackupInfo &backup) const;

    /// Copies the library file (and its write-ahead log, when it has one) into the damaged folder, unless
    /// an identical copy is there already; returns the copy's path. The library itself is not touched.
    Result<QString> setAsideDamaged() const;
    /// Moves the library file into the damaged folder (onto its identical copy), so that a new, empty
    /// library can be started in its place. Nothing is deleted. Returns where it went.
    Result<QString> moveAsideDamaged() const;

    /// Removes the temporary files (".iia-*.tmp") that an interrupted backup, restore, copy or save left
    /// behind in the data folder and its backups, damaged, frameworks and inbox folders: those that no
    /// running process holds. Returns how many were removed.
    int removeStaleTemporaries() const;
    /// The names temporary files get (for tests): ".iia-*.tmp".
    static QString temporaryFilePattern();

private:
    Result<QString> uniqueName(const QString &folder, const QDateTime &when) const;
    void prune(const QString &keep) const;
    QList<BackupInfo> candidates() const;

    Paths m_paths;
};

} // namespace iia
