#include "reportcharts.h"

#include "charts/charts.h"

namespace iia {

std::unique_ptr<ReportCharts> ReportCharts::make(FrameworkPtr framework, const Scorecard &card,
                                                 const QString &language)
{
    const Charts *charts = Charts::instance();
    if (!charts)
        return nullptr;
    return std::unique_ptr<ReportCharts>(
        new ReportCharts(charts->drawing(std::move(framework), card, language)));
}

ReportCharts::ReportCharts(std::unique_ptr<ChartDrawing> drawing)
    : m_drawing(std::move(drawing))
{}

ReportCharts::~ReportCharts() = default;

QSizeF ReportCharts::naturalSize(report::ChartKind kind)
{
    return kind == report::ChartKind::Properties ? QSizeF(520, 400) : QSizeF(520, 640);
}

void ReportCharts::paint(report::ChartKind kind, QPainter *painter, const QRectF &target) const
{
    m_drawing->paint(kind, painter, target);
}

QByteArray ReportCharts::svg(report::ChartKind kind, const QString &title) const
{
    return m_drawing->svg(kind, title);
}

} // namespace iia
