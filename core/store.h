#pragma once

#include "assessment.h"
#include "edit.h"
#include "error.h"
#include "interchange.h"

#include <QSqlDatabase>

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
};

/// The SQLite library file (library.sqlite): every assessment, its history and its place in the trash.
///
/// Opening probes the file and refuses one that is not ours or is newer than this program; an older one
/// is migrated forward. Foreign keys are on, the journal is write-ahead, and every write is one
/// transaction, so a crash loses at most the edit in flight. Errors carry the failing SQL statement.
class Store
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    /// Opens path, creating an empty library when the file does not exist (and mode is ReadWrite).
    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode = Mode::ReadWrite);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    int schemaVersion() const;
    static int latestSchemaVersion();

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
    Result<void> prepare();
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
    QSqlDatabase m_db;
};

} // namespace iia
