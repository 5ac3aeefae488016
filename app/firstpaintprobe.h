#pragma once

// For the start-up benchmark (tests/bench/bench_gui.cpp): installed on a window, it prints on stderr how long
// the process took from its launch to the window's first paint ("FirstPaintMs:", when the launcher put its
// clock reading, CLOCK_REALTIME in nanoseconds, into IIA_BENCH_LAUNCH_NS), then lets the work that follows
// the first paint run for half a second, prints the peak resident memory (VmHWM) and ends the process.
// Header-only, so that the bare-window yardstick measures exactly the same thing without linking the
// application.

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <ctime>

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
            timespec now{};
            clock_gettime(CLOCK_REALTIME, &now);
            const qint64 launched = qEnvironmentVariable("IIA_BENCH_LAUNCH_NS").toLongLong();
            if (launched > 0) {
                const qint64 elapsed = qint64(now.tv_sec) * 1000000000 + now.tv_nsec - launched;
                std::fprintf(stderr, "FirstPaintMs: %.2f\n", double(elapsed) / 1e6);
            }
            QTimer::singleShot(500, QCoreApplication::instance(), [] {
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly)) {
                    const QList<QByteArray> lines = status.readAll().split('\n');
                    for (const QByteArray &line : lines) {
                        if (line.startsWith("VmHWM:"))
                            std::fprintf(stderr, "%s\n", line.constData());
                    }
                }
                std::fflush(stderr);
                std::_Exit(0); // what the benchmark measures is over; tearing down is not part of it
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace iia
