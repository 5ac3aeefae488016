#pragma once

#include <QColor>
#include <QtPlugin>

class QObject;
class QPalette;
class QTextDocument;

namespace iia {

/// Syntax highlighting of the draft text and of framework files, by KDE's KSyntaxHighlighting.
///
/// It lives in a plugin, iia_highlighting, loaded the first time an editor needs it: KSyntaxHighlighting
/// links QtNetwork and, through it, some forty more libraries (libproxy, GnuTLS, curl, Kerberos…) that would
/// otherwise be loaded — and cost a third of the start-up time — in every run, including the ones that never
/// show an editor. The application itself then links no network module at all.
class Highlighting
{
public:
    enum class Syntax
    {
        Draft, ///< our definition, generated from the framework's keywords and clause patterns
        Json,  ///< KSyntaxHighlighting's own JSON definition, for framework files
    };

    /// Colours of the theme chosen for a palette, for an editor's own marks.
    struct Marks
    {
        QColor error;
        QColor warning;
    };

    virtual ~Highlighting() = default;

    /// A highlighter of syntax on document, which owns it, themed for palette.
    virtual QObject *attach(QTextDocument *document, Syntax syntax, const QPalette &palette) = 0;
    /// Gives highlighter (from attach) the theme that suits palette; returns that theme's mark colours.
    virtual Marks applyPalette(QObject *highlighter, const QPalette &palette) = 0;

    /// The plugin, loaded on first use; nullptr, after one warning, when it cannot be loaded: the editors
    /// then show plain text.
    static Highlighting *instance();
};

} // namespace iia

#define IIA_HIGHLIGHTING_IID "org.internetsociety.iia.Highlighting/1"
Q_DECLARE_INTERFACE(iia::Highlighting, IIA_HIGHLIGHTING_IID)
