#include "jsonreader.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <bit>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace iia;

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data();
    void values();
    void escapes_data();
    void escapes();
    void numbers_data();
    void numbers();
    void errors_data();
    void errors();
    void positions_data();
    void positions();
    void positionOf_data();
    void positionOf();
    void escapedKeysInPositions();
    void pointerEscape_data();
    void pointerEscape();
    void pointerChild();
    void byteOrderMark();
    void depthLimit_data();
    void depthLimit();
    void jsonErrorLocation();
    void largeDocument_data();
    void largeDocument();
    void largeObject_data();
    void largeObject();
};

void TestJsonReader::values_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QJsonValue>("expected");

    QTest::addRow("true") << "true"_ba << QJsonValue(true);
    QTest::addRow("false") << "false"_ba << QJsonValue(false);
    QTest::addRow("null") << "null"_ba << QJsonValue(QJsonValue::Null);
    QTest::addRow("empty string") << "\"\""_ba << QJsonValue(QString());
    QTest::addRow("string") << "\"hello\""_ba << QJsonValue(u"hello"_s);
    QTest::addRow("non-ASCII string") << "\"Zoë € 😀 中\""_ba << QJsonValue(u"Zoë € 😀 中"_s);
    QTest::addRow("empty array") << "[]"_ba << QJsonValue(QJsonArray());
    QTest::addRow("empty object") << "{}"_ba << QJsonValue(QJsonObject());
    QTest::addRow("empty containers with spaces")
        << "[ { } , [ ] ]"_ba << QJsonValue(QJsonArray{QJsonObject(), QJsonArray()});
    QTest::addRow("array") << "[1, \"a\", null, true]"_ba
                           << QJsonValue(QJsonArray{1, u"a"_s, QJsonValue(QJsonValue::Null), true});
    QTest::addRow("nested") << "{\"a\": {\"b\": [true, false]}, \"c\": \"d\"}"_ba
                            << QJsonValue(
                                   QJsonObject{{u"a"_s, QJsonObject{{u"b"_s, QJsonArray{true, false}}}},
                                               {u"c"_s, u"d"_s}});
    QTest::addRow("all whitespace kinds")
        << " \t\r\n[ \t\r\n1 \t\r\n] \t\r\n"_ba << QJsonValue(QJsonArray{1});
    QTest::addRow("empty key") << "{\"\": 1}"_ba << QJsonValue(QJsonObject{{QString(), 1}});
    // QJsonDocument would drop these U+FEFF and reject the tiny number: the reader builds this tree itself.
    QTest::addRow("U+FEFF and underflow in containers")
        << "{\"\xEF\xBB\xBFk\": [1e-400, \"\xEF\xBB\xBF"
           "x\", {\"b\": null, \"a\": [true, -2.5]}], \"c\": \"\\uFEFF\"}"_ba
        << QJsonValue(
               QJsonObject{{u"\uFEFFk"_s, QJsonArray{0.0, u"\uFEFFx"_s,
                                                     QJsonObject{{u"b"_s, QJsonValue(QJsonValue::Null)},
                                                                 {u"a"_s, QJsonArray{true, -2.5}}}}},
                           {u"c"_s, u"\uFEFF"_s}});
    QTest::addRow("U+FEFF starting a string in an array")
        << "[\"\xEF\xBB\xBF"
           "x\", {\"\xEF\xBB\xBF"
           "k\": 1}]"_ba
        << QJsonValue(QJsonArray{u"\uFEFFx"_s, QJsonObject{{u"\uFEFFk"_s, 1}}});
    QTest::addRow("keys differing in case")
        << "{\"a\": 1, \"A\": 2}"_ba << QJsonValue(QJsonObject{{u"a"_s, 1}, {u"A"_s, 2}});
}

void TestJsonReader::values()
{
    QFETCH(QByteArray, json);
    QFETCH(QJsonValue, expected);

    const auto doc = readJson(json);
    IIA_VERIFY_RESULT(doc);
    QCOMPARE(doc->root, expected);
    // QJsonValue's operator== ignores a U+FEFF at the start of a string; the serialised text does not.
    const auto text = [](const QJsonValue &value) {
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    };
    QCOMPARE(text(doc->root), text(expected));
}

void TestJsonReader::escapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::addRow("quote") << R"("\"")"_ba << u"\""_s;
    QTest::addRow("backslash") << R"("\\")"_ba << u"\\"_s;
    QTest::addRow("solidus") << R"("\/")"_ba << u"/"_s;
    QTest::addRow("backspace") << R"("\b")"_ba << u"\b"_s;
    QTest::addRow("form feed") << R"("\f")"_ba << u"\f"_s;
    QTest::addRow("line feed") << R"("\n")"_ba << u"\n"_s;
    QTest::addRow("carriage return") << R"("\r")"_ba << u"\r"_s;
    QTest::addRow("tab") << R"("\t")"_ba << u"\t"_s;
    QTest::addRow("u ASCII") << R"("\u0041")"_ba << u"A"_s;
    QTest::addRow("u two bytes") << R"("\u00e9")"_ba << u"é"_s;
    QTest::addRow("u three bytes, upper case hex") << R"("\u20AC")"_ba << u"€"_s;
    QTest::addRow("u FFFF") << R"("\uFFFF")"_ba << QString(QChar(0xFFFF));
    QTest::addRow("u NUL") << R"("a\u0000b")"_ba << QString(u"a\0b"_s);
    QTest::addRow("surrogate pair") << R"("\uD83D\uDE00")"_ba << u"😀"_s;
    QTest::addRow("surrogate pair, lower case") << R"("\ud83d\ude00")"_ba << u"😀"_s;
    QTest::addRow("highest code point") << R"("\uDBFF\uDFFF")"_ba << QString::fromUcs4(U"\U0010FFFF");
    QTest::addRow("all short escapes") << R"("\"\\\/\b\f\n\r\t")"_ba << u"\"\\/\b\f\n\r\t"_s;
    QTest::addRow("escapes between raw UTF-8")
        << "\"é\\tü\\u00e9😀\\n\\uD83D\\uDE00x\""_ba << u"é\tüé😀\n😀x"_s;
    QTest::addRow("leading U+FEFF is kept") << "\"\xEF\xBB\xBF\xEF\xBB\xBF"
                                               "a\""_ba
                                            << u"\uFEFF\uFEFFa"_s;
    QTest::addRow("leading U+FEFF after an escape") << "\"\\n\xEF\xBB\xBF"
                                                       "a\""_ba
                                                    << u"\n\uFEFFa"_s;
    QTest::addRow("escape first and last") << R"("\nabc\n")"_ba << u"\nabc\n"_s;
    QTest::addRow("escaped key") << R"({"a\u0062": "x"})"_ba << u"x"_s;
}

void TestJsonReader::escapes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);

    const auto doc = readJson(json);
    IIA_VERIFY_RESULT(doc);
    if (doc->root.isObject()) {
        QCOMPARE(doc->root.toObject().keys(), QStringList{u"ab"_s});
        QCOMPARE(doc->root.toObject().value(u"ab"_s).toString(), expected);
    } else {
        QCOMPARE(doc->root.toString(), expected);
        QCOMPARE(doc->root.toString().size(), expected.size());
    }
}

void TestJsonReader::numbers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<double>("expected");

    QTest::addRow("zero") << "0"_ba << 0.0;
    // QJsonValue keeps whole numbers as integers, so a negative zero reads as 0.
    QTest::addRow("negative zero") << "-0"_ba << 0.0;
    QTest::addRow("negative zero with fraction") << "-0.0"_ba << 0.0;
    QTest::addRow("integer") << "42"_ba << 42.0;
    QTest::addRow("negative integer") << "-17"_ba << -17.0;
    QTest::addRow("1e3") << "1e3"_ba << 1000.0;
    QTest::addRow("1E3") << "1E3"_ba << 1000.0;
    QTest::addRow("1.5E-2") << "1.5E-2"_ba << 0.015;
    QTest::addRow("-12.5e+2") << "-12.5e+2"_ba << -1250.0;
    QTest::addRow("0.1") << "0.1"_ba << 0.1;
    QTest::addRow("2^53 + 1 rounds") << "9007199254740993"_ba << 9007199254740992.0;
    QTest::addRow("largest double") << "1.7976931348623157e308"_ba << 1.7976931348623157e308;
    QTest::addRow("smallest denormal") << "5e-324"_ba << 5e-324;
    QTest::addRow("underflow becomes zero") << "1e-400"_ba << 0.0;
    QTest::addRow("negative underflow") << "-1e-400"_ba << 0.0;
    QTest::addRow("tiny with many digits") << "0.00000000000000000000000000001e-400"_ba << 0.0;
    QTest::addRow("in an array") << "[ -2.5e0 ]"_ba << -2.5;
}

void TestJsonReader::numbers()
{
    QFETCH(QByteArray, json);
    QFETCH(double, expected);

    const auto doc = readJson(json);
    IIA_VERIFY_RESULT(doc);
    const QJsonValue value = doc->root.isArray() ? doc->root.toArray().at(0) : doc->root;
    QVERIFY(value.isDouble());
    // Bit for bit: exact, and -0 differs from 0.
    QCOMPARE(std::bit_cast<quint64>(value.toDouble()), std::bit_cast<quint64>(expected));
}

void TestJsonReader::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message"); // empty: not checked

    // Syntax
    QTest::addRow("empty") << ""_ba << 1 << 1 << QString()
                           << u"The text is empty: it contains no JSON value."_s;
    QTest::addRow("only whitespace") << "  \n  "_ba << 2 << 3 << QString()
                                     << u"The text is empty: it contains no JSON value."_s;
    QTest::addRow("trailing garbage") << "{} x"_ba << 1 << 4 << QString()
                                      << u"Expected the end of the text after the value but found “x”."_s;
    QTest::addRow("two values") << "1 2"_ba << 1 << 3 << QString()
                                << u"Expected the end of the text after the value but found “2”."_s;
    QTest::addRow("trailing NUL") << QByteArray("[1]\0", 4) << 1 << 4 << QString()
                                  << u"Expected the end of the text after the value but found the control "
                                     u"character U+0000."_s;
    QTest::addRow("trailing comma in array")
        << "[1,]"_ba << 1 << 4 << u"/1"_s << u"Expected a value but found “]”."_s;
    QTest::addRow("trailing comma in object")
        << "{\"a\":1,}"_ba << 1 << 8 << QString()
        << u"Expected a property name in double quotes but found “}”."_s;
    QTest::addRow("unquoted key") << "{a: 1}"_ba << 1 << 2 << QString()
                                  << u"Expected a property name in double quotes but found “a”."_s;
    QTest::addRow("missing colon") << "{\"a\" 1}"_ba << 1 << 6 << u"/a"_s
                                   << u"Expected “:” after the property name but found “1”."_s;
    QTest::addRow("missing comma") << "[1 2]"_ba << 1 << 4 << QString()
                                   << u"Expected “,” or “]” after an array element but found “2”."_s;
    QTest::addRow("missing comma in object") << "{\"a\": 1 \"b\": 2}"_ba << 1 << 9 << QString()
                                             << u"Expected “,” or “}” after a property but found “\"”."_s;
    QTest::addRow("unclosed array") << "[1,\n2"_ba << 2 << 2 << QString()
                                    << u"Expected “,” or “]” after an array element but found the end of the "
                                       u"text."_s;
    QTest::addRow("unclosed object")
        << "{\"a\": 1"_ba << 1 << 8 << QString()
        << u"Expected “,” or “}” after a property but found the end of the text."_s;
    QTest::addRow("missing value") << "{\"a\": }"_ba << 1 << 7 << u"/a"_s
                                   << u"Expected a value but found “}”."_s;
    QTest::addRow("single quotes") << "['a']"_ba << 1 << 2 << u"/0"_s << u"Expected a value but found “'”."_s;
    QTest::addRow("bad literal") << "[tru]"_ba << 1 << 2 << u"/0"_s << u"Expected a value but found “tru”."_s;
    QTest::addRow("capitalised literal")
        << "True"_ba << 1 << 1 << QString() << u"Expected a value but found “True”."_s;
    QTest::addRow("literal then letters") << "nullx"_ba << 1 << 5 << QString()
                                          << u"Expected the end of the text after the value but found “x”."_s;
    QTest::addRow("non-ASCII instead of a value")
        << "[é]"_ba << 1 << 2 << u"/0"_s << u"Expected a value but found “é”."_s;
    QTest::addRow("columns count code points")
        << "[\"€€\", x]"_ba << 1 << 8 << u"/1"_s << u"Expected a value but found “x”."_s;
    QTest::addRow("tab counts as one column")
        << "{\n\t\"a\": [1, 2,, 3]\n}"_ba << 2 << 13 << u"/a/2"_s << u"Expected a value but found “,”."_s;
    QTest::addRow("CRLF is one line break") << "[\r\n1,\r\n]"_ba << 3 << 1 << u"/1"_s << QString();
    QTest::addRow("CR alone is a line break") << "[\r1,\rx]"_ba << 3 << 1 << u"/1"_s << QString();

    // Numbers
    QTest::addRow("leading zero") << "[01]"_ba << 1 << 2 << u"/0"_s
                                  << u"A number cannot start with the digit 0 followed by other digits."_s;
    QTest::addRow("leading zero after minus") << "-01"_ba << 1 << 2 << QString() << QString();
    QTest::addRow("minus alone") << "-"_ba << 1 << 2 << QString()
                                 << u"Expected a digit after “-” but found the end of the text."_s;
    QTest::addRow("plus sign") << "+1"_ba << 1 << 1 << QString() << u"Expected a value but found “+1”."_s;
    QTest::addRow("point without digits") << "1."_ba << 1 << 3 << QString()
                                          << u"Expected a digit after the decimal point but found the end of "
                                             u"the text."_s;
    QTest::addRow("point first") << ".5"_ba << 1 << 1 << QString() << u"Expected a value but found “.5”."_s;
    QTest::addRow("exponent without digits")
        << "[1e+]"_ba << 1 << 5 << u"/0"_s
        << u"Expected a digit in the exponent of the number but found “]”."_s;
    QTest::addRow("too large") << "[1, 1e400]"_ba << 1 << 5 << u"/1"_s << u"The number 1e400 is too large."_s;
    QTest::addRow("hexadecimal") << "0x10"_ba << 1 << 2 << QString() << QString();

    // Strings and escapes
    QTest::addRow("unterminated string")
        << "[\"abc"_ba << 1 << 2 << u"/0"_s << u"The string that starts here has no closing double quote."_s;
    QTest::addRow("unterminated after non-ASCII") << "[\"é\", \"ü"_ba << 1 << 7 << u"/1"_s << QString();
    QTest::addRow("backslash at the end")
        << "\"\\"_ba << 1 << 1 << QString() << u"The string that starts here has no closing double quote."_s;
    QTest::addRow("raw line break in string")
        << "\"a\nb\""_ba << 1 << 3 << QString()
        << u"A string contains the control character U+000A, which must "
           u"be written as an escape such as “\\n” or “\\u000A”."_s;
    QTest::addRow("raw tab in string") << "\"a\tb\""_ba << 1 << 3 << QString() << QString();
    QTest::addRow("invalid escape") << "\"\\x41\""_ba << 1 << 3 << QString()
                                    << u"Expected an escape sequence such as “\\n” or “\\u00e9” after the "
                                       u"backslash but found “x”."_s;
    QTest::addRow("short \\u escape") << "\"\\u12\""_ba << 1 << 2 << QString()
                                      << u"The escape “\\u” must be followed by four hexadecimal digits."_s;
    QTest::addRow("non-hex \\u escape") << "\"\\u12G4\""_ba << 1 << 2 << QString() << QString();
    QTest::addRow("lone high surrogate")
        << "\"\\uD800\""_ba << 1 << 2 << QString()
        << u"The escape “\\uD800” is the first half of a UTF-16 surrogate pair, "
           u"but it is not followed by an escape for the second half "
           u"(“\\uDC00” to “\\uDFFF”)."_s;
    QTest::addRow("high surrogate then text") << "\"\\uD83Dx\""_ba << 1 << 2 << QString() << QString();
    QTest::addRow("high surrogate then BMP escape")
        << "\"\\uD83D\\u0041\""_ba << 1 << 2 << QString() << QString();
    QTest::addRow("two high surrogates") << "\"\\uD83D\\uD83D\""_ba << 1 << 2 << QString() << QString();
    QTest::addRow("lone low surrogate") << "[\"ab\\uDC00\"]"_ba << 1 << 5 << u"/0"_s
                                        << u"The escape “\\uDC00” is the second half of a UTF-16 surrogate "
                                           u"pair, but the first half is missing."_s;

    // Invalid UTF-8
    QTest::addRow("overlong C0 80") << "[\"\xC0\x80\"]"_ba << 1 << 3 << u"/0"_s
                                    << u"The text is not valid UTF-8: 0xC0 0x80 is an overlong encoding."_s;
    QTest::addRow("overlong E0 80 80") << "\"\xE0\x80\x80\""_ba << 1 << 2 << QString()
                                       << u"The text is not valid UTF-8: 0xE0 0x80 0x80 is an overlong "
                                          u"encoding."_s;
    QTest::addRow("surrogate ED A0 80") << "\"\xED\xA0\x80\""_ba << 1 << 2 << QString()
                                        << u"The text is not valid UTF-8: 0xED 0xA0 0x80 encodes a UTF-16 "
                                           u"surrogate."_s;
    QTest::addRow("truncated E2 82")
        << "\"\xE2\x82\""_ba << 1 << 2 << QString()
        << u"The text is not valid UTF-8: the sequence 0xE2 0x82 is incomplete."_s;
    QTest::addRow("truncated at the end") << "\"\xE2\x82"_ba << 1 << 2 << QString()
                                          << u"The text is not valid UTF-8: the sequence 0xE2 0x82 is "
                                             u"incomplete."_s;
    QTest::addRow("byte FF") << "\"\xFF\""_ba << 1 << 2 << QString()
                             << u"The text is not valid UTF-8: the byte 0xFF cannot appear here."_s;
    QTest::addRow("byte FF after multi-byte characters")
        << "\"é€😀\xFF\""_ba << 1 << 5 << QString() << QString();
    QTest::addRow("stray continuation byte")
        << "\"\x80\""_ba << 1 << 2 << QString()
        << u"The text is not valid UTF-8: the byte 0x80 cannot appear here."_s;
    QTest::addRow("above U+10FFFF") << "\"\xF4\x90\x80\x80\""_ba << 1 << 2 << QString()
                                    << u"The text is not valid UTF-8: 0xF4 0x90 0x80 0x80 encodes a value "
                                       u"above U+10FFFF."_s;
    QTest::addRow("invalid UTF-8 outside a string") << "[\xFF]"_ba << 1 << 2 << u"/0"_s
                                                    << u"The text is not valid UTF-8: the byte 0xFF cannot "
                                                       u"appear here."_s;
    QTest::addRow("invalid UTF-8 in a key") << "{\"k\": {\"a\xC3\": 1}}"_ba << 1 << 10 << u"/k"_s
                                            << u"The text is not valid UTF-8: the sequence 0xC3 is "
                                               u"incomplete."_s;
    QTest::addRow("UTF-16 BOM") << "\xFF\xFE[\0]\0"_ba << 1 << 1 << QString()
                                << u"The text is encoded in UTF-16, not UTF-8. Save it with the UTF-8 "
                                   u"encoding."_s;

    // Duplicate keys
    QTest::addRow("duplicate key at the root")
        << "{\"a\": 1, \"a\": 2}"_ba << 1 << 10 << u"/a"_s
        << u"The property “a” appears more than once in this object."_s;
    QTest::addRow("duplicate key nested") << "{\"x\": [{\"k\": 1,\n  \"k\": {}}]}"_ba << 2 << 3 << u"/x/0/k"_s
                                          << u"The property “k” appears more than once in this object."_s;
    QTest::addRow("duplicate key once unescaped") << "{\"a/b\":1,\"a\\/b\":2}"_ba << 1 << 10 << u"/a~1b"_s
                                                  << u"The property “a/b” appears more than once in this "
                                                     u"object."_s;
    QTest::addRow("duplicate empty key") << "{\"\":1,\"\":2}"_ba << 1 << 7 << u"/"_s << QString();
}

void TestJsonReader::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, pointer);
    QFETCH(QString, message);

    const auto doc = readJson(json, u"test.json"_s);
    QVERIFY(!doc);
    const Error &error = doc.error();
    QCOMPARE(error.code, ErrorCode::Parse);
    QCOMPARE(error.file, u"test.json"_s);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.pointer, pointer);
    if (!message.isEmpty())
        QCOMPARE(error.message, message);
    QVERIFY(!error.message.isEmpty());
}

// One document, many values: each row is a value's pointer and where it starts.
static const QByteArray kPositionsDocument = "{\n"
                                             "  \"name\": \"Zoë\",\n"
                                             "  \"tags\": [\"a\", \"b/c\", {\"x~y\": null}],\n"
                                             "  \"nested\": {\"deep\": {\"deeper\": [1, 2.5, -3]}},\n"
                                             "  \"€\": true, \"k\": false\n"
                                             "}\n"_ba;

void TestJsonReader::positions_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("offset");

    QTest::addRow("root") << QString() << 1 << 1 << 0;
    QTest::addRow("/name") << u"/name"_s << 2 << 11 << 12;
    QTest::addRow("/tags") << u"/tags"_s << 3 << 11 << 30;
    QTest::addRow("/tags/0") << u"/tags/0"_s << 3 << 12 << 31;
    QTest::addRow("/tags/1") << u"/tags/1"_s << 3 << 17 << 36;
    QTest::addRow("/tags/2") << u"/tags/2"_s << 3 << 24 << 43;
    QTest::addRow("/tags/2/x~0y") << u"/tags/2/x~0y"_s << 3 << 32 << 51;
    QTest::addRow("/nested") << u"/nested"_s << 4 << 13 << 71;
    QTest::addRow("/nested/deep") << u"/nested/deep"_s << 4 << 22 << 80;
    QTest::addRow("/nested/deep/deeper") << u"/nested/deep/deeper"_s << 4 << 33 << 91;
    QTest::addRow("/nested/deep/deeper/0") << u"/nested/deep/deeper/0"_s << 4 << 34 << 92;
    QTest::addRow("/nested/deep/deeper/1") << u"/nested/deep/deeper/1"_s << 4 << 37 << 95;
    QTest::addRow("/nested/deep/deeper/2") << u"/nested/deep/deeper/2"_s << 4 << 42 << 100;
    QTest::addRow("/€") << u"/€"_s << 5 << 8 << 116;
    QTest::addRow("/k after a multi-byte key") << u"/k"_s << 5 << 19 << 127;
}

void TestJsonReader::positions()
{
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, offset);

    const auto doc = readJson(kPositionsDocument);
    IIA_VERIFY_RESULT(doc);
    QCOMPARE(doc->positions.size(), 15);
    QVERIFY2(doc->positions.contains(pointer), qPrintable(pointer));
    const TextPosition position = doc->positions.value(pointer);
    QCOMPARE(position.line, line);
    QCOMPARE(position.column, column);
    QCOMPARE(position.offset, qsizetype(offset));
    QCOMPARE(doc->positionOf(pointer), position);
}

void TestJsonReader::positionOf_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("foundAt");

    QTest::addRow("exact") << u"/a/b/1"_s << u"/a/b/1"_s;
    QTest::addRow("missing index falls back to the array") << u"/a/b/7"_s << u"/a/b"_s;
    QTest::addRow("missing key, two levels") << u"/a/zzz/q"_s << u"/a"_s;
    QTest::addRow("missing at the top") << u"/nope"_s << QString();
    QTest::addRow("root") << QString() << QString();
    QTest::addRow("deeper than a scalar") << u"/a/b/0/x"_s << u"/a/b/0"_s;
    QTest::addRow("not a pointer") << u"nonsense"_s << QString();
}

void TestJsonReader::positionOf()
{
    QFETCH(QString, pointer);
    QFETCH(QString, foundAt);

    const auto doc = readJson("  {\"a\": {\"b\": [10, 20]}}"_ba);
    IIA_VERIFY_RESULT(doc);
    QVERIFY(doc->positions.contains(foundAt));
    QCOMPARE(doc->positionOf(pointer), doc->positions.value(foundAt));
    QCOMPARE(doc->positionOf(u"/a/b/1"_s), (TextPosition{1, 20, 19}));
    QCOMPARE(JsonDocument().positionOf(pointer), TextPosition());
}

void TestJsonReader::escapedKeysInPositions()
{
    const auto doc = readJson(R"({"a/b": {"~": [true]}, "": 2, "~1": 3})"_ba);
    IIA_VERIFY_RESULT(doc);
    QStringList pointers = doc->positions.keys();
    pointers.sort();
    QCOMPARE(pointers, (QStringList{u""_s, u"/"_s, u"/a~1b"_s, u"/a~1b/~0"_s, u"/a~1b/~0/0"_s, u"/~01"_s}));
    QCOMPARE(doc->positions.value(u"/a~1b/~0/0"_s), (TextPosition{1, 16, 15}));
    QCOMPARE(doc->positions.value(u"/"_s), (TextPosition{1, 28, 27}));
}

void TestJsonReader::pointerEscape_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("escaped");

    QTest::addRow("plain") << u"plain"_s << u"plain"_s;
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("spec example") << u"a/b~c"_s << u"a~1b~0c"_s;
    QTest::addRow("tilde one is not a slash") << u"~1"_s << u"~01"_s;
    QTest::addRow("slash") << u"/"_s << u"~1"_s;
    QTest::addRow("tilde then slash") << u"~/"_s << u"~0~1"_s;
    QTest::addRow("non-ASCII") << u"é/€"_s << u"é~1€"_s;
}

void TestJsonReader::pointerEscape()
{
    QFETCH(QString, key);
    QFETCH(QString, escaped);

    QCOMPARE(jsonPointerEscape(key), escaped);
    QCOMPARE(jsonPointerChild(u"/p"_s, key), u"/p/"_s + escaped);
}

void TestJsonReader::pointerChild()
{
    QCOMPARE(jsonPointerChild(QString(), u"a"_s), u"/a"_s);
    QCOMPARE(jsonPointerChild(u"/a"_s, u"b/c"_s), u"/a/b~1c"_s);
    QCOMPARE(jsonPointerChild(QString(), QString()), u"/"_s);
    QCOMPARE(jsonPointerChild(u"/a"_s, 2), u"/a/2"_s);
    QCOMPARE(jsonPointerChild(QString(), 0), u"/0"_s);
    QCOMPARE(jsonPointerChild(u"/list"_s, qsizetype(1234567)), u"/list/1234567"_s);
}

void TestJsonReader::byteOrderMark()
{
    const auto doc = readJson("\xEF\xBB\xBF{\"a\": 1}"_ba);
    IIA_VERIFY_RESULT(doc);
    QCOMPARE(doc->root, QJsonValue(QJsonObject{{u"a"_s, 1}}));
    // Columns start after the BOM; offsets count its bytes.
    QCOMPARE(doc->positions.value(QString()), (TextPosition{1, 1, 3}));
    QCOMPARE(doc->positions.value(u"/a"_s), (TextPosition{1, 7, 9}));

    const auto bomOnly = readJson("\xEF\xBB\xBF"_ba);
    QVERIFY(!bomOnly);
    QCOMPARE(bomOnly.error().message, u"The text is empty: it contains no JSON value."_s);

    // Only a leading BOM is skipped.
    const auto inside = readJson("[\xEF\xBB\xBF]"_ba);
    QVERIFY(!inside);
    QCOMPARE(inside.error().column, 2);
    QCOMPARE(inside.error().message, u"Expected a value but found “\uFEFF”."_s);
    const auto twice = readJson("\xEF\xBB\xBF\xEF\xBB\xBF[]"_ba);
    QVERIFY(!twice);
    QCOMPARE(twice.error().column, 1);
}

static QByteArray nestedArrays(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

static QByteArray nestedObjects(int depth)
{
    QByteArray json;
    for (int i = 0; i < depth; ++i)
        json += "{\"a\":";
    return json + "1" + QByteArray(depth, '}');
}

void TestJsonReader::depthLimit_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("column"); // 0 when the document must be read
    QTest::addColumn<QString>("pointer");

    QTest::addRow("64 arrays") << nestedArrays(64) << 64 << 0 << QString();
    QTest::addRow("65 arrays") << nestedArrays(65) << 64 << 65 << u"/0"_s.repeated(64);
    QTest::addRow("64 objects") << nestedObjects(64) << 64 << 0 << QString();
    QTest::addRow("65 objects") << nestedObjects(65) << 64 << 321 << u"/a"_s.repeated(64);
    QTest::addRow("scalars add no depth") << "[[\"x\", 1, true]]"_ba << 2 << 0 << QString();
    QTest::addRow("max 1, flat") << "[1, {}]"_ba << 1 << 5 << u"/1"_s;
    QTest::addRow("a million levels fail quickly")
        << nestedArrays(1'000'000) << 64 << 65 << u"/0"_s.repeated(64);
    QTest::addRow("clamped to kMaxJsonDepth") << nestedArrays(kMaxJsonDepth + 1) << 10'000'000
                                              << kMaxJsonDepth + 1 << u"/0"_s.repeated(kMaxJsonDepth);
    QTest::addRow("kMaxJsonDepth passes") << nestedArrays(kMaxJsonDepth) << 10'000'000 << 0 << QString();
}

void TestJsonReader::depthLimit()
{
    QFETCH(QByteArray, json);
    QFETCH(int, maxDepth);
    QFETCH(int, column);
    QFETCH(QString, pointer);

    const auto doc = readJson(json, QString(), JsonReadOptions{maxDepth});
    if (column == 0) {
        IIA_VERIFY_RESULT(doc);
        return;
    }
    QVERIFY(!doc);
    QCOMPARE(doc.error().code, ErrorCode::Parse);
    QCOMPARE(doc.error().line, 1);
    QCOMPARE(doc.error().column, column);
    QCOMPARE(doc.error().pointer, pointer);
    QCOMPARE(doc.error().message,
             u"The data is nested too deeply: more than %1 levels of objects and arrays."_s.arg(
                 std::min(maxDepth, kMaxJsonDepth)));
}

void TestJsonReader::jsonErrorLocation()
{
    const auto doc = readJson("{\n  \"list\": [1, {\"x\": 2}]\n}"_ba);
    IIA_VERIFY_RESULT(doc);

    const Error exact = jsonError(ErrorCode::Semantic, u"Bad."_s, *doc, u"/list/1/x"_s, u"f.json"_s);
    QCOMPARE(exact.code, ErrorCode::Semantic);
    QCOMPARE(exact.message, u"Bad."_s);
    QCOMPARE(exact.file, u"f.json"_s);
    QCOMPARE(exact.line, 2);
    QCOMPARE(exact.column, 21);
    QCOMPARE(exact.pointer, u"/list/1/x"_s);

    // A pointer to nothing keeps its text but takes the position of its nearest ancestor.
    const Error missing = jsonError(ErrorCode::Schema, u"Missing."_s, *doc, u"/list/1/y"_s, u"f.json"_s);
    QCOMPARE(missing.line, 2);
    QCOMPARE(missing.column, 15);
    QCOMPARE(missing.toString(), u"f.json:2:15: /list/1/y: Missing."_s);
}

void TestJsonReader::largeDocument_data()
{
    QTest::addColumn<bool>("oneLine");

    QTest::addRow("one element a line") << false;
    QTest::addRow("all on one line") << true;
}

void TestJsonReader::largeDocument()
{
    QFETCH(bool, oneLine);

    constexpr qsizetype kSize = 5 * 1024 * 1024;
    const char *separator = oneLine ? ", " : ",\n";
    QByteArray json = "[";
    json += oneLine ? "" : "\n";
    QByteArray element;
    qsizetype lastStart = 0;
    qsizetype lastLineStart = 0;
    int lines = oneLine ? 1 : 2;
    qsizetype count = 0;
    while (json.size() < kSize) {
        if (count > 0) {
            json += separator;
            if (!oneLine) {
                ++lines;
                lastLineStart = json.size();
            }
        } else if (!oneLine) {
            lastLineStart = json.size();
        }
        lastStart = json.size();
        element = "{\"clé\": " + QByteArray::number(count) + ", \"v\": [" + QByteArray::number(count * 0.25) +
                  ", \"ünïcödé ✓\", true, null]}";
        json += element;
        ++count;
    }
    json += oneLine ? "]" : "\n]\n";

    const auto doc = readJson(json);
    IIA_VERIFY_RESULT(doc);
    QCOMPARE(doc->root.toArray().size(), count);
    QCOMPARE(doc->positions.size(), 1 + count * 7);

    // The last element, and its "true", computed independently: columns from the decoded line.
    const QString last = jsonPointerChild(QString(), count - 1);
    const int column = int(QString::fromUtf8(json.mid(lastLineStart, lastStart - lastLineStart)).size()) + 1;
    QCOMPARE(doc->positions.value(last), (TextPosition{lines, column, lastStart}));
    const qsizetype trueInElement = element.indexOf("true");
    const int trueColumn = column + int(QString::fromUtf8(element.left(trueInElement)).size());
    QCOMPARE(doc->positions.value(last + u"/v/2"_s),
             (TextPosition{lines, trueColumn, lastStart + trueInElement}));
    QCOMPARE(doc->root.toArray().last().toObject().value(u"clé"_s).toDouble(), double(count - 1));
}

void TestJsonReader::largeObject_data()
{
    QTest::addColumn<QByteArray>("extra");

    QTest::addRow("built by QJsonDocument") << QByteArray();
    // A U+FEFF starting a string makes the reader build the tree itself.
    QTest::addRow("built by the reader") << ", \"bom\": \"\xEF\xBB\xBF\""_ba;
}

void TestJsonReader::largeObject()
{
    QFETCH(QByteArray, extra);

    constexpr int kCount = 100'000;
    QByteArray json = "{";
    for (int i = 0; i < kCount; ++i)
        json += (i > 0 ? ", \"k" : "\"k") + QByteArray::number(i) + "\": " + QByteArray::number(i);
    json += extra + "}";

    const auto doc = readJson(json);
    IIA_VERIFY_RESULT(doc);
    const QJsonObject object = doc->root.toObject();
    QCOMPARE(object.size(), kCount + (extra.isEmpty() ? 0 : 1));
    QCOMPARE(object.value(u"k0"_s), QJsonValue(0));
    QCOMPARE(object.value(u"k12345"_s), QJsonValue(12345));
    QCOMPARE(object.value(u"k99999"_s), QJsonValue(99999));
    const qsizetype last = json.indexOf("99999\"") + 8;
    QCOMPARE(doc->positions.value(u"/k99999"_s), (TextPosition{1, int(last) + 1, last}));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
