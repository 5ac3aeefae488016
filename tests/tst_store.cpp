#include "store.h"
#include "testutil.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace iia;
using namespace Qt::StringLiterals;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"library-%1.sqlite"_s.arg(++m_counter)); }

    static Assessment sample(const QString &title = u"Network fees act"_s)
    {
        const QDateTime t = QDateTime::fromString(u"2026-11-02T10:00:00.000Z"_s, Qt::ISODateWithMs);
        Assessment a = makeAssessment(title, u"iiat"_s, u"1.0.0"_s, t);
        a.caseInfo.jurisdiction = u"Ruritania"_s;
        a.caseInfo.instrument = u"law"_s;
        a.caseInfo.stage = u"draft"_s;
        a.caseInfo.summary = u"Operators would charge content providers a fee."_s;
        a.caseInfo.authors = u"A. Analyst\nB. Writer"_s;
        a.planning.insert(u"issue"_s, u"Fees for traffic"_s);
        a.draftText = u"Article 1\nLarge content providers shall pay a network usage fee. Résumé du réseau. "
                      u"الشبكة المفتوحة"_s;
        a.draftSource = u"draft.txt"_s;
        a.answers.insert(u"cp1.q2"_s, Answer{AnswerValue::Yes, u"Article 1 sets the fee."_s});
        a.answers.insert(u"cp1.q1"_s, Answer{AnswerValue::No, {}});
        a.ratings.insert(u"cp1"_s, Rating{Impact::Yes, Direction::Negative, Strength::Strong, u"Costs rise"_s,
                                          u"Users pay more"_s});
        a.evidence.append(Evidence{u"ev-1"_s, EvidenceTarget::Question, u"cp1.q2"_s, 10, 20,
                                   a.draftText.mid(10, 20), u"Article 1"_s, u"key clause"_s, t});
        a.conclusions = u"Harmful."_s;
        a.recommendations = u"Drop the fee."_s;
        return a;
    }

    static int countRows(const QString &path, const QString &table)
    {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"counter"_s);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"SELECT count(*) FROM "_s + table) && q.next())
                    count = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(u"counter"_s);
        return count;
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void createsNewLibrary();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void roundTrip();
    void saveEditWritesEachKind();
    void conflictRollsBack();
    void listOrderAndTrash();
    void search_data();
    void search();
    void revisions();
    void readOnly();
    void migratesVersion1();
    void migrationWaitsForTheHook();
    void readsVersion1ReadOnly();
    void quickCheckAndState();
};

void TestStore::createsNewLibrary()
{
    const QString path = freshPath();
    {
        auto store = Store::open(path);
        IIA_VERIFY_RESULT(store);
        QCOMPARE((*store)->schemaVersion(), Store::latestSchemaVersion());
        QVERIFY(!(*store)->isReadOnly());
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA application_id"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0x49494131);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"probe"_s);
    // Opening again neither fails nor migrates.
    auto again = Store::open(path);
    IIA_VERIFY_RESULT(again);
}

void TestStore::refusesForeignFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    QTest::addRow("garbage") << u"garbage"_s << ErrorCode::NotOurs << u"not an SQLite database"_s;
    QTest::addRow("truncated") << u"truncated"_s << ErrorCode::NotOurs << u"cut short"_s;
    QTest::addRow("truncated to its first page") << u"truncated to a page"_s << ErrorCode::NotOurs
                                                 << u"the file holds 4096 bytes where its header records"_s;
    QTest::addRow("too short for a header") << u"stub"_s << ErrorCode::NotOurs << u"not an SQLite database"_s;
    QTest::addRow("another program's database") << u"foreign"_s << ErrorCode::NotOurs << u"another program"_s;
    QTest::addRow("newer library") << u"newer"_s << ErrorCode::Unsupported << u"newer version"_s;
}

void TestStore::refusesForeignFiles()
{
    QFETCH(QString, kind);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    const QString path = freshPath();
    if (kind == u"garbage") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    } else if (kind.startsWith(u"truncated") || kind == u"stub") {
        {
            auto store = Store::open(path);
            IIA_VERIFY_RESULT(store);
            IIA_VERIFY_RESULT((*store)->insert(sample(), {}));
        }
        QFile f(path);
        QVERIFY(f.resize(kind == u"truncated" ? 100 : kind == u"stub" ? 50 : 4096));
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"maker"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        if (kind == u"foreign") {
            QVERIFY(q.exec(u"CREATE TABLE notes (body TEXT)"_s));
        } else {
            QVERIFY(q.exec(u"PRAGMA application_id = %1"_s.arg(0x49494131)));
            QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
            QVERIFY(q.exec(u"CREATE TABLE future (x)"_s));
        }
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"maker"_s);
    }
    const QByteArray before = fileBytes(path);
    auto store = Store::open(path);
    QVERIFY(!store);
    QCOMPARE(store.error().code, code);
    QVERIFY2(store.error().message.contains(message), qPrintable(store.error().message));
    QCOMPARE(store.error().file, path);
    QCOMPARE(fileBytes(path), before); // never touched
}

void TestStore::roundTrip()
{
    auto store = Store::open(freshPath());
    IIA_VERIFY_RESULT(store);
    const Assessment a = sample();
    IIA_VERIFY_RESULT((*store)->insert(a, {Verdict::Undermines, Verdict::Unassessed, 0.25}));
    auto loaded = (*store)->load(a.id);
    IIA_VERIFY_RESULT(loaded);
    QCOMPARE(*loaded, a);
    auto row = (*store)->summary(a.id);
    IIA_VERIFY_RESULT(row);
    QVERIFY(row->has_value());
    QCOMPARE(row->value().title, a.caseInfo.title);
    QCOMPARE(row->value().exist, Verdict::Undermines);
    QCOMPARE(row->value().completion, 0.25);
    QCOMPARE(row->value().modified, a.modified);
    auto missing = (*store)->load(u"no-such-id"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestStore::saveEditWritesEachKind()
{
    auto opened = Store::open(freshPath());
    IIA_VERIFY_RESULT(opened);
    Store &store = **opened;
    Assessment a = sample();
    IIA_VERIFY_RESULT(store.insert(a, {}));

    const QList<Edit> edits{
        edits::SetCaseField{CaseField::Title, u"Renamed"_s},
        edits::SetCaseField{CaseField::BriefDate, u"2026-12-01"_s},
        edits::SetPlanningField{u"deadline"_s, u"Friday"_s},
        edits::SetPlanningField{u"issue"_s, QString()},
        edits::SetAnswer{u"cp2.q1"_s, Answer{AnswerValue::Partly, u"maybe"_s}},
        edits::SetAnswer{u"cp1.q1"_s, Answer{}},
        edits::SetRating{u"privacy"_s, Rating{Impact::No, Direction::Unset, Strength::Unset, {}, u"none"_s}},
        edits::SetRating{u"cp1"_s, Rating{}},
        edits::AddEvidence{
            Evidence{
                u"ev-2"_s, EvidenceTarget::Rating, u"privacy"_s, 0, 9, u"Article 1"_s, {}, {}, a.created},
            0},
        edits::RemoveEvidence{u"ev-1"_s},
        edits::SetDraft{u"Article 1 replaced"_s, u"v2.txt"_s, {}},
        edits::SetConclusions{u"Changed."_s},
        edits::SetRecommendations{u"Other."_s},
    };
    int step = 0;
    for (const Edit &e : edits) {
        ++step;
        auto inverse = applyEdit(a, e);
        IIA_VERIFY_RESULT(inverse);
        a.modified = a.modified.addSecs(1);
        IIA_VERIFY_RESULT(store.saveEdit(a, e, {Verdict::Risks, Verdict::Supports, 0.5}));
        auto loaded = store.load(a.id);
        IIA_VERIFY_RESULT(loaded);
        QVERIFY2(*loaded == a, qPrintable(u"after edit %1"_s.arg(step)));
    }
    auto row = store.summary(a.id);
    QCOMPARE(row->value().thrive, Verdict::Supports);
    QCOMPARE(row->value().title, u"Renamed"_s);
}

void TestStore::conflictRollsBack()
{
    auto store = Store::open(freshPath());
    IIA_VERIFY_RESULT(store);
    const Assessment a = sample();
    IIA_VERIFY_RESULT((*store)->insert(a, {}));
    Assessment clash = sample(u"Another title"_s);
    clash.id = a.id;
    auto r = (*store)->insert(clash, {});
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY(r.error().message.contains(u"“Network fees act”"_s));
    auto rows = (*store)->list();
    IIA_VERIFY_RESULT(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE((*store)->load(a.id)->caseInfo.title, u"Network fees act"_s);
}

void TestStore::listOrderAndTrash()
{
    const QString path = freshPath();
    auto opened = Store::open(path);
    IIA_VERIFY_RESULT(opened);
    Store &store = **opened;
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        Assessment a = sample(u"Case %1"_s.arg(i));
        a.modified = a.modified.addSecs(60 * i);
        IIA_VERIFY_RESULT(store.insert(a, {}));
        ids.append(a.id);
    }
    auto titles = [&](ListQuery::Scope scope) {
        QStringList out;
        const auto rows = store.list({scope, {}});
        for (const AssessmentSummary &s : rows.value())
            out.append(s.title);
        return out;
    };
    QCOMPARE(titles(ListQuery::Scope::Active), (QStringList{u"Case 2"_s, u"Case 1"_s, u"Case 0"_s}));
    IIA_VERIFY_RESULT(store.moveToTrash(ids.at(1)));
    QCOMPARE(titles(ListQuery::Scope::Active), (QStringList{u"Case 2"_s, u"Case 0"_s}));
    QCOMPARE(titles(ListQuery::Scope::Trash), QStringList{u"Case 1"_s});
    QVERIFY(store.summary(ids.at(1))->value().deleted.isValid());
    QCOMPARE(store.moveToTrash(ids.at(1)).error().code, ErrorCode::NotFound);
    IIA_VERIFY_RESULT(store.restoreFromTrash(ids.at(1)));
    QCOMPARE(titles(ListQuery::Scope::Active).size(), 3);
    IIA_VERIFY_RESULT(store.moveToTrash(ids.at(0)));
    IIA_VERIFY_RESULT(store.moveToTrash(ids.at(2)));
    auto removed = store.emptyTrash();
    IIA_VERIFY_RESULT(removed);
    QCOMPARE(*removed, 2);
    QCOMPARE(titles(ListQuery::Scope::All), QStringList{u"Case 1"_s});
    // Their answers, ratings and evidence went with them (foreign keys cascade).
    QCOMPARE(countRows(path, u"answer"_s), 2);
    QCOMPARE(countRows(path, u"evidence"_s), 1);
}

void TestStore::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("titles");
    QTest::addRow("title word") << u"fees"_s << QStringList{u"Network fees act"_s};
    QTest::addRow("prefix") << u"netw"_s << QStringList{u"Network fees act"_s};
    QTest::addRow("jurisdiction") << u"ruritania"_s
                                  << QStringList{u"Network fees act"_s, u"Data retention bill"_s};
    QTest::addRow("draft text, without accents") << u"reseau"_s << QStringList{u"Network fees act"_s};
    QTest::addRow("Arabic") << u"الشبكة"_s << QStringList{u"Network fees act"_s};
    QTest::addRow("all words must match") << u"usage retention"_s << QStringList{};
    QTest::addRow("punctuation only") << u"\"*()"_s << QStringList{};
    QTest::addRow("FTS syntax is taken literally") << u"fees OR NEAR(\""_s << QStringList{};
    QTest::addRow("trashed are not found") << u"shutdown"_s << QStringList{};
}

void TestStore::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, titles);
    auto opened = Store::open(freshPath());
    IIA_VERIFY_RESULT(opened);
    Store &store = **opened;
    IIA_VERIFY_RESULT(store.insert(sample(), {}));
    Assessment b = sample(u"Data retention bill"_s);
    b.draftText = u"Providers shall retain traffic data."_s;
    b.evidence.clear();
    IIA_VERIFY_RESULT(store.insert(b, {}));
    Assessment c = sample(u"Shutdown order"_s);
    c.caseInfo.jurisdiction = u"Elsewhere"_s;
    c.evidence.clear();
    IIA_VERIFY_RESULT(store.insert(c, {}));
    IIA_VERIFY_RESULT(store.moveToTrash(c.id));

    auto rows = store.list({ListQuery::Scope::Active, query});
    IIA_VERIFY_RESULT(rows);
    QStringList found;
    for (const AssessmentSummary &s : *rows)
        found.append(s.title);
    found.sort();
    titles.sort();
    QCOMPARE(found, titles);
}

void TestStore::revisions()
{
    auto opened = Store::open(freshPath());
    IIA_VERIFY_RESULT(opened);
    Store &store = **opened;
    Assessment a = sample();
    IIA_VERIFY_RESULT(store.insert(a, {}));
    QVERIFY(store.revisions(a.id)->isEmpty());
    const QDateTime when = a.created.addSecs(600);
    auto first = store.addRevision(a.id, u"First"_s, a, when);
    IIA_VERIFY_RESULT(first);
    QCOMPARE(*first, 1);
    Assessment changed = a;
    changed.conclusions = u"Later thoughts"_s;
    auto second = store.addRevision(a.id, u"Second"_s, changed, when.addSecs(60));
    QCOMPARE(*second, 2);
    auto infos = store.revisions(a.id);
    QCOMPARE(infos->size(), 2);
    QCOMPARE(infos->at(0), (RevisionInfo{1, when, u"First"_s}));
    auto r2 = store.revision(a.id, 2);
    IIA_VERIFY_RESULT(r2);
    QCOMPARE(r2->snapshot, changed);
    QCOMPARE(store.revision(a.id, 3).error().code, ErrorCode::NotFound);
    auto history = store.history(a.id);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->first().snapshot, a);
}

void TestStore::readOnly()
{
    const QString path = freshPath();
    const Assessment a = sample();
    {
        auto store = Store::open(path);
        IIA_VERIFY_RESULT(store);
        IIA_VERIFY_RESULT((*store)->insert(a, {}));
    }
    auto store = Store::open(path, Store::Mode::ReadOnly);
    IIA_VERIFY_RESULT(store);
    QVERIFY((*store)->isReadOnly());
    QCOMPARE((*store)->list()->size(), 1);
    QCOMPARE(*(*store)->load(a.id), a);
    auto write = (*store)->moveToTrash(a.id);
    QVERIFY(!write);
    QCOMPARE(write.error().code, ErrorCode::ReadOnly);
    auto missing = Store::open(freshPath(), Store::Mode::ReadOnly);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestStore::migratesVersion1()
{
    const QString path = freshPath();
    QVERIFY(QFile::copy(QStringLiteral(IIA_TEST_DATA "/library-v1.sqlite"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    int calls = 0;
    int from = 0;
    int versionSeen = 0;
    auto store = Store::open(path, Store::Mode::ReadWrite, [&](Store &s, int version) -> Result<void> {
        ++calls;
        from = version;
        versionSeen = s.schemaVersion();
        return {};
    });
    IIA_VERIFY_RESULT(store);
    QCOMPARE(calls, 1);
    QCOMPARE(from, 1);
    QCOMPARE(versionSeen, 1); // the hook sees the library before the update
    QCOMPARE((*store)->schemaVersion(), 2);
    QVERIFY(!(*store)->wasCreated());
    auto rows = (*store)->list();
    IIA_VERIFY_RESULT(rows);
    QCOMPARE(rows->size(), 3);
    auto example = (*store)->load(u"5f0c1d2e-7a4b-4c3d-9e8f-0a1b2c3d4e5f"_s);
    IIA_VERIFY_RESULT(example);
    QCOMPARE(example->answers.size(), 74);
    IIA_VERIFY_RESULT((*store)->setState(u"k"_s, u"v"_s));
    QCOMPARE(*(*store)->state(u"k"_s), u"v"_s);
    QCOMPARE(countRows(path, u"app_state"_s), 1);
    // Opened again: no second migration.
    store->reset();
    calls = 0;
    auto again = Store::open(path, Store::Mode::ReadWrite, [&](Store &, int) -> Result<void> {
        ++calls;
        return {};
    });
    IIA_VERIFY_RESULT(again);
    QCOMPARE(calls, 0);
}

void TestStore::migrationWaitsForTheHook()
{
    const QString path = freshPath();
    QVERIFY(QFile::copy(QStringLiteral(IIA_TEST_DATA "/library-v1.sqlite"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray before = fileBytes(path);
    auto store = Store::open(path, Store::Mode::ReadWrite, [](Store &, int) -> Result<void> {
        return fail(ErrorCode::Io, u"no backup today"_s);
    });
    QVERIFY(!store);
    QCOMPARE(store.error().message, u"no backup today"_s);
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(countRows(path, u"assessment"_s), 3);
}

void TestStore::readsVersion1ReadOnly()
{
    const QString path = freshPath();
    QVERIFY(QFile::copy(QStringLiteral(IIA_TEST_DATA "/library-v1.sqlite"), path));
    const QByteArray before = fileBytes(path);
    auto store = Store::open(path, Store::Mode::ReadOnly);
    IIA_VERIFY_RESULT(store);
    QCOMPARE((*store)->schemaVersion(), 1);
    QCOMPARE((*store)->list()->size(), 3);
    QCOMPARE(*(*store)->state(u"integrity_checked"_s), QString()); // version 1 has no app_state
    store->reset();
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    QVERIFY(!QFile::exists(path + u"-shm"_s));
}

void TestStore::quickCheckAndState()
{
    const QString path = freshPath();
    auto store = Store::open(path);
    IIA_VERIFY_RESULT(store);
    QVERIFY((*store)->wasCreated());
    IIA_VERIFY_RESULT((*store)->insert(sample(), {}));
    auto problems = (*store)->quickCheck();
    IIA_VERIFY_RESULT(problems);
    QCOMPARE(*problems, QStringList());
    QCOMPARE(*(*store)->state(u"missing"_s), QString());
    IIA_VERIFY_RESULT((*store)->setState(u"integrity_checked"_s, u"2030-01-01"_s));
    IIA_VERIFY_RESULT((*store)->setState(u"integrity_checked"_s, u"2030-01-02"_s));
    QCOMPARE(*(*store)->state(u"integrity_checked"_s), u"2030-01-02"_s);
    const QString copy = m_dir.filePath(u"backup-copy.sqlite"_s);
    IIA_VERIFY_RESULT((*store)->backupTo(copy));
    QCOMPARE(countRows(copy, u"assessment"_s), 1);
    auto again = (*store)->backupTo(copy); // never over an existing file
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Database);
    QVERIFY2(again.error().message.startsWith(u"Backing up the library failed: output file already exists"_s),
             qPrintable(again.error().message));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
