#pragma once

#include "framework.h"
#include "frameworkloader.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace iia {

class CodeEdit;
class MessageBanner;

/// The window where a chapter edits one framework file as JSON.
///
/// The text is highlighted and checked as it is typed (FrameworkLoader, after a short pause): every error and
/// every missing translation is listed with its line, column and JSON pointer, and activating one moves the
/// cursor there. Frameworks built into the application open read-only; "Save a Copy…" writes them to the
/// user's frameworks folder, where they can be changed. Saving is atomic; saving a framework that does not
/// load asks first. The window does not delete itself on close; give it Qt::WA_DeleteOnClose if wanted.
class FrameworkEditor : public QMainWindow
{
    Q_OBJECT
    /// Test hook: when true, saving a framework with errors does not ask and saves. Default false: it asks.
    Q_PROPERTY(bool saveInvalidWithoutAsking READ saveInvalidWithoutAsking WRITE setSaveInvalidWithoutAsking)

public:
    /// Data of the error list's items, in column 0.
    enum ItemRole
    {
        SeverityRole = Qt::UserRole + 1, ///< int(Severity)
        LineRole,                        ///< int, 1-based, 0 when unknown
        ColumnRole,                      ///< int, 1-based in code points, 0 when unknown
    };
    enum class Severity
    {
        Error,
        Warning
    };
    /// The pause after the last keystroke before the text is checked.
    static constexpr int kValidationDelayMs = 300;

    explicit FrameworkEditor(QString userFrameworksDir, QWidget *parent = nullptr);
    ~FrameworkEditor() override;

    /// Opens a framework file for editing (a ":/…" path opens read-only, as openBuiltIn does). On failure
    /// (unreadable, too large, not UTF-8) the current document stays, the reason is shown in the window (a
    /// banner and the status bar, no message box), and false is returned. Unsaved changes are replaced
    /// without asking.
    bool openFile(const QString &path);
    /// Opens a framework built into the application, e.g. ":/iia/frameworks/iiat.framework.json", read-only.
    void openBuiltIn(const QString &resourcePath);

    /// Saves to the file being edited; for a built-in framework, runs saveCopy(). Returns whether it saved.
    bool save();
    /// Asks for a file name (proposing proposedCopyPath()), then runs saveCopyTo().
    bool saveCopy();
    /// Writes the text to path (creating its folder) and goes on editing that file, which is editable.
    /// Emits frameworkSaved(path) on success.
    bool saveCopyTo(const QString &path);

    /// The file being edited (":/…" for a built-in framework); empty when none is open.
    QString filePath() const { return m_path; }
    bool isBuiltIn() const { return m_builtIn; }
    /// userFrameworksDir/<id>-<version>.framework.json, from the id and version in the text.
    QString proposedCopyPath() const;

    /// Checks the text now instead of after the pause.
    void validateNow();
    /// The errors of the last check; empty when the framework loads.
    const Errors &errors() const { return m_errors; }
    /// The warnings of the last check (missing translations, a version that clashes with a built-in one).
    const Errors &warnings() const { return m_warnings; }

    bool saveInvalidWithoutAsking() const { return m_saveInvalidWithoutAsking; }
    void setSaveInvalidWithoutAsking(bool yes) { m_saveInvalidWithoutAsking = yes; }

Q_SIGNALS:
    /// A framework file was written; the frameworks should be reloaded.
    void frameworkSaved(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createWidgets();
    bool load(const QString &path, bool builtIn);
    bool writeTo(const QString &path);
    bool confirmInvalidSave();
    bool maybeSave();
    void openWithDialog();
    void showFailure(const QString &message);
    void applyTheme();
    void updateState();
    void updateTitle();
    void updateCursorPosition();
    void showProblems();
    void goToProblem(const QTreeWidgetItem *item);
    QString displayName() const;
    QByteArray currentBytes() const;

    QString m_userFrameworksDir;
    QString m_path;
    bool m_builtIn = false;
    bool m_hasDocument = false;
    bool m_crlf = false;
    bool m_saveInvalidWithoutAsking = false;
    FrameworkPtr m_framework;
    Errors m_errors;
    Errors m_warnings;

    CodeEdit *m_editor = nullptr;
    QObject *m_highlighter = nullptr; ///< from the highlighting plugin; none when it is missing
    MessageBanner *m_readOnlyBanner = nullptr;
    MessageBanner *m_failureBanner = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summaryIcon = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_errorList = nullptr;
    QLabel *m_cursorPosition = nullptr;
    QTimer *m_validationTimer = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_selectAllAction = nullptr;
};

} // namespace iia
