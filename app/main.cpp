#include "cli.h"
#include "commands/profileformat.h"

#include "cache/cache.h"
#include "cache/importer.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "profile/profile.h"
#include "settings/apikeystore.h"
#include "settings/appsettings.h"
#include "sync/synccontroller.h"
#include "theme.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QDate>
#include <QIcon>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <memory>
#include <utility>

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

// Opens the cache for the window, loading the demo into a fresh one.
bool openWindowCache(Cache &cache, const QString &path, QString *warning, Cache::OpenMode mode = Cache::OpenMode::Primary)
{
    const Cache::OpenStatus status = cache.open(path, mode);
    if (status == Cache::OpenStatus::Recovered)
        *warning = cache.errorString();
    else if (status != Cache::OpenStatus::Ok)
        return false;
    if (!cache.hasAuthors())
        Importer(cache).importDemo();
    return true;
}

// The connection of the check below, while it runs: interrupted when the
// application quits (the check and the search statistics read the whole file,
// seconds on a large cache, and the process would linger until they end).
class RunningCheck
{
public:
    // False if the application is already quitting.
    bool attach(Cache *cache)
    {
        std::lock_guard lock(m_mutex);
        if (m_stop)
            return false;
        m_cache = cache;
        cache->interruptWhen([this] { return m_stop.load(); });
        return true;
    }
    void detach()
    {
        std::lock_guard lock(m_mutex);
        m_cache = nullptr;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        if (m_cache)
            m_cache->interrupt(); // the statement running now
    }

private:
    std::mutex m_mutex;
    std::atomic<bool> m_stop{false};
    const Cache *m_cache = nullptr;
};

// The whole-file integrity check of a cache opened with PrimaryCheckLater,
// on a worker once the window has shown its first profile (it reads every
// page: seconds on a large cache, which should not compete with the first
// paint and the first rows). A damaged cache is then moved aside and
// replaced, as at open.
void checkWindowCache(Cache &cache, MainWindow &window)
{
    auto *watcher = new QFutureWatcher<QString>(&window);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, &window, [watcher, &cache, &window] {
        const QString problem = watcher->result();
        if (problem.isEmpty())
            return;
        QString warning;
        if (cache.recoverDamaged(problem) == Cache::OpenStatus::Recovered) {
            warning = cache.errorString();
            Importer(cache).importDemo();
            window.openAuthor(Importer::demoAuthorId());
            QMessageBox::warning(&window, QObject::tr("Cache recovered"), warning);
        } else {
            QMessageBox::critical(&window, QObject::tr("Peerscope"), cache.errorString());
        }
    });
    // Quitting interrupts the worker's reads instead of waiting for them.
    auto running = std::make_shared<RunningCheck>();
    // It waits for the worker too: a worker still running while the
    // application tears down crashed it (heap corruption at exit, seen when
    // quitting during the search statistics' rebuild on a 1M-work cache).
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, watcher, [running, watcher] {
        running->stop();
        watcher->waitForFinished();
    });
    auto start = [watcher, running, path = cache.path(), started = std::make_shared<bool>(false)] {
        if (std::exchange(*started, true))
            return;
        watcher->setFuture(QtConcurrent::run([path, running] {
            // A connection that cannot open says nothing about the file: only
            // a failed check moves a cache aside.
            Cache check;
            if (check.open(path, Cache::OpenMode::Secondary) != Cache::OpenStatus::Ok || !running->attach(&check))
                return QString();
            QString problem = check.integrityProblem();
            // A cache from before the search statistics, or one whose last
            // sync stopped before they were rebuilt, catches up here.
            if (problem.isEmpty())
                check.refreshSearchIndex();
            running->detach();
            return problem;
        }));
    };
    QObject::connect(&window, &MainWindow::authorLoaded, watcher, start, Qt::SingleShotConnection);
    QTimer::singleShot(5000, watcher, start); // no profile loaded: check anyway
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
        setIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        err << QCoreApplication::translate("main", "peerscope: no display found (DISPLAY is not set), so the window cannot open. "
                                                   "Here is the demo profile instead; see 'peerscope --help' for the command line.")
            << Qt::endl;
        Cache cache;
        QString warning;
        if (!openWindowCache(cache, options.dbPath.isEmpty() ? Cache::defaultPath() : options.dbPath, &warning)) {
            err << "peerscope: " << cache.errorString() << Qt::endl;
            return cli::CacheError;
        }
        if (!warning.isEmpty())
            err << "peerscope: " << warning << Qt::endl;
        out << cli::profileText(loadProfile(cache, Importer::demoAuthorId(), QDate::currentDate().year()));
        return cli::Ok;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Peerscope"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.peerscope.Peerscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/peerscope.svg")));

    AppSettings settings;
    applyTheme(settings.theme());
    // Before any widget exists, so everything starts in the chosen language.
    LanguageManager language;
    language.follow(&settings);
    ApiKeyStore keys(settings.apiKeyFilePath());
    // --db wins over the remembered location, which wins over the default.
    const QString cachePath = !options.dbPath.isEmpty()       ? options.dbPath
                              : !settings.cachePath().isEmpty() ? settings.cachePath()
                                                                : Cache::defaultPath();

    Cache cache;
    QString warning;
    if (!openWindowCache(cache, cachePath, &warning, Cache::OpenMode::PrimaryCheckLater)) {
        QMessageBox::critical(nullptr, QObject::tr("Peerscope"), cache.errorString());
        return cli::CacheError;
    }

    SyncController sync(cache.path());
    SyncConfig config;
    if (!options.apiBase.isEmpty())
        config.apiBase = QUrl(options.apiBase);
    // --api-key or OPENALEX_API_KEY first, then the stored key (below: the
    // key store answers later).
    config.apiKey = options.apiKey;
    config.requestsPerSecond = settings.requestsPerSecond();
    config.ttlDays = settings.ttlDays();
    sync.setConfig(config);

    MainWindow window(cache);
    window.setOffline(options.offline);
    window.setSyncController(&sync);
    window.setAppSettings(&settings, &keys);
    // What is left of today's budget, for the status bar (a free call).
    auto refreshBudget = [&sync, &window, offline = options.offline] {
        if (!offline && sync.client()->hasApiKey())
            sync.client()->refreshBudget(&window, [](const BudgetStatus &, const ApiResult &) {});
    };
    if (options.apiKey.isEmpty()) {
        QObject::connect(&keys, &ApiKeyStore::loaded, &sync, [&sync, refreshBudget](const QString &key, const QString &error) {
            if (!error.isEmpty())
                qWarning().noquote() << error;
            SyncConfig withKey = sync.config();
            withKey.apiKey = key;
            sync.setConfig(withKey);
            refreshBudget();
        }, Qt::SingleShotConnection);
        keys.load();
    } else {
        refreshBudget();
    }
    window.openAuthor(Importer::demoAuthorId());
    window.show();
    if (!warning.isEmpty())
        QMessageBox::warning(&window, QObject::tr("Cache recovered"), warning);
    checkWindowCache(cache, window);
    return app.exec();
}
