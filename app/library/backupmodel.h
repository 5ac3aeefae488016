#pragma once

#include "backups.h"

#include <QAbstractTableModel>

namespace iia {

/// The library's backups, newest first, as a table: when each was taken (in the locale's format), its size
/// and how many assessments it holds.
class BackupModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Taken,
        Size,
        Assessments,
        ColumnCount
    };
    /// The backup's file name, for Backups::find().
    static constexpr int NameRole = Qt::UserRole + 1;

    explicit BackupModel(QObject *parent = nullptr);

    void setBackups(QList<BackupInfo> backups);
    const BackupInfo &backup(int row) const { return m_backups.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<BackupInfo> m_backups;
};

} // namespace iia
