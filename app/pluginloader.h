#pragma once

#include <QObject>
#include <QString>

class QObject;

namespace iia {

/// The root object of the application's plugin name ("iia_highlighting"…), looked for beside the executable
/// (where an installation puts it) and then in the build tree (for the tests, whose executables live in
/// folders of their own). nullptr when no copy loads, with every loader's reason in *errors.
QObject *loadApplicationPlugin(const QString &name, QString *errors);

/// The plugin name as its interface; when it does not load, nullptr after a warning that says what is
/// missing ("iia: <missing> (<every loader's reason>)"), the reasons also in *errors when given.
template<typename Interface>
Interface *loadApplicationPlugin(const QString &name, const char *missing, QString *errors = nullptr)
{
    QString reasons;
    if (auto *found = qobject_cast<Interface *>(loadApplicationPlugin(name, &reasons)))
        return found;
    qWarning("iia: %s (%s)", missing, qUtf8Printable(reasons));
    if (errors)
        *errors = reasons;
    return nullptr;
}

} // namespace iia
