#pragma once

#include <QProxyStyle>

namespace iia {

/// The application's style: the platform's (Fusion where there is none), except that under a high-contrast
/// palette — black on white or white on black — the outlines of fields, check boxes, radio buttons, frames
/// and buttons are drawn in the text's colour. Fusion draws them in a shade of the window's colour, which on
/// pure black is black itself: the empty radio buttons and text fields of a form disappeared.
class ContrastStyle : public QProxyStyle
{
    Q_OBJECT

public:
    /// baseStyle: the style to draw with (owned); nullptr for the platform's default.
    explicit ContrastStyle(QStyle *baseStyle = nullptr);

    /// Whether palette is a high-contrast one: its window is pure black or white (lightness ≤ 16 or ≥ 250)
    /// and its text contrasts with it by at least 15:1 (WCAG 2's ratio).
    static bool isHighContrast(const QPalette &palette);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
};

/// Makes the application draw with ContrastStyle around its current style; once is enough.
void installContrastStyle();

} // namespace iia
