#include "frameworkloader.h"
#include "frameworkregistry.h"
#include "scoring.h"
#include "testutil.h"

using namespace iia;
using namespace Qt::StringLiterals;

using AnswerMap = QMap<QString, QString>;
Q_DECLARE_METATYPE(AnswerMap)

class TestScoring : public QObject
{
    Q_OBJECT

private:
    FrameworkPtr m_mini;
    FrameworkPtr m_iiat;

    static Assessment withAnswers(const AnswerMap &answers)
    {
        Assessment a;
        for (auto it = answers.begin(); it != answers.end(); ++it)
            a.answers.insert(it.key(), Answer{*answerFromKey(it.value()), {}});
        return a;
    }

private Q_SLOTS:
    void initTestCase();
    void suggestion_data();
    void suggestion();
    void trace();
    void coverage();
    void disagreement_data();
    void disagreement();
    void workedExamples_data();
    void workedExamples();
    void verdicts_data();
    void verdicts();
    void goalsAndCompletion();
    void parametersComeFromTheFramework();
};

void TestScoring::initTestCase()
{
    auto mini = FrameworkLoader::loadFile(QStringLiteral(IIA_TEST_DATA "/frameworks/minimal.framework.json"));
    IIA_VERIFY_RESULT(mini);
    m_mini = *mini;
    FrameworkRegistry registry;
    registry.load(QString());
    m_iiat = registry.defaultFramework();
    QVERIFY(m_iiat);
}

// Property p1 of the minimal framework: q1 "harm if yes" weight 3, q2 "support if yes" weight 2.
void TestScoring::suggestion_data()
{
    QTest::addColumn<AnswerMap>("answers");
    QTest::addColumn<Impact>("impact");
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<Strength>("strength");
    QTest::addColumn<double>("net");
    QTest::addColumn<int>("numeric");

    QTest::addRow("nothing answered")
        << AnswerMap{} << Impact::Unset << Direction::Unset << Strength::Unset << 0.0 << 0;
    QTest::addRow("harm yes") << AnswerMap{{u"p1.q1"_s, u"yes"_s}} << Impact::Yes << Direction::Negative
                              << Strength::Strong << -3.0 << -3;
    QTest::addRow("harm partly") << AnswerMap{{u"p1.q1"_s, u"partly"_s}} << Impact::Yes << Direction::Negative
                                 << Strength::Moderate << -1.5 << -2;
    QTest::addRow("support yes") << AnswerMap{{u"p1.q2"_s, u"yes"_s}} << Impact::Yes << Direction::Positive
                                 << Strength::Moderate << 2.0 << 2;
    QTest::addRow("support partly") << AnswerMap{{u"p1.q2"_s, u"partly"_s}} << Impact::Yes
                                    << Direction::Positive << Strength::Weak << 1.0 << 1;
    QTest::addRow("both no") << AnswerMap{{u"p1.q1"_s, u"no"_s}, {u"p1.q2"_s, u"no"_s}} << Impact::No
                             << Direction::Unset << Strength::Unset << 0.0 << 0;
    QTest::addRow("both yes: mixed") << AnswerMap{{u"p1.q1"_s, u"yes"_s}, {u"p1.q2"_s, u"yes"_s}}
                                     << Impact::Yes << Direction::Mixed << Strength::Strong << -1.0 << 0;
    QTest::addRow("both partly: mixed") << AnswerMap{{u"p1.q1"_s, u"partly"_s}, {u"p1.q2"_s, u"partly"_s}}
                                        << Impact::Yes << Direction::Mixed << Strength::Moderate << -0.5 << 0;
    QTest::addRow("harm yes, support partly: not mixed")
        << AnswerMap{{u"p1.q1"_s, u"yes"_s}, {u"p1.q2"_s, u"partly"_s}} << Impact::Yes << Direction::Negative
        << Strength::Moderate << -2.0 << -2;
    QTest::addRow("only unsure") << AnswerMap{{u"p1.q1"_s, u"unsure"_s}} << Impact::Yes << Direction::Unclear
                                 << Strength::Unset << 0.0 << 0;
    QTest::addRow("unsure and no") << AnswerMap{{u"p1.q1"_s, u"unsure"_s}, {u"p1.q2"_s, u"no"_s}}
                                   << Impact::No << Direction::Unset << Strength::Unset << 0.0 << 0;
    QTest::addRow("not applicable") << AnswerMap{{u"p1.q1"_s, u"na"_s}, {u"p1.q2"_s, u"na"_s}} << Impact::No
                                    << Direction::Unset << Strength::Unset << 0.0 << 0;
}

void TestScoring::suggestion()
{
    QFETCH(AnswerMap, answers);
    QFETCH(Impact, impact);
    QFETCH(Direction, direction);
    QFETCH(Strength, strength);
    QFETCH(double, net);
    QFETCH(int, numeric);

    const ScoringEngine engine(m_mini);
    const SuggestedRating s = engine.suggest(*m_mini->item(u"p1"_s), withAnswers(answers).answers);
    QCOMPARE(s.impact, impact);
    QCOMPARE(s.direction, direction);
    QCOMPARE(s.strength, strength);
    QCOMPARE(s.net, net);
    QCOMPARE(s.numeric, numeric);
}

void TestScoring::trace()
{
    const ScoringEngine engine(m_mini);
    const SuggestedRating s = engine.suggest(
        *m_mini->item(u"p1"_s), withAnswers({{u"p1.q2"_s, u"partly"_s}, {u"p1.q1"_s, u"yes"_s}}).answers);
    QCOMPARE(s.trace.size(), 2);
    // In framework order, whatever the order of answering.
    QCOMPARE(s.trace.at(0).questionId, u"p1.q1"_s);
    QCOMPARE(s.trace.at(0).answer, AnswerValue::Yes);
    QCOMPARE(s.trace.at(0).polarity, Polarity::Harm);
    QCOMPARE(s.trace.at(0).weight, 3.0);
    QCOMPARE(s.trace.at(0).signedValue, -3.0);
    QCOMPARE(s.trace.at(1).questionId, u"p1.q2"_s);
    QCOMPARE(s.trace.at(1).value, 0.5);
    QCOMPARE(s.trace.at(1).signedValue, 1.0);
    QCOMPARE(s.positive, 1.0);
    QCOMPARE(s.negative, 3.0);
}

void TestScoring::coverage()
{
    const ScoringEngine engine(m_mini);
    const Scorecard card = engine.score(withAnswers({{u"p1.q1"_s, u"unsure"_s}}));
    const ItemScore *p1 = card.item(u"p1"_s);
    QCOMPARE(p1->total, 2);
    QCOMPARE(p1->answered, 1);
    QCOMPARE(p1->unsure, 1);
    QCOMPARE(p1->coverage, 0.5);
    QCOMPARE(p1->uncertainty, 1.0);
    const ItemScore *e1 = card.item(u"e1"_s);
    QCOMPARE(e1->answered, 0);
    QCOMPARE(e1->coverage, 0.0);
    QCOMPARE(e1->uncertainty, 0.0);
    QCOMPARE(card.exist.coverage, 0.5);
    QCOMPARE(card.exist.uncertainty, 1.0);
}

void TestScoring::disagreement_data()
{
    QTest::addColumn<AnswerMap>("answers");
    QTest::addColumn<Rating>("analyst");
    QTest::addColumn<bool>("expected");
    const AnswerMap harm{{u"p1.q1"_s, u"yes"_s}};
    QTest::addRow("same direction, other strength")
        << harm << Rating{Impact::Yes, Direction::Negative, Strength::Weak, {}, {}} << false;
    QTest::addRow("opposite direction")
        << harm << Rating{Impact::Yes, Direction::Positive, Strength::Strong, {}, {}} << true;
    QTest::addRow("analyst sees no impact")
        << harm << Rating{Impact::No, Direction::Unset, Strength::Unset, {}, {}} << true;
    QTest::addRow("analyst unclear") << harm
                                     << Rating{Impact::Yes, Direction::Unclear, Strength::Unset, {}, {}}
                                     << false;
    QTest::addRow("analyst mixed") << harm << Rating{Impact::Yes, Direction::Mixed, Strength::Unset, {}, {}}
                                   << true;
    QTest::addRow("no answers") << AnswerMap{}
                                << Rating{Impact::Yes, Direction::Positive, Strength::Strong, {}, {}}
                                << false;
    QTest::addRow("not rated") << harm << Rating{} << false;
}

void TestScoring::disagreement()
{
    QFETCH(AnswerMap, answers);
    QFETCH(Rating, analyst);
    QFETCH(bool, expected);
    Assessment a = withAnswers(answers);
    if (!analyst.isEmpty())
        a.ratings.insert(u"p1"_s, analyst);
    const Scorecard card = ScoringEngine(m_mini).score(a);
    QCOMPARE(card.item(u"p1"_s)->disagreement, expected);
}

// The worked examples of the framework: answering as the example describes gives the toolkit's rating.
void TestScoring::workedExamples_data()
{
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<QString>("exampleId");
    int rows = 0;
    for (const Item *item : m_iiat->items()) {
        for (const WorkedExample &x : item->examples) {
            QTest::addRow("%s", qPrintable(x.id)) << item->id << x.id;
            ++rows;
        }
    }
    QVERIFY(rows >= 11); // six from the toolkit, one of ours per critical property
}

void TestScoring::workedExamples()
{
    QFETCH(QString, itemId);
    QFETCH(QString, exampleId);
    const Item *item = m_iiat->item(itemId);
    const WorkedExample *example = nullptr;
    for (const WorkedExample &x : item->examples) {
        if (x.id == exampleId)
            example = &x;
    }
    QVERIFY(example);
    QMap<QString, Answer> answers;
    for (auto it = example->answers.begin(); it != example->answers.end(); ++it)
        answers.insert(it.key(), Answer{it.value(), {}});
    const SuggestedRating s = ScoringEngine(m_iiat).suggest(*item, answers);
    QCOMPARE(s.impact, example->impact);
    QCOMPARE(s.direction, example->direction);
    QCOMPARE(s.strength, example->strength);
}

void TestScoring::verdicts_data()
{
    QTest::addColumn<QList<Rating>>("ratings"); // analyst's ratings of cp1 … cp5 (empty = not rated)
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QStringList>("drivers");
    const Rating none;
    const Rating noImpact{Impact::No, Direction::Unset, Strength::Unset, {}, {}};
    const Rating strongNeg{Impact::Yes, Direction::Negative, Strength::Strong, {}, {}};
    const Rating neg{Impact::Yes, Direction::Negative, Strength::Moderate, {}, {}};
    const Rating pos{Impact::Yes, Direction::Positive, Strength::Moderate, {}, {}};
    const Rating mixed{Impact::Yes, Direction::Mixed, Strength::Unset, {}, {}};
    const Rating unclear{Impact::Yes, Direction::Unclear, Strength::Unset, {}, {}};
    QTest::addRow("nothing rated") << QList<Rating>{none, none, none, none, none} << Verdict::Unassessed
                                   << QStringList{};
    QTest::addRow("all no impact") << QList<Rating>{noImpact, noImpact, none, none, none} << Verdict::NoImpact
                                   << QStringList{};
    QTest::addRow("one positive") << QList<Rating>{pos, noImpact, none, none, none} << Verdict::Supports
                                  << QStringList{u"cp1"_s};
    QTest::addRow("one negative") << QList<Rating>{pos, neg, none, none, none} << Verdict::Risks
                                  << QStringList{u"cp2"_s};
    QTest::addRow("one mixed") << QList<Rating>{pos, mixed, none, none, none} << Verdict::Risks
                               << QStringList{u"cp2"_s};
    QTest::addRow("two negatives") << QList<Rating>{neg, none, neg, none, none} << Verdict::Undermines
                                   << QStringList{u"cp1"_s, u"cp3"_s};
    QTest::addRow("one strongly negative")
        << QList<Rating>{pos, pos, strongNeg, pos, none} << Verdict::Undermines << QStringList{u"cp3"_s};
    QTest::addRow("only unclear") << QList<Rating>{unclear, noImpact, none, none, none} << Verdict::Unclear
                                  << QStringList{u"cp1"_s};
}

void TestScoring::verdicts()
{
    QFETCH(QList<Rating>, ratings);
    QFETCH(Verdict, verdict);
    QFETCH(QStringList, drivers);
    Assessment a;
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        if (!ratings.at(i).isEmpty())
            a.ratings.insert(m_iiat->properties.at(i).id, ratings.at(i));
    }
    const Scorecard card = ScoringEngine(m_iiat).score(a);
    QCOMPARE(card.exist.verdict, verdict);
    QCOMPARE(card.exist.drivers, drivers);
    QCOMPARE(card.exist.totalItems, 5);
    QCOMPARE(card.thrive.verdict, Verdict::Unassessed);
}

void TestScoring::goalsAndCompletion()
{
    // The analyst's rating decides over the suggestion; an unrated item falls back to the suggestion.
    Assessment a = withAnswers({{u"p1.q1"_s, u"yes"_s}, {u"e1.q1"_s, u"yes"_s}});
    a.ratings.insert(u"p1"_s, Rating{Impact::Yes, Direction::Positive, Strength::Weak, {}, {}});
    const Scorecard card = ScoringEngine(m_mini).score(a);
    QCOMPARE(card.exist.verdict, Verdict::Supports);
    QVERIFY(card.item(u"p1"_s)->disagreement);
    QCOMPARE(card.goals.size(), 1);
    QCOMPARE(card.goals.first().id, u"g1"_s);
    QCOMPARE(card.goals.first().verdict, Verdict::Risks); // e1: one weak negative from its answer
    QCOMPARE(card.thrive.verdict, Verdict::Risks);
    // 2 answered + 1 rated out of 3 questions + 2 items.
    QCOMPARE(card.completion, 3.0 / 5.0);
}

void TestScoring::parametersComeFromTheFramework()
{
    QString text =
        QString::fromUtf8(readFixture(QStringLiteral(IIA_TEST_DATA "/frameworks/minimal.framework.json")));
    text.replace(u"\"strong\": 3, \"moderate\": 1.5"_s, u"\"strong\": 4, \"moderate\": 3.5"_s);
    auto fw = FrameworkLoader::load(text.toUtf8(), u"tuned.json"_s);
    IIA_VERIFY_RESULT(fw);
    const SuggestedRating s =
        ScoringEngine(*fw).suggest(*(*fw)->item(u"p1"_s), withAnswers({{u"p1.q1"_s, u"yes"_s}}).answers);
    QCOMPARE(s.direction, Direction::Negative);
    QCOMPARE(s.strength, Strength::Weak); // 3 is below the raised "moderate" threshold of 3.5
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
