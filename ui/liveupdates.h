#pragma once

#include "cache/eventqueries.h"
#include "cache/sharedeventwatcher.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace peerscope {

class Cache;

// What other clients changed, sorted by what a window shows.
struct LiveChanges {
    QSet<QString> people;   // identity corrections, by person
    QSet<QString> synced;   // authors whose sync finished
    bool follows = false;   // this role's follows (another window of the same role)
    QString message;        // the newest change, as the status bar says it
};

// The window's side of live updates: watches the open cache
// (SharedEventWatcher, off the UI thread), and turns each batch of events
// into what changed and a sentence naming who changed it. What to reload
// is the window's to decide: it knows what it shows.
class LiveUpdates final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveUpdates)

public:
    explicit LiveUpdates(const Cache &cache, QObject *parent = nullptr);

    // Watches the cache again (after it moved, or another was opened); an
    // in-memory cache has no other client and is not watched.
    void restart();
    // Lets go of the cache until restart() (while it is moved).
    void stop() { m_watcher->stop(); }
    SharedEventWatcher *watcher() const { return m_watcher; }

    // "alice merged 2 records into Jane Doe · 14:03"; without an actor (a
    // file: another window or the command line) the sentence says so.
    static QString describe(const SharedEvent &event);

signals:
    void changed(const peerscope::LiveChanges &changes);

private:
    void onEvents(const QList<SharedEvent> &events);

    const Cache &m_cache;
    SharedEventWatcher *m_watcher = nullptr;
};

} // namespace peerscope
