#include "library.h"
#include "testutil.h"

#include <QTemporaryDir>

using namespace iia;
using namespace Qt::StringLiterals;

class TestLibrary : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QDateTime m_now;

    Library &lib() { return *m_library; }

private Q_SLOTS:
    void init();
    void cleanup();
    void createAndList();
    void editRescoresAndUndoes();
    void editRejectsUnknownIds();
    void checkpoints();
    void revert();
    void duplicate();
    void importModes();
    void exportImportExportIsByteIdentical();
    void reopenFindsEverything();
};

void TestLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto library = Library::open(Paths(m_dir->path()));
    IIA_VERIFY_RESULT(library);
    m_library = std::move(*library);
    m_now = QDateTime::fromString(u"2026-11-21T08:00:00.000Z"_s, Qt::ISODateWithMs);
    m_library->setClock([this] { return m_now; });
}

void TestLibrary::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestLibrary::createAndList()
{
    auto a = lib().create(u"  Data retention bill  "_s);
    IIA_VERIFY_RESULT(a);
    QCOMPARE(a->caseInfo.title, u"Data retention bill"_s);
    QCOMPARE(a->frameworkId, u"iiat"_s);
    QCOMPARE(a->created, m_now);
    auto rows = lib().store().list();
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().id, a->id);
    QCOMPARE(rows->first().exist, Verdict::Unassessed);
    auto empty = lib().create(u"   "_s);
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
}

void TestLibrary::editRescoresAndUndoes()
{
    auto created = lib().create(u"Fees"_s);
    IIA_VERIFY_RESULT(created);
    Assessment a = *created;
    m_now = m_now.addSecs(5);
    const Edit answer = edits::SetAnswer{u"cp1.q2"_s, Answer{AnswerValue::Yes, u"Article 4"_s}};
    auto inverse = lib().edit(a, answer);
    IIA_VERIFY_RESULT(inverse);
    QCOMPARE(a.answer(u"cp1.q2"_s).value, AnswerValue::Yes);
    QCOMPARE(a.modified, m_now);
    // The list columns follow: a weight-3 "harm" answer makes the property strongly negative.
    auto row = lib().store().summary(a.id);
    QCOMPARE(row->value().exist, Verdict::Undermines);
    QVERIFY(row->value().completion > 0);
    QCOMPARE(*lib().load(a.id), a);

    m_now = m_now.addSecs(5);
    auto redo = lib().edit(a, *inverse);
    IIA_VERIFY_RESULT(redo);
    QVERIFY(!a.answers.contains(u"cp1.q2"_s));
    QCOMPARE(lib().store().summary(a.id)->value().exist, Verdict::Unassessed);
    QCOMPARE(lib().load(a.id)->answers.size(), 0);
    IIA_VERIFY_RESULT(lib().edit(a, *redo));
    QCOMPARE(lib().load(a.id)->answer(u"cp1.q2"_s).note, u"Article 4"_s);
}

void TestLibrary::editRejectsUnknownIds()
{
    Assessment a = *lib().create(u"Fees"_s);
    const Assessment before = a;
    auto r = lib().edit(a, edits::SetAnswer{u"cp9.q9"_s, Answer{AnswerValue::Yes, {}}});
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY(r.error().message.contains(u"cp9.q9"_s));
    QCOMPARE(a, before);
    QCOMPARE(*lib().load(a.id), before);
    QVERIFY(!lib().edit(a, edits::SetRating{u"nope"_s, Rating{Impact::No, {}, {}, {}, {}}}));
    QVERIFY(!lib().edit(a, edits::SetCaseField{CaseField::Title, u" "_s}));
    auto outside = lib().edit(
        a, edits::AddEvidence{Evidence{u"e"_s, EvidenceTarget::Rating, u"cp1"_s, 0, 5, u"x"_s, {}, {}, m_now},
                              -1});
    QVERIFY(!outside); // the draft is empty
    QCOMPARE(*lib().load(a.id), before);
}

void TestLibrary::checkpoints()
{
    Assessment a = *lib().create(u"Fees"_s);
    IIA_VERIFY_RESULT(lib().edit(a, edits::SetConclusions{u"one"_s}));
    QCOMPARE(lib().store().revisions(a.id)->size(), 0);
    m_now = m_now.addSecs(Library::kCheckpointSeconds + 1);
    const Assessment beforeCheckpoint = a;
    IIA_VERIFY_RESULT(lib().edit(a, edits::SetConclusions{u"two"_s}));
    auto revisions = lib().store().revisions(a.id);
    QCOMPARE(revisions->size(), 1);
    QCOMPARE(revisions->first().created, m_now);
    QCOMPARE(lib().store().revision(a.id, 1)->snapshot, beforeCheckpoint);
    m_now = m_now.addSecs(60);
    IIA_VERIFY_RESULT(lib().edit(a, edits::SetConclusions{u"three"_s}));
    QCOMPARE(lib().store().revisions(a.id)->size(), 1); // too soon for another
}

void TestLibrary::revert()
{
    Assessment a = *lib().create(u"Fees"_s);
    IIA_VERIFY_RESULT(lib().edit(a, edits::SetConclusions{u"original"_s}));
    IIA_VERIFY_RESULT(lib().store().addRevision(a.id, u"Kept"_s, a, m_now));
    m_now = m_now.addSecs(30);
    IIA_VERIFY_RESULT(lib().edit(a, edits::SetConclusions{u"rewritten"_s}));
    m_now = m_now.addSecs(30);
    auto restored = lib().restoreRevision(a.id, 1);
    IIA_VERIFY_RESULT(restored);
    QCOMPARE(restored->conclusions, u"original"_s);
    QCOMPARE(restored->modified, m_now);
    QCOMPARE(lib().load(a.id)->conclusions, u"original"_s);
    auto revisions = lib().store().revisions(a.id);
    QCOMPARE(revisions->size(), 2);
    QCOMPARE(revisions->last().label, u"Before restoring revision 1"_s);
    QCOMPARE(lib().store().revision(a.id, 2)->snapshot.conclusions, u"rewritten"_s);
    QCOMPARE(lib().restoreRevision(a.id, 7).error().code, ErrorCode::NotFound);
}

void TestLibrary::duplicate()
{
    Assessment a = *lib().create(u"Fees"_s);
    IIA_VERIFY_RESULT(lib().edit(a, edits::SetAnswer{u"cp1.q1"_s, Answer{AnswerValue::No, u"n"_s}}));
    auto copy = lib().duplicate(a.id);
    IIA_VERIFY_RESULT(copy);
    QVERIFY(copy->id != a.id);
    QCOMPARE(copy->caseInfo.title, u"Fees (copy)"_s);
    QCOMPARE(copy->answers, a.answers);
    QCOMPARE(lib().store().list()->size(), 2);
}

void TestLibrary::importModes()
{
    const QString example = QStringLiteral(IIA_SOURCE_DIR "/assessments/examples/network-usage-fees.iia");
    auto first = lib().importFile(example, ImportMode::Refuse);
    IIA_VERIFY_RESULT(first);
    QVERIFY(!first->replaced && !first->copied);
    auto again = lib().importFile(example, ImportMode::Refuse);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY(again.error().message.contains(first->id));
    QCOMPARE(lib().store().list()->size(), 1);

    Assessment a = *lib().load(first->id);
    IIA_VERIFY_RESULT(lib().edit(a, edits::SetConclusions{u"changed locally"_s}));
    auto replaced = lib().importFile(example, ImportMode::Replace);
    IIA_VERIFY_RESULT(replaced);
    QVERIFY(replaced->replaced);
    QVERIFY(lib().load(first->id)->conclusions != u"changed locally"_s);
    QCOMPARE(lib().store().list()->size(), 1);

    auto copied = lib().importFile(example, ImportMode::Copy);
    IIA_VERIFY_RESULT(copied);
    QVERIFY(copied->copied);
    QVERIFY(copied->id != first->id);
    QCOMPARE(lib().store().list()->size(), 2);
    QCOMPARE(lib().load(copied->id)->answers, lib().load(first->id)->answers);
}

void TestLibrary::exportImportExportIsByteIdentical()
{
    const QString example = QStringLiteral(IIA_SOURCE_DIR "/assessments/examples/network-usage-fees.iia");
    auto imported = lib().importFile(example, ImportMode::Refuse);
    IIA_VERIFY_RESULT(imported);
    const QString out = m_dir->filePath(u"out.iia"_s);
    IIA_VERIFY_RESULT(lib().exportFile(imported->id, out));
    // The shipped example is in canonical form: what we export is exactly what we read.
    QCOMPARE(readFixture(out), readFixture(example));

    auto other = Library::open(Paths(m_dir->filePath(u"second"_s)));
    IIA_VERIFY_RESULT(other);
    IIA_VERIFY_RESULT((*other)->importFile(out, ImportMode::Refuse));
    const QString again = m_dir->filePath(u"again.iia"_s);
    IIA_VERIFY_RESULT((*other)->exportFile(imported->id, again));
    QCOMPARE(readFixture(again), readFixture(out));
}

void TestLibrary::reopenFindsEverything()
{
    Assessment a = *lib().create(u"Fees"_s);
    IIA_VERIFY_RESULT(lib().edit(a, edits::SetDraft{u"Article 1. Fees."_s, u"bill.txt"_s, {}}));
    IIA_VERIFY_RESULT(lib().edit(a, edits::AddEvidence{Evidence{u"ev"_s,
                                                                EvidenceTarget::Question,
                                                                u"cp1.q2"_s,
                                                                0,
                                                                9,
                                                                u"Article 1"_s,
                                                                u"Article 1"_s,
                                                                {},
                                                                m_now},
                                                       -1}));
    IIA_VERIFY_RESULT(
        lib().edit(a, edits::SetRating{u"cp1"_s, Rating{Impact::Yes, Direction::Negative, Strength::Strong,
                                                        u"how"_s, u"people"_s}}));
    m_library.reset();
    auto reopened = Library::open(Paths(m_dir->path()));
    IIA_VERIFY_RESULT(reopened);
    QCOMPARE(*(*reopened)->load(a.id), a);
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
