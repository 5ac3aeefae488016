// Rolling backups (taken before a migration, once a day, before a restore; the newest ten kept; only sound
// ones listed), restoring them, and libraries refused at start: set aside, never changed, a backup offered.

#include "../testutil.h"
#include "atomicfile_p.h"
#include "backups.h"
#include "dailycare.h"
#include "interchange.h"
#include "library.h"
#include "safetytest.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <thread>

#ifdef Q_OS_UNIX
#include <sys/file.h>
#endif

using namespace iia;
using namespace iia::safetytest;
using namespace Qt::StringLiterals;

class TestBackups : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Paths paths() const { return Paths(m_dir->filePath(u"data"_s)); }

    // A library with the given titles, and the day's backup taken (by opening it a second time).
    void makeLibrary(const QStringList &titles)
    {
        {
            auto library = Library::open(paths());
            QVERIFY(library);
            for (const QString &title : titles)
                QVERIFY((*library)->create(title));
        }
        auto again = Library::open(paths());
        QVERIFY(again);
        QCOMPARE(Backups(paths()).list().size(), 1);
    }

    static QStringList titles(Library &library)
    {
        QStringList result;
        const auto rows = library.store().list();
        for (const AssessmentSummary &s : *rows)
            result.append(s.title);
        result.sort();
        return result;
    }

    QStringList damagedFiles() const { return QDir(paths().damagedDir()).entryList(QDir::Files); }

private Q_SLOTS:
    void init();
    void takesListsAndKeepsTen();
    void listsOnlySoundBackups_data();
    void listsOnlySoundBackups();
    void dailyBackup();
    void careLater();
    void careStopsBetweenSteps();
    void careBesideEdits();
    void damageFoundLater_data();
    void damageFoundLater();
    void backupBeforeMigration();
    void noBackupNoMigration();
    void restoreAndUndo();
    void restoreRefusedWhileOpenElsewhere();
    void refusedLibraryIsSetAside_data();
    void refusedLibraryIsSetAside();
    void startWithAnEmptyLibrary();
    void staleTemporaries();
    void savesThroughALockedTemporary();
};

void TestBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackups::takesListsAndKeepsTen()
{
    auto library = Library::open(paths());
    IIA_VERIFY_RESULT(library);
    QCOMPARE(Backups(paths()).list().size(), 0); // a new library is not backed up at once
    IIA_VERIFY_RESULT((*library)->create(u"Shutdown order"_s));
    const Backups backups = (*library)->backups();
    QStringList taken;
    for (int i = 0; i < 12; ++i) {
        auto b = backups.take((*library)->store());
        IIA_VERIFY_RESULT(b);
        QVERIFY2(QRegularExpression(u"^library-\\d{8}-\\d{6}(-\\d+)?\\.sqlite$"_s).match(b->name).hasMatch(),
                 qPrintable(b->name));
        QCOMPARE(b->assessments, 1);
        QCOMPARE(b->schemaVersion, 2);
        QCOMPARE(b->size, QFileInfo(b->path).size());
        QCOMPARE(b->path, paths().backupsDir() + u'/' + b->name);
        taken.prepend(b->name);
    }
    QCOMPARE(taken.size(), 12);
    const QList<BackupInfo> listed = backups.list();
    QStringList names;
    for (const BackupInfo &b : listed)
        names.append(b.name);
    QCOMPARE(names, taken.mid(0, Backups::kBackupsKept)); // newest first, the two oldest gone
    QCOMPARE(QDir(paths().backupsDir()).entryList(QDir::Files | QDir::Hidden).size(), Backups::kBackupsKept);
    QCOMPARE(backups.latest()->name, taken.first());
    QCOMPARE(backups.find(u"latest"_s)->name, taken.first());
    QCOMPARE(backups.newestTime(), listed.first().created);
    QCOMPARE(integrityCheck(listed.first().path), u"ok"_s);
    QCOMPARE(listed.first().created.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(listed.first().created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestBackups::listsOnlySoundBackups_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    QTest::addRow("garbage") << u"garbage"_s << ErrorCode::NotOurs << u"file is not a database"_s;
    QTest::addRow("another program's")
        << u"foreign"_s << ErrorCode::NotOurs << u"it is not an Internet Impact Assessment library."_s;
    QTest::addRow("cut short") << u"truncated"_s << ErrorCode::NotOurs << u"is not a sound library backup"_s;
    QTest::addRow("newer")
        << u"newer"_s << ErrorCode::Unsupported
        << u"is a library of version 99; this version of the application reads versions 1 to 2."_s;
    QTest::addRow("not a backup's name")
        << u"name"_s << ErrorCode::NotFound << u"There is no backup called"_s;
}

void TestBackups::listsOnlySoundBackups()
{
    QFETCH(QString, kind);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    makeLibrary({u"Shutdown order"_s});
    const Backups backups(paths());
    const BackupInfo good = *backups.latest();
    const QString name = kind == u"name" ? u"library.sqlite"_s : u"library-20300101-000000.sqlite"_s;
    const QString path = paths().backupsDir() + u'/' + name;
    if (kind == u"garbage") {
        QVERIFY(writeBytes(path, QByteArray(8192, 'x')));
    } else if (kind == u"truncated") {
        QVERIFY(QFile::copy(good.path, path));
        QVERIFY(QFile(path).resize(good.size / 2));
    } else if (kind == u"name") {
        QVERIFY(QFile::copy(good.path, path));
    } else {
        withDatabase(path, false, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (kind == u"foreign") {
                q.exec(u"CREATE TABLE notes (body TEXT)"_s);
            } else {
                q.exec(u"PRAGMA application_id = %1"_s.arg(0x49494131));
                q.exec(u"PRAGMA user_version = 99"_s);
                q.exec(u"CREATE TABLE future (x)"_s);
            }
        });
    }
    QVERIFY(QFile::exists(path));
    const QList<BackupInfo> listed = backups.list();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().name, good.name);
    QCOMPARE(backups.latest()->name, good.name); // newer by name, but not sound
    auto found = backups.find(name);
    QVERIFY(!found);
    QCOMPARE(found.error().code, code);
    QVERIFY2(found.error().message.contains(message), qPrintable(found.error().message));
    QVERIFY(QFile::exists(path)); // never removed: not ours to judge
    QCOMPARE(backups.find(u"../library.sqlite"_s).error().code, ErrorCode::NotFound);
}

void TestBackups::dailyBackup()
{
    {
        auto library = Library::open(paths());
        IIA_VERIFY_RESULT(library);
        IIA_VERIFY_RESULT((*library)->create(u"Shutdown order"_s));
        QCOMPARE((*library)->warnings().size(), 0);
    }
    QCOMPARE(Backups(paths()).list().size(), 0);
    {
        auto library = Library::open(paths()); // the first start of the day after the one that created it
        IIA_VERIFY_RESULT(library);
        QCOMPARE(*(*library)->store().state(u"integrity_checked"_s),
                 QDate::currentDate().toString(Qt::ISODate));
    }
    QList<BackupInfo> listed = Backups(paths()).list();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().assessments, 1);
    IIA_VERIFY_RESULT(Library::open(paths()));
    QCOMPARE(Backups(paths()).list().size(), 1); // once a day
    // Yesterday's backup does not count for today.
    const QDateTime yesterday = QDateTime::currentDateTime().addDays(-1).toUTC();
    const QString old = u"library-%1.sqlite"_s.arg(yesterday.toString(u"yyyyMMdd-HHmmss"_s));
    QVERIFY(QFile::rename(listed.first().path, paths().backupsDir() + u'/' + old));
    IIA_VERIFY_RESULT(Library::open(paths()));
    listed = Backups(paths()).list();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(1).name, old);
}

// The window opens the library without the day's care and runs it on a thread of its own once it has painted.
void TestBackups::careLater()
{
    {
        auto library = Library::open(paths());
        IIA_VERIFY_RESULT(library);
        IIA_VERIFY_RESULT((*library)->create(u"Shutdown order"_s));
        QVERIFY(!DailyCare::isDue((*library)->store(), paths())); // not on the day it was created
    }
    auto library = Library::open(paths(), Store::Mode::ReadWrite, Library::CareTiming::Later);
    IIA_VERIFY_RESULT(library);
    QCOMPARE(*(*library)->store().state(u"integrity_checked"_s), QString());
    QCOMPARE(Backups(paths()).list().size(), 0);
    QVERIFY(DailyCare::isDue((*library)->store(), paths()));

    DailyCare care(paths());
    QList<DailyCare::Step> steps;
    care.setStepStarted([&steps](DailyCare::Step step) { steps.append(step); });
    CareReport report;
    std::thread worker([&] { report = care.runOnOwnConnection(); });
    worker.join();
    QCOMPARE(report.outcome, CareReport::Outcome::Done);
    QCOMPARE(steps, (QList<DailyCare::Step>{DailyCare::Step::Check, DailyCare::Step::Backup}));
    QVERIFY(report.checked);
    QVERIFY(report.backup.has_value());
    QCOMPARE(report.backup->assessments, 1);
    QCOMPARE(report.warnings.size(), 0);
    QCOMPARE(Backups(paths()).list().size(), 1);
    QCOMPARE(Backups(paths()).list().first().name, report.backup->name);
    // Seen through the window's connection: nothing more is due today.
    QCOMPARE(*(*library)->store().state(u"integrity_checked"_s), QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(!DailyCare::isDue((*library)->store(), paths()));
    steps.clear();
    report = care.runOnOwnConnection();
    QCOMPARE(report.outcome, CareReport::Outcome::Done);
    QVERIFY(steps.isEmpty());
    QVERIFY(!report.checked);
    QVERIFY(!report.backup);
}

// Cancelled, the care finishes the step under way and starts no other.
void TestBackups::careStopsBetweenSteps()
{
    {
        auto library = Library::open(paths());
        IIA_VERIFY_RESULT(library);
        IIA_VERIFY_RESULT((*library)->create(u"Shutdown order"_s));
    }
    DailyCare care(paths());
    care.cancel();
    CareReport report = care.runOnOwnConnection();
    QCOMPARE(report.outcome, CareReport::Outcome::Cancelled);
    QVERIFY(!report.checked);
    QVERIFY(!report.backup);

    DailyCare stopped(paths());
    stopped.setStepStarted([&stopped](DailyCare::Step step) {
        if (step == DailyCare::Step::Check)
            stopped.cancel();
    });
    report = stopped.runOnOwnConnection();
    QCOMPARE(report.outcome, CareReport::Outcome::Cancelled);
    QVERIFY(report.checked); // the check under way finished, and counts for today
    QVERIFY(!report.backup);
    QCOMPARE(Backups(paths()).list().size(), 0);
    auto library = Library::open(paths(), Store::Mode::ReadWrite, Library::CareTiming::Later);
    IIA_VERIFY_RESULT(library);
    QCOMPARE(*(*library)->store().state(u"integrity_checked"_s), QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(DailyCare::isDue((*library)->store(), paths())); // the backup still is
}

// The care's connection and the window's work side by side: every edit is saved, and the backup is sound.
void TestBackups::careBesideEdits()
{
    {
        auto library = Library::open(paths());
        IIA_VERIFY_RESULT(library);
        for (int i = 0; i < 200; ++i)
            IIA_VERIFY_RESULT((*library)->create(u"Assessment %1"_s.arg(i)));
    }
    auto library = Library::open(paths(), Store::Mode::ReadWrite, Library::CareTiming::Later);
    IIA_VERIFY_RESULT(library);
    DailyCare care(paths());
    CareReport report;
    std::atomic_bool started = false;
    care.setStepStarted([&started](DailyCare::Step) { started = true; });
    std::thread worker([&] { report = care.runOnOwnConnection(); });
    while (!started)
        std::this_thread::yield();
    QStringList failures;
    for (int i = 0; i < 50; ++i) {
        if (auto created = (*library)->create(u"While the care runs %1"_s.arg(i)); !created)
            failures.append(created.error().message);
    }
    worker.join();
    QCOMPARE(failures, QStringList());
    QCOMPARE(report.outcome, CareReport::Outcome::Done);
    QCOMPARE(report.warnings.size(), 0);
    QVERIFY(report.backup.has_value());
    // A snapshot of one moment: the 200 before, and any of the 50 written before the copy began.
    QVERIFY2(report.backup->assessments >= 200 && report.backup->assessments <= 250,
             qPrintable(QString::number(report.backup->assessments)));
    QCOMPARE(integrityCheck(report.backup->path), u"ok"_s);
    QCOMPARE((*library)->store().list()->size(), 250);
}

void TestBackups::damageFoundLater_data()
{
    QTest::addColumn<bool>("restore");
    QTest::addRow("put the latest backup back") << true;
    QTest::addRow("start with an empty library") << false;
}

// Damage found by the care after the window opened the library: nothing changes until the user chooses; then
// the damaged file is moved aside, whole, and the backup put back or an empty library started.
void TestBackups::damageFoundLater()
{
    QFETCH(bool, restore);
    makeLibrary({u"Shutdown order"_s, u"Filtering bill"_s});
    const BackupInfo latest = *Backups(paths()).latest();
    const QString path = paths().libraryFile();
    QVERIFY(damageAnswerPage(path));
    const QByteArray damaged = fileBytes(path);

    auto library = Library::open(paths(), Store::Mode::ReadWrite, Library::CareTiming::Later);
    IIA_VERIFY_RESULT(library); // the damaged page is not read on the way
    const CareReport report = DailyCare(paths()).runOnOwnConnection();
    QCOMPARE(report.outcome, CareReport::Outcome::Damaged);
    QCOMPARE(report.damage.code, ErrorCode::NotOurs);
    QVERIFY2(report.damage.message.startsWith(
                 u"This library is damaged: SQLite's check of the file found 1 problem(s), the first: "_s),
             qPrintable(report.damage.message));
    QVERIFY(report.damage.message.endsWith(u". It has not been changed."_s));
    QVERIFY(!report.backup);
    QVERIFY(report.latest.has_value());
    QCOMPARE(report.latest->name, latest.name);
    QCOMPARE(report.latest->assessments, 2);
    QCOMPARE(damagedFiles().size(), 0);
    QCOMPARE(Backups(paths()).list().size(), 1);

    auto moved = (*library)->replaceDamaged(restore ? latest.name : QString());
    IIA_VERIFY_RESULT(moved);
    QCOMPARE(damagedFiles(), QStringList{QFileInfo(*moved).fileName()});
    QCOMPARE(QFileInfo(*moved).absolutePath(), QFileInfo(paths().damagedDir()).absoluteFilePath());
    QCOMPARE(fileBytes(*moved), damaged);
    QVERIFY(!(*library)->isReadOnly());
    QCOMPARE(titles(**library),
             restore ? (QStringList{u"Filtering bill"_s, u"Shutdown order"_s}) : QStringList());
    QCOMPARE(integrityCheck(path, false), u"ok"_s);
    IIA_VERIFY_RESULT((*library)->create(u"After the damage"_s));
    QCOMPARE((*library)->store().list()->size(), restore ? 3 : 1);
}

void TestBackups::backupBeforeMigration()
{
    QVERIFY(QDir().mkpath(paths().dataDir()));
    QVERIFY(
        QFile::copy(QStringLiteral(IIA_SOURCE_DIR "/tests/data/library-v1.sqlite"), paths().libraryFile()));
    QVERIFY(QFile::setPermissions(paths().libraryFile(), QFile::ReadOwner | QFile::WriteOwner));
    auto library = Library::open(paths());
    IIA_VERIFY_RESULT(library);
    QCOMPARE((*library)->store().schemaVersion(), 2);
    QCOMPARE((*library)->store().list()->size(), 3);
    const QList<BackupInfo> listed = Backups(paths()).list();
    QCOMPARE(listed.size(), 1); // the one before the update; today's counts as the day's
    QCOMPARE(listed.first().schemaVersion, 1);
    QCOMPARE(listed.first().assessments, 3);
    withDatabase(listed.first().path, true, [](QSqlDatabase &db) {
        QCOMPARE(value(db, u"SELECT count(*) FROM answer"_s).toInt(), 74);
        QCOMPARE(value(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'app_state'"_s).toInt(), 0);
    });
}

void TestBackups::noBackupNoMigration()
{
    QVERIFY(QDir().mkpath(paths().dataDir()));
    QVERIFY(
        QFile::copy(QStringLiteral(IIA_SOURCE_DIR "/tests/data/library-v1.sqlite"), paths().libraryFile()));
    QVERIFY(QFile::setPermissions(paths().libraryFile(), QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(writeBytes(paths().backupsDir(), "a file where the backups folder should be"));
    const QByteArray before = fileBytes(paths().libraryFile());
    auto library = Library::open(paths());
    QVERIFY(!library);
    QCOMPARE(library.error().code, ErrorCode::Io);
    QCOMPARE(
        library.error().message,
        u"The library needs an update from version 1 to 2, and a backup is taken before every update. The "
        u"backup failed, so the library was not changed: The backups folder “%1” could not be created."_s.arg(
            paths().backupsDir()));
    QCOMPARE(fileBytes(paths().libraryFile()), before);
}

void TestBackups::restoreAndUndo()
{
    auto library = Library::open(paths());
    IIA_VERIFY_RESULT(library);
    Library &lib = **library;
    IIA_VERIFY_RESULT(lib.create(u"Shutdown order"_s));
    auto first = lib.backups().take(lib.store());
    IIA_VERIFY_RESULT(first);
    auto later = lib.create(u"Filtering bill"_s);
    IIA_VERIFY_RESULT(later);

    auto restored = lib.restoreBackup(first->name);
    IIA_VERIFY_RESULT(restored);
    QCOMPARE(restored->restored.name, first->name);
    QVERIFY(restored->previous.has_value());
    QCOMPARE(restored->previous->assessments, 2);
    QCOMPARE(titles(lib), (QStringList{u"Shutdown order"_s}));
    QVERIFY(!QFile::exists(paths().libraryFile() + u"-wal"_s) ||
            QFileInfo(paths().libraryFile() + u"-wal"_s).size() == 0);
    QCOMPARE(integrityCheck(paths().libraryFile(), false), u"ok"_s);

    // Undo: the library as it was is a backup like any other.
    auto undone = lib.restoreBackup(restored->previous->name);
    IIA_VERIFY_RESULT(undone);
    QCOMPARE(titles(lib), (QStringList{u"Filtering bill"_s, u"Shutdown order"_s}));
    QCOMPARE(undone->previous->assessments, 1);
    // The library works as before.
    auto loaded = lib.load(later->id);
    IIA_VERIFY_RESULT(loaded);
    IIA_VERIFY_RESULT(lib.edit(*loaded, edits::SetConclusions{u"Harmful."_s}));
    QCOMPARE(lib.load(later->id)->conclusions, u"Harmful."_s);
    // Three backups now: the first, and one before each restore.
    QCOMPARE(lib.backups().list().size(), 3);

    auto missing = lib.restoreBackup(u"library-20000101-000000.sqlite"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(titles(lib), (QStringList{u"Filtering bill"_s, u"Shutdown order"_s}));
}

void TestBackups::restoreRefusedWhileOpenElsewhere()
{
    auto library = Library::open(paths());
    IIA_VERIFY_RESULT(library);
    Library &lib = **library;
    IIA_VERIFY_RESULT(lib.create(u"Shutdown order"_s));
    auto first = lib.backups().take(lib.store());
    IIA_VERIFY_RESULT(first);
    IIA_VERIFY_RESULT(lib.create(u"Filtering bill"_s));
    auto other = Store::open(paths().libraryFile()); // another program, say
    IIA_VERIFY_RESULT(other);
    auto restored = lib.restoreBackup(first->name);
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, ErrorCode::Io);
    QCOMPARE(restored.error().message,
             u"The library is open in another program (another window of this application, or the command "
             u"line). Close it and try again; nothing was changed."_s);
    QCOMPARE(titles(lib), (QStringList{u"Filtering bill"_s, u"Shutdown order"_s}));
    QCOMPARE((*other)->list()->size(), 2);
}

void TestBackups::refusedLibraryIsSetAside_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    QTest::addRow("garbage") << u"garbage"_s << ErrorCode::NotOurs
                             << u"it is not an SQLite database, or it is damaged (file is not a database)."_s;
    QTest::addRow("cut short") << u"truncated"_s << ErrorCode::NotOurs << u"It was probably cut short"_s;
    QTest::addRow("another program's")
        << u"foreign"_s << ErrorCode::NotOurs << u"This SQLite database belongs to another program"_s;
    QTest::addRow("newer") << u"newer"_s << ErrorCode::Unsupported
                           << u"written by a newer version of the application (library version 99"_s;
    QTest::addRow("a damaged page")
        << u"page"_s << ErrorCode::NotOurs
        << u"This library is damaged: SQLite's check of the file found 1 problem(s)"_s;
}

void TestBackups::refusedLibraryIsSetAside()
{
    QFETCH(QString, kind);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    makeLibrary({u"Shutdown order"_s, u"Filtering bill"_s});
    const QString path = paths().libraryFile();
    if (kind == u"garbage") {
        QVERIFY(writeBytes(path, QByteArray(20000, 'x')));
    } else if (kind == u"truncated") {
        QVERIFY(QFile(path).resize(QFileInfo(path).size() / 2));
    } else if (kind == u"page") {
        QVERIFY(damageAnswerPage(path));
    } else {
        QFile::remove(path);
        withDatabase(path, false, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (kind == u"foreign") {
                q.exec(u"CREATE TABLE notes (body TEXT)"_s);
            } else {
                q.exec(u"PRAGMA application_id = %1"_s.arg(0x49494131));
                q.exec(u"PRAGMA user_version = 99"_s);
                q.exec(u"CREATE TABLE future (x)"_s);
            }
        });
    }
    const QByteArray damaged = fileBytes(path);
    const BackupInfo latest = *Backups(paths()).latest();

    auto library = Library::open(paths());
    QVERIFY(!library);
    QCOMPARE(library.error().code, code);
    QVERIFY2(library.error().message.contains(message), qPrintable(library.error().message));
    QVERIFY(Library::isRefusal(library.error(), paths()));
    QCOMPARE(damagedFiles().size(), 1);
    const QString copy = paths().damagedDir() + u'/' + damagedFiles().first();
    QVERIFY2(library.error().message.contains(u"A copy of it was set aside as “%1”."_s.arg(copy)),
             qPrintable(library.error().message));
    QVERIFY2(library.error().message.contains(u"The latest sound backup is “%1”, taken "_s.arg(latest.name)),
             qPrintable(library.error().message));
    QVERIFY(library.error().message.endsWith(u", with 2 assessment(s)."_s));
    QCOMPARE(fileBytes(copy), damaged);
    QCOMPARE(fileBytes(path), damaged); // never changed

    // Refused again at the next start: the same copy serves.
    QVERIFY(!Library::open(paths()));
    QCOMPARE(damagedFiles().size(), 1);
    QCOMPARE(fileBytes(path), damaged);

    // The user puts the latest backup back.
    auto restored = Library::restoreBackup(paths(), u"latest"_s);
    IIA_VERIFY_RESULT(restored);
    QCOMPARE(restored->restored.name, latest.name);
    QVERIFY(!restored->previous.has_value()); // the refused file is in the damaged folder instead
    auto reopened = Library::open(paths());
    IIA_VERIFY_RESULT(reopened);
    QCOMPARE(titles(**reopened), (QStringList{u"Filtering bill"_s, u"Shutdown order"_s}));
    QCOMPARE(fileBytes(copy), damaged);
}

void TestBackups::startWithAnEmptyLibrary()
{
    makeLibrary({u"Shutdown order"_s});
    QVERIFY(writeBytes(paths().libraryFile(), QByteArray(20000, 'x')));
    QVERIFY(!Library::open(paths()));
    auto moved = Backups(paths()).moveAsideDamaged();
    IIA_VERIFY_RESULT(moved);
    QVERIFY(!QFile::exists(paths().libraryFile()));
    QCOMPARE(damagedFiles(), QStringList{QFileInfo(*moved).fileName()});
    QCOMPARE(fileBytes(*moved), QByteArray(20000, 'x'));
    auto library = Library::open(paths());
    IIA_VERIFY_RESULT(library);
    QCOMPARE((*library)->store().list()->size(), 0);
    QCOMPARE(Backups(paths()).list().size(), 1); // the backups stay
}

void TestBackups::staleTemporaries()
{
    makeLibrary({u"Shutdown order"_s});
    for (const QString &folder : {paths().damagedDir(), paths().frameworksDir(), paths().inboxDir()})
        QVERIFY(QDir().mkpath(folder));
    // What a crash leaves during a backup, a restore, a copy of a damaged library, a framework saved from the
    // editor and a request of a second start.
    const QStringList stale{paths().backupsDir() + u"/.iia-backup-a1B2c3.tmp"_s,
                            paths().backupsDir() + u"/.iia-backup-a1B2c3.tmp-journal"_s,
                            paths().dataDir() + u"/.iia-restore-d4E5f6.tmp"_s,
                            paths().damagedDir() + u"/.iia-damaged-g7H8i9.tmp"_s,
                            paths().frameworksDir() + u"/.iia-save-m3N4o5.tmp"_s,
                            paths().inboxDir() + u"/.iia-save-p6Q7r8.tmp"_s};
    for (const QString &path : stale)
        QVERIFY(writeBytes(path, "half"));
    // Files that are not ours to remove, in the same folders.
    const QStringList others{paths().frameworksDir() + u"/mine.framework.json.a1B2c3"_s,
                             paths().frameworksDir() + u"/.iia-notes.txt"_s,
                             paths().inboxDir() + u"/1234-abcd.request"_s};
    for (const QString &path : others)
        QVERIFY(writeBytes(path, "someone else's"));
    QFile held(paths().backupsDir() + u"/.iia-backup-j0K1l2.tmp"_s);
    QVERIFY(held.open(QIODevice::ReadWrite));
#ifdef Q_OS_UNIX
    QCOMPARE(::flock(held.handle(), LOCK_EX | LOCK_NB), 0);
#endif
    // A save in progress in the frameworks folder, as the framework editor writes it.
    auto saving = std::make_unique<atomicfile::LockedTemporary>(paths().frameworksDir(), u"save"_s);
    QVERIFY(saving->isOpen());
    QVERIFY(saving->write("{\"format\": 1"));
    const QString savingPath = saving->path();
    QVERIFY(savingPath.startsWith(paths().frameworksDir() + u"/.iia-save-"_s));

    QCOMPARE(Backups::temporaryFilePattern(), u".iia-*.tmp"_s);
    QCOMPARE(Backups(paths()).removeStaleTemporaries(), 5); // the journal goes with its file
    for (const QString &path : stale)
        QVERIFY2(!QFile::exists(path), qPrintable(path));
    for (const QString &path : others)
        QVERIFY2(QFile::exists(path), qPrintable(path));
    QVERIFY(QFile::exists(held.fileName()));
    QVERIFY(QFile::exists(savingPath));
    QVERIFY(saving->commit(paths().frameworksDir() + u"/saved.framework.json"_s));
    QCOMPARE(fileBytes(paths().frameworksDir() + u"/saved.framework.json"_s), QByteArray("{\"format\": 1"));
    saving.reset();
    held.close();
    IIA_VERIFY_RESULT(Library::open(paths())); // the start removes it now
    QVERIFY(!QFile::exists(held.fileName()));
    QCOMPARE(QDir(paths().frameworksDir()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{u".iia-notes.txt"_s, u"mine.framework.json.a1B2c3"_s, u"saved.framework.json"_s}));
}

void TestBackups::savesThroughALockedTemporary()
{
    // writeFileAtomically(…, Locked), as the framework editor saves into the frameworks folder: the file
    // replaced whole, keeping its permissions, and no temporary file left, whether it succeeds or fails.
    const QString folder = paths().frameworksDir();
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/mine.framework.json"_s;
    IIA_VERIFY_RESULT(writeFileAtomically(path, "first", TemporaryFile::Locked));
    QCOMPARE(fileBytes(path), QByteArray("first"));
    const QFileDevice::Permissions permissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(path, permissions));
    IIA_VERIFY_RESULT(writeFileAtomically(path, QByteArray(3 << 20, 'x'), TemporaryFile::Locked));
    QCOMPARE(fileBytes(path), QByteArray(3 << 20, 'x'));
    const QFileDevice::Permissions bits =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
        QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther |
        QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(path).permissions() & bits, permissions); // the temporary file was 0600
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"mine.framework.json"_s});

    // Into a folder that is not there: refused with the reason, nothing written.
    const QString missing = folder + u"/missing/other.framework.json"_s;
    const auto refused = writeFileAtomically(missing, "data", TemporaryFile::Locked);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Io);
    QVERIFY2(refused.error().message.startsWith(u"The file could not be created: "_s),
             qPrintable(refused.error().message));
    QCOMPARE(refused.error().file, missing);
    // Onto a folder (the rename fails): the folder is untouched and the temporary file gone.
    QVERIFY(QDir().mkpath(folder + u"/a-folder"_s));
    const auto clash = writeFileAtomically(folder + u"/a-folder"_s, "data", TemporaryFile::Locked);
    QVERIFY(!clash);
    QVERIFY2(clash.error().message.startsWith(u"The file could not be saved: "_s),
             qPrintable(clash.error().message));
    QVERIFY(QFileInfo(folder + u"/a-folder"_s).isDir());
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"mine.framework.json"_s});
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
