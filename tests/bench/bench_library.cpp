// Library budgets (issue: foundation): with 10,000 assessments, opening the library and listing them
// < 100 ms, a search < 50 ms. Prints the median and the worst of repeated runs; exits 1 over budget.
//
//   bench_library DIR     (DIR keeps the generated library between runs)

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

constexpr int kAssessments = 10000;
constexpr int kRuns = 15;

const QStringList kWords{u"network"_s,   u"operator"_s,   u"licence"_s,         u"traffic"_s,
                         u"filtering"_s, u"encryption"_s, u"provider"_s,        u"registry"_s,
                         u"gateway"_s,   u"retention"_s,  u"article"_s,         u"shall"_s,
                         u"authority"_s, u"subscriber"_s, u"interconnection"_s, u"spectrum"_s,
                         u"data"_s,      u"user"_s,       u"service"_s,         u"minister"_s};
const QStringList kPlaces{u"Ruritania"_s, u"Freedonia"_s, u"Borduria"_s, u"Syldavia"_s, u"Genovia"_s};

QString words(QRandomGenerator &rng, int count)
{
    QString out;
    for (int i = 0; i < count; ++i) {
        if (i % 60 == 0)
            out += u"\nArticle %1\n"_s.arg(i / 60 + 1);
        out += kWords.at(rng.bounded(int(kWords.size()))) + u' ';
    }
    return out;
}

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

    {
        auto library = Library::open(paths);
        if (!library) {
            std::fprintf(stderr, "%s\n", qPrintable(library.error().toString()));
            return 1;
        }
        auto rows = (*library)->store().list();
        if (rows->size() != kAssessments) {
            std::printf("Generating %d assessments in %s …\n", kAssessments, qPrintable(paths.libraryFile()));
            (*library).reset();
            QFile::remove(paths.libraryFile());
            QFile::remove(paths.libraryFile() + u"-wal"_s);
            QFile::remove(paths.libraryFile() + u"-shm"_s);
            auto fresh = Library::open(paths);
            QRandomGenerator rng(42);
            QElapsedTimer t;
            t.start();
            const FrameworkPtr fw = (*fresh)->frameworks().defaultFramework();
            QList<const Question *> questions;
            for (const Item *item : fw->items())
                for (const Question &q : item->questions)
                    questions.append(&q);
            for (int i = 0; i < kAssessments; ++i) {
                Assessment a =
                    makeAssessment(u"Assessment %1 of the %2 act"_s.arg(i).arg(kWords.at(i % 20)), fw->id,
                                   fw->version, QDateTime::currentDateTimeUtc().addSecs(-i * 60));
                a.caseInfo.jurisdiction = kPlaces.at(i % kPlaces.size());
                a.caseInfo.summary = words(rng, 40);
                a.draftText = words(rng, 600); // about 5 KB of draft per assessment
                for (const Question *q : std::as_const(questions)) {
                    if (rng.bounded(3) != 0)
                        a.answers.insert(q->id, Answer{AnswerValue(1 + rng.bounded(5)), words(rng, 8)});
                }
                if (auto r = (*fresh)->store().insert(a, {Verdict::Risks, Verdict::Supports, 0.5}); !r) {
                    std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
                    return 1;
                }
            }
            std::printf("generated in %.1f s; library file %.1f MB\n", double(t.elapsed()) / 1000,
                        double(QFileInfo(paths.libraryFile()).size()) / 1e6);
        }
    }

    std::printf("Library: %d assessments, %s\n", kAssessments, qPrintable(paths.libraryFile()));
    bool ok = true;
    qsizetype listed = 0;
    ok &= report("open the library and list every assessment", measure([&] {
                     auto library = Library::open(paths);
                     listed = (*library)->store().list()->size();
                 }),
                 100);
    if (listed != kAssessments) {
        std::fprintf(stderr, "listed %lld, expected %d\n", qlonglong(listed), kAssessments);
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
