#pragma once

#include "scorechartview.h"

#include <QList>
#include <QStringList>

class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QHorizontalBarSeries;
class QScatterSeries;
class QValueAxis;

namespace iia {

/// A horizontal bar chart of the enablers, E1 at the top, grouped by goal (the goals are named on the
/// right, with a line between them): for each enabler a solid bar for the analyst's rating and a hatched bar
/// for the suggested rating, on the −3…+3 scale, each labelled with its value. A rating of 0 has no bar: a
/// small diamond labelled "0" stands for it. A missing rating is a hollow ring at 0 ("Not rated" in the
/// legend). Hovering a bar shows the enabler and both ratings. In a right-to-left layout the chart is
/// mirrored: the enablers are named on the right, the goals on the left, and the scale runs from +3 on the
/// left to −3 on the right.
class EnablerChart : public ScoreChartView
{
    Q_OBJECT

public:
    /// The chart draws its words and numbers in catalog's language (by default the interface's).
    explicit EnablerChart(QWidget *parent = nullptr, const TextCatalog &catalog = TextCatalog());

    /// chart()->series(): 0 the bars, 1 the not-rated rings, 2 the marks of ratings of 0.
    QHorizontalBarSeries *barSeries() const { return m_series; }
    /// Value barOf(i) of each set is the i-th enabler's numeric rating (0 when missing).
    QBarSet *analystSet() const { return m_analystSet; }
    QBarSet *suggestedSet() const { return m_suggestedSet; }
    /// (0, y) for each missing rating, at the height of the bar it replaces.
    QScatterSeries *missingSeries() const { return m_missing; }
    /// (0, y) for each rating of 0 (no impact, mixed, unclear), which has no bar to show: a small diamond
    /// labelled "0".
    QScatterSeries *zeroSeries() const { return m_zeros; }

    /// The number of enablers drawn.
    int itemCount() const { return int(m_rows.size()); }
    /// The bar (category) index of the i-th enabler: bars count from the bottom, E1 is drawn at the top.
    int barOf(int index) const { return int(m_rows.size()) - 1 - index; }
    /// The category labels in enabler order (E1 first, drawn at the top): the code and the name, wrapped
    /// on two lines with <br> (axis labels are rich text) and shortened with "…" when long.
    QStringList categories() const;
    /// The goal labels on the right, from the top.
    QStringList goalLabels() const;
    /// What hovering the i-th enabler's bars shows: its code, name and goal, and both ratings in words.
    QString barToolTip(int index) const;

protected:
    void rebuild() override;
    void refresh() override;
    void styleSeries() override;
    void mirror() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The widest a label may be: the chart gives each of its two vertical axes a fifth of its width.
    int labelWidth() const;
    QString categoryLabel(int row) const;
    /// Sets the axes' labels (which depend on the names and on the width) where they changed.
    void updateLabels();
    void hovered(bool status, int index);

    QChart *m_chart = nullptr;
    QHorizontalBarSeries *m_series = nullptr;
    QBarSet *m_analystSet = nullptr;
    QBarSet *m_suggestedSet = nullptr;
    QScatterSeries *m_missing = nullptr;
    QScatterSeries *m_zeros = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QCategoryAxis *m_goalAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QStringList m_scaleLines; ///< the value axis' title, line by line
    QList<int> m_rows;        ///< model row of the i-th enabler
    QList<int> m_goalRows;    ///< for each goal from the bottom, the model row of an enabler of it
    QList<double> m_goalEnds; ///< for each goal from the bottom, where its category of the goal axis ends
};

} // namespace iia
