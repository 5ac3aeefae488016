#include "../testutil.h"
#include "frameworkregistry.h"
#include "interchange.h"
#include "library.h"
#include "report/escape.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace iia;
using namespace Qt::StringLiterals;

// Hostile .iia and framework files (tests/data/hostile/): each is refused with the message and location
// that tests/data/hostile/expected.json gives, imports nothing, and is refused in well under the time a
// user would take for a frozen window; the markup case is accepted and kept as plain text.
class TestHostile : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kMaxMs = 2000;
    const QString m_data = QStringLiteral(IIA_SOURCE_DIR "/tests/data/hostile");
    QJsonObject m_expected;
    QTemporaryDir m_generated;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;

    // The path of a case: a committed fixture, or a file generated into a temporary folder.
    QString pathOf(const QString &kind, const QJsonObject &c)
    {
        if (!c.contains(u"generate"))
            return m_data + u'/' + kind + u'/' + c.value(u"file").toString();
        const QString path = m_generated.filePath(c.value(u"file").toString());
        if (!QFileInfo::exists(path))
            generate(c.value(u"generate").toString(), path);
        return path;
    }

    static void writeFile(const QString &path, const QByteArray &data, qint64 size = -1)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || (size >= 0 && !f.resize(size)))
            qFatal("cannot write %s", qPrintable(path));
    }

    // The recipes of the cases too large to commit (see "generated" in expected.json).
    void generate(const QString &recipe, const QString &path)
    {
        const qsizetype tenMb = 10 * 1024 * 1024;
        const QByteArray iia = readFixture(m_data + u"/iia/markup-everywhere.iia"_s);
        const QByteArray framework = readFixture(m_data + u"/framework/markup-everywhere.framework.json"_s);
        const QJsonObject iiaRoot = QJsonDocument::fromJson(iia).object();
        if (recipe == u"iia-title-10mb") {
            QJsonObject root = iiaRoot, a = root.value(u"assessment").toObject(),
                        c = a.value(u"case").toObject();
            c.insert(u"title"_s, QString(tenMb, u'T'));
            a.insert(u"case"_s, c);
            root.insert(u"assessment"_s, a);
            writeFile(path, QJsonDocument(root).toJson());
        } else if (recipe == u"iia-draft-10mb") {
            QJsonObject root = iiaRoot, a = root.value(u"assessment").toObject();
            a.insert(u"draft"_s, QJsonObject{{u"text"_s, QString(tenMb, u'D')}});
            root.insert(u"assessment"_s, a);
            writeFile(path, QJsonDocument(root).toJson());
        } else if (recipe == u"iia-100mb") {
            // A plausible start, then zeros up to 100 MB (a sparse file: quick to make, never read).
            writeFile(path, iia.left(200), 100 * 1024 * 1024);
        } else if (recipe == u"framework-string-7mb") {
            QJsonObject root = QJsonDocument::fromJson(framework).object();
            root.insert(u"name"_s, QJsonObject{{u"en"_s, QString(7 * 1024 * 1024, u'N')}});
            writeFile(path, QJsonDocument(root).toJson());
        } else if (recipe == u"framework-string-10mb") {
            QJsonObject root = QJsonDocument::fromJson(framework).object();
            root.insert(u"name"_s, QJsonObject{{u"en"_s, QString(tenMb, u'N')}});
            writeFile(path, QJsonDocument(root).toJson());
        } else if (recipe == u"framework-100mb") {
            writeFile(path, framework.left(200), 100 * 1024 * 1024);
        } else {
            qFatal("unknown recipe %s", qPrintable(recipe));
        }
    }

    void addRows(const QString &kind, bool accepted)
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("expected");
        for (const QJsonValue &v : m_expected.value(kind).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(u"accepted").toBool() == accepted)
                QTest::addRow("%s", qPrintable(c.value(u"file").toString())) << pathOf(kind, c) << c;
        }
    }

    static QString codeName(ErrorCode code)
    {
        switch (code) {
        case ErrorCode::Io: return u"Io"_s;
        case ErrorCode::Parse: return u"Parse"_s;
        case ErrorCode::Schema: return u"Schema"_s;
        case ErrorCode::Semantic: return u"Semantic"_s;
        case ErrorCode::Unsupported: return u"Unsupported"_s;
        case ErrorCode::NotFound: return u"NotFound"_s;
        case ErrorCode::Conflict: return u"Conflict"_s;
        case ErrorCode::Database: return u"Database"_s;
        case ErrorCode::NotOurs: return u"NotOurs"_s;
        case ErrorCode::ReadOnly: return u"ReadOnly"_s;
        case ErrorCode::InvalidInput: return u"InvalidInput"_s;
        }
        return {};
    }

    static void compareError(const Error &e, const QString &path, const QJsonObject &expected)
    {
        QCOMPARE(codeName(e.code), expected.value(u"code").toString());
        if (!e.message.contains(expected.value(u"message").toString()))
            QFAIL(qPrintable(
                u"“%1” does not contain “%2”"_s.arg(e.message, expected.value(u"message").toString())));
        QCOMPARE(e.file, path);
        QCOMPARE(e.line, expected.value(u"line").toInt());
        QCOMPARE(e.column, expected.value(u"column").toInt());
        QCOMPARE(e.pointer, expected.value(u"pointer").toString());
    }

    qsizetype rowCount() const
    {
        auto rows = m_library->store().list(ListQuery{ListQuery::Scope::All, {}});
        return rows ? rows->size() : -1;
    }

    // Every text field of an assessment, by name.
    static QList<std::pair<QString, QString>> texts(const Assessment &a)
    {
        QList<std::pair<QString, QString>> t{
            {u"title"_s, a.caseInfo.title},
            {u"jurisdiction"_s, a.caseInfo.jurisdiction},
            {u"summary"_s, a.caseInfo.summary},
            {u"authors"_s, a.caseInfo.authors},
            {u"contributors"_s, a.caseInfo.contributors},
            {u"version"_s, a.caseInfo.versionLabel},
            {u"planning/issue"_s, a.planning.value(u"issue"_s)},
            {u"planning/audience"_s, a.planning.value(u"audience"_s)},
            {u"draft"_s, a.draftText},
            {u"draft source"_s, a.draftSource},
            {u"conclusions"_s, a.conclusions},
            {u"recommendations"_s, a.recommendations},
        };
        for (auto it = a.answers.begin(); it != a.answers.end(); ++it)
            t.append({u"answer note "_s + it.key(), it->note});
        for (auto it = a.ratings.begin(); it != a.ratings.end(); ++it) {
            t.append({u"how affected "_s + it.key(), it->howAffected});
            t.append({u"effect on people "_s + it.key(), it->effectOnPeople});
        }
        for (const Evidence &e : a.evidence) {
            t.append({u"evidence clause "_s + e.id, e.clause});
            t.append({u"evidence note "_s + e.id, e.note});
        }
        return t;
    }

    // What every report escaper must make of a hostile text.
    static void checkNeutralised(const QString &text)
    {
        const QString xml = report::escapeXml(text);
        QVERIFY(!xml.contains(u'<'));
        QVERIFY(!xml.contains(u'>'));
        QVERIFY(!xml.contains(u'"'));
        QVERIFY(xml.contains(u"&lt;script&gt;"_s));
        const QString markdown = report::escapeMarkdown(text);
        QVERIFY(!markdown.contains(u'<'));
        QVERIFY(markdown.contains(u"\\*\\*\\[click\\]"_s));
        const QString csv = report::csvField(text);
        QVERIFY(csv.startsWith(u"\"'=HYPERLINK("_s)); // quoted (it holds quotes), formula disarmed
        const QString name = report::safeFileName(text, u"fallback"_s);
        QVERIFY(!name.isEmpty());
        for (const QChar c : name)
            QVERIFY2(!QStringView(u"/\\<>:\"|?*\u202E").contains(c) && c.unicode() >= 0x20, qPrintable(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_generated.isValid());
        const QByteArray json = readFixture(m_data + u"/expected.json"_s);
        QJsonParseError error;
        m_expected = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        // Every committed fixture has an expectation, and every expectation a case.
        for (const QString &kind : {u"iia"_s, u"framework"_s}) {
            QStringList listed;
            for (const QJsonValue &v : m_expected.value(kind).toArray()) {
                if (!v.toObject().contains(u"generate"))
                    listed.append(v.toObject().value(u"file").toString());
            }
            listed.sort();
            QCOMPARE(QDir(m_data + u'/' + kind).entryList(QDir::Files, QDir::Name), listed);
        }
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto library = Library::open(Paths(m_dir->path()));
        IIA_VERIFY_RESULT(library);
        m_library = std::move(*library);
    }

    void cleanup() { m_library.reset(); }

    void iiaRefused_data() { addRows(u"iia"_s, false); }
    void iiaRefused()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, expected);
        if (expected.value(u"before").toString() == u"import-self")
            IIA_VERIFY_RESULT(m_library->importFile(path, ImportMode::Refuse));
        const qsizetype before = rowCount();
        QElapsedTimer timer;
        timer.start();
        const auto imported = m_library->importFile(path, ImportMode::Refuse);
        const qint64 ms = timer.elapsed();
        QVERIFY2(!imported, "the hostile file was imported");
        compareError(imported.error(), path, expected);
        QCOMPARE(rowCount(), before);
        QCOMPARE_LT(ms, kMaxMs);
    }

    void iiaMarkupIsKeptLiterally()
    {
        const QString path = m_data + u"/iia/markup-everywhere.iia"_s;
        const QString markup = m_expected.value(u"markup").toString();
        const auto imported = m_library->importFile(path, ImportMode::Refuse);
        IIA_VERIFY_RESULT(imported);
        QCOMPARE(rowCount(), 1);
        const auto loaded = m_library->load(imported->id);
        IIA_VERIFY_RESULT(loaded);
        const auto fields = texts(*loaded);
        QCOMPARE(fields.size(), 18);
        for (const auto &[field, text] : fields)
            QVERIFY2(text == markup, qPrintable(field + u": "_s + text));
        QCOMPARE(loaded->evidence.first().quote, markup.left(9));
        checkNeutralised(markup);
        QCOMPARE(
            report::safeFileName(markup, u"fallback"_s),
            u"=HYPERLINK( file etc passwd , open ) script alert(1) script img src=file etc passwd "_s
            u"onerror=alert(2) [click](javascript alert(3)) a b # .. .. etc passwd &amp; gnp.exe"_s.left(80)
                .trimmed());
    }

    // What the fuzzers found in the report escapers (inputs in tests/data/fuzz-regressions/fuzz_escape/).
    void escapersOnFuzzFindings_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QString>("expected");
        // The "_" that disarms a reserved device name made the name one character too long.
        QTest::addRow("reserved name at the limit") << u"lpt1.txt"_s << 8 << u"_lpt1.tx"_s;
        QTest::addRow("reserved name cut") << u"\u202E . -lpt1.\U0010FFFF\U0010FFFFtxt"_s << 7 << u"_lpt1"_s;
        QTest::addRow("one character") << u"con"_s << 1 << u"c"_s;
        QTest::addRow("prefix cut") << u"com1"_s << 3 << u"com"_s;
        QTest::addRow("prefix kept") << u"aux"_s << 3 << u"_au"_s;
        QTest::addRow("no room") << u"title"_s << 0 << u"fallback"_s;
        QTest::addRow("negative") << u"title"_s << -1 << u"fallback"_s;
    }
    void escapersOnFuzzFindings()
    {
        QFETCH(QString, title);
        QFETCH(int, maxLength);
        QFETCH(QString, expected);
        QCOMPARE(report::safeFileName(title, u"fallback"_s, maxLength), expected);
    }

    void frameworkRefused_data() { addRows(u"framework"_s, false); }
    void frameworkRefused()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, expected);
        // As the application meets it: a file in the frameworks folder of the library.
        QTemporaryDir folder;
        QVERIFY(QFile::link(path, folder.filePath(QFileInfo(path).fileName())));
        FrameworkRegistry builtIn;
        builtIn.load(QString());
        FrameworkRegistry registry;
        QElapsedTimer timer;
        timer.start();
        registry.load(folder.path());
        const qint64 ms = timer.elapsed();
        QCOMPARE(registry.frameworks().size(), builtIn.frameworks().size());
        QCOMPARE(registry.failures().size(), 1);
        const Error e = registry.failures().first().first();
        compareError(e, folder.filePath(QFileInfo(path).fileName()), expected);
        QCOMPARE_LT(ms, kMaxMs);
        // And as `iia validate` reads it.
        const auto loaded = FrameworkLoader::loadFile(path);
        QVERIFY(!loaded);
        compareError(loaded.error().first(), path, expected);
    }

    void frameworkMarkupIsKeptLiterally()
    {
        const QString markup = m_expected.value(u"markup").toString();
        const auto loaded =
            FrameworkLoader::loadFile(m_data + u"/framework/markup-everywhere.framework.json"_s);
        IIA_VERIFY_RESULT(loaded);
        const Framework &fw = **loaded;
        QCOMPARE(fw.name.text(u"en"_s), markup);
        QCOMPARE(fw.name.text(u"fr"_s), markup);
        QCOMPARE(fw.description.text(u"en"_s), markup);
        QCOMPARE(fw.credit.text(u"en"_s), markup);
        QCOMPARE(fw.properties.first().name.text(u"en"_s), markup);
        QCOMPARE(fw.properties.first().questions.first().text.text(u"en"_s), markup);
        QCOMPARE(fw.properties.first().examples.first().scenario.text(u"en"_s), markup);
        QCOMPARE(fw.enablers.first().whyItMatters.text(u"en"_s), markup);
        QCOMPARE(fw.goals.first().description.text(u"en"_s), markup);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
