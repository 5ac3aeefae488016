#include "vocabulary.h"

#include "textcatalog.h"

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

QString label(AnswerValue value, const TextCatalog &catalog)
{
    const auto t = [&catalog](const char *text) {
        return catalog.translate("iia::Vocabulary", text);
    };
    switch (value) {
    case AnswerValue::Unanswered: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Not answered"));
    case AnswerValue::Yes: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Yes"));
    case AnswerValue::Partly: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Partly"));
    case AnswerValue::No: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "No"));
    case AnswerValue::Unsure: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Unsure"));
    case AnswerValue::NotApplicable: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Not applicable"));
    }
    return {};
}

QString label(Impact value, const TextCatalog &catalog)
{
    const auto t = [&catalog](const char *text) {
        return catalog.translate("iia::Vocabulary", text);
    };
    switch (value) {
    case Impact::Unset: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Not rated"));
    case Impact::No: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "No impact"));
    case Impact::Yes: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Impact"));
    }
    return {};
}

QString label(Direction value, const TextCatalog &catalog)
{
    const auto t = [&catalog](const char *text) {
        return catalog.translate("iia::Vocabulary", text);
    };
    switch (value) {
    case Direction::Unset: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Not set"));
    case Direction::Positive: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Positive"));
    case Direction::Negative: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Negative"));
    case Direction::Mixed: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Mixed"));
    case Direction::Unclear: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Unclear"));
    }
    return {};
}

QString label(Strength value, const TextCatalog &catalog)
{
    const auto t = [&catalog](const char *text) {
        return catalog.translate("iia::Vocabulary", text);
    };
    switch (value) {
    case Strength::Unset: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Not set"));
    case Strength::Weak: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Weak"));
    case Strength::Moderate: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Moderate"));
    case Strength::Strong: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Strong"));
    }
    return {};
}

QString label(Verdict value, const TextCatalog &catalog)
{
    const auto t = [&catalog](const char *text) {
        return catalog.translate("iia::Vocabulary", text);
    };
    switch (value) {
    case Verdict::Unassessed: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Not yet assessed"));
    case Verdict::NoImpact: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "No impact found"));
    case Verdict::Supports: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Supports"));
    case Verdict::Unclear: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Impact unclear"));
    case Verdict::Risks: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "At risk"));
    case Verdict::Undermines: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Undermines"));
    }
    return {};
}

QString ratingPhrase(Impact impact, Direction direction, Strength strength, const TextCatalog &catalog)
{
    const auto t = [&catalog](const char *text) {
        return catalog.translate("iia::Vocabulary", text);
    };
    if (impact == Impact::Unset)
        return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Not rated"));
    if (impact == Impact::No)
        return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "No impact"));
    switch (direction) {
    case Direction::Unset: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Yes, direction not set"));
    case Direction::Mixed: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Yes, mixed"));
    case Direction::Unclear: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Yes, unclear"));
    case Direction::Positive:
        switch (strength) {
        case Strength::Strong: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Yes, strongly positive"));
        case Strength::Weak: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Yes, weakly positive"));
        default: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Yes, positive"));
        }
    case Direction::Negative:
        switch (strength) {
        case Strength::Strong: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Yes, strongly negative"));
        case Strength::Weak: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Yes, weakly negative"));
        default: return t(QT_TRANSLATE_NOOP("iia::Vocabulary", "Yes, negative"));
        }
    }
    return {};
}

QString label(AnswerValue value)
{
    return label(value, TextCatalog());
}
QString label(Impact value)
{
    return label(value, TextCatalog());
}
QString label(Direction value)
{
    return label(value, TextCatalog());
}
QString label(Strength value)
{
    return label(value, TextCatalog());
}
QString label(Verdict value)
{
    return label(value, TextCatalog());
}
QString ratingPhrase(Impact impact, Direction direction, Strength strength)
{
    return ratingPhrase(impact, direction, strength, TextCatalog());
}

} // namespace iia
