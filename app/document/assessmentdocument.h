#pragma once

#include "edit.h"
#include "framework.h"
#include "scoring.h"

#include <QDateTime>
#include <QObject>
#include <QUndoStack>

namespace iia {

class Library;

/// One open assessment: the assessment value, its framework, its current scorecard and the undo stack.
/// Every change goes through apply() as an undoable command and is saved in the library at once; views
/// listen to changed() and refresh what they show.
class AssessmentDocument : public QObject
{
    Q_OBJECT

public:
    AssessmentDocument(Library &library, Assessment assessment, QObject *parent = nullptr);

    const Assessment &assessment() const { return m_assessment; }
    const Framework &framework() const { return *m_framework; }
    FrameworkPtr frameworkPtr() const { return m_framework; }
    const Scorecard &scorecard() const { return m_scorecard; }
    QUndoStack *undoStack() { return &m_undoStack; }
    Library &library() { return m_library; }
    QDateTime lastSaved() const { return m_lastSaved; }

    /// Pushes edit as an undoable command (saved at once). Edits with the same non-negative mergeKey that
    /// follow each other merge into one undo step (typing into one field). Returns false, and emits failed(),
    /// when the edit could not be saved; then nothing changed.
    bool apply(const Edit &edit, const QString &mergeKey = {});

    /// Applies and saves an edit without touching the undo stack; returns its inverse. Used by the commands.
    Result<Edit> applyNow(const Edit &edit);

Q_SIGNALS:
    /// After any change (a new edit, an undo or a redo).
    void changed(const iia::Edit &edit);
    void saved(const QDateTime &when);
    void failed(const QString &message);

private:
    Library &m_library;
    Assessment m_assessment;
    FrameworkPtr m_framework;
    Scorecard m_scorecard;
    QUndoStack m_undoStack;
    QDateTime m_lastSaved;
    bool m_lastApplyFailed = false;
};

} // namespace iia
