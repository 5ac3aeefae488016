// iia_syntaxgen OUTPUT: writes the draft-text syntax definition of the built-in framework to OUTPUT.
// The update-syntax target runs it into resources/syntax/iia-draft.xml.

#include "frameworkregistry.h"
#include "syntax/draftsyntax.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: iia_syntaxgen OUTPUT.xml\n", stderr);
        return 2;
    }

    iia::FrameworkRegistry registry;
    registry.load(QString());
    const iia::FrameworkPtr framework = registry.defaultFramework();
    if (!framework) {
        std::fputs("iia_syntaxgen: the built-in framework did not load\n", stderr);
        return 1;
    }

    QSaveFile file(arguments.at(1));
    if (!file.open(QIODevice::WriteOnly) || file.write(iia::draftSyntaxDefinition(*framework)) < 0 ||
        !file.commit()) {
        std::fprintf(stderr, "iia_syntaxgen: cannot write %s: %s\n", qPrintable(file.fileName()),
                     qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
