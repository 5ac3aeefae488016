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
};

/// The clause headings in text, in order of position, found by the framework's clause patterns (regular
/// expressions; see "clausePatterns" in assessments/iiat/iiat.framework.json; they use (?m) and match at line
/// starts). Where several patterns match at one place the longest match wins; invalid patterns are ignored.
/// Level 0 for Article, Chapter, Part, Section, §, Annex, Recital… headings, 1 for numbered paragraphs
/// ("1.", "1.2", "(1)", "1)", "Paragraph 3"), 2 for lettered or roman points ("(a)", "a)", "(iv)").
QList<Clause> findClauses(const QString &text, const QStringList &patterns);

/// The clause that contains position (the last heading at or before it), with the headings it sits under:
/// "Article 5(2)" inside paragraph 2 of Article 5, "Article 1(2)(b)" inside its point (b), "Article 5" on
/// the heading or its caption. Without an enclosing level-0 heading the label starts at the paragraph
/// ("2(a)"). Empty when position is before the first heading. clauses must be sorted by position, as
/// findClauses returns them.
QString clauseAt(const QList<Clause> &clauses, qsizetype position);

} // namespace iia
