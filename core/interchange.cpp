#include "interchange.h"

#include "atomicfile_p.h"
#include "frameworkregistry.h"
#include "jsonreader.h"
#include "jsonschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace iia {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::Interchange)
};

constexpr auto kFormatName = u"internet-impact-assessment";

Errors tooLarge(qint64 size, const QString &fileName)
{
    return {Error{ErrorCode::InvalidInput,
                  Tr::tr("The file is %1 MB; assessment files may be %2 MB at most.")
                      .arg(size / (1024 * 1024))
                      .arg(Interchange::kMaxFileSize / (1024 * 1024)),
                  fileName,
                  0,
                  0,
                  {}}};
}

const JsonSchema *iiaSchema()
{
    static const std::optional<JsonSchema> schema = []() -> std::optional<JsonSchema> {
        QFile file(QStringLiteral(":/iia/schema/iia.schema.json"));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        auto compiled = JsonSchema::fromJson(file.readAll(), file.fileName());
        if (!compiled)
            return std::nullopt;
        return std::move(*compiled);
    }();
    return schema ? &*schema : nullptr;
}

QJsonObject evidenceToJson(const Evidence &e)
{
    return QJsonObject{
        {u"id"_s, e.id},
        {u"target"_s, e.target == EvidenceTarget::Question ? u"question"_s : u"rating"_s},
        {u"targetId"_s, e.targetId},
        {u"start"_s, qint64(e.start)},
        {u"length"_s, qint64(e.length)},
        {u"quote"_s, e.quote},
        {u"clause"_s, e.clause},
        {u"note"_s, e.note},
        {u"created"_s, Interchange::formatTime(e.created)},
    };
}

} // namespace

QString Interchange::formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime Interchange::parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject Interchange::toJson(const Assessment &a)
{
    const CaseInfo &c = a.caseInfo;
    QJsonObject planning;
    for (auto it = a.planning.begin(); it != a.planning.end(); ++it)
        planning.insert(it.key(), it.value());
    QJsonArray answers;
    for (auto it = a.answers.begin(); it != a.answers.end(); ++it)
        answers.append(
            QJsonObject{{u"question"_s, it.key()}, {u"value"_s, toKey(it->value)}, {u"note"_s, it->note}});
    QJsonArray ratings;
    for (auto it = a.ratings.begin(); it != a.ratings.end(); ++it)
        ratings.append(QJsonObject{{u"item"_s, it.key()},
                                   {u"impact"_s, toKey(it->impact)},
                                   {u"direction"_s, toKey(it->direction)},
                                   {u"strength"_s, toKey(it->strength)},
                                   {u"howAffected"_s, it->howAffected},
                                   {u"effectOnPeople"_s, it->effectOnPeople}});
    QJsonArray evidence;
    for (const Evidence &e : a.evidence)
        evidence.append(evidenceToJson(e));
    return QJsonObject{
        {u"id"_s, a.id},
        {u"framework"_s, QJsonObject{{u"id"_s, a.frameworkId}, {u"version"_s, a.frameworkVersion}}},
        {u"created"_s, formatTime(a.created)},
        {u"modified"_s, formatTime(a.modified)},
        {u"case"_s, QJsonObject{{u"title"_s, c.title},
                                {u"jurisdiction"_s, c.jurisdiction},
                                {u"instrument"_s, c.instrument},
                                {u"stage"_s, c.stage},
                                {u"summary"_s, c.summary},
                                {u"authors"_s, c.authors},
                                {u"contributors"_s, c.contributors},
                                {u"version"_s, c.versionLabel},
                                {u"date"_s, c.briefDate}}},
        {u"planning"_s, planning},
        {u"draft"_s, QJsonObject{{u"text"_s, a.draftText}, {u"source"_s, a.draftSource}}},
        {u"answers"_s, answers},
        {u"ratings"_s, ratings},
        {u"evidence"_s, evidence},
        {u"conclusions"_s, a.conclusions},
        {u"recommendations"_s, a.recommendations},
    };
}

Assessment Interchange::fromJson(const QJsonObject &o)
{
    Assessment a;
    a.id = o.value(u"id").toString();
    const QJsonObject fw = o.value(u"framework").toObject();
    a.frameworkId = fw.value(u"id").toString();
    a.frameworkVersion = fw.value(u"version").toString();
    a.created = parseTime(o.value(u"created").toString());
    a.modified = parseTime(o.value(u"modified").toString());
    const QJsonObject c = o.value(u"case").toObject();
    a.caseInfo.title = c.value(u"title").toString();
    a.caseInfo.jurisdiction = c.value(u"jurisdiction").toString();
    a.caseInfo.instrument = c.value(u"instrument").toString();
    a.caseInfo.stage = c.value(u"stage").toString();
    a.caseInfo.summary = c.value(u"summary").toString();
    a.caseInfo.authors = c.value(u"authors").toString();
    a.caseInfo.contributors = c.value(u"contributors").toString();
    a.caseInfo.versionLabel = c.value(u"version").toString();
    a.caseInfo.briefDate = c.value(u"date").toString();
    const QJsonObject planning = o.value(u"planning").toObject();
    for (auto it = planning.begin(); it != planning.end(); ++it) {
        if (!it.value().toString().isEmpty())
            a.planning.insert(it.key(), it.value().toString());
    }
    const QJsonObject draft = o.value(u"draft").toObject();
    a.draftText = draft.value(u"text").toString();
    a.draftSource = draft.value(u"source").toString();
    for (const QJsonValue &v : o.value(u"answers").toArray()) {
        const QJsonObject ao = v.toObject();
        Answer answer{answerFromKey(ao.value(u"value").toString()).value_or(AnswerValue::Unanswered),
                      ao.value(u"note").toString()};
        if (!answer.isEmpty())
            a.answers.insert(ao.value(u"question").toString(), answer);
    }
    for (const QJsonValue &v : o.value(u"ratings").toArray()) {
        const QJsonObject ro = v.toObject();
        Rating r;
        r.impact = impactFromKey(ro.value(u"impact").toString()).value_or(Impact::Unset);
        r.direction = directionFromKey(ro.value(u"direction").toString()).value_or(Direction::Unset);
        r.strength = strengthFromKey(ro.value(u"strength").toString()).value_or(Strength::Unset);
        r.howAffected = ro.value(u"howAffected").toString();
        r.effectOnPeople = ro.value(u"effectOnPeople").toString();
        if (!r.isEmpty())
            a.ratings.insert(ro.value(u"item").toString(), r);
    }
    for (const QJsonValue &v : o.value(u"evidence").toArray()) {
        const QJsonObject eo = v.toObject();
        Evidence e;
        e.id = eo.value(u"id").toString();
        e.target =
            eo.value(u"target").toString() == u"rating" ? EvidenceTarget::Rating : EvidenceTarget::Question;
        e.targetId = eo.value(u"targetId").toString();
        e.start = qsizetype(eo.value(u"start").toInteger());
        e.length = qsizetype(eo.value(u"length").toInteger());
        e.quote = eo.value(u"quote").toString();
        e.clause = eo.value(u"clause").toString();
        e.note = eo.value(u"note").toString();
        e.created = parseTime(eo.value(u"created").toString());
        a.evidence.append(e);
    }
    a.conclusions = o.value(u"conclusions").toString();
    a.recommendations = o.value(u"recommendations").toString();
    return a;
}

QByteArray Interchange::write(const IiaDocument &document)
{
    QJsonArray history;
    for (const Revision &r : document.history)
        history.append(QJsonObject{{u"number"_s, r.info.number},
                                   {u"created"_s, formatTime(r.info.created)},
                                   {u"label"_s, r.info.label},
                                   {u"snapshot"_s, toJson(r.snapshot)}});
    const QJsonObject root{
        {u"format"_s, QString::fromUtf16(kFormatName)},
        {u"formatVersion"_s, kFormatVersion},
        {u"assessment"_s, toJson(document.assessment)},
        {u"history"_s, history},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

Result<void> writeThroughLockedTemporary(const QString &path, const QByteArray &data)
{
    atomicfile::LockedTemporary file(QFileInfo(path).absolutePath(), u"save"_s);
    if (!file.isOpen()) {
        return fail(
            Error{ErrorCode::Io,
                  Tr::tr("The file could not be created: %1. Choose another folder or check its permissions.")
                      .arg(file.errorString()),
                  path,
                  0,
                  0,
                  {}});
    }
    if (!file.write(data)) {
        return fail(
            Error{ErrorCode::Io,
                  Tr::tr("The file could not be written: %1. The previous file, if any, is unchanged.")
                      .arg(file.errorString()),
                  path,
                  0,
                  0,
                  {}});
    }
    // The file being replaced keeps its permissions, as QSaveFile does.
    const QFileInfo existing(path);
    if (existing.exists())
        QFile::setPermissions(file.path(), existing.permissions());
    if (!file.commit(path)) {
        return fail(Error{ErrorCode::Io,
                          Tr::tr("The file could not be saved: %1. The previous file, if any, is unchanged.")
                              .arg(file.errorString()),
                          path,
                          0,
                          0,
                          {}});
    }
    return {};
}

} // namespace

Result<void> writeFileAtomically(const QString &path, const QByteArray &data, TemporaryFile temporary)
{
    if (temporary == TemporaryFile::Locked)
        return writeThroughLockedTemporary(path, data);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(
            Error{ErrorCode::Io,
                  Tr::tr("The file could not be created: %1. Choose another folder or check its permissions.")
                      .arg(file.errorString()),
                  path,
                  0,
                  0,
                  {}});
    }
    // A write that fills the disk returns a short count without an error; the next one fails and says why
    // (without it the message would read "Unknown error").
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 n = file.write(data.constData() + written, data.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    if (written != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(Error{
            ErrorCode::Io,
            Tr::tr("The file could not be written: %1. The previous file, if any, is unchanged.").arg(reason),
            path,
            0,
            0,
            {}});
    }
    if (!file.commit()) {
        return fail(Error{ErrorCode::Io,
                          Tr::tr("The file could not be saved: %1. The previous file, if any, is unchanged.")
                              .arg(file.errorString()),
                          path,
                          0,
                          0,
                          {}});
    }
    return {};
}

Result<void> Interchange::writeFile(const QString &path, const IiaDocument &document)
{
    return writeFileAtomically(path, write(document));
}

namespace {

// The checks a schema cannot make: ids against the framework, uniqueness, evidence ranges, times.
class Checker
{
public:
    Checker(const JsonDocument &doc, const QString &file, const FrameworkRegistry &registry)
        : m_doc(doc)
        , m_file(file)
        , m_registry(registry)
    {}

    void checkAssessment(const QJsonObject &o, const QString &pointer, bool strictIds);
    Errors errors;

private:
    void error(const QString &pointer, const QString &message)
    {
        errors.append(jsonError(ErrorCode::Semantic, message, m_doc, pointer, m_file));
    }
    void checkTime(const QJsonObject &o, const QString &key, const QString &pointer)
    {
        const QString text = o.value(key).toString();
        if (!text.isEmpty() && !Interchange::parseTime(text).isValid())
            error(jsonPointerChild(pointer, key),
                  Tr::tr("“%1” is not a date and time (expected e.g. 2026-05-01T09:30:00.000Z).").arg(text));
    }

    const JsonDocument &m_doc;
    QString m_file;
    const FrameworkRegistry &m_registry;
};

void Checker::checkAssessment(const QJsonObject &o, const QString &pointer, bool strictIds)
{
    const QJsonObject fwo = o.value(u"framework").toObject();
    const QString fwId = fwo.value(u"id").toString();
    FrameworkPtr fw = m_registry.resolve(fwId, fwo.value(u"version").toString());
    if (!fw) {
        error(pointer + u"/framework/id"_s, Tr::tr("This assessment uses the framework “%1”, which is not "
                                                   "installed. Add the framework file to the "
                                                   "frameworks folder first.")
                                                .arg(fwId));
        return;
    }
    checkTime(o, u"created"_s, pointer);
    checkTime(o, u"modified"_s, pointer);
    if (o.value(u"case").toObject().value(u"title").toString().trimmed().isEmpty())
        error(pointer + u"/case/title"_s, Tr::tr("The title is empty."));
    const QStringList planningKeys = planningFields();
    const QJsonObject planning = o.value(u"planning").toObject();
    for (auto it = planning.begin(); it != planning.end(); ++it) {
        if (!planningKeys.contains(it.key()))
            error(jsonPointerChild(pointer + u"/planning"_s, it.key()),
                  Tr::tr("“%1” is not a field of the planning worksheet.").arg(it.key()));
    }
    const QJsonObject c = o.value(u"case").toObject();
    const QString instrument = c.value(u"instrument").toString();
    if (!instrument.isEmpty() && !instrumentKinds().contains(instrument))
        error(pointer + u"/case/instrument"_s,
              Tr::tr("“%1” is not a known kind of instrument.").arg(instrument));
    const QString stage = c.value(u"stage").toString();
    if (!stage.isEmpty() && !stageKinds().contains(stage))
        error(pointer + u"/case/stage"_s, Tr::tr("“%1” is not a known stage.").arg(stage));

    QSet<QString> seen;
    const QJsonArray answers = o.value(u"answers").toArray();
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString qid = answers.at(i).toObject().value(u"question").toString();
        const QString p = pointer + u"/answers/%1/question"_s.arg(i);
        if (seen.contains(qid))
            error(p, Tr::tr("The question “%1” is answered twice.").arg(qid));
        seen.insert(qid);
        if (strictIds && !fw->question(qid))
            error(p, Tr::tr("The framework “%1” has no question “%2”.").arg(fw->key(), qid));
    }
    seen.clear();
    const QJsonArray ratings = o.value(u"ratings").toArray();
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const QString iid = ratings.at(i).toObject().value(u"item").toString();
        const QString p = pointer + u"/ratings/%1/item"_s.arg(i);
        if (seen.contains(iid))
            error(p, Tr::tr("“%1” is rated twice.").arg(iid));
        seen.insert(iid);
        if (strictIds && !fw->item(iid))
            error(p, Tr::tr("The framework “%1” has no property or enabler “%2”.").arg(fw->key(), iid));
    }
    seen.clear();
    const qsizetype textLength = o.value(u"draft").toObject().value(u"text").toString().size();
    const QJsonArray evidence = o.value(u"evidence").toArray();
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        const QJsonObject e = evidence.at(i).toObject();
        const QString p = pointer + u"/evidence/%1"_s.arg(i);
        const QString eid = e.value(u"id").toString();
        if (seen.contains(eid))
            error(p + u"/id"_s, Tr::tr("The evidence id “%1” is used twice.").arg(eid));
        seen.insert(eid);
        const qint64 start = e.value(u"start").toInteger();
        const qint64 length = e.value(u"length").toInteger();
        if (start + length > textLength)
            error(p + u"/length"_s,
                  Tr::tr("The passage ends at character %1, but the draft text has only %2 characters.")
                      .arg(start + length)
                      .arg(textLength));
        checkTime(e, u"created"_s, p);
        if (!strictIds)
            continue;
        const QString target = e.value(u"targetId").toString();
        const bool isQuestion = e.value(u"target").toString() == u"question";
        if (isQuestion ? !fw->question(target) : !fw->item(target))
            error(p + u"/targetId"_s,
                  isQuestion
                      ? Tr::tr("The framework “%1” has no question “%2”.").arg(fw->key(), target)
                      : Tr::tr("The framework “%1” has no property or enabler “%2”.").arg(fw->key(), target));
    }
}

} // namespace

std::expected<IiaDocument, Errors> Interchange::read(const QByteArray &data, const QString &fileName,
                                                     const FrameworkRegistry &registry)
{
    if (data.size() > kMaxFileSize)
        return std::unexpected(tooLarge(data.size(), fileName));
    auto parsed = readJson(data, fileName);
    if (!parsed)
        return std::unexpected(Errors{parsed.error()});
    const JsonDocument &doc = *parsed;
    const QJsonObject root = doc.root.toObject();

    // Say "not ours" or "too new" before listing schema differences that would only confuse.
    if (!doc.root.isObject() || root.value(u"format").toString() != QStringView(kFormatName)) {
        return std::unexpected(Errors{
            jsonError(ErrorCode::NotOurs, Tr::tr("This is not an Internet Impact Assessment file (.iia)."),
                      doc, root.contains(u"format") ? u"/format"_s : QString(), fileName)});
    }
    const QJsonValue version = root.value(u"formatVersion");
    if (version.isDouble() && version.toDouble() > kFormatVersion) {
        return std::unexpected(
            Errors{jsonError(ErrorCode::Unsupported,
                             Tr::tr("This file was written in format version %1 by a newer version of the "
                                    "application, which reads "
                                    "version %2 at most. Install the newer version to open it.")
                                 .arg(version.toDouble())
                                 .arg(kFormatVersion),
                             doc, u"/formatVersion"_s, fileName)});
    }
    const JsonSchema *schema = iiaSchema();
    if (!schema)
        return std::unexpected(
            Errors{Error{ErrorCode::Io,
                         Tr::tr("The .iia schema built into the application could not be read."),
                         fileName,
                         0,
                         0,
                         {}}});
    Errors errors = schema->validate(doc, fileName);
    if (!errors.isEmpty())
        return std::unexpected(errors);

    Checker checker(doc, fileName, registry);
    const QJsonObject assessment = root.value(u"assessment").toObject();
    checker.checkAssessment(assessment, u"/assessment"_s, true);
    const QJsonArray history = root.value(u"history").toArray();
    QSet<int> numbers;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const QJsonObject r = history.at(i).toObject();
        const int number = r.value(u"number").toInt();
        if (numbers.contains(number))
            checker.errors.append(jsonError(ErrorCode::Semantic,
                                            Tr::tr("Revision %1 appears twice.").arg(number), doc,
                                            u"/history/%1/number"_s.arg(i), fileName));
        numbers.insert(number);
        // Older revisions may name questions of an older framework version: check shape and ranges only.
        checker.checkAssessment(r.value(u"snapshot").toObject(), u"/history/%1/snapshot"_s.arg(i), false);
    }
    if (!checker.errors.isEmpty())
        return std::unexpected(checker.errors);

    IiaDocument result;
    result.assessment = fromJson(assessment);
    for (const QJsonValue &v : history) {
        const QJsonObject r = v.toObject();
        result.history.append(
            Revision{RevisionInfo{r.value(u"number").toInt(), parseTime(r.value(u"created").toString()),
                                  r.value(u"label").toString()},
                     fromJson(r.value(u"snapshot").toObject())});
    }
    return result;
}

std::expected<IiaDocument, Errors> Interchange::readFile(const QString &path,
                                                         const FrameworkRegistry &registry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            Errors{Error{ErrorCode::Io,
                         Tr::tr("The file could not be opened: %1.").arg(file.errorString()),
                         path,
                         0,
                         0,
                         {}}});
    }
    if (file.size() > kMaxFileSize)
        return std::unexpected(tooLarge(file.size(), path));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return std::unexpected(Errors{Error{ErrorCode::Io,
                                            Tr::tr("The file could not be read: %1.").arg(file.errorString()),
                                            path,
                                            0,
                                            0,
                                            {}}});
    }
    return read(data, path, registry);
}

} // namespace iia
