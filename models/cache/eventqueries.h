#pragma once

#include "cache/read.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace peerscope {

class Cache;

// One row of shared_events: a change one client made that the others'
// windows should show (docs/ARCHITECTURE.md, "Team server").
struct SharedEvent {
    qint64 id = 0;
    QString at;
    QString actor;     // the role that made it; empty in a file
    QString kind;      // identity, sync, follow, note, pin
    QString entityId;  // the person, author or work it concerns
    QString details;
    // Not stored: the entity's name as the cache knows it when the event is
    // read (SharedEventWatcher fills it in), so a message can name them.
    QString entityName;
};

// The shared_events table. A writer records an event inside the
// transaction of the change it describes, so the event and the change
// commit together; on a server the insert NOTIFYs peerscope_events.
class EventQueries final
{
public:
    explicit EventQueries(Cache &cache) : m_cache(cache) {}

    Status record(const QString &kind, const QString &entityId, const QString &details = {});
    // Whether this process recorded the event, on the cache at cachePath
    // (Cache::path()): its windows already know, so a watcher skips it.
    // Another process of the same role is another client and is not skipped.
    static bool recordedHere(const QString &cachePath, const SharedEvent &event);
    // Events after `afterId`, oldest first, at most `limit`.
    Read<QList<SharedEvent>> since(qint64 afterId, int limit) const;
    // The newest event's id; 0 when there is none.
    Read<qint64> latestId() const;

private:
    Cache &m_cache;
};

} // namespace peerscope

Q_DECLARE_METATYPE(peerscope::SharedEvent)
