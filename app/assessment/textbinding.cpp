#include "assessment/textbinding.h"

#include "document/assessmentdocument.h"

#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace iia {

TextBinding::TextBinding(AssessmentDocument &document, QWidget *field, QString mergeKey, Reader read,
                         Writer write, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_field(field)
    , m_mergeKey(std::move(mergeKey))
    , m_read(std::move(read))
    , m_write(std::move(write))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &TextBinding::flush);
    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        connect(line, &QLineEdit::textEdited, &m_timer, qOverload<>(&QTimer::start));
        connect(line, &QLineEdit::editingFinished, this, &TextBinding::flush);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(field)) {
        connect(plain, &QPlainTextEdit::textChanged, &m_timer, qOverload<>(&QTimer::start));
    }
    refresh();
}

QString TextBinding::fieldText() const
{
    if (auto *line = qobject_cast<QLineEdit *>(m_field))
        return line->text();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_field))
        return plain->toPlainText();
    return {};
}

void TextBinding::setFieldText(const QString &text)
{
    const QSignalBlocker blocker(m_field);
    if (auto *line = qobject_cast<QLineEdit *>(m_field)) {
        line->setText(text);
        line->setCursorPosition(0); // show the beginning of a long note, not its end
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(m_field))
        plain->setPlainText(text);
}

void TextBinding::refresh()
{
    if (pending())
        return;
    const QString value = m_read(m_document.assessment());
    if (value != fieldText())
        setFieldText(value);
}

void TextBinding::flush()
{
    m_timer.stop();
    const QString text = fieldText();
    if (text == m_read(m_document.assessment()))
        return;
    if (!m_document.apply(m_write(m_document.assessment(), text), m_mergeKey))
        setFieldText(m_read(m_document.assessment())); // refused (e.g. an empty title): show what is saved
}

} // namespace iia
