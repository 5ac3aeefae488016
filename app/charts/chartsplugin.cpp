// The iia_charts plugin: Qt Charts behind the Charts interface (see charts.h).

#include "charts/chartsimpl.h"

#include <QObject>

namespace iia {

class ChartsPlugin : public QObject, public ChartsImpl
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID IIA_CHARTS_IID)
    Q_INTERFACES(iia::Charts)
};

} // namespace iia

#include "chartsplugin.moc"
