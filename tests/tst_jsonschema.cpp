#include "jsonreader.h"
#include "jsonschema.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iia;

class TestJsonSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keywords_data();
    void keywords();
    void loadErrors_data();
    void loadErrors();
    void selfReference_data();
    void selfReference();
    void multipleErrors();
    void maxErrors_data();
    void maxErrors();
    void fileName();
    void copies();
};

// "line:column: pointer: message", leaving out an empty pointer.
static QString describe(const Error &error)
{
    QString text = u"%1:%2: "_s.arg(error.line).arg(error.column);
    if (!error.pointer.isEmpty())
        text += error.pointer + u": "_s;
    return text + error.message;
}

// Validates instance against schema; each error as described above.
static QStringList check(const QByteArray &schemaJson, const QByteArray &instance, int maxErrors = 100)
{
    const auto schema = JsonSchema::fromJson(schemaJson);
    if (!schema)
        return {u"schema: "_s + describe(schema.error())};
    const auto doc = readJson(instance);
    if (!doc)
        return {u"instance: "_s + describe(doc.error())};
    QStringList errors;
    for (const Error &error : schema->validate(*doc, QString(), maxErrors)) {
        if (error.code != ErrorCode::Schema)
            errors.append(u"wrong code: "_s + describe(error));
        else
            errors.append(describe(error));
    }
    return errors;
}

void TestJsonSchema::keywords_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("instance");
    QTest::addColumn<QStringList>("errors");

    // type
    QTest::addRow("type string, passes") << R"({"type": "string"})"_ba << R"("x")"_ba << QStringList();
    QTest::addRow("type string, fails")
        << R"({"type": "string"})"_ba << "1"_ba << QStringList{u"1:1: Expected a string, found a number."_s};
    QTest::addRow("type list, passes") << R"({"type": ["string", "null"]})"_ba << "null"_ba << QStringList();
    QTest::addRow("type list, fails") << R"({"type": ["string", "null"]})"_ba << "true"_ba
                                      << QStringList{u"1:1: Expected a string or null, found a boolean."_s};
    QTest::addRow("type list of three") << R"({"type": ["object", "array", "null"]})"_ba << "1"_ba
                                        << QStringList{u"1:1: Expected an object, an array or null, found a "
                                                       u"number."_s};
    QTest::addRow("integer, passes with .0") << R"({"type": "integer"})"_ba << "3.0"_ba << QStringList();
    QTest::addRow("integer, fails with a fraction")
        << R"({"type": "integer"})"_ba << "2.5"_ba
        << QStringList{u"1:1: Expected an integer, found the number "
                       u"2.5."_s};
    QTest::addRow("integer, fails with a string")
        << R"({"type": "integer"})"_ba << R"("2")"_ba
        << QStringList{u"1:1: Expected an integer, found a string."_s};
    QTest::addRow("number accepts integers") << R"({"type": "number"})"_ba << "7"_ba << QStringList();
    QTest::addRow("boolean, fails") << R"({"type": "boolean"})"_ba << "0"_ba
                                    << QStringList{u"1:1: Expected a boolean, found a number."_s};
    QTest::addRow("nested type") << R"({"type": "object", "properties": {"a": {"type": "array"}}})"_ba
                                 << R"({"a": {}})"_ba
                                 << QStringList{u"1:7: /a: Expected an array, found an object."_s};
    QTest::addRow("line numbers") << R"({"properties": {"a": {"type": "string"}}})"_ba
                                  << "{\n  \"a\": 1\n}"_ba
                                  << QStringList{u"2:8: /a: Expected a string, found a number."_s};

    // objects
    QTest::addRow("required, passes") << R"({"required": ["id"]})"_ba << R"({"id": 1})"_ba << QStringList();
    QTest::addRow("required, fails") << R"({"required": ["name", "id"]})"_ba << R"(  {"id": 1})"_ba
                                     << QStringList{u"1:3: The required property “name” is missing."_s};
    QTest::addRow("required ignores non-objects") << R"({"required": ["id"]})"_ba << "[]"_ba << QStringList();
    QTest::addRow("additionalProperties false")
        << R"({"properties": {"a": {}}, "additionalProperties": false})"_ba << R"({"a": 1, "b": 2})"_ba
        << QStringList{u"1:15: /b: The property “b” is not allowed here."_s};
    QTest::addRow("additionalProperties schema")
        << R"({"additionalProperties": {"type": "string"}})"_ba << R"({"x": "ok", "y": 2})"_ba
        << QStringList{u"1:18: /y: Expected a string, found a number."_s};
    QTest::addRow("property false") << R"({"properties": {"old": false}})"_ba << R"({"old": 1})"_ba
                                    << QStringList{u"1:9: /old: The property “old” is not allowed here."_s};
    QTest::addRow("property true") << R"({"properties": {"any": true}})"_ba << R"({"any": [1]})"_ba
                                   << QStringList();
    QTest::addRow("escaped names in pointers")
        << R"({"properties": {"a/b": {"type": "string"}, "m~n": {"type": "string"}}})"_ba
        << R"({"a/b": 1, "m~n": 2})"_ba
        << QStringList{u"1:9: /a~1b: Expected a string, found a number."_s,
                       u"1:19: /m~0n: Expected a string, found a number."_s};
    QTest::addRow("patternProperties, passes")
        << R"({"patternProperties": {"^x-": {"type": "string"}}, "additionalProperties": false})"_ba
        << R"({"x-a": "s"})"_ba << QStringList();
    QTest::addRow("patternProperties, fails")
        << R"({"patternProperties": {"^x-": {"type": "string"}}, "additionalProperties": false})"_ba
        << R"({"x-a": 1})"_ba << QStringList{u"1:9: /x-a: Expected a string, found a number."_s};
    QTest::addRow("patternProperties, no match")
        << R"({"patternProperties": {"^x-": {"type": "string"}}, "additionalProperties": false})"_ba
        << R"({"y": "s"})"_ba << QStringList{u"1:7: /y: The property “y” is not allowed here."_s};
    QTest::addRow("patternProperties are unanchored")
        << R"({"patternProperties": {"b": {"type": "null"}}})"_ba
        << R"({"abc": 1})"_ba << QStringList{u"1:9: /abc: Expected null, found a number."_s};
    QTest::addRow("propertyNames, passes") << R"({"propertyNames": {"maxLength": 3}})"_ba
                                           << R"({"abc": 1, "d": 2})"_ba << QStringList();
    QTest::addRow("propertyNames, fails")
        << R"({"propertyNames": {"pattern": "^[a-z]+$"}})"_ba
        << R"({"ok": 1, "Bad": 2})"_ba
        << QStringList{u"1:18: /Bad: The property name “Bad” is not allowed: "
                       u"Does not match the pattern “^[a-z]+$”."_s};
    QTest::addRow("minProperties") << R"({"minProperties": 2})"_ba << R"({"a": 1})"_ba
                                   << QStringList{u"1:1: Must have at least 2 properties."_s};
    QTest::addRow("minProperties, passes")
        << R"({"minProperties": 2})"_ba << R"({"a": 1, "b": 2})"_ba << QStringList();
    QTest::addRow("maxProperties") << R"({"maxProperties": 1})"_ba << R"({"a": 1, "b": 2})"_ba
                                   << QStringList{u"1:1: Must have at most one property."_s};

    // arrays
    QTest::addRow("items, passes") << R"({"items": {"type": "integer"}})"_ba << "[1, 2, 3]"_ba
                                   << QStringList();
    QTest::addRow("items, fails") << R"({"items": {"type": "integer"}})"_ba << R"([1, "two", 3])"_ba
                                  << QStringList{u"1:5: /1: Expected an integer, found a string."_s};
    QTest::addRow("items false") << R"({"items": false})"_ba << "[1]"_ba
                                 << QStringList{u"1:2: /0: No value is allowed here."_s};
    QTest::addRow("minItems") << R"({"minItems": 2})"_ba << "[1]"_ba
                              << QStringList{u"1:1: Must contain at least 2 items."_s};
    QTest::addRow("minItems 1") << R"({"minItems": 1})"_ba << "[]"_ba
                                << QStringList{u"1:1: Must contain at least one item."_s};
    QTest::addRow("maxItems") << R"({"maxItems": 2})"_ba << "[1, 2, 3]"_ba
                              << QStringList{u"1:1: Must contain at most 2 items."_s};
    QTest::addRow("min and maxItems, pass")
        << R"({"minItems": 1, "maxItems": 2})"_ba << "[1, 2]"_ba << QStringList();
    QTest::addRow("uniqueItems, fails") << R"({"uniqueItems": true})"_ba
                                        << R"([1, "a", 1.0, {"k": [1]}, {"k": [1]}])"_ba
                                        << QStringList{u"1:10: /2: The items at 0 and 2 are the same."_s,
                                                       u"1:27: /4: The items at 3 and 4 are the same."_s};
    QTest::addRow("uniqueItems, passes")
        << R"({"uniqueItems": true})"_ba
        << R"([1, "1", true, null, [1], {"a": 1}, {"a": 2}])"_ba << QStringList();
    QTest::addRow("uniqueItems false") << R"({"uniqueItems": false})"_ba << "[1, 1]"_ba << QStringList();

    // enum and const
    QTest::addRow("enum, passes") << R"({"enum": ["red", "green", null, 3]})"_ba << R"("green")"_ba
                                  << QStringList();
    QTest::addRow("enum, fails with a string")
        << R"({"enum": ["red", "green", null, 3]})"_ba << R"("blue")"_ba
        << QStringList{u"1:1: “blue” is not one of the allowed values: “red”, “green”, null, 3."_s};
    QTest::addRow("enum, fails with a number")
        << R"({"enum": ["red", "green", null, 3]})"_ba << "4"_ba
        << QStringList{u"1:1: 4 is not one of the allowed values: “red”, “green”, null, 3."_s};
    QTest::addRow("enum of objects") << R"({"enum": [{"a": [1, 2]}]})"_ba << R"({"a": [1, 2]})"_ba
                                     << QStringList();
    QTest::addRow("const, passes") << R"({"const": "internet-impact-assessment"})"_ba
                                   << R"("internet-impact-assessment")"_ba << QStringList();
    QTest::addRow("const, fails") << R"({"const": "internet-impact-assessment"})"_ba << R"("other")"_ba
                                  << QStringList{
                                         u"1:1: The only allowed value is “internet-impact-assessment”."_s};
    QTest::addRow("const 1 equals 1.0") << R"({"const": 1})"_ba << "1.0"_ba << QStringList();
    QTest::addRow("const object") << R"({"const": {"a": 1}})"_ba << R"({"a": 2})"_ba
                                  << QStringList{u"1:1: The only allowed value is {\"a\":1}."_s};

    // numbers
    QTest::addRow("minimum, fails") << R"({"minimum": 1})"_ba << "0"_ba
                                    << QStringList{u"1:1: Must be at least 1."_s};
    QTest::addRow("minimum, passes when equal") << R"({"minimum": 1})"_ba << "1"_ba << QStringList();
    QTest::addRow("maximum, fails") << R"({"maximum": 10})"_ba << "10.5"_ba
                                    << QStringList{u"1:1: Must be at most 10."_s};
    QTest::addRow("exclusiveMinimum, fails when equal")
        << R"({"exclusiveMinimum": 0})"_ba << "0"_ba << QStringList{u"1:1: Must be greater than 0."_s};
    QTest::addRow("exclusiveMaximum, fails when equal")
        << R"({"exclusiveMaximum": 1.5})"_ba << "1.5"_ba << QStringList{u"1:1: Must be less than 1.5."_s};
    QTest::addRow("exclusive bounds, pass")
        << R"({"exclusiveMinimum": 0, "exclusiveMaximum": 1})"_ba << "0.5"_ba << QStringList();
    QTest::addRow("minimum ignores strings") << R"({"minimum": 5})"_ba << R"("abc")"_ba << QStringList();

    // strings
    QTest::addRow("minLength, fails") << R"({"minLength": 3})"_ba << R"("ab")"_ba
                                      << QStringList{u"1:1: Must be at least 3 characters long."_s};
    QTest::addRow("minLength 1") << R"({"minLength": 1})"_ba << R"("")"_ba
                                 << QStringList{u"1:1: Must not be empty."_s};
    QTest::addRow("lengths count code points")
        << R"({"minLength": 2, "maxLength": 2})"_ba << R"("😀é")"_ba << QStringList();
    QTest::addRow("maxLength, fails") << R"({"maxLength": 2})"_ba << R"("😀😀😀")"_ba
                                      << QStringList{u"1:1: Must be at most 2 characters long."_s};
    QTest::addRow("pattern is unanchored") << R"({"pattern": "b+"})"_ba << R"("abbbc")"_ba << QStringList();
    QTest::addRow("pattern, fails") << R"({"pattern": "^[0-9]+$"})"_ba << R"("12a")"_ba
                                    << QStringList{u"1:1: Does not match the pattern “^[0-9]+$”."_s};
    QTest::addRow("pattern ignores numbers") << R"({"pattern": "^a$"})"_ba << "1"_ba << QStringList();

    // references
    QTest::addRow("$ref, passes") << R"({"$defs": {"id": {"type": "string", "maxLength": 3}},
                                         "properties": {"id": {"$ref": "#/$defs/id"}}})"_ba
                                  << R"({"id": "abc"})"_ba << QStringList();
    QTest::addRow("$ref, fails") << R"({"$defs": {"id": {"type": "string", "maxLength": 3}},
                                        "properties": {"id": {"$ref": "#/$defs/id"}}})"_ba
                                 << R"({"id": "abcd"})"_ba
                                 << QStringList{u"1:8: /id: Must be at most 3 characters long."_s};
    QTest::addRow("$ref with siblings")
        << R"({"$defs": {"s": {"type": "string"}}, "$ref": "#/$defs/s", "minLength": 2})"_ba << R"("a")"_ba
        << QStringList{u"1:1: Must be at least 2 characters long."_s};
    QTest::addRow("$ref with siblings, wrong type")
        << R"({"$defs": {"s": {"type": "string"}}, "$ref": "#/$defs/s", "minLength": 2})"_ba << "1"_ba
        << QStringList{u"1:1: Expected a string, found a number."_s};
    QTest::addRow("$ref to an escaped name")
        << R"({"$defs": {"a/b": {"type": "null"}}, "$ref": "#/$defs/a~1b"})"_ba
        << "1"_ba << QStringList{u"1:1: Expected null, found a number."_s};
    QTest::addRow("$ref # builds a tree")
        << R"({"type": "object", "additionalProperties": false,
               "properties": {"name": {"type": "string"},
                              "children": {"type": "array", "items": {"$ref": "#"}}}})"_ba
        << R"({"name": "a", "children": [{"name": "b", "children": [{"name": 3}]}]})"_ba
        << QStringList{u"1:64: /children/0/children/0/name: Expected a string, found a number."_s};

    // combinations
    QTest::addRow("anyOf, passes") << R"({"anyOf": [{"type": "string"}, {"type": "integer"}]})"_ba << "3"_ba
                                   << QStringList();
    QTest::addRow("anyOf, every form wants another type")
        << R"({"anyOf": [{"type": "string"}, {"type": "integer"}]})"_ba << "true"_ba
        << QStringList{u"1:1: Expected a string or an integer, found a boolean."_s};
    QTest::addRow("anyOf, closest form")
        << R"({"anyOf": [{"type": "string"}, {"type": "object", "required": ["id"]}]})"_ba
        << R"({"name": 1})"_ba
        << QStringList{
               u"1:1: The value matches none of the allowed forms. The closest one reports: The required "
               u"property “id” is missing."_s};
    QTest::addRow("anyOf, closest form deeper")
        << R"({"anyOf": [{"type": "null"}, {"type": "object", "properties": {"id": {"type": "string"}}}]})"_ba
        << R"({"id": 1})"_ba
        << QStringList{u"1:1: The value matches none of the allowed forms. The closest one reports at “/id”: "
                       u"Expected a string, found a number."_s};
    QTest::addRow("anyOf, deepest problem of the closest form")
        << R"({"anyOf": [{"type": "string"},
                         {"type": "object", "required": ["kind"],
                          "properties": {"data": {"properties": {"n": {"type": "integer"}}}}}]})"_ba
        << R"({"data": {"n": "x"}})"_ba
        << QStringList{
               u"1:1: The value matches none of the allowed forms. The closest one reports at “/data/n”: "
               u"Expected an integer, found a string."_s};
    QTest::addRow("oneOf, passes") << R"({"oneOf": [{"type": "string"}, {"type": "number"}]})"_ba << "1"_ba
                                   << QStringList();
    QTest::addRow("oneOf, more than one")
        << R"({"oneOf": [{"type": "number"}, {"minimum": 0}]})"_ba << "5"_ba
        << QStringList{u"1:1: The value matches more than one of the allowed "
                       u"forms (forms 1 and 2)."_s};
    QTest::addRow("oneOf, none") << R"({"oneOf": [{"type": "number"}, {"type": "boolean"}]})"_ba
                                 << R"("x")"_ba
                                 << QStringList{u"1:1: Expected a number or a boolean, found a string."_s};
    QTest::addRow("allOf, passes") << R"({"allOf": [{"minimum": 0}, {"maximum": 10}]})"_ba << "5"_ba
                                   << QStringList();
    QTest::addRow("allOf, fails") << R"({"allOf": [{"minimum": 0}, {"maximum": 10}]})"_ba << "11"_ba
                                  << QStringList{u"1:1: Must be at most 10."_s};
    QTest::addRow("allOf, all its errors") << R"({"allOf": [{"maxLength": 1}, {"pattern": "^b"}]})"_ba
                                           << R"("ab")"_ba
                                           << QStringList{u"1:1: Must be at most one character long."_s,
                                                          u"1:1: Does not match the pattern “^b”."_s};
    QTest::addRow("not, fails") << R"({"not": {"type": "null"}})"_ba << "null"_ba
                                << QStringList{u"1:1: The value matches a form that is not allowed here."_s};
    QTest::addRow("not, passes") << R"({"not": {"type": "null"}})"_ba << "1"_ba << QStringList();
    const QByteArray ifThenElse = R"({"if": {"properties": {"kind": {"const": "a"}}, "required": ["kind"]},
                                      "then": {"required": ["x"]}, "else": {"required": ["y"]}})"_ba;
    QTest::addRow("if, then fails") << ifThenElse << R"({"kind": "a"})"_ba
                                    << QStringList{u"1:1: The required property “x” is missing."_s};
    QTest::addRow("if, else fails") << ifThenElse << R"({"kind": "b"})"_ba
                                    << QStringList{u"1:1: The required property “y” is missing."_s};
    QTest::addRow("if, then passes") << ifThenElse << R"({"kind": "a", "x": 1})"_ba << QStringList();
    QTest::addRow("if without then") << R"({"if": {"type": "string"}})"_ba << "1"_ba << QStringList();

    // boolean schemas and annotations
    QTest::addRow("false") << "false"_ba << "1"_ba << QStringList{u"1:1: No value is allowed here."_s};
    QTest::addRow("true") << "true"_ba << R"({"a": [1]})"_ba << QStringList();
    QTest::addRow("empty schema") << "{}"_ba << R"({"a": [1]})"_ba << QStringList();
    QTest::addRow("annotations are ignored")
        << R"({"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "x", "$comment": "c",
               "title": "t", "description": "d", "default": 1, "examples": [1], "format": "date",
               "deprecated": true, "readOnly": true, "writeOnly": false, "type": "string"})"_ba
        << R"("not a date")"_ba << QStringList();
}

void TestJsonSchema::keywords()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, instance);
    QFETCH(QStringList, errors);

    QCOMPARE(check(schema, instance), errors);
}

void TestJsonSchema::loadErrors_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message"); // empty: not checked

    QTest::addRow("unknown keyword") << R"({"type":"string","minimumLength":3})"_ba << ErrorCode::Unsupported
                                     << u"/minimumLength"_s << 1 << 34
                                     << u"The schema keyword “minimumLength” is not supported."_s;
    QTest::addRow("unknown keyword, nested")
        << "{\"properties\": {\n  \"a\": {\"typo\": 1}}}"_ba << ErrorCode::Unsupported
        << u"/properties/a/typo"_s << 2 << 17 << u"The schema keyword “typo” is not supported."_s;
    QTest::addRow("unknown keyword in an unused definition")
        << R"({"$defs":{"x":{"foo":1}}})"_ba << ErrorCode::Unsupported << u"/$defs/x/foo"_s << 1 << 22
        << QString();
    QTest::addRow("the first problem in the text")
        << R"({"zzz":1,"aaa":2})"_ba << ErrorCode::Unsupported << u"/zzz"_s << 1 << 8 << QString();
    QTest::addRow("missing $defs entry")
        << R"({"properties":{"a":{"$ref":"#/$defs/missing"}}})"_ba << ErrorCode::Semantic
        << u"/properties/a/$ref"_s << 1 << 28
        << u"The reference “#/$defs/missing” points to no entry of “$defs”."_s;
    QTest::addRow("reference to another file")
        << R"({"$ref":"other.json#/a"})"_ba << ErrorCode::Unsupported << u"/$ref"_s << 1 << 9
        << u"The reference “other.json#/a” is not supported: only “#” and "
           u"“#/$defs/NAME” are."_s;
    QTest::addRow("reference outside $defs") << R"({"properties":{"a":{}},"$ref":"#/properties/a"})"_ba
                                             << ErrorCode::Unsupported << u"/$ref"_s << 1 << 31 << QString();
    QTest::addRow("$ref not a string")
        << R"({"$ref":1})"_ba << ErrorCode::Schema << u"/$ref"_s << 1 << 9 << u"“$ref” must be a string."_s;
    QTest::addRow("minLength not a number")
        << R"({"minLength":"3"})"_ba << ErrorCode::Schema << u"/minLength"_s << 1 << 14
        << u"“minLength” must be a non-negative integer."_s;
    QTest::addRow("negative maxItems") << R"({"maxItems":-1})"_ba << ErrorCode::Schema << u"/maxItems"_s << 1
                                       << 13 << u"“maxItems” must be a non-negative integer."_s;
    QTest::addRow("fractional minProperties")
        << R"({"minProperties":1.5})"_ba << ErrorCode::Schema << u"/minProperties"_s << 1 << 18 << QString();
    QTest::addRow("minimum not a number") << R"({"minimum":"0"})"_ba << ErrorCode::Schema << u"/minimum"_s
                                          << 1 << 12 << u"“minimum” must be a number."_s;
    QTest::addRow("invalid pattern") << R"({"pattern":"[a-"})"_ba << ErrorCode::Schema << u"/pattern"_s << 1
                                     << 12 << QString();
    QTest::addRow("invalid patternProperties") << R"({"patternProperties":{"(":{}}})"_ba << ErrorCode::Schema
                                               << u"/patternProperties/("_s << 1 << 27 << QString();
    QTest::addRow("unknown type")
        << R"({"type":"text"})"_ba << ErrorCode::Schema << u"/type"_s << 1 << 9
        << u"“text” is not a type; the types are object, array, string, number, integer, "
           u"boolean and null."_s;
    QTest::addRow("unknown type in a list")
        << R"({"type":["string","txt"]})"_ba << ErrorCode::Schema << u"/type/1"_s << 1 << 19 << QString();
    QTest::addRow("empty type list") << R"({"type":[]})"_ba << ErrorCode::Schema << u"/type"_s << 1 << 9
                                     << u"“type” must be a type name or an array of type names."_s;
    QTest::addRow("items not a schema") << R"({"items":3})"_ba << ErrorCode::Schema << u"/items"_s << 1 << 10
                                        << u"A schema must be an object, true or false."_s;
    QTest::addRow("items as an array")
        << R"({"items":[{"type":"string"}]})"_ba << ErrorCode::Schema << u"/items"_s << 1 << 10
        << u"A schema must be an object, true or false."_s;
    QTest::addRow("empty anyOf") << R"({"anyOf":[]})"_ba << ErrorCode::Schema << u"/anyOf"_s << 1 << 10
                                 << u"“anyOf” must be a non-empty array of schemas."_s;
    QTest::addRow("oneOf member not a schema")
        << R"({"oneOf":[{}, 2]})"_ba << ErrorCode::Schema << u"/oneOf/1"_s << 1 << 15 << QString();
    QTest::addRow("required not names") << R"({"required":["a",1]})"_ba << ErrorCode::Schema << u"/required"_s
                                        << 1 << 13 << u"“required” must be an array of property names."_s;
    QTest::addRow("uniqueItems not a boolean")
        << R"({"uniqueItems":1})"_ba << ErrorCode::Schema << u"/uniqueItems"_s << 1 << 16 << QString();
    QTest::addRow("enum not an array")
        << R"({"enum":"a"})"_ba << ErrorCode::Schema << u"/enum"_s << 1 << 9 << QString();
    QTest::addRow("properties not an object")
        << R"({"properties":[]})"_ba << ErrorCode::Schema << u"/properties"_s << 1 << 15
        << u"“properties” must be an object."_s;
    QTest::addRow("root not a schema") << "[]"_ba << ErrorCode::Schema << QString() << 1 << 1
                                       << u"A schema must be an object, true or false."_s;
    QTest::addRow("not JSON") << R"({"type":})"_ba << ErrorCode::Parse << u"/type"_s << 1 << 9
                              << u"Expected a value but found “}”."_s;
}

void TestJsonSchema::loadErrors()
{
    QFETCH(QByteArray, schema);
    QFETCH(ErrorCode, code);
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const auto compiled = JsonSchema::fromJson(schema, u"schema.json"_s);
    QVERIFY(!compiled);
    const Error &error = compiled.error();
    QCOMPARE(error.code, code);
    QCOMPARE(error.file, u"schema.json"_s);
    QCOMPARE(error.pointer, pointer);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    if (!message.isEmpty())
        QCOMPARE(error.message, message);
    QVERIFY(!error.message.isEmpty());
}

void TestJsonSchema::selfReference_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("instance");
    QTest::addColumn<QStringList>("errors");

    // A reference cycle that does not move on to another value adds nothing, so it passes.
    QTest::addRow("# → #") << R"({"$ref": "#"})"_ba << R"({"a": [1, 2]})"_ba << QStringList();
    QTest::addRow("a → b → a") << R"({"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}},
                                       "$ref": "#/$defs/a"})"_ba
                               << R"("x")"_ba << QStringList();
    QTest::addRow("# inside anyOf") << R"({"anyOf": [{"$ref": "#"}, {"$ref": "#"}], "type": "array"})"_ba
                                    << "[1]"_ba << QStringList();
    QTest::addRow("# inside allOf, with a type")
        << R"({"allOf": [{"$ref": "#"}], "type": "string"})"_ba << "1"_ba
        << QStringList{u"1:1: Expected a string, found a number."_s};
    QTest::addRow("# that moves on") << R"({"properties": {"next": {"$ref": "#"}}, "required": ["v"]})"_ba
                                     << R"({"v":1,"next":{"v":2,"next":{}}})"_ba
                                     << QStringList{
                                            u"1:29: /next/next: The required property “v” is missing."_s};
}

void TestJsonSchema::selfReference()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, instance);
    QFETCH(QStringList, errors);

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(check(schema, instance), errors);
    QVERIFY2(timer.elapsed() < 5000, "a reference cycle must not loop");
}

static const QByteArray kRecordSchema = R"({
    "type": "object",
    "required": ["id", "title"],
    "additionalProperties": false,
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z]+$"},
        "title": {"type": "string"},
        "count": {"type": "integer", "minimum": 0},
        "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true}
    }
})"_ba;

static const QByteArray kBadRecord = "{\n"
                                     "  \"tags\": [\"x\", 2, \"x\"],\n"
                                     "  \"id\": \"ABC\",\n"
                                     "  \"count\": -1.5,\n"
                                     "  \"extra\": true\n"
                                     "}\n"_ba;

void TestJsonSchema::multipleErrors()
{
    // All of them, in the order of the text.
    QCOMPARE(check(kRecordSchema, kBadRecord),
             (QStringList{
                 u"1:1: The required property “title” is missing."_s,
                 u"2:17: /tags/1: Expected a string, found a number."_s,
                 u"2:20: /tags/2: The items at 0 and 2 are the same."_s,
                 u"3:9: /id: Does not match the pattern “^[a-z]+$”."_s,
                 u"4:12: /count: Expected an integer, found the number -1.5."_s,
                 u"5:12: /extra: The property “extra” is not allowed here."_s,
             }));
    QCOMPARE(check(kRecordSchema, R"({"id": "abc", "title": "T", "count": 0, "tags": ["a", "b"]})"_ba),
             QStringList());
}

void TestJsonSchema::maxErrors_data()
{
    QTest::addColumn<int>("maxErrors");
    QTest::addColumn<int>("count");

    QTest::addRow("0 means 1") << 0 << 1;
    QTest::addRow("1") << 1 << 1;
    QTest::addRow("2") << 2 << 2;
    QTest::addRow("5") << 5 << 5;
    QTest::addRow("more than there are") << 100 << 6;
}

void TestJsonSchema::maxErrors()
{
    QFETCH(int, maxErrors);
    QFETCH(int, count);

    const QStringList errors = check(kRecordSchema, kBadRecord, maxErrors);
    QCOMPARE(errors.size(), count);
    // The missing property is found first, whatever the limit.
    QCOMPARE(errors.first(), u"1:1: The required property “title” is missing."_s);
}

void TestJsonSchema::fileName()
{
    const auto schema = JsonSchema::fromJson(kRecordSchema, u"record.schema.json"_s);
    IIA_VERIFY_RESULT(schema);
    const auto doc = readJson(kBadRecord, u"record.json"_s);
    IIA_VERIFY_RESULT(doc);
    const QList<Error> errors = schema->validate(*doc, u"record.json"_s);
    QCOMPARE(errors.size(), 6);
    QCOMPARE(errors.at(1).file, u"record.json"_s);
    QCOMPARE(errors.at(1).pointer, u"/tags/1"_s);
    QCOMPARE(errors.at(1).line, 2);
    QCOMPARE(errors.at(1).column, 17);
    QCOMPARE(errors.at(1).toString(), u"record.json:2:17: /tags/1: Expected a string, found a number."_s);
    // The root pointer is empty, so toString() leaves it out.
    QCOMPARE(errors.at(0).pointer, QString());
    QCOMPARE(errors.at(0).toString(), u"record.json:1:1: The required property “title” is missing."_s);
}

void TestJsonSchema::copies()
{
    std::optional<JsonSchema> copy;
    {
        const auto schema = JsonSchema::fromJson(R"({"type": "string"})"_ba);
        IIA_VERIFY_RESULT(schema);
        copy = *schema;
    }
    const auto doc = readJson("1"_ba);
    IIA_VERIFY_RESULT(doc);
    QCOMPARE(copy->validate(*doc).size(), 1);
    const JsonSchema moved = std::move(*copy);
    QCOMPARE(moved.validate(*doc).size(), 1);
}

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
