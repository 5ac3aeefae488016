#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace iia {

/// Our own strings in one language, independently of the interface's language: reports are written in
/// the language chosen at export, which need not be the one the interface shows.
///
/// A default-constructed catalog follows the application (QCoreApplication::translate, the installed
/// translators and the default locale).
class TextCatalog
{
public:
    TextCatalog();
    /// The catalog of language ("fr", "ar"…): the compiled translation :/i18n/iia_<language>.qm when the
    /// executable carries it, else the English source texts. The locale is the language's own.
    static TextCatalog forLanguage(const QString &language);

    /// "en", "fr"…: the language of the texts this catalog returns.
    QString language() const;
    QLocale locale() const { return m_locale; }
    Qt::LayoutDirection direction() const { return m_locale.textDirection(); }
    /// Whether a translation was found for language (always true for English and for the default catalog).
    bool isComplete() const { return m_complete; }

    /// The translation of source in context; with n ≥ 0 the plural form for n, with %n replaced by n in the
    /// locale's digits. The source text when there is no translation.
    QString translate(const char *context, const char *source, int n = -1) const;

private:
    std::shared_ptr<const QTranslator> m_translator;
    QLocale m_locale;
    bool m_followsApplication = true;
    bool m_complete = true;
};

class LocalizedText;

/// A framework text in language; where it is missing, the text in fallbackLanguage (or any language) followed
/// by a visible mark naming that language, "[in English]", in the catalog's language. Never empty when any
/// language has the text.
QString markedText(const LocalizedText &text, const QString &language, const QString &fallbackLanguage,
                   const TextCatalog &catalog = TextCatalog());

} // namespace iia
