#include "contraststyle.h"

#include "contrast.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace iia {

namespace {

// An outline one pixel wide just inside rect, in the palette's text colour: round for a radio button.
void outline(QPainter *painter, const QRect &rect, const QPalette &palette, bool round)
{
    if (rect.width() < 3 || rect.height() < 3)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, round);
    painter->setBrush(Qt::NoBrush);
    const QColor ink = palette.color(QPalette::WindowText); // of the option's group: dimmed when disabled
    painter->setPen(QPen(ink, 1));
    const QRectF r = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (round)
        painter->drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5));
    else
        painter->drawRect(r);
    painter->restore();
}

} // namespace

ContrastStyle::ContrastStyle(QStyle *baseStyle)
    : QProxyStyle(baseStyle)
{}

bool ContrastStyle::isHighContrast(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const double ratio = contrastRatio(window, palette.color(QPalette::WindowText));
    return ratio >= 15 && (window.lightness() <= 16 || window.lightness() >= 250);
}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!option || !isHighContrast(option->palette))
        return;
    switch (element) {
    case PE_IndicatorRadioButton: outline(painter, option->rect, option->palette, true); break;
    case PE_IndicatorCheckBox:
    case PE_FrameLineEdit:
    case PE_PanelButtonCommand:
    case PE_PanelButtonTool:
        // A tool button's panel is drawn only when it is raised (hovered, pressed or checked).
        outline(painter, option->rect, option->palette, false);
        break;
    case PE_Frame:
        if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option);
            frame && frame->lineWidth > 0)
            outline(painter, option->rect, option->palette, false);
        break;
    default: break;
    }
}

void ContrastStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                       QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (!option || !isHighContrast(option->palette))
        return;
    if (control == CC_ComboBox || control == CC_SpinBox)
        outline(painter, option->rect, option->palette, false);
}

void installContrastStyle()
{
    if (qobject_cast<ContrastStyle *>(QApplication::style()))
        return;
    // The current style's name, so that the proxy wraps a new instance of it (QApplication owns the old).
    QApplication::setStyle(new ContrastStyle(QStyleFactory::create(QApplication::style()->name())));
}

} // namespace iia
