// Drives the framework editor window offscreen: read-only built-ins, saving a copy, live validation,
// jumping to an error, saving, the questions it asks, and how it looks (grabbed to /tmp).

#include "frameworkeditor/codeedit.h"
#include "frameworkeditor/frameworkeditor.h"
#include "frameworkeditor/messagebanner.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using iia::FrameworkEditor;

// The editor's text as saved: no-break spaces kept (toPlainText() would turn them into plain spaces).
static QString rawText(const QPlainTextEdit *edit)
{
    return edit->document()->toRawText().replace(QChar::ParagraphSeparator, u'\n');
}

namespace {

const QString kBuiltIn = u":/iia/frameworks/iiat.framework.json"_s;
const QString kValid = u"Valid: 5 properties, 10 enablers, 74 questions"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Selects the first occurrence of what in the editor (false when absent).
bool select(QPlainTextEdit *editor, const QString &what)
{
    const qsizetype at = rawText(editor).indexOf(what);
    if (at < 0)
        return false;
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + what.size()), QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    return true;
}

// 1-based line and column (in code points) of the first occurrence of what in text.
std::pair<int, int> lineAndColumn(const QString &text, const QString &what)
{
    const qsizetype at = text.indexOf(what);
    const QString before = text.left(at);
    const int line = int(before.count(QLatin1Char('\n'))) + 1;
    const QString lineStart = before.mid(before.lastIndexOf(QLatin1Char('\n')) + 1);
    return {line, int(lineStart.toUcs4().size()) + 1};
}

// Calls answer with the next modal dialog of type T named name, as a user would answer it.
template<typename T>
void answerNextDialog(const QString &name, std::function<void(T *)> answer, int attempts = 200)
{
    QTimer::singleShot(10, qApp, [name, answer, attempts] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != name) {
            // Not open yet: try again once the event loop has shown it (for two seconds at most).
            if (attempts > 0)
                answerNextDialog<T>(name, answer, attempts - 1);
            return;
        }
        answer(dialog);
    });
}

void answerNextMessageBox(const QString &name, QMessageBox::StandardButton button, bool *seen)
{
    answerNextDialog<QMessageBox>(name, [button, seen](QMessageBox *box) {
        *seen = true;
        box->button(button)->click();
    });
}

} // namespace

class TestFrameworkEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void builtInIsReadOnlyAndValid();
    void copyEditValidateSave();
    void saveCopyDialogProposesTheFrameworksFolder();
    void missingTranslationsAreWarnings();
    void openFailureIsShownInTheWindow();
    void invalidSaveAsks();
    void closeAsksAboutUnsavedChanges();
    void undoRedo();
    void followsPalette();
    void rightToLeft();
    void geometryIsRemembered();
    void crlfIsKept();
    void positionCountsCodePoints_data();
    void positionCountsCodePoints();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_builtInBytes;
};

void TestFrameworkEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"iia-tests"_s);
    QCoreApplication::setApplicationName(u"tst_frameworkeditor"_s);
    QSettings().remove(u"FrameworkEditor"_s);
    m_builtInBytes = readAll(kBuiltIn);
    QVERIFY(!m_builtInBytes.isEmpty());
}

void TestFrameworkEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFrameworkEditor::builtInIsReadOnlyAndValid()
{
    FrameworkEditor editor(m_dir->filePath(u"frameworks"_s));
    editor.openBuiltIn(kBuiltIn);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    auto *text = editor.findChild<QPlainTextEdit *>(u"frameworkText"_s);
    auto *summary = editor.findChild<QLabel *>(u"validationSummary"_s);
    auto *errorList = editor.findChild<QTreeWidget *>(u"errorList"_s);
    auto *banner = editor.findChild<iia::MessageBanner *>(u"readOnlyBanner"_s);
    auto *save = editor.findChild<QAction *>(u"saveAction"_s);
    auto *saveCopy = editor.findChild<QAction *>(u"saveCopyAction"_s);
    QVERIFY(text && summary && errorList && banner && save && saveCopy);

    QVERIFY(text->isReadOnly());
    QCOMPARE(rawText(text).toUtf8(), m_builtInBytes);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"This framework is built into the application. Save a copy to change it."_s);
    QVERIFY(editor.findChild<QWidget *>(u"bannerSaveCopyButton"_s)->isEnabled());
    QVERIFY(!save->isEnabled());
    QVERIFY(saveCopy->isEnabled());
    QCOMPARE(saveCopy->shortcut(), QKeySequence(u"Ctrl+Shift+S"_s));
    QCOMPARE(summary->text(), kValid);
    QCOMPARE(errorList->topLevelItemCount(), 0);
    QVERIFY(editor.windowTitle().contains(u"iiat.framework.json"_s));
    QVERIFY(editor.windowTitle().contains(u"[read-only]"_s));
    QVERIFY(!editor.isWindowModified());
    QVERIFY(editor.isBuiltIn());
    QCOMPARE(editor.proposedCopyPath(), m_dir->filePath(u"frameworks/iiat-1.0.0.framework.json"_s));

    // Typing does nothing to a built-in framework.
    text->setFocus();
    QTest::keyClicks(text, u"xyz"_s);
    QCOMPARE(rawText(text).toUtf8(), m_builtInBytes);
    QVERIFY(!editor.isWindowModified());

    editor.grab().save(u"/tmp/iia-frameworkeditor-readonly.png"_s);
}

void TestFrameworkEditor::copyEditValidateSave()
{
    FrameworkEditor editor(m_dir->filePath(u"frameworks"_s));
    QSignalSpy saved(&editor, &FrameworkEditor::frameworkSaved);
    editor.openBuiltIn(kBuiltIn);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto *text = editor.findChild<QPlainTextEdit *>(u"frameworkText"_s);
    auto *summary = editor.findChild<QLabel *>(u"validationSummary"_s);
    auto *errorList = editor.findChild<QTreeWidget *>(u"errorList"_s);
    QVERIFY(text && summary && errorList);

    // Save a copy: the folder is created, the bytes are the built-in ones, and the copy is editable.
    const QString copy = editor.proposedCopyPath();
    QVERIFY(editor.saveCopyTo(copy));
    QCOMPARE(readAll(copy), m_builtInBytes);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.takeFirst().at(0).toString(), copy);
    QCOMPARE(editor.filePath(), copy);
    QVERIFY(!editor.isBuiltIn());
    QVERIFY(!text->isReadOnly());
    QVERIFY(!editor.findChild<QWidget *>(u"readOnlyBanner"_s)->isVisible());
    QVERIFY(editor.findChild<QAction *>(u"saveAction"_s)->isEnabled());
    QVERIFY(!editor.windowTitle().contains(u"[read-only]"_s));
    QVERIFY(editor.windowTitle().contains(u"iiat-1.0.0.framework.json"_s));

    // Same id and version as the built-in one: the application would ignore the copy, and says so.
    const auto [versionLine, versionColumn] = lineAndColumn(rawText(text), u"\"1.0.0\""_s);
    QCOMPARE(errorList->topLevelItemCount(), 1);
    QTreeWidgetItem *warning = errorList->topLevelItem(0);
    QCOMPARE(warning->data(0, FrameworkEditor::SeverityRole).toInt(),
             int(FrameworkEditor::Severity::Warning));
    QCOMPARE(warning->text(0), QString::number(versionLine));
    QCOMPARE(warning->text(1), QString::number(versionColumn));
    QCOMPARE(warning->text(2), u"/version"_s);
    QVERIFY(warning->text(3).contains(u"ignores this file"_s));
    QCOMPARE(summary->text(), kValid + u" — 1 warning(s)"_s);

    // A mistake, typed: the weight of a question becomes a string.
    const QString weight = u"\"weight\": 3"_s;
    const auto [line, keyColumn] = lineAndColumn(rawText(text), weight);
    const int column = keyColumn + int(u"\"weight\": "_s.size());
    QVERIFY(select(text, weight));
    text->setFocus();
    QTest::keyClicks(text, u"\"weight\": \"x\""_s);
    QVERIFY(editor.isWindowModified());
    QVERIFY(rawText(text).contains(u"\"weight\": \"x\""_s));
    // Not at once: after the pause.
    QCOMPARE(summary->text(), kValid + u" — 1 warning(s)"_s);
    QTRY_COMPARE(summary->text(), u"1 problem(s)"_s);
    QCOMPARE(errorList->topLevelItemCount(), 1);
    QTreeWidgetItem *error = errorList->topLevelItem(0);
    QCOMPARE(error->data(0, FrameworkEditor::SeverityRole).toInt(), int(FrameworkEditor::Severity::Error));
    QCOMPARE(error->text(0), QString::number(line));
    QCOMPARE(error->text(1), QString::number(column));
    QCOMPARE(error->text(2), u"/properties/0/questions/1/weight"_s);
    QVERIFY(!error->text(3).isEmpty());
    QCOMPARE(editor.errors().size(), 1);
    editor.grab().save(u"/tmp/iia-frameworkeditor-errors.png"_s);

    // Activating the error puts the cursor on it and the focus in the text.
    text->moveCursor(QTextCursor::Start);
    errorList->setFocus();
    errorList->setCurrentItem(error);
    QTest::keyClick(errorList, Qt::Key_Return);
    QCOMPARE(text->textCursor().blockNumber() + 1, line);
    QCOMPARE(text->textCursor().positionInBlock() + 1, column);
    QTRY_VERIFY(text->hasFocus());
    QCOMPARE(editor.findChild<QLabel *>(u"cursorPosition"_s)->text(),
             u"Line %1, Column %2"_s.arg(line).arg(column));

    // Fixed: valid again (with the warning about the version).
    QVERIFY(select(text, u"\"x\""_s));
    QTest::keyClicks(text, u"3"_s);
    QTRY_COMPARE(summary->text(), kValid + u" — 1 warning(s)"_s);
    QCOMPARE(rawText(text).toUtf8(), m_builtInBytes);

    // A version of its own, and the warning goes.
    QVERIFY(select(text, u"\"version\": \"1.0.0\""_s));
    QTest::keyClicks(text, u"\"version\": \"1.1.0\""_s);
    QTRY_COMPARE(summary->text(), kValid);
    QCOMPARE(errorList->topLevelItemCount(), 0);
    editor.grab().save(u"/tmp/iia-frameworkeditor.png"_s);

    // Ctrl+S saves the file in place.
    QVERIFY(editor.isWindowModified());
    QTest::keySequence(&editor, QKeySequence::Save);
    QByteArray expected = m_builtInBytes;
    expected.replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"");
    QCOMPARE(readAll(copy), expected);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.takeFirst().at(0).toString(), copy);
    QVERIFY(!editor.isWindowModified());
    QCOMPARE(editor.proposedCopyPath(), m_dir->filePath(u"frameworks/iiat-1.1.0.framework.json"_s));
}

void TestFrameworkEditor::saveCopyDialogProposesTheFrameworksFolder()
{
    const QString folder = m_dir->filePath(u"not/there/yet"_s);
    FrameworkEditor editor(folder);
    QSignalSpy saved(&editor, &FrameworkEditor::frameworkSaved);
    editor.openBuiltIn(kBuiltIn);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    const QString proposed = folder + u"/iiat-1.0.0.framework.json"_s;
    QStringList offered;
    answerNextDialog<QFileDialog>(u"saveCopyDialog"_s, [&offered](QFileDialog *dialog) {
        offered = dialog->selectedFiles();
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
    });
    QTest::keySequence(&editor, QKeySequence(u"Ctrl+Shift+S"_s));
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(offered, QStringList{proposed});
    QCOMPARE(saved.at(0).at(0).toString(), proposed);
    QCOMPARE(readAll(proposed), m_builtInBytes);
    QCOMPARE(editor.filePath(), proposed);
}

void TestFrameworkEditor::missingTranslationsAreWarnings()
{
    QByteArray bilingual = m_builtInBytes;
    // The built-in framework is complete in its four languages: declare a fifth that no text has.
    bilingual.replace("    \"ar\"\n  ],", "    \"ar\",\n    \"de\"\n  ],");
    bilingual.replace("\"version\": \"1.0.0\"", "\"version\": \"1.0.1\"");
    const QString path = m_dir->filePath(u"fr.framework.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bilingual);
    file.close();
    QVERIFY2(iia::FrameworkLoader::load(bilingual, path).has_value(), "the French variant should load");
    const iia::Errors expected = iia::FrameworkLoader::missingTranslations(bilingual, path);
    QVERIFY(expected.size() > 10);

    FrameworkEditor editor(m_dir->path());
    QVERIFY(editor.openFile(path));
    auto *errorList = editor.findChild<QTreeWidget *>(u"errorList"_s);
    QVERIFY(editor.errors().isEmpty());
    QCOMPARE(editor.warnings().size(), expected.size());
    QCOMPARE(errorList->topLevelItemCount(), int(expected.size()));
    for (int i = 0; i < errorList->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = errorList->topLevelItem(i);
        QCOMPARE(item->data(0, FrameworkEditor::SeverityRole).toInt(),
                 int(FrameworkEditor::Severity::Warning));
        QCOMPARE(item->text(0), QString::number(expected.at(i).line));
        QCOMPARE(item->text(2), expected.at(i).pointer);
        QCOMPARE(item->text(3), expected.at(i).message);
    }
    QVERIFY(!errorList->findItems(u"/name"_s, Qt::MatchExactly, 2).isEmpty()); // no text has its German
    QCOMPARE(editor.findChild<QLabel *>(u"validationSummary"_s)->text(),
             kValid + u" — %1 warning(s)"_s.arg(expected.size()));

    // Warnings do not stop saving, and nothing is asked.
    auto *text = editor.findChild<QPlainTextEdit *>(u"frameworkText"_s);
    text->moveCursor(QTextCursor::End);
    text->insertPlainText(u"\n"_s);
    QVERIFY(editor.save());
    QCOMPARE(readAll(path), bilingual + '\n');
}

void TestFrameworkEditor::openFailureIsShownInTheWindow()
{
    FrameworkEditor editor(m_dir->path());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QString missing = m_dir->filePath(u"missing.framework.json"_s);
    QVERIFY(!editor.openFile(missing));
    auto *banner = editor.findChild<iia::MessageBanner *>(u"failureBanner"_s);
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().contains(missing));
    QCOMPARE(editor.statusBar()->currentMessage(), banner->text());
    QVERIFY(editor.filePath().isEmpty());
    QCOMPARE(editor.findChild<QLabel *>(u"validationSummary"_s)->text(), u"No framework is open."_s);
    QVERIFY(!editor.findChild<QAction *>(u"saveAction"_s)->isEnabled());
    QVERIFY(!editor.findChild<QAction *>(u"saveCopyAction"_s)->isEnabled());

    // Not UTF-8: refused rather than silently changed on the next save.
    const QString latin1 = m_dir->filePath(u"latin1.json"_s);
    QFile file(latin1);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"id\": \"caf\xe9\"}");
    file.close();
    QVERIFY(!editor.openFile(latin1));
    QVERIFY(banner->text().contains(u"UTF-8"_s));

    // A good file opens, and the failure message goes away.
    const QString good = m_dir->filePath(u"good.framework.json"_s);
    file.setFileName(good);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_builtInBytes);
    file.close();
    QVERIFY(editor.openFile(good));
    QVERIFY(!banner->isVisible());
    QVERIFY(!editor.findChild<QPlainTextEdit *>(u"frameworkText"_s)->isReadOnly());
}

void TestFrameworkEditor::invalidSaveAsks()
{
    const QString path = m_dir->filePath(u"broken.framework.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_builtInBytes);
    file.close();

    FrameworkEditor editor(m_dir->path());
    QSignalSpy saved(&editor, &FrameworkEditor::frameworkSaved);
    QVERIFY(editor.openFile(path));
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto *text = editor.findChild<QPlainTextEdit *>(u"frameworkText"_s);
    QVERIFY(select(text, u"\"format\": 1,"_s));
    QTest::keyClicks(text, u"\"format\": 1"_s); // a missing comma
    // Saving right away checks the text without waiting for the pause, and asks.
    bool asked = false;
    answerNextMessageBox(u"invalidSaveQuestion"_s, QMessageBox::Cancel, &asked);
    QVERIFY(!editor.save());
    QVERIFY(asked);
    // The reader finds the next member where it expected a comma.
    QCOMPARE(editor.errors().size(), 1);
    QCOMPARE(editor.errors().constFirst().line, lineAndColumn(rawText(text), u"\"id\""_s).first);
    QCOMPARE(readAll(path), m_builtInBytes);
    QCOMPARE(saved.count(), 0);
    QVERIFY(editor.isWindowModified());

    // The test hook answers "Save Anyway".
    editor.setProperty("saveInvalidWithoutAsking", true);
    QVERIFY(editor.save());
    QCOMPARE(readAll(path), rawText(text).toUtf8());
    QCOMPARE(saved.count(), 1);
    QVERIFY(!editor.isWindowModified());
}

void TestFrameworkEditor::closeAsksAboutUnsavedChanges()
{
    const QString path = m_dir->filePath(u"close.framework.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_builtInBytes);
    file.close();

    FrameworkEditor editor(m_dir->path());
    QVERIFY(editor.openFile(path));
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto *text = editor.findChild<QPlainTextEdit *>(u"frameworkText"_s);
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, u" "_s);
    QVERIFY(editor.isWindowModified());

    bool asked = false;
    answerNextMessageBox(u"unsavedChangesQuestion"_s, QMessageBox::Cancel, &asked);
    QVERIFY(!editor.close());
    QVERIFY(asked);
    QVERIFY(editor.isVisible());

    asked = false;
    answerNextMessageBox(u"unsavedChangesQuestion"_s, QMessageBox::Save, &asked);
    QVERIFY(editor.close());
    QVERIFY(asked);
    QCOMPARE(readAll(path), m_builtInBytes + ' ');

    // Unchanged: closes without asking.
    editor.show();
    QVERIFY(editor.close());
}

void TestFrameworkEditor::undoRedo()
{
    const QString path = m_dir->filePath(u"undo.framework.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_builtInBytes);
    file.close();

    FrameworkEditor editor(m_dir->path());
    QVERIFY(editor.openFile(path));
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto *text = editor.findChild<QPlainTextEdit *>(u"frameworkText"_s);
    auto *undo = editor.findChild<QAction *>(u"undoAction"_s);
    auto *redo = editor.findChild<QAction *>(u"redoAction"_s);
    QVERIFY(!undo->isEnabled()); // opening is not an edit
    text->setFocus();
    QTest::keyClicks(text, u"{"_s);
    QVERIFY(undo->isEnabled());
    QTRY_COMPARE(editor.errors().size(), 1);
    QTest::keySequence(text, QKeySequence::Undo);
    QCOMPARE(rawText(text).toUtf8(), m_builtInBytes);
    QVERIFY(!editor.isWindowModified());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QVERIFY(rawText(text).startsWith(u"{{"_s));
    QVERIFY(editor.isWindowModified());
    undo->trigger();
    QTRY_VERIFY(editor.errors().isEmpty());
}

void TestFrameworkEditor::followsPalette()
{
    FrameworkEditor editor(m_dir->path());
    editor.openBuiltIn(kBuiltIn);
    auto *highlighter = editor.findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
    QVERIFY(highlighter);
    const QPalette original = QApplication::palette();
    const auto isDark = [&] {
        return QColor::fromRgb(highlighter->theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor))
                   .lightness() < 128;
    };
    QCOMPARE(isDark(), original.color(QPalette::Base).lightness() < 128);

    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x20, 0x23, 0x26));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Base, QColor(0x14, 0x16, 0x18));
    dark.setColor(QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Button, QColor(0x29, 0x2c, 0x30));
    dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    QApplication::setPalette(dark);
    QTRY_VERIFY(isDark());
    editor.resize(900, 640);
    editor.grab().save(u"/tmp/iia-frameworkeditor-dark.png"_s);

    QApplication::setPalette(original);
    QTRY_VERIFY(!isDark());
}

void TestFrameworkEditor::rightToLeft()
{
    // The window mirrors, the JSON stays left to right.
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    {
        FrameworkEditor editor(m_dir->path());
        editor.openBuiltIn(kBuiltIn);
        editor.resize(900, 640);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QCOMPARE(editor.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(editor.findChild<QPlainTextEdit *>(u"frameworkText"_s)->layoutDirection(), Qt::LeftToRight);
        auto *button = editor.findChild<QWidget *>(u"bannerSaveCopyButton"_s);
        auto *banner = editor.findChild<QWidget *>(u"readOnlyBanner"_s);
        QVERIFY(button->x() < banner->width() / 2); // the trailing end is on the left
        editor.grab().save(u"/tmp/iia-frameworkeditor-rtl.png"_s);
    }
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestFrameworkEditor::geometryIsRemembered()
{
    {
        FrameworkEditor editor(m_dir->path());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.resize(777, 555);
        QTRY_COMPARE(editor.size(), QSize(777, 555));
        QVERIFY(editor.close());
    }
    QVERIFY(QSettings().contains(u"FrameworkEditor/geometry"_s));
    FrameworkEditor again(m_dir->path());
    QCOMPARE(again.size(), QSize(777, 555));
}

void TestFrameworkEditor::crlfIsKept()
{
    const QString path = m_dir->filePath(u"crlf.framework.json"_s);
    QByteArray crlf = m_builtInBytes;
    crlf.replace("\n", "\r\n");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(crlf);
    file.close();

    FrameworkEditor editor(m_dir->path());
    QVERIFY(editor.openFile(path));
    QVERIFY(editor.errors().isEmpty());
    QVERIFY(
        !editor.findChild<QPlainTextEdit *>(u"frameworkText"_s)->toPlainText().contains(QLatin1Char('\r')));
    QVERIFY(editor.save());
    QCOMPARE(readAll(path), crlf);
}

void TestFrameworkEditor::positionCountsCodePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("position");
    QTest::addRow("first") << u"abc\ndef"_s << 1 << 1 << 0;
    QTest::addRow("second line") << u"abc\ndef"_s << 2 << 3 << 6;
    QTest::addRow("past the end of a line") << u"abc\ndef"_s << 1 << 99 << 3;
    QTest::addRow("past the last line") << u"abc\ndef"_s << 9 << 1 << 4;
    QTest::addRow("after an emoji") << u"\"\U0001F600\": 1"_s << 1 << 3 << 3;
    QTest::addRow("after an accent") << u"\"é\": 1"_s << 1 << 3 << 2;
}

void TestFrameworkEditor::positionCountsCodePoints()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, position);
    iia::CodeEdit edit;
    edit.setPlainText(text);
    QCOMPARE(edit.positionOf(line, column), position);
    edit.goTo(line, column);
    QCOMPARE(edit.textCursor().position(), position);
    if (column < 50 && line < 5)
        QCOMPARE(edit.cursorColumn(), column);
}

QTEST_MAIN(TestFrameworkEditor)
#include "tst_frameworkeditor.moc"
