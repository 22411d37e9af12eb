#include "authornavigator.h"

#include "cache/cache.h"
#include "core/text.h"
#include "sync/synccontroller.h"
#include "sync/syncstore.h"

namespace peerscope {

AuthorNavigator::AuthorNavigator(const Cache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
}

void AuthorNavigator::setSyncController(SyncController *controller)
{
    m_sync = controller;
}

void AuthorNavigator::setOffline(bool offline)
{
    m_offline = offline;
}

bool AuthorNavigator::isStale(const QString &authorId) const
{
    return syncstore::isStale(m_cache, authorId, m_ttlDays);
}

bool AuthorNavigator::open(const QString &authorId, const QString &name, Missing missing)
{
    if (authorId.isEmpty()) {
        emit message(tr("%1 has no OpenAlex author ID, so there is no profile to open.").arg(name), {});
        return false;
    }
    const QString resolved = m_cache.resolveAlias(authorId);
    if (const std::optional<AuthorSummary> summary = m_cache.authorSummary(resolved)) {
        const QString id = summary->id;
        if (m_index < 0 || m_history.value(m_index) != id) {
            m_history = m_history.mid(0, m_index + 1);
            m_history << id;
            m_index = int(m_history.size()) - 1;
        }
        emit historyChanged();
        emit showRequested(id);
        // A stale record opens from the cache at once and refreshes behind it.
        if (m_sync && !m_offline && !text::isPersonId(id) && isStale(id))
            m_sync->request(id);
        return true;
    }
    const QString who = name.isEmpty() ? resolved : QStringLiteral("%1 (%2)").arg(name, resolved);
    if (m_offline) {
        emit message(tr("%1 is not in the cache, and Peerscope is offline. Connect to the internet and sync this "
                        "author to see the profile.").arg(who), {});
    } else if (missing == Missing::Fetch && m_sync) {
        m_waitingFor = resolved;
        m_sync->request(resolved);
        emit message(tr("Fetching %1 from OpenAlex. The profile opens as soon as it has arrived.").arg(who), {});
    } else {
        emit message(tr("%1 is not in the cache yet. Sync to fetch the profile and works from OpenAlex.").arg(who), resolved);
    }
    return false;
}

void AuthorNavigator::back()
{
    if (!canGoBack())
        return;
    --m_index;
    emit historyChanged();
    emit showRequested(m_history.at(m_index));
}

void AuthorNavigator::forward()
{
    if (!canGoForward())
        return;
    ++m_index;
    emit historyChanged();
    emit showRequested(m_history.at(m_index));
}

bool AuthorNavigator::awaits(const QString &authorId) const
{
    return !m_waitingFor.isEmpty() && (authorId == m_waitingFor || m_cache.resolveAlias(m_waitingFor) == authorId);
}

bool AuthorNavigator::openArrived()
{
    if (m_waitingFor.isEmpty())
        return false;
    const QString id = m_cache.resolveAlias(m_waitingFor);
    if (!m_cache.authorSummary(id))
        return false;
    m_waitingFor.clear();
    open(id);
    return true;
}

} // namespace peerscope
