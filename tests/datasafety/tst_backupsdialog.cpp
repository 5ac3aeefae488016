// The desktop side of backups: the Backups… dialog (list, restore after asking, the library read again) and
// the question asked at start when the library is refused.

#include "../testutil.h"
#include "assessment/assessmentview.h"
#include "dailycare.h"
#include "frameworkeditor/messagebanner.h"
#include "library.h"
#include "library/backupmodel.h"
#include "library/backupsdialog.h"
#include "library/dailycarerunner.h"
#include "library/librarymodel.h"
#include "library/libraryrecovery.h"
#include "library/libraryview.h"
#include "mainwindow.h"
#include "safetytest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace iia;
using namespace iia::safetytest;
using namespace Qt::StringLiterals;

class TestBackupsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Paths paths() const { return Paths(m_dir->filePath(u"data"_s)); }

    // Answers the next message box named name by clicking its button named button.
    static void answerNextBox(const QString &name, const QString &button)
    {
        QTimer::singleShot(0, qApp, [name, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != name) {
                qWarning("no message box %s", qPrintable(name));
                if (box)
                    box->reject();
                return;
            }
            QAbstractButton *b = button == u"cancel" ? box->button(QMessageBox::Cancel)
                                                     : box->findChild<QAbstractButton *>(button);
            QVERIFY(b);
            b->click();
        });
    }

private Q_SLOTS:
    void init();
    void model();
    void restoreFromTheWindow();
    void recovery_data();
    void recovery();
    void recoveryBox();
    void careBehindTheWindow();
    void careFailureIsShown();
    void careStopped();
    void damageFoundBehindTheWindow_data();
    void damageFoundBehindTheWindow();
};

void TestBackupsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings().clear();
}

void TestBackupsDialog::model()
{
    auto library = Library::open(paths());
    IIA_VERIFY_RESULT(library);
    for (int i = 0; i < 3; ++i) {
        IIA_VERIFY_RESULT((*library)->create(u"Assessment %1"_s.arg(i)));
        IIA_VERIFY_RESULT((*library)->backups().take((*library)->store()));
    }
    BackupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<BackupInfo> backups = (*library)->backups().list();
    model.setBackups(backups);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), u"Taken"_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), u"Size"_s);
    QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(), u"Assessments"_s);
    QCOMPARE(model.index(0, 0).data().toString(),
             QLocale().toString(backups.first().created.toLocalTime(), QLocale::LongFormat));
    QCOMPARE(model.index(0, 1).data().toString(), QLocale().formattedDataSize(backups.first().size, 1));
    QCOMPARE(model.index(0, 2).data().toString(), u"3"_s);
    QCOMPARE(model.index(2, 2).data().toString(), u"1"_s);
    QCOMPARE(model.index(1, 0).data(BackupModel::NameRole).toString(), backups.at(1).name);
    model.setBackups({});
    QCOMPARE(model.rowCount(), 0);
}

void TestBackupsDialog::restoreFromTheWindow()
{
    auto library = Library::open(paths());
    IIA_VERIFY_RESULT(library);
    Library &lib = **library;
    IIA_VERIFY_RESULT(lib.create(u"Shutdown order"_s));
    auto backup = lib.backups().take(lib.store());
    IIA_VERIFY_RESULT(backup);
    auto later = lib.create(u"Filtering bill"_s);
    IIA_VERIFY_RESULT(later);

    MainWindow window(lib, u"en"_s);
    window.show();
    QVERIFY(!window.readOnlyBanner()->isVisible());
    QVERIFY(window.openAssessment(later->id));
    window.findChild<QAction *>(u"actionBackups"_s)->trigger();
    BackupsDialog *dialog = window.backupsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->model()->rowCount(), 1);
    QCOMPARE(dialog->selectedName(), backup->name);
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        // Qt's own parts of the table (its headers, its corner button) are named by Qt.
        bool internal = w->objectName().startsWith(u"qt_"_s);
        for (QObject *p = w->parent(); p && !internal; p = p->parent())
            internal = p->inherits("QAbstractItemView");
        if (!internal && (qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w))) {
            QVERIFY2(!w->objectName().isEmpty() && !w->accessibleName().isEmpty(),
                     w->metaObject()->className());
        }
    }
    auto *restore = dialog->findChild<QPushButton *>(u"backupsRestore"_s);
    QVERIFY(restore->isEnabled());

    // Asked, and cancelled: nothing happens.
    answerNextBox(u"confirmRestore"_s, u"cancel"_s);
    restore->click();
    QVERIFY(window.assessmentView());
    QCOMPARE(lib.store().list()->size(), 2);

    // Asked, and confirmed: the open assessment closes, the library is the backup, and the list shows the
    // backup of the library as it was.
    answerNextBox(u"confirmRestore"_s, u"confirmRestoreButton"_s);
    restore->click();
    QVERIFY(!window.assessmentView());
    QCOMPARE(lib.store().list()->size(), 1);
    QCOMPARE(window.libraryView()->model()->rowCount(), 1);
    QCOMPARE(window.libraryView()->model()->row(0).title, u"Shutdown order"_s);
    QCOMPARE(dialog->model()->rowCount(), 2);
    QCOMPARE(dialog->model()->backup(0).assessments, 2);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(
                 u"Backup restored; the library as it was is kept as the backup taken "_s),
             qPrintable(window.statusBar()->currentMessage()));
    // The library is usable as before.
    IIA_VERIFY_RESULT(lib.create(u"After the restore"_s));
    QCOMPARE(lib.store().list()->size(), 2);
}

void TestBackupsDialog::recovery_data()
{
    QTest::addColumn<RecoveryChoice>("choice");
    QTest::addColumn<int>("assessments"); // -1: no library
    QTest::addRow("restore the latest backup") << RecoveryChoice::RestoreLatest << 1;
    QTest::addRow("start with an empty library") << RecoveryChoice::StartEmpty << 0;
    QTest::addRow("quit") << RecoveryChoice::Quit << -1;
}

void TestBackupsDialog::recovery()
{
    QFETCH(RecoveryChoice, choice);
    QFETCH(int, assessments);
    {
        auto library = Library::open(paths());
        IIA_VERIFY_RESULT(library);
        IIA_VERIFY_RESULT((*library)->create(u"Shutdown order"_s));
        IIA_VERIFY_RESULT((*library)->backups().take((*library)->store()));
    }
    const QByteArray garbage(10000, 'x');
    QVERIFY(writeBytes(paths().libraryFile(), garbage));
    Error asked;
    std::optional<BackupInfo> offered;
    auto library =
        openLibraryWithRecovery(paths(), [&](const Error &e, const std::optional<BackupInfo> &latest) {
            asked = e;
            offered = latest;
            return choice;
        });
    IIA_VERIFY_RESULT(library);
    QCOMPARE(asked.code, ErrorCode::NotOurs);
    QVERIFY(asked.message.contains(u"A copy of it was set aside as"_s));
    QVERIFY(offered.has_value());
    QCOMPARE(offered->assessments, 1);
    const QStringList damaged = QDir(paths().damagedDir()).entryList(QDir::Files);
    QCOMPARE(damaged.size(), 1);
    QCOMPARE(fileBytes(paths().damagedDir() + u'/' + damaged.first()), garbage);
    if (assessments < 0) {
        QVERIFY(!*library);
        QCOMPARE(fileBytes(paths().libraryFile()), garbage);
        return;
    }
    QVERIFY(*library);
    QCOMPARE((**library).store().list()->size(), assessments);
}

void TestBackupsDialog::recoveryBox()
{
    const Error refusal{
        ErrorCode::NotOurs, u"This file is not an Internet Impact Assessment library."_s, {}, 0, 0, {}};
    BackupInfo latest;
    latest.name = u"library-20300101-120000.sqlite"_s;
    latest.created = QDateTime(QDate(2030, 1, 1), QTime(12, 0), QTimeZone::UTC);
    latest.assessments = 4;
    for (const auto &[button, choice] : {std::pair{u"recoveryRestore"_s, RecoveryChoice::RestoreLatest},
                                         std::pair{u"recoveryEmpty"_s, RecoveryChoice::StartEmpty},
                                         std::pair{u"recoveryQuit"_s, RecoveryChoice::Quit}}) {
        auto box = makeRecoveryBox(refusal, latest);
        QCOMPARE(box->objectName(), u"recoveryBox"_s);
        QCOMPARE(box->text(), refusal.message);
        QCOMPARE(
            box->informativeText(),
            u"You can put the latest backup back (taken %1), start with an empty library, or quit and change "
            u"nothing. The file that was refused is kept in either case."_s.arg(
                QLocale().toString(latest.created.toLocalTime(), QLocale::LongFormat)));
        QCOMPARE(box->buttons().size(), 3);
        for (QAbstractButton *b : box->buttons())
            QVERIFY(!b->objectName().isEmpty() && !b->accessibleName().isEmpty());
        box->show();
        box->findChild<QAbstractButton *>(button)->click();
        QCOMPARE(recoveryChoice(*box), choice);
    }
    auto alone = makeRecoveryBox(refusal, std::nullopt);
    QCOMPARE(alone->buttons().size(), 2);
    QVERIFY(!alone->findChild<QAbstractButton *>(u"recoveryRestore"_s));
    QCOMPARE(alone->defaultButton()->objectName(), u"recoveryQuit"_s);
    QVERIFY(alone->informativeText().startsWith(u"There is no backup to put back."_s));
}

// The day's check and backup start once the window has painted, run beside it, and say when they are done.
void TestBackupsDialog::careBehindTheWindow()
{
    {
        auto library = Library::open(paths());
        IIA_VERIFY_RESULT(library);
        IIA_VERIFY_RESULT((*library)->create(u"Shutdown order"_s));
    }
    auto library = Library::open(paths(), Store::Mode::ReadWrite, Library::CareTiming::Later);
    IIA_VERIFY_RESULT(library);
    MainWindow window(**library, u"en"_s);
    QVERIFY(!window.dailyCare()->isRunning());
    QSignalSpy steps(window.dailyCare(), &DailyCareRunner::stepStarted);
    QSignalSpy finished(window.dailyCare(), &DailyCareRunner::finished);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished.wait(10000));
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).at(0).value<DailyCare::Step>(), DailyCare::Step::Check);
    QCOMPARE(steps.at(1).at(0).value<DailyCare::Step>(), DailyCare::Step::Backup);
    QVERIFY(!window.dailyCare()->isRunning());
    QVERIFY(!window.findChild<QLabel *>(u"careLabel"_s)->isVisible());
    QVERIFY(!window.careBanner()->isVisible());
    QCOMPARE(window.statusBar()->currentMessage(), u"The library was checked and backed up."_s);
    const QList<BackupInfo> backups = Backups(paths()).list();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().assessments, 1);
    QCOMPARE(*(**library).store().state(u"integrity_checked"_s), QDate::currentDate().toString(Qt::ISODate));
}

// A day's backup that fails leaves the library as it is and says why, in a notice that stays until closed.
void TestBackupsDialog::careFailureIsShown()
{
    {
        auto library = Library::open(paths());
        IIA_VERIFY_RESULT(library);
        IIA_VERIFY_RESULT((*library)->create(u"Shutdown order"_s));
    }
    QVERIFY(writeBytes(paths().backupsDir(), "a file where the backups folder should be"));
    auto library = Library::open(paths(), Store::Mode::ReadWrite, Library::CareTiming::Later);
    IIA_VERIFY_RESULT(library);
    MainWindow window(**library, u"en"_s);
    QSignalSpy finished(window.dailyCare(), &DailyCareRunner::finished);
    window.show();
    QVERIFY(finished.wait(10000));
    QVERIFY(window.careBanner()->isVisible());
    QCOMPARE(
        window.careBanner()->text(),
        u"Today's backup of the library could not be taken: The backups folder “%1” could not be created."
        u"<br>Your work is saved in the library as usual; this is tried again at the next start."_s.arg(
            QDir::toNativeSeparators(paths().backupsDir()).toHtmlEscaped()));
    QCOMPARE(*(**library).store().state(u"integrity_checked"_s), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE((**library).store().list()->size(), 1);
}

// Stopped (the window closes while the care runs): its thread ends and nothing more is reported.
void TestBackupsDialog::careStopped()
{
    {
        auto library = Library::open(paths());
        IIA_VERIFY_RESULT(library);
        IIA_VERIFY_RESULT((*library)->create(u"Shutdown order"_s));
    }
    DailyCareRunner runner(paths());
    QSignalSpy finished(&runner, &DailyCareRunner::finished);
    runner.start();
    QVERIFY(runner.isRunning());
    runner.stop();
    QVERIFY(!runner.isRunning());
    QTest::qWait(50); // what the thread queued is delivered, and dropped
    QCOMPARE(finished.size(), 0);
    // Started again, it runs to the end.
    runner.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<CareReport>().outcome, CareReport::Outcome::Done);
    QVERIFY(!runner.isRunning());
}

void TestBackupsDialog::damageFoundBehindTheWindow_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("assessments"); // -1: the window closes
    QTest::addRow("restore the latest backup") << u"recoveryRestore"_s << 2;
    QTest::addRow("start with an empty library") << u"recoveryEmpty"_s << 0;
    QTest::addRow("quit") << u"recoveryQuit"_s << -1;
}

// The day's check finds damage after the window opened: the question asked at start is asked then, and
// nothing changes before it is answered.
void TestBackupsDialog::damageFoundBehindTheWindow()
{
    QFETCH(QString, button);
    QFETCH(int, assessments);
    {
        auto library = Library::open(paths());
        IIA_VERIFY_RESULT(library);
        IIA_VERIFY_RESULT((*library)->create(u"Shutdown order"_s));
        IIA_VERIFY_RESULT((*library)->create(u"Filtering bill"_s));
        IIA_VERIFY_RESULT((*library)->backups().take((*library)->store()));
    }
    QVERIFY(damageAnswerPage(paths().libraryFile()));
    const QByteArray damaged = fileBytes(paths().libraryFile());
    auto library = Library::open(paths(), Store::Mode::ReadWrite, Library::CareTiming::Later);
    IIA_VERIFY_RESULT(library);
    MainWindow window(**library, u"en"_s);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()), 10000);
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    QCOMPARE(box->objectName(), u"recoveryBox"_s);
    QCOMPARE(box->windowTitle(), u"The Library Is Damaged"_s);
    QVERIFY2(
        box->text().startsWith(u"This library is damaged: SQLite's check of the file found 1 problem(s)"_s),
        qPrintable(box->text()));
    QVERIFY(box->informativeText().startsWith(u"You can put the latest backup back (taken "_s));
    QCOMPARE(fileBytes(paths().libraryFile()), damaged);
    QVERIFY(QDir(paths().damagedDir()).entryList(QDir::Files).isEmpty());
    box->findChild<QAbstractButton *>(button)->click();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    const QStringList set = QDir(paths().damagedDir()).entryList(QDir::Files);
    if (assessments < 0) {
        QTRY_VERIFY(!window.isVisible());
        QVERIFY(set.isEmpty());
        QCOMPARE(fileBytes(paths().libraryFile()), damaged);
        return;
    }
    QVERIFY(window.isVisible());
    QCOMPARE(set.size(), 1);
    QCOMPARE(fileBytes(paths().damagedDir() + u'/' + set.first()), damaged);
    QCOMPARE((**library).store().list()->size(), assessments);
    QCOMPARE(window.libraryView()->model()->rowCount(), assessments);
    QCOMPARE(window.statusBar()->currentMessage(),
             (assessments ? u"The latest backup was put back; the damaged library was moved to “%1”."_s
                          : u"A new, empty library was started; the damaged one was moved to “%1”."_s)
                 .arg(QDir::toNativeSeparators(paths().damagedDir() + u'/' + set.first())));
    QCOMPARE(integrityCheck(paths().libraryFile(), false), u"ok"_s);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings in a test folder, never the user's
    QApplication::setOrganizationName(u"iia-tests"_s);
    QApplication::setApplicationName(u"tst_backupsdialog"_s);
    TestBackupsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_backupsdialog.moc"
