#pragma once

#include <QTableView>

namespace iia {

/// The scores as a table, in framework order: what the charts show, readable by a screen reader.
class ScoreTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ScoreTableView(QWidget *parent = nullptr);

    /// Shows model (a ScoreModel, usually) and sizes the columns for it.
    void setModel(QAbstractItemModel *model) override;

    /// The table asks for room for its header and this many rows at least, at whatever font size.
    void setMinimumRows(int rows);
    QSize minimumSizeHint() const override;

private:
    void sizeColumns();

    int m_minimumRows = 0;
};

} // namespace iia
