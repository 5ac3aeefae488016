#pragma once

#include "assessment.h"
#include "framework.h"
#include "scoring.h"
#include "textcatalog.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace iia::report {

/// The charts a brief shows. Text formats write their data as a table; PDF, ODT and HTML draw them.
enum class ChartKind
{
    Properties, ///< a radar of the five critical properties: the analyst's rating and the suggestion
    Enablers    ///< the enablers grouped by goal
};

/// One block of a brief, in reading order. A small document model that every writer walks; the text in it
/// is the user's and the framework's, unescaped.
struct Block
{
    enum class Kind
    {
        Heading,   ///< level 1–3, text, anchor
        Paragraph, ///< text; style
        Fields,    ///< label → value pairs (fields)
        Table,     ///< header and rows
        List,      ///< items
        Quote,     ///< text (the quoted passage), cite (the clause), note
        Chart      ///< chart, text (the caption), header and rows (the same data as a table)
    };
    enum class Style
    {
        Normal,
        Lead,   ///< an introductory paragraph, set a little larger
        Muted,  ///< a remark: not assessed yet, nothing written yet
        Warning ///< the analyst's rating and the suggestion disagree
    };
    Kind kind = Kind::Paragraph;
    Style style = Style::Normal;
    int level = 0;
    QString anchor;
    QString text;
    QString cite;
    QString note;
    QList<std::pair<QString, QString>> fields;
    QStringList header;
    QList<QStringList> rows;
    QStringList items;
    ChartKind chart = ChartKind::Properties;
};

/// What the caller knows that the assessment does not.
struct BriefOptions
{
    TextCatalog catalog; ///< the report's language (TextCatalog::forLanguage)
    QDateTime generated; ///< when the brief is made; the brief's date when the case gives none
    int revision = 0;    ///< the library's revision number of this state, 0 when unknown
    QString application; ///< "Internet Impact Assessment 0.1.0"
};

/// An Internet Impact Brief: a title page's worth of facts, then blocks.
struct Brief
{
    QString language; ///< "en", "ar"…
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QString title;                            ///< "Internet Impact Brief: …"
    QString subtitle;                         ///< the framework's name
    QList<std::pair<QString, QString>> facts; ///< date, version, authors… (label → value)
    QList<Block> blocks;
    QDateTime modified; ///< the assessment's last change: the date a document's metadata gives

    /// The headings, for an outline: (level, text, anchor).
    QList<const Block *> headings() const;
};

/// Builds the brief of assessment, scored as card against framework, in options.catalog's language.
/// Every property and enabler appears; one not yet assessed says so.
Brief buildBrief(const Framework &framework, const Assessment &assessment, const Scorecard &card,
                 const BriefOptions &options);

/// The date and time of when as locale writes them (short format), in when's own time zone, followed by
/// its offset from UTC, so that a reader elsewhere knows the moment: "10/19/26 3:27 PM UTC+02:00", or
/// "… UTC" at offset 0. The offset has ASCII digits whatever the locale, as in ISO 8601; after "UTC" they
/// stay one left-to-right run in right-to-left text.
QString dateTimeWithOffset(const QDateTime &when, const QLocale &locale);

/// text as a run that keeps its own direction inside a paragraph of direction: each line that holds a letter
/// written the other way (Latin in an Arabic brief, Arabic in an English one) is wrapped in FIRST STRONG
/// ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069), so that its punctuation stays at its own end and
/// brackets around it pair up. Lines without such a letter come back unchanged, so that a brief whose texts
/// are all in its own direction carries no invisible characters. The isolate also ends any embedding or
/// override that the text opens and does not close.
QString isolated(const QString &text, Qt::LayoutDirection direction);

/// Framework text in the brief's language; when it is missing there, the fallback language's text
/// followed by a mark naming that language, never an empty string when any language has it.
QString localized(const LocalizedText &text, const TextCatalog &catalog, const QString &fallbackLanguage);

} // namespace iia::report
