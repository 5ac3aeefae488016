#include "assessment/itempage.h"
#include "textcatalog.h"

#include "assessment/draftpanel.h"
#include "assessment/noteedit.h"
#include "assessment/textbinding.h"
#include "document/assessmentdocument.h"
#include "textwriters.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace iia {

using namespace Qt::StringLiterals;

namespace {

constexpr AnswerValue kChoices[] = {AnswerValue::Yes, AnswerValue::Partly, AnswerValue::No,
                                    AnswerValue::Unsure, AnswerValue::NotApplicable};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QComboBox *combo(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setAccessibleName(accessible);
    return c;
}

} // namespace

ItemPage::ItemPage(AssessmentDocument &document, const Item &item, DraftPanel &draft, const QString &language,
                   QWidget *parent)
    : Page(document, u"itemPage-"_s + item.id, parent)
    , m_item(item)
    , m_draft(draft)
    , m_language(language)
{
    const Framework &fw = document.framework();
    const QString lang = m_language;
    auto text = [&](const LocalizedText &t) {
        return markedText(t, lang, fw.defaultLanguage);
    };

    auto *layout = new QVBoxLayout(content());
    const QString kind =
        item.kind == ItemKind::Property
            ? tr("Critical property — what the Internet needs to exist")
            : tr("Enabler of %1 — what the Internet needs to thrive")
                  .arg(fw.goal(item.goalId) ? text(fw.goal(item.goalId)->name) : item.goalId);
    auto *heading =
        new QLabel(u"<p style='margin:0'>%1</p><h2 style='margin-top:2px'>%2 %3</h2><p>%4</p>"_s.arg(
                       esc(kind), esc(item.code), esc(text(item.name)), esc(text(item.summary))),
                   content());
    heading->setWordWrap(true);
    heading->setObjectName(u"itemHeading"_s);
    layout->addWidget(heading);

    // What it is and why it matters, with the worked examples: collapsed until asked for.
    auto *helpToggle = new QToolButton(content());
    helpToggle->setObjectName(u"helpToggle"_s);
    helpToggle->setText(tr("About this %1 and worked examples")
                            .arg(item.kind == ItemKind::Property ? tr("property") : tr("enabler")));
    helpToggle->setAccessibleName(helpToggle->text());
    helpToggle->setCheckable(true);
    helpToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    helpToggle->setArrowType(Qt::RightArrow);
    helpToggle->setAutoRaise(true);
    QString help = u"<h4>%1</h4><p>%2</p><h4>%3</h4><p>%4</p>"_s.arg(
        esc(tr("What it is")), esc(text(item.description)), esc(tr("Why it matters")),
        esc(text(item.whyItMatters)));
    if (!item.help.isEmpty())
        help += u"<h4>%1</h4><p>%2</p>"_s.arg(esc(tr("How to assess it")), esc(text(item.help)));
    for (const WorkedExample &x : item.examples) {
        help += u"<h4>%1</h4><p><i>%2</i><br>%3: <b>%4</b>"_s.arg(
            esc(x.source == u"toolkit" ? tr("Worked example from the toolkit") : tr("Worked example")),
            esc(text(x.scenario)), esc(tr("Rating")), esc(ratingPhrase(x.impact, x.direction, x.strength)));
        if (!x.howAffected.isEmpty())
            help += u"<br>"_s + esc(text(x.howAffected));
        if (!x.effectOnPeople.isEmpty())
            help += u"<br>%1: %2"_s.arg(esc(tr("Effect on people")), esc(text(x.effectOnPeople)));
        help += u"</p>"_s;
    }
    auto *helpLabel = new QLabel(help, content());
    helpLabel->setObjectName(u"helpText"_s);
    helpLabel->setWordWrap(true);
    helpLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    helpLabel->setVisible(false);
    connect(helpToggle, &QToolButton::toggled, this, [helpToggle, helpLabel](bool on) {
        helpLabel->setVisible(on);
        helpToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    layout->addWidget(helpToggle);
    layout->addWidget(helpLabel);

    // The guiding questions.
    auto *questions = new QGroupBox(tr("Guiding questions"), content());
    auto *grid = new QGridLayout(questions);
    int row = 0;
    for (qsizetype i = 0; i < item.questions.size(); ++i) {
        const Question &q = item.questions.at(i);
        const QString badge = q.polarity == Polarity::Harm ? tr("harm if yes") : tr("support if yes");
        auto *questionLabel =
            new QLabel(u"<b>%1.</b> %2 <small>(%3, %4)</small>"_s.arg(i + 1).arg(
                           esc(text(q.text)), esc(badge), esc(tr("weight %1").arg(q.weight))),
                       questions);
        questionLabel->setWordWrap(true);
        if (!q.help.isEmpty())
            questionLabel->setToolTip(text(q.help));
        grid->addWidget(questionLabel, row++, 0, 1, 3);

        QuestionRow qr{&q, new QButtonGroup(this), {}, new QLabel(questions)};
        auto *answers = new QHBoxLayout;
        for (AnswerValue v : kChoices) {
            auto *radio = new QRadioButton(label(v), questions);
            radio->setObjectName(u"answer-%1-%2"_s.arg(q.id, toKey(v)));
            radio->setAccessibleName(tr("%1: %2").arg(text(q.text), iia::label(v)));
            qr.answers->addButton(radio, int(v));
            answers->addWidget(radio);
        }
        answers->addStretch();
        // The note and Attach below the choices: on one line with them they made the page scroll sideways at
        // a large font size.
        grid->addLayout(answers, row++, 0, 1, 3);
        auto *note = new QLineEdit(questions);
        note->setObjectName(u"note-"_s + q.id);
        note->setAccessibleName(tr("Note on question %1").arg(i + 1));
        note->setPlaceholderText(tr("Note"));
        grid->addWidget(note, row, 0, 1, 2);
        auto *attachButton = new QToolButton(questions);
        attachButton->setObjectName(u"attach-"_s + q.id);
        attachButton->setText(tr("Attach"));
        attachButton->setToolTip(tr("Attach the passage selected in the draft as evidence for this answer"));
        attachButton->setAccessibleName(tr("Attach the selected passage to question %1").arg(i + 1));
        attachButton->setEnabled(false);
        qr.attach.append(attachButton);
        grid->addWidget(attachButton, row++, 2);
        qr.evidence->setObjectName(u"evidenceCount-"_s + q.id);
        grid->addWidget(qr.evidence, row++, 0, 1, 3);

        const QString qid = q.id;
        connect(qr.answers, &QButtonGroup::idClicked, this, [this, qid](int id) {
            Answer a = m_document.assessment().answer(qid);
            a.value = AnswerValue(id);
            m_document.apply(edits::SetAnswer{qid, a});
        });
        connect(attachButton, &QToolButton::clicked, this,
                [this, qid] { attach(EvidenceTarget::Question, qid); });
        addBinding(new TextBinding(
            document, note, u"note-"_s + qid, [qid](const Assessment &a) { return a.answer(qid).note; },
            [qid](const Assessment &a, const QString &t) {
                Answer answer = a.answer(qid);
                answer.note = t;
                return Edit(edits::SetAnswer{qid, answer});
            },
            this));
        m_rows.append(qr);
    }
    grid->setColumnStretch(0, 1);
    layout->addWidget(questions);

    // The toolkit's preliminary-analysis row: the analyst's own rating.
    auto *rating = new QGroupBox(tr("Your rating (preliminary analysis)"), content());
    auto *form = new QFormLayout(rating);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a label that leaves its field no room goes above it
    m_impact = combo(u"ratingImpact"_s, tr("Is there an impact on the Internet?"), rating);
    for (Impact v : {Impact::Unset, Impact::Yes, Impact::No})
        m_impact->addItem(v == Impact::Unset ? tr("Not rated yet")
                          : v == Impact::Yes ? tr("Yes")
                                             : tr("No"),
                          int(v));
    m_direction = combo(u"ratingDirection"_s, tr("Is it positive, negative, mixed or unclear?"), rating);
    for (Direction v :
         {Direction::Unset, Direction::Positive, Direction::Negative, Direction::Mixed, Direction::Unclear})
        m_direction->addItem(label(v), int(v));
    m_strength = combo(u"ratingStrength"_s, tr("How strong is it?"), rating);
    for (Strength v : {Strength::Unset, Strength::Strong, Strength::Moderate, Strength::Weak})
        m_strength->addItem(label(v), int(v));
    form->addRow(tr("Is there an impact on the Internet?"), m_impact);
    form->addRow(tr("Direction"), m_direction);
    form->addRow(tr("Strength"), m_strength);
    auto bindRatingText = [&](const QString &name, const QString &labelText, QString Rating::*member) {
        auto *edit = new NoteEdit(3, rating);
        edit->setObjectName(name);
        edit->setAccessibleName(labelText);
        form->addRow(labelText, edit);
        const QString itemId = item.id;
        addBinding(new TextBinding(
            document, edit, name + itemId,
            [itemId, member](const Assessment &a) { return a.rating(itemId).*member; },
            [itemId, member](const Assessment &a, const QString &t) {
                Rating r = a.rating(itemId);
                r.*member = t;
                return Edit(edits::SetRating{itemId, r});
            },
            this));
    };
    bindRatingText(u"ratingHow"_s, tr("How could it be affected?"), &Rating::howAffected);
    bindRatingText(u"ratingPeople"_s, tr("What effect could this have on people?"), &Rating::effectOnPeople);
    m_attachRating = new QToolButton(rating);
    m_attachRating->setObjectName(u"attach-rating"_s);
    m_attachRating->setText(tr("Attach the Selected Passage to This Rating"));
    m_attachRating->setAccessibleName(m_attachRating->text());
    m_attachRating->setEnabled(false);
    form->addRow(m_attachRating);
    layout->addWidget(rating);

    auto bindCombo = [this](QComboBox *c, auto setter) {
        connect(c, &QComboBox::activated, this, [this, c, setter](int index) {
            const int value = c->itemData(index).toInt();
            setRating([&](Rating &r) { setter(r, value); });
        });
    };
    bindCombo(m_impact, [](Rating &r, int v) { r.impact = Impact(v); });
    bindCombo(m_direction, [](Rating &r, int v) {
        r.direction = Direction(v);
        if (r.impact == Impact::Unset && r.direction != Direction::Unset)
            r.impact = Impact::Yes;
    });
    bindCombo(m_strength, [](Rating &r, int v) {
        r.strength = Strength(v);
        if (r.impact == Impact::Unset && r.strength != Strength::Unset)
            r.impact = Impact::Yes;
    });
    connect(m_attachRating, &QToolButton::clicked, this,
            [this] { attach(EvidenceTarget::Rating, m_item.id); });

    // The suggestion from the answers, and why.
    auto *suggestion = new QGroupBox(tr("Suggested from your answers"), content());
    auto *sLayout = new QVBoxLayout(suggestion);
    m_suggested = new QLabel(suggestion);
    m_suggested->setObjectName(u"suggestedRating"_s);
    m_suggested->setAccessibleName(tr("Suggested rating"));
    m_suggested->setWordWrap(true);
    m_disagreement = new QLabel(suggestion);
    m_disagreement->setObjectName(u"disagreement"_s);
    m_disagreement->setWordWrap(true);
    m_explanation = new QLabel(suggestion);
    m_explanation->setObjectName(u"explanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sLayout->addWidget(m_suggested);
    sLayout->addWidget(m_disagreement);
    sLayout->addWidget(m_explanation);
    layout->addWidget(suggestion);

    // Evidence attached on this page.
    auto *evidence = new QGroupBox(tr("Evidence"), content());
    auto *eLayout = new QVBoxLayout(evidence);
    m_evidence = new QListWidget(evidence);
    m_evidence->setObjectName(u"evidenceList"_s);
    m_evidence->setAccessibleName(tr("Evidence for %1").arg(item.code));
    m_evidence->setWordWrap(true);
    m_evidence->setMinimumHeight(4 * m_evidence->fontMetrics().lineSpacing() +
                                 2 * m_evidence->frameWidth()); // four lines of the system's font
    m_removeEvidence = new QPushButton(tr("Remove Evidence"), evidence);
    m_removeEvidence->setObjectName(u"removeEvidence"_s);
    m_removeEvidence->setAccessibleName(tr("Remove the selected evidence"));
    auto *hint =
        new QLabel(tr("Select a passage in the draft, then press “Attach” beside a question or the rating. "
                      "Double-click a piece of evidence to see it in the draft."),
                   evidence);
    hint->setWordWrap(true);
    eLayout->addWidget(hint);
    eLayout->addWidget(m_evidence);
    auto *eButtons = new QHBoxLayout;
    eButtons->addStretch();
    eButtons->addWidget(m_removeEvidence);
    eLayout->addLayout(eButtons);
    layout->addWidget(evidence);
    layout->addStretch();

    connect(m_evidence, &QListWidget::itemActivated, this, [this](QListWidgetItem *entry) {
        if (const Evidence *e = m_document.assessment().findEvidence(entry->data(Qt::UserRole).toString()))
            Q_EMIT showPassageRequested(e->start, e->length);
    });
    connect(m_removeEvidence, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *entry = m_evidence->currentItem())
            m_document.apply(edits::RemoveEvidence{entry->data(Qt::UserRole).toString()});
    });
    connect(&draft, &DraftPanel::selectionChanged, this, [this](bool any) {
        for (const QuestionRow &qr : std::as_const(m_rows))
            for (QToolButton *b : qr.attach)
                b->setEnabled(any);
        m_attachRating->setEnabled(any);
    });
    refresh();
}

void ItemPage::attach(EvidenceTarget target, const QString &targetId)
{
    if (!m_draft.hasSelection())
        return;
    m_draft.flush();
    m_document.apply(edits::AddEvidence{m_draft.evidenceFromSelection(target, targetId), -1});
}

void ItemPage::setRating(const std::function<void(Rating &)> &change)
{
    Rating r = m_document.assessment().rating(m_item.id);
    change(r);
    m_document.apply(edits::SetRating{m_item.id, r});
}

void ItemPage::refresh()
{
    Page::refresh();
    const Assessment &a = m_document.assessment();
    const Framework &fw = m_document.framework();
    for (const QuestionRow &qr : std::as_const(m_rows)) {
        const AnswerValue v = a.answer(qr.question->id).value;
        const QSignalBlocker blocker(qr.answers);
        if (v == AnswerValue::Unanswered) {
            qr.answers->setExclusive(false);
            for (QAbstractButton *b : qr.answers->buttons())
                b->setChecked(false);
            qr.answers->setExclusive(true);
        } else if (QAbstractButton *b = qr.answers->button(int(v))) {
            b->setChecked(true);
        }
        int count = 0;
        for (const Evidence &e : a.evidence)
            count += e.target == EvidenceTarget::Question && e.targetId == qr.question->id ? 1 : 0;
        qr.evidence->setText(count ? tr("%n passage(s) attached", nullptr, count) : QString());
        qr.evidence->setVisible(count > 0);
    }
    const Rating r = a.rating(m_item.id);
    {
        const QSignalBlocker b1(m_impact), b2(m_direction), b3(m_strength);
        m_impact->setCurrentIndex(m_impact->findData(int(r.impact)));
        m_direction->setCurrentIndex(m_direction->findData(int(r.direction)));
        m_strength->setCurrentIndex(m_strength->findData(int(r.strength)));
    }
    m_direction->setEnabled(r.impact != Impact::No);
    m_strength->setEnabled(r.impact != Impact::No);

    const ItemScore *score = m_document.scorecard().item(m_item.id);
    if (score) {
        const SuggestedRating &s = score->suggested;
        QString line = s.impact == Impact::Unset
                           ? tr("No answers yet.")
                           : u"<b>%1</b>"_s.arg(ratingPhrase(s.impact, s.direction, s.strength));
        line += u"  —  "_s + tr("%1 of %2 questions answered").arg(score->answered).arg(score->total);
        if (score->unsure > 0)
            line += u", "_s + tr("%n unsure", nullptr, score->unsure);
        m_suggested->setText(line);
        m_disagreement->setVisible(score->disagreement);
        m_disagreement->setText(u"⚠ "_s +
                                tr("Your rating (%1) and the suggestion point different ways. Check your "
                                   "answers, or explain your reasoning under “How could it be affected?”.")
                                    .arg(ratingPhrase(r.impact, r.direction, r.strength)));
        QStringList lines;
        for (const Contribution &c : s.trace) {
            const Question *q = fw.question(c.questionId);
            const int number = q ? int(q - m_item.questions.constData()) + 1 : 0;
            lines.append(tr("Question %1: %2 (%3, weight %4) → %5")
                             .arg(number)
                             .arg(label(c.answer),
                                  c.polarity == Polarity::Harm ? tr("harm if yes") : tr("support if yes"))
                             .arg(c.weight)
                             .arg(c.signedValue, 0, 'g', 3));
        }
        if (!s.trace.isEmpty())
            lines.append(tr("Support %1 − harm %2 = %3 (see the scoring method in the documentation)")
                             .arg(s.positive, 0, 'g', 3)
                             .arg(s.negative, 0, 'g', 3)
                             .arg(s.net, 0, 'g', 3));
        m_explanation->setText(lines.join(u'\n'));
    }

    const QString current =
        m_evidence->currentItem() ? m_evidence->currentItem()->data(Qt::UserRole).toString() : QString();
    m_evidence->clear();
    for (const Evidence &e : a.evidence) {
        const bool mine = (e.target == EvidenceTarget::Rating && e.targetId == m_item.id) ||
                          (e.target == EvidenceTarget::Question && fw.question(e.targetId) &&
                           fw.question(e.targetId)->itemId == m_item.id);
        if (!mine)
            continue;
        QString where = e.target == EvidenceTarget::Rating ? tr("rating") : e.targetId;
        auto *entry = new QListWidgetItem(
            tr("“%1” — %2 (%3)")
                .arg(e.quote.simplified().left(200), e.clause.isEmpty() ? tr("no clause") : e.clause, where),
            m_evidence);
        entry->setData(Qt::UserRole, e.id);
        if (e.length == 0)
            entry->setToolTip(tr("This passage is no longer in the draft; its quote is kept."));
        if (e.id == current)
            m_evidence->setCurrentItem(entry);
    }
    m_removeEvidence->setEnabled(m_evidence->count() > 0);
}

} // namespace iia
