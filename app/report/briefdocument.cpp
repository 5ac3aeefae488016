#include "briefdocument.h"

#include "reportcharts.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace iia {

namespace {

const QColor kInk(0x1d, 0x23, 0x30);
const QColor kMuted(0x5b, 0x64, 0x75);
const QColor kAccent(0x1f, 0x5f, 0xa8);
const QColor kWarning(0x8a, 0x4b, 0x00);
const QColor kWarningBackground(0xff, 0xf4, 0xe0);
const QColor kQuoteBackground(0xf3, 0xf5, 0xf9);
const QColor kRule(0xc9, 0xcf, 0xdb);
const QColor kHeaderBackground(0xee, 0xf1, 0xf6);

// Draws the charts where the document holds a chart object.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const ReportCharts *charts, QObject *parent)
        : QObject(parent)
        , m_charts(charts)
    {}

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override
    {
        const auto kind = report::ChartKind(format.intProperty(BriefDocument::ChartKindProperty));
        const QSizeF natural = ReportCharts::naturalSize(kind);
        // Scale to 85 % of the text width, never wider than the page; the document's units may be pixels of
        // a printer or of a screen.
        const qreal width = doc->textWidth() > 0 ? doc->textWidth() * 0.85 : natural.width();
        return {width, width * natural.height() / natural.width()};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        m_charts->paint(report::ChartKind(format.intProperty(BriefDocument::ChartKindProperty)), painter,
                        rect);
    }

private:
    const ReportCharts *m_charts;
};

class Writer
{
public:
    Writer(QTextDocument *doc, const report::Brief &brief, const ReportCharts *charts)
        : m_doc(doc)
        , m_cursor(doc)
        , m_brief(brief)
        , m_charts(charts)
        , m_direction(brief.direction)
    {}

    void write();

private:
    QTextBlockFormat blockFormat(qreal top = 0, qreal bottom = 6) const
    {
        QTextBlockFormat f;
        f.setLayoutDirection(m_direction);
        f.setTopMargin(top);
        f.setBottomMargin(bottom);
        f.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        return f;
    }
    QTextCharFormat charFormat(qreal pointSize = 10.5, bool bold = false, const QColor &color = kInk) const
    {
        QTextCharFormat f;
        f.setFontPointSize(pointSize);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setForeground(color);
        return f;
    }
    // Starts a new block, except for the very first one, which the document already has.
    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }
    void insertText(const QString &text, const QTextCharFormat &chars)
    {
        // Line breaks inside a paragraph: QTextDocument's line separator.
        QString value = text;
        value.replace(u'\n', QChar::LineSeparator);
        m_cursor.insertText(value, chars);
    }

    void heading(const report::Block &b);
    void paragraph(const report::Block &b);
    void fields(const QList<std::pair<QString, QString>> &values);
    void table(const QStringList &header, const QList<QStringList> &rows, bool compact = false);
    void list(const QStringList &items);
    void quote(const report::Block &b);
    void chart(const report::Block &b);
    // Leaves the cursor after a frame (a table) in a fresh block.
    void afterFrame(QTextFrame *frame)
    {
        m_cursor = frame->lastCursorPosition();
        m_cursor.movePosition(QTextCursor::NextBlock);
    }

    QTextDocument *m_doc;
    QTextCursor m_cursor;
    const report::Brief &m_brief;
    const ReportCharts *m_charts;
    Qt::LayoutDirection m_direction;
    bool m_first = true;
    int m_partsSeen = 0;
};

void Writer::heading(const report::Block &b)
{
    static constexpr qreal sizes[] = {17, 13.5, 11.5};
    const int level = qBound(1, b.level, 3);
    QTextBlockFormat f = blockFormat(level == 1 ? 18 : 12, 6);
    f.setHeadingLevel(level);
    f.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    // Each part on a new page, except the executive summary, which follows the title.
    if (level == 1 && m_partsSeen++ > 0)
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCharFormat c = charFormat(sizes[level - 1], true, level == 1 ? kAccent : kInk);
    c.setAnchor(true);
    c.setAnchorNames({b.anchor});
    newBlock(f, c);
    insertText(b.text, c);
}

void Writer::paragraph(const report::Block &b)
{
    QTextBlockFormat f = blockFormat(0, 7);
    QTextCharFormat c = charFormat();
    switch (b.style) {
    case report::Block::Style::Lead: c.setFontPointSize(11.5); break;
    case report::Block::Style::Muted:
        c.setForeground(kMuted);
        c.setFontItalic(true);
        break;
    case report::Block::Style::Warning:
        c.setForeground(kWarning);
        c.setFontWeight(QFont::DemiBold);
        f.setBackground(kWarningBackground);
        f.setLeftMargin(4);
        f.setRightMargin(4);
        break;
    case report::Block::Style::Normal: break;
    }
    newBlock(f, c);
    insertText(b.text, c);
}

void Writer::fields(const QList<std::pair<QString, QString>> &values)
{
    if (values.isEmpty())
        return;
    newBlock(blockFormat(0, 0), charFormat(4));
    QTextTableFormat tf;
    tf.setBorder(0);
    tf.setCellPadding(2);
    tf.setCellSpacing(0);
    tf.setLayoutDirection(m_direction);
    // Qt lays a table's columns out from the left whatever its direction: in a right-to-left brief the
    // labels go into the last column, so that they stand on the right, where the reader starts.
    const bool rtl = m_direction == Qt::RightToLeft;
    const int labelColumn = rtl ? 1 : 0;
    const QTextLength labels(QTextLength::PercentageLength, 32);
    const QTextLength contents(QTextLength::PercentageLength, 68);
    tf.setColumnWidthConstraints(rtl ? QList{contents, labels} : QList{labels, contents});
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setBottomMargin(6);
    QTextTable *t = m_cursor.insertTable(int(values.size()), 2, tf);
    for (int row = 0; row < values.size(); ++row) {
        QTextCursor label = t->cellAt(row, labelColumn).firstCursorPosition();
        label.setBlockFormat(blockFormat(0, 0));
        QString value = values.at(row).first;
        label.insertText(value, charFormat(10, true, kMuted));
        QTextCursor cell = t->cellAt(row, 1 - labelColumn).firstCursorPosition();
        cell.setBlockFormat(blockFormat(0, 0));
        value = values.at(row).second;
        value.replace(u'\n', QChar::LineSeparator);
        cell.insertText(value, charFormat(10.5));
    }
    afterFrame(t);
}

void Writer::table(const QStringList &header, const QList<QStringList> &rows, bool compact)
{
    newBlock(blockFormat(0, 0), charFormat(4));
    QTextTableFormat tf;
    tf.setBorder(0.6);
    tf.setBorderBrush(kRule);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorderCollapse(true);
    tf.setCellPadding(3);
    tf.setCellSpacing(0);
    tf.setHeaderRowCount(1);
    tf.setLayoutDirection(m_direction);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setBottomMargin(8);
    QTextTable *t = m_cursor.insertTable(int(rows.size()) + 1, int(header.size()), tf);
    const qreal size = compact ? 8.5 : 9;
    // Qt lays columns out from the left whatever the table's direction: mirror them for a right-to-left
    // brief.
    const int columns = int(header.size());
    auto place = [this, columns](int col) {
        return m_direction == Qt::RightToLeft ? columns - 1 - col : col;
    };
    for (int col = 0; col < header.size(); ++col) {
        QTextTableCell cell = t->cellAt(0, place(col));
        QTextCharFormat cf = cell.format();
        cf.setBackground(kHeaderBackground);
        cell.setFormat(cf);
        QTextCursor c = cell.firstCursorPosition();
        c.setBlockFormat(blockFormat(0, 0));
        c.insertText(header.at(col), charFormat(size, true));
    }
    for (int row = 0; row < rows.size(); ++row) {
        for (int col = 0; col < header.size() && col < rows.at(row).size(); ++col) {
            QTextCursor c = t->cellAt(row + 1, place(col)).firstCursorPosition();
            c.setBlockFormat(blockFormat(0, 0));
            QString value = rows.at(row).at(col);
            value.replace(u'\n', QChar::LineSeparator);
            c.insertText(value, charFormat(size));
        }
    }
    afterFrame(t);
}

void Writer::list(const QStringList &items)
{
    QTextListFormat lf;
    lf.setStyle(QTextListFormat::ListDisc);
    lf.setIndent(1);
    QTextList *textList = nullptr;
    for (const QString &item : items) {
        newBlock(blockFormat(0, 3), charFormat());
        if (!textList)
            textList = m_cursor.createList(lf);
        else
            textList->add(m_cursor.block());
        insertText(item, charFormat());
    }
    newBlock(blockFormat(0, 3), charFormat(4));
}

void Writer::quote(const report::Block &b)
{
    QTextBlockFormat f = blockFormat(4, 0);
    f.setBackground(kQuoteBackground);
    f.setLeftMargin(14);
    f.setRightMargin(14);
    QTextCharFormat c = charFormat(10.5);
    c.setFontItalic(true);
    newBlock(f, c);
    insertText(u"“"_s + b.text.trimmed() + u"”"_s, c);
    QStringList source;
    if (!b.cite.isEmpty())
        source.append(b.cite);
    if (!b.note.isEmpty())
        source.append(b.note);
    QTextBlockFormat sf = blockFormat(0, 8);
    sf.setBackground(kQuoteBackground);
    sf.setLeftMargin(14);
    sf.setRightMargin(14);
    newBlock(sf, charFormat(9, false, kMuted));
    insertText(source.isEmpty() ? QString() : u"— "_s + source.join(u" · "_s), charFormat(9, false, kMuted));
}

void Writer::chart(const report::Block &b)
{
    if (m_charts) {
        QTextBlockFormat f = blockFormat(6, 2);
        f.setAlignment(Qt::AlignHCenter);
        f.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        newBlock(f, charFormat());
        QTextCharFormat object;
        object.setObjectType(BriefDocument::ChartObjectType);
        object.setProperty(BriefDocument::ChartKindProperty, int(b.chart));
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
    QTextBlockFormat caption = blockFormat(2, 6);
    QTextCharFormat c = charFormat(9, false, kMuted);
    c.setFontItalic(true);
    newBlock(caption, c);
    insertText(b.text, c);
    table(b.header, b.rows, true);
}

void Writer::write()
{
    // The title block.
    QTextBlockFormat tf = blockFormat(0, 4);
    newBlock(tf, charFormat(21, true, kInk));
    insertText(m_brief.title, charFormat(21, true, kInk));
    if (!m_brief.subtitle.isEmpty()) {
        newBlock(blockFormat(0, 10), charFormat(11, false, kMuted));
        insertText(m_brief.subtitle, charFormat(11, false, kMuted));
    }
    fields(m_brief.facts);

    for (const report::Block &b : m_brief.blocks) {
        switch (b.kind) {
        case report::Block::Kind::Heading: heading(b); break;
        case report::Block::Kind::Paragraph: paragraph(b); break;
        case report::Block::Kind::Fields: fields(b.fields); break;
        case report::Block::Kind::Table: table(b.header, b.rows); break;
        case report::Block::Kind::List: list(b.items); break;
        case report::Block::Kind::Quote: quote(b); break;
        case report::Block::Kind::Chart: chart(b); break;
        }
    }
}

} // namespace

QFont BriefDocument::baseFont(const QString &language)
{
    QFont font;
    if (language == u"ar")
        font.setFamilies({u"Amiri"_s, u"DejaVu Sans"_s});
    else
        font.setFamilies({u"DejaVu Sans"_s, u"Amiri"_s});
    font.setPointSizeF(10.5);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

std::unique_ptr<QTextDocument> BriefDocument::build(const report::Brief &brief, const ReportCharts *charts)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(baseFont(brief.language));
    doc->setMetaInformation(QTextDocument::DocumentTitle, brief.title);
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(brief.direction);
    doc->setDefaultTextOption(option);
    doc->setDocumentMargin(0);
    doc->setUndoRedoEnabled(false);
    if (charts)
        doc->documentLayout()->registerHandler(ChartObjectType, new ChartObject(charts, doc.get()));
    // One edit block: the layout runs once at the end instead of after every insertion.
    QTextCursor block(doc.get());
    block.beginEditBlock();
    Writer(doc.get(), brief, charts).write();
    block.endEditBlock();
    return doc;
}

} // namespace iia

#include "briefdocument.moc"
