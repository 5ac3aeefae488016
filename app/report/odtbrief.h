#pragma once

#include "error.h"
#include "report/brief.h"

#include <QByteArray>
#include <QPageSize>

namespace iia {

class ReportCharts;

/// The brief as an OpenDocument text (ODT): real heading styles with outline levels (so LibreOffice's
/// navigator and table of contents see them), tables, quotations, the charts as SVG pictures, page
/// numbers in the footer, right-to-left pages for right-to-left languages. The same brief gives the same
/// bytes: the metadata and the archive's entries carry the assessment's last change (Brief::modified), never
/// the time of the export.
Result<QByteArray> renderOdt(const report::Brief &brief, const ReportCharts *charts,
                             const QPageSize &pageSize, const QString &creator);

} // namespace iia
