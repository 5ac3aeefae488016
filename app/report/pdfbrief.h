#pragma once

#include "error.h"
#include "report/brief.h"

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QPageSize>

namespace iia {

class ReportCharts;

/// One entry of a PDF's outline (the bookmarks a viewer lists beside the pages).
struct PdfOutlineEntry
{
    int level = 1; ///< 1 for a top-level entry
    QString title;
    int page = 0;  ///< 0-based
    qreal top = 0; ///< the entry's top edge, in points from the bottom of the page (PDF's own coordinates)
};

/// Letter where it is the usual paper (the United States, Canada, Mexico, the Philippines and parts of
/// Central and South America), A4 everywhere else.
QPageSize pageSizeFor(const QLocale &locale);

/// The brief as a PDF: vector charts, embedded fonts, page numbers, and an outline of its headings.
Result<QByteArray> renderPdf(const report::Brief &brief, const ReportCharts *charts,
                             const QPageSize &pageSize, const QString &creator);

/// Appends an outline to a PDF written by QPdfWriter, as an incremental update (the original bytes stay
/// as they are). Fails on a PDF whose structure it does not recognise.
Result<QByteArray> addPdfOutline(const QByteArray &pdf, const QList<PdfOutlineEntry> &entries);

} // namespace iia
