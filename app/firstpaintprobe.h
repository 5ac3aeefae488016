#pragma once

// For the start-up benchmark (tests/bench/bench_gui.cpp): installed on a window, quits the application once
// the window has painted for the first time and prints the peak resident memory (VmHWM) on stderr.
// Header-only, so that the bare-window yardstick measures exactly the same thing without linking the
// application.

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace iia {

class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, QCoreApplication::instance(), [] {
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly)) {
                    const QList<QByteArray> lines = status.readAll().split('\n');
                    for (const QByteArray &line : lines) {
                        if (line.startsWith("VmHWM:"))
                            std::fprintf(stderr, "%s\n", line.constData());
                    }
                }
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace iia
