// Word (DOCX) → text: the paragraphs of the main document part, with their list numbers worked out.

#include "archive/zip.h"
#include "draftformats_p.h"

#include <QHash>
#include <QXmlStreamReader>

#include <array>

namespace iia::draftformats {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kW = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr auto kWStrict = u"http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr auto kMarkupCompatibility = u"http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr auto kRelationships = u"http://schemas.openxmlformats.org/package/2006/relationships";
constexpr int kLevels = 9;

bool isW(const QXmlStreamReader &xml)
{
    return xml.namespaceUri() == kW || xml.namespaceUri() == kWStrict;
}

QString wAttribute(const QXmlStreamReader &xml, QStringView name)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == name &&
            (attribute.namespaceUri() == kW || attribute.namespaceUri() == kWStrict))
            return attribute.value().toString();
    }
    return {};
}

bool isOn(const QString &value)
{
    return value.isEmpty() || !(value == u"0" || value == u"false" || value == u"off");
}

int levelIndex(const QString &value)
{
    bool ok = false;
    const int level = value.toInt(&ok);
    return ok ? std::clamp(level, 0, kLevels - 1) : 0;
}

std::unexpected<Error> damaged(const QXmlStreamReader &xml, const QString &part, const QString &fileName)
{
    QString reason = xml.errorString();
    while (reason.endsWith(u'.'))
        reason.chop(1);
    return failFor(
        ErrorCode::Parse,
        Tr::tr("The Word document “%1” is damaged: its part %2 is not well-formed XML (%3, line %4, "
               "column %5). Open it in your word processor and save it again, or import it as PDF.")
            .arg(fileName, part, reason)
            .arg(xml.lineNumber())
            .arg(xml.columnNumber()),
        fileName);
}

struct Level
{
    QString format = u"decimal"_s;
    QString text;
    int start = 1;
    QString suffix = u"tab"_s;
};

using Levels = std::array<Level, kLevels>;

// Lists numbered as Word shows them: lists that refer to one abstract numbering count on from each other,
// except a list that overrides its start value, which counts on its own.
class Numbering
{
public:
    struct Marker
    {
        QString text; ///< the number with what follows it ("1. ", "(a) "), or a bullet
        bool bullet = false;
    };

    void read(QXmlStreamReader &xml)
    {
        while (xml.readNextStartElement()) {
            if (!isW(xml)) {
                xml.skipCurrentElement();
            } else if (xml.name() == u"abstractNum") {
                readAbstract(xml);
            } else if (xml.name() == u"num") {
                readNum(xml);
            } else if (xml.name() != u"numbering") {
                xml.skipCurrentElement();
            }
        }
    }

    Marker marker(const QString &numId, int level)
    {
        if (numId.isEmpty() || numId == u"0")
            return {};
        QString key = m_numToAbstract.value(numId);
        const Levels *levels = nullptr;
        if (auto it = m_abstracts.constFind(key); !key.isEmpty() && it != m_abstracts.cend()) {
            levels = &*it;
        } else {
            key = u"#"_s + numId; // no numbering part, or a dangling reference: a sensible default
            levels = &fallback();
        }
        // A list that overrides its start is a list of its own; the others share their abstract list's count.
        const QHash<int, int> overrides = m_overrides.value(numId);
        if (!overrides.isEmpty())
            key = u"#"_s + numId;

        if (!m_counters.contains(key)) {
            std::array<int, kLevels> fresh;
            fresh.fill(-1);
            for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
                fresh[it.key()] = it.value() - 1;
            m_counters.insert(key, fresh);
        }
        std::array<int, kLevels> &counters = m_counters[key];
        counters[level] = counters[level] < 0 ? levels->at(level).start : counters[level] + 1;
        for (int deeper = level + 1; deeper < kLevels; ++deeper)
            counters[deeper] = -1;

        const Level &format = levels->at(level);
        if (format.format == u"none")
            return {};
        if (format.format == u"bullet")
            return {bulletText(format.text) + u' ', true};
        QString text = format.text.isEmpty() ? u"%%1."_s.arg(level + 1) : format.text;
        for (int i = 0; i <= level; ++i) {
            const Level &shown = levels->at(i);
            const int value = counters[i] < 0 ? shown.start : counters[i];
            text.replace(u'%' + QString::number(i + 1), formatted(value, shown.format));
        }
        if (format.suffix != u"nothing")
            text += u' ';
        return {text, false};
    }

private:
    static QString formatted(int value, const QString &format)
    {
        if (format == u"lowerLetter")
            return formatCounter(value, u'a');
        if (format == u"upperLetter")
            return formatCounter(value, u'A');
        if (format == u"lowerRoman")
            return formatCounter(value, u'i');
        if (format == u"upperRoman")
            return formatCounter(value, u'I');
        if (format == u"decimalZero")
            return QString::number(value).rightJustified(2, u'0');
        return QString::number(value);
    }

    static const Levels &fallback()
    {
        static const Levels levels = [] {
            Levels l;
            l[0] = Level{u"decimal"_s, u"%1."_s, 1, u"tab"_s};
            l[1] = Level{u"lowerLetter"_s, u"(%2)"_s, 1, u"tab"_s};
            l[2] = Level{u"lowerRoman"_s, u"(%3)"_s, 1, u"tab"_s};
            for (int i = 3; i < kLevels; ++i)
                l[i] = Level{u"decimal"_s, u"%%1."_s.arg(i + 1), 1, u"tab"_s};
            return l;
        }();
        return levels;
    }

    void readAbstract(QXmlStreamReader &xml)
    {
        Levels &levels = m_abstracts[wAttribute(xml, u"abstractNumId")];
        while (xml.readNextStartElement()) {
            if (!isW(xml) || xml.name() != u"lvl") {
                xml.skipCurrentElement();
                continue;
            }
            Level &level = levels[levelIndex(wAttribute(xml, u"ilvl"))];
            while (xml.readNextStartElement()) {
                const QString value = wAttribute(xml, u"val");
                if (xml.name() == u"start")
                    level.start = value.toInt();
                else if (xml.name() == u"numFmt")
                    level.format = value;
                else if (xml.name() == u"lvlText")
                    level.text = value;
                else if (xml.name() == u"suff")
                    level.suffix = value;
                xml.skipCurrentElement();
            }
        }
    }

    void readNum(QXmlStreamReader &xml)
    {
        const QString numId = wAttribute(xml, u"numId");
        while (xml.readNextStartElement()) {
            if (xml.name() == u"abstractNumId") {
                m_numToAbstract.insert(numId, wAttribute(xml, u"val"));
                xml.skipCurrentElement();
            } else if (xml.name() == u"lvlOverride") {
                const int level = levelIndex(wAttribute(xml, u"ilvl"));
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"startOverride")
                        m_overrides[numId].insert(level, wAttribute(xml, u"val").toInt());
                    xml.skipCurrentElement();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
    }

    QHash<QString, Levels> m_abstracts;
    QHash<QString, QString> m_numToAbstract;
    QHash<QString, QHash<int, int>> m_overrides;
    QHash<QString, std::array<int, kLevels>> m_counters;
};

struct NumberingProperties
{
    QString numId; ///< empty when not given
    QString level; ///< empty when not given
};

struct Style
{
    QString basedOn;
    NumberingProperties numbering;
};

NumberingProperties readNumPr(QXmlStreamReader &xml)
{
    NumberingProperties numbering;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"numId")
            numbering.numId = wAttribute(xml, u"val");
        else if (xml.name() == u"ilvl")
            numbering.level = wAttribute(xml, u"val");
        xml.skipCurrentElement();
    }
    return numbering;
}

QHash<QString, Style> readStyles(QXmlStreamReader &xml)
{
    QHash<QString, Style> styles;
    while (xml.readNextStartElement()) {
        if (!isW(xml) || (xml.name() != u"styles" && xml.name() != u"style")) {
            xml.skipCurrentElement();
            continue;
        }
        if (xml.name() == u"styles")
            continue;
        Style &style = styles[wAttribute(xml, u"styleId")];
        while (xml.readNextStartElement()) {
            if (xml.name() == u"basedOn") {
                style.basedOn = wAttribute(xml, u"val");
                xml.skipCurrentElement();
            } else if (xml.name() == u"pPr") {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numPr")
                        style.numbering = readNumPr(xml);
                    else
                        xml.skipCurrentElement();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    return styles;
}

struct Paragraph
{
    QString text;
    QString style;
    NumberingProperties numbering;
};

class DocumentReader
{
public:
    DocumentReader(QHash<QString, Style> styles, Numbering &numbering)
        : m_styles(std::move(styles))
        , m_numbering(numbering)
    {}

    QStringList read(QXmlStreamReader &xml)
    {
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement())
                startElement(xml);
            else if (xml.isEndElement() && isW(xml) && xml.name() == u"p" && !m_open.isEmpty())
                finish(m_open.takeLast());
        }
        return m_paragraphs;
    }

private:
    void append(const QString &text)
    {
        if (!m_hiddenRun && !m_open.isEmpty())
            m_open.last().text += text;
    }

    void startElement(QXmlStreamReader &xml)
    {
        if (xml.namespaceUri() == kMarkupCompatibility && xml.name() == u"Fallback") {
            xml.skipCurrentElement(); // the same content again, for older readers
            return;
        }
        if (!isW(xml))
            return;
        const QStringView name = xml.name();
        if (name == u"p") {
            m_open.append(Paragraph());
        } else if (name == u"pPr") {
            readParagraphProperties(xml);
        } else if (name == u"r") {
            m_hiddenRun = false;
        } else if (name == u"rPr") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"vanish")
                    m_hiddenRun = isOn(wAttribute(xml, u"val"));
                xml.skipCurrentElement();
            }
        } else if (name == u"t") {
            append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (name == u"tab" || name == u"ptab") {
            append(u"\t"_s);
        } else if (name == u"br" || name == u"cr") {
            append(u"\n"_s);
        } else if (name == u"noBreakHyphen") {
            append(u"-"_s);
        } else if (name == u"del" || name == u"moveFrom" || name == u"delText" || name == u"instrText" ||
                   name == u"delInstrText" || name == u"sdtPr") {
            xml.skipCurrentElement(); // deleted text, field codes, content-control settings
        }
    }

    void readParagraphProperties(QXmlStreamReader &xml)
    {
        Paragraph *paragraph = m_open.isEmpty() ? nullptr : &m_open.last();
        while (xml.readNextStartElement()) {
            if (paragraph && xml.name() == u"pStyle") {
                paragraph->style = wAttribute(xml, u"val");
                xml.skipCurrentElement();
            } else if (paragraph && xml.name() == u"numPr") {
                paragraph->numbering = readNumPr(xml);
            } else {
                xml.skipCurrentElement();
            }
        }
    }

    NumberingProperties resolve(const Paragraph &paragraph) const
    {
        NumberingProperties numbering = paragraph.numbering;
        QString styleId = paragraph.style;
        for (int depth = 0; depth < 16 && !styleId.isEmpty(); ++depth) {
            const Style style = m_styles.value(styleId);
            if (numbering.numId.isEmpty())
                numbering.numId = style.numbering.numId;
            if (numbering.level.isEmpty())
                numbering.level = style.numbering.level;
            styleId = style.basedOn;
        }
        return numbering;
    }

    void finish(const Paragraph &paragraph)
    {
        // A table of contents repeats the headings; the outline would find every clause twice.
        if (paragraph.style.startsWith(u"TOC", Qt::CaseInsensitive))
            return;
        const NumberingProperties numbering = resolve(paragraph);
        const Numbering::Marker marker = m_numbering.marker(numbering.numId, levelIndex(numbering.level));
        const QString text = paragraph.text.trimmed();
        if (text.isEmpty()) {
            if (!marker.text.isEmpty() && !marker.bullet)
                m_paragraphs.append(marker.text);
            return;
        }
        m_paragraphs.append(marker.text + text);
    }

    QHash<QString, Style> m_styles;
    Numbering &m_numbering;
    QList<Paragraph> m_open; // paragraphs nest: a text box inside a paragraph holds its own
    QStringList m_paragraphs;
    bool m_hiddenRun = false;
};

QString mainDocumentPath(const zip::Reader &root, const QString &fileName)
{
    const auto rels = readArchiveEntry(root, u"_rels/.rels"_s, fileName);
    if (rels && !rels->isEmpty()) {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.namespaceUri() == kRelationships &&
                xml.name() == u"Relationship" &&
                xml.attributes().value(u"Type").endsWith(u"/officeDocument")) {
                QString target = xml.attributes().value(u"Target").toString();
                while (target.startsWith(u'/'))
                    target.remove(0, 1);
                if (!target.isEmpty())
                    return target;
            }
        }
    }
    return u"word/document.xml"_s;
}

} // namespace

Result<QString> readDocx(const zip::Reader &root, const QString &fileName)
{
    const QString documentPath = mainDocumentPath(root, fileName);
    const auto document = readArchiveEntry(root, documentPath, fileName);
    if (!document)
        return std::unexpected(document.error());
    if (document->isEmpty()) {
        return failFor(
            ErrorCode::Parse,
            Tr::tr("The Word document “%1” is damaged: it has no main document part (%2). Open it in your "
                   "word processor and save it again, or import it as PDF.")
                .arg(fileName, documentPath),
            fileName);
    }
    const qsizetype slash = documentPath.lastIndexOf(u'/');
    const QString folder = documentPath.left(slash + 1);

    Numbering numbering;
    const auto numberingPart = readArchiveEntry(root, folder + u"numbering.xml"_s, fileName);
    if (!numberingPart)
        return std::unexpected(numberingPart.error());
    if (!numberingPart->isEmpty()) {
        QXmlStreamReader xml(*numberingPart);
        numbering.read(xml);
        if (xml.hasError())
            return damaged(xml, folder + u"numbering.xml"_s, fileName);
    }

    QHash<QString, Style> styles;
    const auto stylesPart = readArchiveEntry(root, folder + u"styles.xml"_s, fileName);
    if (!stylesPart)
        return std::unexpected(stylesPart.error());
    if (!stylesPart->isEmpty()) {
        QXmlStreamReader xml(*stylesPart);
        styles = readStyles(xml);
        if (xml.hasError())
            return damaged(xml, folder + u"styles.xml"_s, fileName);
    }

    QXmlStreamReader xml(*document);
    const QStringList paragraphs = DocumentReader(std::move(styles), numbering).read(xml);
    if (xml.hasError())
        return damaged(xml, documentPath, fileName);
    return joinParagraphs(paragraphs);
}

} // namespace iia::draftformats
