#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace iia {

class Library;
enum class ReportFormat;
struct Error;

/// The `iia` command line: GNU-style options before or after the command, messages on stderr, exit
/// status 0 on success, 1 on failure, 2 on bad usage or bad input.
class CommandLine
{
public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        BadInput = 2
    };

    CommandLine();
    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    int report(const Error &error);
    int reportAll(const QList<Error> &errors);
    std::unique_ptr<Library> openLibrary(int &exitCode, bool readOnly = false);
    QString language() const;
    void printHelp();

    int frameworks();
    int list();
    int show(const QStringList &args);
    int importFiles(const QStringList &args);
    int exportOne(const QStringList &args);
    int exportAll();
    /// The format given by --format, else by the extension of path; without either, says so and returns none.
    std::optional<ReportFormat> exportFormat(const QString &path);
    int score(const QStringList &args);
    int create(const QStringList &args);
    int duplicate(const QStringList &args);
    int trash(const QStringList &args, bool restore);
    int emptyTrash();
    int history(const QStringList &args);
    int revert(const QStringList &args);
    int validate(const QStringList &args);
    int backup(const QStringList &args);

    QCommandLineParser m_parser;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_json;
    QCommandLineOption m_explain;
    QCommandLineOption m_asCopy;
    QCommandLineOption m_replace;
    QCommandLineOption m_output;
    QCommandLineOption m_trash;
    QCommandLineOption m_search;
    QCommandLineOption m_language;
    QCommandLineOption m_format;
    QCommandLineOption m_all;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace iia
