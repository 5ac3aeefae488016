#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

namespace iia {

/// The process-wide repository of syntax definitions and themes: KSyntaxHighlighting's own plus the draft
/// definition compiled into the program (":/iia/syntax/iia-draft.xml"). Made on first use, lives until the
/// program ends; use it from the GUI thread only, as KSyntaxHighlighting requires.
KSyntaxHighlighting::Repository &draftRepository();

/// The definition that highlights draft texts (draftSyntaxName()) from draftRepository(); invalid only if the
/// resource is missing from the build.
KSyntaxHighlighting::Definition draftDefinition();

} // namespace iia
