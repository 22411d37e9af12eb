#pragma once

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace peerscope {

class Cache;

// Moves the open cache file to another place without risking it: the WAL is
// checkpointed into the main file, the file is copied, the copy is opened and
// checked (integrity and row counts), and only then does the cache switch to
// it and the old file go. On any failure the cache stays open on the old file
// and the new place holds nothing.
//
// start() does the checkpoint, the copy and the check on a worker thread with
// a connection of its own, so the window stays usable: the cache's own
// connection is closed only for the switch at the end (finished). A write to
// the cache during the copy is noticed at the switch, which then refuses.
// No sync may write to the file meanwhile (stop syncs first).
class CacheMover final : public QObject
{
    Q_OBJECT

public:
    explicit CacheMover(Cache &cache, QObject *parent = nullptr);
    ~CacheMover() override;

    // Starts moving the cache to newPath. False (and why) when it cannot
    // start: a move is running, the cache is not a file, the target exists or
    // its folder cannot be made. Moving to where it is finishes at once.
    bool start(const QString &newPath, QString *error);
    bool isRunning() const { return m_watcher.isRunning() || m_removal.isRunning(); }

    // The same steps, all on the calling thread (the command line, tests).
    static bool move(Cache &cache, const QString &newPath, QString *error);

signals:
    // The move ended: the cache is open on newPath (ok) or still on the old
    // file (error says why, in words for the user).
    void finished(bool ok, const QString &error);

private:
    // Checks before anything is copied; empty when the move may go on.
    // *same: the cache is already there.
    static QString precheck(const Cache &cache, const QString &target, bool *same);
    // Checkpoint, copy and check (any thread, own connection); empty or why not.
    static QString copyVerified(const QString &oldPath, const QString &target);
    // The short part on the cache's own thread: close, open the copy (the
    // caller drops the old file). Empty or why not (the cache then stays on
    // the old file).
    static QString switchTo(Cache &cache, const QString &target);

    Cache &m_cache;
    QString m_target;
    QFutureWatcher<QString> m_watcher;
    QFutureWatcher<void> m_removal;
};

} // namespace peerscope
