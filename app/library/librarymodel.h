#pragma once

#include "store.h"

#include <QAbstractTableModel>

namespace iia {

/// The assessments of the library (or of its trash) as a table for the start screen.
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Jurisdiction,
        Instrument,
        Stage,
        Modified,
        Exist,
        Thrive,
        Completion,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit LibraryModel(QObject *parent = nullptr);

    void setRows(QList<AssessmentSummary> rows);
    const AssessmentSummary &row(int index) const { return m_rows.at(index); }
    int rowOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<AssessmentSummary> m_rows;
    QList<qint64> m_modified; ///< each row's last change in ms, the default sort key, read 10,000s of times
};

} // namespace iia
