#include "syntax/draftsyntax.h"

#include "framework.h"

#include <QSet>
#include <QXmlStreamWriter>

#include <algorithm>
#include <array>
#include <iterator>

namespace iia {

using namespace Qt::StringLiterals;

namespace {

// One default style per item, in framework order. The first fifteen look different from each other, from
// plain text and from clause headings in both Breeze Light and Breeze Dark, the default themes; no set of
// fifteen does without dsError (red, underlined), and dsKeyword looks like a heading in Breeze Light. The
// loudest, dsAlert, goes to reachability (blocking, shutdown). A framework with more items uses the rest,
// then starts again.
constexpr std::array kItemStyles = {
    "dsFunction",    "dsVariable",     "dsOperator", "dsPreprocessor", "dsString",         "dsInformation",
    "dsExtension",   "dsChar",         "dsAlert",    "dsConstant",     "dsSpecialString",  "dsDocumentation",
    "dsBuiltIn",     "dsRegionMarker", "dsError",    "dsDecVal",       "dsVerbatimString", "dsAttribute",
    "dsSpecialChar", "dsCommentVar",   "dsImport",   "dsAnnotation",   "dsWarning",        "dsDataType",
    "dsBaseN",       "dsFloat",        "dsOthers",   "dsComment",      "dsKeyword",
};

// KSyntaxHighlighting ends a word at these characters (its WordDelimiters)…
constexpr char16_t kDefaultDelimiters[] = u"\t !%&()*+,-./:;<=>?[\\]^{|}~";
// …and, as we ask, at quotes, typographic dashes and spaces without a break or width, which drafts use and
// which would otherwise glue a keyword to its neighbour.
constexpr char16_t kAdditionalDelimiters[] =
    u"\"'`\u00a0\u00ab\u00bb\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    u"\u2009\u200a\u200b\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e"
    u"\u2026\u2039\u203a\u202f\u205f\u3000";

// The keyword list of every single word and of the first word of every phrase that starts with one.
constexpr QLatin1StringView kTermList("Any Term");

struct Phrase
{
    QString term;
    QString itemId;
};

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'_';
}

bool isDelimiter(QChar c)
{
    return c.isSpace() || QStringView(kDefaultDelimiters).contains(c) ||
           QStringView(kAdditionalDelimiters).contains(c);
}

// The languages of framework in its own order, then any others its texts use, sorted: the order in which
// terms and patterns are read, so that "first" is well defined and the output stable.
QStringList languageOrder(const Framework &framework)
{
    QStringList languages = framework.languages;
    QStringList others;
    auto addOther = [&](const QString &language) {
        if (!languages.contains(language) && !others.contains(language))
            others.append(language);
    };
    for (const Item *item : framework.items()) {
        for (auto it = item->keywords.cbegin(); it != item->keywords.cend(); ++it)
            addOther(it.key());
    }
    for (auto it = framework.clausePatterns.cbegin(); it != framework.clausePatterns.cend(); ++it)
        addOther(it.key());
    std::sort(others.begin(), others.end());
    return languages + others;
}

// A term goes into a keyword list when KSyntaxHighlighting sees it as one word; anything with spaces or
// punctuation is matched by a regular expression instead.
bool isSingleWord(const QString &term)
{
    return std::all_of(term.cbegin(), term.cend(), isWordCharacter);
}

// The word a phrase starts with, when the highlighter sees it as a word of its own in the text ("network" of
// "network usage fee", "geo" of "geo-blocking"); otherwise empty.
QString firstWord(const QString &phrase)
{
    const auto end = std::find_if_not(phrase.cbegin(), phrase.cend(), isWordCharacter);
    if (end == phrase.cbegin() || end == phrase.cend() || !isDelimiter(*end))
        return QString();
    return phrase.first(end - phrase.cbegin());
}

// One word as the keyword lists see it: a run of anything but delimiters.
QString wordPattern()
{
    QString pattern = u"[^"_s;
    const QString delimiters = QStringView(kDefaultDelimiters) + QStringView(kAdditionalDelimiters);
    for (const QChar c : delimiters) {
        if (c == u'\t') {
            pattern += u"\\t"_s;
            continue;
        }
        if (c.unicode() < 128) {
            pattern += u'\\'; // any ASCII punctuation may be escaped, and some must be, in a class
            pattern += c;
        } else {
            pattern += u"\\x{%1}"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0')); // visible in the file
        }
    }
    return pattern + u"]+"_s;
}

QString escapeRegExp(const QString &text)
{
    static const QString special = u"\\^$.|?*+()[]{}"_s;
    QString escaped;
    escaped.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (special.contains(c))
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

// The apostrophes a draft writes in "l'accès" or "l’accès": the ASCII one and the typographic one, which
// word processors substitute as the author types. A term written with either matches both.
constexpr char16_t kApostrophes[] = u"'\u2019";

bool isApostrophe(QChar c)
{
    return QStringView(kApostrophes).contains(c);
}

// The key two terms are the same term by: case and the kind of apostrophe do not count.
QString termKey(const QString &term)
{
    QString key = term.toCaseFolded();
    std::replace_if(key.begin(), key.end(), isApostrophe, QChar(u'\''));
    return key;
}

// The words of a phrase, separated by any white space, with either apostrophe wherever it has one.
QString phraseBody(const QString &phrase)
{
    QStringList words = phrase.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words) {
        QString escaped;
        for (const QChar c : std::as_const(w)) {
            if (isApostrophe(c))
                escaped += u"['\\x{2019}]"_s;
            else
                escaped += escapeRegExp(QString(c));
        }
        w = escaped;
    }
    return words.join(u"\\s+"_s);
}

// Whole words only, like the keyword lists.
QString wholeWords(const QString &body)
{
    return u"(?<!\\w)"_s + body + u"(?!\\w)"_s;
}

// Whether longer, matched somewhere, means that shorter matches there too: "internet exchange point" and
// "internet exchange", but not "internet exchanges".
bool extends(const QString &longer, const QString &shorter)
{
    const QString l = termKey(longer);
    const QString s = termKey(shorter);
    return l.size() > s.size() && l.startsWith(s) && !isWordCharacter(l.at(s.size()));
}

// One expression for the phrases of an item, longest first. Where a longer phrase of another item matches,
// this one must not, so that the longest phrase wins whatever item it belongs to.
QString phraseGroupPattern(const QList<Phrase> &group, const QList<Phrase> &all)
{
    QStringList alternatives;
    for (const Phrase &phrase : group) {
        QStringList longer;
        for (const Phrase &other : all) {
            if (other.itemId != phrase.itemId && extends(other.term, phrase.term))
                longer.append(phraseBody(other.term));
        }
        QString alternative = phraseBody(phrase.term);
        if (!longer.isEmpty())
            alternative.prepend(u"(?!(?:"_s + longer.join(u'|') + u")(?!\\w))"_s);
        alternatives.append(alternative);
    }
    return wholeWords(u"(?:"_s + alternatives.join(u'|') + u')');
}

using Attributes = QList<std::pair<QString, QString>>;

void writeRule(QXmlStreamWriter &xml, const QString &type, const Attributes &attributes)
{
    xml.writeEmptyElement(type);
    for (const auto &[name, value] : attributes)
        xml.writeAttribute(name, value);
}

} // namespace

QString draftSyntaxName()
{
    return kDraftSyntaxName;
}

QByteArray draftSyntaxDefinition(const Framework &framework)
{
    const QStringList languages = languageOrder(framework);
    const QList<const Item *> items = framework.items();

    // Each term belongs to the first item that lists it, in any language.
    QSet<QString> seen;
    QList<std::pair<QString, QStringList>> wordLists; // item id → its single words, in reading order
    QList<Phrase> phrases;
    for (const Item *item : items) {
        QStringList words;
        for (const QString &language : languages) {
            for (const QString &raw : item->keywords.value(language)) {
                const QString term = raw.simplified();
                const QString key = termKey(term);
                if (term.isEmpty() || seen.contains(key))
                    continue;
                seen.insert(key);
                if (isSingleWord(term))
                    words.append(term);
                else
                    phrases.append({term, item->id});
            }
        }
        wordLists.append({item->id, words});
    }
    // The longest term that matches wins: "interconnection charge" (cp1) over "interconnection" (cp3). A
    // phrase is longer than any single word that starts where it starts, so phrases are tried first, longest
    // first.
    std::stable_sort(phrases.begin(), phrases.end(), [](const Phrase &a, const Phrase &b) {
        if (a.term.size() != b.term.size())
            return a.term.size() > b.term.size();
        return termKey(a.term) < termKey(b.term);
    });

    // The highlighter tries every rule of a context at every position it stops at, and a regular expression
    // per phrase there made a long line take milliseconds. So the main context stops once a word, asks one
    // keyword list whether any term starts with it, and only then tries the terms, in a context of their own
    // with one expression per item. A phrase that starts with something else than a word (rare) keeps a rule
    // of its own in the main context.
    QStringList terms;
    QSet<QString> termKeys;
    auto addTerm = [&](const QString &term) {
        if (!termKeys.contains(term.toCaseFolded())) {
            termKeys.insert(term.toCaseFolded());
            terms.append(term);
        }
    };
    for (const auto &[itemId, words] : std::as_const(wordLists)) {
        for (const QString &word : words)
            addTerm(word);
    }
    QList<Phrase> termPhrases;
    QList<Phrase> otherPhrases;
    for (const Phrase &phrase : std::as_const(phrases)) {
        const QString word = firstWord(phrase.term);
        if (word.isEmpty()) {
            otherPhrases.append(phrase);
        } else {
            addTerm(word);
            termPhrases.append(phrase);
        }
    }

    QStringList clausePatterns;
    for (const QString &language : languages) {
        for (const QString &pattern : framework.clausePatterns.value(language)) {
            if (!pattern.isEmpty() && !clausePatterns.contains(pattern))
                clausePatterns.append(pattern);
        }
    }

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDTD(u"<!DOCTYPE language>"_s);
    // No "--" in a comment: XML forbids it.
    xml.writeComment(
        u" Generated from the framework \"%1\" %2 by iia_syntaxgen; do not edit. After a change of "
        u"its keywords or clause patterns, build the target update-syntax. "_s.arg(
            QString(framework.id).replace(u"--"_s, u"- -"_s), framework.version));

    xml.writeStartElement(u"language"_s);
    xml.writeAttribute(u"name"_s, draftSyntaxName());
    xml.writeAttribute(u"section"_s, u"Other"_s);
    xml.writeAttribute(u"extensions"_s, u"*.iiadraft"_s);
    xml.writeAttribute(u"version"_s, QString::number(kDraftSyntaxVersion));
    xml.writeAttribute(u"kateversion"_s, u"5.0"_s);
    xml.writeAttribute(u"author"_s, u"Internet Impact Assessment"_s);

    xml.writeStartElement(u"highlighting"_s);
    auto writeList = [&xml](const QString &name, const QStringList &entries) {
        if (entries.isEmpty())
            return;
        xml.writeStartElement(u"list"_s);
        xml.writeAttribute(u"name"_s, name);
        for (const QString &entry : entries)
            xml.writeTextElement(u"item"_s, entry);
        xml.writeEndElement();
    };
    for (const auto &[itemId, words] : std::as_const(wordLists))
        writeList(itemId, words);
    writeList(kTermList, terms);

    const QString word = wordPattern();
    xml.writeStartElement(u"contexts"_s);
    xml.writeStartElement(u"context"_s);
    xml.writeAttribute(u"name"_s, u"Draft"_s);
    xml.writeAttribute(u"attribute"_s, kDraftNormalFormat);
    xml.writeAttribute(u"lineEndContext"_s, u"#stay"_s);
    for (const QString &pattern : std::as_const(clausePatterns)) {
        writeRule(xml, u"RegExpr"_s,
                  {{u"attribute"_s, kDraftClauseFormat},
                   {u"context"_s, u"#stay"_s},
                   {u"String"_s, pattern},
                   {u"column"_s, u"0"_s}});
    }
    writeRule(xml, u"DetectSpaces"_s, {{u"attribute"_s, kDraftNormalFormat}, {u"context"_s, u"#stay"_s}});
    if (!terms.isEmpty()) {
        writeRule(xml, u"keyword"_s,
                  {{u"context"_s, u"Term"_s},
                   {u"String"_s, kTermList},
                   {u"insensitive"_s, u"true"_s},
                   {u"lookAhead"_s, u"true"_s}});
    }
    for (const Phrase &phrase : std::as_const(otherPhrases)) {
        writeRule(xml, u"RegExpr"_s,
                  {{u"attribute"_s, phrase.itemId},
                   {u"context"_s, u"#stay"_s},
                   {u"String"_s, wholeWords(phraseBody(phrase.term))},
                   {u"insensitive"_s, u"true"_s}});
    }
    writeRule(xml, u"RegExpr"_s,
              {{u"attribute"_s, kDraftNormalFormat}, {u"context"_s, u"#stay"_s}, {u"String"_s, word}});
    xml.writeEndElement(); // context

    // Entered at a word that some term starts with; the longest term that matches wins, else the word is
    // text.
    if (!terms.isEmpty()) {
        xml.writeStartElement(u"context"_s);
        xml.writeAttribute(u"name"_s, u"Term"_s);
        xml.writeAttribute(u"attribute"_s, kDraftNormalFormat);
        xml.writeAttribute(u"lineEndContext"_s, u"#pop"_s);
        for (const Item *item : items) {
            QList<Phrase> group;
            std::copy_if(termPhrases.cbegin(), termPhrases.cend(), std::back_inserter(group),
                         [item](const Phrase &phrase) { return phrase.itemId == item->id; });
            if (group.isEmpty())
                continue;
            writeRule(xml, u"RegExpr"_s,
                      {{u"attribute"_s, item->id},
                       {u"context"_s, u"#pop"_s},
                       {u"String"_s, phraseGroupPattern(group, termPhrases)},
                       {u"insensitive"_s, u"true"_s}});
        }
        for (const auto &[itemId, words] : std::as_const(wordLists)) {
            if (!words.isEmpty()) {
                writeRule(xml, u"keyword"_s,
                          {{u"attribute"_s, itemId},
                           {u"context"_s, u"#pop"_s},
                           {u"String"_s, itemId},
                           {u"insensitive"_s, u"true"_s}});
            }
        }
        writeRule(xml, u"RegExpr"_s,
                  {{u"attribute"_s, kDraftNormalFormat}, {u"context"_s, u"#pop"_s}, {u"String"_s, word}});
        xml.writeEndElement(); // context
    }
    xml.writeEndElement(); // contexts

    xml.writeStartElement(u"itemDatas"_s);
    xml.writeEmptyElement(u"itemData"_s);
    xml.writeAttribute(u"name"_s, kDraftNormalFormat);
    xml.writeAttribute(u"defStyleNum"_s, u"dsNormal"_s);
    xml.writeEmptyElement(u"itemData"_s);
    xml.writeAttribute(u"name"_s, kDraftClauseFormat);
    xml.writeAttribute(u"defStyleNum"_s, u"dsControlFlow"_s);
    xml.writeAttribute(u"bold"_s, u"true"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        xml.writeEmptyElement(u"itemData"_s);
        xml.writeAttribute(u"name"_s, items.at(i)->id);
        xml.writeAttribute(u"defStyleNum"_s,
                           QLatin1StringView(kItemStyles.at(std::size_t(i) % kItemStyles.size())));
    }
    xml.writeEndElement(); // itemDatas
    xml.writeEndElement(); // highlighting

    xml.writeStartElement(u"general"_s);
    xml.writeEmptyElement(u"keywords"_s);
    xml.writeAttribute(u"casesensitive"_s, u"0"_s);
    xml.writeAttribute(u"additionalDeliminator"_s, QStringView(kAdditionalDelimiters));
    xml.writeEndElement(); // general

    xml.writeEndElement(); // language
    xml.writeEndDocument();
    return out;
}

} // namespace iia
