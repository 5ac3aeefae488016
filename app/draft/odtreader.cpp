// OpenDocument text (ODT) → text: headings, paragraphs and lists of content.xml, numbered as the list
// styles say.

#include "archive/zip.h"
#include "draftformats_p.h"

#include <QHash>
#include <QXmlStreamReader>

#include <array>
#include <functional>

namespace iia::draftformats {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kText = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr auto kStyle = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr auto kOffice = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr auto kSvg = u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
constexpr int kLevels = 10;

struct ListLevel
{
    bool defined = false;
    bool bullet = false;
    QString bulletChar;
    QChar format; ///< '1', 'a', 'A', 'i', 'I'; null for no number
    QString prefix;
    QString suffix;
    int start = 1;
    int displayLevels = 1;
};

using ListStyle = std::array<ListLevel, kLevels>;

int attributeInt(const QXmlStreamAttributes &attributes, QStringView ns, QStringView name, int fallback)
{
    bool ok = false;
    const int value = attributes.value(ns, name).toInt(&ok);
    return ok ? value : fallback;
}

// The levels of a text:list-style or text:outline-style, read up to its end.
ListStyle readListStyle(QXmlStreamReader &xml)
{
    ListStyle style;
    while (xml.readNextStartElement()) {
        const QXmlStreamAttributes a = xml.attributes();
        const int index = std::clamp(attributeInt(a, kText, u"level", 1), 1, kLevels) - 1;
        ListLevel &level = style[index];
        const QStringView name = xml.name();
        if (name == u"list-level-style-number" || name == u"outline-level-style") {
            const QString format = a.value(kStyle, u"num-format").toString();
            level.defined = true;
            level.format = format.isEmpty() ? QChar() : format.front();
            level.prefix = a.value(kStyle, u"num-prefix").toString();
            level.suffix = a.value(kStyle, u"num-suffix").toString();
            level.start = attributeInt(a, kText, u"start-value", 1);
            level.displayLevels = std::clamp(attributeInt(a, kText, u"display-levels", 1), 1, index + 1);
        } else if (name == u"list-level-style-bullet") {
            level.defined = true;
            level.bullet = true;
            level.bulletChar = a.value(kText, u"bullet-char").toString();
        } else if (name == u"list-level-style-image") {
            level.defined = true;
            level.bullet = true;
        }
        xml.skipCurrentElement();
    }
    return style;
}

// Lists without a known style: 1. (a) (i) 1. …
const ListLevel &defaultLevel(int index)
{
    static const std::array<ListLevel, kLevels> levels = [] {
        std::array<ListLevel, kLevels> l;
        for (int i = 0; i < kLevels; ++i)
            l[i] = ListLevel{true, false, {}, QChar(u'1'), {}, u"."_s, 1, 1};
        l[1] = ListLevel{true, false, {}, QChar(u'a'), u"("_s, u")"_s, 1, 1};
        l[2] = ListLevel{true, false, {}, QChar(u'i'), u"("_s, u")"_s, 1, 1};
        return l;
    }();
    return levels[index];
}

struct Styles
{
    QHash<QString, ListStyle> lists;
    QHash<QString, QString> paragraphLists; ///< paragraph style → its list style
    ListStyle outline;

    // Reads the list, outline and paragraph styles of content.xml or styles.xml.
    void read(QXmlStreamReader &xml)
    {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.namespaceUri() == kText && xml.name() == u"list-style") {
                const QString name = xml.attributes().value(kStyle, u"name").toString();
                lists.insert(name, readListStyle(xml));
            } else if (xml.namespaceUri() == kText && xml.name() == u"outline-style") {
                outline = readListStyle(xml);
            } else if (xml.namespaceUri() == kStyle && xml.name() == u"style") {
                const QXmlStreamAttributes a = xml.attributes();
                if (a.hasAttribute(kStyle, u"list-style-name"))
                    paragraphLists.insert(a.value(kStyle, u"name").toString(),
                                          a.value(kStyle, u"list-style-name").toString());
            } else if (xml.namespaceUri() == kOffice && xml.name() == u"body") {
                return; // the styles come before the body
            }
        }
    }
};

struct Paragraph
{
    QString text;
    QString marker;
    bool bullet = false;
    bool pendingSpace = false; ///< ODF collapses white space to one space, and drops it at the start
};

struct List
{
    QString style;
};

class BodyReader
{
public:
    explicit BodyReader(const Styles &styles)
        : m_styles(styles)
    {}

    QStringList read(QXmlStreamReader &xml)
    {
        while (!xml.atEnd()) {
            switch (xml.readNext()) {
            case QXmlStreamReader::StartElement: startElement(xml); break;
            case QXmlStreamReader::EndElement: endElement(xml); break;
            case QXmlStreamReader::Characters: characters(xml.text()); break;
            default: break;
            }
        }
        return m_paragraphs;
    }

private:
    void startElement(QXmlStreamReader &xml)
    {
        const QStringView ns = xml.namespaceUri();
        const QStringView name = xml.name();
        if (ns == kOffice && name == u"body") {
            m_inBody = true;
            return;
        }
        if (!m_inBody)
            return;
        if ((ns == kOffice && (name == u"annotation" || name == u"forms")) ||
            (ns == kSvg && (name == u"title" || name == u"desc"))) {
            xml.skipCurrentElement();
            return;
        }
        if (ns != kText)
            return;
        const QXmlStreamAttributes a = xml.attributes();
        if (name == u"p" || name == u"h") {
            startParagraph(name == u"h" ? attributeInt(a, kText, u"outline-level", 1) : 0,
                           a.value(kText, u"style-name").toString());
        } else if (name == u"list") {
            startList(a);
        } else if (name == u"list-item") {
            startItem(a);
        } else if (name == u"list-header") {
            m_pendingItem = false;
        } else if (name == u"s") {
            addLiteral(QString(std::max(1, attributeInt(a, kText, u"c", 1)), u' '));
        } else if (name == u"tab") {
            addLiteral(u"\t"_s);
        } else if (name == u"line-break") {
            addLiteral(u"\n"_s);
        } else if (name == u"number") {
            // A number the writer already worked out for this heading or item.
            const QString number = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!m_open.isEmpty()) {
                m_open.last().marker = number;
                m_open.last().bullet = false;
            }
        } else if (name == u"note" || name == u"tracked-changes" || name == u"sequence-decls" ||
                   name == u"variable-decls" || name == u"user-field-decls" || name == u"table-of-content" ||
                   name.endsWith(u"-index") || name == u"bibliography") {
            // Footnotes, deleted text, declarations and indexes: not part of the running text (an index
            // would repeat every heading).
            xml.skipCurrentElement();
        }
    }

    void endElement(const QXmlStreamReader &xml)
    {
        if (!m_inBody || xml.namespaceUri() != kText)
            return;
        const QStringView name = xml.name();
        if ((name == u"p" || name == u"h") && !m_open.isEmpty()) {
            finish(m_open.takeLast());
        } else if (name == u"list" && !m_lists.isEmpty()) {
            m_lists.removeLast();
            if (m_lists.isEmpty())
                m_lastTopCounters.insert(m_topStyle, m_counters);
        } else if (name == u"list-item") {
            m_pendingItem = false;
        }
    }

    void characters(QStringView text)
    {
        if (m_open.isEmpty())
            return;
        Paragraph &p = m_open.last();
        for (const QChar c : text) {
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
                p.pendingSpace = !p.text.isEmpty();
                continue;
            }
            if (p.pendingSpace)
                p.text += u' ';
            p.pendingSpace = false;
            p.text += c;
        }
    }

    void addLiteral(const QString &text)
    {
        if (m_open.isEmpty())
            return;
        Paragraph &p = m_open.last();
        if (p.pendingSpace)
            p.text += u' ';
        p.pendingSpace = false;
        p.text += text;
    }

    void startList(const QXmlStreamAttributes &a)
    {
        QString style = a.value(kText, u"style-name").toString();
        if (style.isEmpty() && !m_lists.isEmpty())
            style = m_lists.last().style;
        if (m_lists.isEmpty()) {
            m_topStyle = style;
            const bool continues =
                a.value(kText, u"continue-numbering") == u"true" || a.hasAttribute(kText, u"continue-list");
            m_counters.fill(0);
            if (continues)
                m_counters = m_lastTopCounters.value(style, m_counters);
        } else if (m_lists.size() < kLevels) {
            m_counters[m_lists.size()] = 0; // a nested list starts again under each item
        }
        m_lists.append(List{style});
        m_pendingItem = false;
    }

    void startItem(const QXmlStreamAttributes &a)
    {
        if (m_lists.isEmpty())
            return;
        const int index = int(std::min<qsizetype>(m_lists.size(), kLevels)) - 1;
        const ListLevel &level = levelFor(index, {});
        int &counter = m_counters[index];
        counter = a.hasAttribute(kText, u"start-value") ? attributeInt(a, kText, u"start-value", 1)
                  : counter == 0                        ? level.start
                                                        : counter + 1;
        for (int deeper = index + 1; deeper < kLevels; ++deeper)
            m_counters[deeper] = 0;
        m_pendingItem = true;
    }

    // The level definition for a list item: from the list's style, else from the paragraph's style.
    const ListLevel &levelFor(int index, const QString &paragraphStyle) const
    {
        QString name = m_lists.isEmpty() ? QString() : m_lists.last().style;
        if (name.isEmpty())
            name = m_styles.paragraphLists.value(paragraphStyle);
        const auto it = m_styles.lists.constFind(name);
        if (it != m_styles.lists.cend() && it->at(index).defined)
            return it->at(index);
        return defaultLevel(index);
    }

    static QString compose(const ListLevel &level, int index, const std::array<int, kLevels> &counters,
                           const std::function<const ListLevel &(int)> &levelAt)
    {
        if (level.bullet)
            return bulletText(level.bulletChar);
        if (level.format.isNull())
            return QString(level.prefix + level.suffix).trimmed();
        QStringList numbers;
        for (int i = index - level.displayLevels + 1; i <= index; ++i) {
            const int value = counters[i] > 0 ? counters[i] : levelAt(i).start;
            numbers.append(formatCounter(value, i == index ? level.format : levelAt(i).format));
        }
        return level.prefix + numbers.join(u'.') + level.suffix;
    }

    void startParagraph(int outlineLevel, const QString &style)
    {
        Paragraph paragraph;
        if (m_pendingItem && !m_lists.isEmpty()) {
            const int index = int(std::min<qsizetype>(m_lists.size(), kLevels)) - 1;
            const ListLevel &level = levelFor(index, style);
            paragraph.bullet = level.bullet;
            paragraph.marker = compose(level, index, m_counters,
                                       [&](int i) -> const ListLevel & { return levelFor(i, style); });
            m_pendingItem = false;
        } else if (outlineLevel > 0 && m_lists.isEmpty()) {
            // Headings numbered by the document's outline ("Article 1", "Chapter II").
            const int index = std::min(outlineLevel, kLevels) - 1;
            const ListLevel &level = m_styles.outline[index];
            if (level.defined && (!level.format.isNull() || !level.prefix.isEmpty())) {
                m_outline[index] = m_outline[index] == 0 ? level.start : m_outline[index] + 1;
                for (int deeper = index + 1; deeper < kLevels; ++deeper)
                    m_outline[deeper] = 0;
                paragraph.marker = compose(level, index, m_outline,
                                           [&](int i) -> const ListLevel & { return m_styles.outline[i]; });
            }
        }
        m_open.append(paragraph);
    }

    void finish(const Paragraph &paragraph)
    {
        const QString text = paragraph.text.trimmed();
        if (text.isEmpty()) {
            if (!paragraph.marker.isEmpty() && !paragraph.bullet)
                m_paragraphs.append(paragraph.marker);
            return;
        }
        m_paragraphs.append(paragraph.marker.isEmpty() ? text : paragraph.marker + u' ' + text);
    }

    const Styles &m_styles;
    bool m_inBody = false;
    QList<Paragraph> m_open; // paragraphs nest: a text frame inside a paragraph holds its own
    QList<List> m_lists;
    QString m_topStyle;
    std::array<int, kLevels> m_counters{};
    QHash<QString, std::array<int, kLevels>> m_lastTopCounters;
    std::array<int, kLevels> m_outline{};
    bool m_pendingItem = false;
    QStringList m_paragraphs;
};

std::unexpected<Error> damaged(const QXmlStreamReader &xml, const QString &part, const QString &fileName)
{
    QString reason = xml.errorString();
    while (reason.endsWith(u'.'))
        reason.chop(1);
    return failFor(
        ErrorCode::Parse,
        Tr::tr("The OpenDocument text “%1” is damaged: its part %2 is not well-formed XML (%3, line %4, "
               "column %5). Open it in your word processor and save it again, or import it as PDF.")
            .arg(fileName, part, reason)
            .arg(xml.lineNumber())
            .arg(xml.columnNumber()),
        fileName);
}

} // namespace

Result<QString> readOdt(const zip::Reader &root, const QString &fileName)
{
    const auto content = readArchiveEntry(root, u"content.xml"_s, fileName);
    if (!content)
        return std::unexpected(content.error());
    if (content->isEmpty()) {
        return failFor(
            ErrorCode::Parse,
            Tr::tr("The OpenDocument text “%1” is damaged: it has no content part (content.xml). Open it "
                   "in your word processor and save it again, or import it as PDF.")
                .arg(fileName),
            fileName);
    }

    Styles styles;
    const auto stylesPart = readArchiveEntry(root, u"styles.xml"_s, fileName);
    if (!stylesPart)
        return std::unexpected(stylesPart.error());
    if (!stylesPart->isEmpty()) {
        QXmlStreamReader xml(*stylesPart);
        styles.read(xml);
        if (xml.hasError())
            return damaged(xml, u"styles.xml"_s, fileName);
    }
    {
        QXmlStreamReader xml(*content);
        styles.read(xml); // automatic styles, which take precedence
        if (xml.hasError())
            return damaged(xml, u"content.xml"_s, fileName);
    }

    QXmlStreamReader xml(*content);
    const QStringList paragraphs = BodyReader(styles).read(xml);
    if (xml.hasError())
        return damaged(xml, u"content.xml"_s, fileName);
    return joinParagraphs(paragraphs);
}

} // namespace iia::draftformats
