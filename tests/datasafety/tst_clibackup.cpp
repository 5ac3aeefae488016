// `iia backup list|restore` end to end, and what the command line says when the library is refused.

#include "../testutil.h"
#include "safetytest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace iia;
using namespace iia::safetytest;
using namespace Qt::StringLiterals;

class TestCliBackup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_example = QStringLiteral(IIA_SOURCE_DIR "/assessments/examples/network-usage-fees.iia");

    QString dataDir() const { return m_dir->filePath(u"data"_s); }
    Run iia(QStringList args)
    {
        args << u"--data-dir"_s << dataDir();
        return run(QStringLiteral(IIA_EXECUTABLE), args, environment(m_dir->path()));
    }
    QJsonArray backups()
    {
        const Run r = iia({u"backup"_s, u"list"_s, u"--json"_s});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    int count()
    {
        return int(QJsonDocument::fromJson(iia({u"list"_s, u"--json"_s}).out.toUtf8()).array().size());
    }

private Q_SLOTS:
    void init();
    void help();
    void badUsage_data();
    void badUsage();
    void listAndRestore();
    void refusedLibrary();
};

void TestCliBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliBackup::help()
{
    const Run help = iia({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"  "_s + u"backup list [--json]"_s.leftJustified(44) +
                              u" List the backups of the library, newest first.\n"_s));
    QVERIFY(
        help.out.contains(u"  "_s + u"backup restore NAME|latest"_s.leftJustified(44) +
                          u" Put a backup back in place of the library (the library as it is is backed up "
                          u"first).\n"_s));
}

void TestCliBackup::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString usage = u"iia: Usage: iia backup list [--json] | iia backup restore NAME|latest\n"
                          u"Try “iia --help”.\n"_s;
    QTest::addRow("no subcommand") << QStringList{u"backup"_s} << 2 << usage;
    QTest::addRow("unknown subcommand") << QStringList{u"backup"_s, u"take"_s} << 2 << usage;
    QTest::addRow("restore without a name") << QStringList{u"backup"_s, u"restore"_s} << 2 << usage;
    QTest::addRow("no such backup")
        << QStringList{u"backup"_s, u"restore"_s, u"library-20000101-000000.sqlite"_s} << 2
        << u"iia: There is no backup called “library-20000101-000000.sqlite” in “%1/backups”.\n"_s;
    QTest::addRow("no backup yet") << QStringList{u"backup"_s, u"restore"_s, u"latest"_s} << 2
                                   << u"iia: There is no sound backup of the library in “%1/backups”.\n"_s;
}

void TestCliBackup::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = iia(args);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.err, message.contains(u"%1"_s) ? message.arg(dataDir()) : message);
    QCOMPARE(r.out, QString());
}

void TestCliBackup::listAndRestore()
{
    const Run empty = iia({u"backup"_s, u"list"_s});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out, u"There are no backups yet.\n"_s);
    QCOMPARE(backups(), QJsonArray());

    QCOMPARE(iia({u"import"_s, m_example}).exitCode, 0);
    QCOMPARE(iia({u"list"_s}).exitCode, 0); // the first start after the library was made: the day's backup
    QJsonArray listed = backups();
    QCOMPARE(listed.size(), 1);
    const QJsonObject first = listed.first().toObject();
    const QString name = first.value(u"name"_s).toString();
    QVERIFY2(QRegularExpression(u"^library-\\d{8}-\\d{6}\\.sqlite$"_s).match(name).hasMatch(),
             qPrintable(name));
    QCOMPARE(first.value(u"assessments"_s).toInt(), 1);
    QCOMPARE(first.value(u"schemaVersion"_s).toInt(), 2);
    QCOMPARE(first.value(u"size"_s).toInteger(), QFileInfo(dataDir() + u"/backups/"_s + name).size());
    QCOMPARE(
        first.value(u"taken"_s).toString(),
        QDateTime::fromString(name.mid(8, 15), u"yyyyMMdd-HHmmss"_s).toString(u"yyyy-MM-ddTHH:mm:ss.000Z"_s));
    const Run table = iia({u"backup"_s, u"list"_s});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"Name "_s));
    QVERIFY(lines.at(1).startsWith(name + u' '));
    QVERIFY(lines.at(1).endsWith(u"  1"_s));

    QVERIFY(!iia({u"new"_s, u"Shutdown order"_s}).out.isEmpty());
    QCOMPARE(count(), 2);
    const Run restored = iia({u"backup"_s, u"restore"_s, u"latest"_s});
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(restored.err, QString());
    const QStringList said = restored.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(said.size(), 2);
    QCOMPARE(said.at(0), u"Restored the backup %1 (1 assessment)."_s.arg(name));
    QVERIFY(said.at(1).startsWith(u"The library as it was is kept as the backup library-"_s));
    QCOMPARE(count(), 1);
    listed = backups();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.first().toObject().value(u"assessments"_s).toInt(), 2);

    // And back: restoring the backup taken before the restore undoes it.
    const QString undo = said.at(1).section(u' ', -1).chopped(1);
    QCOMPARE(listed.first().toObject().value(u"name"_s).toString(), undo);
    QCOMPARE(iia({u"backup"_s, u"restore"_s, undo}).exitCode, 0);
    QCOMPARE(count(), 2);
}

void TestCliBackup::refusedLibrary()
{
    QCOMPARE(iia({u"import"_s, m_example}).exitCode, 0);
    QCOMPARE(iia({u"list"_s}).exitCode, 0);
    const QString library = dataDir() + u"/library.sqlite"_s;
    QVERIFY(writeBytes(library, QByteArray(10000, 'x')));
    const Run refused = iia({u"list"_s});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.out, QString());
    const QStringList lines = refused.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(
                 u"iia: %1: This file is not an Internet Impact Assessment library: it is not an "
                 u"SQLite database, or it is damaged (file is not a database). It has not been "
                 u"changed. A copy of it was set aside as “%2/damaged/library-"_s.arg(library, dataDir())),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).contains(u"The latest sound backup is “library-"_s), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), u"iia: “iia backup restore latest” puts the latest backup back."_s);
    QCOMPARE(fileBytes(library), QByteArray(10000, 'x'));
    QCOMPARE(backups().size(), 1); // listing works without the library

    const Run restored = iia({u"backup"_s, u"restore"_s, u"latest"_s});
    QCOMPARE(restored.exitCode, 0);
    QVERIFY(restored.out.startsWith(u"Restored the backup library-"_s));
    QCOMPARE(count(), 1);
    const QStringList damaged = QDir(dataDir() + u"/damaged"_s).entryList(QDir::Files);
    QCOMPARE(damaged.size(), 1);
    QCOMPARE(fileBytes(dataDir() + u"/damaged/"_s + damaged.first()), QByteArray(10000, 'x'));

    // Without a backup, the hint is left out.
    QVERIFY(QDir(dataDir() + u"/backups"_s).removeRecursively());
    QVERIFY(writeBytes(library, QByteArray(10000, 'y')));
    const Run alone = iia({u"list"_s});
    QCOMPARE(alone.exitCode, 1);
    QVERIFY2(alone.err.endsWith(u"There is no backup to restore.\n"_s), qPrintable(alone.err));
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"
