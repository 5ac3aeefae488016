#pragma once

#include "assessment/page.h"

class QLabel;

namespace iia {

class ScoreModel;

/// The Summary step: the two headline verdicts (and one per goal), the charts of the analyst's and the
/// suggested ratings, the same numbers as an accessible table, and the disagreements to look at.
class SummaryPage : public Page
{
    Q_OBJECT

public:
    SummaryPage(AssessmentDocument &document, ScoreModel *model, const QString &language,
                QWidget *parent = nullptr);
    void refresh() override;

private:
    QString m_language;
    QLabel *m_verdicts;
    QLabel *m_disagreements;
};

} // namespace iia
