// The iia_highlighting plugin: KSyntaxHighlighting behind the Highlighting interface (see highlighting.h).

#include "syntax/draftrepository.h"
#include "syntax/highlighting.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QObject>
#include <QTextDocument>

namespace iia {

using namespace Qt::StringLiterals;

class HighlightingPlugin : public QObject, public Highlighting
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID IIA_HIGHLIGHTING_IID)
    Q_INTERFACES(iia::Highlighting)

public:
    QObject *attach(QTextDocument *document, Syntax syntax, const QPalette &palette) override
    {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setDefinition(syntax == Syntax::Draft ? draftDefinition()
                                                           : draftRepository().definitionForName(u"JSON"_s));
        applyPalette(highlighter, palette);
        return highlighter;
    }

    Marks applyPalette(QObject *object, const QPalette &palette) override
    {
        const KSyntaxHighlighting::Theme theme = draftRepository().themeForPalette(palette);
        auto *highlighter = qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(object);
        if (highlighter && highlighter->theme().name() != theme.name()) {
            highlighter->setTheme(theme);
            highlighter->rehighlight();
        }
        return {QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::MarkError)),
                QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::MarkWarning))};
    }
};

} // namespace iia

#include "highlightingplugin.moc"
