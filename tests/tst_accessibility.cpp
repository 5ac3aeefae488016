// The interface as users with low vision set their desktop up: the font half as large again and a
// high-contrast palette. On every main screen each label, button and field shows all its text, the notes keep
// their lines, and the charts take their colours and fonts from the palette and the font.

#include "assessment/assessmentview.h"
#include "assessment/noteedit.h"
#include "assessment/page.h"
#include "assessment/summarypage.h"
#include "charts/enablerchart.h"
#include "charts/radarchart.h"
#include "charts/scoremodel.h"
#include "contraststyle.h"
#include "document/assessmentdocument.h"
#include "language.h"
#include "library.h"
#include "mainwindow.h"
#include "report/exportdialog.h"
#include "testutil.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QApplication>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace iia;
using namespace Qt::StringLiterals;

namespace {

constexpr double kFontScale = 1.5;

// Black on white or white on black, with a strong highlight, as the desktops' high-contrast themes.
QPalette highContrast(bool dark)
{
    const QColor background = dark ? Qt::black : Qt::white;
    const QColor foreground = dark ? Qt::white : Qt::black;
    QPalette p;
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                          QPalette::ToolTipBase})
            p.setColor(group, role, background);
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                          QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark})
            p.setColor(group, role, foreground);
        p.setColor(group, QPalette::Highlight, dark ? QColor(0x1a, 0xeb, 0xff) : QColor(0x37, 0x00, 0x6e));
        p.setColor(group, QPalette::HighlightedText, background);
    }
    return p;
}

QString describe(const QWidget *w, const QString &text, QSize needs)
{
    return u"%1 %2 “%3” needs %4×%5, has %6×%7"_s
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.left(40))
        .arg(needs.width())
        .arg(needs.height())
        .arg(w->width())
        .arg(w->height());
}

bool inScrollArea(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    }
    return false;
}

// What on the shown part of root does not show all its text: labels narrower or lower than their text,
// buttons smaller than their text and icon, fields lower than a line, notes that show fewer lines than they
// should, any of them cut off by the window or a panel (outside a scrolling area), and pages that must be
// scrolled sideways to be read.
QStringList clipped(QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        if (auto *page = qobject_cast<Page *>(w)) {
            if (page->horizontalScrollBar()->maximum() > 0)
                problems.append(describe(page, u"scrolls sideways"_s, page->widget()->minimumSizeHint()));
            continue;
        }
        const bool shows = qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w) ||
                           qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w);
        if (shows && !inScrollArea(w) && w->visibleRegion().boundingRect() != w->rect())
            problems.append(describe(w, u"is cut off"_s, w->size()));
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            const QSize needs =
                label->wordWrap() ? QSize(0, label->heightForWidth(label->width())) : label->sizeHint();
            if (needs.width() > label->width() || needs.height() > label->height())
                problems.append(describe(label, label->text(), needs));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            const QSize needs = button->sizeHint();
            if (needs.width() > button->width() || needs.height() > button->height())
                problems.append(describe(button, button->text(), needs));
        } else if (qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w)) {
            // Long choices may be shortened with an ellipsis, but never cut in height.
            if (w->sizeHint().height() > w->height())
                problems.append(describe(w, QString(), w->sizeHint()));
        } else if (auto *note = qobject_cast<NoteEdit *>(w)) {
            const int needs = note->visibleLines() * note->fontMetrics().lineSpacing();
            if (note->viewport()->height() < needs)
                problems.append(describe(note, QString(), QSize(0, needs)));
        }
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QFont m_systemFont;
    QPalette m_systemPalette;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void screens_data();
    void screens();
    void charts_data();
    void charts();
    void outlinesInHighContrast_data();
    void outlinesInHighContrast();
};

void TestAccessibility::initTestCase()
{
    m_systemFont = QApplication::font();
    m_systemPalette = QApplication::palette();
    QFont large = m_systemFont;
    QVERIFY(large.pointSizeF() > 0);
    large.setPointSizeF(large.pointSizeF() * kFontScale);
    QApplication::setFont(large);
    installContrastStyle(); // as the application does
}

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(u"settings"_s));
    QSettings().clear();
}

void TestAccessibility::cleanupTestCase()
{
    QApplication::setFont(m_systemFont);
    QApplication::setPalette(m_systemPalette);
}

void TestAccessibility::screens_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::addRow("en, black on white") << u"en"_s << false;
    QTest::addRow("en, white on black") << u"en"_s << true;
    // Longer words, and right to left.
    QTest::addRow("fr, black on white") << u"fr"_s << false;
    QTest::addRow("es, white on black") << u"es"_s << true;
    QTest::addRow("ar, black on white") << u"ar"_s << false;
}

void TestAccessibility::screens()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    QCOMPARE(language::apply(language), language);
    const auto restore = qScopeGuard([] { language::apply(u"en"_s); });
    QApplication::setPalette(highContrast(dark));
    auto library = Library::open(Paths(m_dir->filePath(u"data"_s)));
    IIA_VERIFY_RESULT(library);
    MainWindow window(**library, language);
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.font().pointSizeF(), m_systemFont.pointSizeF() * kFontScale);

    auto check = [&](const QString &screen) {
        QCoreApplication::processEvents();
        const QStringList problems = clipped(&window);
        if (!problems.isEmpty())
            qWarning("%s:\n  %s", qPrintable(screen), qPrintable(problems.join(u"\n  "_s)));
        return problems;
    };
    QCOMPARE(check(u"welcome"_s), QStringList());

    window.openExample();
    AssessmentView *view = window.assessmentView();
    QVERIFY(view);
    for (const QString &step :
         {u"plan"_s, u"case"_s, u"cp1"_s, u"access"_s, u"summary"_s, u"conclusions"_s}) {
        view->goToStep(view->stepOf(step));
        QCOMPARE(view->currentStep(), view->stepOf(step));
        QCOMPARE(check(step), QStringList());
    }
    // The notes keep their lines: three lines of text fit without a scroll bar, a fourth needs one.
    view->goToStep(view->stepOf(u"cp3"_s));
    NoteEdit *note = nullptr;
    for (NoteEdit *edit : view->findChildren<NoteEdit *>(u"ratingHow"_s)) {
        if (edit->isVisible())
            note = edit;
    }
    QVERIFY(note);
    QCOMPARE(note->visibleLines(), 3);
    note->setPlainText(u"one\ntwo\nthree"_s);
    QTRY_COMPARE(note->verticalScrollBar()->maximum(), 0);
    note->setPlainText(u"one\ntwo\nthree\nfour"_s);
    QTRY_COMPARE(note->verticalScrollBar()->maximum(), 1);
    note->clear();

    window.chartsDock()->show();
    QCOMPARE(check(u"charts panel"_s), QStringList());
    // The window still fits the screen it was made for, charts panel and all.
    QVERIFY2(
        window.minimumSizeHint().width() <= 1440 && window.minimumSizeHint().height() <= 900,
        qPrintable(u"%1×%2"_s.arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
    QCOMPARE(window.size(), QSize(1440, 900));
    window.chartsDock()->hide();

    {
        ExportDialog dialog(**library, {view->document().assessment().id}, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::processEvents();
        const QStringList problems = clipped(&dialog);
        if (!problems.isEmpty())
            qWarning("export dialog:\n  %s", qPrintable(problems.join(u"\n  "_s)));
        QCOMPARE(problems, QStringList());
    }
    window.closeAssessment();
}

void TestAccessibility::charts_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addRow("black on white") << false;
    QTest::addRow("white on black") << true;
}

// The summary's charts: backgrounds, texts and lines from the palette, values in colours that contrast with
// the background, texts in the large font.
void TestAccessibility::charts()
{
    QFETCH(bool, dark);
    const QPalette palette = highContrast(dark);
    QApplication::setPalette(palette);
    auto library = Library::open(Paths(m_dir->filePath(u"data"_s)));
    IIA_VERIFY_RESULT(library);
    MainWindow window(**library, u"en"_s);
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openExample();
    AssessmentView *view = window.assessmentView();
    QVERIFY(view);
    view->goToStep(view->stepOf(u"summary"_s));
    QCoreApplication::processEvents();
    auto *summary = view->findChild<SummaryPage *>(u"summaryPage"_s);
    QVERIFY(summary);
    auto *radar = summary->findChild<RadarChart *>(u"radarChart"_s);
    auto *enablers = summary->findChild<EnablerChart *>(u"enablerChart"_s);
    QVERIFY(radar && enablers);

    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const double size = m_systemFont.pointSizeF() * kFontScale;
    for (ScoreChartView *chart :
         {static_cast<ScoreChartView *>(radar), static_cast<ScoreChartView *>(enablers)}) {
        QCOMPARE(chart->isDarkPalette(), dark);
        QCOMPARE(chart->chart()->theme(), dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        QCOMPARE(chart->chart()->backgroundBrush().color(), base);
        QCOMPARE(chart->chart()->legend()->labelColor(), text);
        QCOMPARE(chart->chart()->legend()->font().pointSizeF(), size);
        QCOMPARE(chart->textColor(), text);
        for (QAbstractAxis *axis : chart->chart()->axes()) {
            if (axis->objectName() == u"radialAxis") {
                // The rings' values are secondary: in the "not rated" colour, a little smaller.
                QCOMPARE(axis->labelsColor(), chart->missingColor());
                QCOMPARE(axis->labelsFont().pointSizeF(), size * 0.85);
            } else {
                QCOMPARE(axis->labelsColor(), text);
                QCOMPARE(axis->labelsFont().pointSizeF(), size);
            }
        }
        for (const QColor &colour : {chart->analystColor(), chart->suggestedColor(), chart->missingColor()}) {
            QVERIFY2(ScoreChartView::contrast(colour, base) >= ScoreChartView::kMinimumContrast,
                     qPrintable(u"%1 on %2"_s.arg(colour.name(), base.name())));
        }
        // The chart is at least as large as its size in lines of the large font.
        QVERIFY(chart->width() >= chart->minimumSizeHint().width());
        QVERIFY(chart->height() >= chart->minimumSizeHint().height());
    }
    QCOMPARE(radar->analystSeries()->pen().color(), radar->analystColor());
    QCOMPARE(radar->analystSeries()->pointLabelsColor(), radar->analystColor());
    QCOMPARE(radar->suggestedSeries()->pointLabelsColor(), radar->suggestedColor());
    QCOMPARE(radar->analystSeries()->pointLabelsFont().pointSizeF(), size);
    QCOMPARE(enablers->analystSet()->color(), enablers->analystColor());
    QCOMPARE(enablers->analystSet()->labelColor(), base);
    QCOMPARE(enablers->suggestedSet()->labelColor(), text);
    QCOMPARE(enablers->analystSet()->labelFont().pointSizeF(), size);

    // At this size the two charts do not fit side by side: the enablers' go below the radar, and the page
    // does not scroll sideways. At the system's font they stand side by side again.
    QVERIFY(!summary->chartsSideBySide());
    QVERIFY(enablers->y() > radar->y() + radar->height() - 1);
    QCOMPARE(summary->horizontalScrollBar()->maximum(), 0);
    summary->setFont(m_systemFont);
    QVERIFY(summary->chartsSideBySide());
    QCoreApplication::processEvents();
    QCOMPARE(enablers->y(), radar->y());
    QVERIFY(enablers->x() > radar->x() + radar->width() - 1);
    window.closeAssessment();
}

QTEST_MAIN(TestAccessibility)
void TestAccessibility::outlinesInHighContrast_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addRow("black on white") << false;
    QTest::addRow("white on black") << true;
}

// Under a high-contrast palette the empty controls of a form keep visible outlines, drawn in the text's
// colour: a radio button's circle, a check box's square, a text field's frame.
void TestAccessibility::outlinesInHighContrast()
{
    QFETCH(bool, dark);
    const QPalette palette = highContrast(dark);
    QApplication::setPalette(palette);
    QVERIFY(ContrastStyle::isHighContrast(palette));
    QVERIFY(!ContrastStyle::isHighContrast(m_systemPalette));
    QWidget form;
    auto *layout = new QVBoxLayout(&form);
    auto *radio = new QRadioButton(u"Partly"_s, &form);
    auto *check = new QCheckBox(u"Applies"_s, &form);
    auto *edit = new QLineEdit(&form);
    layout->addWidget(radio);
    layout->addWidget(check);
    layout->addWidget(edit);
    form.resize(300, 200);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));

    // The pixels of area in widget's drawing that stand out from the window: a contrast of at least 3:1,
    // what WCAG 2 asks of the parts of a control.
    const QColor window = palette.color(QPalette::Window);
    auto visible = [&window](QWidget *widget, const QRect &area) {
        const QImage image = widget->grab().toImage();
        int count = 0;
        for (int y = area.top(); y <= area.bottom() && y < image.height(); ++y) {
            for (int x = area.left(); x <= area.right() && x < image.width(); ++x) {
                if (ScoreChartView::contrast(image.pixelColor(x, y), window) >= 3)
                    ++count;
            }
        }
        return count;
    };
    auto indicator = [](QAbstractButton *button, QStyle::SubElement element) {
        QStyleOptionButton option;
        option.initFrom(button);
        return button->style()->subElementRect(element, &option, button);
    };
    const QRect circle = indicator(radio, QStyle::SE_RadioButtonIndicator);
    const QRect square = indicator(check, QStyle::SE_CheckBoxIndicator);
    QVERIFY(circle.width() >= 8 && square.width() >= 8);
    qInfo("visible pixels: radio %d of %dx%d, check box %d of %dx%d", visible(radio, circle), circle.width(),
          circle.height(), visible(check, square), square.width(), square.height());
    // A ring of about π × the indicator's width, a square of four sides: at least twice the width in all.
    QCOMPARE_GE(visible(radio, circle), 2 * circle.width());
    QCOMPARE_GE(visible(check, square), 2 * square.width());
    // The field's frame: its top and bottom rows, nearly all visible.
    QCOMPARE_GE(visible(edit, QRect(0, 0, edit->width(), 1)), edit->width() * 3 / 4);
    QCOMPARE_GE(visible(edit, QRect(0, edit->height() - 1, edit->width(), 1)), edit->width() * 3 / 4);
    QApplication::setPalette(m_systemPalette);
}

#include "tst_accessibility.moc"
