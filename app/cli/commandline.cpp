#include "cli/commandline.h"

#include "frameworkloader.h"
#include "interchange.h"
#include "library.h"
#include "report/briefexporter.h"
#include "textwriters.h"

#include <cstdio>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

namespace iia {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::CommandLine)
};

// Bad input is the user's to fix; everything else is a failure of the operation.
CommandLine::ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Parse:
    case ErrorCode::Schema:
    case ErrorCode::Semantic:
    case ErrorCode::Unsupported:
    case ErrorCode::NotFound:
    case ErrorCode::InvalidInput:
    case ErrorCode::NotOurs: return CommandLine::BadInput;
    case ErrorCode::Io:
    case ErrorCode::Conflict:
    case ErrorCode::Database:
    case ErrorCode::ReadOnly: return CommandLine::Failure;
    }
    return CommandLine::Failure;
}

struct CommandInfo
{
    const char *name;
    const char *synopsis;
    const char *description;
};

const CommandInfo kCommands[] = {
    {"frameworks", "frameworks [--json]",
     QT_TRANSLATE_NOOP("iia::CommandLine", "List the available frameworks with their counts.")},
    {"list", "list [--trash] [--search WORDS] [--json]",
     QT_TRANSLATE_NOOP("iia::CommandLine", "List the assessments in the library.")},
    {"show", "show ID [--json]", QT_TRANSLATE_NOOP("iia::CommandLine", "Show one assessment.")},
    {"new", "new TITLE",
     QT_TRANSLATE_NOOP("iia::CommandLine", "Create an empty assessment and print its id.")},
    {"import", "import FILE… [--as-copy | --replace]",
     QT_TRANSLATE_NOOP("iia::CommandLine", "Import .iia files (each in one transaction, or not at all).")},
    {"export", "export ID [--format FMT] [--language LANG] -o FILE",
     QT_TRANSLATE_NOOP("iia::CommandLine",
                       "Write an assessment as a brief (pdf, odt, html, md, csv) or a .iia file; without "
                       "--format, the file's extension decides.")},
    {"export --all", "export --all --format FMT -o DIR",
     QT_TRANSLATE_NOOP("iia::CommandLine", "Write every assessment of the library into DIR, one file each.")},
    {"score", "score FILE|ID [--explain] [--json]",
     QT_TRANSLATE_NOOP("iia::CommandLine",
                       "Ratings, suggested ratings, coverage and the headline verdicts.")},
    {"duplicate", "duplicate ID",
     QT_TRANSLATE_NOOP("iia::CommandLine", "Copy an assessment under a new id.")},
    {"delete", "delete ID", QT_TRANSLATE_NOOP("iia::CommandLine", "Move an assessment to the trash.")},
    {"restore", "restore ID",
     QT_TRANSLATE_NOOP("iia::CommandLine", "Take an assessment back out of the trash.")},
    {"empty-trash", "empty-trash",
     QT_TRANSLATE_NOOP("iia::CommandLine", "Delete the assessments in the trash for good.")},
    {"history", "history ID",
     QT_TRANSLATE_NOOP("iia::CommandLine", "List the saved revisions of an assessment.")},
    {"revert", "revert ID REVISION",
     QT_TRANSLATE_NOOP("iia::CommandLine",
                       "Put an earlier revision back (the current state is kept as a revision).")},
    {"validate", "validate FILE…",
     QT_TRANSLATE_NOOP("iia::CommandLine",
                       "Check framework (.json) or assessment (.iia) files and list every error.")},
    {"backup list", "backup list [--json]",
     QT_TRANSLATE_NOOP("iia::CommandLine", "List the backups of the library, newest first.")},
    {"backup restore", "backup restore NAME|latest",
     QT_TRANSLATE_NOOP(
         "iia::CommandLine",
         "Put a backup back in place of the library (the library as it is is backed up first).")},
};

} // namespace

CommandLine::CommandLine()
    : m_dataDir(u"data-dir"_s, Tr::tr("Keep the library in DIR instead of the default data folder."),
                u"DIR"_s)
    , m_json(u"json"_s, Tr::tr("Print machine-readable JSON (frameworks, list, show, score)."))
    , m_explain(u"explain"_s, Tr::tr("With score: list the answers behind every suggested rating."))
    , m_asCopy(u"as-copy"_s,
               Tr::tr("With import: give an assessment that is already in the library a new id."))
    , m_replace(u"replace"_s, Tr::tr("With import: overwrite an assessment that is already in the library."))
    , m_output({u"o"_s, u"output"_s}, Tr::tr("With export: the file to write."), u"FILE"_s)
    , m_trash(u"trash"_s, Tr::tr("With list: list the trash instead."))
    , m_search(u"search"_s,
               Tr::tr("With list: only assessments whose title, jurisdiction or text match WORDS."),
               u"WORDS"_s)
    , m_language(u"language"_s, Tr::tr("Language of framework texts in the output (default: the system's)."),
                 u"LANG"_s)
    , m_format(u"format"_s, Tr::tr("With export: pdf, odt, html, md, csv or iia."), u"FMT"_s)
    , m_all(u"all"_s, Tr::tr("With export: every assessment of the library, into the folder given by -o."))
    , m_out(stdout)
    , m_err(stderr)
{
    m_parser.setApplicationDescription(
        Tr::tr("Internet Impact Assessment — assess a proposed policy against the "
               "Internet Way of Networking."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_dataDir, m_json, m_explain, m_asCopy, m_replace, m_output, m_trash, m_search,
                         m_language, m_format, m_all});
    m_parser.addPositionalArgument(u"command"_s, Tr::tr("One of the commands below."), u"COMMAND [ARGS…]"_s);
}

void CommandLine::printHelp()
{
    QString help = m_parser.helpText();
    help += u"\n"_s + Tr::tr("Commands:") + u'\n';
    for (const CommandInfo &c : kCommands)
        help +=
            u"  "_s + QString::fromUtf8(c.synopsis).leftJustified(44) + u' ' + Tr::tr(c.description) + u'\n';
    help += u'\n' + Tr::tr("Exit status: 0 success, 1 failure, 2 bad usage or bad input.") + u'\n';
    help += Tr::tr("Data folder: %1").arg(Paths::defaultDataDir()) + u'\n';
    m_out << help;
    m_out.flush();
}

int CommandLine::usageError(const QString &message)
{
    m_err << u"iia: "_s << message << u'\n' << Tr::tr("Try “iia --help”.") << u'\n';
    m_err.flush();
    return BadInput;
}

int CommandLine::report(const Error &error)
{
    m_err << u"iia: "_s << error.toString() << u'\n';
    m_err.flush();
    return exitCodeFor(error.code);
}

int CommandLine::reportAll(const QList<Error> &errors)
{
    int code = Success;
    for (const Error &e : errors)
        code = std::max(code, report(e));
    return code;
}

QString CommandLine::language() const
{
    if (m_parser.isSet(m_language))
        return m_parser.value(m_language);
    const QLocale locale;
    return locale.language() == QLocale::C ? u"en"_s : locale.name().section(u'_', 0, 0);
}

std::unique_ptr<Library> CommandLine::openLibrary(int &exitCode, bool readOnly)
{
    const QString dir = m_parser.isSet(m_dataDir) ? m_parser.value(m_dataDir) : Paths::defaultDataDir();
    auto library = Library::open(Paths(dir), readOnly ? Store::Mode::ReadOnly : Store::Mode::ReadWrite);
    if (!library) {
        report(library.error());
        if (Library::isRefusal(library.error(), Paths(dir)) && Backups(Paths(dir)).latest())
            m_err << u"iia: "_s << Tr::tr("“iia backup restore latest” puts the latest backup back.")
                  << u'\n';
        exitCode = library.error().code == ErrorCode::NotFound && readOnly ? Success : Failure;
        return nullptr;
    }
    for (const Errors &failure : (*library)->frameworks().failures()) {
        for (const Error &e : failure)
            m_err << u"iia: "_s << Tr::tr("warning: ") << e.toString() << u'\n';
    }
    for (const Error &e : (*library)->warnings())
        m_err << u"iia: "_s << Tr::tr("warning: ") << e.toString() << u'\n';
    m_err.flush();
    return std::move(*library);
}

int CommandLine::run(const QStringList &arguments)
{
    // Help shows "iia", not the path the program was started by.
    QStringList args0 = arguments;
    if (!args0.isEmpty())
        args0[0] = u"iia"_s;
    if (!m_parser.parse(args0))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        printHelp();
        return Success;
    }
    if (m_parser.isSet(u"version"_s)) {
        m_out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
              << u'\n';
        return Success;
    }
    QStringList args = m_parser.positionalArguments();
    if (args.isEmpty()) {
        printHelp();
        return Success;
    }
    const QString command = args.takeFirst();
    if (m_parser.isSet(m_asCopy) && m_parser.isSet(m_replace))
        return usageError(Tr::tr("--as-copy and --replace exclude each other."));

    auto expect = [&](qsizetype count) {
        return args.size() == count;
    };
    if (command == u"frameworks")
        return expect(0) ? frameworks() : usageError(Tr::tr("“frameworks” takes no arguments."));
    if (command == u"list")
        return expect(0) ? list() : usageError(Tr::tr("“list” takes no arguments."));
    if (command == u"show")
        return expect(1) ? show(args) : usageError(Tr::tr("Usage: iia show ID"));
    if (command == u"new")
        return expect(1) ? create(args) : usageError(Tr::tr("Usage: iia new TITLE"));
    if (command == u"import")
        return !args.isEmpty() ? importFiles(args)
                               : usageError(Tr::tr("Usage: iia import FILE… [--as-copy | --replace]"));
    if (command == u"export" && m_parser.isSet(m_all))
        return expect(0) && m_parser.isSet(m_output) && m_parser.isSet(m_format)
                   ? exportAll()
                   : usageError(Tr::tr("Usage: iia export --all --format FMT -o DIR"));
    if (command == u"export")
        return expect(1) && m_parser.isSet(m_output)
                   ? exportOne(args)
                   : usageError(Tr::tr("Usage: iia export ID [--format FMT] [--language LANG] -o FILE"));
    if (command == u"score")
        return expect(1) ? score(args) : usageError(Tr::tr("Usage: iia score FILE|ID [--explain] [--json]"));
    if (command == u"duplicate")
        return expect(1) ? duplicate(args) : usageError(Tr::tr("Usage: iia duplicate ID"));
    if (command == u"delete")
        return expect(1) ? trash(args, false) : usageError(Tr::tr("Usage: iia delete ID"));
    if (command == u"restore")
        return expect(1) ? trash(args, true) : usageError(Tr::tr("Usage: iia restore ID"));
    if (command == u"empty-trash")
        return expect(0) ? emptyTrash() : usageError(Tr::tr("“empty-trash” takes no arguments."));
    if (command == u"history")
        return expect(1) ? history(args) : usageError(Tr::tr("Usage: iia history ID"));
    if (command == u"revert")
        return expect(2) ? revert(args) : usageError(Tr::tr("Usage: iia revert ID REVISION"));
    if (command == u"validate")
        return !args.isEmpty() ? validate(args) : usageError(Tr::tr("Usage: iia validate FILE…"));
    if (command == u"backup")
        return backup(args);
    return usageError(Tr::tr("“%1” is not a command.").arg(command));
}

int CommandLine::frameworks()
{
    int code = Success;
    auto library = openLibrary(code);
    if (!library)
        return code;
    const auto list = library->frameworks().frameworks();
    if (m_parser.isSet(m_json))
        m_out << QJsonDocument(textwriters::frameworksJson(list, language())).toJson(QJsonDocument::Indented);
    else
        m_out << textwriters::frameworksTable(list, language());
    return Success;
}

int CommandLine::list()
{
    int code = Success;
    auto library = openLibrary(code);
    if (!library)
        return code;
    ListQuery query;
    query.scope = m_parser.isSet(m_trash) ? ListQuery::Scope::Trash : ListQuery::Scope::Active;
    query.search = m_parser.value(m_search);
    auto rows = library->store().list(query);
    if (!rows)
        return report(rows.error());
    if (m_parser.isSet(m_json))
        m_out << QJsonDocument(textwriters::summaryJson(*rows)).toJson(QJsonDocument::Indented);
    else
        m_out << textwriters::summaryTable(*rows);
    return Success;
}

int CommandLine::show(const QStringList &args)
{
    int code = Success;
    auto library = openLibrary(code);
    if (!library)
        return code;
    auto a = library->load(args.first());
    if (!a)
        return report(a.error());
    const FrameworkPtr fw = library->frameworkFor(*a);
    if (!fw)
        return report(Error{ErrorCode::NotFound,
                            Tr::tr("The framework “%1” is not installed.").arg(a->frameworkId),
                            {},
                            0,
                            0,
                            {}});
    if (m_parser.isSet(m_json))
        m_out << QJsonDocument(textwriters::assessmentJson(*fw, *a, library->score(*a)))
                     .toJson(QJsonDocument::Indented);
    else
        m_out << textwriters::assessmentText(*fw, *a, language());
    return Success;
}

int CommandLine::create(const QStringList &args)
{
    int code = Success;
    auto library = openLibrary(code);
    if (!library)
        return code;
    auto a = library->create(args.first());
    if (!a)
        return report(a.error());
    m_out << a->id << u'\n';
    return Success;
}

int CommandLine::importFiles(const QStringList &args)
{
    int code = Success;
    auto library = openLibrary(code);
    if (!library)
        return code;
    const ImportMode mode = m_parser.isSet(m_replace)  ? ImportMode::Replace
                            : m_parser.isSet(m_asCopy) ? ImportMode::Copy
                                                       : ImportMode::Refuse;
    int result = Success;
    for (const QString &file : args) {
        auto doc = Interchange::readFile(file, library->frameworks());
        if (!doc) {
            result = std::max(result, reportAll(doc.error()));
            continue;
        }
        auto imported = library->importDocument(std::move(*doc), mode, file);
        if (!imported) {
            result = std::max(result, report(imported.error()));
            continue;
        }
        const QString what = imported->replaced ? Tr::tr("replaced")
                             : imported->copied ? Tr::tr("imported as a copy")
                                                : Tr::tr("imported");
        m_out << Tr::tr("%1: %2 “%3” (%4)").arg(file, what, imported->title, imported->id) << u'\n';
    }
    return result;
}

std::optional<ReportFormat> CommandLine::exportFormat(const QString &path)
{
    if (m_parser.isSet(m_format)) {
        const auto format = reportFormatFromKey(m_parser.value(m_format));
        if (!format)
            usageError(Tr::tr("Unknown format “%1”: use pdf, odt, html, md, csv or iia.")
                           .arg(m_parser.value(m_format)));
        return format;
    }
    const auto format = reportFormatFromFileName(path);
    if (!format)
        usageError(
            Tr::tr("Say which format to write with --format (pdf, odt, html, md, csv or iia): the name "
                   "“%1” does not tell.")
                .arg(path));
    return format;
}

int CommandLine::exportOne(const QStringList &args)
{
    const QString path = m_parser.value(m_output);
    const auto format = exportFormat(path);
    if (!format)
        return BadInput;
    int code = Success;
    auto library = openLibrary(code);
    if (!library)
        return code;
    const BriefExporter exporter(*library);
    if (auto r = exporter.exportTo(args.first(), *format, language(), path); !r)
        return report(r.error());
    return Success;
}

int CommandLine::exportAll()
{
    const auto format = exportFormat({});
    if (!format)
        return BadInput;
    int code = Success;
    auto library = openLibrary(code);
    if (!library)
        return code;
    const BriefExporter exporter(*library);
    // Progress on stderr, rewritten in place, only when a person is watching.
    const bool terminal = isatty(fileno(stderr)) != 0;
    auto written = exporter.exportAll(
        *format, language(), m_parser.value(m_output), [this, terminal](int done, int total) {
            if (terminal) {
                m_err << u'\r' << Tr::tr("Exported %1 of %2").arg(done).arg(total);
                if (done == total)
                    m_err << u'\n';
                m_err.flush();
            }
            return true;
        });
    if (!written)
        return report(written.error());
    m_out << Tr::tr("%n assessment(s) exported to %1.", nullptr, *written)
                 .arg(QDir::toNativeSeparators(m_parser.value(m_output)))
          << u'\n';
    return Success;
}

int CommandLine::score(const QStringList &args)
{
    int code = Success;
    auto library = openLibrary(code);
    if (!library)
        return code;
    Assessment assessment;
    const QString target = args.first();
    if (QFileInfo(target).isFile()) {
        auto doc = Interchange::readFile(target, library->frameworks());
        if (!doc)
            return reportAll(doc.error());
        assessment = doc->assessment;
    } else {
        auto a = library->load(target);
        if (!a) {
            Error e = a.error();
            e.message =
                Tr::tr("“%1” is neither a file nor the id of an assessment in the library.").arg(target);
            return report(e);
        }
        assessment = *a;
    }
    const FrameworkPtr fw = library->frameworkFor(assessment);
    const Scorecard card = ScoringEngine(fw).score(assessment);
    if (m_parser.isSet(m_json)) {
        QJsonObject o = textwriters::scoreJson(*fw, card, m_parser.isSet(m_explain));
        o.insert(u"id"_s, assessment.id);
        o.insert(u"title"_s, assessment.caseInfo.title);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        m_out << assessment.caseInfo.title << u"\n\n"_s
              << textwriters::scoreTable(*fw, card, language(), m_parser.isSet(m_explain));
    }
    return Success;
}

int CommandLine::duplicate(const QStringList &args)
{
    int code = Success;
    auto library = openLibrary(code);
    if (!library)
        return code;
    auto copy = library->duplicate(args.first());
    if (!copy)
        return report(copy.error());
    m_out << copy->id << u'\n';
    return Success;
}

int CommandLine::trash(const QStringList &args, bool restore)
{
    int code = Success;
    auto library = openLibrary(code);
    if (!library)
        return code;
    auto r = restore ? library->store().restoreFromTrash(args.first())
                     : library->store().moveToTrash(args.first());
    if (!r)
        return report(r.error());
    return Success;
}

int CommandLine::emptyTrash()
{
    int code = Success;
    auto library = openLibrary(code);
    if (!library)
        return code;
    auto removed = library->store().emptyTrash();
    if (!removed)
        return report(removed.error());
    m_out << Tr::tr("%n assessment(s) deleted for good.", nullptr, *removed) << u'\n';
    return Success;
}

int CommandLine::history(const QStringList &args)
{
    int code = Success;
    auto library = openLibrary(code);
    if (!library)
        return code;
    auto revisions = library->store().revisions(args.first());
    if (!revisions)
        return report(revisions.error());
    if (revisions->isEmpty())
        m_out << Tr::tr("No revisions saved yet.") << u'\n';
    for (const RevisionInfo &r : std::as_const(*revisions))
        m_out << r.number << u"  "_s << Interchange::formatTime(r.created) << u"  "_s << r.label << u'\n';
    return Success;
}

int CommandLine::revert(const QStringList &args)
{
    bool ok = false;
    const int number = args.at(1).toInt(&ok);
    if (!ok || number < 1)
        return usageError(Tr::tr("“%1” is not a revision number.").arg(args.at(1)));
    int code = Success;
    auto library = openLibrary(code);
    if (!library)
        return code;
    auto restored = library->restoreRevision(args.first(), number);
    if (!restored)
        return report(restored.error());
    m_out << Tr::tr("Revision %1 restored.").arg(number) << u'\n';
    return Success;
}

int CommandLine::backup(const QStringList &args)
{
    // Works without opening the library: its backups are what helps when it cannot be opened.
    const Paths paths(m_parser.isSet(m_dataDir) ? m_parser.value(m_dataDir) : Paths::defaultDataDir());
    if (args.size() == 1 && args.first() == u"list") {
        const QList<BackupInfo> backups = Backups(paths).list();
        if (m_parser.isSet(m_json))
            m_out << QJsonDocument(textwriters::backupsJson(backups)).toJson(QJsonDocument::Indented);
        else
            m_out << textwriters::backupsTable(backups);
        return Success;
    }
    if (args.size() != 2 || args.first() != u"restore")
        return usageError(Tr::tr("Usage: iia backup list [--json] | iia backup restore NAME|latest"));
    auto restored = Library::restoreBackup(paths, args.at(1));
    if (!restored)
        return report(restored.error());
    m_out << Tr::tr("Restored the backup %1 (%n assessment(s)).", nullptr, restored->restored.assessments)
                 .arg(restored->restored.name)
          << u'\n';
    if (restored->previous)
        m_out << Tr::tr("The library as it was is kept as the backup %1.").arg(restored->previous->name)
              << u'\n';
    return Success;
}

int CommandLine::validate(const QStringList &args)
{
    int code = Success;
    auto library = openLibrary(code);
    if (!library)
        return code;
    int result = Success;
    for (const QString &file : args) {
        if (file.endsWith(u".iia"_s, Qt::CaseInsensitive)) {
            auto doc = Interchange::readFile(file, library->frameworks());
            if (!doc) {
                result = std::max(result, reportAll(doc.error()));
                continue;
            }
        } else {
            auto fw = FrameworkLoader::loadFile(file);
            if (!fw) {
                result = std::max(result, reportAll(fw.error()));
                continue;
            }
        }
        m_out << Tr::tr("%1: valid").arg(file) << u'\n';
    }
    return result;
}

} // namespace iia
