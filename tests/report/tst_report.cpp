// The Internet Impact Brief in every format (reports issue, parts 5 and 6): the text formats against
// reference files, the PDF read back with Poppler and poppler-utils, the ODT unzipped, hostile text in every
// format, atomic writes, and `iia export` end to end.
//
// Reference files: tests/data/report/. After an intended change of the brief or of a writer, regenerate them
// with IIA_UPDATE_REFERENCE=1 (see tests/data/report/README.md) and review the diff.
// IIA_KEEP_TEST_FILES=1 keeps the temporary folder (the PDFs, ODTs and libraries made) for a look.

#include "../testutil.h"
#include "interchange.h"
#include "library.h"
#include "report/briefdocument.h"
#include "report/briefexporter.h"
#include "report/escape.h"
#include "report/odtbrief.h"
#include "report/pdfbrief.h"
#include "report/reportcharts.h"
#include "report/writers.h"
#include "scoring.h"

#include <KZip>
#include <poppler-qt6.h>

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QGlyphRun>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimeZone>
#include <QXmlStreamReader>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <string>
#include <sys/mount.h>
#include <unistd.h>
#endif

using namespace iia;
using namespace Qt::StringLiterals;

namespace {

const QString kExampleId = u"5f0c1d2e-7a4b-4c3d-9e8f-0a1b2c3d4e5f"_s;
const QString kHostileId = u"0badc0de-0000-4000-8000-00000000a11e"_s;
const QString kExampleFile = QStringLiteral(IIA_SOURCE_DIR "/assessments/examples/network-usage-fees.iia");
const QString kReferenceDir = QStringLiteral(IIA_SOURCE_DIR "/tests/data/report");

// The hostile pieces of text, each of which a writer could turn into markup, a link, a formula or a path.
const QString kScript = u"<script>alert(1)</script>"_s;
const QString kImg = u"<img src=\"file:///etc/passwd\">"_s;
const QString kHyperlink = u"=HYPERLINK(\"http://x\")"_s;
const QString kLink = u"[x](javascript:alert(1))"_s;
const QString kImage = u"![](http://evil/x.png)"_s;
const QString kCloseTable = u"</table>"_s;
const QString kOverride = u"\u202Egnp.exe"_s;            // a right-to-left override
const QString kControls = u"\u0001\u0007\u001B\u007F"_s; // SOH, BEL, ESC, DEL
// All of them in one text, as a note or a conclusion would carry them.
const QString kHostile = kScript + u' ' + kImg + u' ' + kLink + u' ' + kImage + u' ' + kCloseTable + u' ' +
                         kOverride + kControls + u" end"_s;

// The level-1 headings of an English brief, in order.
const QStringList kParts{u"Executive summary"_s,
                         u"Methodology"_s,
                         u"Context and assumptions"_s,
                         u"Analysis against the critical properties"_s,
                         u"Analysis against the enablers"_s,
                         u"Conclusions and recommendations"_s,
                         u"Annex"_s};

// A quotation of the worked example's draft, attached as evidence.
const QString kExampleQuote =
    u"A designated network operator shall be entitled to receive a network usage fee "
    u"from each large traffic generator whose traffic it delivers to its end-users."_s;

QString g_namespaceProblem; // why no file system can be mounted, when none can

#ifdef Q_OS_LINUX
bool writeProcFile(const char *path, const std::string &text)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
    ::close(fd);
    return ok;
}

// For the full-disk test: a mount namespace of our own, entered while the process has one thread. As root
// directly; otherwise through a user namespace.
void enterPrivateMountNamespace()
{
    if (::geteuid() != 0) {
        const uid_t uid = ::getuid();
        const gid_t gid = ::getgid();
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0 || !writeProcFile("/proc/self/setgroups", "deny") ||
            !writeProcFile("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1") ||
            !writeProcFile("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1")) {
            g_namespaceProblem = u"no user namespace: "_s + QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
    } else if (::unshare(CLONE_NEWNS) != 0) {
        g_namespaceProblem = u"no mount namespace: "_s + QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    // In ./dev's build root "/" is no mount point (EINVAL), and that root runs in a private namespace.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 && errno != EINVAL)
        g_namespaceProblem = u"cannot make mounts private: "_s + QString::fromLocal8Bit(std::strerror(errno));
}
#endif

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 120000,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Text without any white space, ligatures spelt out: lines wrap differently in a PDF than in the source, and
// pdftotext gives DejaVu Sans's "ﬁ" as U+FB01.
QString squash(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.normalized(QString::NormalizationForm_KC).remove(space);
}

// Whether text has a C0 control character other than those allowed.
bool hasControl(const QString &text, QStringView allowed)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && !allowed.contains(c))
            return true;
    }
    return false;
}

// RFC 4180, strictly: a line feed or a quote outside a quoted field is an error (nullopt).
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c != u'"')
                field += c;
            else if (i + 1 < text.size() && text.at(i + 1) == u'"')
                field += text.at(++i);
            else
                inQuotes = false;
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                return std::nullopt;
            inQuotes = wasQuoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\n' || c == u'\r' || wasQuoted) {
            return std::nullopt;
        } else {
            field += c;
        }
    }
    if (inQuotes || !field.isEmpty() || !row.isEmpty())
        return std::nullopt; // the last record must end with CRLF
    return rows;
}

// A zip file read into memory: the entries by path.
struct Zip
{
    QByteArray bytes;
    QMap<QString, QByteArray> files;
    QString error;
};

void collectFiles(const KArchiveDirectory *dir, const QString &prefix, QMap<QString, QByteArray> &out)
{
    const QStringList names = dir->entries();
    for (const QString &name : names) {
        const KArchiveEntry *entry = dir->entry(name);
        if (entry->isDirectory())
            collectFiles(static_cast<const KArchiveDirectory *>(entry), prefix + name + u'/', out);
        else
            out.insert(prefix + name, static_cast<const KArchiveFile *>(entry)->data());
    }
}

Zip unzip(const QByteArray &data)
{
    Zip zip;
    zip.bytes = data;
    QBuffer buffer(&zip.bytes);
    KZip archive(&buffer);
    if (!archive.open(QIODevice::ReadOnly)) {
        zip.error = archive.errorString();
        return zip;
    }
    collectFiles(archive.directory(), QString(), zip.files);
    return zip;
}

// The headings of a brief, as "level|text", for comparing with an outline.
QStringList headingList(const report::Brief &brief)
{
    QStringList out;
    for (const report::Block *h : brief.headings())
        out.append(QString::number(h->level) + u'|' + h->text);
    return out;
}

void flattenOutline(const QList<Poppler::OutlineItem> &items, int level, QStringList &out)
{
    for (const Poppler::OutlineItem &item : items) {
        out.append(QString::number(level) + u'|' + item.name());
        flattenOutline(item.children(), level + 1, out);
    }
}

// pdffonts' table: one row per font, columns found from the dashed line under the header.
struct PdfFont
{
    QString name;
    QString type;
    bool embedded = false;
};

QList<PdfFont> pdfFonts(const QByteArray &output)
{
    const QStringList lines = QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
    QList<PdfFont> fonts;
    if (lines.size() < 2 || !lines.at(1).startsWith(u"---"_s))
        return fonts;
    QList<std::pair<qsizetype, qsizetype>> columns; // start, length
    static const QRegularExpression dashes(u"-+"_s);
    for (auto it = dashes.globalMatch(lines.at(1)); it.hasNext();) {
        const auto m = it.next();
        columns.append({m.capturedStart(), m.capturedLength()});
    }
    const QStringList header = lines.at(0).simplified().split(u' ');
    const qsizetype embColumn = header.indexOf(u"emb"_s); // "object ID", two words, is the last column
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        auto cell = [&](qsizetype column) {
            return line.mid(columns.at(column).first, columns.at(column).second).trimmed();
        };
        if (columns.size() < 4 || embColumn < 0)
            break;
        fonts.append({cell(0), cell(1), cell(embColumn) == u"yes"});
    }
    return fonts;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<BriefExporter> m_exporter;
    QByteArray m_pdf; // the worked example in English on A4, made once

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QByteArray render(const QString &id, ReportFormat format, const QString &language = u"en"_s)
    {
        auto data = m_exporter->render(id, format, language);
        if (!data) {
            qWarning("%s", qPrintable(data.error().toString()));
            return {};
        }
        return *data;
    }
    // pdftotext's text of pdf, pages separated by form feeds.
    QString pdfText(const QByteArray &pdf, const QString &name)
    {
        const QString file = path(name);
        if (!writeFile(file, pdf))
            return {};
        const Run r = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
        if (r.exitCode != 0)
            qWarning("pdftotext failed: %s", r.err.constData());
        return QString::fromUtf8(r.out);
    }
    QList<PdfFont> fontsOf(const QByteArray &pdf, const QString &name)
    {
        const QString file = path(name);
        if (!writeFile(file, pdf))
            return {};
        return pdfFonts(run(u"pdffonts"_s, {file}).out);
    }
    QString pdfInfo(const QByteArray &pdf, const QString &name)
    {
        const QString file = path(name);
        if (!writeFile(file, pdf))
            return {};
        return QString::fromUtf8(run(u"pdfinfo"_s, {file}).out);
    }
    // The worked example's brief made with fixed options, so that it is the same on every machine and day.
    struct Reference
    {
        FrameworkRegistry registry;
        FrameworkPtr framework;
        Assessment assessment;
        Scorecard card;
        TextCatalog catalog;
        report::Brief brief;
    };
    std::unique_ptr<Reference> reference(const QString &language = u"en"_s) const;
    Run iia(const QStringList &args, const QString &locale = u"C.UTF-8"_s);

private Q_SLOTS:
    void initTestCase();

    // The text formats against the reference files.
    void referenceFiles_data();
    void referenceFiles();
    void htmlCharts();
    void chartsInTheBriefsLanguage_data();
    void chartsInTheBriefsLanguage();
    void csvNumbers();
    void cleanText_data();
    void cleanText();
    void dateTimeWithOffset_data();
    void dateTimeWithOffset();
    void annexTimesInLocalZone();
    void isolated_data();
    void isolated();
    void userTextKeepsItsDirection();

    void pdfStructure();
    void pdfPageSize_data();
    void pdfPageSize();
    void pdfArabic();
    void pdfOutlineTree();

    void odtStructure();
    void odtSameBytes();
    void odtThroughLibreOffice();

    void hostileHtml();
    void hostileMarkdown();
    void hostileCsv();
    void hostileOdt();
    void hostilePdf();
    void hostileIia();
    void hostileFileNames_data();
    void hostileFileNames();

    void atomicWriteParentIsAFile();
    void atomicWriteFullDisk();

    void cliFormatFromExtension();
    void cliFormatOption();
    void cliExportAll();
    void cliUnknownFormat_data();
    void cliUnknownFormat();
};

std::unique_ptr<TestReport::Reference> TestReport::reference(const QString &language) const
{
    auto r = std::make_unique<Reference>();
    r->registry.load(QString());
    auto doc = Interchange::readFile(kExampleFile, r->registry);
    if (!doc) {
        qWarning("%s", qPrintable(iiaErrorText(doc.error())));
        return nullptr;
    }
    r->assessment = doc->assessment;
    r->framework = r->registry.resolve(r->assessment.frameworkId, r->assessment.frameworkVersion);
    r->card = ScoringEngine(r->framework).score(r->assessment);
    r->catalog = TextCatalog::forLanguage(language);
    report::BriefOptions options;
    options.catalog = r->catalog;
    options.generated = QDateTime(QDate(2026, 1, 15), QTime(10, 30), QTimeZone::UTC);
    options.revision = 7;
    options.application = u"Internet Impact Assessment (reference)"_s;
    r->brief = report::buildBrief(*r->framework, r->assessment, r->card, options);
    return r;
}

Run TestReport::iia(const QStringList &args, const QString &locale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir->path()); // never the developer's real data folder
    env.insert(u"XDG_DATA_HOME"_s, path(u"xdg"_s));
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.remove(u"LANG"_s);
    env.remove(u"LANGUAGE"_s);
    return run(QStringLiteral(IIA_EXECUTABLE), args, 180000, env);
}

void TestReport::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto library = Library::open(Paths(path(u"data"_s)));
    IIA_VERIFY_RESULT(library);
    m_library = std::move(*library);
    IIA_VERIFY_RESULT(m_library->importFile(kExampleFile, ImportMode::Refuse));

    // The hostile assessment: the worked example with hostile text in every field a person writes.
    auto example = m_library->load(kExampleId);
    IIA_VERIFY_RESULT(example);
    Assessment a = *example;
    a.id = kHostileId;
    a.caseInfo.title = kScript + u" ../..\\ "_s + kOverride + kControls;
    a.caseInfo.jurisdiction = kHostile;
    a.caseInfo.summary = kHyperlink + u"\n\n"_s + kHostile;
    a.caseInfo.versionLabel = u"-2+3"_s;
    a.caseInfo.authors = u"+cmd\n@SUM(1)"_s;
    a.conclusions = kHostile + u"\n\n-2+3"_s;
    a.recommendations = u"+cmd\n\n@SUM(1)\n\n"_s + kImage;
    a.draftSource = kImg;
    a.planning.insert(planningFields().first(), kHostile);
    a.ratings[u"cp1"_s].howAffected = kHostile;
    a.ratings[u"cp1"_s].effectOnPeople = kHyperlink;
    const QStringList notes{kHyperlink, u"+cmd"_s, u"-2+3"_s, u"@SUM(1)"_s, kHostile};
    for (int i = 0; i < notes.size(); ++i) {
        const QString question = u"cp1.q%1"_s.arg(i + 1);
        Answer answer = a.answer(question);
        if (answer.value == AnswerValue::Unanswered)
            answer.value = AnswerValue::Yes;
        answer.note = notes.at(i);
        a.answers.insert(question, answer);
    }
    QVERIFY(!a.evidence.isEmpty());
    for (Evidence &e : a.evidence)
        e.id = newId(); // evidence ids are unique in the library
    a.evidence.first().note = kHostile;
    a.evidence.first().clause = kCloseTable;
    IIA_VERIFY_RESULT(m_library->importDocument({a, {}}, ImportMode::Refuse, u"hostile"_s));

    m_exporter = std::make_unique<BriefExporter>(*m_library);
    m_pdf = render(kExampleId, ReportFormat::Pdf);
    QVERIFY(m_pdf.startsWith("%PDF-1.6"));
    if (qEnvironmentVariableIntValue("IIA_KEEP_TEST_FILES") == 1) {
        m_dir->setAutoRemove(false);
        qInfo("keeping %s", qPrintable(m_dir->path()));
    }
}

// ---- Reference files ----

void TestReport::referenceFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("markdown") << u"brief.md"_s;
    QTest::addRow("html") << u"brief.html"_s;
    QTest::addRow("csv") << u"brief.csv"_s;
}

void TestReport::referenceFiles()
{
    QFETCH(QString, file);
    const auto ref = reference();
    QVERIFY(ref);
    QByteArray actual;
    if (file.endsWith(u".md"_s))
        actual = report::toMarkdown(ref->brief);
    else if (file.endsWith(u".html"_s))
        actual = report::toHtml(ref->brief); // tables only: the drawn charts are checked in htmlCharts
    else
        actual = report::toCsv(*ref->framework, ref->assessment, ref->card, ref->catalog);

    const QString referencePath = kReferenceDir + u'/' + file;
    if (qEnvironmentVariableIntValue("IIA_UPDATE_REFERENCE") == 1) {
        QVERIFY(QDir().mkpath(kReferenceDir));
        QVERIFY2(writeFile(referencePath, actual), qPrintable(referencePath));
        qInfo("wrote %s", qPrintable(referencePath));
    }
    QFile f(referencePath);
    QVERIFY2(f.open(QIODevice::ReadOnly),
             qPrintable(referencePath + u" is missing: run the test with IIA_UPDATE_REFERENCE=1"_s));
    const QByteArray expected = f.readAll();
    if (actual != expected) {
        // Show the first line that differs, then fail.
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
            if (a.value(i) != e.value(i)) {
                QFAIL(qPrintable(u"%1 differs at line %2:\n  expected: %3\n  actual:   %4\n"
                                 "After an intended change, regenerate with IIA_UPDATE_REFERENCE=1."_s.arg(
                                     file, QString::number(i + 1), QString::fromUtf8(e.value(i)),
                                     QString::fromUtf8(a.value(i)))));
            }
        }
    }
    QCOMPARE(actual, expected);
}

void TestReport::chartsInTheBriefsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("three"); // a run of the radar's label for its outer ring, +3
    QTest::newRow("fr") << u"fr"_s << u"+3"_s;
    QTest::newRow("es") << u"es"_s << u"+3"_s;
    QTest::newRow("ar") << u"ar"_s << u"\u0663"_s; // ARABIC-INDIC DIGIT THREE, a run of its own
}

// The charts of a brief speak the brief's language, not the interface's (English in this test): the legend,
// the scale's title, and the numbers' digits.
void TestReport::chartsInTheBriefsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, three);
    const auto ref = reference(language);
    QVERIFY(ref);
    const TextCatalog catalog = TextCatalog::forLanguage(language);
    const auto charts = ReportCharts::make(ref->framework, ref->card, language);
    QVERIFY(charts);
    const QString properties = QString::fromUtf8(charts->svg(report::ChartKind::Properties, u"P"_s));
    const QString enablers = QString::fromUtf8(charts->svg(report::ChartKind::Enablers, u"E"_s));
    // A text of the SVG, as a whole element (QSvgGenerator writes each run of one direction on its own).
    auto drawsText = [](const QString &svg, const QString &text) {
        return svg.contains(u'>' + text.toHtmlEscaped() + u'<');
    };
    auto expectWord = [&](const QString &svg, const char *context, const char *english) {
        const QString word = catalog.translate(context, english);
        QVERIFY2(word != QString::fromUtf8(english), english); // translated at all
        QVERIFY2(drawsText(svg, word), qPrintable(word));
        QVERIFY2(!drawsText(svg, QString::fromUtf8(english)), english);
    };
    expectWord(properties, "iia::RadarChart", "Analyst’s rating");
    expectWord(properties, "iia::RadarChart", "Suggested");
    expectWord(enablers, "iia::EnablerChart", "Analyst’s rating");
    expectWord(enablers, "iia::EnablerChart", "Suggested");

    // The scale's title in two lines, none cut short: the first two marks, then the third.
    const QStringList marks =
        catalog.translate("iia::EnablerChart", "−3 strongly negative · 0 no impact · +3 strongly positive")
            .split(u" · "_s);
    QCOMPARE(marks.size(), 3);
    QVERIFY2(marks.at(2) != u"+3 strongly positive", qPrintable(marks.at(2)));
    if (language == u"ar") {
        for (const QString &mark : marks) // the words, without the number before them
            QVERIFY2(enablers.contains(mark.section(u' ', 1).toHtmlEscaped()), qPrintable(mark));
    } else {
        QVERIFY2(drawsText(enablers, marks.at(0) + u" · "_s + marks.at(1)), qPrintable(marks.at(0)));
        QVERIFY2(drawsText(enablers, marks.at(2)), qPrintable(marks.at(2)));
    }

    QVERIFY2(drawsText(properties, three), qPrintable(three));
}

// The HTML made by the exporter draws the two charts as inline SVG, the same bytes every time.
void TestReport::htmlCharts()
{
    // Two drawings that should be the same; when they differ, both are kept for a look.
    auto same = [this](const QByteArray &a, const QByteArray &b, const QString &name) {
        if (a == b)
            return true;
        m_dir->setAutoRemove(false);
        writeFile(path(name + u"-first.svg"_s), a);
        writeFile(path(name + u"-second.svg"_s), b);
        qWarning("%s differs between two drawings: %s-first.svg and -second.svg", qPrintable(name),
                 qPrintable(path(name)));
        return false;
    };

    const QByteArray first = render(kExampleId, ReportFormat::Html);
    const QByteArray second = render(kExampleId, ReportFormat::Html);
    static const QRegularExpression svg(u"<figure>\n(<svg[^>]*>.*?</svg>)\\s*<figcaption>"_s,
                                        QRegularExpression::DotMatchesEverythingOption);
    auto charts = [](const QByteArray &html) {
        QStringList out;
        for (auto it = svg.globalMatch(QString::fromUtf8(html)); it.hasNext();)
            out.append(it.next().captured(1));
        return out;
    };
    const QStringList drawn = charts(first);
    QCOMPARE(drawn.size(), 2);
    QCOMPARE(QString::fromUtf8(first).count(u"<svg"_s), 2);
    const QStringList again = charts(second);
    QCOMPARE(again.size(), 2);
    for (qsizetype i = 0; i < drawn.size(); ++i)
        QVERIFY(same(drawn.at(i).toUtf8(), again.at(i).toUtf8(), u"html-chart-%1"_s.arg(i + 1)));
    for (const QString &chart : drawn) {
        QVERIFY(chart.contains(u"<path"_s) || chart.contains(u"<polyline"_s) || chart.contains(u"<rect"_s));
        QVERIFY(!chart.contains(u"<?xml"_s));
        QVERIFY(!chart.contains(u"<!DOCTYPE"_s));
        QVERIFY(!chart.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!chart.contains(u"href=\"http"_s));
    }
    // The data stays as a table under each drawing.
    QCOMPARE(QString::fromUtf8(first).count(u"</figcaption>\n<table>"_s), 2);

    // More charts of the same data, each made where the one before was freed, so that their parts come back
    // in other places in memory (the bar sets' addresses decided the order of Qt Charts' bar labels): the
    // same bytes every time, and when drawn again.
    const auto ref = reference();
    QVERIFY(ref);
    QByteArray properties;
    QByteArray enablers;
    for (int i = 0; i < 8; ++i) {
        const auto made = ReportCharts::make(ref->framework, ref->card, u"en"_s);
        QVERIFY(made);
        for (int drawing = 0; drawing < 2; ++drawing) {
            const QString name = u"-%1-%2"_s.arg(i + 1).arg(drawing + 1);
            const QByteArray p = made->svg(report::ChartKind::Properties, u"Properties"_s);
            const QByteArray e = made->svg(report::ChartKind::Enablers, u"Enablers"_s);
            if (properties.isEmpty()) {
                properties = p;
                enablers = e;
            }
            QVERIFY(same(properties, p, u"properties"_s + name));
            QVERIFY(same(enablers, e, u"enablers"_s + name));
        }
    }
}

// The numeric columns hold numbers a spreadsheet can compute with, negative ones included.
void TestReport::csvNumbers()
{
    const auto ref = reference();
    QVERIFY(ref);
    const QByteArray csv = report::toCsv(*ref->framework, ref->assessment, ref->card, ref->catalog);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const auto rows = parseCsv(QString::fromUtf8(csv.mid(3)));
    QVERIFY(rows);
    const QStringList columns = report::csvColumns();
    QCOMPARE(rows->first(), columns);
    const qsizetype numeric = columns.indexOf(u"numeric"_s);
    const qsizetype suggested = columns.indexOf(u"suggested_numeric"_s);
    int negatives = 0;
    int items = 0;
    for (const QStringList &row : *rows) {
        QCOMPARE(row.size(), columns.size());
        if (row.first() != u"item")
            continue;
        ++items;
        const ItemScore *score = nullptr;
        for (const Item *item : ref->framework->items()) {
            if (item->code == row.at(1))
                score = ref->card.item(item->id);
        }
        QVERIFY(score);
        QCOMPARE(row.at(numeric), score->analystRated() ? QString::number(score->analystNumeric) : QString());
        QCOMPARE(row.at(suggested), score->suggested.impact == Impact::Unset
                                        ? QString()
                                        : QString::number(score->suggested.numeric));
        negatives += row.at(numeric).startsWith(u'-') ? 1 : 0;
    }
    QCOMPARE(items, 15);
    QVERIFY(negatives > 0); // the example has negative ratings: the case that used to get an apostrophe
}

// ---- Escaping ----

// What cleanText keeps and drops, character by character; every writer escapes after it.
void TestReport::cleanText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("tab and line feed kept") << u"a\tb\nc"_s << u"a\tb\nc"_s;
    QTest::addRow("carriage return") << u"a\rb"_s << u"a\nb"_s;
    QTest::addRow("CR LF") << u"a\r\nb"_s << u"a\nb"_s;
    QTest::addRow("CR CR LF") << u"a\r\r\nb"_s << u"a\n\nb"_s;
    QTest::addRow("LF CR") << u"a\n\rb"_s << u"a\n\nb"_s;
    QTest::addRow("C0 controls") << u"a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Bg\u001Fh"_s << u"abcdefgh"_s;
    QTest::addRow("DEL") << u"a\u007Fb\u007F"_s << u"ab"_s;
    QTest::addRow("C1 controls") << u"\u0080a\u0081b\u0085c\u008Dd\u009Be\u009Ff\u009F"_s << u"abcdef"_s;
    QTest::addRow("only controls") << u"\u0001\u007F\u0080\u009F"_s << QString();
    QTest::addRow("neighbours kept") << u"\u0020~\u00A0\u00A1é"_s << u"\u0020~\u00A0\u00A1é"_s;
    QTest::addRow("noncharacters") << u"a\uFFFEb\uFFFFc"_s << u"abc"_s;
    QTest::addRow("lone surrogates") << u"a"_s + QChar(0xD800) + u"b"_s + QChar(0xDC00) << u"ab"_s;
    QTest::addRow("pair kept") << u"a\U0001F600b"_s << u"a\U0001F600b"_s;
    QTest::addRow("bidi override kept") << u"\u202Eabc"_s << u"\u202Eabc"_s;
}

void TestReport::cleanText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(report::cleanText(text), expected);
    QCOMPARE(report::escapeXml(text), expected.toHtmlEscaped());
}

// ---- Times ----

void TestReport::dateTimeWithOffset_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");
    const QDate day(2026, 1, 15);
    const QTime time(10, 30);
    auto at = [&](int secondsAhead) {
        return QDateTime(day, time, QTimeZone::fromSecondsAheadOfUtc(secondsAhead));
    };
    QTest::addRow("UTC") << u"en"_s << QDateTime(day, time, QTimeZone::UTC) << u"1/15/26 10:30\u202FAM UTC"_s;
    QTest::addRow("offset 0") << u"en"_s << at(0) << u"1/15/26 10:30\u202FAM UTC"_s;
    QTest::addRow("east") << u"en"_s << at(3600) << u"1/15/26 10:30\u202FAM UTC+01:00"_s;
    QTest::addRow("west") << u"en"_s << at(-5 * 3600) << u"1/15/26 10:30\u202FAM UTC-05:00"_s;
    QTest::addRow("quarter hours") << u"en"_s << at(5 * 3600 + 45 * 60)
                                   << u"1/15/26 10:30\u202FAM UTC+05:45"_s;
    QTest::addRow("west, half hours")
        << u"en"_s << at(-(3 * 3600 + 30 * 60)) << u"1/15/26 10:30\u202FAM UTC-03:30"_s;
    QTest::addRow("far east") << u"en"_s << at(14 * 3600) << u"1/15/26 10:30\u202FAM UTC+14:00"_s;
    QTest::addRow("named zone, summer")
        << u"en"_s << QDateTime(QDate(2026, 7, 1), time, QTimeZone("Europe/Paris"))
        << u"7/1/26 10:30\u202FAM UTC+02:00"_s;
    QTest::addRow("French") << u"fr"_s << at(2 * 3600) << u"15/01/2026 10:30 UTC+02:00"_s;
    QTest::addRow("Spanish") << u"es"_s << at(-6 * 3600) << u"15/1/26 10:30 UTC-06:00"_s;
    // Arabic-Indic digits for the locale's part; the offset in ASCII digits, which stay one left-to-right
    // run after "UTC" in right-to-left text.
    QTest::addRow("Arabic") << u"ar"_s << at(3 * 3600)
                            << u"\u0661\u0665\u200F/\u0661\u200F/\u0662\u0660\u0662\u0666 "
                               u"\u0661\u0660:\u0663\u0660 \u0635 UTC+03:00"_s;
}

// A time with its offset from UTC, in the brief's language: never a bare local time.
void TestReport::dateTimeWithOffset()
{
    QFETCH(QString, language);
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    QVERIFY(when.isValid());
    QCOMPARE(report::dateTimeWithOffset(when, QLocale(language)), expected);
}

// The annex shows the assessment's times and the brief's in the machine's time zone, with its offset.
void TestReport::annexTimesInLocalZone()
{
    const auto annexTimes = [this] {
        const auto ref = reference();
        QStringList times;
        if (!ref)
            return times;
        for (const report::Block &b : ref->brief.blocks) {
            for (const auto &[label, value] : b.fields) {
                if (label == u"Created" || label == u"Last changed" || label == u"Brief made")
                    times.append(label + u": "_s + value);
            }
        }
        return times;
    };
    QCOMPARE(
        annexTimes(),
        (QStringList{u"Created: 10/5/26 9:12\u202FAM UTC"_s, u"Last changed: 10/19/26 3:27\u202FPM UTC"_s,
                     u"Brief made: 1/15/26 10:30\u202FAM UTC, Internet Impact Assessment (reference)"_s}));
    // Five and a half hours ahead of UTC (POSIX TZ counts the other way), then back to UTC.
    qputenv("TZ", "IST-5:30");
    const QStringList ahead = annexTimes();
    qputenv("TZ", "UTC");
    QCOMPARE(
        ahead,
        (QStringList{
            u"Created: 10/5/26 2:42\u202FPM UTC+05:30"_s, u"Last changed: 10/19/26 8:57\u202FPM UTC+05:30"_s,
            u"Brief made: 1/15/26 4:00\u202FPM UTC+05:30, Internet Impact Assessment (reference)"_s}));
    QCOMPARE(annexTimes().first(), u"Created: 10/5/26 9:12\u202FAM UTC"_s);
}

// ---- Direction ----

void TestReport::isolated_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<QString>("expected");
    const auto rtl = Qt::RightToLeft;
    const auto ltr = Qt::LeftToRight;
    QTest::addRow("Latin in Arabic") << u"It is uncertain."_s << rtl << u"\u2068It is uncertain.\u2069"_s;
    QTest::addRow("Arabic alone") << u"غير مؤكد."_s << rtl << u"غير مؤكد."_s;
    QTest::addRow("Arabic with a Latin word") << u"قانون DNS."_s << rtl << u"\u2068قانون DNS.\u2069"_s;
    QTest::addRow("digits and marks only") << u"(3), 5 %"_s << rtl << u"(3), 5 %"_s;
    QTest::addRow("Latin in English") << u"It is uncertain."_s << ltr << u"It is uncertain."_s;
    QTest::addRow("Arabic in English") << u"غير مؤكد."_s << ltr << u"\u2068غير مؤكد.\u2069"_s;
    QTest::addRow("Hebrew in English") << u"שלום!"_s << ltr << u"\u2068שלום!\u2069"_s;
    QTest::addRow("each line") << u"One.\n\nمرحبا\nTwo (b)"_s << rtl
                               << u"\u2068One.\u2069\n\nمرحبا\n\u2068Two (b)\u2069"_s;
    QTest::addRow("empty") << QString() << rtl << QString();
    QTest::addRow("an override the text leaves open") << u"\u202Eabc"_s << rtl << u"\u2068\u202Eabc\u2069"_s;
}

void TestReport::isolated()
{
    QFETCH(QString, text);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(QString, expected);
    QCOMPARE(report::isolated(text, direction), expected);
}

// In an Arabic brief the user's English text is an isolated run: its full stop stays at its own end, on the
// right, instead of going to the left edge of the right-to-left line; in the English brief nothing is added.
void TestReport::userTextKeepsItsDirection()
{
    const auto english = reference();
    QVERIFY(english);
    const QString summary = english->assessment.caseInfo.summary.trimmed();
    QVERIFY(summary.endsWith(u"uncertain."_s));
    const QString title = english->assessment.caseInfo.title.trimmed();
    QCOMPARE(english->brief.title, u"Internet Impact Brief: "_s + title);
    auto leadParagraph = [](const report::Brief &brief) {
        for (const report::Block &b : brief.blocks) {
            if (b.kind == report::Block::Kind::Paragraph && b.style == report::Block::Style::Lead)
                return b.text;
        }
        return QString();
    };
    QCOMPARE(leadParagraph(english->brief), summary);

    const auto arabic = reference(u"ar"_s);
    QVERIFY(arabic);
    QCOMPARE(arabic->brief.direction, Qt::RightToLeft);
    const QString isolatedSummary = QChar(0x2068) + summary + QChar(0x2069);
    QCOMPARE(leadParagraph(arabic->brief), isolatedSummary);
    QVERIFY(arabic->brief.title.endsWith(QChar(0x2068) + title + QChar(0x2069)));
    QVERIFY(arabic->brief.title.front().script() == QChar::Script_Arabic);
    for (const auto &[label, value] : arabic->brief.facts) {
        if (value == u"Ruritania")
            QFAIL("the jurisdiction is not isolated");
    }
    QVERIFY(std::ranges::any_of(arabic->brief.facts,
                                [](const auto &fact) { return fact.second == u"\u2068Ruritania\u2069"_s; }));

    // Laid out on one line of a wide page: the full stop is drawn right of "uncertain", where the English
    // sentence ends, not at the far left, where a right-to-left paragraph would put a bare one.
    std::unique_ptr<QTextDocument> doc = BriefDocument::build(arabic->brief, nullptr);
    doc->setTextWidth(100000);
    (void)doc->size(); // lays the whole document out
    QTextBlock block = doc->begin();
    while (block.isValid() && block.text() != isolatedSummary)
        block = block.next();
    QVERIFY2(block.isValid(), "the summary's paragraph is missing");
    QCOMPARE(block.textDirection(), Qt::RightToLeft);
    QTextLayout *layout = block.layout();
    QCOMPARE(layout->lineCount(), 1);
    auto bounds = [layout](qsizetype from, qsizetype length) {
        QRectF r;
        for (const QGlyphRun &run : layout->glyphRuns(int(from), int(length)))
            r |= run.boundingRect();
        return r;
    };
    const qsizetype word = block.text().lastIndexOf(u"uncertain."_s);
    const QRectF uncertain = bounds(word, 9);
    const QRectF stop = bounds(word + 9, 1);
    QVERIFY(!uncertain.isEmpty() && !stop.isEmpty());
    QVERIFY2(stop.left() >= uncertain.right() - 0.5,
             qPrintable(u"the full stop is at x=%1, \"uncertain\" ends at x=%2"_s.arg(stop.left())
                            .arg(uncertain.right())));
    // And the whole sentence sits at the right end of the line, where the paragraph starts.
    QVERIFY(stop.right() > layout->lineAt(0).naturalTextRect().right() - 20);
}

// ---- PDF ----

void TestReport::pdfStructure()
{
    auto doc = Poppler::Document::loadFromData(m_pdf);
    QVERIFY(doc && !doc->isLocked());
    const int pages = doc->numPages();
    QVERIFY2(pages > 20, qPrintable(QString::number(pages)));
    // The paper of this system (pdfPageSize checks A4 and Letter).
    QCOMPARE(doc->page(0)->pageSizeF().toSize(), pageSizeFor(QLocale::system()).sizePoints());

    // The outline is the brief's headings, nested by level; the parts are its top level.
    auto brief = m_exporter->brief(kExampleId, u"en"_s);
    IIA_VERIFY_RESULT(brief);
    QStringList outline;
    flattenOutline(doc->outline(), 1, outline);
    QCOMPARE(outline, headingList(*brief));
    QStringList top;
    for (const Poppler::OutlineItem &item : doc->outline())
        top.append(item.name());
    QCOMPARE(top, kParts);
    QStringList propertyEntries;
    for (const Poppler::OutlineItem &child : doc->outline().at(3).children())
        propertyEntries.append(child.name());
    const auto ref = reference();
    QVERIFY(ref);
    QStringList propertyTitles;
    for (const Item &item : ref->framework->properties)
        propertyTitles.append(item.code + u" — "_s + item.name.text(u"en"_s));
    QCOMPARE(propertyEntries, propertyTitles);
    // Each entry leads to the page its heading is on.
    for (const Poppler::OutlineItem &item : doc->outline()) {
        const auto destination = item.destination();
        QVERIFY(destination);
        const int page = destination->pageNumber(); // 1-based
        QVERIFY(page >= 1 && page <= pages);
        QVERIFY2(squash(doc->page(page - 1)->text(QRectF())).contains(squash(item.name())),
                 qPrintable(item.name()));
    }

    // The text: every property and enabler, the two verdicts, a quotation, the page numbers.
    const QString text = pdfText(m_pdf, u"example.pdf"_s);
    const QString flat = squash(text);
    for (const Item *item : ref->framework->items())
        QVERIFY2(flat.contains(squash(item->name.text(u"en"_s))), qPrintable(item->name.text(u"en"_s)));
    for (const VerdictScore &v : {ref->card.exist, ref->card.thrive}) {
        QStringList codes;
        for (const QString &id : v.drivers)
            codes.append(ref->framework->item(id)->code);
        QString verdict = label(v.verdict, ref->catalog);
        if (!codes.isEmpty())
            verdict += u" (decided by "_s + codes.join(u", "_s) + u')';
        QVERIFY2(flat.contains(squash(verdict)), qPrintable(verdict));
    }
    QVERIFY(flat.contains(squash(kExampleQuote)));
    const QStringList pageTexts = text.split(u'\f');
    QVERIFY(pageTexts.size() >= pages);
    for (int i = 0; i < pages; ++i) {
        const QString number = u"%1 / %2"_s.arg(i + 1).arg(pages);
        QVERIFY2(pageTexts.at(i).contains(number), qPrintable(number));
    }

    // Every font embedded, the text in DejaVu Sans.
    const QList<PdfFont> fonts = fontsOf(m_pdf, u"example.pdf"_s);
    QVERIFY(!fonts.isEmpty());
    bool dejaVu = false;
    for (const PdfFont &font : fonts) {
        QVERIFY2(font.embedded, qPrintable(font.name + u" is not embedded"_s));
        dejaVu = dejaVu || font.name.contains(u"DejaVuSans"_s);
    }
    QVERIFY(dejaVu);
    for (const Poppler::FontInfo &font : doc->fonts())
        QVERIFY2(font.isEmbedded(), qPrintable(font.name()));
}

void TestReport::pdfPageSize_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("paper"); // as pdfinfo names it
    QTest::addColumn<int>("width");     // points
    QTest::addColumn<int>("height");
    QTest::addRow("de_DE") << u"de_DE"_s << u"A4"_s << 595 << 842;
    QTest::addRow("fr_FR") << u"fr_FR"_s << u"A4"_s << 595 << 842;
    QTest::addRow("en_GB") << u"en_GB"_s << u"A4"_s << 595 << 842;
    QTest::addRow("C") << u"C"_s << u"A4"_s << 595 << 842;
    QTest::addRow("en_US") << u"en_US"_s << u"letter"_s << 612 << 792;
    QTest::addRow("en_CA") << u"en_CA"_s << u"letter"_s << 612 << 792;
    QTest::addRow("es_MX") << u"es_MX"_s << u"letter"_s << 612 << 792;
}

// The paper follows the system's territory (not the interface language), in the PDF and the ODT alike.
void TestReport::pdfPageSize()
{
    QFETCH(QString, locale);
    QFETCH(QString, paper);
    QFETCH(int, width);
    QFETCH(int, height);
    QCOMPARE(pageSizeFor(QLocale(locale)).sizePoints(), QSize(width, height));
    static const QRegularExpression pageSize(u"^Page size:.*\\((\\w+)\\)$"_s,
                                             QRegularExpression::MultilineOption);
    if (locale != u"de_DE" && locale != u"C" && locale != u"en_US")
        return;
    // The whole export once per case, by the command line run in that locale; the brief stays English (the
    // interface language of an en_US or C system, and an English interface on a German one).
    QByteArray pdf;
    QByteArray odt;
    const QString dataDir = path(u"paper-"_s + locale);
    QCOMPARE(iia({u"import"_s, kExampleFile, u"--data-dir"_s, dataDir}).exitCode, 0);
    for (const QString &extension : {u"pdf"_s, u"odt"_s}) {
        const QString out = dataDir + u"/brief."_s + extension;
        const Run r =
            iia({u"export"_s, kExampleId, u"--language"_s, u"en"_s, u"-o"_s, out, u"--data-dir"_s, dataDir},
                locale + u".UTF-8"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.err.contains("charts are not available"), r.err.constData());
        (extension == u"pdf" ? pdf : odt) = readFixture(out);
    }
    // The charts, drawn by the plugin that the application loads (iia_charts.so), are in the brief.
    const Zip container = unzip(odt);
    QVERIFY(container.files.value(u"Pictures/properties.svg"_s).contains("<svg"));
    QVERIFY(container.files.value(u"Pictures/enablers.svg"_s).contains("<svg"));
    auto doc = Poppler::Document::loadFromData(pdf);
    QVERIFY(doc);
    for (int i = 0; i < doc->numPages(); ++i) {
        const QSizeF size = doc->page(i)->pageSizeF();
        QVERIFY2(qAbs(size.width() - width) < 1 && qAbs(size.height() - height) < 1,
                 qPrintable(u"page %1: %2 × %3"_s.arg(i + 1).arg(size.width()).arg(size.height())));
    }
    QCOMPARE(pageSize.match(pdfInfo(pdf, u"paper.pdf"_s)).captured(1), paper);
    // The ODT's page layout, in millimetres.
    const QString styles = QString::fromUtf8(unzip(odt).files.value(u"styles.xml"_s));
    const QSizeF mm = pageSizeFor(QLocale(locale)).size(QPageSize::Millimeter);
    QVERIFY2(styles.contains(u"fo:page-width=\"%1mm\" fo:page-height=\"%2mm\""_s.arg(mm.width(), 0, 'f', 1)
                                 .arg(mm.height(), 0, 'f', 1)),
             qPrintable(styles.left(3000)));
}

void TestReport::pdfArabic()
{
    const QByteArray pdf = render(kExampleId, ReportFormat::Pdf, u"ar"_s);
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString text = pdfText(pdf, u"arabic.pdf"_s);
    int arabic = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x0600 && u <= 0x06FF) || (u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF))
            ++arabic;
    }
    QVERIFY2(arabic > 1000, qPrintable(QString::number(arabic)));
    const QList<PdfFont> fonts = fontsOf(pdf, u"arabic.pdf"_s);
    bool amiri = false;
    for (const PdfFont &font : fonts) {
        QVERIFY2(font.embedded, qPrintable(font.name + u" is not embedded"_s));
        amiri = amiri || font.name.contains(u"Amiri"_s);
    }
    QVERIFY2(amiri, "the Arabic brief does not embed Amiri");
    // Page numbers in the brief's own digits: "١ / N", which pdftotext gives in the order they are drawn.
    auto doc = Poppler::Document::loadFromData(pdf);
    QVERIFY(doc);
    const QLocale locale(u"ar"_s);
    const QString one = locale.toString(1);
    const QString count = locale.toString(doc->numPages());
    QVERIFY(count.front().unicode() >= 0x0660 && count.front().unicode() <= 0x0669); // Arabic-Indic digits
    QVERIFY2(text.contains(one + u" / "_s + count) || text.contains(count + u" / "_s + one),
             qPrintable(text.left(2000)));
}

// The outline's tree as addPdfOutline writes it: nesting, and each entry's /Count (every entry below it,
// all levels open).
void TestReport::pdfOutlineTree()
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(100, 100, u"one"_s);
        writer.newPage();
        painter.drawText(100, 100, u"two"_s);
    }
    const QList<PdfOutlineEntry> entries{
        {1, u"A"_s, 0, 800},  {2, u"A1"_s, 0, 700}, {3, u"A1a"_s, 1, 600},    {3, u"A1b"_s, 1, 500},
        {2, u"A2"_s, 1, 400}, {1, u"B"_s, 1, 300},  {3, u"B deep"_s, 1, 200}, {1, u"C"_s, 1, 100}};
    auto out = addPdfOutline(pdf, entries);
    IIA_VERIFY_RESULT(out);
    auto doc = Poppler::Document::loadFromData(*out);
    QVERIFY(doc);
    QStringList tree;
    flattenOutline(doc->outline(), 1, tree);
    QCOMPARE(tree, (QStringList{u"1|A"_s, u"2|A1"_s, u"3|A1a"_s, u"3|A1b"_s, u"2|A2"_s, u"1|B"_s,
                                u"2|B deep"_s, u"1|C"_s}));

    // Each entry's dictionary, by title: /Count only where an entry has entries below it.
    QMap<QString, QString> counts;
    static const QRegularExpression entry(u"/Title <FEFF([0-9A-F]*)>(.*?)>>\nendobj"_s);
    static const QRegularExpression count(u"/Count (\\d+)"_s);
    const QString text = QString::fromLatin1(*out);
    for (auto it = entry.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QByteArray utf16 = QByteArray::fromHex(m.captured(1).toLatin1());
        QString title;
        for (qsizetype i = 0; i + 1 < utf16.size(); i += 2)
            title += QChar(char16_t(quint8(utf16.at(i)) << 8 | quint8(utf16.at(i + 1))));
        counts.insert(title, count.match(m.captured(2)).captured(1));
    }
    const QMap<QString, QString> expected{
        {u"A"_s, u"4"_s},     {u"A1"_s, u"2"_s}, {u"A1a"_s, QString()},    {u"A1b"_s, QString()},
        {u"A2"_s, QString()}, {u"B"_s, u"1"_s},  {u"B deep"_s, QString()}, {u"C"_s, QString()}};
    QCOMPARE(counts, expected);
    QVERIFY(QRegularExpression(u"/Type /Outlines /First \\d+ 0 R /Last \\d+ 0 R /Count 8 >>"_s)
                .match(text)
                .hasMatch());
}

// ---- ODT ----

void TestReport::odtStructure()
{
    const QByteArray odt = render(kExampleId, ReportFormat::Odt);
    // The mimetype is the first entry, stored, without an extra field: "PK\3\4", method 0 at offset 8.
    QVERIFY(odt.startsWith("PK\x03\x04"));
    auto le16 = [&odt](int at) {
        return int(quint8(odt.at(at))) | int(quint8(odt.at(at + 1))) << 8;
    };
    QCOMPARE(le16(8), 0);
    const int nameLength = le16(26);
    const int extraLength = le16(28);
    QCOMPARE(odt.mid(30, nameLength), QByteArray("mimetype"));
    QCOMPARE(extraLength, 0);
    QCOMPARE(odt.mid(30 + nameLength + extraLength, 39),
             QByteArray("application/vnd.oasis.opendocument.text"));

    const Zip zip = unzip(odt);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    const QStringList expectedFiles{u"META-INF/manifest.xml"_s,
                                    u"Pictures/enablers.svg"_s,
                                    u"Pictures/properties.svg"_s,
                                    u"content.xml"_s,
                                    u"meta.xml"_s,
                                    u"mimetype"_s,
                                    u"styles.xml"_s};
    QCOMPARE(zip.files.keys(), expectedFiles);

    // content.xml: the headings with their outline levels, the tables, the pictures.
    auto brief = m_exporter->brief(kExampleId, u"en"_s);
    IIA_VERIFY_RESULT(brief);
    QStringList headings;
    int tables = 0;
    QStringList images;
    QXmlStreamReader content(zip.files.value(u"content.xml"_s));
    const QString text = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
    const QString table = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
    const QString draw = u"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"_s;
    const QString xlink = u"http://www.w3.org/1999/xlink"_s;
    while (!content.atEnd()) {
        if (content.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (content.namespaceUri() == text && content.name() == u"h") {
            const QString level = content.attributes().value(text, u"outline-level"_s).toString();
            headings.append(level + u'|' + content.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (content.namespaceUri() == table && content.name() == u"table") {
            ++tables;
        } else if (content.namespaceUri() == draw && content.name() == u"image") {
            images.append(content.attributes().value(xlink, u"href"_s).toString());
        }
    }
    QVERIFY2(!content.hasError(), qPrintable(content.errorString()));
    QCOMPARE(headings, headingList(*brief));
    int expectedTables = 0;
    for (const report::Block &b : brief->blocks)
        expectedTables +=
            b.kind == report::Block::Kind::Table || b.kind == report::Block::Kind::Chart ? 1 : 0;
    QVERIFY(expectedTables > 15);
    QCOMPARE(tables, expectedTables);
    QCOMPARE(images, (QStringList{u"Pictures/properties.svg"_s, u"Pictures/enablers.svg"_s}));

    // styles.xml: the heading styles, with their outline levels.
    QXmlStreamReader styles(zip.files.value(u"styles.xml"_s));
    const QString style = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s;
    QMap<QString, QString> outlineLevels;
    while (!styles.atEnd()) {
        if (styles.readNext() == QXmlStreamReader::StartElement && styles.namespaceUri() == style &&
            styles.name() == u"style") {
            outlineLevels.insert(styles.attributes().value(style, u"name"_s).toString(),
                                 styles.attributes().value(style, u"default-outline-level"_s).toString());
        }
    }
    QVERIFY2(!styles.hasError(), qPrintable(styles.errorString()));
    for (int level = 1; level <= 3; ++level) {
        const QString name = u"Heading_20_%1"_s.arg(level);
        QVERIFY2(outlineLevels.contains(name), qPrintable(name));
        QCOMPARE(outlineLevels.value(name), QString::number(level));
    }

    // The pictures are SVG drawings, and the manifest lists every file with its type.
    for (const QString &picture : {u"Pictures/properties.svg"_s, u"Pictures/enablers.svg"_s}) {
        const QByteArray svg = zip.files.value(picture);
        QVERIFY2(svg.contains("<svg") && svg.contains("</svg>"), qPrintable(picture));
        QVERIFY(svg.size() > 2000);
    }
    QXmlStreamReader manifest(zip.files.value(u"META-INF/manifest.xml"_s));
    const QString manifestNs = u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"_s;
    QMap<QString, QString> listed;
    while (!manifest.atEnd()) {
        if (manifest.readNext() == QXmlStreamReader::StartElement && manifest.name() == u"file-entry") {
            listed.insert(manifest.attributes().value(manifestNs, u"full-path"_s).toString(),
                          manifest.attributes().value(manifestNs, u"media-type"_s).toString());
        }
    }
    QVERIFY2(!manifest.hasError(), qPrintable(manifest.errorString()));
    const QMap<QString, QString> expectedManifest{
        {u"/"_s, u"application/vnd.oasis.opendocument.text"_s},
        {u"content.xml"_s, u"text/xml"_s},
        {u"styles.xml"_s, u"text/xml"_s},
        {u"meta.xml"_s, u"text/xml"_s},
        {u"Pictures/properties.svg"_s, u"image/svg+xml"_s},
        {u"Pictures/enablers.svg"_s, u"image/svg+xml"_s},
    };
    QCOMPARE(listed, expectedManifest);
}

// The same assessment exports the same ODT: its metadata and its archive's entries carry the assessment's
// last change, never the time of the export.
void TestReport::odtSameBytes()
{
    const auto ref = reference();
    QVERIFY(ref);
    const QDateTime modified = ref->assessment.modified;
    QVERIFY(modified.isValid());
    QCOMPARE(ref->brief.modified, modified);

    // One brief rendered twice, a little more than the archive's two-second clock apart: the same bytes.
    const auto charts = ReportCharts::make(ref->framework, ref->card, u"en"_s);
    QVERIFY(charts);
    const QPageSize a4(QPageSize::A4);
    auto first = renderOdt(ref->brief, charts.get(), a4, u"Internet Impact Assessment (reference)"_s);
    IIA_VERIFY_RESULT(first);
    QTest::qWait(2100);
    auto second = renderOdt(ref->brief, charts.get(), a4, u"Internet Impact Assessment (reference)"_s);
    IIA_VERIFY_RESULT(second);
    QCOMPARE(second->size(), first->size());
    QVERIFY2(*second == *first, "two renderings of one brief differ");

    // meta.xml: the date is the assessment's last change, in UTC.
    const Zip zip = unzip(*first);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    QXmlStreamReader meta(zip.files.value(u"meta.xml"_s));
    QString date;
    while (!meta.atEnd()) {
        if (meta.readNext() == QXmlStreamReader::StartElement && meta.name() == u"date")
            date = meta.readElementText();
    }
    QVERIFY2(!meta.hasError(), qPrintable(meta.errorString()));
    QCOMPARE(date, modified.toUTC().toString(Qt::ISODate));
    QVERIFY(date.endsWith(u'Z'));

    // Every entry of the archive is dated with it too (to the minute: the format keeps even seconds).
    QBuffer buffer(&*first);
    KZip archive(&buffer);
    QVERIFY(archive.open(QIODevice::ReadOnly));
    for (const QString &name : zip.files.keys()) {
        const KArchiveEntry *entry = archive.directory()->entry(name);
        QVERIFY2(entry, qPrintable(name));
        QCOMPARE(entry->date().toString(u"yyyy-MM-dd HH:mm"_s),
                 modified.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
    }

    // Through the exporter, as the dialog and the command line export: meta.xml, styles and pictures are
    // the same every time (content.xml says when the brief was made, to the minute).
    const Zip a = unzip(render(kExampleId, ReportFormat::Odt));
    const Zip b = unzip(render(kExampleId, ReportFormat::Odt));
    QVERIFY(a.error.isEmpty() && b.error.isEmpty());
    auto stored = m_library->load(kExampleId);
    IIA_VERIFY_RESULT(stored);
    const QByteArray storedDate = stored->modified.toUTC().toString(Qt::ISODate).toLatin1();
    QVERIFY(a.files.value(u"meta.xml"_s).contains(QByteArray("<dc:date>" + storedDate + "</dc:date>")));
    for (const QString &name : {u"meta.xml"_s, u"styles.xml"_s, u"Pictures/properties.svg"_s,
                                u"Pictures/enablers.svg"_s, u"META-INF/manifest.xml"_s}) {
        QVERIFY2(a.files.contains(name), qPrintable(name));
        QVERIFY2(a.files.value(name) == b.files.value(name),
                 qPrintable(name + u" differs between exports"_s));
    }
}

// What LibreOffice makes of our ODT: the same headings and names. LibreOffice is not in the build root of
// ./dev test; ./dev bench installs it (tools/dev/packages-bench.txt).
void TestReport::odtThroughLibreOffice()
{
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed, so the ODT is not converted to PDF here; ./dev bench "
              "installs it into the build root (tools/dev/packages-bench.txt)");
    const QString odt = path(u"lo/brief.odt"_s);
    QVERIFY(QDir().mkpath(path(u"lo"_s)));
    QVERIFY(writeFile(odt, render(kExampleId, ReportFormat::Odt)));
    const Run r = run(soffice,
                      {u"-env:UserInstallation=file://"_s + path(u"lo/profile"_s), u"--headless"_s,
                       u"--norestore"_s, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, path(u"lo/out"_s), odt},
                      300000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile converted(path(u"lo/out/brief.pdf"_s));
    QVERIFY2(converted.open(QIODevice::ReadOnly), r.out.constData());
    const QByteArray pdf = converted.readAll();
    auto doc = Poppler::Document::loadFromData(pdf);
    QVERIFY(doc);
    QVERIFY2(doc->numPages() > 15, qPrintable(QString::number(doc->numPages())));
    const QString flat = squash(pdfText(pdf, u"lo/text.pdf"_s));
    for (const QString &part : kParts)
        QVERIFY2(flat.contains(squash(part)), qPrintable(part));
    const auto ref = reference();
    QVERIFY(ref);
    for (const Item *item : ref->framework->items())
        QVERIFY2(flat.contains(squash(item->name.text(u"en"_s))), qPrintable(item->name.text(u"en"_s)));
    QVERIFY(flat.contains(squash(kExampleQuote)));
    // The footer's page fields, filled in by LibreOffice.
    QVERIFY(flat.contains(u"1/%1"_s.arg(doc->numPages())));
}

// ---- Hostile text ----

void TestReport::hostileHtml()
{
    const QString html = QString::fromUtf8(render(kHostileId, ReportFormat::Html));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    // Shown, escaped…
    QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    QVERIFY(html.contains(u"&lt;img src=&quot;file:///etc/passwd&quot;&gt;"_s));
    QVERIFY(html.contains(u"=HYPERLINK(&quot;http://x&quot;)"_s));
    QVERIFY(html.contains(u"[x](javascript:alert(1))"_s));
    // …never markup.
    QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
    QCOMPARE(html.count(u"<table>"_s), html.count(u"</table>"_s));
    static const QRegularExpression tag(u"<[^>]*>"_s);
    static const QRegularExpression link(u"\\b(src|href)\\s*="_s, QRegularExpression::CaseInsensitiveOption);
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QString t = it.next().captured(0);
        QVERIFY2(!t.contains(u"evil"_s) && !t.contains(u"javascript"_s) && !t.contains(u"passwd"_s),
                 qPrintable(t));
        // The only links: the table of contents' anchors, and PNG data that the charts' SVG carries.
        if (link.match(t).hasMatch()) {
            QVERIFY2(t.startsWith(u"<a href=\"#"_s) ||
                         (t.startsWith(u"<image "_s) &&
                          t.contains(u" xlink:href=\"data:image/png;base64,"_s) && t.count(u"href"_s) == 1),
                     qPrintable(t));
        }
    }
    // Exactly one Content-Security-Policy, the one that forbids every request.
    QCOMPARE(html.count(u"Content-Security-Policy"_s), 1);
    QCOMPARE(html.count(u"<meta http-equiv"_s), 1);
    QVERIFY(html.contains(u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          u"style-src 'unsafe-inline'; img-src data:\">"_s));
    QVERIFY(!hasControl(html, u"\n"));
}

void TestReport::hostileMarkdown()
{
    const QString md = QString::fromUtf8(render(kHostileId, ReportFormat::Markdown));
    // "<" and "&" become entities; ">" means nothing inside a line, only at its start.
    QVERIFY(
        md.startsWith(u"# Internet Impact Brief: &lt;script>alert(1)&lt;/script> ../..\\\\ \u202Egnp.exe"_s));
    QVERIFY(md.contains(u"&lt;img src=\"file:///etc/passwd\">"_s));
    QVERIFY(!md.contains(u'<'));
    // No link or image: every bracket is escaped.
    static const QRegularExpression bracket(u"(?<!\\\\)[\\[\\]]"_s);
    const auto m = bracket.match(md);
    QVERIFY2(!m.hasMatch(), qPrintable(md.mid(std::max<qsizetype>(0, m.capturedStart() - 40), 80)));
    QVERIFY(md.contains(u"\\[x\\](javascript:alert(1))"_s));
    QVERIFY(md.contains(u"!\\[\\](http://evil/x.png)"_s));
    // A paragraph that starts like a list item or a heading stays a paragraph.
    QVERIFY(md.contains(u"\n\\+cmd\n"_s));
    QVERIFY(md.contains(u"\n\\-2+3\n"_s));
    QVERIFY(!hasControl(md, u"\n"));
}

void TestReport::hostileCsv()
{
    const QByteArray bytes = render(kHostileId, ReportFormat::Csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const auto rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QVERIFY2(rows, "not valid RFC 4180");
    const QStringList columns = report::csvColumns();
    const qsizetype note = columns.indexOf(u"note"_s);
    const qsizetype effect = columns.indexOf(u"effect_on_people"_s);
    QMap<QString, QString> notes; // question → note
    for (const QStringList &row : *rows) {
        QCOMPARE(row.size(), columns.size());
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QString cell = row.at(i).trimmed();
            const bool number =
                (i == columns.indexOf(u"numeric"_s) || i == columns.indexOf(u"suggested_numeric"_s)) &&
                QRegularExpression(u"^-?[0-9]+$"_s).match(cell).hasMatch();
            QVERIFY2(number || cell.isEmpty() || !QStringView(u"=+-@\t").contains(cell.front()),
                     qPrintable(cell));
            QVERIFY2(!hasControl(row.at(i), u"\r\n"), qPrintable(cell));
        }
        if (row.first() == u"answer")
            notes.insert(row.at(4), row.at(note));
        if (row.first() == u"item" && row.at(1) == u"CP1")
            QCOMPARE(row.at(effect), u"'"_s + kHyperlink);
    }
    QCOMPARE(notes.value(u"cp1.q1"_s), u"'"_s + kHyperlink);
    QCOMPARE(notes.value(u"cp1.q2"_s), u"'+cmd"_s);
    QCOMPARE(notes.value(u"cp1.q3"_s), u"'-2+3"_s);
    QCOMPARE(notes.value(u"cp1.q4"_s), u"'@SUM(1)"_s);
    QCOMPARE(notes.value(u"cp1.q5"_s), report::cleanText(kHostile));
}

void TestReport::hostileOdt()
{
    const Zip zip = unzip(render(kHostileId, ReportFormat::Odt));
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    for (const QString &name :
         {u"content.xml"_s, u"styles.xml"_s, u"meta.xml"_s, u"META-INF/manifest.xml"_s}) {
        QXmlStreamReader xml(zip.files.value(name));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(name + u": "_s + xml.errorString()));
    }
    const QByteArray raw = zip.files.value(u"content.xml"_s);
    QVERIFY(raw.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(!raw.contains("<script"));
    QVERIFY(!raw.contains("<img"));
    QVERIFY(!hasControl(QString::fromUtf8(raw), u"\n"));

    // The text, read back, is the user's text, literally; the only pictures are the charts.
    QString text;
    QStringList links;
    QXmlStreamReader content(raw);
    while (!content.atEnd()) {
        content.readNext();
        if (content.isCharacters())
            text += content.text();
        if (content.isStartElement()) {
            if (content.name() == u"s" || content.name() == u"line-break")
                text += u' ';
            for (const QXmlStreamAttribute &a : content.attributes()) {
                if (a.name() == u"href")
                    links.append(a.value().toString());
            }
        }
    }
    QVERIFY(text.contains(report::cleanText(kHostile)));
    QVERIFY(text.contains(kHyperlink));
    QCOMPARE(links, (QStringList{u"Pictures/properties.svg"_s, u"Pictures/enablers.svg"_s}));
    QVERIFY(QString::fromUtf8(zip.files.value(u"meta.xml"_s)).contains(u"&lt;script&gt;"_s));
}

void TestReport::hostilePdf()
{
    const QByteArray pdf = render(kHostileId, ReportFormat::Pdf);
    QVERIFY(pdf.startsWith("%PDF-"));
    // The text is shown as it was written…
    const QString flat = squash(pdfText(pdf, u"hostile.pdf"_s));
    for (const QString &piece : {kScript, kImg, kHyperlink, kLink, kImage, kCloseTable})
        QVERIFY2(flat.contains(squash(piece)), qPrintable(piece));
    // …and the file asks for nothing outside itself: no web link, launch, script, remote or embedded file.
    for (const char *action : {"/URI", "/Launch", "/JavaScript", "/GoToR", "/GoToE", "/SubmitForm",
                               "/ImportData", "/EmbeddedFile", "/OpenAction", "/AA"}) {
        QVERIFY2(!pdf.contains(action), action);
    }
    auto doc = Poppler::Document::loadFromData(pdf);
    QVERIFY(doc);
    for (int i = 0; i < doc->numPages(); ++i) {
        for (const auto &link : doc->page(i)->links())
            QVERIFY2(link->linkType() == Poppler::Link::Goto, qPrintable(u"page %1"_s.arg(i + 1)));
    }
}

// The .iia file carries the hostile text unchanged, and reads back as the same assessment.
void TestReport::hostileIia()
{
    const QByteArray iia = render(kHostileId, ReportFormat::Iia);
    QVERIFY(!iia.isEmpty());
    QVERIFY(!hasControl(QString::fromUtf8(iia), u"\n"));
    auto doc = Interchange::read(iia, u"hostile.iia"_s, m_library->frameworks());
    QVERIFY2(doc, doc ? "" : qPrintable(iiaErrorText(doc.error())));
    auto stored = m_library->load(kHostileId);
    IIA_VERIFY_RESULT(stored);
    QCOMPARE(doc->assessment, *stored);
    QCOMPARE(doc->assessment.caseInfo.jurisdiction, kHostile);
    QCOMPARE(Interchange::write(*doc), iia);
}

void TestReport::hostileFileNames_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::addRow("script") << kScript << u"script alert(1) script"_s;
    QTest::addRow("path") << u"../../etc/passwd"_s << u"etc passwd"_s;
    QTest::addRow("backslashes") << u"..\\..\\Windows\\win.ini"_s << u"Windows win.ini"_s;
    QTest::addRow("override") << u"invoice\u202Efdp.exe"_s << u"invoicefdp.exe"_s;
    QTest::addRow("isolates") << u"a\u2066b\u2069c\u200Fd"_s << u"abcd"_s;
    QTest::addRow("controls") << u"a\u0001b\u001Bc\u007Fd\u0085e"_s << u"abcde"_s;
    QTest::addRow("new line") << u"first\nsecond\tthird"_s << u"firstsecondthird"_s;
    QTest::addRow("device") << u"CON"_s << u"_CON"_s;
    QTest::addRow("only dots") << u"..."_s << u"assessment"_s;
    QTest::addRow("hostile") << kScript + u" ../..\\ "_s + kOverride + kControls
                             << u"script alert(1) script .. .. gnp.exe"_s;
}

void TestReport::hostileFileNames()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    auto created = m_library->create(title);
    IIA_VERIFY_RESULT(created);
    const QString name = m_exporter->fileNameFor(created->id, ReportFormat::Pdf);
    QCOMPARE(name, expected + u".pdf"_s);
    QCOMPARE(report::safeFileName(title, u"assessment"_s) + u".pdf"_s, name);
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        QVERIFY(u >= 0x20 && !(u >= 0x7F && u <= 0x9F));
        QVERIFY(!(u >= 0x202A && u <= 0x202E) && !(u >= 0x2066 && u <= 0x2069) && u != 0x200E && u != 0x200F);
        QVERIFY(u != u'/' && u != u'\\');
    }
    IIA_VERIFY_RESULT(m_library->store().moveToTrash(created->id));
}

// ---- Atomic writes ----

void TestReport::atomicWriteParentIsAFile()
{
    // Permissions mean nothing to root, so the folder is made unusable another way: it is a file.
    const QString parent = path(u"not-a-folder"_s);
    QVERIFY(writeFile(parent, "a file\n"));
    auto r = m_exporter->exportTo(kExampleId, ReportFormat::Pdf, u"en"_s, parent + u"/brief.pdf"_s);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Io);
    QCOMPARE(r.error().file, parent + u"/brief.pdf"_s);
    QVERIFY2(r.error().message.startsWith(u"The file could not be created: "_s),
             qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(u"Not a directory"_s), qPrintable(r.error().message));
    QCOMPARE(readFixture(parent), QByteArray("a file\n"));
}

void TestReport::atomicWriteFullDisk()
{
    if (!g_namespaceProblem.isEmpty())
        QSKIP(qPrintable(u"cannot mount a small file system here: "_s + g_namespaceProblem));
    const QString disk = path(u"disk"_s);
    QVERIFY(QDir().mkpath(disk));
#ifdef Q_OS_LINUX
    QVERIFY2(
        ::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=64k") == 0,
        std::strerror(errno));
    const auto unmount = qScopeGuard([&disk] { ::umount2(QFile::encodeName(disk).constData(), MNT_DETACH); });
#endif
    const QString target = disk + u"/brief.pdf"_s;
    QVERIFY(writeFile(target, "the previous brief\n"));
    QVERIFY(m_pdf.size() > 128 * 1024); // more than the disk holds

    auto r = m_exporter->exportTo(kExampleId, ReportFormat::Pdf, u"en"_s, target);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Io);
    QVERIFY2(r.error().message.contains(u"No space left on device"_s), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(u"The previous file, if any, is unchanged."_s),
             qPrintable(r.error().message));
    QCOMPARE(readFixture(target), QByteArray("the previous brief\n"));
    QCOMPARE(QDir(disk).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"brief.pdf"_s}); // no temporary file left behind

    // The command line says the same, with exit status 1.
    const QString dataDir = path(u"cli-full"_s);
    QCOMPARE(iia({u"import"_s, kExampleFile, u"--data-dir"_s, dataDir}).exitCode, 0);
    const Run cli = iia({u"export"_s, kExampleId, u"-o"_s, target, u"--data-dir"_s, dataDir});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.err.contains("No space left on device"), cli.err.constData());
    QCOMPARE(readFixture(target), QByteArray("the previous brief\n"));
}

// ---- The command line ----

void TestReport::cliFormatFromExtension()
{
    const QString dataDir = path(u"cli-pdf"_s);
    QCOMPARE(iia({u"import"_s, kExampleFile, u"--data-dir"_s, dataDir}).exitCode, 0);
    const QString out = path(u"cli-pdf/x.pdf"_s);
    const Run r = iia({u"export"_s, kExampleId, u"-o"_s, out, u"--data-dir"_s, dataDir});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    const QByteArray pdf = readFixture(out);
    QVERIFY(pdf.startsWith("%PDF-1.6"));
    auto doc = Poppler::Document::loadFromData(pdf);
    QVERIFY(doc);
    QVERIFY2(doc->numPages() > 20, qPrintable(QString::number(doc->numPages())));
    auto brief = m_exporter->brief(kExampleId, u"en"_s);
    IIA_VERIFY_RESULT(brief);
    QStringList outline;
    flattenOutline(doc->outline(), 1, outline);
    QCOMPARE(outline, headingList(*brief));
    QCOMPARE(
        doc->info(u"Title"_s),
        u"Internet Impact Brief: Draft Fair Contribution to Network Infrastructure Act (network usage fees)"_s);
}

void TestReport::cliFormatOption()
{
    const QString dataDir = path(u"cli-md"_s);
    QCOMPARE(iia({u"import"_s, kExampleFile, u"--data-dir"_s, dataDir}).exitCode, 0);
    const QString out = path(u"cli-md/file.txt"_s);
    const Run r =
        iia({u"export"_s, kExampleId, u"--format"_s, u"md"_s, u"-o"_s, out, u"--data-dir"_s, dataDir});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString md = QString::fromUtf8(readFixture(out));
    // The brief as the reference, but for the moment it was made and the application's version.
    const auto ref = reference();
    QVERIFY(ref);
    QString expected = QString::fromUtf8(report::toMarkdown(ref->brief));
    static const QRegularExpression made(u"^- \\*\\*Brief made:\\*\\* .*$"_s,
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression revision(u"^- \\*\\*Revision:\\*\\* .*\\n"_s,
                                             QRegularExpression::MultilineOption);
    expected.remove(revision);
    QVERIFY(made.match(md).hasMatch());
    QCOMPARE(QString(md).remove(made).remove(revision), QString(expected).remove(made));
}

void TestReport::cliExportAll()
{
    const QString dataDir = path(u"cli-all"_s);
    const QString hostile = path(u"hostile.iia"_s);
    QVERIFY(writeFile(hostile, render(kHostileId, ReportFormat::Iia)));
    const Run imported = iia({u"import"_s, kExampleFile, hostile, u"--data-dir"_s, dataDir});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QString out = path(u"cli-all/html"_s);
    const Run r =
        iia({u"export"_s, u"--all"_s, u"--format"_s, u"html"_s, u"-o"_s, out, u"--data-dir"_s, dataDir});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // In the C locale the command line shows the source text's "(s)" (no plural forms loaded).
    QVERIFY2(QRegularExpression(u"^2 assessment(s|\\(s\\)) exported to "_s + QRegularExpression::escape(out) +
                                u"\\.\n$"_s)
                 .match(QString::fromUtf8(r.out))
                 .hasMatch(),
             r.out.constData());
    const QStringList expected{
        u"Draft Fair Contribution to Network Infrastructure Act (network usage fees).html"_s,
        u"script alert(1) script .. .. gnp.exe.html"_s};
    QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name), expected);
    for (const QString &name : expected) {
        const QByteArray html = readFixture(out + u'/' + name);
        QVERIFY(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
        QVERIFY(html.endsWith("</html>\n"));
    }
    QVERIFY(readFixture(out + u'/' + expected.at(1)).contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

void TestReport::cliUnknownFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown extension")
        << u"brief.xyz"_s << QStringList()
        << u"iia: Say which format to write with --format (pdf, odt, html, md, "
           u"csv or iia): the name “%1” does not tell.\nTry “iia --help”.\n"_s;
    QTest::addRow("no extension") << u"brief"_s << QStringList()
                                  << u"iia: Say which format to write with --format (pdf, odt, html, md, csv "
                                     u"or iia): the name “%1” does not tell.\nTry “iia --help”.\n"_s;
    QTest::addRow("unknown format") << u"brief.pdf"_s << QStringList{u"--format"_s, u"docx"_s}
                                    << u"iia: Unknown format “docx”: use pdf, odt, html, md, csv or iia.\n"
                                       u"Try “iia --help”.\n"_s;
}

void TestReport::cliUnknownFormat()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QString dataDir = path(u"cli-bad"_s);
    QVERIFY(QDir().mkpath(dataDir));
    const QString out = dataDir + u'/' + file;
    const Run r = iia(QStringList{u"export"_s, kExampleId, u"-o"_s, out, u"--data-dir"_s, dataDir} + options);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QString::fromUtf8(r.err), message.contains(u"%1"_s) ? message.arg(out) : message);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(out));
}

int main(int argc, char *argv[])
{
#ifdef Q_OS_LINUX
    enterPrivateMountNamespace();
#else
    g_namespaceProblem = u"not Linux"_s;
#endif
    // The brief shows times in local time; the reference files are made in UTC whatever the machine's zone.
    qputenv("TZ", "UTC");
    QApplication app(argc, argv);
    TestReport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_report.moc"
