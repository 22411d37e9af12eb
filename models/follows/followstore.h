#pragma once

#include "cache/followqueries.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace peerscope {

class Cache;

// The user's follows (the follows table; sync never writes it). Used on the
// thread that owns the cache.
class FollowStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowStore)

public:
    explicit FollowStore(Cache &cache, QObject *parent = nullptr);

    // false on a database error (lastError() says which).
    bool follow(const QString &authorId);
    bool unfollow(const QString &authorId);
    // false when not followed or the read failed (lastError() then says why).
    bool isFollowed(const QString &authorId) const;
    // Oldest follow first, so "Refresh followed" goes in the order they were added.
    Read<QList<FollowedAuthor>> followed() const;
    Read<QStringList> followedIds() const;
    QString lastError() const { return m_lastError; }

signals:
    void followsChanged();

private:
    Cache &m_cache;
    mutable QString m_lastError;
};

} // namespace peerscope
