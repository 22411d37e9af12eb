#include "cache/sharedeventwatcher.h"

#include "cache/cache.h"
#include "cache/sql.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcEvents, "peerscope.events", QtWarningMsg)

namespace peerscope {

// The watcher's half on its own thread: owns the connection, the timers and
// the last event seen. Talks to the watcher by queued signals only, so a
// watcher that gave up waiting for it (stop()) is never touched.
class SharedEventListener final : public QObject
{
    Q_OBJECT

public:
    SharedEventListener(const QString &path, qint64 afterId)
        : m_path(path)
        , m_lastSeen(afterId)
        , m_tick(new QTimer(this))
        , m_soon(new QTimer(this))
        , m_retry(new QTimer(this))
    {
        m_soon->setSingleShot(true);
        m_soon->setInterval(SharedEventWatcher::kCoalesceMs);
        m_retry->setSingleShot(true);
        connect(m_tick, &QTimer::timeout, this, &SharedEventListener::read);
        connect(m_soon, &QTimer::timeout, this, &SharedEventListener::read);
        connect(m_retry, &QTimer::timeout, this, &SharedEventListener::connectNow);
    }

    // On the listener's thread: the connection belongs to it.
    void connectNow()
    {
        m_cache = std::make_unique<Cache>();
        if (m_cache->open(m_path, Cache::OpenMode::Secondary) != Cache::OpenStatus::Ok) {
            lost(m_cache->errorString());
            return;
        }
        if (m_lastSeen < 0) {
            const Read<qint64> latest = EventQueries(*m_cache).latestId();
            if (!latest) {
                lost(latest.error());
                return;
            }
            m_lastSeen = *latest;
        }
        bool listening = false;
        if (m_cache->isServer()) {
            QSqlDriver *driver = Sql::driver(*m_cache);
            listening = driver && driver->hasFeature(QSqlDriver::EventNotifications)
                        && driver->subscribeToNotification(QString::fromLatin1(SharedEventWatcher::kChannel));
            if (listening)
                connect(driver, &QSqlDriver::notification, this, [this] {
                    if (!m_soon->isActive())
                        m_soon->start();
                });
            else
                qCWarning(lcEvents) << "LISTEN refused; polling instead:" << (driver ? driver->lastError().text() : QString());
        }
        m_backoffMs = 0;
        m_tick->start(listening ? SharedEventWatcher::kHeartbeatMs : SharedEventWatcher::kPollMs);
        emit modeChanged(listening ? SharedEventWatcher::Mode::Listening : SharedEventWatcher::Mode::Polling);
        // What was written while there was no connection: the catch-up.
        read();
    }

    // Everything after the last event seen, in batches.
    void read()
    {
        if (!m_cache)
            return;
        m_soon->stop();
        for (;;) {
            const Read<QList<SharedEvent>> batch = EventQueries(*m_cache).since(m_lastSeen, kBatch);
            if (!batch) {
                lost(batch.error());
                return;
            }
            if (batch->isEmpty())
                return;
            m_lastSeen = batch->last().id;
            QList<SharedEvent> news;
            for (const SharedEvent &e : *batch)
                if (!EventQueries::recordedHere(m_path, e))
                    news << e;
            if (!news.isEmpty()) {
                nameEntities(&news);
                emit eventsArrived(news);
            }
            if (batch->size() < kBatch)
                return;
        }
    }

signals:
    void eventsArrived(const QList<peerscope::SharedEvent> &events);
    void modeChanged(peerscope::SharedEventWatcher::Mode mode);
    void problem(const QString &error);

private:
    static constexpr int kBatch = 500;

    void lost(const QString &why)
    {
        // Dropping the connection drops the subscription and its socket
        // notifier with it; the next connection subscribes again.
        m_tick->stop();
        m_soon->stop();
        m_cache.reset();
        m_backoffMs = m_backoffMs == 0 ? 250 : std::min(2 * m_backoffMs, SharedEventWatcher::kMaxBackoffMs);
        // Jitter, so that a team's clients do not all knock at once after a restart.
        const int wait = m_backoffMs + int(QRandomGenerator::global()->bounded(m_backoffMs / 4 + 1));
        qCInfo(lcEvents) << "events: connection lost, again in" << wait << "ms:" << why;
        emit problem(why);
        emit modeChanged(SharedEventWatcher::Mode::Reconnecting);
        m_retry->start(wait);
    }

    // For the message that says what changed: names as the cache knows them
    // now (a read per distinct entity, here rather than on the UI thread).
    void nameEntities(QList<SharedEvent> *events)
    {
        QHash<QString, QString> names;
        for (SharedEvent &e : *events) {
            if (e.entityId.isEmpty())
                continue;
            auto it = names.find(e.entityId);
            if (it == names.end()) {
                const std::optional<AuthorSummary> s = m_cache->authorSummary(e.entityId);
                it = names.insert(e.entityId, s ? s->name : QString());
            }
            e.entityName = *it;
        }
    }

    const QString m_path;
    qint64 m_lastSeen;
    std::unique_ptr<Cache> m_cache;
    QTimer *m_tick;  // the heartbeat (listening) or the poll
    QTimer *m_soon;  // a NOTIFY arrived: read shortly, once for a burst
    QTimer *m_retry; // the next connection attempt
    int m_backoffMs = 0;
};

SharedEventWatcher::SharedEventWatcher(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<peerscope::SharedEvent>>();
    qRegisterMetaType<peerscope::SharedEventWatcher::Mode>();
}

SharedEventWatcher::~SharedEventWatcher()
{
    stop();
}

void SharedEventWatcher::start(const QString &path, qint64 afterId)
{
    stop();
    m_path = path;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("peerscope-events"));
    m_listener = new SharedEventListener(path, afterId);
    m_listener->moveToThread(m_thread);
    SharedEventListener *listener = m_listener;
    // The connection is the thread's: closed there, as the thread ends.
    connect(m_thread, &QThread::finished, listener, [listener] { delete listener; }, Qt::DirectConnection);
    connect(m_thread, &QThread::started, listener, &SharedEventListener::connectNow);
    connect(listener, &SharedEventListener::eventsArrived, this, &SharedEventWatcher::eventsArrived);
    connect(listener, &SharedEventListener::problem, this, &SharedEventWatcher::problem);
    connect(listener, &SharedEventListener::modeChanged, this, &SharedEventWatcher::setMode);
    m_thread->start(QThread::LowPriority);
}

void SharedEventWatcher::stop()
{
    if (!m_thread)
        return;
    disconnect(m_listener, nullptr, this, nullptr);
    m_thread->quit();
    // A read stuck on a vanished server can take long to fail: then the
    // thread is left to end on its own rather than holding the window.
    if (m_thread->wait(QDeadlineTimer(3000))) {
        delete m_thread;
    } else {
        qCWarning(lcEvents) << "events: the watching thread did not stop in time; left to end on its own";
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    }
    m_thread = nullptr;
    m_listener = nullptr;
    setMode(Mode::Stopped);
}

void SharedEventWatcher::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    emit modeChanged(mode);
}

} // namespace peerscope

#include "sharedeventwatcher.moc"
