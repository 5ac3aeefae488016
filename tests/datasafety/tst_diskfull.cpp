// A full disk: on a small tmpfs filled to the last block, editing, importing, exporting, backing up and
// migrating fail with a message that gives the system's reason; nothing saved before is damaged; once space
// returns, everything works again. The test mounts its file systems in a mount namespace of its own (as
// root, or as a user through a user namespace).

#include "../testutil.h"
#include "backups.h"
#include "library.h"
#include "safetytest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

using namespace iia;
using namespace iia::safetytest;
using namespace Qt::StringLiterals;

namespace {

QString g_namespaceProblem; // why no file system can be mounted, when none can

#ifdef Q_OS_LINUX
bool writeProcFile(const char *path, const std::string &text)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
    ::close(fd);
    return ok;
}

// Called first thing in main, while the process has one thread (unshare requires it).
void enterPrivateMountNamespace()
{
    if (::geteuid() != 0) {
        const uid_t uid = ::getuid();
        const gid_t gid = ::getgid();
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0 || !writeProcFile("/proc/self/setgroups", "deny") ||
            !writeProcFile("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1") ||
            !writeProcFile("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1")) {
            g_namespaceProblem = u"no user namespace: "_s + QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
    } else if (::unshare(CLONE_NEWNS) != 0) {
        g_namespaceProblem = u"no mount namespace: "_s + QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    // Mounts made here must not reach the system's namespace. In a chroot "/" is no mount point (EINVAL):
    // ./dev's build root runs in a private namespace already.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 && errno != EINVAL)
        g_namespaceProblem = u"cannot make mounts private: "_s + QString::fromLocal8Bit(std::strerror(errno));
}
#endif

qint64 freeBytes(const QString &path)
{
#ifdef Q_OS_LINUX
    struct statvfs s;
    if (::statvfs(QFile::encodeName(path).constData(), &s) == 0)
        return qint64(s.f_bavail) * qint64(s.f_frsize);
#endif
    return -1;
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_disk; // the mount point of a 3 MB tmpfs
    QString m_example = QStringLiteral(IIA_SOURCE_DIR "/assessments/examples/network-usage-fees.iia");
    const QString m_exampleId = u"5f0c1d2e-7a4b-4c3d-9e8f-0a1b2c3d4e5f"_s;

    QString filler() const { return m_disk + u"/filler"_s; }

    // Writes to a filler file until the file system has only leave bytes free (a multiple of its 4 KiB
    // pages); with 0, until a write fails.
    void fillTheDisk(qint64 leave = 0)
    {
        QFile f(filler());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
        const QByteArray big(64 * 1024, 'f');
        const QByteArray page(4096, 'f');
        while (freeBytes(m_disk) > leave + big.size())
            QCOMPARE(f.write(big), big.size());
        while (freeBytes(m_disk) > leave)
            QCOMPARE(f.write(page), page.size());
        if (leave == 0)
            QVERIFY(f.write("f", 1) != 1);
        f.close();
        QCOMPARE(freeBytes(m_disk), leave);
    }

    void freeTheDisk()
    {
        QVERIFY(QFile::remove(filler()));
        QVERIFY(freeBytes(m_disk) > 1024 * 1024);
    }

    Run iia(const QStringList &args)
    {
        return run(QStringLiteral(IIA_EXECUTABLE), args, environment(m_dir->path()));
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void editImportExportBackup();
    void commandLine();
    void migration();
};

void TestDiskFull::init()
{
    if (!g_namespaceProblem.isEmpty())
        QSKIP(qPrintable(u"cannot mount a small file system here: "_s + g_namespaceProblem));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_disk = m_dir->filePath(u"disk"_s);
    QVERIFY(QDir().mkpath(m_disk));
#ifdef Q_OS_LINUX
    QVERIFY2(::mount("tmpfs", QFile::encodeName(m_disk).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                     "size=3m") == 0,
             std::strerror(errno));
#endif
    QVERIFY(freeBytes(m_disk) > 2 * 1024 * 1024);
}

void TestDiskFull::cleanup()
{
#ifdef Q_OS_LINUX
    if (!m_disk.isEmpty())
        ::umount2(QFile::encodeName(m_disk).constData(), MNT_DETACH);
#endif
    m_disk.clear();
    m_dir.reset();
}

void TestDiskFull::editImportExportBackup()
{
    const Paths paths(m_disk + u"/data"_s);
    auto opened = Library::open(paths);
    IIA_VERIFY_RESULT(opened);
    Library &library = **opened;
    IIA_VERIFY_RESULT(library.importFile(m_example, ImportMode::Refuse));
    auto second = library.create(u"Shutdown order"_s);
    IIA_VERIFY_RESULT(second);
    const QString exported = m_disk + u"/exported.iia"_s;
    IIA_VERIFY_RESULT(library.exportFile(m_exampleId, exported));
    const Assessment example = *library.load(m_exampleId);
    const QByteArray exportedBefore = fileBytes(exported);

    fillTheDisk();

    Assessment edited = example;
    auto edit = library.edit(edited, edits::SetConclusions{u"Changed while the disk was full."_s});
    QVERIFY(!edit);
    QCOMPARE(edit.error().code, ErrorCode::Database);
    const QString full =
        u"Saving failed: database or disk is full. The disk is full: free some space, then try "
        u"again. Everything saved before is still in the library."_s;
    QCOMPARE(edit.error().message, full);
    QCOMPARE(edited, example); // not made, in memory either

    auto imported = library.importFile(m_example, ImportMode::Copy);
    QVERIFY(!imported);
    QCOMPARE(imported.error().message, u"Nothing was imported from %1: %2"_s.arg(m_example, full));

    auto exportedAgain = library.exportFile(m_exampleId, exported);
    QVERIFY(!exportedAgain);
    QCOMPARE(exportedAgain.error().code, ErrorCode::Io);
    QCOMPARE(
        exportedAgain.error().message,
        u"The file could not be written: No space left on device. The previous file, if any, is unchanged."_s);
    QCOMPARE(fileBytes(exported), exportedBefore);

    auto backup = library.backups().take(library.store());
    QVERIFY(!backup);
    QCOMPARE(backup.error().message,
             u"Backing up the library failed: database or disk is full [VACUUM INTO ?] The "
             u"disk is full: free some space, then try again. Everything saved before is "
             u"still in the library."_s);

    // Nothing saved before is damaged, and nothing half-written is left.
    QCOMPARE(integrityCheck(paths.libraryFile(), false), u"ok"_s);
    QCOMPARE(*library.load(m_exampleId), example);
    QCOMPARE(library.load(second->id)->caseInfo.title, u"Shutdown order"_s);
    QCOMPARE(library.store().list()->size(), 2);
    QStringList left = entriesUnder(m_disk);
    left.removeIf([](const QString &e) { return e.endsWith(u"-wal"_s) || e.endsWith(u"-shm"_s); });
    QCOMPARE(left, (QStringList{u"data"_s, u"data/backups"_s, u"data/library.sqlite"_s, u"exported.iia"_s,
                                u"filler"_s}));

    // Space returns: everything works again.
    freeTheDisk();
    IIA_VERIFY_RESULT(library.edit(edited, edits::SetConclusions{u"Changed once there was room."_s}));
    IIA_VERIFY_RESULT(library.importFile(m_example, ImportMode::Copy));
    IIA_VERIFY_RESULT(library.exportFile(m_exampleId, exported));
    IIA_VERIFY_RESULT(library.backups().take(library.store()));
    opened->reset();
    QCOMPARE(integrityCheck(paths.libraryFile()), u"ok"_s);
    auto reopened = Library::open(paths);
    IIA_VERIFY_RESULT(reopened);
    QCOMPARE((*reopened)->store().list()->size(), 3);
    QCOMPARE((*reopened)->load(m_exampleId)->conclusions, u"Changed once there was room."_s);
}

void TestDiskFull::commandLine()
{
    const QString data = m_disk + u"/data"_s;
    QCOMPARE(iia({u"--data-dir"_s, data, u"import"_s, m_example}).exitCode, 0);
    QCOMPARE(iia({u"--data-dir"_s, data, u"list"_s}).exitCode, 0); // takes the day's backup

    // Room to open the library, none to save an import.
    fillTheDisk(40 * 1024);
    const Run imported = iia({u"--data-dir"_s, data, u"import"_s, m_example, u"--as-copy"_s});
    QCOMPARE(imported.exitCode, 1);
    QCOMPARE(imported.err,
             u"iia: %1/library.sqlite: Nothing was imported from %2: Saving failed: database or disk "
             u"is full. The disk is full: free some space, then try again. Everything saved before is "
             u"still in the library.\n"_s.arg(data, m_example));
    freeTheDisk();

    // No room at all: the library opens read-only and says why.
    fillTheDisk();
    const Run list = iia({u"--data-dir"_s, data, u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.err, QString());
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
    const Run created = iia({u"--data-dir"_s, data, u"new"_s, u"Shutdown order"_s});
    QCOMPARE(created.exitCode, 1);
    QCOMPARE(created.err,
             u"iia: %1/library.sqlite: The library is open read-only, so nothing can be changed. The "
             u"disk that holds it is full (0 bytes free): The library could not be read: disk I/O "
             u"error. Free some space, then start the application again.\n"_s.arg(data));
    const Run exported =
        iia({u"--data-dir"_s, data, u"export"_s, m_exampleId, u"-o"_s, m_disk + u"/x.iia"_s});
    QCOMPARE(exported.exitCode, 1);
    QCOMPARE(exported.err,
             u"iia: %1/x.iia: The file could not be written: No space left on device. The previous "
             u"file, if any, is unchanged.\n"_s.arg(m_disk));
    QVERIFY(!QFile::exists(m_disk + u"/x.iia"_s));

    freeTheDisk();
    const Run after = iia({u"--data-dir"_s, data, u"new"_s, u"Shutdown order"_s});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.err, QString());
    QCOMPARE(QJsonDocument::fromJson(iia({u"--data-dir"_s, data, u"list"_s, u"--json"_s}).out.toUtf8())
                 .array()
                 .size(),
             2);
    QCOMPARE(integrityCheck(data + u"/library.sqlite"_s), u"ok"_s);
}

void TestDiskFull::migration()
{
    const Paths paths(m_disk + u"/data"_s);
    QVERIFY(QDir().mkpath(paths.dataDir()));
    QVERIFY(QFile::copy(QStringLiteral(IIA_SOURCE_DIR "/tests/data/library-v1.sqlite"), paths.libraryFile()));
    QVERIFY(QFile::setPermissions(paths.libraryFile(), QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray before = fileBytes(paths.libraryFile());

    // Room to open it, none for the backup that must come before the update: no update; the library is
    // read as it is, read-only, and the reason says all.
    fillTheDisk(40 * 1024);
    {
        auto library = Library::open(paths);
        IIA_VERIFY_RESULT(library);
        QVERIFY((*library)->isReadOnly());
        QVERIFY2((*library)->readOnlyReason().startsWith(u"The disk that holds it is full ("_s),
                 qPrintable((*library)->readOnlyReason()));
        QVERIFY2(
            (*library)->readOnlyReason().contains(
                u"): The library needs an update from version 1 to 2, and a backup is taken before every "
                u"update. The backup failed, so the library was not changed: Backing up the library failed: "
                u"database or disk is full"_s),
            qPrintable((*library)->readOnlyReason()));
        QCOMPARE((*library)->store().schemaVersion(), 1);
        QCOMPARE((*library)->store().list()->size(), 3);
    }
    QCOMPARE(fileBytes(paths.libraryFile()), before);
    QCOMPARE(entriesUnder(paths.dataDir()), (QStringList{u"backups"_s, u"library.sqlite"_s}));
    freeTheDisk();

    // No room at all: the same.
    fillTheDisk();
    {
        auto library = Library::open(paths);
        IIA_VERIFY_RESULT(library);
        QVERIFY((*library)->isReadOnly());
        QCOMPARE(
            (*library)->readOnlyReason(),
            u"The disk that holds it is full (0 bytes free): The library could not be read: disk I/O error. "
            u"Free some space, then start the application again."_s);
        QCOMPARE((*library)->store().schemaVersion(), 1);
    }
    QCOMPARE(fileBytes(paths.libraryFile()), before);
    freeTheDisk();

    auto migrated = Library::open(paths);
    IIA_VERIFY_RESULT(migrated);
    QCOMPARE((*migrated)->store().schemaVersion(), 2);
    QCOMPARE((*migrated)->backups().list().size(), 1);
}

int main(int argc, char *argv[])
{
#ifdef Q_OS_LINUX
    enterPrivateMountNamespace();
#else
    g_namespaceProblem = u"not Linux"_s;
#endif
    QCoreApplication app(argc, argv);
    TestDiskFull test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_diskfull.moc"
