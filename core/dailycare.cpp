#include "dailycare.h"

#include "store.h"

#include <QCoreApplication>
#include <QDate>

namespace iia {

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::Library)
};

// app_state key: the local day (ISO 8601) of the last PRAGMA quick_check that found nothing.
const QString kIntegrityChecked = u"integrity_checked"_s;

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

bool checkDue(const Store &store)
{
    // Reading the day may itself fail on a damaged page: then the check is due.
    const auto checked = store.state(kIntegrityChecked);
    return !checked || *checked != today();
}

bool backupDue(const Paths &paths)
{
    const QDateTime newest = Backups(paths).newestTime();
    return !newest.isValid() || newest.toLocalTime().date() < QDate::currentDate();
}
} // namespace

DailyCare::DailyCare(Paths paths)
    : m_paths(std::move(paths))
{}

bool DailyCare::isDue(const Store &store, const Paths &paths)
{
    if (store.isReadOnly() || store.wasCreated())
        return false;
    return checkDue(store) || backupDue(paths);
}

CareReport DailyCare::run(Store &store)
{
    CareReport report;
    if (store.isReadOnly() || store.wasCreated())
        return report;
    const auto step = [this, &report](Step s) {
        if (m_cancelled) {
            report.outcome = CareReport::Outcome::Cancelled;
            return false;
        }
        if (m_stepStarted)
            m_stepStarted(s);
        return true;
    };
    if (checkDue(store)) {
        if (!step(Step::Check))
            return report;
        const auto problems = store.quickCheck();
        if (!problems || !problems->isEmpty()) {
            const QString first = problems ? problems->first() : problems.error().message;
            const int count = problems ? int(problems->size()) : 1;
            report.outcome = CareReport::Outcome::Damaged;
            report.damage = Error{ErrorCode::NotOurs,
                                  Tr::tr("This library is damaged: SQLite's check of the file found %n "
                                         "problem(s), the first: %1. It has not been changed.",
                                         nullptr, count)
                                      .arg(first),
                                  store.path(),
                                  0,
                                  0,
                                  {}};
            return report;
        }
        report.checked = true;
        if (auto saved = store.setState(kIntegrityChecked, today()); !saved)
            report.warnings.append(saved.error());
    }
    if (backupDue(m_paths)) {
        if (!step(Step::Backup))
            return report;
        if (auto taken = Backups(m_paths).take(store)) {
            report.backup = *taken;
        } else {
            Error e = taken.error();
            e.message = Tr::tr("Today's backup of the library could not be taken: %1").arg(e.message);
            report.warnings.append(e);
        }
    }
    return report;
}

CareReport DailyCare::runOnOwnConnection()
{
    CareReport report;
    {
        auto store = Store::open(m_paths.libraryFile());
        if (!store) {
            Error e = store.error();
            e.message = Tr::tr("The library could not be checked today: %1").arg(e.message);
            report.warnings.append(e);
            return report;
        }
        report = run(**store);
    }
    if (report.outcome == CareReport::Outcome::Damaged)
        report.latest = Backups(m_paths).latest();
    return report;
}

} // namespace iia
