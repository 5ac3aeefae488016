#include "assessment/planpage.h"

#include "assessment/noteedit.h"
#include "assessment/textbinding.h"
#include "document/assessmentdocument.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace iia {

using namespace Qt::StringLiterals;

PlanPage::PlanPage(AssessmentDocument &document, QWidget *parent)
    : Page(document, u"planPage"_s, parent)
{
    auto *layout = new QVBoxLayout(content());
    auto *heading =
        new QLabel(tr("<h2>Plan</h2><p>Before you analyse, agree on what the assessment is for and what "
                      "it will take. Short notes are enough; they go into the brief’s context.</p>"),
                   content());
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const QString &key : planningFields()) {
        auto *edit = new NoteEdit(key == u"deadline" || key == u"timeAvailable" ? 2 : 4, content());
        edit->setObjectName(u"plan-"_s + key);
        edit->setAccessibleName(planningFieldLabel(key));
        form->addRow(planningFieldLabel(key), edit);
        addBinding(new TextBinding(
            document, edit, u"plan-"_s + key, [key](const Assessment &a) { return a.planning.value(key); },
            [key](const Assessment &, const QString &text) {
                return Edit(edits::SetPlanningField{key, text});
            },
            this));
    }
    layout->addLayout(form);
    layout->addStretch();
}

} // namespace iia
