#pragma once

#include "cache/cache.h"
#include "sync/authorsync.h"
#include "sync/citationsync.h"
#include "sync/syncconfig.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace peerscope {

class SyncWorker;

// Runs author syncs for the window, one at a time from a queue, on a worker
// thread that has its own Cache connection: the GUI thread never waits for
// the writer. The sync talks through the application's one OpenAlexClient
// (the network I/O is asynchronous on the GUI thread), so the search box and
// the syncs share one rate limit and one budget.
//
// The one relay of a sync's signals: each AuthorSync signal reaches this
// object's signal through one queued connection, so they arrive on the
// controller's thread; listeners connect here and nowhere else.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    // client: the application's one client; null makes one of its own.
    explicit SyncController(const QString &cachePath, OpenAlexClient *client = nullptr, QObject *parent = nullptr);
    ~SyncController() override;

    // Also configures the client (configureClient: address, key, rate).
    void setConfig(const SyncConfig &config);
    OpenAlexClient *client() const { return m_client; }
    const SyncConfig &config() const { return m_config; }
    // A moved cache: later syncs write to the new file.
    void setCachePath(const QString &path);
    QString cachePath() const { return m_cachePath; }
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }

    // An author sync or a citation sync is running.
    bool isBusy() const { return !m_current.isEmpty() || m_citationsRunning; }
    bool isFetchingCitations() const { return m_citationsRunning; }
    QString currentAuthor() const { return m_current; }
    QStringList queued() const { return m_queue; }

public slots:
    // Queues a sync unless that author is already queued or running. Returns
    // false when offline.
    bool request(const QString &authorId, bool force = false);
    // Queues them all, in order ("Refresh followed").
    int requestAll(const QStringList &authorIds);
    // Cancels the running sync and drops the queue.
    void cancel();
    // After confirmationNeeded: go on with the waiting sync.
    void proceed();

    // Citations (the research graph's "Expand"): what fetching the
    // references and citing works of options' seeds would cost, read from
    // the cache on the worker thread; citationsEstimated() answers.
    void estimateCitations(const peerscope::CitationOptions &options);
    // Queues a citation sync; it runs when no author sync is running (one
    // writer at a time). False when offline.
    bool requestCitations(const peerscope::CitationOptions &options);

signals:
    void started(const QString &authorId);
    void progress(const peerscope::SyncProgress &progress);
    void waitingForRateLimit(int milliseconds);
    // The running sync would spend more than config().confirmShare of what
    // is left today: answer with proceed() or cancel().
    void confirmationNeeded(const QString &authorId, const peerscope::SyncEstimate &estimate, const peerscope::BudgetStatus &budget);
    void committed(const QString &authorId);
    void finished(const peerscope::SyncResult &result);
    // Nothing running or queued any more.
    void idle();
    void queueChanged(int remaining);
    // error: empty when the estimate was read.
    void citationsEstimated(const peerscope::CitationEstimate &estimate, const QString &error);
    void citationProgress(const peerscope::CitationProgress &progress);
    void citationsCommitted();
    void citationsFinished(const peerscope::CitationResult &result);

private:
    friend class SyncWorker;
    void startNext();
    void onWorkerFinished(const peerscope::SyncResult &result);
    void onConfirmationNeeded(const peerscope::SyncEstimate &estimate, const peerscope::BudgetStatus &budget);
    void onCitationsFinished(const peerscope::CitationResult &result);

    QString m_cachePath;
    SyncConfig m_config;
    OpenAlexClient *m_client = nullptr;
    bool m_offline = false;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    QString m_current;
    QStringList m_queue;
    QStringList m_forced;
    QList<CitationOptions> m_citationQueue;
    bool m_citationsRunning = false;
};

// Lives on the controller's thread; owns the Cache and the sync. Its sync's
// signals go straight to the controller (see SyncController).
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    explicit SyncWorker(SyncController *controller) : m_controller(controller) {}
    ~SyncWorker() override;

public slots:
    void run(const QString &cachePath, const QString &authorId, bool force, const peerscope::SyncConfig &config);
    void cancel();
    void proceed();
    // Brings the works search's statistics up to date (Cache::refreshSearchIndex).
    void refreshSearch();
    void estimateCitations(const QString &cachePath, const peerscope::CitationOptions &options);
    void runCitations(const QString &cachePath, const peerscope::CitationOptions &options);

public:
    // From any thread: every statement of this worker's connection fails from
    // now on, so a long one (the rebuild above: seconds on a large cache)
    // does not hold up the application's exit.
    void stopSoon() { m_stopping = true; }

private:
    // A sync that could not start (the cache did not open): reported to the
    // controller as that sync's end.
    void failBeforeStart(const QString &authorId, const QString &error);
    // This worker's connection on cachePath; false (error set) when it does not open.
    bool openCache(const QString &cachePath, QString *error);

    SyncController *const m_controller; // outlives this worker (it waits for the thread)
    std::atomic<bool> m_stopping{false};
    std::unique_ptr<Cache> m_cache;
    AuthorSync *m_sync = nullptr;
    CitationSync *m_citations = nullptr;
};

} // namespace peerscope

