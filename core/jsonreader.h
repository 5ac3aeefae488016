#pragma once

#include "error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

namespace iia {

/// Where a value starts in the text.
///
/// `line` and `column` are 1-based (0 when unknown); the column counts Unicode code points, so a tab or an
/// “é” is one column. `offset` is the 0-based byte offset into the input as given, a skipped BOM included.
struct TextPosition
{
    int line = 0;
    int column = 0;
    qsizetype offset = 0;

    friend bool operator==(const TextPosition &, const TextPosition &) = default;
};

/// The deepest nesting readJson() accepts whatever the options say, so that a hostile file cannot exhaust the
/// stack (the reader recurses once per level).
inline constexpr int kMaxJsonDepth = 1000;

/// Limits for readJson().
struct JsonReadOptions
{
    /// Objects and arrays nested deeper than this fail to read (the root container is level 1).
    /// Clamped to 1…kMaxJsonDepth.
    int maxDepth = 64;
};

/// A parsed document plus the position of every value, keyed by RFC 6901 JSON pointer ("" is the root).
///
/// The position of an object member is that of its value, not of its key.
struct JsonDocument
{
    QJsonValue root;
    QHash<QString, TextPosition> positions;

    /// Position of the value at pointer, or of its nearest ancestor that has one (the root at worst; a
    /// default TextPosition for an empty document).
    TextPosition positionOf(const QString &pointer) const;
};

/// Parses UTF-8 JSON (RFC 8259) strictly, recording where each value starts.
///
/// Fails with ErrorCode::Parse, `file` set to fileName, `line`/`column` set, and `pointer` set to the value
/// being read, on: invalid UTF-8 (overlong forms, surrogates, truncated sequences, stray bytes), syntax
/// errors (the message says what was expected and what was found), a key that appears twice in one object
/// (pointer and position are those of the second occurrence of the key), nesting deeper than
/// options.maxDepth, an unpaired surrogate \u escape, a number too large for a double, content after the
/// value, and an input with no value at all. A leading UTF-8 BOM is skipped. Numbers become doubles (numbers
/// too small for a double become 0). Takes time linear in the size of the input.
Result<JsonDocument> readJson(const QByteArray &utf8, const QString &fileName = {},
                              const JsonReadOptions &options = {});

/// Escapes one reference token for an RFC 6901 pointer: "a/b~c" → "a~1b~0c".
QString jsonPointerEscape(const QString &key);

/// The pointer of member key in the object at parent: ("/a", "b/c") → "/a/b~1c".
QString jsonPointerChild(const QString &parent, const QString &key);

/// The pointer of element index in the array at parent: ("/a", 2) → "/a/2".
QString jsonPointerChild(const QString &parent, qsizetype index);

/// An Error of the given code and message whose location comes from doc: `file` is fileName, `pointer` is
/// pointer, and `line`/`column` are those of the value at pointer (or of its nearest ancestor in doc).
Error jsonError(ErrorCode code, const QString &message, const JsonDocument &doc, const QString &pointer,
                const QString &fileName);

} // namespace iia
