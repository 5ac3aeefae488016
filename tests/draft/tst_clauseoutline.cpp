#include "../testutil.h"
#include "draft/clauseoutline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;
using iia::Clause;

class TestClauseOutline : public QObject
{
    Q_OBJECT

private:
    QStringList m_patterns;                        // English
    QMap<QString, QStringList> m_languagePatterns; // language → its patterns
    QStringList m_allPatterns;                     // every language's, as the draft panel uses them
    QString m_draft;

    static QString describe(const QList<Clause> &clauses)
    {
        QStringList parts;
        for (const Clause &c : clauses)
            parts.append(u"%1 %2@%3"_s.arg(c.level).arg(c.title).arg(c.position));
        return parts.join(u" | "_s);
    }

    // As describe, with the number of each paragraph and point: "1 Paragraphe 2=2@10".
    static QString describeNumbers(const QList<Clause> &clauses)
    {
        QStringList parts;
        for (const Clause &c : clauses) {
            const QString title = c.number.isEmpty() ? c.title : c.title + u'=' + c.number;
            parts.append(u"%1 %2@%3"_s.arg(c.level).arg(title).arg(c.position));
        }
        return parts.join(u" | "_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QJsonObject framework =
            QJsonDocument::fromJson(
                readFixture(QStringLiteral(IIA_SOURCE_DIR "/assessments/iiat/iiat.framework.json")))
                .object();
        const QJsonObject patterns = framework.value(u"clausePatterns").toObject();
        for (auto it = patterns.begin(); it != patterns.end(); ++it) {
            for (const QJsonValue &v : it.value().toArray())
                m_languagePatterns[it.key()].append(v.toString());
            m_allPatterns += m_languagePatterns.value(it.key());
        }
        m_patterns = m_languagePatterns.value(u"en"_s);
        QVERIFY(m_patterns.size() >= 10);
        QCOMPARE(m_languagePatterns.keys(), QStringList({u"ar"_s, u"en"_s, u"es"_s, u"fr"_s}));

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

    // Each language's paragraph and point words give a paragraph or a point, named by its number alone,
    // with the language's own patterns and with every language's together (as the draft panel uses them).
    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // "level title=number@position | …"

        QTest::addRow("en paragraph word")
            << u"en"_s << u"Article 5\nParagraph 2\nText"_s << u"0 Article 5@0 | 1 Paragraph 2=2@10"_s;
        QTest::addRow("en para. with point") << u"en"_s << u"Para. 3(b) text"_s << u"1 Para. 3(b)=3(b)@0"_s;
        QTest::addRow("en numbered and points")
            << u"en"_s << u"Section 4\n1. A\n(a) b\nc) d\n(2) e\n3) f\n1.2 g\n"_s
            << u"0 Section 4@0 | 1 1.=1@10 | 2 (a)=a@15 | 2 c)=c@21 | 1 (2)=2@26 | 1 3)=3@32 | 1 1.2=1.2@37"_s;

        QTest::addRow("fr paragraphe")
            << u"fr"_s << u"Article 5\nParagraphe 2\nTexte"_s << u"0 Article 5@0 | 1 Paragraphe 2=2@10"_s;
        QTest::addRow("fr paragraphe bis")
            << u"fr"_s << u"PARAGRAPHE 2 bis\n"_s << u"1 PARAGRAPHE 2 bis=2 bis@0"_s;
        QTest::addRow("fr par.") << u"fr"_s << u"par. 3 Texte"_s << u"1 par. 3=3@0"_s;
        QTest::addRow("fr alinéa") << u"fr"_s << u"Alinéa 4\nal. 5 bis\n"_s
                                   << u"1 Alinéa 4=4@0 | 1 al. 5 bis=5 bis@9"_s;
        QTest::addRow("fr roman, degree and letter")
            << u"fr"_s
            << u"Article premier\nI. – Le code est modifié :\n1° L’article 2 est abrogé ;\na) au premier\n"_s
            << u"0 Article premier@0 | 1 I.=I@16 | 1 1°=1°@43 | 2 a)=a@71"_s;
        QTest::addRow("fr headings")
            << u"fr"_s << u"Chapitre II\nSection 1re\nConsidérant 3\nAnnexe A\n"_s
            << u"0 Chapitre II@0 | 0 Section 1re@12 | 0 Considérant 3@24 | 0 Annexe A@38"_s;

        QTest::addRow("es párrafo") << u"es"_s << u"Artículo 5\nPárrafo 2\nTexto"_s
                                    << u"0 Artículo 5@0 | 1 Párrafo 2=2@11"_s;
        QTest::addRow("es ordinal paragraph") << u"es"_s << u"párrafo segundo\npárr. 3\n"_s
                                              << u"1 párrafo segundo=segundo@0 | 1 párr. 3=3@16"_s;
        QTest::addRow("es apartado, numeral, fracción")
            << u"es"_s << u"Apartado 1\nNumeral 2\nFracción IV\n"_s
            << u"1 Apartado 1=1@0 | 1 Numeral 2=2@11 | 1 Fracción IV=IV@21"_s;
        QTest::addRow("es inciso and literal")
            << u"es"_s << u"inciso a)\nLiteral (b)\n"_s << u"2 inciso a)=a@0 | 2 Literal (b)=b@10"_s;
        QTest::addRow("es ordinal numbers")
            << u"es"_s << u"1.º Texto\n2º Texto\nñ) letra\n"_s << u"1 1.º=1.º@0 | 1 2º=2º@10 | 2 ñ)=ñ@19"_s;
        QTest::addRow("es headings") << u"es"_s << u"CAPÍTULO I\nArtículo primero\nConsiderando 4\n"_s
                                     << u"0 CAPÍTULO I@0 | 0 Artículo primero@11 | 0 Considerando 4@28"_s;

        QTest::addRow("ar paragraph word")
            << u"ar"_s << u"المادة 5\nالفقرة 2\nنص"_s << u"0 المادة 5@0 | 1 الفقرة 2=2@9"_s;
        QTest::addRow("ar ordinal paragraph")
            << u"ar"_s << u"الفقرة الأولى\nفقرة (٣)\n"_s << u"1 الفقرة الأولى=الأولى@0 | 1 فقرة (٣)=٣@14"_s;
        QTest::addRow("ar item number") << u"ar"_s << u"البند رقم (3)\nالبند 4 مكرر\n"_s
                                        << u"1 البند رقم (3)=3@0 | 1 البند 4 مكرر=4 مكرر@14"_s;
        QTest::addRow("ar lettered items") << u"ar"_s << u"البند (أ)\nالبند ب:\nالفقرة هـ\n"_s
                                           << u"2 البند (أ)=أ@0 | 2 البند ب=ب@10 | 2 الفقرة هـ=هـ@19"_s;
        QTest::addRow("ar ordinal adverb")
            << u"ar"_s << u"أولاً: نص\nثانيا - نص\n"_s << u"1 أولاً=أولاً@0 | 1 ثانيا=ثانيا@10"_s;
        QTest::addRow("ar numbers and letters")
            << u"ar"_s << u"١. نص\n2) نص\n(٣) نص\n(ب) نص\nهـ) نص\nأ- نص\n"_s
            << u"1 ١.=١@0 | 1 2)=2@6 | 1 (٣)=٣@12 | 2 (ب)=ب@19 | 2 هـ)=هـ@26 | 2 أ-=أ@33"_s;
        QTest::addRow("ar headings")
            << u"ar"_s << u"الباب الأول\nالفصل 2\nالمادة الثانية\nملحق (أ)\n"_s
            << u"0 الباب الأول@0 | 0 الفصل 2@12 | 0 المادة الثانية@20 | 0 ملحق (أ)@35"_s;
    }

    void languages()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(describeNumbers(iia::findClauses(text, m_languagePatterns.value(language))), expected);
        QCOMPARE(describeNumbers(iia::findClauses(text, m_allPatterns)), expected);
    }

    void languageClauseAt_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("expected");

        const QString fr =
            u"Article 5\nParagraphe 2\nLe texte.\nI. – Le code :\n1° est abrogé ;\na) au premier\n"_s;
        QTest::addRow("fr paragraphe") << u"fr"_s << fr << u"Le texte"_s << u"Article 5(2)"_s;
        QTest::addRow("fr roman") << u"fr"_s << fr << u"Le code"_s << u"Article 5(I)"_s;
        QTest::addRow("fr degree") << u"fr"_s << fr << u"est abrogé"_s << u"Article 5(1°)"_s;
        QTest::addRow("fr letter") << u"fr"_s << fr << u"au premier"_s << u"Article 5(1°)(a)"_s;

        const QString es = u"Artículo 7\nPárrafo segundo\nEl texto.\ninciso b) otro\nApartado 3\nMás.\n"_s;
        QTest::addRow("es párrafo") << u"es"_s << es << u"El texto"_s << u"Artículo 7(segundo)"_s;
        QTest::addRow("es inciso") << u"es"_s << es << u"otro"_s << u"Artículo 7(segundo)(b)"_s;
        QTest::addRow("es apartado") << u"es"_s << es << u"Más"_s << u"Artículo 7(3)"_s;

        const QString ar = u"المادة 3\nالفقرة 2\nنص الفقرة.\nالبند (أ)\nنص البند.\nالفقرة الثالثة\nآخر.\n"_s;
        QTest::addRow("ar paragraph") << u"ar"_s << ar << u"نص الفقرة"_s << u"المادة 3(2)"_s;
        QTest::addRow("ar item") << u"ar"_s << ar << u"نص البند"_s << u"المادة 3(2)(أ)"_s;
        QTest::addRow("ar ordinal") << u"ar"_s << ar << u"آخر"_s << u"المادة 3(الثالثة)"_s;
    }

    void languageClauseAt()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, anchor);
        QFETCH(QString, expected);
        const qsizetype position = text.indexOf(anchor);
        QVERIFY2(position >= 0, qPrintable(anchor));
        QCOMPARE(iia::clauseAt(iia::findClauses(text, m_languagePatterns.value(language)), position),
                 expected);
        QCOMPARE(iia::clauseAt(iia::findClauses(text, m_allPatterns), position), expected);
    }

    // A pattern without the named groups (a framework written before them) is judged by the shape of its
    // match.
    void patternsWithoutGroups()
    {
        const QStringList patterns = {u"(?m)^Rule [0-9]+"_s, u"(?m)^[0-9]+\\."_s, u"(?m)^\\([a-z]\\)"_s,
                                      u"(?m)^\\([0-9]\\)"_s, u"(?m)^[a-z]\\)"_s};
        const QString text = u"Rule 4\n2. x\n(b) y\n(3) z\nd) w\n"_s;
        QCOMPARE(describeNumbers(iia::findClauses(text, patterns)),
                 u"0 Rule 4@0 | 1 2.=2@7 | 2 (b)=b@12 | 1 (3)=3@18 | 2 d)=d@24"_s);
        QCOMPARE(iia::clauseAt(iia::findClauses(text, patterns), text.indexOf(u'y')), u"Rule 4(2)(b)"_s);
    }

    // The group that took part decides, whatever other group the pattern has.
    void namedGroups()
    {
        const QStringList patterns = {u"(?m)^Item (?:(?<paragraph>[0-9]+)|(?<point>[a-z]))\\b"_s,
                                      u"(?m)^(?:Rule|(?<other>Norm)) [0-9]+"_s};
        const QString text = u"Rule 1\nItem 2\nItem c\nNorm 4\n"_s;
        QCOMPARE(describeNumbers(iia::findClauses(text, patterns)),
                 u"0 Rule 1@0 | 1 Item 2=2@7 | 2 Item c=c@14 | 0 Norm 4@21"_s);
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
