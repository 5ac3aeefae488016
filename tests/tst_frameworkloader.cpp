#include "frameworkloader.h"
#include "frameworkregistry.h"
#include "testutil.h"

#include <QTemporaryDir>

using namespace iia;
using namespace Qt::StringLiterals;

class TestFrameworkLoader : public QObject
{
    Q_OBJECT

private:
    QByteArray minimal() const
    {
        return readFixture(QStringLiteral(IIA_TEST_DATA "/frameworks/minimal.framework.json"));
    }

private Q_SLOTS:
    void builtInFramework();
    void builtInExamplesComplete();
    void minimalLoads();
    void errors_data();
    void errors();
    void missingTranslations();
    void registryLoadsUserFolder();
    void compareVersions_data();
    void compareVersions();
};

void TestFrameworkLoader::builtInFramework()
{
    FrameworkRegistry registry;
    registry.load(QString());
    QVERIFY2(registry.failures().isEmpty(), qPrintable(iiaErrorText(registry.failures().value(0))));
    const FrameworkPtr fw = registry.defaultFramework();
    QVERIFY(fw);
    QCOMPARE(fw->id, u"iiat"_s);
    QVERIFY(fw->builtIn);
    QCOMPARE(fw->properties.size(), 5);
    QCOMPARE(fw->enablers.size(), 10);
    QCOMPARE(fw->goals.size(), 4);

    const QStringList properties{
        u"An Accessible Infrastructure with a Common Protocol"_s,
        u"Open Architecture of Interoperable and Reusable Building Blocks"_s,
        u"Decentralized Management and a Single Distributed Routing System"_s,
        u"Common Global Identifiers"_s,
        u"A Technology Neutral, General-Purpose Network"_s,
    };
    for (qsizetype i = 0; i < properties.size(); ++i)
        QCOMPARE(fw->properties.at(i).name.text(u"en"_s), properties.at(i));

    const QList<QPair<QString, QString>> enablers{
        {u"open"_s, u"Easy and Unrestricted Access"_s},
        {u"open"_s, u"Unrestricted Use and Deployment of Internet Technologies"_s},
        {u"open"_s, u"Collaborative Development, Management, and Governance"_s},
        {u"connected"_s, u"Unrestricted Reachability"_s},
        {u"connected"_s, u"Available Capacity"_s},
        {u"secure"_s, u"Data Confidentiality of Information, Devices, and Applications"_s},
        {u"secure"_s, u"Integrity of Information, Applications, and Services"_s},
        {u"secure"_s, u"Reliability, Resilience, and Availability"_s},
        {u"trustworthy"_s, u"Accountability"_s},
        {u"trustworthy"_s, u"Privacy"_s},
    };
    for (qsizetype i = 0; i < enablers.size(); ++i) {
        QCOMPARE(fw->enablers.at(i).goalId, enablers.at(i).first);
        QCOMPARE(fw->enablers.at(i).name.text(u"en"_s), enablers.at(i).second);
    }
    QCOMPARE(fw->goal(u"open"_s)->name.text(u"en"_s), u"An Open Internet"_s);
    QCOMPARE(fw->goal(u"trustworthy"_s)->enablerIds, (QStringList{u"accountability"_s, u"privacy"_s}));

    // Every item has questions of both kinds where the method needs them, help, and highlighter keywords.
    for (const Item *item : fw->items()) {
        QVERIFY2(item->questions.size() >= 3, qPrintable(item->id));
        QVERIFY2(!item->keywords.value(u"en"_s).isEmpty(), qPrintable(item->id));
        QVERIFY2(!item->help.text(u"en"_s).isEmpty(), qPrintable(item->id));
        for (const Question &q : item->questions) {
            QVERIFY2(q.weight >= 1 && q.weight <= 3, qPrintable(q.id));
            QCOMPARE(fw->question(q.id), &q);
        }
    }
    QCOMPARE(fw->sources.size(), 5);
    QVERIFY(fw->credit.text(u"en"_s).contains(u"Internet Society"_s));
}

void TestFrameworkLoader::builtInExamplesComplete()
{
    FrameworkRegistry registry;
    registry.load(QString());
    const FrameworkPtr fw = registry.defaultFramework();
    int toolkit = 0;
    for (const Item *item : fw->items()) {
        for (const WorkedExample &x : item->examples) {
            if (x.source == u"toolkit")
                ++toolkit;
            // Each example answers every question of its item.
            QCOMPARE(x.answers.size(), item->questions.size());
        }
    }
    QCOMPARE(toolkit, 6);
    for (const Item &p : fw->properties)
        QVERIFY2(!p.examples.isEmpty(), qPrintable(p.id));
}

void TestFrameworkLoader::minimalLoads()
{
    auto fw = FrameworkLoader::load(minimal(), u"minimal.framework.json"_s);
    IIA_VERIFY_RESULT(fw);
    const Framework &f = **fw;
    QCOMPARE(f.id, u"mini"_s);
    QCOMPARE(f.version, u"2.1"_s);
    QCOMPARE(f.languages, (QStringList{u"en"_s, u"fr"_s}));
    QCOMPARE(f.questionCount(), 3);
    QCOMPARE(f.item(u"e1"_s)->goalId, u"g1"_s);
    QCOMPARE(f.question(u"p1.q2"_s)->polarity, Polarity::Support);
    QCOMPARE(f.question(u"p1.q1"_s)->weight, 3.0);
    QCOMPARE(f.properties.first().examples.first().answers.value(u"p1.q1"_s), AnswerValue::Yes);
    QCOMPARE(f.clausePatterns.value(u"en"_s), QStringList{u"^Article [0-9]+"_s});
    QCOMPARE(f.goals.first().enablerIds, QStringList{u"e1"_s});
    QVERIFY(!f.builtIn);
}

void TestFrameworkLoader::errors_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("count");

    QTest::addRow("duplicate question id")
        << u"\"p1.q2\", \"text\""_s << u"\"p1.q1\", \"text\""_s << ErrorCode::Semantic
        << u"/properties/0/questions/1/id"_s << 31 << 16 << u"“p1.q1” is used more than once"_s << 2;
    QTest::addRow("dangling goal") << u"\"goal\": \"g1\""_s << u"\"goal\": \"g9\""_s << ErrorCode::Semantic
                                   << u"/enablers/0/goal"_s << 43 << 15 << u"The goal “g9” is not defined"_s
                                   << 2;
    QTest::addRow("wrong type") << u"\"weight\": 3"_s << u"\"weight\": \"3\""_s << ErrorCode::Schema
                                << u"/properties/0/questions/0/weight"_s << 30 << 0 << u"number"_s << 1;
    QTest::addRow("missing field") << u"\"code\": \"P1\","_s << QString() << ErrorCode::Schema
                                   << u"/properties/0"_s << 0 << 0 << u"“code”"_s << 1;
    QTest::addRow("newer format") << u"\"format\": 1"_s << u"\"format\": 2"_s << ErrorCode::Unsupported
                                  << u"/format"_s << 2 << 13 << u"format 2"_s << 1;
    QTest::addRow("bad pattern") << u"[0-9]+\"]"_s << u"[0-9+\"]"_s << ErrorCode::Semantic
                                 << u"/clausePatterns/en/0"_s << 53 << 0 << u"regular expression"_s << 1;
    QTest::addRow("unknown question in example")
        << u"\"p1.q1\": \"yes\""_s << u"\"p1.q9\": \"yes\""_s << ErrorCode::Semantic
        << u"/properties/0/examples/0/answers/p1.q9"_s << 35 << 0 << u"“p1.q9”"_s << 1;
    QTest::addRow("no default-language text")
        << u"\"description\": {\"en\": \"The first property.\"}"_s
        << u"\"description\": {\"fr\": \"Première.\"}"_s << ErrorCode::Semantic
        << u"/properties/0/description"_s << 0 << 0 << u"default language “en”"_s << 1;
    QTest::addRow("duplicate key") << u"\"id\": \"mini\","_s << u"\"id\": \"mini\", \"id\": \"maxi\","_s
                                   << ErrorCode::Parse << u"/id"_s << 3 << 0 << QString() << 1;
    QTest::addRow("syntax error") << u"\"version\": \"2.1\","_s << u"\"version\": \"2.1\""_s
                                  << ErrorCode::Parse << QString() << 5 << 3 << QString() << 1;
    QTest::addRow("unknown property")
        << u"\"code\": \"P1\","_s << u"\"code\": \"P1\", \"colour\": \"red\","_s << ErrorCode::Schema
        << u"/properties/0/colour"_s << 0 << 0 << u"“colour”"_s << 1;
}

void TestFrameworkLoader::errors()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(ErrorCode, code);
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QFETCH(int, count);

    QString text = QString::fromUtf8(minimal());
    QVERIFY2(text.contains(from), qPrintable(from));
    text.replace(from, to);
    auto fw = FrameworkLoader::load(text.toUtf8(), u"broken.json"_s);
    QVERIFY(!fw);
    const Errors &errors = fw.error();
    QVERIFY2(errors.size() == count, qPrintable(iiaErrorText(errors)));
    const Error &e = errors.first();
    QCOMPARE(e.code, code);
    QCOMPARE(e.file, u"broken.json"_s);
    if (!pointer.isNull())
        QCOMPARE(e.pointer, pointer);
    if (line > 0)
        QCOMPARE(e.line, line);
    else
        QVERIFY(e.line > 0);
    if (column > 0)
        QCOMPARE(e.column, column);
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
}

void TestFrameworkLoader::missingTranslations()
{
    const Errors warnings = FrameworkLoader::missingTranslations(minimal(), u"minimal.json"_s);
    QStringList pointers;
    for (const Error &w : warnings)
        pointers.append(w.pointer);
    QVERIFY(pointers.contains(u"/credit"_s));
    QVERIFY(pointers.contains(u"/properties/0/questions/1/text"_s));
    QVERIFY(!pointers.contains(u"/name"_s));          // has both languages
    QVERIFY(pointers.contains(u"/clausePatterns"_s)); // the "fr" clause patterns are missing
    QVERIFY(warnings.first().message.contains(u"“fr”"_s));
}

void TestFrameworkLoader::registryLoadsUserFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile good(dir.filePath(u"mini.json"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(minimal());
    good.close();
    QFile bad(dir.filePath(u"broken.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{ not json");
    bad.close();

    FrameworkRegistry registry;
    registry.load(dir.path());
    QCOMPARE(registry.frameworks().size(), 2);
    QVERIFY(registry.find(u"mini"_s, u"2.1"_s));
    QVERIFY(!registry.find(u"mini"_s, u"2.0"_s));
    QCOMPARE(registry.resolve(u"mini"_s, u"2.0"_s)->version, u"2.1"_s);
    QCOMPARE(registry.failures().size(), 1);
    QCOMPARE(registry.failures().first().first().file, dir.filePath(u"broken.json"_s));
    QCOMPARE(registry.defaultFramework()->id, u"iiat"_s);
}

void TestFrameworkLoader::compareVersions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::addRow("equal") << u"1.0"_s << u"1.0.0"_s << 0;
    QTest::addRow("minor") << u"1.10.0"_s << u"1.9.2"_s << 1;
    QTest::addRow("major") << u"1.9"_s << u"2"_s << -1;
}

void TestFrameworkLoader::compareVersions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(FrameworkRegistry::compareVersions(a, b), expected);
}

QTEST_GUILESS_MAIN(TestFrameworkLoader)
#include "tst_frameworkloader.moc"
