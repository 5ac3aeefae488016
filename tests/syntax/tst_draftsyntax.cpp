#include "frameworkregistry.h"
#include "syntax/draftrepository.h"
#include "syntax/draftsyntax.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Highlights a text line by line and records each stretch as "format:text".
class Recorder : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit Recorder(const KSyntaxHighlighting::Definition &definition) { setDefinition(definition); }

    QStringList highlight(const QString &text)
    {
        m_spans.clear();
        KSyntaxHighlighting::State state;
        const QStringList lines = text.split(u'\n');
        for (const QString &line : lines) {
            m_line = line;
            state = highlightLine(m_line, state);
        }
        return m_spans;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length > 0)
            m_spans.append(format.name() + u':' + m_line.mid(offset, length));
    }

private:
    QString m_line;
    QStringList m_spans;
};

// What KSyntaxHighlighting says while loading and highlighting: it reports bad definitions only there.
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category).startsWith("kf.syntaxhighlighting"))
        g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// The item a term of framework is coloured as: the first that lists it, in any language.
QString ownerOf(const iia::Framework &framework, const QString &term)
{
    const QString key = term.simplified().toCaseFolded();
    for (const iia::Item *item : framework.items()) {
        for (const QStringList &terms : item->keywords) {
            for (const QString &t : terms) {
                if (t.simplified().toCaseFolded() == key)
                    return item->id;
            }
        }
    }
    return QString();
}

iia::Item makeItem(const QString &id, const QMap<QString, QStringList> &keywords)
{
    iia::Item item;
    item.id = id;
    item.code = id.toUpper();
    item.keywords = keywords;
    return item;
}

} // namespace

class TestDraftSyntax : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void committedDefinitionIsUpToDate();
    void resourceIsTheCommittedFile();
    void outputIsDeterministic();
    void definitionLoads();
    void regularExpressionsCompile();
    void formats();
    void formatsLookDifferent_data();
    void formatsLookDifferent();
    void keywordLists();
    void everyKeywordHighlights_data();
    void everyKeywordHighlights();
    void highlight_data();
    void highlight();
    void otherFramework_data();
    void otherFramework();

private:
    iia::FrameworkPtr m_framework;
    // A framework of our own: two languages, overlapping terms, characters XML and regular expressions
    // escape.
    iia::Framework m_other;
    QTemporaryDir m_otherDir;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_otherRepository;
};

void TestDraftSyntax::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(recordMessage);

    iia::FrameworkRegistry registry;
    registry.load(QString());
    m_framework = registry.defaultFramework();
    QVERIFY(m_framework);
    QCOMPARE(m_framework->id, u"iiat"_s);

    m_other.id = u"other"_s;
    m_other.version = u"2.1"_s;
    m_other.defaultLanguage = u"en"_s;
    m_other.languages = {u"en"_s, u"fr"_s};
    m_other.properties = {
        makeItem(
            u"alpha"_s,
            {{u"en"_s, {u"data"_s, u"R&D <levy>"_s, u"c++"_s, u"  "_s, u"\"quoted\" term"_s, u"open data"_s}},
             {u"fr"_s, {u"données personnelles"_s, u"redevance"_s, u"l\u2019accès libre"_s}}}),
        makeItem(u"beta"_s, {{u"fr"_s, {u"Données"_s, u"DATA"_s, u"l'accès libre"_s}},
                             {u"en"_s, {u" data   centre "_s, u"open data portal"_s}}}),
    };
    m_other.enablers = {
        makeItem(u"gamma"_s, {{u"en"_s, {u"only phrases"_s, u"e-mail"_s}}}),
        makeItem(u"delta"_s, {}),
    };
    m_other.clausePatterns = {
        {u"en"_s, {u"(?m)^[ \\t]*§[ \\t]*[0-9]+"_s, u"(?im)^[ \\t]*article[ \\t]+[0-9]+"_s}},
        {u"fr"_s, {u"(?im)^[ \\t]*article[ \\t]+premier\\b"_s, u"(?m)^[ \\t]*§[ \\t]*[0-9]+"_s}},
    };
    m_other.buildIndex();

    QVERIFY(m_otherDir.isValid());
    QVERIFY(QDir(m_otherDir.path()).mkdir(u"syntax"_s));
    QFile file(m_otherDir.filePath(u"syntax/other.xml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(iia::draftSyntaxDefinition(m_other)) > 0);
    file.close();
    m_otherRepository = std::make_unique<KSyntaxHighlighting::Repository>();
    m_otherRepository->addCustomSearchPath(m_otherDir.path());
}

void TestDraftSyntax::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TestDraftSyntax::committedDefinitionIsUpToDate()
{
    const QByteArray committed = readFile(QStringLiteral(IIA_SOURCE_DIR "/resources/syntax/iia-draft.xml"));
    const QByteArray generated = iia::draftSyntaxDefinition(*m_framework);
    if (committed != generated) {
        QFAIL(
            "resources/syntax/iia-draft.xml is not what the built-in framework generates. After an intended "
            "change of keywords or clause patterns, regenerate it: cmake --build --preset dev --target "
            "update-syntax");
    }
}

void TestDraftSyntax::resourceIsTheCommittedFile()
{
    QCOMPARE(readFile(u":/iia/syntax/iia-draft.xml"_s),
             readFile(QStringLiteral(IIA_SOURCE_DIR "/resources/syntax/iia-draft.xml")));
}

void TestDraftSyntax::outputIsDeterministic()
{
    const QByteArray first = iia::draftSyntaxDefinition(m_other);
    QCOMPARE(iia::draftSyntaxDefinition(m_other), first);
    QVERIFY(first.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE language>\n"));
    QVERIFY(first.contains("<!-- Generated from the framework \"other\" 2.1 by iia_syntaxgen"));
    QXmlStreamReader xml(first);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // A pattern given for two languages is written once.
    QCOMPARE(first.count("column=\"0\""), 3);
    QVERIFY(first.contains("|R&amp;D\\s+&lt;levy&gt;|"));
    // A term and the same term with the other apostrophe are one term, the first item's; either apostrophe
    // matches.
    QCOMPARE(QString::fromUtf8(first).count(u"l['\\x{2019}]accès\\s+libre"_s), 1);
}

void TestDraftSyntax::definitionLoads()
{
    g_messages.clear();
    const KSyntaxHighlighting::Definition definition = iia::draftDefinition();
    QVERIFY(definition.isValid());
    QCOMPARE(definition.name(), u"Internet Impact Draft"_s);
    QCOMPARE(definition.name(), iia::draftSyntaxName());
    QCOMPARE(definition.section(), u"Other"_s);
    QCOMPARE(definition.extensions(), QStringList{u"*.iiadraft"_s});
    QCOMPARE(definition.version(), iia::kDraftSyntaxVersion);
    QCOMPARE(iia::draftRepository().definitionForFileName(u"law.iiadraft"_s).name(), iia::draftSyntaxName());
    // The draft repository still has KSyntaxHighlighting's own definitions and themes.
    QVERIFY(iia::draftRepository().definitionForName(u"Markdown"_s).isValid());
    QVERIFY(!iia::draftRepository().themes().isEmpty());

    QVERIFY(!definition.formats().isEmpty()); // loads the whole definition
    Recorder recorder(definition);
    QCOMPARE(recorder.highlight(u"Article 1\nblock"_s),
             (QStringList{u"Clause:Article 1"_s, u"reachability:block"_s}));
    QCOMPARE(g_messages, QStringList());
}

void TestDraftSyntax::regularExpressionsCompile()
{
    // KSyntaxHighlighting only logs a broken expression at debug level, and never matches it.
    QXmlStreamReader xml(iia::draftSyntaxDefinition(*m_framework));
    int count = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"RegExpr")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (attributes.value(u"insensitive") == u"true")
            options |= QRegularExpression::CaseInsensitiveOption;
        const QRegularExpression re(attributes.value(u"String").toString(), options);
        QVERIFY2(re.isValid(), qPrintable(re.pattern() + u": "_s + re.errorString()));
        ++count;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(count, 57); // 40 clause patterns (en 11, fr 14, es 13, ar 9), the phrases of each of 15 items, a
                         // word in each of 2 contexts
}

void TestDraftSyntax::formats()
{
    QStringList names;
    QSet<int> styles;
    for (const KSyntaxHighlighting::Format &format : iia::draftDefinition().formats()) {
        names.append(format.name());
        styles.insert(int(format.textStyle()));
        if (format.name() == iia::kDraftNormalFormat) {
            QCOMPARE(format.textStyle(), KSyntaxHighlighting::Theme::Normal);
        } else if (format.name() == iia::kDraftClauseFormat) {
            QCOMPARE(format.textStyle(), KSyntaxHighlighting::Theme::ControlFlow);
            QVERIFY(format.hasBoldOverride());
        } else {
            QVERIFY(!format.hasBoldOverride());
        }
    }
    QStringList expected = {u"Normal Text"_s, u"Clause"_s};
    for (const iia::Item *item : m_framework->items())
        expected.append(item->id);
    QCOMPARE(names, expected);
    QCOMPARE(styles.size(), 17); // a default style each
    QCOMPARE(iia::draftDefinition().formats().at(10).name(), u"reachability"_s);
    QCOMPARE(iia::draftDefinition().formats().at(10).textStyle(), KSyntaxHighlighting::Theme::Alert);
}

void TestDraftSyntax::formatsLookDifferent_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addRow("light") << u"Breeze Light"_s;
    QTest::addRow("dark") << u"Breeze Dark"_s;
}

void TestDraftSyntax::formatsLookDifferent()
{
    QFETCH(QString, theme);
    const KSyntaxHighlighting::Theme t = iia::draftRepository().theme(theme);
    QVERIFY(t.isValid());
    QMap<QString, QString> seen; // look → format
    for (const KSyntaxHighlighting::Format &format : iia::draftDefinition().formats()) {
        const QString look = QColor(format.textColor(t)).name(QColor::HexArgb) + u'/' +
                             QColor(format.backgroundColor(t)).name(QColor::HexArgb) +
                             (format.isBold(t) ? u" bold"_s : QString()) +
                             (format.isItalic(t) ? u" italic"_s : QString()) +
                             (format.isUnderline(t) ? u" underline"_s : QString());
        QVERIFY2(!seen.contains(look),
                 qPrintable(u"%1 looks like %2: %3"_s.arg(format.name(), seen.value(look), look)));
        seen.insert(look, format.name());
    }
    QCOMPARE(seen.size(), 17);
}

void TestDraftSyntax::keywordLists()
{
    const KSyntaxHighlighting::Definition definition = iia::draftDefinition();
    QStringList expected = {u"Any Term"_s};
    for (const iia::Item *item : m_framework->items())
        expected.append(item->id);
    QStringList lists = definition.keywordLists(); // in no particular order
    lists.sort();
    expected.sort();
    QCOMPARE(lists, expected);
    // English, French, Spanish and Arabic, in the order of the framework's languages.
    QCOMPARE(
        definition.keywordList(u"reachability"_s),
        (QStringList{
            u"block"_s,      u"blocking"_s,      u"filtering"_s,     u"blocklist"_s, u"blacklist"_s,
            u"shutdown"_s,   u"throttle"_s,      u"circumvention"_s, u"blocage"_s,   u"bloquer"_s,
            u"bloqué"_s,     u"filtrage"_s,      u"filtrer"_s,       u"coupure"_s,   u"déréférencement"_s,
            u"géoblocage"_s, u"contournement"_s, u"bloqueo"_s,       u"bloqueos"_s,  u"bloquear"_s,
            u"filtrado"_s,   u"filtrar"_s,       u"interrupción"_s,  u"apagón"_s,    u"geobloqueo"_s,
            u"elusión"_s,    u"حجب"_s,           u"الحجب"_s,         u"ترشيح"_s,     u"الترشيح"_s,
            u"تصفية"_s,      u"التصفية"_s,       u"التحايل"_s}));
    // "licence" is the first property's: an item's list holds only the single words it is the first to list.
    QCOMPARE(definition.keywordList(u"access"_s),
             (QStringList{
                 u"monopoly"_s,      u"affordability"_s, u"affordable"_s, u"tariff"_s,    u"taxation"_s,
                 u"subscription"_s,  u"underserved"_s,   u"monopole"_s,   u"abordable"_s, u"tarif"_s,
                 u"tarifs"_s,        u"fiscalité"_s,     u"abonnement"_s, u"monopolio"_s, u"exclusividad"_s,
                 u"asequibilidad"_s, u"asequible"_s,     u"tarifa"_s,     u"tarifas"_s,   u"impuesto"_s,
                 u"abono"_s,         u"suscripción"_s,   u"احتكار"_s,     u"الاحتكار"_s,  u"حصري"_s,
                 u"التعرفة"_s,       u"الضريبة"_s,       u"ضريبة"_s,      u"الاشتراك"_s}));
}

void TestDraftSyntax::everyKeywordHighlights_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("owner");
    for (const iia::Item *item : m_framework->items()) {
        for (auto it = item->keywords.cbegin(); it != item->keywords.cend(); ++it) {
            for (const QString &term : it.value())
                QTest::addRow("%s %s %s", qPrintable(item->id), qPrintable(it.key()), qPrintable(term))
                    << term << ownerOf(*m_framework, term);
        }
    }
}

void TestDraftSyntax::everyKeywordHighlights()
{
    QFETCH(QString, term);
    QFETCH(QString, owner);
    Recorder recorder(iia::draftDefinition());
    QCOMPARE(recorder.highlight(term), QStringList{owner + u':' + term});
    QCOMPARE(recorder.highlight(u"The "_s + term.toUpper() + u"."_s),
             (QStringList{u"Normal Text:The "_s, owner + u':' + term.toUpper(), u"Normal Text:."_s}));
}

void TestDraftSyntax::highlight_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("spans");

    QTest::addRow("clause, phrase and keyword")
        << u"Article 5\nOperators may charge a network usage fee and must block the site."_s
        << QStringList{u"Clause:Article 5"_s,      u"Normal Text:Operators may charge a "_s,
                       u"cp1:network usage fee"_s, u"Normal Text: and must "_s,
                       u"reachability:block"_s,    u"Normal Text: the site."_s};
    QTest::addRow("longer phrase of the same item")
        << u"must block access."_s
        << QStringList{u"Normal Text:must "_s, u"reachability:block access"_s, u"Normal Text:."_s};
    QTest::addRow("no keyword") << u"The minister shall publish a report."_s
                                << QStringList{u"Normal Text:The minister shall publish a report."_s};
    QTest::addRow("empty line") << u"block\n\nblock"_s
                                << QStringList{u"reachability:block"_s, u"reachability:block"_s};
    QTest::addRow("case") << u"NETWORK Usage FEE, Block"_s
                          << QStringList{u"cp1:NETWORK Usage FEE"_s, u"Normal Text:, "_s,
                                         u"reachability:Block"_s};
    QTest::addRow("phrase with any white space")
        << u"network  usage\tfee"_s << QStringList{u"cp1:network  usage\tfee"_s};
    QTest::addRow("phrase with a no-break space")
        << u"network\u00a0usage fee"_s << QStringList{u"cp1:network\u00a0usage fee"_s};
    QTest::addRow("phrase across lines")
        << u"network usage\nfee"_s << QStringList{u"Normal Text:network usage"_s, u"Normal Text:fee"_s};
    QTest::addRow("phrase inside longer words")
        << u"network usage fees"_s << QStringList{u"Normal Text:network usage fees"_s};
    QTest::addRow("phrase in brackets")
        << u"(network usage fee)"_s
        << QStringList{u"Normal Text:("_s, u"cp1:network usage fee"_s, u"Normal Text:)"_s};
    // Whole words only: "blocking" is highlighted because the framework lists it, "blocked" is not.
    QTest::addRow("inflection listed") << u"blocking"_s << QStringList{u"reachability:blocking"_s};
    QTest::addRow("keyword inside a word") << u"unblock the blocked sites, blocks"_s
                                           << QStringList{u"Normal Text:unblock the blocked sites, blocks"_s};
    QTest::addRow("keyword after a digit") << u"2block"_s << QStringList{u"Normal Text:2block"_s};
    QTest::addRow("longest term wins over an earlier item")
        << u"an interconnection charge or interconnection"_s
        << QStringList{u"Normal Text:an "_s, u"cp1:interconnection charge"_s, u"Normal Text: or "_s,
                       u"cp3:interconnection"_s};
    QTest::addRow("term of several items")
        << u"licence vpn"_s << QStringList{u"cp1:licence"_s, u"Normal Text: "_s, u"cp2:vpn"_s};
    QTest::addRow("hyphenated term") << u"geo-blocking"_s << QStringList{u"reachability:geo-blocking"_s};
    QTest::addRow("hyphen separates words")
        << u"anti-encryption"_s << QStringList{u"Normal Text:anti-"_s, u"use:encryption"_s};
    QTest::addRow("quotes") << u"“block” and \"filtering\""_s
                            << QStringList{u"Normal Text:“"_s, u"reachability:block"_s,
                                           u"Normal Text:” and \""_s, u"reachability:filtering"_s,
                                           u"Normal Text:\""_s};
    QTest::addRow("apostrophe") << u"the licence's terms"_s
                                << QStringList{u"Normal Text:the "_s, u"cp1:licence"_s,
                                               u"Normal Text:'s terms"_s};
    // Word processors turn the ASCII apostrophe into the typographic one as the author types; a term matches
    // with either, whichever the framework wrote.
    QTest::addRow("French phrase, ASCII apostrophe")
        << u"empêcher l'accès au site"_s
        << QStringList{u"reachability:empêcher l'accès"_s, u"Normal Text: au site"_s};
    QTest::addRow("French phrase, typographic apostrophe")
        << u"empêcher l\u2019accès au site"_s
        << QStringList{u"reachability:empêcher l\u2019accès"_s, u"Normal Text: au site"_s};
    QTest::addRow("French phrase, typographic apostrophe, capitals")
        << u"FRAIS D\u2019INTERCONNEXION"_s << QStringList{u"cp1:FRAIS D\u2019INTERCONNEXION"_s};
    QTest::addRow("French phrase, both apostrophes")
        << u"point d'échange, point d\u2019échange"_s
        << QStringList{u"cp3:point d'échange"_s, u"Normal Text:, "_s, u"cp3:point d\u2019échange"_s};
    QTest::addRow("longest phrase, typographic apostrophe")
        << u"un point d\u2019échange internet"_s
        << QStringList{u"Normal Text:un "_s, u"cp3:point d\u2019échange internet"_s};
    QTest::addRow("word after a typographic apostrophe")
        << u"l\u2019obligation d\u2019interception"_s
        << QStringList{u"Normal Text:l\u2019obligation d\u2019"_s, u"confidentiality:interception"_s};
    QTest::addRow("word after an ASCII apostrophe")
        << u"l'obligation d'interception"_s
        << QStringList{u"Normal Text:l'obligation d'"_s, u"confidentiality:interception"_s};
    QTest::addRow("an apostrophe is not any quote")
        << u"empêcher l\u2018accès, empêcher l`accès"_s
        << QStringList{u"Normal Text:empêcher l\u2018accès, empêcher l`accès"_s};
    QTest::addRow("numbered paragraph")
        << u"1. Something"_s << QStringList{u"Clause:1."_s, u"Normal Text: Something"_s};
    QTest::addRow("nested numbering")
        << u"2.3.1 Scope"_s << QStringList{u"Clause:2.3.1"_s, u"Normal Text: Scope"_s};
    QTest::addRow("lettered point") << u"(a) something"_s
                                    << QStringList{u"Clause:(a)"_s, u"Normal Text: something"_s};
    QTest::addRow("lettered point, closing bracket only")
        << u"b) licensing"_s << QStringList{u"Clause:b)"_s, u"Normal Text: "_s, u"cp1:licensing"_s};
    QTest::addRow("section with subsection")
        << u"Section 3(2) Licensing"_s
        << QStringList{u"Clause:Section 3(2)"_s, u"Normal Text: "_s, u"cp1:Licensing"_s};
    QTest::addRow("indented heading") << u"   Article 12 bis"_s << QStringList{u"Clause:   Article 12 bis"_s};
    QTest::addRow("paragraph sign") << u"§ 4 Data retention"_s
                                    << QStringList{u"Clause:§ 4"_s, u"Normal Text: "_s,
                                                   u"privacy:Data retention"_s};
    QTest::addRow("chapter") << u"CHAPTER IV"_s << QStringList{u"Clause:CHAPTER IV"_s};
    QTest::addRow("heading only at the start of a line")
        << u"see Article 5 and 1. above"_s << QStringList{u"Normal Text:see Article 5 and 1. above"_s};
    QTest::addRow("a year is no heading")
        << u"2024 was a year"_s << QStringList{u"Normal Text:2024 was a year"_s};
}

void TestDraftSyntax::highlight()
{
    QFETCH(QString, text);
    QFETCH(QStringList, spans);
    Recorder recorder(iia::draftDefinition());
    QCOMPARE(recorder.highlight(text), spans);
}

void TestDraftSyntax::otherFramework_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("spans");

    QTest::addRow("second language") << u"la redevance."_s
                                     << QStringList{u"Normal Text:la "_s, u"alpha:redevance"_s,
                                                    u"Normal Text:."_s};
    QTest::addRow("phrase, case beyond ASCII")
        << u"DONNÉES  Personnelles"_s << QStringList{u"alpha:DONNÉES  Personnelles"_s};
    QTest::addRow("word, case beyond ASCII") << u"données"_s << QStringList{u"beta:données"_s};
    QTest::addRow("XML characters") << u"the R&D <levy>!"_s
                                    << QStringList{u"Normal Text:the "_s, u"alpha:R&D <levy>"_s,
                                                   u"Normal Text:!"_s};
    QTest::addRow("regular expression characters")
        << u"c++ or cxx"_s << QStringList{u"alpha:c++"_s, u"Normal Text: or cxx"_s};
    QTest::addRow("quotes in a term")
        << u"a \"quoted\" term"_s << QStringList{u"Normal Text:a "_s, u"alpha:\"quoted\" term"_s};
    QTest::addRow("first item wins, in any language") << u"Data"_s << QStringList{u"alpha:Data"_s};
    QTest::addRow("longest wins, in any item") << u"data centre"_s << QStringList{u"beta:data centre"_s};
    QTest::addRow("longer phrase of a later item")
        << u"open data portal, open data portals"_s
        << QStringList{u"beta:open data portal"_s, u"Normal Text:, "_s, u"alpha:open data"_s,
                       u"Normal Text: portals"_s};
    QTest::addRow("item without single words")
        << u"only phrases, e-mail"_s
        << QStringList{u"gamma:only phrases"_s, u"Normal Text:, "_s, u"gamma:e-mail"_s};
    QTest::addRow("term with a typographic apostrophe, text with the ASCII one")
        << u"l'accès libre"_s << QStringList{u"alpha:l'accès libre"_s};
    QTest::addRow("term with a typographic apostrophe, text with it")
        << u"L\u2019ACCÈS LIBRE"_s << QStringList{u"alpha:L\u2019ACCÈS LIBRE"_s};
    QTest::addRow("clause pattern of one language")
        << u"Article premier"_s << QStringList{u"Clause:Article premier"_s};
    QTest::addRow("clause pattern of both") << u"§ 3"_s << QStringList{u"Clause:§ 3"_s};
}

void TestDraftSyntax::otherFramework()
{
    QFETCH(QString, text);
    QFETCH(QStringList, spans);
    g_messages.clear();
    const KSyntaxHighlighting::Definition definition =
        m_otherRepository->definitionForName(iia::draftSyntaxName());
    QVERIFY(definition.isValid());
    QStringList lists = definition.keywordLists();
    lists.sort();
    QCOMPARE(lists, (QStringList{u"Any Term"_s, u"alpha"_s, u"beta"_s}));
    QCOMPARE(definition.keywordList(u"alpha"_s), (QStringList{u"data"_s, u"redevance"_s}));
    QCOMPARE(definition.keywordList(u"beta"_s), QStringList{u"Données"_s});
    Recorder recorder(definition);
    QCOMPARE(recorder.highlight(text), spans);
    QCOMPARE(g_messages, QStringList());
}

QTEST_MAIN(TestDraftSyntax)
#include "tst_draftsyntax.moc"
