#include "library/dailycarerunner.h"

#include <QThread>

namespace iia {

using namespace Qt::StringLiterals;

DailyCareRunner::DailyCareRunner(Paths paths, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
{}

DailyCareRunner::~DailyCareRunner()
{
    stop();
}

void DailyCareRunner::start()
{
    if (m_thread)
        return;
    auto care = std::make_shared<DailyCare>(m_paths);
    m_care = care;
    const quint64 run = ++m_run;
    // The thread reports through queued calls to this object, which outlives it (stop() waits for it).
    care->setStepStarted([this, run](DailyCare::Step step) {
        QMetaObject::invokeMethod(
            this,
            [this, run, step] {
                if (run == m_run && m_thread)
                    Q_EMIT stepStarted(step);
            },
            Qt::QueuedConnection);
    });
    m_thread = QThread::create([this, care, run] {
        const CareReport report = care->runOnOwnConnection();
        QMetaObject::invokeMethod(this, [this, run, report] { done(run, report); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"iia-dailycare"_s);
    m_thread->start(QThread::LowPriority);
}

void DailyCareRunner::stop()
{
    if (!m_thread)
        return;
    m_care->cancel();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_care.reset();
    ++m_run; // what the thread queued before it ended is dropped (done())
}

void DailyCareRunner::done(quint64 run, const CareReport &report)
{
    if (run != m_run || !m_thread)
        return; // stopped
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_care.reset();
    Q_EMIT finished(report);
}

} // namespace iia
