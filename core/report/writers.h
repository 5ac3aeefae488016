#pragma once

#include "brief.h"

#include <QByteArray>

#include <functional>

namespace iia::report {

/// Draws a chart block as an SVG document (UTF-8), for the HTML brief. May return an empty array, in
/// which case the chart's data is written as a table instead.
using SvgChartRenderer = std::function<QByteArray(const Block &chart)>;

/// The brief as CommonMark with pipe tables (GitHub and pandoc flavours): headings, lists, quotes; every
/// text escaped; charts as their data tables. UTF-8, LF line ends.
QByteArray toMarkdown(const Brief &brief);

/// The brief as one self-contained HTML5 file: inline CSS and SVG charts, a Content-Security-Policy that
/// forbids every request, lang and dir on the root and dir="auto" on user text; prints on A4 and Letter.
QByteArray toHtml(const Brief &brief, const SvgChartRenderer &renderChart = {});

/// One row per property and enabler and one per answer (record "item" or "answer"), RFC 4180: CRLF line
/// ends, quoted where needed, UTF-8 with a byte order mark, formula-like cells neutralised.
QByteArray toCsv(const Framework &framework, const Assessment &assessment, const Scorecard &card,
                 const TextCatalog &catalog);

/// The CSV's column names, in order.
QStringList csvColumns();

} // namespace iia::report
