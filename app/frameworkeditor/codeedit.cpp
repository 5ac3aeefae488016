#include "codeedit.h"

#include <QPainter>
#include <QStyle>
#include <QTextBlock>

namespace iia {

/// The margin that shows line numbers; CodeEdit paints it.
class CodeEditLineNumbers : public QWidget
{
public:
    explicit CodeEditLineNumbers(CodeEdit *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setObjectName(QStringLiteral("lineNumbers"));
    }

    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEdit *m_editor;
};

namespace {

QColor mixed(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

// The UTF-16 offset in text of the code point at index codePoint (or the end of text).
int utf16Offset(const QString &text, int codePoint)
{
    int offset = 0;
    for (int i = 0; i < codePoint && offset < text.size(); ++i)
        offset += (text.at(offset).isHighSurrogate() && offset + 1 < text.size()) ? 2 : 1;
    return offset;
}

} // namespace

CodeEdit::CodeEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new CodeEditLineNumbers(this))
    , m_errorColor(Qt::red)
    , m_warningColor(QColor(0xf6, 0x74, 0x00))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEdit::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        updateExtraSelections();
        m_lineNumbers->update();
    });
    updateMargins();
    updateExtraSelections();
}

void CodeEdit::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    updateExtraSelections();
}

void CodeEdit::setMarkColors(const QColor &error, const QColor &warning)
{
    m_errorColor = error;
    m_warningColor = warning;
    updateExtraSelections();
}

int CodeEdit::positionOf(int line, int column) const
{
    const QTextDocument *doc = document();
    QTextBlock block = doc->findBlockByNumber(std::max(line, 1) - 1);
    if (!block.isValid())
        block = doc->lastBlock();
    const QString text = block.text();
    return block.position() + std::min(utf16Offset(text, std::max(column, 1) - 1), int(text.size()));
}

int CodeEdit::cursorColumn() const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    return int(before.toUcs4().size()) + 1;
}

void CodeEdit::goTo(int line, int column)
{
    QTextCursor cursor = textCursor();
    cursor.setPosition(positionOf(line, column));
    setTextCursor(cursor);
    centerCursor();
}

int CodeEdit::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    // At least three digits, so that the text does not shift while a short file grows.
    digits = std::max(digits, 3);
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + 2 * fontMetrics().averageCharWidth();
}

void CodeEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateLineNumberGeometry();
}

void CodeEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::LayoutDirectionChange: updateMargins(); break;
    case QEvent::PaletteChange: updateExtraSelections(); break;
    default: break;
    }
}

void CodeEdit::updateMargins()
{
    // The scroll area mirrors viewport margins in right-to-left layouts, so "left" is the leading side.
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    updateLineNumberGeometry();
}

void CodeEdit::updateLineNumberGeometry()
{
    const QRect cr = contentsRect();
    m_lineNumbers->setGeometry(QStyle::visualRect(
        layoutDirection(), cr, QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height())));
}

void CodeEdit::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), mixed(pal.color(QPalette::Base), pal.color(QPalette::Window), 0.6));
    const int current = textCursor().blockNumber();
    const int padding = fontMetrics().averageCharWidth();
    const Qt::Alignment alignment =
        QStyle::visualAlignment(layoutDirection(), Qt::AlignRight | Qt::AlignVCenter);
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const bool isCurrent = block.blockNumber() == current;
            QFont font = painter.font();
            font.setBold(isCurrent);
            painter.setFont(font);
            painter.setPen(isCurrent ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
            const QRectF line(padding, top, m_lineNumbers->width() - 2 * padding, fontMetrics().height());
            painter.drawText(line, int(alignment), QString::number(block.blockNumber() + 1));
        }
        top += height;
        block = block.next();
    }
}

void CodeEdit::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette pal = palette();

    QTextEdit::ExtraSelection currentLine;
    currentLine.format.setBackground(mixed(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.1));
    currentLine.format.setProperty(QTextFormat::FullWidthSelection, true);
    currentLine.cursor = textCursor();
    currentLine.cursor.clearSelection();
    selections.append(currentLine);

    // First a tint over each line with a problem (so that it shows in the scrolled text at a glance), then
    // the wavy underlines on top.
    for (const Mark &mark : std::as_const(m_marks)) {
        if (mark.line <= 0)
            continue;
        QTextEdit::ExtraSelection line;
        line.format.setBackground(
            mixed(pal.color(QPalette::Base), mark.warning ? m_warningColor : m_errorColor, 0.16));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(document());
        line.cursor.setPosition(positionOf(mark.line, 1));
        selections.append(line);
    }
    for (const Mark &mark : std::as_const(m_marks)) {
        if (mark.line <= 0)
            continue;
        QTextCursor cursor(document());
        const int start = positionOf(mark.line, mark.column);
        cursor.setPosition(start);
        // Underline from the place to the end of the line, less the trailing comma and blanks.
        const QTextBlock block = cursor.block();
        const QString text = block.text();
        qsizetype end = text.size();
        while (end > start - block.position() &&
               (text.at(end - 1).isSpace() || text.at(end - 1) == QLatin1Char(',')))
            --end;
        if (end <= start - block.position()) {
            cursor.setPosition(block.position());
            end = text.size();
        }
        cursor.setPosition(block.position() + int(end), QTextCursor::KeepAnchor);
        QTextEdit::ExtraSelection underline;
        underline.cursor = cursor;
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(mark.warning ? m_warningColor : m_errorColor);
        selections.append(underline);
    }
    setExtraSelections(selections);
}

} // namespace iia
