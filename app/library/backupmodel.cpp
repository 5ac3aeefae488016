#include "library/backupmodel.h"

#include <QLocale>

namespace iia {

BackupModel::BackupModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BackupModel::setBackups(QList<BackupInfo> backups)
{
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

int BackupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupInfo &b = m_backups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Taken: return QLocale().toString(b.created.toLocalTime(), QLocale::LongFormat);
        case Size: return QLocale().formattedDataSize(b.size, 1);
        case Assessments: return QLocale().toString(b.assessments);
        default: return {};
        }
    case Qt::ToolTipRole: return b.name;
    case Qt::TextAlignmentRole:
        return index.column() == Taken ? QVariant() : QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    case NameRole: return b.name;
    default: return {};
    }
}

QVariant BackupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Taken: return tr("Taken");
    case Size: return tr("Size");
    case Assessments: return tr("Assessments");
    default: return {};
    }
}

} // namespace iia
