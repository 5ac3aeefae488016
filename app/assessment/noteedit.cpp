#include "assessment/noteedit.h"

#include <QEvent>
#include <QTextDocument>

#include <cmath>

namespace iia {

NoteEdit::NoteEdit(int lines, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lines(lines)
{
    setTabChangesFocus(true);
    updateHeight();
}

void NoteEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateHeight();
}

void NoteEdit::updateHeight()
{
    // The lines, the document's margin above and below them, the pixel QPlainTextEdit keeps free below the
    // last line before it scrolls, and the frame (the contents margins).
    const QMargins frame = contentsMargins();
    const double text = m_lines * fontMetrics().lineSpacing() + 2 * document()->documentMargin() + 1;
    setFixedHeight(int(std::ceil(text)) + frame.top() + frame.bottom());
}

} // namespace iia
