#include "library.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace iia {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::Library)
};
} // namespace

Library::Library(Paths paths, std::unique_ptr<Store> store)
    : m_paths(std::move(paths))
    , m_store(std::move(store))
{}

Result<std::unique_ptr<Library>> Library::open(const Paths &paths, Store::Mode mode)
{
    auto store = Store::open(paths.libraryFile(), mode);
    if (!store)
        return fail(store.error());
    std::unique_ptr<Library> library(new Library(paths, std::move(*store)));
    library->m_frameworks.load(paths.frameworksDir());
    if (library->m_frameworks.frameworks().isEmpty())
        return fail(ErrorCode::NotFound, Tr::tr("No framework could be loaded."));
    return library;
}

QDateTime Library::now() const
{
    const QDateTime t = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    // Times are kept to the millisecond, as files and the database store them.
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), QTimeZone::UTC);
}

FrameworkPtr Library::frameworkFor(const Assessment &assessment) const
{
    return m_frameworks.resolve(assessment.frameworkId, assessment.frameworkVersion);
}

Scorecard Library::score(const Assessment &assessment) const
{
    const FrameworkPtr fw = frameworkFor(assessment);
    if (!fw)
        return {};
    return ScoringEngine(fw).score(assessment);
}

ListColumns Library::columnsFor(const Assessment &assessment) const
{
    const Scorecard card = score(assessment);
    return {card.exist.verdict, card.thrive.verdict, card.completion};
}

Result<Assessment> Library::create(const QString &title, const FrameworkPtr &framework)
{
    const FrameworkPtr fw = framework ? framework : m_frameworks.defaultFramework();
    if (title.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("An assessment needs a title."));
    Assessment a = makeAssessment(title.trimmed(), fw->id, fw->version, now());
    if (auto r = m_store->insert(a, columnsFor(a)); !r)
        return fail(r.error());
    m_lastCheckpoint.insert(a.id, a.created);
    return a;
}

Result<Assessment> Library::load(const QString &id) const
{
    return m_store->load(id);
}

Result<void> Library::checkIds(const Assessment &assessment, const Edit &edit) const
{
    const FrameworkPtr fw = frameworkFor(assessment);
    if (!fw)
        return fail(
            ErrorCode::NotFound,
            Tr::tr("The framework “%1” of this assessment is not installed.").arg(assessment.frameworkId));
    if (auto *e = std::get_if<edits::SetAnswer>(&edit); e && !fw->question(e->questionId))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The framework has no question “%1”.").arg(e->questionId));
    if (auto *e = std::get_if<edits::SetRating>(&edit); e && !fw->item(e->itemId))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The framework has no property or enabler “%1”.").arg(e->itemId));
    if (auto *e = std::get_if<edits::AddEvidence>(&edit)) {
        const Evidence &ev = e->evidence;
        const bool known = ev.target == EvidenceTarget::Question ? fw->question(ev.targetId) != nullptr
                                                                 : fw->item(ev.targetId) != nullptr;
        if (!known)
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("Evidence can only be attached to a question or a rating of the "
                               "framework; “%1” is neither.")
                            .arg(ev.targetId));
    }
    return {};
}

Result<Edit> Library::edit(Assessment &assessment, const Edit &edit, Scorecard *scorecard)
{
    if (auto ok = checkIds(assessment, edit); !ok)
        return fail(ok.error());
    Assessment after = assessment;
    auto inverse = applyEdit(after, edit);
    if (!inverse)
        return inverse;
    const QDateTime time = now();
    after.modified = time;

    // Keep a revision of the state before this edit when the newest one is old.
    std::optional<Revision> checkpoint;
    if (!m_lastCheckpoint.contains(assessment.id)) {
        auto infos = m_store->revisions(assessment.id);
        if (!infos)
            return fail(infos.error());
        m_lastCheckpoint.insert(assessment.id, infos->isEmpty() ? assessment.created : infos->last().created);
    }
    if (m_lastCheckpoint.value(assessment.id).secsTo(time) >= kCheckpointSeconds) {
        auto infos = m_store->revisions(assessment.id);
        if (!infos)
            return fail(infos.error());
        const int number = infos->isEmpty() ? 1 : infos->last().number + 1;
        checkpoint = Revision{RevisionInfo{number, time, Tr::tr("Automatic")}, assessment};
    }
    Scorecard card = score(after);
    const ListColumns columns{card.exist.verdict, card.thrive.verdict, card.completion};
    if (auto saved = m_store->saveEdit(after, edit, columns, checkpoint); !saved)
        return fail(saved.error());
    if (scorecard)
        *scorecard = std::move(card);
    if (checkpoint)
        m_lastCheckpoint.insert(assessment.id, time);
    assessment = std::move(after);
    return inverse;
}

Result<Assessment> Library::duplicate(const QString &id)
{
    auto original = m_store->load(id);
    if (!original)
        return original;
    Assessment copy = *original;
    copy.id = newId();
    copy.caseInfo.title = Tr::tr("%1 (copy)").arg(original->caseInfo.title);
    copy.created = copy.modified = now();
    if (auto r = m_store->insert(copy, columnsFor(copy)); !r)
        return fail(r.error());
    return copy;
}

Result<IiaDocument> Library::document(const QString &id) const
{
    auto a = m_store->load(id);
    if (!a)
        return fail(a.error());
    auto history = m_store->history(id);
    if (!history)
        return fail(history.error());
    return IiaDocument{*a, *history};
}

Result<Assessment> Library::restoreRevision(const QString &id, int number)
{
    auto doc = document(id);
    if (!doc)
        return fail(doc.error());
    auto target = m_store->revision(id, number);
    if (!target)
        return fail(target.error());
    const QDateTime time = now();
    const int next = doc->history.isEmpty() ? 1 : doc->history.last().info.number + 1;
    doc->history.append(Revision{RevisionInfo{next, time, Tr::tr("Before restoring revision %1").arg(number)},
                                 doc->assessment});
    Assessment restored = target->snapshot;
    restored.id = id;
    restored.created = doc->assessment.created;
    restored.modified = time;
    if (auto r = m_store->replace(restored, columnsFor(restored), doc->history); !r)
        return fail(r.error());
    m_lastCheckpoint.insert(id, time);
    return restored;
}

Result<ImportResult> Library::importDocument(IiaDocument document, ImportMode mode, const QString &fileName)
{
    Assessment &a = document.assessment;
    auto existing = m_store->summary(a.id);
    if (!existing)
        return fail(existing.error());
    ImportResult result;
    if (existing->has_value()) {
        switch (mode) {
        case ImportMode::Refuse:
            return fail(Error{
                ErrorCode::Conflict,
                Tr::tr("The library already holds this assessment (“%1”, id %2). Import it with --replace "
                       "to overwrite it, or with --as-copy to keep both.")
                    .arg(existing->value().title, a.id),
                fileName,
                0,
                0,
                {}});
        case ImportMode::Replace: result.replaced = true; break;
        case ImportMode::Copy:
            a.id = newId();
            result.copied = true;
            break;
        }
    }
    if (!a.created.isValid())
        a.created = now();
    if (!a.modified.isValid())
        a.modified = a.created;
    const Result<void> written = result.replaced ? m_store->replace(a, columnsFor(a), document.history)
                                                 : m_store->insert(a, columnsFor(a), document.history);
    if (!written) {
        Error e = written.error();
        if (e.file.isEmpty() || e.file == m_store->path())
            e.message = Tr::tr("Nothing was imported from %1: %2").arg(fileName, e.message);
        return fail(e);
    }
    m_lastCheckpoint.remove(a.id);
    result.id = a.id;
    result.title = a.caseInfo.title;
    return result;
}

Result<ImportResult> Library::importFile(const QString &path, ImportMode mode)
{
    auto doc = Interchange::readFile(path, m_frameworks);
    if (!doc)
        return fail(doc.error().first());
    return importDocument(std::move(*doc), mode, path);
}

Result<void> Library::exportFile(const QString &id, const QString &path) const
{
    auto doc = document(id);
    if (!doc)
        return fail(doc.error());
    return Interchange::writeFile(path, *doc);
}

} // namespace iia
