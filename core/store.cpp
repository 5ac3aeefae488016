#include "store.h"

#include "storeschema_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStorageInfo>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>

#include <atomic>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace iia {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::Store)
};

QString caseColumn(CaseField field)
{
    switch (field) {
    case CaseField::Title: return u"title"_s;
    case CaseField::Jurisdiction: return u"jurisdiction"_s;
    case CaseField::Instrument: return u"instrument"_s;
    case CaseField::Stage: return u"stage"_s;
    case CaseField::Summary: return u"summary"_s;
    case CaseField::Authors: return u"authors"_s;
    case CaseField::Contributors: return u"contributors"_s;
    case CaseField::VersionLabel: return u"version_label"_s;
    case CaseField::BriefDate: return u"brief_date"_s;
    }
    return {};
}

QString planningJson(const QMap<QString, QString> &planning)
{
    QJsonObject o;
    for (auto it = planning.begin(); it != planning.end(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> planningFromJson(const QString &text)
{
    QMap<QString, QString> planning;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        planning.insert(it.key(), it.value().toString());
    return planning;
}

// Times are stored as milliseconds since the epoch (NULL for none): cheap to sort, compare and read.
QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

QString snapshotJson(const Assessment &a)
{
    return QString::fromUtf8(QJsonDocument(Interchange::toJson(a)).toJson(QJsonDocument::Compact));
}

// Turns what a person typed into an FTS5 query: each word must start a word of the text.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &word : text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        QString clean;
        for (const QChar c : word) {
            if (c.isLetterOrNumber() || c.isMark())
                clean += c;
            else if (!clean.isEmpty()) {
                terms.append(u"\""_s + clean + u"\"*"_s);
                clean.clear();
            }
        }
        if (!clean.isEmpty())
            terms.append(u"\""_s + clean + u"\"*"_s);
    }
    return terms.join(u' ');
}

// The columns of a library row, each qualified with prefix ("a." when joined with the search index).
QString summaryColumns(const QString &prefix = {})
{
    static const QStringList columns{
        u"id"_s,          u"title"_s,        u"jurisdiction"_s,      u"instrument"_s,
        u"stage"_s,       u"framework_id"_s, u"framework_version"_s, u"created_at"_s,
        u"modified_at"_s, u"deleted_at"_s,   u"verdict_exist"_s,     u"verdict_thrive"_s,
        u"completion"_s};
    QStringList qualified;
    for (const QString &c : columns)
        qualified.append(prefix + c);
    return qualified.join(u", "_s);
}

AssessmentSummary summaryFrom(const QSqlQuery &q)
{
    AssessmentSummary s;
    s.id = q.value(0).toString();
    s.title = q.value(1).toString();
    s.jurisdiction = q.value(2).toString();
    s.instrument = q.value(3).toString();
    s.stage = q.value(4).toString();
    s.frameworkId = q.value(5).toString();
    s.frameworkVersion = q.value(6).toString();
    s.created = timeFrom(q.value(7));
    s.modified = timeFrom(q.value(8));
    s.deleted = timeFrom(q.value(9));
    s.exist = verdictFromKey(q.value(10).toString()).value_or(Verdict::Unassessed);
    s.thrive = verdictFromKey(q.value(11).toString()).value_or(Verdict::Unassessed);
    s.completion = q.value(12).toDouble();
    return s;
}

std::atomic<int> g_connectionCounter{0};

} // namespace

Store::Store(QString path, Mode mode, QString connection)
    : m_path(std::move(path))
    , m_mode(mode)
    , m_connection(std::move(connection))
{}

Store::~Store()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

int Store::latestSchemaVersion()
{
    return storeschema::latestVersion();
}

namespace {

// SQLite's primary result codes that tell the user something they can act on.
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADatabase = 26;

int sqliteCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    if (ok)
        return code & 0xff;
    // Qt reports some failures (a commit) without SQLite's code; SQLite's messages for them are fixed.
    static const QHash<QString, int> byText{{u"attempt to write a readonly database"_s, kSqliteReadOnly},
                                            {u"database disk image is malformed"_s, kSqliteCorrupt},
                                            {u"database or disk is full"_s, kSqliteFull},
                                            {u"file is not a database"_s, kSqliteNotADatabase}};
    return byText.value(e.databaseText(), 0);
}

} // namespace

Error Store::sqlError(const QString &what, const QSqlQuery &query) const
{
    const QSqlError e = query.lastError().isValid() ? query.lastError() : m_db.lastError();
    QString reason = e.databaseText();
    if (reason.isEmpty())
        reason = e.text();
    Error error{ErrorCode::Database, Tr::tr("%1 failed: %2").arg(what, reason), m_path, 0, 0, {}};
    if (!query.lastQuery().isEmpty())
        error.message += u" ["_s + query.lastQuery().simplified().left(200) + u"]"_s;
    QString hint;
    if (sqliteCode(e) == kSqliteFull) {
        hint = Tr::tr(
            "The disk is full: free some space, then try again. Everything saved before is still in the "
            "library.");
    } else if (sqliteCode(e) == kSqliteReadOnly) {
        hint = Tr::tr("The library file or its folder is not writable any more.");
    }
    if (!hint.isEmpty())
        error.message += (error.message.endsWith(u']') ? u" "_s : u". "_s) + hint;
    return error;
}

Error Store::readOnlyError() const
{
    const QString message =
        m_readOnlyReason.isEmpty()
            ? Tr::tr("The library is open read-only, so nothing can be changed.")
            : Tr::tr("The library is open read-only, so nothing can be changed. %1").arg(m_readOnlyReason);
    return Error{ErrorCode::ReadOnly, message, m_path, 0, 0, {}};
}

namespace {

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL and empty means empty.
QVariant sqlValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(u""_s));
    return value;
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (qsizetype v = 0; v < values.size(); ++v)
        q.bindValue(int(v), sqlValue(values.at(v)));
}

// Prepares, binds and runs one statement.
template<typename... Args>
bool run(QSqlQuery &q, const QString &sql, const Args &...args)
{
    if (!q.prepare(sql))
        return false;
    bindAll(q, QVariantList{QVariant::fromValue(args)...});
    return q.exec();
}

} // namespace

template<typename F>
Result<void> Store::transaction(F &&body)
{
    if (isReadOnly())
        return fail(readOnlyError());
    if (!m_db.transaction()) {
        QSqlQuery q(m_db);
        return fail(sqlError(Tr::tr("Starting a transaction"), q));
    }
    Result<void> result = body();
    if (!result) {
        m_db.rollback();
        return result;
    }
    if (!m_db.commit()) {
        QSqlQuery q(m_db);
        Error e = sqlError(Tr::tr("Saving"), q);
        m_db.rollback();
        return fail(e);
    }
    return {};
}

namespace {

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Why folder cannot be written, as a sentence, or an empty string when it can.
QString folderProblem(const QString &folder)
{
#ifdef Q_OS_UNIX
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0) {
        return Tr::tr("The folder “%1” is not writable (%2).")
            .arg(QDir::toNativeSeparators(folder), systemReason(errno));
    }
#else
    if (!QFileInfo(folder).isWritable())
        return Tr::tr("The folder “%1” is not writable.").arg(QDir::toNativeSeparators(folder));
#endif
    return {};
}

// Below this, the write-ahead log's index (32 KiB) may not fit: the disk counts as full.
constexpr qint64 kFullDisk = 64 * 1024;

// Why the library at path cannot be written, as a sentence, or an empty string when it can. The folder
// matters as much as the file: the write-ahead log lives in files created beside the library.
QString writeProblem(const QString &path)
{
#ifdef Q_OS_UNIX
    if (::access(QFile::encodeName(path).constData(), W_OK) != 0) {
        return Tr::tr("The library file “%1” is not writable (%2). Make it writable, then start the "
                      "application again.")
            .arg(QDir::toNativeSeparators(path), systemReason(errno));
    }
#else
    if (!QFileInfo(path).isWritable())
        return Tr::tr("The library file “%1” is not writable. Make it writable, then start the application "
                      "again.")
            .arg(QDir::toNativeSeparators(path));
#endif
    if (const QString folder = folderProblem(QFileInfo(path).absolutePath()); !folder.isEmpty())
        return Tr::tr("%1 Make it writable, then start the application again.").arg(folder);
    return {};
}

bool hasLiveLog(const QString &path)
{
    return QFileInfo(path + u"-wal"_s).size() > 0;
}

// A library cut short (an interrupted copy, a full disk) still opens, and fails only when a missing page is
// read. Its header records how many pages it has; when that record is valid (the change counter matches)
// and no write-ahead log holds pages not yet copied into the file, a shorter file is damaged.
std::optional<Error> truncation(const QString &path)
{
    if (hasLiveLog(path))
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = qFromBigEndian<quint32>(bytes + 28);
    const bool valid = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    const qint64 expected = pageSize * pages;
    if (!valid || pages == 0 || file.size() >= expected)
        return std::nullopt;
    return Error{ErrorCode::NotOurs,
                 Tr::tr("This library is damaged: the file holds %1 bytes where its header records %2. It "
                        "was probably cut short (an interrupted copy, a full disk). It has not been changed.")
                     .arg(file.size())
                     .arg(expected),
                 path,
                 0,
                 0,
                 {}};
}

} // namespace

Result<std::unique_ptr<Store>> Store::open(const QString &path, Mode mode,
                                           const BeforeMigration &beforeMigration)
{
    const QFileInfo info(path);
    if (mode == Mode::ReadWrite && !info.exists()) {
        if (!QDir().mkpath(info.absolutePath())) {
            return fail(Error{
                ErrorCode::Io,
                Tr::tr("The folder “%1” could not be created. Choose another data folder with --data-dir.")
                    .arg(info.absolutePath()),
                path,
                0,
                0,
                {}});
        }
        if (const QString problem = folderProblem(info.absolutePath()); !problem.isEmpty()) {
            return fail(Error{ErrorCode::Io,
                              Tr::tr("No library can be created here. %1 Choose another data folder with "
                                     "--data-dir, or make this one writable.")
                                  .arg(problem),
                              path,
                              0,
                              0,
                              {}});
        }
    }
    if (mode == Mode::ReadOnly && !info.exists())
        return fail(Error{ErrorCode::NotFound, Tr::tr("There is no library at this place."), path, 0, 0, {}});
    if (info.exists() && !info.isFile())
        return fail(
            Error{ErrorCode::NotOurs, Tr::tr("This is a folder, not a library file."), path, 0, 0, {}});
    if (info.exists()) {
        if (auto damaged = truncation(path))
            return fail(*damaged);
    }
    QString reason;
    if (mode == Mode::ReadWrite && info.exists()) {
        reason = writeProblem(path);
        if (!reason.isEmpty())
            mode = Mode::ReadOnly;
    }
    auto store = openAs(path, mode, reason, beforeMigration);
    if (store || mode != Mode::ReadWrite || !info.exists())
        return store;
    // The permissions said yes but SQLite could not write (a read-only mount), or the disk is too full to
    // open the log: reading is still better than refusing.
    const QStorageInfo disk(info.absolutePath());
    if (store.error().code == ErrorCode::ReadOnly) {
        reason = Tr::tr("The library could not be opened for writing: %1").arg(store.error().message);
        return openAs(path, Mode::ReadOnly, reason, beforeMigration);
    }
    if ((store.error().code == ErrorCode::Io || store.error().code == ErrorCode::Database) &&
        disk.bytesAvailable() < kFullDisk) {
        reason = Tr::tr("The disk that holds it is full (%1 free): %2 Free some space, then start the "
                        "application again.")
                     .arg(QLocale().formattedDataSize(std::max<qint64>(0, disk.bytesAvailable())),
                          store.error().message);
        if (auto readOnly = openAs(path, Mode::ReadOnly, reason, beforeMigration))
            return readOnly;
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::openAs(const QString &path, Mode mode, const QString &readOnlyReason,
                                             const BeforeMigration &beforeMigration)
{
    const QFileInfo info(path);
    const QString connection = u"iia-store-%1"_s.arg(++g_connectionCounter);
    std::unique_ptr<Store> store(new Store(info.absoluteFilePath(), mode, connection));
    store->m_readOnlyReason = readOnlyReason;
    store->m_created = !info.exists() || info.size() == 0;
    // Read-only, the library is opened immutable when no write-ahead log holds newer pages: nothing is
    // created beside it (the folder may not allow it, and the files would stay behind). With a live log,
    // it is read through the log when the folder allows; otherwise without it.
    const bool liveLog = mode == Mode::ReadOnly && hasLiveLog(path);
    auto connected = store->connect(mode == Mode::ReadOnly && !liveLog);
    if (connected && liveLog) {
        QSqlQuery probe(store->m_db);
        if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
            probe = QSqlQuery();
            connected = store->connect(true);
        }
    }
    if (!connected)
        return fail(connected.error());
    if (auto prepared = store->prepare(beforeMigration); !prepared)
        return fail(prepared.error());
    return store;
}

Result<void> Store::connect(bool immutable)
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    if (m_mode == Mode::ReadOnly) {
        QUrl uri = QUrl::fromLocalFile(m_path);
        QUrlQuery query;
        query.addQueryItem(immutable ? u"immutable"_s : u"mode"_s, immutable ? u"1"_s : u"ro"_s);
        uri.setQuery(query);
        m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        m_db.setDatabaseName(m_path);
    }
    if (!m_db.open()) {
        return fail(Error{ErrorCode::Io,
                          Tr::tr("The library could not be opened: %1.").arg(m_db.lastError().text()),
                          m_path,
                          0,
                          0,
                          {}});
    }
    return {};
}

Result<void> Store::prepare(const BeforeMigration &beforeMigration)
{
    QSqlQuery q(m_db);
    // QSqlDatabase::open() succeeds on any file; the first real read tells whether it is a database at all.
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next()) {
        const int code = sqliteCode(q.lastError());
        if (code == kSqliteNotADatabase || code == kSqliteCorrupt) {
            return fail(Error{
                ErrorCode::NotOurs,
                Tr::tr(
                    "This file is not an Internet Impact Assessment library: it is not an SQLite database, "
                    "or it is damaged (%1). It has not been changed.")
                    .arg(q.lastError().databaseText()),
                m_path,
                0,
                0,
                {}});
        }
        // Not the file's fault: a full disk (no room for the log's index), a lock, a failing device.
        return fail(Error{ErrorCode::Io,
                          Tr::tr("The library could not be read: %1.").arg(q.lastError().databaseText()),
                          m_path,
                          0,
                          0,
                          {}});
    }
    const int objects = q.value(0).toInt();
    q.exec(u"PRAGMA application_id"_s);
    const int applicationId = q.next() ? q.value(0).toInt() : 0;
    q.exec(u"PRAGMA user_version"_s);
    const int version = q.next() ? q.value(0).toInt() : 0;

    const bool empty = objects == 0 && applicationId == 0 && version == 0;
    if (!empty && applicationId != storeschema::kApplicationId) {
        return fail(Error{
            ErrorCode::NotOurs,
            Tr::tr("This SQLite database belongs to another program, not to Internet Impact Assessment. "
                   "It has not been changed."),
            m_path,
            0,
            0,
            {}});
    }
    if (version > latestSchemaVersion()) {
        return fail(Error{
            ErrorCode::Unsupported,
            Tr::tr("This library was written by a newer version of the application (library version %1; "
                   "this version reads up to %2). Install the newer version; the library has not been "
                   "changed.")
                .arg(version)
                .arg(latestSchemaVersion()),
            m_path,
            0,
            0,
            {}});
    }
    m_created = empty;
    q.exec(u"PRAGMA foreign_keys = ON"_s);
    if (isReadOnly()) {
        if (version < storeschema::kOldestReadableVersion) {
            return fail(Error{
                ErrorCode::ReadOnly,
                Tr::tr("This library needs an update to be read, but it is read-only. Make it writable and "
                       "try again."),
                m_path,
                0,
                0,
                {}});
        }
        return {};
    }
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s)) {
        Error e = sqlError(Tr::tr("Switching on the write-ahead log"), q);
        if (sqliteCode(q.lastError()) == kSqliteReadOnly)
            e.code = ErrorCode::ReadOnly;
        return fail(e);
    }
    q.exec(u"PRAGMA synchronous = FULL"_s);
    q.exec(u"PRAGMA busy_timeout = 5000"_s);
    q.finish(); // VACUUM INTO, in the hook, refuses to run beside an unfinished statement
    if (version < latestSchemaVersion()) {
        if (version > 0 && beforeMigration) {
            if (auto ready = beforeMigration(*this, version); !ready)
                return ready;
        }
        return migrate(version);
    }
    return {};
}

Result<void> Store::migrate(int from)
{
    const auto all = storeschema::migrations();
    for (int target = from + 1; target <= int(all.size()); ++target) {
        auto step = transaction([&]() -> Result<void> {
            QSqlQuery q(m_db);
            for (const char *statement : all.at(target - 1)) {
                if (!q.exec(QString::fromUtf8(statement)))
                    return fail(sqlError(Tr::tr("Updating the library to version %1").arg(target), q));
            }
            if (!q.exec(u"PRAGMA application_id = %1"_s.arg(storeschema::kApplicationId)) ||
                !q.exec(u"PRAGMA user_version = %1"_s.arg(target)))
                return fail(sqlError(Tr::tr("Updating the library to version %1").arg(target), q));
            return {};
        });
        if (!step)
            return step;
    }
    return {};
}

Result<void> Store::backupTo(const QString &target) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(u"VACUUM INTO ?"_s))
        return fail(sqlError(Tr::tr("Backing up the library"), q));
    q.bindValue(0, target);
    if (!q.exec())
        return fail(sqlError(Tr::tr("Backing up the library"), q));
    return {};
}

Result<QStringList> Store::quickCheck() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA quick_check"_s))
        return fail(sqlError(Tr::tr("Checking the library"), q));
    QStringList problems;
    while (q.next()) {
        QString line = q.value(0).toString();
        line.remove(u"*** in database main ***\n"_s);
        if (line != u"ok")
            problems.append(line.simplified());
    }
    return problems;
}

Result<QString> Store::state(const QString &key) const
{
    if (schemaVersion() < 2)
        return QString();
    QSqlQuery q(m_db);
    if (!run(q, u"SELECT value FROM app_state WHERE key = ?"_s, key))
        return fail(sqlError(Tr::tr("Reading the library's state"), q));
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> Store::setState(const QString &key, const QString &value)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(m_db);
        if (!run(q, u"INSERT OR REPLACE INTO app_state (key, value) VALUES (?, ?)"_s, key, value))
            return fail(sqlError(Tr::tr("Saving the library's state"), q));
        return {};
    });
}

int Store::schemaVersion() const
{
    QSqlQuery q(m_db);
    q.exec(u"PRAGMA user_version"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<AssessmentSummary>> Store::list(const ListQuery &query) const
{
    QString where;
    switch (query.scope) {
    case ListQuery::Scope::Active: where = u"a.deleted_at IS NULL"_s; break;
    case ListQuery::Scope::Trash: where = u"a.deleted_at IS NOT NULL"_s; break;
    case ListQuery::Scope::All: where = u"1"_s; break;
    }
    if (query.limit > 0)
        where += u" ORDER BY a.modified_at DESC LIMIT %1"_s.arg(query.limit);
    else
        where += u" ORDER BY a.modified_at DESC"_s;
    const QString columns = summaryColumns(u"a."_s);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString match = ftsQuery(query.search);
    bool ok = false;
    if (!query.search.trimmed().isEmpty()) {
        if (match.isEmpty())
            return QList<AssessmentSummary>{};
        ok = run(q,
                 u"SELECT %1 FROM assessment a WHERE a.rid IN (SELECT rowid FROM assessment_fts WHERE "
                 u"assessment_fts MATCH ?) AND %2"_s.arg(columns, where),
                 match);
    } else {
        ok = q.exec(u"SELECT %1 FROM assessment a WHERE %2"_s.arg(columns, where));
    }
    if (!ok)
        return fail(sqlError(Tr::tr("Listing the assessments"), q));
    QList<AssessmentSummary> result;
    while (q.next())
        result.append(summaryFrom(q));
    return result;
}

Result<std::optional<AssessmentSummary>> Store::summary(const QString &id) const
{
    QSqlQuery q(m_db);
    if (!run(q, u"SELECT %1 FROM assessment WHERE id = ?"_s.arg(summaryColumns()), id))
        return fail(sqlError(Tr::tr("Looking up an assessment"), q));
    if (!q.next())
        return std::optional<AssessmentSummary>();
    return std::optional<AssessmentSummary>(summaryFrom(q));
}

Result<qint64> Store::rowId(const QString &id) const
{
    QSqlQuery q(m_db);
    if (!run(q, u"SELECT rid FROM assessment WHERE id = ?"_s, id))
        return fail(sqlError(Tr::tr("Looking up an assessment"), q));
    if (!q.next())
        return fail(ErrorCode::NotFound,
                    Tr::tr("There is no assessment with the id “%1” in the library.").arg(id));
    return q.value(0).toLongLong();
}

Result<Assessment> Store::load(const QString &id) const
{
    QSqlQuery q(m_db);
    if (!run(q,
             u"SELECT rid, framework_id, framework_version, title, jurisdiction, instrument, stage, summary, "
             u"authors, "
             u"contributors, version_label, brief_date, planning, draft_text, draft_source, conclusions, "
             u"recommendations, created_at, modified_at FROM assessment WHERE id = ?"_s,
             id))
        return fail(sqlError(Tr::tr("Loading an assessment"), q));
    if (!q.next())
        return fail(ErrorCode::NotFound,
                    Tr::tr("There is no assessment with the id “%1” in the library.").arg(id));
    Assessment a;
    a.id = id;
    const qint64 rid = q.value(0).toLongLong();
    a.frameworkId = q.value(1).toString();
    a.frameworkVersion = q.value(2).toString();
    a.caseInfo.title = q.value(3).toString();
    a.caseInfo.jurisdiction = q.value(4).toString();
    a.caseInfo.instrument = q.value(5).toString();
    a.caseInfo.stage = q.value(6).toString();
    a.caseInfo.summary = q.value(7).toString();
    a.caseInfo.authors = q.value(8).toString();
    a.caseInfo.contributors = q.value(9).toString();
    a.caseInfo.versionLabel = q.value(10).toString();
    a.caseInfo.briefDate = q.value(11).toString();
    a.planning = planningFromJson(q.value(12).toString());
    a.draftText = q.value(13).toString();
    a.draftSource = q.value(14).toString();
    a.conclusions = q.value(15).toString();
    a.recommendations = q.value(16).toString();
    a.created = timeFrom(q.value(17));
    a.modified = timeFrom(q.value(18));

    if (!run(q, u"SELECT question, value, note FROM answer WHERE rid = ?"_s, rid))
        return fail(sqlError(Tr::tr("Loading the answers"), q));
    while (q.next()) {
        a.answers.insert(q.value(0).toString(),
                         Answer{answerFromKey(q.value(1).toString()).value_or(AnswerValue::Unanswered),
                                q.value(2).toString()});
    }
    if (!run(
            q,
            u"SELECT item, impact, direction, strength, how_affected, effect_on_people FROM rating WHERE rid = ?"_s,
            rid))
        return fail(sqlError(Tr::tr("Loading the ratings"), q));
    while (q.next()) {
        Rating r;
        r.impact = impactFromKey(q.value(1).toString()).value_or(Impact::Unset);
        r.direction = directionFromKey(q.value(2).toString()).value_or(Direction::Unset);
        r.strength = strengthFromKey(q.value(3).toString()).value_or(Strength::Unset);
        r.howAffected = q.value(4).toString();
        r.effectOnPeople = q.value(5).toString();
        a.ratings.insert(q.value(0).toString(), r);
    }
    if (!run(q,
             u"SELECT id, target, target_id, start, length, quote, clause, note, created_at FROM evidence "
             u"WHERE rid = ? ORDER BY position"_s,
             rid))
        return fail(sqlError(Tr::tr("Loading the evidence"), q));
    while (q.next()) {
        Evidence e;
        e.id = q.value(0).toString();
        e.target = q.value(1).toString() == u"rating" ? EvidenceTarget::Rating : EvidenceTarget::Question;
        e.targetId = q.value(2).toString();
        e.start = q.value(3).toLongLong();
        e.length = q.value(4).toLongLong();
        e.quote = q.value(5).toString();
        e.clause = q.value(6).toString();
        e.note = q.value(7).toString();
        e.created = timeFrom(q.value(8));
        a.evidence.append(e);
    }
    return a;
}

Result<void> Store::writeEvidence(qint64 rid, const Assessment &a)
{
    QSqlQuery q(m_db);
    if (!run(q, u"DELETE FROM evidence WHERE rid = ?"_s, rid))
        return fail(sqlError(Tr::tr("Saving the evidence"), q));
    if (!q.prepare(u"INSERT INTO evidence (rid, position, id, target, target_id, start, length, quote, "
                   u"clause, note, "
                   u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return fail(sqlError(Tr::tr("Saving the evidence"), q));
    for (qsizetype i = 0; i < a.evidence.size(); ++i) {
        const Evidence &e = a.evidence.at(i);
        const QVariantList values{rid,
                                  qint64(i),
                                  e.id,
                                  e.target == EvidenceTarget::Rating ? u"rating"_s : u"question"_s,
                                  e.targetId,
                                  qint64(e.start),
                                  qint64(e.length),
                                  e.quote,
                                  e.clause,
                                  e.note,
                                  timeValue(e.created)};
        bindAll(q, values);
        if (!q.exec())
            return fail(sqlError(Tr::tr("Saving the evidence"), q));
    }
    return {};
}

namespace {

bool writeAnswer(QSqlQuery &q, qint64 rid, const QString &question, const Answer &answer)
{
    if (answer.isEmpty())
        return run(q, u"DELETE FROM answer WHERE rid = ? AND question = ?"_s, rid, question);
    return run(q, u"INSERT OR REPLACE INTO answer (rid, question, value, note) VALUES (?, ?, ?, ?)"_s, rid,
               question, toKey(answer.value), answer.note);
}

bool writeRating(QSqlQuery &q, qint64 rid, const QString &item, const Rating &r)
{
    if (r.isEmpty())
        return run(q, u"DELETE FROM rating WHERE rid = ? AND item = ?"_s, rid, item);
    return run(q,
               u"INSERT OR REPLACE INTO rating (rid, item, impact, direction, strength, how_affected, "
               u"effect_on_people) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
               rid, item, toKey(r.impact), toKey(r.direction), toKey(r.strength), r.howAffected,
               r.effectOnPeople);
}

} // namespace

Result<void> Store::writeChildren(qint64 rid, const Assessment &a)
{
    QSqlQuery q(m_db);
    for (auto it = a.answers.begin(); it != a.answers.end(); ++it) {
        if (!writeAnswer(q, rid, it.key(), it.value()))
            return fail(sqlError(Tr::tr("Saving the answers"), q));
    }
    for (auto it = a.ratings.begin(); it != a.ratings.end(); ++it) {
        if (!writeRating(q, rid, it.key(), it.value()))
            return fail(sqlError(Tr::tr("Saving the ratings"), q));
    }
    return writeEvidence(rid, a);
}

Result<void> Store::writeHistory(qint64 rid, const QList<Revision> &history)
{
    QSqlQuery q(m_db);
    for (const Revision &r : history) {
        if (!run(q,
                 u"INSERT INTO revision (rid, number, created_at, label, snapshot) VALUES (?, ?, ?, ?, ?)"_s,
                 rid, r.info.number, timeValue(r.info.created), r.info.label, snapshotJson(r.snapshot)))
            return fail(sqlError(Tr::tr("Saving the history"), q));
    }
    return {};
}

Result<void> Store::insertRow(const Assessment &a, const ListColumns &columns, const QList<Revision> &history)
{
    QSqlQuery q(m_db);
    const CaseInfo &c = a.caseInfo;
    if (!q.prepare(
            u"INSERT INTO assessment (id, framework_id, framework_version, title, jurisdiction, instrument, "
            u"stage, summary, authors, contributors, version_label, brief_date, planning, draft_text, "
            u"draft_source, conclusions, recommendations, created_at, modified_at, verdict_exist, "
            u"verdict_thrive, completion) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            u"?, "
            u"?, ?)"_s))
        return fail(sqlError(Tr::tr("Adding an assessment"), q));
    const QVariantList values{a.id,
                              a.frameworkId,
                              a.frameworkVersion,
                              c.title,
                              c.jurisdiction,
                              c.instrument,
                              c.stage,
                              c.summary,
                              c.authors,
                              c.contributors,
                              c.versionLabel,
                              c.briefDate,
                              planningJson(a.planning),
                              a.draftText,
                              a.draftSource,
                              a.conclusions,
                              a.recommendations,
                              timeValue(a.created),
                              timeValue(a.modified),
                              toKey(columns.exist),
                              toKey(columns.thrive),
                              columns.completion};
    bindAll(q, values);
    if (!q.exec())
        return fail(sqlError(Tr::tr("Adding an assessment"), q));
    const qint64 rid = q.lastInsertId().toLongLong();
    if (auto r = writeChildren(rid, a); !r)
        return r;
    return writeHistory(rid, history);
}

Result<void> Store::insert(const Assessment &a, const ListColumns &columns, const QList<Revision> &history)
{
    return transaction([&]() -> Result<void> {
        auto existing = summary(a.id);
        if (!existing)
            return fail(existing.error());
        if (existing->has_value()) {
            return fail(ErrorCode::Conflict,
                        Tr::tr("The library already holds an assessment with the id %1 (“%2”).")
                            .arg(a.id, existing->value().title));
        }
        return insertRow(a, columns, history);
    });
}

Result<void> Store::replace(const Assessment &a, const ListColumns &columns, const QList<Revision> &history)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(m_db);
        if (!run(q, u"DELETE FROM assessment WHERE id = ?"_s, a.id))
            return fail(sqlError(Tr::tr("Replacing an assessment"), q));
        return insertRow(a, columns, history);
    });
}

Result<void> Store::saveEdit(const Assessment &after, const Edit &edit, const ListColumns &columns,
                             const std::optional<Revision> &checkpoint)
{
    return transaction([&]() -> Result<void> {
        auto rid = rowId(after.id);
        if (!rid)
            return fail(rid.error());
        QSqlQuery q(m_db);
        bool ok = true;
        QString what = Tr::tr("Saving the change");
        if (auto *caseEdit = std::get_if<edits::SetCaseField>(&edit)) {
            ok = run(q, u"UPDATE assessment SET %1 = ? WHERE rid = ?"_s.arg(caseColumn(caseEdit->field)),
                     caseEdit->value, *rid);
        } else if (std::holds_alternative<edits::SetPlanningField>(edit)) {
            ok = run(q, u"UPDATE assessment SET planning = ? WHERE rid = ?"_s, planningJson(after.planning),
                     *rid);
        } else if (std::holds_alternative<edits::SetDraft>(edit)) {
            ok = run(q, u"UPDATE assessment SET draft_text = ?, draft_source = ? WHERE rid = ?"_s,
                     after.draftText, after.draftSource, *rid);
            if (ok) {
                if (auto r = writeEvidence(*rid, after); !r)
                    return r;
            }
        } else if (auto *answerEdit = std::get_if<edits::SetAnswer>(&edit)) {
            ok = writeAnswer(q, *rid, answerEdit->questionId, after.answer(answerEdit->questionId));
        } else if (auto *ratingEdit = std::get_if<edits::SetRating>(&edit)) {
            ok = writeRating(q, *rid, ratingEdit->itemId, after.rating(ratingEdit->itemId));
        } else if (std::holds_alternative<edits::AddEvidence>(edit) ||
                   std::holds_alternative<edits::RemoveEvidence>(edit)) {
            if (auto r = writeEvidence(*rid, after); !r)
                return r;
        } else if (std::holds_alternative<edits::SetConclusions>(edit)) {
            ok = run(q, u"UPDATE assessment SET conclusions = ? WHERE rid = ?"_s, after.conclusions, *rid);
        } else if (std::holds_alternative<edits::SetRecommendations>(edit)) {
            ok = run(q, u"UPDATE assessment SET recommendations = ? WHERE rid = ?"_s, after.recommendations,
                     *rid);
        }
        if (!ok)
            return fail(sqlError(what, q));
        if (!run(q,
                 u"UPDATE assessment SET modified_at = ?, verdict_exist = ?, verdict_thrive = ?, completion "
                 u"= ? "
                 u"WHERE rid = ?"_s,
                 timeValue(after.modified), toKey(columns.exist), toKey(columns.thrive), columns.completion,
                 *rid))
            return fail(sqlError(what, q));
        if (checkpoint)
            return writeHistory(*rid, {*checkpoint});
        return {};
    });
}

Result<void> Store::moveToTrash(const QString &id)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(m_db);
        if (!run(q, u"UPDATE assessment SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"_s,
                 timeValue(QDateTime::currentDateTimeUtc()), id))
            return fail(sqlError(Tr::tr("Moving to the trash"), q));
        if (q.numRowsAffected() == 0)
            return fail(ErrorCode::NotFound,
                        Tr::tr("There is no assessment with the id “%1” outside the trash.").arg(id));
        return {};
    });
}

Result<void> Store::restoreFromTrash(const QString &id)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(m_db);
        if (!run(q, u"UPDATE assessment SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL"_s, id))
            return fail(sqlError(Tr::tr("Restoring from the trash"), q));
        if (q.numRowsAffected() == 0)
            return fail(ErrorCode::NotFound,
                        Tr::tr("There is no assessment with the id “%1” in the trash.").arg(id));
        return {};
    });
}

Result<int> Store::emptyTrash()
{
    int removed = 0;
    auto r = transaction([&]() -> Result<void> {
        QSqlQuery q(m_db);
        if (!q.exec(u"DELETE FROM assessment WHERE deleted_at IS NOT NULL"_s))
            return fail(sqlError(Tr::tr("Emptying the trash"), q));
        removed = q.numRowsAffected();
        return {};
    });
    if (!r)
        return fail(r.error());
    return removed;
}

Result<QList<RevisionInfo>> Store::revisions(const QString &id) const
{
    auto rid = rowId(id);
    if (!rid)
        return fail(rid.error());
    QSqlQuery q(m_db);
    if (!run(q, u"SELECT number, created_at, label FROM revision WHERE rid = ? ORDER BY number"_s, *rid))
        return fail(sqlError(Tr::tr("Listing the revisions"), q));
    QList<RevisionInfo> result;
    while (q.next())
        result.append({q.value(0).toInt(), timeFrom(q.value(1)), q.value(2).toString()});
    return result;
}

Result<Revision> Store::revision(const QString &id, int number) const
{
    auto rid = rowId(id);
    if (!rid)
        return fail(rid.error());
    QSqlQuery q(m_db);
    if (!run(q, u"SELECT created_at, label, snapshot FROM revision WHERE rid = ? AND number = ?"_s, *rid,
             number))
        return fail(sqlError(Tr::tr("Loading a revision"), q));
    if (!q.next())
        return fail(ErrorCode::NotFound, Tr::tr("The assessment has no revision %1.").arg(number));
    Revision r;
    r.info = {number, timeFrom(q.value(0)), q.value(1).toString()};
    r.snapshot = Interchange::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
    return r;
}

Result<QList<Revision>> Store::history(const QString &id) const
{
    auto infos = revisions(id);
    if (!infos)
        return fail(infos.error());
    QList<Revision> result;
    for (const RevisionInfo &info : std::as_const(*infos)) {
        auto r = revision(id, info.number);
        if (!r)
            return fail(r.error());
        result.append(*r);
    }
    return result;
}

Result<int> Store::addRevision(const QString &id, const QString &label, const Assessment &snapshot,
                               const QDateTime &when)
{
    int number = 0;
    auto r = transaction([&]() -> Result<void> {
        auto rid = rowId(id);
        if (!rid)
            return fail(rid.error());
        QSqlQuery q(m_db);
        if (!run(q, u"SELECT coalesce(max(number), 0) + 1 FROM revision WHERE rid = ?"_s, *rid) || !q.next())
            return fail(sqlError(Tr::tr("Saving a revision"), q));
        number = q.value(0).toInt();
        return writeHistory(*rid, {Revision{RevisionInfo{number, when, label}, snapshot}});
    });
    if (!r)
        return fail(r.error());
    return number;
}

} // namespace iia
