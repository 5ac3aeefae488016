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

class ChartDrawing;

/// The application's own charts, drawn for a report: light colours whatever the interface's palette, as
/// vectors on any QPainter (a PDF page, an SVG file). They come from the charts plugin (Charts).
class ReportCharts
{
public:
    /// The charts of a brief in language; nullptr when the charts plugin is missing (the brief then shows
    /// the charts' tables alone).
    static std::unique_ptr<ReportCharts> make(FrameworkPtr framework, const Scorecard &card,
                                              const QString &language);
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
    explicit ReportCharts(std::unique_ptr<ChartDrawing> drawing);

    std::unique_ptr<ChartDrawing> m_drawing;
};

} // namespace iia
