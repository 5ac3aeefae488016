// Text helpers shared by the draft readers.

#include "draftformats_p.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace iia::draftformats {

using namespace Qt::StringLiterals;

std::unexpected<Error> failFor(ErrorCode code, const QString &message, const QString &fileName)
{
    return std::unexpected(Error{code, message, fileName, 0, 0, {}});
}

QString decodeWindows1252(QByteArrayView data)
{
    // 0x80–0x9F; 0 where Windows-1252 defines nothing (those bytes keep their Latin-1 value).
    static constexpr std::array<char16_t, 32> kHigh = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    QString text(data.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : data) {
        const auto value = static_cast<unsigned char>(byte);
        const char16_t mapped = value >= 0x80 && value < 0xA0 ? kHigh[value - 0x80] : char16_t(0);
        *out++ = QChar(mapped != 0 ? mapped : char16_t(value));
    }
    return text;
}

QString decodeText(QByteArrayView data)
{
    if (const auto encoding = QStringConverter::encodingForData(data)) {
        // A byte order mark: trust it (the decoder drops the mark itself).
        QStringDecoder decoder(*encoding);
        return decoder(data);
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8(data);
    if (!utf8.hasError())
        return text;
    return decodeWindows1252(data);
}

QString normalizeText(QString text)
{
    QString clean;
    clean.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'\r':
            if (i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            clean += u'\n';
            break;
        case u'\n':
        case u'\f':
        case u'\v':
        case 0x0085: // next line
        case 0x2028: // line separator
        case 0x2029: // paragraph separator
            clean += u'\n';
            break;
        case u'\t': clean += u'\t'; break;
        case 0x00A0: // no-break space
        case 0x2007: // figure space
        case 0x202F: // narrow no-break space
            clean += u' ';
            break;
        case 0x00AD: // soft hyphen
        case 0x200B: // zero-width space
        case 0xFEFF: // byte order mark, zero-width no-break space
        case 0xFFFC: // object replacement character (an image)
        case 0xFDD0: // QTextDocument's frame markers
        case 0xFDD1: break;
        default:
            if (c < 0x20 || (c >= 0x7F && c < 0xA0))
                break;
            clean += QChar(c);
        }
    }

    // Trailing spaces go; blank lines never come two in a row, nor at the start.
    QString result;
    result.reserve(clean.size());
    bool pendingBlank = false;
    for (QStringView line : QStringView(clean).split(u'\n')) {
        qsizetype end = line.size();
        while (end > 0 && (line.at(end - 1) == u' ' || line.at(end - 1) == u'\t'))
            --end;
        line = line.first(end);
        if (line.isEmpty()) {
            pendingBlank = !result.isEmpty();
            continue;
        }
        if (!result.isEmpty())
            result += pendingBlank ? u"\n\n"_s : u"\n"_s;
        result += line;
        pendingBlank = false;
    }
    return result;
}

QString joinParagraphs(const QStringList &paragraphs)
{
    QString text;
    for (const QString &paragraph : paragraphs) {
        const QString trimmed = paragraph.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!text.isEmpty())
            text += u"\n\n"_s;
        text += trimmed;
    }
    return text;
}

namespace {

QString roman(int value)
{
    static constexpr std::array<std::pair<int, const char16_t *>, 13> kNumerals = {{{1000, u"m"},
                                                                                    {900, u"cm"},
                                                                                    {500, u"d"},
                                                                                    {400, u"cd"},
                                                                                    {100, u"c"},
                                                                                    {90, u"xc"},
                                                                                    {50, u"l"},
                                                                                    {40, u"xl"},
                                                                                    {10, u"x"},
                                                                                    {9, u"ix"},
                                                                                    {5, u"v"},
                                                                                    {4, u"iv"},
                                                                                    {1, u"i"}}};
    QString result;
    for (const auto &[amount, numeral] : kNumerals) {
        while (value >= amount) {
            result += QStringView(numeral);
            value -= amount;
        }
    }
    return result;
}

} // namespace

QString formatCounter(int value, QChar format)
{
    if (value <= 0)
        return QString::number(value);
    switch (format.unicode()) {
    case u'a':
    case u'A': {
        // a … z, aa … zz, aaa …: the letter repeated, as word processors do.
        const QChar letter(char16_t((format == u'a' ? u'a' : u'A') + (value - 1) % 26));
        return QString((value - 1) / 26 + 1, letter);
    }
    case u'i': return value < 4000 ? roman(value) : QString::number(value);
    case u'I': return value < 4000 ? roman(value).toUpper() : QString::number(value);
    default: return QString::number(value);
    }
}

QString bulletText(const QString &bullet)
{
    const QString trimmed = bullet.trimmed();
    if (trimmed.isEmpty())
        return u"•"_s;
    for (const QChar c : trimmed) {
        // Symbol and Wingdings bullets sit in the private use area; they mean nothing without the font.
        if (c.unicode() >= 0xE000 && c.unicode() <= 0xF8FF)
            return u"•"_s;
    }
    return trimmed;
}

} // namespace iia::draftformats
