#include "follows/followstore.h"

#include "cache/cache.h"
#include "cache/followqueries.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFollows, "peerscope.follows", QtWarningMsg)

namespace peerscope {

FollowStore::FollowStore(Cache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
}

bool FollowStore::follow(const QString &authorId)
{
    const QString id = m_cache.resolveAlias(authorId.trimmed());
    if (id.isEmpty())
        return false;
    const Read<bool> added = FollowQueries(m_cache).follow(id, Cache::nowUtc());
    if (!added) {
        m_lastError = added.error();
        qCWarning(lcFollows) << "follow failed:" << m_lastError;
        return false;
    }
    if (*added)
        emit followsChanged();
    return true;
}

bool FollowStore::unfollow(const QString &authorId)
{
    QStringList ids{authorId};
    const QString resolved = m_cache.resolveAlias(authorId);
    if (resolved != authorId)
        ids << resolved;
    const Read<bool> removed = FollowQueries(m_cache).unfollow(ids);
    if (!removed) {
        m_lastError = removed.error();
        qCWarning(lcFollows) << "unfollow failed:" << m_lastError;
        return false;
    }
    if (*removed)
        emit followsChanged();
    return true;
}

bool FollowStore::isFollowed(const QString &authorId) const
{
    const Read<bool> followed = FollowQueries(m_cache).isFollowed(m_cache.resolveAlias(authorId));
    if (!followed) {
        m_lastError = followed.error();
        qCWarning(lcFollows) << "reading follows failed:" << m_lastError;
        return false;
    }
    return *followed;
}

Read<QList<FollowedAuthor>> FollowStore::followed() const
{
    Read<QList<FollowedAuthor>> all = FollowQueries(m_cache).followed();
    if (!all) {
        m_lastError = all.error();
        qCWarning(lcFollows) << "listing follows failed:" << m_lastError;
    }
    return all;
}

Read<QStringList> FollowStore::followedIds() const
{
    const Read<QList<FollowedAuthor>> all = followed();
    if (!all)
        return Read<QStringList>::failureOf(all);
    QStringList ids;
    for (const FollowedAuthor &f : *all)
        ids << f.id;
    return ids;
}

} // namespace peerscope
