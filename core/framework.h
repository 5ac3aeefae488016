#pragma once

#include "localizedtext.h"
#include "vocabulary.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace iia {

/// A guiding question of a property or enabler.
struct Question
{
    QString id;     ///< unique in the framework, e.g. "cp1.q2"
    QString itemId; ///< the property or enabler it belongs to
    LocalizedText text;
    LocalizedText help;
    Polarity polarity = Polarity::Harm;
    double weight = 1.0;
};

/// A worked example: a scenario, the rating the toolkit (or we) give it, and the answers that lead there.
struct WorkedExample
{
    QString id;
    LocalizedText scenario;
    LocalizedText howAffected;
    LocalizedText effectOnPeople;
    Impact impact = Impact::Unset;
    Direction direction = Direction::Unset;
    Strength strength = Strength::Unset;
    QMap<QString, AnswerValue> answers; ///< question id → answer
    QString source;                     ///< "toolkit" or "ours"
};

/// A critical property or an enabler.
struct Item
{
    QString id;
    QString code; ///< short label, "CP1" or "E4"
    ItemKind kind = ItemKind::Property;
    QString goalId; ///< enablers only
    LocalizedText name;
    LocalizedText summary;
    LocalizedText description;
    LocalizedText whyItMatters;
    LocalizedText help;
    QList<Question> questions;
    QList<WorkedExample> examples;
    QMap<QString, QStringList> keywords; ///< language → terms that often signal an impact on this item
};

/// One of the four goals the enablers serve.
struct Goal
{
    QString id;
    LocalizedText name;
    LocalizedText description;
    QStringList enablerIds; ///< in framework order
};

struct Source
{
    LocalizedText title;
    QString url;
};

/// The numbers of our scoring method; they live in the framework file, not in code (see docs/scoring.md).
struct ScoringParameters
{
    double yesValue = 1.0;
    double partlyValue = 0.5;
    double noValue = 0.0;
    double strongAt = 3.0;
    double moderateAt = 1.5;
    double mixedRatio = 0.5;
    int strongRating = 3;
    int moderateRating = 2;
    int weakRating = 1;
    int severeRating = -3; ///< an item rated at or below this makes a verdict "undermines"
    int severeCount = 2;   ///< …and so do this many negatively rated items
};

/// An immutable, validated framework: properties, enablers by goal, questions, scoring parameters.
/// Made only by FrameworkLoader; shared as FrameworkPtr.
class Framework
{
public:
    Framework() = default;
    Framework(const Framework &) = delete; // the index points into the lists
    Framework &operator=(const Framework &) = delete;

    QString id;
    QString version;
    int format = 1;
    QString defaultLanguage;
    QStringList languages;
    LocalizedText name;
    LocalizedText shortName;
    LocalizedText description;
    LocalizedText credit;
    QList<Source> sources;
    ScoringParameters scoring;
    QList<Goal> goals;
    QList<Item> properties;
    QList<Item> enablers;
    QMap<QString, QStringList> clausePatterns; ///< language → regular expressions for clause headings
    QString origin;                            ///< the file it came from (":/…" when built in)
    bool builtIn = false;

    const Item *item(const QString &itemId) const;
    const Question *question(const QString &questionId) const;
    const Goal *goal(const QString &goalId) const;
    /// Properties first, then enablers, in framework order.
    QList<const Item *> items() const;
    int questionCount() const;
    /// "iiat 1.0.0"
    QString key() const { return id + QLatin1Char(' ') + version; }

    /// Builds the lookup tables; FrameworkLoader calls it once the lists are complete.
    void buildIndex();

private:
    QHash<QString, const Item *> m_items;
    QHash<QString, const Question *> m_questions;
    QHash<QString, const Goal *> m_goals;
};

using FrameworkPtr = std::shared_ptr<const Framework>;

} // namespace iia
