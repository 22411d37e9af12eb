#include "settings/cachemover.h"

#include "cache/cache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCacheMover, "peerscope.settings.cachemover", QtWarningMsg)

namespace peerscope {

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

bool CacheMover::move(Cache &cache, const QString &newPath, QString *error)
{
    auto failWith = [error](const QString &text) {
        if (error)
            *error = text;
        qCWarning(lcCacheMover) << text;
        return false;
    };
    const QString oldPath = cache.path();
    if (!cache.isOpen() || oldPath.isEmpty())
        return failWith(tr("The cache is not open, so it cannot be moved."));
    const QString target = QFileInfo(newPath).absoluteFilePath();
    if (QFileInfo(oldPath).absoluteFilePath() == target)
        return true;
    if (QFileInfo::exists(target))
        return failWith(tr("A file already exists at %1. Choose a new file name for the cache.").arg(target));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return failWith(tr("The folder %1 could not be created. Choose a folder you can write to.")
                            .arg(QFileInfo(target).absolutePath()));

    const QHash<QString, qint64> before = cache.rowCounts();
    {
        // Everything in the WAL goes into the main file, so one file is a full copy.
        QSqlQuery checkpoint(cache.database());
        if (!checkpoint.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.exec())
            return failWith(tr("The cache could not be prepared for moving: %1").arg(checkpoint.lastError().text()));
        if (checkpoint.next() && checkpoint.value(0).toInt() != 0)
            return failWith(tr("The cache is busy (a sync may be writing). Wait for it to finish, then move the cache."));
    }
    cache.close();

    auto reopenOld = [&cache, &oldPath] {
        const Cache::OpenStatus status = cache.open(oldPath);
        if (status != Cache::OpenStatus::Ok)
            qCWarning(lcCacheMover) << "could not reopen the old cache" << oldPath << cache.errorString();
    };

    if (!QFile::copy(oldPath, target)) {
        removeDatabaseFiles(target);
        reopenOld();
        return failWith(tr("The cache could not be copied to %1. Check that there is enough space and that you may "
                           "write there.").arg(target));
    }
    {
        Cache copy;
        const Cache::OpenStatus status = copy.open(target);
        const bool same = status == Cache::OpenStatus::Ok && copy.rowCounts() == before;
        copy.close();
        if (!same) {
            removeDatabaseFiles(target);
            reopenOld();
            return failWith(tr("The copy at %1 did not match the cache, so the cache stays where it was.").arg(target));
        }
    }
    if (cache.open(target) != Cache::OpenStatus::Ok) {
        const QString why = cache.errorString();
        cache.close();
        removeDatabaseFiles(target);
        reopenOld();
        return failWith(tr("The moved cache could not be opened (%1), so the cache stays where it was.").arg(why));
    }
    removeDatabaseFiles(oldPath);
    return true;
}

} // namespace peerscope
