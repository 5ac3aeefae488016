#pragma once

#include "vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace iia {

/// An answer to one guiding question, with the analyst's note.
struct Answer
{
    AnswerValue value = AnswerValue::Unanswered;
    QString note;
    bool isEmpty() const { return value == AnswerValue::Unanswered && note.isEmpty(); }
    bool operator==(const Answer &) const = default;
};

/// The analyst's rating of one property or enabler: the toolkit's preliminary-analysis row.
struct Rating
{
    Impact impact = Impact::Unset;
    Direction direction = Direction::Unset;
    Strength strength = Strength::Unset;
    QString howAffected;
    QString effectOnPeople;
    bool isEmpty() const
    {
        return impact == Impact::Unset && direction == Direction::Unset && strength == Strength::Unset &&
               howAffected.isEmpty() && effectOnPeople.isEmpty();
    }
    bool operator==(const Rating &) const = default;
};

/// What a piece of evidence is attached to.
enum class EvidenceTarget
{
    Question,
    Rating
};

/// A quoted passage of the draft text attached to a question or to a rating.
struct Evidence
{
    QString id;
    EvidenceTarget target = EvidenceTarget::Question;
    QString targetId; ///< a question id or an item id
    qsizetype start = 0;
    qsizetype length = 0;
    QString quote;
    QString clause; ///< "Article 5(2)", when known
    QString note;
    QDateTime created;
    bool operator==(const Evidence &) const = default;
};

/// The fields that describe the case under assessment.
enum class CaseField
{
    Title,
    Jurisdiction,
    Instrument,
    Stage,
    Summary,
    Authors,
    Contributors,
    VersionLabel,
    BriefDate
};

struct CaseInfo
{
    QString title;
    QString jurisdiction;
    QString instrument; ///< one of instrumentKinds()
    QString stage;      ///< one of stageKinds()
    QString summary;
    QString authors;      ///< one name a line
    QString contributors; ///< one name a line
    QString versionLabel;
    QString briefDate; ///< ISO date, may be empty
    bool operator==(const CaseInfo &) const = default;

    QString value(CaseField field) const;
    void setValue(CaseField field, const QString &value);
};

/// The kinds of instrument and the stages of the policy process, as stable keys.
QStringList instrumentKinds();
QStringList stageKinds();
QString instrumentLabel(const QString &key);
QString stageLabel(const QString &key);
QString instrumentLabel(const QString &key, const TextCatalog &catalog);
QString stageLabel(const QString &key, const TextCatalog &catalog);
QString caseFieldKey(CaseField field);
std::optional<CaseField> caseFieldFromKey(const QString &key);

/// The planning worksheet's fields (toolkit step 2), as stable keys in display order.
QStringList planningFields();
QString planningFieldLabel(const QString &key);
QString planningFieldLabel(const QString &key, const TextCatalog &catalog);

/// A saved earlier state of an assessment.
struct RevisionInfo
{
    int number = 0;
    QDateTime created;
    QString label;
    bool operator==(const RevisionInfo &) const = default;
};

/// One assessment: the case, the planning worksheet, the draft, answers, ratings, evidence and conclusions.
/// A plain value; Library and Store keep it and the database in step.
struct Assessment
{
    QString id; ///< a UUID without braces
    QString frameworkId;
    QString frameworkVersion;
    QDateTime created;
    QDateTime modified;
    CaseInfo caseInfo;
    QMap<QString, QString> planning; ///< planningFields() key → text
    QString draftText;
    QString draftSource;           ///< where the draft came from (a file name), may be empty
    QMap<QString, Answer> answers; ///< question id → answer; unanswered questions are absent
    QMap<QString, Rating> ratings; ///< item id → rating; unrated items are absent
    QList<Evidence> evidence;      ///< in the order they were attached
    QString conclusions;
    QString recommendations;

    Answer answer(const QString &questionId) const { return answers.value(questionId); }
    Rating rating(const QString &itemId) const { return ratings.value(itemId); }
    const Evidence *findEvidence(const QString &evidenceId) const;
    bool operator==(const Assessment &) const = default;
};

/// A new assessment with a fresh id and the given title, for the framework given.
Assessment makeAssessment(const QString &title, const QString &frameworkId, const QString &frameworkVersion,
                          const QDateTime &now);

/// A new random id for an assessment or a piece of evidence.
QString newId();

} // namespace iia
