#include "exportdialog.h"

#include "briefdocument.h"
#include "language.h"
#include "library.h"
#include "reportcharts.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iia {

ExportDialog::ExportDialog(const Library &library, QStringList ids, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_exporter(library)
    , m_ids(std::move(ids))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(m_ids.size() == 1 ? tr("Export Brief")
                                     : tr("Export %n Assessments", nullptr, int(m_ids.size())));
    setAccessibleName(windowTitle());
    QSettings settings;

    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->setAccessibleName(tr("Format"));
    for (const ReportFormatInfo &info : reportFormats())
        m_format->addItem(info.name + u"  (."_s + info.extension + u')', int(info.format));
    m_format->setCurrentIndex(qMax(0, m_format->findData(settings.value(u"export/format"_s, 0).toInt())));

    m_language = new QComboBox(this);
    m_language->setObjectName(u"exportLanguage"_s);
    m_language->setAccessibleName(tr("Language of the brief"));
    m_language->setAccessibleDescription(
        tr("The brief can be written in another language than the interface's."));
    const QStringList languages =
        m_ids.isEmpty() ? QStringList{u"en"_s} : m_exporter.languagesFor(m_ids.first());
    for (const QString &code : languages)
        m_language->addItem(language::nativeName(code) + u" ("_s + code + u')', code);
    const QString interfaceLanguage = QLocale().name().section(u'_', 0, 0);
    const QString wanted = settings.value(u"export/language"_s, interfaceLanguage).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(wanted)));

    m_destination = new QLineEdit(this);
    m_destination->setObjectName(u"exportDestination"_s);
    m_destination->setAccessibleName(m_ids.size() == 1 ? tr("File to write") : tr("Folder to write into"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(u"exportBrowse"_s);
    browseButton->setAccessibleName(tr("Choose where to save"));
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    m_languageLabel = new QLabel(tr("&Language:"), this);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);
    auto *destinationLabel = new QLabel(m_ids.size() == 1 ? tr("&Save as:") : tr("&Save into:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationRow);

    m_preview = new QTextEdit(this);
    m_preview->setObjectName(u"exportPreview"_s);
    m_preview->setAccessibleName(tr("Preview of the brief"));
    m_preview->setReadOnly(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    // The preview shows the brief as printed: dark text on white, whatever the palette.
    QPalette paper = m_preview->palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    m_preview->setPalette(paper);
    // The preview wraps at its width, charts included, so there is never anything to scroll sideways. While
    // Qt lays a long document out in steps it reports the width of an earlier layout for a while, and a
    // right-to-left view counts its offset from the end of that range: an Arabic brief was drawn off to one
    // side until the layout finished. Keep the range empty.
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QScrollBar *sideways = m_preview->horizontalScrollBar();
    connect(sideways, &QScrollBar::rangeChanged, this, [sideways](int, int maximum) {
        if (maximum != 0)
            sideways->setRange(0, 0);
    });
    m_previewNote = new QLabel(this);
    m_previewNote->setObjectName(u"exportPreviewNote"_s);
    m_previewNote->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setAccessibleName(tr("Export"));
    exportButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"exportCancel"_s);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewNote);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_destination, &QLineEdit::textEdited, this, [this] { m_destinationEdited = true; });
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    resize(settings.value(u"export/size"_s, QSize(760, 720)).toSize());
    formatChanged();
}

ExportDialog::~ExportDialog()
{
    // The document draws with the charts: drop it first.
    m_preview->setDocument(nullptr);
    m_document.reset();
    QSettings().setValue(u"export/size"_s, size());
}

ReportFormat ExportDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

QString ExportDialog::language() const
{
    return m_language->currentData().toString();
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(path);
    m_destinationEdited = true;
}

QString ExportDialog::defaultDestination() const
{
    QString folder = QSettings().value(u"export/folder"_s).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (m_ids.size() != 1)
        return QDir::toNativeSeparators(folder);
    return QDir::toNativeSeparators(QDir(folder).filePath(m_exporter.fileNameFor(m_ids.first(), format())));
}

void ExportDialog::formatChanged()
{
    const bool iia = format() == ReportFormat::Iia;
    m_language->setEnabled(!iia);
    m_languageLabel->setEnabled(!iia);
    if (!m_destinationEdited) {
        m_destination->setText(defaultDestination());
    } else if (m_ids.size() == 1) {
        // Keep the chosen folder and name; follow the format's extension.
        QFileInfo info(destination());
        m_destination->setText(QDir::toNativeSeparators(
            info.dir().filePath(info.completeBaseName() + u'.' + reportFormatInfo(format()).extension)));
    }
    updatePreview();
}

void ExportDialog::updatePreview()
{
    m_preview->setDocument(nullptr);
    m_document.reset();
    m_charts.reset();
    if (m_ids.isEmpty())
        return;
    const QString id = m_ids.first();
    auto brief = m_exporter.brief(id, language());
    if (!brief) {
        m_previewNote->setText(brief.error().message);
        return;
    }
    auto assessment = m_library.load(id);
    const FrameworkPtr framework = assessment ? m_library.frameworkFor(*assessment) : nullptr;
    if (framework)
        m_charts = ReportCharts::make(framework, m_library.score(*assessment), language());
    m_document = BriefDocument::build(*brief, m_charts.get());
    m_document->setDocumentMargin(12); // a page has margins of its own; on screen the text needs some room
    // The direction first: set after the document, it left a right-to-left brief laid out for the old one.
    m_preview->setLayoutDirection(brief->direction);
    m_preview->setDocument(m_document.get());
    QString note =
        format() == ReportFormat::Iia
            ? tr("A .iia file holds the whole assessment and its history, for another copy of this "
                 "application. The brief it contains:")
            : tr("The brief as it will be exported:");
    if (m_ids.size() > 1)
        note += u' ' + tr("(the first of %n assessments)", nullptr, int(m_ids.size()));
    m_previewNote->setText(note);
}

void ExportDialog::browse()
{
    QString path;
    if (m_ids.size() == 1) {
        const ReportFormatInfo info = reportFormatInfo(format());
        path = QFileDialog::getSaveFileName(this, tr("Export Brief"), destination(),
                                            info.name + u" (*."_s + info.extension + u')');
    } else {
        path = QFileDialog::getExistingDirectory(this, tr("Export into Folder"), destination());
    }
    if (!path.isEmpty())
        setDestination(QDir::toNativeSeparators(path));
}

bool ExportDialog::exportNow()
{
    const QString target = QDir::fromNativeSeparators(destination());
    if (target.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Say where to save the export."));
        return false;
    }
    if (m_ids.size() == 1) {
        if (QFileInfo(target).isDir()) {
            QMessageBox::warning(
                this, windowTitle(),
                tr("“%1” is a folder. Add a file name.").arg(QDir::toNativeSeparators(target)));
            return false;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto r = m_exporter.exportTo(m_ids.first(), format(), language(), target);
        QApplication::restoreOverrideCursor();
        if (!r) {
            QMessageBox::warning(
                this, windowTitle(),
                tr("The brief was not exported, and no file was changed.\n\n%1").arg(r.error().message));
            return false;
        }
        QSettings().setValue(u"export/folder"_s, QFileInfo(target).absolutePath());
        return true;
    }

    if (!QDir().mkpath(target)) {
        QMessageBox::warning(
            this, windowTitle(),
            tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(target)));
        return false;
    }
    QProgressDialog progress(tr("Exporting…"), tr("Stop"), 0, int(m_ids.size()), this);
    progress.setObjectName(u"exportProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QSet<QString> used;
    int done = 0;
    for (const QString &id : std::as_const(m_ids)) {
        if (progress.wasCanceled())
            break;
        const QString name = m_exporter.uniqueFileNameFor(id, format(), used);
        progress.setLabelText(tr("Exporting %1 of %2: %3").arg(done + 1).arg(m_ids.size()).arg(name));
        QCoreApplication::processEvents();
        if (auto r = m_exporter.exportTo(id, format(), language(), QDir(target).filePath(name)); !r) {
            progress.cancel();
            QMessageBox::warning(
                this, windowTitle(),
                tr("Exporting stopped after %n file(s): “%1” could not be written.\n\n%2", nullptr, done)
                    .arg(name, r.error().message));
            return false;
        }
        progress.setValue(++done);
    }
    QSettings().setValue(u"export/folder"_s, target);
    return true;
}

void ExportDialog::accept()
{
    QSettings settings;
    settings.setValue(u"export/format"_s, int(format()));
    settings.setValue(u"export/language"_s, language());
    if (exportNow())
        QDialog::accept();
}

} // namespace iia
