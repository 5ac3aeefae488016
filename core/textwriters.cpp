#include "textwriters.h"

#include "interchange.h"

#include <QCoreApplication>
#include <QLocale>

namespace iia::textwriters {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::TextWriters)
};

// Pads to width in characters (not bytes); truncates with an ellipsis when longer.
QString cell(const QString &text, qsizetype width)
{
    if (text.size() > width)
        return text.left(width - 1) + u'…';
    return text.leftJustified(width, u' ');
}

QString verdictLine(const QString &heading, const VerdictScore &v)
{
    QString line = u"%1: %2"_s.arg(heading, label(v.verdict));
    if (!v.drivers.isEmpty())
        line += u" ("_s + v.drivers.join(u", "_s) + u')';
    line += u" — "_s + Tr::tr("%1 of %2 rated, coverage %3, unsure %4")
                           .arg(v.assessedItems)
                           .arg(v.totalItems)
                           .arg(percent(v.coverage), percent(v.uncertainty));
    return line;
}

QString suggestedPhrase(const SuggestedRating &s)
{
    if (s.impact == Impact::Unset)
        return Tr::tr("No answers yet");
    return ratingPhrase(s.impact, s.direction, s.strength);
}

QString analystPhrase(const Rating &r)
{
    return ratingPhrase(r.impact, r.direction, r.strength);
}

QJsonObject verdictJson(const VerdictScore &v)
{
    return {{u"id"_s, v.id},
            {u"verdict"_s, toKey(v.verdict)},
            {u"drivers"_s, QJsonArray::fromStringList(v.drivers)},
            {u"assessed"_s, v.assessedItems},
            {u"total"_s, v.totalItems},
            {u"coverage"_s, v.coverage},
            {u"uncertainty"_s, v.uncertainty}};
}

QJsonObject ratingJson(Impact impact, Direction direction, Strength strength, int numeric)
{
    return {{u"impact"_s, toKey(impact)},
            {u"direction"_s, toKey(direction)},
            {u"strength"_s, toKey(strength)},
            {u"value"_s, numeric}};
}

QJsonObject itemJson(const Framework &fw, const ItemScore &s, bool explain)
{
    const Item *item = fw.item(s.itemId);
    QJsonObject o{{u"id"_s, s.itemId},
                  {u"code"_s, item ? item->code : QString()},
                  {u"name"_s, item ? item->name.text(u"en"_s) : QString()},
                  {u"rating"_s, s.analystRated()
                                    ? QJsonValue(ratingJson(s.analyst.impact, s.analyst.direction,
                                                            s.analyst.strength, s.analystNumeric))
                                    : QJsonValue()},
                  {u"suggested"_s, s.suggested.impact != Impact::Unset
                                       ? QJsonValue(ratingJson(s.suggested.impact, s.suggested.direction,
                                                               s.suggested.strength, s.suggested.numeric))
                                       : QJsonValue()},
                  {u"disagreement"_s, s.disagreement},
                  {u"coverage"_s, s.coverage},
                  {u"uncertainty"_s, s.uncertainty},
                  {u"answered"_s, s.answered},
                  {u"questions"_s, s.total}};
    if (s.kind == ItemKind::Enabler)
        o.insert(u"goal"_s, s.goalId);
    if (explain) {
        QJsonArray trace;
        for (const Contribution &c : s.suggested.trace)
            trace.append(QJsonObject{{u"question"_s, c.questionId},
                                     {u"answer"_s, toKey(c.answer)},
                                     {u"polarity"_s, toKey(c.polarity)},
                                     {u"weight"_s, c.weight},
                                     {u"contribution"_s, c.signedValue}});
        o.insert(u"trace"_s, trace);
        o.insert(u"positive"_s, s.suggested.positive);
        o.insert(u"negative"_s, s.suggested.negative);
    }
    return o;
}

} // namespace

QString percent(double share)
{
    return Tr::tr("%1 %").arg(qRound(share * 100));
}

QString scoreTable(const Framework &fw, const Scorecard &card, const QString &language, bool explain)
{
    QString out;
    const QString header = cell(Tr::tr("Item"), 46) + u"  "_s + cell(Tr::tr("Analyst’s rating"), 24) +
                           u"  "_s + cell(Tr::tr("Suggested"), 24) + u"  "_s + Tr::tr("Coverage");
    auto section = [&](const QString &title, const QList<ItemScore> &scores) {
        out += title + u'\n' + header + u'\n' + QString(header.size(), u'-') + u'\n';
        for (const ItemScore &s : scores) {
            const Item *item = fw.item(s.itemId);
            const QString name =
                item ? item->code + u' ' + item->name.text(language, fw.defaultLanguage) : s.itemId;
            QString line = cell(name, 46) + u"  "_s + cell(analystPhrase(s.analyst), 24) + u"  "_s +
                           cell(suggestedPhrase(s.suggested), 24) + u"  "_s +
                           Tr::tr("%1/%2").arg(s.answered).arg(s.total);
            if (s.unsure > 0)
                line += u"  "_s + Tr::tr("(%n unsure)", nullptr, s.unsure);
            if (s.disagreement)
                line += u"  "_s + Tr::tr("! differs");
            out += line.trimmed() + u'\n';
            if (explain) {
                for (const Contribution &c : s.suggested.trace) {
                    out += u"    "_s +
                           Tr::tr("%1  %2  (%3, weight %4)  → %5")
                               .arg(cell(c.questionId, 10), cell(label(c.answer), 14),
                                    c.polarity == Polarity::Harm ? Tr::tr("harm if yes")
                                                                 : Tr::tr("support if yes"))
                               .arg(c.weight)
                               .arg(c.signedValue, 0, 'g', 3) +
                           u'\n';
                }
                if (!s.suggested.trace.isEmpty())
                    out += u"    "_s +
                           Tr::tr("support %1 − harm %2 = %3")
                               .arg(s.suggested.positive, 0, 'g', 3)
                               .arg(s.suggested.negative, 0, 'g', 3)
                               .arg(s.suggested.net, 0, 'g', 3) +
                           u'\n';
            }
        }
        out += u'\n';
    };
    section(Tr::tr("Critical properties — what the Internet needs to exist"), card.properties);
    section(Tr::tr("Enablers — what the Internet needs to thrive"), card.enablers);
    out += verdictLine(Tr::tr("Exist"), card.exist) + u'\n';
    out += verdictLine(Tr::tr("Thrive"), card.thrive) + u'\n';
    for (const VerdictScore &g : card.goals) {
        const Goal *goal = fw.goal(g.id);
        out += u"  "_s + verdictLine(goal ? goal->name.text(language, fw.defaultLanguage) : g.id, g) + u'\n';
    }
    out += Tr::tr("Completion: %1").arg(percent(card.completion)) + u'\n';
    return out;
}

QJsonObject scoreJson(const Framework &fw, const Scorecard &card, bool explain)
{
    QJsonArray properties, enablers, goals;
    for (const ItemScore &s : card.properties)
        properties.append(itemJson(fw, s, explain));
    for (const ItemScore &s : card.enablers)
        enablers.append(itemJson(fw, s, explain));
    for (const VerdictScore &g : card.goals)
        goals.append(verdictJson(g));
    return {{u"framework"_s, QJsonObject{{u"id"_s, fw.id}, {u"version"_s, fw.version}}},
            {u"properties"_s, properties},
            {u"enablers"_s, enablers},
            {u"verdicts"_s, QJsonObject{{u"exist"_s, verdictJson(card.exist)},
                                        {u"thrive"_s, verdictJson(card.thrive)},
                                        {u"goals"_s, goals}}},
            {u"completion"_s, card.completion}};
}

QString assessmentText(const Framework &fw, const Assessment &a, const QString &language)
{
    const CaseInfo &c = a.caseInfo;
    QString out;
    auto field = [&](const QString &name, const QString &value) {
        if (!value.trimmed().isEmpty())
            out += name + u": "_s + value.trimmed().replace(u'\n', u"; "_s) + u'\n';
    };
    out += c.title + u'\n' + QString(c.title.size(), u'=') + u'\n';
    field(Tr::tr("Id"), a.id);
    field(Tr::tr("Framework"), fw.name.text(language, fw.defaultLanguage) + u' ' + a.frameworkVersion);
    field(Tr::tr("Jurisdiction"), c.jurisdiction);
    field(Tr::tr("Instrument"), c.instrument.isEmpty() ? QString() : instrumentLabel(c.instrument));
    field(Tr::tr("Stage"), c.stage.isEmpty() ? QString() : stageLabel(c.stage));
    field(Tr::tr("Authors"), c.authors);
    field(Tr::tr("Contributors"), c.contributors);
    field(Tr::tr("Version"), c.versionLabel);
    field(Tr::tr("Date"), c.briefDate);
    field(Tr::tr("Created"), Interchange::formatTime(a.created));
    field(Tr::tr("Modified"), Interchange::formatTime(a.modified));
    field(Tr::tr("Summary"), c.summary);
    for (const QString &key : planningFields())
        field(planningFieldLabel(key), a.planning.value(key));
    if (!a.draftText.isEmpty())
        out += Tr::tr("Draft text: %n character(s)", nullptr, int(a.draftText.size())) +
               (a.draftSource.isEmpty() ? QString() : u" ("_s + a.draftSource + u')') + u'\n';
    for (const Item *item : fw.items()) {
        const Rating r = a.rating(item->id);
        bool any = !r.isEmpty();
        for (const Question &q : item->questions)
            any = any || a.answers.contains(q.id);
        if (!any)
            continue;
        out += u'\n' + item->code + u' ' + item->name.text(language, fw.defaultLanguage) + u'\n';
        if (!r.isEmpty()) {
            out +=
                u"  "_s + Tr::tr("Rating: %1").arg(ratingPhrase(r.impact, r.direction, r.strength)) + u'\n';
            if (!r.howAffected.isEmpty())
                out += u"  "_s + Tr::tr("How it is affected: %1").arg(r.howAffected) + u'\n';
            if (!r.effectOnPeople.isEmpty())
                out += u"  "_s + Tr::tr("Effect on people: %1").arg(r.effectOnPeople) + u'\n';
        }
        for (const Question &q : item->questions) {
            const Answer ans = a.answer(q.id);
            if (ans.isEmpty())
                continue;
            out += u"  "_s + q.id + u' ' + q.text.text(language, fw.defaultLanguage) + u' ' +
                   label(ans.value) + u'\n';
            if (!ans.note.isEmpty())
                out += u"      "_s + ans.note + u'\n';
        }
    }
    if (!a.evidence.isEmpty()) {
        out += u'\n' + Tr::tr("Evidence") + u'\n';
        for (const Evidence &e : a.evidence)
            out += u"  "_s + e.targetId + u": “"_s + e.quote.simplified() + u"”"_s +
                   (e.clause.isEmpty() ? QString() : u" ("_s + e.clause + u')') + u'\n';
    }
    field(u'\n' + Tr::tr("Conclusions"), a.conclusions);
    field(Tr::tr("Recommendations"), a.recommendations);
    return out;
}

QJsonObject assessmentJson(const Framework &fw, const Assessment &a, const Scorecard &card)
{
    QJsonObject o = Interchange::toJson(a);
    o.insert(u"score"_s, scoreJson(fw, card, false));
    return o;
}

QString summaryTable(const QList<AssessmentSummary> &rows)
{
    if (rows.isEmpty())
        return Tr::tr("The library is empty.") + u'\n';
    QString out = cell(Tr::tr("Id"), 36) + u"  "_s + cell(Tr::tr("Title"), 40) + u"  "_s +
                  cell(Tr::tr("Jurisdiction"), 16) + u"  "_s + cell(Tr::tr("Exist"), 16) + u"  "_s +
                  cell(Tr::tr("Thrive"), 16) + u"  "_s + Tr::tr("Done") + u'\n';
    for (const AssessmentSummary &s : rows) {
        const QString line = cell(s.id, 36) + u"  "_s + cell(s.title, 40) + u"  "_s +
                             cell(s.jurisdiction, 16) + u"  "_s + cell(label(s.exist), 16) + u"  "_s +
                             cell(label(s.thrive), 16) + u"  "_s + percent(s.completion);
        out += line.trimmed() + u'\n';
    }
    return out;
}

QJsonArray summaryJson(const QList<AssessmentSummary> &rows)
{
    QJsonArray out;
    for (const AssessmentSummary &s : rows) {
        QJsonObject o{
            {u"id"_s, s.id},
            {u"title"_s, s.title},
            {u"jurisdiction"_s, s.jurisdiction},
            {u"instrument"_s, s.instrument},
            {u"stage"_s, s.stage},
            {u"framework"_s, QJsonObject{{u"id"_s, s.frameworkId}, {u"version"_s, s.frameworkVersion}}},
            {u"created"_s, Interchange::formatTime(s.created)},
            {u"modified"_s, Interchange::formatTime(s.modified)},
            {u"exist"_s, toKey(s.exist)},
            {u"thrive"_s, toKey(s.thrive)},
            {u"completion"_s, s.completion}};
        if (s.deleted.isValid())
            o.insert(u"deleted"_s, Interchange::formatTime(s.deleted));
        out.append(o);
    }
    return out;
}

QString backupsTable(const QList<BackupInfo> &backups)
{
    if (backups.isEmpty())
        return Tr::tr("There are no backups yet.") + u'\n';
    QString out = cell(Tr::tr("Name"), 34) + u"  "_s + cell(Tr::tr("Taken"), 19) + u"  "_s +
                  cell(Tr::tr("Size"), 10) + u"  "_s + Tr::tr("Assessments") + u'\n';
    for (const BackupInfo &b : backups) {
        out += cell(b.name, 34) + u"  "_s +
               cell(b.created.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), 19) + u"  "_s +
               cell(QLocale().formattedDataSize(b.size, 1), 10) + u"  "_s + QString::number(b.assessments) +
               u'\n';
    }
    return out;
}

QJsonArray backupsJson(const QList<BackupInfo> &backups)
{
    QJsonArray out;
    for (const BackupInfo &b : backups) {
        out.append(QJsonObject{{u"name"_s, b.name},
                               {u"taken"_s, Interchange::formatTime(b.created)},
                               {u"size"_s, b.size},
                               {u"assessments"_s, b.assessments},
                               {u"schemaVersion"_s, b.schemaVersion}});
    }
    return out;
}

QString frameworksTable(const QList<FrameworkPtr> &frameworks, const QString &language)
{
    QString out = cell(Tr::tr("Id"), 12) + u"  "_s + cell(Tr::tr("Version"), 8) + u"  "_s +
                  cell(Tr::tr("Properties"), 10) + u"  "_s + cell(Tr::tr("Enablers"), 8) + u"  "_s +
                  cell(Tr::tr("Questions"), 9) + u"  "_s + Tr::tr("Name") + u'\n';
    for (const FrameworkPtr &f : frameworks) {
        out += cell(f->id, 12) + u"  "_s + cell(f->version, 8) + u"  "_s +
               cell(QString::number(f->properties.size()), 10) + u"  "_s +
               cell(QString::number(f->enablers.size()), 8) + u"  "_s +
               cell(QString::number(f->questionCount()), 9) + u"  "_s +
               f->name.text(language, f->defaultLanguage) +
               (f->builtIn ? QString() : u" ("_s + f->origin + u')') + u'\n';
    }
    return out;
}

QJsonArray frameworksJson(const QList<FrameworkPtr> &frameworks, const QString &language)
{
    QJsonArray out;
    for (const FrameworkPtr &f : frameworks) {
        out.append(QJsonObject{{u"id"_s, f->id},
                               {u"version"_s, f->version},
                               {u"name"_s, f->name.text(language, f->defaultLanguage)},
                               {u"builtIn"_s, f->builtIn},
                               {u"origin"_s, f->origin},
                               {u"languages"_s, QJsonArray::fromStringList(f->languages)},
                               {u"properties"_s, int(f->properties.size())},
                               {u"enablers"_s, int(f->enablers.size())},
                               {u"goals"_s, int(f->goals.size())},
                               {u"questions"_s, f->questionCount()}});
    }
    return out;
}

} // namespace iia::textwriters
