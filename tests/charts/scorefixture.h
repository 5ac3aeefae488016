#pragma once

// The assessment both chart tests score: every kind of cell the score model can show.

#include "assessment.h"
#include "frameworkregistry.h"
#include "scoring.h"

#include <QDateTime>
#include <QTimeZone>

namespace scorefixture {

inline iia::FrameworkPtr builtIn()
{
    iia::FrameworkRegistry registry;
    registry.load(QString());
    return registry.defaultFramework();
}

inline void answer(iia::Assessment &a, const QString &questionId, iia::AnswerValue value)
{
    a.answers.insert(questionId, iia::Answer{value, {}});
}

inline void rate(iia::Assessment &a, const QString &itemId, iia::Impact impact,
                 iia::Direction direction = iia::Direction::Unset,
                 iia::Strength strength = iia::Strength::Unset)
{
    iia::Rating r;
    r.impact = impact;
    r.direction = direction;
    r.strength = strength;
    a.ratings.insert(itemId, r);
}

/// cp1  the worked example: strongly negative on both sides (−3 / −3), 6 of 6 answered
/// cp2  analyst weakly negative (−1), answers suggest positive (+2, 2 of 5, one unsure): they differ
/// cp3  nothing at all
/// cp4  no impact on both sides (0 / 0), 5 of 5 answered "no"
/// cp5  analyst positive without strength (+2), no answers
/// access        no rating, one "yes" to a serious harm (−3)
/// use           analyst negative (−2), answers mixed (0): they differ
/// reachability  analyst strongly positive (+3), answers weakly positive (+1)
/// privacy       strongly negative on both sides (−3 / −3)
inline iia::Assessment assessment(const iia::Framework &fw)
{
    using enum iia::AnswerValue;
    using iia::Direction;
    using iia::Impact;
    using iia::Strength;
    iia::Assessment a = iia::makeAssessment(QStringLiteral("Network usage fees"), fw.id, fw.version,
                                            QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::UTC));
    answer(a, QStringLiteral("cp1.q1"), No);
    answer(a, QStringLiteral("cp1.q2"), Yes);
    answer(a, QStringLiteral("cp1.q3"), Partly);
    answer(a, QStringLiteral("cp1.q4"), No);
    answer(a, QStringLiteral("cp1.q5"), No);
    answer(a, QStringLiteral("cp1.q6"), No);
    rate(a, QStringLiteral("cp1"), Impact::Yes, Direction::Negative, Strength::Strong);

    answer(a, QStringLiteral("cp2.q1"), Unsure);
    answer(a, QStringLiteral("cp2.q5"), Yes);
    rate(a, QStringLiteral("cp2"), Impact::Yes, Direction::Negative, Strength::Weak);

    for (int q = 1; q <= 5; ++q)
        answer(a, QStringLiteral("cp4.q%1").arg(q), No);
    rate(a, QStringLiteral("cp4"), Impact::No);

    rate(a, QStringLiteral("cp5"), Impact::Yes, Direction::Positive);

    answer(a, QStringLiteral("access.q1"), Yes);

    answer(a, QStringLiteral("use.q1"), Partly);
    answer(a, QStringLiteral("use.q4"), Yes);
    rate(a, QStringLiteral("use"), Impact::Yes, Direction::Negative, Strength::Moderate);

    answer(a, QStringLiteral("reachability.q5"), Partly);
    rate(a, QStringLiteral("reachability"), Impact::Yes, Direction::Positive, Strength::Strong);

    answer(a, QStringLiteral("privacy.q1"), Yes);
    rate(a, QStringLiteral("privacy"), Impact::Yes, Direction::Negative, Strength::Strong);
    return a;
}

} // namespace scorefixture
