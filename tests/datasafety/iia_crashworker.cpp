// The crash test's worker: does real work on a library through the same core code the application uses,
// forever, and reports on stdout every operation once it is committed. tst_crash kills it with SIGKILL at
// random moments and checks what the library holds.
//
//   iia_crashworker edit DATADIR                 answer questions and write conclusions (crashplan.h)
//   iia_crashworker import DATADIR A.iia B.iia   import A and B by turns, each under a new id
//   iia_crashworker migrate DATADIR V1 STAGING   put the version 1 library V1 in place (through STAGING, a
//                                                file on the same file system) and open it, which backs
//                                                it up and migrates it; again and again
//
// Lines: "ready …" once the library is open, then "committed edit N", "committed import N" or
// "committed migrate N"; "error …" (exit 2) when something fails that must not.

#include "crashplan.h"
#include "interchange.h"
#include "library.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace iia;
using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int failed(const QString &what, const Error &error)
{
    say(u"error %1: %2"_s.arg(what, error.toString()));
    return 2;
}

int edit(const Paths &paths)
{
    auto library = Library::open(paths);
    if (!library)
        return failed(u"open"_s, library.error());
    Library &lib = **library;
    int clock = 0;
    lib.setClock([&clock] { return crashplan::timeOfEdit(clock); });

    auto rows = lib.store().list();
    if (!rows)
        return failed(u"list"_s, rows.error());
    Assessment assessment;
    if (rows->isEmpty()) {
        auto created = lib.create(u"Crash test"_s);
        if (!created)
            return failed(u"create"_s, created.error());
        assessment = *created;
        say(u"committed create"_s);
    } else {
        auto loaded = lib.load(rows->first().id);
        if (!loaded)
            return failed(u"load"_s, loaded.error());
        assessment = *loaded;
    }
    const QStringList questions = crashplan::questionIds(*lib.frameworkFor(assessment));
    int n = crashplan::editOfTime(assessment.modified);
    say(u"ready edit %1"_s.arg(n));
    for (;;) {
        clock = ++n;
        if (auto done = lib.edit(assessment, crashplan::edit(n, questions)); !done)
            return failed(u"edit %1"_s.arg(n), done.error());
        say(u"committed edit %1"_s.arg(n));
    }
}

int import(const Paths &paths, const QStringList &sources)
{
    auto library = Library::open(paths);
    if (!library)
        return failed(u"open"_s, library.error());
    Library &lib = **library;
    auto rows = lib.store().list(ListQuery{ListQuery::Scope::All, {}});
    if (!rows)
        return failed(u"list"_s, rows.error());
    int n = int(rows->size());
    say(u"ready import %1"_s.arg(n));
    for (;;) {
        ++n;
        const QString source = sources.at((n - 1) % sources.size());
        auto document = Interchange::readFile(source, lib.frameworks());
        if (!document)
            return failed(u"read %1"_s.arg(source), document.error().first());
        document->assessment.id = crashplan::importId(n);
        document->assessment.caseInfo.title = crashplan::importTitle(document->assessment.caseInfo.title, n);
        if (auto done = lib.importDocument(std::move(*document), ImportMode::Refuse, source); !done)
            return failed(u"import %1"_s.arg(n), done.error());
        say(u"committed import %1"_s.arg(n));
    }
}

int migrate(const Paths &paths, const QString &v1, const QString &staging)
{
    // First, start as the application would after a crash.
    {
        auto library = Library::open(paths);
        if (!library)
            return failed(u"open"_s, library.error());
    }
    say(u"ready migrate"_s);
    for (int n = 1;; ++n) {
        // The old library arrives whole (rename), as a user's copy would; the application does the rest.
        QFile::remove(staging);
        if (!QFile::copy(v1, staging))
            return failed(u"stage"_s, Error{ErrorCode::Io, u"cannot copy the fixture"_s, staging, 0, 0, {}});
        if (std::rename(QFile::encodeName(staging).constData(),
                        QFile::encodeName(paths.libraryFile()).constData()))
            return failed(u"stage"_s, Error{ErrorCode::Io, u"cannot rename"_s, staging, 0, 0, {}});
        auto library = Library::open(paths);
        if (!library)
            return failed(u"migrate %1"_s.arg(n), library.error());
        if ((*library)->store().schemaVersion() != Store::latestSchemaVersion())
            return failed(u"migrate %1"_s.arg(n),
                          Error{ErrorCode::Database, u"not migrated"_s, {}, 0, 0, {}});
        say(u"committed migrate %1"_s.arg(n));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        say(u"usage: iia_crashworker edit|import|migrate DATADIR [INPUTS…]"_s);
        return 2;
    }
    const Paths paths(args.at(1));
    if (args.at(0) == u"edit" && args.size() == 2)
        return edit(paths);
    if (args.at(0) == u"import" && args.size() >= 3)
        return import(paths, args.mid(2));
    if (args.at(0) == u"migrate" && args.size() == 4)
        return migrate(paths, args.at(2), args.at(3));
    say(u"usage: iia_crashworker edit|import|migrate DATADIR [INPUTS…]"_s);
    return 2;
}
