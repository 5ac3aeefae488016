#pragma once

#include "framework.h"
#include "report/brief.h"
#include "scoring.h"
#include "textcatalog.h"

#include <QByteArray>
#include <QRectF>
#include <QSizeF>
#include <QtPlugin>

#include <memory>

class QPainter;
class QWidget;

namespace iia {

class ScoreModel;

/// A brief's two charts, drawn with light colours whatever the interface's palette, as vectors on any
/// QPainter (a PDF page, an SVG file).
class ChartDrawing
{
public:
    virtual ~ChartDrawing() = default;
    /// Draws the chart into target (in painter coordinates), scaled from its natural size.
    virtual void paint(report::ChartKind kind, QPainter *painter, const QRectF &target) const = 0;
    /// The chart as an SVG document, with a title for assistive technology.
    virtual QByteArray svg(report::ChartKind kind, const QString &title) const = 0;
};

/// The score charts, by Qt Charts: the live charts of the Summary step and the charts panel (RadarChart,
/// EnablerChart) and the charts of a brief.
///
/// They live in a plugin, iia_charts, loaded the first time a chart is needed: Qt Charts, with the Qt OpenGL,
/// Qt OpenGL Widgets and Qt Svg libraries it brings, added some 10 ms to a cold start of an empty program
/// here (3.5 ms warm), and the library window, where every session starts, draws no chart. The plugin uses
/// the application's own classes (ScoreModel, TextCatalog…), which the executable exports to it
/// (app/exports.list). Programs that draw charts without being the application (the tests, the benchmarks)
/// link the same code and register it with setBuiltIn().
class Charts
{
public:
    virtual ~Charts() = default;

    /// A live chart of kind reading model (which it does not own), its words and numbers in catalog's
    /// language; minimum and preferred are its sizes in lines of its font.
    virtual QWidget *create(report::ChartKind kind, ScoreModel *model, const TextCatalog &catalog,
                            const QSizeF &minimum, const QSizeF &preferred, QWidget *parent) const = 0;
    /// The charts of a brief in language.
    virtual std::unique_ptr<ChartDrawing> drawing(FrameworkPtr framework, const Scorecard &card,
                                                  const QString &language) const = 0;

    /// The charts: the built-in ones when registered, else the plugin, loaded on first use; nullptr (after a
    /// warning that says why) when it cannot be loaded.
    static const Charts *instance();
    /// Registers charts linked into the program, used instead of the plugin.
    static void setBuiltIn(const Charts *charts);
};

/// A live chart from Charts::instance(); without the plugin, a label that says the charts are missing (the
/// score table beside them holds the same values).
QWidget *createChart(report::ChartKind kind, ScoreModel *model, QWidget *parent, const QSizeF &minimum = {},
                     const QSizeF &preferred = {});

} // namespace iia

#define IIA_CHARTS_IID "org.internetsociety.iia.Charts/1.0"
Q_DECLARE_INTERFACE(iia::Charts, IIA_CHARTS_IID)
