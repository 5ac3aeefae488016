#pragma once

#include "dailycare.h"

#include <QObject>

#include <memory>

class QThread;

namespace iia {

/// Runs the library's daily care (DailyCare: the day's check and backup) on a thread of its own, through a
/// connection of that thread's own, so that the window never waits for it.
class DailyCareRunner : public QObject
{
    Q_OBJECT

public:
    explicit DailyCareRunner(Paths paths, QObject *parent = nullptr);
    /// Stops (see stop()).
    ~DailyCareRunner() override;

    /// Starts the care on its thread, unless it is running already.
    void start();
    bool isRunning() const { return m_thread != nullptr; }
    /// Asks the care to stop and waits for its thread: the step under way finishes (SQLite cannot stop a
    /// check or a backup half way through). finished() is not emitted for a care stopped this way.
    void stop();

Q_SIGNALS:
    /// A step begins (on this object's thread).
    void stepStarted(iia::DailyCare::Step step);
    /// The care is over: its report.
    void finished(const iia::CareReport &report);

private:
    void done(quint64 run, const CareReport &report);

    Paths m_paths;
    std::shared_ptr<DailyCare> m_care; ///< shared with the thread's work
    QThread *m_thread = nullptr;
    quint64 m_run = 0; ///< counts starts and stops, so that a stopped run's report is dropped
};

} // namespace iia
