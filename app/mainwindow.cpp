#include "mainwindow.h"

#include "report/exportdialog.h"

#include "assessment/assessmentview.h"
#include "assessment/draftpanel.h"
#include "charts/charts.h"
#include "charts/scoremodel.h"
#include "dailycare.h"
#include "document/assessmentdocument.h"
#include "frameworkeditor/frameworkeditor.h"
#include "frameworkeditor/messagebanner.h"
#include "language.h"
#include "library.h"
#include "library/backupsdialog.h"
#include "library/dailycarerunner.h"
#include "library/fileimporter.h"
#include "library/libraryrecovery.h"
#include "library/libraryview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QVBoxLayout>

namespace iia {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Library &library, const QString &language, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_language(language)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Internet Impact Assessment"));
    setAcceptDrops(true);

    // The read-only notice sits above whatever the window shows.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_readOnlyBanner = new MessageBanner(MessageBanner::Kind::Error, centre);
    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    m_readOnlyBanner->hide();
    m_careBanner = new MessageBanner(MessageBanner::Kind::Error, centre);
    m_careBanner->setObjectName(u"careBanner"_s);
    m_careBanner->setClosable(true);
    m_careBanner->hide();
    m_central = new QStackedWidget(centre);
    m_libraryView = new LibraryView(library, m_central);
    m_central->addWidget(m_libraryView);
    centreLayout->addWidget(m_readOnlyBanner);
    centreLayout->addWidget(m_careBanner);
    centreLayout->addWidget(m_central, 1);
    setCentralWidget(centre);

    m_chartsDock = new QDockWidget(tr("Charts"), this);
    m_chartsDock->setObjectName(u"chartsDock"_s);
    m_chartsDock->setAccessibleName(tr("Charts"));
    m_chartsDock->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    m_chartsDock->hide();

    m_careLabel = new QLabel(this);
    m_careLabel->setObjectName(u"careLabel"_s);
    m_careLabel->hide();
    statusBar()->addPermanentWidget(m_careLabel);
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(u"savedLabel"_s);
    statusBar()->addPermanentWidget(m_savedLabel);

    m_care = new DailyCareRunner(library.paths(), this);
    connect(m_care, &DailyCareRunner::stepStarted, this, [this](DailyCare::Step step) {
        m_careLabel->setText(step == DailyCare::Step::Check ? tr("Checking the library…")
                                                            : tr("Backing up the library…"));
        m_careLabel->show();
    });
    connect(m_care, &DailyCareRunner::finished, this, &MainWindow::dailyCareFinished);

    // The charts are built when the panel is first shown for an assessment.
    connect(m_chartsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || !m_assessmentView || m_chartsDock->widget())
            return;
        auto *tabs = new QTabWidget(m_chartsDock);
        tabs->setObjectName(u"chartsTabs"_s);
        tabs->addTab(createChart(report::ChartKind::Properties, m_assessmentView->scoreModel(), tabs),
                     tr("Critical properties"));
        tabs->addTab(createChart(report::ChartKind::Enablers, m_assessmentView->scoreModel(), tabs),
                     tr("Enablers"));
        m_chartsDock->setWidget(tabs);
    });
    connectLibraryView();

    m_importer = new FileImporter(library, this);
    connect(m_importer, &FileImporter::aboutToReplace, this, [this](const QString &id) {
        if (m_document && m_document->assessment().id == id)
            closeAssessment();
    });
    // Opened once the importer has moved on to the next file (queued): opening is the window's work, not
    // the import's.
    connect(
        m_importer, &FileImporter::imported, this,
        [this](const QString &, const QString &id, const QString &title) {
            m_libraryView->refresh();
            showMessage(tr("Imported “%1”.").arg(title));
            openAssessment(id);
        },
        Qt::QueuedConnection);

    createActions();
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    if (!settings.contains(u"window/geometry"_s))
        resize(1280, 820);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_chartsDock->hide(); // shown when an assessment opens
    updateActions();
    showReadOnly();
}

void MainWindow::connectLibraryView()
{
    connect(m_libraryView, &LibraryView::openRequested, this, &MainWindow::openAssessment);
    connect(m_libraryView, &LibraryView::newRequested, this, &MainWindow::newAssessment);
    connect(m_libraryView, &LibraryView::importRequested, this, &MainWindow::importFiles);
    connect(m_libraryView, &LibraryView::exportRequested, this, &MainWindow::exportAssessment);
    connect(m_libraryView, &LibraryView::exampleRequested, this, &MainWindow::openExample);
    connect(m_libraryView, &LibraryView::message, this, &MainWindow::showMessage);
    // Once the window is up: the frameworks are read, so that the first assessment opens without waiting for
    // them, and the day's check and backup start.
    connect(m_libraryView, &LibraryView::firstPainted, this, [this] {
        (void)m_library.frameworks();
        startDailyCare();
    });
}

void MainWindow::switchLanguage(const QString &code)
{
    language::setSetting(code);
    retranslate(language::apply(code.isEmpty() ? language::preferred() : code));
}

void MainWindow::retranslate(const QString &languageCode)
{
    // Everything is built again in the new language; the library holds all state, so nothing is lost.
    const QString openId = m_document ? m_document->assessment().id : QString();
    const int step = m_assessmentView ? m_assessmentView->currentStep() : -1;
    const bool chartsVisible = m_chartsDock->isVisible();
    const QString selected = m_libraryView->currentId();
    closeAssessment();
    m_language = languageCode;

    const QList<QMenu *> menus = menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    qDeleteAll(menus);
    createActions();

    m_central->removeWidget(m_libraryView);
    delete m_libraryView;
    m_libraryView = new LibraryView(m_library, m_central);
    m_central->insertWidget(0, m_libraryView);
    m_central->setCurrentWidget(m_libraryView);
    connectLibraryView();
    if (!selected.isEmpty())
        m_libraryView->selectId(selected);

    delete m_chartsDock->widget();
    m_chartsDock->setWindowTitle(tr("Charts"));
    m_chartsDock->setAccessibleName(tr("Charts"));
    setWindowTitle(tr("Internet Impact Assessment"));
    m_savedLabel->clear();
    showReadOnly();
    updateActions();
    if (!openId.isEmpty() && openAssessment(openId)) {
        if (step >= 0)
            m_assessmentView->goToStep(step);
        m_chartsDock->setVisible(chartsVisible);
    }
}

MainWindow::~MainWindow()
{
    // Pages refer to the document: destroy them first.
    delete m_assessmentView;
    m_assessmentView = nullptr;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto add = [this](QMenu *menu, const QString &text, const QString &name, const QKeySequence &key,
                      auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add(file, tr("&New Assessment…"), u"actionNew"_s, QKeySequence::New, &MainWindow::newAssessment);
    add(file, tr("&Import .iia Files…"), u"actionImport"_s, QKeySequence(u"Ctrl+I"_s),
        &MainWindow::importFiles);
    m_export = add(file, tr("&Export Brief…"), u"actionExport"_s, QKeySequence(u"Ctrl+E"_s), [this] {
        if (m_document)
            exportAssessments({m_document->assessment().id});
        else
            exportAssessments(m_libraryView->selectedIds());
    });
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(u"menuRecent"_s);
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        const auto rows = m_library.store().list();
        if (!rows || rows->isEmpty()) {
            recent->addAction(tr("No assessments yet"))->setEnabled(false);
            return;
        }
        for (qsizetype i = 0; i < std::min<qsizetype>(rows->size(), 8); ++i) {
            const AssessmentSummary &row = rows->at(i);
            QAction *a = recent->addAction(tr("&%1 %2").arg(i + 1).arg(row.title));
            connect(a, &QAction::triggered, this, [this, id = row.id] { openAssessment(id); });
        }
    });
    add(file, tr("Open the &Worked Example"), u"actionExample"_s, QKeySequence(), &MainWindow::openExample);
    file->addSeparator();
    add(file, tr("&Framework Editor"), u"actionFrameworkEditor"_s, QKeySequence(),
        &MainWindow::showFrameworkEditor);
    add(file, tr("&Backups…"), u"actionBackups"_s, QKeySequence(), &MainWindow::showBackups);
    file->addSeparator();
    m_close = add(file, tr("&Back to the Library"), u"actionClose"_s, QKeySequence::Close,
                  &MainWindow::closeAssessment);
    add(file, tr("&Quit"), u"actionQuit"_s, QKeySequence::Quit, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = add(edit, tr("&Undo"), u"actionUndo"_s, QKeySequence::Undo, [this] {
        if (m_document) {
            m_assessmentView->flush();
            m_document->undoStack()->undo();
        }
    });
    m_redo = add(edit, tr("&Redo"), u"actionRedo"_s, QKeySequence::Redo, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_next = add(go, tr("&Next Step"), u"actionNext"_s, QKeySequence(u"Ctrl+PgDown"_s), [this] {
        if (m_assessmentView)
            m_assessmentView->next();
    });
    m_back = add(go, tr("&Previous Step"), u"actionBack"_s, QKeySequence(u"Ctrl+PgUp"_s), [this] {
        if (m_assessmentView)
            m_assessmentView->back();
    });
    m_summary = add(go, tr("&Summary"), u"actionSummary"_s, QKeySequence(u"Ctrl+Shift+S"_s), [this] {
        if (m_assessmentView)
            m_assessmentView->goToStep(m_assessmentView->stepOf(u"summary"_s));
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *charts = m_chartsDock->toggleViewAction();
    charts->setObjectName(u"actionCharts"_s);
    charts->setShortcut(QKeySequence(u"F9"_s));
    view->addAction(charts);
    view->addSeparator();
    QMenu *languages = view->addMenu(tr("&Language"));
    languages->setObjectName(u"menuLanguage"_s);
    auto *group = new QActionGroup(languages);
    auto addLanguage = [this, languages, group](const QString &code, const QString &text) {
        QAction *a = languages->addAction(text);
        a->setObjectName(u"actionLanguage_"_s + (code.isEmpty() ? u"system"_s : code));
        a->setCheckable(true);
        a->setChecked(language::setting() == code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { switchLanguage(code); });
    };
    addLanguage(QString(), tr("System Default"));
    languages->addSeparator();
    for (const QString &code : language::available())
        addLanguage(code, language::nativeName(code));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&About Internet Impact Assessment"), u"actionAbout"_s, QKeySequence(),
        &MainWindow::showAbout);
    add(help, tr("About &Qt"), u"actionAboutQt"_s, QKeySequence(), [] { QApplication::aboutQt(); });
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    m_close->setEnabled(open);
    m_next->setEnabled(open);
    m_back->setEnabled(open);
    m_summary->setEnabled(open);
    m_undo->setEnabled(open && m_document->undoStack()->canUndo());
    m_redo->setEnabled(open && m_document->undoStack()->canRedo());
    if (open) {
        m_undo->setText(tr("&Undo %1").arg(m_document->undoStack()->undoText()));
        m_redo->setText(tr("&Redo %1").arg(m_document->undoStack()->redoText()));
    }
}

bool MainWindow::openAssessment(const QString &id)
{
    auto loaded = m_library.load(id);
    if (!loaded) {
        QMessageBox::warning(this, tr("Open an Assessment"), loaded.error().message);
        return false;
    }
    if (!m_library.frameworkFor(*loaded)) {
        QMessageBox::warning(
            this, tr("Open an Assessment"),
            tr("This assessment uses the framework “%1”, which is not installed. Add its file to "
               "the frameworks folder (%2) and try again.")
                .arg(loaded->frameworkId, m_library.paths().frameworksDir()));
        return false;
    }
    closeAssessment();
    m_document = std::make_unique<AssessmentDocument>(m_library, std::move(*loaded));
    m_assessmentView = new AssessmentView(*m_document, m_language, m_central);
    m_central->addWidget(m_assessmentView);
    m_central->setCurrentWidget(m_assessmentView);

    m_chartsDock->setVisible(QSettings().value(u"window/chartsVisible"_s, false).toBool());

    QSettings settings;
    m_assessmentView->splitter()->restoreState(settings.value(u"window/assessmentSplitter"_s).toByteArray());

    connect(m_document.get(), &AssessmentDocument::saved, this, [this](const QDateTime &when) {
        m_savedLabel->setText(
            tr("All changes saved at %1").arg(QLocale().toString(when.time(), QLocale::ShortFormat)));
    });
    connect(m_document.get(), &AssessmentDocument::failed, this, [this](const QString &message) {
        m_savedLabel->setText(tr("Not saved"));
        QMessageBox::warning(this, tr("Could Not Save"),
                             tr("The last change could not be saved, so it was not made: %1").arg(message));
    });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_assessmentView, &AssessmentView::message, this, &MainWindow::showMessage);
    m_savedLabel->setText(tr("Saved"));
    setWindowTitle(tr("%1 — Internet Impact Assessment").arg(m_document->assessment().caseInfo.title));
    updateActions();
    return true;
}

void MainWindow::closeAssessment()
{
    if (!m_document)
        return;
    m_assessmentView->flush();
    QSettings settings;
    settings.setValue(u"window/assessmentSplitter"_s, m_assessmentView->splitter()->saveState());
    settings.setValue(u"window/chartsVisible"_s, m_chartsDock->isVisible());
    const QString id = m_document->assessment().id;
    m_chartsDock->hide();
    delete m_chartsDock->widget();
    delete m_assessmentView;
    m_assessmentView = nullptr;
    m_document.reset();
    m_central->setCurrentWidget(m_libraryView);
    m_libraryView->refresh();
    m_libraryView->selectId(id);
    m_savedLabel->clear();
    setWindowTitle(tr("Internet Impact Assessment"));
    updateActions();
}

void MainWindow::newAssessment()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New Assessment"));
    auto *title = new QLineEdit(&dialog);
    title->setObjectName(u"newTitle"_s);
    title->setAccessibleName(tr("Title"));
    title->setPlaceholderText(tr("e.g. Draft law on network usage fees"));
    auto *framework = new QComboBox(&dialog);
    framework->setObjectName(u"newFramework"_s);
    framework->setAccessibleName(tr("Framework"));
    for (const FrameworkPtr &f : m_library.frameworks().frameworks())
        framework->addItem(
            tr("%1 (version %2)").arg(f->name.text(m_language, f->defaultLanguage), f->version), f->key());
    framework->setCurrentIndex(
        std::max(0, framework->findData(m_library.frameworks().defaultFramework()->key())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(title, &QLineEdit::textChanged, &dialog, [buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Title"), title);
    form->addRow(tr("&Framework"), framework);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    FrameworkPtr chosen;
    for (const FrameworkPtr &f : m_library.frameworks().frameworks()) {
        if (f->key() == framework->currentData().toString())
            chosen = f;
    }
    auto created = m_library.create(title->text(), chosen);
    if (!created) {
        QMessageBox::warning(this, tr("New Assessment"), created.error().message);
        return;
    }
    m_libraryView->refresh();
    openAssessment(created->id);
}

void MainWindow::openFiles(const QStringList &paths)
{
    m_importer->import(paths);
}

void MainWindow::importFiles()
{
    openFiles(QFileDialog::getOpenFileNames(this, tr("Import Assessments"), QString(),
                                            tr("Internet Impact Assessments (*.iia)")));
}

void MainWindow::exportAssessment(const QString &id)
{
    exportAssessments({id});
}

void MainWindow::exportAssessments(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    if (m_assessmentView)
        m_assessmentView->flush();
    ExportDialog dialog(m_library, ids, this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("Exported to %1.").arg(dialog.destination()));
}

void MainWindow::openExample()
{
    const QString resource = u":/iia/examples/network-usage-fees.iia"_s;
    auto doc = Interchange::readFile(resource, m_library.frameworks());
    if (!doc)
        return;
    const QString id = doc->assessment.id;
    auto existing = m_library.store().summary(id);
    if (existing && existing->has_value() && !existing->value().deleted.isValid()) {
        openAssessment(id);
        return;
    }
    if (existing && existing->has_value())
        m_library.store().restoreFromTrash(id);
    else if (auto r = m_library.importDocument(std::move(*doc), ImportMode::Refuse, resource); !r) {
        QMessageBox::warning(this, tr("Worked Example"), r.error().message);
        return;
    }
    m_libraryView->refresh();
    openAssessment(id);
}

void MainWindow::showFrameworkEditor()
{
    if (!m_frameworkEditor) {
        m_frameworkEditor = new FrameworkEditor(m_library.paths().frameworksDir(), this);
        m_frameworkEditor->setAttribute(Qt::WA_DeleteOnClose);
        m_frameworkEditor->setWindowFlag(Qt::Window);
        m_frameworkEditor->openBuiltIn(u":/iia/frameworks/iiat.framework.json"_s);
        connect(m_frameworkEditor, &FrameworkEditor::frameworkSaved, this, [this](const QString &path) {
            m_library.reloadFrameworks();
            showMessage(
                tr("Framework saved to %1; new assessments can use it.").arg(QDir::toNativeSeparators(path)));
        });
    }
    m_frameworkEditor->show();
    m_frameworkEditor->raise();
    m_frameworkEditor->activateWindow();
}

FrameworkEditor *MainWindow::frameworkEditor() const
{
    return m_frameworkEditor;
}

void MainWindow::showReadOnly()
{
    if (!m_library.isReadOnly()) {
        m_readOnlyBanner->hide();
        return;
    }
    m_readOnlyBanner->setText(tr("<b>The library is open read-only: you can read everything, but no change "
                                 "can be saved.</b> %1")
                                  .arg(m_library.readOnlyReason().toHtmlEscaped()));
    m_readOnlyBanner->show();
    for (const QString &name : {u"actionNew"_s, u"actionImport"_s, u"actionExample"_s})
        findChild<QAction *>(name)->setEnabled(false);
    m_libraryView->setReadOnly(true);
}

void MainWindow::showBackups()
{
    if (!m_backupsDialog) {
        m_backupsDialog = new BackupsDialog(m_library.backups(), !m_library.isReadOnly(), this);
        m_backupsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_backupsDialog, &BackupsDialog::restoreRequested, this, &MainWindow::restoreBackup);
    }
    m_backupsDialog->show();
    m_backupsDialog->raise();
    m_backupsDialog->activateWindow();
}

BackupsDialog *MainWindow::backupsDialog() const
{
    return m_backupsDialog;
}

bool MainWindow::restoreBackup(const QString &name)
{
    m_care->stop(); // its connection would keep the library open
    closeAssessment();
    auto restored = m_library.restoreBackup(name);
    if (!libraryReplaced(tr("Restore a Backup"), restored ? QString() : restored.error().message))
        return false;
    if (!restored) {
        QMessageBox::warning(this, tr("Restore a Backup"), restored.error().message);
        return false;
    }
    showMessage(
        restored->previous
            ? tr("Backup restored; the library as it was is kept as the backup taken %1.")
                  .arg(QLocale().toString(restored->previous->created.toLocalTime(), QLocale::ShortFormat))
            : tr("Backup restored."));
    return true;
}

bool MainWindow::libraryReplaced(const QString &title, const QString &why)
{
    if (!m_library.isOpen()) {
        QMessageBox::critical(
            this, title, tr("The library could not be opened again, so the application closes: %1").arg(why));
        QApplication::exit(1);
        return false;
    }
    m_libraryView->refresh();
    if (m_backupsDialog)
        m_backupsDialog->reload();
    showReadOnly();
    return true;
}

void MainWindow::startDailyCare()
{
    if (m_careAsked)
        return;
    m_careAsked = true;
    if (DailyCare::isDue(m_library.store(), m_library.paths()))
        m_care->start();
}

void MainWindow::dailyCareFinished(const CareReport &report)
{
    m_careLabel->hide();
    switch (report.outcome) {
    case CareReport::Outcome::Cancelled: return;
    case CareReport::Outcome::Damaged: recoverFromDamage(report); return;
    case CareReport::Outcome::Done: break;
    }
    if (!report.warnings.isEmpty()) {
        QStringList lines;
        for (const Error &e : report.warnings)
            lines.append(e.message.toHtmlEscaped());
        lines.append(
            tr("Your work is saved in the library as usual; this is tried again at the next start."));
        m_careBanner->setText(lines.join(u"<br>"_s));
        m_careBanner->show();
    } else if (report.backup) {
        showMessage(report.checked ? tr("The library was checked and backed up.")
                                   : tr("The library was backed up."));
    } else if (report.checked) {
        showMessage(tr("The library was checked."));
    }
    if (report.backup && m_backupsDialog)
        m_backupsDialog->reload();
}

void MainWindow::recoverFromDamage(const CareReport &report)
{
    closeAssessment();
    auto *box = makeRecoveryBox(report.damage, report.latest, this).release();
    box->setWindowTitle(tr("The Library Is Damaged"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    const QString latest = report.latest ? report.latest->name : QString();
    connect(box, &QMessageBox::finished, this, [this, box, latest] {
        const RecoveryChoice choice = recoveryChoice(*box);
        if (choice == RecoveryChoice::Quit) {
            close();
            return;
        }
        closeAssessment(); // one may have been opened while the question waited
        auto replaced =
            m_library.replaceDamaged(choice == RecoveryChoice::RestoreLatest ? latest : QString());
        if (!libraryReplaced(tr("The Library Is Damaged"), replaced ? QString() : replaced.error().message))
            return;
        if (!replaced) {
            QMessageBox::warning(this, tr("The Library Is Damaged"), replaced.error().message);
            return;
        }
        const QString where = QDir::toNativeSeparators(*replaced);
        showMessage(
            choice == RecoveryChoice::RestoreLatest
                ? tr("The latest backup was put back; the damaged library was moved to “%1”.").arg(where)
                : tr("A new, empty library was started; the damaged one was moved to “%1”.").arg(where));
    });
    box->open();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::showAbout()
{
    const FrameworkPtr fw = m_library.frameworks().defaultFramework();
    QString sources;
    for (const Source &s : fw->sources)
        sources += u"<li>%1<br><small>%2</small></li>"_s.arg(
            s.title.text(m_language, fw->defaultLanguage).toHtmlEscaped(), s.url.toHtmlEscaped());
    QMessageBox::about(this, tr("About Internet Impact Assessment"),
                       tr("<h3>Internet Impact Assessment %1</h3>"
                          "<p>Assess a proposed policy against the Internet Way of Networking and the "
                          "enablers of an open, globally "
                          "connected, secure and trustworthy Internet.</p>")
                               .arg(QApplication::applicationVersion()) +
                           u"<p>"_s + fw->credit.text(m_language, fw->defaultLanguage).toHtmlEscaped() +
                           u"</p><ul>"_s + sources + u"</ul><p>"_s +
                           tr("The scoring method is our own; the toolkit defines no number. The application "
                              "never connects to "
                              "the network.") +
                           u"</p>"_s);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_assessmentView) {
        m_assessmentView->flush();
        QSettings settings;
        settings.setValue(u"window/assessmentSplitter"_s, m_assessmentView->splitter()->saveState());
        settings.setValue(u"window/chartsVisible"_s, m_chartsDock->isVisible());
        settings.setValue(u"window/lastAssessment"_s, m_document->assessment().id);
    } else {
        QSettings().remove(u"window/lastAssessment"_s);
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    if (m_frameworkEditor && !m_frameworkEditor->close()) {
        event->ignore();
        return;
    }
    m_importer->cancel(); // a file being read is abandoned; one being written is finished
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".iia"_s, Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    openFiles(paths);
}

} // namespace iia
