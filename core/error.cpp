#include "error.h"

namespace iia {

QString Error::toString() const
{
    QString location = file;
    if (line > 0) {
        location += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            location += QLatin1Char(':') + QString::number(column);
    }
    QString result;
    if (!location.isEmpty())
        result = location + QLatin1String(": ");
    if (!pointer.isEmpty())
        result += pointer + QLatin1String(": ");
    return result + message;
}

} // namespace iia
