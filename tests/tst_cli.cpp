// The iia command line, end to end: the real executable run as a process.

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    const QString m_example = QStringLiteral(IIA_SOURCE_DIR "/assessments/examples/network-usage-fees.iia");

    Run iia(const QStringList &args)
    {
        QProcess p;
        p.setProgram(QStringLiteral(IIA_EXECUTABLE));
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir->path()); // never the developer's real data folder
        env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.remove(u"LANG"_s);
        env.remove(u"LANGUAGE"_s);
        p.setProcessEnvironment(env);
        p.start();
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QString dataDir() const { return m_dir->filePath(u"data"_s); }
    Run inLibrary(QStringList args)
    {
        args << u"--data-dir"_s << dataDir();
        return iia(args);
    }
    QJsonDocument json(const Run &r) { return QJsonDocument::fromJson(r.out.toUtf8()); }
    int count() { return int(json(inLibrary({u"list"_s, u"--json"_s})).array().size()); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void helpAndVersion();
    void badUsage_data();
    void badUsage();
    void frameworks();
    void importScoreExport();
    void importConflicts();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void optionsBeforeTheCommand();
    void trashAndHistory();
    void defaultDataFolder();
};

void TestCli::helpAndVersion()
{
    const Run help = iia({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"Usage:"_s));
    QVERIFY(help.out.contains(u"score FILE|ID [--explain] [--json]"_s));
    QVERIFY(help.out.contains(u"--data-dir <DIR>"_s));
    // Without a command the window starts (here offscreen, told to quit after its first paint).
    qputenv("IIA_BENCH_EXIT_AFTER_PAINT", "1");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const Run bare = iia({u"--data-dir"_s, dataDir()});
    qunsetenv("IIA_BENCH_EXIT_AFTER_PAINT");
    QCOMPARE(bare.exitCode, 0);
    QVERIFY(bare.out.isEmpty());
    QVERIFY2(bare.err.contains(u"VmHWM:"_s), qPrintable(bare.err)); // it painted, then quit
    QVERIFY(QFile::exists(dataDir() + u"/library.sqlite"_s));
    const Run version = iia({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(u"InternetImpactAssessment 0."_s));
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown command") << QStringList{u"frobnicate"_s} << u"“frobnicate” is not a command."_s;
    QTest::addRow("unknown option") << QStringList{u"list"_s, u"--colour"_s} << u"Unknown option 'colour'."_s;
    QTest::addRow("missing argument") << QStringList{u"show"_s} << u"Usage: iia show ID"_s;
    QTest::addRow("export without -o") << QStringList{u"export"_s, u"x"_s}
                                       << u"Usage: iia export ID [--format FMT] [--language LANG] -o FILE"_s;
    QTest::addRow("copy and replace") << QStringList{u"import"_s, u"a.iia"_s, u"--as-copy"_s, u"--replace"_s}
                                      << u"--as-copy and --replace exclude each other."_s;
    QTest::addRow("unknown id") << QStringList{u"show"_s, u"no-such-id"_s} << u"no assessment with the id"_s;
    QTest::addRow("bad revision") << QStringList{u"revert"_s, u"x"_s, u"seven"_s}
                                  << u"not a revision number"_s;
}

void TestCli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = inLibrary(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(u"iia: "_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::frameworks()
{
    const Run r = inLibrary({u"frameworks"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = json(r).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject iiat = list.first().toObject();
    QCOMPARE(iiat.value(u"id").toString(), u"iiat"_s);
    QCOMPARE(iiat.value(u"properties").toInt(), 5);
    QCOMPARE(iiat.value(u"enablers").toInt(), 10);
    QCOMPARE(iiat.value(u"goals").toInt(), 4);
    QVERIFY(iiat.value(u"questions").toInt() >= 45);
    const Run table = inLibrary({u"frameworks"_s});
    QVERIFY(table.out.contains(u"iiat"_s));
    QVERIFY(table.out.contains(u"Internet Impact Assessment Toolkit"_s));
}

void TestCli::importScoreExport()
{
    const Run imported = inLibrary({u"import"_s, m_example});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.out.contains(u"imported “"_s));
    const QJsonArray rows = json(inLibrary({u"list"_s, u"--json"_s})).array();
    QCOMPARE(rows.size(), 1);
    const QString id = rows.first().toObject().value(u"id").toString();
    QCOMPARE(rows.first().toObject().value(u"exist").toString(), u"undermines"_s);
    QVERIFY(!rows.first().toObject().value(u"title").toString().isEmpty());

    // Scored from the library and from the file: the same.
    const Run byId = inLibrary({u"score"_s, id, u"--json"_s});
    const Run byFile = inLibrary({u"score"_s, m_example, u"--json"_s});
    QCOMPARE(byId.exitCode, 0);
    QCOMPARE(byId.out, byFile.out);
    const QJsonObject score = json(byId).object();
    QCOMPARE(score.value(u"properties").toArray().size(), 5);
    QCOMPARE(score.value(u"enablers").toArray().size(), 10);
    const QJsonObject cp1 = score.value(u"properties").toArray().first().toObject();
    QCOMPARE(cp1.value(u"id").toString(), u"cp1"_s);
    QCOMPARE(cp1.value(u"rating").toObject().value(u"direction").toString(), u"negative"_s);
    QCOMPARE(cp1.value(u"suggested").toObject().value(u"direction").toString(), u"negative"_s);
    QVERIFY(cp1.value(u"coverage").toDouble() > 0);
    QCOMPARE(score.value(u"verdicts").toObject().value(u"exist").toObject().value(u"verdict").toString(),
             u"undermines"_s);
    QVERIFY(score.value(u"verdicts").toObject().contains(u"thrive"_s));

    const Run explained = inLibrary({u"score"_s, id, u"--explain"_s});
    QCOMPARE(explained.exitCode, 0);
    QVERIFY(explained.out.contains(u"CP1 An Accessible Infrastructure"_s));
    QVERIFY(explained.out.contains(u"cp1.q2"_s));
    QVERIFY(explained.out.contains(u"harm if yes"_s));
    QVERIFY(explained.out.contains(u"Exist: Undermines"_s));
    QVERIFY(explained.out.contains(u"Thrive: "_s));
    const Run explainedJson = inLibrary({u"score"_s, id, u"--explain"_s, u"--json"_s});
    QVERIFY(
        json(explainedJson).object().value(u"properties").toArray().first().toObject().contains(u"trace"_s));

    const Run shown = inLibrary({u"show"_s, id});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains(u"Evidence"_s));

    const QString out = m_dir->filePath(u"out.iia"_s);
    const Run exported = inLibrary({u"export"_s, id, u"-o"_s, out});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(readFixture(out), readFixture(m_example));
}

void TestCli::importConflicts()
{
    QCOMPARE(inLibrary({u"import"_s, m_example}).exitCode, 0);
    const Run again = inLibrary({u"import"_s, m_example});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"already holds this assessment"_s), qPrintable(again.err));
    QVERIFY(again.err.contains(u"--replace"_s));
    QCOMPARE(count(), 1);
    QCOMPARE(inLibrary({u"import"_s, m_example, u"--as-copy"_s}).exitCode, 0);
    QCOMPARE(count(), 2);
    QCOMPARE(inLibrary({u"--replace"_s, u"import"_s, m_example}).exitCode, 0);
    QCOMPARE(count(), 2);
}

void TestCli::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::addRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n garbage") << u"bad.iia:1:1: "_s;
    QTest::addRow("hostile") << QByteArray(R"({"format": "internet-impact-assessment", "formatVersion": 1,
 "assessment": {"id": "../../etc", "framework": {"id": "iiat", "version": "1.0.0"},
  "case": {"title": "<img src=file:///etc/passwd>"}}})")
                             << u"bad.iia:2:23: /assessment/id: "_s;
    QTest::addRow("too new") << QByteArray(R"({"format": "internet-impact-assessment", "formatVersion": 9})")
                             << u"/formatVersion: This file was written in format version 9"_s;
}

void TestCli::refusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QCOMPARE(inLibrary({u"import"_s, m_example}).exitCode, 0);
    const QString path = m_dir->filePath(u"bad.iia"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const Run r = inLibrary({u"import"_s, path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(count(), 1); // the library is intact
    QCOMPARE(inLibrary({u"score"_s, path}).exitCode, 2);
    QCOMPARE(inLibrary({u"validate"_s, path}).exitCode, 2);
}

void TestCli::optionsBeforeTheCommand()
{
    QCOMPARE(iia({u"--data-dir"_s, dataDir(), u"import"_s, m_example}).exitCode, 0);
    const Run r = iia({u"--json"_s, u"--data-dir"_s, dataDir(), u"list"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r).array().size(), 1);
    const Run search =
        iia({u"--data-dir"_s, dataDir(), u"list"_s, u"--search"_s, u"usage fee"_s, u"--json"_s});
    QCOMPARE(json(search).array().size(), 1);
    const Run none = iia({u"--data-dir"_s, dataDir(), u"list"_s, u"--search"_s, u"zebra"_s, u"--json"_s});
    QCOMPARE(json(none).array().size(), 0);
}

void TestCli::trashAndHistory()
{
    const Run created = inLibrary({u"new"_s, u"Shutdown order"_s});
    QCOMPARE(created.exitCode, 0);
    const QString id = created.out.trimmed();
    QCOMPARE(id.size(), 36);
    const Run copy = inLibrary({u"duplicate"_s, id});
    QCOMPARE(copy.exitCode, 0);
    QCOMPARE(count(), 2);
    QCOMPARE(inLibrary({u"delete"_s, id}).exitCode, 0);
    QCOMPARE(count(), 1);
    QCOMPARE(json(inLibrary({u"list"_s, u"--trash"_s, u"--json"_s})).array().size(), 1);
    QCOMPARE(inLibrary({u"restore"_s, id}).exitCode, 0);
    QCOMPARE(count(), 2);
    QCOMPARE(inLibrary({u"delete"_s, id}).exitCode, 0);
    const Run emptied = inLibrary({u"empty-trash"_s});
    QCOMPARE(emptied.exitCode, 0);
    QVERIFY(emptied.out.contains(u"1 assessment deleted for good."_s) ||
            emptied.out.contains(u"1 assessment(s) deleted for good."_s));
    QCOMPARE(count(), 1);
    const Run history = inLibrary({u"history"_s, copy.out.trimmed()});
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(history.out, u"No revisions saved yet.\n"_s);
}

void TestCli::defaultDataFolder()
{
    const Run r = iia({u"new"_s, u"In the default folder"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(m_dir->filePath(u"xdg/InternetImpactAssessment/library.sqlite"_s)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
