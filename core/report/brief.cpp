#include "brief.h"

#include "textwriters.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace iia::report {

namespace {

constexpr const char *kContext = "iia::Brief";

// Builds the blocks of one brief; every text in the catalog's language.
class Builder
{
public:
    Builder(const Framework &framework, const Assessment &assessment, const Scorecard &card,
            const BriefOptions &options)
        : m_framework(framework)
        , m_assessment(assessment)
        , m_card(card)
        , m_options(options)
        , m_catalog(options.catalog)
        , m_language(options.catalog.language())
    {}

    Brief build();

private:
    QString t(const char *source, int n = -1) const { return m_catalog.translate(kContext, source, n); }
    QString text(const LocalizedText &value) const
    {
        return localized(value, m_catalog, m_framework.defaultLanguage);
    }
    // The user's own text, or any text that may run the other way than the brief: isolated.
    QString user(const QString &value) const { return isolated(value, m_catalog.direction()); }
    QString itemTitle(const Item &item) const { return item.code + u" — "_s + text(item.name); }
    QString percent(double share) const
    {
        return m_catalog.locale().toString(qRound(share * 100)) + u"\u00A0%"_s;
    }
    QString rating(const Rating &r) const
    {
        return ratingPhrase(r.impact, r.direction, r.strength, m_catalog);
    }
    QString suggestion(const SuggestedRating &s) const
    {
        return ratingPhrase(s.impact, s.direction, s.strength, m_catalog);
    }
    QString verdictText(const VerdictScore &v) const;
    QString questionText(const QString &questionId) const;

    void heading(int level, const QString &value, const QString &anchor)
    {
        Block b;
        b.kind = Block::Kind::Heading;
        b.level = level;
        b.text = value;
        b.anchor = anchor;
        m_blocks.append(b);
    }
    void paragraph(const QString &value, Block::Style style = Block::Style::Normal)
    {
        Block b;
        b.kind = Block::Kind::Paragraph;
        b.text = value;
        b.style = style;
        m_blocks.append(b);
    }
    // A paragraph per blank-line-separated part of value, or the muted remark when value is empty.
    void prose(const QString &value, const QString &whenEmpty)
    {
        const QStringList parts = value.trimmed().split(u"\n\n"_s, Qt::SkipEmptyParts);
        if (parts.isEmpty()) {
            paragraph(whenEmpty, Block::Style::Muted);
            return;
        }
        for (const QString &part : parts)
            paragraph(user(part.trimmed()));
    }
    void fields(QList<std::pair<QString, QString>> values)
    {
        Block b;
        b.kind = Block::Kind::Fields;
        b.fields = std::move(values);
        m_blocks.append(b);
    }
    void table(QStringList header, QList<QStringList> rows)
    {
        Block b;
        b.kind = Block::Kind::Table;
        b.header = std::move(header);
        b.rows = std::move(rows);
        m_blocks.append(b);
    }
    void list(QStringList items)
    {
        Block b;
        b.kind = Block::Kind::List;
        b.items = std::move(items);
        m_blocks.append(b);
    }

    void titleFacts(Brief &brief);
    void executiveSummary();
    void methodology();
    void context();
    void analysis(const Item &item, int level);
    void evidenceFor(const QString &targetId, const QString &label);
    void chart(ChartKind kind);
    void properties();
    void enablers();
    void conclusions();
    void annex();

    const Framework &m_framework;
    const Assessment &m_assessment;
    const Scorecard &m_card;
    const BriefOptions &m_options;
    const TextCatalog &m_catalog;
    QString m_language;
    QList<Block> m_blocks;
};

QString Builder::verdictText(const VerdictScore &v) const
{
    QString value = label(v.verdict, m_catalog);
    QStringList drivers;
    for (const QString &id : v.drivers) {
        if (const Item *item = m_framework.item(id))
            drivers.append(item->code);
    }
    if (!drivers.isEmpty())
        value += u" ("_s +
                 t(QT_TRANSLATE_NOOP("iia::Brief", "decided by %1")).arg(user(drivers.join(u", "_s))) + u')';
    return value;
}

QString Builder::questionText(const QString &questionId) const
{
    const Question *q = m_framework.question(questionId);
    return q ? text(q->text) : questionId;
}

void Builder::titleFacts(Brief &brief)
{
    const CaseInfo &c = m_assessment.caseInfo;
    const QString title = c.title.trimmed().isEmpty()
                              ? t(QT_TRANSLATE_NOOP("iia::Brief", "Untitled assessment"))
                              : c.title.trimmed();
    brief.title = t(QT_TRANSLATE_NOOP("iia::Brief", "Internet Impact Brief: %1")).arg(user(title));
    brief.subtitle = text(m_framework.name);

    QDate date = QDate::fromString(c.briefDate, Qt::ISODate);
    if (!date.isValid())
        date = m_options.generated.date();
    auto names = [](const QString &lines) {
        QStringList out;
        for (const QString &line : lines.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.trimmed().isEmpty())
                out.append(line.trimmed());
        }
        return out.join(u", "_s);
    };
    auto add = [this, &brief](const QString &labelText, const QString &value) {
        if (!value.trimmed().isEmpty())
            brief.facts.append({labelText, user(value.trimmed())});
    };
    add(t(QT_TRANSLATE_NOOP("iia::Brief", "Date")), m_catalog.locale().toString(date, QLocale::LongFormat));
    add(t(QT_TRANSLATE_NOOP("iia::Brief", "Version")), c.versionLabel);
    add(t(QT_TRANSLATE_NOOP("iia::Brief", "Authors")), names(c.authors));
    add(t(QT_TRANSLATE_NOOP("iia::Brief", "Contributors")), names(c.contributors));
    add(t(QT_TRANSLATE_NOOP("iia::Brief", "Jurisdiction")), c.jurisdiction);
    add(t(QT_TRANSLATE_NOOP("iia::Brief", "Kind of instrument")),
        c.instrument.isEmpty() ? QString() : instrumentLabel(c.instrument, m_catalog));
    add(t(QT_TRANSLATE_NOOP("iia::Brief", "Stage")),
        c.stage.isEmpty() ? QString() : stageLabel(c.stage, m_catalog));
}

void Builder::executiveSummary()
{
    heading(1, t(QT_TRANSLATE_NOOP("iia::Brief", "Executive summary")), u"summary"_s);
    if (!m_assessment.caseInfo.summary.trimmed().isEmpty())
        paragraph(user(m_assessment.caseInfo.summary.trimmed()), Block::Style::Lead);

    fields({
        {t(QT_TRANSLATE_NOOP("iia::Brief", "Can the Internet still exist as it does? (critical properties)")),
         verdictText(m_card.exist)},
        {t(QT_TRANSLATE_NOOP("iia::Brief", "Can it still thrive? (enablers)")), verdictText(m_card.thrive)},
    });

    // Key findings: every item with an impact, strongest first; then what is not assessed.
    QList<const ItemScore *> found;
    int unassessed = 0;
    for (const ItemScore *score : m_card.items()) {
        if (score->effectiveImpact() == Impact::Yes)
            found.append(score);
        else if (score->effectiveImpact() == Impact::Unset)
            ++unassessed;
    }
    std::stable_sort(found.begin(), found.end(), [](const ItemScore *a, const ItemScore *b) {
        return std::abs(a->effectiveNumeric()) > std::abs(b->effectiveNumeric());
    });
    heading(2, t(QT_TRANSLATE_NOOP("iia::Brief", "Key findings")), u"findings"_s);
    QStringList findings;
    for (const ItemScore *score : std::as_const(found)) {
        const Item *item = m_framework.item(score->itemId);
        QString line =
            itemTitle(*item) + u": "_s +
            (score->analystRated() ? rating(score->analyst)
                                   : t(QT_TRANSLATE_NOOP("iia::Brief", "%1 (suggested from the answers)"))
                                         .arg(suggestion(score->suggested)));
        const QString how = score->analyst.howAffected.trimmed();
        if (!how.isEmpty())
            line += u". "_s + user(how.section(u'\n', 0, 0));
        findings.append(line);
    }
    if (findings.isEmpty())
        paragraph(t(QT_TRANSLATE_NOOP(
                      "iia::Brief", "No impact on any critical property or enabler has been found so far.")),
                  Block::Style::Muted);
    else
        list(findings);
    if (unassessed > 0)
        paragraph(
            t(QT_TRANSLATE_N_NOOP("iia::Brief", "%n of the properties and enablers are not yet assessed; "
                                                "this brief is incomplete."),
              unassessed),
            Block::Style::Warning);
    chart(ChartKind::Properties);
}

void Builder::chart(ChartKind kind)
{
    Block b;
    b.kind = Block::Kind::Chart;
    b.chart = kind;
    b.header = {t(QT_TRANSLATE_NOOP("iia::Brief", "Code")), t(QT_TRANSLATE_NOOP("iia::Brief", "Name")),
                t(QT_TRANSLATE_NOOP("iia::Brief", "Analyst’s rating")),
                t(QT_TRANSLATE_NOOP("iia::Brief", "Suggested rating"))};
    const QList<ItemScore> &scores = kind == ChartKind::Properties ? m_card.properties : m_card.enablers;
    auto number = [this](bool present, int value) -> QString {
        if (!present)
            return t(QT_TRANSLATE_NOOP("iia::Brief", "not rated"));
        return value > 0 ? u"+"_s + m_catalog.locale().toString(value) : m_catalog.locale().toString(value);
    };
    for (const ItemScore &score : scores) {
        const Item *item = m_framework.item(score.itemId);
        b.rows.append({item->code, text(item->name), number(score.analystRated(), score.analystNumeric),
                       number(score.suggested.impact != Impact::Unset, score.suggested.numeric)});
    }
    b.text =
        kind == ChartKind::Properties
            ? t(QT_TRANSLATE_NOOP("iia::Brief", "The five critical properties: the analyst’s rating and the "
                                                "rating suggested by the answers, from −3 (strongly "
                                                "negative) to +3 (strongly positive)."))
            : t(QT_TRANSLATE_NOOP("iia::Brief", "The enablers, grouped by goal: the analyst’s rating and the "
                                                "suggested rating, from −3 to +3."));
    m_blocks.append(b);
}

void Builder::methodology()
{
    heading(1, t(QT_TRANSLATE_NOOP("iia::Brief", "Methodology")), u"methodology"_s);
    paragraph(text(m_framework.description));
    QStringList goals;
    for (const Goal &goal : m_framework.goals) {
        QStringList codes;
        for (const QString &id : goal.enablerIds) {
            if (const Item *item = m_framework.item(id))
                codes.append(text(item->name));
        }
        goals.append(text(goal.name) + u": "_s + codes.join(u"; "_s));
    }
    QStringList properties;
    for (const Item &item : m_framework.properties)
        properties.append(itemTitle(item));
    paragraph(
        t(QT_TRANSLATE_NOOP("iia::Brief", "The proposal is assessed against the five critical properties "
                                          "that the Internet needs in order to exist:")));
    list(properties);
    paragraph(
        t(QT_TRANSLATE_NOOP("iia::Brief", "…and against the enablers that help it thrive, grouped by the "
                                          "goal they serve:")));
    list(goals);
    paragraph(t(QT_TRANSLATE_NOOP(
        "iia::Brief",
        "For each property and enabler the analyst answers guiding questions (yes, partly, no, unsure or not "
        "applicable) and records a rating: whether there is an impact, whether it is positive, negative, "
        "mixed "
        "or unclear, and how strong. From the answers, this application suggests a rating of its own: every "
        "answer counts with the weight the framework gives its question, towards support or towards harm, "
        "and "
        "the balance decides the direction and the strength. The analyst’s rating always prevails; where the "
        "two disagree, the brief says so. Coverage is the share of questions answered; uncertainty the share "
        "of answers that were “unsure”.")));
    paragraph(text(m_framework.credit));
    QStringList sources;
    for (const Source &source : m_framework.sources)
        sources.append(text(source.title) + u" — "_s + user(source.url));
    list(sources);
}

void Builder::context()
{
    heading(1, t(QT_TRANSLATE_NOOP("iia::Brief", "Context and assumptions")), u"context"_s);
    prose(m_assessment.caseInfo.summary,
          t(QT_TRANSLATE_NOOP("iia::Brief", "The case has not been described yet.")));
    QList<std::pair<QString, QString>> plan;
    for (const QString &key : planningFields()) {
        const QString value = m_assessment.planning.value(key).trimmed();
        if (!value.isEmpty())
            plan.append({planningFieldLabel(key, m_catalog), user(value)});
    }
    if (!plan.isEmpty()) {
        heading(2, t(QT_TRANSLATE_NOOP("iia::Brief", "Planning")), u"planning"_s);
        fields(plan);
    }
    if (!m_assessment.draftSource.isEmpty() || !m_assessment.draftText.isEmpty()) {
        const int words =
            int(m_assessment.draftText.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts).size());
        paragraph(t(QT_TRANSLATE_NOOP("iia::Brief", "The text assessed: %1 (%2)."))
                      .arg(m_assessment.draftSource.isEmpty()
                               ? t(QT_TRANSLATE_NOOP("iia::Brief", "pasted into the assessment"))
                               : user(m_assessment.draftSource),
                           t(QT_TRANSLATE_N_NOOP("iia::Brief", "%n words"), words)));
    }
}

void Builder::evidenceFor(const QString &targetId, const QString &labelText)
{
    for (const Evidence &e : m_assessment.evidence) {
        if (e.targetId != targetId)
            continue;
        Block b;
        b.kind = Block::Kind::Quote;
        b.text = user(e.quote);
        b.cite = user(e.clause);
        b.note = labelText.isEmpty() ? user(e.note)
                                     : (e.note.isEmpty() ? labelText : labelText + u" — "_s + user(e.note));
        m_blocks.append(b);
    }
}

void Builder::analysis(const Item &item, int level)
{
    heading(level, itemTitle(item), item.id);
    const ItemScore *score = m_card.item(item.id);
    const bool rated = score && score->analystRated();
    const bool answered = score && score->answered > 0;
    paragraph(text(item.summary), Block::Style::Lead);
    if (!rated && !answered) {
        paragraph(t(QT_TRANSLATE_NOOP("iia::Brief", "Not yet assessed: no question answered and no rating "
                                                    "given.")),
                  Block::Style::Muted);
        return;
    }
    QList<std::pair<QString, QString>> values{
        {t(QT_TRANSLATE_NOOP("iia::Brief", "Analyst’s rating")),
         rated ? rating(score->analyst) : t(QT_TRANSLATE_NOOP("iia::Brief", "Not rated yet"))},
        {t(QT_TRANSLATE_NOOP("iia::Brief", "Suggested rating")),
         score->suggested.impact == Impact::Unset
             ? t(QT_TRANSLATE_NOOP("iia::Brief", "None (no answers that count)"))
             : suggestion(score->suggested)},
        {t(QT_TRANSLATE_NOOP("iia::Brief", "Coverage")),
         t(QT_TRANSLATE_NOOP("iia::Brief", "%1 of %2 questions answered (%3), %4 unsure"))
             .arg(m_catalog.locale().toString(score->answered), m_catalog.locale().toString(score->total),
                  percent(score->coverage), m_catalog.locale().toString(score->unsure))},
    };
    fields(values);
    if (score->disagreement)
        paragraph(
            t(QT_TRANSLATE_NOOP("iia::Brief", "The analyst’s rating and the rating suggested by the answers "
                                              "point in different directions.")),
            Block::Style::Warning);
    if (rated || !score->analyst.howAffected.isEmpty()) {
        heading(level + 1 > 3 ? 3 : level + 1,
                t(QT_TRANSLATE_NOOP("iia::Brief", "How the Internet is affected")), item.id + u"-how"_s);
        prose(score->analyst.howAffected, t(QT_TRANSLATE_NOOP("iia::Brief", "Not described.")));
    }
    if (rated || !score->analyst.effectOnPeople.isEmpty()) {
        heading(level + 1 > 3 ? 3 : level + 1, t(QT_TRANSLATE_NOOP("iia::Brief", "Effect on people")),
                item.id + u"-people"_s);
        prose(score->analyst.effectOnPeople, t(QT_TRANSLATE_NOOP("iia::Brief", "Not described.")));
    }
    evidenceFor(item.id, QString());

    // The answers that moved the suggestion, weightiest first.
    QList<Contribution> trace = score->suggested.trace;
    trace.removeIf([](const Contribution &c) { return c.signedValue == 0; });
    std::stable_sort(trace.begin(), trace.end(), [](const Contribution &a, const Contribution &b) {
        return std::abs(a.signedValue) > std::abs(b.signedValue);
    });
    if (!trace.isEmpty()) {
        heading(level + 1 > 3 ? 3 : level + 1,
                t(QT_TRANSLATE_NOOP("iia::Brief", "The answers that mattered")), item.id + u"-answers"_s);
        QStringList lines;
        for (const Contribution &c : std::as_const(trace)) {
            QString line = questionText(c.questionId) + u" — "_s + label(c.answer, m_catalog) + u" ("_s +
                           (c.signedValue > 0 ? t(QT_TRANSLATE_NOOP("iia::Brief", "supports"))
                                              : t(QT_TRANSLATE_NOOP("iia::Brief", "harms"))) +
                           u')';
            const QString note = m_assessment.answer(c.questionId).note.trimmed();
            if (!note.isEmpty())
                line += u". "_s + user(note);
            lines.append(line);
        }
        list(lines);
    }
    for (const Question &q : item.questions)
        evidenceFor(q.id, q.id.section(u'.', -1) + u": "_s + questionText(q.id));
}

void Builder::properties()
{
    heading(1, t(QT_TRANSLATE_NOOP("iia::Brief", "Analysis against the critical properties")),
            u"properties"_s);
    for (const Item &item : m_framework.properties)
        analysis(item, 2);
}

void Builder::enablers()
{
    heading(1, t(QT_TRANSLATE_NOOP("iia::Brief", "Analysis against the enablers")), u"enablers"_s);
    chart(ChartKind::Enablers);
    for (const Goal &goal : m_framework.goals) {
        heading(2, text(goal.name), u"goal-"_s + goal.id);
        for (const VerdictScore &v : m_card.goals) {
            if (v.id == goal.id)
                fields({{t(QT_TRANSLATE_NOOP("iia::Brief", "Verdict for this goal")), verdictText(v)}});
        }
        for (const QString &id : goal.enablerIds) {
            if (const Item *item = m_framework.item(id))
                analysis(*item, 3);
        }
    }
}

void Builder::conclusions()
{
    heading(1, t(QT_TRANSLATE_NOOP("iia::Brief", "Conclusions and recommendations")), u"conclusions"_s);
    heading(2, t(QT_TRANSLATE_NOOP("iia::Brief", "Conclusions")), u"conclusions-text"_s);
    prose(m_assessment.conclusions, t(QT_TRANSLATE_NOOP("iia::Brief", "No conclusions written yet.")));
    heading(2, t(QT_TRANSLATE_NOOP("iia::Brief", "Recommendations")), u"recommendations"_s);
    prose(m_assessment.recommendations,
          t(QT_TRANSLATE_NOOP("iia::Brief", "No recommendations written yet.")));
}

void Builder::annex()
{
    heading(1, t(QT_TRANSLATE_NOOP("iia::Brief", "Annex")), u"annex"_s);
    heading(2, t(QT_TRANSLATE_NOOP("iia::Brief", "Every answer")), u"annex-answers"_s);
    const QStringList header{t(QT_TRANSLATE_NOOP("iia::Brief", "Question")),
                             t(QT_TRANSLATE_NOOP("iia::Brief", "Answer")),
                             t(QT_TRANSLATE_NOOP("iia::Brief", "Note"))};
    for (const Item *item : m_framework.items()) {
        heading(3, itemTitle(*item), u"annex-"_s + item->id);
        QList<QStringList> rows;
        for (const Question &q : item->questions) {
            const Answer a = m_assessment.answer(q.id);
            rows.append({text(q.text), label(a.value, m_catalog), user(a.note.trimmed())});
        }
        table(header, rows);
    }

    heading(2, t(QT_TRANSLATE_NOOP("iia::Brief", "Coverage and uncertainty")), u"annex-coverage"_s);
    QList<QStringList> rows;
    for (const ItemScore *score : m_card.items()) {
        const Item *item = m_framework.item(score->itemId);
        rows.append({item->code + u' ' + text(item->name),
                     m_catalog.locale().toString(score->answered) + u" / "_s +
                         m_catalog.locale().toString(score->total),
                     percent(score->coverage), m_catalog.locale().toString(score->unsure),
                     m_catalog.locale().toString(score->notApplicable), percent(score->uncertainty)});
    }
    table({t(QT_TRANSLATE_NOOP("iia::Brief", "Property or enabler")),
           t(QT_TRANSLATE_NOOP("iia::Brief", "Answered")), t(QT_TRANSLATE_NOOP("iia::Brief", "Coverage")),
           t(QT_TRANSLATE_NOOP("iia::Brief", "Unsure")), t(QT_TRANSLATE_NOOP("iia::Brief", "Not applicable")),
           t(QT_TRANSLATE_NOOP("iia::Brief", "Uncertainty"))},
          rows);
    paragraph(t(QT_TRANSLATE_NOOP("iia::Brief", "Overall completion: %1.")).arg(percent(m_card.completion)));

    heading(2, t(QT_TRANSLATE_NOOP("iia::Brief", "Revision")), u"annex-revision"_s);
    const QLocale locale = m_catalog.locale();
    QList<std::pair<QString, QString>> values{
        {t(QT_TRANSLATE_NOOP("iia::Brief", "Assessment")), user(m_assessment.id)},
        {t(QT_TRANSLATE_NOOP("iia::Brief", "Framework")),
         text(m_framework.name) + u" ("_s + user(m_framework.key()) + u')'},
        {t(QT_TRANSLATE_NOOP("iia::Brief", "Created")),
         dateTimeWithOffset(m_assessment.created.toLocalTime(), locale)},
        {t(QT_TRANSLATE_NOOP("iia::Brief", "Last changed")),
         dateTimeWithOffset(m_assessment.modified.toLocalTime(), locale)},
    };
    if (m_options.revision > 0)
        values.append({t(QT_TRANSLATE_NOOP("iia::Brief", "Revision")), locale.toString(m_options.revision)});
    values.append(
        {t(QT_TRANSLATE_NOOP("iia::Brief", "Brief made")),
         dateTimeWithOffset(m_options.generated.toLocalTime(), locale) +
             (m_options.application.isEmpty() ? QString() : u", "_s + user(m_options.application))});
    fields(values);
}

Brief Builder::build()
{
    Brief brief;
    brief.language = m_language;
    brief.direction = m_catalog.direction();
    brief.modified = m_assessment.modified;
    titleFacts(brief);
    executiveSummary();
    methodology();
    context();
    properties();
    enablers();
    conclusions();
    annex();
    brief.blocks = std::move(m_blocks);
    return brief;
}

} // namespace

QList<const Block *> Brief::headings() const
{
    QList<const Block *> out;
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Heading)
            out.append(&b);
    }
    return out;
}

QString dateTimeWithOffset(const QDateTime &when, const QLocale &locale)
{
    const QString shown = locale.toString(when, QLocale::ShortFormat);
    const int minutes = when.offsetFromUtc() / 60;
    if (minutes == 0)
        return shown + u" UTC"_s;
    const int magnitude = std::abs(minutes);
    return shown + u" UTC"_s + (minutes > 0 ? u'+' : u'-') +
           u"%1:%2"_s.arg(magnitude / 60, 2, 10, QChar(u'0')).arg(magnitude % 60, 2, 10, QChar(u'0'));
}

QString isolated(const QString &text, Qt::LayoutDirection direction)
{
    const bool rightToLeft = direction == Qt::RightToLeft;
    auto needsIsolate = [rightToLeft](QStringView line) {
        for (const char32_t c : line.toUcs4()) {
            const QChar::Direction d = QChar::direction(c);
            if (rightToLeft ? d == QChar::DirL : (d == QChar::DirR || d == QChar::DirAL))
                return true;
        }
        return false;
    };
    QString out;
    out.reserve(text.size() + 8);
    bool first = true;
    for (const QStringView line : QStringView(text).tokenize(u'\n')) {
        if (!first)
            out += u'\n';
        first = false;
        if (needsIsolate(line))
            out += QChar(0x2068) + line + QChar(0x2069);
        else
            out += line;
    }
    return out;
}

QString localized(const LocalizedText &value, const TextCatalog &catalog, const QString &fallbackLanguage)
{
    return markedText(value, catalog.language(), fallbackLanguage, catalog);
}

Brief buildBrief(const Framework &framework, const Assessment &assessment, const Scorecard &card,
                 const BriefOptions &options)
{
    return Builder(framework, assessment, card, options).build();
}

} // namespace iia::report
