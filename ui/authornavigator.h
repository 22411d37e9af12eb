#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace peerscope {

class Cache;
class SyncController;

// Where the window goes: the one entry point for opening a researcher (links,
// the search box, the palette, the followed list, the network), with the
// back/forward history and the one policy for researchers not cached: open
// at once when cached, else offer to sync them (or, asked to fetch, sync
// them and open them when they have arrived).
class AuthorNavigator final : public QObject
{
    Q_OBJECT
public:
    // What to do when the researcher is not cached.
    enum class Missing {
        Offer, // say so, with a "Sync this author" button (online)
        Fetch, // start the sync and open once it has landed (online)
    };

    explicit AuthorNavigator(const Cache &cache, QObject *parent = nullptr);

    void setSyncController(SyncController *controller);
    void setOffline(bool offline);
    void setTtlDays(int days) { m_ttlDays = days; }

    // Opens authorId (recorded in the history, and refreshed behind the
    // cached record when stale) or, when not cached, does what missing says.
    // True when it opened.
    bool open(const QString &authorId, const QString &name = {}, Missing missing = Missing::Offer);
    void back();
    void forward();
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_history.size(); }
    // The history's current entry.
    QString current() const { return m_history.value(m_index); }

    // An uncached researcher to open once their sync lands.
    QString waitingFor() const { return m_waitingFor; }
    void setWaitingFor(const QString &authorId) { m_waitingFor = authorId; }
    // Whether a sync of authorId brings what is awaited.
    bool awaits(const QString &authorId) const;
    // Opens the awaited researcher if they have arrived; true if so.
    bool openArrived();

signals:
    // Load and show this researcher (the history has already moved).
    void showRequested(const QString &authorId);
    void historyChanged();
    // Something to tell about a researcher that did not open; a non-empty
    // syncAuthorId offers to sync them.
    void message(const QString &text, const QString &syncAuthorId);

private:
    bool isStale(const QString &authorId) const;

    const Cache &m_cache;
    QPointer<SyncController> m_sync;
    bool m_offline = false;
    int m_ttlDays = 7;
    QStringList m_history;
    int m_index = -1;
    QString m_waitingFor;
};

} // namespace peerscope
