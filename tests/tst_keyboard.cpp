// The whole flow with the keyboard alone, as someone who cannot use a mouse works: every key goes to the
// widget that has the focus, and the test only reads the widgets' state. Ctrl+N and a title start an
// assessment; Ctrl+PgDown moves through the steps; Tab reaches the answers (in reading order), the arrow keys
// choose among them and the ratings; Shift+arrows select a passage of the draft, which a focusable button
// attaches as evidence; Ctrl+E exports, the format chosen and the file named with keys; Alt+F, Q quits.

#include "assessment/assessmentview.h"
#include "assessment/draftpanel.h"
#include "document/assessmentdocument.h"
#include "library.h"
#include "mainwindow.h"
#include "report/exportdialog.h"
#include "testutil.h"

#include <poppler-qt6.h>

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace iia;
using namespace Qt::StringLiterals;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

QString focusName()
{
    return focused() ? focused()->objectName() : u"(no focus)"_s;
}

// Where a key goes: an open menu, else the focus widget, else the active window.
QWidget *keyTarget()
{
    if (QWidget *w = QApplication::activePopupWidget())
        return w;
    if (QWidget *w = QApplication::focusWidget())
        return w;
    if (QWidget *w = QApplication::activeModalWidget())
        return w;
    return QApplication::activeWindow();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier, int times = 1)
{
    for (int i = 0; i < times; ++i) {
        QWidget *target = keyTarget();
        if (!target)
            qFatal("no window has the keyboard focus");
        QTest::keyClick(target, key, modifiers);
    }
}

void type(const QString &text)
{
    QTest::keyClicks(keyTarget(), text);
}

// Presses Tab until the widget called name has the focus; false when it is not in the tab chain.
bool tabTo(const QString &name, int limit = 100)
{
    for (int i = 0; i < limit && focusName() != name; ++i)
        press(Qt::Key_Tab);
    return focusName() == name;
}

// When a dialog closes, the window manager gives the focus back to the window below; the offscreen platform
// has no window manager, so this does what it would.
bool backTo(QWidget &window)
{
    if (QApplication::activeWindow() != &window)
        window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_unexpectedBoxes;

    // Runs script once the next modal dialog is up and has the focus. A message box that nobody expects is
    // noted and closed, and a dialog the script leaves open is closed with Escape, so that a failure cannot
    // leave the test waiting in a dialog's event loop.
    void whenModal(std::function<void(QDialog *)> script)
    {
        QTimer::singleShot(0, this, [this, script] {
            QDialog *dialog = nullptr;
            const bool up = QTest::qWaitFor(
                [&] {
                    dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                    return dialog && dialog->isActiveWindow() && focused() && dialog->isAncestorOf(focused());
                },
                5000);
            if (!up) {
                if (dialog)
                    dialog->reject();
                QFAIL(qPrintable(u"no modal dialog with the focus; the focus is on "_s + focusName()));
            }
            QTimer watchdog;
            watchdog.setInterval(100);
            connect(&watchdog, &QTimer::timeout, this, [this] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    m_unexpectedBoxes.append(box->text());
                    box->reject();
                }
            });
            watchdog.start();
            script(dialog);
            if (dialog->isVisible())
                QTest::keyClick(dialog, Qt::Key_Escape);
        });
    }

private Q_SLOTS:
    void init();
    void wholeFlowWithTheKeyboard();
};

void TestKeyboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(u"settings"_s));
    QSettings().clear();
    m_unexpectedBoxes.clear();
}

void TestKeyboard::wholeFlowWithTheKeyboard()
{
    const QString draft = u"Article 1\nLarge providers shall pay a network usage fee.\n\nArticle 2\nThe "
                          u"regulator may order throttling."_s;
    const QString markdownPath = m_dir->filePath(u"brief.md"_s);
    const QString pdfPath = m_dir->filePath(u"brief.pdf"_s);
    QString id;
    QStringList questionIds;
    {
        auto library = Library::open(Paths(m_dir->filePath(u"data"_s)));
        IIA_VERIFY_RESULT(library);
        MainWindow window(**library, u"en"_s);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Ctrl+N: the dialog opens with the title focused; a title and Enter create the assessment.
        whenModal([](QDialog *) {
            QCOMPARE(focusName(), u"newTitle"_s);
            type(u"Network fees act"_s);
            press(Qt::Key_Return);
        });
        QTest::keySequence(keyTarget(), QKeySequence::New);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(backTo(window));
        AssessmentView *view = window.assessmentView();
        QVERIFY2(view, "Ctrl+N and Enter did not open a new assessment");
        AssessmentDocument &doc = view->document();
        id = doc.assessment().id;
        QCOMPARE(doc.assessment().caseInfo.title, u"Network fees act"_s);
        QCOMPARE(view->currentStep(), view->stepOf(u"plan"_s));

        // Ctrl+PgDown: the case. Tab reaches the draft; type it.
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(view->currentStep(), view->stepOf(u"case"_s));
        QVERIFY2(tabTo(u"draftEditor"_s), qPrintable(focusName()));
        const QStringList lines = draft.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                press(Qt::Key_Return);
            type(lines.at(i));
        }
        QTRY_COMPARE(doc.assessment().draftText, draft);

        // Ctrl+PgDown from inside the draft: the first critical property.
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(view->currentStep(), view->stepOf(u"cp1"_s));
        auto *page = window.findChild<QWidget *>(u"itemPage-cp1"_s);
        QVERIFY(page && page->isVisible());

        // The tab chain through the page follows the reading order: the help, then each question's choices
        // (one stop per question; the arrow keys move among its choices) and its note, then the rating, then
        // the evidence. The Attach buttons are skipped while no passage is selected.
        const Item *cp1 = doc.framework().item(u"cp1"_s);
        QVERIFY(cp1);
        QStringList expected{u"helpToggle"_s};
        for (const Question &q : cp1->questions) {
            questionIds.append(q.id);
            expected << u"answer-%1-yes"_s.arg(q.id) << u"note-"_s + q.id;
        }
        expected << u"ratingImpact"_s << u"ratingDirection"_s << u"ratingStrength"_s << u"ratingHow"_s
                 << u"ratingPeople"_s << u"evidenceList"_s;
        QVERIFY2(tabTo(u"helpToggle"_s), qPrintable(focusName()));
        QStringList chain;
        for (int i = 0; i < 100 && focused() && page->isAncestorOf(focused()); ++i) {
            chain.append(focusName());
            press(Qt::Key_Tab);
        }
        QCOMPARE(chain, expected);
        // Across the window, Tab goes the same way: the steps, the page, Back and Next below it, the draft.
        QVERIFY2(tabTo(u"stepList"_s), qPrintable(focusName()));
        const QStringList landmarks{u"stepList"_s, u"helpToggle"_s,  u"evidenceList"_s, u"stepBack"_s,
                                    u"stepNext"_s, u"draftImport"_s, u"draftOutline"_s, u"draftEditor"_s};
        QStringList round;
        for (int i = 0; i < 100 && (i == 0 || focusName() != u"stepList"); ++i) {
            if (landmarks.contains(focusName()))
                round.append(focusName());
            press(Qt::Key_Tab);
        }
        QCOMPARE(round, landmarks);
        QVERIFY(questionIds.size() >= 2);
        const QString q2 = questionIds.at(1);

        // Answer question 2: Space chooses the focused choice, an arrow key the next one.
        QVERIFY2(tabTo(u"answer-%1-yes"_s.arg(q2)), qPrintable(focusName()));
        press(Qt::Key_Space);
        QCOMPARE(doc.assessment().answer(q2).value, AnswerValue::Yes);
        press(Qt::Key_Right);
        QCOMPARE(focusName(), u"answer-%1-partly"_s.arg(q2));
        QCOMPARE(doc.assessment().answer(q2).value, AnswerValue::Partly);

        // Rate it with the arrow keys in the three lists, and say how in the text below them.
        QVERIFY2(tabTo(u"ratingImpact"_s), qPrintable(focusName()));
        press(Qt::Key_Down); // Not rated yet → Yes
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), u"ratingDirection"_s);
        press(Qt::Key_Down, Qt::NoModifier, 2); // Not rated yet → Positive → Negative
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), u"ratingStrength"_s);
        press(Qt::Key_Down); // Not rated yet → Strong
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), u"ratingHow"_s);
        type(u"Fees deter new services."_s);
        QTRY_COMPARE(doc.assessment().rating(u"cp1"_s).howAffected, u"Fees deter new services."_s);
        QCOMPARE(doc.assessment().rating(u"cp1"_s).impact, Impact::Yes);
        QCOMPARE(doc.assessment().rating(u"cp1"_s).direction, Direction::Negative);
        QCOMPARE(doc.assessment().rating(u"cp1"_s).strength, Strength::Strong);

        // Select "network usage fee" in the draft with the keyboard, then Tab to question 2's Attach button.
        QVERIFY2(tabTo(u"draftEditor"_s), qPrintable(focusName()));
        press(Qt::Key_Home, Qt::ControlModifier);
        press(Qt::Key_Down);                          // "Large providers shall pay a network usage fee."
        press(Qt::Key_Right, Qt::ControlModifier, 5); // to "network"
        press(Qt::Key_Right, Qt::ShiftModifier, 17);  // "network usage fee"
        QCOMPARE(view->draftPanel()->editor()->textCursor().selectedText(), u"network usage fee"_s);
        QVERIFY2(tabTo(u"attach-"_s + q2), qPrintable(focusName()));
        press(Qt::Key_Space);
        QCOMPARE(doc.assessment().evidence.size(), 1);
        QCOMPARE(doc.assessment().evidence.first().quote, u"network usage fee"_s);

        // Ctrl+E: choose Markdown with the arrow keys, Alt+S to the file name, type it, Enter.
        whenModal([&](QDialog *dialog) {
            auto *exportDialog = qobject_cast<ExportDialog *>(dialog);
            QVERIFY(exportDialog);
            QCOMPARE(focusName(), u"exportFormat"_s);
            press(Qt::Key_Home);
            for (int i = 0; i < 10 && exportDialog->format() != ReportFormat::Markdown; ++i)
                press(Qt::Key_Down);
            QCOMPARE(exportDialog->format(), ReportFormat::Markdown);
            press(Qt::Key_S, Qt::AltModifier);
            QCOMPARE(focusName(), u"exportDestination"_s);
            press(Qt::Key_A, Qt::ControlModifier);
            type(markdownPath);
            press(Qt::Key_Return);
        });
        press(Qt::Key_E, Qt::ControlModifier);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(backTo(window));
        QVERIFY2(m_unexpectedBoxes.isEmpty(), qPrintable(m_unexpectedBoxes.join(u'\n')));
        QVERIFY2(QFile::exists(markdownPath), "Enter in the export dialog wrote no Markdown file");
        const QString markdown = QString::fromUtf8(readFixture(markdownPath));
        QCOMPARE(markdown.section(u'\n', 0, 0), u"# Internet Impact Brief: Network fees act"_s);
        QVERIFY(markdown.contains(u"network usage fee"_s)); // the evidence is in the brief

        // Ctrl+E again, PDF this time: Home is the first format.
        whenModal([&](QDialog *dialog) {
            auto *exportDialog = qobject_cast<ExportDialog *>(dialog);
            QVERIFY(exportDialog);
            QCOMPARE(focusName(), u"exportFormat"_s);
            press(Qt::Key_Home);
            QCOMPARE(exportDialog->format(), ReportFormat::Pdf);
            press(Qt::Key_S, Qt::AltModifier);
            press(Qt::Key_A, Qt::ControlModifier);
            type(pdfPath);
            press(Qt::Key_Return);
        });
        press(Qt::Key_E, Qt::ControlModifier);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(backTo(window));
        QVERIFY2(m_unexpectedBoxes.isEmpty(), qPrintable(m_unexpectedBoxes.join(u'\n')));
        QVERIFY2(QFile::exists(pdfPath), "Enter in the export dialog wrote no PDF file");
        const QByteArray pdf = readFixture(pdfPath);
        QVERIFY(pdf.startsWith("%PDF-"));
        auto pdfDocument = Poppler::Document::loadFromData(pdf);
        QVERIFY(pdfDocument);
        QCOMPARE(pdfDocument->info(u"Title"_s), u"Internet Impact Brief: Network fees act"_s);

        // File ▸ Quit from the menu bar (Alt+F, Q) closes the window; everything is saved. (Ctrl+Q is the
        // platform's Quit key, which the offscreen platform, like Windows, does not have.)
        press(Qt::Key_F, Qt::AltModifier);
        QVERIFY2(QApplication::activePopupWidget(), "Alt+F did not open the File menu");
        press(Qt::Key_Q);
        QTRY_VERIFY(!window.isVisible());
    }

    // The assessment, exactly as typed.
    auto library = Library::open(Paths(m_dir->filePath(u"data"_s)));
    IIA_VERIFY_RESULT(library);
    auto saved = (*library)->load(id);
    IIA_VERIFY_RESULT(saved);
    QCOMPARE(saved->caseInfo.title, u"Network fees act"_s);
    QCOMPARE(saved->draftText, draft);
    QCOMPARE(saved->answers.keys(), QStringList{questionIds.at(1)});
    QCOMPARE(saved->answer(questionIds.at(1)).value, AnswerValue::Partly);
    QCOMPARE(saved->answer(questionIds.at(1)).note, QString());
    QCOMPARE(saved->ratings.keys(), QStringList{u"cp1"_s});
    const Rating rating = saved->rating(u"cp1"_s);
    QCOMPARE(rating.impact, Impact::Yes);
    QCOMPARE(rating.direction, Direction::Negative);
    QCOMPARE(rating.strength, Strength::Strong);
    QCOMPARE(rating.howAffected, u"Fees deter new services."_s);
    QCOMPARE(rating.effectOnPeople, QString());
    QCOMPARE(saved->evidence.size(), 1);
    const Evidence &e = saved->evidence.first();
    QCOMPARE(e.target, EvidenceTarget::Question);
    QCOMPARE(e.targetId, questionIds.at(1));
    QCOMPARE(e.quote, u"network usage fee"_s);
    QCOMPARE(e.start, draft.indexOf(u"network usage fee"_s));
    QCOMPARE(e.length, qsizetype(17));
    QCOMPARE(e.clause, u"Article 1"_s);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
