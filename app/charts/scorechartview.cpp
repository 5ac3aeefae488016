#include "scorechartview.h"

#include "contrast.h"
#include "scoremodel.h"

#include <QAbstractAxis>
#include <QEvent>
#include <QLegend>

#include <algorithm>

namespace iia {

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// The colour of hue and saturation at lightness, or darker (on a light background) or lighter (on a dark
// one) until it reaches the contrast that WCAG asks of text: the charts write their values in it.
QColor readableOn(const QColor &background, int hue, int saturation, int lightness)
{
    const int step = background.lightness() < 128 ? 5 : -5;
    QColor colour = QColor::fromHsl(hue, saturation, lightness);
    while (contrastRatio(colour, background) < ScoreChartView::kMinimumContrast && lightness > 0 &&
           lightness < 255) {
        lightness = std::clamp(lightness + step, 0, 255);
        colour = QColor::fromHsl(hue, saturation, lightness);
    }
    return colour;
}

} // namespace

double ScoreChartView::contrast(const QColor &a, const QColor &b)
{
    return contrastRatio(a, b);
}

ScoreChartView::ScoreChartView(QChart *chart, const TextCatalog &catalog, QWidget *parent)
    : QChartView(chart, parent)
    , m_catalog(catalog)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

void ScoreChartView::setModel(ScoreModel *model)
{
    if (model == m_model)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    connectModel();
    rebuild();
}

void ScoreChartView::connectModel()
{
    if (!m_model)
        return;
    auto structure = [this] {
        rebuild();
    };
    m_connections = {
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { refresh(); }),
        connect(m_model, &QAbstractItemModel::modelReset, this, structure),
        connect(m_model, &QAbstractItemModel::layoutChanged, this, structure),
        connect(m_model, &QAbstractItemModel::rowsInserted, this, structure),
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, structure),
        connect(m_model, &QObject::destroyed, this, structure),
    };
}

QList<int> ScoreChartView::rowsOf(ItemKind kind) const
{
    QList<int> rows;
    if (!m_model)
        return rows;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->kindAt(r) == kind)
            rows.append(r);
    }
    return rows;
}

QVariant ScoreChartView::cell(int row, int column, int role) const
{
    return m_model ? m_model->index(row, column).data(role) : QVariant();
}

void ScoreChartView::setSizeInLines(const QSizeF &minimum, const QSizeF &preferred)
{
    m_minimumLines = minimum;
    m_preferredLines = preferred.expandedTo(minimum);
    updateGeometry();
}

QSize ScoreChartView::minimumSizeHint() const
{
    return (m_minimumLines * fontMetrics().height()).toSize();
}

QSize ScoreChartView::sizeHint() const
{
    return (m_preferredLines * fontMetrics().height()).toSize();
}

bool ScoreChartView::isDarkPalette() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

QColor ScoreChartView::analystColor() const
{
    const QColor highlight = palette().color(QPalette::Highlight);
    const int hue = highlight.hslHue() < 0 ? 215 : highlight.hslHue();
    return readableOn(palette().color(QPalette::Base), hue, 190, isDarkPalette() ? 165 : 95);
}

QColor ScoreChartView::suggestedColor() const
{
    // Blue and orange stay apart for the common kinds of colour blindness; the line styles and marker
    // shapes tell the two apart without colour.
    const QColor highlight = palette().color(QPalette::Highlight);
    const int hue = highlight.hslHue() < 0 ? 215 : highlight.hslHue();
    return readableOn(palette().color(QPalette::Base), (hue + 180) % 360, 200, isDarkPalette() ? 150 : 95);
}

QColor ScoreChartView::textColor() const
{
    return palette().color(QPalette::Text);
}

QColor ScoreChartView::gridColor() const
{
    return blend(palette().color(QPalette::Base), textColor(), 0.25);
}

QColor ScoreChartView::missingColor() const
{
    return blend(palette().color(QPalette::Base), textColor(), 0.7);
}

void ScoreChartView::applyPalette()
{
    if (m_applyingPalette)
        return;
    m_applyingPalette = true;
    m_styled = true;
    QChart *c = chart();
    c->setTheme(isDarkPalette() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundRoundness(0);
    c->setDropShadowEnabled(false);
    const QColor base = palette().color(QPalette::Base);
    const QColor text = textColor();
    c->setBackgroundBrush(base);
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(text);
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->legend()->setLabelColor(text);
    c->legend()->setFont(font());
    setBackgroundBrush(base);
    const QList<QAbstractAxis *> axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font());
        axis->setTitleBrush(text);
        axis->setLinePenColor(gridColor());
        axis->setGridLineColor(gridColor());
        axis->setShadesVisible(false);
    }
    styleSeries();
    m_applyingPalette = false;
}

void ScoreChartView::applyDirection()
{
    // Qt Charts lays a legend out from the left whatever the direction: reversing the markers puts the first
    // series on the right, where a right-to-left reader starts.
    chart()->setLayoutDirection(layoutDirection());
    chart()->legend()->setReverseMarkers(isRightToLeft());
    mirror();
}

void ScoreChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (!m_styled)
        return;
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    else if (event->type() == QEvent::LayoutDirectionChange)
        applyDirection();
}

} // namespace iia
