#include "frameworkregistry.h"
#include "interchange.h"
#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <functional>

using namespace iia;
using namespace Qt::StringLiterals;

class TestInterchange : public QObject
{
    Q_OBJECT

private:
    FrameworkRegistry m_registry;
    QByteArray m_example;

    static Assessment full()
    {
        const QDateTime t = QDateTime::fromString(u"2026-03-04T05:06:07.089Z"_s, Qt::ISODateWithMs);
        Assessment a =
            makeAssessment(u"Loi sur les réseaux — قانون الشبكات <b>&amp;</b>"_s, u"iiat"_s, u"1.0.0"_s, t);
        a.modified = t.addSecs(3600);
        a.caseInfo.jurisdiction = u"Ruritania"_s;
        a.caseInfo.instrument = u"regulation"_s;
        a.caseInfo.stage = u"consultation"_s;
        a.caseInfo.briefDate = u"2026-03-10"_s;
        a.caseInfo.authors = u"Ana\nBo"_s;
        a.planning.insert(u"deadline"_s, u"Friday"_s);
        a.draftText =
            u"Article 1\r\n\tTabs, \"quotes\", \\ backslash, \u0001 control, emoji 🌍, RTL \u202Eevil"_s;
        a.answers.insert(u"cp1.q1"_s, Answer{AnswerValue::Unsure, u"depends"_s});
        a.answers.insert(u"privacy.q1"_s, Answer{AnswerValue::NotApplicable, {}});
        a.ratings.insert(u"cp5"_s, Rating{Impact::Yes, Direction::Mixed, Strength::Weak, u"h"_s, u"p"_s});
        a.evidence.append(Evidence{u"e1"_s, EvidenceTarget::Rating, u"cp5"_s, 0, 9, u"Article 1"_s,
                                   u"Art. 1"_s, u"n"_s, t});
        a.conclusions = u"C"_s;
        a.recommendations = u"R"_s;
        return a;
    }

    // The example with one change made through its JSON.
    QByteArray mutated(const std::function<void(QJsonObject &)> &change) const
    {
        QJsonObject root = QJsonDocument::fromJson(m_example).object();
        change(root);
        return QJsonDocument(root).toJson();
    }

private Q_SLOTS:
    void initTestCase();
    void roundTripInMemory();
    void exampleIsCanonical();
    void writeIsDeterministic();
    void refusals_data();
    void refusals();
    void reportsEveryError();
    void atomicWriteKeepsOldFile();
};

void TestInterchange::initTestCase()
{
    m_registry.load(QString());
    m_example = readFixture(QStringLiteral(IIA_SOURCE_DIR "/assessments/examples/network-usage-fees.iia"));
}

void TestInterchange::roundTripInMemory()
{
    const Assessment a = full();
    Assessment older = a;
    older.conclusions.clear();
    const IiaDocument doc{a, {Revision{RevisionInfo{1, a.created, u"First"_s}, older}}};
    const QByteArray bytes = Interchange::write(doc);
    auto read = Interchange::read(bytes, u"mem.iia"_s, m_registry);
    IIA_VERIFY_RESULT(read);
    QCOMPARE(read->assessment, a);
    QCOMPARE(read->history, doc.history);
    QCOMPARE(Interchange::write(*read), bytes);
}

void TestInterchange::exampleIsCanonical()
{
    auto read = Interchange::read(m_example, u"example.iia"_s, m_registry);
    IIA_VERIFY_RESULT(read);
    QCOMPARE(Interchange::write(*read), m_example);
    QVERIFY(read->assessment.answers.size() >= 20);
    QVERIFY(read->assessment.ratings.size() == 15);
    QVERIFY(!read->assessment.evidence.isEmpty());
    QVERIFY(!read->history.isEmpty());
}

void TestInterchange::writeIsDeterministic()
{
    const IiaDocument doc{full(), {}};
    QCOMPARE(Interchange::write(doc), Interchange::write(doc));
    const QJsonObject root = QJsonDocument::fromJson(Interchange::write(doc)).object();
    QCOMPARE(root.value(u"format").toString(), u"internet-impact-assessment"_s);
    QCOMPARE(root.value(u"formatVersion").toInt(), 1);
    QCOMPARE(root.value(u"assessment").toObject().value(u"framework").toObject().value(u"id").toString(),
             u"iiat"_s);
    QCOMPARE(root.value(u"assessment").toObject().value(u"created").toString(),
             u"2026-03-04T05:06:07.089Z"_s);
}

void TestInterchange::refusals_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");

    QTest::addRow("empty") << QByteArray() << ErrorCode::Parse << QString() << QString();
    QTest::addRow("not JSON") << QByteArray("PK\x03\x04 zip") << ErrorCode::Parse << QString() << QString();
    QTest::addRow("truncated") << m_example.left(m_example.size() / 2) << ErrorCode::Parse << QString()
                               << QString();
    QTest::addRow("invalid UTF-8") << QByteArray("{\"format\": \"\xC3\x28\"}") << ErrorCode::Parse
                                   << QString() << QString();
    QTest::addRow("JSON but not ours") << QByteArray("{\"hello\": 1}") << ErrorCode::NotOurs << QString()
                                       << u"not an Internet Impact Assessment file"_s;
    QTest::addRow("an array") << QByteArray("[1, 2]") << ErrorCode::NotOurs << QString() << QString();
    QTest::addRow("newer format") << mutated([](QJsonObject &r) { r.insert(u"formatVersion"_s, 7); })
                                  << ErrorCode::Unsupported << u"/formatVersion"_s << u"newer version"_s;
    QTest::addRow("wrong type") << mutated([](QJsonObject &r) {
        QJsonObject a = r.value(u"assessment").toObject();
        QJsonObject c = a.value(u"case").toObject();
        c.insert(u"title"_s, 42);
        a.insert(u"case"_s, c);
        r.insert(u"assessment"_s, a);
    }) << ErrorCode::Schema << u"/assessment/case/title"_s
                                << u"string"_s;
    QTest::addRow("unknown question") << mutated([](QJsonObject &r) {
        QJsonObject a = r.value(u"assessment").toObject();
        QJsonArray answers = a.value(u"answers").toArray();
        QJsonObject first = answers.at(0).toObject();
        first.insert(u"question"_s, u"cp1.q99"_s);
        answers.replace(0, first);
        a.insert(u"answers"_s, answers);
        r.insert(u"assessment"_s, a);
    }) << ErrorCode::Semantic << u"/assessment/answers/0/question"_s
                                      << u"no question “cp1.q99”"_s;
    QTest::addRow("unknown framework") << mutated([](QJsonObject &r) {
        QJsonObject a = r.value(u"assessment").toObject();
        a.insert(u"framework"_s, QJsonObject{{u"id"_s, u"other"_s}, {u"version"_s, u"1.0"_s}});
        r.insert(u"assessment"_s, a);
    }) << ErrorCode::Semantic << u"/assessment/framework/id"_s
                                       << u"not installed"_s;
    QTest::addRow("evidence outside the draft") << mutated([](QJsonObject &r) {
        QJsonObject a = r.value(u"assessment").toObject();
        QJsonArray ev = a.value(u"evidence").toArray();
        QJsonObject first = ev.at(0).toObject();
        first.insert(u"start"_s, 10000000);
        ev.replace(0, first);
        a.insert(u"evidence"_s, ev);
        r.insert(u"assessment"_s, a);
    }) << ErrorCode::Semantic << u"/assessment/evidence/0/length"_s
                                                << u"draft text has only"_s;
    QTest::addRow("markup in an unknown field")
        << mutated([](QJsonObject &r) { r.insert(u"script"_s, u"<script>alert(1)</script>"_s); })
        << ErrorCode::Schema << u"/script"_s << u"“script”"_s;
}

void TestInterchange::refusals()
{
    QFETCH(QByteArray, data);
    QFETCH(ErrorCode, code);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    auto read = Interchange::read(data, u"bad.iia"_s, m_registry);
    QVERIFY(!read);
    const Error &e = read.error().first();
    QCOMPARE(e.code, code);
    QCOMPARE(e.file, u"bad.iia"_s);
    if (!pointer.isEmpty())
        QCOMPARE(e.pointer, pointer);
    if (!message.isEmpty())
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
    if (code == ErrorCode::Parse || code == ErrorCode::Schema || code == ErrorCode::Semantic)
        QVERIFY2(e.line > 0, qPrintable(e.toString()));
}

void TestInterchange::reportsEveryError()
{
    const QByteArray data = mutated([](QJsonObject &r) {
        QJsonObject a = r.value(u"assessment").toObject();
        QJsonArray answers = a.value(u"answers").toArray();
        for (int i : {0, 2}) {
            QJsonObject o = answers.at(i).toObject();
            o.insert(u"question"_s, u"bogus.q%1"_s.arg(i));
            answers.replace(i, o);
        }
        a.insert(u"answers"_s, answers);
        QJsonArray ratings = a.value(u"ratings").toArray();
        QJsonObject rating = ratings.at(1).toObject();
        rating.insert(u"item"_s, u"bogus"_s);
        ratings.replace(1, rating);
        a.insert(u"ratings"_s, ratings);
        r.insert(u"assessment"_s, a);
    });
    auto read = Interchange::read(data, u"bad.iia"_s, m_registry);
    QVERIFY(!read);
    QStringList pointers;
    for (const Error &e : read.error())
        pointers.append(e.pointer);
    QCOMPARE(pointers, (QStringList{u"/assessment/answers/0/question"_s, u"/assessment/answers/2/question"_s,
                                    u"/assessment/ratings/1/item"_s}));
}

void TestInterchange::atomicWriteKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"case.iia"_s);
    IIA_VERIFY_RESULT(Interchange::writeFile(path, IiaDocument{full(), {}}));
    const QByteArray before = readFixture(path);
    // A target that cannot be written: a path inside a missing folder.
    auto r = Interchange::writeFile(dir.filePath(u"missing/case.iia"_s), IiaDocument{full(), {}});
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Io);
    QVERIFY(r.error().message.contains(u"could not be created"_s));
    QCOMPARE(readFixture(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"case.iia"_s});
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
