#include "charts/enablerchart.h"
#include "charts/radarchart.h"
#include "charts/scoremodel.h"
#include "charts/scoretableview.h"
#include "report/reportcharts.h"
#include "scorefixture.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QDir>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <numbers>

using namespace iia;
using namespace Qt::StringLiterals;

namespace {

// A dark palette like the dark colour schemes of the desktops.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, window);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, window);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
        p.setColor(group, QPalette::HighlightedText, base);
        p.setColor(group, QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9e));
        p.setColor(group, QPalette::ToolTipBase, window);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::Mid, QColor(0x44, 0x44, 0x48));
    }
    return p;
}

// The horizontal centre, in scene coordinates, of the legend entry that reads text; -1 when there is none.
qreal legendEntryX(QChart *chart, const QString &text)
{
    QList<QGraphicsItem *> items = chart->legend()->childItems();
    while (!items.isEmpty()) {
        QGraphicsItem *item = items.takeFirst();
        items += item->childItems();
        const auto *label = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (label && label->isVisible() && label->toPlainText() == text)
            return label->sceneBoundingRect().center().x();
    }
    return -1;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    const QImage img = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private:
    FrameworkPtr m_fw;
    Assessment m_assessment;
    QTemporaryDir m_dir;
    QString m_keepDir;

    Scorecard score(const Assessment &a) const { return ScoringEngine(m_fw).score(a); }
    QList<int> rowsOf(const ScoreModel &model, ItemKind kind) const
    {
        QList<int> rows;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.kindAt(r) == kind)
                rows.append(r);
        }
        return rows;
    }
    static int valueOr0(const ScoreModel &model, int row, int column)
    {
        const QVariant v = model.index(row, column).data(ScoreModel::ValueRole);
        return v.isValid() ? v.toInt() : 0;
    }
    void verifyRadar(const RadarChart &chart, const ScoreModel &model);
    void verifyEnablers(const EnablerChart &chart, const ScoreModel &model);
    void snapshot(QWidget *widget, const QString &name);

private Q_SLOTS:
    void initTestCase();
    void radarFollowsTheModel();
    void radarMarksMissingRatings();
    void radarToolTip();
    void enablersFollowTheModel();
    void enablerCategoriesAndGoals();
    void themeFollowsPalette();
    void hoverShowsToolTips();
    void modelGoesAway();
    void radarMirrors();
    void enablersMirror();
    void reportChartsMirrorForArabic();
    void chartsMadeInAnArabicWindow();
    void coloursContrast_data();
    void coloursContrast();
    void minimumSizeFollowsTheFont();
    void pictures_data();
    void pictures();
    void table();
};

void TestCharts::initTestCase()
{
    m_fw = scorefixture::builtIn();
    QVERIFY(m_fw);
    m_assessment = scorefixture::assessment(*m_fw);
    QVERIFY(m_dir.isValid());
    m_keepDir = u"/tmp/iia-charts"_s;
    QDir().mkpath(m_keepDir);
}

void TestCharts::verifyRadar(const RadarChart &chart, const ScoreModel &model)
{
    const QList<int> rows = rowsOf(model, ItemKind::Property);
    QCOMPARE(chart.itemCount(), rows.size());
    const auto *analyst = static_cast<QLineSeries *>(chart.chart()->series().at(0));
    const auto *suggested = static_cast<QLineSeries *>(chart.chart()->series().at(1));
    QCOMPARE(analyst, chart.analystSeries());
    QCOMPARE(suggested, chart.suggestedSeries());
    QCOMPARE(analyst->count(), rows.size() + 1);
    QCOMPARE(suggested->count(), rows.size() + 1);
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(analyst->at(i), QPointF(i, valueOr0(model, rows[i], ScoreModel::AnalystColumn)));
        QCOMPARE(suggested->at(i), QPointF(i, valueOr0(model, rows[i], ScoreModel::SuggestedColumn)));
    }
    // The last point closes the shape at 360°.
    QCOMPARE(analyst->at(rows.size()), QPointF(rows.size(), analyst->at(0).y()));
    QCOMPARE(suggested->at(rows.size()), QPointF(rows.size(), suggested->at(0).y()));
}

void TestCharts::radarFollowsTheModel()
{
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    RadarChart chart;
    QCOMPARE(chart.objectName(), u"radarChart"_s);
    QVERIFY(!chart.accessibleName().isEmpty());
    QCOMPARE(chart.itemCount(), 0);
    chart.setModel(&model);
    QCOMPARE(chart.chart()->series().size(), 3);
    QCOMPARE(chart.axisLabels(), (QStringList{u"CP1"_s, u"CP2"_s, u"CP3"_s, u"CP4"_s, u"CP5"_s}));
    verifyRadar(chart, model);
    QCOMPARE(chart.analystSeries()->at(0).y(), -3.0);
    QCOMPARE(chart.analystSeries()->at(1).y(), -1.0);
    QCOMPARE(chart.suggestedSeries()->at(1).y(), 2.0);
    QCOMPARE(chart.analystSeries()->at(4).y(), 2.0);
    QCOMPARE(chart.analystSeries()->pointLabelsFormat(), u"@yPoint"_s);
    QVERIFY(chart.analystSeries()->pointLabelsVisible());
    QCOMPARE(chart.analystSeries()->pen().style(), Qt::SolidLine);
    QCOMPARE(chart.suggestedSeries()->pen().style(), Qt::DashLine);
    QVERIFY(!chart.analystSeries()->lightMarker().isNull());
    QVERIFY(!chart.suggestedSeries()->lightMarker().isNull());
    QVERIFY(chart.analystSeries()->lightMarker() != chart.suggestedSeries()->lightMarker());

    // A change of answers and ratings moves the points in place: same chart, same series.
    QChart *before = chart.chart();
    QSignalSpy replaced(chart.analystSeries(), &QXYSeries::pointsReplaced);
    Assessment a = m_assessment;
    scorefixture::answer(a, u"cp3.q1"_s, AnswerValue::Yes);
    scorefixture::rate(a, u"cp1"_s, Impact::Yes, Direction::Positive, Strength::Strong);
    model.setScore(m_fw, score(a), u"en"_s);
    QCOMPARE(chart.chart(), before);
    QCOMPARE(chart.chart()->series().size(), 3);
    verifyRadar(chart, model);
    QCOMPARE(chart.analystSeries()->at(0).y(), 3.0);
    QCOMPARE(chart.analystSeries()->at(5).y(), 3.0);
    QCOMPARE(chart.suggestedSeries()->at(2).y(), -3.0);
    QCOMPARE(replaced.count(), 0); // point by point, not the whole list

    // A new framework object resets the model; the chart rebuilds from it.
    model.setScore(scorefixture::builtIn(), score(m_assessment), u"en"_s);
    verifyRadar(chart, model);
    model.clear();
    QCOMPARE(chart.itemCount(), 0);
    QCOMPARE(chart.analystSeries()->count(), 0);
}

void TestCharts::radarMarksMissingRatings()
{
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    RadarChart chart;
    chart.setModel(&model);
    // cp3 has neither rating, cp5 no suggestion: a hollow ring at 0 for each, with what is missing.
    const QScatterSeries *missing = chart.missingSeries();
    QCOMPARE(chart.chart()->series().at(2), missing);
    QCOMPARE(missing->points(), (QList<QPointF>{QPointF(2, 0), QPointF(4, 0)}));
    QCOMPARE(missing->pointConfiguration(0).value(QXYSeries::PointConfiguration::LabelFormat).toString(),
             u"not rated, no answers"_s);
    QCOMPARE(missing->pointConfiguration(1).value(QXYSeries::PointConfiguration::LabelFormat).toString(),
             u"no answers"_s);
    // …and the line's own marker and label are hidden there.
    auto visible = [](const QXYSeries *series, int i) {
        return series->pointConfiguration(i).value(QXYSeries::PointConfiguration::Visibility, true).toBool();
    };
    QVERIFY(visible(chart.analystSeries(), 0));
    QVERIFY(!visible(chart.analystSeries(), 2));
    QVERIFY(!visible(chart.suggestedSeries(), 2));
    QVERIFY(visible(chart.analystSeries(), 4));
    QVERIFY(!visible(chart.suggestedSeries(), 4));
    QVERIFY(!visible(chart.analystSeries(), 5)); // the closing point

    Assessment a = m_assessment;
    scorefixture::answer(a, u"cp3.q1"_s, AnswerValue::Yes);
    scorefixture::rate(a, u"cp3"_s, Impact::Yes, Direction::Negative, Strength::Strong);
    model.setScore(m_fw, score(a), u"en"_s);
    QCOMPARE(missing->points(), (QList<QPointF>{QPointF(4, 0)}));
    QVERIFY(visible(chart.analystSeries(), 2));
    QVERIFY(visible(chart.suggestedSeries(), 2));
}

void TestCharts::radarToolTip()
{
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    RadarChart chart;
    chart.setModel(&model);
    QCOMPARE(chart.pointToolTip(0), u"CP1 An Accessible Infrastructure with a Common Protocol\n"
                                    u"Analyst’s rating: Yes, strongly negative\n"
                                    u"Suggested: Yes, strongly negative"_s);
    QCOMPARE(chart.pointToolTip(2), u"CP3 Decentralized Management and a Single Distributed Routing System\n"
                                    u"Analyst’s rating: Not rated\nSuggested: No answers yet"_s);
    QCOMPARE(chart.pointToolTip(5), QString());
    QVERIFY(
        chart.accessibleDescription().contains(u"CP2 Open Architecture of Interoperable and Reusable "
                                               u"Building Blocks; Analyst’s rating: Yes, weakly negative; "
                                               u"Suggested: Yes, positive"_s));
}

void TestCharts::verifyEnablers(const EnablerChart &chart, const ScoreModel &model)
{
    const QList<int> rows = rowsOf(model, ItemKind::Enabler);
    QCOMPARE(chart.itemCount(), rows.size());
    QCOMPARE(chart.chart()->series().at(0), chart.barSeries());
    const QHorizontalBarSeries *bars = chart.barSeries();
    QCOMPARE(bars->count(), 2);
    QCOMPARE(bars->barSets().at(0), chart.analystSet());
    QCOMPARE(bars->barSets().at(1), chart.suggestedSet());
    QCOMPARE(chart.analystSet()->count(), rows.size());
    QCOMPARE(chart.suggestedSet()->count(), rows.size());
    // Bars count from the bottom; E1 is drawn at the top.
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(chart.barOf(i), rows.size() - 1 - i);
        QCOMPARE(chart.analystSet()->at(chart.barOf(i)), valueOr0(model, rows[i], ScoreModel::AnalystColumn));
        QCOMPARE(chart.suggestedSet()->at(chart.barOf(i)),
                 valueOr0(model, rows[i], ScoreModel::SuggestedColumn));
    }
}

void TestCharts::enablersFollowTheModel()
{
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    EnablerChart chart;
    QCOMPARE(chart.objectName(), u"enablerChart"_s);
    QVERIFY(!chart.accessibleName().isEmpty());
    chart.setModel(&model);
    verifyEnablers(chart, model);
    QCOMPARE(chart.analystSet()->at(9), 0.0);    // E1 not rated
    QCOMPARE(chart.suggestedSet()->at(9), -3.0); // E1 one serious harm
    QCOMPARE(chart.analystSet()->at(8), -2.0);   // E2
    QCOMPARE(chart.suggestedSet()->at(8), 0.0);  // E2 mixed
    QCOMPARE(chart.analystSet()->at(6), 3.0);    // E4
    QCOMPARE(chart.suggestedSet()->at(6), 1.0);
    QCOMPARE(chart.analystSet()->at(0), -3.0); // E10
    QVERIFY(chart.barSeries()->isLabelsVisible());
    QCOMPARE(chart.suggestedSet()->brush().style(), Qt::BDiagPattern);
    QCOMPARE(chart.analystSet()->brush().style(), Qt::SolidPattern);

    // Missing ratings: E1's analyst bar, and both bars of the six untouched enablers; a ring at 0 at the
    // height of the bar (the analyst's bar is the lower one).
    QCOMPARE(chart.missingSeries()->count(), 1 + 6 * 2);
    QCOMPARE(chart.missingSeries()->at(0), QPointF(0, 9 - 0.2));
    // The one rating of 0, E2's mixed suggestion, is marked and labelled "0" (the upper bar).
    QCOMPARE(chart.zeroSeries()->points(), (QList<QPointF>{QPointF(0, 8 + 0.2)}));
    QCOMPARE(chart.zeroSeries()->pointLabelsFormat(), u"0"_s);

    QChart *before = chart.chart();
    Assessment a = m_assessment;
    scorefixture::answer(a, u"capacity.q4"_s, AnswerValue::Yes);
    scorefixture::rate(a, u"access"_s, Impact::Yes, Direction::Negative, Strength::Moderate);
    model.setScore(m_fw, score(a), u"en"_s);
    QCOMPARE(chart.chart(), before);
    verifyEnablers(chart, model);
    QCOMPARE(chart.analystSet()->at(chart.barOf(0)), -2.0);
    QCOMPARE(chart.suggestedSet()->at(chart.barOf(4)), 2.0);
    QCOMPARE(chart.missingSeries()->count(), 6 * 2 - 1);
    QCOMPARE(chart.barToolTip(4), u"E5 Available Capacity (A Globally Connected Internet)\n"
                                  u"Analyst’s rating: Not rated\nSuggested: Yes, positive"_s);
}

void TestCharts::enablerCategoriesAndGoals()
{
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    EnablerChart chart;
    chart.resize(800, 600);
    chart.setModel(&model);
    QCOMPARE(chart.barSeries()->barSets().at(0)->count(), 10);
    QCOMPARE(chart.barSeries()->barSets().at(1)->count(), 10);
    const QStringList categories = chart.categories();
    QCOMPARE(categories.size(), 10);
    const auto *axis = chart.chart()->findChild<QBarCategoryAxis *>(u"categoryAxis"_s);
    QVERIFY(axis);
    QCOMPARE(axis->count(), 10);
    QCOMPARE(axis->at(9), categories.first()); // E1 at the top
    const QList<int> rows = rowsOf(model, ItemKind::Enabler);
    for (int i = 0; i < 10; ++i) {
        // "E1 Easy and Unrestricted<br>Access": the code and the name on at most two lines; long names
        // end in an ellipsis.
        const QString code = u"E%1"_s.arg(i + 1);
        const QString name = model.index(rows[i], ScoreModel::NameColumn).data().toString();
        QVERIFY2(categories[i].startsWith(code + u' '), qPrintable(categories[i]));
        QVERIFY2(categories[i].count(u"<br>"_s) <= 1, qPrintable(categories[i]));
        QString shown = categories[i].mid(code.size() + 1);
        shown.replace(u"<br>"_s, u" "_s);
        if (shown.endsWith(u'…'))
            QVERIFY2(name.startsWith(shown.chopped(1)), qPrintable(shown));
        else
            QCOMPARE(shown, name);
    }
    auto plain = [](QStringList labels) {
        for (QString &label : labels)
            label.replace(u"<br>"_s, u" "_s);
        return labels;
    };
    QCOMPARE(plain(categories).first(), u"E1 Easy and Unrestricted Access"_s);
    QCOMPARE(categories[4], u"E5 Available Capacity"_s);
    QCOMPARE(categories[9], u"E10 Privacy"_s);

    // Goals on the right, from the top, each over its enablers.
    QCOMPARE(plain(chart.goalLabels()),
             (QStringList{u"An Open Internet"_s, u"A Globally Connected Internet"_s, u"A Secure Internet"_s,
                          u"A Trustworthy Internet"_s}));
    auto *goalAxis = chart.chart()->findChild<QCategoryAxis *>(u"goalAxis"_s);
    QVERIFY(goalAxis);
    QCOMPARE(goalAxis->startValue(), -0.5);
    const QStringList fromBottom = goalAxis->categoriesLabels();
    QCOMPARE(fromBottom.size(), 4);
    QCOMPARE(goalAxis->endValue(fromBottom[0]), 1.5); // trustworthy: E10, E9
    QCOMPARE(goalAxis->endValue(fromBottom[1]), 4.5); // secure: E8, E7, E6
    QCOMPARE(goalAxis->endValue(fromBottom[2]), 6.5); // connected: E5, E4
    QCOMPARE(goalAxis->endValue(fromBottom[3]), 9.5); // open: E3, E2, E1

    // Narrower, the labels wrap sooner.
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.resize(520, 600);
    QTRY_VERIFY(chart.categories() != categories);
    QVERIFY(chart.categories().first().startsWith(u"E1 "_s));
}

void TestCharts::themeFollowsPalette()
{
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    RadarChart radar;
    EnablerChart enablers;
    radar.setModel(&model);
    enablers.setModel(&model);
    for (ScoreChartView *view :
         {static_cast<ScoreChartView *>(&radar), static_cast<ScoreChartView *>(&enablers)}) {
        view->setPalette(darkPalette());
        QVERIFY(view->isDarkPalette());
        QCOMPARE(view->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(view->chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
        QCOMPARE(view->chart()->legend()->labelColor(), darkPalette().color(QPalette::Text));
        view->setPalette(QApplication::palette());
        QCOMPARE(view->chart()->theme(), QChart::ChartThemeLight);
        QCOMPARE(view->chart()->legend()->labelColor(), QApplication::palette().color(QPalette::Text));
    }
    // The styles survive the theme: a theme resets pens and brushes.
    radar.setPalette(darkPalette());
    QCOMPARE(radar.suggestedSeries()->pen().style(), Qt::DashLine);
    QCOMPARE(enablers.suggestedSet()->brush().style(), Qt::BDiagPattern);
}

void TestCharts::hoverShowsToolTips()
{
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    RadarChart radar;
    radar.resize(560, 560);
    radar.setModel(&model);
    radar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&radar));

    Q_EMIT radar.analystSeries()->hovered(QPointF(1, -1), true);
    QTRY_COMPARE(QToolTip::text(), radar.pointToolTip(1));
    Q_EMIT radar.suggestedSeries()->hovered(QPointF(5, -3), true); // the closing point is CP1
    QTRY_COMPARE(QToolTip::text(), radar.pointToolTip(0));
    Q_EMIT radar.missingSeries()->hovered(QPointF(2, 0), true);
    QTRY_COMPARE(QToolTip::text(), radar.pointToolTip(2));
    Q_EMIT radar.missingSeries()->hovered(QPointF(2, 0), false);
    QTRY_VERIFY(!QToolTip::isVisible());

    // Over an axis label, just outside the circle, the property is named.
    const QRectF plot = radar.chart()->plotArea();
    const QPointF aboveCp2 =
        plot.center() + QPointF(std::sin(2 * std::numbers::pi / 5), -std::cos(2 * std::numbers::pi / 5)) *
                            (plot.width() / 2 + 12);
    const QPoint at = radar.mapFromScene(radar.chart()->mapToScene(aboveCp2));
    QTest::mouseMove(radar.viewport(), at);
    QTRY_COMPARE(QToolTip::text(), radar.pointToolTip(1));
    QTest::mouseMove(radar.viewport(), radar.mapFromScene(radar.chart()->mapToScene(plot.center())));
    QTRY_VERIFY(!QToolTip::isVisible());

    EnablerChart enablers;
    enablers.resize(760, 620);
    enablers.setModel(&model);
    enablers.show();
    QVERIFY(QTest::qWaitForWindowExposed(&enablers));
    Q_EMIT enablers.suggestedSet()->hovered(true, enablers.barOf(4));
    QTRY_COMPARE(QToolTip::text(), enablers.barToolTip(4));
    QCOMPARE(enablers.barToolTip(0), u"E1 Easy and Unrestricted Access (An Open Internet)\n"
                                     u"Analyst’s rating: Not rated\nSuggested: Yes, strongly negative"_s);
    Q_EMIT enablers.suggestedSet()->hovered(false, enablers.barOf(4));
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestCharts::modelGoesAway()
{
    auto *model = new ScoreModel;
    model->setScore(m_fw, score(m_assessment), u"en"_s);
    RadarChart radar;
    EnablerChart enablers;
    radar.setModel(model);
    enablers.setModel(model);
    QCOMPARE(radar.model(), model);
    QCOMPARE(radar.itemCount(), 5);
    QCOMPARE(enablers.itemCount(), 10);
    delete model;
    QCOMPARE(radar.model(), nullptr);
    QCOMPARE(radar.itemCount(), 0);
    QCOMPARE(radar.analystSeries()->count(), 0);
    QCOMPARE(enablers.itemCount(), 0);
    QCOMPARE(enablers.analystSet()->count(), 0);
    QVERIFY(enablers.categories().isEmpty());
}

// In a right-to-left layout the radar runs counter-clockwise from CP1 at the top, and the legend starts on
// the right.
void TestCharts::radarMirrors()
{
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    RadarChart radar;
    radar.resize(560, 560);
    radar.setModel(&model);
    QVERIFY(!radar.isRightToLeft());
    QCOMPARE(radar.positionOf(1), 1.0);
    radar.setLayoutDirection(Qt::RightToLeft);

    QVERIFY(radar.isRightToLeft());
    QCOMPARE(radar.chart()->layoutDirection(), Qt::RightToLeft);
    QVERIFY(radar.chart()->legend()->reverseMarkers());
    const QList<int> rows = rowsOf(model, ItemKind::Property);
    QCOMPARE(radar.itemCount(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(radar.positionOf(i), double(5 - i));
        QCOMPARE(radar.analystSeries()->at(i),
                 QPointF(5 - i, valueOr0(model, rows[i], ScoreModel::AnalystColumn)));
        QCOMPARE(radar.suggestedSeries()->at(i),
                 QPointF(5 - i, valueOr0(model, rows[i], ScoreModel::SuggestedColumn)));
    }
    // The shape closes at the axis' start, where CP1 is drawn too.
    QCOMPARE(radar.analystSeries()->at(5), QPointF(0, radar.analystSeries()->at(0).y()));
    QCOMPARE(radar.missingSeries()->points(), (QList<QPointF>{QPointF(3, 0), QPointF(1, 0)})); // cp3, cp5
    auto *angular = radar.chart()->findChild<QCategoryAxis *>(u"angularAxis"_s);
    QVERIFY(angular);
    QCOMPARE(angular->categoriesLabels(), (QStringList{u"CP5"_s, u"CP4"_s, u"CP3"_s, u"CP2"_s, u"CP1"_s}));
    QCOMPARE(angular->endValue(u"CP2"_s), 4.0);

    radar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&radar));
    QCoreApplication::processEvents();
    const QRectF plot = radar.chart()->plotArea();
    auto at = [&](int index) {
        return radar.chart()->mapToPosition(QPointF(radar.positionOf(index), 0), radar.analystSeries());
    };
    QVERIFY2(at(1).x() < plot.center().x() - plot.width() / 4, "CP2 is drawn on the left");
    QVERIFY2(at(4).x() > plot.center().x() + plot.width() / 4, "CP5 is drawn on the right");
    QVERIFY(std::abs(at(0).x() - plot.center().x()) < 1);
    QVERIFY(at(0).y() < plot.center().y());
    const qreal analystEntry = legendEntryX(radar.chart(), radar.analystSeries()->name());
    const qreal suggestedEntry = legendEntryX(radar.chart(), radar.suggestedSeries()->name());
    QVERIFY(analystEntry > 0 && suggestedEntry > 0);
    QVERIFY2(analystEntry > suggestedEntry, "the first series' legend entry is on the right");

    // Hovering a point or the label of a spoke names the property drawn there.
    Q_EMIT radar.analystSeries()->hovered(QPointF(4, -1), true);
    QTRY_COMPARE(QToolTip::text(), radar.pointToolTip(1));
    Q_EMIT radar.suggestedSeries()->hovered(QPointF(0, -3), true); // the closing point is CP1
    QTRY_COMPARE(QToolTip::text(), radar.pointToolTip(0));
    Q_EMIT radar.suggestedSeries()->hovered(QPointF(0, -3), false);
    QTRY_VERIFY(!QToolTip::isVisible());
    const QPointF aboveCp2 =
        plot.center() + QPointF(-std::sin(2 * std::numbers::pi / 5), -std::cos(2 * std::numbers::pi / 5)) *
                            (plot.width() / 2 + 12);
    QTest::mouseMove(radar.viewport(), radar.mapFromScene(radar.chart()->mapToScene(aboveCp2)));
    QTRY_COMPARE(QToolTip::text(), radar.pointToolTip(1));
    QTest::mouseMove(radar.viewport(), radar.mapFromScene(radar.chart()->mapToScene(plot.center())));
    QTRY_VERIFY(!QToolTip::isVisible());

    // And back.
    radar.setLayoutDirection(Qt::LeftToRight);
    QVERIFY(!radar.chart()->legend()->reverseMarkers());
    QCOMPARE(angular->categoriesLabels(), (QStringList{u"CP2"_s, u"CP3"_s, u"CP4"_s, u"CP5"_s, u"CP1"_s}));
    verifyRadar(radar, model);
}

// In a right-to-left layout the enablers are named on the right, the goals on the left, the scale runs
// from +3 on the left to −3 on the right, and the legend starts on the right.
void TestCharts::enablersMirror()
{
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    EnablerChart enablers;
    enablers.resize(760, 620);
    enablers.setModel(&model);
    auto axis = [&](const QString &name) {
        return enablers.chart()->findChild<QAbstractAxis *>(name);
    };
    QAbstractAxis *categories = axis(u"categoryAxis"_s);
    QAbstractAxis *goals = axis(u"goalAxis"_s);
    QAbstractAxis *values = axis(u"valueAxis"_s);
    QVERIFY(categories && goals && values);
    QCOMPARE(categories->alignment(), Qt::AlignLeft);
    QCOMPARE(goals->alignment(), Qt::AlignRight);
    QVERIFY(!values->isReverse());
    const QStringList labels = enablers.categories();

    enablers.setLayoutDirection(Qt::RightToLeft);
    QCOMPARE(enablers.chart()->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(categories->alignment(), Qt::AlignRight);
    QCOMPARE(goals->alignment(), Qt::AlignLeft);
    QCOMPARE(values->alignment(), Qt::AlignBottom);
    QVERIFY(values->isReverse());
    QVERIFY(enablers.chart()->legend()->reverseMarkers());
    QCOMPARE(enablers.chart()->axes().size(), 3);
    for (QAbstractSeries *series : enablers.chart()->series())
        QCOMPARE(series->attachedAxes().size(), 3);
    QCOMPARE(enablers.categories(), labels);
    QCOMPARE(enablers.goalLabels().size(), 4);
    verifyEnablers(enablers, model);
    // The axes keep the palette's colours.
    QCOMPARE(categories->labelsColor(), enablers.textColor());
    QCOMPARE(goals->gridLinePen().color(), enablers.textColor());

    enablers.show();
    QVERIFY(QTest::qWaitForWindowExposed(&enablers));
    QCoreApplication::processEvents();
    const QPointF plus = enablers.chart()->mapToPosition(QPointF(3, 5), enablers.barSeries());
    const QPointF minus = enablers.chart()->mapToPosition(QPointF(-3, 5), enablers.barSeries());
    const QRectF plot = enablers.chart()->plotArea();
    QCOMPARE(plus.x(), plot.left());
    QCOMPARE(minus.x(), plot.right());
    const qreal analystEntry = legendEntryX(enablers.chart(), enablers.analystSet()->label());
    const qreal suggestedEntry = legendEntryX(enablers.chart(), enablers.suggestedSet()->label());
    QVERIFY(analystEntry > 0 && suggestedEntry > 0);
    QVERIFY2(analystEntry > suggestedEntry, "the first set's legend entry is on the right");
    Q_EMIT enablers.suggestedSet()->hovered(true, enablers.barOf(4));
    QTRY_COMPARE(QToolTip::text(), enablers.barToolTip(4));
    Q_EMIT enablers.suggestedSet()->hovered(false, enablers.barOf(4));

    enablers.setLayoutDirection(Qt::LeftToRight);
    QCOMPARE(categories->alignment(), Qt::AlignLeft);
    QCOMPARE(goals->alignment(), Qt::AlignRight);
    QVERIFY(!values->isReverse());
    QVERIFY(!enablers.chart()->legend()->reverseMarkers());
    QCoreApplication::processEvents();
    QCOMPARE(enablers.chart()->mapToPosition(QPointF(-3, 5), enablers.barSeries()).x(),
             enablers.chart()->plotArea().left());
    verifyEnablers(enablers, model);
}

// The brief's charts follow the brief's language, whatever the interface's: mirrored in Arabic.
void TestCharts::reportChartsMirrorForArabic()
{
    const Scorecard card = score(m_assessment);
    // Where each spoke's label is drawn, read from the SVG the brief embeds: a text inside a group that moves
    // it, <g … transform="matrix(1,0,0,1,dx,dy)"><text … x="x">CP2</text>.
    auto labelX = [](const QByteArray &svg, const QString &text) {
        static const QRegularExpression textElement(
            uR"re(transform="matrix\(([-0-9.]+),[-0-9.]+,[-0-9.]+,[-0-9.]+,([-0-9.]+),[-0-9.]+\)"[^>]*>\s*<text[^>]*\bx="([-0-9.]+)"[^>]*>\s*([^<]*?)\s*</text>)re"_s);
        double x = -1;
        for (auto it = textElement.globalMatch(QString::fromUtf8(svg)); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.captured(4) == text)
                x = m.captured(1).toDouble() * m.captured(3).toDouble() + m.captured(2).toDouble();
        }
        return x;
    };
    for (const QString &language : {u"en"_s, u"ar"_s}) {
        const auto charts = ReportCharts::make(m_fw, card, language);
        QVERIFY(charts);
        const QByteArray radar = charts->svg(report::ChartKind::Properties, u"radar"_s);
        const double cp2 = labelX(radar, u"CP2"_s);
        const double cp5 = labelX(radar, u"CP5"_s);
        QVERIFY2(cp2 >= 0 && cp5 >= 0, radar.left(2000).constData());
        if (language == u"ar")
            QVERIFY2(cp2 < cp5, "CP2 on the left in Arabic");
        else
            QVERIFY2(cp2 > cp5, "CP2 on the right in English");
    }
}

// A chart made while the interface is in Arabic (the application right to left) is mirrored from the start.
void TestCharts::chartsMadeInAnArabicWindow()
{
    QApplication::setLayoutDirection(Qt::RightToLeft);
    const auto restore = qScopeGuard([] { QApplication::setLayoutDirection(Qt::LeftToRight); });
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"ar"_s);
    EnablerChart enablers;
    enablers.setModel(&model);
    RadarChart radar;
    radar.setModel(&model);
    QVERIFY(enablers.isRightToLeft());
    QCOMPARE(enablers.chart()->findChild<QAbstractAxis *>(u"categoryAxis"_s)->alignment(), Qt::AlignRight);
    QCOMPARE(enablers.chart()->findChild<QAbstractAxis *>(u"goalAxis"_s)->alignment(), Qt::AlignLeft);
    QVERIFY(enablers.chart()->findChild<QAbstractAxis *>(u"valueAxis"_s)->isReverse());
    QVERIFY(enablers.chart()->legend()->reverseMarkers());
    verifyEnablers(enablers, model);
    QVERIFY(radar.isRightToLeft());
    QCOMPARE(radar.analystSeries()->at(1).x(), 4.0); // CP2, left of CP1
    QVERIFY(radar.chart()->legend()->reverseMarkers());

    // Switching the interface back to a left-to-right language mirrors them back.
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QCOMPARE(enablers.chart()->findChild<QAbstractAxis *>(u"categoryAxis"_s)->alignment(), Qt::AlignLeft);
    QVERIFY(!enablers.chart()->findChild<QAbstractAxis *>(u"valueAxis"_s)->isReverse());
    QCOMPARE(radar.analystSeries()->at(1).x(), 1.0);
}

void TestCharts::coloursContrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addRow("system") << QApplication::palette();
    QTest::addRow("dark") << darkPalette();
    QPalette yellow = darkPalette();
    yellow.setColor(QPalette::Highlight, QColor(0xff, 0xd7, 0x00));
    QTest::addRow("dark, yellow highlight") << yellow;
    QPalette white;
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        white.setColor(group, QPalette::Window, Qt::white);
        white.setColor(group, QPalette::Base, Qt::white);
        white.setColor(group, QPalette::Text, Qt::black);
        white.setColor(group, QPalette::WindowText, Qt::black);
        white.setColor(group, QPalette::Highlight, QColor(0xff, 0xd7, 0x00)); // a light highlight
    }
    QTest::addRow("white, yellow highlight") << white;
}

// The two rating colours come from the palette's highlight, but are darkened or lightened until values
// written in them can be read on the chart's background (WCAG AA: 4.5:1).
void TestCharts::coloursContrast()
{
    QFETCH(QPalette, palette);
    EnablerChart enablers;
    enablers.setPalette(palette);
    const QColor base = palette.color(QPalette::Base);
    QCOMPARE(enablers.chart()->backgroundBrush().color(), base);
    for (const QColor &colour : {enablers.analystColor(), enablers.suggestedColor()}) {
        QVERIFY2(ScoreChartView::contrast(colour, base) >= ScoreChartView::kMinimumContrast,
                 qPrintable(u"%1 on %2: %3"_s.arg(colour.name(), base.name())
                                .arg(ScoreChartView::contrast(colour, base))));
    }
    // The hue stays the highlight's (or its opposite), when it has one.
    const int hue = palette.color(QPalette::Highlight).hslHue();
    QCOMPARE(enablers.analystColor().hslHue(), hue);
    QCOMPARE(enablers.suggestedColor().hslHue(), (hue + 180) % 360);
    QCOMPARE(enablers.analystSet()->color(), enablers.analystColor());
    QCOMPARE(enablers.analystSet()->labelColor(), base);
    QCOMPARE(enablers.suggestedSet()->labelColor(), palette.color(QPalette::Text));
    QCOMPARE(ScoreChartView::contrast(Qt::black, Qt::white), 21.0);
    QCOMPARE(ScoreChartView::contrast(Qt::white, Qt::white), 1.0);
}

// The charts' smallest and preferred sizes are counted in lines of their font.
void TestCharts::minimumSizeFollowsTheFont()
{
    RadarChart radar;
    const int line = radar.fontMetrics().height();
    QCOMPARE(radar.minimumSizeHint(), QSize(16 * line, 16 * line));
    QCOMPARE(radar.sizeHint(), QSize(24 * line, 24 * line));
    EnablerChart enablers;
    QCOMPARE(enablers.minimumSizeHint(), QSize(18 * line, 18 * line));
    QCOMPARE(enablers.sizeHint(), QSize(34 * line, 34 * line));

    QFont large = radar.font();
    large.setPointSizeF(large.pointSizeF() * 2);
    radar.setFont(large);
    const int largeLine = QFontMetrics(large).height();
    QVERIFY(largeLine > line * 3 / 2);
    QCOMPARE(radar.minimumSizeHint(), QSize(16 * largeLine, 16 * largeLine));
    QCOMPARE(radar.sizeHint(), QSize(24 * largeLine, 24 * largeLine));
    radar.setSizeInLines(QSizeF(10, 12), QSizeF(8, 20)); // the preferred size is at least the smallest
    QCOMPARE(radar.minimumSizeHint(), QSize(10 * largeLine, 12 * largeLine));
    QCOMPARE(radar.sizeHint(), QSize(10 * largeLine, 20 * largeLine));
}

void TestCharts::snapshot(QWidget *widget, const QString &name)
{
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    const QImage image = pixmap.toImage();
    QVERIFY(!image.isNull());
    const QString file = m_dir.filePath(name + u".png"_s);
    QVERIFY(image.save(file));
    QVERIFY(image.save(m_keepDir + u'/' + name + u".png"_s));
    const QImage reread(file);
    QCOMPARE(reread.size(), image.size());
    const int colours = distinctColours(reread);
    QVERIFY2(colours > 50, qPrintable(u"%1: only %2 colours"_s.arg(name).arg(colours)));
}

void TestCharts::pictures_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("rightToLeft");
    QTest::addColumn<QString>("language");
    QTest::addRow("light") << false << false << u"en"_s;
    QTest::addRow("dark") << true << false << u"en"_s;
    QTest::addRow("rtl") << false << true << u"en"_s;
    QTest::addRow("arabic") << false << true << u"ar"_s;
}

void TestCharts::pictures()
{
    QFETCH(bool, dark);
    QFETCH(bool, rightToLeft);
    QFETCH(QString, language);
    const QString suffix = QString::fromLatin1(QTest::currentDataTag());
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), language);

    RadarChart radar;
    radar.chart()->setTitle(u"Critical properties"_s);
    radar.resize(560, 560);
    EnablerChart enablers;
    enablers.chart()->setTitle(u"Enablers"_s);
    enablers.resize(760, 620);
    for (QWidget *w : {static_cast<QWidget *>(&radar), static_cast<QWidget *>(&enablers)}) {
        if (dark)
            w->setPalette(darkPalette());
        if (rightToLeft)
            w->setLayoutDirection(Qt::RightToLeft);
    }
    radar.setModel(&model);
    enablers.setModel(&model);
    snapshot(&radar, u"radar-"_s + suffix);
    snapshot(&enablers, u"enablers-"_s + suffix);
}

void TestCharts::table()
{
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    ScoreTableView view;
    QCOMPARE(view.objectName(), u"scoreTable"_s);
    QCOMPARE(view.accessibleName(), u"Scores"_s);
    view.setModel(&model);
    QCOMPARE(view.model(), &model);
    QVERIFY(!view.isSortingEnabled());
    QCOMPARE(view.horizontalHeader()->sectionResizeMode(ScoreModel::NameColumn), QHeaderView::Stretch);
    view.resize(1100, 520);
    snapshot(&view, u"table"_s);
    // Rows stay in framework order.
    QCOMPARE(view.model()->index(0, ScoreModel::CodeColumn).data().toString(), u"CP1"_s);
    QCOMPARE(view.visualRect(model.index(0, 0)).top() < view.visualRect(model.index(14, 0)).top(), true);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
