#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

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

// The user's follows (the follows table; sync never writes it). Used on the
// thread that owns the cache.
class FollowStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowStore)

public:
    explicit FollowStore(Cache &cache, QObject *parent = nullptr);

    bool follow(const QString &authorId);
    bool unfollow(const QString &authorId);
    bool isFollowed(const QString &authorId) const;
    // Oldest follow first, so "Refresh followed" goes in the order they were added.
    QList<FollowedAuthor> followed() const;
    QStringList followedIds() const;
    QString lastError() const { return m_lastError; }

signals:
    void followsChanged();

private:
    Cache &m_cache;
    mutable QString m_lastError;
};

} // namespace peerscope
