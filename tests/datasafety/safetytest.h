#pragma once

// Helpers of the data-safety tests: run a program, look inside a library with a connection of our own, list
// what a data folder holds.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <functional>

namespace iia::safetytest {

using namespace Qt::StringLiterals;

struct Run
{
    int exitCode = -1; ///< -1 when the program crashed or did not finish
    QString out;
    QString err;
};

/// The environment for a child: never the developer's real data or settings, the C locale.
inline QProcessEnvironment environment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/xdg-data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/xdg-config"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANG"_s);
    env.remove(u"LANGUAGE"_s);
    return env;
}

inline Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
               int timeoutMs = 60000)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAllStandardOutput()),
                u"(did not finish) "_s + QString::fromUtf8(p.readAllStandardError())};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// Runs body with a connection of its own to the database at path. With readOnly, the file is opened
/// immutable: nothing is created beside it and no write-ahead log is read (use it on a closed library).
inline void withDatabase(const QString &path, bool readOnly, const std::function<void(QSqlDatabase &)> &body)
{
    static std::atomic<int> counter{0};
    const QString name = u"safetytest-%1"_s.arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (readOnly) {
            QUrl uri = QUrl::fromLocalFile(path);
            uri.setQuery(u"immutable=1"_s);
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        } else {
            db.setDatabaseName(path);
        }
        if (db.open())
            body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// The result of PRAGMA integrity_check, lines joined: "ok" for a sound database.
inline QString integrityCheck(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return u"(integrity_check failed: %1)"_s.arg(q.lastError().text());
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines.join(u'\n');
}

inline QString integrityCheck(const QString &path, bool readOnly = true)
{
    QString result = u"(cannot open)"_s;
    withDatabase(path, readOnly, [&](QSqlDatabase &db) { result = integrityCheck(db); });
    return result;
}

/// One value of a query ("" when it fails or returns no row).
inline QVariant value(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

/// Every file and folder under dir, hidden ones included, as paths relative to dir, sorted.
inline QStringList entriesUnder(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.append(QDir(dir).relativeFilePath(it.next()));
    entries.sort();
    return entries;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size() && f.flush();
}

/// Damages the page of the answer table of the closed library at path, after giving every assessment an
/// answer and making the day's check due: the rest reads fine, so only that check sees it. False when the
/// library could not be changed.
inline bool damageAnswerPage(const QString &path)
{
    int root = 0;
    withDatabase(path, false, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(u"INSERT INTO answer (rid, question, value) SELECT rid, 'access.q1', 'yes' FROM assessment"_s);
        q.exec(u"UPDATE app_state SET value = '2000-01-01' WHERE key = 'integrity_checked'"_s);
        root = value(db, u"SELECT rootpage FROM sqlite_master WHERE name = 'answer'"_s).toInt();
    });
    QFile f(path);
    return root > 1 && f.open(QIODevice::ReadWrite) && f.seek(qint64(root - 1) * 4096) &&
           f.write(QByteArray(1, '\x01')) == 1 && f.flush();
}

} // namespace iia::safetytest
