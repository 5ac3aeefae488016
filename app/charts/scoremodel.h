#pragma once

#include "framework.h"
#include "scoring.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariant>

#include <array>

namespace iia {

/// The scores of one assessment as a table: one row per critical property and enabler (properties first,
/// in framework order). The views and the charts read it; setScore() updates it in place, cell by cell,
/// so they follow the answers live.
class ScoreModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        GoalColumn,
        AnalystColumn,
        SuggestedColumn,
        CoverageColumn,
        UncertaintyColumn,
        DisagreementColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// Qt::UserRole: the number behind a cell — the rating on the −3…+3 scale as an int (an invalid
    /// QVariant when there is none), the coverage or uncertainty as a double 0…1, the disagreement as a
    /// bool, the goal id for the Goal column, the code for the Code column.
    static constexpr int ValueRole = Qt::UserRole;
    /// The item id ("cp1", "access"), in every column.
    static constexpr int ItemIdRole = Qt::UserRole + 1;

    explicit ScoreModel(QObject *parent = nullptr);

    /// Shows card, scored against framework, with the framework's texts in language. With the same
    /// framework as before only the cells whose value changed are reported (dataChanged, one range per
    /// row); with another framework the model is reset.
    void setScore(FrameworkPtr framework, const Scorecard &card, const QString &language);
    /// Empties the model.
    void clear();

    FrameworkPtr framework() const { return m_framework; }
    QString language() const { return m_language; }

    /// The row of a property or enabler, or −1.
    int rowOfItem(const QString &itemId) const;
    /// The item id of row, or an empty string when row is out of range.
    QString itemIdAt(int row) const;
    /// Whether row holds a critical property or an enabler (Property when out of range).
    ItemKind kindAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        QString text;
        QVariant value;
        QString toolTip;
        bool operator==(const Cell &) const = default;
    };
    struct Row
    {
        QString itemId;
        ItemKind kind = ItemKind::Property;
        std::array<Cell, ColumnCount> cells;
    };

    static Row makeRow(const Framework &framework, const Item &item, const ItemScore *score,
                       const QString &language);

    FrameworkPtr m_framework;
    QString m_language;
    QList<Row> m_rows;
};

} // namespace iia
