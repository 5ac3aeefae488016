#include "singleinstance.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <thread>

#include <unistd.h>

using namespace iia;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// "tst_singleinstance --hold-lock DIR": takes the lock of DIR, says so, and waits to be killed; the test
// uses it to leave a lock behind a process that no longer runs.
static int holdLock(const QString &dir)
{
    SingleInstance instance(dir);
    if (instance.lock() != SingleInstance::Role::Primary)
        return 3;
    std::printf("locked\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(60);
}

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    const QString m_example = QStringLiteral(IIA_SOURCE_DIR "/assessments/examples/network-usage-fees.iia");
    static constexpr auto kExampleId = "5f0c1d2e-7a4b-4c3d-9e8f-0a1b2c3d4e5f";

    QString dataDir() const { return m_dir->filePath(u"data"_s); }
    QStringList inbox() const { return QDir(dataDir() + u"/inbox"_s).entryList(QDir::Files | QDir::Hidden); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir->path()); // never the developer's real data or settings
        env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg-config"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        return env;
    }

    // Starts the application's window on dataDir() with files.
    std::unique_ptr<QProcess> startWindow(const QStringList &files)
    {
        auto p = std::make_unique<QProcess>();
        p->setProgram(QStringLiteral(IIA_EXECUTABLE));
        p->setArguments(QStringList{u"--data-dir"_s, dataDir()} + files);
        p->setProcessEnvironment(environment());
        p->start();
        return p;
    }

    // The ids the library holds, read by the command line (which never takes the window's lock).
    QStringList libraryIds()
    {
        QProcess p;
        p.setProgram(QStringLiteral(IIA_EXECUTABLE));
        p.setArguments({u"list"_s, u"--json"_s, u"--data-dir"_s, dataDir()});
        p.setProcessEnvironment(environment());
        p.start();
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {u"(iia list failed)"_s};
        QStringList ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(p.readAllStandardOutput()).array())
            ids.append(v.toObject().value(u"id").toString());
        ids.sort();
        return ids;
    }

    static void stop(QProcess &p)
    {
        p.kill();
        p.waitForFinished(10000);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void oneLockPerDataFolder()
    {
        auto first = std::make_unique<SingleInstance>(dataDir());
        QCOMPARE(first->lock(), SingleInstance::Role::Primary);
        QVERIFY(QFile::exists(dataDir() + u"/iia.lock"_s));
        SingleInstance second(dataDir());
        QCOMPARE(second.lock(), SingleInstance::Role::Secondary);
        // Another data folder is another library.
        SingleInstance elsewhere(m_dir->filePath(u"other"_s));
        QCOMPARE(elsewhere.lock(), SingleInstance::Role::Primary);
        first.reset();
        QVERIFY(!QFile::exists(dataDir() + u"/iia.lock"_s));
        SingleInstance third(dataDir());
        QCOMPARE(third.lock(), SingleInstance::Role::Primary);
    }

    void lockOfKilledProcessIsRecovered()
    {
        QProcess holder;
        holder.start(QCoreApplication::applicationFilePath(), {u"--hold-lock"_s, dataDir()});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readLine().trimmed(), "locked");
        {
            // While its owner runs, the lock is not stale.
            SingleInstance other(dataDir());
            QCOMPARE(other.lock(), SingleInstance::Role::Secondary);
        }
        holder.kill(); // SIGKILL: no chance to remove its lock file
        QVERIFY(holder.waitForFinished());
        QVERIFY(QFile::exists(dataDir() + u"/iia.lock"_s));
        SingleInstance next(dataDir());
        QCOMPARE(next.lock(), SingleInstance::Role::Primary);
    }

    void unwritableFolderRunsAlone()
    {
        if (::geteuid() == 0)
            QSKIP("root can write anywhere");
        QDir().mkpath(dataDir());
        QVERIFY(QFile::setPermissions(dataDir(), QFile::ReadOwner | QFile::ExeOwner));
        SingleInstance instance(dataDir());
        QCOMPARE(instance.lock(), SingleInstance::Role::Alone);
        QCOMPARE(instance.error(), u"The lock file %1 could not be created: permission denied."_s.arg(
                                       dataDir() + u"/iia.lock"_s));
        QFile::setPermissions(dataDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void forwardedRequestIsPickedUp()
    {
        SingleInstance primary(dataDir());
        QCOMPARE(primary.lock(), SingleInstance::Role::Primary);
        QList<SingleInstance::Request> received;
        connect(&primary, &SingleInstance::requestReceived, this,
                [&received](const SingleInstance::Request &r) { received.append(r); });
        primary.listen();

        SingleInstance secondary(dataDir());
        QCOMPARE(secondary.lock(), SingleInstance::Role::Secondary);
        Result<void> forwarded = fail(ErrorCode::Io, u"not run"_s);
        QElapsedTimer timer;
        timer.start();
        std::thread sender([&] { forwarded = secondary.forward({u"relative.iia"_s, m_example}); });
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        sender.join();
        IIA_VERIFY_RESULT(forwarded);
        QCOMPARE_LT(timer.elapsed(), 2000);
        QCOMPARE(received.first().files, (QStringList{QDir::current().absoluteFilePath(u"relative.iia"_s),
                                                      QFileInfo(m_example).absoluteFilePath()}));
        QCOMPARE(received.first().activate, true);
        QCOMPARE(inbox(), QStringList());
    }

    void requestWaitingAtStartIsPickedUp()
    {
        SingleInstance primary(dataDir());
        QCOMPARE(primary.lock(), SingleInstance::Role::Primary);
        QList<SingleInstance::Request> received;
        connect(&primary, &SingleInstance::requestReceived, this,
                [&received](const SingleInstance::Request &r) { received.append(r); });
        SingleInstance secondary(dataDir());
        Result<void> forwarded = fail(ErrorCode::Io, u"not run"_s);
        std::thread sender([&] { forwarded = secondary.forward({}); });
        QTRY_COMPARE_WITH_TIMEOUT(inbox().size(), 1, 5000);
        primary.listen(); // finds the request already there
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        sender.join();
        IIA_VERIFY_RESULT(forwarded);
        QCOMPARE(received.first().files, QStringList());
        QCOMPARE(received.first().activate, true);
        QCOMPARE(inbox(), QStringList());
    }

    void unansweredRequestIsWithdrawn()
    {
        SingleInstance primary(dataDir());
        QCOMPARE(primary.lock(), SingleInstance::Role::Primary); // holds the lock but never listens
        SingleInstance secondary(dataDir());
        QElapsedTimer timer;
        timer.start();
        const Result<void> forwarded = secondary.forward({m_example}, 400ms);
        QCOMPARE_GE(timer.elapsed(), 400);
        QCOMPARE_LT(timer.elapsed(), 2000);
        QVERIFY(!forwarded);
        QCOMPARE(forwarded.error().code, ErrorCode::Conflict);
        QCOMPARE(
            forwarded.error().message,
            u"Internet Impact Assessment is already running for the library in %1, but it did not respond "
            "within 0.4 seconds. Switch to its window, or end it if it no longer responds, and try again."_s
                .arg(dataDir()));
        QCOMPARE(inbox(), QStringList()); // nothing left behind
    }

    void foreignFilesInTheInboxAreIgnored()
    {
        SingleInstance primary(dataDir());
        QCOMPARE(primary.lock(), SingleInstance::Role::Primary);
        QDir().mkpath(dataDir() + u"/inbox"_s);
        auto write = [this](const QString &name, const QByteArray &data) {
            QFile f(dataDir() + u"/inbox/"_s + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write(u"garbage.request"_s, "{\"format\": \"iia-instance-request\", \"version\": ");
        write(u"newer.request"_s, R"({"format": "iia-instance-request", "version": 2, "files": ["/x.iia"]})");
        write(u"huge.request"_s, QByteArray(SingleInstance::kMaxRequestSize + 1, ' '));
        write(u"note.txt"_s, "not a request");
        int received = 0;
        connect(&primary, &SingleInstance::requestReceived, this, [&received] { ++received; });
        QTest::ignoreMessage(QtWarningMsg, "iia: ignored the unreadable request garbage.request");
        QTest::ignoreMessage(QtWarningMsg, "iia: ignored the unreadable request huge.request");
        QTest::ignoreMessage(QtWarningMsg, "iia: ignored the unreadable request newer.request");
        primary.listen();
        QTRY_COMPARE_WITH_TIMEOUT(inbox(), QStringList{u"note.txt"_s}, 5000);
        QCOMPARE(received, 0);
    }

    // Two real processes: the second hands its file to the first and exits at once; after the first is
    // killed, the next start recovers its lock and runs the window itself.
    void secondProcessHandsOverItsFile()
    {
        auto first = startWindow({});
        QVERIFY(first->waitForStarted());
        // The inbox appears when the first window listens.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(dataDir() + u"/inbox"_s).isDir(), 60000);

        QElapsedTimer timer;
        timer.start();
        auto second = startWindow({m_example});
        QVERIFY(second->waitForFinished(30000));
        const qint64 secondMs = timer.elapsed();
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE_LT(secondMs, qint64(SingleInstance::kForwardTimeoutMs));
        QCOMPARE(first->state(), QProcess::Running);
        QTRY_COMPARE_WITH_TIMEOUT(libraryIds(), QStringList{QString::fromLatin1(kExampleId)}, 20000);
        QCOMPARE(inbox(), QStringList());

        stop(*first); // as if it crashed: its lock file stays behind
        QVERIFY(QFile::exists(dataDir() + u"/iia.lock"_s));

        // Another assessment, so that importing it asks nothing.
        QJsonObject root = QJsonDocument::fromJson(readFixture(m_example)).object();
        QJsonObject assessment = root.value(u"assessment"_s).toObject();
        assessment.insert(u"id"_s, u"another"_s);
        root.insert(u"assessment"_s, assessment);
        const QString other = m_dir->filePath(u"other.iia"_s);
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(root).toJson());
        f.close();

        auto third = startWindow({other});
        QVERIFY(third->waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(libraryIds(), (QStringList{QString::fromLatin1(kExampleId), u"another"_s}),
                                  60000);
        QCOMPARE(third->state(), QProcess::Running); // it is the window now, not a messenger
        stop(*third);
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0) {
        QCoreApplication app(argc, argv);
        return holdLock(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestSingleInstance test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
