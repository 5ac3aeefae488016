#include "scoring.h"

#include <algorithm>
#include <cmath>

namespace iia {

const ItemScore *Scorecard::item(const QString &itemId) const
{
    for (const ItemScore *s : items()) {
        if (s->itemId == itemId)
            return s;
    }
    return nullptr;
}

QList<const ItemScore *> Scorecard::items() const
{
    QList<const ItemScore *> result;
    for (const ItemScore &s : properties)
        result.append(&s);
    for (const ItemScore &s : enablers)
        result.append(&s);
    return result;
}

ScoringEngine::ScoringEngine(FrameworkPtr framework)
    : m_framework(std::move(framework))
{
    Q_ASSERT(m_framework);
}

int ScoringEngine::numeric(Impact impact, Direction direction, Strength strength) const
{
    if (impact != Impact::Yes)
        return 0;
    const ScoringParameters &p = m_framework->scoring;
    int magnitude = 0;
    switch (strength) {
    case Strength::Strong: magnitude = p.strongRating; break;
    case Strength::Moderate: magnitude = p.moderateRating; break;
    case Strength::Weak: magnitude = p.weakRating; break;
    case Strength::Unset:
        magnitude = p.moderateRating;
        break; // a direction without a strength reads as "normal"
    }
    switch (direction) {
    case Direction::Positive: return magnitude;
    case Direction::Negative: return -magnitude;
    default: return 0;
    }
}

SuggestedRating ScoringEngine::suggest(const Item &item, const QMap<QString, Answer> &answers) const
{
    const ScoringParameters &p = m_framework->scoring;
    SuggestedRating s;
    int definite = 0;
    int unsure = 0;
    for (const Question &q : item.questions) {
        const AnswerValue answer = answers.value(q.id).value;
        double value = 0;
        switch (answer) {
        case AnswerValue::Unanswered: continue;
        case AnswerValue::Yes:
            value = p.yesValue;
            ++definite;
            break;
        case AnswerValue::Partly:
            value = p.partlyValue;
            ++definite;
            break;
        case AnswerValue::No:
            value = p.noValue;
            ++definite;
            break;
        case AnswerValue::Unsure: ++unsure; break;
        case AnswerValue::NotApplicable: break;
        }
        const double weighted = q.weight * value;
        const double signedValue = q.polarity == Polarity::Support ? weighted : -weighted;
        if (q.polarity == Polarity::Support)
            s.positive += weighted;
        else
            s.negative += weighted;
        s.trace.append({q.id, answer, q.polarity, q.weight, value, signedValue});
    }
    s.net = s.positive - s.negative;

    if (s.trace.isEmpty())
        return s; // nothing answered: no suggestion

    if (s.positive == 0 && s.negative == 0) {
        // Only "no", "not applicable" or "unsure": no impact, unless doubt is all there is.
        if (definite == 0 && unsure > 0) {
            s.impact = Impact::Yes;
            s.direction = Direction::Unclear;
        } else {
            s.impact = Impact::No;
        }
        return s;
    }

    s.impact = Impact::Yes;
    const double larger = std::max(s.positive, s.negative);
    const double smaller = std::min(s.positive, s.negative);
    double magnitude = 0;
    if (smaller > 0 && smaller / larger >= p.mixedRatio) {
        s.direction = Direction::Mixed;
        magnitude = larger;
    } else {
        s.direction = s.net > 0 ? Direction::Positive : Direction::Negative;
        magnitude = std::abs(s.net);
    }
    if (magnitude >= p.strongAt)
        s.strength = Strength::Strong;
    else if (magnitude >= p.moderateAt)
        s.strength = Strength::Moderate;
    else
        s.strength = Strength::Weak;
    s.numeric = numeric(s.impact, s.direction, s.strength);
    return s;
}

namespace {

// The analyst and the suggestion disagree when they point different ways: impact against no impact,
// positive against negative, or a definite direction against mixed. Strength alone is no disagreement.
bool disagree(const Rating &analyst, const SuggestedRating &suggested)
{
    if (analyst.impact == Impact::Unset || suggested.impact == Impact::Unset)
        return false;
    if (analyst.impact != suggested.impact)
        return true;
    if (analyst.impact == Impact::No)
        return false;
    const Direction a = analyst.direction;
    const Direction s = suggested.direction;
    if (a == Direction::Unset || a == Direction::Unclear || s == Direction::Unclear)
        return false;
    return a != s;
}

} // namespace

ItemScore ScoringEngine::scoreItem(const Item &item, const Assessment &assessment) const
{
    ItemScore score;
    score.itemId = item.id;
    score.kind = item.kind;
    score.goalId = item.goalId;
    score.analyst = assessment.rating(item.id);
    score.analystNumeric = numeric(score.analyst.impact, score.analyst.direction, score.analyst.strength);
    score.suggested = suggest(item, assessment.answers);
    score.disagreement = disagree(score.analyst, score.suggested);
    score.total = int(item.questions.size());
    for (const Contribution &c : std::as_const(score.suggested.trace)) {
        ++score.answered;
        if (c.answer == AnswerValue::Unsure)
            ++score.unsure;
        else if (c.answer == AnswerValue::NotApplicable)
            ++score.notApplicable;
    }
    score.coverage = score.total > 0 ? double(score.answered) / score.total : 0;
    score.uncertainty = score.answered > 0 ? double(score.unsure) / score.answered : 0;
    return score;
}

VerdictScore ScoringEngine::verdict(const QString &id, const QList<const ItemScore *> &items) const
{
    const ScoringParameters &p = m_framework->scoring;
    VerdictScore v;
    v.id = id;
    v.totalItems = int(items.size());
    int answered = 0, unsure = 0, total = 0;
    QStringList severe, negative, mixed, positive, unclear;
    for (const ItemScore *s : items) {
        answered += s->answered;
        unsure += s->unsure;
        total += s->total;
        if (s->effectiveImpact() == Impact::Unset)
            continue;
        ++v.assessedItems;
        const int r = s->effectiveNumeric();
        const Direction d = s->effectiveDirection();
        if (s->effectiveImpact() == Impact::No)
            continue;
        if (r <= p.severeRating)
            severe.append(s->itemId);
        if (r < 0)
            negative.append(s->itemId);
        else if (r > 0)
            positive.append(s->itemId);
        else if (d == Direction::Mixed)
            mixed.append(s->itemId);
        else
            unclear.append(s->itemId);
    }
    v.coverage = total > 0 ? double(answered) / total : 0;
    v.uncertainty = answered > 0 ? double(unsure) / answered : 0;

    if (v.assessedItems == 0) {
        v.verdict = Verdict::Unassessed;
    } else if (!severe.isEmpty()) {
        v.verdict = Verdict::Undermines;
        v.drivers = severe;
    } else if (negative.size() >= p.severeCount) {
        v.verdict = Verdict::Undermines;
        v.drivers = negative;
    } else if (!negative.isEmpty() || !mixed.isEmpty()) {
        v.verdict = Verdict::Risks;
        v.drivers = negative + mixed;
    } else if (!positive.isEmpty()) {
        v.verdict = Verdict::Supports;
        v.drivers = positive;
    } else if (!unclear.isEmpty()) {
        v.verdict = Verdict::Unclear;
        v.drivers = unclear;
    } else {
        v.verdict = Verdict::NoImpact;
    }
    return v;
}

Scorecard ScoringEngine::score(const Assessment &assessment) const
{
    Scorecard card;
    for (const Item &i : m_framework->properties)
        card.properties.append(scoreItem(i, assessment));
    for (const Item &i : m_framework->enablers)
        card.enablers.append(scoreItem(i, assessment));

    QList<const ItemScore *> props, enablers;
    for (const ItemScore &s : card.properties)
        props.append(&s);
    for (const ItemScore &s : card.enablers)
        enablers.append(&s);
    card.exist = verdict(QStringLiteral("exist"), props);
    card.thrive = verdict(QStringLiteral("thrive"), enablers);
    for (const Goal &g : m_framework->goals) {
        QList<const ItemScore *> ofGoal;
        for (const ItemScore &s : card.enablers) {
            if (s.goalId == g.id)
                ofGoal.append(&s);
        }
        card.goals.append(verdict(g.id, ofGoal));
    }

    int answered = 0, questions = 0, rated = 0;
    for (const ItemScore *s : card.items()) {
        answered += s->answered;
        questions += s->total;
        rated += s->analystRated() ? 1 : 0;
    }
    const int denominator = questions + int(card.properties.size() + card.enablers.size());
    card.completion = denominator > 0 ? double(answered + rated) / denominator : 0;
    return card;
}

} // namespace iia
