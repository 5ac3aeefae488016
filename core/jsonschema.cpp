#include "jsonschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace iia {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::JsonSchema)
};

enum TypeFlag : unsigned
{
    kObject = 1u << 0,
    kArray = 1u << 1,
    kString = 1u << 2,
    kNumber = 1u << 3,
    kInteger = 1u << 4,
    kBoolean = 1u << 5,
    kNull = 1u << 6,
};

struct TypeName
{
    QLatin1StringView name;
    unsigned flag;
};

constexpr TypeName kTypeNames[] = {
    {"object"_L1, kObject},   {"array"_L1, kArray},     {"string"_L1, kString}, {"number"_L1, kNumber},
    {"integer"_L1, kInteger}, {"boolean"_L1, kBoolean}, {"null"_L1, kNull},
};

constexpr QLatin1StringView kAnnotations[] = {
    "$schema"_L1,  "$id"_L1,    "$comment"_L1,   "title"_L1,    "description"_L1, "default"_L1,
    "examples"_L1, "format"_L1, "deprecated"_L1, "readOnly"_L1, "writeOnly"_L1,
};

struct Pattern
{
    QString source;
    QRegularExpression regex;
};

// One compiled schema. Subschemas are indexes into JsonSchema::Private::nodes, -1 when absent.
struct Node
{
    enum class Kind
    {
        Schema,
        AlwaysTrue,
        AlwaysFalse
    };

    Kind kind = Kind::Schema;
    unsigned types = 0; // TypeFlags; 0 accepts every type
    int ref = -1;

    std::optional<QJsonValue> constValue;
    std::optional<QJsonArray> enumValues;

    QStringList required;
    QHash<QString, int> properties;
    QList<std::pair<Pattern, int>> patternProperties;
    int additionalProperties = -1;
    int propertyNames = -1;
    std::optional<qint64> minProperties;
    std::optional<qint64> maxProperties;

    int items = -1;
    std::optional<qint64> minItems;
    std::optional<qint64> maxItems;
    bool uniqueItems = false;

    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    std::optional<Pattern> pattern;

    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<double> exclusiveMinimum;
    std::optional<double> exclusiveMaximum;

    QList<int> allOf;
    QList<int> anyOf;
    QList<int> oneOf;
    int notSchema = -1;
    int ifSchema = -1;
    int thenSchema = -1;
    int elseSchema = -1;
};

bool isWholeNumber(double value)
{
    return std::isfinite(value) && std::trunc(value) == value;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString elided(const QString &text, qsizetype maximum = 60)
{
    return text.size() <= maximum ? text : text.left(maximum - 1) + u'…';
}

// A value as the user should see it in a message: strings in quotes, other values as compact JSON.
QString displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return u"“"_s + elided(value.toString()) + u"”"_s;
    case QJsonValue::Double: return formatNumber(value.toDouble());
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Array:
        return elided(QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
    case QJsonValue::Object:
        return elided(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    case QJsonValue::Undefined: break;
    }
    return Tr::tr("nothing");
}

QString typeNoun(unsigned flag)
{
    switch (flag) {
    case kObject: return Tr::tr("an object");
    case kArray: return Tr::tr("an array");
    case kString: return Tr::tr("a string");
    case kNumber: return Tr::tr("a number");
    case kInteger: return Tr::tr("an integer");
    case kBoolean: return Tr::tr("a boolean");
    case kNull: return Tr::tr("null");
    }
    return {};
}

// "a string", "a string or null", "an object, an array or null".
QString typeList(unsigned types)
{
    if (types & kNumber)
        types &= ~kInteger;
    QStringList nouns;
    for (const TypeName &type : kTypeNames) {
        if (types & type.flag)
            nouns.append(typeNoun(type.flag));
    }
    if (nouns.isEmpty())
        return {};
    QString result = nouns.takeLast();
    if (!nouns.isEmpty()) {
        QString head = nouns.takeFirst();
        for (const QString &noun : std::as_const(nouns))
            head = Tr::tr("%1, %2").arg(head, noun);
        result = Tr::tr("%1 or %2").arg(head, result);
    }
    return result;
}

QString foundNoun(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: return typeNoun(kObject);
    case QJsonValue::Array: return typeNoun(kArray);
    case QJsonValue::String: return typeNoun(kString);
    case QJsonValue::Double: return typeNoun(kNumber);
    case QJsonValue::Bool: return typeNoun(kBoolean);
    case QJsonValue::Null: return typeNoun(kNull);
    case QJsonValue::Undefined: break;
    }
    return Tr::tr("nothing");
}

bool hasType(const QJsonValue &value, unsigned types)
{
    switch (value.type()) {
    case QJsonValue::Object: return types & kObject;
    case QJsonValue::Array: return types & kArray;
    case QJsonValue::String: return types & kString;
    case QJsonValue::Double:
        return (types & kNumber) || ((types & kInteger) && isWholeNumber(value.toDouble()));
    case QJsonValue::Bool: return types & kBoolean;
    case QJsonValue::Null: return types & kNull;
    case QJsonValue::Undefined: break;
    }
    return false;
}

QString typeMismatchMessage(unsigned expected, const QJsonValue &value)
{
    if ((expected & kInteger) && value.isDouble()) {
        return Tr::tr("Expected %1, found the number %2.")
            .arg(typeList(expected), formatNumber(value.toDouble()));
    }
    return Tr::tr("Expected %1, found %2.").arg(typeList(expected), foundNoun(value));
}

qsizetype codePointCount(const QString &text)
{
    qsizetype count = text.size();
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            --count;
    }
    return count;
}

} // namespace

struct JsonSchema::Private
{
    std::vector<Node> nodes; // nodes[0] is the root schema
};

namespace {

// Turns the schema document into Nodes, checking every keyword.
class Compiler
{
public:
    Compiler(const JsonDocument &doc, const QString &fileName, std::vector<Node> &nodes)
        : m_doc(doc)
        , m_fileName(fileName)
        , m_nodes(nodes)
    {}

    bool run();
    std::optional<Error> error;

private:
    int compile(const QJsonValue &schema, const QString &pointer);
    bool compileKeyword(Node &node, int index, const QString &keyword, const QJsonValue &value,
                        const QString &pointer);
    bool compileTypes(Node &node, const QJsonValue &value, const QString &pointer);
    std::optional<Pattern> compilePattern(const QString &source, const QString &pointer);
    bool resolveReferences();
    bool fail(ErrorCode code, const QString &pointer, const QString &message);

    struct Reference
    {
        int node;
        QString target;
        QString pointer;
    };

    const JsonDocument &m_doc;
    QString m_fileName;
    std::vector<Node> &m_nodes;
    QHash<QString, int> m_byPointer;
    QList<Reference> m_references;
};

bool Compiler::run()
{
    return compile(m_doc.root, QString()) >= 0 && resolveReferences();
}

bool Compiler::fail(ErrorCode code, const QString &pointer, const QString &message)
{
    error = jsonError(code, message, m_doc, pointer, m_fileName);
    return false;
}

int Compiler::compile(const QJsonValue &schema, const QString &pointer)
{
    const int index = static_cast<int>(m_nodes.size());
    m_nodes.emplace_back();
    m_byPointer.insert(pointer, index);
    if (schema.isBool()) {
        m_nodes[size_t(index)].kind = schema.toBool() ? Node::Kind::AlwaysTrue : Node::Kind::AlwaysFalse;
        return index;
    }
    if (!schema.isObject()) {
        fail(ErrorCode::Schema, pointer, Tr::tr("A schema must be an object, true or false."));
        return -1;
    }
    const QJsonObject object = schema.toObject();
    // In the order of the text, so that the first problem reported is the first one in the file.
    QStringList keys = object.keys();
    std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        return m_doc.positionOf(jsonPointerChild(pointer, a)).offset <
               m_doc.positionOf(jsonPointerChild(pointer, b)).offset;
    });
    // Built apart and moved in at the end: compiling subschemas grows m_nodes.
    Node node;
    for (const QString &key : std::as_const(keys)) {
        if (!compileKeyword(node, index, key, object.value(key), jsonPointerChild(pointer, key)))
            return -1;
    }
    m_nodes[size_t(index)] = std::move(node);
    return index;
}

bool Compiler::compileKeyword(Node &node, int index, const QString &keyword, const QJsonValue &value,
                              const QString &pointer)
{
    const auto subschema = [&](int &target) {
        target = compile(value, pointer);
        return target >= 0;
    };
    const auto subschemaList = [&](QList<int> &target) {
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.isEmpty())
            return fail(ErrorCode::Schema, pointer,
                        Tr::tr("“%1” must be a non-empty array of schemas.").arg(keyword));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const int sub = compile(array.at(i), jsonPointerChild(pointer, i));
            if (sub < 0)
                return false;
            target.append(sub);
        }
        return true;
    };
    const auto count = [&](std::optional<qint64> &target) {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || !isWholeNumber(number) || number > 9007199254740992.0)
            return fail(ErrorCode::Schema, pointer,
                        Tr::tr("“%1” must be a non-negative integer.").arg(keyword));
        target = static_cast<qint64>(number);
        return true;
    };
    const auto number = [&](std::optional<double> &target) {
        if (!value.isDouble())
            return fail(ErrorCode::Schema, pointer, Tr::tr("“%1” must be a number.").arg(keyword));
        target = value.toDouble();
        return true;
    };
    const auto object = [&]() -> std::optional<QJsonObject> {
        if (!value.isObject()) {
            fail(ErrorCode::Schema, pointer, Tr::tr("“%1” must be an object.").arg(keyword));
            return std::nullopt;
        }
        return value.toObject();
    };

    if (keyword == u"type")
        return compileTypes(node, value, pointer);
    if (keyword == u"$ref") {
        if (!value.isString())
            return fail(ErrorCode::Schema, pointer, Tr::tr("“$ref” must be a string."));
        m_references.append({index, value.toString(), pointer});
        return true;
    }
    if (keyword == u"$defs") {
        const auto defs = object();
        if (!defs)
            return false;
        for (auto it = defs->constBegin(); it != defs->constEnd(); ++it) {
            if (compile(it.value(), jsonPointerChild(pointer, it.key())) < 0)
                return false;
        }
        return true;
    }
    if (keyword == u"properties") {
        const auto properties = object();
        if (!properties)
            return false;
        for (auto it = properties->constBegin(); it != properties->constEnd(); ++it) {
            const int sub = compile(it.value(), jsonPointerChild(pointer, it.key()));
            if (sub < 0)
                return false;
            node.properties.insert(it.key(), sub);
        }
        return true;
    }
    if (keyword == u"patternProperties") {
        const auto properties = object();
        if (!properties)
            return false;
        for (auto it = properties->constBegin(); it != properties->constEnd(); ++it) {
            const QString subPointer = jsonPointerChild(pointer, it.key());
            std::optional<Pattern> pattern = compilePattern(it.key(), subPointer);
            if (!pattern)
                return false;
            const int sub = compile(it.value(), subPointer);
            if (sub < 0)
                return false;
            node.patternProperties.append({std::move(*pattern), sub});
        }
        return true;
    }
    if (keyword == u"required") {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &name : array) {
            if (!name.isString())
                break;
            node.required.append(name.toString());
        }
        if (!value.isArray() || node.required.size() != array.size())
            return fail(ErrorCode::Schema, pointer, Tr::tr("“required” must be an array of property names."));
        return true;
    }
    if (keyword == u"additionalProperties")
        return subschema(node.additionalProperties);
    if (keyword == u"propertyNames")
        return subschema(node.propertyNames);
    if (keyword == u"items")
        return subschema(node.items);
    if (keyword == u"not")
        return subschema(node.notSchema);
    if (keyword == u"if")
        return subschema(node.ifSchema);
    if (keyword == u"then")
        return subschema(node.thenSchema);
    if (keyword == u"else")
        return subschema(node.elseSchema);
    if (keyword == u"allOf")
        return subschemaList(node.allOf);
    if (keyword == u"anyOf")
        return subschemaList(node.anyOf);
    if (keyword == u"oneOf")
        return subschemaList(node.oneOf);
    if (keyword == u"minItems")
        return count(node.minItems);
    if (keyword == u"maxItems")
        return count(node.maxItems);
    if (keyword == u"minLength")
        return count(node.minLength);
    if (keyword == u"maxLength")
        return count(node.maxLength);
    if (keyword == u"minProperties")
        return count(node.minProperties);
    if (keyword == u"maxProperties")
        return count(node.maxProperties);
    if (keyword == u"minimum")
        return number(node.minimum);
    if (keyword == u"maximum")
        return number(node.maximum);
    if (keyword == u"exclusiveMinimum")
        return number(node.exclusiveMinimum);
    if (keyword == u"exclusiveMaximum")
        return number(node.exclusiveMaximum);
    if (keyword == u"uniqueItems") {
        if (!value.isBool())
            return fail(ErrorCode::Schema, pointer, Tr::tr("“uniqueItems” must be true or false."));
        node.uniqueItems = value.toBool();
        return true;
    }
    if (keyword == u"enum") {
        if (!value.isArray())
            return fail(ErrorCode::Schema, pointer, Tr::tr("“enum” must be an array of values."));
        node.enumValues = value.toArray();
        return true;
    }
    if (keyword == u"const") {
        node.constValue = value;
        return true;
    }
    if (keyword == u"pattern") {
        if (!value.isString())
            return fail(ErrorCode::Schema, pointer, Tr::tr("“pattern” must be a string."));
        node.pattern = compilePattern(value.toString(), pointer);
        return node.pattern.has_value();
    }
    if (std::find(std::begin(kAnnotations), std::end(kAnnotations), keyword) != std::end(kAnnotations))
        return true;
    return fail(ErrorCode::Unsupported, pointer,
                Tr::tr("The schema keyword “%1” is not supported.").arg(keyword));
}

bool Compiler::compileTypes(Node &node, const QJsonValue &value, const QString &pointer)
{
    const auto add = [&](const QJsonValue &name, const QString &namePointer) {
        for (const TypeName &type : kTypeNames) {
            if (name.isString() && name.toString() == type.name) {
                node.types |= type.flag;
                return true;
            }
        }
        if (!name.isString()) {
            return fail(ErrorCode::Schema, namePointer,
                        Tr::tr("“type” must be a type name or an array of type names."));
        }
        return fail(
            ErrorCode::Schema, namePointer,
            Tr::tr("“%1” is not a type; the types are object, array, string, number, integer, boolean "
                   "and null.")
                .arg(name.toString()));
    };
    if (!value.isArray())
        return add(value, pointer);
    const QJsonArray names = value.toArray();
    if (names.isEmpty())
        return fail(ErrorCode::Schema, pointer,
                    Tr::tr("“type” must be a type name or an array of type names."));
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!add(names.at(i), jsonPointerChild(pointer, i)))
            return false;
    }
    return true;
}

std::optional<Pattern> Compiler::compilePattern(const QString &source, const QString &pointer)
{
    QRegularExpression regex(source);
    if (!regex.isValid()) {
        fail(ErrorCode::Schema, pointer,
             Tr::tr("“%1” is not a valid regular expression: %2.").arg(source, regex.errorString()));
        return std::nullopt;
    }
    // Compiled now, once, rather than on first use (possibly in several threads at once).
    regex.optimize();
    return Pattern{source, regex};
}

bool Compiler::resolveReferences()
{
    static constexpr QLatin1StringView kDefsPrefix = "#/$defs/"_L1;
    for (const Reference &reference : std::as_const(m_references)) {
        int target = -1;
        if (reference.target == u"#") {
            target = 0;
        } else if (reference.target.startsWith(kDefsPrefix) && reference.target.size() > kDefsPrefix.size() &&
                   !reference.target.mid(kDefsPrefix.size()).contains(u'/')) {
            target = m_byPointer.value(reference.target.mid(1), -1);
            if (target < 0) {
                return fail(
                    ErrorCode::Semantic, reference.pointer,
                    Tr::tr("The reference “%1” points to no entry of “$defs”.").arg(reference.target));
            }
        } else {
            return fail(ErrorCode::Unsupported, reference.pointer,
                        Tr::tr("The reference “%1” is not supported: only “#” and “#/$defs/NAME” are.")
                            .arg(reference.target));
        }
        m_nodes[size_t(reference.node)].ref = target;
    }
    return true;
}

// Where a value is: a chain of stack frames, turned into a JSON pointer only when an error is reported.
struct Path
{
    const Path *parent = nullptr;
    QStringView key;
    qsizetype index = -1; // an array element when >= 0, else the member key
    int depth = 0;
};

QString pointerOf(const Path &path)
{
    QVarLengthArray<const Path *, 32> chain;
    for (const Path *p = &path; p->parent; p = p->parent)
        chain.append(p);
    QString pointer;
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        pointer += u'/';
        if ((*it)->index >= 0)
            pointer += QString::number((*it)->index);
        else
            pointer += jsonPointerEscape((*it)->key.toString());
    }
    return pointer;
}

struct Issue
{
    QString pointer;
    QString message;
    int depth = 0;
    unsigned expectedTypes = 0; // set on a type mismatch: the types that would have passed
};

struct Sink
{
    QList<Issue> issues;
    qsizetype maximum = 1;

    bool full() const { return issues.size() >= maximum; }
};

// Reports a violation to sink (none when only checking); always returns false, for `return report(…)`.
bool report(Sink *sink, const Path &path, const QString &message, unsigned expectedTypes = 0)
{
    if (sink && !sink->full())
        sink->issues.append({pointerOf(path), message, path.depth, expectedTypes});
    return false;
}

// Notes a failed check in valid; true when the caller should stop: only checking, or enough errors.
bool mustStop(bool ok, bool &valid, const Sink *sink)
{
    if (ok)
        return false;
    valid = false;
    return !sink || sink->full();
}

// Walks a value and the compiled schema together. With a Sink it collects errors; without one it only
// checks, and stops at the first failure (for anyOf, oneOf, not and if).
class Validator
{
public:
    explicit Validator(const std::vector<Node> &nodes)
        : m_nodes(nodes)
    {}

    bool validate(int index, const QJsonValue &value, const Path &path, Sink *sink);

private:
    const Node &node(int index) const { return m_nodes[size_t(index)]; }
    bool validateInstance(int index, const QJsonValue &value, const Path &path, Sink *sink);
    bool validateMember(int index, const QString &key, const QJsonValue &value, const Path &path, Sink *sink);
    bool validatePropertyName(int index, const QString &key, const Path &path, Sink *sink);
    bool followReference(int target, const QJsonValue &value, const Path &path, Sink *sink);
    bool validateObject(const Node &schema, const QJsonObject &object, const Path &path, Sink *sink);
    bool validateArray(const Node &schema, const QJsonArray &array, const Path &path, Sink *sink);
    bool validateString(const Node &schema, const QString &text, const Path &path, Sink *sink);
    bool validateNumber(const Node &schema, double number, const Path &path, Sink *sink);
    bool validateCombinations(const Node &schema, const QJsonValue &value, const Path &path, Sink *sink);
    bool reportNoMatch(const QList<int> &forms, const QJsonValue &value, const Path &path, Sink *sink);

    const std::vector<Node> &m_nodes;
    // The $ref targets being applied to the current value. Following one of them again without moving to
    // another value would loop forever ("#" → "#"); it would add nothing either, so it is taken as passed.
    QList<int> m_activeReferences;
    qsizetype m_referenceBase = 0;
};

bool Validator::validate(int index, const QJsonValue &value, const Path &path, Sink *sink)
{
    const Node &schema = node(index);
    switch (schema.kind) {
    case Node::Kind::AlwaysTrue: return true;
    case Node::Kind::AlwaysFalse: return report(sink, path, Tr::tr("No value is allowed here."));
    case Node::Kind::Schema: break;
    }
    // A value of the wrong type gets one clear message, not one per keyword.
    if (schema.types != 0 && !hasType(value, schema.types))
        return report(sink, path, typeMismatchMessage(schema.types, value), schema.types);

    bool valid = true;
    if (schema.ref >= 0 && mustStop(followReference(schema.ref, value, path, sink), valid, sink))
        return false;
    if (schema.constValue && value != *schema.constValue &&
        mustStop(
            report(sink, path, Tr::tr("The only allowed value is %1.").arg(displayValue(*schema.constValue))),
            valid, sink)) {
        return false;
    }
    if (schema.enumValues && !schema.enumValues->contains(value)) {
        QStringList allowed;
        for (qsizetype i = 0; i < schema.enumValues->size() && i < 20; ++i)
            allowed.append(displayValue(schema.enumValues->at(i)));
        if (schema.enumValues->size() > 20)
            allowed.append(u"…"_s);
        const QString message = Tr::tr("%1 is not one of the allowed values: %2.")
                                    .arg(displayValue(value), allowed.join(u", "_s));
        if (mustStop(report(sink, path, message), valid, sink))
            return false;
    }

    bool ok = true;
    switch (value.type()) {
    case QJsonValue::Object: ok = validateObject(schema, value.toObject(), path, sink); break;
    case QJsonValue::Array: ok = validateArray(schema, value.toArray(), path, sink); break;
    case QJsonValue::String: ok = validateString(schema, value.toString(), path, sink); break;
    case QJsonValue::Double: ok = validateNumber(schema, value.toDouble(), path, sink); break;
    default: break;
    }
    if (mustStop(ok, valid, sink))
        return false;
    if (mustStop(validateCombinations(schema, value, path, sink), valid, sink))
        return false;
    return valid;
}

bool Validator::validateInstance(int index, const QJsonValue &value, const Path &path, Sink *sink)
{
    const qsizetype savedBase = m_referenceBase;
    m_referenceBase = m_activeReferences.size();
    const bool ok = validate(index, value, path, sink);
    m_referenceBase = savedBase;
    return ok;
}

bool Validator::followReference(int target, const QJsonValue &value, const Path &path, Sink *sink)
{
    for (qsizetype i = m_referenceBase; i < m_activeReferences.size(); ++i) {
        if (m_activeReferences.at(i) == target)
            return true;
    }
    m_activeReferences.append(target);
    const bool ok = validate(target, value, path, sink);
    m_activeReferences.removeLast();
    return ok;
}

bool Validator::validateMember(int index, const QString &key, const QJsonValue &value, const Path &path,
                               Sink *sink)
{
    if (node(index).kind == Node::Kind::AlwaysFalse)
        return report(sink, path, Tr::tr("The property “%1” is not allowed here.").arg(key));
    return validateInstance(index, value, path, sink);
}

bool Validator::validatePropertyName(int index, const QString &key, const Path &path, Sink *sink)
{
    if (!sink)
        return validateInstance(index, QJsonValue(key), path, nullptr);
    Sink inner{{}, std::max<qsizetype>(1, sink->maximum - sink->issues.size())};
    if (validateInstance(index, QJsonValue(key), path, &inner))
        return true;
    for (const Issue &issue : std::as_const(inner.issues))
        report(sink, path, Tr::tr("The property name “%1” is not allowed: %2").arg(key, issue.message));
    return false;
}

bool Validator::validateObject(const Node &schema, const QJsonObject &object, const Path &path, Sink *sink)
{
    bool valid = true;
    for (const QString &name : schema.required) {
        if (!object.contains(name) &&
            mustStop(report(sink, path, Tr::tr("The required property “%1” is missing.").arg(name)), valid,
                     sink)) {
            return false;
        }
    }
    if (schema.minProperties && object.size() < *schema.minProperties) {
        const QString message = *schema.minProperties == 1
                                    ? Tr::tr("Must have at least one property.")
                                    : Tr::tr("Must have at least %1 properties.").arg(*schema.minProperties);
        if (mustStop(report(sink, path, message), valid, sink))
            return false;
    }
    if (schema.maxProperties && object.size() > *schema.maxProperties) {
        const QString message = *schema.maxProperties == 1
                                    ? Tr::tr("Must have at most one property.")
                                    : Tr::tr("Must have at most %1 properties.").arg(*schema.maxProperties);
        if (mustStop(report(sink, path, message), valid, sink))
            return false;
    }
    if (schema.properties.isEmpty() && schema.patternProperties.isEmpty() &&
        schema.additionalProperties < 0 && schema.propertyNames < 0) {
        return valid;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue member = it.value();
        const Path memberPath{&path, key, -1, path.depth + 1};
        if (schema.propertyNames >= 0 &&
            mustStop(validatePropertyName(schema.propertyNames, key, memberPath, sink), valid, sink)) {
            return false;
        }
        bool matched = false;
        if (const auto property = schema.properties.constFind(key);
            property != schema.properties.constEnd()) {
            matched = true;
            if (mustStop(validateMember(*property, key, member, memberPath, sink), valid, sink))
                return false;
        }
        for (const auto &[pattern, sub] : schema.patternProperties) {
            if (!pattern.regex.match(key).hasMatch())
                continue;
            matched = true;
            if (mustStop(validateMember(sub, key, member, memberPath, sink), valid, sink))
                return false;
        }
        if (!matched && schema.additionalProperties >= 0 &&
            mustStop(validateMember(schema.additionalProperties, key, member, memberPath, sink), valid,
                     sink)) {
            return false;
        }
    }
    return valid;
}

bool Validator::validateArray(const Node &schema, const QJsonArray &array, const Path &path, Sink *sink)
{
    bool valid = true;
    if (schema.minItems && array.size() < *schema.minItems) {
        const QString message = *schema.minItems == 1
                                    ? Tr::tr("Must contain at least one item.")
                                    : Tr::tr("Must contain at least %1 items.").arg(*schema.minItems);
        if (mustStop(report(sink, path, message), valid, sink))
            return false;
    }
    if (schema.maxItems && array.size() > *schema.maxItems) {
        const QString message = *schema.maxItems == 1
                                    ? Tr::tr("Must contain at most one item.")
                                    : Tr::tr("Must contain at most %1 items.").arg(*schema.maxItems);
        if (mustStop(report(sink, path, message), valid, sink))
            return false;
    }
    if (schema.items >= 0) {
        for (qsizetype i = 0; i < array.size(); ++i) {
            const Path itemPath{&path, {}, i, path.depth + 1};
            if (mustStop(validateInstance(schema.items, array.at(i), itemPath, sink), valid, sink))
                return false;
        }
    }
    if (schema.uniqueItems) {
        QHash<QJsonValue, qsizetype> firstIndex;
        firstIndex.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            const auto first = firstIndex.constFind(item);
            if (first == firstIndex.constEnd()) {
                firstIndex.insert(item, i);
                continue;
            }
            const Path itemPath{&path, {}, i, path.depth + 1};
            const QString message = Tr::tr("The items at %1 and %2 are the same.").arg(*first).arg(i);
            if (mustStop(report(sink, itemPath, message), valid, sink))
                return false;
        }
    }
    return valid;
}

bool Validator::validateString(const Node &schema, const QString &text, const Path &path, Sink *sink)
{
    bool valid = true;
    if (schema.minLength || schema.maxLength) {
        // More than twice maxLength UTF-16 code units are more than maxLength code points, whatever they
        // hold: a hostile string of megabytes is refused without walking it.
        const qsizetype length =
            schema.maxLength && text.size() / 2 > *schema.maxLength ? text.size() : codePointCount(text);
        if (schema.minLength && length < *schema.minLength) {
            const QString message =
                *schema.minLength == 1
                    ? Tr::tr("Must not be empty.")
                    : Tr::tr("Must be at least %1 characters long.").arg(*schema.minLength);
            if (mustStop(report(sink, path, message), valid, sink))
                return false;
        }
        if (schema.maxLength && length > *schema.maxLength) {
            const QString message =
                *schema.maxLength == 1 ? Tr::tr("Must be at most one character long.")
                                       : Tr::tr("Must be at most %1 characters long.").arg(*schema.maxLength);
            if (mustStop(report(sink, path, message), valid, sink))
                return false;
        }
    }
    if (schema.pattern && !schema.pattern->regex.match(text).hasMatch()) {
        const QString message = Tr::tr("Does not match the pattern “%1”.").arg(schema.pattern->source);
        if (mustStop(report(sink, path, message), valid, sink))
            return false;
    }
    return valid;
}

bool Validator::validateNumber(const Node &schema, double number, const Path &path, Sink *sink)
{
    bool valid = true;
    if (schema.minimum && number < *schema.minimum &&
        mustStop(report(sink, path, Tr::tr("Must be at least %1.").arg(formatNumber(*schema.minimum))), valid,
                 sink)) {
        return false;
    }
    if (schema.maximum && number > *schema.maximum &&
        mustStop(report(sink, path, Tr::tr("Must be at most %1.").arg(formatNumber(*schema.maximum))), valid,
                 sink)) {
        return false;
    }
    if (schema.exclusiveMinimum && number <= *schema.exclusiveMinimum &&
        mustStop(report(sink, path,
                        Tr::tr("Must be greater than %1.").arg(formatNumber(*schema.exclusiveMinimum))),
                 valid, sink)) {
        return false;
    }
    if (schema.exclusiveMaximum && number >= *schema.exclusiveMaximum &&
        mustStop(
            report(sink, path, Tr::tr("Must be less than %1.").arg(formatNumber(*schema.exclusiveMaximum))),
            valid, sink)) {
        return false;
    }
    return valid;
}

bool Validator::validateCombinations(const Node &schema, const QJsonValue &value, const Path &path,
                                     Sink *sink)
{
    bool valid = true;
    for (const int sub : schema.allOf) {
        if (mustStop(validate(sub, value, path, sink), valid, sink))
            return false;
    }
    if (!schema.anyOf.isEmpty()) {
        const bool any = std::any_of(schema.anyOf.cbegin(), schema.anyOf.cend(),
                                     [&](int sub) { return validate(sub, value, path, nullptr); });
        if (!any && mustStop(reportNoMatch(schema.anyOf, value, path, sink), valid, sink))
            return false;
    }
    if (!schema.oneOf.isEmpty()) {
        QList<qsizetype> matching;
        for (qsizetype i = 0; i < schema.oneOf.size() && matching.size() < 2; ++i) {
            if (validate(schema.oneOf.at(i), value, path, nullptr))
                matching.append(i);
        }
        if (matching.isEmpty() && mustStop(reportNoMatch(schema.oneOf, value, path, sink), valid, sink))
            return false;
        if (matching.size() > 1) {
            const QString message =
                Tr::tr("The value matches more than one of the allowed forms (forms %1 and %2).")
                    .arg(matching.at(0) + 1)
                    .arg(matching.at(1) + 1);
            if (mustStop(report(sink, path, message), valid, sink))
                return false;
        }
    }
    if (schema.notSchema >= 0 && validate(schema.notSchema, value, path, nullptr) &&
        mustStop(report(sink, path, Tr::tr("The value matches a form that is not allowed here.")), valid,
                 sink)) {
        return false;
    }
    if (schema.ifSchema >= 0) {
        const int branch =
            validate(schema.ifSchema, value, path, nullptr) ? schema.thenSchema : schema.elseSchema;
        if (branch >= 0 && mustStop(validate(branch, value, path, sink), valid, sink))
            return false;
    }
    return valid;
}

// anyOf or oneOf found no matching form. When every form wants another type, says which types would do;
// otherwise names the first problem of the closest form: the one that got deepest into the value, then the
// one with the fewest problems.
bool Validator::reportNoMatch(const QList<int> &forms, const QJsonValue &value, const Path &path, Sink *sink)
{
    if (!sink)
        return false;
    unsigned expectedTypes = 0;
    std::optional<Sink> closest;
    int closestDepth = -1;
    for (const int form : forms) {
        Sink inner{{}, 20};
        validate(form, value, path, &inner);
        if (inner.issues.size() == 1 && inner.issues.first().expectedTypes != 0 &&
            inner.issues.first().depth == path.depth) {
            expectedTypes |= inner.issues.first().expectedTypes;
            continue;
        }
        if (inner.issues.isEmpty())
            continue;
        int depth = 0;
        for (const Issue &issue : std::as_const(inner.issues))
            depth = std::max(depth, issue.depth);
        if (!closest || depth > closestDepth ||
            (depth == closestDepth && inner.issues.size() < closest->issues.size())) {
            closest = std::move(inner);
            closestDepth = depth;
        }
    }
    if (!closest) {
        if (expectedTypes != 0)
            return report(sink, path, typeMismatchMessage(expectedTypes, value), expectedTypes);
        return report(sink, path, Tr::tr("The value matches none of the allowed forms."));
    }
    // The deepest problem of that form says the most about what is wrong.
    const Issue &gist = *std::max_element(closest->issues.cbegin(), closest->issues.cend(),
                                          [](const Issue &a, const Issue &b) { return a.depth < b.depth; });
    if (gist.depth == path.depth) {
        return report(sink, path,
                      Tr::tr("The value matches none of the allowed forms. The closest one reports: %1")
                          .arg(gist.message));
    }
    return report(sink, path,
                  Tr::tr("The value matches none of the allowed forms. The closest one reports at “%1”: %2")
                      .arg(gist.pointer, gist.message));
}

} // namespace

JsonSchema::JsonSchema(std::shared_ptr<const Private> d)
    : m_d(std::move(d))
{}

Result<JsonSchema> JsonSchema::fromJson(const QByteArray &schemaUtf8, const QString &fileName)
{
    const Result<JsonDocument> doc = readJson(schemaUtf8, fileName);
    if (!doc)
        return std::unexpected(doc.error());
    auto d = std::make_shared<Private>();
    Compiler compiler(*doc, fileName, d->nodes);
    if (!compiler.run())
        return std::unexpected(*compiler.error);
    return JsonSchema(std::move(d));
}

QList<Error> JsonSchema::validate(const JsonDocument &doc, const QString &fileName, int maxErrors) const
{
    if (!m_d || m_d->nodes.empty())
        return {};
    Sink sink{{}, std::max(1, maxErrors)};
    Validator validator(m_d->nodes);
    validator.validate(0, doc.root, Path{}, &sink);
    QList<Error> errors;
    errors.reserve(sink.issues.size());
    for (const Issue &issue : std::as_const(sink.issues))
        errors.append(jsonError(ErrorCode::Schema, issue.message, doc, issue.pointer, fileName));
    std::stable_sort(errors.begin(), errors.end(), [](const Error &a, const Error &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return errors;
}

} // namespace iia
