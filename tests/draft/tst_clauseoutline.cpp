#include "../testutil.h"
#include "draft/clauseoutline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using iia::Clause;

class TestClauseOutline : public QObject
{
    Q_OBJECT

private:
    QStringList m_patterns;
    QString m_draft;

    static QString describe(const QList<Clause> &clauses)
    {
        QStringList parts;
        for (const Clause &c : clauses)
            parts.append(u"%1 %2@%3"_s.arg(c.level).arg(c.title).arg(c.position));
        return parts.join(u" | "_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QJsonObject framework =
            QJsonDocument::fromJson(
                readFixture(QStringLiteral(IIA_SOURCE_DIR "/assessments/iiat/iiat.framework.json")))
                .object();
        for (const QJsonValue &v : framework.value(u"clausePatterns").toObject().value(u"en").toArray())
            m_patterns.append(v.toString());
        QVERIFY(m_patterns.size() >= 10);

        const QJsonObject example =
            QJsonDocument::fromJson(
                readFixture(QStringLiteral(IIA_SOURCE_DIR "/assessments/examples/network-usage-fees.iia")))
                .object();
        m_draft =
            example.value(u"assessment").toObject().value(u"draft").toObject().value(u"text").toString();
        QVERIFY(m_draft.startsWith(u"DRAFT FAIR CONTRIBUTION"_s));
    }

    // The whole outline of the worked example: 12 articles, their numbered paragraphs and their points.
    void exampleOutline()
    {
        const QList<Clause> clauses = iia::findClauses(m_draft, m_patterns);
        const QStringList expected = {
            u"Article 1"_s,  u"1."_s,        u"2."_s,        u"(a)"_s, u"(b)"_s,       u"(c)"_s,
            u"3."_s,         u"Article 2"_s, u"(a)"_s,       u"(b)"_s, u"(c)"_s,       u"(d)"_s,
            u"(e)"_s,        u"(f)"_s,       u"(g)"_s,       u"(h)"_s, u"Article 3"_s, u"1."_s,
            u"2."_s,         u"3."_s,        u"4."_s,        u"5."_s,  u"Article 4"_s, u"1."_s,
            u"2."_s,         u"3."_s,        u"4."_s,        u"5."_s,  u"Article 5"_s, u"1."_s,
            u"2."_s,         u"3."_s,        u"4."_s,        u"5."_s,  u"6."_s,        u"Article 6"_s,
            u"1."_s,         u"2."_s,        u"(a)"_s,       u"(b)"_s, u"(c)"_s,       u"(d)"_s,
            u"3."_s,         u"4."_s,        u"Article 7"_s, u"1."_s,  u"2."_s,        u"3."_s,
            u"4."_s,         u"5."_s,        u"Article 8"_s, u"1."_s,  u"2."_s,        u"3."_s,
            u"Article 9"_s,  u"1."_s,        u"2."_s,        u"3."_s,  u"4."_s,        u"5."_s,
            u"Article 10"_s, u"1."_s,        u"2."_s,        u"3."_s,  u"4."_s,        u"5."_s,
            u"Article 11"_s, u"1."_s,        u"2."_s,        u"3."_s,  u"4."_s,        u"Article 12"_s,
            u"1."_s,         u"2."_s,        u"3."_s,
        };
        QStringList titles;
        for (const Clause &c : clauses)
            titles.append(c.title);
        QCOMPARE(titles, expected);

        qsizetype previous = -1;
        for (const Clause &c : clauses) {
            QVERIFY2(c.position > previous, qPrintable(describe(clauses)));
            previous = c.position;
            // Every heading starts a line, and the text there is the title.
            QCOMPARE(m_draft.at(c.position - 1), u'\n');
            QCOMPARE(m_draft.mid(c.position, c.title.size()), c.title);
            const int level = c.title.startsWith(u"Article"_s) ? 0 : c.title.startsWith(u'(') ? 2 : 1;
            QCOMPARE(c.level, level);
        }
    }

    void exampleArticles()
    {
        QList<Clause> articles;
        for (const Clause &c : iia::findClauses(m_draft, m_patterns)) {
            if (c.level == 0)
                articles.append(c);
        }
        QCOMPARE(articles.size(), 12);
        for (int i = 0; i < 12; ++i) {
            const QString title = u"Article %1"_s.arg(i + 1);
            QCOMPARE(articles.at(i).title, title);
            QCOMPARE(articles.at(i).position, m_draft.indexOf(u"\n\n"_s + title + u'\n') + 2);
        }
        // Fixed points, so that a change to the example or to the matching shows here.
        QCOMPARE(articles.first().position, 453);
        QCOMPARE(articles.last().position, m_draft.lastIndexOf(u"Article 12\nReview"_s));
    }

    void clauseAt_data()
    {
        QTest::addColumn<QString>("anchor"); // text whose first character is the position asked about
        QTest::addColumn<QString>("expected");

        QTest::addRow("title") << u"DRAFT FAIR"_s << QString();
        QTest::addRow("preamble") << u"An Act to require"_s << QString();
        QTest::addRow("article heading") << u"Article 7\n"_s << u"Article 7"_s;
        QTest::addRow("article caption") << u"Purpose and scope"_s << u"Article 1"_s;
        QTest::addRow("paragraph number") << u"2. This Act applies"_s << u"Article 1(2)"_s;
        QTest::addRow("point in a paragraph") << u"wherever those large"_s << u"Article 1(2)(b)"_s;
        QTest::addRow("paragraph after points") << u"Nothing in this Act affects"_s << u"Article 1(3)"_s;
        QTest::addRow("point under an article") << u"“large traffic generator” means"_s << u"Article 2(c)"_s;
        QTest::addRow("article 2 lead-in") << u"For the purposes of this Act:"_s << u"Article 2"_s;
        QTest::addRow("article 5(2)")
            << u"apply for entry in the registry within thirty"_s << u"Article 5(2)"_s;
        QTest::addRow("article 9(3)") << u"limit the bandwidth"_s << u"Article 9(3)"_s;
        QTest::addRow("article 6(2)(d)") << u"the duration of the agreement"_s << u"Article 6(2)(d)"_s;
        QTest::addRow("article 6(3) after points")
            << u"The designated network operator may require"_s << u"Article 6(3)"_s;
        QTest::addRow("article 12(3)") << u"twelve months after its publication."_s << u"Article 12(3)"_s;
    }

    void clauseAt()
    {
        QFETCH(QString, anchor);
        QFETCH(QString, expected);
        const QList<Clause> clauses = iia::findClauses(m_draft, m_patterns);
        const qsizetype position = m_draft.indexOf(anchor);
        QVERIFY2(position >= 0, qPrintable(anchor));
        QCOMPARE(iia::clauseAt(clauses, position), expected);
    }

    void clauseAtEdges()
    {
        const QList<Clause> clauses = iia::findClauses(m_draft, m_patterns);
        QCOMPARE(iia::clauseAt(clauses, -1), QString());
        QCOMPARE(iia::clauseAt(clauses, 0), QString());
        QCOMPARE(iia::clauseAt(clauses, m_draft.size()), u"Article 12(3)"_s);
        QCOMPARE(iia::clauseAt({}, 100), QString());
        // On the first character of a heading, and on the last character before it.
        const qsizetype article3 = m_draft.indexOf(u"Article 3\n"_s);
        QCOMPARE(iia::clauseAt(clauses, article3), u"Article 3"_s);
        QCOMPARE(iia::clauseAt(clauses, article3 - 1), u"Article 2(h)"_s);
    }

    void clauseAtWithoutArticles()
    {
        const QString text = u"Preamble\n1. First\n(a) point\n(b) point\n2. Second\n"_s;
        const QList<Clause> clauses = iia::findClauses(text, m_patterns);
        QCOMPARE(describe(clauses), u"1 1.@9 | 2 (a)@18 | 2 (b)@28 | 1 2.@38"_s);
        QCOMPARE(iia::clauseAt(clauses, 3), QString());
        QCOMPARE(iia::clauseAt(clauses, 12), u"1"_s);
        QCOMPARE(iia::clauseAt(clauses, 30), u"1(b)"_s);
        QCOMPARE(iia::clauseAt(clauses, 42), u"2"_s);
    }

    void headings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // "level title@position | …"

        QTest::addRow("article") << u"Article 5\nText"_s << u"0 Article 5@0"_s;
        QTest::addRow("article with letter") << u"Art. 5a Scope"_s << u"0 Art. 5a@0"_s;
        QTest::addRow("article bis") << u"Article 12 bis\n"_s << u"0 Article 12 bis@0"_s;
        QTest::addRow("indented section") << u"x\n  Section 3(2) The Minister"_s << u"0 Section 3(2)@4"_s;
        QTest::addRow("paragraph sign") << u"§ 5 Scope"_s << u"0 § 5@0"_s;
        QTest::addRow("chapter roman") << u"CHAPTER IV\nFinal provisions"_s << u"0 CHAPTER IV@0"_s;
        QTest::addRow("part") << u"Part 2\n"_s << u"0 Part 2@0"_s;
        QTest::addRow("annex letter") << u"Annex B\n"_s << u"0 Annex B@0"_s;
        QTest::addRow("recital") << u"Recital 12\n"_s << u"0 Recital 12@0"_s;
        QTest::addRow("paragraph word") << u"Paragraph 4\n"_s << u"1 Paragraph 4@0"_s;
        QTest::addRow("numbered") << u"1. The Act\n"_s << u"1 1.@0"_s;
        QTest::addRow("decimal numbered") << u"\t1.2 The Act\n"_s << u"1 1.2@1"_s;
        QTest::addRow("bracketed number") << u"(1) The Act\n"_s << u"1 (1)@0"_s;
        QTest::addRow("number with bracket") << u"3) The Act\n"_s << u"1 3)@0"_s;
        QTest::addRow("section reference number") << u"5(2) The Act\n"_s << u"1 5(2)@0"_s;
        QTest::addRow("point") << u"(a) text\n"_s << u"2 (a)@0"_s;
        QTest::addRow("roman point") << u"(iv) text\n"_s << u"2 (iv)@0"_s;
        QTest::addRow("letter bracket") << u"b) text\n"_s << u"2 b)@0"_s;
        QTest::addRow("mid-line reference") << u"see Article 5 and (a) of 1. it"_s << QString();
        QTest::addRow("year is not a clause") << u"2026 was the year\n"_s << QString();
        QTest::addRow("several") << u"Chapter I\nArticle 1\n1. a\n(a) b\n"_s
                                 << u"0 Chapter I@0 | 0 Article 1@10 | 1 1.@20 | 2 (a)@25"_s;
    }

    void headings()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(describe(iia::findClauses(text, m_patterns)), expected);
    }

    void invalidPatternsAreIgnored()
    {
        const QStringList patterns = {u"(?m)^(unclosed"_s, u"(?m)^Rule [0-9]+"_s};
        QCOMPARE(describe(iia::findClauses(u"Rule 4\nRule 5\n"_s, patterns)), u"0 Rule 4@0 | 0 Rule 5@7"_s);
        QCOMPARE(describe(iia::findClauses(u"Rule 4"_s, {})), QString());
    }

    // Two patterns matching at one place: one heading, the longest match.
    void longestMatchWins()
    {
        const QStringList patterns = {u"(?m)^Article [0-9]+"_s, u"(?m)^Article [0-9]+\\([0-9]+\\)"_s};
        QCOMPARE(describe(iia::findClauses(u"Article 4(2) x"_s, patterns)), u"0 Article 4(2)@0"_s);
    }
};

QTEST_MAIN(TestClauseOutline)
#include "tst_clauseoutline.moc"
