#include "core/threadpriority.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcThreadPriority, "peerscope.threads", QtWarningMsg)

namespace peerscope::threadpriority {

void lowerCurrentThread(int nice)
{
#ifdef Q_OS_LINUX
    // QThread::LowPriority means nothing to Linux's default scheduler; a
    // thread's nice value does (nice is per thread on Linux).
    nice = std::clamp(nice, 1, 19);
    if (getpriority(PRIO_PROCESS, id_t(gettid())) >= nice)
        return;
    if (setpriority(PRIO_PROCESS, id_t(gettid()), nice) != 0)
        qCDebug(lcThreadPriority) << "could not lower this thread's priority";
#else
    Q_UNUSED(nice);
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

QThreadPool *backgroundPool()
{
    // A child of the application, as Qt's global pool is its: it waits for
    // its tasks while the application still exists (a pool that outlived it
    // waited at exit for a task using what was already gone). Without an
    // application (a tool, a test without one): Qt's global pool.
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return QThreadPool::globalInstance();
    static QPointer<QThreadPool> pool;
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    if (!pool)
        pool = new QThreadPool(app);
    return pool;
}

} // namespace peerscope::threadpriority
