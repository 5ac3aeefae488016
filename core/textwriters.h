#pragma once

#include "backups.h"
#include "framework.h"
#include "scoring.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace iia {

/// Plain-text and JSON views of the core objects, for the command line and for machines.
namespace textwriters {

/// A fixed-width table of every property and enabler (analyst's rating, suggested rating, coverage) and the
/// headline verdicts; with explain, the answers behind each suggestion.
QString scoreTable(const Framework &framework, const Scorecard &card, const QString &language, bool explain);
/// {"framework", "properties": [5], "enablers": [10], "verdicts": {...}, "completion"}.
QJsonObject scoreJson(const Framework &framework, const Scorecard &card, bool explain);

/// A readable account of one assessment: the case, the plan, and each rating and answer given.
QString assessmentText(const Framework &framework, const Assessment &assessment, const QString &language);
QJsonObject assessmentJson(const Framework &framework, const Assessment &assessment, const Scorecard &card);

QString summaryTable(const QList<AssessmentSummary> &rows);
QJsonArray summaryJson(const QList<AssessmentSummary> &rows);

QString frameworksTable(const QList<FrameworkPtr> &frameworks, const QString &language);
QJsonArray frameworksJson(const QList<FrameworkPtr> &frameworks, const QString &language);

/// The backups, newest first: name, when taken (local time), size, assessments.
QString backupsTable(const QList<BackupInfo> &backups);
/// [{"name", "taken" (UTC, ISO 8601), "size" (bytes), "assessments", "schemaVersion"}].
QJsonArray backupsJson(const QList<BackupInfo> &backups);

/// "67 %" — a share 0…1 as a whole percentage.
QString percent(double share);

} // namespace textwriters

} // namespace iia
