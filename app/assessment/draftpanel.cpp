#include "assessment/draftpanel.h"

#include "document/assessmentdocument.h"
#include "draft/draftimporter.h"
#include "syntax/highlighting.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace iia {

using namespace Qt::StringLiterals;

DraftPanel::DraftPanel(AssessmentDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(u"draftPanel"_s);

    auto *title = new QLabel(tr("<b>Draft text</b>"), this);
    m_source = new QLabel(this);
    m_source->setObjectName(u"draftSource"_s);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long file name is shortened rather than widening the panel (updateSource()).
    m_source->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *importButton = new QPushButton(tr("&Import Draft…"), this);
    importButton->setObjectName(u"draftImport"_s);
    importButton->setAccessibleName(tr("Import a draft from a file"));
    importButton->setToolTip(
        tr("Read the draft from a PDF, Word (.docx), OpenDocument (.odt), text, Markdown or "
           "HTML file"));
    m_outline = new QComboBox(this);
    m_outline->setObjectName(u"draftOutline"_s);
    m_outline->setAccessibleName(tr("Go to clause"));
    m_outline->setToolTip(tr("Go to a clause of the draft"));
    m_outline->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outline->setMinimumContentsLength(14);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"draftEditor"_s);
    m_editor->setAccessibleName(tr("Draft text"));
    m_editor->setAccessibleDescription(
        tr("The text of the proposal under assessment. Select a passage to attach it "
           "as evidence to a question or a rating."));
    m_editor->setPlaceholderText(tr("Paste the draft text here, or import it from a file."));
    m_editor->setTabChangesFocus(true);
    if (Highlighting *highlighting = Highlighting::instance())
        m_highlighter = highlighting->attach(m_editor->document(), Highlighting::Syntax::Draft, palette());

    // The clause list on a line of its own: beside the title and the button it made the panel too wide to
    // leave the page its room at a large font size.
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(importButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_outline);
    layout->addWidget(m_source);
    layout->addWidget(m_editor, 1);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(800);
    connect(m_timer, &QTimer::timeout, this, &DraftPanel::flush);
    connect(m_editor, &QPlainTextEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_editor, &QPlainTextEdit::selectionChanged, this,
            [this] { Q_EMIT selectionChanged(hasSelection()); });
    connect(importButton, &QPushButton::clicked, this, &DraftPanel::importDraft);
    connect(m_outline, &QComboBox::activated, this, [this](int index) {
        if (index > 0 && index - 1 < m_clauses.size()) {
            const Clause &c = m_clauses.at(index - 1);
            showPassage(c.position, c.title.size());
        }
    });
    connect(&m_document, &AssessmentDocument::changed, this, [this](const Edit &edit) {
        if (std::holds_alternative<edits::SetDraft>(edit) ||
            std::holds_alternative<edits::AddEvidence>(edit) ||
            std::holds_alternative<edits::RemoveEvidence>(edit))
            refresh();
    });
    refresh();
}

void DraftPanel::applyTheme()
{
    if (m_highlighter)
        Highlighting::instance()->applyPalette(m_highlighter, palette());
}

void DraftPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    else if (event->type() == QEvent::FontChange)
        updateSource();
    QWidget::changeEvent(event);
}

void DraftPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateSource();
}

void DraftPanel::updateSource()
{
    const QString source = m_document.assessment().draftSource;
    const QString text = source.isEmpty() ? QString() : tr("From %1").arg(source);
    m_source->setText(m_source->fontMetrics().elidedText(text, Qt::ElideMiddle, width()));
    m_source->setToolTip(m_source->text() == text ? QString() : text);
    m_source->setVisible(!source.isEmpty());
}

void DraftPanel::refresh()
{
    if (m_timer->isActive())
        return; // the user is typing; their text is saved shortly
    const Assessment &a = m_document.assessment();
    if (m_editor->toPlainText() != a.draftText) {
        const QSignalBlocker blocker(m_editor);
        m_editor->setPlainText(a.draftText);
    }
    updateSource();
    rebuildOutline();
    markEvidence();
}

void DraftPanel::rebuildOutline()
{
    const Framework &fw = m_document.framework();
    QStringList patterns;
    for (const QStringList &list : fw.clausePatterns)
        patterns += list;
    m_clauses = findClauses(m_document.assessment().draftText, patterns);
    const QSignalBlocker blocker(m_outline);
    m_outline->clear();
    m_outline->addItem(m_clauses.isEmpty() ? tr("No clauses found") : tr("Go to clause…"));
    for (const Clause &c : std::as_const(m_clauses))
        m_outline->addItem(QString(c.level * 2, u' ') + c.title.left(60));
    m_outline->setEnabled(!m_clauses.isEmpty());
}

void DraftPanel::markEvidence()
{
    QList<QTextEdit::ExtraSelection> marks;
    QColor background = palette().color(QPalette::Highlight);
    background.setAlpha(60);
    for (const Evidence &e : m_document.assessment().evidence) {
        if (e.length <= 0)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_editor->document());
        mark.cursor.setPosition(int(e.start));
        mark.cursor.setPosition(int(e.start + e.length), QTextCursor::KeepAnchor);
        mark.format.setBackground(background);
        mark.format.setUnderlineStyle(QTextCharFormat::DotLine);
        mark.format.setToolTip(tr("Evidence for %1").arg(e.targetId));
        marks.append(mark);
    }
    m_editor->setExtraSelections(marks);
}

bool DraftPanel::hasSelection() const
{
    return m_editor->textCursor().hasSelection();
}

Evidence DraftPanel::evidenceFromSelection(EvidenceTarget target, const QString &targetId) const
{
    const QTextCursor cursor = m_editor->textCursor();
    Evidence e;
    e.id = newId();
    e.target = target;
    e.targetId = targetId;
    e.start = cursor.selectionStart();
    e.length = cursor.selectionEnd() - cursor.selectionStart();
    // QTextCursor reports paragraph separators as U+2029; the saved text has '\n' there.
    e.quote = m_editor->toPlainText().mid(e.start, e.length);
    e.clause = clauseAt(m_clauses, e.start);
    e.created = QDateTime::currentDateTimeUtc();
    return e;
}

void DraftPanel::showPassage(qsizetype start, qsizetype length)
{
    flush();
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(std::min<qsizetype>(start, m_editor->document()->characterCount() - 1)));
    cursor.setPosition(int(std::min<qsizetype>(start + length, m_editor->document()->characterCount() - 1)),
                       QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void DraftPanel::flush()
{
    m_timer->stop();
    const Assessment &a = m_document.assessment();
    const QString text = m_editor->toPlainText();
    if (text == a.draftText)
        return;
    m_document.apply(edits::SetDraft{text, a.draftSource, relocateEvidence(a.evidence, text)}, u"draft"_s);
}

void DraftPanel::importDraft()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a Draft"), QString(),
                                                      DraftImporter::fileFilters().join(u";;"_s));
    if (path.isEmpty())
        return;
    auto imported = DraftImporter::importFile(path);
    if (!imported) {
        QMessageBox::warning(this, tr("Import a Draft"), imported.error().message);
        return;
    }
    const Assessment &a = m_document.assessment();
    if (!a.draftText.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Replace the Draft"),
                                                  tr("Replace the current draft with the text of %1? "
                                                     "Passages attached as evidence keep their quotes; "
                                                     "you can undo this.")
                                                      .arg(QFileInfo(path).fileName()),
                                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_timer->stop();
    m_document.apply(edits::SetDraft{imported->text, QFileInfo(path).fileName(),
                                     relocateEvidence(a.evidence, imported->text)});
    Q_EMIT message(tr("Imported the draft from %1.").arg(QFileInfo(path).fileName()));
}

} // namespace iia
