#pragma once

#include <QString>

class QObject;

namespace iia {

/// The root object of the application's plugin name ("iia_highlighting"…), looked for beside the executable
/// (where an installation puts it) and then in the build tree (for the tests, whose executables live in
/// folders of their own). nullptr when no copy loads, with every loader's reason in *errors.
QObject *loadApplicationPlugin(const QString &name, QString *errors);

} // namespace iia
