#pragma once

// Helpers shared by the tests: read fixtures, and QVERIFY a Result while printing its error.

#include "error.h"

#include <QFile>
#include <QTest>

#define IIA_VERIFY_RESULT(expr)                                                                              \
    do {                                                                                                     \
        const auto &iiaResult_ = (expr);                                                                     \
        if (!iiaResult_.has_value())                                                                         \
            QFAIL(qPrintable(QStringLiteral("%1 failed: %2")                                                 \
                                 .arg(QStringLiteral(#expr), iiaErrorText(iiaResult_.error()))));            \
    } while (false)

inline QString iiaErrorText(const iia::Error &e)
{
    return e.toString();
}

inline QString iiaErrorText(const QList<iia::Error> &errors)
{
    QStringList lines;
    for (const iia::Error &e : errors)
        lines.append(e.toString());
    return lines.join(QLatin1Char('\n'));
}

inline QByteArray readFixture(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(path));
    return file.readAll();
}
