#pragma once

#include "cache/read.h"

#include <QList>
#include <QString>

namespace peerscope {

class Cache;

// One entry of the sync change log.
struct ChangeEntry {
    qint64 id = 0;
    QString at;
    QString authorId;
    QString authorName;
    QString kind;          // new_work, citations, new_coauthor, affiliation, departed_work, merged
    QString entityId;
    QString oldValue;
    QString newValue;
    QString details;
    bool read = false;
};

// The change_log table: what syncs found, and what the user has read.
// An empty authorId means every author.
class ChangeLogQueries final
{
public:
    explicit ChangeLogQueries(Cache &cache) : m_cache(cache) {}

    // Newest first, at most limit.
    Read<QList<ChangeEntry>> entries(const QString &authorId, bool unreadOnly, int limit) const;
    Read<int> unreadCount(const QString &authorId) const;
    Status markRead(const QString &authorId, qint64 changeId);
    Status markAllRead(const QString &authorId);
    // kind: new_work, citations, new_coauthor, affiliation, departed_work,
    // merged. Empty texts are stored as NULL.
    Status add(const QString &at, const QString &authorId, const QString &kind, const QString &entityId,
               const QString &oldValue, const QString &newValue, const QString &details);

private:
    Cache &m_cache;
};

} // namespace peerscope
