#include "frameworkeditor.h"

#include "codeedit.h"
#include "messagebanner.h"
#include "syntax/highlighting.h"

#include "frameworkregistry.h"
#include "interchange.h"
#include "jsonreader.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStringDecoder>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iia {

namespace {

enum Column
{
    LineColumn,
    ColumnColumn,
    LocationColumn,
    MessageColumn,
    ColumnCount
};

// "iiat 1.0.0" of every framework built into the application, to warn about a copy that would clash.
const QStringList &builtInKeys()
{
    static const QStringList keys = [] {
        FrameworkRegistry registry;
        registry.load({});
        QStringList result;
        for (const FrameworkPtr &f : registry.frameworks())
            result.append(f->key());
        return result;
    }();
    return keys;
}

QString fileNamePart(const QString &text)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    QString part = text.trimmed();
    part.replace(unsafe, u"-"_s);
    return part;
}

} // namespace

FrameworkEditor::FrameworkEditor(QString userFrameworksDir, QWidget *parent)
    : QMainWindow(parent)
    , m_userFrameworksDir(std::move(userFrameworksDir))
{
    setObjectName(u"frameworkEditor"_s);
    createActions();
    createWidgets();

    QSettings settings;
    settings.beginGroup(u"FrameworkEditor"_s);
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray()))
        resize(960, 720);
    if (!m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray()))
        m_splitter->setSizes({520, 200});

    updateState();
    showProblems();
}

FrameworkEditor::~FrameworkEditor() = default;

void FrameworkEditor::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(u"fileMenu"_s);
    m_openAction = fileMenu->addAction(tr("&Open…"), this, &FrameworkEditor::openWithDialog);
    m_openAction->setObjectName(u"openAction"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAction = fileMenu->addAction(tr("&Save"), this, [this] { save(); });
    m_saveAction->setObjectName(u"saveAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveCopyAction = fileMenu->addAction(tr("Save a &Copy…"), this, [this] { saveCopy(); });
    m_saveCopyAction->setObjectName(u"saveCopyAction"_s);
    m_saveCopyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveCopyAction->setToolTip(tr("Save the framework under a new name, in your frameworks folder"));
    fileMenu->addSeparator();
    m_closeAction = fileMenu->addAction(tr("&Close"), this, &QWidget::close);
    m_closeAction->setObjectName(u"closeAction"_s);
    m_closeAction->setShortcut(QKeySequence::Close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(u"editMenu"_s);
    // The editor's slots are connected in createWidgets(), once it exists.
    m_undoAction = editMenu->addAction(tr("&Undo"));
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = editMenu->addAction(tr("&Redo"));
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setShortcut(QKeySequence::Redo);
    editMenu->addSeparator();
    m_cutAction = editMenu->addAction(tr("Cu&t"));
    m_cutAction->setObjectName(u"cutAction"_s);
    m_cutAction->setShortcut(QKeySequence::Cut);
    m_copyAction = editMenu->addAction(tr("&Copy"));
    m_copyAction->setObjectName(u"copyAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_pasteAction = editMenu->addAction(tr("&Paste"));
    m_pasteAction->setObjectName(u"pasteAction"_s);
    m_pasteAction->setShortcut(QKeySequence::Paste);
    editMenu->addSeparator();
    m_selectAllAction = editMenu->addAction(tr("Select &All"));
    m_selectAllAction->setObjectName(u"selectAllAction"_s);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    for (QAction *action : {m_undoAction, m_redoAction, m_cutAction, m_copyAction, m_pasteAction})
        action->setEnabled(false);
}

void FrameworkEditor::createWidgets()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_readOnlyBanner = new MessageBanner(MessageBanner::Kind::Information, central);
    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    m_readOnlyBanner->setText(tr("This framework is built into the application. Save a copy to change it."));
    m_readOnlyBanner->addActionButton(m_saveCopyAction, u"bannerSaveCopyButton"_s);
    m_readOnlyBanner->hide();
    layout->addWidget(m_readOnlyBanner);

    m_failureBanner = new MessageBanner(MessageBanner::Kind::Error, central);
    m_failureBanner->setObjectName(u"failureBanner"_s);
    m_failureBanner->setClosable(true);
    m_failureBanner->hide();
    layout->addWidget(m_failureBanner);

    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(u"editorSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_editor = new CodeEdit(m_splitter);
    m_editor->setObjectName(u"frameworkText"_s);
    m_editor->setAccessibleName(tr("Framework text"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabStopDistance(4 * m_editor->fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    // JSON is code: it reads left to right even in a right-to-left interface, like any source file.
    m_editor->setLayoutDirection(Qt::LeftToRight);
    m_splitter->addWidget(m_editor);

    if (Highlighting *highlighting = Highlighting::instance())
        m_highlighter = highlighting->attach(m_editor->document(), Highlighting::Syntax::Json, palette());
    applyTheme();

    auto *problems = new QWidget(m_splitter);
    auto *problemsLayout = new QVBoxLayout(problems);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    auto *summaryLayout = new QHBoxLayout;
    m_summaryIcon = new QLabel(problems);
    m_summaryIcon->setObjectName(u"validationIcon"_s);
    m_summary = new QLabel(problems);
    m_summary->setObjectName(u"validationSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryLayout->addWidget(m_summaryIcon);
    summaryLayout->addWidget(m_summary, 1);
    problemsLayout->addLayout(summaryLayout);

    m_errorList = new QTreeWidget(problems);
    m_errorList->setObjectName(u"errorList"_s);
    m_errorList->setAccessibleName(tr("Problems"));
    m_errorList->setAccessibleDescription(tr("Activate a problem to move the cursor to it."));
    m_errorList->setColumnCount(ColumnCount);
    m_errorList->setHeaderLabels({tr("Line"), tr("Column"), tr("Location"), tr("Message")});
    m_errorList->setRootIsDecorated(false);
    m_errorList->setUniformRowHeights(true);
    m_errorList->setAlternatingRowColors(true);
    m_errorList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_errorList->header()->setStretchLastSection(true);
    m_errorList->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_summary->setBuddy(m_errorList);
    problemsLayout->addWidget(m_errorList, 1);
    m_splitter->addWidget(problems);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    setCentralWidget(central);

    m_cursorPosition = new QLabel(this);
    m_cursorPosition->setObjectName(u"cursorPosition"_s);
    statusBar()->addPermanentWidget(m_cursorPosition);

    m_validationTimer = new QTimer(this);
    m_validationTimer->setObjectName(u"validationTimer"_s);
    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(kValidationDelayMs);
    connect(m_validationTimer, &QTimer::timeout, this, &FrameworkEditor::validateNow);
    connect(m_editor, &QPlainTextEdit::textChanged, m_validationTimer, qOverload<>(&QTimer::start));
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &QWidget::setWindowModified);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &FrameworkEditor::updateCursorPosition);

    connect(m_errorList, &QTreeWidget::itemActivated, this,
            [this](const QTreeWidgetItem *item) { goToProblem(item); });
    connect(m_errorList, &QTreeWidget::itemClicked, this,
            [this](const QTreeWidgetItem *item) { goToProblem(item); });

    connect(m_undoAction, &QAction::triggered, m_editor, &QPlainTextEdit::undo);
    connect(m_redoAction, &QAction::triggered, m_editor, &QPlainTextEdit::redo);
    connect(m_cutAction, &QAction::triggered, m_editor, &QPlainTextEdit::cut);
    connect(m_copyAction, &QAction::triggered, m_editor, &QPlainTextEdit::copy);
    connect(m_pasteAction, &QAction::triggered, m_editor, &QPlainTextEdit::paste);
    connect(m_selectAllAction, &QAction::triggered, m_editor, &QPlainTextEdit::selectAll);
    connect(m_editor, &QPlainTextEdit::undoAvailable, m_undoAction, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, m_redoAction, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::copyAvailable, this, [this](bool available) {
        m_copyAction->setEnabled(available);
        m_cutAction->setEnabled(available && !m_editor->isReadOnly());
    });
}

bool FrameworkEditor::openFile(const QString &path)
{
    return load(path, path.startsWith(u":/"_s));
}

void FrameworkEditor::openBuiltIn(const QString &resourcePath)
{
    load(resourcePath, true);
}

bool FrameworkEditor::load(const QString &path, bool builtIn)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showFailure(tr("“%1” could not be opened: %2.").arg(shown, file.errorString()));
        return false;
    }
    if (file.size() > FrameworkLoader::kMaxFileSize) {
        showFailure(tr("“%1” is %2 MB; framework files may be %3 MB at most.")
                        .arg(shown)
                        .arg(file.size() / (1024 * 1024))
                        .arg(FrameworkLoader::kMaxFileSize / (1024 * 1024)));
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        showFailure(tr("“%1” could not be read: %2.").arg(shown, file.errorString()));
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        // Editing would replace the bad bytes and change the file behind the user's back.
        showFailure(
            tr("“%1” is not UTF-8 text, so it cannot be a framework file. Open it in a text editor and "
               "save it as UTF-8.")
                .arg(shown));
        return false;
    }
    m_crlf = bytes.contains("\r\n");
    if (m_crlf)
        text.replace(u"\r\n"_s, u"\n"_s);

    m_path = path;
    m_builtIn = builtIn;
    m_hasDocument = true;
    m_failureBanner->hide();
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    m_editor->moveCursor(QTextCursor::Start);
    updateState();
    validateNow();
    statusBar()->showMessage(builtIn
                                 ? tr("Opened the built-in framework “%1”.").arg(QFileInfo(path).fileName())
                                 : tr("Opened %1").arg(shown),
                             5000);
    return true;
}

bool FrameworkEditor::save()
{
    if (!m_hasDocument)
        return false;
    if (m_builtIn)
        return saveCopy();
    if (!writeTo(m_path))
        return false;
    Q_EMIT frameworkSaved(m_path);
    return true;
}

bool FrameworkEditor::saveCopy()
{
    if (!m_hasDocument)
        return false;
    const QString proposed = proposedCopyPath();
    QDir().mkpath(QFileInfo(proposed).absolutePath());
    QFileDialog dialog(this, tr("Save a Copy of the Framework"));
    dialog.setObjectName(u"saveCopyDialog"_s);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({tr("Framework files (*.framework.json)"), tr("JSON files (*.json)")});
    dialog.setDefaultSuffix(u"json"_s);
    dialog.setDirectory(QFileInfo(proposed).absolutePath());
    dialog.selectFile(proposed);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    return saveCopyTo(dialog.selectedFiles().constFirst());
}

bool FrameworkEditor::saveCopyTo(const QString &path)
{
    if (!m_hasDocument || !writeTo(path))
        return false;
    m_path = path;
    m_builtIn = false;
    updateState();
    validateNow(); // whether the copy clashes with a built-in framework depends on where it lives
    Q_EMIT frameworkSaved(path);
    return true;
}

QString FrameworkEditor::proposedCopyPath() const
{
    QString id;
    QString version;
    if (m_framework) {
        id = m_framework->id;
        version = m_framework->version;
    } else {
        const QJsonObject root = QJsonDocument::fromJson(currentBytes()).object();
        id = root.value(u"id").toString();
        version = root.value(u"version").toString();
    }
    id = fileNamePart(id);
    version = fileNamePart(version);
    if (id.isEmpty())
        id = u"framework"_s;
    const QString name =
        version.isEmpty() ? u"%1.framework.json"_s.arg(id) : u"%1-%2.framework.json"_s.arg(id, version);
    return QDir(m_userFrameworksDir).filePath(name);
}

void FrameworkEditor::validateNow()
{
    m_validationTimer->stop();
    m_framework.reset();
    m_errors.clear();
    m_warnings.clear();
    if (m_hasDocument) {
        const QByteArray bytes = currentBytes();
        const QString name = displayName();
        auto loaded = FrameworkLoader::load(bytes, name);
        if (loaded) {
            m_framework = *loaded;
            if (!m_builtIn && builtInKeys().contains(m_framework->key())) {
                const QString message = tr("A framework built into the application has the id “%1” and the "
                                           "version “%2”, so the application ignores this file. Change the "
                                           "version, or the id.")
                                            .arg(m_framework->id, m_framework->version);
                auto doc = readJson(bytes, name);
                m_warnings.append(doc ? jsonError(ErrorCode::Conflict, message, *doc, u"/version"_s, name)
                                      : Error{ErrorCode::Conflict, message, name, 0, 0, u"/version"_s});
            }
            m_warnings.append(FrameworkLoader::missingTranslations(bytes, name));
        } else {
            m_errors = loaded.error();
        }
    }
    showProblems();
}

void FrameworkEditor::showProblems()
{
    m_errorList->clear();
    QList<CodeEdit::Mark> marks;
    QList<QTreeWidgetItem *> items;
    const auto add = [&](const Error &e, Severity severity) {
        const bool warning = severity == Severity::Warning;
        auto *item = new QTreeWidgetItem;
        item->setText(LineColumn, e.line > 0 ? QString::number(e.line) : QString());
        item->setText(ColumnColumn, e.column > 0 ? QString::number(e.column) : QString());
        item->setText(LocationColumn, e.pointer);
        item->setText(MessageColumn, e.message);
        item->setToolTip(MessageColumn, e.message);
        item->setToolTip(LocationColumn, e.pointer);
        item->setIcon(LineColumn, style()->standardIcon(warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxCritical));
        item->setToolTip(LineColumn, warning ? tr("Warning") : tr("Error"));
        item->setData(LineColumn, Qt::AccessibleTextRole,
                      e.line > 0 ? (warning ? tr("Warning, line %1") : tr("Error, line %1")).arg(e.line)
                                 : (warning ? tr("Warning") : tr("Error")));
        item->setData(LineColumn, SeverityRole, int(severity));
        item->setData(LineColumn, LineRole, e.line);
        item->setData(LineColumn, ColumnRole, e.column);
        item->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(ColumnColumn, Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
        if (e.line > 0)
            marks.append({e.line, e.column, warning});
    };
    for (const Error &e : std::as_const(m_errors))
        add(e, Severity::Error);
    for (const Error &e : std::as_const(m_warnings))
        add(e, Severity::Warning);
    m_errorList->addTopLevelItems(items);
    for (int column : {LineColumn, ColumnColumn, LocationColumn})
        m_errorList->resizeColumnToContents(column);
    m_editor->setMarks(marks);

    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    if (!m_hasDocument) {
        m_summary->setText(tr("No framework is open."));
        m_summaryIcon->clear();
        m_summaryIcon->setAccessibleName(QString());
        return;
    }
    const int errors = int(m_errors.size());
    const int warnings = int(m_warnings.size());
    if (m_framework) {
        const QString counts = tr("Valid: %1, %2, %3")
                                   .arg(tr("%n properties", nullptr, int(m_framework->properties.size())),
                                        tr("%n enablers", nullptr, int(m_framework->enablers.size())),
                                        tr("%n questions", nullptr, m_framework->questionCount()));
        if (warnings > 0) {
            m_summary->setText(tr("%1 — %n warning(s)", nullptr, warnings).arg(counts));
            icon = QStyle::SP_MessageBoxWarning;
        } else {
            m_summary->setText(counts);
        }
    } else {
        m_summary->setText(tr("%n problem(s)", nullptr, errors));
        icon = QStyle::SP_MessageBoxCritical;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_summaryIcon->setPixmap(style()->standardIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    m_errorList->setAccessibleDescription(m_summary->text());
}

void FrameworkEditor::goToProblem(const QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int line = item->data(LineColumn, LineRole).toInt();
    if (line <= 0)
        return;
    m_editor->goTo(line, item->data(LineColumn, ColumnRole).toInt());
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool FrameworkEditor::writeTo(const QString &path)
{
    validateNow(); // the pause after the last keystroke may not be over
    if (!m_errors.isEmpty() && !confirmInvalidSave()) {
        statusBar()->showMessage(tr("Not saved."), 5000);
        return false;
    }
    const QString shown = QDir::toNativeSeparators(path);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        showFailure(tr("The folder “%1” could not be created, so the framework was not saved. Choose another "
                       "folder.")
                        .arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    // In the data folder's frameworks folder, a temporary file that a crash leaves is removed at the next
    // start; elsewhere, Qt's own (unnamed on Linux) is used.
    const bool inDataFolder = QDir(folder).canonicalPath() == QDir(m_userFrameworksDir).canonicalPath();
    const auto written = writeFileAtomically(path, currentBytes(),
                                             inDataFolder ? TemporaryFile::Locked : TemporaryFile::Unnamed);
    if (!written) {
        showFailure(tr("The framework was not saved to “%1”: %2").arg(shown, written.error().message));
        return false;
    }
    m_failureBanner->hide();
    m_editor->document()->setModified(false);
    statusBar()->showMessage(tr("Saved to %1").arg(shown), 5000);
    return true;
}

bool FrameworkEditor::confirmInvalidSave()
{
    if (m_saveInvalidWithoutAsking)
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("Save a Framework with Problems?"),
        tr("This framework has %n problem(s). The application cannot use it until they are fixed.", nullptr,
           int(m_errors.size())),
        QMessageBox::NoButton, this);
    box.setObjectName(u"invalidSaveQuestion"_s);
    box.setInformativeText(tr("You can save it now and fix it later."));
    QPushButton *saveAnyway = box.addButton(tr("Save Anyway"), QMessageBox::AcceptRole);
    saveAnyway->setObjectName(u"saveAnywayButton"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == saveAnyway;
}

bool FrameworkEditor::maybeSave()
{
    if (!m_hasDocument || !m_editor->document()->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to “%1” before closing?").arg(QFileInfo(m_path).fileName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedChangesQuestion"_s);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void FrameworkEditor::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Framework"), m_userFrameworksDir,
                                                      tr("Framework files (*.json)"));
    if (!path.isEmpty())
        openFile(path);
}

void FrameworkEditor::showFailure(const QString &message)
{
    m_failureBanner->setText(message);
    m_failureBanner->show();
    statusBar()->showMessage(message);
}

void FrameworkEditor::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.beginGroup(u"FrameworkEditor"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    event->accept();
}

void FrameworkEditor::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_highlighter)
        applyTheme();
}

void FrameworkEditor::applyTheme()
{
    if (!m_highlighter)
        return; // the editor keeps its default marks
    const Highlighting::Marks marks = Highlighting::instance()->applyPalette(m_highlighter, palette());
    m_editor->setMarkColors(marks.error, marks.warning);
}

void FrameworkEditor::updateState()
{
    const bool readOnly = !m_hasDocument || m_builtIn;
    m_editor->setReadOnly(readOnly);
    if (readOnly) // keep a visible cursor that the keyboard and the problem list can move
        m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_readOnlyBanner->setVisible(m_hasDocument && m_builtIn);
    m_saveAction->setEnabled(m_hasDocument && !m_builtIn);
    m_saveCopyAction->setEnabled(m_hasDocument);
    m_pasteAction->setEnabled(!readOnly);
    m_cutAction->setEnabled(!readOnly && m_editor->textCursor().hasSelection());
    m_editor->setAccessibleDescription(readOnly && m_hasDocument ? tr("Read-only") : QString());
    updateTitle();
    updateCursorPosition();
}

void FrameworkEditor::updateTitle()
{
    if (!m_hasDocument)
        setWindowTitle(tr("Framework Editor[*]"));
    else if (m_builtIn)
        setWindowTitle(tr("%1 [read-only][*] — Framework Editor").arg(QFileInfo(m_path).fileName()));
    else
        setWindowTitle(tr("%1[*] — Framework Editor").arg(QFileInfo(m_path).fileName()));
    setWindowModified(m_editor->document()->isModified());
}

void FrameworkEditor::updateCursorPosition()
{
    if (!m_hasDocument) {
        m_cursorPosition->clear();
        return;
    }
    m_cursorPosition->setText(
        tr("Line %1, Column %2").arg(m_editor->textCursor().blockNumber() + 1).arg(m_editor->cursorColumn()));
}

QString FrameworkEditor::displayName() const
{
    return m_path.isEmpty() ? tr("untitled") : m_path;
}

QByteArray FrameworkEditor::currentBytes() const
{
    // Not toPlainText(): it turns no-break spaces into plain ones, which French texts need.
    QString text = m_editor->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    if (m_crlf)
        text.replace(QLatin1Char('\n'), u"\r\n"_s);
    return text.toUtf8();
}

} // namespace iia
