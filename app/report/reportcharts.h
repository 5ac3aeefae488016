#pragma once

#include "framework.h"
#include "report/brief.h"
#include "scoring.h"

#include <QByteArray>
#include <QRectF>
#include <QSizeF>

#include <memory>

class QPainter;

namespace iia {

class ScoreModel;
class RadarChart;
class EnablerChart;

/// The application's own charts, drawn for a report: light colours whatever the interface's palette, as
/// vectors on any QPainter (a PDF page, an SVG file).
class ReportCharts
{
public:
    ReportCharts(FrameworkPtr framework, const Scorecard &card, const QString &language);
    ~ReportCharts();
    ReportCharts(const ReportCharts &) = delete;
    ReportCharts &operator=(const ReportCharts &) = delete;

    /// The size a chart is laid out at, in points; the drawing scales to any target of the same shape.
    static QSizeF naturalSize(report::ChartKind kind);
    /// Draws the chart into target (in painter coordinates).
    void paint(report::ChartKind kind, QPainter *painter, const QRectF &target) const;
    /// The chart as an SVG document, with a title for assistive technology.
    QByteArray svg(report::ChartKind kind, const QString &title) const;

private:
    std::unique_ptr<ScoreModel> m_model;
    std::unique_ptr<RadarChart> m_radar;
    std::unique_ptr<EnablerChart> m_enablers;
};

} // namespace iia
