#include "charts/scoremodel.h"
#include "scorefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace iia;
using namespace Qt::StringLiterals;

class TestScoreModel : public QObject
{
    Q_OBJECT

private:
    FrameworkPtr m_fw;
    Assessment m_assessment;

    Scorecard score(const Assessment &a) const { return ScoringEngine(m_fw).score(a); }

private Q_SLOTS:
    void initTestCase();
    void empty();
    void rows();
    void headers();
    void cells_data();
    void cells();
    void coverageAndUncertainty();
    void oneAnswerChangesOneRow();
    void ratingChangesOnlyItsCells();
    void sameScoreChangesNothing();
    void otherFrameworkResets();
    void modelTester();
};

void TestScoreModel::initTestCase()
{
    m_fw = scorefixture::builtIn();
    QVERIFY(m_fw);
    m_assessment = scorefixture::assessment(*m_fw);
}

void TestScoreModel::empty()
{
    ScoreModel model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 8);
    QCOMPARE(model.rowOfItem(u"cp1"_s), -1);
    QCOMPARE(model.itemIdAt(0), QString());
    QVERIFY(!model.framework());
}

void TestScoreModel::rows()
{
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    QCOMPARE(model.rowCount(), 15);
    QCOMPARE(model.framework(), m_fw);
    QCOMPARE(model.language(), u"en"_s);

    const QStringList ids{u"cp1"_s,
                          u"cp2"_s,
                          u"cp3"_s,
                          u"cp4"_s,
                          u"cp5"_s,
                          u"access"_s,
                          u"use"_s,
                          u"governance"_s,
                          u"reachability"_s,
                          u"capacity"_s,
                          u"confidentiality"_s,
                          u"integrity"_s,
                          u"reliability"_s,
                          u"accountability"_s,
                          u"privacy"_s};
    const QStringList codes{u"CP1"_s, u"CP2"_s, u"CP3"_s, u"CP4"_s, u"CP5"_s, u"E1"_s, u"E2"_s, u"E3"_s,
                            u"E4"_s,  u"E5"_s,  u"E6"_s,  u"E7"_s,  u"E8"_s,  u"E9"_s, u"E10"_s};
    for (int r = 0; r < 15; ++r) {
        QCOMPARE(model.itemIdAt(r), ids[r]);
        QCOMPARE(model.rowOfItem(ids[r]), r);
        QCOMPARE(model.kindAt(r), r < 5 ? ItemKind::Property : ItemKind::Enabler);
        QCOMPARE(model.index(r, ScoreModel::CodeColumn).data().toString(), codes[r]);
        for (int c = 0; c < model.columnCount(); ++c)
            QCOMPARE(model.index(r, c).data(ScoreModel::ItemIdRole).toString(), ids[r]);
    }
    QCOMPARE(model.itemIdAt(15), QString());
    QCOMPARE(model.itemIdAt(-1), QString());
    QCOMPARE(model.rowOfItem(u"nonsense"_s), -1);

    // Goals: empty for properties; the goal's name for enablers, its id under ValueRole.
    const QStringList goals{QString(),
                            QString(),
                            QString(),
                            QString(),
                            QString(),
                            u"An Open Internet"_s,
                            u"An Open Internet"_s,
                            u"An Open Internet"_s,
                            u"A Globally Connected Internet"_s,
                            u"A Globally Connected Internet"_s,
                            u"A Secure Internet"_s,
                            u"A Secure Internet"_s,
                            u"A Secure Internet"_s,
                            u"A Trustworthy Internet"_s,
                            u"A Trustworthy Internet"_s};
    for (int r = 0; r < 15; ++r)
        QCOMPARE(model.index(r, ScoreModel::GoalColumn).data().toString(), goals[r]);
    QCOMPARE(model.index(5, ScoreModel::GoalColumn).data(ScoreModel::ValueRole).toString(), u"open"_s);
    QVERIFY(!model.index(0, ScoreModel::GoalColumn).data(ScoreModel::ValueRole).isValid());

    QCOMPARE(model.index(0, ScoreModel::NameColumn).data().toString(),
             u"An Accessible Infrastructure with a Common Protocol"_s);
    QCOMPARE(model.index(14, ScoreModel::NameColumn).data().toString(), u"Privacy"_s);
    QCOMPARE(model.index(0, ScoreModel::CodeColumn).data(Qt::ToolTipRole).toString(),
             u"An Accessible Infrastructure with a Common Protocol"_s);
}

void TestScoreModel::headers()
{
    ScoreModel model;
    const QStringList expected{u"Code"_s,      u"Name"_s,     u"Goal"_s,        u"Analyst’s rating"_s,
                               u"Suggested"_s, u"Coverage"_s, u"Uncertainty"_s, u"Disagreement"_s};
    for (int c = 0; c < expected.size(); ++c) {
        QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), expected[c]);
        QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(!model.headerData(8, Qt::Horizontal).isValid());
}

void TestScoreModel::cells_data()
{
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<QString>("analyst");
    QTest::addColumn<QVariant>("analystValue");
    QTest::addColumn<QString>("suggested");
    QTest::addColumn<QVariant>("suggestedValue");
    QTest::addColumn<QString>("disagreement");

    const QVariant none;
    QTest::addRow("cp1 worked example") << u"cp1"_s << u"Yes, strongly negative"_s << QVariant(-3)
                                        << u"Yes, strongly negative"_s << QVariant(-3) << QString();
    QTest::addRow("cp2 differs") << u"cp2"_s << u"Yes, weakly negative"_s << QVariant(-1)
                                 << u"Yes, positive"_s << QVariant(2) << u"differs"_s;
    QTest::addRow("cp3 nothing") << u"cp3"_s << u"Not rated"_s << none << u"No answers yet"_s << none
                                 << QString();
    QTest::addRow("cp4 no impact") << u"cp4"_s << u"No impact"_s << QVariant(0) << u"No impact"_s
                                   << QVariant(0) << QString();
    QTest::addRow("cp5 rated, no answers")
        << u"cp5"_s << u"Yes, positive"_s << QVariant(2) << u"No answers yet"_s << none << QString();
    QTest::addRow("access suggestion only")
        << u"access"_s << u"Not rated"_s << none << u"Yes, strongly negative"_s << QVariant(-3) << QString();
    QTest::addRow("use mixed") << u"use"_s << u"Yes, negative"_s << QVariant(-2) << u"Yes, mixed"_s
                               << QVariant(0) << u"differs"_s;
    QTest::addRow("reachability") << u"reachability"_s << u"Yes, strongly positive"_s << QVariant(3)
                                  << u"Yes, weakly positive"_s << QVariant(1) << QString();
    QTest::addRow("governance") << u"governance"_s << u"Not rated"_s << none << u"No answers yet"_s << none
                                << QString();
    QTest::addRow("privacy") << u"privacy"_s << u"Yes, strongly negative"_s << QVariant(-3)
                             << u"Yes, strongly negative"_s << QVariant(-3) << QString();
}

void TestScoreModel::cells()
{
    QFETCH(QString, itemId);
    QFETCH(QString, analyst);
    QFETCH(QVariant, analystValue);
    QFETCH(QString, suggested);
    QFETCH(QVariant, suggestedValue);
    QFETCH(QString, disagreement);

    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    const int row = model.rowOfItem(itemId);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ScoreModel::AnalystColumn).data().toString(), analyst);
    const QVariant a = model.index(row, ScoreModel::AnalystColumn).data(ScoreModel::ValueRole);
    QCOMPARE(a.isValid(), analystValue.isValid());
    if (a.isValid()) {
        QCOMPARE(a.typeId(), QMetaType::Int);
        QCOMPARE(a.toInt(), analystValue.toInt());
    }
    QCOMPARE(model.index(row, ScoreModel::SuggestedColumn).data().toString(), suggested);
    const QVariant s = model.index(row, ScoreModel::SuggestedColumn).data(ScoreModel::ValueRole);
    QCOMPARE(s.isValid(), suggestedValue.isValid());
    if (s.isValid()) {
        QCOMPARE(s.typeId(), QMetaType::Int);
        QCOMPARE(s.toInt(), suggestedValue.toInt());
    }
    QCOMPARE(model.index(row, ScoreModel::DisagreementColumn).data().toString(), disagreement);
    QCOMPARE(model.index(row, ScoreModel::DisagreementColumn).data(ScoreModel::ValueRole).toBool(),
             !disagreement.isEmpty());
}

void TestScoreModel::coverageAndUncertainty()
{
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    auto text = [&](const QString &id, int column) {
        return model.index(model.rowOfItem(id), column).data().toString();
    };
    auto value = [&](const QString &id, int column) {
        const QVariant v = model.index(model.rowOfItem(id), column).data(ScoreModel::ValueRole);
        return v.typeId() == QMetaType::Double ? v.toDouble() : -1.0;
    };
    QCOMPARE(text(u"cp1"_s, ScoreModel::CoverageColumn), u"100 %"_s);
    QCOMPARE(value(u"cp1"_s, ScoreModel::CoverageColumn), 1.0);
    QCOMPARE(text(u"cp1"_s, ScoreModel::UncertaintyColumn), u"0 %"_s);
    QCOMPARE(value(u"cp1"_s, ScoreModel::UncertaintyColumn), 0.0);
    QCOMPARE(text(u"cp2"_s, ScoreModel::CoverageColumn), u"40 %"_s);
    QCOMPARE(value(u"cp2"_s, ScoreModel::CoverageColumn), 0.4);
    QCOMPARE(text(u"cp2"_s, ScoreModel::UncertaintyColumn), u"50 %"_s);
    QCOMPARE(value(u"cp2"_s, ScoreModel::UncertaintyColumn), 0.5);
    QCOMPARE(text(u"cp3"_s, ScoreModel::CoverageColumn), u"0 %"_s);
    QCOMPARE(value(u"cp3"_s, ScoreModel::CoverageColumn), 0.0);
    QCOMPARE(text(u"access"_s, ScoreModel::CoverageColumn), u"20 %"_s);
    QCOMPARE(value(u"access"_s, ScoreModel::CoverageColumn), 0.2);
    QCOMPARE(
        model.index(model.rowOfItem(u"cp2"_s), ScoreModel::CoverageColumn).data(Qt::ToolTipRole).toString(),
        u"2 of 5 questions answered"_s);
    QCOMPARE(model.index(model.rowOfItem(u"cp2"_s), ScoreModel::UncertaintyColumn)
                 .data(Qt::ToolTipRole)
                 .toString(),
             u"1 of 2 answers are “Unsure”"_s);
    const auto alignment =
        model.index(0, ScoreModel::CoverageColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    QVERIFY(alignment & Qt::AlignTrailing);
}

void TestScoreModel::oneAnswerChangesOneRow()
{
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);

    Assessment a = m_assessment;
    scorefixture::answer(a, u"cp3.q1"_s, AnswerValue::Yes);
    model.setScore(m_fw, score(a), u"en"_s);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(aboutToReset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    const int row = model.rowOfItem(u"cp3"_s);
    QCOMPARE(topLeft.row(), row);
    QCOMPARE(bottomRight.row(), row);
    // The suggestion, the coverage and the uncertainty's tooltip ("0 of 1 answers") changed; the
    // analyst's rating and the disagreement did not.
    QCOMPARE(topLeft.column(), int(ScoreModel::SuggestedColumn));
    QCOMPARE(bottomRight.column(), int(ScoreModel::UncertaintyColumn));
    QCOMPARE(model.index(row, ScoreModel::SuggestedColumn).data().toString(), u"Yes, strongly negative"_s);
    QCOMPARE(model.index(row, ScoreModel::SuggestedColumn).data(ScoreModel::ValueRole).toInt(), -3);
    QCOMPARE(model.index(row, ScoreModel::CoverageColumn).data().toString(), u"20 %"_s);
}

void TestScoreModel::ratingChangesOnlyItsCells()
{
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // The analyst turns cp1 around: now the two disagree.
    Assessment a = m_assessment;
    scorefixture::rate(a, u"cp1"_s, Impact::Yes, Direction::Positive, Strength::Strong);
    model.setScore(m_fw, score(a), u"en"_s);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft, model.index(0, ScoreModel::AnalystColumn));
    QCOMPARE(bottomRight, model.index(0, ScoreModel::DisagreementColumn));
    QCOMPARE(model.index(0, ScoreModel::AnalystColumn).data().toString(), u"Yes, strongly positive"_s);
    QCOMPARE(model.index(0, ScoreModel::AnalystColumn).data(ScoreModel::ValueRole).toInt(), 3);
    QCOMPARE(model.index(0, ScoreModel::DisagreementColumn).data().toString(), u"differs"_s);

    // Withdrawing the rating leaves no number behind.
    a.ratings.remove(u"cp1"_s);
    model.setScore(m_fw, score(a), u"en"_s);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(0, ScoreModel::AnalystColumn).data().toString(), u"Not rated"_s);
    QVERIFY(!model.index(0, ScoreModel::AnalystColumn).data(ScoreModel::ValueRole).isValid());
    QCOMPARE(model.index(0, ScoreModel::DisagreementColumn).data().toString(), QString());
}

void TestScoreModel::sameScoreChangesNothing()
{
    ScoreModel model;
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestScoreModel::otherFrameworkResets()
{
    ScoreModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    QCOMPARE(reset.count(), 1);

    // Another framework object (here: the same file loaded again) resets the model.
    FrameworkPtr other = scorefixture::builtIn();
    QVERIFY(other != m_fw);
    model.setScore(other, ScoringEngine(other).score(m_assessment), u"en"_s);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.framework(), other);
    QCOMPARE(model.rowCount(), 15);

    model.setScore(nullptr, {}, u"en"_s);
    QCOMPARE(reset.count(), 3);
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    QCOMPARE(reset.count(), 3);
}

void TestScoreModel::modelTester()
{
    ScoreModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScore(m_fw, score(m_assessment), u"en"_s);
    Assessment a = m_assessment;
    scorefixture::answer(a, u"cp3.q1"_s, AnswerValue::Yes);
    scorefixture::answer(a, u"privacy.q4"_s, AnswerValue::Yes);
    model.setScore(m_fw, score(a), u"en"_s);
    a.ratings.clear();
    model.setScore(m_fw, score(a), u"fr"_s);
    model.setScore(scorefixture::builtIn(), score(a), u"en"_s);
    model.clear();
    model.setScore(m_fw, score(m_assessment), u"en"_s);
}

QTEST_MAIN(TestScoreModel)
#include "tst_scoremodel.moc"
