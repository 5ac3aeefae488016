#include "application.h"

#include "cli/commandline.h"

#include <QCoreApplication>

namespace iia {

int runApplication(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("InternetImpactAssessment"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IIA_VERSION));
    QCoreApplication app(argc, argv);
    CommandLine cli;
    return cli.run(QCoreApplication::arguments());
}

} // namespace iia
