#include "odtbrief.h"

#include "archive/zip.h"
#include "report/escape.h"
#include "reportcharts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace iia {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::OdtBrief)
};

constexpr auto kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr auto kStyle = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr auto kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr auto kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr auto kDraw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
constexpr auto kFo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
constexpr auto kXlink = "http://www.w3.org/1999/xlink";
constexpr auto kSvg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
constexpr auto kMeta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
constexpr auto kDc = "http://purl.org/dc/elements/1.1/";
constexpr auto kManifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

QString ns(const char *uri)
{
    return QString::fromLatin1(uri);
}

void declareNamespaces(QXmlStreamWriter &xml)
{
    xml.writeNamespace(ns(kOffice), u"office"_s);
    xml.writeNamespace(ns(kStyle), u"style"_s);
    xml.writeNamespace(ns(kText), u"text"_s);
    xml.writeNamespace(ns(kTable), u"table"_s);
    xml.writeNamespace(ns(kDraw), u"draw"_s);
    xml.writeNamespace(ns(kFo), u"fo"_s);
    xml.writeNamespace(ns(kXlink), u"xlink"_s);
    xml.writeNamespace(ns(kSvg), u"svg"_s);
    xml.writeNamespace(ns(kMeta), u"meta"_s);
    xml.writeNamespace(ns(kDc), u"dc"_s);
}

// Writes text into the current element: tabs, line breaks and runs of spaces as ODF elements, characters
// XML cannot carry dropped.
void writeText(QXmlStreamWriter &xml, const QString &raw)
{
    const QString text = report::cleanText(raw);
    QString run;
    auto flush = [&] {
        if (!run.isEmpty())
            xml.writeCharacters(run);
        run.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            flush();
            xml.writeEmptyElement(ns(kText), u"line-break"_s);
        } else if (c == u'\t') {
            flush();
            xml.writeEmptyElement(ns(kText), u"tab"_s);
        } else if (c == u' ' && (i == 0 || text.at(i - 1) == u' ')) {
            flush();
            xml.writeEmptyElement(ns(kText), u"s"_s);
        } else {
            run += c;
        }
    }
    flush();
}

void paragraph(QXmlStreamWriter &xml, const QString &style, const QString &text)
{
    xml.writeStartElement(ns(kText), u"p"_s);
    xml.writeAttribute(ns(kText), u"style-name"_s, style);
    writeText(xml, text);
    xml.writeEndElement();
}

class ContentWriter
{
public:
    ContentWriter(QXmlStreamWriter &xml, const report::Brief &brief, bool withCharts)
        : m_xml(xml)
        , m_brief(brief)
        , m_withCharts(withCharts)
    {}
    void write();

private:
    void table(const QStringList &header, const QList<QStringList> &rows, const QString &name);
    void fields(const QList<std::pair<QString, QString>> &values);
    void list(const QStringList &items);
    void chart(const report::Block &b);

    QXmlStreamWriter &m_xml;
    const report::Brief &m_brief;
    bool m_withCharts;
    int m_tables = 0;
};

void ContentWriter::table(const QStringList &header, const QList<QStringList> &rows, const QString &name)
{
    m_xml.writeStartElement(ns(kTable), u"table"_s);
    m_xml.writeAttribute(ns(kTable), u"name"_s, name);
    m_xml.writeAttribute(ns(kTable), u"style-name"_s, u"BriefTable"_s);
    m_xml.writeStartElement(ns(kTable), u"table-column"_s);
    m_xml.writeAttribute(ns(kTable), u"number-columns-repeated"_s, QString::number(header.size()));
    m_xml.writeEndElement();
    auto row = [this](const QStringList &cells, int columns, const QString &paragraphStyle) {
        m_xml.writeStartElement(ns(kTable), u"table-row"_s);
        for (int i = 0; i < columns; ++i) {
            m_xml.writeStartElement(ns(kTable), u"table-cell"_s);
            m_xml.writeAttribute(ns(kTable), u"style-name"_s, u"BriefCell"_s);
            m_xml.writeAttribute(ns(kOffice), u"value-type"_s, u"string"_s);
            paragraph(m_xml, paragraphStyle, cells.value(i));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    };
    const int columns = int(header.size());
    if (!header.isEmpty()) {
        m_xml.writeStartElement(ns(kTable), u"table-header-rows"_s);
        row(header, columns, u"Table_20_Heading"_s);
        m_xml.writeEndElement();
    }
    for (const QStringList &r : rows)
        row(r, columns, u"Table_20_Contents"_s);
    m_xml.writeEndElement();
}

void ContentWriter::fields(const QList<std::pair<QString, QString>> &values)
{
    for (const auto &[label, value] : values) {
        m_xml.writeStartElement(ns(kText), u"p"_s);
        m_xml.writeAttribute(ns(kText), u"style-name"_s, u"Field"_s);
        m_xml.writeStartElement(ns(kText), u"span"_s);
        m_xml.writeAttribute(ns(kText), u"style-name"_s, u"FieldLabel"_s);
        writeText(m_xml, label + u": "_s);
        m_xml.writeEndElement();
        writeText(m_xml, value);
        m_xml.writeEndElement();
    }
}

void ContentWriter::list(const QStringList &items)
{
    m_xml.writeStartElement(ns(kText), u"list"_s);
    m_xml.writeAttribute(ns(kText), u"style-name"_s, u"BriefBullets"_s);
    for (const QString &item : items) {
        m_xml.writeStartElement(ns(kText), u"list-item"_s);
        paragraph(m_xml, u"List_20_Paragraph"_s, item);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void ContentWriter::chart(const report::Block &b)
{
    if (m_withCharts) {
        const QSizeF size = ReportCharts::naturalSize(b.chart);
        const qreal widthCm = 15.0;
        const qreal heightCm = widthCm * size.height() / size.width();
        m_xml.writeStartElement(ns(kText), u"p"_s);
        m_xml.writeAttribute(ns(kText), u"style-name"_s, u"Figure"_s);
        m_xml.writeStartElement(ns(kDraw), u"frame"_s);
        m_xml.writeAttribute(ns(kDraw), u"style-name"_s, u"ChartFrame"_s);
        m_xml.writeAttribute(ns(kDraw), u"name"_s,
                             b.chart == report::ChartKind::Properties ? u"Properties"_s : u"Enablers"_s);
        m_xml.writeAttribute(ns(kText), u"anchor-type"_s, u"as-char"_s);
        m_xml.writeAttribute(ns(kSvg), u"width"_s, QString::number(widthCm, 'f', 2) + u"cm"_s);
        m_xml.writeAttribute(ns(kSvg), u"height"_s, QString::number(heightCm, 'f', 2) + u"cm"_s);
        m_xml.writeStartElement(ns(kDraw), u"image"_s);
        m_xml.writeAttribute(ns(kXlink), u"href"_s,
                             b.chart == report::ChartKind::Properties ? u"Pictures/properties.svg"_s
                                                                      : u"Pictures/enablers.svg"_s);
        m_xml.writeAttribute(ns(kXlink), u"type"_s, u"simple"_s);
        m_xml.writeAttribute(ns(kXlink), u"show"_s, u"embed"_s);
        m_xml.writeAttribute(ns(kXlink), u"actuate"_s, u"onLoad"_s);
        m_xml.writeEndElement();
        m_xml.writeStartElement(ns(kSvg), u"desc"_s);
        m_xml.writeCharacters(report::cleanText(b.text));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    paragraph(m_xml, u"Caption"_s, b.text);
    table(b.header, b.rows, u"Chart%1"_s.arg(int(b.chart) + 1));
}

void ContentWriter::write()
{
    paragraph(m_xml, u"Title"_s, m_brief.title);
    if (!m_brief.subtitle.isEmpty())
        paragraph(m_xml, u"Subtitle"_s, m_brief.subtitle);
    fields(m_brief.facts);
    for (const report::Block &b : m_brief.blocks) {
        switch (b.kind) {
        case report::Block::Kind::Heading: {
            const int level = qBound(1, b.level, 3);
            m_xml.writeStartElement(ns(kText), u"h"_s);
            m_xml.writeAttribute(ns(kText), u"style-name"_s, u"Heading_20_%1"_s.arg(level));
            m_xml.writeAttribute(ns(kText), u"outline-level"_s, QString::number(level));
            writeText(m_xml, b.text);
            m_xml.writeEndElement();
            break;
        }
        case report::Block::Kind::Paragraph: {
            QString style = u"Text_20_body"_s;
            if (b.style == report::Block::Style::Lead)
                style = u"Lead"_s;
            else if (b.style == report::Block::Style::Muted)
                style = u"Muted"_s;
            else if (b.style == report::Block::Style::Warning)
                style = u"Warning"_s;
            paragraph(m_xml, style, b.text);
            break;
        }
        case report::Block::Kind::Fields: fields(b.fields); break;
        case report::Block::Kind::Table: table(b.header, b.rows, u"Table%1"_s.arg(++m_tables)); break;
        case report::Block::Kind::List: list(b.items); break;
        case report::Block::Kind::Quote: {
            paragraph(m_xml, u"Quotations"_s, u"“"_s + b.text.trimmed() + u"”"_s);
            QStringList source;
            if (!b.cite.isEmpty())
                source.append(b.cite);
            if (!b.note.isEmpty())
                source.append(b.note);
            if (!source.isEmpty())
                paragraph(m_xml, u"QuoteSource"_s, u"— "_s + source.join(u" · "_s));
            break;
        }
        case report::Block::Kind::Chart: chart(b); break;
        }
    }
}

// One style: <style:style style:name=… style:family=… [parent]> with paragraph and text properties.
struct StyleSpec
{
    QString name;
    QString display;
    QString parent;
    QList<std::pair<QString, QString>> paragraph; // fo:/style: attribute → value
    QList<std::pair<QString, QString>> text;
    int outlineLevel = 0;
    QString family = u"paragraph"_s;
};

void writeStyle(QXmlStreamWriter &xml, const StyleSpec &s, bool rtl)
{
    xml.writeStartElement(ns(kStyle), u"style"_s);
    xml.writeAttribute(ns(kStyle), u"name"_s, s.name);
    if (!s.display.isEmpty())
        xml.writeAttribute(ns(kStyle), u"display-name"_s, s.display);
    xml.writeAttribute(ns(kStyle), u"family"_s, s.family);
    if (!s.parent.isEmpty())
        xml.writeAttribute(ns(kStyle), u"parent-style-name"_s, s.parent);
    if (s.outlineLevel > 0)
        xml.writeAttribute(ns(kStyle), u"default-outline-level"_s, QString::number(s.outlineLevel));
    if (s.family == u"paragraph") {
        xml.writeStartElement(ns(kStyle), u"paragraph-properties"_s);
        if (rtl)
            xml.writeAttribute(ns(kStyle), u"writing-mode"_s, u"rl-tb"_s);
        for (const auto &[key, value] : s.paragraph) {
            const QString prefix = key.section(u':', 0, 0);
            xml.writeAttribute(prefix == u"fo" ? ns(kFo) : ns(kStyle), key.section(u':', 1), value);
        }
        xml.writeEndElement();
    }
    if (!s.text.isEmpty()) {
        xml.writeStartElement(ns(kStyle), u"text-properties"_s);
        for (const auto &[key, value] : s.text) {
            const QString prefix = key.section(u':', 0, 0);
            xml.writeAttribute(prefix == u"fo" ? ns(kFo) : ns(kStyle), key.section(u':', 1), value);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

QByteArray stylesXml(const report::Brief &brief, const QPageSize &pageSize)
{
    const bool rtl = brief.direction == Qt::RightToLeft;
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(ns(kOffice), u"document-styles"_s);
    declareNamespaces(xml);
    xml.writeAttribute(ns(kOffice), u"version"_s, u"1.3"_s);

    xml.writeStartElement(ns(kOffice), u"font-face-decls"_s);
    for (const QString &font : {u"DejaVu Sans"_s, u"Amiri"_s}) {
        xml.writeStartElement(ns(kStyle), u"font-face"_s);
        xml.writeAttribute(ns(kStyle), u"name"_s, font);
        xml.writeAttribute(ns(kSvg), u"font-family"_s, u"'"_s + font + u"'"_s);
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(ns(kOffice), u"styles"_s);
    // Defaults: Latin text in DejaVu Sans, Arabic (complex script) in Amiri.
    xml.writeStartElement(ns(kStyle), u"default-style"_s);
    xml.writeAttribute(ns(kStyle), u"family"_s, u"paragraph"_s);
    xml.writeStartElement(ns(kStyle), u"paragraph-properties"_s);
    xml.writeAttribute(ns(kStyle), u"writing-mode"_s, rtl ? u"rl-tb"_s : u"lr-tb"_s);
    xml.writeEndElement();
    xml.writeStartElement(ns(kStyle), u"text-properties"_s);
    xml.writeAttribute(ns(kStyle), u"font-name"_s, u"DejaVu Sans"_s);
    xml.writeAttribute(ns(kFo), u"font-size"_s, u"10.5pt"_s);
    xml.writeAttribute(ns(kStyle), u"font-name-complex"_s, u"Amiri"_s);
    xml.writeAttribute(ns(kStyle), u"font-size-complex"_s, u"12pt"_s);
    xml.writeAttribute(ns(kFo), u"language"_s, brief.language);
    xml.writeAttribute(ns(kStyle), u"language-complex"_s, brief.language == u"ar" ? u"ar"_s : u"none"_s);
    xml.writeEndElement();
    xml.writeEndElement();

    const QString start = rtl ? u"end"_s : u"start"_s;
    const QList<StyleSpec> styles{
        {u"Standard"_s, {}, {}, {}, {}, 0},
        {u"Text_20_body"_s,
         u"Text body"_s,
         u"Standard"_s,
         {{u"fo:margin-top"_s, u"0cm"_s},
          {u"fo:margin-bottom"_s, u"0.22cm"_s},
          {u"fo:line-height"_s, u"115%"_s}},
         {},
         0},
        {u"Heading"_s,
         {},
         u"Standard"_s,
         {{u"fo:margin-top"_s, u"0.42cm"_s},
          {u"fo:margin-bottom"_s, u"0.21cm"_s},
          {u"fo:keep-with-next"_s, u"always"_s}},
         {{u"fo:font-weight"_s, u"bold"_s}, {u"style:font-weight-complex"_s, u"bold"_s}},
         0},
        {u"Heading_20_1"_s,
         u"Heading 1"_s,
         u"Heading"_s,
         {{u"fo:break-before"_s, u"page"_s}},
         {{u"fo:font-size"_s, u"17pt"_s},
          {u"style:font-size-complex"_s, u"19pt"_s},
          {u"fo:color"_s, u"#1f5fa8"_s}},
         1},
        {u"Heading_20_2"_s,
         u"Heading 2"_s,
         u"Heading"_s,
         {},
         {{u"fo:font-size"_s, u"13.5pt"_s}, {u"style:font-size-complex"_s, u"15pt"_s}},
         2},
        {u"Heading_20_3"_s,
         u"Heading 3"_s,
         u"Heading"_s,
         {},
         {{u"fo:font-size"_s, u"11.5pt"_s}, {u"style:font-size-complex"_s, u"13pt"_s}},
         3},
        {u"Title"_s,
         u"Title"_s,
         u"Standard"_s,
         {{u"fo:margin-bottom"_s, u"0.15cm"_s}},
         {{u"fo:font-size"_s, u"21pt"_s},
          {u"style:font-size-complex"_s, u"23pt"_s},
          {u"fo:font-weight"_s, u"bold"_s},
          {u"style:font-weight-complex"_s, u"bold"_s}},
         0},
        {u"Subtitle"_s,
         u"Subtitle"_s,
         u"Standard"_s,
         {{u"fo:margin-bottom"_s, u"0.35cm"_s}},
         {{u"fo:font-size"_s, u"11pt"_s}, {u"fo:color"_s, u"#5b6475"_s}},
         0},
        {u"Lead"_s, u"Lead"_s, u"Text_20_body"_s, {}, {{u"fo:font-size"_s, u"11.5pt"_s}}, 0},
        {u"Muted"_s,
         u"Remark"_s,
         u"Text_20_body"_s,
         {},
         {{u"fo:color"_s, u"#5b6475"_s}, {u"fo:font-style"_s, u"italic"_s}},
         0},
        {u"Warning"_s,
         u"Warning"_s,
         u"Text_20_body"_s,
         {{u"fo:background-color"_s, u"#fff4e0"_s}, {u"fo:padding"_s, u"0.1cm"_s}},
         {{u"fo:color"_s, u"#8a4b00"_s}, {u"fo:font-weight"_s, u"bold"_s}},
         0},
        {u"Field"_s, u"Field"_s, u"Standard"_s, {{u"fo:margin-bottom"_s, u"0.08cm"_s}}, {}, 0},
        {u"Quotations"_s,
         u"Quotations"_s,
         u"Text_20_body"_s,
         {{u"fo:margin-left"_s, u"0.5cm"_s},
          {u"fo:margin-right"_s, u"0.5cm"_s},
          {u"fo:margin-bottom"_s, u"0cm"_s},
          {u"fo:background-color"_s, u"#f3f5f9"_s},
          {u"fo:padding"_s, u"0.12cm"_s}},
         {{u"fo:font-style"_s, u"italic"_s}},
         0},
        {u"QuoteSource"_s,
         u"Quotation source"_s,
         u"Quotations"_s,
         {{u"fo:margin-bottom"_s, u"0.25cm"_s}},
         {{u"fo:font-style"_s, u"normal"_s}, {u"fo:font-size"_s, u"9pt"_s}, {u"fo:color"_s, u"#5b6475"_s}},
         0},
        {u"Caption"_s,
         u"Caption"_s,
         u"Standard"_s,
         {{u"fo:margin-bottom"_s, u"0.15cm"_s}},
         {{u"fo:font-size"_s, u"9pt"_s}, {u"fo:font-style"_s, u"italic"_s}, {u"fo:color"_s, u"#5b6475"_s}},
         0},
        {u"Figure"_s,
         u"Figure"_s,
         u"Standard"_s,
         {{u"fo:text-align"_s, u"center"_s}, {u"fo:margin-top"_s, u"0.2cm"_s}},
         {},
         0},
        {u"Table_20_Contents"_s, u"Table Contents"_s, u"Standard"_s, {}, {{u"fo:font-size"_s, u"9pt"_s}}, 0},
        {u"Table_20_Heading"_s,
         u"Table Heading"_s,
         u"Table_20_Contents"_s,
         {{u"fo:text-align"_s, start}},
         {{u"fo:font-weight"_s, u"bold"_s}, {u"style:font-weight-complex"_s, u"bold"_s}},
         0},
        {u"List_20_Paragraph"_s,
         u"List Paragraph"_s,
         u"Text_20_body"_s,
         {{u"fo:margin-bottom"_s, u"0.08cm"_s}},
         {},
         0},
        {u"Footer"_s,
         u"Footer"_s,
         u"Standard"_s,
         {{u"fo:text-align"_s, u"center"_s}},
         {{u"fo:font-size"_s, u"8.5pt"_s}, {u"fo:color"_s, u"#5b6475"_s}},
         0},
    };
    for (const StyleSpec &s : styles)
        writeStyle(xml, s, rtl);
    StyleSpec labelStyle{u"FieldLabel"_s,
                         u"Field label"_s,
                         {},
                         {},
                         {{u"fo:font-weight"_s, u"bold"_s}, {u"style:font-weight-complex"_s, u"bold"_s}},
                         0,
                         u"text"_s};
    writeStyle(xml, labelStyle, rtl);

    // Bullets.
    xml.writeStartElement(ns(kText), u"list-style"_s);
    xml.writeAttribute(ns(kStyle), u"name"_s, u"BriefBullets"_s);
    xml.writeStartElement(ns(kText), u"list-level-style-bullet"_s);
    xml.writeAttribute(ns(kText), u"level"_s, u"1"_s);
    xml.writeAttribute(ns(kText), u"bullet-char"_s, u"•"_s);
    xml.writeStartElement(ns(kStyle), u"list-level-properties"_s);
    xml.writeAttribute(ns(kText), u"list-level-position-and-space-mode"_s, u"label-alignment"_s);
    xml.writeStartElement(ns(kStyle), u"list-level-label-alignment"_s);
    xml.writeAttribute(ns(kText), u"label-followed-by"_s, u"listtab"_s);
    xml.writeAttribute(ns(kFo), u"text-indent"_s, u"-0.4cm"_s);
    xml.writeAttribute(ns(kFo), u"margin-left"_s, u"0.8cm"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // styles

    xml.writeStartElement(ns(kOffice), u"automatic-styles"_s);
    xml.writeStartElement(ns(kStyle), u"page-layout"_s);
    xml.writeAttribute(ns(kStyle), u"name"_s, u"BriefPage"_s);
    xml.writeStartElement(ns(kStyle), u"page-layout-properties"_s);
    const QSizeF mm = pageSize.size(QPageSize::Millimeter);
    xml.writeAttribute(ns(kFo), u"page-width"_s, QString::number(mm.width(), 'f', 1) + u"mm"_s);
    xml.writeAttribute(ns(kFo), u"page-height"_s, QString::number(mm.height(), 'f', 1) + u"mm"_s);
    xml.writeAttribute(ns(kFo), u"margin-top"_s, u"18mm"_s);
    xml.writeAttribute(ns(kFo), u"margin-bottom"_s, u"14mm"_s);
    xml.writeAttribute(ns(kFo), u"margin-left"_s, u"20mm"_s);
    xml.writeAttribute(ns(kFo), u"margin-right"_s, u"20mm"_s);
    xml.writeAttribute(ns(kStyle), u"writing-mode"_s, rtl ? u"rl-tb"_s : u"lr-tb"_s);
    xml.writeEndElement();
    xml.writeStartElement(ns(kStyle), u"footer-style"_s);
    xml.writeEmptyElement(ns(kStyle), u"header-footer-properties"_s);
    xml.writeAttribute(ns(kFo), u"min-height"_s, u"8mm"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(ns(kOffice), u"master-styles"_s);
    xml.writeStartElement(ns(kStyle), u"master-page"_s);
    xml.writeAttribute(ns(kStyle), u"name"_s, u"Standard"_s);
    xml.writeAttribute(ns(kStyle), u"page-layout-name"_s, u"BriefPage"_s);
    xml.writeStartElement(ns(kStyle), u"footer"_s);
    xml.writeStartElement(ns(kText), u"p"_s);
    xml.writeAttribute(ns(kText), u"style-name"_s, u"Footer"_s);
    xml.writeStartElement(ns(kText), u"page-number"_s);
    xml.writeAttribute(ns(kText), u"select-page"_s, u"current"_s);
    xml.writeCharacters(u"1"_s);
    xml.writeEndElement();
    xml.writeCharacters(u" / "_s);
    xml.writeStartElement(ns(kText), u"page-count"_s);
    xml.writeCharacters(u"1"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray contentXml(const report::Brief &brief, bool withCharts)
{
    const bool rtl = brief.direction == Qt::RightToLeft;
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(ns(kOffice), u"document-content"_s);
    declareNamespaces(xml);
    xml.writeAttribute(ns(kOffice), u"version"_s, u"1.3"_s);
    xml.writeStartElement(ns(kOffice), u"automatic-styles"_s);
    // Tables: full width, in the brief's direction; cells with a thin rule.
    xml.writeStartElement(ns(kStyle), u"style"_s);
    xml.writeAttribute(ns(kStyle), u"name"_s, u"BriefTable"_s);
    xml.writeAttribute(ns(kStyle), u"family"_s, u"table"_s);
    xml.writeEmptyElement(ns(kStyle), u"table-properties"_s);
    xml.writeAttribute(ns(kStyle), u"width"_s, u"17cm"_s);
    xml.writeAttribute(ns(kTable), u"align"_s, u"margins"_s);
    xml.writeAttribute(ns(kFo), u"margin-bottom"_s, u"0.3cm"_s);
    xml.writeAttribute(ns(kStyle), u"writing-mode"_s, rtl ? u"rl-tb"_s : u"lr-tb"_s);
    xml.writeEndElement();
    xml.writeStartElement(ns(kStyle), u"style"_s);
    xml.writeAttribute(ns(kStyle), u"name"_s, u"BriefCell"_s);
    xml.writeAttribute(ns(kStyle), u"family"_s, u"table-cell"_s);
    xml.writeEmptyElement(ns(kStyle), u"table-cell-properties"_s);
    xml.writeAttribute(ns(kFo), u"border"_s, u"0.5pt solid #c9cfdb"_s);
    xml.writeAttribute(ns(kFo), u"padding"_s, u"0.08cm"_s);
    xml.writeEndElement();
    xml.writeStartElement(ns(kStyle), u"style"_s);
    xml.writeAttribute(ns(kStyle), u"name"_s, u"ChartFrame"_s);
    xml.writeAttribute(ns(kStyle), u"family"_s, u"graphic"_s);
    xml.writeEmptyElement(ns(kStyle), u"graphic-properties"_s);
    xml.writeAttribute(ns(kStyle), u"vertical-pos"_s, u"top"_s);
    xml.writeAttribute(ns(kStyle), u"vertical-rel"_s, u"baseline"_s);
    xml.writeEndElement();
    xml.writeEndElement(); // automatic-styles
    xml.writeStartElement(ns(kOffice), u"body"_s);
    xml.writeStartElement(ns(kOffice), u"text"_s);
    ContentWriter(xml, brief, withCharts).write();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray metaXml(const report::Brief &brief, const QString &creator)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(ns(kOffice), u"document-meta"_s);
    declareNamespaces(xml);
    xml.writeAttribute(ns(kOffice), u"version"_s, u"1.3"_s);
    xml.writeStartElement(ns(kOffice), u"meta"_s);
    xml.writeTextElement(ns(kDc), u"title"_s, report::cleanText(brief.title));
    xml.writeTextElement(ns(kDc), u"language"_s, brief.language);
    xml.writeTextElement(ns(kMeta), u"generator"_s, report::cleanText(creator));
    // The assessment's last change, not the moment of the export: the same assessment exports the same file.
    if (brief.modified.isValid())
        xml.writeTextElement(ns(kDc), u"date"_s, brief.modified.toUTC().toString(Qt::ISODate));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray manifestXml(bool withCharts)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeNamespace(ns(kManifest), u"manifest"_s);
    xml.writeStartElement(ns(kManifest), u"manifest"_s);
    xml.writeAttribute(ns(kManifest), u"version"_s, u"1.3"_s);
    auto entry = [&xml](const QString &path, const QString &type) {
        xml.writeEmptyElement(ns(kManifest), u"file-entry"_s);
        xml.writeAttribute(ns(kManifest), u"full-path"_s, path);
        xml.writeAttribute(ns(kManifest), u"media-type"_s, type);
    };
    entry(u"/"_s, u"application/vnd.oasis.opendocument.text"_s);
    entry(u"content.xml"_s, u"text/xml"_s);
    entry(u"styles.xml"_s, u"text/xml"_s);
    entry(u"meta.xml"_s, u"text/xml"_s);
    if (withCharts) {
        entry(u"Pictures/properties.svg"_s, u"image/svg+xml"_s);
        entry(u"Pictures/enablers.svg"_s, u"image/svg+xml"_s);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

Result<QByteArray> renderOdt(const report::Brief &brief, const ReportCharts *charts,
                             const QPageSize &pageSize, const QString &creator)
{
    QString missing;
    const zip::Archive *archive = zip::Archive::instance(&missing);
    if (!archive) {
        return fail(ErrorCode::Unsupported,
                    Tr::tr("OpenDocument files cannot be written: a part of the application, iia_archive, is "
                           "missing or damaged (%1). Install the application again, or export the brief as "
                           "PDF or HTML.")
                        .arg(missing));
    }
    // Every entry is dated with the assessment's last change (a zip writer would take the current time), in
    // UTC so that the file does not depend on the machine's time zone either.
    const QDateTime date = brief.modified.isValid()
                               ? brief.modified.toUTC()
                               : QDateTime(QDate(1980, 1, 1), QTime(0, 0), QTimeZone::UTC);
    // The mimetype comes first and uncompressed, so that the file type can be recognised from its start.
    const bool withCharts = charts != nullptr;
    QList<zip::Entry> entries{
        {u"mimetype"_s, QByteArrayLiteral("application/vnd.oasis.opendocument.text"), false},
        {u"content.xml"_s, contentXml(brief, withCharts)},
        {u"styles.xml"_s, stylesXml(brief, pageSize)},
        {u"meta.xml"_s, metaXml(brief, creator)},
    };
    if (withCharts) {
        entries.append(
            {u"Pictures/properties.svg"_s, charts->svg(report::ChartKind::Properties, brief.title)});
        entries.append({u"Pictures/enablers.svg"_s, charts->svg(report::ChartKind::Enablers, brief.title)});
    }
    entries.append({u"META-INF/manifest.xml"_s, manifestXml(withCharts)});
    QString error;
    const QByteArray data = archive->write(entries, date, &error);
    if (data.isEmpty())
        return fail(ErrorCode::Io, Tr::tr("The document could not be assembled: %1").arg(error));
    return data;
}

} // namespace iia
