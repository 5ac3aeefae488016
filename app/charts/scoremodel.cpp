#include "scoremodel.h"
#include "textcatalog.h"

#include "textwriters.h"
#include "vocabulary.h"

#include <QFont>

namespace iia {

ScoreModel::ScoreModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ScoreModel::Row ScoreModel::makeRow(const Framework &framework, const Item &item, const ItemScore *score,
                                    const QString &language)
{
    // An item the scorecard does not know (a scorecard of another framework version) reads as unscored.
    ItemScore none;
    none.itemId = item.id;
    none.kind = item.kind;
    none.goalId = item.goalId;
    const ItemScore &s = score ? *score : none;
    const QString fallback = framework.defaultLanguage;
    const QString name = markedText(item.name, language, fallback);

    Row row;
    row.itemId = item.id;
    row.kind = item.kind;
    auto &c = row.cells;

    c[CodeColumn] = {item.code, item.code, name};
    c[NameColumn] = {name, name, item.summary.text(language, fallback)};
    if (const Goal *goal = framework.goal(item.goalId)) {
        const QString goalName = goal->name.text(language, fallback);
        c[GoalColumn] = {goalName, goal->id, goalName};
    }

    const QString analyst = ratingPhrase(s.analyst.impact, s.analyst.direction, s.analyst.strength);
    c[AnalystColumn] = {analyst, s.analystRated() ? QVariant(s.analystNumeric) : QVariant(), analyst};

    const bool suggested = s.suggested.impact != Impact::Unset;
    const QString suggestion =
        suggested ? ratingPhrase(s.suggested.impact, s.suggested.direction, s.suggested.strength)
                  : tr("No answers yet");
    c[SuggestedColumn] = {suggestion, suggested ? QVariant(s.suggested.numeric) : QVariant(),
                          tr("Suggested from %1 of %2 questions answered").arg(s.answered).arg(s.total)};

    c[CoverageColumn] = {textwriters::percent(s.coverage), s.coverage,
                         tr("%1 of %2 questions answered").arg(s.answered).arg(s.total)};
    c[UncertaintyColumn] = {textwriters::percent(s.uncertainty), s.uncertainty,
                            tr("%1 of %2 answers are “Unsure”").arg(s.unsure).arg(s.answered)};

    c[DisagreementColumn] = {s.disagreement ? tr("differs") : QString(), s.disagreement,
                             s.disagreement ? tr("Your rating and the suggestion point different ways")
                                            : QString()};
    return row;
}

void ScoreModel::setScore(FrameworkPtr framework, const Scorecard &card, const QString &language)
{
    if (!framework) {
        clear();
        return;
    }
    QList<Row> rows;
    const QList<const Item *> items = framework->items();
    rows.reserve(items.size());
    for (const Item *item : items)
        rows.append(makeRow(*framework, *item, card.item(item->id), language));

    if (framework != m_framework) {
        beginResetModel();
        m_framework = std::move(framework);
        m_language = language;
        m_rows = std::move(rows);
        endResetModel();
        return;
    }

    m_language = language;
    for (int r = 0; r < rows.size(); ++r) {
        int first = -1;
        int last = -1;
        for (int col = 0; col < ColumnCount; ++col) {
            if (rows[r].cells[col] == m_rows[r].cells[col])
                continue;
            if (first < 0)
                first = col;
            last = col;
        }
        if (first < 0)
            continue;
        m_rows[r] = std::move(rows[r]);
        Q_EMIT dataChanged(index(r, first), index(r, last));
    }
}

void ScoreModel::clear()
{
    if (!m_framework && m_rows.isEmpty())
        return;
    beginResetModel();
    m_framework.reset();
    m_language.clear();
    m_rows.clear();
    endResetModel();
}

int ScoreModel::rowOfItem(const QString &itemId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].itemId == itemId)
            return r;
    }
    return -1;
}

QString ScoreModel::itemIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].itemId : QString();
}

ItemKind ScoreModel::kindAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].kind : ItemKind::Property;
}

int ScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const Cell &cell = row.cells[index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return cell.text;
    case Qt::ToolTipRole: return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case ValueRole: return cell.value;
    case ItemIdRole: return row.itemId;
    case Qt::TextAlignmentRole:
        if (index.column() == CoverageColumn || index.column() == UncertaintyColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == DisagreementColumn && cell.value.toBool()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant ScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case CodeColumn: return role == Qt::ToolTipRole ? tr("The item’s short label") : tr("Code");
    case NameColumn: return role == Qt::ToolTipRole ? tr("The critical property or enabler") : tr("Name");
    case GoalColumn: return role == Qt::ToolTipRole ? tr("The goal an enabler serves") : tr("Goal");
    case AnalystColumn:
        return role == Qt::ToolTipRole ? tr("Your own rating, which always decides") : tr("Analyst’s rating");
    case SuggestedColumn:
        return role == Qt::ToolTipRole ? tr("The rating suggested by your answers") : tr("Suggested");
    case CoverageColumn: return role == Qt::ToolTipRole ? tr("Share of questions answered") : tr("Coverage");
    case UncertaintyColumn:
        return role == Qt::ToolTipRole ? tr("Share of answers that are “Unsure”") : tr("Uncertainty");
    case DisagreementColumn:
        return role == Qt::ToolTipRole ? tr("Whether your rating and the suggestion point different ways")
                                       : tr("Disagreement");
    default: return {};
    }
}

} // namespace iia
