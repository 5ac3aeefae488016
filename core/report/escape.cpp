#include "escape.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iia::report {

namespace {

bool isXmlCharacter(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

// DEL and the C1 controls: allowed by XML 1.0 but invisible, and never meant as text in a brief.
bool isDeleteOrC1Control(char32_t c)
{
    return c >= 0x7F && c <= 0x9F;
}

// Explicit directional formatting characters: embeddings, overrides and isolates.
bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
           c == 0x061C;
}

// Visits every code point; a lone surrogate is reported as U+FFFF (not an XML character).
template<typename Visit>
void forEachCodePoint(QStringView text, Visit visit)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else if (c.isSurrogate()) {
            visit(char32_t(0xFFFF));
        } else {
            visit(char32_t(c.unicode()));
        }
    }
}

void append(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(char16_t(c));
    }
}

} // namespace

QString cleanText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool lastWasCr = false;
    forEachCodePoint(text, [&](char32_t c) {
        if (c == 0xD) {
            out += u'\n';
            lastWasCr = true;
            return;
        }
        if (c == 0xA && lastWasCr) {
            lastWasCr = false;
            return;
        }
        lastWasCr = false;
        if (isXmlCharacter(c) && !isDeleteOrC1Control(c))
            append(out, c);
    });
    return out;
}

QString escapeXml(QStringView text)
{
    const QString clean = cleanText(text);
    QString out;
    out.reserve(clean.size() + clean.size() / 8);
    for (const QChar c : clean) {
        switch (c.unicode()) {
        case u'&': out += "&amp;"_L1; break;
        case u'<': out += "&lt;"_L1; break;
        case u'>': out += "&gt;"_L1; break;
        case u'"': out += "&quot;"_L1; break;
        case u'\'': out += "&#39;"_L1; break;
        default: out += c;
        }
    }
    return out;
}

QString escapeMarkdown(QStringView text, bool inTable)
{
    const QString clean = cleanText(text);
    QString out;
    out.reserve(clean.size() + clean.size() / 4);
    bool lineStart = true;   // only whitespace so far on this line
    bool digitsOnly = false; // only digits so far on this line (an ordered list marker may follow)
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const QChar c = clean.at(i);
        const char16_t u = c.unicode();
        // An ordered list marker: digits, then "." or ")", then a space or the end of the line.
        const bool endsListMarker = digitsOnly && (u == u'.' || u == u')') &&
                                    (i + 1 == clean.size() || clean.at(i + 1) == u' ' ||
                                     clean.at(i + 1) == u'\t' || clean.at(i + 1) == u'\n');
        if (u == u'\n') {
            if (inTable) {
                out += u' ';
            } else {
                // A backslash before the line end is CommonMark's hard line break.
                out += "\\\n"_L1;
                lineStart = true;
                digitsOnly = false;
            }
            continue;
        }
        if (u == u'<') {
            out += "&lt;"_L1;
        } else if (u == u'&') {
            out += "&amp;"_L1;
        } else if (QStringView(u"\\`*_[]|~$").contains(c)) {
            out += u'\\';
            out += c;
        } else if (lineStart && (u == u' ' || u == u'\t')) {
            // Leading indentation would start a code block.
            out += "&#32;"_L1;
            continue;
        } else if ((lineStart && QStringView(u"#+-=>:").contains(c)) || endsListMarker) {
            // Would start a heading, list, quote, setext underline or definition.
            out += u'\\';
            out += c;
        } else {
            out += c;
        }
        digitsOnly = (lineStart || digitsOnly) && c.isDigit();
        lineStart = false;
    }
    return out;
}

QString csvField(QStringView text)
{
    QString value = cleanText(text);
    value.replace(u'\n', "\r\n"_L1);
    qsizetype first = 0;
    while (first < value.size() && value[first] == u' ')
        ++first;
    if (first < value.size()) {
        const QChar c = value[first];
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == u'＝' ||
            c == u'＋' || c == u'－' || c == u'＠')
            value.prepend(u'\'');
    }
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\r') || value.contains(u'\n') ||
        value.contains(u';')) {
        value.replace(u"\""_s, u"\"\""_s);
        return u'"' + value + u'"';
    }
    return value;
}

QString safeFileName(QStringView title, const QString &fallback, int maxLength)
{
    QString out;
    forEachCodePoint(title, [&](char32_t c) {
        if (c < 0x20 || isDeleteOrC1Control(c) || c == 0xFFFF || isBidiControl(c) || c == 0xFEFF)
            return;
        if (QStringView(u"/\\<>:\"|?*").contains(QChar(char16_t(c <= 0xFFFF ? c : 0))))
            c = u' ';
        // Collapse runs of whitespace.
        if (QChar::isSpace(c)) {
            if (!out.isEmpty() && !out.endsWith(u' '))
                out += u' ';
            return;
        }
        append(out, c);
    });
    auto trimEnds = [&out] {
        while (!out.isEmpty() && (out.front() == u' ' || out.front() == u'.' || out.front() == u'-'))
            out.remove(0, 1);
        while (!out.isEmpty() && (out.back() == u' ' || out.back() == u'.'))
            out.chop(1);
    };
    auto shorten = [&out, &trimEnds, maxLength] {
        if (out.size() <= maxLength)
            return;
        qsizetype cut = std::max(maxLength, 0);
        if (cut > 0 && out[cut - 1].isHighSurrogate())
            --cut;
        out.truncate(cut);
        trimEnds();
    };
    trimEnds();
    shorten();
    if (out.isEmpty())
        return fallback;
    static const QRegularExpression reserved(u"^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\\..*)?$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(out).hasMatch()) {
        out.prepend(u'_');
        shorten(); // the "_" counts too; what is left starts with it, so is no longer reserved
    }
    return out;
}

} // namespace iia::report
