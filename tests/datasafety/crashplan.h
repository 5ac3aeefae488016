#pragma once

// What the crash worker does, step by step, so that the crash test can tell exactly what the library must
// hold after the worker was killed: the state after N operations, for some N the worker reported (or one
// more, the operation in flight).

#include "edit.h"
#include "framework.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <QTimeZone>

namespace iia::crashplan {

using namespace Qt::StringLiterals;

/// The worker's clock: edit n happens n minutes after this, so that an assessment's modification time
/// tells how many edits it holds, and a revision is kept every ten edits (Library::kCheckpointSeconds).
inline QDateTime base()
{
    return QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::UTC);
}

inline QDateTime timeOfEdit(int n)
{
    return base().addSecs(60LL * n);
}

inline int editOfTime(const QDateTime &time)
{
    return int(base().secsTo(time) / 60);
}

/// The framework's question ids in framework order.
inline QStringList questionIds(const Framework &framework)
{
    QStringList ids;
    for (const Item *item : framework.items()) {
        for (const Question &q : item->questions)
            ids.append(q.id);
    }
    return ids;
}

/// Edit n (from 1): every fifth sets the conclusions (the assessment row and the search index); the others
/// answer a question, with the edit's number in the note (the answer table and the assessment row).
inline Edit edit(int n, const QStringList &questions)
{
    if (n % 5 == 0)
        return edits::SetConclusions{u"Conclusions as of edit %1."_s.arg(n)};
    static const AnswerValue values[] = {AnswerValue::Yes, AnswerValue::No, AnswerValue::Unsure};
    return edits::SetAnswer{questions.at(n % questions.size()), Answer{values[n % 3], u"edit %1"_s.arg(n)}};
}

/// What the assessment holds after edits 1…n.
struct EditState
{
    QString conclusions;
    QMap<QString, Answer> answers;
    int revisions = 0; ///< one every ten edits
};

inline EditState stateAfter(int n, const QStringList &questions)
{
    EditState state;
    for (int i = 1; i <= n; ++i) {
        const Edit e = edit(i, questions);
        if (auto *c = std::get_if<edits::SetConclusions>(&e))
            state.conclusions = c->text;
        else if (auto *a = std::get_if<edits::SetAnswer>(&e))
            state.answers.insert(a->questionId, a->answer);
    }
    state.revisions = n / 10;
    return state;
}

/// The id the worker gives its n-th import (from 1).
inline QString importId(int n)
{
    return u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
}

/// The title of the n-th import: the source's title and the number.
inline QString importTitle(const QString &sourceTitle, int n)
{
    return u"%1 #%2"_s.arg(sourceTitle).arg(n);
}

} // namespace iia::crashplan
