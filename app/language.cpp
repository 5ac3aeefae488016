#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace iia::language {

namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString systemLanguage()
{
    const QLocale system = QLocale::system();
    return system.language() == QLocale::C ? u"en"_s : system.name().section(u'_', 0, 0);
}

} // namespace

QStringList available()
{
    QStringList codes{u"en"_s};
    const QStringList files = QDir(u":/i18n"_s).entryList({u"iia_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(4, file.size() - 7);
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

QString setting()
{
    return QSettings().value(u"interface/language"_s).toString();
}

void setSetting(const QString &code)
{
    QSettings().setValue(u"interface/language"_s, code);
}

QString preferred()
{
    const QString chosen = setting();
    if (!chosen.isEmpty() && available().contains(chosen))
        return chosen;
    const QString system = systemLanguage();
    return available().contains(system) ? system : u"en"_s;
}

QString apply(const QString &requested)
{
    const QString code = available().contains(requested) ? requested : u"en"_s;
    for (const auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    auto load = [](const QString &name, const QString &folder) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(name, folder) && QCoreApplication::installTranslator(translator.get()))
            installed().push_back(std::move(translator));
    };
    // Ours (English too: it carries the plural forms of the source texts), then Qt's for its standard
    // dialogs and buttons.
    load(u"iia_"_s + code, u":/i18n"_s);
    if (code != u"en")
        load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    // Dates and numbers in the chosen language; keep the system's territory when it speaks it.
    const QLocale system = QLocale::system();
    const QLocale locale = system.name().section(u'_', 0, 0) == code ? system : QLocale(code);
    QLocale::setDefault(locale);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(locale.textDirection());
    return code;
}

QString nativeName(const QString &code)
{
    if (code == u"en")
        return u"English"_s;
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace iia::language
