#include "clauseoutline.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <tuple>
#include <utility>

namespace iia {

using namespace Qt::StringLiterals;

namespace {

// The named groups of a clause pattern that make its match a numbered paragraph or a point, and hold its
// number or letter.
constexpr QLatin1StringView kParagraphGroup("paragraph");
constexpr QLatin1StringView kPointGroup("point");

bool isLineSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

// The level and number of a heading matched by a pattern without the named groups "paragraph" and "point"
// (a framework variant written before they existed), from its shape alone: "(1)", "1." and "1)" are
// numbered paragraphs, "(a)" and "a)" points, anything else a heading.
std::pair<int, QString> shapeOf(const QString &title)
{
    const QChar first = title.front();
    QString number = title;
    while (number.endsWith(u'.'))
        number.chop(1);
    if (first == u'(') {
        if (number.endsWith(u')') && number.count(u'(') == 1)
            number = number.mid(1, number.size() - 2);
        const QChar inner = title.size() > 1 ? title.at(1) : QChar();
        return {inner.isDigit() ? 1 : 2, number};
    }
    if (number.endsWith(u')') && !number.contains(u'('))
        number.chop(1);
    if (first.isDigit())
        return {1, number};
    if (first.isLetter() && title.size() >= 2 && title.at(1) == u')')
        return {2, number};
    return {0, QString()};
}

} // namespace

QList<Clause> findClauses(const QString &text, const QStringList &patterns)
{
    // position → heading; one heading per place, the longest match (the first pattern's among equals).
    QMap<qsizetype, Clause> found;
    for (const QString &pattern : patterns) {
        const QRegularExpression re(pattern);
        if (!re.isValid())
            continue;
        const QStringList groups = re.namedCaptureGroups();
        const bool named = groups.contains(kParagraphGroup) || groups.contains(kPointGroup);
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
            Clause clause{text.mid(start, stop - start), start, 0, {}};
            auto existing = found.find(start);
            if (existing != found.end() && clause.title.size() <= existing->title.size())
                continue;
            if (named) {
                if (match.hasCaptured(kParagraphGroup)) {
                    clause.level = 1;
                    clause.number = match.captured(kParagraphGroup);
                } else if (match.hasCaptured(kPointGroup)) {
                    clause.level = 2;
                    clause.number = match.captured(kPointGroup);
                }
            } else {
                std::tie(clause.level, clause.number) = shapeOf(clause.title);
            }
            found.insert(start, clause);
        }
    }
    return found.values();
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
            label = clause->number;
        else
            label += u'(' + clause->number + u')';
    }
    return label;
}

} // namespace iia
