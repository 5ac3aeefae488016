#include "screenshots.h"

#include "report/exportdialog.h"

#include "assessment/assessmentview.h"
#include "assessment/draftpanel.h"
#include "document/assessmentdocument.h"
#include "frameworkeditor/frameworkeditor.h"
#include "library.h"
#include "library/libraryview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace iia {

using namespace Qt::StringLiterals;

namespace {

// Lets the event loop run for ms milliseconds (layouts, charts and debounced validation settle).
void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget *widget, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    wait(150); // let charts and layouts settle
    const QString path = QDir(dir).filePath(name + u".png"_s);
    const bool ok = widget->grab().save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

} // namespace

int renderScreenshots(const QString &dir, const QString &language)
{
    QDir().mkpath(dir);
    QTemporaryDir data;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, data.filePath(u"settings"_s));
    auto library = Library::open(Paths(data.path()));
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error().toString()));
        return 1;
    }
    bool ok = true;
    MainWindow window(**library, language);
    window.resize(1440, 900);
    window.show();
    ok &= save(&window, dir, u"welcome"_s);

    window.openExample();
    window.closeAssessment();
    (*library)->create(u"Mandatory DNS filtering order"_s);
    (*library)->create(u"Data retention bill (second reading)"_s);
    window.libraryView()->refresh();
    ok &= save(&window, dir, u"library"_s);

    window.openExample();
    AssessmentView *view = window.assessmentView();
    if (!view)
        return 1;
    view->goToStep(view->stepOf(u"cp1"_s));
    const Evidence &first = view->document().assessment().evidence.constFirst();
    view->draftPanel()->showPassage(first.start, first.length);
    ok &= save(&window, dir, u"property-page"_s);

    view->goToStep(view->stepOf(u"case"_s));
    view->draftPanel()->showPassage(first.start, first.length);
    ok &= save(&window, dir, u"draft-with-evidence"_s);

    view->goToStep(view->stepOf(u"summary"_s));
    ok &= save(&window, dir, u"summary"_s);

    view->goToStep(view->stepOf(u"cp3"_s));
    window.chartsDock()->show();
    ok &= save(&window, dir, u"charts-panel"_s);
    window.chartsDock()->hide();

    {
        ExportDialog dialog(**library, {view->document().assessment().id}, &window);
        dialog.resize(900, 760);
        dialog.show();
        wait(100);
        ok &= save(&dialog, dir, u"export-dialog"_s);
    }

    window.showFrameworkEditor();
    if (FrameworkEditor *editor = window.frameworkEditor()) {
        editor->resize(1200, 800);
        wait(500); // live validation runs after a pause
        ok &= save(editor, dir, u"framework-editor"_s);
        editor->close();
    }
    window.closeAssessment();
    return ok ? 0 : 1;
}

} // namespace iia
