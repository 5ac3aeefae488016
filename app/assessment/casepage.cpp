#include "assessment/casepage.h"

#include "assessment/noteedit.h"
#include "assessment/textbinding.h"
#include "document/assessmentdocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace iia {

using namespace Qt::StringLiterals;

namespace {

QComboBox *keyCombo(const QStringList &keys, QString (*labelOf)(const QString &), const QString &name,
                    const QString &accessible, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    combo->addItem(QCoreApplication::translate("iia::CasePage", "Not set"), QString());
    for (const QString &key : keys)
        combo->addItem(labelOf(key), key);
    return combo;
}

} // namespace

CasePage::CasePage(AssessmentDocument &document, QWidget *parent)
    : Page(document, u"casePage"_s, parent)
{
    auto *layout = new QVBoxLayout(content());
    auto *heading =
        new QLabel(tr("<h2>The case</h2><p>Describe the proposal under assessment. Paste or import its "
                      "draft text in the panel beside this page; you will attach passages of it as "
                      "evidence.</p>"),
                   content());
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a label that leaves its field no room goes above it

    // One case field shown in one text widget: named, labelled, bound to the document.
    auto bind = [&](QWidget *edit, CaseField field, const QString &name, const QString &label) {
        edit->setObjectName(name);
        edit->setAccessibleName(label);
        form->addRow(label, edit);
        addBinding(new TextBinding(
            document, edit, name, [field](const Assessment &a) { return a.caseInfo.value(field); },
            [field](const Assessment &, const QString &text) {
                return Edit(edits::SetCaseField{field, text});
            },
            this));
    };
    auto bindLine = [&](CaseField field, const QString &name, const QString &label,
                        const QString &placeholder) {
        auto *edit = new QLineEdit(content());
        edit->setPlaceholderText(placeholder);
        bind(edit, field, name, label);
    };
    auto bindText = [&](CaseField field, const QString &name, const QString &label, int lines) {
        bind(new NoteEdit(lines, content()), field, name, label);
    };

    bindLine(CaseField::Title, u"caseTitle"_s, tr("Title"), tr("e.g. Draft law on network usage fees"));
    bindLine(CaseField::Jurisdiction, u"caseJurisdiction"_s, tr("Jurisdiction"),
             tr("Country, region or body"));
    m_instrument = keyCombo(instrumentKinds(), instrumentLabel, u"caseInstrument"_s, tr("Kind of instrument"),
                            content());
    form->addRow(tr("Kind of instrument"), m_instrument);
    m_stage = keyCombo(stageKinds(), stageLabel, u"caseStage"_s, tr("Stage"), content());
    form->addRow(tr("Stage"), m_stage);
    bindText(CaseField::Summary, u"caseSummary"_s, tr("Summary"), 6);
    bindText(CaseField::Authors, u"caseAuthors"_s, tr("Authors (one a line)"), 3);
    bindText(CaseField::Contributors, u"caseContributors"_s, tr("Contributors (one a line)"), 3);
    bindLine(CaseField::VersionLabel, u"caseVersion"_s, tr("Version of the brief"), tr("e.g. 1.0"));
    bindLine(CaseField::BriefDate, u"caseDate"_s, tr("Date of the brief"), tr("YYYY-MM-DD"));
    layout->addLayout(form);

    auto *importButton = new QPushButton(tr("Import the &Draft from a File…"), content());
    importButton->setObjectName(u"caseImportDraft"_s);
    importButton->setAccessibleName(tr("Import the draft from a file"));
    auto *row = new QHBoxLayout;
    row->addWidget(importButton);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();

    connect(importButton, &QPushButton::clicked, this, &CasePage::importDraftRequested);
    auto bindCombo = [this](QComboBox *combo, CaseField field) {
        connect(combo, &QComboBox::activated, this, [this, combo, field](int index) {
            m_document.apply(edits::SetCaseField{field, combo->itemData(index).toString()});
        });
    };
    bindCombo(m_instrument, CaseField::Instrument);
    bindCombo(m_stage, CaseField::Stage);
    refresh();
}

void CasePage::refresh()
{
    Page::refresh();
    const CaseInfo &c = m_document.assessment().caseInfo;
    const QSignalBlocker b1(m_instrument);
    const QSignalBlocker b2(m_stage);
    m_instrument->setCurrentIndex(std::max(0, m_instrument->findData(c.instrument)));
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(c.stage)));
}

} // namespace iia
