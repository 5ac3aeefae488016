#pragma once

#include "assessment.h"
#include "assessment/page.h"
#include "framework.h"

#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QToolButton;
class QPushButton;

namespace iia {

class DraftPanel;

/// One critical property or enabler: what it is (with the worked examples), its guiding questions, the
/// toolkit's preliminary-analysis row, the suggested rating with its explanation, and the evidence.
class ItemPage : public Page
{
    Q_OBJECT

public:
    ItemPage(AssessmentDocument &document, const Item &item, DraftPanel &draft, const QString &language,
             QWidget *parent = nullptr);
    void refresh() override;
    const Item &item() const { return m_item; }

Q_SIGNALS:
    void showPassageRequested(qsizetype start, qsizetype length);

private:
    struct QuestionRow
    {
        const Question *question;
        QButtonGroup *answers;
        QList<QToolButton *> attach;
        QLabel *evidence;
    };
    void attach(EvidenceTarget target, const QString &targetId);
    void setRating(const std::function<void(Rating &)> &change);

    const Item &m_item;
    DraftPanel &m_draft;
    QString m_language;
    QList<QuestionRow> m_rows;
    QComboBox *m_impact;
    QComboBox *m_direction;
    QComboBox *m_strength;
    QToolButton *m_attachRating;
    QLabel *m_suggested;
    QLabel *m_disagreement;
    QLabel *m_explanation;
    QListWidget *m_evidence;
    QPushButton *m_removeEvidence;
};

} // namespace iia
