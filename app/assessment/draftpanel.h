#pragma once

#include "assessment.h"
#include "draft/clauseoutline.h"

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QTimer;
class QLabel;

namespace iia {

class AssessmentDocument;

/// The draft text under assessment: highlighted by our KSyntaxHighlighting definition, with an outline of its
/// clauses, the passages attached as evidence marked, and import from PDF, Word, OpenDocument, text and HTML.
class DraftPanel : public QWidget
{
    Q_OBJECT

public:
    DraftPanel(AssessmentDocument &document, QWidget *parent = nullptr);

    bool hasSelection() const;
    /// Evidence for the selected passage, attached to target/targetId (not yet applied).
    Evidence evidenceFromSelection(EvidenceTarget target, const QString &targetId) const;
    /// Selects a passage and scrolls to it.
    void showPassage(qsizetype start, qsizetype length);
    /// Saves typing that is still pending.
    void flush();
    void importDraft();
    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    void selectionChanged(bool hasSelection);
    void message(const QString &text);

private:
    void refresh();
    void rebuildOutline();
    void markEvidence();
    void applyTheme();
    /// Shows where the draft came from, shortened in the middle to the panel's width.
    void updateSource();
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

    AssessmentDocument &m_document;
    QComboBox *m_outline;
    QLabel *m_source;
    QPlainTextEdit *m_editor;
    QObject *m_highlighter = nullptr; ///< from the highlighting plugin; none when it is missing
    QTimer *m_timer;
    QList<Clause> m_clauses;
};

} // namespace iia
