// A read-only folder or library file: the library opens read-only, says why, refuses every change with a
// clear message, and the window shows a notice and disables editing. Root ignores permissions, so when
// started as root this test runs itself again as the unprivileged user nobody.

#include "../testutil.h"
#include "assessment/assessmentview.h"
#include "document/assessmentdocument.h"
#include "frameworkeditor/messagebanner.h"
#include "library.h"
#include "library/backupmodel.h"
#include "library/backupsdialog.h"
#include "library/libraryview.h"
#include "mainwindow.h"
#include "safetytest.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <filesystem>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace iia;
using namespace iia::safetytest;
using namespace Qt::StringLiterals;

class TestReadOnly : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_example = QStringLiteral(IIA_SOURCE_DIR "/assessments/examples/network-usage-fees.iia");
    const QString m_exampleId = u"5f0c1d2e-7a4b-4c3d-9e8f-0a1b2c3d4e5f"_s;

    QString dataDir() const { return m_dir->filePath(u"data"_s); }
    QString libraryFile() const { return dataDir() + u"/library.sqlite"_s; }

    // A library with the worked example and one more assessment, and a backup; then closed.
    void makeLibrary()
    {
        {
            auto library = Library::open(Paths(dataDir()));
            QVERIFY(library);
            QVERIFY((*library)->importFile(m_example, ImportMode::Refuse));
            QVERIFY((*library)->create(u"Shutdown order"_s));
        }
        auto again = Library::open(Paths(dataDir())); // takes the day's backup
        QVERIFY(again);
        QCOMPARE((*again)->backups().list().size(), 1);
    }

    static void setWritable(const QString &path, bool writable)
    {
        QFile::Permissions p = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        if (QFileInfo(path).isDir())
            p |= QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        if (writable)
            p |= QFile::WriteOwner;
        QVERIFY(QFile::setPermissions(path, p));
    }

    QString folderReason() const
    {
        return u"The folder “%1” is not writable (Permission denied). Make it writable, then start the "
               u"application again."_s.arg(dataDir());
    }
    QString fileReason() const
    {
        return u"The library file “%1” is not writable (Permission denied). Make it writable, then start the "
               u"application again."_s.arg(libraryFile());
    }
    static QString refusal(const QString &reason)
    {
        return u"The library is open read-only, so nothing can be changed. %1"_s.arg(reason);
    }

    // Everything that would change the library fails with the read-only message; reading works.
    void refusesEveryChange(Library &library, const QString &reason)
    {
        QVERIFY(library.isReadOnly());
        QCOMPARE(library.readOnlyReason(), reason);
        QCOMPARE(library.warnings().size(), 0);
        auto rows = library.store().list();
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        auto example = library.load(m_exampleId);
        QVERIFY(example);
        const Assessment before = *example;
        auto edited = library.edit(*example, edits::SetConclusions{u"Changed."_s});
        QVERIFY(!edited);
        QCOMPARE(edited.error().code, ErrorCode::ReadOnly);
        QCOMPARE(edited.error().message, refusal(reason));
        QCOMPARE(*example, before); // nothing changed in memory either
        auto created = library.create(u"New"_s);
        QVERIFY(!created);
        QCOMPARE(created.error().message, refusal(reason));
        auto imported = library.importFile(m_example, ImportMode::Copy);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::ReadOnly);
        auto trashed = library.store().moveToTrash(m_exampleId);
        QCOMPARE(trashed.error().message, refusal(reason));
        auto restored = library.restoreBackup(u"latest"_s);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::ReadOnly);
        QCOMPARE(restored.error().message,
                 u"The library is open read-only, so no backup can be put back. %1"_s.arg(reason));
        QCOMPARE(library.load(m_exampleId)->conclusions, before.conclusions);
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void readOnlyFolder();
    void readOnlyFile();
    void readOnlyVersion1();
    void readOnlyAfterACrash();
    void noNewLibraryInReadOnlyFolder();
    void commandLine();
    void windowShowsNotice();
};

void TestReadOnly::initTestCase()
{
#ifdef Q_OS_UNIX
    // The point of the test: permissions apply.
    QVERIFY2(::geteuid() != 0, "must not run as root");
#endif
}

void TestReadOnly::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                     QFile::ReadOther | QFile::ExeOther));
}

void TestReadOnly::cleanup()
{
    // Make everything writable again, so that the temporary folder can go.
    for (const QString &entry : entriesUnder(m_dir->path()))
        QFile::setPermissions(m_dir->filePath(entry), QFileInfo(m_dir->filePath(entry)).isDir()
                                                          ? QFile::Permissions(0x7700)
                                                          : QFile::Permissions(0x6600));
    m_dir.reset();
}

void TestReadOnly::readOnlyFolder()
{
    makeLibrary();
    setWritable(dataDir(), false);
    const QStringList entries = entriesUnder(dataDir());
    const QByteArray bytes = fileBytes(libraryFile());
    {
        auto library = Library::open(Paths(dataDir()));
        IIA_VERIFY_RESULT(library);
        refusesEveryChange(**library, folderReason());
    }
    QCOMPARE(entriesUnder(dataDir()), entries); // no -wal, -shm or backup appeared
    QCOMPARE(fileBytes(libraryFile()), bytes);
}

void TestReadOnly::readOnlyFile()
{
    makeLibrary();
    setWritable(libraryFile(), false);
    const QStringList entries = entriesUnder(dataDir());
    const QByteArray bytes = fileBytes(libraryFile());
    {
        auto library = Library::open(Paths(dataDir()));
        IIA_VERIFY_RESULT(library);
        refusesEveryChange(**library, fileReason());
    }
    QCOMPARE(entriesUnder(dataDir()), entries); // nothing left beside it, though the folder allows it
    QCOMPARE(fileBytes(libraryFile()), bytes);
}

void TestReadOnly::readOnlyVersion1()
{
    QVERIFY(QDir().mkpath(dataDir()));
    QVERIFY(QFile::copy(QStringLiteral(IIA_SOURCE_DIR "/tests/data/library-v1.sqlite"), libraryFile()));
    setWritable(dataDir(), false);
    auto library = Library::open(Paths(dataDir()));
    IIA_VERIFY_RESULT(library);
    QVERIFY((*library)->isReadOnly());
    QCOMPARE((*library)->store().schemaVersion(), 1); // read as it is: an update needs writing
    QCOMPARE((*library)->store().list()->size(), 3);
    QCOMPARE(entriesUnder(dataDir()), QStringList{u"library.sqlite"_s});
}

void TestReadOnly::readOnlyAfterACrash()
{
    // The last edits of a program that crashed are still in the write-ahead log: read through it.
    makeLibrary();
    const QString crashed = m_dir->filePath(u"crashed"_s);
    QVERIFY(QDir().mkpath(crashed));
    {
        auto library = Library::open(Paths(dataDir()));
        IIA_VERIFY_RESULT(library);
        IIA_VERIFY_RESULT((*library)->create(u"Only in the log"_s));
        QVERIFY(QFileInfo(libraryFile() + u"-wal"_s).size() > 0);
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QVERIFY(QFile::copy(libraryFile() + suffix, crashed + u"/library.sqlite"_s + suffix));
    }
    setWritable(crashed, false);
    auto library = Library::open(Paths(crashed));
    IIA_VERIFY_RESULT(library);
    QVERIFY((*library)->isReadOnly());
    QCOMPARE((*library)->store().list()->size(), 3);
    QCOMPARE((*library)->store().list()->first().title, u"Only in the log"_s);
}

void TestReadOnly::noNewLibraryInReadOnlyFolder()
{
    QVERIFY(QDir().mkpath(dataDir()));
    setWritable(dataDir(), false);
    auto library = Library::open(Paths(dataDir()));
    QVERIFY(!library);
    QCOMPARE(library.error().code, ErrorCode::Io);
    QCOMPARE(library.error().message,
             u"No library can be created here. The folder “%1” is not writable (Permission denied). Choose "
             u"another data folder with --data-dir, or make this one writable."_s.arg(dataDir()));
}

void TestReadOnly::commandLine()
{
    makeLibrary();
    setWritable(dataDir(), false);
    const QProcessEnvironment env = environment(m_dir->path());
    const Run list =
        run(QStringLiteral(IIA_EXECUTABLE), {u"--data-dir"_s, dataDir(), u"list"_s, u"--json"_s}, env);
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.err, QString());
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 2);
    const Run created =
        run(QStringLiteral(IIA_EXECUTABLE), {u"--data-dir"_s, dataDir(), u"new"_s, u"X"_s}, env);
    QCOMPARE(created.exitCode, 1);
    QCOMPARE(created.out, QString());
    QCOMPARE(created.err, u"iia: %1: %2\n"_s.arg(libraryFile(), refusal(folderReason())));
    const Run restore = run(QStringLiteral(IIA_EXECUTABLE),
                            {u"--data-dir"_s, dataDir(), u"backup"_s, u"restore"_s, u"latest"_s}, env);
    QCOMPARE(restore.exitCode, 1);
    QVERIFY2(restore.err.contains(u"no backup can be put back"_s), qPrintable(restore.err));
    const Run backups =
        run(QStringLiteral(IIA_EXECUTABLE), {u"--data-dir"_s, dataDir(), u"backup"_s, u"list"_s}, env);
    QCOMPARE(backups.exitCode, 0);
    QCOMPARE(backups.out.count(u'\n'), 2); // a heading and the one backup
}

void TestReadOnly::windowShowsNotice()
{
    makeLibrary();
    setWritable(dataDir(), false);
    auto library = Library::open(Paths(dataDir()));
    IIA_VERIFY_RESULT(library);
    MainWindow window(**library, u"en"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MessageBanner *banner = window.readOnlyBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->objectName(), u"readOnlyBanner"_s);
    QVERIFY2(
        banner->text().startsWith(u"<b>The library is open read-only: you can read everything, but no change "
                                  u"can be saved.</b> "_s),
        qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(folderReason()), qPrintable(banner->text()));
    QVERIFY(banner->y() < window.libraryView()->mapTo(&window, QPoint(0, 0)).y()); // above the library
    for (const QString &name : {u"actionNew"_s, u"actionImport"_s, u"actionExample"_s})
        QVERIFY2(!window.findChild<QAction *>(name)->isEnabled(), qPrintable(name));
    QVERIFY(window.findChild<QAction *>(u"actionBackups"_s)->isEnabled());
    window.libraryView()->selectId(m_exampleId);
    for (const QString &name :
         {u"libraryNew"_s, u"libraryImport"_s, u"libraryDuplicate"_s, u"libraryTrash"_s})
        QVERIFY2(!window.findChild<QPushButton *>(name)->isEnabled(), qPrintable(name));
    QVERIFY(window.findChild<QPushButton *>(u"libraryOpen"_s)->isEnabled());
    QVERIFY(window.findChild<QPushButton *>(u"libraryExport"_s)->isEnabled());

    // An assessment opens for reading: its fields are read-only, its controls disabled.
    QVERIFY(window.openAssessment(m_exampleId));
    AssessmentView *view = window.assessmentView();
    view->goToStep(view->stepOf(u"access"_s));
    auto *note = view->findChild<QLineEdit *>(u"note-access.q1"_s);
    QVERIFY(note);
    QVERIFY(note->isReadOnly());
    auto *yes = view->findChild<QRadioButton *>(u"answer-access.q1-yes"_s);
    QVERIFY(yes);
    QVERIFY(!yes->isEnabled());
    auto *draft = view->findChild<QPlainTextEdit *>(u"draftEditor"_s);
    QVERIFY(draft->isReadOnly());
    QVERIFY(banner->isVisible());

    // The backups are listed; none can be put back.
    window.showBackups();
    BackupsDialog *dialog = window.backupsDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->rowCount(), 1);
    QVERIFY(!dialog->findChild<QPushButton *>(u"backupsRestore"_s)->isEnabled());
    dialog->close();
}

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        // Root ignores permissions: run again as nobody, with a home of its own.
        char home[] = "/tmp/iia-readonly-home-XXXXXX";
        if (!::mkdtemp(home) || ::chown(home, 65534, 65534) != 0) {
            std::perror("tst_readonly: cannot prepare a home for nobody");
            return 1;
        }
        const pid_t child = ::fork();
        if (child == 0) {
            ::setenv("HOME", home, 1);
            ::setenv("XDG_CONFIG_HOME", (std::string(home) + "/config").c_str(), 1);
            ::setenv("XDG_DATA_HOME", (std::string(home) + "/data").c_str(), 1);
            ::setenv("XDG_CACHE_HOME", (std::string(home) + "/cache").c_str(), 1);
            ::unsetenv("XDG_RUNTIME_DIR");
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0) {
                std::perror("tst_readonly: cannot become nobody");
                ::_exit(1);
            }
            ::execv("/proc/self/exe", argv);
            std::perror("tst_readonly: cannot start again");
            ::_exit(1);
        }
        int status = 0;
        ::waitpid(child, &status, 0);
        std::error_code ignored;
        std::filesystem::remove_all(home, ignored);
        return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
    }
#endif
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings in a test folder, never the user's
    app.setOrganizationName(u"iia-tests"_s);
    TestReadOnly test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_readonly.moc"
