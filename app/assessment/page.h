#pragma once

#include <QScrollArea>

namespace iia {

class AssessmentDocument;
class TextBinding;

/// A step of the guided assessment: a scrolling page that refreshes from the document when it changes.
class Page : public QScrollArea
{
    Q_OBJECT

public:
    Page(AssessmentDocument &document, const QString &objectName, QWidget *parent);

    /// Shows the document's current values.
    virtual void refresh();
    /// Saves typing that is still pending.
    void flush();

protected:
    QWidget *content() const { return m_content; }
    void addBinding(TextBinding *binding) { m_bindings.append(binding); }
    AssessmentDocument &m_document;

private:
    QWidget *m_content;
    QList<TextBinding *> m_bindings;
};

} // namespace iia
