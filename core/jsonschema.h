#pragma once

#include "error.h"
#include "jsonreader.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace iia {

/// A compiled JSON Schema (a subset of draft 2020-12) that checks JsonDocuments.
///
/// Supported keywords: type, properties, required, additionalProperties, patternProperties, propertyNames,
/// items (a single schema), minItems, maxItems, uniqueItems, enum, const, minimum, maximum, exclusiveMinimum,
/// exclusiveMaximum, minLength, maxLength (in code points), pattern (unanchored), minProperties,
/// maxProperties, $ref ("#" or "#/$defs/NAME" only), $defs, anyOf, oneOf, allOf, not, if/then/else, and the
/// schemas true and false. The annotations $schema, $id, $comment, title, description, default, examples,
/// format, deprecated, readOnly and writeOnly are accepted and ignored. Any other keyword makes fromJson()
/// fail, so that nothing in a schema is silently ignored.
///
/// A JsonSchema is cheap to copy: copies share the compiled tree, which fromJson() builds once and nothing
/// modifies afterwards.
class JsonSchema
{
public:
    /// Reads and compiles a schema. Fails with ErrorCode::Parse when the text is not JSON, ErrorCode::Schema
    /// when a keyword has a value of the wrong kind (or an invalid regular expression),
    /// ErrorCode::Unsupported for a keyword or a $ref form this class does not support, and
    /// ErrorCode::Semantic for a $ref to a missing $defs entry. The Error's pointer and position are those of
    /// the offending keyword's value in the schema text, and its file is fileName.
    static Result<JsonSchema> fromJson(const QByteArray &schemaUtf8, const QString &fileName = {});

    /// Every violation in doc, at most maxErrors (at least 1), sorted by position; empty when doc is valid.
    ///
    /// Each is an ErrorCode::Schema Error whose file is fileName and whose pointer, line and column are
    /// those of the offending value. A missing required property is reported at the object that lacks it,
    /// and the message names the property; a property that is not allowed is reported at its value.
    QList<Error> validate(const JsonDocument &doc, const QString &fileName = {}, int maxErrors = 100) const;

private:
    struct Private;
    explicit JsonSchema(std::shared_ptr<const Private> d);

    std::shared_ptr<const Private> m_d;
};

} // namespace iia
