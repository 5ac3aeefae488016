#include "application.h"

#include "cli/commandline.h"
#include "contraststyle.h"
#include "firstpaintprobe.h"
#include "language.h"
#include "library.h"
#include "library/libraryrecovery.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "singleinstance.h"

#include <QApplication>

#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QSet>
#include <QSettings>

#include <thread>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <dlfcn.h>
#endif

namespace iia {

using namespace Qt::StringLiterals;

namespace {

// The command line runs without a display; the window only when no command (or --help/--version) is given.
bool wantsCommandLine(int argc, char *argv[])
{
    static const QSet<QString> commands{u"frameworks"_s, u"list"_s,     u"show"_s,        u"new"_s,
                                        u"import"_s,     u"export"_s,   u"score"_s,       u"duplicate"_s,
                                        u"delete"_s,     u"restore"_s,  u"empty-trash"_s, u"history"_s,
                                        u"revert"_s,     u"validate"_s, u"backup"_s};
    static const QSet<QString> takesValue{u"--data-dir"_s, u"-o"_s,         u"--output"_s,
                                          u"--search"_s,   u"--language"_s, u"--screenshot"_s};
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"--help" || arg == u"-h" || arg == u"--help-all" || arg == u"--version" || arg == u"-v")
            return true;
        if (takesValue.contains(arg)) {
            ++i;
            continue;
        }
        if (arg.startsWith(u'-'))
            continue;
        return commands.contains(arg) || !arg.endsWith(u".iia"_s, Qt::CaseInsensitive);
    }
    return false;
}

// Whether the command is an export, which may draw charts.
bool drawsReports(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArrayView(argv[i]) == "export")
            return true;
    }
    return false;
}

// A cold start waits mostly for the disk, and the first text measured waits for fontconfig to read its
// configuration and caches (20 ms of a cold start here). Started on a thread of its own before QApplication,
// that reading overlaps the application's own (the library, the window), and Qt's font database then finds
// fontconfig ready; fontconfig initialises itself once, whichever thread asks first. The thread is joined
// before the application returns.
class FontconfigWarmer
{
public:
    FontconfigWarmer()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        using Init = int (*)();
        if (auto init = reinterpret_cast<Init>(dlsym(RTLD_DEFAULT, "FcInit")))
            m_thread = std::thread(init);
#endif
    }
    ~FontconfigWarmer()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    FontconfigWarmer(const FontconfigWarmer &) = delete;
    FontconfigWarmer &operator=(const FontconfigWarmer &) = delete;

private:
    std::thread m_thread;
};

int runWindow(QApplication &app)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir(u"data-dir"_s, u"Library folder."_s, u"DIR"_s);
    const QCommandLineOption screenshot(u"screenshot"_s, u"Render the main screens to PNG files in DIR."_s,
                                        u"DIR"_s);
    const QCommandLineOption language(u"language"_s, u"Language."_s, u"LANG"_s);
    const QCommandLineOption highContrast(
        u"high-contrast"_s, u"With --screenshot: a font half as large again and a high-contrast palette."_s);
    parser.addOptions({dataDir, screenshot, language, highContrast});
    parser.parse(app.arguments());

    // The interface's language: --language for this run, else the user's choice, else the system's.
    const QString lang =
        language::apply(parser.isSet(language) ? parser.value(language) : language::preferred());
    if (parser.isSet(screenshot))
        return renderScreenshots(parser.value(screenshot), lang,
                                 parser.isSet(highContrast) ? ScreenshotLook::HighContrast
                                                            : ScreenshotLook::System);

    const QString dir = parser.isSet(dataDir) ? parser.value(dataDir) : Paths::defaultDataDir();
    // One window per library: a second start hands its files to the first one and exits.
    SingleInstance instance(dir);
    const SingleInstance::Role role = instance.lock();
    if (role == SingleInstance::Role::Secondary) {
        const auto forwarded = instance.forward(parser.positionalArguments());
        if (forwarded)
            return 0;
        qCritical("%s", qUtf8Printable(forwarded.error().message));
        QMessageBox::critical(nullptr,
                              QCoreApplication::translate("iia::Application", "Internet Impact Assessment"),
                              forwarded.error().message);
        return 1;
    }
    if (role == SingleInstance::Role::Alone)
        qWarning("iia: %s", qUtf8Printable(instance.error()));
    // A refused library (damaged, not ours, newer) is set aside and the user chooses what to do. The day's
    // check and backup run behind the window once it has painted (MainWindow), which asks the same question
    // when the check finds damage.
    auto library = openLibraryWithRecovery(Paths(dir), askRecovery, Library::CareTiming::Later);
    if (library && !*library)
        return 1; // the user chose to quit; nothing was changed
    if (!library) {
        QMessageBox::critical(nullptr,
                              QCoreApplication::translate("iia::Application", "Internet Impact Assessment"),
                              QCoreApplication::translate(
                                  "iia::Application", "The library could not be opened, so the application "
                                                      "cannot start. Nothing was changed.\n\n%1")
                                  .arg(library.error().toString()));
        return 1;
    }
    MainWindow window(**library, lang);
    QObject::connect(&instance, &SingleInstance::requestReceived, &window,
                     [&window](const SingleInstance::Request &request) {
                         if (request.activate) {
                             window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
                             window.show();
                             window.raise();
                             window.activateWindow();
                         }
                         window.openFiles(request.files);
                     });
    if (role == SingleInstance::Role::Primary)
        instance.listen();
    if (qEnvironmentVariableIsSet("IIA_BENCH_EXIT_AFTER_PAINT")) {
        auto *probe = new FirstPaintProbe(&window);
        window.installEventFilter(probe);
        const QString open = qEnvironmentVariable("IIA_BENCH_OPEN");
        if (!open.isEmpty())
            window.openAssessment(open);
    }
    window.show();
    // Files given are imported and opened (on the importer's thread, the window already up); otherwise the
    // assessment open at the last exit comes back.
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        window.openFiles(files);
    } else {
        const QString last = QSettings().value(u"window/lastAssessment"_s).toString();
        if (!last.isEmpty()) {
            auto row = (*library)->store().summary(last);
            if (row && row->has_value() && !row->value().deleted.isValid())
                window.openAssessment(last);
        }
    }
    return app.exec();
}

} // namespace

int runApplication(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(u"InternetImpactAssessment"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IIA_VERSION));
    if (wantsCommandLine(argc, argv)) {
        if (!drawsReports(argc, argv)) {
            QCoreApplication app(argc, argv);
            language::apply(language::preferred());
            CommandLine cli;
            return cli.run(QCoreApplication::arguments());
        }
        // Briefs in PDF, ODT and HTML draw the application's charts, which need a GUI application; the
        // command line never shows a window, so it needs no display either.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        language::apply(language::preferred());
        CommandLine cli;
        return cli.run(QCoreApplication::arguments());
    }
    const FontconfigWarmer fonts;
    QApplication app(argc, argv);
    installContrastStyle();
    QApplication::setApplicationDisplayName(
        QCoreApplication::translate("iia::Application", "Internet Impact Assessment"));
    return runWindow(app);
}

} // namespace iia
