#pragma once

#include "error.h"
#include "interchange.h"
#include "library.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>
#include <QTimer>

#include <memory>

class QThread;
class QWidget;

namespace iia {

/// Imports .iia files into the library for the window, one after another, without ever stopping the
/// interface.
///
/// Each file is read, parsed and checked (Interchange::readFile, against a copy of the frameworks) on a
/// thread of the importer's own, and written there too, in one transaction, through a connection that thread
/// opens (Library::writeImport): a file of 64 MB takes seconds to check and to write. Between the two, back
/// on the interface thread, the user is asked what to do when the library already holds the assessment
/// (Library::planImport). A progress dialog appears when a file takes longer than kProgressDelayMs; its
/// Cancel abandons the file being read (nothing of it is imported) and the files waiting. A refusal is shown
/// with the file, line, column and JSON pointer of each problem.
class FileImporter : public QObject
{
    Q_OBJECT

public:
    /// Dialogs are shown over window, which also owns the importer.
    FileImporter(Library &library, QWidget *window);
    /// Waits for the importer's thread: a file being read is abandoned, one being written is finished.
    ~FileImporter() override;

    /// Adds files to the queue; they are imported in turn.
    void import(const QStringList &paths);
    /// True from import() until idle().
    bool isBusy() const { return m_stage != Stage::Idle; }
    /// Abandons the file being read and the files waiting. A file being written is finished (one
    /// transaction); only the files after it are dropped.
    void cancel();
    /// The progress dialog while it is shown (tests).
    QProgressDialog *progressDialog() const { return m_progress; }

    /// How long a file may take before the progress dialog appears.
    static constexpr int kProgressDelayMs = 200;

Q_SIGNALS:
    /// The assessment id, which may be open, is about to be replaced by the imported one.
    void aboutToReplace(const QString &id);
    /// path was imported as the assessment id.
    void imported(const QString &path, const QString &id, const QString &title);
    /// path was not imported; message is what the user was shown, empty when they declined or cancelled.
    void notImported(const QString &path, const QString &message);
    /// Nothing is left to import.
    void idle();

private:
    enum class Stage
    {
        Idle,
        Reading,
        Asking,
        Writing,
    };

    void next();
    void read(quint64 ticket, std::expected<IiaDocument, Errors> document);
    void write(IiaDocument document, ImportMode mode);
    void written(quint64 ticket, const Result<ImportResult> &result);
    /// Shows message in a box and goes on with the next file once it is closed.
    void refuse(const QString &objectName, const QString &message);
    void setProgress(const QString &label, bool cancellable);
    void showProgress();
    void closeProgress();
    void startThread();

    Library &m_library;
    QWidget *m_window;
    QThread *m_thread = nullptr;
    std::unique_ptr<QObject> m_worker; ///< lives in m_thread: the context of the work sent there
    Stage m_stage = Stage::Idle;
    QStringList m_queue;
    QString m_path;       ///< the file being imported
    quint64 m_ticket = 0; ///< the work sent to the thread with an older ticket was abandoned
    QString m_label;      ///< what the progress dialog says
    bool m_cancellable = false;
    QTimer m_progressDelay;
    QPointer<QProgressDialog> m_progress;
};

} // namespace iia
