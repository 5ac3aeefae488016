// Desktop budgets (issue: desktop application):
//   cold start to the first painted library window < 0.5 s and ≤ 1.5 × a bare Qt Widgets window started the
//   same way; memory with one assessment open ≤ the bare window's + 60 MB; opening an assessment from a
//   10,000-assessment library < 150 ms; the UI thread never blocks longer than 100 ms on storage (the slowest
//   edit, list and search; the window while the day's check and backup run behind it).
// Prints medians and worst cases; exits 1 over budget.
//
//   bench_gui IIA BARE DIR   (the iia and bench_barewindow executables, and the benchmark library folder)

#include "assessment/assessmentview.h"
#include "benchlibrary.h"
#include "document/assessmentdocument.h"
#include "library/dailycarerunner.h"
#include "library/libraryview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <unistd.h>

using namespace iia;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    double ms = 0;
    double peakMb = 0;
};

Run startOnce(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    QProcessEnvironment launch = env;
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    launch.insert(u"IIA_BENCH_LAUNCH_NS"_s, QString::number(qint64(now.tv_sec) * 1000000000 + now.tv_nsec));
    p.setProcessEnvironment(launch);
    p.start(program, args);
    p.waitForFinished(30000);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    Run r;
    const auto paint = QRegularExpression(u"FirstPaintMs: ([0-9.]+)"_s).match(err);
    r.ms = paint.hasMatch() ? paint.captured(1).toDouble() : 0;
    const auto m = QRegularExpression(u"VmHWM:\\s+(\\d+) kB"_s).match(err);
    r.peakMb = m.hasMatch() ? m.captured(1).toDouble() / 1024 : 0;
    if (!paint.hasMatch() || !m.hasMatch())
        std::fprintf(stderr, "%s did not report its first paint: %s\n", qPrintable(program), qPrintable(err));
    return r;
}

// Empties the kernel's page cache, so that the next start reads its program and libraries from the disk as
// after a reboot. Needs root; false (and nothing done) otherwise.
bool dropPageCache()
{
    ::sync();
    QFile control(u"/proc/sys/vm/drop_caches"_s);
    if (!control.open(QIODevice::WriteOnly))
        return false;
    return control.write("3\n") == 2;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

bool line(const char *what, double value, double budget, const char *unit = "ms")
{
    const bool ok = value <= budget;
    std::printf("%-62s %8.1f %s   budget %6.1f %s   %s\n", what, value, unit, budget, unit,
                ok ? "ok" : "OVER BUDGET");
    return ok;
}

// The day's check and backup of the 10,000-assessment library, run behind a window that has just been shown
// (a copy with nothing done today, so both are due), three times: how long the care takes, and the longest
// the UI thread went without running its event loop from the first paint until the care was done (a 5 ms
// timer's longest gap, less 5 ms).
bool careBehindTheWindow(const Paths &benchPaths)
{
    QList<double> careMs, gapMs, paintMs;
    for (int i = 0; i < 3; ++i) {
        QTemporaryDir dir;
        const Paths paths(dir.filePath(u"data"_s));
        QDir().mkpath(paths.dataDir());
        if (!QFile::copy(benchPaths.libraryFile(), paths.libraryFile())) {
            std::fprintf(stderr, "could not copy the library to %s\n", qPrintable(paths.dataDir()));
            return false;
        }
        auto library = Library::open(paths, Store::Mode::ReadWrite, Library::CareTiming::Later);
        if (!library || !(*library)->store().setState(u"integrity_checked"_s, u"2000-01-01"_s)) {
            std::fprintf(stderr, "could not open the copy of the library\n");
            return false;
        }
        MainWindow window(**library, u"en"_s);
        bool painted = false, done = false;
        QElapsedTimer clock, sinceTick;
        QObject::connect(window.libraryView(), &LibraryView::firstPainted, &window, [&] {
            painted = true;
            paintMs.append(double(clock.nsecsElapsed()) / 1e6);
            sinceTick.restart(); // the start itself is measured above
        });
        QObject::connect(
            window.dailyCare(), &DailyCareRunner::finished, &window, [&](const CareReport &report) {
                done = true;
                careMs.append(double(clock.nsecsElapsed()) / 1e6);
                if (report.outcome != CareReport::Outcome::Done || !report.checked || !report.backup)
                    std::fprintf(stderr, "the day's care did not check and back up the library\n");
            });
        double longest = 0;
        QTimer tick;
        tick.setInterval(5);
        QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
            if (painted)
                longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6 - 5);
            sinceTick.restart();
        });
        clock.start();
        sinceTick.start();
        tick.start();
        window.show();
        while (!done && clock.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        gapMs.append(longest);
    }
    std::printf(
        "the day's check and backup behind the window: done %.0f ms after show (first paint %.0f ms)\n",
        median(careMs), median(paintMs));
    return line("UI thread meanwhile: longest without its event loop (worst of 3)",
                *std::max_element(gapMs.begin(), gapMs.end()), 100);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_gui IIA BARE DIR\n");
        return 2;
    }
    const QString iiaProgram = QString::fromLocal8Bit(argv[1]);
    const QString bare = QString::fromLocal8Bit(argv[2]);
    const Paths paths(QString::fromLocal8Bit(argv[3]));
    if (!bench::ensureBenchLibrary(paths))
        return 1;
    bool ok = true;

    // Start-up, as separate processes, alternating so that both see the same machine.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"IIA_BENCH_EXIT_AFTER_PAINT"_s, u"1"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    QList<double> iiaMs, bareMs, iiaMb, bareMb;
    QString someId;
    {
        auto library = Library::open(paths);
        someId = (*library)->store().list()->at(500).id;
    }
    QProcessEnvironment openEnv = env;
    openEnv.insert(u"IIA_BENCH_OPEN"_s, someId);
    QList<double> openMb;
    for (int i = 0; i < 11; ++i) {
        const Run a = startOnce(iiaProgram, {u"--data-dir"_s, paths.dataDir()}, env);
        const Run b = startOnce(bare, {}, env);
        const Run c = startOnce(iiaProgram, {u"--data-dir"_s, paths.dataDir()}, openEnv);
        iiaMs.append(a.ms);
        bareMs.append(b.ms);
        bareMb.append(b.peakMb);
        iiaMb.append(a.peakMb);
        openMb.append(c.peakMb);
    }
    const double start = median(iiaMs), bareStart = median(bareMs);
    std::printf("bare Qt Widgets window to first paint: %.1f ms, peak %.1f MB\n", bareStart, median(bareMb));
    ok &= line("warm start to the painted library window (10,000 assessments)", start, 500);
    // The 1.5 × budget is on cold starts (below); the warm ratio is printed for information.
    std::printf("  … relative to the bare window, warm: %.2f x (no budget: the issue's is on cold starts)\n",
                start / bareStart);

    ok &= line("peak memory with one assessment open, above the bare window", median(openMb) - median(bareMb),
               60, "MB");
    std::printf("  (iia with the library only: %.1f MB; with an assessment open: %.1f MB)\n", median(iiaMb),
                median(openMb));

    // Opening an assessment in the window, in this process.
    auto library = Library::open(paths);
    MainWindow window(**library, u"en"_s);
    window.show();
    // As a person would: the window is up (and has done what follows its first paint) before they open one.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    const auto rows = (*library)->store().list().value();
    QList<double> openMs;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer t;
        t.start();
        window.openAssessment(rows.at(i * 37).id);
        QApplication::processEvents();
        openMs.append(double(t.nsecsElapsed()) / 1e6);
        window.closeAssessment();
    }
    ok &= line("open an assessment from a 10,000-assessment library (median)", median(openMs), 150);
    ok &= line("  … worst of 15", *std::max_element(openMs.begin(), openMs.end()), 150);

    // The slowest thing the UI thread waits for on storage: an edit (one transaction), the list, a search.
    window.openAssessment(rows.at(3).id);
    AssessmentDocument &doc = window.assessmentView()->document();
    double worstEdit = 0;
    const QStringList questions{u"cp1.q1"_s, u"cp2.q3"_s, u"access.q2"_s, u"privacy.q4"_s};
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        doc.apply(edits::SetAnswer{questions.at(i % 4), Answer{AnswerValue(1 + i % 5), u"note %1"_s.arg(i)}});
        worstEdit = std::max(worstEdit, double(t.nsecsElapsed()) / 1e6);
    }
    QElapsedTimer t;
    t.start();
    (void)(*library)->store().list();
    const double list = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    (void)(*library)->store().list({ListQuery::Scope::Active, u"interconn"_s});
    const double search = double(t.nsecsElapsed()) / 1e6;
    // The library window listing all 10,000 again, as it does once after the first paint and after a change.
    window.closeAssessment();
    QList<double> refreshMs;
    for (int i = 0; i < 7; ++i) {
        t.restart();
        window.libraryView()->refresh();
        refreshMs.append(double(t.nsecsElapsed()) / 1e6);
    }
    ok &= line("UI thread on storage: slowest of 200 edits (save + rescore + refresh)", worstEdit, 100);
    ok &= line("UI thread: the library window lists all 10,000 (median of 7)", median(refreshMs), 100);
    ok &= line("UI thread on storage: list 10,000", list, 100);
    ok &= line("UI thread on storage: search matching 10,000", search, 100);

    ok &= careBehindTheWindow(paths);

    // Cold: the page cache emptied before each start, as after a reboot; both programs alternately. Last, so
    // that the measurements above find the library and the program in the cache as a person's session would.
    QList<double> coldIiaMs, coldBareMs;
    for (int i = 0; i < 9 && dropPageCache(); ++i) {
        coldIiaMs.append(startOnce(iiaProgram, {u"--data-dir"_s, paths.dataDir()}, env).ms);
        dropPageCache();
        coldBareMs.append(startOnce(bare, {}, env).ms);
    }
    if (coldIiaMs.size() == 9) {
        const double coldStart = median(coldIiaMs), coldBare = median(coldBareMs);
        std::printf("bare Qt Widgets window to first paint, cold: %.1f ms\n", coldBare);
        ok &= line("cold start to the painted library window (10,000 assessments)", coldStart, 500);
        ok &= line("  … relative to the bare window, cold", coldStart / coldBare, 1.5, "x ");
        std::printf("  (ratio to two decimals: %.2f)\n", coldStart / coldBare);
    } else {
        std::printf(
            "cold start not measured: emptying the page cache (/proc/sys/vm/drop_caches) needs root\n");
    }
    return ok ? 0 : 1;
}
