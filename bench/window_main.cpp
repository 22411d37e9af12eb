// peerscope_bench_window: the two processes of the cold-start benchmark.
//   peerscope_bench_window bare                 a bare Qt window
//   peerscope_bench_window app CACHE AUTHOR     Peerscope's window on CACHE, opening AUTHOR
// Prints "painted" at the first paint event of the window, then (app) waits
// until the author is loaded and the event loop has idled, prints "rss KB"
// (resident memory) and exits. The parent times start -> "painted".

#include "cache/cache.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <utility>

using namespace peerscope;

namespace {

class FirstPaint final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint) {
            m_done = true;
            std::printf("painted\n");
            std::fflush(stdout);
        }
        return QObject::eventFilter(watched, event);
    }
    bool done() const { return m_done; }

private:
    bool m_done = false;
};

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    FirstPaint first;
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("bare")) {
        QWidget window;
        window.resize(1280, 800);
        window.installEventFilter(&first);
        window.show();
        QTimer::singleShot(0, &app, [&] {
            if (first.done())
                app.quit();
        });
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &app, [&] {
            if (first.done())
                app.quit();
        });
        poll.start(1);
        return app.exec();
    }
    if (args.value(1) != QLatin1String("app") || args.size() < 4)
        return 2;

    // As app/main.cpp opens the window (without sync and settings): the
    // whole-file integrity check runs on a worker once the first profile
    // has loaded.
    QCoreApplication::setApplicationName(QStringLiteral("peerscope"));
    Cache cache;
    if (cache.open(args.at(2), Cache::OpenMode::PrimaryCheckLater) != Cache::OpenStatus::Ok)
        return 4;
    MainWindow window(cache);
    window.resize(1280, 800);
    window.installEventFilter(&first);
    window.openAuthor(args.at(3));
    window.show();
    QFuture<QString> integrity;
    bool checking = false;
    QObject::connect(&window, &MainWindow::authorLoaded, &app, [&] {
        if (!std::exchange(checking, true))
            integrity = QtConcurrent::run([path = cache.path()] {
                Cache check;
                if (check.open(path, Cache::OpenMode::Secondary) != Cache::OpenStatus::Ok)
                    return check.errorString();
                return check.integrityProblem();
            });
    });
    QObject::connect(&window, &MainWindow::authorLoaded, &app, [&] {
        // Idle: let pending events, charts and the model settle, then measure.
        QTimer::singleShot(1500, &app, [&] {
            std::printf("rss %ld\n", residentKb());
            std::fflush(stdout);
            app.quit();
        });
    });
    QTimer::singleShot(60000, &app, &QApplication::quit);
    const int status = app.exec();
    // The check ran beside the idle measurement; its verdict is the last word.
    const QString problem = checking ? integrity.result() : QString();
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "integrity: %s\n", qPrintable(problem));
        return 4;
    }
    return status;
}
