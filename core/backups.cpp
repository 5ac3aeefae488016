#include "backups.h"

#include "atomicfile_p.h"
#include "store.h"
#include "storeschema_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>

#ifdef Q_OS_UNIX
#include <sys/file.h>
#endif

namespace iia {

using namespace Qt::StringLiterals;
using atomicfile::LockedTemporary;
using atomicfile::renameReplacing;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::Backups)
};

const QString kNameFormat = u"yyyyMMdd-HHmmss"_s;

Error ioError(const QString &message, const QString &file)
{
    return Error{ErrorCode::Io, message, file, 0, 0, {}};
}

bool sameContent(const QString &a, const QString &b)
{
    QFile fa(a);
    QFile fb(b);
    if (fa.size() != fb.size() || !fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly))
        return false;
    while (!fa.atEnd()) {
        if (fa.read(1 << 20) != fb.read(1 << 20))
            return false;
    }
    return true;
}

bool hasContent(const QString &path)
{
    return QFileInfo(path).size() > 0;
}

// library-YYYYMMDD-HHMMSS.sqlite, or library-YYYYMMDD-HHMMSS-N.sqlite when two are taken in one second.
const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(u"^library-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite$"_s);
    return pattern;
}

struct NameParts
{
    QDateTime created;
    int sequence = 1;
};

std::optional<NameParts> parseName(const QString &name)
{
    const QRegularExpressionMatch m = namePattern().match(name);
    if (!m.hasMatch())
        return std::nullopt;
    QDateTime created = QDateTime::fromString(m.captured(1), kNameFormat);
    if (!created.isValid())
        return std::nullopt;
    created.setTimeZone(QTimeZone::UTC);
    return NameParts{created, m.captured(2).isEmpty() ? 1 : m.captured(2).toInt()};
}

std::atomic<int> g_inspections{0};

} // namespace

Backups::Backups(Paths paths)
    : m_paths(std::move(paths))
{}

QString Backups::temporaryFilePattern()
{
    return atomicfile::kPrefix + u'*' + atomicfile::kSuffix;
}

QList<BackupInfo> Backups::candidates() const
{
    struct Candidate
    {
        BackupInfo info;
        int sequence;
    };
    QList<Candidate> found;
    const QDir folder(m_paths.backupsDir());
    for (const QFileInfo &file : folder.entryInfoList({u"library-*.sqlite"_s}, QDir::Files)) {
        const auto parts = parseName(file.fileName());
        if (!parts)
            continue;
        BackupInfo info;
        info.name = file.fileName();
        info.path = file.absoluteFilePath();
        info.created = parts->created;
        info.size = file.size();
        found.append({info, parts->sequence});
    }
    std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        if (a.info.created != b.info.created)
            return a.info.created > b.info.created;
        return a.sequence > b.sequence;
    });
    QList<BackupInfo> result;
    for (const Candidate &c : std::as_const(found))
        result.append(c.info);
    return result;
}

QList<BackupInfo> Backups::list() const
{
    QList<BackupInfo> result;
    for (const BackupInfo &candidate : candidates()) {
        auto checked = inspect(candidate.path);
        if (!checked)
            continue;
        checked->name = candidate.name;
        checked->created = candidate.created;
        result.append(*checked);
    }
    return result;
}

std::optional<BackupInfo> Backups::latest() const
{
    for (const BackupInfo &candidate : candidates()) {
        auto checked = inspect(candidate.path);
        if (checked) {
            checked->created = candidate.created;
            return *checked;
        }
    }
    return std::nullopt;
}

Result<BackupInfo> Backups::find(const QString &name) const
{
    if (name == u"latest") {
        if (auto newest = latest())
            return *newest;
        return fail(ErrorCode::NotFound, Tr::tr("There is no sound backup of the library in “%1”.")
                                             .arg(QDir::toNativeSeparators(m_paths.backupsDir())));
    }
    const auto parts = parseName(name);
    const QString path = m_paths.backupsDir() + u'/' + name;
    if (!parts || !QFileInfo(path).isFile()) {
        return fail(ErrorCode::NotFound, Tr::tr("There is no backup called “%1” in “%2”.")
                                             .arg(name, QDir::toNativeSeparators(m_paths.backupsDir())));
    }
    auto checked = inspect(path);
    if (!checked)
        return checked;
    checked->created = parts->created;
    return checked;
}

QDateTime Backups::newestTime() const
{
    const QList<BackupInfo> all = candidates();
    return all.isEmpty() ? QDateTime() : all.first().created;
}

Result<BackupInfo> Backups::inspect(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isFile()) {
        return fail(Error{ErrorCode::NotFound,
                          Tr::tr("There is no backup at “%1”.").arg(QDir::toNativeSeparators(path)),
                          path,
                          0,
                          0,
                          {}});
    }
    BackupInfo info;
    info.name = file.fileName();
    info.path = file.absoluteFilePath();
    info.size = file.size();
    if (const auto parts = parseName(info.name))
        info.created = parts->created;
    else
        info.created = file.lastModified(QTimeZone::UTC);

    auto notSound = [&](const QString &reason) {
        return fail(Error{
            ErrorCode::NotOurs,
            Tr::tr("“%1” is not a sound library backup: %2").arg(QDir::toNativeSeparators(path), reason),
            path,
            0,
            0,
            {}});
    };
    const QString connection = u"iia-backup-%1"_s.arg(++g_inspections);
    Result<BackupInfo> result = info;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        // Backups are never written once renamed into place: immutable reads them without locks or side
        // files, even in a read-only folder.
        QUrl uri = QUrl::fromLocalFile(info.path);
        QUrlQuery query;
        query.addQueryItem(u"immutable"_s, u"1"_s);
        uri.setQuery(query);
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        result = [&]() -> Result<BackupInfo> {
            if (!db.open())
                return notSound(db.lastError().text());
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
                return notSound(q.lastError().databaseText());
            if (q.value(0).toInt() != storeschema::kApplicationId)
                return notSound(Tr::tr("it is not an Internet Impact Assessment library."));
            if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
                return notSound(q.lastError().databaseText());
            info.schemaVersion = q.value(0).toInt();
            if (info.schemaVersion < storeschema::kOldestReadableVersion ||
                info.schemaVersion > storeschema::latestVersion()) {
                return fail(Error{ErrorCode::Unsupported,
                                  Tr::tr("“%1” is a library of version %2; this version of the application "
                                         "reads versions %3 to %4.")
                                      .arg(QDir::toNativeSeparators(path))
                                      .arg(info.schemaVersion)
                                      .arg(storeschema::kOldestReadableVersion)
                                      .arg(storeschema::latestVersion()),
                                  path,
                                  0,
                                  0,
                                  {}});
            }
            if (!q.exec(u"PRAGMA quick_check"_s))
                return notSound(q.lastError().databaseText());
            while (q.next()) {
                if (q.value(0).toString() != u"ok")
                    return notSound(q.value(0).toString());
            }
            if (!q.exec(u"SELECT count(*) FROM assessment WHERE deleted_at IS NULL"_s) || !q.next())
                return notSound(q.lastError().databaseText());
            info.assessments = q.value(0).toInt();
            return info;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

Result<QString> Backups::uniqueName(const QString &folder, const QDateTime &when) const
{
    // Within one second, each new name sorts after every name already taken, even one pruned since.
    const QString stem = u"library-"_s + when.toUTC().toString(kNameFormat);
    int sequence = 0;
    for (const QString &name : QDir(folder).entryList({stem + u"*.sqlite"_s}, QDir::Files)) {
        if (const auto parts = parseName(name); parts && name.startsWith(stem))
            sequence = std::max(sequence, parts->sequence);
    }
    if (sequence >= 1000) {
        return fail(
            ioError(Tr::tr("Too many files named “%1…” in “%2”.").arg(stem, QDir::toNativeSeparators(folder)),
                    folder));
    }
    if (sequence == 0)
        return QString(stem + u".sqlite"_s);
    return QString(stem + u'-' + QString::number(sequence + 1) + u".sqlite"_s);
}

Result<BackupInfo> Backups::take(const Store &store, const QString &keep) const
{
    const QString folder = m_paths.backupsDir();
    if (!QDir().mkpath(folder)) {
        return fail(ioError(
            Tr::tr("The backups folder “%1” could not be created.").arg(QDir::toNativeSeparators(folder)),
            folder));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto name = uniqueName(folder, now);
    if (!name)
        return fail(name.error());
    LockedTemporary temporary(folder, u"backup"_s);
    if (!temporary.isOpen()) {
        return fail(ioError(Tr::tr("A backup could not be started in “%1”: %2.")
                                .arg(QDir::toNativeSeparators(folder), temporary.errorString()),
                            folder));
    }
    if (auto copied = store.backupTo(temporary.path()); !copied)
        return fail(copied.error());
    const QString path = folder + u'/' + *name;
    if (auto committed = temporary.commit(path); !committed)
        return fail(committed.error());

    BackupInfo info;
    info.name = *name;
    info.path = path;
    info.created = QDateTime::fromString(now.toString(kNameFormat), kNameFormat);
    info.created.setTimeZone(QTimeZone::UTC);
    info.size = QFileInfo(path).size();
    info.schemaVersion = store.schemaVersion();
    if (auto rows = store.list())
        info.assessments = int(rows->size());
    prune(keep);
    return info;
}

void Backups::prune(const QString &keep) const
{
    const QList<BackupInfo> all = candidates();
    int kept = 0;
    for (const BackupInfo &b : all) {
        if (kept < kBackupsKept || b.name == keep) {
            ++kept;
            continue;
        }
        QFile::remove(b.path);
    }
}

Result<void> Backups::putBack(const BackupInfo &backup) const
{
    if (auto checked = inspect(backup.path); !checked)
        return fail(checked.error());
    const QString library = m_paths.libraryFile();
    LockedTemporary temporary(m_paths.dataDir(), u"restore"_s);
    if (!temporary.isOpen()) {
        return fail(ioError(Tr::tr("The backup could not be copied into “%1”: %2.")
                                .arg(QDir::toNativeSeparators(m_paths.dataDir()), temporary.errorString()),
                            library));
    }
    if (auto copied = temporary.copyFrom(backup.path); !copied)
        return copied;
    // The old log must go before the new file arrives: SQLite would otherwise replay it onto the backup.
    for (const QString &side : QStringList{library + u"-wal"_s, library + u"-shm"_s}) {
        QFile file(side);
        if (file.exists() && !file.remove()) {
            return fail(ioError(Tr::tr("“%1” could not be removed: %2.")
                                    .arg(QDir::toNativeSeparators(side), file.errorString()),
                                side));
        }
    }
    return temporary.commit(library);
}

Result<QString> Backups::setAsideDamaged() const
{
    const QString library = m_paths.libraryFile();
    const QString log = library + u"-wal"_s;
    if (!QFileInfo(library).isFile()) {
        return fail(Error{ErrorCode::NotFound,
                          Tr::tr("There is no library file at “%1”.").arg(QDir::toNativeSeparators(library)),
                          library,
                          0,
                          0,
                          {}});
    }
    const QString folder = m_paths.damagedDir();
    if (!QDir().mkpath(folder)) {
        return fail(ioError(
            Tr::tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(folder)), folder));
    }
    // The same damaged file refused at every start is set aside once.
    const bool withLog = hasContent(log);
    for (const QFileInfo &file : QDir(folder).entryInfoList({u"library-*.sqlite"_s}, QDir::Files)) {
        const QString copyLog = file.absoluteFilePath() + u"-wal"_s;
        if (sameContent(library, file.absoluteFilePath()) &&
            (withLog ? sameContent(log, copyLog) : !QFileInfo::exists(copyLog)))
            return file.absoluteFilePath();
    }
    auto name = uniqueName(folder, QDateTime::currentDateTimeUtc());
    if (!name)
        return fail(name.error());
    const QString copy = folder + u'/' + *name;
    const QList<std::pair<QString, QString>> copies{{library, copy}, {log, copy + u"-wal"_s}};
    for (const auto &[from, to] : copies) {
        if (from == log && !withLog)
            continue;
        LockedTemporary temporary(folder, u"damaged"_s);
        if (!temporary.isOpen()) {
            return fail(ioError(Tr::tr("A copy could not be started in “%1”: %2.")
                                    .arg(QDir::toNativeSeparators(folder), temporary.errorString()),
                                folder));
        }
        if (auto copied = temporary.copyFrom(from); !copied)
            return fail(copied.error());
        if (auto committed = temporary.commit(to); !committed)
            return fail(committed.error());
    }
    return copy;
}

Result<QString> Backups::moveAsideDamaged() const
{
    auto copy = setAsideDamaged();
    if (!copy)
        return copy;
    const QString library = m_paths.libraryFile();
    if (auto moved = renameReplacing(library, *copy); !moved)
        return fail(moved.error());
    const QString log = library + u"-wal"_s;
    if (hasContent(log)) {
        if (auto moved = renameReplacing(log, *copy + u"-wal"_s); !moved)
            return fail(moved.error());
    } else {
        QFile::remove(log);
    }
    QFile::remove(library + u"-shm"_s); // an index of the log, rebuilt from it
    return copy;
}

int Backups::removeStaleTemporaries() const
{
    using atomicfile::kPrefix;
    using atomicfile::kSuffix;
    int removed = 0;
    // Every folder of the data folder where we write through a temporary file: the library, backups, copies
    // of damaged libraries, framework files saved from the editor, and requests of a second start.
    for (const QString &folder : {m_paths.dataDir(), m_paths.backupsDir(), m_paths.damagedDir(),
                                  m_paths.frameworksDir(), m_paths.inboxDir()}) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const QFileInfoList files =
            dir.entryInfoList({kPrefix + u'*'}, QDir::Files | QDir::Hidden | QDir::System);
        for (const QFileInfo &file : files) {
            const QString path = file.absoluteFilePath();
            if (!path.endsWith(kSuffix)) {
                // SQLite's side files of a temporary database whose main file is gone.
                const qsizetype cut = path.lastIndexOf(kSuffix);
                if (cut > 0 && !QFileInfo::exists(path.left(cut + kSuffix.size())) && QFile::remove(path))
                    ++removed;
                continue;
            }
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
#ifdef Q_OS_UNIX
            // Held by a running process: a backup, a restore or a save in progress.
            if (::flock(f.handle(), LOCK_EX | LOCK_NB) != 0)
                continue;
#endif
            for (const QString &side : {u"-journal"_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(path + side);
            if (QFile::remove(path))
                ++removed;
        }
    }
    return removed;
}

} // namespace iia
