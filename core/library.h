#pragma once

#include "backups.h"
#include "frameworkregistry.h"
#include "paths.h"
#include "scoring.h"
#include "store.h"

#include <functional>

namespace iia {

/// How an import treats an assessment whose id is already in the library.
enum class ImportMode
{
    Refuse,
    Replace,
    Copy
};

struct ImportResult
{
    QString id;
    QString title;
    bool replaced = false;
    bool copied = false;
};

/// An import decided by Library::planImport and written by Library::writeImport.
struct ImportPlan
{
    IiaDocument document; ///< with its final id (a new one for a copy) and times
    ListColumns columns;  ///< what the library list shows of it
    ImportResult result;  ///< what the import does, once written
    QString fileName;     ///< where the document was read from, for messages
};

/// What Library::restoreBackup did.
struct RestoreResult
{
    BackupInfo restored;                ///< the backup that is now the library
    std::optional<BackupInfo> previous; ///< the library as it was, kept as a backup (none when it was empty)
};

/// The library as the application sees it: the store, the frameworks, and the rules that keep them in step
/// (ids checked against the framework, list columns rescored on every edit, history checkpoints).
/// The CLI and the GUI both work through it.
class Library
{
public:
    /// When open() runs the daily care (DailyCare: the day's check and backup).
    enum class CareTiming
    {
        AtOpen, ///< before open() returns (the command line)
        Later,  ///< the caller runs it, on a thread of its own (the window, once it has painted)
    };

    /// Opens (or creates) the library in paths.dataDir(); the frameworks are read when first needed.
    ///
    /// On the way: temporary files a crash left are removed; a library that needs a schema update is
    /// backed up first (no backup, no update); with CareTiming::AtOpen, once a day the library is checked
    /// (PRAGMA quick_check) and, when the newest backup is from an earlier day, backed up. A library whose
    /// file or folder is not writable is opened read-only (isReadOnly()). A library file refused — not
    /// ours, newer, damaged — is copied into the damaged folder and never changed; the error (NotOurs or
    /// Unsupported, see isRefusal()) names the copy and the latest sound backup.
    static Result<std::unique_ptr<Library>>
    open(const Paths &paths, Store::Mode mode = Store::Mode::ReadWrite, CareTiming care = CareTiming::AtOpen);
    /// True when error is open() refusing the library file itself (so restoring a backup, or starting a
    /// new library, is what the user can do).
    static bool isRefusal(const Error &error, const Paths &paths);

    /// False only after restoreBackup() failed so badly that the library could not be opened again in
    /// any mode; the Library must then be discarded.
    bool isOpen() const { return m_store != nullptr; }
    bool isReadOnly() const { return m_store->isReadOnly(); }
    /// Why the library is read-only (a sentence), when it is.
    QString readOnlyReason() const { return m_store->readOnlyReason(); }
    /// What went wrong while opening without preventing it, such as a daily backup that failed.
    const QList<Error> &warnings() const { return m_warnings; }
    Backups backups() const { return Backups(m_paths); }

    /// Replaces the library with the backup called name ("latest" for the newest), after keeping the
    /// library as it is as a backup of its own, so that a restore can be undone. The store is closed and
    /// opened again (references to it stay valid; loaded assessments do not). ReadOnly, NotFound, NotOurs
    /// or Io errors; on failure the library is unchanged.
    Result<RestoreResult> restoreBackup(const QString &name);
    /// The same when the library cannot be opened (refused as damaged): the backup simply replaces it
    /// (a copy of the refused file is in the damaged folder).
    static Result<RestoreResult> restoreBackup(const Paths &paths, const QString &name);
    /// For a library found damaged while open (by the day's check on another thread): closes it, moves the
    /// file into the damaged folder, puts the backup called backupName back, or starts an empty library
    /// when backupName is empty, and opens the result. Returns where the damaged file went. Nothing is
    /// deleted; when the file cannot be moved (or another program has the library open) nothing changes.
    Result<QString> replaceDamaged(const QString &backupName);

    Store &store() { return *m_store; }
    const Store &store() const { return *m_store; }
    /// The frameworks, built in and from the frameworks folder, read the first time they are needed: the
    /// library window needs none, so the application's start does not wait for them.
    const FrameworkRegistry &frameworks() const;
    /// Loads the frameworks again (after the user saved one in the frameworks folder). Open assessments keep
    /// the framework they hold.
    void reloadFrameworks();
    const Paths &paths() const { return m_paths; }

    /// The framework an assessment is scored with (its own version when installed, else the newest of its
    /// id).
    FrameworkPtr frameworkFor(const Assessment &assessment) const;
    Scorecard score(const Assessment &assessment) const;

    Result<Assessment> create(const QString &title, const FrameworkPtr &framework = nullptr);
    Result<Assessment> load(const QString &id) const;
    /// Applies edit to assessment, saves it in one transaction, and returns the edit that undoes it. When
    /// scorecard is given it receives the new score (computed once, for the list columns and the caller).
    /// On failure neither the assessment, the scorecard nor the library changes.
    Result<Edit> edit(Assessment &assessment, const Edit &edit, Scorecard *scorecard = nullptr);
    /// A copy with a new id and "(copy)" after the title; the history is not copied.
    Result<Assessment> duplicate(const QString &id);
    /// The assessment with its history, as written to a .iia file.
    Result<IiaDocument> document(const QString &id) const;
    /// Puts the content of revision number back, after saving the current state as a revision of its own.
    Result<Assessment> restoreRevision(const QString &id, int number);

    Result<ImportResult> importFile(const QString &path, ImportMode mode);
    /// Imports a document that has already been read (and validated) from fileName, in one transaction.
    /// Conflict when mode is Refuse and the library holds the assessment; Database, Io or ReadOnly errors.
    Result<ImportResult> importDocument(IiaDocument document, ImportMode mode, const QString &fileName);
    /// importDocument in three steps, so that the writing, long for a large file, can run on another
    /// thread: planImport on this Library's thread (the conflict check, the id of a copy, the list
    /// columns); writeImport on any thread, through a Store that thread opened on paths().libraryFile()
    /// (Qt's SQL connections belong to the thread that made them); importWritten back on this thread once
    /// the write succeeded. Errors as importDocument's.
    Result<ImportPlan> planImport(IiaDocument document, ImportMode mode, const QString &fileName) const;
    static Result<ImportResult> writeImport(Store &store, ImportPlan plan);
    void importWritten(const ImportResult &result);
    Result<void> exportFile(const QString &id, const QString &path) const;

    /// Replaces the clock (tests).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// How old the newest revision may get before an edit saves a new one.
    static constexpr qint64 kCheckpointSeconds = 10 * 60;

private:
    Library(Paths paths, std::unique_ptr<Store> store);
    static Result<std::unique_ptr<Store>> openStore(const Paths &paths, Store::Mode mode);
    static Error refused(const Paths &paths, Error error);
    /// Closes the store, runs replace (which changes the library file), and opens the store again, read-only
    /// when it can no longer be written. Refused when another connection keeps the library open.
    Result<void> replaceFile(const std::function<Result<void>()> &replace);
    ListColumns columnsFor(const Assessment &assessment) const;
    Result<void> checkIds(const Assessment &assessment, const Edit &edit) const;
    QDateTime now() const;

    Paths m_paths;
    std::unique_ptr<Store> m_store;
    mutable FrameworkRegistry m_frameworks;
    mutable bool m_frameworksLoaded = false;
    std::function<QDateTime()> m_clock;
    QHash<QString, QDateTime> m_lastCheckpoint;
    QList<Error> m_warnings;
};

} // namespace iia
