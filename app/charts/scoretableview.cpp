#include "scoretableview.h"

#include "scoremodel.h"

#include <QHeaderView>

namespace iia {

ScoreTableView::ScoreTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("scoreTable"));
    setAccessibleName(tr("Scores"));
    setAccessibleDescription(tr("The analyst’s rating, the suggested rating, coverage and uncertainty of "
                                "every critical property and enabler"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setSortingEnabled(false); // framework order: properties, then enablers by goal
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setTabKeyNavigation(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 4);
}

void ScoreTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    sizeColumns();
}

void ScoreTableView::setMinimumRows(int rows)
{
    m_minimumRows = rows;
    updateGeometry();
}

QSize ScoreTableView::minimumSizeHint() const
{
    const QSize hint = QTableView::minimumSizeHint();
    if (m_minimumRows <= 0)
        return hint;
    // A row is as tall as its text (the rows resize to their contents), with the style's margins.
    const int row = model() && model()->rowCount() > 0 ? sizeHintForRow(0) : fontMetrics().height();
    const QMargins frame = contentsMargins();
    const int height =
        horizontalHeader()->sizeHint().height() + m_minimumRows * row + frame.top() + frame.bottom();
    return hint.expandedTo(QSize(0, height));
}

void ScoreTableView::sizeColumns()
{
    QHeaderView *header = horizontalHeader();
    if (!model() || header->count() < ScoreModel::ColumnCount)
        return;
    // The name takes the room left; every other column is as wide as its widest text, which the rows'
    // few, short phrases keep small.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScoreModel::NameColumn, QHeaderView::Stretch);
}

} // namespace iia
