#include "localizedtext.h"

namespace iia {

QString LocalizedText::text(const QString &language, const QString &fallbackLanguage, bool *fellBack) const
{
    if (fellBack)
        *fellBack = false;
    const QString own = m_texts.value(language);
    if (!own.isEmpty())
        return own;
    if (fellBack)
        *fellBack = true;
    const QString fallback = m_texts.value(fallbackLanguage);
    if (!fallback.isEmpty())
        return fallback;
    for (const QString &any : m_texts) {
        if (!any.isEmpty())
            return any;
    }
    return {};
}

} // namespace iia
