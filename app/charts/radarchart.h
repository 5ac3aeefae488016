#pragma once

#include "scorechartview.h"

#include <QList>
#include <QPointF>

class QCategoryAxis;
class QLineSeries;
class QPolarChart;
class QScatterSeries;

namespace iia {

/// A radar chart of the critical properties: the analyst's rating (solid line, round markers) and the
/// suggested rating (dashed line, square markers) around the five properties, CP1 at the top, clockwise; in a
/// right-to-left layout counter-clockwise, so that the properties follow the reader's direction.
/// The rings are the values −3…+3 from the inside out, 0 ("no impact") drawn stronger; the centre lies half
/// a ring inside −3 so that strongly negative points stay apart. Each point is labelled with its value. A
/// missing rating is drawn at 0 without marker or label, and a hollow ring there says what is missing ("Not
/// rated" in the legend). Hovering a point or an axis label shows the property and both ratings.
class RadarChart : public ScoreChartView
{
    Q_OBJECT

public:
    /// The chart draws its words and numbers in catalog's language (by default the interface's).
    explicit RadarChart(QWidget *parent = nullptr, const TextCatalog &catalog = TextCatalog());

    /// The series, as in chart()->series(): 0 analyst, 1 suggested, 2 not rated. Point i of the first two
    /// is the i-th property (x = positionOf(i), y = its numeric rating); their last point repeats the first
    /// at the other end of the angular axis to close the shape. The not-rated series holds
    /// (positionOf(i), 0) for each property with a missing rating.
    QLineSeries *analystSeries() const { return m_analyst; }
    QLineSeries *suggestedSeries() const { return m_suggested; }
    QScatterSeries *missingSeries() const { return m_missing; }

    /// The number of properties drawn.
    int itemCount() const { return int(m_rows.size()); }
    /// What hovering the i-th property's point shows: its code and name, and both ratings in words.
    QString pointToolTip(int index) const;
    /// The angular axis' labels, in order (the codes, "CP1"…).
    QStringList axisLabels() const;
    /// Where on the angular axis (0…itemCount(), 0 and itemCount() both at the top, the axis running
    /// clockwise) the i-th property sits: i, or in a right-to-left layout itemCount() − i (the first one at
    /// itemCount()).
    double positionOf(int index) const;

protected:
    void rebuild() override;
    void refresh() override;
    void styleSeries() override;
    void mirror() override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void hovered(const QPointF &point, bool state);
    /// The property at a position of the angular axis.
    int indexAt(double position) const;
    int indexAtAngle(const QPointF &viewPos, bool *onLabels) const;
    QImage markerImage(bool square, const QColor &color) const;

    QPolarChart *m_chart = nullptr;
    QLineSeries *m_analyst = nullptr;
    QLineSeries *m_suggested = nullptr;
    QScatterSeries *m_missing = nullptr;
    QCategoryAxis *m_angular = nullptr;
    QCategoryAxis *m_radial = nullptr;
    QCategoryAxis *m_zeroRing = nullptr;
    QList<int> m_rows; ///< model row of the i-th property
    QStringList m_codes;
    bool m_pointHovered = false;
};

} // namespace iia
