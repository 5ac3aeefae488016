#pragma once

#include <QString>

#include <optional>

namespace iia {

class TextCatalog;

/// An answer to a guiding question.
enum class AnswerValue
{
    Unanswered,
    Yes,
    Partly,
    No,
    Unsure,
    NotApplicable
};

/// Whether a "yes" to a guiding question signals harm to, or support for, the property or enabler.
enum class Polarity
{
    Harm,
    Support
};

/// Is there an impact on the Internet at all?
enum class Impact
{
    Unset,
    No,
    Yes
};

/// Which way an impact goes.
enum class Direction
{
    Unset,
    Positive,
    Negative,
    Mixed,
    Unclear
};

/// How strong an impact is.
enum class Strength
{
    Unset,
    Weak,
    Moderate,
    Strong
};

/// Whether a critical property or an enabler is meant.
enum class ItemKind
{
    Property,
    Enabler
};

/// The headline verdict over a group of properties or enablers, from best to worst news.
enum class Verdict
{
    Unassessed,
    NoImpact,
    Supports,
    Unclear,
    Risks,
    Undermines
};

// The stable identifiers used in files and in the database ("yes", "negative", …). fromKey returns nullopt
// for an unknown key; the empty key maps to the Unset/Unanswered value.
QString toKey(AnswerValue value);
QString toKey(Polarity value);
QString toKey(Impact value);
QString toKey(Direction value);
QString toKey(Strength value);
QString toKey(Verdict value);
std::optional<AnswerValue> answerFromKey(const QString &key);
std::optional<Polarity> polarityFromKey(const QString &key);
std::optional<Impact> impactFromKey(const QString &key);
std::optional<Direction> directionFromKey(const QString &key);
std::optional<Strength> strengthFromKey(const QString &key);
std::optional<Verdict> verdictFromKey(const QString &key);

// Translated labels for people ("Yes", "Strongly negative", …).
QString label(AnswerValue value);
QString label(Impact value);
QString label(Direction value);
QString label(Strength value);
QString label(Verdict value);
/// The same labels from catalog (in the catalog's language).
QString label(AnswerValue value, const TextCatalog &catalog);
QString label(Impact value, const TextCatalog &catalog);
QString label(Direction value, const TextCatalog &catalog);
QString label(Strength value, const TextCatalog &catalog);
QString label(Verdict value, const TextCatalog &catalog);

/// The toolkit's way of reading a rating aloud: "Yes, strongly negative", "No impact", "Not rated".
QString ratingPhrase(Impact impact, Direction direction, Strength strength);
QString ratingPhrase(Impact impact, Direction direction, Strength strength, const TextCatalog &catalog);

} // namespace iia
