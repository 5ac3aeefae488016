#include "charts/chartsimpl.h"

#include "charts/enablerchart.h"
#include "charts/radarchart.h"
#include "charts/scoremodel.h"
#include "report/reportcharts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QPainter>
#include <QPicture>
#include <QSvgGenerator>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace iia {

namespace {

// A light palette, so that a brief made in dark mode still prints black on white.
QPalette reportPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x23, 0x30));
    p.setColor(QPalette::Text, QColor(0x1d, 0x23, 0x30));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x5f, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0xa0, 0xa7, 0xb4));
    return p;
}

// Qt Charts makes the value labels of a bar series in the order of the bar sets' addresses in memory (it
// keeps the bars in a QMap keyed by QBarSet *), so two charts of the same data may stack the same labels in
// another order: the same picture, but not the same SVG or PDF. Stack sibling texts in reading order
// instead, which depends on the layout alone.
void stackTextsInReadingOrder(QGraphicsItem *parent)
{
    QList<QGraphicsTextItem *> texts;
    const QList<QGraphicsItem *> children = parent->childItems();
    for (QGraphicsItem *child : children) {
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(child))
            texts.append(text);
        stackTextsInReadingOrder(child);
    }
    auto key = [](const QGraphicsTextItem *t) {
        return std::tuple(t->zValue(), t->pos().y(), t->pos().x(), t->toPlainText(),
                          t->defaultTextColor().rgba());
    };
    std::ranges::stable_sort(
        texts, [&key](const QGraphicsTextItem *a, const QGraphicsTextItem *b) { return key(a) < key(b); });
    // From the end: each text goes just before the next one, which is already in place.
    for (qsizetype i = texts.size() - 2; i >= 0; --i)
        texts.at(i)->stackBefore(texts.at(i + 1));
}

void prepare(QChartView *view, QSizeF size, Qt::LayoutDirection direction)
{
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->setLayoutDirection(direction); // the brief's, not the interface's: the charts mirror in Arabic
    view->setPalette(reportPalette());
    view->resize(size.toSize());
    view->chart()->resize(size);
    view->chart()->setBackgroundVisible(false);
}

// The charts of a brief: a score model of its own and a chart of each kind, laid out at their natural sizes.
class BriefChartDrawing : public ChartDrawing
{
public:
    BriefChartDrawing(FrameworkPtr framework, const Scorecard &card, const QString &language)
        : m_model(std::make_unique<ScoreModel>())
        , m_radar(std::make_unique<RadarChart>(nullptr, TextCatalog::forLanguage(language)))
        , m_enablers(std::make_unique<EnablerChart>(nullptr, TextCatalog::forLanguage(language)))
    {
        m_model->setScore(std::move(framework), card, language);
        m_radar->setModel(m_model.get());
        m_enablers->setModel(m_model.get());
        const Qt::LayoutDirection direction = QLocale(language).textDirection();
        prepare(m_radar.get(), ReportCharts::naturalSize(report::ChartKind::Properties), direction);
        prepare(m_enablers.get(), ReportCharts::naturalSize(report::ChartKind::Enablers), direction);
        // The first drawing settles the charts' layout (label sizes, legend); draw once where nobody sees it
        // so that every drawing that is kept comes out the same.
        for (const report::ChartKind kind : {report::ChartKind::Properties, report::ChartKind::Enablers}) {
            QPicture warmUp;
            QPainter painter(&warmUp);
            paint(kind, &painter, QRectF(QPointF(0, 0), ReportCharts::naturalSize(kind)));
        }
    }

    void paint(report::ChartKind kind, QPainter *painter, const QRectF &target) const override
    {
        QChartView *view = kind == report::ChartKind::Properties
                               ? static_cast<QChartView *>(m_radar.get())
                               : static_cast<QChartView *>(m_enablers.get());
        // Qt Charts lays out on posted events: finish the layout first, so that every drawing is the same.
        QCoreApplication::sendPostedEvents(view->chart(), QEvent::LayoutRequest);
        view->chart()->layout()->activate();
        stackTextsInReadingOrder(view->chart());
        QGraphicsScene *scene = view->chart()->scene();
        const QRectF source(QPointF(0, 0), ReportCharts::naturalSize(kind));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        scene->render(painter, target, source, Qt::KeepAspectRatio);
        painter->restore();
    }

    QByteArray svg(report::ChartKind kind, const QString &title) const override
    {
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        const QSizeF size = ReportCharts::naturalSize(kind);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setTitle(title);
        generator.setResolution(72);
        {
            QPainter painter(&generator);
            paint(kind, &painter, QRectF(QPointF(0, 0), size));
        }
        return data;
    }

private:
    std::unique_ptr<ScoreModel> m_model;
    std::unique_ptr<RadarChart> m_radar;
    std::unique_ptr<EnablerChart> m_enablers;
};

} // namespace

QWidget *ChartsImpl::create(report::ChartKind kind, ScoreModel *model, const TextCatalog &catalog,
                            const QSizeF &minimum, const QSizeF &preferred, QWidget *parent) const
{
    ScoreChartView *view = kind == report::ChartKind::Properties
                               ? static_cast<ScoreChartView *>(new RadarChart(parent, catalog))
                               : static_cast<ScoreChartView *>(new EnablerChart(parent, catalog));
    view->setModel(model);
    if (!minimum.isEmpty())
        view->setSizeInLines(minimum, preferred);
    return view;
}

std::unique_ptr<ChartDrawing> ChartsImpl::drawing(FrameworkPtr framework, const Scorecard &card,
                                                  const QString &language) const
{
    return std::make_unique<BriefChartDrawing>(std::move(framework), card, language);
}

} // namespace iia
