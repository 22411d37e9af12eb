#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace peerscope {

class Cache;
class SyncController;
struct BudgetStatus;
struct SyncProgress;
struct SyncResult;

// The right end of the window's status bar: how a sync is going (label,
// progress, cancel), today's OpenAlex budget, whether the profile on screen
// is stale, whether Peerscope is offline, and long cache work (a move). It
// words what syncs report; the window only decides what to do about it.
class SyncStatusBar final : public QWidget
{
    Q_OBJECT
public:
    // cancelAction: the window's "Cancel the sync", shown as a button.
    SyncStatusBar(const Cache &cache, QAction *cancelAction, QWidget *parent = nullptr);

    void setSyncController(SyncController *controller);
    void setOffline(bool offline);
    // The record on screen was fetched at fetchedAt, longer ago than ttlDays.
    void showStale(const QString &fetchedAt, int ttlDays);
    void hideStale();
    // Long work on the cache (moving it): a busy bar and text, no cancel.
    void showBusy(const QString &text);
    void hideBusy();

    // How a finished sync reads: a status-bar line (error false) or an error
    // for the message bar, with what its button offers.
    struct Report {
        enum class Action { None, OpenSettings, Retry };
        QString text;
        bool error = false;
        Action action = Action::None;
        QString actionText;
    };
    static Report describe(const SyncResult &result, const QString &who);
    void showBudget(const BudgetStatus &budget);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onStarted(const QString &authorId);
    void onProgress(const SyncProgress &progress);
    void onWaiting(int milliseconds);
    void onIdle();
    QString nameOf(const QString &authorId) const;

    const Cache &m_cache;
    QPointer<SyncController> m_sync;
    QMetaObject::Connection m_budgetConnection;
    QString m_syncingName;
    bool m_busy = false;
    QLabel *m_staleLabel = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QToolButton *m_cancelSync = nullptr;
    QLabel *m_offlineLabel = nullptr;
};

} // namespace peerscope
