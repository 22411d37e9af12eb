#pragma once

#include "cache/cache.h"
#include "cache/read.h"
#include "core/threadpriority.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

namespace peerscope {

// The one way work on the cache leaves the UI thread.
//
// run() hands work a Cache of its own, opened on the same file on a worker
// thread (WAL lets it read beside the UI's connection), and delivers what it
// returns to done on context's thread, or the reason it could not run to
// failed. A newer run() on the same CacheTask supersedes an older one: the
// older one's statements are interrupted and its result is dropped. Nothing
// reaches a context that was destroyed meanwhile: the watcher is its child.
// An in-memory cache has no second connection: the work then runs at once
// on the caller's connection, and done is called before run() returns.
//
//   m_load = new CacheTask(cache, this);
//   m_load->run([id](Cache &c) { return AuthorLoader::load(c, id); },
//               [this](AuthorLoad load) { show(std::move(load)); },
//               [this](const QString &why) { m_messages->showError(why); });
class CacheTask final
{
public:
    CacheTask(const Cache &cache, QObject *context)
        : m_cache(cache), m_context(context), m_latest(std::make_shared<std::atomic<quint64>>(0)) {}
    Q_DISABLE_COPY_MOVE(CacheTask)
    // Supersedes what runs and waits for it to stop (its statements are
    // interrupted, so this is short): a run must not outlive the task whose
    // owner may close and delete the cache file next (a test's temporary
    // folder did, and a late read crashed inside SQLite's WAL index).
    ~CacheTask()
    {
        supersede();
        for (QFuture<void> &f : m_started)
            f.waitForFinished();
    }

    // Work: R(Cache &). Done: void(R). Failed: void(const QString &).
    template <typename Work, typename Done, typename Failed>
    QFuture<Read<std::invoke_result_t<Work, Cache &>>> run(Work work, Done done, Failed failed)
    {
        using R = std::invoke_result_t<Work, Cache &>;
        const quint64 generation = m_latest->fetch_add(1) + 1;
        ++m_running;
        if (!m_cache.isSharedFile()) {
            Read<R> result = work(const_cast<Cache &>(m_cache));
            --m_running;
            deliver<R>(result, done, failed);
            return QtFuture::makeReadyFuture(std::move(result));
        }
        const QString path = m_cache.path();
        const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
        // On the background pool: the UI thread comes first (threadpriority.h).
        QFuture<Read<R>> future = QtConcurrent::run(threadpriority::backgroundPool(),
                                                    [path, generation, latest, work = std::move(work)]() mutable -> Read<R> {
            threadpriority::lowerCurrentThread(5);
            if (latest->load() != generation)
                return Read<R>::failure(superseded());
            Cache worker;
            if (worker.open(path, Cache::OpenMode::Secondary) != Cache::OpenStatus::Ok)
                return Read<R>::failure(QCoreApplication::translate("peerscope::CacheTask",
                    "Could not open the cache on a second connection (%1). Try again; if it persists, check the cache file in Settings.")
                                            .arg(worker.errorString()));
            worker.interruptWhen([latest, generation] { return latest->load() != generation; });
            return Read<R>(work(worker));
        });
        auto *watcher = new QFutureWatcher<Read<R>>(m_context);
        QObject::connect(watcher, &QFutureWatcher<Read<R>>::finished, m_context,
                         [this, watcher, generation, latest, done = std::move(done), failed = std::move(failed)]() mutable {
                             watcher->deleteLater();
                             if (latest->load() != generation)
                                 return; // superseded: a newer run delivers (this CacheTask may be gone)
                             --m_running;
                             deliver<R>(watcher->result(), done, failed);
                         });
        watcher->setFuture(future);
        m_started.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
        m_started.append(QFuture<void>(future));
        return future;
    }

    template <typename Work, typename Done>
    auto run(Work work, Done done)
    {
        return run(std::move(work), std::move(done), [](const QString &) {});
    }

    // Drops what is running: its reads stop and nothing is delivered.
    void supersede()
    {
        m_latest->fetch_add(1);
        m_running = 0;
    }
    // A run has started and not yet delivered.
    bool isRunning() const { return m_running > 0; }

    // The reason a superseded run fails with (never delivered).
    static QString superseded() { return QStringLiteral("superseded"); }

private:
    template <typename R, typename Done, typename Failed>
    static void deliver(const Read<R> &result, Done &done, Failed &failed)
    {
        if (result.ok())
            done(result.value());
        else
            failed(result.error());
    }

    const Cache &m_cache;
    QPointer<QObject> m_context;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    int m_running = 0;
    QList<QFuture<void>> m_started; // runs not known to be finished
};

} // namespace peerscope
