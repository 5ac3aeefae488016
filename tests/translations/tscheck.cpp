// iia_tscheck: checks one Qt Linguist file that lupdate has just brought up to date with the sources, and
// prints every message a translator still has to look at, with its context and source text.
//
//   iia_tscheck --forms N [--n-optional I,J…] [--original FILE] UPDATED
//
// A message fails when it is unfinished (new in the sources, or changed since it was translated), vanished or
// obsolete, empty, when a plural message has not exactly N forms, or when a translation drops (or adds) a
// %1…%9 placeholder of its source. %n may be missing only in the plural forms listed by --n-optional
// (Arabic's "one" and "two", which name the number in words). With --original, the file as committed is read
// too: a message it holds that the sources no longer have is reported, as is anything vanished or obsolete in
// it. Exit status: 0 complete, 1 something to translate, 2 bad usage or unreadable file.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <QXmlStreamReader>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms; // the translation, or its plural forms
    qint64 line = 0;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
};

std::optional<TsFile> read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    TsFile ts;
    QXmlStreamReader xml(&file);
    QString context;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"TS") {
            ts.language = xml.attributes().value(u"language").toString();
            continue; // descend
        }
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                Message m;
                m.context = context;
                m.line = xml.lineNumber();
                m.numerus = xml.attributes().value(u"numerus") == u"yes";
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"source") {
                        m.source = xml.readElementText();
                    } else if (xml.name() == u"comment") {
                        m.comment = xml.readElementText();
                    } else if (xml.name() == u"translation") {
                        m.type = xml.attributes().value(u"type").toString();
                        if (m.numerus) {
                            while (xml.readNextStartElement()) {
                                if (xml.name() == u"numerusform")
                                    m.forms.append(
                                        xml.readElementText(QXmlStreamReader::IncludeChildElements));
                                else
                                    xml.skipCurrentElement();
                            }
                        } else {
                            m.forms.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                ts.messages.append(m);
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        *error =
            u"%1:%2:%3: %4"_s.arg(path).arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    return ts;
}

// The placeholders %1…%9 (and %L1…) of a text, without the L.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?([1-9])"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.insert(u'%' + m.captured(1));
    return found;
}

QString quoted(const QString &text)
{
    QString t = text;
    t.replace(u'\n', u"\\n"_s);
    return u'"' + t + u'"';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Checks that a Qt Linguist file is completely translated."_s);
    parser.addHelpOption();
    const QCommandLineOption formsOption(u"forms"_s, u"The number of plural forms of the language."_s,
                                         u"N"_s);
    const QCommandLineOption nOptionalOption(u"n-optional"_s,
                                             u"Plural forms (0-based) that may leave out %n."_s, u"I,J"_s);
    const QCommandLineOption originalOption(u"original"_s, u"The file as committed."_s, u"FILE"_s);
    parser.addOptions({formsOption, nOptionalOption, originalOption});
    parser.addPositionalArgument(u"UPDATED"_s, u"The file as lupdate leaves it."_s);
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok = false;
    const int forms = parser.value(formsOption).toInt(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || forms < 1) {
        err << parser.helpText();
        return 2;
    }
    QSet<int> nOptional;
    for (const QString &i : parser.value(nOptionalOption).split(u',', Qt::SkipEmptyParts))
        nOptional.insert(i.toInt());

    QString error;
    const QString updatedPath = parser.positionalArguments().constFirst();
    const auto updated = read(updatedPath, &error);
    if (!updated) {
        err << error << Qt::endl;
        return 2;
    }
    const QString name =
        QFileInfo(parser.isSet(originalOption) ? parser.value(originalOption) : updatedPath).fileName();

    QStringList problems;
    auto report = [&](const Message &m, const QString &what) {
        problems.append(u"%1: [%2] %3%4\n    %5"_s.arg(
            name, m.context, quoted(m.source), m.comment.isEmpty() ? QString() : u" ("_s + m.comment + u')',
            what));
    };

    QSet<QString> current;
    for (const Message &m : updated->messages) {
        current.insert(m.key());
        if (m.type == u"vanished" || m.type == u"obsolete") {
            report(m, u"is no longer in the sources (%1): run the update_translations target"_s.arg(m.type));
            continue;
        }
        if (m.type == u"unfinished") {
            const QString suggestion = m.forms.join(u" | "_s).trimmed();
            report(m,
                   suggestion.isEmpty()
                       ? u"is not translated"_s
                       : u"is unfinished (new or changed since translated); the translation so far: %1"_s.arg(
                             quoted(suggestion)));
            continue;
        }
        if (m.numerus && m.forms.size() != forms) {
            report(m, u"has %1 plural form(s); the language needs %2"_s.arg(m.forms.size()).arg(forms));
            continue;
        }
        const QSet<QString> wanted = placeholders(m.source);
        for (qsizetype i = 0; i < m.forms.size(); ++i) {
            const QString &form = m.forms.at(i);
            const QString which = m.numerus ? u"plural form %1"_s.arg(i) : u"the translation"_s;
            if (form.trimmed().isEmpty()) {
                report(m, which + u" is empty"_s);
                continue;
            }
            const QSet<QString> got = placeholders(form);
            for (const QString &p : wanted - got)
                report(m, u"%1 drops %2: %3"_s.arg(which, p, quoted(form)));
            for (const QString &p : got - wanted)
                report(m, u"%1 has %2, which the source does not: %3"_s.arg(which, p, quoted(form)));
            if (m.numerus && m.source.contains(u"%n") && !form.contains(u"%n") && !nOptional.contains(int(i)))
                report(m, u"%1 drops %n: %2"_s.arg(which, quoted(form)));
        }
    }

    if (parser.isSet(originalOption)) {
        const auto original = read(parser.value(originalOption), &error);
        if (!original) {
            err << error << Qt::endl;
            return 2;
        }
        for (const Message &m : original->messages) {
            if (m.type == u"vanished" || m.type == u"obsolete")
                report(m, u"is marked %1 in the committed file: run the update_translations target"_s.arg(
                              m.type));
            else if (!current.contains(m.key()))
                report(m, u"is no longer in the sources: run the update_translations target"_s);
        }
    }

    if (problems.isEmpty()) {
        out << name << u": complete, "_s << updated->messages.size() << u" messages"_s << Qt::endl;
        return 0;
    }
    out << problems.join(u'\n') << Qt::endl
        << name << u": "_s << problems.size() << u" problem(s) in "_s << updated->messages.size()
        << u" messages"_s << Qt::endl;
    return 1;
}
