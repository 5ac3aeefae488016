// PDF → text with Poppler: words become lines, lines become paragraphs by their geometry. Runs in the
// helper process iia-pdftext, so that the application itself never loads Poppler (see pdfclient.cpp).

#include "draftformats_p.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <poppler-qt6.h>

#include <algorithm>

namespace iia::draftformats {

using namespace Qt::StringLiterals;

namespace {

struct Line
{
    QString text;
    QRectF box;
    qreal firstWordWidth = 0;
    int page = 0;
};

QString expandLigatures(QString text)
{
    static const std::pair<char16_t, const char16_t *> kLigatures[] = {
        {0xFB00, u"ff"},  {0xFB01, u"fi"}, {0xFB02, u"fl"}, {0xFB03, u"ffi"},
        {0xFB04, u"ffl"}, {0xFB05, u"st"}, {0xFB06, u"st"}};
    for (const auto &[ligature, letters] : kLigatures)
        text.replace(QChar(ligature), QString::fromUtf16(letters));
    return text;
}

// Poppler gives words in reading order; a word without a next word ends its line.
QList<Line> pageLines(const Poppler::Page &page, int index)
{
    QList<Line> lines;
    Line current;
    bool open = false;
    auto finish = [&] {
        current.text = expandLigatures(current.text).trimmed();
        if (!current.text.isEmpty())
            lines.append(current);
        open = false;
    };
    for (const std::unique_ptr<Poppler::TextBox> &word : page.textList()) {
        const QRectF box = word->boundingBox();
        if (!open) {
            current = Line{{}, box, box.width(), index};
            open = true;
        } else {
            current.box = current.box.united(box);
        }
        current.text += word->text();
        if (!word->nextWord()) {
            finish();
            continue;
        }
        if (word->hasSpaceAfter())
            current.text += u' ';
    }
    if (open)
        finish();

    // A clause number set apart from its text ("1." in a margin column) sits on the text's baseline.
    QList<Line> merged;
    for (const Line &line : std::as_const(lines)) {
        if (!merged.isEmpty()) {
            Line &previous = merged.last();
            const qreal height = std::min(previous.box.height(), line.box.height());
            if (std::abs(previous.box.center().y() - line.box.center().y()) < 0.3 * height &&
                line.box.left() >= previous.box.right() - 1 &&
                line.box.left() - previous.box.right() < 3 * height) {
                previous.text += u' ' + line.text;
                previous.box = previous.box.united(line.box);
                continue;
            }
        }
        merged.append(line);
    }
    return merged;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression re(
        uR"(^(?:(?:page|p\.|seite|página|pagina)\s*)?[-–—(\[]?\s*[0-9]{1,4}\s*[-–—)\]]?(?:\s*(?:/|of|von|de|sur)\s*[0-9]{1,4})?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.matchView(text).hasMatch();
}

bool startsLikeClause(const QString &text)
{
    static const QRegularExpression re(
        uR"(^(?:(?i:article|art\.|section|chapter|part|title|annex|schedule|appendix|recital|paragraph)\b|§|\(|[0-9]{1,3}[.)]\s))"_s);
    return re.matchView(text).hasMatch();
}

QString runningKey(const QString &text)
{
    static const QRegularExpression digits(u"[0-9]+"_s);
    QString key = text.simplified().toLower();
    key.replace(digits, u"#"_s);
    return key;
}

// Drops running headers and footers: a page's first (or last) line that comes back, numbers aside, at the
// same end of at least half of the pages. Clause headings are kept even when every page starts with one.
void dropRunningLines(QList<QList<Line>> &pages)
{
    const auto filled =
        std::count_if(pages.cbegin(), pages.cend(), [](const auto &p) { return !p.isEmpty(); });
    if (filled < 2)
        return;
    const qsizetype threshold = std::max<qsizetype>(2, (filled + 1) / 2);
    for (const bool top : {true, false}) {
        QHash<QString, qsizetype> counts;
        for (const QList<Line> &page : std::as_const(pages)) {
            if (!page.isEmpty())
                ++counts[runningKey(top ? page.first().text : page.last().text)];
        }
        for (QList<Line> &page : pages) {
            if (page.isEmpty())
                continue;
            const QString &text = top ? page.first().text : page.last().text;
            if (counts.value(runningKey(text)) < threshold)
                continue;
            if (!isPageNumber(text) && startsLikeClause(text))
                continue;
            if (top)
                page.removeFirst();
            else
                page.removeLast();
        }
    }
}

bool endsWithHyphen(const QString &text)
{
    if (text.size() < 2)
        return false;
    const QChar last = text.back();
    return (last == u'-' || last == QChar(0x2010) || last == QChar(0x00AD)) &&
           text.at(text.size() - 2).isLetter();
}

bool startsWithMarker(const QString &text)
{
    static const QRegularExpression re(
        uR"(^(?:\(?[0-9]{1,3}[a-z]?[.)]|[0-9]{1,3}(?:\.[0-9]{1,3})+\.?|\((?:[a-z]{1,4}|[A-Z])\)|[a-z]\))\s)"_s);
    return re.matchView(text).hasMatch();
}

bool endsWithReference(const QString &text)
{
    static const QSet<QString> kWords = {
        u"article"_s,   u"articles"_s,   u"art."_s,    u"section"_s, u"sections"_s,
        u"paragraph"_s, u"paragraphs"_s, u"point"_s,   u"points"_s,  u"subparagraph"_s,
        u"letter"_s,    u"clause"_s,     u"clauses"_s, u"§"_s,       u"§§"_s,
        u"annex"_s,     u"chapter"_s,    u"no."_s,     u"number"_s};
    const qsizetype space = text.lastIndexOf(u' ');
    return kWords.contains(text.mid(space + 1).toLower());
}

bool isHeadingLine(const QString &text)
{
    static const QRegularExpression re(
        uR"(^(?:(?i:article|art\.|section|chapter|part|title|annex|schedule|appendix|recital)\s*(?:[0-9]+[a-z]?|[IVXLCDM]+)\b|§))"_s);
    if (!re.matchView(text).hasMatch())
        return false;
    const QChar last = text.back();
    return last != u'.' && last != u',' && last != u';' && last != u':';
}

QString wordKey(QStringView token)
{
    qsizetype begin = 0;
    qsizetype end = token.size();
    while (begin < end && !token.at(begin).isLetterOrNumber())
        ++begin;
    while (end > begin && !token.at(end - 1).isLetterOrNumber())
        --end;
    return token.sliced(begin, end - begin).toString().toLower();
}

class ParagraphBuilder
{
public:
    explicit ParagraphBuilder(const QList<Line> &lines)
        : m_lines(lines)
    {
        qreal left = std::numeric_limits<qreal>::max();
        QList<qreal> gaps;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Line &line = lines.at(i);
            m_right = std::max(m_right, line.box.right());
            left = std::min(left, line.box.left());
            for (QStringView token : QStringView(line.text).split(u' ', Qt::SkipEmptyParts))
                m_words.insert(wordKey(token));
            if (i > 0 && lines.at(i - 1).page == line.page) {
                const Line &previous = lines.at(i - 1);
                const qreal gap = line.box.top() - previous.box.bottom();
                if (line.box.top() > previous.box.top() && gap < 1.5 * previous.box.height())
                    gaps.append(gap);
            }
        }
        m_width = m_right - left;
        if (!gaps.isEmpty()) {
            std::sort(gaps.begin(), gaps.end());
            m_typicalGap = gaps.at(gaps.size() / 2);
        }
    }

    QStringList paragraphs() const
    {
        QStringList result;
        QString current;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const Line &line = m_lines.at(i);
            if (i == 0) {
                current = line.text;
            } else if (breaksBefore(m_lines.at(i - 1), line)) {
                result.append(current);
                current = line.text;
            } else {
                current = join(current, line.text);
            }
        }
        if (!current.isEmpty())
            result.append(current);
        return result;
    }

private:
    bool breaksBefore(const Line &above, const Line &line) const
    {
        if (endsWithHyphen(above.text) && line.text.front().isLower())
            return false;
        const qreal height = std::min(above.box.height(), line.box.height());
        if (above.page == line.page) {
            // Back up the page: a new column or block. Further down than usual: a blank line.
            if (line.box.top() < above.box.bottom() - 0.5 * height)
                return true;
            if (line.box.top() - above.box.bottom() > m_typicalGap + 0.6 * height)
                return true;
        }
        if (startsWithMarker(line.text) && !endsWithReference(above.text))
            return true;
        if (isHeadingLine(line.text) && m_right - line.box.right() > 0.2 * m_width)
            return true;
        // A line ends its paragraph when the next line's first word would have fitted after it.
        return m_right - above.box.right() > line.firstWordWidth + 0.3 * line.box.height();
    }

    QString join(const QString &paragraph, const QString &next) const
    {
        if (paragraph.back() == QChar(0x00AD))
            return paragraph.chopped(1) + next;
        if (!endsWithHyphen(paragraph))
            return paragraph + u' ' + next;
        if (!next.front().isLower())
            return paragraph + next; // "non-" + "EU"
        // A hyphen at the line end: part of the word ("end-users") unless the document elsewhere writes the
        // word whole and never with a hyphen, which makes it obviously a word split by hyphenation.
        const qsizetype space = paragraph.lastIndexOf(u' ');
        const QString stem = wordKey(QStringView(paragraph).sliced(space + 1));
        const qsizetype nextSpace = next.indexOf(u' ');
        const QString rest = wordKey(QStringView(next).first(nextSpace < 0 ? next.size() : nextSpace));
        if (m_words.contains(stem + rest) && !m_words.contains(stem + u'-' + rest))
            return paragraph.chopped(1) + next;
        return paragraph + next;
    }

    const QList<Line> &m_lines;
    QSet<QString> m_words;
    qreal m_right = 0;
    qreal m_width = 0;
    qreal m_typicalGap = 0;
};

} // namespace

PdfText extractPdfText(const QByteArray &data)
{
    PdfText out;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(data);
    // Ask whether it is locked before anything else: a locked document has no pages to ask about.
    if (document && document->isLocked()) {
        out.problem = PdfText::Problem::Locked;
        return out;
    }
    if (!document || document->numPages() <= 0) {
        out.problem = PdfText::Problem::Damaged;
        return out;
    }
    out.pages = document->numPages();
    QList<QList<Line>> pageList;
    pageList.reserve(out.pages);
    for (int i = 0; i < out.pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        pageList.append(page ? pageLines(*page, i) : QList<Line>());
    }
    dropRunningLines(pageList);

    QList<Line> lines;
    for (const QList<Line> &page : std::as_const(pageList))
        lines.append(page);
    if (lines.isEmpty()) {
        out.problem = PdfText::Problem::NoText;
        return out;
    }
    out.text = joinParagraphs(ParagraphBuilder(lines).paragraphs());
    return out;
}

} // namespace iia::draftformats
