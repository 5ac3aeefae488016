#include "edit.h"
#include "testutil.h"

using namespace iia;
using namespace Qt::StringLiterals;

class TestEdit : public QObject
{
    Q_OBJECT

private:
    static Assessment sample()
    {
        Assessment a = makeAssessment(u"Fees"_s, u"iiat"_s, u"1.0.0"_s, QDateTime::currentDateTimeUtc());
        a.draftText = u"Article 1\nOperators may charge a fee.\nArticle 2\nThe regulator decides."_s;
        a.answers.insert(u"cp1.q1"_s, Answer{AnswerValue::No, u"n"_s});
        a.ratings.insert(u"cp1"_s, Rating{Impact::Yes, Direction::Negative, Strength::Weak, u"h"_s, u"p"_s});
        a.evidence.append(
            Evidence{u"e1"_s, EvidenceTarget::Question, u"cp1.q1"_s, 10, 9, u"Operators"_s, {}, {}, {}});
        return a;
    }

private Q_SLOTS:
    void inverseRestores_data();
    void inverseRestores();
    void refusals_data();
    void refusals();
    void relocateEvidence_data();
    void relocateEvidence();
};

void TestEdit::inverseRestores_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addRow("title") << Edit(edits::SetCaseField{CaseField::Title, u"Other"_s});
    QTest::addRow("planning") << Edit(edits::SetPlanningField{u"issue"_s, u"x"_s});
    QTest::addRow("new answer") << Edit(edits::SetAnswer{u"cp2.q1"_s, Answer{AnswerValue::Yes, {}}});
    QTest::addRow("clear answer") << Edit(edits::SetAnswer{u"cp1.q1"_s, Answer{}});
    QTest::addRow("rating") << Edit(edits::SetRating{u"cp1"_s, Rating{}});
    QTest::addRow("add evidence first") << Edit(edits::AddEvidence{
        Evidence{u"e2"_s, EvidenceTarget::Rating, u"cp1"_s, 0, 9, u"Article 1"_s, {}, {}, {}}, 0});
    QTest::addRow("remove evidence") << Edit(edits::RemoveEvidence{u"e1"_s});
    QTest::addRow("draft") << Edit(edits::SetDraft{u"New text"_s, u"f.txt"_s, {}});
    QTest::addRow("conclusions") << Edit(edits::SetConclusions{u"c"_s});
    QTest::addRow("recommendations") << Edit(edits::SetRecommendations{u"r"_s});
}

void TestEdit::inverseRestores()
{
    QFETCH(Edit, edit);
    const Assessment before = sample();
    Assessment a = before;
    auto inverse = applyEdit(a, edit);
    IIA_VERIFY_RESULT(inverse);
    QVERIFY(a != before);
    auto again = applyEdit(a, *inverse);
    IIA_VERIFY_RESULT(again);
    QCOMPARE(a, before);
    IIA_VERIFY_RESULT(applyEdit(a, *again)); // redo after undo
    QVERIFY(a != before);
}

void TestEdit::refusals_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addRow("empty title") << Edit(edits::SetCaseField{CaseField::Title, u"  "_s});
    QTest::addRow("unknown planning field") << Edit(edits::SetPlanningField{u"mood"_s, u"x"_s});
    QTest::addRow("duplicate evidence id") << Edit(edits::AddEvidence{
        Evidence{u"e1"_s, EvidenceTarget::Rating, u"cp1"_s, 0, 1, u"A"_s, {}, {}, {}}, -1});
    QTest::addRow("evidence outside the draft") << Edit(edits::AddEvidence{
        Evidence{u"e9"_s, EvidenceTarget::Rating, u"cp1"_s, 60, 90, u"x"_s, {}, {}, {}}, -1});
    QTest::addRow("unknown evidence") << Edit(edits::RemoveEvidence{u"nope"_s});
}

void TestEdit::refusals()
{
    QFETCH(Edit, edit);
    const Assessment before = sample();
    Assessment a = before;
    auto r = applyEdit(a, edit);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QCOMPARE(a, before);
}

void TestEdit::relocateEvidence_data()
{
    QTest::addColumn<QString>("newText");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("length");
    const QString old = sample().draftText;
    QTest::addRow("unchanged") << old << qsizetype(10) << qsizetype(9);
    QTest::addRow("text inserted before") << u"Preamble.\n"_s + old << qsizetype(20) << qsizetype(9);
    QTest::addRow("text after changed") << old.left(25) + u" ends here."_s << qsizetype(10) << qsizetype(9);
    QTest::addRow("nearest of two") << u"Operators Article 1\nOperators may"_s << qsizetype(20)
                                    << qsizetype(9);
    QTest::addRow("passage gone") << u"Article 1\nProviders may charge."_s << qsizetype(10) << qsizetype(0);
    QTest::addRow("text shortened") << u"Art"_s << qsizetype(3) << qsizetype(0);
}

void TestEdit::relocateEvidence()
{
    QFETCH(QString, newText);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, length);
    const QList<Evidence> moved = iia::relocateEvidence(sample().evidence, newText);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().start, start);
    QCOMPARE(moved.first().length, length);
    QCOMPARE(moved.first().quote, u"Operators"_s); // the quote is never lost
    QVERIFY(moved.first().start + moved.first().length <= newText.size());
}

QTEST_GUILESS_MAIN(TestEdit)
#include "tst_edit.moc"
