#pragma once

#include "assessment.h"
#include "error.h"

#include <variant>

namespace iia {

namespace edits {
struct SetCaseField
{
    CaseField field;
    QString value;
};
struct SetPlanningField
{
    QString key;
    QString value;
};
struct SetDraft
{
    QString text;
    QString source;
    QList<Evidence> evidence; ///< evidence positions after the change (moved or removed with the text)
};
struct SetAnswer
{
    QString questionId;
    Answer answer;
};
struct SetRating
{
    QString itemId;
    Rating rating;
};
struct AddEvidence
{
    Evidence evidence;
    qsizetype index = -1; ///< where in the list; -1 appends
};
struct RemoveEvidence
{
    QString evidenceId;
};
struct SetConclusions
{
    QString text;
};
struct SetRecommendations
{
    QString text;
};
} // namespace edits

/// One change to an assessment: the unit of saving (one transaction) and of undo (one command).
using Edit = std::variant<edits::SetCaseField, edits::SetPlanningField, edits::SetDraft, edits::SetAnswer,
                          edits::SetRating, edits::AddEvidence, edits::RemoveEvidence, edits::SetConclusions,
                          edits::SetRecommendations>;

/// Applies edit to assessment and returns the edit that undoes it. Fails (changing nothing) with
/// ErrorCode::InvalidInput for an unknown planning key or evidence id, an empty title, or evidence whose
/// range lies outside the draft. Does not check question and item ids against a framework: Library does.
Result<Edit> applyEdit(Assessment &assessment, const Edit &edit);

/// The evidence of an assessment after its draft text changed to newText: a passage still at its place stays;
/// one that moved is found again (the occurrence nearest its old place); one no longer in the text keeps its
/// quote with an empty range at the nearest valid place, so nothing the analyst attached is lost.
QList<Evidence> relocateEvidence(const QList<Evidence> &evidence, const QString &newText);

/// A short, translated description of the edit for the undo history ("Answer to CP1.2").
QString describeEdit(const Edit &edit);

} // namespace iia
