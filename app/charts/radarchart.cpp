#include "radarchart.h"

#include "scoremodel.h"

#include <QCategoryAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPolarChart>
#include <QScatterSeries>
#include <QToolTip>

#include <cmath>
#include <numbers>

namespace iia {

namespace {

constexpr int kMin = -3;
constexpr int kMax = 3;
// The centre lies a little below −3, so that "strongly negative" ratings stay apart on the innermost ring
// instead of all meeting in one point.
constexpr double kCentre = -3.5;
constexpr int kMarkerSize = 11;

using Config = QHash<QXYSeries::PointConfiguration, QVariant>;

// Sets the configuration of point index only when it differs, so that an update that changes nothing
// repaints nothing.
void configurePoint(QXYSeries *series, int index, const Config &config)
{
    if (series->pointConfiguration(index) == config)
        return;
    if (config.isEmpty())
        series->clearPointConfiguration(index);
    else
        series->setPointConfiguration(index, config);
}

void setPoints(QXYSeries *series, const QList<QPointF> &points)
{
    if (series->count() != points.size()) {
        series->replace(points);
        return;
    }
    for (int i = 0; i < points.size(); ++i) {
        if (series->at(i) != points[i])
            series->replace(i, points[i]);
    }
}

} // namespace

RadarChart::RadarChart(QWidget *parent, const TextCatalog &catalog)
    : ScoreChartView(new QPolarChart, catalog, parent)
{
    setObjectName(QStringLiteral("radarChart"));
    setAccessibleName(tr("Critical properties chart"));
    // Small enough for the charts panel to leave the window on the screen at a large font, large enough to
    // read at the size asked for.
    setSizeInLines(QSizeF(16, 16), QSizeF(24, 24));
    m_chart = static_cast<QPolarChart *>(chart());

    m_analyst = new QLineSeries(m_chart);
    m_analyst->setObjectName(QStringLiteral("analystSeries"));
    m_analyst->setName(drawn(QT_TR_NOOP("Analyst’s rating")));
    m_suggested = new QLineSeries(m_chart);
    m_suggested->setObjectName(QStringLiteral("suggestedSeries"));
    m_suggested->setName(drawn(QT_TR_NOOP("Suggested")));
    m_missing = new QScatterSeries(m_chart);
    m_missing->setObjectName(QStringLiteral("missingSeries"));
    m_missing->setName(drawn(QT_TR_NOOP("Not rated")));
    m_chart->addSeries(m_analyst);
    m_chart->addSeries(m_suggested);
    m_chart->addSeries(m_missing);

    m_angular = new QCategoryAxis(m_chart);
    m_angular->setObjectName(QStringLiteral("angularAxis"));
    m_angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_chart->addAxis(m_angular, QPolarChart::PolarOrientationAngular);

    // A ring and a label for each value −3…+3, none at the centre.
    m_radial = new QCategoryAxis(m_chart);
    m_radial->setObjectName(QStringLiteral("radialAxis"));
    m_radial->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_radial->setStartValue(kCentre);
    const QLocale locale = drawnLocale();
    for (int v = kMin; v <= kMax; ++v)
        m_radial->append(v > 0 ? locale.positiveSign() + locale.toString(v) : locale.toString(v), v);
    m_radial->setRange(kCentre, kMax);
    m_chart->addAxis(m_radial, QPolarChart::PolarOrientationRadial);

    // A second radial axis without labels draws the "no impact" circle at 0 more strongly.
    m_zeroRing = new QCategoryAxis(m_chart);
    m_zeroRing->setObjectName(QStringLiteral("zeroRing"));
    m_zeroRing->setStartValue(kCentre);
    m_zeroRing->append(QStringLiteral("-"), 0);
    m_zeroRing->setRange(kCentre, kMax);
    m_chart->addAxis(m_zeroRing, QPolarChart::PolarOrientationRadial);

    for (QXYSeries *series : {static_cast<QXYSeries *>(m_analyst), static_cast<QXYSeries *>(m_suggested),
                              static_cast<QXYSeries *>(m_missing)}) {
        series->attachAxis(m_angular);
        series->attachAxis(m_radial);
        series->setPointLabelsVisible(true);
        series->setPointLabelsClipping(false);
        connect(series, &QXYSeries::hovered, this, &RadarChart::hovered);
    }
    m_analyst->setPointLabelsFormat(QStringLiteral("@yPoint"));
    m_suggested->setPointLabelsFormat(QStringLiteral("@yPoint"));
    m_missing->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_missing->setMarkerSize(18);
    m_analyst->setMarkerSize(kMarkerSize);
    m_suggested->setMarkerSize(kMarkerSize);

    applyPalette();
    applyDirection();
}

QImage RadarChart::markerImage(bool square, const QColor &color) const
{
    const qreal dpr = devicePixelRatioF();
    const int size = kMarkerSize;
    QImage image(QSize(size, size) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette().color(QPalette::Base), 1.5));
    p.setBrush(color);
    const QRectF r(1, 1, size - 2, size - 2);
    if (square)
        p.drawRect(r);
    else
        p.drawEllipse(r);
    return image;
}

void RadarChart::styleSeries()
{
    QPen analystPen(analystColor(), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    m_analyst->setPen(analystPen);
    m_analyst->setLightMarker(markerImage(false, analystColor()));
    m_analyst->setPointLabelsColor(analystColor());

    QPen suggestedPen(suggestedColor(), 2.5, Qt::DashLine, Qt::FlatCap, Qt::MiterJoin);
    m_suggested->setPen(suggestedPen);
    m_suggested->setLightMarker(markerImage(true, suggestedColor()));
    m_suggested->setPointLabelsColor(suggestedColor());

    QFont labelFont = font();
    labelFont.setBold(true);
    m_analyst->setPointLabelsFont(labelFont);
    m_suggested->setPointLabelsFont(labelFont);
    m_missing->setPointLabelsFont(font());

    m_missing->setPen(QPen(missingColor(), 2, Qt::DotLine));
    m_missing->setColor(Qt::transparent);
    m_missing->setBorderColor(missingColor());
    m_missing->setPointLabelsColor(missingColor());

    m_radial->setLabelsColor(missingColor());
    QFont smallFont = font();
    if (smallFont.pointSizeF() > 0)
        smallFont.setPointSizeF(smallFont.pointSizeF() * 0.85);
    m_radial->setLabelsFont(smallFont);
    QPen zeroPen(textColor(), 1.5);
    m_zeroRing->setGridLinePen(zeroPen);
    m_zeroRing->setLabelsVisible(false);
    m_zeroRing->setLineVisible(false);
    m_zeroRing->setShadesVisible(false);
    m_angular->setLabelsFont(labelFont);
}

QStringList RadarChart::axisLabels() const
{
    return m_codes;
}

double RadarChart::positionOf(int index) const
{
    if (!isRightToLeft())
        return index;
    return double(m_rows.size() - index);
}

int RadarChart::indexAt(double position) const
{
    const int n = int(m_rows.size());
    if (n == 0)
        return -1;
    const int at = int(std::lround(position));
    return ((isRightToLeft() ? n - at : at) % n + n) % n;
}

void RadarChart::mirror()
{
    rebuild();
}

void RadarChart::rebuild()
{
    m_rows = rowsOf(ItemKind::Property);
    m_codes.clear();
    const QStringList old = m_angular->categoriesLabels();
    for (const QString &label : old)
        m_angular->remove(label);
    const int n = int(m_rows.size());
    for (int row : std::as_const(m_rows))
        m_codes.append(cell(row, ScoreModel::CodeColumn).toString());
    // The first property sits at the top: its label goes on the axis' end value, which is drawn at 0°. The
    // labels are appended in the order of their positions, as the axis requires.
    m_angular->setStartValue(0);
    m_angular->setRange(0, qMax(n, 1));
    for (int at = 1; at < n; ++at)
        m_angular->append(m_codes[indexAt(at)], at);
    if (n > 0)
        m_angular->append(m_codes[0], n);
    refresh();
}

void RadarChart::refresh()
{
    const int n = int(m_rows.size());
    for (int i = 0; i < n; ++i) {
        const QString code = cell(m_rows[i], ScoreModel::CodeColumn).toString();
        if (code != m_codes[i]) {
            m_angular->replaceLabel(m_codes[i], code);
            m_codes[i] = code;
        }
    }

    QList<QPointF> analyst;
    QList<QPointF> suggested;
    QList<QPointF> missing;
    QList<QString> missingLabels;
    QList<bool> analystMissing;
    QList<bool> suggestedMissing;
    QStringList description;
    for (int i = 0; i < n; ++i) {
        const QVariant a = cell(m_rows[i], ScoreModel::AnalystColumn, ScoreModel::ValueRole);
        const QVariant s = cell(m_rows[i], ScoreModel::SuggestedColumn, ScoreModel::ValueRole);
        analyst.append(QPointF(positionOf(i), a.isValid() ? a.toInt() : 0));
        suggested.append(QPointF(positionOf(i), s.isValid() ? s.toInt() : 0));
        analystMissing.append(!a.isValid());
        suggestedMissing.append(!s.isValid());
        if (!a.isValid() || !s.isValid()) {
            missing.append(QPointF(positionOf(i), 0));
            missingLabels.append(!a.isValid() && !s.isValid() ? drawn(QT_TR_NOOP("not rated, no answers"))
                                 : !a.isValid()               ? drawn(QT_TR_NOOP("not rated"))
                                                              : drawn(QT_TR_NOOP("no answers")));
        }
        description.append(pointToolTip(i).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    }
    if (n > 0) {
        // Close the shape: the last point repeats the first one at the other end of the axis.
        const double closing = isRightToLeft() ? 0 : n;
        analyst.append(QPointF(closing, analyst.first().y()));
        suggested.append(QPointF(closing, suggested.first().y()));
    }
    setPoints(m_analyst, analyst);
    setPoints(m_suggested, suggested);
    setPoints(m_missing, missing);

    const Config hidden{{QXYSeries::PointConfiguration::Visibility, false},
                        {QXYSeries::PointConfiguration::LabelVisibility, false}};
    for (int i = 0; i <= n && n > 0; ++i) {
        const bool closing = i == n;
        configurePoint(m_analyst, i, closing || analystMissing[i] ? hidden : Config());
        configurePoint(m_suggested, i, closing || suggestedMissing[i] ? hidden : Config());
    }
    for (int i = 0; i < missing.size(); ++i)
        configurePoint(m_missing, i, {{QXYSeries::PointConfiguration::LabelFormat, missingLabels[i]}});

    const QList<QLegendMarker *> markers = m_chart->legend()->markers(m_missing);
    for (QLegendMarker *marker : markers)
        marker->setVisible(!missing.isEmpty());
    setAccessibleDescription(description.join(QLatin1Char('\n')));
}

QString RadarChart::pointToolTip(int index) const
{
    if (index < 0 || index >= m_rows.size())
        return {};
    const int row = m_rows[index];
    return tr("%1 %2\nAnalyst’s rating: %3\nSuggested: %4")
        .arg(cell(row, ScoreModel::CodeColumn).toString(), cell(row, ScoreModel::NameColumn).toString(),
             cell(row, ScoreModel::AnalystColumn).toString(),
             cell(row, ScoreModel::SuggestedColumn).toString());
}

void RadarChart::hovered(const QPointF &point, bool state)
{
    m_pointHovered = state;
    if (!state || m_rows.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), pointToolTip(indexAt(point.x())), this);
}

// The index of the property whose spoke is nearest to viewPos; *onLabels tells whether viewPos lies in the
// ring of the axis labels, just outside the plot area.
int RadarChart::indexAtAngle(const QPointF &viewPos, bool *onLabels) const
{
    const int n = int(m_rows.size());
    if (n == 0)
        return -1;
    const QRectF plot = m_chart->plotArea();
    const QPointF scenePos = mapToScene(viewPos.toPoint());
    const QPointF chartPos = m_chart->mapFromScene(scenePos);
    const QPointF d = chartPos - plot.center();
    const double radius = plot.width() / 2;
    const double distance = std::hypot(d.x(), d.y());
    *onLabels = distance > radius && distance < radius + 3 * fontMetrics().height();
    // Angles clockwise from the top, as the polar chart draws its axis.
    double angle = std::atan2(d.x(), -d.y());
    if (angle < 0)
        angle += 2 * std::numbers::pi;
    return indexAt(angle / (2 * std::numbers::pi) * n);
}

void RadarChart::mouseMoveEvent(QMouseEvent *event)
{
    ScoreChartView::mouseMoveEvent(event);
    if (m_pointHovered)
        return;
    bool onLabels = false;
    const int index = indexAtAngle(event->position(), &onLabels);
    if (onLabels && index >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), pointToolTip(index), this);
    else
        QToolTip::hideText();
}

} // namespace iia
