#pragma once

#include "backups.h"
#include "error.h"
#include "paths.h"

#include <QList>

#include <atomic>
#include <functional>
#include <optional>

namespace iia {

class Store;

/// What the day's care of a library did.
struct CareReport
{
    enum class Outcome
    {
        Done,      ///< everything due ran (warnings may say that a part of it failed)
        Damaged,   ///< the check found the library damaged; nothing was changed
        Cancelled, ///< cancel() stopped it between two steps
    };

    Outcome outcome = Outcome::Done;
    bool checked = false;             ///< PRAGMA quick_check ran today, and found nothing
    std::optional<BackupInfo> backup; ///< the backup taken today
    QList<Error> warnings;            ///< what failed without harming the library (today's backup, …)
    Error damage;                     ///< when Damaged: NotOurs, naming SQLite's first problem
    std::optional<BackupInfo>
        latest; ///< when Damaged and found by runOnOwnConnection(): the latest sound backup
};

/// The library's daily care: once a day the whole file is read (PRAGMA quick_check; a damaged page shows only
/// when it is read) and, when the newest backup is from an earlier day, a backup is taken.
///
/// The command line has it run by Library::open(). The window runs it on a thread of its own once it has
/// painted (runOnOwnConnection()): on a library of 10,000 assessments it reads 130 MB and writes as much,
/// which takes from a fraction of a second to several seconds, and the window must not wait for that.
///
/// run() works on the thread that opened its store; cancel() and isCancelled() may be called from any thread.
/// SQLite cannot stop a check or a backup half way through, so the step under way finishes and the next one
/// does not start.
class DailyCare
{
public:
    enum class Step
    {
        Check,
        Backup
    };

    explicit DailyCare(Paths paths);

    /// Whether a check or a backup is due today for the library store is open on: never for a read-only
    /// library, nor on the day a library is created. Cheap: one value read and one folder listed.
    static bool isDue(const Store &store, const Paths &paths);

    /// Runs what is due through store, an open connection on paths' library.
    CareReport run(Store &store);
    /// The same through a connection of its own, opened and closed on the calling thread: for a worker
    /// thread, beside the connection the window works through. When the library is damaged, the report
    /// also names the latest sound backup (which takes checking it, so it is done here too). A library that
    /// cannot be opened at all gives a warning.
    CareReport runOnOwnConnection();

    /// Stops at the end of the step under way.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    /// Called on run()'s thread as each step starts.
    void setStepStarted(std::function<void(Step)> stepStarted) { m_stepStarted = std::move(stepStarted); }

private:
    Paths m_paths;
    std::atomic_bool m_cancelled = false;
    std::function<void(Step)> m_stepStarted;
};

} // namespace iia
