#pragma once

#include "charts/scoremodel.h"
#include "textcatalog.h"
#include "vocabulary.h"

#include <QChartView>
#include <QList>
#include <QPointer>
#include <QVariant>

namespace iia {

/// What the score charts share: they read a ScoreModel and follow it live, they follow the palette (a dark
/// chart theme on a dark palette, texts and backgrounds taken from the palette), and they mirror in a
/// right-to-left layout direction (the widget's, which follows the interface's language, or the one set on
/// it for a report): the legend's order, and each chart's axes and points. The words a chart draws (legend,
/// axis titles, labels on points) and its numbers are in its catalog's language: the interface's, or the
/// language of the report it is drawn for.
class ScoreChartView : public QChartView
{
    Q_OBJECT

public:
    /// The contrast ratio (WCAG 2) the charts' colours keep with the background: what text needs (AA).
    static constexpr double kMinimumContrast = 4.5;
    /// The contrast ratio of two colours, from 1 (the same) to 21 (black and white).
    static double contrast(const QColor &a, const QColor &b);

    /// The chart reads model (which it does not own) and updates in place when the model changes.
    void setModel(ScoreModel *model);
    ScoreModel *model() const { return m_model; }

    /// Whether the widget's palette is a dark one (its window colour is dark).
    bool isDarkPalette() const;

    /// The two colours the charts draw the analyst's rating and the suggestion in: derived from the
    /// palette's highlight colour, on opposite sides of the colour wheel, and dark enough (light enough on a
    /// dark palette) to contrast with the background by kMinimumContrast, as the values written in them must.
    QColor analystColor() const;
    QColor suggestedColor() const;
    /// The colour of texts, grid lines and the "not rated" markers.
    QColor textColor() const;
    QColor gridColor() const;
    QColor missingColor() const;

    /// Whether the chart is drawn mirrored: the widget's layout direction is right to left.
    bool isRightToLeft() const { return layoutDirection() == Qt::RightToLeft; }

    /// The smallest size the chart is laid out at and the size it asks for, in lines of its font (the
    /// font's height): they grow with the font, so that larger labels still leave room for the plot.
    void setSizeInLines(const QSizeF &minimum, const QSizeF &preferred);
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    ScoreChartView(QChart *chart, const TextCatalog &catalog, QWidget *parent);

    /// A word the chart draws, in the catalog's language; source is marked with QT_TR_NOOP in the derived
    /// class, whose context it is translated in.
    QString drawn(const char *source) const { return m_catalog.translate(metaObject()->className(), source); }
    /// The locale of the numbers the chart draws.
    QLocale drawnLocale() const { return m_catalog.locale(); }

    /// The model rows of items of kind, in model order.
    QList<int> rowsOf(ItemKind kind) const;
    /// model()->index(row, column).data(role), or an invalid QVariant without a model.
    QVariant cell(int row, int column, int role = Qt::DisplayRole) const;

    /// Rebuilds the categories and points after the model was reset (or set).
    virtual void rebuild() = 0;
    /// Brings the points up to date after values changed.
    virtual void refresh() = 0;
    /// Applies the series' own styles after the chart theme was (re)applied.
    virtual void styleSeries() = 0;

    /// Lays the chart out for the layout direction: its axes and points. The chart's own layout direction
    /// and the legend's order are set before.
    virtual void mirror() = 0;

    /// Applies the chart theme and the palette's colours, then styleSeries(). Call from the constructor of
    /// the derived class, once its series exist.
    void applyPalette();
    /// Applies the widget's layout direction to the chart: its legend's order (the first series rightmost in
    /// a right-to-left layout), then mirror(). Call from the constructor of the derived class after
    /// applyPalette(); it runs again on each change of direction.
    void applyDirection();

    void changeEvent(QEvent *event) override;

private:
    void connectModel();

    QPointer<ScoreModel> m_model;
    TextCatalog m_catalog;
    QList<QMetaObject::Connection> m_connections;
    bool m_applyingPalette = false;
    bool m_styled = false; ///< applyPalette() ran once: the derived class is complete
    QSizeF m_minimumLines;
    QSizeF m_preferredLines;
};

} // namespace iia
