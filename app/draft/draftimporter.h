#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace iia {

/// The plain text of a draft read from a file, and where it came from.
struct ImportedDraft
{
    QString text;       ///< paragraphs separated by one blank line, LF line ends, no trailing newline
    QString sourceName; ///< the file name, without its folder
    QString format;     ///< what the content really is: "pdf", "docx", "odt", "txt", "md" or "html"
    int pages = 0;      ///< pages of a PDF; 0 for the other formats
};

/// Turns a draft law in PDF, Word (DOCX), OpenDocument (ODT), plain text, Markdown or HTML into plain text.
///
/// The format is recognised by the content first (a PDF or ZIP signature, HTML markup) and by the file name's
/// extension second, so a file whose extension lies is still read. Nothing is ever fetched: HTML images,
/// style sheets and scripts are dropped unread, and no reader opens a network connection. Files larger than
/// 50 MB are refused. HTML needs a QGuiApplication (it goes through QTextDocument).
///
/// Errors: Io (the file cannot be read; the message gives the system's reason), Parse (a damaged PDF, DOCX or
/// ODT), Unsupported (a scanned PDF without text, a password-protected PDF, a format we do not read, a file
/// that is too large) and InvalidInput (a file without any text). Every message names the file and says
/// what to do.
class DraftImporter
{
public:
    /// Largest file, in bytes, that is imported.
    static constexpr qint64 kMaxFileSize = 50 * 1024 * 1024;

    /// Name filters for QFileDialog: all drafts first, then one per format, then all files.
    static QStringList fileFilters();

    /// Reads the file at path. The result's sourceName is the file name without its folder.
    static Result<ImportedDraft> importFile(const QString &path);

    /// Reads data as if it were the content of a file called fileName (used for its extension and messages).
    static Result<ImportedDraft> importData(const QByteArray &data, const QString &fileName);
};

} // namespace iia
