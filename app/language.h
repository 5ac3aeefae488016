#pragma once

#include <QString>
#include <QStringList>

namespace iia {

/// The interface's language: which ones the application carries, which one the user chose, and switching
/// the running application to one (our translations, Qt's own for standard dialogs, the default locale for
/// dates and numbers, and the layout direction).
namespace language {

/// "en", then every language with a compiled translation in the executable (:/i18n/iia_<code>.qm).
QStringList available();
/// The user's choice from the settings, else the system's language when available, else English.
/// With an empty "chosen" setting, the system's.
QString preferred();
/// The setting itself: a language code, or empty for "the system's".
QString setting();
void setSetting(const QString &code);
/// Installs the translators for code (replacing those installed before), sets the default locale and the
/// application's layout direction. Returns the code applied (English when code is not available).
QString apply(const QString &code);
/// "Français", "العربية"…: the language's name in itself.
QString nativeName(const QString &code);

} // namespace language

} // namespace iia
