#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QStackedWidget;
class QDockWidget;
class QAction;

namespace iia {

class Library;
class LibraryView;
class AssessmentView;
class AssessmentDocument;
class FrameworkEditor;
class MessageBanner;
class BackupsDialog;
class FileImporter;
class DailyCareRunner;
struct CareReport;

/// The application window: the library (start screen) or one open assessment, with the charts panel,
/// menus, undo and redo, import and export, and a status bar that says when the last edit was saved.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Library &library, const QString &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens an assessment of the library; returns false (and says why) when it cannot be loaded.
    bool openAssessment(const QString &id);
    void closeAssessment();
    /// Imports .iia files (asking what to do when one is already in the library) and opens each imported
    /// assessment. Returns at once: the files are read, checked and written on the importer's thread.
    void openFiles(const QStringList &paths);
    FileImporter *importer() const { return m_importer; }
    AssessmentView *assessmentView() const { return m_assessmentView; }
    LibraryView *libraryView() const { return m_libraryView; }
    QDockWidget *chartsDock() const { return m_chartsDock; }
    void openExample();
    void showFrameworkEditor();
    FrameworkEditor *frameworkEditor() const;
    /// The list of backups, with Restore.
    void showBackups();
    BackupsDialog *backupsDialog() const;
    /// Puts the backup called name back (the caller has asked), closing the open assessment first, and
    /// reads the library again; returns false (and says why) when it failed.
    bool restoreBackup(const QString &name);
    /// The notice shown while the library is read-only.
    MessageBanner *readOnlyBanner() const { return m_readOnlyBanner; }
    /// The day's check and backup, started on a thread of its own once the library has painted, when due.
    DailyCareRunner *dailyCare() const { return m_care; }
    /// The notice shown when part of the day's care failed (a backup on a full disk).
    MessageBanner *careBanner() const { return m_careBanner; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

    /// Switches the interface to code ("fr"…, or empty for the system's language) without a restart, and
    /// remembers the choice.
    void switchLanguage(const QString &code);
    QString language() const { return m_language; }

private:
    void createActions();
    void connectLibraryView();
    /// Builds the menus, the library view and any open assessment again in languageCode.
    void retranslate(const QString &languageCode);
    void newAssessment();
    void importFiles();
    void exportAssessment(const QString &id);
    /// The export dialog for ids (one assessment, or several into a folder).
    void exportAssessments(const QStringList &ids);
    void showMessage(const QString &text);
    void showAbout();
    void updateActions();
    void showReadOnly();
    /// After the library file was replaced (a backup put back, a damaged library set aside): shows the
    /// library as it is now. When it could not be opened again, says so (with why) and closes the
    /// application.
    bool libraryReplaced(const QString &title, const QString &why);
    void startDailyCare();
    void dailyCareFinished(const CareReport &report);
    /// The day's check found the library damaged: the question asked at start when a library is refused.
    void recoverFromDamage(const CareReport &report);

    Library &m_library;
    QString m_language;
    QStackedWidget *m_central;
    LibraryView *m_libraryView;
    AssessmentView *m_assessmentView = nullptr;
    std::unique_ptr<AssessmentDocument> m_document;
    QDockWidget *m_chartsDock;
    QLabel *m_savedLabel;
    QPointer<FrameworkEditor> m_frameworkEditor;
    QPointer<BackupsDialog> m_backupsDialog;
    MessageBanner *m_readOnlyBanner;
    MessageBanner *m_careBanner;
    DailyCareRunner *m_care;
    QLabel *m_careLabel;
    bool m_careAsked = false;
    FileImporter *m_importer;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_close = nullptr;
    QAction *m_export = nullptr;
    QAction *m_next = nullptr;
    QAction *m_back = nullptr;
    QAction *m_summary = nullptr;
};

} // namespace iia
