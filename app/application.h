#pragma once

#include "cache/cache.h"
#include "cli.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

namespace peerscope {

class ApiKeyStore;
class AppSettings;
class CacheTask;
class LanguageManager;
class MainWindow;
class OpenAlexClient;
class SyncController;

// The desktop application's services, created before any window and owned
// here: the settings (with the theme and the language they choose), the API
// key store, the cache, the one OpenAlex client and the sync controller that
// uses it. The window gets them from attach(), which also runs the start-up
// checks (the whole-file check of the cache, on a worker).
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)
public:
    // After the QApplication: applies the theme and the language at once,
    // so every widget starts in them.
    explicit Application(cli::GlobalOptions options, QObject *parent = nullptr);
    ~Application() override;

    // Opens the cache (--db, else the remembered place, else the default;
    // the demo goes into a fresh one) and creates the client and the sync.
    // False when the cache cannot open: error() says why.
    bool start();
    QString error() const { return m_error; }
    // Set when the cache was damaged and replaced at open: what happened.
    QString recoveredWarning() const { return m_warning; }

    Cache &cache() { return *m_cache; }
    AppSettings &settings() { return *m_settings; }
    ApiKeyStore &keys() { return *m_keys; }
    OpenAlexClient &client() { return *m_client; }
    SyncController &sync() { return *m_sync; }

    // Gives the window the services, opens the first profile, and checks
    // the whole cache file on a worker once that profile is on screen.
    void attach(MainWindow &window);

    // Opens path for a window (the demo goes into a fresh cache); *warning
    // is set when a damaged file was replaced. False: cache.errorString().
    static bool openCache(Cache &cache, const QString &path, QString *warning,
                          Cache::OpenMode mode = Cache::OpenMode::Primary);

private:
    void checkCache(MainWindow &window);

    cli::GlobalOptions m_options;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<ApiKeyStore> m_keys;
    std::unique_ptr<Cache> m_cache;
    OpenAlexClient *m_client = nullptr;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<CacheTask> m_check;
    QFuture<void> m_checkDone;
    QString m_error;
    QString m_warning;
};

} // namespace peerscope
