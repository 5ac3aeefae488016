#pragma once

#include "error.h"
#include "report/brief.h"
#include "scoring.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace iia {

class Library;

/// The formats an assessment can be exported to.
enum class ReportFormat
{
    Pdf,
    Odt,
    Html,
    Markdown,
    Csv,
    Iia
};

struct ReportFormatInfo
{
    ReportFormat format;
    QString key;       ///< what --format takes: "pdf", "odt", "html", "md", "csv", "iia"
    QString extension; ///< without the dot
    QString name;      ///< for people, translated
};

QList<ReportFormatInfo> reportFormats();
ReportFormatInfo reportFormatInfo(ReportFormat format);
/// "pdf", "odt", "html", "md" (or "markdown"), "csv", "iia" (or "json").
std::optional<ReportFormat> reportFormatFromKey(const QString &key);
/// From a file name's extension (.pdf, .odt, .html/.htm, .md/.markdown, .csv, .iia/.json).
std::optional<ReportFormat> reportFormatFromFileName(const QString &fileName);

/// Makes briefs from the library's assessments and writes them: one place for the export dialog and the
/// command line.
class BriefExporter
{
public:
    explicit BriefExporter(const Library &library);

    /// The brief of assessment id in language ("en", "fr"…).
    Result<report::Brief> brief(const QString &id, const QString &language) const;
    /// The bytes of the export of id in format; the brief in language (ignored for .iia).
    Result<QByteArray> render(const QString &id, ReportFormat format, const QString &language) const;
    /// Renders and writes atomically to path: a failed write leaves an existing file as it was.
    Result<void> exportTo(const QString &id, ReportFormat format, const QString &language,
                          const QString &path) const;
    /// A file name for the export of id: its title made safe, and the format's extension.
    QString fileNameFor(const QString &id, ReportFormat format) const;
    /// fileNameFor(), with " (2)", " (3)"… added until it is not among used (compared without case);
    /// the name returned is added to used.
    QString uniqueFileNameFor(const QString &id, ReportFormat format, QSet<QString> &used) const;
    /// The languages the brief of id can be written in: the framework's that the application also has an
    /// interface translation for (English always).
    QStringList languagesFor(const QString &id) const;

    /// Exports every assessment of the library (not the trash) into folder, one file each, names made
    /// unique; progress(done, total) after each; stops when progress returns false. The number written.
    Result<int> exportAll(ReportFormat format, const QString &language, const QString &folder,
                          const std::function<bool(int, int)> &progress) const;

private:
    // One assessment with what every format needs: read and scored once per export.
    struct Loaded
    {
        Assessment assessment;
        FrameworkPtr framework;
        Scorecard card;
    };
    Result<Loaded> load(const QString &id) const;
    report::Brief brief(const Loaded &loaded, const QString &language) const;

    const Library &m_library;
};

} // namespace iia
