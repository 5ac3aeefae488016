#pragma once

#include <QWidget>

class QLineEdit;
class QTabBar;
class QTableView;
class QSortFilterProxyModel;
class QStackedWidget;
class QPushButton;
class QLabel;

namespace iia {

class Library;
class LibraryModel;

/// The start screen: the assessments of the library as a sortable, searchable table, the trash, and a
/// welcome page while the library is empty.
class LibraryView : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryView(Library &library, QWidget *parent = nullptr);

    /// Reads the list again (after anything changed the library); keeps the selection.
    void refresh();
    QString currentId() const;
    /// The ids of the selected rows, in the table's order.
    QStringList selectedIds() const;
    void selectId(const QString &id);
    bool showingTrash() const;
    /// The rows listed. Until the table first paints, a large library's holds only its kFirstRows most
    /// recently changed assessments (the ones the table shows first).
    LibraryModel *model() const { return m_model; }
    static constexpr int kFirstRows = 200;
    /// Disables everything that would change the library (new, import, duplicate, trash).
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void openRequested(const QString &id);
    void newRequested();
    void importRequested();
    void exportRequested(const QString &id);
    void exampleRequested();
    void message(const QString &text);
    /// The table has painted for the first time: the window is up, and work that could wait can start.
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Lists at most limit rows (0: all).
    void load(int limit);
    void updateActions();
    void duplicateCurrent();
    void trashOrRestoreCurrent();
    void emptyTrash();
    /// The welcome page, shown while the library is empty; built when first needed.
    QWidget *welcomePage();

    Library &m_library;
    LibraryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTabBar *m_scope;
    QTableView *m_table;
    QStackedWidget *m_stack;
    QWidget *m_welcome = nullptr;
    QLabel *m_emptyLabel;
    QPushButton *m_open;
    QPushButton *m_duplicate;
    QPushButton *m_trash;
    QPushButton *m_export;
    QPushButton *m_emptyTrash;
    bool m_readOnly = false;
    bool m_partial = false; ///< only the first rows are listed yet
    /// The row to select once the table is shown (selectId while it is hidden). Making a row current in a
    /// hidden table sizes its columns to every row, since Qt cannot tell which rows will be in view: 8 ms
    /// for the 200 rows of the start, most of the library view's construction.
    QString m_pendingSelection;
};

} // namespace iia
