#pragma once

class QColor;

namespace iia {

/// WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black and white).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace iia
