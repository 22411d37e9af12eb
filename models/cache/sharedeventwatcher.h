#pragma once

#include "cache/eventqueries.h"

#include <QList>
#include <QObject>
#include <QString>

class QThread;

namespace peerscope {

class SharedEventListener;

// Tells the window what other clients changed in the cache it shows
// (shared_events, written by the writers inside their transactions).
//
// The watching runs on a thread of its own with its own connection, so no
// network wait ever reaches the UI thread. On a team server it LISTENs on
// peerscope_events (the table's trigger NOTIFYs every insert) and reads
// what is new when told; it also reads every few seconds, which notices a
// connection gone (the driver says nothing when the server goes away).
// After a lost connection it reconnects with backoff and catches up on
// everything after the last event it saw. Where LISTEN is not available (a
// file, which the command line and other windows write too, or a server
// refusing the subscription) it polls once a second: an indexed read.
//
// Events this process recorded are skipped (its windows already know);
// those of the same role in another process are not.
class SharedEventWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedEventWatcher)

public:
    enum class Mode {
        Stopped,
        Listening,    // NOTIFY tells, a read every kHeartbeatMs checks the connection
        Polling,      // a read every kPollMs
        Reconnecting, // the connection failed: trying again with backoff
    };
    Q_ENUM(Mode)

    static constexpr int kPollMs = 1000;
    static constexpr int kHeartbeatMs = 3000;
    // NOTIFYs arriving this close together are read once.
    static constexpr int kCoalesceMs = 15;
    static constexpr int kMaxBackoffMs = 4000;
    static constexpr const char *kChannel = "peerscope_events";

    explicit SharedEventWatcher(QObject *parent = nullptr);
    ~SharedEventWatcher() override;

    // Watches the cache at path (Cache::path(): a file or a postgresql://
    // URI) for events after afterId; -1: after the newest one when the
    // watcher has connected (what happened before is not news). Stops what
    // was watched before.
    void start(const QString &path, qint64 afterId = -1);
    // Returns once the watching thread has ended.
    void stop();
    Mode mode() const { return m_mode; }
    QString path() const { return m_path; }

signals:
    // Oldest first, at most a few hundred at a time; on the thread this
    // object lives on.
    void eventsArrived(const QList<peerscope::SharedEvent> &events);
    void modeChanged(peerscope::SharedEventWatcher::Mode mode);
    // Why the connection or a read failed (the watcher goes on trying).
    void problem(const QString &error);

private:
    void setMode(Mode mode);

    QThread *m_thread = nullptr;
    SharedEventListener *m_listener = nullptr;
    QString m_path;
    Mode m_mode = Mode::Stopped;
};

} // namespace peerscope
