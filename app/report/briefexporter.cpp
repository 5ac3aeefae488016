#include "briefexporter.h"

#include "interchange.h"
#include "library.h"
#include "odtbrief.h"
#include "pdfbrief.h"
#include "report/escape.h"
#include "report/writers.h"
#include "reportcharts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace iia {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::BriefExporter)
};

QString applicationName()
{
    return u"Internet Impact Assessment "_s + QCoreApplication::applicationVersion();
}

} // namespace

QList<ReportFormatInfo> reportFormats()
{
    return {
        {ReportFormat::Pdf, u"pdf"_s, u"pdf"_s, Tr::tr("PDF document")},
        {ReportFormat::Odt, u"odt"_s, u"odt"_s, Tr::tr("OpenDocument text (LibreOffice, Word)")},
        {ReportFormat::Html, u"html"_s, u"html"_s, Tr::tr("Web page (one self-contained file)")},
        {ReportFormat::Markdown, u"md"_s, u"md"_s, Tr::tr("Markdown")},
        {ReportFormat::Csv, u"csv"_s, u"csv"_s, Tr::tr("CSV table (spreadsheets)")},
        {ReportFormat::Iia, u"iia"_s, u"iia"_s, Tr::tr("Internet Impact Assessment file (.iia)")},
    };
}

ReportFormatInfo reportFormatInfo(ReportFormat format)
{
    for (const ReportFormatInfo &info : reportFormats()) {
        if (info.format == format)
            return info;
    }
    return reportFormats().first();
}

std::optional<ReportFormat> reportFormatFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"markdown")
        return ReportFormat::Markdown;
    if (k == u"json")
        return ReportFormat::Iia;
    if (k == u"htm")
        return ReportFormat::Html;
    for (const ReportFormatInfo &info : reportFormats()) {
        if (info.key == k)
            return info.format;
    }
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatFromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix.isEmpty())
        return std::nullopt;
    return reportFormatFromKey(suffix);
}

BriefExporter::BriefExporter(const Library &library)
    : m_library(library)
{}

Result<BriefExporter::Loaded> BriefExporter::load(const QString &id) const
{
    auto assessment = m_library.load(id);
    if (!assessment)
        return std::unexpected(assessment.error());
    FrameworkPtr framework = m_library.frameworkFor(*assessment);
    if (!framework)
        return fail(ErrorCode::NotFound, Tr::tr("The framework “%1 %2” of this assessment is not installed.")
                                             .arg(assessment->frameworkId, assessment->frameworkVersion));
    Scorecard card = m_library.score(*assessment);
    return Loaded{std::move(*assessment), std::move(framework), std::move(card)};
}

report::Brief BriefExporter::brief(const Loaded &loaded, const QString &language) const
{
    report::BriefOptions options;
    options.catalog = TextCatalog::forLanguage(language);
    options.generated = QDateTime::currentDateTime();
    options.application = applicationName();
    if (auto revisions = m_library.store().revisions(loaded.assessment.id);
        revisions && !revisions->isEmpty())
        options.revision = revisions->last().number;
    return report::buildBrief(*loaded.framework, loaded.assessment, loaded.card, options);
}

Result<report::Brief> BriefExporter::brief(const QString &id, const QString &language) const
{
    auto loaded = load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    return brief(*loaded, language);
}

Result<QByteArray> BriefExporter::render(const QString &id, ReportFormat format,
                                         const QString &language) const
{
    if (format == ReportFormat::Iia) {
        auto document = m_library.document(id);
        if (!document)
            return std::unexpected(document.error());
        return Interchange::write(*document);
    }
    auto loaded = load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    const FrameworkPtr &framework = loaded->framework;
    const Scorecard &card = loaded->card;
    if (format == ReportFormat::Csv)
        return report::toCsv(*framework, loaded->assessment, card, TextCatalog::forLanguage(language));

    const report::Brief made = brief(*loaded, language);
    if (format == ReportFormat::Markdown)
        return report::toMarkdown(made);

    // The drawn formats need the charts, which need a GUI application (the command line makes one).
    std::unique_ptr<ReportCharts> charts;
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        charts = ReportCharts::make(framework, card, language);
    // The paper where the user is: the system's territory. The default locale follows the interface
    // language and may have lost it (an English interface on a German system is en_US).
    const QPageSize pageSize = pageSizeFor(QLocale::system());
    switch (format) {
    case ReportFormat::Html:
        return report::toHtml(made, [&charts](const report::Block &b) {
            return charts ? charts->svg(b.chart, b.text) : QByteArray();
        });
    case ReportFormat::Pdf: return renderPdf(made, charts.get(), pageSize, applicationName());
    case ReportFormat::Odt: return renderOdt(made, charts.get(), pageSize, applicationName());
    default: break;
    }
    return fail(ErrorCode::InvalidInput, Tr::tr("Unknown export format."));
}

Result<void> BriefExporter::exportTo(const QString &id, ReportFormat format, const QString &language,
                                     const QString &path) const
{
    auto data = render(id, format, language);
    if (!data)
        return std::unexpected(data.error());
    return writeFileAtomically(path, *data);
}

QString BriefExporter::fileNameFor(const QString &id, ReportFormat format) const
{
    QString title;
    if (auto row = m_library.store().summary(id); row && row->has_value())
        title = row->value().title;
    return report::safeFileName(title, Tr::tr("assessment")) + u'.' + reportFormatInfo(format).extension;
}

QString BriefExporter::uniqueFileNameFor(const QString &id, ReportFormat format, QSet<QString> &used) const
{
    QString name = fileNameFor(id, format);
    const QString base = QFileInfo(name).completeBaseName();
    for (int n = 2; used.contains(name.toLower()); ++n)
        name = base + u" ("_s + QString::number(n) + u")."_s + reportFormatInfo(format).extension;
    used.insert(name.toLower());
    return name;
}

QStringList BriefExporter::languagesFor(const QString &id) const
{
    QStringList languages{u"en"_s};
    auto assessment = m_library.load(id);
    const FrameworkPtr framework = assessment ? m_library.frameworkFor(*assessment) : nullptr;
    if (!framework)
        return languages;
    for (const QString &language : framework->languages) {
        if (!languages.contains(language) && TextCatalog::forLanguage(language).isComplete())
            languages.append(language);
    }
    return languages;
}

Result<int> BriefExporter::exportAll(ReportFormat format, const QString &language, const QString &folder,
                                     const std::function<bool(int, int)> &progress) const
{
    auto rows = m_library.store().list();
    if (!rows)
        return std::unexpected(rows.error());
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::Io,
                    Tr::tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(folder)));
    QSet<QString> used;
    int written = 0;
    const int total = int(rows->size());
    for (const auto &row : *rows) {
        const QString name = uniqueFileNameFor(row.id, format, used);
        if (auto r = exportTo(row.id, format, language, QDir(folder).filePath(name)); !r)
            return std::unexpected(r.error());
        ++written;
        if (progress && !progress(written, total))
            break;
    }
    return written;
}

} // namespace iia
