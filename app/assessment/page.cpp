#include "assessment/page.h"

#include "assessment/textbinding.h"
#include "document/assessmentdocument.h"

namespace iia {

Page::Page(AssessmentDocument &document, const QString &objectName, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_content(new QWidget(this))
{
    setObjectName(objectName);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setWidget(m_content);
    connect(&document, &AssessmentDocument::changed, this, &Page::refresh);
}

void Page::refresh()
{
    for (TextBinding *b : std::as_const(m_bindings))
        b->refresh();
}

void Page::flush()
{
    for (TextBinding *b : std::as_const(m_bindings))
        b->flush();
}

} // namespace iia
