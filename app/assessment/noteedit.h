#pragma once

#include <QPlainTextEdit>

namespace iia {

/// A plain-text field for a short note in a form: Tab moves the focus on, and the field is as tall as a
/// number of lines of its font, so that it keeps showing them whatever the system's font size.
class NoteEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    NoteEdit(int lines, QWidget *parent);

    /// How many lines of text the field shows without scrolling.
    int visibleLines() const { return m_lines; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeight();

    int m_lines;
};

} // namespace iia
