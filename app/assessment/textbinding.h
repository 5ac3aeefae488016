#pragma once

#include "edit.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace iia {

class AssessmentDocument;

/// Connects a text field (QLineEdit or QPlainTextEdit) to one text of the assessment: typing is saved as an
/// edit shortly after the user pauses (or leaves the field), and refresh() shows the document's value unless
/// the user has typed something not yet saved.
class TextBinding : public QObject
{
    Q_OBJECT

public:
    using Reader = std::function<QString(const Assessment &)>;
    using Writer = std::function<Edit(const Assessment &, const QString &)>;

    TextBinding(AssessmentDocument &document, QWidget *field, QString mergeKey, Reader read, Writer write,
                QObject *parent);

    void refresh();
    /// Saves what was typed now, if anything is pending.
    void flush();
    bool pending() const { return m_timer.isActive(); }

    static constexpr int kDelayMs = 400;

private:
    QString fieldText() const;
    void setFieldText(const QString &text);

    AssessmentDocument &m_document;
    QWidget *m_field;
    QString m_mergeKey;
    Reader m_read;
    Writer m_write;
    QTimer m_timer;
};

} // namespace iia
