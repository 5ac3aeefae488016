#include "textcatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace iia {

TextCatalog::TextCatalog() = default;

TextCatalog TextCatalog::forLanguage(const QString &language)
{
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
    if (m_followsApplication)
        return QLocale().name().section(u'_', 0, 0);
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

} // namespace iia
