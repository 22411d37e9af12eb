#pragma once

#include "cache/read.h"

#include <QList>
#include <QString>

namespace peerscope {

class Cache;

struct FollowedAuthor {
    QString id;
    QString name;            // empty when the author is not cached (yet)
    QString institution;
    QString followedAt;
    QString fetchedAt;       // empty: never synced
    int unread = 0;          // unread change_log entries
};

// The follows table (the user's; sync never writes it). Each user's own:
// on a team server the rows carry the role (Cache::actor()), and another
// role's follows are never listed.
class FollowQueries final
{
public:
    explicit FollowQueries(Cache &cache) : m_cache(cache) {}

    // Each in a transaction of its own, with a follow event (details
    // "follow" or "unfollow") when a row changed, for the role's other windows.
    // Whether the row was added (false: already followed).
    Read<bool> follow(const QString &authorId, const QString &at);
    // Whether any row went.
    Read<bool> unfollow(const QStringList &authorIds);
    Read<bool> isFollowed(const QString &authorId) const;
    // Oldest follow first.
    Read<QList<FollowedAuthor>> followed() const;

private:
    Cache &m_cache;
};

} // namespace peerscope
