#include "draftimporter.h"

#include "archive/zip.h"
#include "draftformats_p.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <memory>

namespace iia {

using namespace Qt::StringLiterals;
using namespace draftformats;

namespace {

// An entry of a DOCX or ODT may not unpack to more than this: more is a "ZIP bomb" or not a draft.
constexpr qint64 kMaxEntrySize = 256 * 1024 * 1024;

enum class Format
{
    Pdf,
    Docx,
    Odt,
    Txt,
    Md,
    Html,
};

QString formatName(Format format)
{
    switch (format) {
    case Format::Pdf: return u"pdf"_s;
    case Format::Docx: return u"docx"_s;
    case Format::Odt: return u"odt"_s;
    case Format::Txt: return u"txt"_s;
    case Format::Md: return u"md"_s;
    case Format::Html: return u"html"_s;
    }
    return {};
}

std::optional<Format> formatForExtension(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"docx" || suffix == u"docm" || suffix == u"dotx")
        return Format::Docx;
    if (suffix == u"odt" || suffix == u"ott")
        return Format::Odt;
    if (suffix == u"txt" || suffix == u"text")
        return Format::Txt;
    if (suffix == u"md" || suffix == u"markdown")
        return Format::Md;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return Format::Html;
    return std::nullopt;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

std::unexpected<Error> tooLarge(const QString &fileName, qint64 size)
{
    return failFor(
        ErrorCode::Unsupported,
        Tr::tr("The file “%1” is %2 MB, more than the %3 MB that can be imported. Import only the part of "
               "the draft you are assessing, or paste its text.")
            .arg(fileName, megabytes(size))
            .arg(DraftImporter::kMaxFileSize / (1024 * 1024)),
        fileName);
}

bool isPdf(const QByteArray &data)
{
    // The signature may follow a little junk, as readers allow.
    const qsizetype at = data.indexOf("%PDF-");
    return at >= 0 && at < 1024;
}

bool isZip(const QByteArray &data)
{
    return data.startsWith("PK\x03\x04") || data.startsWith("PK\x05\x06");
}

bool isText(const QByteArray &data)
{
    if (QStringConverter::encodingForData(data).has_value())
        return true; // a byte order mark
    const QByteArrayView sample = QByteArrayView(data).first(std::min<qsizetype>(data.size(), 64 * 1024));
    qsizetype controls = 0;
    for (const char byte : sample) {
        const auto c = static_cast<unsigned char>(byte);
        if (c == 0)
            return false;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
            ++controls;
    }
    return controls * 20 <= sample.size(); // binary formats are full of control bytes; text has a few at most
}

bool looksLikeHtml(const QByteArray &data)
{
    static const QRegularExpression re(
        uR"(^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return re.matchView(decodeText(data.first(std::min<qsizetype>(data.size(), 4096)))).hasMatch();
}

Format textFormat(const QByteArray &data, std::optional<Format> byExtension)
{
    if (byExtension == Format::Html)
        return data.contains('<') ? Format::Html : Format::Txt;
    if (byExtension == Format::Md)
        return Format::Md;
    return looksLikeHtml(data) ? Format::Html : Format::Txt;
}

// What the bytes are, whatever the extension claims; the extension decides only between the text formats.
Result<Format> detectFormat(const QByteArray &data, const QString &fileName)
{
    const std::optional<Format> byExtension = formatForExtension(fileName);
    if (isPdf(data))
        return Format::Pdf;
    if (isZip(data))
        return Format::Docx; // the archive's content decides between DOCX and ODT
    if (data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return failFor(
            ErrorCode::Unsupported,
            Tr::tr("The file “%1” is in the old Word 97–2003 format (.doc) or another old Office format, "
                   "which cannot be imported. Open it in your word processor and save it as DOCX, ODT "
                   "or PDF, then import that file.")
                .arg(fileName),
            fileName);
    }
    if (data.startsWith("{\\rtf")) {
        return failFor(
            ErrorCode::Unsupported,
            Tr::tr("The file “%1” is in Rich Text Format (RTF), which cannot be imported. Open it in your "
                   "word processor and save it as DOCX, ODT or PDF, then import that file.")
                .arg(fileName),
            fileName);
    }
    if (isText(data))
        return textFormat(data, byExtension);

    switch (byExtension.value_or(Format::Txt)) {
    case Format::Pdf:
        return failFor(
            ErrorCode::Parse,
            Tr::tr("The file “%1” is not a PDF, although its name says so: it is damaged or in another "
                   "format. Open it to check what it is, or paste the text of the draft instead.")
                .arg(fileName),
            fileName);
    case Format::Docx:
    case Format::Odt:
        return failFor(
            ErrorCode::Parse,
            Tr::tr("The file “%1” is not a valid word-processor document: it is damaged or in another "
                   "format. Open it in your word processor and save it again as DOCX, ODT or PDF, or "
                   "paste the text of the draft instead.")
                .arg(fileName),
            fileName);
    default:
        return failFor(
            ErrorCode::Unsupported,
            Tr::tr("The file “%1” is not in a format that can be imported. Import a PDF, Word (DOCX), "
                   "OpenDocument (ODT), plain text, Markdown or HTML file, or paste the text of the "
                   "draft instead.")
                .arg(fileName),
            fileName);
    }
}

Result<QString> readZipDocument(const QByteArray &data, const QString &fileName, Format &format)
{
    QString missing;
    const zip::Archive *archive = zip::Archive::instance(&missing);
    if (!archive) {
        return failFor(ErrorCode::Unsupported,
                       Tr::tr("Word and OpenDocument files cannot be read: a part of the application, "
                              "iia_archive, is missing or damaged (%1). Install the application again, or "
                              "import the draft as PDF or text.")
                           .arg(missing),
                       fileName);
    }
    const std::unique_ptr<zip::Reader> zip = archive->open(data);
    if (!zip) {
        return failFor(
            ErrorCode::Parse,
            Tr::tr("The file “%1” is damaged: it looks like a Word or OpenDocument file but cannot be "
                   "unpacked. Open it in your word processor and save it again, or import it as PDF.")
                .arg(fileName),
            fileName);
    }
    const zip::Reader &root = *zip;

    const auto mimetype = readArchiveEntry(root, u"mimetype"_s, fileName);
    if (!mimetype)
        return std::unexpected(mimetype.error());
    const QByteArray type = mimetype->trimmed();
    if (type.startsWith("application/vnd.oasis.opendocument.text")) {
        format = Format::Odt;
        return readOdt(root, fileName);
    }
    if (type.startsWith("application/vnd.oasis.opendocument.")) {
        return failFor(
            ErrorCode::Unsupported,
            Tr::tr("The file “%1” is an OpenDocument spreadsheet, presentation or drawing, not a text "
                   "document. Save the draft as an OpenDocument text (ODT), DOCX or PDF and import that.")
                .arg(fileName),
            fileName);
    }

    const auto types = readArchiveEntry(root, u"[Content_Types].xml"_s, fileName);
    if (!types)
        return std::unexpected(types.error());
    if (types->contains("wordprocessingml") || root.contains(u"word/document.xml"_s)) {
        format = Format::Docx;
        return readDocx(root, fileName);
    }
    if (root.contains(u"content.xml"_s)) {
        format = Format::Odt;
        return readOdt(root, fileName);
    }
    if (!types->isEmpty()) {
        return failFor(
            ErrorCode::Unsupported,
            Tr::tr("The file “%1” is an Office spreadsheet or presentation, not a Word document. Save the "
                   "draft as DOCX, ODT or PDF and import that.")
                .arg(fileName),
            fileName);
    }
    return failFor(
        ErrorCode::Unsupported,
        Tr::tr("The file “%1” is a ZIP archive, not a Word (DOCX) or OpenDocument (ODT) document. Unpack "
               "it and import the draft it contains.")
            .arg(fileName),
        fileName);
}

} // namespace

namespace draftformats {

Result<QByteArray> readArchiveEntry(const zip::Reader &root, const QString &path, const QString &fileName)
{
    const zip::Reader::Part part = root.read(path, kMaxEntrySize);
    switch (part.status) {
    case zip::Reader::Part::Status::Ok: return part.data;
    case zip::Reader::Part::Status::Missing: return QByteArray();
    case zip::Reader::Part::Status::TooBig:
        return failFor(
            ErrorCode::Unsupported,
            Tr::tr("The file “%1” unpacks to more than %2 MB of text in %3; it is damaged or far too "
                   "large for a draft. Save the part of the draft you are assessing as a separate "
                   "document and import that.")
                .arg(fileName)
                .arg(kMaxEntrySize / (1024 * 1024))
                .arg(path),
            fileName);
    case zip::Reader::Part::Status::Unsupported:
        return failFor(
            ErrorCode::Unsupported,
            Tr::tr("The part %2 of the file “%1” is compressed in a way that cannot be read. Open the file "
                   "in your word processor and save it again, or import it as PDF.")
                .arg(fileName, path),
            fileName);
    case zip::Reader::Part::Status::Damaged: break;
    }
    return failFor(ErrorCode::Parse,
                   Tr::tr("The file “%1” is damaged: its part %2 cannot be unpacked. Open it in your word "
                          "processor and save it again, or import it as PDF.")
                       .arg(fileName, path),
                   fileName);
}

} // namespace draftformats

QStringList DraftImporter::fileFilters()
{
    return {Tr::tr("Drafts (*.pdf *.docx *.odt *.txt *.md *.html *.htm)"),
            Tr::tr("PDF documents (*.pdf)"),
            Tr::tr("Word documents (*.docx)"),
            Tr::tr("OpenDocument texts (*.odt)"),
            Tr::tr("Text files (*.txt)"),
            Tr::tr("Markdown files (*.md)"),
            Tr::tr("Web pages (*.html *.htm)"),
            Tr::tr("All files (*)")};
}

Result<ImportedDraft> DraftImporter::importFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const auto withPath = [&](Error error) {
        error.file = path;
        return std::unexpected(std::move(error));
    };
    if (info.isDir()) {
        return withPath(
            Error{ErrorCode::Io,
                  Tr::tr("“%1” is a folder, not a file. Choose the draft file inside it.").arg(name),
                  {},
                  0,
                  0,
                  {}});
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return withPath(
            Error{ErrorCode::Io,
                  Tr::tr("The file “%1” could not be read: %2. Check that it exists and that you may "
                         "read it.")
                      .arg(name, file.errorString()),
                  {},
                  0,
                  0,
                  {}});
    }
    if (file.size() > kMaxFileSize)
        return withPath(tooLarge(name, file.size()).error());
    // Read one byte more than allowed: special files report no size.
    const QByteArray data = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return withPath(
            Error{ErrorCode::Io,
                  Tr::tr("The file “%1” could not be read: %2. Check that the disk or stick is still "
                         "there and try again.")
                      .arg(name, file.errorString()),
                  {},
                  0,
                  0,
                  {}});
    }
    auto result = importData(data, name);
    if (!result)
        return withPath(std::move(result.error()));
    return result;
}

Result<ImportedDraft> DraftImporter::importData(const QByteArray &data, const QString &fileName)
{
    if (data.size() > kMaxFileSize)
        return tooLarge(fileName, data.size());

    const Result<Format> detected = detectFormat(data, fileName);
    if (!detected)
        return std::unexpected(detected.error());
    Format format = *detected;

    ImportedDraft draft;
    draft.sourceName = fileName;
    Result<QString> text;
    switch (format) {
    case Format::Pdf: text = readPdf(data, fileName, draft.pages); break;
    case Format::Docx:
    case Format::Odt: text = readZipDocument(data, fileName, format); break;
    case Format::Html: text = readHtml(data); break;
    case Format::Txt:
    case Format::Md: text = decodeText(data); break;
    }
    if (!text)
        return std::unexpected(text.error());
    draft.format = formatName(format);
    draft.text = normalizeText(*text);
    if (draft.text.isEmpty()) {
        return failFor(
            ErrorCode::InvalidInput,
            Tr::tr("The file “%1” contains no text. Check that you chose the right file, or paste the "
                   "text of the draft instead.")
                .arg(fileName),
            fileName);
    }
    return draft;
}

} // namespace iia
