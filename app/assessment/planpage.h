#pragma once

#include "assessment/page.h"

namespace iia {

/// Toolkit step 2, Plan: the goals and scope of the assessment, and the work it takes.
class PlanPage : public Page
{
    Q_OBJECT

public:
    PlanPage(AssessmentDocument &document, QWidget *parent = nullptr);
};

} // namespace iia
