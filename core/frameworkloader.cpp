#include "frameworkloader.h"

#include "jsonreader.h"
#include "jsonschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace iia {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::FrameworkLoader)
};

const JsonSchema *frameworkSchema()
{
    static const std::optional<JsonSchema> schema = []() -> std::optional<JsonSchema> {
        QFile file(QStringLiteral(":/iia/schema/framework.schema.json"));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        auto compiled = JsonSchema::fromJson(file.readAll(), file.fileName());
        if (!compiled)
            return std::nullopt;
        return std::move(*compiled);
    }();
    return schema ? &*schema : nullptr;
}

// Turns the validated JSON into a Framework, checking what a schema cannot express.
class Builder
{
public:
    Builder(const JsonDocument &doc, const QString &fileName)
        : m_doc(doc)
        , m_file(fileName)
    {}

    FrameworkPtr build(bool builtIn);
    Errors errors;

private:
    void error(const QString &pointer, const QString &message, ErrorCode code = ErrorCode::Semantic)
    {
        errors.append(jsonError(code, message, m_doc, pointer, m_file));
    }
    LocalizedText text(const QJsonValue &value, const QString &pointer, bool required = true);
    Item item(const QJsonObject &o, const QString &pointer, ItemKind kind);
    void checkUnique(QSet<QString> &seen, const QString &id, const QString &pointer, const QString &what);

    const JsonDocument &m_doc;
    QString m_file;
    QString m_defaultLanguage;
    QSet<QString> m_itemIds, m_questionIds, m_exampleIds, m_goalIds;
};

LocalizedText Builder::text(const QJsonValue &value, const QString &pointer, bool required)
{
    QMap<QString, QString> texts;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        texts.insert(it.key(), it.value().toString());
    if (required && texts.value(m_defaultLanguage).trimmed().isEmpty()) {
        error(pointer,
              Tr::tr("This text has no version in the default language “%1”.").arg(m_defaultLanguage));
    }
    return LocalizedText(texts);
}

void Builder::checkUnique(QSet<QString> &seen, const QString &id, const QString &pointer, const QString &what)
{
    if (seen.contains(id))
        error(pointer, Tr::tr("The %1 id “%2” is used more than once.").arg(what, id));
    seen.insert(id);
}

Item Builder::item(const QJsonObject &o, const QString &pointer, ItemKind kind)
{
    Item it;
    it.id = o.value(u"id").toString();
    it.code = o.value(u"code").toString();
    it.kind = kind;
    it.goalId = o.value(u"goal").toString();
    checkUnique(m_itemIds, it.id, jsonPointerChild(pointer, QStringLiteral("id")),
                Tr::tr("property or enabler"));
    if (kind == ItemKind::Property && o.contains(u"goal"))
        error(jsonPointerChild(pointer, QStringLiteral("goal")),
              Tr::tr("A critical property belongs to no goal."));
    it.name = text(o.value(u"name"), jsonPointerChild(pointer, QStringLiteral("name")));
    it.summary = text(o.value(u"summary"), jsonPointerChild(pointer, QStringLiteral("summary")));
    it.description = text(o.value(u"description"), jsonPointerChild(pointer, QStringLiteral("description")));
    it.whyItMatters =
        text(o.value(u"whyItMatters"), jsonPointerChild(pointer, QStringLiteral("whyItMatters")));
    it.help = text(o.value(u"help"), jsonPointerChild(pointer, QStringLiteral("help")), o.contains(u"help"));

    const QString questionsPointer = jsonPointerChild(pointer, QStringLiteral("questions"));
    const QJsonArray questions = o.value(u"questions").toArray();
    QSet<QString> ownQuestions;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QString qp = jsonPointerChild(questionsPointer, i);
        const QJsonObject qo = questions.at(i).toObject();
        Question q;
        q.id = qo.value(u"id").toString();
        q.itemId = it.id;
        checkUnique(m_questionIds, q.id, jsonPointerChild(qp, QStringLiteral("id")), Tr::tr("question"));
        ownQuestions.insert(q.id);
        q.text = text(qo.value(u"text"), jsonPointerChild(qp, QStringLiteral("text")));
        q.help = text(qo.value(u"help"), jsonPointerChild(qp, QStringLiteral("help")), qo.contains(u"help"));
        q.polarity = polarityFromKey(qo.value(u"polarity").toString()).value_or(Polarity::Harm);
        q.weight = qo.value(u"weight").toDouble();
        it.questions.append(q);
    }

    const QString examplesPointer = jsonPointerChild(pointer, QStringLiteral("examples"));
    const QJsonArray examples = o.value(u"examples").toArray();
    for (qsizetype i = 0; i < examples.size(); ++i) {
        const QString xp = jsonPointerChild(examplesPointer, i);
        const QJsonObject xo = examples.at(i).toObject();
        WorkedExample x;
        x.id = xo.value(u"id").toString();
        checkUnique(m_exampleIds, x.id, jsonPointerChild(xp, QStringLiteral("id")), Tr::tr("example"));
        x.scenario = text(xo.value(u"scenario"), jsonPointerChild(xp, QStringLiteral("scenario")));
        x.howAffected = text(xo.value(u"howAffected"), jsonPointerChild(xp, QStringLiteral("howAffected")),
                             xo.contains(u"howAffected"));
        x.effectOnPeople =
            text(xo.value(u"effectOnPeople"), jsonPointerChild(xp, QStringLiteral("effectOnPeople")),
                 xo.contains(u"effectOnPeople"));
        const QJsonObject rating = xo.value(u"rating").toObject();
        x.impact = rating.value(u"impact").toBool() ? Impact::Yes : Impact::No;
        x.direction = directionFromKey(rating.value(u"direction").toString()).value_or(Direction::Unset);
        x.strength = strengthFromKey(rating.value(u"strength").toString()).value_or(Strength::Unset);
        x.source = xo.value(u"source").toString();
        const QJsonObject answers = xo.value(u"answers").toObject();
        for (auto a = answers.begin(); a != answers.end(); ++a) {
            if (!ownQuestions.contains(a.key())) {
                error(
                    jsonPointerChild(jsonPointerChild(xp, QStringLiteral("answers")), a.key()),
                    Tr::tr("The example answers “%1”, which is not a question of “%2”.").arg(a.key(), it.id));
            }
            x.answers.insert(a.key(), answerFromKey(a.value().toString()).value_or(AnswerValue::Unanswered));
        }
        it.examples.append(x);
    }

    const QJsonObject keywords = o.value(u"keywords").toObject();
    for (auto k = keywords.begin(); k != keywords.end(); ++k) {
        QStringList terms;
        for (const QJsonValue &v : k.value().toArray())
            terms.append(v.toString());
        it.keywords.insert(k.key(), terms);
    }
    return it;
}

FrameworkPtr Builder::build(bool builtIn)
{
    const QJsonObject root = m_doc.root.toObject();
    auto fw = std::make_shared<Framework>();
    fw->format = root.value(u"format").toInt();
    if (fw->format > FrameworkLoader::kFormat) {
        error(
            QStringLiteral("/format"),
            Tr::tr(
                "This framework file uses format %1, but this version of the application reads format %2 at "
                "most. "
                "Install a newer version of the application to use it.")
                .arg(fw->format)
                .arg(FrameworkLoader::kFormat),
            ErrorCode::Unsupported);
        return nullptr;
    }
    fw->id = root.value(u"id").toString();
    fw->version = root.value(u"version").toString();
    fw->defaultLanguage = root.value(u"defaultLanguage").toString();
    m_defaultLanguage = fw->defaultLanguage;
    for (const QJsonValue &v : root.value(u"languages").toArray())
        fw->languages.append(v.toString());
    if (!fw->languages.contains(fw->defaultLanguage))
        error(QStringLiteral("/defaultLanguage"),
              Tr::tr("The default language “%1” is not among the framework’s languages.")
                  .arg(fw->defaultLanguage));
    fw->name = text(root.value(u"name"), QStringLiteral("/name"));
    fw->shortName = text(root.value(u"shortName"), QStringLiteral("/shortName"), root.contains(u"shortName"));
    fw->description = text(root.value(u"description"), QStringLiteral("/description"));
    fw->credit = text(root.value(u"credit"), QStringLiteral("/credit"));
    const QJsonArray sources = root.value(u"sources").toArray();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QJsonObject so = sources.at(i).toObject();
        fw->sources.append({text(so.value(u"title"), QStringLiteral("/sources/%1/title").arg(i)),
                            so.value(u"url").toString()});
    }

    const QJsonObject scoring = root.value(u"scoring").toObject();
    ScoringParameters &p = fw->scoring;
    const QJsonObject values = scoring.value(u"answerValues").toObject();
    p.yesValue = values.value(u"yes").toDouble();
    p.partlyValue = values.value(u"partly").toDouble();
    p.noValue = values.value(u"no").toDouble();
    const QJsonObject thresholds = scoring.value(u"strengthThresholds").toObject();
    p.strongAt = thresholds.value(u"strong").toDouble();
    p.moderateAt = thresholds.value(u"moderate").toDouble();
    p.mixedRatio = scoring.value(u"mixedRatio").toDouble();
    const QJsonObject ratings = scoring.value(u"ratingValues").toObject();
    p.strongRating = ratings.value(u"strong").toInt();
    p.moderateRating = ratings.value(u"moderate").toInt();
    p.weakRating = ratings.value(u"weak").toInt();
    const QJsonObject verdicts = scoring.value(u"verdicts").toObject();
    p.severeRating = verdicts.value(u"severeRating").toInt();
    p.severeCount = verdicts.value(u"severeCount").toInt();
    if (p.moderateAt > p.strongAt)
        error(QStringLiteral("/scoring/strengthThresholds/moderate"),
              Tr::tr("The threshold for a moderate impact is above the one for a strong impact."));
    if (!(p.weakRating <= p.moderateRating && p.moderateRating <= p.strongRating))
        error(QStringLiteral("/scoring/ratingValues"),
              Tr::tr("The rating values must grow from weak to moderate to strong."));
    if (p.noValue > p.partlyValue || p.partlyValue > p.yesValue)
        error(QStringLiteral("/scoring/answerValues"),
              Tr::tr("The answer values must grow from “no” to “partly” to “yes”."));

    const QJsonArray goals = root.value(u"goals").toArray();
    for (qsizetype i = 0; i < goals.size(); ++i) {
        const QString gp = QStringLiteral("/goals/%1").arg(i);
        const QJsonObject go = goals.at(i).toObject();
        Goal g;
        g.id = go.value(u"id").toString();
        checkUnique(m_goalIds, g.id, gp + QStringLiteral("/id"), Tr::tr("goal"));
        g.name = text(go.value(u"name"), gp + QStringLiteral("/name"));
        g.description = text(go.value(u"description"), gp + QStringLiteral("/description"));
        fw->goals.append(g);
    }

    const QJsonArray properties = root.value(u"properties").toArray();
    for (qsizetype i = 0; i < properties.size(); ++i)
        fw->properties.append(
            item(properties.at(i).toObject(), QStringLiteral("/properties/%1").arg(i), ItemKind::Property));
    const QJsonArray enablers = root.value(u"enablers").toArray();
    for (qsizetype i = 0; i < enablers.size(); ++i) {
        const QString ep = QStringLiteral("/enablers/%1").arg(i);
        Item e = item(enablers.at(i).toObject(), ep, ItemKind::Enabler);
        bool found = false;
        for (Goal &g : fw->goals) {
            if (g.id == e.goalId) {
                g.enablerIds.append(e.id);
                found = true;
            }
        }
        if (!found)
            error(ep + QStringLiteral("/goal"),
                  Tr::tr("The goal “%1” is not defined in “goals”.").arg(e.goalId));
        fw->enablers.append(std::move(e));
    }
    for (qsizetype i = 0; i < fw->goals.size(); ++i) {
        if (fw->goals.at(i).enablerIds.isEmpty())
            error(QStringLiteral("/goals/%1").arg(i),
                  Tr::tr("The goal “%1” has no enabler.").arg(fw->goals.at(i).id));
    }

    const QJsonObject patterns = root.value(u"clausePatterns").toObject();
    for (auto it = patterns.begin(); it != patterns.end(); ++it) {
        const QJsonArray list = it.value().toArray();
        QStringList compiled;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString pattern = list.at(i).toString();
            const QRegularExpression re(pattern);
            if (!re.isValid()) {
                error(QStringLiteral("/clausePatterns/%1/%2").arg(jsonPointerEscape(it.key())).arg(i),
                      Tr::tr("This is not a valid regular expression: %1.").arg(re.errorString()));
            }
            compiled.append(pattern);
        }
        fw->clausePatterns.insert(it.key(), compiled);
    }

    fw->origin = m_file;
    fw->builtIn = builtIn;
    fw->buildIndex();
    return fw;
}

Errors validate(const QByteArray &data, const QString &fileName, std::optional<JsonDocument> &doc)
{
    auto parsed = readJson(data, fileName);
    if (!parsed)
        return {parsed.error()};
    doc = std::move(*parsed);
    const JsonSchema *schema = frameworkSchema();
    if (!schema)
        return {Error{ErrorCode::Io,
                      Tr::tr("The framework schema built into the application could not be read."),
                      fileName,
                      0,
                      0,
                      {}}};
    return schema->validate(*doc, fileName);
}

Errors tooLarge(qint64 size, const QString &fileName)
{
    return {Error{ErrorCode::InvalidInput,
                  Tr::tr("The file is %1 MB; framework files may be %2 MB at most.")
                      .arg(size / (1024 * 1024))
                      .arg(FrameworkLoader::kMaxFileSize / (1024 * 1024)),
                  fileName,
                  0,
                  0,
                  {}}};
}

} // namespace

std::expected<FrameworkPtr, Errors> FrameworkLoader::load(const QByteArray &data, const QString &fileName,
                                                          bool builtIn)
{
    if (data.size() > kMaxFileSize)
        return std::unexpected(tooLarge(data.size(), fileName));
    std::optional<JsonDocument> doc;
    // A newer format may well break our schema: say "too new" rather than listing its differences.
    Errors errors = validate(data, fileName, doc);
    if (doc && doc->root.toObject().value(u"format").toInt() > kFormat) {
        errors.clear();
    } else if (!errors.isEmpty()) {
        return std::unexpected(errors);
    }
    Builder builder(*doc, fileName);
    FrameworkPtr fw = builder.build(builtIn);
    if (!builder.errors.isEmpty())
        return std::unexpected(builder.errors);
    return fw;
}

std::expected<FrameworkPtr, Errors> FrameworkLoader::loadFile(const QString &path, bool builtIn)
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
    return load(file.readAll(), path, builtIn);
}

Errors FrameworkLoader::missingTranslations(const QByteArray &data, const QString &fileName)
{
    std::optional<JsonDocument> doc;
    if (!validate(data, fileName, doc).isEmpty() || !doc)
        return {};
    const QJsonObject root = doc->root.toObject();
    QStringList languages;
    for (const QJsonValue &v : root.value(u"languages").toArray())
        languages.append(v.toString());
    Errors warnings;
    // Walk every object that is a localized text: one whose keys are all language codes with string values.
    std::function<void(const QJsonValue &, const QString &, bool)> walk = [&](const QJsonValue &v,
                                                                              const QString &pointer,
                                                                              bool inText) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (inText) {
                for (const QString &lang : std::as_const(languages)) {
                    if (o.value(lang).toString().trimmed().isEmpty())
                        warnings.append(jsonError(ErrorCode::Semantic,
                                                  Tr::tr("No text in “%1”; “%2” is shown instead.")
                                                      .arg(lang, root.value(u"defaultLanguage").toString()),
                                                  *doc, pointer, fileName));
                }
                return;
            }
            for (auto it = o.begin(); it != o.end(); ++it) {
                static const QStringList kTextKeys{
                    QStringLiteral("name"),         QStringLiteral("shortName"),
                    QStringLiteral("description"),  QStringLiteral("credit"),
                    QStringLiteral("title"),        QStringLiteral("summary"),
                    QStringLiteral("whyItMatters"), QStringLiteral("help"),
                    QStringLiteral("text"),         QStringLiteral("scenario"),
                    QStringLiteral("howAffected"),  QStringLiteral("effectOnPeople")};
                walk(it.value(), jsonPointerChild(pointer, it.key()), kTextKeys.contains(it.key()));
            }
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                walk(a.at(i), jsonPointerChild(pointer, i), false);
        }
    };
    walk(doc->root, QString(), false);
    for (const QString &section : {QStringLiteral("clausePatterns")}) {
        const QJsonObject o = root.value(section).toObject();
        for (const QString &lang : std::as_const(languages)) {
            if (!o.isEmpty() && !o.contains(lang))
                warnings.append(jsonError(ErrorCode::Semantic,
                                          Tr::tr("No clause patterns for “%1”.").arg(lang), *doc,
                                          QLatin1Char('/') + section, fileName));
        }
    }
    return warnings;
}

} // namespace iia
