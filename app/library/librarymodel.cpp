#include "library/librarymodel.h"

#include "assessment.h"
#include "textwriters.h"

#include <QLocale>

namespace iia {

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LibraryModel::setRows(QList<AssessmentSummary> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_modified.clear();
    m_modified.reserve(m_rows.size());
    for (const AssessmentSummary &s : std::as_const(m_rows))
        m_modified.append(s.modified.toMSecsSinceEpoch());
    endResetModel();
}

int LibraryModel::rowOfId(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AssessmentSummary &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Title: return s.title;
        case Jurisdiction: return s.jurisdiction;
        case Instrument: return s.instrument.isEmpty() ? QString() : instrumentLabel(s.instrument);
        case Stage: return s.stage.isEmpty() ? QString() : stageLabel(s.stage);
        case Modified: return QLocale().toString(s.modified.toLocalTime(), QLocale::ShortFormat);
        case Exist: return label(s.exist);
        case Thrive: return label(s.thrive);
        case Completion: return textwriters::percent(s.completion);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Modified: return m_modified.at(index.row());
        case Exist: return int(s.exist);
        case Thrive: return int(s.thrive);
        case Completion: return s.completion;
        default: return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Title)
        return s.title;
    if (role == Qt::TextAlignmentRole && index.column() == Completion)
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Title");
    case Jurisdiction: return tr("Jurisdiction");
    case Instrument: return tr("Instrument");
    case Stage: return tr("Stage");
    case Modified: return tr("Last change");
    case Exist: return tr("Exist");
    case Thrive: return tr("Thrive");
    case Completion: return tr("Done");
    }
    return {};
}

} // namespace iia
