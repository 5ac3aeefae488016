#pragma once

#include "edit.h"

#include <QUndoCommand>

namespace iia {

class AssessmentDocument;

/// One edit as an undo step: redo applies the edit, undo applies its inverse, both saved at once.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(AssessmentDocument &document, Edit edit, QString mergeKey);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    bool failed() const { return m_failed; }

private:
    AssessmentDocument &m_document;
    Edit m_forward;
    Edit m_inverse;
    QString m_mergeKey;
    bool m_failed = false;
};

} // namespace iia
