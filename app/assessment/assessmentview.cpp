#include "assessment/assessmentview.h"
#include "textcatalog.h"

#include "assessment/casepage.h"
#include "assessment/conclusionspage.h"
#include "assessment/draftpanel.h"
#include "assessment/itempage.h"
#include "assessment/planpage.h"
#include "assessment/summarypage.h"
#include "charts/scoremodel.h"
#include "document/assessmentdocument.h"
#include "library.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace iia {

using namespace Qt::StringLiterals;

namespace {

// A read-only library: texts can be read, selected and copied, but no control that changes the assessment
// works (the help toggle stays). Edits would fail with the read-only message anyway; this avoids the attempt.
void makeReadOnly(QWidget *root)
{
    for (auto *edit : root->findChildren<QLineEdit *>())
        edit->setReadOnly(true);
    for (auto *edit : root->findChildren<QPlainTextEdit *>())
        edit->setReadOnly(true);
    for (auto *edit : root->findChildren<QTextEdit *>())
        edit->setReadOnly(true);
    for (auto *combo : root->findChildren<QComboBox *>()) {
        if (combo->objectName() != u"draftOutline")
            combo->setEnabled(false);
    }
    for (auto *button : root->findChildren<QAbstractButton *>()) {
        if (button->objectName() != u"helpToggle")
            button->setEnabled(false);
    }
}

// Puts root and its focusable descendants, in their own order, right after first in the tab chain.
void moveTabChainAfter(QWidget *first, QWidget *root)
{
    QList<QWidget *> chain{root};
    for (QWidget *w = root->nextInFocusChain(); w != root && root->isAncestorOf(w);
         w = w->nextInFocusChain()) {
        if (w->focusPolicy() != Qt::NoFocus)
            chain.append(w);
    }
    for (QWidget *w : std::as_const(chain)) {
        QWidget::setTabOrder(first, w);
        first = w;
    }
}

} // namespace

AssessmentView::AssessmentView(AssessmentDocument &document, const QString &language, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_language(language)
    , m_scoreModel(new ScoreModel(this))
{
    setObjectName(u"assessmentView"_s);
    m_scoreModel->setScore(document.frameworkPtr(), document.scorecard(), language);

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(u"stepList"_s);
    m_steps->setAccessibleName(tr("Steps of the assessment"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderHidden(true);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->setRootIsDecorated(true);
    m_steps->setUniformRowHeights(true);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_draft = new DraftPanel(document, this);
    if (document.library().isReadOnly())
        makeReadOnly(m_draft);

    const Framework &fw = document.framework();
    auto name = [&](const LocalizedText &t) {
        return markedText(t, language, fw.defaultLanguage);
    };

    // Pages are built when first shown: an assessment opens with one page, not nineteen.
    addStep([this] { return new PlanPage(m_document, m_pages); }, u"plan"_s, tr("Plan"), nullptr);
    addStep(
        [this] {
            auto *casePage = new CasePage(m_document, m_pages);
            connect(casePage, &CasePage::importDraftRequested, m_draft, &DraftPanel::importDraft);
            return casePage;
        },
        u"case"_s, tr("Case and draft"), nullptr);

    auto *propertiesGroup = new QTreeWidgetItem(m_steps, {tr("Critical properties")});
    propertiesGroup->setFlags(Qt::ItemIsEnabled);
    auto itemPage = [this](const Item *item) {
        return [this, item] {
            auto *page = new ItemPage(m_document, *item, *m_draft, m_language, m_pages);
            connect(page, &ItemPage::showPassageRequested, m_draft, &DraftPanel::showPassage);
            return page;
        };
    };
    for (const Item &item : fw.properties)
        addStep(itemPage(&item), item.id, item.code + u' ' + name(item.name), propertiesGroup);
    auto *enablersGroup = new QTreeWidgetItem(m_steps, {tr("Enablers")});
    enablersGroup->setFlags(Qt::ItemIsEnabled);
    for (const Goal &goal : fw.goals) {
        auto *goalItem = new QTreeWidgetItem(enablersGroup, {name(goal.name)});
        goalItem->setFlags(Qt::ItemIsEnabled);
        for (const QString &enablerId : goal.enablerIds) {
            const Item *item = fw.item(enablerId);
            addStep(itemPage(item), item->id, item->code + u' ' + name(item->name), goalItem);
        }
    }
    addStep([this] { return new SummaryPage(m_document, m_scoreModel, m_language, m_pages); }, u"summary"_s,
            tr("Summary"), nullptr);
    addStep([this] { return new ConclusionsPage(m_document, m_pages); }, u"conclusions"_s,
            tr("Conclusions and recommendations"), nullptr);
    m_steps->expandAll();

    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(u"stepBack"_s);
    m_back->setAccessibleName(tr("Previous step"));
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(u"stepNext"_s);
    m_next->setAccessibleName(tr("Next step"));
    // Tab follows the reading order: the steps, the page, Back and Next below it, then the draft beside them.
    setTabOrder(m_steps, m_back);
    setTabOrder(m_back, m_next);
    auto *nav = new QHBoxLayout;
    nav->addStretch();
    nav->addWidget(m_back);
    nav->addWidget(m_next);
    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(m_pages, 1);
    centerLayout->addLayout(nav);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(u"assessmentSplitter"_s);
    m_splitter->addWidget(m_steps);
    m_splitter->addWidget(center);
    m_splitter->addWidget(m_draft);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    // In characters of the font, so that the steps' names keep their room at a larger font size.
    const int em = fontMetrics().averageCharWidth();
    m_splitter->setSizes({36 * em, 90 * em, 68 * em});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_steps, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        const int index = int(m_stepItems.indexOf(current));
        if (index >= 0)
            goToStep(index);
    });
    connect(m_back, &QPushButton::clicked, this, &AssessmentView::back);
    connect(m_next, &QPushButton::clicked, this, &AssessmentView::next);
    connect(&document, &AssessmentDocument::changed, this, [this] {
        m_scoreModel->setScore(m_document.frameworkPtr(), m_document.scorecard(), m_language);
        updateSteps();
    });
    connect(m_draft, &DraftPanel::message, this, &AssessmentView::message);
    goToStep(0);
    updateSteps();
}

void AssessmentView::addStep(std::function<Page *()> make, const QString &id, const QString &title,
                             QTreeWidgetItem *parent)
{
    auto *item = parent ? new QTreeWidgetItem(parent, {title}) : new QTreeWidgetItem(m_steps, {title});
    item->setToolTip(0, title);
    m_stepItems.append(item);
    m_stepIds.append(id);
    m_makers.append(std::move(make));
    m_pages->addWidget(new QWidget(m_pages)); // a placeholder until the page is first shown
}

Page *AssessmentView::page(int index)
{
    if (auto *built = qobject_cast<Page *>(m_pages->widget(index)))
        return built;
    QWidget *placeholder = m_pages->widget(index);
    Page *built = m_makers.at(index)();
    if (m_document.library().isReadOnly())
        makeReadOnly(built);
    m_pages->insertWidget(index, built);
    moveTabChainAfter(m_steps, built); // built late, it would otherwise come last in the tab chain
    m_pages->removeWidget(placeholder);
    delete placeholder;
    return built;
}

int AssessmentView::stepCount() const
{
    return int(m_stepItems.size());
}

int AssessmentView::currentStep() const
{
    return m_pages->currentIndex();
}

int AssessmentView::stepOf(const QString &id) const
{
    return int(m_stepIds.indexOf(id));
}

void AssessmentView::goToStep(int index)
{
    if (index < 0 || index >= stepCount())
        return;
    flush();
    Page *shown = page(index);
    m_pages->setCurrentIndex(index);
    if (m_steps->currentItem() != m_stepItems.at(index))
        m_steps->setCurrentItem(m_stepItems.at(index));
    // The draft sits beside the case and the items, where passages are read and attached; the plan, the
    // summary and the conclusions get the whole width.
    const QString id = m_stepIds.at(index);
    m_draft->setVisible(id != u"plan" && id != u"summary" && id != u"conclusions");
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < stepCount());
    shown->refresh();
}

void AssessmentView::next()
{
    goToStep(currentStep() + 1);
}

void AssessmentView::back()
{
    goToStep(currentStep() - 1);
}

void AssessmentView::flush()
{
    if (auto *page = qobject_cast<Page *>(m_pages->currentWidget()))
        page->flush();
    m_draft->flush();
}

AssessmentView::StepState AssessmentView::stepState(const QString &id) const
{
    const Assessment &a = m_document.assessment();
    const Scorecard &card = m_document.scorecard();
    if (id == u"plan")
        return {a.planning.size() >= 4, tr("%1/%2").arg(a.planning.size()).arg(planningFields().size())};
    if (id == u"case")
        return {!a.caseInfo.jurisdiction.isEmpty() && !a.draftText.isEmpty(),
                a.draftText.isEmpty() ? tr("no draft") : QString()};
    if (id == u"summary")
        return {card.exist.verdict != Verdict::Unassessed && card.thrive.verdict != Verdict::Unassessed, {}};
    if (id == u"conclusions")
        return {!a.conclusions.isEmpty(), {}};
    if (const ItemScore *score = card.item(id))
        return {score->answered == score->total && score->analystRated(),
                tr("%1/%2").arg(score->answered).arg(score->total)};
    return {};
}

void AssessmentView::updateSteps()
{
    for (int i = 0; i < stepCount(); ++i) {
        const StepState state = stepState(m_stepIds.at(i));
        QTreeWidgetItem *item = m_stepItems.at(i);
        item->setText(1, state.complete ? u"✓"_s : state.progress);
        item->setData(1, Qt::AccessibleTextRole, state.complete ? tr("complete") : state.progress);
    }
}

} // namespace iia
