#include "syncstatusbar.h"

#include "cache/cache.h"
#include "openalex/openalexclient.h"
#include "sync/synccontroller.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>

namespace peerscope {

SyncStatusBar::SyncStatusBar(const Cache &cache, QAction *cancelAction, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
{
    setObjectName(QStringLiteral("syncStatusBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_staleLabel = new QLabel(this);
    m_staleLabel->setObjectName(QStringLiteral("staleIndicator"));
    m_staleLabel->hide();
    // What is left of today's OpenAlex budget, from the answers' headers.
    m_budgetLabel = new QLabel(this);
    m_budgetLabel->setObjectName(QStringLiteral("budgetLabel"));
    m_budgetLabel->hide();
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    m_syncLabel->hide();
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setMaximumWidth(180);
    m_syncProgress->setTextVisible(false);
    m_syncProgress->hide();
    m_cancelSync = new QToolButton(this);
    m_cancelSync->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancelSync->setDefaultAction(cancelAction);
    m_cancelSync->setAutoRaise(true);
    m_cancelSync->hide();
    m_offlineLabel = new QLabel(this);
    m_offlineLabel->setObjectName(QStringLiteral("offlineIndicator"));
    m_offlineLabel->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_staleLabel, m_budgetLabel, m_syncLabel, m_syncProgress, m_cancelSync, m_offlineLabel})
        layout->addWidget(w);
    retranslateUi();
}

void SyncStatusBar::setSyncController(SyncController *controller)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    disconnect(m_budgetConnection);
    m_sync = controller;
    if (!controller)
        return;
    connect(controller, &SyncController::started, this, &SyncStatusBar::onStarted);
    connect(controller, &SyncController::progress, this, &SyncStatusBar::onProgress);
    connect(controller, &SyncController::waitingForRateLimit, this, &SyncStatusBar::onWaiting);
    connect(controller, &SyncController::idle, this, &SyncStatusBar::onIdle);
    m_budgetConnection = connect(controller->client(), &OpenAlexClient::budgetChanged, this, &SyncStatusBar::showBudget);
    showBudget(controller->client()->budget());
    if (controller->isBusy())
        onStarted(controller->currentAuthor());
}

void SyncStatusBar::setOffline(bool offline)
{
    m_offlineLabel->setVisible(offline);
}

void SyncStatusBar::showStale(const QString &fetchedAt, int ttlDays)
{
    m_staleLabel->setText(tr("Stale: cached %1").arg(fetchedAt.left(10)));
    m_staleLabel->setToolTip(tr("This profile was fetched more than %n day(s) ago. Press F5 to refresh it.", nullptr, ttlDays));
    m_staleLabel->show();
}

void SyncStatusBar::hideStale()
{
    m_staleLabel->hide();
}

void SyncStatusBar::showBusy(const QString &text)
{
    m_busy = true;
    m_syncProgress->setRange(0, 0);
    m_syncProgress->setToolTip(text);
    m_syncProgress->show();
    m_syncLabel->setText(text);
    m_syncLabel->show();
}

void SyncStatusBar::hideBusy()
{
    m_busy = false;
    if (m_sync && m_sync->isBusy())
        return;
    m_syncProgress->hide();
    m_syncLabel->hide();
}

QString SyncStatusBar::nameOf(const QString &authorId) const
{
    if (const std::optional<AuthorSummary> s = m_cache.authorSummary(authorId))
        return s->name;
    return authorId;
}

void SyncStatusBar::onStarted(const QString &authorId)
{
    m_syncingName = nameOf(authorId);
    m_syncProgress->setRange(0, 0);
    m_syncProgress->show();
    m_syncLabel->setText(tr("Syncing %1…").arg(m_syncingName));
    m_syncLabel->show();
    m_cancelSync->show();
}

void SyncStatusBar::onProgress(const SyncProgress &p)
{
    if (p.total > 0) {
        m_syncProgress->setRange(0, p.total);
        m_syncProgress->setValue(std::min(p.done, p.total));
    } else {
        m_syncProgress->setRange(0, 0);
    }
    // The wording is the sync's own (the command line prints the same).
    m_syncLabel->setText(tr("Syncing %1: %2").arg(m_syncingName, describeProgress(p)));
    m_syncProgress->setToolTip(m_syncLabel->text());
}

void SyncStatusBar::onWaiting(int milliseconds)
{
    m_syncLabel->setText(tr("OpenAlex asked us to slow down: waiting %n second(s) before the next request.", nullptr,
                            (milliseconds + 999) / 1000));
}

void SyncStatusBar::onIdle()
{
    m_cancelSync->hide();
    if (m_busy)
        return;
    m_syncProgress->hide();
    m_syncLabel->hide();
}

void SyncStatusBar::showBudget(const BudgetStatus &budget)
{
    const QString text = describeBudget(budget);
    m_budgetLabel->setText(text);
    m_budgetLabel->setVisible(!text.isEmpty());
    m_budgetLabel->setToolTip(tr("OpenAlex meters its API in dollars a day: single records are free, a list call costs %1 and a "
                                 "search %2. A free API key has $1 a day, reset at midnight UTC.")
                                  .arg(formatUsd(OpenAlexClient::priceUsd(CallCost::List)), formatUsd(OpenAlexClient::priceUsd(CallCost::Search))));
}

SyncStatusBar::Report SyncStatusBar::describe(const SyncResult &result, const QString &who)
{
    Report r;
    switch (result.status) {
    case SyncResult::Status::Ok:
        r.text = tr("Synced %1: %2 works and %3 co-author profiles written, %4 changes, %5 API calls (%6).")
                     .arg(who).arg(result.worksWritten).arg(result.coauthorsWritten)
                     .arg(result.changes).arg(result.callsUsed).arg(formatUsd(result.costUsd));
        return r;
    case SyncResult::Status::Unchanged:
        r.text = tr("%1 is unchanged since the last sync (%n API call(s)).", nullptr, result.callsUsed).arg(who);
        return r;
    case SyncResult::Status::Cancelled:
        r.text = tr("The sync of %1 was cancelled after %n API call(s); what arrived is kept.", nullptr, result.callsUsed).arg(who);
        return r;
    default:
        break;
    }
    r.error = true;
    switch (result.apiStatus) {
    case ApiResult::Status::Unauthorized:
        r.text = tr("OpenAlex refused the request: the API key is missing or not valid. Set your API key in Settings.");
        r.action = Report::Action::OpenSettings;
        break;
    case ApiResult::Status::BudgetSpent:
        r.text = tr("%1 What was synced is kept; sync again after the reset to complete it. Everything cached stays available.").arg(result.error);
        break;
    case ApiResult::Status::PlanUpgradeRequired:
        r.text = tr("OpenAlex says this request needs a higher plan for your API key. Check your OpenAlex account.");
        break;
    case ApiResult::Status::RateLimited:
        r.text = tr("OpenAlex kept asking us to slow down. Lower the rate limit in Settings, then sync again.");
        r.action = Report::Action::OpenSettings;
        break;
    case ApiResult::Status::NotFound:
        r.text = tr("OpenAlex has no author %1. Check the ID or search by name.").arg(result.authorId);
        break;
    case ApiResult::Status::NetworkError:
    case ApiResult::Status::Timeout:
        r.text = tr("OpenAlex could not be reached while syncing %1. Check your connection and try again.").arg(who);
        r.action = Report::Action::Retry;
        break;
    default:
        r.text = result.status == SyncResult::Status::CacheError
                     ? tr("The sync of %1 could not write the cache: %2 Check the free disk space and the cache location in Settings.").arg(who, result.error)
                     : tr("The sync of %1 stopped: %2 Everything written so far is kept; try again to complete it.").arg(who, result.error);
        r.action = Report::Action::Retry;
        break;
    }
    if (r.action == Report::Action::OpenSettings)
        r.actionText = tr("Open Settings");
    else if (r.action == Report::Action::Retry)
        r.actionText = tr("Try again");
    return r;
}

void SyncStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SyncStatusBar::retranslateUi()
{
    m_syncProgress->setAccessibleName(tr("Sync progress"));
    m_cancelSync->setAccessibleName(tr("Cancel the sync"));
    m_offlineLabel->setText(tr("Offline"));
    m_offlineLabel->setToolTip(tr("Peerscope does not use the network. Everything cached stays available; "
                                  "turn off File › Work offline to sync."));
}

} // namespace peerscope
