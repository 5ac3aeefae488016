#pragma once

#include <QString>

#include <expected>

namespace iia {

/// What kind of failure an Error reports; callers branch on this, users read the message.
enum class ErrorCode
{
    Io,           ///< a file or folder could not be read or written
    Parse,        ///< text that is not well-formed (JSON syntax, invalid UTF-8, too deep)
    Schema,       ///< well-formed data that breaks the schema (wrong type, missing field, unknown key)
    Semantic,     ///< valid shape, inconsistent meaning (duplicate id, dangling reference)
    Unsupported,  ///< a format or schema version newer than this program understands
    NotFound,     ///< no such assessment, framework, revision or question
    Conflict,     ///< the operation collides with existing data (an id already in the library)
    Database,     ///< SQLite failed (the message names the statement)
    NotOurs,      ///< a file that is not an Internet Impact Assessment library
    ReadOnly,     ///< the library is open read-only
    InvalidInput, ///< an argument that makes no sense (empty title, unknown value)
};

/// A failure with a translated, user-readable message and the place it happened.
///
/// `message` is a whole sentence for the user. The location fields are filled where they apply:
/// `file` (a path), `line`/`column` (1-based, 0 when unknown) and `pointer` (an RFC 6901 JSON pointer).
struct Error
{
    ErrorCode code = ErrorCode::Io;
    QString message;
    QString file;
    int line = 0;
    int column = 0;
    QString pointer;

    /// "file:line:column: pointer: message", leaving out the parts that are empty.
    QString toString() const;
};

template<typename T>
using Result = std::expected<T, Error>;

/// Shorthand for returning a failure: `return fail(ErrorCode::Io, tr("…"));`
inline std::unexpected<Error> fail(ErrorCode code, const QString &message)
{
    return std::unexpected(Error{code, message, {}, 0, 0, {}});
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected(std::move(error));
}

} // namespace iia
