#pragma once

#include <QMap>
#include <QString>

namespace iia {

/// A user-visible text of the framework in several languages ("en" → "…", "fr" → "…").
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QMap<QString, QString> texts)
        : m_texts(std::move(texts))
    {}

    /// The text in language; falls back to fallbackLanguage, then to any language. Sets *fellBack when the
    /// text returned is not in the language asked for.
    QString text(const QString &language, const QString &fallbackLanguage = QStringLiteral("en"),
                 bool *fellBack = nullptr) const;

    bool has(const QString &language) const { return !m_texts.value(language).isEmpty(); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    QStringList languages() const { return m_texts.keys(); }
    const QMap<QString, QString> &texts() const { return m_texts; }
    void set(const QString &language, const QString &text) { m_texts.insert(language, text); }

    bool operator==(const LocalizedText &) const = default;

private:
    QMap<QString, QString> m_texts;
};

} // namespace iia
