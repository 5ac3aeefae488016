#include "fileimporter.h"

#include "store.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

namespace iia {

using namespace Qt::StringLiterals;

FileImporter::FileImporter(Library &library, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_window(window)
{
    m_progressDelay.setSingleShot(true);
    m_progressDelay.setInterval(kProgressDelayMs);
    connect(&m_progressDelay, &QTimer::timeout, this, &FileImporter::showProgress);
}

FileImporter::~FileImporter()
{
    ++m_ticket; // what the thread still reports is for nobody
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
    m_worker.reset(); // its thread has finished: nothing else can touch it
}

void FileImporter::startThread()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"iia-import"_s);
    m_worker = std::make_unique<QObject>();
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

void FileImporter::import(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_queue.append(paths);
    if (m_stage == Stage::Idle)
        next();
}

void FileImporter::cancel()
{
    m_queue.clear();
    if (m_stage != Stage::Reading)
        return; // a question is answered by its box; a write is one transaction and finishes
    ++m_ticket;
    const QString path = m_path;
    Q_EMIT notImported(path, QString());
    next();
}

void FileImporter::next()
{
    closeProgress();
    if (m_queue.isEmpty()) {
        m_stage = Stage::Idle;
        m_path.clear();
        Q_EMIT idle();
        return;
    }
    m_path = m_queue.takeFirst();
    m_stage = Stage::Reading;
    const quint64 ticket = ++m_ticket;
    setProgress(tr("Reading and checking “%1”…").arg(QFileInfo(m_path).fileName()), true);
    startThread();
    // The thread works on copies: the path, and the frameworks (shared, immutable), which the window may load
    // again meanwhile. It reports back through an event to this object, which outlives it (~FileImporter).
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, ticket, path = m_path, frameworks = m_library.frameworks()] {
            std::expected<IiaDocument, Errors> document = Interchange::readFile(path, frameworks);
            QMetaObject::invokeMethod(
                this,
                [this, ticket, document = std::move(document)]() mutable {
                    read(ticket, std::move(document));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void FileImporter::read(quint64 ticket, std::expected<IiaDocument, Errors> document)
{
    if (ticket != m_ticket)
        return; // cancelled
    const QString fileName = QFileInfo(m_path).fileName();
    if (!document) {
        QStringList lines;
        for (const Error &e : document.error().mid(0, 12))
            lines.append(e.toString());
        refuse(u"importRefused"_s, tr("%1 could not be imported. Nothing was changed in your library.\n\n%2")
                                       .arg(fileName, lines.join(u'\n')));
        return;
    }
    auto existing = m_library.store().summary(document->assessment.id);
    if (!existing || !existing->has_value()) {
        write(std::move(*document), ImportMode::Refuse); // a failed look-up is reported by the write
        return;
    }
    m_stage = Stage::Asking;
    closeProgress();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Import"),
        tr("Your library already holds “%1”. Replace it with the version in %2, or keep both?")
            .arg(existing->value().title, fileName),
        QMessageBox::Cancel, m_window);
    box->setObjectName(u"importConflict"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    replace->setObjectName(u"importReplace"_s);
    QPushButton *copy = box->addButton(tr("&Keep Both"), QMessageBox::AcceptRole);
    copy->setObjectName(u"importKeepBoth"_s);
    connect(box, &QMessageBox::finished, this,
            [this, box, replace, copy, ticket, doc = std::move(*document)]() mutable {
                if (ticket != m_ticket)
                    return;
                if (box->clickedButton() == replace) {
                    write(std::move(doc), ImportMode::Replace);
                } else if (box->clickedButton() == copy) {
                    write(std::move(doc), ImportMode::Copy);
                } else {
                    Q_EMIT notImported(m_path, QString());
                    next();
                }
            });
    box->open();
}

void FileImporter::write(IiaDocument document, ImportMode mode)
{
    auto plan = m_library.planImport(std::move(document), mode, m_path);
    if (!plan) {
        refuse(u"importFailed"_s, plan.error().message);
        return;
    }
    if (plan->result.replaced)
        Q_EMIT aboutToReplace(plan->result.id);
    const quint64 ticket = m_ticket;
    if (m_library.isReadOnly()) {
        // Refused at once, with the reason the library is read-only.
        written(ticket, Library::writeImport(m_library.store(), std::move(*plan)));
        return;
    }
    m_stage = Stage::Writing;
    setProgress(tr("Saving “%1” in the library…").arg(QFileInfo(m_path).fileName()), false);
    // A connection of the thread's own: Qt's SQL connections belong to the thread that made them. It waits
    // for the window's connection when that is writing (busy timeout), as the window waits for it.
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, ticket, file = m_library.paths().libraryFile(), plan = std::move(*plan)]() mutable {
            Result<ImportResult> result = [&]() -> Result<ImportResult> {
                auto store = Store::open(file);
                if (!store)
                    return fail(store.error());
                return Library::writeImport(**store, std::move(plan));
            }();
            QMetaObject::invokeMethod(
                this, [this, ticket, result = std::move(result)] { written(ticket, result); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void FileImporter::written(quint64 ticket, const Result<ImportResult> &result)
{
    if (ticket != m_ticket)
        return;
    if (!result) {
        refuse(u"importFailed"_s, result.error().message);
        return;
    }
    m_library.importWritten(*result);
    Q_EMIT imported(m_path, result->id, result->title);
    next();
}

void FileImporter::refuse(const QString &objectName, const QString &message)
{
    m_stage = Stage::Asking;
    closeProgress();
    Q_EMIT notImported(m_path, message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), message, QMessageBox::Ok, m_window);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const quint64 ticket = m_ticket;
    connect(box, &QMessageBox::finished, this, [this, ticket] {
        if (ticket == m_ticket)
            next();
    });
    box->open();
}

void FileImporter::setProgress(const QString &label, bool cancellable)
{
    m_label = label;
    m_cancellable = cancellable;
    if (!m_progress) {
        if (!m_progressDelay.isActive())
            m_progressDelay.start();
        return;
    }
    m_progress->setLabelText(label);
    if (!cancellable)
        m_progress->setCancelButton(nullptr);
}

void FileImporter::showProgress()
{
    if (m_progress || (m_stage != Stage::Reading && m_stage != Stage::Writing))
        return;
    // Made when it is needed, and shown at once: a dialog for a file read in a moment would only flicker.
    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setAccessibleName(tr("Import"));
    m_progress->setLabelText(m_label);
    m_progress->setRange(0, 0); // busy: reading and checking have no measurable steps
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setWindowModality(Qt::WindowModal);
    if (!m_cancellable)
        m_progress->setCancelButton(nullptr);
    connect(m_progress, &QProgressDialog::canceled, this, &FileImporter::cancel);
    m_progress->show();
}

void FileImporter::closeProgress()
{
    m_progressDelay.stop();
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
}

} // namespace iia
