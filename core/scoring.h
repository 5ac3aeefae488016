#pragma once

#include "assessment.h"
#include "framework.h"

namespace iia {

/// How one answer moved a suggested rating: signed = ±weight × answer value (+ supports, − harms).
struct Contribution
{
    QString questionId;
    AnswerValue answer = AnswerValue::Unanswered;
    Polarity polarity = Polarity::Harm;
    double weight = 0;
    double value = 0; ///< the answer's value: yes 1, partly 0.5, no 0 (from the framework)
    double signedValue = 0;
};

/// The rating our method suggests from the answers, with the trace that explains it.
struct SuggestedRating
{
    Impact impact = Impact::Unset; ///< Unset when no question is answered
    Direction direction = Direction::Unset;
    Strength strength = Strength::Unset;
    double positive = 0;       ///< Σ weight × value over "support if yes" questions
    double negative = 0;       ///< Σ weight × value over "harm if yes" questions
    double net = 0;            ///< positive − negative
    int numeric = 0;           ///< −3 … +3 with the default parameters; 0 for none, mixed or unclear
    QList<Contribution> trace; ///< every answered question, in framework order
};

/// The whole picture for one property or enabler.
struct ItemScore
{
    QString itemId;
    ItemKind kind = ItemKind::Property;
    QString goalId;
    Rating analyst;
    int analystNumeric = 0;
    SuggestedRating suggested;
    bool disagreement = false; ///< the analyst's rating and the suggestion point different ways
    int total = 0;             ///< questions
    int answered = 0;          ///< questions with any answer, "unsure" and "not applicable" included
    int unsure = 0;
    int notApplicable = 0;
    double coverage = 0;    ///< answered / total
    double uncertainty = 0; ///< unsure / answered (0 when nothing is answered)

    bool analystRated() const { return analyst.impact != Impact::Unset; }
    /// The analyst's rating when there is one, else the suggestion.
    Impact effectiveImpact() const { return analystRated() ? analyst.impact : suggested.impact; }
    Direction effectiveDirection() const { return analystRated() ? analyst.direction : suggested.direction; }
    int effectiveNumeric() const { return analystRated() ? analystNumeric : suggested.numeric; }
};

/// A headline verdict over a group of items, with the items that decided it.
struct VerdictScore
{
    QString id; ///< "exist", "thrive" or a goal id
    Verdict verdict = Verdict::Unassessed;
    QStringList drivers; ///< item ids that decided the verdict
    int assessedItems = 0;
    int totalItems = 0;
    double coverage = 0;    ///< answered / total questions of the group
    double uncertainty = 0; ///< unsure / answered questions of the group
};

/// The result of scoring an assessment against its framework.
struct Scorecard
{
    QList<ItemScore> properties;
    QList<ItemScore> enablers;
    VerdictScore exist;        ///< over the critical properties: what the Internet needs to exist
    VerdictScore thrive;       ///< over all enablers: what it needs to thrive
    QList<VerdictScore> goals; ///< one per goal, over its enablers
    double completion = 0;     ///< (answered questions + rated items) / (questions + items)

    const ItemScore *item(const QString &itemId) const;
    QList<const ItemScore *> items() const;
};

/// Our scoring method (docs/scoring.md). Deterministic, pure, parameters from the framework.
class ScoringEngine
{
public:
    explicit ScoringEngine(FrameworkPtr framework);

    Scorecard score(const Assessment &assessment) const;
    SuggestedRating suggest(const Item &item, const QMap<QString, Answer> &answers) const;
    /// A rating on the numeric scale: ± strength value, 0 for no impact, mixed, unclear or unset.
    int numeric(Impact impact, Direction direction, Strength strength) const;

private:
    ItemScore scoreItem(const Item &item, const Assessment &assessment) const;
    VerdictScore verdict(const QString &id, const QList<const ItemScore *> &items) const;

    FrameworkPtr m_framework;
};

} // namespace iia
