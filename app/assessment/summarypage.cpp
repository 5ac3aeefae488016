#include "assessment/summarypage.h"

#include "charts/charts.h"
#include "charts/scoremodel.h"
#include "charts/scoretableview.h"
#include "document/assessmentdocument.h"
#include "textwriters.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace iia {

using namespace Qt::StringLiterals;

SummaryPage::SummaryPage(AssessmentDocument &document, ScoreModel *model, const QString &language,
                         QWidget *parent)
    : Page(document, u"summaryPage"_s, parent)
    , m_language(language)
{
    auto *layout = new QVBoxLayout(content());
    auto *heading =
        new QLabel(tr("<h2>Summary</h2><p>Your ratings beside the suggestions computed from your "
                      "answers. Your rating decides; where the two point different ways, look again.</p>"),
                   content());
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_verdicts = new QLabel(content());
    m_verdicts->setObjectName(u"verdicts"_s);
    m_verdicts->setAccessibleName(tr("Headline verdicts"));
    m_verdicts->setWordWrap(true);
    m_verdicts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdicts);

    m_charts = new QGridLayout;
    m_radar = createChart(report::ChartKind::Properties, model, content(), QSizeF(26, 33), QSizeF(26, 33));
    m_enablers = createChart(report::ChartKind::Enablers, model, content(), QSizeF(30, 37), QSizeF(30, 37));
    m_charts->addWidget(m_radar, 0, 0);
    m_charts->addWidget(m_enablers, 0, 1);
    layout->addLayout(m_charts);

    m_disagreements = new QLabel(content());
    m_disagreements->setObjectName(u"disagreements"_s);
    m_disagreements->setWordWrap(true);
    layout->addWidget(m_disagreements);

    auto *table = new ScoreTableView(content());
    table->setModel(model);
    table->setMinimumRows(12);
    layout->addWidget(table);
    refresh();
}

bool SummaryPage::chartsSideBySide() const
{
    return m_charts->itemAtPosition(0, 1) != nullptr;
}

void SummaryPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    arrangeCharts();
}

void SummaryPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        arrangeCharts();
}

// Side by side when the page is wide enough for both charts at their smallest, which grows with the font;
// else one above the other, so that the page never scrolls sideways.
void SummaryPage::arrangeCharts()
{
    const QMargins margins = content()->layout()->contentsMargins();
    const int available = viewport()->width() - margins.left() - margins.right();
    const int needed = m_radar->minimumSizeHint().width() + qMax(0, m_charts->horizontalSpacing()) +
                       m_enablers->minimumSizeHint().width();
    const bool sideBySide = available >= needed;
    if (sideBySide == chartsSideBySide())
        return;
    m_charts->removeWidget(m_enablers);
    if (sideBySide)
        m_charts->addWidget(m_enablers, 0, 1);
    else
        m_charts->addWidget(m_enablers, 1, 0);
}

void SummaryPage::refresh()
{
    Page::refresh();
    const Scorecard &card = m_document.scorecard();
    const Framework &fw = m_document.framework();
    auto verdictHtml = [&](const QString &title, const VerdictScore &v) {
        QStringList drivers;
        for (const QString &id : v.drivers) {
            if (const Item *item = fw.item(id))
                drivers.append(item->code);
        }
        QString html = u"<b>%1:</b> %2"_s.arg(title.toHtmlEscaped(), label(v.verdict).toHtmlEscaped());
        if (!drivers.isEmpty())
            html += u" ("_s + drivers.join(u", "_s).toHtmlEscaped() + u')';
        html += u" <small>— "_s +
                tr("%1 of %2 rated; %3 of the questions answered, %4 unsure")
                    .arg(v.assessedItems)
                    .arg(v.totalItems)
                    .arg(textwriters::percent(v.coverage), textwriters::percent(v.uncertainty))
                    .toHtmlEscaped() +
                u"</small>"_s;
        return html;
    };
    QString html = u"<p style='font-size:large'>"_s +
                   verdictHtml(tr("What the Internet needs to exist"), card.exist) + u"<br>"_s +
                   verdictHtml(tr("What the Internet needs to thrive"), card.thrive) + u"</p><p>"_s;
    for (const VerdictScore &g : card.goals) {
        const Goal *goal = fw.goal(g.id);
        html += verdictHtml(goal ? goal->name.text(m_language, fw.defaultLanguage) : g.id, g) + u"<br>"_s;
    }
    m_verdicts->setText(html + u"</p>"_s);

    QStringList differing;
    for (const ItemScore *s : card.items()) {
        if (s->disagreement) {
            const Item *item = fw.item(s->itemId);
            differing.append(
                tr("%1: you rated “%2”, the answers suggest “%3”")
                    .arg(item ? item->code : s->itemId,
                         ratingPhrase(s->analyst.impact, s->analyst.direction, s->analyst.strength),
                         ratingPhrase(s->suggested.impact, s->suggested.direction, s->suggested.strength)));
        }
    }
    m_disagreements->setText(differing.isEmpty() ? tr("Your ratings and the suggestions agree everywhere.")
                                                 : u"⚠ "_s + differing.join(u"; "_s) + u'.');
}

} // namespace iia
