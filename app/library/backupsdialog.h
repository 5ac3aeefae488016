#pragma once

#include "backups.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace iia {

class BackupModel;

/// Lists the library's backups (when taken, size, assessments) and, after asking, requests that one be put
/// back in place of the library. The window that owns the library does the restoring.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    /// canRestore is false when the library is read-only: the list is shown, Restore is disabled.
    BackupsDialog(Backups backups, bool canRestore, QWidget *parent = nullptr);

    /// Reads the backups folder again.
    void reload();
    BackupModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The selected backup's file name, or an empty string.
    QString selectedName() const;

Q_SIGNALS:
    /// The user chose the backup called name and confirmed.
    void restoreRequested(const QString &name);

private:
    void confirmRestore();
    void updateActions();

    Backups m_backups;
    bool m_canRestore;
    BackupModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_restore;
};

} // namespace iia
