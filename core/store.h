#pragma once

#include "assessment.h"
#include "edit.h"
#include "error.h"
#include "interchange.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace iia {

/// One row of the library list: what the start screen shows without loading a whole assessment.
struct AssessmentSummary
{
    QString id;
    QString title;
    QString jurisdiction;
    QString instrument;
    QString stage;
    QString frameworkId;
    QString frameworkVersion;
    QDateTime created;
    QDateTime modified;
    QDateTime deleted; ///< invalid unless the assessment is in the trash
    Verdict exist = Verdict::Unassessed;
    Verdict thrive = Verdict::Unassessed;
    double completion = 0;
};

/// The values derived from scoring that the library list shows; kept beside each assessment.
struct ListColumns
{
    Verdict exist = Verdict::Unassessed;
    Verdict thrive = Verdict::Unassessed;
    double completion = 0;
};

/// Which assessments a listing covers and, optionally, a search over title, jurisdiction and text.
struct ListQuery
{
    enum class Scope
    {
        Active,
        Trash,
        All
    };
    Scope scope = Scope::Active;
    QString search; ///< words; every word must match the start of a word in the assessment
    int limit = 0;  ///< at most this many, the most recently changed first; 0 for all
};

/// The SQLite library file (library.sqlite): every assessment, its history and its place in the trash.
///
/// Opening probes the file and refuses one that is not ours, is newer than this program or is damaged
/// (cut short); an older one is migrated forward. Foreign keys are on, the journal is write-ahead, and
/// every write is one transaction, so a crash loses at most the edit in flight. Errors carry the failing
/// SQL statement and SQLite's reason ("database or disk is full").
class Store
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    /// Called once before the library is migrated from fromVersion (≥ 1) to the latest version, with the
    /// store open on the old schema; a failure cancels the migration and the opening.
    using BeforeMigration = std::function<Result<void>(Store &store, int fromVersion)>;

    /// Opens path, creating an empty library when the file does not exist (and mode is ReadWrite).
    ///
    /// Asked for ReadWrite, a library whose file or folder is not writable is opened read-only instead:
    /// isReadOnly() and readOnlyReason() say so, and every write fails with ErrorCode::ReadOnly. Refusals:
    /// NotOurs (not an SQLite database, another program's, or damaged), Unsupported (a newer schema), Io.
    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode = Mode::ReadWrite,
                                               const BeforeMigration &beforeMigration = {});
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    /// Why a library asked for ReadWrite was opened read-only (a translated sentence); empty otherwise.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// True when this opening created the library (the file did not exist or was empty).
    bool wasCreated() const { return m_created; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    /// Writes a consistent copy of the library to target (which must not exist, or be empty) with
    /// VACUUM INTO. The copy is not synced to disk; the caller does that.
    Result<void> backupTo(const QString &target) const;
    /// PRAGMA quick_check: the problems found, empty when the library is sound.
    Result<QStringList> quickCheck() const;
    /// A value of the library's own bookkeeping (app_state); empty when unset.
    Result<QString> state(const QString &key) const;
    Result<void> setState(const QString &key, const QString &value);

    Result<QList<AssessmentSummary>> list(const ListQuery &query = {}) const;
    /// The row of one assessment, in the trash or not; nullopt when there is none with that id.
    Result<std::optional<AssessmentSummary>> summary(const QString &id) const;
    Result<Assessment> load(const QString &id) const;

    /// Adds a new assessment with its history. Fails with Conflict when the id is taken.
    Result<void> insert(const Assessment &assessment, const ListColumns &columns,
                        const QList<Revision> &history = {});
    /// Replaces an existing assessment and its history in one transaction.
    Result<void> replace(const Assessment &assessment, const ListColumns &columns,
                         const QList<Revision> &history);
    /// Writes what edit changed (after is the assessment with the edit applied), in one transaction;
    /// a checkpoint, when given, is added to the history in the same transaction.
    Result<void> saveEdit(const Assessment &after, const Edit &edit, const ListColumns &columns,
                          const std::optional<Revision> &checkpoint = std::nullopt);

    Result<void> moveToTrash(const QString &id);
    Result<void> restoreFromTrash(const QString &id);
    /// Deletes every assessment in the trash for good; returns how many.
    Result<int> emptyTrash();

    Result<QList<RevisionInfo>> revisions(const QString &id) const;
    Result<Revision> revision(const QString &id, int number) const;
    /// Every revision with its snapshot, oldest first.
    Result<QList<Revision>> history(const QString &id) const;
    /// Adds a snapshot to the history as the next revision number; returns the number.
    Result<int> addRevision(const QString &id, const QString &label, const Assessment &snapshot,
                            const QDateTime &when);

private:
    Store(QString path, Mode mode, QString connection);
    static Result<std::unique_ptr<Store>> openAs(const QString &path, Mode mode,
                                                 const QString &readOnlyReason,
                                                 const BeforeMigration &beforeMigration);
    Result<void> connect(bool immutable);
    Result<void> prepare(const BeforeMigration &beforeMigration);
    Result<void> migrate(int from);
    Result<qint64> rowId(const QString &id) const;
    Result<void> writeChildren(qint64 rid, const Assessment &a);
    Result<void> writeEvidence(qint64 rid, const Assessment &a);
    Result<void> writeHistory(qint64 rid, const QList<Revision> &history);
    Result<void> insertRow(const Assessment &a, const ListColumns &columns, const QList<Revision> &history);
    template<typename F>
    Result<void> transaction(F &&body);
    Error sqlError(const QString &what, const class QSqlQuery &query) const;
    Error readOnlyError() const;

    QString m_path;
    Mode m_mode;
    QString m_connection;
    QString m_readOnlyReason;
    bool m_created = false;
    QSqlDatabase m_db;
};

} // namespace iia
