#include "error.h"

#include <QStringList>

namespace iia {

QString Error::toString() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts.append(file);
    if (line > 0) {
        parts.append(QString::number(line));
        if (column > 0)
            parts.append(QString::number(column));
    }
    const QString location = parts.join(QLatin1Char(':'));
    QString result;
    if (!location.isEmpty())
        result = location + QLatin1String(": ");
    if (!pointer.isEmpty())
        result += pointer + QLatin1String(": ");
    return result + message;
}

} // namespace iia
