// The desktop window driven as a user would: create, plan, describe, paste a draft, answer, rate, attach
// evidence, watch the chart values change, undo and redo, quit, start again and find everything; export the
// worked example with Ctrl+E in each of the six formats.

#include "assessment/assessmentview.h"
#include "assessment/draftpanel.h"
#include "charts/scoremodel.h"
#include "document/assessmentdocument.h"
#include "interchange.h"
#include "library.h"
#include "library/backupsdialog.h"
#include "library/librarymodel.h"
#include "library/libraryview.h"
#include "mainwindow.h"
#include "report/exportdialog.h"
#include "testutil.h"
#include "textcatalog.h"

#include <KZip>
#include <poppler-qt6.h>

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>
#include <QTextTable>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace iia;
using namespace Qt::StringLiterals;

class TestGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    template<typename T>
    static T *child(QWidget *root, const QString &name)
    {
        T *w = root->findChild<T *>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }

private Q_SLOTS:
    void init();
    void completeAssessment();
    void everyInteractiveWidgetIsNamed();
    void libraryTrashAndSearch();
    void largeLibraryListsTheNewestFirst();
    void exportEveryFormat_data();
    void exportEveryFormat();
    void exportPreviewFollowsTheBriefsDirection();
};

void TestGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(u"settings"_s));
    QSettings().clear();
}

void TestGui::completeAssessment()
{
    QString id;
    {
        auto library = Library::open(Paths(m_dir->filePath(u"data"_s)));
        IIA_VERIFY_RESULT(library);
        MainWindow window(**library, u"en"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // An empty library welcomes; "Start a new assessment" asks for a title.
        QVERIFY(child<QWidget>(&window, u"welcome"_s)->isVisible());
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *title = dialog->findChild<QLineEdit *>(u"newTitle"_s);
            QTest::keyClicks(title, u"Network fees act"_s);
            QTest::keyClick(title, Qt::Key_Return);
        });
        child<QAbstractButton>(&window, u"welcomeNew"_s)->click();
        AssessmentView *view = window.assessmentView();
        QVERIFY(view);
        AssessmentDocument &doc = view->document();
        id = doc.assessment().id;
        QCOMPARE(doc.assessment().caseInfo.title, u"Network fees act"_s);
        QCOMPARE(view->currentStep(), 0);

        // Plan: type, and the text is saved after a pause.
        auto *issue = child<QPlainTextEdit>(&window, u"plan-issue"_s);
        issue->setFocus();
        QTest::keyClicks(issue, u"Operators want fees"_s);
        QTRY_COMPARE(doc.assessment().planning.value(u"issue"_s), u"Operators want fees"_s);

        // Case: Next, describe, paste a draft.
        child<QAbstractButton>(&window, u"stepNext"_s)->click();
        QCOMPARE(view->currentStep(), 1);
        auto *jurisdiction = child<QLineEdit>(&window, u"caseJurisdiction"_s);
        jurisdiction->setFocus();
        QTest::keyClicks(jurisdiction, u"Ruritania"_s);
        QTRY_COMPARE(doc.assessment().caseInfo.jurisdiction, u"Ruritania"_s);
        const QString draft = u"Article 1\nLarge providers shall pay a network usage fee.\n\nArticle 2\nThe "
                              u"regulator may order throttling."_s;
        auto *editor = view->draftPanel()->editor();
        editor->setPlainText(draft);
        view->draftPanel()->flush();
        QCOMPARE(doc.assessment().draftText, draft);
        auto *outline = child<QComboBox>(&window, u"draftOutline"_s);
        QCOMPARE(outline->count(), 3); // "Go to clause…", Article 1, Article 2
        // Highlighted by our definition, through the iia_highlighting plugin: "throttling" is a keyword.
        const QTextBlock last = editor->document()->lastBlock();
        const int at = int(last.text().indexOf(u"throttling"_s));
        QVERIFY(at > 0);
        bool coloured = false;
        for (const QTextLayout::FormatRange &range : last.layout()->formats()) {
            coloured |= range.start <= at && at < range.start + range.length &&
                        range.format.hasProperty(QTextFormat::ForegroundBrush);
        }
        QVERIFY(coloured);

        // CP1: answer a weight-3 "harm" question; the suggestion and the chart data follow.
        view->goToStep(view->stepOf(u"cp1"_s));
        auto *page = child<QWidget>(&window, u"itemPage-cp1"_s);
        QVERIFY(page->isVisible());
        ScoreModel *scores = view->scoreModel();
        const int row = scores->rowOfItem(u"cp1"_s);
        QVERIFY(!scores->index(row, 4).data(Qt::UserRole).isValid()); // no suggestion yet
        child<QAbstractButton>(page, u"answer-cp1.q2-yes"_s)->click();
        QCOMPARE(doc.assessment().answer(u"cp1.q2"_s).value, AnswerValue::Yes);
        QCOMPARE(scores->index(row, 4).data(Qt::UserRole).toInt(), -3);
        QVERIFY(child<QLabel>(page, u"suggestedRating"_s)->text().contains(u"strongly negative"_s));

        // Rate it positive: the disagreement shows.
        auto *impact = child<QComboBox>(page, u"ratingImpact"_s);
        Q_EMIT impact->activated(impact->findData(int(Impact::Yes)));
        auto *direction = child<QComboBox>(page, u"ratingDirection"_s);
        Q_EMIT direction->activated(direction->findData(int(Direction::Positive)));
        QCOMPARE(doc.assessment().rating(u"cp1"_s).direction, Direction::Positive);
        QVERIFY(child<QLabel>(page, u"disagreement"_s)->isVisible());
        QCOMPARE(scores->index(row, 3).data(Qt::UserRole).toInt(), 2);

        // Attach evidence: select "network usage fee" in the draft.
        QTextCursor cursor(editor->document());
        const int start = int(draft.indexOf(u"network usage fee"_s));
        cursor.setPosition(start);
        cursor.setPosition(start + 17, QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
        auto *attach = child<QToolButton>(page, u"attach-cp1.q2"_s);
        QVERIFY(attach->isEnabled());
        attach->click();
        QCOMPARE(doc.assessment().evidence.size(), 1);
        const Evidence &e = doc.assessment().evidence.first();
        QCOMPARE(e.quote, u"network usage fee"_s);
        QCOMPARE(e.targetId, u"cp1.q2"_s);
        QCOMPARE(e.clause, u"Article 1"_s);
        QCOMPARE(child<QListWidget>(page, u"evidenceList"_s)->count(), 1);

        // Undo the evidence, then the rating; redo both.
        QAction *undo = window.findChild<QAction *>(u"actionUndo"_s);
        QAction *redo = window.findChild<QAction *>(u"actionRedo"_s);
        undo->trigger();
        QCOMPARE(doc.assessment().evidence.size(), 0);
        QCOMPARE(child<QListWidget>(page, u"evidenceList"_s)->count(), 0);
        undo->trigger();
        QCOMPARE(doc.assessment().rating(u"cp1"_s).direction, Direction::Unset);
        QCOMPARE(direction->currentData().toInt(), int(Direction::Unset));
        redo->trigger();
        redo->trigger();
        QCOMPARE(doc.assessment().rating(u"cp1"_s).direction, Direction::Positive);
        QCOMPARE(doc.assessment().evidence.size(), 1);

        // The summary shows the verdicts.
        window.findChild<QAction *>(u"actionSummary"_s)->trigger();
        QCOMPARE(view->currentStep(), view->stepOf(u"summary"_s));
        QVERIFY(child<QLabel>(&window, u"verdicts"_s)->text().contains(u"At risk"_s) ||
                child<QLabel>(&window, u"verdicts"_s)->text().contains(u"Supports"_s));

        // Conclusions, typed and left pending: closing the window still saves them.
        view->goToStep(view->stepOf(u"conclusions"_s));
        auto *conclusions = child<QPlainTextEdit>(&window, u"conclusions"_s);
        conclusions->setFocus();
        QTest::keyClicks(conclusions, u"Harmful."_s);
        window.close();
    }

    // Start again: everything is there, and the last assessment opens again.
    auto library = Library::open(Paths(m_dir->filePath(u"data"_s)));
    IIA_VERIFY_RESULT(library);
    auto saved = (*library)->load(id);
    IIA_VERIFY_RESULT(saved);
    QCOMPARE(saved->planning.value(u"issue"_s), u"Operators want fees"_s);
    QCOMPARE(saved->caseInfo.jurisdiction, u"Ruritania"_s);
    QCOMPARE(saved->answer(u"cp1.q2"_s).value, AnswerValue::Yes);
    QCOMPARE(saved->rating(u"cp1"_s).direction, Direction::Positive);
    QCOMPARE(saved->evidence.size(), 1);
    QCOMPARE(saved->conclusions, u"Harmful."_s);
    QCOMPARE(QSettings().value(u"window/lastAssessment"_s).toString(), id);
}

// Every control a user can reach, under root, that lacks an objectName (for tests) or an accessible name (for
// screen readers), as "class objectName "accessible name"" lines.
static QStringList unnamedInteractiveWidgets(const QWidget *root)
{
    QStringList unnamed;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                                 qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w) ||
                                 qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w) ||
                                 qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractSlider *>(w) ||
                                 qobject_cast<QTabBar *>(w);
        // Qt's own parts of composite widgets (a combo box's popup, a tab bar's scroll arrows, a dock's title
        // buttons, a scroll area's scroll bars) are named by Qt, not by us.
        bool internal = w->inherits("QDockWidgetTitleButton") || w->objectName().startsWith(u"qt_"_s);
        for (QObject *p = w->parent(); p && !internal; p = p->parent())
            internal = p->inherits("QComboBox") || p->inherits("QTabBar") || p->inherits("QTabWidget") ||
                       p->inherits("QAbstractSpinBox") || p->inherits("QLineEdit") ||
                       p->inherits("QAbstractItemView") || p->objectName() == u"qt_scrollarea_hcontainer" ||
                       p->objectName() == u"qt_scrollarea_vcontainer";
        if (!interactive || internal)
            continue;
        if (w->objectName().isEmpty() || w->accessibleName().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName() +
                           u" \""_s + w->accessibleName() + u'"');
    }
    return unnamed;
}

void TestGui::everyInteractiveWidgetIsNamed()
{
    auto library = Library::open(Paths(m_dir->filePath(u"data"_s)));
    IIA_VERIFY_RESULT(library);
    MainWindow window(**library, u"en"_s);
    window.show();
    window.openExample();
    QVERIFY(window.assessmentView());
    QStringList unnamed = unnamedInteractiveWidgets(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));

    // The dialogs: export (one assessment, and several) and backups.
    const QString id = window.assessmentView()->document().assessment().id;
    {
        ExportDialog dialog(**library, {id}, &window);
        dialog.show();
        unnamed = unnamedInteractiveWidgets(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"export dialog:\n"_s + unnamed.join(u'\n')));
    }
    {
        auto other = (*library)->create(u"Fee act"_s);
        IIA_VERIFY_RESULT(other);
        ExportDialog dialog(**library, {id, other->id}, &window);
        dialog.show();
        unnamed = unnamedInteractiveWidgets(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"export dialog, several:\n"_s + unnamed.join(u'\n')));
    }
    window.showBackups();
    QVERIFY(window.backupsDialog());
    unnamed = unnamedInteractiveWidgets(window.backupsDialog());
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"backups dialog:\n"_s + unnamed.join(u'\n')));
}

void TestGui::libraryTrashAndSearch()
{
    auto library = Library::open(Paths(m_dir->filePath(u"data"_s)));
    IIA_VERIFY_RESULT(library);
    (*library)->create(u"Shutdown order"_s);
    (*library)->create(u"Fee act"_s);
    MainWindow window(**library, u"en"_s);
    window.show();
    LibraryView *view = window.libraryView();
    QCOMPARE(view->model()->rowCount(), 2);
    auto *search = child<QLineEdit>(&window, u"librarySearch"_s);
    QTest::keyClicks(search, u"shut"_s);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->row(0).title, u"Shutdown order"_s);
    search->clear();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    view->selectId(view->model()->row(0).id);
    child<QAbstractButton>(&window, u"libraryTrash"_s)->click();
    QCOMPARE(view->model()->rowCount(), 1);
    child<QTabBar>(&window, u"libraryScope"_s)->setCurrentIndex(1);
    QCOMPARE(view->model()->rowCount(), 1);
    child<QAbstractButton>(&window, u"libraryTrash"_s)->click(); // "Restore" in the trash
    QCOMPARE(view->model()->rowCount(), 0);
    child<QTabBar>(&window, u"libraryScope"_s)->setCurrentIndex(0);
    QCOMPARE(view->model()->rowCount(), 2);
}

// The text of an XML document (every element's character data, each followed by a space), whitespace
// simplified.
static QString xmlText(const QByteArray &xml)
{
    QString text;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::Characters)
            text += reader.text() + u' ';
    }
    return reader.hasError() ? QString() : text.simplified();
}

void TestGui::exportEveryFormat_data()
{
    QTest::addColumn<int>("format");
    for (const ReportFormatInfo &info : reportFormats())
        QTest::addRow("%s", qPrintable(info.key)) << int(info.format);
    QCOMPARE(reportFormats().size(), 6);
}

// The worked example, Ctrl+E, a format and a file name, Export: the file is of that kind and names the
// assessment.
void TestGui::exportEveryFormat()
{
    QFETCH(int, format);
    const ReportFormatInfo info = reportFormatInfo(ReportFormat(format));
    const QString path = m_dir->filePath(u"export/brief."_s + info.extension);
    QVERIFY(QDir().mkpath(m_dir->filePath(u"export"_s)));

    auto library = Library::open(Paths(m_dir->filePath(u"data"_s)));
    IIA_VERIFY_RESULT(library);
    MainWindow window(**library, u"en"_s);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openExample();
    QVERIFY(window.assessmentView());
    const Assessment example = window.assessmentView()->document().assessment();
    const QString title = example.caseInfo.title;
    QCOMPARE(title, u"Draft Fair Contribution to Network Infrastructure Act (network usage fees)"_s);
    const QString briefTitle = u"Internet Impact Brief: "_s + title;

    // A message box would mean a failed export: note what it says and close it, so that nothing hangs.
    QStringList boxes;
    QTimer watchdog;
    watchdog.setInterval(50);
    connect(&watchdog, &QTimer::timeout, this, [&boxes] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            boxes.append(box->text());
            box->reject();
        }
    });
    watchdog.start();

    QString preview;
    bool dialogShown = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogShown = true;
        auto *formats = dialog->findChild<QComboBox *>(u"exportFormat"_s);
        auto *languages = dialog->findChild<QComboBox *>(u"exportLanguage"_s);
        auto *destination = dialog->findChild<QLineEdit *>(u"exportDestination"_s);
        auto *exportButton = dialog->findChild<QAbstractButton *>(u"exportButton"_s);
        if (!formats || !languages || !destination || !exportButton) {
            dialog->reject();
            return;
        }
        formats->setCurrentIndex(formats->findData(format));
        languages->setCurrentIndex(languages->findData(u"en"_s));
        destination->selectAll();
        QTest::keyClicks(destination, path);
        preview =
            dialog->previewDocument() ? dialog->previewDocument()->toPlainText().simplified() : QString();
        exportButton->click();
        if (dialog->isVisible())
            dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    QVERIFY2(dialogShown, "Ctrl+E opened no export dialog");
    QVERIFY2(boxes.isEmpty(), qPrintable(boxes.join(u'\n')));
    QVERIFY(preview.contains(briefTitle));
    QVERIFY2(QFileInfo::exists(path), qPrintable(path + u" was not written"_s));
    const QByteArray data = readFixture(path);

    switch (ReportFormat(format)) {
    case ReportFormat::Pdf: {
        QVERIFY(data.startsWith("%PDF-"));
        auto pdf = Poppler::Document::loadFromData(data);
        QVERIFY(pdf && !pdf->isLocked());
        QCOMPARE(pdf->info(u"Title"_s), briefTitle);
        QVERIFY(pdf->numPages() > 5);
        QVERIFY(pdf->page(0)->text(QRectF()).simplified().contains(briefTitle));
        break;
    }
    case ReportFormat::Odt: {
        QVERIFY(data.startsWith("PK\x03\x04"));
        KZip zip(path);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        auto file = [&zip](const QString &name) {
            const auto *entry = dynamic_cast<const KArchiveFile *>(zip.directory()->entry(name));
            return entry ? entry->data() : QByteArray();
        };
        QCOMPARE(file(u"mimetype"_s), QByteArray("application/vnd.oasis.opendocument.text"));
        QVERIFY(xmlText(file(u"content.xml"_s)).contains(briefTitle));
        QVERIFY(xmlText(file(u"meta.xml"_s)).contains(briefTitle));
        break;
    }
    case ReportFormat::Html: {
        QVERIFY(data.startsWith("<!DOCTYPE html>\n"));
        const QString html = QString::fromUtf8(data);
        QVERIFY(html.contains(u"<title>"_s + briefTitle.toHtmlEscaped() + u"</title>"_s));
        QVERIFY(html.contains(u"<h1"_s));
        QVERIFY(html.trimmed().endsWith(u"</html>"_s));
        break;
    }
    case ReportFormat::Markdown:
        QCOMPARE(QString::fromUtf8(data).section(u'\n', 0, 0), u"# "_s + briefTitle);
        break;
    case ReportFormat::Csv: {
        // A table for spreadsheets: one row per property, enabler and answer, without the title (which is
        // no record); the example's first property is there.
        QVERIFY(data.startsWith("\xEF\xBB\xBFrecord,code,item,goal,question,"));
        const QString csv = QString::fromUtf8(data);
        QVERIFY(csv.contains(u"\r\nitem,CP1,An Accessible Infrastructure with a Common Protocol,"_s) ||
                csv.contains(u"\nitem,CP1,An Accessible Infrastructure with a Common Protocol,"_s));
        break;
    }
    case ReportFormat::Iia: {
        auto document = Interchange::readFile(path, (*library)->frameworks());
        IIA_VERIFY_RESULT(document);
        QCOMPARE(document->assessment.id, example.id);
        QCOMPARE(document->assessment.caseInfo.title, title);
        break;
    }
    }
}

QTEST_MAIN(TestGui)
void TestGui::largeLibraryListsTheNewestFirst()
{
    auto library = Library::open(Paths(m_dir->filePath(u"data"_s)));
    IIA_VERIFY_RESULT(library);
    const int count = LibraryView::kFirstRows + 30;
    QDateTime clock = QDateTime::currentDateTimeUtc().addDays(-1);
    (*library)->setClock([&clock] { return clock = clock.addSecs(1); });
    for (int i = 0; i < count; ++i)
        IIA_VERIFY_RESULT((*library)->create(u"Act %1"_s.arg(i)));
    {
        // Before the first paint: the newest rows only, in the table's order.
        MainWindow window(**library, u"en"_s);
        LibraryView *view = window.libraryView();
        QCOMPARE(view->model()->rowCount(), LibraryView::kFirstRows);
        QCOMPARE(view->model()->row(0).title, u"Act %1"_s.arg(count - 1));
        QCOMPARE(view->model()->row(LibraryView::kFirstRows - 1).title,
                 u"Act %1"_s.arg(count - LibraryView::kFirstRows));
        // The newest is the one chosen, but the hidden table is not told yet: making a row current there
        // would size the columns to every row.
        const QString newest = view->model()->row(0).id;
        QCOMPARE(view->currentId(), newest);
        QCOMPARE(view->selectedIds(), QStringList{newest});
        auto *table = child<QTableView>(&window, u"libraryTable"_s);
        QVERIFY(!table->selectionModel()->currentIndex().isValid());
        // Painted: all of them, with the selection kept, now in the table.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(view->model()->rowCount(), count);
        QCOMPARE(view->currentId(), newest);
        QCOMPARE(table->selectionModel()->currentIndex().data(LibraryModel::IdRole).toString(), newest);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->currentIndex().row(), 0);
    }
    {
        // Asking for a row that is not listed yet lists them all.
        MainWindow window(**library, u"en"_s);
        LibraryView *view = window.libraryView();
        const QString oldest = (*library)->store().list()->constLast().id;
        view->selectId(oldest);
        QCOMPARE(view->model()->rowCount(), count);
        QCOMPARE(view->currentId(), oldest);
    }
}

// The preview lays a brief out in its own direction, whatever the interface's: an Arabic brief chosen in an
// English interface starts at the right edge of the view, and an English one chosen afterwards at the left.
void TestGui::exportPreviewFollowsTheBriefsDirection()
{
    auto library = Library::open(Paths(m_dir->filePath(u"data"_s)));
    IIA_VERIFY_RESULT(library);
    MainWindow window(**library, u"en"_s);
    window.show();
    window.openExample();
    QVERIFY(window.assessmentView());
    ExportDialog dialog(**library, {window.assessmentView()->document().assessment().id}, &window);
    dialog.resize(900, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *language = child<QComboBox>(&dialog, u"exportLanguage"_s);
    auto *preview = child<QTextEdit>(&dialog, u"exportPreview"_s);
    // Where the title's first line begins and ends, in viewport coordinates.
    auto titleEnds = [preview] {
        QTextCursor cursor(preview->document());
        const int begin = preview->cursorRect(cursor).center().x();
        cursor.movePosition(QTextCursor::EndOfLine);
        return std::pair(begin, preview->cursorRect(cursor).center().x());
    };

    for (const QString &code : {u"ar"_s, u"en"_s, u"ar"_s}) {
        language->setCurrentIndex(language->findData(code));
        QCOMPARE(language->currentData().toString(), code);
        const bool rightToLeft = code == u"ar";
        QCOMPARE(preview->document()->firstBlock().textDirection(),
                 rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        // At once, and after Qt has laid the whole document out in steps.
        for (const int wait : {0, 1000}) {
            QTest::qWait(wait);
            QCOMPARE(preview->horizontalScrollBar()->maximum(), 0); // nothing to scroll to: the text fits
            const int width = preview->viewport()->width();
            const auto [begin, end] = titleEnds();
            const QString where =
                u"%1 after %2 ms: the title's first line runs from x=%3 to x=%4 in a view %5 "
                u"wide"_s.arg(code)
                    .arg(wait)
                    .arg(begin)
                    .arg(end)
                    .arg(width);
            QVERIFY2(begin >= 0 && begin <= width && end >= 0 && end <= width, qPrintable(where));
            if (rightToLeft)
                QVERIFY2(begin > width * 3 / 4 && end < begin, qPrintable(where));
            else
                QVERIFY2(begin < width / 4 && end > begin, qPrintable(where));
            // The title's facts: the label first in the reading direction, on the right in Arabic.
            QTextTable *facts = nullptr;
            for (QTextFrame *frame : preview->document()->rootFrame()->childFrames()) {
                if ((facts = qobject_cast<QTextTable *>(frame)))
                    break;
            }
            QVERIFY(facts);
            const QString dateLabel = TextCatalog::forLanguage(code).translate("iia::Brief", "Date");
            auto cellText = [facts](int column) {
                return facts->cellAt(0, column).firstCursorPosition().block().text();
            };
            const int labelColumn = cellText(0) == dateLabel ? 0 : 1;
            QCOMPARE(cellText(labelColumn), dateLabel);
            auto x = [&](int column) {
                return preview->cursorRect(facts->cellAt(0, column).firstCursorPosition()).center().x();
            };
            const int label = x(labelColumn);
            const int value = x(1 - labelColumn);
            QVERIFY2(rightToLeft ? label > value : label < value,
                     qPrintable(
                         u"%1: the first fact's label at x=%2, its value at x=%3"_s.arg(code).arg(label).arg(
                             value)));
        }
    }
}

#include "tst_gui.moc"
