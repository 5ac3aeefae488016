#include "../testutil.h"
#include "draft/draftimporter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <KZip>

#include <poppler-qt6.h>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using iia::DraftImporter;
using iia::ErrorCode;

Q_DECLARE_METATYPE(iia::ErrorCode)

namespace {

using Entries = QList<std::pair<QString, QByteArray>>;

QByteArray zip(const Entries &entries)
{
    QBuffer buffer;
    {
        KZip archive(&buffer);
        if (!archive.open(QIODevice::WriteOnly))
            qFatal("cannot create a ZIP archive in memory");
        for (const auto &[name, data] : entries) {
            archive.setCompression(name == u"mimetype" ? KZip::NoCompression : KZip::DeflateCompression);
            archive.writeFile(name, data);
        }
        archive.close();
    }
    return buffer.data();
}

QByteArray fixture(const char *name)
{
    return readFixture(QStringLiteral(IIA_TEST_DATA "/") + QLatin1StringView(name));
}

const QByteArray kContentTypes = fixture("content-types.xml");

QByteArray wordDocument(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"\n"
           " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"\n"
           " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
           "mc:Ignorable=\"wps\">\n"
           "<w:body>" +
           body + "<w:sectPr/></w:body></w:document>";
}

QByteArray makeDocx(const QByteArray &body, const Entries &more = {})
{
    Entries entries = {{u"[Content_Types].xml"_s, kContentTypes},
                       {u"word/document.xml"_s, wordDocument(body)}};
    entries.append(more);
    return zip(entries);
}

constexpr auto kOdfNamespaces =
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
    "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.3\"";

QByteArray makeOdt(const QByteArray &automaticStyles, const QByteArray &body, const QByteArray &styles = {})
{
    Entries entries = {
        {u"mimetype"_s, "application/vnd.oasis.opendocument.text"},
        {u"content.xml"_s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " +
                               QByteArray(kOdfNamespaces) + "><office:automatic-styles>" + automaticStyles +
                               "</office:automatic-styles><office:body><office:text>" + body +
                               "</office:text></office:body></office:document-content>"},
    };
    if (!styles.isEmpty()) {
        entries.append(
            {u"styles.xml"_s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles " +
                                  QByteArray(kOdfNamespaces) + "><office:styles>" + styles +
                                  "</office:styles></office:document-styles>"});
    }
    return zip(entries);
}

// A line of a generated PDF page.
struct PdfLine
{
    PdfLine(const QString &t, bool j = false, qreal gap = 0, const QString &number = {})
        : text(t)
        , justified(j)
        , gapBefore(gap)
        , marginNumber(number)
    {}

    QString text;
    bool justified;       ///< set to the full text width, as the inner lines of a justified paragraph
    qreal gapBefore;      ///< extra space above, in points
    QString marginNumber; ///< drawn apart, in a margin column left of the text
};

using PdfPage = QList<PdfLine>;

constexpr qreal kLeft = 72;
constexpr qreal kPitch = 16;

// A PDF as a word processor makes it: a running header, a page number at the foot, and justified paragraphs.
// maxExtraSpace receives the largest widening of a space that justification needed.
QByteArray makePdf(const QList<PdfPage> &pages, qreal &maxExtraSpace)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(11);
    painter.setFont(font);
    const QFontMetricsF metrics(font, &writer);

    qreal width = 0;
    for (const PdfPage &page : pages) {
        for (const PdfLine &line : page) {
            if (line.justified)
                width = std::max(width, metrics.horizontalAdvance(line.text));
        }
    }
    maxExtraSpace = 0;
    const qreal space = metrics.horizontalAdvance(u' ');

    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        painter.drawText(QPointF(kLeft, 40), u"Consultation draft — not for citation"_s);
        qreal y = 90;
        for (const PdfLine &line : pages.at(p)) {
            y += line.gapBefore;
            qreal x = kLeft;
            if (!line.marginNumber.isEmpty()) {
                painter.drawText(QPointF(x, y), line.marginNumber);
                x += 24;
            }
            const QStringList words = line.text.split(u' ');
            if (!line.justified || words.size() < 2) {
                painter.drawText(QPointF(x, y), line.text);
            } else {
                qreal total = 0;
                for (const QString &word : words)
                    total += metrics.horizontalAdvance(word);
                const qreal gap = (width - total) / qreal(words.size() - 1);
                maxExtraSpace = std::max(maxExtraSpace, gap - space);
                for (const QString &word : words) {
                    painter.drawText(QPointF(x, y), word);
                    x += metrics.horizontalAdvance(word) + gap;
                }
            }
            y += kPitch;
        }
        painter.drawText(QPointF(280, 800), u"Page %1 of %2"_s.arg(p + 1).arg(pages.size()));
    }
    painter.end();
    return buffer.data();
}

QByteArray imageOnlyPdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    QPainter painter(&writer);
    for (int page = 0; page < 2; ++page) {
        if (page > 0)
            writer.newPage();
        QImage scan(300, 200, QImage::Format_RGB32);
        scan.fill(Qt::white);
        for (int y = 20; y < 180; y += 12) {
            for (int x = 20; x < 280; ++x)
                scan.setPixel(x, y + (x / 7) % 3, qRgb(20, 20, 20));
        }
        painter.drawImage(QRectF(50, 50, 300, 200), scan);
    }
    painter.end();
    return buffer.data();
}

QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    std::array<unsigned char, 256> s;
    for (int i = 0; i < 256; ++i)
        s[i] = static_cast<unsigned char>(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + static_cast<unsigned char>(key.at(i % key.size()))) % 256;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), Qt::Uninitialized);
    for (qsizetype n = 0, i = 0, j = 0; n < data.size(); ++n) {
        i = (i + 1) % 256;
        j = (j + s[i]) % 256;
        std::swap(s[i], s[j]);
        out[n] = static_cast<char>(data.at(n) ^ static_cast<char>(s[(s[i] + s[j]) % 256]));
    }
    return out;
}

// A one-page PDF locked with the user password "secret" (standard security handler, revision 2).
QByteArray lockedPdf()
{
    const QByteArray padding =
        QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    const auto pad = [&](const QByteArray &password) {
        return QByteArray(password + padding).left(32);
    };
    const QByteArray id = QByteArray::fromHex("0123456789ABCDEF0123456789ABCDEF");
    const QByteArray ownerKey = QCryptographicHash::hash(pad("owner"), QCryptographicHash::Md5).left(5);
    const QByteArray o = rc4(ownerKey, pad("secret"));
    const QByteArray permissions = QByteArray::fromHex("FCFFFFFF"); // -4, little-endian
    const QByteArray key =
        QCryptographicHash::hash(QByteArray(pad("secret") + o + permissions + id), QCryptographicHash::Md5)
            .left(5);
    const QByteArray u = rc4(key, padding);

    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + o.toHex() + "> /U <" + u.toHex() + "> /P -4 >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Encrypt 4 0 R /ID [<" + id.toHex() + "> <" + id.toHex() + ">] >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray utf16le(const QString &text)
{
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar c : text) {
        bytes += static_cast<char>(c.unicode() & 0xFF);
        bytes += static_cast<char>(c.unicode() >> 8);
    }
    return bytes;
}

} // namespace

class TestDraftImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileFilters()
    {
        QCOMPARE(DraftImporter::fileFilters(),
                 QStringList(
                     {u"Drafts (*.pdf *.docx *.odt *.txt *.md *.html *.htm)"_s, u"PDF documents (*.pdf)"_s,
                      u"Word documents (*.docx)"_s, u"OpenDocument texts (*.odt)"_s, u"Text files (*.txt)"_s,
                      u"Markdown files (*.md)"_s, u"Web pages (*.html *.htm)"_s, u"All files (*)"_s}));
    }

    void plainText_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");

        QTest::addRow("utf-8") << QByteArray("Article 1\n\xC3\x9C"
                                             "ber die Stra\xC3\x9F"
                                             "e\n")
                               << u"draft.txt"_s << u"txt"_s << u"Article 1\nÜber die Straße"_s;
        QTest::addRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF"
                                                 "Article 1\nText")
                                   << u"draft.txt"_s << u"txt"_s << u"Article 1\nText"_s;
        QTest::addRow("crlf and cr") << QByteArray("one\r\ntwo\rthree\r\n\r\nfour") << u"draft.txt"_s
                                     << u"txt"_s << u"one\ntwo\nthree\n\nfour"_s;
        QTest::addRow("windows-1252") << QByteArray("Caf\xE9 \x93quoted\x94 \x80 5 \xA7 2") << u"draft.txt"_s
                                      << u"txt"_s << u"Café “quoted” € 5 § 2"_s;
        QTest::addRow("utf-16 bom") << utf16le(u"Artikel 1\r\nΤεχνολογία"_s) << u"draft.txt"_s << u"txt"_s
                                    << u"Artikel 1\nΤεχνολογία"_s;
        QTest::addRow("markdown") << QByteArray("# Title\n\n**Article 1** _text_  \n- item\n")
                                  << u"draft.md"_s << u"md"_s << u"# Title\n\n**Article 1** _text_\n- item"_s;
        QTest::addRow("blank lines, no-break spaces, trailing spaces")
            << QByteArray("\n\n  Indented\t \n\n\n\nArticle\xC2\xA0"
                          "5\n\n")
            << u"draft.txt"_s << u"txt"_s << u"  Indented\n\nArticle 5"_s;
        QTest::addRow("form feed and controls")
            << QByteArray("Page one of the draft\fPage\x01 two of the draft") << u"draft.txt"_s << u"txt"_s
            << u"Page one of the draft\nPage two of the draft"_s;
        // The extension lies: the content decides.
        QTest::addRow("text called .pdf")
            << QByteArray("Article 1\nThe text.") << u"draft.pdf"_s << u"txt"_s << u"Article 1\nThe text."_s;
        QTest::addRow("text called .docx")
            << QByteArray("Article 2") << u"draft.docx"_s << u"txt"_s << u"Article 2"_s;
        QTest::addRow("no extension") << QByteArray("Article 3") << u"draft"_s << u"txt"_s << u"Article 3"_s;
        QTest::addRow("html called .txt") << QByteArray("<!DOCTYPE html><p>Hi</p><p>there</p>")
                                          << u"page.txt"_s << u"html"_s << u"Hi\n\nthere"_s;
        QTest::addRow("text called .html")
            << QByteArray("just text\nline") << u"page.html"_s << u"txt"_s << u"just text\nline"_s;
    }

    void plainText()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fileName);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        const auto draft = DraftImporter::importData(data, fileName);
        IIA_VERIFY_RESULT(draft);
        QCOMPARE(draft->text, expected);
        QCOMPARE(draft->format, format);
        QCOMPARE(draft->sourceName, fileName);
        QCOMPARE(draft->pages, 0);
    }

    void pdf()
    {
        const QList<PdfPage> pages = {
            {
                {u"DRAFT NETWORK CONTRIBUTION ACT"_s},
                {u"Article 1"_s, false, kPitch},
                {u"Scope"_s},
                {u"1. This Act applies to every undertaking that provides public electronic"_s, true},
                {u"communications services in the territory, and to any network contri-"_s, true},
                {u"bution scheme established under it."_s},
                {u"2. Undertakings shall inform their end-users of any change in the terms"_s, true},
                {u"or conditions of access to their services, and shall allow their end-"_s, true},
                {u"users to terminate their contracts without penalty."_s},
                {u"Article 2"_s, false, kPitch},
                {u"Definitions"_s},
                {u"For the purposes of this Act, the following definitions apply to every"_s, true},
                {u"provision of this Act and to all decisions taken by the Authority:"_s, true},
                {u"(a) “Authority” means the national regulatory authority;"_s},
                {u"(b) “undertaking” means any natural or legal person providing networks"_s, true},
                {u"or services, and any group of such persons acting together, which"_s, true},
            },
            {
                {u"shall be treated as a single undertaking."_s},
                {u"Article 3"_s, false, kPitch},
                {u"Entry into force"_s},
                {u"It enters into force on the day after its publication and applies to cross-"_s, true},
                {u"border traffic from the first day of the following year."_s},
            },
            {
                {u"Article 4"_s},
                {u"Review"_s},
                {u"The Minister shall review this Act within three years."_s, false, 0, u"1."_s},
            },
        };
        qreal extraSpace = 0;
        const QByteArray pdf = makePdf(pages, extraSpace);
        // The fixture itself: justified lines must look like typeset text, not like columns.
        QVERIFY2(extraSpace < 6,
                 qPrintable(u"a justified line is too short: %1 pt more per space"_s.arg(extraSpace)));

        const auto draft = DraftImporter::importData(pdf, u"act.pdf"_s);
        IIA_VERIFY_RESULT(draft);
        QCOMPARE(draft->format, u"pdf"_s);
        QCOMPARE(draft->pages, 3);
        QCOMPARE(draft->sourceName, u"act.pdf"_s);
        const QString expected =
            u"DRAFT NETWORK CONTRIBUTION ACT\n\n"
            "Article 1\n\n"
            "Scope\n\n"
            "1. This Act applies to every undertaking that provides public electronic communications "
            "services "
            "in the territory, and to any network contribution scheme established under it.\n\n"
            "2. Undertakings shall inform their end-users of any change in the terms or conditions of access "
            "to "
            "their services, and shall allow their end-users to terminate their contracts without "
            "penalty.\n\n"
            "Article 2\n\n"
            "Definitions\n\n"
            "For the purposes of this Act, the following definitions apply to every provision of this Act "
            "and "
            "to all decisions taken by the Authority:\n\n"
            "(a) “Authority” means the national regulatory authority;\n\n"
            "(b) “undertaking” means any natural or legal person providing networks or services, and any "
            "group "
            "of such persons acting together, which shall be treated as a single undertaking.\n\n"
            "Article 3\n\n"
            "Entry into force\n\n"
            "It enters into force on the day after its publication and applies to cross-border traffic from "
            "the "
            "first day of the following year.\n\n"
            "Article 4\n\n"
            "Review\n\n"
            "1. The Minister shall review this Act within three years."_s;
        QCOMPARE(draft->text, expected);

        // The same bytes under a lying name are still a PDF.
        const auto renamed = DraftImporter::importData(pdf, u"act.txt"_s);
        IIA_VERIFY_RESULT(renamed);
        QCOMPARE(renamed->format, u"pdf"_s);
        QCOMPARE(renamed->text, expected);
    }

    // The worked example laid out by Qt (ragged right, page numbers at the foot) comes back paragraph for
    // paragraph, with its clause numbering at the line starts.
    void pdfOfTheExample()
    {
        const QJsonObject example =
            QJsonDocument::fromJson(
                readFixture(QStringLiteral(IIA_SOURCE_DIR "/assessments/examples/network-usage-fees.iia")))
                .object();
        const QString text =
            example.value(u"assessment").toObject().value(u"draft").toObject().value(u"text").toString();
        QVERIFY(text.contains(u"Article 12"_s));

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QTextDocument document;
            QFont font(u"DejaVu Sans"_s);
            font.setPointSize(11);
            document.setDefaultFont(font);
            document.setPlainText(text);
            document.print(&writer);
        }

        const auto draft = DraftImporter::importData(buffer.data(), u"example.pdf"_s);
        IIA_VERIFY_RESULT(draft);
        QVERIFY(draft->pages > 1);
        QStringList paragraphs = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(draft->text, paragraphs.join(u"\n\n"_s));
    }

    void pdfErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("message");

        QTest::addRow("scan")
            << imageOnlyPdf() << ErrorCode::Unsupported
            << u"This PDF contains no text, only images (it is probably a scan). Run it through "
               "OCR software first, or paste the text."_s;
        QTest::addRow("locked")
            << lockedPdf() << ErrorCode::Unsupported
            << u"The PDF “in.pdf” is protected by a password. Open it with its password in a PDF "
               "reader, save a copy without protection and import that copy, or paste the text "
               "instead."_s;
        QTest::addRow("broken")
            << QByteArray("%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage") << ErrorCode::Parse
            << u"The file “in.pdf” is not a readable PDF: it is damaged or incomplete. Open it "
               "in a PDF reader to check it, or paste the text of the draft instead."_s;
        QByteArray binary;
        for (int i = 0; i < 2048; ++i)
            binary += static_cast<char>(i * 7 % 256);
        QTest::addRow("binary called .pdf")
            << binary << ErrorCode::Parse
            << u"The file “in.pdf” is not a PDF, although its name says so: it is "
               "damaged or in another format. Open it to check what it is, or paste "
               "the text of the draft instead."_s;
    }

    void pdfErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(ErrorCode, code);
        QFETCH(QString, message);
        const auto draft = DraftImporter::importData(data, u"in.pdf"_s);
        QVERIFY(!draft);
        QCOMPARE(draft.error().message, message);
        QCOMPARE(draft.error().code, code);
        QCOMPARE(draft.error().file, u"in.pdf"_s);
    }

    // The locked fixture really is a PDF that opens with its password.
    void lockedFixtureOpensWithPassword()
    {
        const std::unique_ptr<Poppler::Document> document =
            Poppler::Document::loadFromData(lockedPdf(), QByteArray(), "secret");
        QVERIFY(document);
        QVERIFY(!document->isLocked());
        QCOMPARE(document->numPages(), 1);
    }

    void docx()
    {
        const QByteArray body = fixture("document-body.xml");
        const auto draft = DraftImporter::importData(makeDocx(body), u"act.docx"_s);
        IIA_VERIFY_RESULT(draft);
        QCOMPARE(draft->format, u"docx"_s);
        QCOMPARE(draft->pages, 0);
        QCOMPARE(draft->text, u"Draft Test Act\n\n"
                              "Article 1\n\n"
                              "Purpose and scope\n\n"
                              "1. This Act applies to:\n\n"
                              "(a) network operators;\n\n"
                              "(b) content providers.\n\n"
                              "2. The Authority\tshall\nsupervise it.\n\n"
                              "Text with a tracked insertion and a link.\n\n"
                              "Box text\n\n"
                              "Anchor paragraph\n\n"
                              "Cell one\n\n"
                              "Cell two\n\n"
                              "Non-discrimination & “neutrality”"_s);
    }

    // Numbering as numbering.xml and styles.xml define it: "Article %1" on a heading style, paragraphs and
    // points under it, a bullet list, and a list that starts again at 4.
    void docxNumbering()
    {
        const QByteArray numbering = fixture("numbering.xml");
        const QByteArray styles = fixture("styles.xml");
        const auto paragraph = [](const char *text, const char *numId, int level) {
            return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + QByteArray::number(level) +
                   "\"/><w:numId w:val=\"" + QByteArray(numId) + "\"/></w:numPr></w:pPr><w:r><w:t>" +
                   QByteArray(text) + "</w:t></w:r></w:p>";
        };
        const auto heading = [](const char *text) {
            return "<w:p><w:pPr><w:pStyle w:val=\"ArticleHeading\"/></w:pPr><w:r><w:t>" + QByteArray(text) +
                   "</w:t></w:r></w:p>";
        };
        const QByteArray body = heading("Scope") + paragraph("First.", "5", 1) + paragraph("point", "5", 2) +
                                paragraph("point", "5", 2) + paragraph("Second.", "5", 1) +
                                heading("Definitions") + paragraph("First again.", "5", 1) +
                                paragraph("bullet", "6", 0) + paragraph("Restarted.", "7", 1) +
                                paragraph("Roman one.", "8", 0) + paragraph("Roman two.", "8", 0) +
                                paragraph("Not numbered.", "0", 0) + paragraph("", "5", 0);
        const auto draft = DraftImporter::importData(
            makeDocx(body, {{u"word/numbering.xml"_s, numbering}, {u"word/styles.xml"_s, styles}}),
            u"act.docx"_s);
        IIA_VERIFY_RESULT(draft);
        QCOMPARE(draft->text, u"Article 1 Scope\n\n"
                              "1. First.\n\n"
                              "(a) point\n\n"
                              "(b) point\n\n"
                              "2. Second.\n\n"
                              "Article 2 Definitions\n\n"
                              "1. First again.\n\n"
                              "• bullet\n\n"
                              "4. Restarted.\n\n"
                              "I. Roman one.\n\n"
                              "II. Roman two.\n\n"
                              "Not numbered.\n\n"
                              "Article 3"_s);
    }

    // The main part is found through the package relationships, wherever it lives.
    void docxMainPartFromRelationships()
    {
        const QByteArray rels = fixture("rels.xml");
        const QByteArray data =
            zip({{u"[Content_Types].xml"_s, kContentTypes},
                 {u"_rels/.rels"_s, rels},
                 {u"word/main.xml"_s, wordDocument("<w:p><w:r><w:t>Main part</w:t></w:r></w:p>")}});
        const auto draft = DraftImporter::importData(data, u"act.docx"_s);
        IIA_VERIFY_RESULT(draft);
        QCOMPARE(draft->text, u"Main part"_s);
    }

    void odt()
    {
        const QByteArray automaticStyles = fixture("odt-automatic-styles.xml");
        const QByteArray body = fixture("odt-body.xml");
        const QByteArray styles = fixture("odt-styles.xml");
        const auto draft = DraftImporter::importData(makeOdt(automaticStyles, body, styles), u"act.odt"_s);
        IIA_VERIFY_RESULT(draft);
        QCOMPARE(draft->format, u"odt"_s);
        QCOMPARE(draft->text, u"Article 1 Scope\n\n"
                              "This Act applies to:  everyone\there\nand there.\n\n"
                              "1. First item\n\n"
                              "(a) nested one\n\n"
                              "(b) nested two\n\n"
                              "i) deep\n\n"
                              "2. Second item\n\n"
                              "continuation paragraph\n\n"
                              "Between lists.\n\n"
                              "3. Third item\n\n"
                              "• bullet\n\n"
                              "5. five\n\n"
                              "5.1. five one\n\n"
                              "1. unstyled\n\n"
                              "(a) unstyled nested\n\n"
                              "Article 2 Definitions\n\n"
                              "Terms\n\n"
                              "Cell\n\n"
                              "Annotated text.\n\n"
                              "Frame text\n\n"
                              "After frame."_s);
    }

    void html()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString secretCss = dir.filePath(u"secret.css"_s);
        const QString secretPng = dir.filePath(u"secret.png"_s);
        {
            QFile css(secretCss);
            QVERIFY(css.open(QIODevice::WriteOnly));
            css.write("p { color: red }");
            QImage(4, 4, QImage::Format_RGB32).save(secretPng, "PNG");
        }
        const QString cssUrl = QUrl::fromLocalFile(secretCss).toString();
        const QString pngUrl = QUrl::fromLocalFile(secretPng).toString();
        const QString html = QString::fromUtf8(fixture("page.html")).arg(cssUrl, pngUrl);

#ifdef Q_OS_LINUX
        // Watch the folder: opening any file in it is an event.
        const int watcher = inotify_init1(IN_NONBLOCK);
        QVERIFY(watcher >= 0);
        QVERIFY(inotify_add_watch(watcher, QFile::encodeName(dir.path()).constData(), IN_OPEN | IN_ACCESS) >=
                0);
        const auto events = [&] {
            char buffer[4096];
            const ssize_t n = read(watcher, buffer, sizeof buffer);
            return n > 0 ? n : 0;
        };
#endif
        const auto draft = DraftImporter::importData(html.toUtf8(), u"act.html"_s);
#ifdef Q_OS_LINUX
        const ssize_t during = events();
        QFile probe(secretCss);
        QVERIFY(probe.open(QIODevice::ReadOnly));
        probe.close();
        const ssize_t control = events();
        close(watcher);
        QCOMPARE(during, 0);  // nothing was opened while importing…
        QVERIFY(control > 0); // …and the watch does see an open
#endif
        IIA_VERIFY_RESULT(draft);
        QCOMPARE(draft->format, u"html"_s);
        QCOMPARE(draft->text, u"Draft Act\n\n"
                              "Article 1\nScope\n\n"
                              "The Authority shall act.\n\n"
                              "1. First\n\n"
                              "2. Second\n\n"
                              "• Bullet\n\n"
                              "Cell\n\n"
                              "Frame fallback\n\n"
                              "Café & “quotes”"_s);
    }

    void htmlLatin1()
    {
        const QByteArray html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xE9 \x93"
                                "a\x94</p>"
                                "</body></html>";
        const auto draft = DraftImporter::importData(html, u"page.htm"_s);
        IIA_VERIFY_RESULT(draft);
        QCOMPARE(draft->text, u"Café “a”"_s);
    }

    // Formats recognised by their content whatever the file is called.
    void sniffing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("text");

        const QByteArray word = makeDocx("<w:p><w:r><w:t>Word text</w:t></w:r></w:p>");
        const QByteArray writer = makeOdt({}, "<text:p>Writer text</text:p>");
        QTest::addRow("docx called .pdf") << word << u"a.pdf"_s << u"docx"_s << u"Word text"_s;
        QTest::addRow("docx without extension") << word << u"a"_s << u"docx"_s << u"Word text"_s;
        QTest::addRow("odt called .docx") << writer << u"a.docx"_s << u"odt"_s << u"Writer text"_s;
        QTest::addRow("odt called .txt") << writer << u"a.txt"_s << u"odt"_s << u"Writer text"_s;
        QTest::addRow("odt without mimetype")
            << zip({{u"content.xml"_s, "<office:document-content " + QByteArray(kOdfNamespaces) +
                                           "><office:body><office:text><text:p>Bare</text:p></office:text>"
                                           "</office:body></office:document-content>"}})
            << u"a.odt"_s << u"odt"_s << u"Bare"_s;
    }

    void sniffing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fileName);
        QFETCH(QString, format);
        QFETCH(QString, text);
        const auto draft = DraftImporter::importData(data, fileName);
        IIA_VERIFY_RESULT(draft);
        QCOMPARE(draft->format, format);
        QCOMPARE(draft->text, text);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("message");

        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary += static_cast<char>((i * 37 + 11) % 256);

        QTest::addRow("binary called .docx") << binary << u"bad.docx"_s << ErrorCode::Parse
                                             << u"The file “bad.docx” is not a valid word-processor "
                                                u"document: it is damaged or in another format. "
                                                "Open it in your word processor and save it again as DOCX, "
                                                "ODT or PDF, or paste the text of the "
                                                "draft instead."_s;
        QTest::addRow("damaged zip")
            << QByteArray("PK\x03\x04", 4) + binary << u"bad.docx"_s << ErrorCode::Parse
            << u"The file “bad.docx” is damaged: it looks like a Word or OpenDocument file "
               "but cannot be unpacked. Open it in your word processor and save it again, "
               "or import it as PDF."_s;
        QTest::addRow("plain zip")
            << zip({{u"hello.txt"_s, "hello"}}) << u"bad.docx"_s << ErrorCode::Unsupported
            << u"The file “bad.docx” is a ZIP archive, not a Word (DOCX) or OpenDocument "
               "(ODT) document. Unpack it and import the draft it contains."_s;
        QTest::addRow("malformed xml")
            << zip({{u"[Content_Types].xml"_s, kContentTypes},
                    {u"word/document.xml"_s,
                     "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                     "<w:body><w:p><w:r><w:t>Text</w:r>"}})
            << u"bad.docx"_s << ErrorCode::Parse
            << u"The Word document “bad.docx” is damaged: its part word/document.xml is not well-formed XML "
               "(Opening and ending tag mismatch, line 1, column 116). Open it in your word processor and "
               "save it "
               "again, or import it as PDF."_s;
        QTest::addRow("no main part")
            << zip({{u"[Content_Types].xml"_s, kContentTypes}}) << u"bad.docx"_s << ErrorCode::Parse
            << u"The Word document “bad.docx” is damaged: it has no main document part "
               "(word/document.xml). Open it in your word processor and save it again, "
               "or import it as PDF."_s;
        QTest::addRow("spreadsheet") << zip({{u"[Content_Types].xml"_s,
                                              "<Types><Override ContentType=\"application/vnd.openxmlformats-"
                                              "officedocument.spreadsheetml.sheet.main+xml\"/></Types>"},
                                             {u"xl/workbook.xml"_s, "<workbook/>"}})
                                     << u"sheet.xlsx"_s << ErrorCode::Unsupported
                                     << u"The file “sheet.xlsx” is an Office spreadsheet or presentation, "
                                        u"not a Word document. Save the "
                                        "draft as DOCX, ODT or PDF and import that."_s;
        QTest::addRow("ods")
            << zip({{u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet"},
                    {u"content.xml"_s, "<x/>"}})
            << u"sheet.ods"_s << ErrorCode::Unsupported
            << u"The file “sheet.ods” is an OpenDocument spreadsheet, presentation or drawing, "
               "not a text document. Save the draft as an OpenDocument text (ODT), DOCX or PDF "
               "and import that."_s;
        QTest::addRow("odt without content")
            << zip({{u"mimetype"_s, "application/vnd.oasis.opendocument.text"}}) << u"bad.odt"_s
            << ErrorCode::Parse
            << u"The OpenDocument text “bad.odt” is damaged: it has no content part "
               "(content.xml). Open it in your word processor and save it again, or "
               "import it as PDF."_s;
        QTest::addRow("old word")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + binary << u"old.doc"_s
            << ErrorCode::Unsupported
            << u"The file “old.doc” is in the old Word 97–2003 format (.doc) or another old "
               "Office format, which cannot be imported. Open it in your word processor and "
               "save it as DOCX, ODT or PDF, then import that file."_s;
        QTest::addRow("rtf")
            << QByteArray("{\\rtf1\\ansi Hello}") << u"act.rtf"_s << ErrorCode::Unsupported
            << u"The file “act.rtf” is in Rich Text Format (RTF), which cannot be imported. Open it "
               "in your word processor and save it as DOCX, ODT or PDF, then import that file."_s;
        QTest::addRow("unknown binary")
            << binary << u"image.png"_s << ErrorCode::Unsupported
            << u"The file “image.png” is not in a format that can be imported. Import a "
               "PDF, Word (DOCX), OpenDocument (ODT), plain text, Markdown or HTML file, "
               "or paste the text of the draft instead."_s;
        QTest::addRow("empty")
            << QByteArray() << u"empty.txt"_s << ErrorCode::InvalidInput
            << u"The file “empty.txt” contains no text. Check that you chose the right file, or "
               "paste the text of the draft instead."_s;
        QTest::addRow("white space")
            << QByteArray(" \n\t\r\n\xC2\xA0") << u"blank.md"_s << ErrorCode::InvalidInput
            << u"The file “blank.md” contains no text. Check that you chose the right file, "
               "or paste the text of the draft instead."_s;
        QTest::addRow("empty docx")
            << makeDocx("<w:p/><w:p><w:r><w:t>  </w:t></w:r></w:p>") << u"blank.docx"_s
            << ErrorCode::InvalidInput
            << u"The file “blank.docx” contains no text. Check that you chose the right "
               "file, or paste the text of the draft instead."_s;
        QTest::addRow("too large")
            << QByteArray(DraftImporter::kMaxFileSize + 1, 'a') << u"big.txt"_s << ErrorCode::Unsupported
            << u"The file “big.txt” is 50.0 MB, more than the 50 MB that can be imported. "
               "Import only the part of the draft you are assessing, or paste its text."_s;
    }

    void badFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fileName);
        QFETCH(ErrorCode, code);
        QFETCH(QString, message);
        const auto draft = DraftImporter::importData(data, fileName);
        QVERIFY(!draft);
        QCOMPARE(draft.error().message, message);
        QCOMPARE(draft.error().code, code);
        QCOMPARE(draft.error().file, fileName);
    }

    // Damaged copies of good files (cut short, or with bytes overwritten) end in a result or in an error
    // with a message; never in a crash or a hang.
    void damagedFilesNeverCrash()
    {
        qreal extraSpace = 0;
        const QList<std::pair<QString, QByteArray>> originals = {
            {u"a.docx"_s, makeDocx(fixture("document-body.xml"))},
            {u"a.odt"_s, makeOdt(fixture("odt-automatic-styles.xml"), fixture("odt-body.xml"))},
            {u"a.pdf"_s, makePdf({{{u"Article 1"_s}, {u"Text of the article."_s}}}, extraSpace)},
            {u"a.html"_s, fixture("page.html")},
        };
        int failures = 0;
        for (const auto &[name, original] : originals) {
            for (int step = 1; step < 16; ++step) {
                const qsizetype at = original.size() * step / 16;
                QByteArray overwritten = original;
                for (qsizetype i = at; i < std::min(at + 16, overwritten.size()); ++i)
                    overwritten[i] = static_cast<char>(overwritten.at(i) ^ 0x5A);
                for (const QByteArray &damaged : {original.left(at), overwritten}) {
                    const auto draft = DraftImporter::importData(damaged, name);
                    if (draft) {
                        QVERIFY(!draft->text.isEmpty());
                    } else {
                        ++failures;
                        QVERIFY(!draft.error().message.isEmpty());
                        QCOMPARE(draft.error().file, name);
                    }
                }
            }
        }
        QVERIFY(failures > 0);
    }

    void importFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"draft.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Article 1\r\nText\r\n");
        file.close();

        const auto draft = DraftImporter::importFile(path);
        IIA_VERIFY_RESULT(draft);
        QCOMPARE(draft->text, u"Article 1\nText"_s);
        QCOMPARE(draft->sourceName, u"draft.txt"_s);
        QCOMPARE(draft->format, u"txt"_s);

        // A failure from the content names the whole path in Error::file, the file name in the message.
        const QString emptyPath = dir.filePath(u"empty.txt"_s);
        QFile empty(emptyPath);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const auto none = DraftImporter::importFile(emptyPath);
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::InvalidInput);
        QCOMPARE(none.error().file, emptyPath);
        QVERIFY(none.error().message.startsWith(u"The file “empty.txt” contains no text."_s));
    }

    void importFileErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        const QString missing = dir.filePath(u"missing.pdf"_s);
        const auto notThere = DraftImporter::importFile(missing);
        QVERIFY(!notThere);
        QCOMPARE(notThere.error().code, ErrorCode::Io);
        QCOMPARE(notThere.error().file, missing);
        QCOMPARE(notThere.error().message,
                 u"The file “missing.pdf” could not be read: No such file or directory. "
                 "Check that it exists and that you may read it."_s);

        const auto folder = DraftImporter::importFile(dir.path());
        QVERIFY(!folder);
        QCOMPARE(folder.error().code, ErrorCode::Io);
        QCOMPARE(folder.error().message,
                 u"“%1” is a folder, not a file. Choose the draft file inside it."_s.arg(
                     QDir(dir.path()).dirName()));

        // A sparse file: refused by its size, before anything is read.
        const QString big = dir.filePath(u"big.pdf"_s);
        QFile bigFile(big);
        QVERIFY(bigFile.open(QIODevice::WriteOnly));
        QVERIFY(bigFile.resize(51 * 1024 * 1024));
        bigFile.close();
        const auto tooLarge = DraftImporter::importFile(big);
        QVERIFY(!tooLarge);
        QCOMPARE(tooLarge.error().code, ErrorCode::Unsupported);
        QCOMPARE(tooLarge.error().file, big);
        QCOMPARE(tooLarge.error().message,
                 u"The file “big.pdf” is 51.0 MB, more than the 50 MB that can be "
                 "imported. Import only the part of the draft you are assessing, or "
                 "paste its text."_s);

#ifdef Q_OS_UNIX
        if (geteuid() != 0) { // root reads everything
            const QString locked = dir.filePath(u"locked.txt"_s);
            QFile lockedFile(locked);
            QVERIFY(lockedFile.open(QIODevice::WriteOnly));
            lockedFile.write("secret");
            lockedFile.close();
            QVERIFY(lockedFile.setPermissions(QFileDevice::WriteOwner));
            const auto denied = DraftImporter::importFile(locked);
            QVERIFY(!denied);
            QCOMPARE(denied.error().code, ErrorCode::Io);
            QCOMPARE(denied.error().message,
                     u"The file “locked.txt” could not be read: Permission denied. Check "
                     "that it exists and that you may read it."_s);
        }
#endif
    }
};

QTEST_MAIN(TestDraftImporter)
#include "tst_draftimporter.moc"
