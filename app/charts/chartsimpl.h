#pragma once

#include "charts/charts.h"

namespace iia {

/// The charts by Qt Charts (see Charts): what the iia_charts plugin provides, and what the programs that link
/// the charts register with Charts::setBuiltIn().
class ChartsImpl : public Charts
{
public:
    QWidget *create(report::ChartKind kind, ScoreModel *model, const TextCatalog &catalog,
                    const QSizeF &minimum, const QSizeF &preferred, QWidget *parent) const override;
    std::unique_ptr<ChartDrawing> drawing(FrameworkPtr framework, const Scorecard &card,
                                          const QString &language) const override;
};

} // namespace iia
