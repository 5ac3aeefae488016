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

// White on black with a cyan highlight and yellow links, like the high-contrast themes of the desktops; the
// frames' shades are white so that every box stays visible.
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor text = group == QPalette::Disabled ? QColor(0x3f, 0xf2, 0x3f) : white;
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                          QPalette::ToolTipBase, QPalette::Shadow})
            p.setColor(group, role, black);
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                          QPalette::BrightText})
            p.setColor(group, role, text);
        for (auto role : {QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark})
            p.setColor(group, role, white);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(group, QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::Link, QColor(0xff, 0xff, 0x00));
        p.setColor(group, QPalette::LinkVisited, QColor(0xff, 0xff, 0x00));
    }
    return p;
}

bool savePng(QWidget *widget, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    wait(150); // let charts and layouts settle
    const QString path = QDir(dir).filePath(name + u".png"_s);
    const bool ok = widget->grab().save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

} // namespace

int renderScreenshots(const QString &dir, const QString &language, ScreenshotLook look)
{
    QDir().mkpath(dir);
    QString prefix;
    if (look == ScreenshotLook::HighContrast) {
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * 1.5);
        QApplication::setFont(font);
        QApplication::setPalette(highContrastPalette());
        prefix = u"high-contrast-"_s;
    }
    auto save = [&](QWidget *widget, const QString &folder, const QString &name) {
        return savePng(widget, folder, prefix + name);
    };
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
