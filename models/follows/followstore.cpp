#include "follows/followstore.h"

#include "cache/cache.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

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
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO follows (author_id, followed_at) VALUES (?, ?)"));
    q.addBindValue(id);
    q.addBindValue(Cache::nowUtc());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcFollows) << "follow failed:" << m_lastError;
        return false;
    }
    if (q.numRowsAffected() > 0)
        emit followsChanged();
    return true;
}

bool FollowStore::unfollow(const QString &authorId)
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("DELETE FROM follows WHERE author_id = ? OR author_id = ?"));
    q.addBindValue(authorId);
    q.addBindValue(m_cache.resolveAlias(authorId));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcFollows) << "unfollow failed:" << m_lastError;
        return false;
    }
    if (q.numRowsAffected() > 0)
        emit followsChanged();
    return true;
}

bool FollowStore::isFollowed(const QString &authorId) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT 1 FROM follows WHERE author_id = ?"));
    q.addBindValue(m_cache.resolveAlias(authorId));
    return q.exec() && q.next();
}

QList<FollowedAuthor> FollowStore::followed() const
{
    QList<FollowedAuthor> out;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT f.author_id, f.followed_at, a.display_name, a.fetched_at, i.display_name, "
        "       (SELECT COUNT(*) FROM change_log c WHERE c.author_id = f.author_id AND c.is_read = 0) "
        "FROM follows f "
        "LEFT JOIN authors a ON a.id = f.author_id "
        "LEFT JOIN institutions i ON i.id = a.last_institution_id "
        "ORDER BY f.followed_at, f.author_id"));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcFollows) << "listing follows failed:" << m_lastError;
        return out;
    }
    while (q.next()) {
        FollowedAuthor f;
        f.id = q.value(0).toString();
        f.followedAt = q.value(1).toString();
        f.name = q.value(2).toString();
        f.fetchedAt = q.value(3).toString();
        f.institution = q.value(4).toString();
        f.unread = q.value(5).toInt();
        out << f;
    }
    return out;
}

QStringList FollowStore::followedIds() const
{
    QStringList ids;
    const QList<FollowedAuthor> all = followed();
    for (const FollowedAuthor &f : all)
        ids << f.id;
    return ids;
}

} // namespace peerscope
