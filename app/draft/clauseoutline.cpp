#include "clauseoutline.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace iia {

using namespace Qt::StringLiterals;

namespace {

bool isLineSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

int levelOf(QStringView title)
{
    const QChar first = title.front();
    if (first == u'(') {
        const QChar inner = title.size() > 1 ? title.at(1) : QChar();
        return inner.isDigit() ? 1 : 2;
    }
    if (first.isDigit())
        return 1;
    if (first.isLetter()) {
        // "a)" is a point; "Paragraph 3" and "para. 3" are numbered paragraphs; every other word is a
        // heading.
        if (title.size() >= 2 && title.at(1) == u')')
            return 2;
        if (title.startsWith(u"paragraph", Qt::CaseInsensitive) ||
            title.startsWith(u"para.", Qt::CaseInsensitive))
            return 1;
    }
    return 0;
}

// The number or letter of a paragraph or point: "2." → "2", "(a)" → "a", "a)" → "a", "Paragraph 3" → "3".
QString coreOf(const Clause &clause)
{
    QString core = clause.title;
    static const QRegularExpression word(uR"(^(?i:paragraph|para\.)\s*)"_s);
    core.remove(word);
    while (core.endsWith(u'.'))
        core.chop(1);
    if (core.startsWith(u'(') && core.endsWith(u')') && core.count(u'(') == 1)
        core = core.mid(1, core.size() - 2);
    else if (core.endsWith(u')') && !core.contains(u'('))
        core.chop(1);
    return core;
}

} // namespace

QList<Clause> findClauses(const QString &text, const QStringList &patterns)
{
    // position → title; one heading per place, the longest match.
    QMap<qsizetype, QString> found;
    for (const QString &pattern : patterns) {
        const QRegularExpression re(pattern);
        if (!re.isValid())
            continue;
        for (auto it = re.globalMatchView(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            qsizetype start = match.capturedStart();
            const qsizetype end = match.capturedEnd();
            while (start < end && isLineSpace(text.at(start)))
                ++start;
            qsizetype stop = end;
            while (stop > start && text.at(stop - 1).isSpace())
                --stop;
            if (stop <= start)
                continue;
            const QString title = text.mid(start, stop - start);
            auto existing = found.find(start);
            if (existing == found.end())
                found.insert(start, title);
            else if (title.size() > existing->size())
                *existing = title;
        }
    }

    QList<Clause> clauses;
    clauses.reserve(found.size());
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        clauses.append(Clause{it.value(), it.key(), levelOf(it.value())});
    return clauses;
}

QString clauseAt(const QList<Clause> &clauses, qsizetype position)
{
    if (position < 0)
        return {};
    const auto after = std::upper_bound(clauses.cbegin(), clauses.cend(), position,
                                        [](qsizetype pos, const Clause &c) { return pos < c.position; });
    if (after == clauses.cbegin())
        return {};

    // Walk back from the clause that contains position, collecting each enclosing heading of a lower level.
    QList<const Clause *> chain;
    int level = std::numeric_limits<int>::max();
    for (auto it = after; it != clauses.cbegin();) {
        --it;
        if (it->level >= level)
            continue;
        chain.prepend(&*it);
        level = it->level;
        if (level <= 0)
            break;
    }

    QString label;
    for (const Clause *clause : std::as_const(chain)) {
        if (clause->level <= 0)
            label = clause->title;
        else if (label.isEmpty() && clause->level == 1)
            label = coreOf(*clause);
        else
            label += u'(' + coreOf(*clause) + u')';
    }
    return label;
}

} // namespace iia
