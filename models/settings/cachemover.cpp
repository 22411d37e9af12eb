#include "settings/cachemover.h"

#include "cache/cache.h"
#include "cache/walcheckpoint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcCacheMover, "peerscope.settings.cachemover", QtWarningMsg)

namespace peerscope {

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

CacheMover::CacheMover(Cache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString oldPath = m_cache.path();
        QString error = m_watcher.result();
        if (error.isEmpty())
            error = switchTo(m_cache, m_target);
        if (!error.isEmpty()) {
            qCWarning(lcCacheMover) << error;
            emit finished(false, error);
            return;
        }
        // Freeing a large file's blocks takes a while too: on the worker.
        m_removal.setFuture(QtConcurrent::run(&removeDatabaseFiles, oldPath));
    });
    connect(&m_removal, &QFutureWatcher<void>::finished, this, [this] { emit finished(true, {}); });
}

CacheMover::~CacheMover()
{
    // The copy is left to finish: its own connection, its own files.
    m_watcher.waitForFinished();
    m_removal.waitForFinished();
}

QString CacheMover::precheck(const Cache &cache, const QString &target, bool *same)
{
    *same = false;
    const QString oldPath = cache.path();
    if (!cache.isOpen() || oldPath.isEmpty() || !cache.isSharedFile())
        return tr("The cache is not open, so it cannot be moved.");
    // A team cache lives on its server: there is no file here to move.
    if (cache.isServer())
        return tr("The cache is on a team server, so there is no file to move.");
    if (QFileInfo(oldPath).absoluteFilePath() == target) {
        *same = true;
        return {};
    }
    if (QFileInfo::exists(target))
        return tr("A file already exists at %1. Choose a new file name for the cache.").arg(target);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return tr("The folder %1 could not be created. Choose a folder you can write to.").arg(QFileInfo(target).absolutePath());
    return {};
}

QString CacheMover::copyVerified(const QString &oldPath, const QString &target)
{
    Cache source;
    if (source.open(oldPath, Cache::OpenMode::Secondary) != Cache::OpenStatus::Ok)
        return tr("The cache could not be prepared for moving: %1").arg(source.errorString());
    // Everything in the WAL goes into the main file, so one file is a full
    // copy. A reader of the window may hold part of it back for a moment.
    Read<WalCheckpoint> c = checkpointWal(source, true);
    for (int attempt = 1; attempt < 20 && c && c->busy; ++attempt) {
        QThread::msleep(100);
        c = checkpointWal(source, true);
    }
    if (!c)
        return tr("The cache could not be prepared for moving: %1").arg(c.error());
    if (c->busy)
        return tr("The cache is busy (a sync may be writing). Wait for it to finish, then move the cache.");
    const QHash<QString, qint64> before = source.rowCounts();
    source.close();

    if (!QFile::copy(oldPath, target)) {
        removeDatabaseFiles(target);
        return tr("The cache could not be copied to %1. Check that there is enough space and that you may "
                  "write there.").arg(target);
    }
    Cache copy;
    const Cache::OpenStatus status = copy.open(target); // the whole-file check
    const bool same = status == Cache::OpenStatus::Ok && copy.rowCounts() == before;
    copy.close();
    if (!same) {
        removeDatabaseFiles(target);
        return tr("The copy at %1 did not match the cache, so the cache stays where it was.").arg(target);
    }
    return {};
}

QString CacheMover::switchTo(Cache &cache, const QString &target)
{
    const QString oldPath = cache.path();
    // Written since the copy (the WAL was empty then): the copy is behind.
    const Read<WalCheckpoint> c = checkpointWal(cache, false);
    if (!c || c->frames > 0) {
        removeDatabaseFiles(target);
        return tr("The cache changed while it was being copied, so it stays where it was. Move it again.");
    }
    cache.close();
    if (cache.open(target, Cache::OpenMode::PrimaryCheckLater) != Cache::OpenStatus::Ok) {
        const QString why = cache.errorString();
        cache.close();
        removeDatabaseFiles(target);
        if (cache.open(oldPath, Cache::OpenMode::PrimaryCheckLater) != Cache::OpenStatus::Ok)
            qCWarning(lcCacheMover) << "could not reopen the old cache" << oldPath << cache.errorString();
        return tr("The moved cache could not be opened (%1), so the cache stays where it was.").arg(why);
    }
    return {};
}

bool CacheMover::start(const QString &newPath, QString *error)
{
    auto failWith = [error](const QString &text) {
        if (error)
            *error = text;
        qCWarning(lcCacheMover) << text;
        return false;
    };
    if (isRunning())
        return failWith(tr("The cache is being moved already."));
    m_target = QFileInfo(newPath).absoluteFilePath();
    bool same = false;
    if (const QString problem = precheck(m_cache, m_target, &same); !problem.isEmpty())
        return failWith(problem);
    if (same) {
        QMetaObject::invokeMethod(this, [this] { emit finished(true, {}); }, Qt::QueuedConnection);
        return true;
    }
    m_watcher.setFuture(QtConcurrent::run(&CacheMover::copyVerified, m_cache.path(), m_target));
    return true;
}

bool CacheMover::move(Cache &cache, const QString &newPath, QString *error)
{
    auto failWith = [error](const QString &text) {
        if (error)
            *error = text;
        qCWarning(lcCacheMover) << text;
        return false;
    };
    const QString target = QFileInfo(newPath).absoluteFilePath();
    bool same = false;
    if (const QString problem = precheck(cache, target, &same); !problem.isEmpty())
        return failWith(problem);
    if (same)
        return true;
    if (const QString problem = copyVerified(cache.path(), target); !problem.isEmpty())
        return failWith(problem);
    const QString oldPath = cache.path();
    if (const QString problem = switchTo(cache, target); !problem.isEmpty())
        return failWith(problem);
    removeDatabaseFiles(oldPath);
    return true;
}

} // namespace peerscope
