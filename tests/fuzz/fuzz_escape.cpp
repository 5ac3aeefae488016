// libFuzzer target: every escaper of core/report/escape.h on any text, UTF-8 or raw UTF-16 (lone surrogates
// included), checking what each promises: no markup survives escapeXml or escapeMarkdown, a CSV field is
// quoted correctly and never starts a formula, a file name is never empty and holds no path separator,
// control or bidirectional-override character.

#include "report/escape.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace iia;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void broken(const char *what, const QString &input, const QString &output)
{
    std::fprintf(stderr, "fuzz_escape: %s\ninput:  %s\noutput: %s\n", what, qPrintable(input.toHtmlEscaped()),
                 qPrintable(output.toHtmlEscaped()));
    std::abort();
}

bool isXmlCharacter(char32_t c)
{
    return c == 0x9 || c == 0xA || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
           c == 0x061C;
}

// The code points of text, a lone surrogate as U+FFFF.
QList<char32_t> codePoints(const QString &text)
{
    QList<char32_t> out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out.append(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            out.append(c.isSurrogate() ? char32_t(0xFFFF) : char32_t(c.unicode()));
        }
    }
    return out;
}

bool onlyXmlCharacters(const QString &text)
{
    for (const char32_t c : codePoints(text)) {
        if (!isXmlCharacter(c))
            return false;
    }
    return true;
}

// Every & starts one of entities; returns the text with them decoded.
std::optional<QString> decodeEntities(const QString &text, const QStringList &entities)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&') {
            out += text[i];
            continue;
        }
        bool found = false;
        for (const QString &entity : entities) {
            if (QStringView(text).sliced(i).startsWith(entity)) {
                out += entity == u"&amp;"_s    ? u"&"_s
                       : entity == u"&lt;"_s   ? u"<"_s
                       : entity == u"&gt;"_s   ? u">"_s
                       : entity == u"&quot;"_s ? u"\""_s
                       : entity == u"&#39;"_s  ? u"'"_s
                                               : u" "_s;
                i += entity.size() - 1;
                found = true;
                break;
            }
        }
        if (!found)
            return std::nullopt;
    }
    return out;
}

// A "|" not preceded by an odd number of backslashes separates table cells.
bool hasUnescapedPipe(const QString &text)
{
    qsizetype backslashes = 0;
    for (const QChar c : text) {
        if (c == u'|' && backslashes % 2 == 0)
            return true;
        backslashes = c == u'\\' ? backslashes + 1 : 0;
    }
    return false;
}

void checkClean(const QString &input)
{
    const QString clean = report::cleanText(input);
    if (!onlyXmlCharacters(clean) || clean.contains(u'\r'))
        broken("cleanText left a character that XML forbids", input, clean);
    for (const QChar c : clean) {
        if (c.unicode() >= 0x7F && c.unicode() <= 0x9F)
            broken("cleanText left DEL or a C1 control", input, clean);
    }
    if (report::cleanText(clean) != clean)
        broken("cleanText is not idempotent", input, clean);
}

void checkXml(const QString &input)
{
    const QString out = report::escapeXml(input);
    for (const QChar c : {u'<', u'>', u'"', u'\''}) {
        if (out.contains(c))
            broken("escapeXml left markup", input, out);
    }
    const auto decoded = decodeEntities(out, {u"&amp;"_s, u"&lt;"_s, u"&gt;"_s, u"&quot;"_s, u"&#39;"_s});
    if (!decoded)
        broken("escapeXml left an & that starts no entity", input, out);
    if (*decoded != report::cleanText(input))
        broken("escapeXml does not decode to the clean text", input, out);
}

void checkMarkdown(const QString &input, bool inTable)
{
    const QString out = report::escapeMarkdown(input, inTable);
    if (out.contains(u'<') || out.contains(u'\r') || !onlyXmlCharacters(out))
        broken("escapeMarkdown left raw HTML or a forbidden character", input, out);
    if (inTable && (out.contains(u'\n') || hasUnescapedPipe(out)))
        broken("escapeMarkdown left a line break or a cell separator in a table cell", input, out);
    if (!decodeEntities(out, {u"&amp;"_s, u"&lt;"_s, u"&#32;"_s}))
        broken("escapeMarkdown left an & that starts no entity", input, out);
}

void checkCsv(const QString &input)
{
    const QString out = report::csvField(input);
    QString value = out;
    if (out.startsWith(u'"')) {
        if (out.size() < 2 || !out.endsWith(u'"'))
            broken("csvField opened a quote it did not close", input, out);
        value = out.sliced(1, out.size() - 2);
        if (QString(value).replace(u"\"\""_s, QString()).contains(u'"'))
            broken("csvField left a quote undoubled", input, out);
        value.replace(u"\"\""_s, u"\""_s);
    } else {
        for (const QChar c : {u',', u'"', u'\r', u'\n', u';'}) {
            if (out.contains(c))
                broken("csvField did not quote a field that needs it", input, out);
        }
    }
    qsizetype first = 0;
    while (first < value.size() && value[first] == u' ')
        ++first;
    if (first < value.size() && QStringView(u"=+-@\t\r＝＋－＠").contains(value[first]))
        broken("csvField left a formula", input, out);
}

void checkFileName(const QString &input, int maxLength)
{
    const QString fallback = u"untitled"_s;
    const QString out = report::safeFileName(input, fallback, maxLength);
    if (out.isEmpty())
        broken("safeFileName returned nothing", input, out);
    const QList<char32_t> points = codePoints(out);
    for (const char32_t c : points) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFF || c == 0xFEFF || isBidiControl(c) ||
            (c < 0x80 && std::strchr("/\\<>:\"|?*", int(c)) != nullptr))
            broken("safeFileName left a forbidden character", input, out);
    }
    if (out != fallback) {
        if (points.size() > maxLength)
            broken("safeFileName returned a name longer than maxLength", input, out);
        if (out.startsWith(u' ') || out.startsWith(u'.') || out.startsWith(u'-') || out.endsWith(u' ') ||
            out.endsWith(u'.'))
            broken("safeFileName left a leading or trailing space, dot or dash", input, out);
        static const QRegularExpression reserved(u"^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\\..*)?$"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        if (reserved.match(out).hasMatch())
            broken("safeFileName returned a reserved device name", input, out);
    }
}

} // namespace

// The first byte chooses the reading (bit 0: raw UTF-16 or UTF-8), the table mode (bit 1) and the file
// name length (the rest, -2 to 61); the other bytes are the text.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    ++data;
    --size;
    QString text;
    if (mode & 1) {
        text = QString(qsizetype(size / 2), Qt::Uninitialized);
        std::memcpy(text.data(), data, size / 2 * 2);
    } else {
        text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    }
    checkClean(text);
    checkXml(text);
    checkMarkdown(text, mode & 2);
    checkCsv(text);
    checkFileName(text, (mode >> 2) - 2); // -2 … 61
    return 0;
}
