#include "syntax/draftrepository.h"

#include "syntax/draftsyntax.h"

namespace iia {

using namespace Qt::StringLiterals;

KSyntaxHighlighting::Repository &draftRepository()
{
    // KSyntaxHighlighting reads "<path>/syntax/*.xml" of each custom search path, resources included.
    struct Holder
    {
        Holder() { repository.addCustomSearchPath(u":/iia"_s); }
        KSyntaxHighlighting::Repository repository;
    };
    static Holder holder;
    return holder.repository;
}

KSyntaxHighlighting::Definition draftDefinition()
{
    return draftRepository().definitionForName(kDraftSyntaxName);
}

} // namespace iia
