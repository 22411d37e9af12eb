#include "application.h"

#include "cache/cachetask.h"
#include "cache/importer.h"
#include "languagemanager.h"
#include "liveupdates.h"
#include "mainwindow.h"
#include "openalex/openalexclient.h"
#include "settings/apikeystore.h"
#include "settings/appsettings.h"
#include "sync/synccontroller.h"
#include "theme.h"

#include <QCoreApplication>
#include <QDebug>
#include <QMessageBox>
#include <QTimer>
#include <QUrl>

namespace peerscope {

Application::Application(cli::GlobalOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(std::make_unique<AppSettings>())
    , m_language(std::make_unique<LanguageManager>())
    , m_cache(std::make_unique<Cache>())
{
    applyTheme(m_settings->theme());
    // Before any widget exists, so everything starts in the chosen language.
    m_language->follow(m_settings.get());
    m_keys = std::make_unique<ApiKeyStore>(m_settings->apiKeyFilePath());
}

Application::~Application()
{
    // The check's worker reads the whole file: stop it, and wait, before
    // the cache and the rest go (a worker still running at teardown crashed).
    if (m_check)
        m_check->supersede();
    m_checkDone.waitForFinished();
}

bool Application::openCache(Cache &cache, const QString &path, QString *warning, Cache::OpenMode mode)
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

bool Application::start()
{
    // --db wins over the remembered location, which wins over the default.
    const QString cachePath = !m_options.dbPath.isEmpty()       ? m_options.dbPath
                              : !m_settings->cachePath().isEmpty() ? m_settings->cachePath()
                                                                   : Cache::defaultPath();
    if (!openCache(*m_cache, cachePath, &m_warning, Cache::OpenMode::PrimaryCheckLater)) {
        m_error = m_cache->errorString();
        return false;
    }

    // The one client: suggestions, syncs and the budget share its rate limit.
    m_client = new OpenAlexClient(this);
    m_sync = std::make_unique<SyncController>(m_cache->path(), m_client);
    SyncConfig config;
    if (!m_options.apiBase.isEmpty())
        config.apiBase = QUrl(m_options.apiBase);
    // --api-key or OPENALEX_API_KEY first, then the stored key (attach():
    // the key store answers later, nothing waits for a keychain).
    config.apiKey = m_options.apiKey;
    config.requestsPerSecond = m_settings->requestsPerSecond();
    config.ttlDays = m_settings->ttlDays();
    m_sync->setConfig(config);
    return true;
}

void Application::attach(MainWindow &window)
{
    window.setOffline(m_options.offline);
    window.setSyncController(m_sync.get());
    window.setAppSettings(m_settings.get(), m_keys.get());
    // What is left of today's budget, for the status bar (a free call).
    auto refreshBudget = [this, &window] {
        if (!m_options.offline && !m_sync->config().apiKey.isEmpty())
            m_client->refreshBudget(&window, [](const BudgetStatus &, const ApiResult &) {});
    };
    if (m_options.apiKey.isEmpty()) {
        connect(m_keys.get(), &ApiKeyStore::loaded, &window, [this, refreshBudget](const QString &key, const QString &error) {
            if (!error.isEmpty())
                qWarning().noquote() << error;
            SyncConfig withKey = m_sync->config();
            withKey.apiKey = key;
            m_sync->setConfig(withKey);
            refreshBudget();
        }, Qt::SingleShotConnection);
        m_keys->load();
    } else {
        refreshBudget();
    }
    window.openAuthor(Importer::demoAuthorId());
    checkCache(window);
}

// The whole-file integrity check of a cache opened with PrimaryCheckLater,
// on a worker once the window has shown its first profile (it reads every
// page: seconds on a large cache, which should not compete with the first
// paint and the first rows). A damaged cache is then moved aside and
// replaced, as at open.
void Application::checkCache(MainWindow &window)
{
    m_check = std::make_unique<CacheTask>(*m_cache, &window);
    // Quitting interrupts the worker's reads and waits for it.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        m_check->supersede();
        m_checkDone.waitForFinished();
    });
    auto start = [this, &window, started = std::make_shared<bool>(false)] {
        if (std::exchange(*started, true))
            return;
        m_checkDone = m_check->run(
            [](Cache &check) {
                QString problem = check.integrityProblem();
                // A cache from before the search statistics, or one whose last
                // sync stopped before they were rebuilt, catches up here.
                if (problem.isEmpty())
                    check.refreshSearchIndex();
                return problem;
            },
            [this, &window](const QString &problem) {
                if (problem.isEmpty())
                    return;
                if (m_cache->recoverDamaged(problem) == Cache::OpenStatus::Recovered) {
                    const QString warning = m_cache->errorString();
                    window.liveUpdates()->restart(); // the watcher still reads the damaged file
                    Importer(*m_cache).importDemo();
                    window.openAuthor(Importer::demoAuthorId());
                    QMessageBox::warning(&window, QObject::tr("Cache recovered"), warning);
                } else {
                    QMessageBox::critical(&window, QObject::tr("Peerscope"), m_cache->errorString());
                }
            },
            // A connection that cannot open says nothing about the file: only
            // a failed check moves a cache aside.
            [](const QString &) {});
    };
    connect(&window, &MainWindow::authorLoaded, this, start, Qt::SingleShotConnection);
    QTimer::singleShot(5000, &window, start); // no profile loaded: check anyway
}

} // namespace peerscope
