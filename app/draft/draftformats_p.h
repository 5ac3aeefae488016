#pragma once

// The readers behind DraftImporter, one per format, and the text helpers they share. Private to app/draft.

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iia::zip {
class Reader;
}

namespace iia::draftformats {

/// Translations in the context "iia::DraftImporter".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::DraftImporter)
};

/// An Error about the file called fileName.
std::unexpected<Error> failFor(ErrorCode code, const QString &message, const QString &fileName);

/// Decodes plain text: by its byte order mark when it has one, as UTF-8 when it is valid UTF-8, else as
/// Windows-1252 (which includes Latin-1's printable characters).
QString decodeText(QByteArrayView data);

/// Windows-1252, with the five bytes that code page leaves undefined read as Latin-1.
QString decodeWindows1252(QByteArrayView data);

/// Line ends to LF; line and paragraph separators to LF; no-break and other fixed-width spaces to spaces;
/// byte order marks, soft hyphens, zero-width spaces and object replacement characters removed; other
/// control characters except tab removed; spaces at line ends removed; at most one blank line in a row; no
/// blank lines at the start and no whitespace at the end.
QString normalizeText(QString text);

/// The paragraphs, each trimmed, without the empty ones, separated by one blank line.
QString joinParagraphs(const QStringList &paragraphs);

/// Formats a list counter: format is "1", "a", "A", "i" or "I" (ODF's num-format values).
QString formatCounter(int value, QChar format);

/// A bullet as text: symbol-font private-use characters become "•".
QString bulletText(const QString &bullet);

/// The text of a PDF, paragraph by paragraph; pages receives the page count.
Result<QString> readPdf(const QByteArray &data, const QString &fileName, int &pages);

/// What the PDF helper process finds in a PDF (pdfreader.cpp, linked only into iia-pdftext).
struct PdfText
{
    enum class Problem
    {
        None,
        Locked,  ///< protected by a password
        Damaged, ///< not a readable PDF
        NoText   ///< only images: a scan
    };
    Problem problem = Problem::None;
    int pages = 0;
    QString text;
};
PdfText extractPdfText(const QByteArray &data);

/// The main document of a Word file (DOCX), opened as root.
Result<QString> readDocx(const zip::Reader &root, const QString &fileName);

/// The body of an OpenDocument text (ODT), opened as root.
Result<QString> readOdt(const zip::Reader &root, const QString &fileName);

/// The text of an HTML page; nothing it refers to is loaded.
QString readHtml(const QByteArray &data);

/// The uncompressed content of path inside an archive, or an empty array when there is no such file.
/// Refuses (Unsupported) entries that expand beyond a sane size, to survive "ZIP bombs".
Result<QByteArray> readArchiveEntry(const zip::Reader &root, const QString &path, const QString &fileName);

} // namespace iia::draftformats
