#include "application.h"
#include "cli.h"
#include "commands/profileformat.h"

#include "cache/cache.h"
#include "cache/importer.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "profile/profile.h"

#include <QApplication>
#include <QDate>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QProcessEnvironment>

using namespace peerscope;

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("peerscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEERSCOPE_VERSION));
}

bool hasDisplay()
{
#ifdef Q_OS_LINUX
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    return env.contains(QStringLiteral("DISPLAY")) || env.contains(QStringLiteral("WAYLAND_DISPLAY"))
           || env.contains(QStringLiteral("QT_QPA_PLATFORM"));
#else
    return true;
#endif
}

// The command line speaks English, with its plural forms ("1 call", "2 calls").
int runCommandLine(const QStringList &args)
{
    setIdentity();
    LanguageManager plurals;
    plurals.setLanguage(QStringLiteral("en"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli::run(args, out, err);
}

// No display: the demo profile as text, and how to get the window.
int runWithoutDisplay(const cli::GlobalOptions &options)
{
    setIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    err << QCoreApplication::translate("main", "peerscope: no display found (DISPLAY is not set), so the window cannot open. "
                                               "Here is the demo profile instead; see 'peerscope --help' for the command line.")
        << Qt::endl;
    Cache cache;
    QString warning;
    if (!Application::openCache(cache, options.dbPath.isEmpty() ? Cache::defaultPath() : options.dbPath, &warning)) {
        err << "peerscope: " << cache.errorString() << Qt::endl;
        return cli::CacheError;
    }
    if (!warning.isEmpty())
        err << "peerscope: " << warning << Qt::endl;
    out << cli::profileText(loadProfile(cache, Importer::demoAuthorId(), QDate::currentDate().year()));
    return cli::Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    cli::GlobalOptions options;
    QString command;
    QStringList rest;
    QString error;
    const bool globalsOk = cli::splitGlobal(args, &options, &command, &rest, &error);

    if (globalsOk && command == QLatin1String("graph")) {
        // Pictures of the network need fonts for their labels, which only a
        // GUI application has: one on the offscreen platform, no window.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runCommandLine(args);
    }
    if (!globalsOk || !command.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runCommandLine(args);
    }
    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        return runWithoutDisplay(options);
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Peerscope"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.peerscope.Peerscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/peerscope.svg")));

    Application peerscope(options);
    if (!peerscope.start()) {
        QMessageBox::critical(nullptr, QObject::tr("Peerscope"), peerscope.error());
        return cli::CacheError;
    }
    MainWindow window(peerscope.cache());
    peerscope.attach(window);
    window.show();
    if (!peerscope.recoveredWarning().isEmpty())
        QMessageBox::warning(&window, QObject::tr("Cache recovered"), peerscope.recoveredWarning());
    return app.exec();
}
