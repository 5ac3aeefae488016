#include "document/editcommand.h"

#include "document/assessmentdocument.h"

namespace iia {

EditCommand::EditCommand(AssessmentDocument &document, Edit edit, QString mergeKey)
    : QUndoCommand(describeEdit(edit))
    , m_document(document)
    , m_forward(std::move(edit))
    , m_inverse(m_forward)
    , m_mergeKey(std::move(mergeKey))
{}

void EditCommand::redo()
{
    auto inverse = m_document.applyNow(m_forward);
    if (!inverse) {
        m_failed = true;
        setObsolete(true); // QUndoStack drops a command that failed in push()
        return;
    }
    m_inverse = std::move(*inverse);
}

void EditCommand::undo()
{
    auto forward = m_document.applyNow(m_inverse);
    if (!forward) {
        m_failed = true;
        return;
    }
    m_forward = std::move(*forward);
}

int EditCommand::id() const
{
    // All mergeable commands share one id; mergeWith compares their keys.
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || next->m_failed)
        return false;
    // Keep our inverse (the state before the first edit) and take the newest forward edit.
    m_forward = next->m_forward;
    return true;
}

} // namespace iia
