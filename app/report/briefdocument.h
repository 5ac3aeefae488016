#pragma once

#include "report/brief.h"

#include <QFont>
#include <QTextDocument>
#include <QTextFormat>

#include <memory>

namespace iia {

class ReportCharts;

/// A brief laid out as a QTextDocument: what the PDF prints and what the export dialog previews. Charts
/// are text objects that the charts object paints as vectors wherever the document is drawn.
class BriefDocument
{
public:
    /// The text object type and property that mark a chart in the document.
    static constexpr int ChartObjectType = QTextFormat::UserObject + 1;
    static constexpr int ChartKindProperty = QTextFormat::UserProperty + 1;

    /// Builds the document of brief. charts must outlive it; without charts, charts show as their tables.
    static std::unique_ptr<QTextDocument> build(const report::Brief &brief, const ReportCharts *charts);

    /// The fonts a brief is set in: DejaVu Sans for Latin script, Amiri for Arabic (both shipped with the
    /// application's dependencies), in the order that suits the brief's language.
    static QFont baseFont(const QString &language);
};

} // namespace iia
