#pragma once

// Writing files so that a crash never leaves a half-written one under its final name, and never leaves a
// temporary file that the next start cannot recognise: the pieces shared by the backups and
// writeFileAtomically().

#include "error.h"

#include <QTemporaryFile>

namespace iia::atomicfile {

/// Temporary files are named kPrefix + PURPOSE + "-XXXXXX" + kSuffix (".iia-backup-a1B2c3.tmp").
inline constexpr QStringView kPrefix = u".iia-";
inline constexpr QStringView kSuffix = u".tmp";

/// Makes a rename durable: the folder's entry is on disk once this returns.
void syncFolder(const QString &folder);

/// Renames from onto to, replacing it atomically (rename(2); MoveFileEx on Windows), then syncs to's folder.
/// Io error with the system's reason.
Result<void> renameReplacing(const QString &from, const QString &to);

/// A temporary file in the folder of its final place, named .iia-PURPOSE-XXXXXX.tmp and locked (flock) for
/// as long as it is open, so that a later start can tell a file in use from one a crash left
/// (Backups::removeStaleTemporaries). Removed unless committed.
///
/// On Linux the file is created unnamed (O_TMPFILE) where the file system allows it, and locked before it
/// gets its name, so that no other process ever sees it named and unlocked.
class LockedTemporary
{
public:
    LockedTemporary(const QString &folder, const QString &purpose);

    bool isOpen() const { return m_file.isOpen(); }
    /// Why the last step failed (the system's reason).
    QString errorString() const { return m_reason.isEmpty() ? m_file.errorString() : m_reason; }
    /// The file's name (on Linux, giving it one if it has none yet).
    QString path() const { return m_file.fileName(); }

    /// Appends data, checking every write: false when the disk is full or the write fails (errorString()).
    bool write(const QByteArray &data);
    /// Copies source into the file; Io error with the system's reason.
    Result<void> copyFrom(const QString &source);
    /// Syncs the file, renames it onto target (replacing it) and syncs the folder. Io error with the system's
    /// reason, also in errorString().
    Result<void> commit(const QString &target);

private:
    Error writeError() const;

    QTemporaryFile m_file;
    QString m_reason;
};

} // namespace iia::atomicfile
