// HTML → text through QTextDocument, with everything that could load a resource removed first and resource
// loading switched off as well.

#include "draftformats_p.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QVariant>

namespace iia::draftformats {

using namespace Qt::StringLiterals;

namespace {

// Never fetches anything: no images, no style sheets, local or remote.
class InertDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

QString decodeHtml(const QByteArray &data)
{
    const std::optional<QStringConverter::Encoding> encoding = QStringConverter::encodingForHtml(data);
    // Undeclared, UTF-8 or Latin-1 (which browsers read as Windows-1252): as plain text is decoded.
    if (!encoding || *encoding == QStringConverter::Utf8 || *encoding == QStringConverter::Latin1)
        return decodeText(data);
    QStringDecoder decoder(*encoding);
    return decoder(data);
}

QString strippedHtml(QString html)
{
    // An opening tag whose attribute values may contain ">".
    static constexpr auto kTag = uR"((?:[^>"']|"[^"]*"|'[^']*')*>)";
    static const QRegularExpression comments(uR"(<!--.*?(?:-->|\z))"_s,
                                             QRegularExpression::DotMatchesEverythingOption);
    // Elements whose content is code or markup of its own go with their content; the others only lose their
    // tags (an unclosed <iframe> must not swallow the rest of the page).
    static const QRegularExpression containers(
        uR"(<(script|style|template|noscript|svg|math)\b)"_s + QStringView(kTag) + uR"(.*?(?:</\1\s*>|\z))"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression embedded(
        uR"(</?(?:img|image|link|meta|base|input|source|track|param|iframe|frame|frameset|noframes|object|embed|applet|audio|video|canvas|picture)\b)"_s +
            QStringView(kTag),
        QRegularExpression::CaseInsensitiveOption);
    html.remove(comments);
    html.remove(containers);
    html.remove(embedded);
    return html;
}

QString listMarker(const QTextBlock &block)
{
    QTextList *list = block.textList();
    if (!list)
        return {};
    switch (list->format().style()) {
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman: return list->itemText(block);
    default: return u"•"_s;
    }
}

} // namespace

QString readHtml(const QByteArray &data)
{
    InertDocument document;
    document.setHtml(strippedHtml(decodeHtml(data)));
    QStringList paragraphs;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString text = block.text().trimmed();
        if (text.isEmpty())
            continue;
        const QString marker = listMarker(block);
        paragraphs.append(marker.isEmpty() ? text : marker + u' ' + text);
    }
    return joinParagraphs(paragraphs);
}

} // namespace iia::draftformats
