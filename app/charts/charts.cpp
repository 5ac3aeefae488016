#include "charts/charts.h"

#include "pluginloader.h"

#include <QCoreApplication>
#include <QLabel>

namespace iia {

using namespace Qt::StringLiterals;

namespace {
const Charts *g_builtIn = nullptr;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::Charts)
};
} // namespace

void Charts::setBuiltIn(const Charts *charts)
{
    g_builtIn = charts;
}

const Charts *Charts::instance()
{
    if (g_builtIn)
        return g_builtIn;
    static const Charts *const plugin = loadApplicationPlugin<Charts>(
        u"iia_charts"_s, "the charts are not available, their tables are shown instead");
    return plugin;
}

QWidget *createChart(report::ChartKind kind, ScoreModel *model, QWidget *parent, const QSizeF &minimum,
                     const QSizeF &preferred)
{
    if (const Charts *charts = Charts::instance())
        return charts->create(kind, model, TextCatalog(), minimum, preferred, parent);
    auto *missing = new QLabel(Tr::tr("The charts cannot be drawn: the application's iia_charts component is "
                                      "missing or damaged. Reinstall the application to get them back; the "
                                      "table holds the same values."),
                               parent);
    missing->setObjectName(kind == report::ChartKind::Properties ? u"radarChartMissing"_s
                                                                 : u"enablerChartMissing"_s);
    missing->setWordWrap(true);
    missing->setAlignment(Qt::AlignCenter);
    return missing;
}

} // namespace iia
