#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace iia {

/// A clause heading found in a draft's text.
struct Clause
{
    QString title;      ///< the heading's label as written, trimmed: "Article 5", "Section 3(2)", "2.", "(a)"
    qsizetype position; ///< index of the heading's first character in the text
    int level;          ///< 0 Article/Chapter/Part/Section-like, 1 numbered paragraph "1.", 2 point "(a)"
    QString number;     ///< of a paragraph or point, its number, letter or ordinal: "2", "a", "1°", "segundo"
};

/// The clause headings in text, in order of position, found by the framework's clause patterns (regular
/// expressions; see "clausePatterns" in assessments/iiat/iiat.framework.json; they use (?m) and match at line
/// starts). Where several patterns match at one place the longest match wins, the first pattern's among
/// matches of one length; invalid patterns are ignored.
///
/// The pattern that matched tells the level: a match whose named group "paragraph" took part is a numbered
/// paragraph (level 1: "1.", "(1)", "Paragraphe 2", "apartado 3", "الفقرة 2"), one whose group "point" did is
/// a point (level 2: "(a)", "b)", "inciso c)", "البند (أ)"), any other a heading (level 0: Article, Chapter,
/// Section, §, Annex, Recital…); the group's text is the number. A group name appears once in a pattern, or
/// in each branch of a branch-reset group "(?|…|…)". A pattern without either group (a framework written
/// before they existed) is judged by the shape of its match: "1.", "(1)", "1)" paragraphs, "(a)", "a)"
/// points.
QList<Clause> findClauses(const QString &text, const QStringList &patterns);

/// The clause that contains position (the last heading at or before it), with the headings it sits under:
/// "Article 5(2)" inside paragraph 2 of Article 5, "Article 1(2)(b)" inside its point (b), "Article 5" on
/// the heading or its caption. Without an enclosing level-0 heading the label starts at the paragraph
/// ("2(a)"). Empty when position is before the first heading. clauses must be sorted by position, as
/// findClauses returns them.
QString clauseAt(const QList<Clause> &clauses, qsizetype position);

} // namespace iia
