// Library budgets (issue: foundation): with 10,000 assessments, opening the library and listing them
// < 100 ms, a search < 50 ms. Prints the median and the worst of repeated runs; exits 1 over budget.
//
//   bench_library DIR     (DIR keeps the generated library between runs)

#include "benchlibrary.h"
#include "library.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace iia;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRuns = 15;

struct Stats
{
    double median = 0;
    double worst = 0;
};

template<typename F>
Stats measure(F &&f)
{
    QList<double> ms;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.last()};
}

bool report(const char *what, const Stats &s, double budget)
{
    const bool ok = s.median < budget;
    std::printf("%-44s median %7.2f ms   worst %7.2f ms   budget %5.0f ms   %s\n", what, s.median, s.worst,
                budget, ok ? "ok" : "OVER BUDGET");
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::temp().filePath(u"iia-bench"_s);
    const Paths paths(dir);

    if (!bench::ensureBenchLibrary(paths))
        return 1;

    std::printf("Library: %d assessments, %s\n", bench::kAssessments, qPrintable(paths.libraryFile()));
    bool ok = true;
    qsizetype listed = 0;
    ok &= report("open the library and list every assessment", measure([&] {
                     auto library = Library::open(paths);
                     listed = (*library)->store().list()->size();
                 }),
                 100);
    if (listed != bench::kAssessments) {
        std::fprintf(stderr, "listed %lld, expected %d\n", qlonglong(listed), bench::kAssessments);
        return 1;
    }
    auto library = Library::open(paths);
    qsizetype hits = 0;
    ok &= report("search one word (\"interconn\")", measure([&] {
                     hits = (*library)->store().list({ListQuery::Scope::Active, u"interconn"_s})->size();
                 }),
                 50);
    std::printf("  (%lld hits)\n", qlonglong(hits));
    ok &=
        report("search two words (\"syldavia encryption\")", measure([&] {
                   hits =
                       (*library)->store().list({ListQuery::Scope::Active, u"syldavia encryption"_s})->size();
               }),
               50);
    std::printf("  (%lld hits)\n", qlonglong(hits));
    ok &= report("search a title (\"assessment 4242\")", measure([&] {
                     hits =
                         (*library)->store().list({ListQuery::Scope::Active, u"assessment 4242"_s})->size();
                 }),
                 50);
    std::printf("  (%lld hits)\n", qlonglong(hits));
    return ok ? 0 : 1;
}
