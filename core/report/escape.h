#pragma once

#include <QString>
#include <QStringView>

namespace iia::report {

/// Escaping of user text for each output format. Every function here takes any string, including
/// hostile or malformed UTF-16 (lone surrogates), and never fails.

/// Characters that cannot appear in XML 1.0 (controls other than tab and line feed, lone surrogates,
/// U+FFFE, U+FFFF), DEL (U+007F) and the C1 controls (U+0080–U+009F, NEL included) are dropped, and a
/// carriage return (or CR LF) becomes a line feed.
QString cleanText(QStringView text);

/// Text content or attribute value for HTML and XML: & < > " ' escaped, after cleanText.
QString escapeXml(QStringView text);

/// Inline Markdown: every character that CommonMark could read as syntax is backslash-escaped, < and &
/// become entities (so no raw HTML survives), line breaks become spaces when inTable (a pipe table cell) and
/// "<br>"-free hard breaks otherwise.
QString escapeMarkdown(QStringView text, bool inTable = false);

/// One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; a field that a spreadsheet could
/// read as a formula (first character = + - @, tab or CR, also after leading spaces) is prefixed with an
/// apostrophe.
QString csvField(QStringView text);

/// A file name (without extension) made from a title: path separators, controls, bidirectional overrides
/// and isolates, characters Windows forbids (<>:"/\|?*) and leading/trailing dots and spaces removed;
/// reserved Windows device names (CON, NUL, COM1…) prefixed with "_"; at most maxLength characters
/// (whole code points); fallback when nothing is left.
QString safeFileName(QStringView title, const QString &fallback, int maxLength = 80);

} // namespace iia::report
