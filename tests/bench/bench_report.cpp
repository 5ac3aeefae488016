// Report budget (reports issue): the worked example's brief rendered to PDF in-process
// (BriefExporter::render) < 1 s, median of 15 runs. For comparison, and only when LibreOffice is installed
// (./dev bench installs it from tools/dev/packages-bench.txt), LibreOffice converting our ODT of the same
// brief to PDF, 5 runs, each a separate `soffice --headless --convert-to pdf` as a person would run it. Exits
// 1 over budget.
//
//   bench_report [DIR]     (DIR: a scratch folder, emptied first)

#include "library.h"
#include "report/briefexporter.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPageSize>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

using namespace iia;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRuns = 15;
constexpr int kLibreOfficeRuns = 5;
const QString kExampleId = u"5f0c1d2e-7a4b-4c3d-9e8f-0a1b2c3d4e5f"_s;

struct Stats
{
    double median = 0;
    double worst = 0;
};

template<typename F>
Stats measure(int runs, F &&f)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!f())
            return {-1, -1};
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.last()};
}

bool printStats(const char *what, const Stats &s, double budget)
{
    const bool ok = budget <= 0 || (s.median >= 0 && s.median < budget);
    if (budget > 0)
        std::printf("%-52s median %8.1f ms   worst %8.1f ms   budget %5.0f ms   %s\n", what, s.median,
                    s.worst, budget, ok ? "ok" : "OVER BUDGET");
    else
        std::printf("%-52s median %8.1f ms   worst %8.1f ms   (no budget)\n", what, s.median, s.worst);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString dir =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::temp().filePath(u"iia-bench-report"_s);
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dir));
        return 1;
    }
    auto library = Library::open(Paths(dir + u"/data"_s));
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error().toString()));
        return 1;
    }
    if (auto imported = (*library)->importFile(
            QStringLiteral(IIA_SOURCE_DIR "/assessments/examples/network-usage-fees.iia"),
            ImportMode::Refuse);
        !imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().toString()));
        return 1;
    }
    const BriefExporter exporter(**library);

    QByteArray pdf;
    const Stats ours = measure(kRuns, [&] {
        auto data = exporter.render(kExampleId, ReportFormat::Pdf, u"en"_s);
        if (!data) {
            std::fprintf(stderr, "%s\n", qPrintable(data.error().toString()));
            return false;
        }
        pdf = *data;
        return true;
    });
    std::printf("Worked example, English, %s; our PDF: %lld bytes\n",
                qPrintable(QPageSize(QPageSize::A4).name()), qlonglong(pdf.size()));
    bool ok = printStats("brief to PDF in-process (BriefExporter::render)", ours, 1000);

    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty()) {
        std::printf("LibreOffice (soffice) not installed: its ODT-to-PDF conversion is not measured\n");
        return ok ? 0 : 1;
    }
    auto odt = exporter.render(kExampleId, ReportFormat::Odt, u"en"_s);
    if (!odt) {
        std::fprintf(stderr, "%s\n", qPrintable(odt.error().toString()));
        return 1;
    }
    const QString odtFile = dir + u"/brief.odt"_s;
    {
        QFile f(odtFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(*odt) != odt->size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(odtFile));
            return 1;
        }
    }
    // One profile for every run, made by a first run that is not counted (LibreOffice's first start).
    const QStringList arguments{u"-env:UserInstallation=file://"_s + dir + u"/lo-profile"_s,
                                u"--headless"_s,
                                u"--norestore"_s,
                                u"--convert-to"_s,
                                u"pdf"_s,
                                u"--outdir"_s,
                                dir + u"/lo-out"_s,
                                odtFile};
    auto convert = [&] {
        QProcess p;
        p.start(soffice, arguments);
        if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 ||
            !QFile::exists(dir + u"/lo-out/brief.pdf"_s)) {
            std::fprintf(stderr, "soffice failed: %s\n", p.readAllStandardError().constData());
            return false;
        }
        return true;
    };
    QElapsedTimer first;
    first.start();
    if (!convert())
        return 1;
    std::printf("LibreOffice: first start (profile created) %.1f ms, not counted\n",
                double(first.nsecsElapsed()) / 1e6);
    const Stats theirs = measure(kLibreOfficeRuns, [&] {
        QFile::remove(dir + u"/lo-out/brief.pdf"_s);
        return convert();
    });
    printStats("LibreOffice: our ODT to PDF (soffice --convert-to pdf)", theirs, 0);
    std::printf("LibreOffice's PDF: %lld bytes\n", qlonglong(QFile(dir + u"/lo-out/brief.pdf"_s).size()));
    return ok && theirs.median >= 0 ? 0 : 1;
}
