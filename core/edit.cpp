#include "edit.h"

#include <QCoreApplication>

namespace iia {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::Edit)
};

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

bool evidenceFits(const Evidence &e, qsizetype textLength)
{
    return e.start >= 0 && e.length >= 0 && e.start + e.length <= textLength;
}

} // namespace

Result<Edit> applyEdit(Assessment &a, const Edit &edit)
{
    return std::visit(
        Overloaded{
            [&](const edits::SetCaseField &e) -> Result<Edit> {
                if (e.field == CaseField::Title && e.value.trimmed().isEmpty())
                    return fail(ErrorCode::InvalidInput, Tr::tr("An assessment needs a title."));
                edits::SetCaseField inverse{e.field, a.caseInfo.value(e.field)};
                a.caseInfo.setValue(e.field, e.value);
                return inverse;
            },
            [&](const edits::SetPlanningField &e) -> Result<Edit> {
                if (!planningFields().contains(e.key))
                    return fail(ErrorCode::InvalidInput,
                                Tr::tr("“%1” is not a field of the planning worksheet.").arg(e.key));
                edits::SetPlanningField inverse{e.key, a.planning.value(e.key)};
                if (e.value.isEmpty())
                    a.planning.remove(e.key);
                else
                    a.planning.insert(e.key, e.value);
                return inverse;
            },
            [&](const edits::SetDraft &e) -> Result<Edit> {
                for (const Evidence &ev : e.evidence) {
                    if (!evidenceFits(ev, e.text.size()))
                        return fail(ErrorCode::InvalidInput,
                                    Tr::tr("A piece of evidence lies outside the draft text."));
                }
                edits::SetDraft inverse{a.draftText, a.draftSource, a.evidence};
                a.draftText = e.text;
                a.draftSource = e.source;
                a.evidence = e.evidence;
                return inverse;
            },
            [&](const edits::SetAnswer &e) -> Result<Edit> {
                edits::SetAnswer inverse{e.questionId, a.answers.value(e.questionId)};
                if (e.answer.isEmpty())
                    a.answers.remove(e.questionId);
                else
                    a.answers.insert(e.questionId, e.answer);
                return inverse;
            },
            [&](const edits::SetRating &e) -> Result<Edit> {
                edits::SetRating inverse{e.itemId, a.ratings.value(e.itemId)};
                if (e.rating.isEmpty())
                    a.ratings.remove(e.itemId);
                else
                    a.ratings.insert(e.itemId, e.rating);
                return inverse;
            },
            [&](const edits::AddEvidence &e) -> Result<Edit> {
                if (e.evidence.id.isEmpty() || a.findEvidence(e.evidence.id))
                    return fail(ErrorCode::InvalidInput, Tr::tr("The evidence needs an id of its own."));
                if (!evidenceFits(e.evidence, a.draftText.size()))
                    return fail(ErrorCode::InvalidInput,
                                Tr::tr("A piece of evidence lies outside the draft text."));
                const qsizetype index =
                    e.index < 0 || e.index > a.evidence.size() ? a.evidence.size() : e.index;
                a.evidence.insert(index, e.evidence);
                return edits::RemoveEvidence{e.evidence.id};
            },
            [&](const edits::RemoveEvidence &e) -> Result<Edit> {
                for (qsizetype i = 0; i < a.evidence.size(); ++i) {
                    if (a.evidence.at(i).id == e.evidenceId) {
                        edits::AddEvidence inverse{a.evidence.takeAt(i), i};
                        return inverse;
                    }
                }
                return fail(ErrorCode::InvalidInput, Tr::tr("There is no such piece of evidence."));
            },
            [&](const edits::SetConclusions &e) -> Result<Edit> {
                edits::SetConclusions inverse{a.conclusions};
                a.conclusions = e.text;
                return inverse;
            },
            [&](const edits::SetRecommendations &e) -> Result<Edit> {
                edits::SetRecommendations inverse{a.recommendations};
                a.recommendations = e.text;
                return inverse;
            },
        },
        edit);
}

QList<Evidence> relocateEvidence(const QList<Evidence> &evidence, const QString &newText)
{
    QList<Evidence> result;
    result.reserve(evidence.size());
    for (Evidence e : evidence) {
        if (e.quote.isEmpty() ||
            (e.start + e.length <= newText.size() && newText.mid(e.start, e.length) == e.quote)) {
            e.start = std::min(e.start, newText.size());
            e.length = std::min(e.length, newText.size() - e.start);
            result.append(e);
            continue;
        }
        const qsizetype after = newText.indexOf(e.quote, std::min(e.start, newText.size()));
        const qsizetype before = newText.lastIndexOf(e.quote, std::min(e.start, newText.size()));
        qsizetype found = -1;
        if (after >= 0 && before >= 0)
            found = (after - e.start) <= (e.start - before) ? after : before;
        else
            found = after >= 0 ? after : before;
        if (found >= 0) {
            e.start = found;
            e.length = e.quote.size();
        } else {
            e.start = std::min(e.start, newText.size());
            e.length = 0;
        }
        result.append(e);
    }
    return result;
}

QString describeEdit(const Edit &edit)
{
    return std::visit(
        Overloaded{
            [](const edits::SetCaseField &) { return Tr::tr("Edit the case"); },
            [](const edits::SetPlanningField &) { return Tr::tr("Edit the plan"); },
            [](const edits::SetDraft &) { return Tr::tr("Edit the draft text"); },
            [](const edits::SetAnswer &e) { return Tr::tr("Answer %1").arg(e.questionId); },
            [](const edits::SetRating &e) { return Tr::tr("Rate %1").arg(e.itemId); },
            [](const edits::AddEvidence &) { return Tr::tr("Attach evidence"); },
            [](const edits::RemoveEvidence &) { return Tr::tr("Remove evidence"); },
            [](const edits::SetConclusions &) { return Tr::tr("Edit the conclusions"); },
            [](const edits::SetRecommendations &) { return Tr::tr("Edit the recommendations"); },
        },
        edit);
}

} // namespace iia
