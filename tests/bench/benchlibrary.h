#pragma once

// The library the benchmarks measure: 10,000 assessments, each with a 5 KB draft, a summary and about two
// thirds of the questions answered with notes. Generated once into the benchmark folder and kept.

#include "library.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdio>

namespace iia::bench {

using namespace Qt::StringLiterals;

constexpr int kAssessments = 10000;

inline QString words(QRandomGenerator &rng, int count)
{
    static const QStringList kWords{u"network"_s,   u"operator"_s,   u"licence"_s,         u"traffic"_s,
                                    u"filtering"_s, u"encryption"_s, u"provider"_s,        u"registry"_s,
                                    u"gateway"_s,   u"retention"_s,  u"article"_s,         u"shall"_s,
                                    u"authority"_s, u"subscriber"_s, u"interconnection"_s, u"spectrum"_s,
                                    u"data"_s,      u"user"_s,       u"service"_s,         u"minister"_s};
    QString out;
    for (int i = 0; i < count; ++i) {
        if (i % 60 == 0)
            out += u"\nArticle %1\n"_s.arg(i / 60 + 1);
        out += kWords.at(rng.bounded(int(kWords.size()))) + u' ';
    }
    return out;
}

/// Makes sure paths holds the benchmark library; returns false (having printed why) on failure.
inline bool ensureBenchLibrary(const Paths &paths)
{
    {
        auto library = Library::open(paths);
        if (!library) {
            std::fprintf(stderr, "%s\n", qPrintable(library.error().toString()));
            return false;
        }
        auto rows = (*library)->store().list();
        if (rows && rows->size() == kAssessments)
            return true;
    }
    std::printf("Generating %d assessments in %s …\n", kAssessments, qPrintable(paths.libraryFile()));
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(paths.libraryFile() + suffix);
    auto library = Library::open(paths);
    if (!library)
        return false;
    static const QStringList kPlaces{u"Ruritania"_s, u"Freedonia"_s, u"Borduria"_s, u"Syldavia"_s,
                                     u"Genovia"_s};
    QRandomGenerator rng(42);
    const FrameworkPtr fw = (*library)->frameworks().defaultFramework();
    QList<const Question *> questions;
    for (const Item *item : fw->items())
        for (const Question &q : item->questions)
            questions.append(&q);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < kAssessments; ++i) {
        Assessment a = makeAssessment(u"Assessment %1 of the %2 act"_s.arg(i).arg(words(rng, 1).trimmed()),
                                      fw->id, fw->version, now.addSecs(-i * 60));
        a.caseInfo.jurisdiction = kPlaces.at(i % kPlaces.size());
        a.caseInfo.summary = words(rng, 40);
        a.draftText = words(rng, 600);
        for (const Question *q : std::as_const(questions)) {
            if (rng.bounded(3) != 0)
                a.answers.insert(q->id, Answer{AnswerValue(1 + rng.bounded(5)), words(rng, 8)});
        }
        if (auto r = (*library)->store().insert(a, {Verdict::Risks, Verdict::Supports, 0.5}); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return false;
        }
    }
    std::printf("library file %.1f MB\n", double(QFileInfo(paths.libraryFile()).size()) / 1e6);
    return true;
}

} // namespace iia::bench
