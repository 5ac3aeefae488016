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
    /// Imports a .iia file (asking what to do when it is already in the library) and opens it.
    bool openFile(const QString &path);
    AssessmentView *assessmentView() const { return m_assessmentView; }
    LibraryView *libraryView() const { return m_libraryView; }
    QDockWidget *chartsDock() const { return m_chartsDock; }
    void openExample();
    void showFrameworkEditor();
    FrameworkEditor *frameworkEditor() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void newAssessment();
    void importFiles();
    void exportAssessment(const QString &id);
    void showMessage(const QString &text);
    void showAbout();
    void updateActions();

    Library &m_library;
    QString m_language;
    QStackedWidget *m_central;
    LibraryView *m_libraryView;
    AssessmentView *m_assessmentView = nullptr;
    std::unique_ptr<AssessmentDocument> m_document;
    QDockWidget *m_chartsDock;
    QLabel *m_savedLabel;
    QPointer<FrameworkEditor> m_frameworkEditor;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_close = nullptr;
    QAction *m_export = nullptr;
    QAction *m_next = nullptr;
    QAction *m_back = nullptr;
    QAction *m_summary = nullptr;
};

} // namespace iia
