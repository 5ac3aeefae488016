#include "textcatalog.h"

#include "localizedtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace iia {

TextCatalog::TextCatalog() = default;

TextCatalog TextCatalog::forLanguage(const QString &requested)
{
    // "C", "POSIX" and unknown names mean the source language.
    const QLocale probe(requested);
    const QString language = probe.language() == QLocale::C || probe.language() == QLocale::AnyLanguage
                                 ? u"en"_s
                                 : probe.name().section(u'_', 0, 0);
    TextCatalog catalog;
    catalog.m_followsApplication = false;
    catalog.m_locale = QLocale(language);
    auto translator = std::make_shared<QTranslator>();
    // English needs its file too: it holds the plural forms of the source texts.
    const QString file = u":/i18n/iia_%1.qm"_s.arg(language);
    if (QFile::exists(file) && translator->load(file))
        catalog.m_translator = std::move(translator);
    else
        catalog.m_complete = language == u"en"_s;
    return catalog;
}

QString TextCatalog::language() const
{
    if (m_followsApplication) {
        const QLocale locale;
        return locale.language() == QLocale::C ? u"en"_s : locale.name().section(u'_', 0, 0);
    }
    return m_locale.name().section(u'_', 0, 0);
}

QString TextCatalog::translate(const char *context, const char *source, int n) const
{
    if (m_followsApplication)
        return QCoreApplication::translate(context, source, nullptr, n);
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(u"%n"_s, m_locale.toString(n));
    return text;
}

QString markedText(const LocalizedText &value, const QString &language, const QString &fallbackLanguage,
                   const TextCatalog &catalog)
{
    bool fellBack = false;
    const QString result = value.text(language, fallbackLanguage, &fellBack);
    if (!fellBack || result.isEmpty())
        return result;
    QString shown;
    for (const QString &candidate : value.languages()) {
        if (value.texts().value(candidate) == result) {
            shown = candidate;
            break;
        }
    }
    // "English", not "American English": the text is in the framework's language, not in a variant of it.
    const QString languageName = shown == u"en"_s ? u"English"_s : QLocale(shown).nativeLanguageName();
    return result + u" ["_s +
           catalog.translate("iia::LocalizedText", QT_TRANSLATE_NOOP("iia::LocalizedText", "in %1"))
               .arg(languageName) +
           u']';
}

} // namespace iia
