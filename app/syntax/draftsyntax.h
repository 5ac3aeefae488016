#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

namespace iia {

class Framework;

/// The version the generated definition declares; raise it when the generator changes what it writes.
inline constexpr int kDraftSyntaxVersion = 2;

/// Names of the formats (Kate "itemData") of the draft definition that belong to no property or enabler:
/// clause headings, and the text between the highlighted terms. Every other format is named after the id of
/// the property or enabler its terms relate to ("cp1", "access", …), so a highlighted format leads back to
/// its item with Framework::item(format.name()).
inline constexpr QLatin1StringView kDraftSyntaxName("Internet Impact Draft");
inline constexpr QLatin1StringView kDraftClauseFormat("Clause");
inline constexpr QLatin1StringView kDraftNormalFormat("Normal Text");

/// "Internet Impact Draft", the name of the definition in a KSyntaxHighlighting repository.
QString draftSyntaxName();

/// Writes the Kate syntax definition (XML, UTF-8) that highlights a draft law for framework:
///   - clause headings ("Article 5", "1.", "(a)"…): framework.clausePatterns of every language, tried at the
///     start of each line, in format kDraftClauseFormat;
///   - the keywords of each property and enabler in every language, in a format named after the item's id,
///     with a default style of its own (the first fifteen items get fifteen different ones).
/// Terms ignore case and match whole words only: "block" is highlighted in "must block the site" and in
/// "“block”", not in "blocked" or "unblock" (the framework lists the inflections it wants, like "blocking").
/// The words of a phrase may be separated by any white space, but not by a line break, and an apostrophe in a
/// term matches the ASCII and the typographic one alike ("l'accès", "l’accès"). Where terms overlap
/// the longest wins ("interconnection charge" over "interconnection"), and a term listed under several items
/// is coloured as the first of them in framework order. The output depends on nothing but framework, so it
/// can be committed and compared.
QByteArray draftSyntaxDefinition(const Framework &framework);

} // namespace iia
