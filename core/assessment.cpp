#include "assessment.h"

#include "textcatalog.h"

#include <QCoreApplication>
#include <QUuid>

#include <array>

namespace iia {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::Assessment)
};

struct KeyLabel
{
    const char16_t *key;
    const char *label;
};

constexpr std::array<KeyLabel, 7> kInstruments{{
    {u"law", QT_TRANSLATE_NOOP("iia::Assessment", "Law or bill")},
    {u"regulation", QT_TRANSLATE_NOOP("iia::Assessment", "Regulation")},
    {u"policy", QT_TRANSLATE_NOOP("iia::Assessment", "Policy or strategy")},
    {u"standard", QT_TRANSLATE_NOOP("iia::Assessment", "Technical standard")},
    {u"technology", QT_TRANSLATE_NOOP("iia::Assessment", "Technology or service")},
    {u"trend", QT_TRANSLATE_NOOP("iia::Assessment", "Trend")},
    {u"other", QT_TRANSLATE_NOOP("iia::Assessment", "Other")},
}};

constexpr std::array<KeyLabel, 6> kStages{{
    {u"idea", QT_TRANSLATE_NOOP("iia::Assessment", "Idea or announcement")},
    {u"draft", QT_TRANSLATE_NOOP("iia::Assessment", "Draft")},
    {u"consultation", QT_TRANSLATE_NOOP("iia::Assessment", "Public consultation")},
    {u"adopted", QT_TRANSLATE_NOOP("iia::Assessment", "Adopted")},
    {u"in-force", QT_TRANSLATE_NOOP("iia::Assessment", "In force")},
    {u"other", QT_TRANSLATE_NOOP("iia::Assessment", "Other")},
}};

constexpr std::array<KeyLabel, 10> kPlanning{{
    {u"issue", QT_TRANSLATE_NOOP("iia::Assessment", "The issue in one or two sentences")},
    {u"objectives", QT_TRANSLATE_NOOP("iia::Assessment", "What the assessment should achieve")},
    {u"audience", QT_TRANSLATE_NOOP("iia::Assessment", "Whom it must influence, and what they care about")},
    {u"beneficiaries", QT_TRANSLATE_NOOP("iia::Assessment", "Who benefits if it succeeds")},
    {u"skills", QT_TRANSLATE_NOOP("iia::Assessment", "Skills needed and who has them")},
    {u"collaborators", QT_TRANSLATE_NOOP("iia::Assessment", "Collaborators")},
    {u"deadline", QT_TRANSLATE_NOOP("iia::Assessment", "Deadline")},
    {u"timeAvailable", QT_TRANSLATE_NOOP("iia::Assessment", "Time available")},
    {u"helpsHinders", QT_TRANSLATE_NOOP("iia::Assessment", "What could help or hinder")},
    {u"existingWork", QT_TRANSLATE_NOOP("iia::Assessment", "Existing work to build on")},
}};

template<std::size_t N>
QStringList keysOf(const std::array<KeyLabel, N> &table)
{
    QStringList keys;
    for (const KeyLabel &kl : table)
        keys.append(QString::fromUtf16(kl.key));
    return keys;
}

template<std::size_t N>
QString labelOf(const std::array<KeyLabel, N> &table, const QString &key, const TextCatalog &catalog)
{
    for (const KeyLabel &kl : table) {
        if (key == QStringView(kl.key))
            return catalog.translate("iia::Assessment", kl.label);
    }
    return key;
}

constexpr std::array<std::pair<CaseField, const char16_t *>, 9> kCaseFields{{
    {CaseField::Title, u"title"},
    {CaseField::Jurisdiction, u"jurisdiction"},
    {CaseField::Instrument, u"instrument"},
    {CaseField::Stage, u"stage"},
    {CaseField::Summary, u"summary"},
    {CaseField::Authors, u"authors"},
    {CaseField::Contributors, u"contributors"},
    {CaseField::VersionLabel, u"version"},
    {CaseField::BriefDate, u"date"},
}};

} // namespace

QString CaseInfo::value(CaseField field) const
{
    switch (field) {
    case CaseField::Title: return title;
    case CaseField::Jurisdiction: return jurisdiction;
    case CaseField::Instrument: return instrument;
    case CaseField::Stage: return stage;
    case CaseField::Summary: return summary;
    case CaseField::Authors: return authors;
    case CaseField::Contributors: return contributors;
    case CaseField::VersionLabel: return versionLabel;
    case CaseField::BriefDate: return briefDate;
    }
    return {};
}

void CaseInfo::setValue(CaseField field, const QString &value)
{
    switch (field) {
    case CaseField::Title: title = value; break;
    case CaseField::Jurisdiction: jurisdiction = value; break;
    case CaseField::Instrument: instrument = value; break;
    case CaseField::Stage: stage = value; break;
    case CaseField::Summary: summary = value; break;
    case CaseField::Authors: authors = value; break;
    case CaseField::Contributors: contributors = value; break;
    case CaseField::VersionLabel: versionLabel = value; break;
    case CaseField::BriefDate: briefDate = value; break;
    }
}

QStringList instrumentKinds()
{
    return keysOf(kInstruments);
}
QStringList stageKinds()
{
    return keysOf(kStages);
}
QString instrumentLabel(const QString &key)
{
    return labelOf(kInstruments, key, TextCatalog());
}
QString instrumentLabel(const QString &key, const TextCatalog &catalog)
{
    return labelOf(kInstruments, key, catalog);
}
QString stageLabel(const QString &key)
{
    return labelOf(kStages, key, TextCatalog());
}
QString stageLabel(const QString &key, const TextCatalog &catalog)
{
    return labelOf(kStages, key, catalog);
}
QStringList planningFields()
{
    return keysOf(kPlanning);
}
QString planningFieldLabel(const QString &key)
{
    return labelOf(kPlanning, key, TextCatalog());
}
QString planningFieldLabel(const QString &key, const TextCatalog &catalog)
{
    return labelOf(kPlanning, key, catalog);
}

QString caseFieldKey(CaseField field)
{
    for (const auto &[f, key] : kCaseFields) {
        if (f == field)
            return QString::fromUtf16(key);
    }
    return {};
}

std::optional<CaseField> caseFieldFromKey(const QString &key)
{
    for (const auto &[f, k] : kCaseFields) {
        if (key == QStringView(k))
            return f;
    }
    return std::nullopt;
}

const Evidence *Assessment::findEvidence(const QString &evidenceId) const
{
    for (const Evidence &e : evidence) {
        if (e.id == evidenceId)
            return &e;
    }
    return nullptr;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Assessment makeAssessment(const QString &title, const QString &frameworkId, const QString &frameworkVersion,
                          const QDateTime &now)
{
    Assessment a;
    a.id = newId();
    a.frameworkId = frameworkId;
    a.frameworkVersion = frameworkVersion;
    a.created = now;
    a.modified = now;
    a.caseInfo.title = title;
    return a;
}

} // namespace iia
