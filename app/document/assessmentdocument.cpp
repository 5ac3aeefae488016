#include "document/assessmentdocument.h"

#include "document/editcommand.h"
#include "library.h"

namespace iia {

AssessmentDocument::AssessmentDocument(Library &library, Assessment assessment, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_assessment(std::move(assessment))
    , m_framework(library.frameworkFor(m_assessment))
{
    Q_ASSERT(m_framework);
    m_scorecard = ScoringEngine(m_framework).score(m_assessment);
    m_lastSaved = m_assessment.modified.toLocalTime();
}

bool AssessmentDocument::apply(const Edit &edit, const QString &mergeKey)
{
    m_lastApplyFailed = false;
    auto *command = new EditCommand(*this, edit, mergeKey);
    m_undoStack.push(command); // runs redo(); an obsolete (failed) command is deleted by the stack
    return !m_lastApplyFailed;
}

Result<Edit> AssessmentDocument::applyNow(const Edit &edit)
{
    auto inverse = m_library.edit(m_assessment, edit, &m_scorecard);
    if (!inverse) {
        m_lastApplyFailed = true;
        Q_EMIT failed(inverse.error().message);
        return inverse;
    }
    m_lastSaved = QDateTime::currentDateTime();
    Q_EMIT changed(edit);
    Q_EMIT saved(m_lastSaved);
    return inverse;
}

} // namespace iia
