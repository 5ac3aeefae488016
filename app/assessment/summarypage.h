#pragma once

#include "assessment/page.h"

class QGridLayout;
class QLabel;

namespace iia {

class ScoreModel;

/// The Summary step: the two headline verdicts (and one per goal), the charts of the analyst's and the
/// suggested ratings (side by side, or one above the other when the page is too narrow for both at the
/// font's size), the same numbers as an accessible table, and the disagreements to look at.
class SummaryPage : public Page
{
    Q_OBJECT

public:
    SummaryPage(AssessmentDocument &document, ScoreModel *model, const QString &language,
                QWidget *parent = nullptr);
    void refresh() override;
    /// Whether the charts stand side by side (else the enablers' chart is below the radar).
    bool chartsSideBySide() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void arrangeCharts();

    QString m_language;
    QGridLayout *m_charts;
    QWidget *m_radar;    ///< a RadarChart, or a notice when the charts plugin is missing
    QWidget *m_enablers; ///< an EnablerChart, or the same notice
    QLabel *m_verdicts;
    QLabel *m_disagreements;
};

} // namespace iia
