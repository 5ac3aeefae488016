#include "enablerchart.h"

#include "scoremodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iia {

namespace {

constexpr int kMin = -3;
constexpr int kMax = 3;
constexpr double kBarWidth = 0.8;
// Within a category the analyst's bar (the first set) is drawn below the suggestion's; their centres lie
// this far from the category's centre.
constexpr double kBarOffset = kBarWidth / 4;

void setValues(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() != values.size()) {
        set->remove(0, set->count());
        set->append(values);
        return;
    }
    for (int i = 0; i < values.size(); ++i) {
        if (set->at(i) != values[i])
            set->replace(i, values[i]);
    }
}

// "Data Confidentiality of Information, Devices, and Applications" → at most two lines of at most width
// pixels, the second one shortened with an ellipsis; as rich text, which axis labels are.
QString wrap(const QString &text, const QFontMetrics &metrics, int width)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString first;
    qsizetype used = 0;
    for (; used < words.size(); ++used) {
        const QString candidate = first.isEmpty() ? words[used] : first + QLatin1Char(' ') + words[used];
        if (!first.isEmpty() && metrics.horizontalAdvance(candidate) > width)
            break;
        first = candidate;
    }
    first = metrics.elidedText(first, Qt::ElideRight, width);
    const QString rest = words.mid(used).join(QLatin1Char(' '));
    if (rest.isEmpty())
        return first.toHtmlEscaped();
    return first.toHtmlEscaped() + QStringLiteral("<br>") +
           metrics.elidedText(rest, Qt::ElideRight, width).toHtmlEscaped();
}

} // namespace

EnablerChart::EnablerChart(QWidget *parent, const TextCatalog &catalog)
    : ScoreChartView(new QChart, catalog, parent)
{
    setObjectName(QStringLiteral("enablerChart"));
    setAccessibleName(tr("Enablers chart"));
    // Small enough for the charts panel to leave the window on the screen at a large font, large enough to
    // show every enabler's label at the size asked for.
    setSizeInLines(QSizeF(18, 18), QSizeF(34, 34));
    m_chart = chart();
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);

    m_analystSet = new QBarSet(drawn(QT_TR_NOOP("Analyst’s rating")), m_chart);
    m_analystSet->setObjectName(QStringLiteral("analystSet"));
    m_suggestedSet = new QBarSet(drawn(QT_TR_NOOP("Suggested")), m_chart);
    m_suggestedSet->setObjectName(QStringLiteral("suggestedSet"));
    m_series = new QHorizontalBarSeries(m_chart);
    m_series->setObjectName(QStringLiteral("enablerBars"));
    // The set appended first is drawn at the bottom of its category.
    m_series->append(m_analystSet);
    m_series->append(m_suggestedSet);
    m_series->setBarWidth(kBarWidth);
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    // In the middle of the bar: outside its end, the label of a negative bar would sit at 0, on the marks.
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    m_chart->addSeries(m_series);

    m_missing = new QScatterSeries(m_chart);
    m_missing->setObjectName(QStringLiteral("missingSeries"));
    m_missing->setName(drawn(QT_TR_NOOP("Not rated")));
    m_missing->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_missing->setMarkerSize(11);
    m_chart->addSeries(m_missing);

    m_zeros = new QScatterSeries(m_chart);
    m_zeros->setObjectName(QStringLiteral("zeroSeries"));
    m_zeros->setName(drawn(QT_TR_NOOP("Rated 0")));
    m_zeros->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_zeros->setMarkerSize(10);
    m_zeros->setPointLabelsVisible(true);
    m_zeros->setPointLabelsFormat(QStringLiteral("0"));
    m_zeros->setPointLabelsClipping(false);
    m_chart->addSeries(m_zeros);

    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setObjectName(QStringLiteral("valueAxis"));
    m_valueAxis->setRange(kMin, kMax);
    m_valueAxis->setTickCount(kMax - kMin + 1);
    m_valueAxis->setLabelFormat(QStringLiteral("%d"));
    // The scale's three marks, two on the first line and the third below, so that the title fits under a
    // narrow plot instead of ending in "…". Set in the chart's direction by mirror().
    const QStringList marks =
        drawn(QT_TR_NOOP("−3 strongly negative · 0 no impact · +3 strongly positive")).split(u" · "_s);
    m_scaleLines = marks.size() == 3 ? QStringList{marks.at(0) + u" · "_s + marks.at(1), marks.at(2)}
                                     : QStringList{marks.join(u" · "_s)};
    m_chart->addAxis(m_valueAxis, Qt::AlignBottom);

    m_categoryAxis = new QBarCategoryAxis(m_chart);
    m_categoryAxis->setObjectName(QStringLiteral("categoryAxis"));
    m_chart->addAxis(m_categoryAxis, Qt::AlignLeft);

    m_goalAxis = new QCategoryAxis(m_chart);
    m_goalAxis->setObjectName(QStringLiteral("goalAxis"));
    m_goalAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_chart->addAxis(m_goalAxis, Qt::AlignRight);

    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_series), static_cast<QAbstractSeries *>(m_missing),
          static_cast<QAbstractSeries *>(m_zeros)}) {
        series->attachAxis(m_valueAxis);
        series->attachAxis(m_categoryAxis);
        series->attachAxis(m_goalAxis);
    }
    for (QLegendMarker *marker : m_chart->legend()->markers(m_zeros))
        marker->setVisible(false);

    connect(m_analystSet, &QBarSet::hovered, this,
            [this](bool status, int bar) { hovered(status, barOf(bar)); });
    connect(m_suggestedSet, &QBarSet::hovered, this,
            [this](bool status, int bar) { hovered(status, barOf(bar)); });
    for (QScatterSeries *series : {m_missing, m_zeros}) {
        connect(series, &QXYSeries::hovered, this,
                [this](const QPointF &point, bool state) { hovered(state, barOf(qRound(point.y()))); });
    }

    applyPalette();
    applyDirection();
    rebuild();
}

void EnablerChart::mirror()
{
    const bool rtl = isRightToLeft();
    m_valueAxis->setReverse(rtl);
    // A paragraph of the chart's direction: an Arabic mark keeps its number (set left to right by the
    // translation) at its start, on the right.
    QStringList lines;
    for (const QString &line : std::as_const(m_scaleLines))
        lines.append(line.toHtmlEscaped());
    m_valueAxis->setTitleText(
        u"<p dir=\"%1\">%2</p>"_s.arg(rtl ? u"rtl"_s : u"ltr"_s, lines.join(u"<br>"_s)));
    const Qt::Alignment categorySide = rtl ? Qt::AlignRight : Qt::AlignLeft;
    if (m_categoryAxis->alignment() == categorySide)
        return;
    // An axis keeps the side it was added on: take the two vertical axes off and add them on the other
    // sides. Removing an axis detaches it from the series.
    const QList<QAbstractSeries *> series = m_chart->series();
    m_chart->removeAxis(m_categoryAxis);
    m_chart->removeAxis(m_goalAxis);
    m_chart->addAxis(m_categoryAxis, categorySide);
    m_chart->addAxis(m_goalAxis, rtl ? Qt::AlignLeft : Qt::AlignRight);
    for (QAbstractSeries *s : series) {
        s->attachAxis(m_categoryAxis);
        s->attachAxis(m_goalAxis);
    }
    applyPalette(); // a chart styles an axis it is given with its theme
}

void EnablerChart::styleSeries()
{
    const QColor analyst = analystColor();
    const QColor suggested = suggestedColor();
    m_analystSet->setColor(analyst);
    m_analystSet->setBorderColor(analyst);
    m_analystSet->setPen(QPen(analyst, 1));
    m_suggestedSet->setBrush(QBrush(suggested, Qt::BDiagPattern));
    m_suggestedSet->setPen(QPen(suggested, 1.5));
    QFont labelFont = font();
    labelFont.setBold(true);
    m_analystSet->setLabelColor(palette().color(QPalette::Base));
    m_suggestedSet->setLabelColor(textColor());
    m_analystSet->setLabelFont(labelFont);
    m_suggestedSet->setLabelFont(labelFont);

    m_missing->setColor(Qt::transparent);
    m_missing->setBorderColor(missingColor());
    m_missing->setPen(QPen(missingColor(), 1.5));
    m_zeros->setPen(QPen(palette().color(QPalette::Base), 1));
    m_zeros->setPointLabelsColor(textColor());
    m_zeros->setPointLabelsFont(labelFont);

    m_categoryAxis->setGridLineVisible(false);
    m_categoryAxis->setTruncateLabels(false); // wrapped and shortened to labelWidth() already
    m_goalAxis->setGridLineVisible(true);
    m_goalAxis->setGridLinePen(QPen(textColor(), 1, Qt::DashLine));
    m_goalAxis->setTruncateLabels(false);
    m_valueAxis->setGridLineVisible(true);
    QFont goalFont = font();
    goalFont.setItalic(true);
    m_goalAxis->setLabelsFont(goalFont);
    refresh(); // the zero marks take the colours of their sets
}

int EnablerChart::labelWidth() const
{
    const int padding = 2 * fontMetrics().averageCharWidth();
    return qMax(10 * fontMetrics().averageCharWidth(), width() / 5 - padding);
}

QString EnablerChart::categoryLabel(int row) const
{
    const QString code = cell(row, ScoreModel::CodeColumn).toString();
    const QString name = cell(row, ScoreModel::NameColumn).toString();
    return wrap(code + u' ' + name, fontMetrics(), labelWidth());
}

void EnablerChart::updateLabels()
{
    QStringList categories;
    for (int i = int(m_rows.size()) - 1; i >= 0; --i)
        categories.append(categoryLabel(m_rows[i]));
    if (categories != m_categoryAxis->categories())
        m_categoryAxis->setCategories(categories);

    QFont goalFont = font();
    goalFont.setItalic(true);
    const QFontMetrics goalMetrics(goalFont);
    QStringList goals;
    for (int row : std::as_const(m_goalRows)) {
        const QString goal = cell(row, ScoreModel::GoalColumn).toString();
        goals.append(goal.isEmpty() ? QStringLiteral(" ") : wrap(goal, goalMetrics, labelWidth()));
    }
    const QStringList old = m_goalAxis->categoriesLabels();
    if (old.size() == goals.size()) {
        for (int i = 0; i < goals.size(); ++i) {
            if (old[i] != goals[i])
                m_goalAxis->replaceLabel(old[i], goals[i]);
        }
        return;
    }
    for (const QString &label : old)
        m_goalAxis->remove(label);
    m_goalAxis->setStartValue(-0.5);
    for (int i = 0; i < goals.size(); ++i)
        m_goalAxis->append(goals[i], m_goalEnds[i]);
    m_goalAxis->setRange(-0.5, qMax(int(m_rows.size()), 1) - 0.5);
}

void EnablerChart::resizeEvent(QResizeEvent *event)
{
    ScoreChartView::resizeEvent(event);
    updateLabels();
}

QStringList EnablerChart::categories() const
{
    QStringList labels = m_categoryAxis->categories();
    std::reverse(labels.begin(), labels.end());
    return labels;
}

QStringList EnablerChart::goalLabels() const
{
    QStringList labels = m_goalAxis->categoriesLabels();
    std::reverse(labels.begin(), labels.end());
    return labels;
}

void EnablerChart::rebuild()
{
    m_rows = rowsOf(ItemKind::Enabler);
    const int n = int(m_rows.size());
    // The goals from the bottom up: one category of the goal axis per run of enablers of one goal.
    m_goalRows.clear();
    m_goalEnds.clear();
    for (int bar = 0; bar < n; ++bar) {
        const QString goal = cell(m_rows[barOf(bar)], ScoreModel::GoalColumn).toString();
        if (bar + 1 == n || cell(m_rows[barOf(bar + 1)], ScoreModel::GoalColumn).toString() != goal) {
            m_goalRows.append(m_rows[barOf(bar)]);
            m_goalEnds.append(bar + 0.5);
        }
    }
    const QStringList goals = m_goalAxis->categoriesLabels();
    for (const QString &label : goals)
        m_goalAxis->remove(label);
    refresh();
}

void EnablerChart::refresh()
{
    const int n = int(m_rows.size());
    updateLabels();

    QList<qreal> analyst(n);
    QList<qreal> suggested(n);
    QList<QPointF> missing;
    QList<QPointF> zeros;
    QList<QColor> zeroColors;
    QStringList description;
    for (int i = 0; i < n; ++i) {
        const int bar = barOf(i);
        const QVariant a = cell(m_rows[i], ScoreModel::AnalystColumn, ScoreModel::ValueRole);
        const QVariant s = cell(m_rows[i], ScoreModel::SuggestedColumn, ScoreModel::ValueRole);
        analyst[bar] = a.isValid() ? a.toInt() : 0;
        suggested[bar] = s.isValid() ? s.toInt() : 0;
        const QPointF analystAt(0, bar - kBarOffset);
        const QPointF suggestedAt(0, bar + kBarOffset);
        if (!a.isValid()) {
            missing.append(analystAt);
        } else if (a.toInt() == 0) {
            zeros.append(analystAt);
            zeroColors.append(analystColor());
        }
        if (!s.isValid()) {
            missing.append(suggestedAt);
        } else if (s.toInt() == 0) {
            zeros.append(suggestedAt);
            zeroColors.append(suggestedColor());
        }
        description.append(barToolTip(i).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    }
    setValues(m_analystSet, analyst);
    setValues(m_suggestedSet, suggested);
    if (m_missing->points() != missing)
        m_missing->replace(missing);
    if (m_zeros->points() != zeros)
        m_zeros->replace(zeros);
    for (int i = 0; i < zeros.size(); ++i) {
        const QHash<QXYSeries::PointConfiguration, QVariant> config{
            {QXYSeries::PointConfiguration::Color, zeroColors[i]}};
        if (m_zeros->pointConfiguration(i) != config)
            m_zeros->setPointConfiguration(i, config);
    }
    const QList<QLegendMarker *> markers = m_chart->legend()->markers(m_missing);
    for (QLegendMarker *marker : markers)
        marker->setVisible(!missing.isEmpty());
    setAccessibleDescription(description.join(QLatin1Char('\n')));
}

QString EnablerChart::barToolTip(int index) const
{
    if (index < 0 || index >= m_rows.size())
        return {};
    const int row = m_rows[index];
    return tr("%1 %2 (%3)\nAnalyst’s rating: %4\nSuggested: %5")
        .arg(cell(row, ScoreModel::CodeColumn).toString(), cell(row, ScoreModel::NameColumn).toString(),
             cell(row, ScoreModel::GoalColumn).toString(), cell(row, ScoreModel::AnalystColumn).toString(),
             cell(row, ScoreModel::SuggestedColumn).toString());
}

void EnablerChart::hovered(bool status, int index)
{
    if (status)
        QToolTip::showText(QCursor::pos(), barToolTip(index), this);
    else
        QToolTip::hideText();
}

} // namespace iia
