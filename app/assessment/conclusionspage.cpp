#include "assessment/conclusionspage.h"

#include "assessment/textbinding.h"
#include "document/assessmentdocument.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace iia {

using namespace Qt::StringLiterals;

ConclusionsPage::ConclusionsPage(AssessmentDocument &document, QWidget *parent)
    : Page(document, u"conclusionsPage"_s, parent)
{
    auto *layout = new QVBoxLayout(content());
    auto *heading =
        new QLabel(tr("<h2>Conclusions and recommendations</h2><p>State what the analysis shows — the "
                      "effect on the Internet first, then on people — and what you recommend.</p>"),
                   content());
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto add = [&](const QString &name, const QString &label, auto read, auto write) {
        auto *title = new QLabel(label, content());
        auto *edit = new QPlainTextEdit(content());
        edit->setObjectName(name);
        edit->setAccessibleName(label);
        edit->setTabChangesFocus(true);
        title->setBuddy(edit);
        layout->addWidget(title);
        layout->addWidget(edit, 1);
        addBinding(new TextBinding(document, edit, name, read, write, this));
    };
    add(
        u"conclusions"_s, tr("&Conclusions"), [](const Assessment &a) { return a.conclusions; },
        [](const Assessment &, const QString &t) { return Edit(edits::SetConclusions{t}); });
    add(
        u"recommendations"_s, tr("&Recommendations"), [](const Assessment &a) { return a.recommendations; },
        [](const Assessment &, const QString &t) { return Edit(edits::SetRecommendations{t}); });
}

} // namespace iia
