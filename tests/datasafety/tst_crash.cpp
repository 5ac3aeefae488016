// Crashes: the worker (iia_crashworker, the application's core code doing real work) is killed with SIGKILL
// at random moments while it edits, imports .iia files and migrates a version 1 library. After every kill:
// PRAGMA integrity_check is ok; every operation the worker reported is there, and the one in flight is
// either wholly there or not at all; the application (the real iia executable) starts normally; and then
// no temporary file is left in the data folder.
//
// IIA_CRASH_KILLS sets the number of kills (default 210, spread over the three kinds of work; ./dev crash N
// runs more); IIA_CRASH_SEED repeats a run (the seed is printed).

#include "../testutil.h"
#include "backups.h"
#include "crashplan.h"
#include "interchange.h"
#include "library.h"
#include "safetytest.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/file.h>
#endif

using namespace iia;
using namespace iia::safetytest;
using namespace Qt::StringLiterals;

namespace {

enum class Work
{
    Edit,
    Import,
    Migrate
};

QString workName(Work work)
{
    switch (work) {
    case Work::Edit: return u"edit"_s;
    case Work::Import: return u"import"_s;
    case Work::Migrate: return u"migrate"_s;
    }
    return {};
}

// Rows of each child table, by assessment id: what "wholly there" means for an assessment.
struct Shape
{
    QString title;
    int answers = 0;
    int ratings = 0;
    int evidence = 0;
    int revisions = 0;
    bool operator==(const Shape &) const = default;
    QString toString() const
    {
        return u"“%1” answers %2 ratings %3 evidence %4 revisions %5"_s.arg(title)
            .arg(answers)
            .arg(ratings)
            .arg(evidence)
            .arg(revisions);
    }
};

QMap<QString, Shape> shapes(QSqlDatabase &db)
{
    QMap<QString, Shape> result;
    QSqlQuery q(db);
    q.exec(u"SELECT a.id, a.title, (SELECT count(*) FROM answer WHERE rid = a.rid), "
           u"(SELECT count(*) FROM rating WHERE rid = a.rid), (SELECT count(*) FROM evidence WHERE rid = "
           u"a.rid), "
           u"(SELECT count(*) FROM revision WHERE rid = a.rid) FROM assessment a"_s);
    while (q.next()) {
        result.insert(q.value(0).toString(),
                      Shape{q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt(),
                            q.value(5).toInt()});
    }
    return result;
}

// What one campaign (one kind of work) found, for the figures and the verdict.
struct Campaign
{
    Work work = Work::Edit;
    int kills = 0;
    int killedAfterReady = 0; ///< kills that landed after the worker opened the library
    int operations = 0;       ///< operations reported committed, in all
    int inFlightFound = 0;    ///< kills after which the unreported operation in flight was wholly there
    int temporariesLeft = 0;  ///< kills that left a temporary file, which the next start removed
    int oldVersionFound = 0;  ///< migrate: kills after which the library was still version 1 (intact)
    qint64 milliseconds = 0;
    qint64 workerMilliseconds = 0; ///< from the worker's start to its kill
    qint64 checkMilliseconds = 0;  ///< looking inside the library
    qint64 startMilliseconds = 0;  ///< the application's start after the crash (iia list)
    int startWindow = 300;         ///< kills during the start land within this many ms of it
    int workWindow = 250;          ///< the others within this many ms of the library being open
    QString failure;               ///< the first failure, with what is needed to repeat it
};

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    quint32 m_seed = 0;
    int m_kills = 210;
    QString m_example = QStringLiteral(IIA_SOURCE_DIR "/assessments/examples/network-usage-fees.iia");
    QString m_v1 = QStringLiteral(IIA_SOURCE_DIR "/tests/data/library-v1.sqlite");
    QString m_variant;
    QStringList m_questions;
    QList<Shape> m_sourceShapes;     // of the example and the variant, as imported
    QMap<QString, Shape> m_v1Shapes; // of the version 1 fixture

    QProcessEnvironment childEnvironment() const { return environment(m_dir.filePath(u"home"_s)); }
    QStringList workerArguments(Work work, const QString &dataDir, int generation) const;
    void calibrate(Campaign &c);
    void runCampaign(Campaign &c, int kills, quint32 seed);
    QString check(Work work, const QString &dataDir, const QStringList &lines, int &previous, Campaign &c);
    QString checkEdit(QSqlDatabase &db, const QStringList &lines, int &previous, Campaign &c);
    QString checkImport(QSqlDatabase &db, const QStringList &lines, int &previous, Campaign &c);
    QString checkMigrate(QSqlDatabase &db, const QString &dataDir, Campaign &c);

private Q_SLOTS:
    void initTestCase();
    void killsWhileWorking();
    void staleTemporariesAreRemovedAtStart();
};

void TestCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_s)));
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("IIA_CRASH_KILLS", &ok);
    if (ok && kills > 0)
        m_kills = kills;
    const QByteArray seed = qgetenv("IIA_CRASH_SEED");
    m_seed = seed.isEmpty() ? QRandomGenerator::system()->generate() : seed.toUInt();
    qInfo("crash test: %d kills, seed %u (IIA_CRASH_SEED=%u IIA_CRASH_KILLS=%d repeats this run)", m_kills,
          m_seed, m_seed, m_kills);

    // A second source for imports: the example with half its answers and no history, under another title.
    auto scratch = Library::open(Paths(m_dir.filePath(u"scratch"_s)));
    IIA_VERIFY_RESULT(scratch);
    auto example = Interchange::readFile(m_example, (*scratch)->frameworks());
    IIA_VERIFY_RESULT(example);
    IiaDocument variant = *example;
    variant.history.clear();
    variant.assessment.id = newId();
    variant.assessment.caseInfo.title = u"Variant of the worked example"_s;
    const QStringList keys = variant.assessment.answers.keys();
    for (qsizetype i = 0; i < keys.size(); i += 2)
        variant.assessment.answers.remove(keys.at(i));
    m_variant = m_dir.filePath(u"variant.iia"_s);
    IIA_VERIFY_RESULT(Interchange::writeFile(m_variant, variant));
    m_questions = crashplan::questionIds(*(*scratch)->frameworks().defaultFramework());

    // What each source looks like once imported, counted the way the checks count.
    for (const QString &source : {m_example, m_variant}) {
        auto imported = (*scratch)->importFile(source, ImportMode::Refuse);
        IIA_VERIFY_RESULT(imported);
    }
    const QString scratchLibrary = (*scratch)->paths().libraryFile();
    scratch->reset();
    withDatabase(scratchLibrary, false, [&](QSqlDatabase &db) {
        const auto all = shapes(db);
        for (const Shape &s : all) {
            if (s.title == example->assessment.caseInfo.title)
                m_sourceShapes.prepend(s);
            else
                m_sourceShapes.append(s);
        }
    });
    QCOMPARE(m_sourceShapes.size(), 2);
    QVERIFY(m_sourceShapes.at(0).answers > m_sourceShapes.at(1).answers);
    QVERIFY(m_sourceShapes.at(0).revisions > 0);
    withDatabase(m_v1, true, [&](QSqlDatabase &db) { m_v1Shapes = shapes(db); });
    QCOMPARE(m_v1Shapes.size(), 3);
}

QString TestCrash::checkEdit(QSqlDatabase &db, const QStringList &lines, int &previous, Campaign &c)
{
    const int rows = value(db, u"SELECT count(*) FROM assessment"_s).toInt();
    int last = previous;
    for (const QString &line : lines) {
        if (line.startsWith(u"committed edit "_s))
            last = line.mid(15).toInt();
    }
    if (!lines.isEmpty() && lines.first().startsWith(u"ready edit "_s) &&
        lines.first().mid(11).toInt() != previous)
        return u"the worker found %1 edits, the test %2"_s.arg(lines.first().mid(11)).arg(previous);
    if (rows == 0) {
        // Killed before the assessment was created (or while): nothing may be there yet.
        if (lines.contains(u"committed create"_s) || previous > 0)
            return u"the assessment that was created is gone"_s;
        return {};
    }
    if (rows != 1)
        return u"%1 assessments instead of 1"_s.arg(rows);
    QSqlQuery q(db);
    q.exec(u"SELECT rid, modified_at, conclusions FROM assessment"_s);
    q.next();
    const qint64 rid = q.value(0).toLongLong();
    const int n =
        crashplan::editOfTime(QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::UTC));
    const QString conclusions = q.value(2).toString();
    if (n != last && n != last + 1)
        return u"the library holds %1 edits, but %2 were committed"_s.arg(n).arg(last);
    if (n == last + 1)
        ++c.inFlightFound;
    const crashplan::EditState expected = crashplan::stateAfter(n, m_questions);
    if (conclusions != expected.conclusions)
        return u"after %1 edits the conclusions are “%2”, not “%3”"_s.arg(n).arg(conclusions,
                                                                                 expected.conclusions);
    QMap<QString, Answer> answers;
    q.exec(u"SELECT question, value, note FROM answer WHERE rid = %1"_s.arg(rid));
    while (q.next())
        answers.insert(q.value(0).toString(),
                       Answer{answerFromKey(q.value(1).toString()).value_or(AnswerValue::Unanswered),
                              q.value(2).toString()});
    if (answers != expected.answers)
        return u"after %1 edits the answers differ from the plan (%2 answers, %3 expected)"_s.arg(n)
            .arg(answers.size())
            .arg(expected.answers.size());
    const int revisions = value(db, u"SELECT count(*) FROM revision WHERE rid = %1"_s.arg(rid)).toInt();
    if (revisions != expected.revisions)
        return u"after %1 edits there are %2 revisions, not %3"_s.arg(n).arg(revisions).arg(
            expected.revisions);
    QSqlQuery fts(db);
    if (!fts.exec(u"INSERT INTO assessment_fts (assessment_fts) VALUES ('integrity-check')"_s))
        return u"the search index is inconsistent: %1"_s.arg(fts.lastError().text());
    previous = n;
    return {};
}

QString TestCrash::checkImport(QSqlDatabase &db, const QStringList &lines, int &previous, Campaign &c)
{
    int last = previous;
    for (const QString &line : lines) {
        if (line.startsWith(u"committed import "_s))
            last = line.mid(17).toInt();
    }
    const QMap<QString, Shape> found = shapes(db);
    const int k = int(found.size());
    if (k != last && k != last + 1)
        return u"the library holds %1 imports, but %2 were committed"_s.arg(k).arg(last);
    if (k == last + 1)
        ++c.inFlightFound;
    for (int n = 1; n <= k; ++n) {
        const QString id = crashplan::importId(n);
        if (!found.contains(id))
            return u"import %1 (%2) is missing"_s.arg(n).arg(id);
        Shape expected = m_sourceShapes.at((n - 1) % 2);
        expected.title = crashplan::importTitle(expected.title, n);
        if (found.value(id) != expected)
            return u"import %1 is not whole: %2; expected %3"_s.arg(n).arg(found.value(id).toString(),
                                                                           expected.toString());
    }
    previous = k;
    return {};
}

QString TestCrash::checkMigrate(QSqlDatabase &db, const QString &dataDir, Campaign &c)
{
    if (value(db, u"PRAGMA application_id"_s).toInt() != 0x49494131)
        return u"the library lost its application id"_s;
    const int version = value(db, u"PRAGMA user_version"_s).toInt();
    const bool hasState =
        value(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'app_state'"_s).toInt() == 1;
    if (version == 1 && !hasState)
        ++c.oldVersionFound;
    else if (version != Store::latestSchemaVersion() || !hasState)
        return u"the library is half migrated: version %1, app_state %2"_s.arg(version).arg(hasState);
    if (shapes(db) != m_v1Shapes)
        return u"the migrated library's assessments differ from the version 1 fixture's"_s;
    // Every file with a backup's name is a whole backup.
    const QDir backups(dataDir + u"/backups"_s);
    const QStringList names = backups.entryList({u"library-*.sqlite"_s}, QDir::Files);
    if (names.size() > Backups::kBackupsKept + 1)
        return u"%1 backups are kept"_s.arg(names.size());
    for (const QString &name : names) {
        auto info = Backups::inspect(backups.filePath(name));
        if (!info)
            return u"the backup %1 is not sound: %2"_s.arg(name, info.error().message);
        if (info->assessments != 3)
            return u"the backup %1 holds %2 assessments"_s.arg(name).arg(info->assessments);
    }
    return {};
}

QString TestCrash::check(Work work, const QString &dataDir, const QStringList &lines, int &previous,
                         Campaign &c)
{
    const QString library = dataDir + u"/library.sqlite"_s;
    if (!QFileInfo::exists(library))
        return work == Work::Edit && previous == 0 ? QString() : u"the library file is gone"_s;
    QString failure;
    // A connection as the application makes one: the write-ahead log is read (and replayed).
    withDatabase(library, false, [&](QSqlDatabase &db) {
        const QString integrity = integrityCheck(db);
        if (integrity != u"ok") {
            failure = u"integrity_check: "_s + integrity;
            return;
        }
        if (work == Work::Edit)
            failure = checkEdit(db, lines, previous, c);
        else if (work == Work::Import)
            failure = checkImport(db, lines, previous, c);
        else
            failure = checkMigrate(db, dataDir, c);
    });
    return failure;
}

QStringList TestCrash::workerArguments(Work work, const QString &dataDir, int generation) const
{
    QStringList args{workName(work), dataDir};
    if (work == Work::Import)
        args << m_example << m_variant;
    else if (work == Work::Migrate)
        args << m_v1 << m_dir.filePath(u"staging-%1-%2.sqlite"_s.arg(workName(work)).arg(generation));
    return args;
}

void TestCrash::calibrate(Campaign &c)
{
    // The kills must land in the start and in the work, wherever they are: a worker built with the sanitizers
    // is several times slower, and a busy machine slower still. One worker, not killed, says how long this
    // build takes here to open the library and to commit an operation; the windows grow to fit (never below
    // the figures for a debug build on an idle machine), so that about two kills in three after the library
    // is open still land after an operation was committed.
    const QString dataDir = m_dir.filePath(u"%1-calibration"_s.arg(workName(c.work)));
    if (c.work == Work::Migrate &&
        !(QDir().mkpath(dataDir) && QFile::copy(m_v1, dataDir + u"/library.sqlite"_s)))
        return;
    QProcess worker;
    worker.setProgram(QStringLiteral(IIA_CRASHWORKER));
    worker.setArguments(workerArguments(c.work, dataDir, 0));
    worker.setProcessEnvironment(childEnvironment());
    QElapsedTimer clock;
    clock.start();
    worker.start();
    qint64 ready = -1;
    QList<qint64> commits;
    QByteArray pending;
    while (commits.size() < 3 && clock.elapsed() < 120000 && worker.state() != QProcess::NotRunning) {
        worker.waitForReadyRead(50);
        pending += worker.readAllStandardOutput();
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            if (line.startsWith("ready"))
                ready = clock.elapsed();
            else if (line.startsWith("committed ") && line != "committed create" && ready >= 0)
                commits.append(clock.elapsed());
        }
    }
    worker.kill();
    worker.waitForFinished();
    if (ready < 0 || commits.size() < 3)
        return; // the campaign itself reports what goes wrong
    const qint64 operation = (commits.last() - ready) / commits.size();
    c.startWindow = int(std::max<qint64>(c.startWindow, ready * 5 / 4));
    c.workWindow = int(std::max<qint64>(c.workWindow, operation * 3));
}

void TestCrash::runCampaign(Campaign &c, int kills, quint32 seed)
{
    calibrate(c);
    QElapsedTimer clock;
    clock.start();
    QRandomGenerator random(seed);
    const QString name = workName(c.work);
    QString dataDir;
    int previous = 0;
    int generation = 0;
    const QRegularExpression temporary(u"(^|/)\\.iia-[^/]*$"_s);
    auto fresh = [&] {
        dataDir = m_dir.filePath(u"%1-%2"_s.arg(name).arg(++generation));
        previous = 0;
        // Migrations start from the version 1 library, as a user's old library would be there.
        if (c.work == Work::Migrate)
            QDir().mkpath(dataDir) && QFile::copy(m_v1, dataDir + u"/library.sqlite"_s);
    };
    fresh();
    for (int kill = 1; kill <= kills; ++kill) {
        const QStringList args = workerArguments(c.work, dataDir, generation);
        QElapsedTimer phase;
        phase.start();
        QProcess worker;
        worker.setProgram(QStringLiteral(IIA_CRASHWORKER));
        worker.setArguments(args);
        worker.setProcessEnvironment(childEnvironment());
        worker.start();
        if (!worker.waitForStarted()) {
            c.failure = u"the worker did not start: "_s + worker.errorString();
            return;
        }
        // One kill in four lands anywhere in the start (stale files removed, the daily check and backup, a
        // migration): within 300 ms of it in a debug build; the others land in the work itself, within 250 ms
        // of the library being open. Slower builds and machines widen both windows (calibrate()).
        const bool duringStart = random.bounded(4) == 0;
        const int delay = int(random.bounded(duringStart ? c.startWindow : c.workWindow));
        QElapsedTimer waited;
        waited.start();
        QByteArray output;
        if (!duringStart) {
            while (!output.contains('\n') && waited.elapsed() < 20000 &&
                   worker.state() == QProcess::Running) {
                worker.waitForReadyRead(100);
                output += worker.readAllStandardOutput();
            }
            waited.restart();
        }
        while (waited.elapsed() < delay && worker.state() == QProcess::Running) {
            worker.waitForReadyRead(int(std::max<qint64>(1, delay - waited.elapsed())));
            output += worker.readAllStandardOutput();
        }
        const bool running = worker.state() == QProcess::Running;
        worker.kill();
        worker.waitForFinished();
        c.workerMilliseconds += phase.restart();
        output += worker.readAllStandardOutput();
        const QStringList lines = QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
        const QString where = u"%1, kill %2 after %3 ms (seed %4)"_s.arg(name).arg(kill).arg(delay).arg(seed);
        if (!running) {
            c.failure = u"%1: the worker stopped by itself: %2 %3"_s.arg(
                where, lines.join(u" | "_s), QString::fromUtf8(worker.readAllStandardError()));
            return;
        }
        ++c.kills;
        if (!lines.isEmpty() && lines.first().startsWith(u"ready"_s))
            ++c.killedAfterReady;
        for (const QString &line : lines) {
            if (line.startsWith(u"error"_s)) {
                c.failure = u"%1: %2"_s.arg(where, line);
                return;
            }
            if (line.startsWith(u"committed "_s) && line != u"committed create")
                ++c.operations;
        }
        bool leftTemporary = false;
        for (const QString &entry : entriesUnder(dataDir))
            leftTemporary = leftTemporary || temporary.match(entry).hasMatch();
        if (leftTemporary)
            ++c.temporariesLeft;

        const QString failure = check(c.work, dataDir, lines, previous, c);
        c.checkMilliseconds += phase.restart();
        if (!failure.isEmpty()) {
            c.failure = u"%1: %2 (the data folder %3 is kept)"_s.arg(where, failure, dataDir);
            m_dir.setAutoRemove(false);
            return;
        }
        // The application starts normally, and leaves nothing behind.
        const Run list = run(QStringLiteral(IIA_EXECUTABLE), {u"--data-dir"_s, dataDir, u"list"_s},
                             childEnvironment(), 30000);
        c.startMilliseconds += phase.restart();
        if (list.exitCode != 0 || !list.err.isEmpty()) {
            c.failure = u"%1: iia list exited with %2: %3"_s.arg(where).arg(list.exitCode).arg(list.err);
            m_dir.setAutoRemove(false);
            return;
        }
        QStringList unexpected;
        for (const QString &entry : entriesUnder(dataDir)) {
            const bool allowed = entry == u"library.sqlite" || entry == u"backups" ||
                                 (entry.startsWith(u"backups/library-"_s) && entry.endsWith(u".sqlite"_s) &&
                                  !entry.contains(u".iia-"_s));
            if (!allowed)
                unexpected.append(entry);
        }
        if (!unexpected.isEmpty()) {
            c.failure =
                u"%1: left in the data folder after a start: %2"_s.arg(where, unexpected.join(u", "_s));
            m_dir.setAutoRemove(false);
            return;
        }
        if (c.work == Work::Migrate) {
            int version = 0;
            withDatabase(dataDir + u"/library.sqlite"_s, true,
                         [&](QSqlDatabase &db) { version = value(db, u"PRAGMA user_version"_s).toInt(); });
            if (version != Store::latestSchemaVersion()) {
                c.failure = u"%1: after a start the library is version %2"_s.arg(where).arg(version);
                return;
            }
        }
        // Imports pile up; a fresh library now and then keeps every check quick.
        if (c.work == Work::Import && previous >= 40)
            fresh();
    }
    c.milliseconds = clock.elapsed();
}

void TestCrash::killsWhileWorking()
{
    // The three kinds of work run side by side, each with its own library and its own random sequence.
    QList<Campaign> campaigns(3);
    campaigns[0].work = Work::Edit;
    campaigns[1].work = Work::Import;
    campaigns[2].work = Work::Migrate;
    QList<QThread *> threads;
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < campaigns.size(); ++i) {
        const int kills = m_kills / 3 + (i < m_kills % 3 ? 1 : 0);
        const quint32 seed = m_seed + quint32(i);
        Campaign *c = &campaigns[i];
        threads.append(QThread::create([this, c, kills, seed] { runCampaign(*c, kills, seed); }));
        threads.last()->start();
    }
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }
    int total = 0;
    for (const Campaign &c : std::as_const(campaigns)) {
        qInfo(
            "%-7s %4d kills (%d after the library was open), %5d operations committed, the one in flight "
            "found whole %d times, a temporary file left (and removed at the next start) %d times%s, %.1f s",
            qPrintable(workName(c.work)), c.kills, c.killedAfterReady, c.operations, c.inFlightFound,
            c.temporariesLeft,
            c.work == Work::Migrate
                ? qPrintable(u", version 1 still intact %1 times"_s.arg(c.oldVersionFound))
                : "",
            double(c.milliseconds) / 1000);
        qInfo("%-7s per kill: worker %lld ms, checks %lld ms, iia list %lld ms; kills within %d ms of the "
              "start "
              "or %d ms of the library being open",
              qPrintable(workName(c.work)), c.workerMilliseconds / std::max(1, c.kills),
              c.checkMilliseconds / std::max(1, c.kills), c.startMilliseconds / std::max(1, c.kills),
              c.startWindow, c.workWindow);
        total += c.kills;
    }
    qInfo("%d kills in %.1f s", total, double(clock.elapsed()) / 1000);
    for (const Campaign &c : std::as_const(campaigns))
        QVERIFY2(c.failure.isEmpty(), qPrintable(c.failure));
    QCOMPARE(total, m_kills);
    // The kills must land in the work, not only in the start-up.
    for (const Campaign &c : std::as_const(campaigns)) {
        QVERIFY2(c.killedAfterReady * 2 > c.kills, qPrintable(workName(c.work)));
        QVERIFY2(c.operations > 0, qPrintable(workName(c.work)));
    }
}

void TestCrash::staleTemporariesAreRemovedAtStart()
{
    // What a crash during a backup, a restore or a copy leaves, and one that a running process still holds.
    const QString dataDir = m_dir.filePath(u"stale"_s);
    auto library = Library::open(Paths(dataDir));
    IIA_VERIFY_RESULT(library);
    library->reset();
    for (const QString &folder : {u"backups"_s, u"damaged"_s, u"frameworks"_s, u"inbox"_s})
        QVERIFY(QDir(dataDir).mkpath(folder));
    // Also what a crash leaves while the framework editor saves into frameworks/, and while a second start
    // writes its request into inbox/.
    const QStringList left{u"backups/.iia-backup-a1B2c3.tmp"_s,
                           u"backups/.iia-backup-a1B2c3.tmp-journal"_s,
                           u".iia-restore-d4E5f6.tmp"_s,
                           u"damaged/.iia-damaged-g7H8i9.tmp"_s,
                           u"backups/.iia-backup-orphan.tmp-journal"_s,
                           u"frameworks/.iia-save-m3N4o5.tmp"_s,
                           u"inbox/.iia-save-p6Q7r8.tmp"_s};
    for (const QString &name : left)
        QVERIFY(writeBytes(dataDir + u'/' + name, "half-written"));
    QFile held(dataDir + u"/backups/.iia-backup-j0K1l2.tmp"_s);
    QVERIFY(held.open(QIODevice::ReadWrite));
#ifdef Q_OS_UNIX
    QCOMPARE(::flock(held.handle(), LOCK_EX | LOCK_NB), 0);
#endif
    const Run first =
        run(QStringLiteral(IIA_EXECUTABLE), {u"--data-dir"_s, dataDir, u"list"_s}, childEnvironment());
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.err, QString());
    // The start also took the day's first backup.
    const auto withoutBackups = [](QStringList entries) {
        entries.removeIf([](const QString &e) { return e.startsWith(u"backups/library-"_s); });
        return entries;
    };
    QCOMPARE(withoutBackups(entriesUnder(dataDir)),
             (QStringList{u"backups"_s, u"backups/.iia-backup-j0K1l2.tmp"_s, u"damaged"_s, u"frameworks"_s,
                          u"inbox"_s, u"library.sqlite"_s}));
    held.close(); // its process is gone: now it is stale
    const Run second =
        run(QStringLiteral(IIA_EXECUTABLE), {u"--data-dir"_s, dataDir, u"list"_s}, childEnvironment());
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(withoutBackups(entriesUnder(dataDir)),
             (QStringList{u"backups"_s, u"damaged"_s, u"frameworks"_s, u"inbox"_s, u"library.sqlite"_s}));
}

int main(int argc, char *argv[])
{
    // Qt Test stops a test function after five minutes; a long run (./dev crash) needs about 0.3 s a kill.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT")) {
        const qint64 kills = std::max(210, qEnvironmentVariableIntValue("IIA_CRASH_KILLS"));
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(300000 + kills * 2000));
    }
    QCoreApplication app(argc, argv);
    TestCrash test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_crash.moc"
