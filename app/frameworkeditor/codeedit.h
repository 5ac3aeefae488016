#pragma once

#include <QColor>
#include <QList>
#include <QPlainTextEdit>

namespace iia {

class CodeEditLineNumbers;

/// A plain-text editor for code: a line-number margin, the current line highlighted, and a wavy underline
/// at each place that has a problem. The margin and the current line take their colours from the palette;
/// the underline colours are set by the owner (from the syntax-highlighting theme).
class CodeEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    /// A place to underline. line is 1-based; column is 1-based and counts Unicode code points, as the
    /// JSON reader does (an "é" or an emoji is one column).
    struct Mark
    {
        int line = 0;
        int column = 0;
        bool warning = false;
    };

    explicit CodeEdit(QWidget *parent = nullptr);

    void setMarks(const QList<Mark> &marks);
    void setMarkColors(const QColor &error, const QColor &warning);

    /// The document position of line/column (clamped to the document), as above.
    int positionOf(int line, int column) const;
    /// The 1-based column of the cursor, counted in code points.
    int cursorColumn() const;
    /// Moves the cursor to line/column and scrolls it into the middle of the view.
    void goTo(int line, int column);

    int lineNumberAreaWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class CodeEditLineNumbers;
    void paintLineNumbers(QPaintEvent *event);
    void updateMargins();
    void updateLineNumberGeometry();
    void updateExtraSelections();

    CodeEditLineNumbers *m_lineNumbers = nullptr;
    QList<Mark> m_marks;
    QColor m_errorColor;
    QColor m_warningColor;
};

} // namespace iia
