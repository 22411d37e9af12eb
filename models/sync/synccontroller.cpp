#include "sync/synccontroller.h"

#include "cache/cache.h"
#include "openalex/clientconfig.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcSyncController, "peerscope.sync.controller", QtWarningMsg)

namespace peerscope {

SyncController::SyncController(const QString &cachePath, OpenAlexClient *client, QObject *parent)
    : QObject(parent)
    , m_cachePath(cachePath)
    , m_client(client ? client : new OpenAlexClient(this))
    , m_thread(new QThread(this))
    , m_worker(new SyncWorker(this))
{
    qRegisterMetaType<peerscope::SyncProgress>();
    qRegisterMetaType<peerscope::SyncResult>();
    qRegisterMetaType<peerscope::SyncConfig>();
    qRegisterMetaType<peerscope::SyncEstimate>();
    qRegisterMetaType<peerscope::BudgetStatus>();
    qRegisterMetaType<peerscope::CitationEstimate>();
    qRegisterMetaType<peerscope::CitationProgress>();
    qRegisterMetaType<peerscope::CitationResult>();
    m_thread->setObjectName(QStringLiteral("peerscope-sync"));
    m_worker->moveToThread(m_thread);
    // The worker (and its database connection) dies on its own thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SyncController::~SyncController()
{
    m_queue.clear();
    m_worker->stopSoon();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SyncController::setConfig(const SyncConfig &config)
{
    m_config = config;
    QString error;
    if (!configureClient(*m_client, config, &error))
        qCWarning(lcSyncController) << error;
}

void SyncController::proceed()
{
    if (!m_current.isEmpty())
        QMetaObject::invokeMethod(m_worker, &SyncWorker::proceed, Qt::QueuedConnection);
}

void SyncController::setCachePath(const QString &path)
{
    m_cachePath = path;
}

void SyncController::setOffline(bool offline)
{
    m_offline = offline;
    if (offline)
        cancel();
}

bool SyncController::request(const QString &authorId, bool force)
{
    const QString id = authorId.trimmed();
    if (m_offline || id.isEmpty())
        return false;
    if (id == m_current || m_queue.contains(id))
        return true;
    m_queue << id;
    if (force)
        m_forced << id;
    emit queueChanged(int(m_queue.size()));
    if (!isBusy())
        startNext();
    return true;
}

int SyncController::requestAll(const QStringList &authorIds)
{
    int queued = 0;
    for (const QString &id : authorIds)
        queued += request(id) ? 1 : 0;
    return queued;
}

void SyncController::cancel()
{
    const bool hadQueue = !m_queue.isEmpty();
    m_queue.clear();
    m_forced.clear();
    m_citationQueue.clear();
    if (hadQueue)
        emit queueChanged(0);
    if (isBusy())
        QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
}

void SyncController::estimateCitations(const CitationOptions &options)
{
    SyncWorker *worker = m_worker;
    const QString path = m_cachePath;
    QMetaObject::invokeMethod(worker, [worker, path, options] { worker->estimateCitations(path, options); },
                              Qt::QueuedConnection);
}

bool SyncController::requestCitations(const CitationOptions &options)
{
    if (m_offline || (options.personId.isEmpty() && options.workIds.isEmpty()))
        return false;
    m_citationQueue << options;
    if (!isBusy())
        startNext();
    return true;
}

void SyncController::onCitationsFinished(const CitationResult &result)
{
    m_citationsRunning = false;
    emit citationsFinished(result);
    startNext();
}

void SyncController::startNext()
{
    if (m_queue.isEmpty() && !m_citationQueue.isEmpty()) {
        // Author syncs first: a citation sync reads the works they write.
        m_citationsRunning = true;
        const CitationOptions options = m_citationQueue.takeFirst();
        SyncWorker *worker = m_worker;
        const QString path = m_cachePath;
        QMetaObject::invokeMethod(worker, [worker, path, options] { worker->runCitations(path, options); },
                                  Qt::QueuedConnection);
        return;
    }
    if (m_queue.isEmpty()) {
        // Once per batch of syncs: at a million works it takes seconds.
        QMetaObject::invokeMethod(m_worker, "refreshSearch", Qt::QueuedConnection);
        emit idle();
        return;
    }
    m_current = m_queue.takeFirst();
    const bool force = m_forced.removeAll(m_current) > 0;
    emit queueChanged(int(m_queue.size()));
    emit started(m_current);
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(QString, m_cachePath),
                              Q_ARG(QString, m_current), Q_ARG(bool, force), Q_ARG(peerscope::SyncConfig, m_config));
}

void SyncController::onConfirmationNeeded(const SyncEstimate &estimate, const BudgetStatus &budget)
{
    emit confirmationNeeded(m_current, estimate, budget);
}

void SyncController::onWorkerFinished(const SyncResult &result)
{
    m_current.clear();
    emit finished(result);
    startNext();
}

SyncWorker::~SyncWorker()
{
    delete m_sync;
    m_sync = nullptr;
    delete m_citations;
    m_citations = nullptr;
}

void SyncWorker::cancel()
{
    // Runs on this thread (the controller queues it), so m_sync cannot go
    // away underneath; the sync stops after the page it is writing.
    if (m_sync)
        m_sync->cancel();
    if (m_citations)
        m_citations->cancel();
}

void SyncWorker::proceed()
{
    if (m_sync)
        m_sync->proceed();
}

void SyncWorker::refreshSearch()
{
    // The works search answers the same without it, only more slowly.
    if (m_cache && !m_cache->refreshSearchIndex())
        qCWarning(lcSyncController) << "search statistics not rebuilt:" << m_cache->lastError();
}

void SyncWorker::failBeforeStart(const QString &authorId, const QString &error)
{
    SyncResult result;
    result.status = SyncResult::Status::CacheError;
    result.authorId = authorId;
    result.error = error;
    QMetaObject::invokeMethod(m_controller, [controller = m_controller, result] { controller->onWorkerFinished(result); },
                              Qt::QueuedConnection);
}

bool SyncWorker::openCache(const QString &cachePath, QString *error)
{
    if (m_cache && m_cache->path() == cachePath)
        return true;
    m_cache = std::make_unique<Cache>();
    const Cache::OpenStatus status = m_cache->open(cachePath, Cache::OpenMode::Secondary);
    m_cache->interruptWhen([this] { return m_stopping.load(); });
    if (status != Cache::OpenStatus::Ok) {
        *error = m_cache->errorString();
        m_cache.reset();
        return false;
    }
    return true;
}

void SyncWorker::estimateCitations(const QString &cachePath, const CitationOptions &options)
{
    CitationEstimate estimate;
    QString error;
    if (openCache(cachePath, &error)) {
        CitationOptions dry = options;
        dry.dryRun = true;
        const Read<CitationEstimate> read = CitationSync(m_cache.get(), m_controller->client()).estimate(dry);
        if (read)
            estimate = *read;
        else
            error = read.error();
    }
    QMetaObject::invokeMethod(m_controller, [controller = m_controller, estimate, error] {
        emit controller->citationsEstimated(estimate, error);
    }, Qt::QueuedConnection);
}

void SyncWorker::runCitations(const QString &cachePath, const CitationOptions &options)
{
    QString error;
    if (!openCache(cachePath, &error)) {
        CitationResult result;
        result.status = CitationResult::Status::CacheError;
        result.error = error;
        QMetaObject::invokeMethod(m_controller, [controller = m_controller, result] { controller->onCitationsFinished(result); },
                                  Qt::QueuedConnection);
        return;
    }
    delete m_citations;
    m_citations = new CitationSync(m_cache.get(), m_controller->client());
    // The same one relay as an author sync's (see run()).
    SyncController *c = m_controller;
    connect(m_citations, &CitationSync::progress, c, &SyncController::citationProgress, Qt::QueuedConnection);
    connect(m_citations, &CitationSync::waitingForRateLimit, c, &SyncController::waitingForRateLimit, Qt::QueuedConnection);
    connect(m_citations, &CitationSync::committed, c, &SyncController::citationsCommitted, Qt::QueuedConnection);
    connect(m_citations, &CitationSync::finished, c, &SyncController::onCitationsFinished, Qt::QueuedConnection);
    connect(m_citations, &CitationSync::finished, this, [this] {
        if (CitationSync *done = std::exchange(m_citations, nullptr))
            done->deleteLater();
    });
    CitationOptions run = options;
    run.dryRun = false;
    m_citations->start(run);
}

void SyncWorker::run(const QString &cachePath, const QString &authorId, bool force, const SyncConfig &config)
{
    QString error;
    if (!openCache(cachePath, &error)) {
        failBeforeStart(authorId, error);
        return;
    }
    delete m_sync;
    m_sync = new AuthorSync(m_cache.get(), m_controller->client());
    // The one relay: each signal crosses to the controller's thread once and
    // is its signal there. Queued connections from one sender keep their order,
    // so finished() comes after the last progress() and committed().
    SyncController *c = m_controller;
    connect(m_sync, &AuthorSync::progress, c, &SyncController::progress, Qt::QueuedConnection);
    connect(m_sync, &AuthorSync::waitingForRateLimit, c, &SyncController::waitingForRateLimit, Qt::QueuedConnection);
    connect(m_sync, &AuthorSync::committed, c, &SyncController::committed, Qt::QueuedConnection);
    connect(m_sync, &AuthorSync::confirmationNeeded, c, &SyncController::onConfirmationNeeded, Qt::QueuedConnection);
    connect(m_sync, &AuthorSync::finished, c, &SyncController::onWorkerFinished, Qt::QueuedConnection);
    // The sync object goes after its own signal has returned.
    connect(m_sync, &AuthorSync::finished, this, [this] {
        if (AuthorSync *done = std::exchange(m_sync, nullptr))
            done->deleteLater();
    });
    SyncOptions options;
    options.author = authorId;
    options.depth = config.depth;
    options.force = force;
    options.ttlDays = config.ttlDays;
    options.confirmShare = config.confirmShare;
    m_sync->start(options);
}

} // namespace peerscope
