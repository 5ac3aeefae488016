#include "vocabulary.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace iia {

namespace {

template<typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QString::fromUtf16(key);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &table, const QString &key)
{
    for (const auto &[e, k] : table) {
        if (key == QStringView(k))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<AnswerValue, const char16_t *>, 6> kAnswers{{
    {AnswerValue::Unanswered, u""},
    {AnswerValue::Yes, u"yes"},
    {AnswerValue::Partly, u"partly"},
    {AnswerValue::No, u"no"},
    {AnswerValue::Unsure, u"unsure"},
    {AnswerValue::NotApplicable, u"na"},
}};
constexpr std::array<std::pair<Polarity, const char16_t *>, 2> kPolarities{{
    {Polarity::Harm, u"harm"},
    {Polarity::Support, u"support"},
}};
constexpr std::array<std::pair<Impact, const char16_t *>, 3> kImpacts{{
    {Impact::Unset, u""},
    {Impact::No, u"no"},
    {Impact::Yes, u"yes"},
}};
constexpr std::array<std::pair<Direction, const char16_t *>, 5> kDirections{{
    {Direction::Unset, u""},
    {Direction::Positive, u"positive"},
    {Direction::Negative, u"negative"},
    {Direction::Mixed, u"mixed"},
    {Direction::Unclear, u"unclear"},
}};
constexpr std::array<std::pair<Strength, const char16_t *>, 4> kStrengths{{
    {Strength::Unset, u""},
    {Strength::Weak, u"weak"},
    {Strength::Moderate, u"moderate"},
    {Strength::Strong, u"strong"},
}};
constexpr std::array<std::pair<Verdict, const char16_t *>, 6> kVerdicts{{
    {Verdict::Unassessed, u"unassessed"},
    {Verdict::NoImpact, u"no-impact"},
    {Verdict::Supports, u"supports"},
    {Verdict::Unclear, u"unclear"},
    {Verdict::Risks, u"risks"},
    {Verdict::Undermines, u"undermines"},
}};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::Vocabulary)
};

} // namespace

QString toKey(AnswerValue value)
{
    return keyOf(kAnswers, value);
}
QString toKey(Polarity value)
{
    return keyOf(kPolarities, value);
}
QString toKey(Impact value)
{
    return keyOf(kImpacts, value);
}
QString toKey(Direction value)
{
    return keyOf(kDirections, value);
}
QString toKey(Strength value)
{
    return keyOf(kStrengths, value);
}
QString toKey(Verdict value)
{
    return keyOf(kVerdicts, value);
}
std::optional<AnswerValue> answerFromKey(const QString &key)
{
    return valueOf(kAnswers, key);
}
std::optional<Polarity> polarityFromKey(const QString &key)
{
    return valueOf(kPolarities, key);
}
std::optional<Impact> impactFromKey(const QString &key)
{
    return valueOf(kImpacts, key);
}
std::optional<Direction> directionFromKey(const QString &key)
{
    return valueOf(kDirections, key);
}
std::optional<Strength> strengthFromKey(const QString &key)
{
    return valueOf(kStrengths, key);
}
std::optional<Verdict> verdictFromKey(const QString &key)
{
    return valueOf(kVerdicts, key);
}

QString label(AnswerValue value)
{
    switch (value) {
    case AnswerValue::Unanswered: return Tr::tr("Not answered");
    case AnswerValue::Yes: return Tr::tr("Yes");
    case AnswerValue::Partly: return Tr::tr("Partly");
    case AnswerValue::No: return Tr::tr("No");
    case AnswerValue::Unsure: return Tr::tr("Unsure");
    case AnswerValue::NotApplicable: return Tr::tr("Not applicable");
    }
    return {};
}

QString label(Impact value)
{
    switch (value) {
    case Impact::Unset: return Tr::tr("Not rated");
    case Impact::No: return Tr::tr("No impact");
    case Impact::Yes: return Tr::tr("Impact");
    }
    return {};
}

QString label(Direction value)
{
    switch (value) {
    case Direction::Unset: return Tr::tr("Not set");
    case Direction::Positive: return Tr::tr("Positive");
    case Direction::Negative: return Tr::tr("Negative");
    case Direction::Mixed: return Tr::tr("Mixed");
    case Direction::Unclear: return Tr::tr("Unclear");
    }
    return {};
}

QString label(Strength value)
{
    switch (value) {
    case Strength::Unset: return Tr::tr("Not set");
    case Strength::Weak: return Tr::tr("Weak");
    case Strength::Moderate: return Tr::tr("Moderate");
    case Strength::Strong: return Tr::tr("Strong");
    }
    return {};
}

QString label(Verdict value)
{
    switch (value) {
    case Verdict::Unassessed: return Tr::tr("Not yet assessed");
    case Verdict::NoImpact: return Tr::tr("No impact found");
    case Verdict::Supports: return Tr::tr("Supports");
    case Verdict::Unclear: return Tr::tr("Impact unclear");
    case Verdict::Risks: return Tr::tr("At risk");
    case Verdict::Undermines: return Tr::tr("Undermines");
    }
    return {};
}

QString ratingPhrase(Impact impact, Direction direction, Strength strength)
{
    if (impact == Impact::Unset)
        return Tr::tr("Not rated");
    if (impact == Impact::No)
        return Tr::tr("No impact");
    switch (direction) {
    case Direction::Unset: return Tr::tr("Yes, direction not set");
    case Direction::Mixed: return Tr::tr("Yes, mixed");
    case Direction::Unclear: return Tr::tr("Yes, unclear");
    case Direction::Positive:
        switch (strength) {
        case Strength::Strong: return Tr::tr("Yes, strongly positive");
        case Strength::Weak: return Tr::tr("Yes, weakly positive");
        default: return Tr::tr("Yes, positive");
        }
    case Direction::Negative:
        switch (strength) {
        case Strength::Strong: return Tr::tr("Yes, strongly negative");
        case Strength::Weak: return Tr::tr("Yes, weakly negative");
        default: return Tr::tr("Yes, negative");
        }
    }
    return {};
}

} // namespace iia
