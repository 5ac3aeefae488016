#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace iia {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::JsonReader)
};

constexpr bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

constexpr bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// Bytes a string can hold as they are: printable ASCII other than the quote and the backslash. Everything
// else leaves the fast loop in Reader::parseString().
constexpr std::array<bool, 256> kPlainStringByte = [] {
    std::array<bool, 256> table{};
    for (int c = 0x20; c < 0x80; ++c)
        table[c] = c != '"' && c != '\\';
    return table;
}();

enum class Utf8Problem
{
    None,
    Incomplete,
    Overlong,
    Surrogate,
    TooLarge,
    StrayByte
};

struct Utf8Sequence
{
    int length = 1; // bytes of the sequence; when invalid, the bytes to show in the message
    Utf8Problem problem = Utf8Problem::None;
    char32_t codePoint = 0;
};

// Decodes the UTF-8 sequence at p (p < end), following RFC 3629: shortest form only, no surrogates, nothing
// above U+10FFFF.
Utf8Sequence decodeUtf8(const uchar *p, const uchar *end)
{
    const uchar lead = *p;
    if (lead < 0x80)
        return {1, Utf8Problem::None, lead};
    if (lead < 0xC0 || lead > 0xF4)
        return {1, Utf8Problem::StrayByte, 0};
    if (lead < 0xC2) {
        if (end - p > 1 && isContinuation(p[1]))
            return {2, Utf8Problem::Overlong, 0};
        return {1, Utf8Problem::StrayByte, 0};
    }
    int length = 4;
    char32_t codePoint = lead & 0x07;
    if (lead < 0xE0) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if (lead < 0xF0) {
        length = 3;
        codePoint = lead & 0x0F;
    }
    for (int i = 1; i < length; ++i) {
        if (end - p <= i || !isContinuation(p[i]))
            return {i, Utf8Problem::Incomplete, 0};
        codePoint = (codePoint << 6) | (p[i] & 0x3F);
    }
    if ((length == 3 && codePoint < 0x800) || (length == 4 && codePoint < 0x10000))
        return {length, Utf8Problem::Overlong, 0};
    if (codePoint >= 0xD800 && codePoint <= 0xDFFF)
        return {length, Utf8Problem::Surrogate, 0};
    if (codePoint > 0x10FFFF)
        return {length, Utf8Problem::TooLarge, 0};
    return {length, Utf8Problem::None, codePoint};
}

void appendUtf8(QByteArray &out, char32_t codePoint)
{
    char bytes[4];
    int length = 0;
    if (codePoint < 0x80) {
        bytes[length++] = static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        bytes[length++] = static_cast<char>(0xC0 | (codePoint >> 6));
        bytes[length++] = static_cast<char>(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        bytes[length++] = static_cast<char>(0xE0 | (codePoint >> 12));
        bytes[length++] = static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        bytes[length++] = static_cast<char>(0x80 | (codePoint & 0x3F));
    } else {
        bytes[length++] = static_cast<char>(0xF0 | (codePoint >> 18));
        bytes[length++] = static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
        bytes[length++] = static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        bytes[length++] = static_cast<char>(0x80 | (codePoint & 0x3F));
    }
    out.append(bytes, length);
}

int hexValue(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QString hexBytes(const uchar *p, int count)
{
    QStringList bytes;
    for (int i = 0; i < count; ++i)
        bytes.append(u"0x"_s + QString::number(p[i], 16).toUpper().rightJustified(2, u'0'));
    return bytes.join(u' ');
}

QString codePointName(char32_t codePoint)
{
    return u"U+"_s + QString::number(codePoint, 16).toUpper().rightJustified(4, u'0');
}

// Roughly the decimal exponent of the leading digit of a valid JSON number; only used to tell a number too
// small for a double (which becomes 0) from one too large (an error).
qint64 leadingExponent(const char *p, const char *end)
{
    if (*p == '-')
        ++p;
    const char *integer = p;
    while (p < end && isDigit(*p))
        ++p;
    qint64 exponent = 0;
    if (p - integer > 1 || *integer != '0') {
        exponent = p - integer - 1;
    } else {
        exponent = -1;
        if (p < end && *p == '.') {
            ++p;
            while (p < end && *p == '0') {
                ++p;
                --exponent;
            }
        }
    }
    while (p < end && (isDigit(*p) || *p == '.'))
        ++p;
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        const bool negative = *p == '-';
        if (*p == '-' || *p == '+')
            ++p;
        qint64 value = 0;
        for (; p < end && isDigit(*p); ++p)
            value = std::min<qint64>(value * 10 + (*p - '0'), 1'000'000'000);
        exponent += negative ? -value : value;
    }
    return exponent;
}

// QString::fromUtf8() drops a leading BOM, which inside a JSON string is a character like any other.
QString stringFromUtf8(QByteArrayView utf8)
{
    if (utf8.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        return decoder.decode(utf8);
    }
    return QString::fromUtf8(utf8);
}

// An upper bound on the number of values, to size the positions hash once instead of rehashing millions of
// keys as it grows: every value but the root follows a "[", a "," or a ":" outside strings.
qsizetype estimateValueCount(const uchar *p, const uchar *end)
{
    qsizetype count = 1;
    while (p < end) {
        const uchar c = *p++;
        if (c == ',' || c == ':' || c == '[') {
            ++count;
        } else if (c == '"') {
            while (p < end && *p != '"') {
                if (*p == '\\' && end - p > 1)
                    ++p;
                ++p;
            }
            if (p < end)
                ++p;
        }
    }
    return count;
}

// The keys of one object so far, as unescaped UTF-8, to find duplicates: a short list while the object is
// small, a hash set once it grows.
class KeySet
{
public:
    // Adds key unless it is already there. With copy, keeps its own copy of the bytes.
    bool insert(QByteArrayView key, bool copy)
    {
        if (m_set.isEmpty()) {
            if (std::find(m_list.cbegin(), m_list.cend(), key) != m_list.cend())
                return false;
        } else if (m_set.contains(key)) {
            return false;
        }
        if (copy) {
            m_owned.append(key.toByteArray());
            key = m_owned.constLast();
        }
        if (m_set.isEmpty() && m_list.size() < kListSize) {
            m_list.append(key);
            return true;
        }
        if (m_set.isEmpty()) {
            m_set.reserve(2 * kListSize);
            for (const QByteArrayView listed : std::as_const(m_list))
                m_set.insert(listed);
        }
        m_set.insert(key);
        return true;
    }

private:
    static constexpr qsizetype kListSize = 16;
    QVarLengthArray<QByteArrayView, kListSize> m_list;
    QSet<QByteArrayView> m_set;
    QList<QByteArray> m_owned; // a QByteArray's bytes stay put when the list grows
};

// Reads in two passes. The first checks everything and records positions without building anything. The tree
// is then built by QJsonDocument::fromJson(), which is several times faster than building it through the
// public QJsonObject and QJsonArray API; only when the first pass saw something that QJsonDocument reads
// differently (it drops a U+FEFF at the start of a string, and rejects numbers too small for a double) does a
// second pass over the same text build the tree itself.
class Reader
{
public:
    Reader(const QByteArray &utf8, const QString &fileName, int maxDepth)
        : m_begin(reinterpret_cast<const uchar *>(utf8.constData()))
        , m_p(m_begin)
        , m_end(m_begin + utf8.size())
        , m_lineStart(m_begin)
        , m_fileName(fileName)
        , m_maxDepth(maxDepth)
    {}

    Result<JsonDocument> read();

private:
    TextPosition positionAt(const uchar *p) const
    {
        const qsizetype codePoints = (p - m_lineStart) - (m_continuations - m_continuationsAtLineStart);
        return {m_line, static_cast<int>(codePoints) + 1, p - m_begin};
    }

    void newLine()
    {
        ++m_line;
        m_lineStart = m_p;
        m_continuationsAtLineStart = m_continuations;
    }

    void skipWhitespace();
    // Each reads one value at m_p and moves past it; with out, also builds it there.
    bool parseValue(QJsonValue *out, int depth);
    bool parseObject(QJsonValue *out, int depth);
    bool parseArray(QJsonValue *out, int depth);
    bool parseNumber(QJsonValue *out);
    bool parseLiteral(const char *word, qsizetype length, const QJsonValue &value, QJsonValue *out);
    // Reads a string into m_string.
    bool parseString();
    bool parseEscape();
    bool parseUnicodeEscape(const uchar *backslash);
    int parseHex4();
    void appendKey();
    void appendIndex(qsizetype index);
    std::optional<QJsonValue> qtTree(const uchar *start) const;

    bool failAt(const TextPosition &position, const QString &message);
    bool fail(const uchar *at, const QString &message) { return failAt(positionAt(at), message); }
    bool failUtf8(const uchar *at, const Utf8Sequence &sequence);
    bool failUnexpected(const char *message, bool wholeWord = true);

    const uchar *m_begin;
    const uchar *m_p;
    const uchar *m_end;
    const uchar *m_lineStart;
    int m_line = 1;
    // UTF-8 continuation bytes before m_p, so that columns count code points without rescanning the line.
    qsizetype m_continuations = 0;
    qsizetype m_continuationsAtLineStart = 0;
    QString m_fileName;
    int m_maxDepth;
    bool m_checking = true;      // the first pass: record positions, check keys
    bool m_needsOwnTree = false; // the first pass saw what QJsonDocument would read differently
    QString m_pointer;           // of the value being read (first pass only)
    // The last string read, as unescaped UTF-8: a view of the input, or of m_scratch when it had escapes.
    QByteArrayView m_string;
    bool m_stringEscaped = false;
    bool m_stringAscii = true;
    QByteArray m_scratch;
    JsonDocument m_doc;
    std::optional<Error> m_error;
};

Result<JsonDocument> Reader::read()
{
    if (m_end - m_p >= 3 && m_p[0] == 0xEF && m_p[1] == 0xBB && m_p[2] == 0xBF) {
        m_p += 3;
        m_lineStart = m_p;
    } else if (m_end - m_p >= 2 &&
               ((m_p[0] == 0xFF && m_p[1] == 0xFE) || (m_p[0] == 0xFE && m_p[1] == 0xFF))) {
        fail(m_p, Tr::tr("The text is encoded in UTF-16, not UTF-8. Save it with the UTF-8 encoding."));
        return std::unexpected(*m_error);
    }
    skipWhitespace();
    if (m_p == m_end) {
        fail(m_p, Tr::tr("The text is empty: it contains no JSON value."));
        return std::unexpected(*m_error);
    }
    m_doc.positions.reserve(estimateValueCount(m_p, m_end));
    const uchar *start = m_p;
    const bool container = *m_p == '{' || *m_p == '[';
    QJsonValue root;
    if (!parseValue(container ? nullptr : &root, 0))
        return std::unexpected(*m_error);
    skipWhitespace();
    if (m_p != m_end) {
        failUnexpected(QT_TRANSLATE_NOOP("iia::JsonReader",
                                         "Expected the end of the text after the value but found %1."));
        return std::unexpected(*m_error);
    }
    if (container) {
        std::optional<QJsonValue> tree;
        if (!m_needsOwnTree)
            tree = qtTree(start);
        if (!tree) {
            m_checking = false;
            m_p = start;
            tree.emplace();
            if (!parseValue(&*tree, 0))
                return std::unexpected(*m_error);
        }
        root = std::move(*tree);
    }
    m_doc.root = std::move(root);
    return std::move(m_doc);
}

std::optional<QJsonValue> Reader::qtTree(const uchar *start) const
{
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(start), m_end - start);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

void Reader::skipWhitespace()
{
    while (m_p < m_end) {
        const uchar c = *m_p;
        if (c == ' ' || c == '\t') {
            ++m_p;
        } else if (c == '\n') {
            ++m_p;
            newLine();
        } else if (c == '\r') {
            ++m_p;
            if (m_p < m_end && *m_p == '\n')
                ++m_p;
            newLine();
        } else {
            break;
        }
    }
}

bool Reader::parseValue(QJsonValue *out, int depth)
{
    if (m_p == m_end)
        return failUnexpected(QT_TRANSLATE_NOOP("iia::JsonReader", "Expected a value but found %1."));
    // A tight copy, so that m_pointer keeps its own buffer and grows without reallocating.
    if (m_checking)
        m_doc.positions.insert(QString(m_pointer.constData(), m_pointer.size()), positionAt(m_p));
    switch (*m_p) {
    case '{': return parseObject(out, depth + 1);
    case '[': return parseArray(out, depth + 1);
    case '"':
        if (!parseString())
            return false;
        if (out)
            *out = QJsonValue(stringFromUtf8(m_string));
        return true;
    case 't': return parseLiteral("true", 4, QJsonValue(true), out);
    case 'f': return parseLiteral("false", 5, QJsonValue(false), out);
    case 'n': return parseLiteral("null", 4, QJsonValue(QJsonValue::Null), out);
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9': return parseNumber(out);
    default: return failUnexpected(QT_TRANSLATE_NOOP("iia::JsonReader", "Expected a value but found %1."));
    }
}

bool Reader::parseObject(QJsonValue *out, int depth)
{
    if (depth > m_maxDepth) {
        return fail(m_p, Tr::tr("The data is nested too deeply: more than %1 levels of objects and arrays.")
                             .arg(m_maxDepth));
    }
    ++m_p;
    skipWhitespace();
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
        if (out)
            *out = QJsonValue(QJsonObject());
        return true;
    }
    KeySet keys;
    // QJsonObject keeps its keys sorted: inserting them in order keeps a large object from taking
    // quadratic time.
    std::vector<std::pair<QString, QJsonValue>> members;
    const qsizetype base = m_pointer.size();
    for (;;) {
        if (m_p == m_end || *m_p != '"') {
            return failUnexpected(QT_TRANSLATE_NOOP("iia::JsonReader", "Expected a property name in double "
                                                                       "quotes but found %1."));
        }
        const TextPosition keyPosition = positionAt(m_p);
        if (!parseString())
            return false;
        QString key;
        if (out)
            key = stringFromUtf8(m_string);
        if (m_checking) {
            appendKey();
            if (!keys.insert(m_string, m_stringEscaped)) {
                return failAt(keyPosition, Tr::tr("The property “%1” appears more than once in this object.")
                                               .arg(stringFromUtf8(m_string)));
            }
        }
        skipWhitespace();
        if (m_p == m_end || *m_p != ':') {
            return failUnexpected(QT_TRANSLATE_NOOP("iia::JsonReader", "Expected “:” after the property name "
                                                                       "but found %1."));
        }
        ++m_p;
        skipWhitespace();
        QJsonValue value;
        if (!parseValue(out ? &value : nullptr, depth))
            return false;
        if (out)
            members.emplace_back(std::move(key), std::move(value));
        m_pointer.truncate(base);
        skipWhitespace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            skipWhitespace();
            continue;
        }
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            break;
        }
        return failUnexpected(QT_TRANSLATE_NOOP("iia::JsonReader", "Expected “,” or “}” after a property "
                                                                   "but found %1."));
    }
    if (out) {
        std::sort(members.begin(), members.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        QJsonObject object;
        for (const auto &[key, value] : members)
            object.insert(key, value);
        *out = QJsonValue(std::move(object));
    }
    return true;
}

bool Reader::parseArray(QJsonValue *out, int depth)
{
    if (depth > m_maxDepth) {
        return fail(m_p, Tr::tr("The data is nested too deeply: more than %1 levels of objects and arrays.")
                             .arg(m_maxDepth));
    }
    ++m_p;
    skipWhitespace();
    QJsonArray array;
    if (m_p < m_end && *m_p == ']') {
        ++m_p;
        if (out)
            *out = QJsonValue(array);
        return true;
    }
    const qsizetype base = m_pointer.size();
    for (qsizetype index = 0;; ++index) {
        if (m_checking)
            appendIndex(index);
        QJsonValue value;
        if (!parseValue(out ? &value : nullptr, depth))
            return false;
        if (out)
            array.append(value);
        m_pointer.truncate(base);
        skipWhitespace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            skipWhitespace();
            continue;
        }
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            break;
        }
        return failUnexpected(QT_TRANSLATE_NOOP("iia::JsonReader",
                                                "Expected “,” or “]” after an array element "
                                                "but found %1."));
    }
    if (out)
        *out = QJsonValue(std::move(array));
    return true;
}

bool Reader::parseString()
{
    const uchar *open = m_p;
    const qsizetype continuationsAtOpen = m_continuations;
    ++m_p;
    const uchar *run = m_p;
    m_stringEscaped = false;
    m_stringAscii = true;
    for (;;) {
        while (m_p < m_end && kPlainStringByte[*m_p])
            ++m_p;
        if (m_p == m_end || (*m_p == '\\' && m_end - m_p < 2)) {
            m_continuations = continuationsAtOpen;
            return fail(open, Tr::tr("The string that starts here has no closing double quote."));
        }
        const uchar c = *m_p;
        if (c == '"')
            break;
        if (c >= 0x80) {
            const Utf8Sequence sequence = decodeUtf8(m_p, m_end);
            if (sequence.problem != Utf8Problem::None)
                return failUtf8(m_p, sequence);
            if (sequence.codePoint == 0xFEFF)
                m_needsOwnTree = true;
            m_stringAscii = false;
            m_p += sequence.length;
            m_continuations += sequence.length - 1;
            continue;
        }
        if (c != '\\') {
            return fail(m_p, Tr::tr("A string contains the control character %1, which must be written as an "
                                    "escape such as “\\n” or “\\u%2”.")
                                 .arg(codePointName(c), codePointName(c).mid(2)));
        }
        // Escapes are rare: only then are the bytes gathered, unescaped, in a scratch buffer.
        if (!m_stringEscaped) {
            m_scratch.clear();
            m_stringEscaped = true;
        }
        m_scratch.append(reinterpret_cast<const char *>(run), m_p - run);
        if (!parseEscape())
            return false;
        run = m_p;
    }
    if (m_stringEscaped) {
        m_scratch.append(reinterpret_cast<const char *>(run), m_p - run);
        m_string = QByteArrayView(m_scratch);
    } else {
        m_string = QByteArrayView(run, m_p - run);
    }
    ++m_p;
    return true;
}

bool Reader::parseEscape()
{
    const uchar *backslash = m_p;
    const uchar c = m_p[1];
    char plain = 0;
    switch (c) {
    case '"':
    case '\\':
    case '/': plain = static_cast<char>(c); break;
    case 'b': plain = '\b'; break;
    case 'f': plain = '\f'; break;
    case 'n': plain = '\n'; break;
    case 'r': plain = '\r'; break;
    case 't': plain = '\t'; break;
    case 'u': m_p += 2; return parseUnicodeEscape(backslash);
    default:
        ++m_p;
        return failUnexpected(QT_TRANSLATE_NOOP("iia::JsonReader",
                                                "Expected an escape sequence such as “\\n” "
                                                "or “\\u00e9” after the backslash but found "
                                                "%1."),
                              false);
    }
    m_scratch.append(plain);
    m_p += 2;
    return true;
}

int Reader::parseHex4()
{
    if (m_end - m_p < 4)
        return -1;
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(m_p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    m_p += 4;
    return value;
}

bool Reader::parseUnicodeEscape(const uchar *backslash)
{
    const int unit = parseHex4();
    if (unit < 0)
        return fail(backslash, Tr::tr("The escape “\\u” must be followed by four hexadecimal digits."));
    const QString written = QString::fromLatin1(reinterpret_cast<const char *>(backslash), 6);
    char32_t codePoint = static_cast<char32_t>(unit);
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
        return fail(backslash,
                    Tr::tr("The escape “%1” is the second half of a UTF-16 surrogate pair, but the first "
                           "half is missing.")
                        .arg(written));
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        int low = -1;
        if (m_end - m_p >= 2 && m_p[0] == '\\' && m_p[1] == 'u') {
            m_p += 2;
            low = parseHex4();
        }
        if (low < 0xDC00 || low > 0xDFFF) {
            return fail(backslash,
                        Tr::tr("The escape “%1” is the first half of a UTF-16 surrogate pair, but it is "
                               "not followed by an escape for the second half (“\\uDC00” to “\\uDFFF”).")
                            .arg(written));
        }
        codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + static_cast<char32_t>(low - 0xDC00);
    }
    if (codePoint == 0xFEFF)
        m_needsOwnTree = true;
    if (codePoint >= 0x80)
        m_stringAscii = false;
    appendUtf8(m_scratch, codePoint);
    return true;
}

bool Reader::parseNumber(QJsonValue *out)
{
    const uchar *start = m_p;
    if (*m_p == '-') {
        ++m_p;
        if (m_p == m_end || !isDigit(*m_p)) {
            return failUnexpected(QT_TRANSLATE_NOOP("iia::JsonReader", "Expected a digit after “-” but found "
                                                                       "%1."),
                                  false);
        }
    }
    if (*m_p == '0') {
        ++m_p;
        if (m_p < m_end && isDigit(*m_p))
            return fail(m_p - 1, Tr::tr("A number cannot start with the digit 0 followed by other digits."));
    } else {
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (m_p == m_end || !isDigit(*m_p)) {
            return failUnexpected(QT_TRANSLATE_NOOP("iia::JsonReader", "Expected a digit after the decimal "
                                                                       "point but found %1."),
                                  false);
        }
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    bool exponent = false;
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        exponent = true;
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p)) {
            return failUnexpected(QT_TRANSLATE_NOOP("iia::JsonReader",
                                                    "Expected a digit in the exponent of the "
                                                    "number but found %1."),
                                  false);
        }
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    // Without an exponent, only hundreds of digits can leave the range of a double.
    if (!out && !exponent && m_p - start < 300)
        return true;
    const char *first = reinterpret_cast<const char *>(start);
    const char *last = reinterpret_cast<const char *>(m_p);
    double value = 0;
    const auto [end, error] = std::from_chars(first, last, value);
    Q_ASSERT(end == last);
    if (error == std::errc::result_out_of_range) {
        if (leadingExponent(first, last) >= 0) {
            return fail(start, Tr::tr("The number %1 is too large.")
                                   .arg(QString::fromLatin1(first, std::min<qsizetype>(last - first, 40))));
        }
        value = 0.0; // QJsonValue stores whole numbers as integers: a negative zero would become 0 anyway
        m_needsOwnTree = true;
    } else if (error != std::errc()) {
        return fail(start, Tr::tr("“%1” is not a number.").arg(QString::fromLatin1(first, last - first)));
    }
    if (out)
        *out = QJsonValue(value);
    return true;
}

bool Reader::parseLiteral(const char *word, qsizetype length, const QJsonValue &value, QJsonValue *out)
{
    if (m_end - m_p < length || std::memcmp(m_p, word, static_cast<size_t>(length)) != 0)
        return failUnexpected(QT_TRANSLATE_NOOP("iia::JsonReader", "Expected a value but found %1."));
    m_p += length;
    if (out)
        *out = value;
    return true;
}

void Reader::appendKey()
{
    m_pointer += u'/';
    if (m_stringAscii && !m_string.contains('~') && !m_string.contains('/'))
        m_pointer += QLatin1StringView(m_string);
    else
        m_pointer += jsonPointerEscape(stringFromUtf8(m_string));
}

void Reader::appendIndex(qsizetype index)
{
    char16_t digits[24];
    qsizetype first = std::size(digits);
    do {
        digits[--first] = static_cast<char16_t>(u'0' + index % 10);
        index /= 10;
    } while (index > 0);
    m_pointer += u'/';
    m_pointer.append(QStringView(digits + first, digits + std::size(digits)));
}

bool Reader::failAt(const TextPosition &position, const QString &message)
{
    m_error = Error{ErrorCode::Parse, message, m_fileName, position.line, position.column, m_pointer};
    return false;
}

bool Reader::failUtf8(const uchar *at, const Utf8Sequence &sequence)
{
    const QString bytes = hexBytes(at, sequence.length);
    switch (sequence.problem) {
    case Utf8Problem::Incomplete:
        return fail(at, Tr::tr("The text is not valid UTF-8: the sequence %1 is incomplete.").arg(bytes));
    case Utf8Problem::Overlong:
        return fail(at, Tr::tr("The text is not valid UTF-8: %1 is an overlong encoding.").arg(bytes));
    case Utf8Problem::Surrogate:
        return fail(at, Tr::tr("The text is not valid UTF-8: %1 encodes a UTF-16 surrogate.").arg(bytes));
    case Utf8Problem::TooLarge:
        return fail(at, Tr::tr("The text is not valid UTF-8: %1 encodes a value above U+10FFFF.").arg(bytes));
    case Utf8Problem::StrayByte:
    case Utf8Problem::None: break;
    }
    return fail(at, Tr::tr("The text is not valid UTF-8: the byte %1 cannot appear here.").arg(bytes));
}

// Fails at m_p with message, whose %1 becomes a description of what is there: the end of the text, a control
// character, or the character (with wholeWord, the run of letters and digits) in quotes.
bool Reader::failUnexpected(const char *message, bool wholeWord)
{
    QString found;
    if (m_p == m_end) {
        found = Tr::tr("the end of the text");
    } else if (*m_p >= 0x80) {
        const Utf8Sequence sequence = decodeUtf8(m_p, m_end);
        if (sequence.problem != Utf8Problem::None)
            return failUtf8(m_p, sequence);
        found = u"“"_s + stringFromUtf8(QByteArrayView(m_p, sequence.length)) + u"”"_s;
    } else if (*m_p < 0x20 || *m_p == 0x7F) {
        found = Tr::tr("the control character %1").arg(codePointName(*m_p));
    } else {
        const auto isWordByte = [](uchar c) {
            return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.' ||
                   c == '+' || c == '-';
        };
        qsizetype length = 1;
        if (wholeWord && isWordByte(*m_p)) {
            while (length < 32 && m_p + length < m_end && isWordByte(m_p[length]))
                ++length;
        }
        found = u"“"_s + QString::fromLatin1(reinterpret_cast<const char *>(m_p), length) + u"”"_s;
    }
    return fail(m_p, Tr::tr(message).arg(found));
}

} // namespace

TextPosition JsonDocument::positionOf(const QString &pointer) const
{
    QString current = pointer;
    for (;;) {
        const auto it = positions.constFind(current);
        if (it != positions.constEnd())
            return *it;
        if (current.isEmpty())
            return {};
        current.truncate(std::max<qsizetype>(current.lastIndexOf(u'/'), 0));
    }
}

Result<JsonDocument> readJson(const QByteArray &utf8, const QString &fileName, const JsonReadOptions &options)
{
    Reader reader(utf8, fileName, std::clamp(options.maxDepth, 1, kMaxJsonDepth));
    return reader.read();
}

QString jsonPointerEscape(const QString &key)
{
    QString escaped = key;
    escaped.replace(u'~', u"~0"_s);
    escaped.replace(u'/', u"~1"_s);
    return escaped;
}

QString jsonPointerChild(const QString &parent, const QString &key)
{
    return parent + u'/' + jsonPointerEscape(key);
}

QString jsonPointerChild(const QString &parent, qsizetype index)
{
    return parent + u'/' + QString::number(index);
}

Error jsonError(ErrorCode code, const QString &message, const JsonDocument &doc, const QString &pointer,
                const QString &fileName)
{
    const TextPosition position = doc.positionOf(pointer);
    return Error{code, message, fileName, position.line, position.column, pointer};
}

} // namespace iia
