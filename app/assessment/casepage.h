#pragma once

#include "assessment/page.h"

class QComboBox;

namespace iia {

/// The case: what the proposal is, where, at which stage, and who is assessing it. The draft text itself is
/// in the draft panel beside the pages.
class CasePage : public Page
{
    Q_OBJECT

public:
    CasePage(AssessmentDocument &document, QWidget *parent = nullptr);
    void refresh() override;

Q_SIGNALS:
    void importDraftRequested();

private:
    QComboBox *m_instrument;
    QComboBox *m_stage;
};

} // namespace iia
