#pragma once

#include <QList>

namespace iia::storeschema {

/// "IIA1" — marks a SQLite file as ours (PRAGMA application_id).
constexpr int kApplicationId = 0x49494131;

/// The statements that take a library from version N-1 to N, for N = 1 … latestVersion(). Forward-only:
/// a released migration is never edited; a change is a new migration.
QList<QList<const char *>> migrations();

inline int latestVersion()
{
    return int(migrations().size());
}

/// The oldest version this program reads without migrating it first (a read-only library cannot be
/// migrated). Version 2 only added app_state, which reading does not need.
constexpr int kOldestReadableVersion = 1;

} // namespace iia::storeschema
