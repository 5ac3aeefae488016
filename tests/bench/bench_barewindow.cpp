// The yardstick for the start-up benchmark: a bare Qt Widgets window, started and measured the same way as
// iia (quit after the first paint, print the peak memory).

#include "firstpaintprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1280, 820);
    window.installEventFilter(new iia::FirstPaintProbe(&window));
    window.show();
    return app.exec();
}
