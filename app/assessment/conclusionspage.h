#pragma once

#include "assessment/page.h"

namespace iia {

/// The last step: conclusions and recommendations of the brief.
class ConclusionsPage : public Page
{
    Q_OBJECT

public:
    ConclusionsPage(AssessmentDocument &document, QWidget *parent = nullptr);
};

} // namespace iia
