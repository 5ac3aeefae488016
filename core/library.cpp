#include "library.h"

#include "dailycare.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

namespace iia {

using namespace Qt::StringLiterals;

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

Result<std::unique_ptr<Store>> Library::openStore(const Paths &paths, Store::Mode mode)
{
    const Backups backups(paths);
    return Store::open(paths.libraryFile(), mode, [&backups](Store &store, int from) -> Result<void> {
        auto taken = backups.take(store);
        if (!taken) {
            Error e = taken.error();
            e.message = Tr::tr("The library needs an update from version %1 to %2, and a backup is taken "
                               "before every update. The backup failed, so the library was not changed: %3")
                            .arg(from)
                            .arg(Store::latestSchemaVersion())
                            .arg(e.message);
            return fail(e);
        }
        return {};
    });
}

bool Library::isRefusal(const Error &error, const Paths &paths)
{
    const QFileInfo library(paths.libraryFile());
    return (error.code == ErrorCode::NotOurs || error.code == ErrorCode::Unsupported) && library.isFile() &&
           QFileInfo(error.file).absoluteFilePath() == library.absoluteFilePath();
}

Error Library::refused(const Paths &paths, Error error)
{
    const Backups backups(paths);
    if (auto copy = backups.setAsideDamaged()) {
        error.message = Tr::tr("%1 A copy of it was set aside as “%2”.")
                            .arg(error.message, QDir::toNativeSeparators(*copy));
    } else {
        error.message =
            Tr::tr("%1 It could not be copied aside: %2").arg(error.message, copy.error().message);
    }
    if (const auto latest = backups.latest()) {
        error.message += u' ' + Tr::tr("The latest sound backup is “%1”, taken %2, with %n assessment(s).",
                                       nullptr, latest->assessments)
                                    .arg(latest->name, QLocale().toString(latest->created.toLocalTime(),
                                                                          QLocale::ShortFormat));
    } else {
        error.message += u' ' + Tr::tr("There is no backup to restore.");
    }
    return error;
}

Result<std::unique_ptr<Library>> Library::open(const Paths &paths, Store::Mode mode, CareTiming care)
{
    if (mode == Store::Mode::ReadWrite)
        Backups(paths).removeStaleTemporaries();
    auto store = openStore(paths, mode);
    if (!store) {
        if (isRefusal(store.error(), paths))
            return fail(refused(paths, store.error()));
        return fail(store.error());
    }
    std::unique_ptr<Library> library(new Library(paths, std::move(*store)));
    if (care == CareTiming::Later)
        return library;
    CareReport cared = DailyCare(paths).run(library->store());
    library->m_warnings.append(cared.warnings);
    if (cared.outcome == CareReport::Outcome::Damaged) {
        library.reset(); // closed before the file is copied aside
        return fail(refused(paths, cared.damage));
    }
    return library;
}

const FrameworkRegistry &Library::frameworks() const
{
    if (!m_frameworksLoaded) {
        m_frameworks.load(m_paths.frameworksDir());
        m_frameworksLoaded = true;
    }
    return m_frameworks;
}

void Library::reloadFrameworks()
{
    m_frameworks.load(m_paths.frameworksDir());
    m_frameworksLoaded = true;
}

Result<RestoreResult> Library::restoreBackup(const QString &name)
{
    if (isReadOnly()) {
        return fail(Error{
            ErrorCode::ReadOnly,
            Tr::tr("The library is open read-only, so no backup can be put back. %1").arg(readOnlyReason()),
            m_store->path(),
            0,
            0,
            {}});
    }
    const Backups backups(m_paths);
    auto backup = backups.find(name);
    if (!backup)
        return fail(backup.error());
    RestoreResult result{*backup, std::nullopt};
    auto rows = m_store->list(ListQuery{ListQuery::Scope::All, {}});
    if (!rows)
        return fail(rows.error());
    if (!rows->isEmpty()) {
        auto previous = backups.take(*m_store, backup->name);
        if (!previous) {
            Error e = previous.error();
            e.message = Tr::tr("Before a backup is put back, the library as it is now is backed up, so that "
                               "the restore can be undone. That failed, so nothing was changed: %1")
                            .arg(e.message);
            return fail(e);
        }
        result.previous = *previous;
    }
    if (auto put = replaceFile([&] { return backups.putBack(*backup); }); !put)
        return fail(put.error());
    return result;
}

Result<void> Library::replaceFile(const std::function<Result<void>()> &replace)
{
    const QString library = m_paths.libraryFile();
    m_store.reset();
    // Closing the last connection removes the write-ahead log; when it stays, another program has the
    // library open, and replacing the file under it would lose its work.
    Result<void> replaced = QFileInfo::exists(library + u"-wal"_s)
                                ? fail(Error{ErrorCode::Io,
                                             Tr::tr("The library is open in another program (another window "
                                                    "of this application, or the command line). Close it and "
                                                    "try again; nothing was changed."),
                                             library,
                                             0,
                                             0,
                                             {}})
                                : replace();
    auto reopened = openStore(m_paths, Store::Mode::ReadWrite);
    if (!reopened)
        reopened = Store::open(library, Store::Mode::ReadOnly);
    if (!reopened)
        return fail(reopened.error());
    m_store = std::move(*reopened);
    m_lastCheckpoint.clear();
    return replaced;
}

Result<QString> Library::replaceDamaged(const QString &backupName)
{
    const Backups backups(m_paths);
    std::optional<BackupInfo> backup;
    if (!backupName.isEmpty()) {
        auto found = backups.find(backupName);
        if (!found)
            return fail(found.error());
        backup = *found;
    }
    QString movedTo;
    auto replaced = replaceFile([&]() -> Result<void> {
        auto moved = backups.moveAsideDamaged();
        if (!moved)
            return fail(moved.error());
        movedTo = *moved;
        return backup ? backups.putBack(*backup) : Result<void>();
    });
    if (!replaced)
        return fail(replaced.error());
    return movedTo;
}

Result<RestoreResult> Library::restoreBackup(const Paths &paths, const QString &name)
{
    auto library = open(paths);
    if (library)
        return (*library)->restoreBackup(name);
    if (!isRefusal(library.error(), paths))
        return fail(library.error());
    const Backups backups(paths);
    auto backup = backups.find(name);
    if (!backup)
        return fail(backup.error());
    if (auto put = backups.putBack(*backup); !put)
        return fail(put.error());
    return RestoreResult{*backup, std::nullopt};
}

QDateTime Library::now() const
{
    const QDateTime t = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    // Times are kept to the millisecond, as files and the database store them.
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), QTimeZone::UTC);
}

FrameworkPtr Library::frameworkFor(const Assessment &assessment) const
{
    return frameworks().resolve(assessment.frameworkId, assessment.frameworkVersion);
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
    const FrameworkPtr fw = framework ? framework : frameworks().defaultFramework();
    if (title.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("An assessment needs a title."));
    if (!fw)
        return fail(ErrorCode::NotFound, Tr::tr("No framework could be loaded."));
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
    auto plan = planImport(std::move(document), mode, fileName);
    if (!plan)
        return fail(plan.error());
    auto written = writeImport(*m_store, std::move(*plan));
    if (written)
        importWritten(*written);
    return written;
}

Result<ImportPlan> Library::planImport(IiaDocument document, ImportMode mode, const QString &fileName) const
{
    ImportPlan plan{std::move(document), {}, {}, fileName};
    Assessment &a = plan.document.assessment;
    auto existing = m_store->summary(a.id);
    if (!existing)
        return fail(existing.error());
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
        case ImportMode::Replace: plan.result.replaced = true; break;
        case ImportMode::Copy:
            a.id = newId();
            plan.result.copied = true;
            break;
        }
    }
    if (!a.created.isValid())
        a.created = now();
    if (!a.modified.isValid())
        a.modified = a.created;
    plan.columns = columnsFor(a);
    plan.result.id = a.id;
    plan.result.title = a.caseInfo.title;
    return plan;
}

Result<ImportResult> Library::writeImport(Store &store, ImportPlan plan)
{
    const Assessment &a = plan.document.assessment;
    const Result<void> written = plan.result.replaced ? store.replace(a, plan.columns, plan.document.history)
                                                      : store.insert(a, plan.columns, plan.document.history);
    if (!written) {
        Error e = written.error();
        if (e.file.isEmpty() || e.file == store.path())
            e.message = Tr::tr("Nothing was imported from %1: %2").arg(plan.fileName, e.message);
        return fail(e);
    }
    return plan.result;
}

void Library::importWritten(const ImportResult &result)
{
    // The next edit reads the imported history to decide when to keep a revision.
    m_lastCheckpoint.remove(result.id);
}

Result<ImportResult> Library::importFile(const QString &path, ImportMode mode)
{
    auto doc = Interchange::readFile(path, frameworks());
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
