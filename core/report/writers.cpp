#include "writers.h"

#include "escape.h"

using namespace Qt::StringLiterals;

namespace iia::report {

namespace {

// ---- Markdown ----

QString mdTable(const QStringList &header, const QList<QStringList> &rows)
{
    auto line = [](const QStringList &cells, int columns) -> QString {
        QString out = u"|"_s;
        for (int i = 0; i < columns; ++i) {
            const QString cell = i < cells.size() ? escapeMarkdown(cells.at(i), true) : QString();
            out += u' ' + cell + u" |"_s;
        }
        return out + u'\n';
    };
    const int columns = int(header.size());
    QString out = line(header, columns) + u"|"_s;
    for (int i = 0; i < columns; ++i)
        out += u" --- |"_s;
    out += u'\n';
    for (const QStringList &row : rows)
        out += line(row, columns);
    return out;
}

QString mdFields(const QList<std::pair<QString, QString>> &fields)
{
    QString out;
    for (const auto &[labelText, value] : fields)
        out += u"- **"_s + escapeMarkdown(labelText, true) + u":** "_s + escapeMarkdown(value, true) + u'\n';
    return out;
}

// ---- HTML ----

constexpr auto kCss = uR"css(
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --rule: #c9cfdb; --accent: #1f5fa8;
        --warn: #8a4b00; --warnbg: #fff4e0; --quote: #f3f5f9; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 46rem; padding: 2rem 1.5rem 4rem; color: var(--ink); background: #fff;
       font: 11pt/1.5 "DejaVu Sans", "Noto Sans", "Amiri", "Noto Naskh Arabic", Arial, sans-serif; }
h1, h2, h3, h4 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
header h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
.subtitle { color: var(--muted); margin: 0 0 1rem; }
main h2 { font-size: 1.45rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2.2rem; }
main h3 { font-size: 1.15rem; margin-top: 1.6rem; }
main h4 { font-size: 1rem; margin-top: 1.2rem; }
dl.facts, dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .6rem 0; }
dl dt { font-weight: bold; }
dl dd { margin: 0; }
p.lead { font-size: 1.05rem; }
p.muted { color: var(--muted); font-style: italic; }
p.warning { color: var(--warn); background: var(--warnbg); padding: .4rem .6rem; border-inline-start: 4px solid var(--warn); }
blockquote { margin: .8rem 0; padding: .5rem .9rem; background: var(--quote); border-inline-start: 4px solid var(--accent); }
blockquote p { margin: 0; white-space: pre-wrap; }
blockquote footer { color: var(--muted); font-size: .9rem; margin-top: .3rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .45rem; text-align: start; vertical-align: top; }
th { background: #eef1f6; }
tr { break-inside: avoid; page-break-inside: avoid; }
figure { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; max-height: 26rem; }
figcaption { color: var(--muted); font-size: .9rem; }
nav.toc ol { padding-inline-start: 1.2rem; }
nav.toc a { color: var(--accent); text-decoration: none; }
.pre { white-space: pre-wrap; }
@page { margin: 2cm; }
@media print { body { max-width: none; padding: 0; } nav.toc { break-after: page; page-break-after: always; }
               a { color: inherit; } }
)css";

QString attr(const QString &value)
{
    return escapeXml(value);
}

// Markup for text that may contain line breaks.
QString htmlText(const QString &value)
{
    return escapeXml(value).replace(u'\n', u"<br>"_s);
}

QString htmlTable(const QStringList &header, const QList<QStringList> &rows)
{
    QString out = u"<table>\n<thead><tr>"_s;
    for (const QString &h : header)
        out += u"<th>"_s + htmlText(h) + u"</th>"_s;
    out += u"</tr></thead>\n<tbody>\n"_s;
    for (const QStringList &row : rows) {
        out += u"<tr>"_s;
        for (const QString &cell : row)
            out += u"<td dir=\"auto\">"_s + htmlText(cell) + u"</td>"_s;
        out += u"</tr>\n"_s;
    }
    return out + u"</tbody>\n</table>\n"_s;
}

QString htmlFields(const QList<std::pair<QString, QString>> &fields, const QString &cssClass)
{
    QString out = u"<dl class=\""_s + cssClass + u"\">\n"_s;
    for (const auto &[labelText, value] : fields)
        out += u"<dt>"_s + htmlText(labelText) + u"</dt><dd dir=\"auto\">"_s + htmlText(value) + u"</dd>\n"_s;
    return out + u"</dl>\n"_s;
}

// Only the <svg> element of an SVG document: no XML declaration or DOCTYPE inside HTML.
QString inlineSvg(const QByteArray &document)
{
    QString svg = QString::fromUtf8(document);
    const qsizetype start = svg.indexOf(u"<svg"_s);
    if (start < 0)
        return {};
    svg.remove(0, start);
    // A chart never needs scripts, links or foreign content; refuse the chart rather than embed any.
    static const QStringList forbidden{u"<script"_s, u"<foreignObject"_s, u"href=\"http"_s, u"href='http"_s,
                                       u"url(http"_s};
    for (const QString &f : forbidden) {
        if (svg.contains(f, Qt::CaseInsensitive))
            return {};
    }
    return svg;
}

} // namespace

QByteArray toMarkdown(const Brief &brief)
{
    QString out = u"# "_s + escapeMarkdown(brief.title, true) + u"\n\n"_s;
    if (!brief.subtitle.isEmpty())
        out += u"*"_s + escapeMarkdown(brief.subtitle, true) + u"*\n\n"_s;
    out += mdFields(brief.facts) + u'\n';
    for (const Block &b : brief.blocks) {
        switch (b.kind) {
        case Block::Kind::Heading:
            out += QString(b.level + 1, u'#') + u' ' + escapeMarkdown(b.text, true) + u"\n\n"_s;
            break;
        case Block::Kind::Paragraph:
            switch (b.style) {
            case Block::Style::Muted: out += u"*"_s + escapeMarkdown(b.text, true) + u"*\n\n"_s; break;
            case Block::Style::Warning: out += u"**⚠ "_s + escapeMarkdown(b.text, true) + u"**\n\n"_s; break;
            default: out += escapeMarkdown(b.text) + u"\n\n"_s;
            }
            break;
        case Block::Kind::Fields: out += mdFields(b.fields) + u'\n'; break;
        case Block::Kind::Table: out += mdTable(b.header, b.rows) + u'\n'; break;
        case Block::Kind::List:
            for (const QString &item : b.items)
                out += u"- "_s + escapeMarkdown(item, true) + u'\n';
            out += u'\n';
            break;
        case Block::Kind::Quote: {
            const QStringList lines = escapeMarkdown(b.text).split(u'\n');
            for (const QString &line : lines)
                out += u"> "_s + line + u'\n';
            QStringList source;
            if (!b.cite.isEmpty())
                source.append(escapeMarkdown(b.cite, true));
            if (!b.note.isEmpty())
                source.append(u"*"_s + escapeMarkdown(b.note, true) + u"*"_s);
            if (!source.isEmpty())
                out += u">\n> — "_s + source.join(u" · "_s) + u'\n';
            out += u'\n';
            break;
        }
        case Block::Kind::Chart:
            out += u"*"_s + escapeMarkdown(b.text, true) + u"*\n\n"_s + mdTable(b.header, b.rows) + u'\n';
            break;
        }
    }
    while (out.endsWith(u"\n\n"_s))
        out.chop(1);
    return out.toUtf8();
}

QByteArray toHtml(const Brief &brief, const SvgChartRenderer &renderChart)
{
    const QString dir = brief.direction == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s;
    QString out = u"<!DOCTYPE html>\n<html lang=\""_s + attr(brief.language) + u"\" dir=\""_s + dir +
                  u"\">\n<head>\n<meta charset=\"utf-8\">\n"_s
                  u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                  u"style-src 'unsafe-inline'; img-src data:\">\n"_s
                  u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s +
                  htmlText(brief.title) + u"</title>\n<style>"_s + QString::fromUtf16(kCss) +
                  u"</style>\n</head>\n<body>\n<header>\n<h1 class=\"title\" dir=\"auto\">"_s +
                  htmlText(brief.title) + u"</h1>\n"_s;
    if (!brief.subtitle.isEmpty())
        out += u"<p class=\"subtitle\">"_s + htmlText(brief.subtitle) + u"</p>\n"_s;
    out += htmlFields(brief.facts, u"facts"_s) + u"</header>\n"_s;

    // A table of contents of the top-level headings.
    out += u"<nav class=\"toc\">\n<ol>\n"_s;
    for (const Block *h : brief.headings()) {
        if (h->level == 1)
            out += u"<li><a href=\"#"_s + attr(h->anchor) + u"\">"_s + htmlText(h->text) + u"</a></li>\n"_s;
    }
    out += u"</ol>\n</nav>\n<main>\n"_s;

    for (const Block &b : brief.blocks) {
        switch (b.kind) {
        case Block::Kind::Heading: {
            const QString tag = u"h"_s + QString::number(qBound(1, b.level, 3) + 1);
            out += u'<' + tag + u" id=\""_s + attr(b.anchor) + u"\" dir=\"auto\">"_s + htmlText(b.text) +
                   u"</"_s + tag + u">\n"_s;
            break;
        }
        case Block::Kind::Paragraph: {
            QString cssClass;
            switch (b.style) {
            case Block::Style::Lead: cssClass = u" class=\"lead\""_s; break;
            case Block::Style::Muted: cssClass = u" class=\"muted\""_s; break;
            case Block::Style::Warning: cssClass = u" class=\"warning\" role=\"note\""_s; break;
            case Block::Style::Normal: break;
            }
            out += u"<p"_s + cssClass + u" dir=\"auto\">"_s + htmlText(b.text) + u"</p>\n"_s;
            break;
        }
        case Block::Kind::Fields: out += htmlFields(b.fields, u"fields"_s); break;
        case Block::Kind::Table: out += htmlTable(b.header, b.rows); break;
        case Block::Kind::List:
            out += u"<ul>\n"_s;
            for (const QString &item : b.items)
                out += u"<li dir=\"auto\">"_s + htmlText(item) + u"</li>\n"_s;
            out += u"</ul>\n"_s;
            break;
        case Block::Kind::Quote:
            out += u"<blockquote>\n<p dir=\"auto\">"_s + escapeXml(b.text) + u"</p>\n"_s;
            if (!b.cite.isEmpty() || !b.note.isEmpty()) {
                QStringList source;
                if (!b.cite.isEmpty())
                    source.append(u"<cite dir=\"auto\">"_s + htmlText(b.cite) + u"</cite>"_s);
                if (!b.note.isEmpty())
                    source.append(u"<span dir=\"auto\">"_s + htmlText(b.note) + u"</span>"_s);
                out += u"<footer>— "_s + source.join(u" · "_s) + u"</footer>\n"_s;
            }
            out += u"</blockquote>\n"_s;
            break;
        case Block::Kind::Chart: {
            const QString svg = renderChart ? inlineSvg(renderChart(b)) : QString();
            out += u"<figure>\n"_s;
            if (!svg.isEmpty())
                out += svg + u'\n';
            out += u"<figcaption>"_s + htmlText(b.text) + u"</figcaption>\n"_s;
            // The data, also for screen readers and when the drawing is missing.
            out += htmlTable(b.header, b.rows);
            out += u"</figure>\n"_s;
            break;
        }
        }
    }
    out += u"</main>\n</body>\n</html>\n"_s;
    return out.toUtf8();
}

QStringList csvColumns()
{
    return {u"record"_s,       u"code"_s,
            u"item"_s,         u"goal"_s,
            u"question"_s,     u"text"_s,
            u"answer"_s,       u"note"_s,
            u"rating"_s,       u"suggested"_s,
            u"numeric"_s,      u"suggested_numeric"_s,
            u"how_affected"_s, u"effect_on_people"_s,
            u"coverage"_s,     u"unsure"_s,
            u"disagreement"_s};
}

QByteArray toCsv(const Framework &framework, const Assessment &assessment, const Scorecard &card,
                 const TextCatalog &catalog)
{
    const QString fallback = framework.defaultLanguage;
    const QLocale c = QLocale::c();
    QString out;
    // The numeric columns hold our own integers, never a person's text: written as they are, so that a
    // spreadsheet reads "-3" as a number (csvField would make it the text "'-3").
    const QList<qsizetype> numbers{csvColumns().indexOf(u"numeric"_s),
                                   csvColumns().indexOf(u"suggested_numeric"_s)};
    auto row = [&out, &numbers](const QStringList &cells) {
        QStringList fields;
        fields.reserve(cells.size());
        for (qsizetype i = 0; i < cells.size(); ++i)
            fields.append(numbers.contains(i) ? cells.at(i) : csvField(cells.at(i)));
        out += fields.join(u',') + u"\r\n"_s;
    };
    row(csvColumns());
    for (const Item *item : framework.items()) {
        const ItemScore *score = card.item(item->id);
        if (!score)
            continue;
        const QString goal = item->goalId.isEmpty()
                                 ? QString()
                                 : localized(framework.goal(item->goalId)->name, catalog, fallback);
        const Rating &r = score->analyst;
        const SuggestedRating &s = score->suggested;
        row({u"item"_s, item->code, localized(item->name, catalog, fallback), goal, QString(), QString(),
             QString(), QString(), ratingPhrase(r.impact, r.direction, r.strength, catalog),
             ratingPhrase(s.impact, s.direction, s.strength, catalog),
             score->analystRated() ? c.toString(score->analystNumeric) : QString(),
             s.impact == Impact::Unset ? QString() : c.toString(s.numeric), r.howAffected, r.effectOnPeople,
             c.toString(score->coverage, 'f', 2), c.toString(score->unsure),
             score->disagreement ? u"yes"_s : u"no"_s});
        for (const Question &q : item->questions) {
            const Answer a = assessment.answer(q.id);
            row({u"answer"_s, item->code, localized(item->name, catalog, fallback), goal, q.id,
                 localized(q.text, catalog, fallback), label(a.value, catalog), a.note, QString(), QString(),
                 QString(), QString(), QString(), QString(), QString(), QString(), QString()});
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace iia::report
