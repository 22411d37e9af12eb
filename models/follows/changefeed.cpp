#include "follows/changefeed.h"

#include "cache/cache.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcChangeFeed, "peerscope.follows.changefeed", QtWarningMsg)

namespace peerscope {

ChangeFeedModel::ChangeFeedModel(Cache &cache, QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
{
    reload();
}

int ChangeFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ChangeFeedModel::describe(const ChangeEntry &e)
{
    const QString who = e.authorName.isEmpty() ? e.authorId : e.authorName;
    const QString title = e.details.isEmpty() ? e.entityId : e.details;
    if (e.kind == QLatin1String("new_work"))
        return tr("%1 has a new work: “%2”").arg(who, e.newValue.isEmpty() ? title : e.newValue);
    if (e.kind == QLatin1String("citations"))
        return tr("“%1” by %2 went from %3 to %4 citations").arg(title, who, e.oldValue, e.newValue);
    if (e.kind == QLatin1String("new_coauthor"))
        return tr("%1 has a new co-author: %2").arg(who, e.newValue.isEmpty() ? e.entityId : e.newValue);
    if (e.kind == QLatin1String("affiliation"))
        return tr("%1 moved from %2 to %3").arg(who, e.oldValue.isEmpty() ? tr("no known institution") : e.oldValue,
                                                e.newValue.isEmpty() ? tr("no known institution") : e.newValue);
    if (e.kind == QLatin1String("departed_work"))
        return tr("OpenAlex no longer lists “%1” for %2").arg(title, who);
    if (e.kind == QLatin1String("merged"))
        return tr("OpenAlex merged %1 into %2").arg(e.oldValue, e.newValue);
    return tr("%1: %2 changed").arg(who, e.entityId);
}

QVariant ChangeFeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return e.read ? describe(e) : tr("Unread: %1").arg(describe(e));
    case Qt::ToolTipRole: {
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODate);
        return tr("Found by the sync of %1").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    }
    case ChangeIdRole:
        return e.id;
    case AuthorIdRole:
        return e.authorId;
    case KindRole:
        return e.kind;
    case EntityIdRole:
        return e.entityId;
    case UnreadRole:
        return !e.read;
    case AtRole:
        return e.at;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChangeFeedModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ChangeIdRole, "changeId");
    names.insert(AuthorIdRole, "authorId");
    names.insert(KindRole, "kind");
    names.insert(EntityIdRole, "entityId");
    names.insert(UnreadRole, "unread");
    names.insert(AtRole, "at");
    return names;
}

void ChangeFeedModel::setAuthorFilter(const QString &authorId)
{
    if (authorId == m_authorId)
        return;
    m_authorId = authorId;
    reload();
}

void ChangeFeedModel::setUnreadOnly(bool unreadOnly)
{
    if (unreadOnly == m_unreadOnly)
        return;
    m_unreadOnly = unreadOnly;
    reload();
}

void ChangeFeedModel::reload()
{
    if (!m_cache.isOpen())
        return;
    ChangeLogQueries log(m_cache);
    const Read<QList<ChangeEntry>> rows = log.entries(m_authorId, m_unreadOnly, kMaxRows);
    const Read<int> unread = log.unreadCount(m_authorId);
    if (!rows || !unread) {
        // What is shown stays: an empty feed would say "nothing changed".
        failed(tr("Cannot read the change log: %1").arg(!rows ? rows.error() : unread.error()));
        return;
    }
    m_lastError.clear();
    beginResetModel();
    m_rows = *rows;
    endResetModel();
    setUnread(*unread);
}

bool ChangeFeedModel::markRead(const QModelIndex &index)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ChangeEntry &e = m_rows[index.row()];
    if (e.read)
        return true;
    const Status s = ChangeLogQueries(m_cache).markRead(e.authorId, e.id);
    if (!s) {
        failed(tr("Cannot mark the change read: %1").arg(s.error()));
        return false;
    }
    m_lastError.clear();
    if (m_unreadOnly) {
        beginRemoveRows({}, index.row(), index.row());
        m_rows.removeAt(index.row());
        endRemoveRows();
    } else {
        e.read = true;
        emit dataChanged(index, index, {Qt::DisplayRole, Qt::AccessibleTextRole, UnreadRole});
    }
    setUnread(m_unread - 1);
    return true;
}

bool ChangeFeedModel::markAllRead()
{
    const Status s = ChangeLogQueries(m_cache).markAllRead(m_authorId);
    if (!s) {
        failed(tr("Cannot mark the changes read: %1").arg(s.error()));
        return false;
    }
    reload();
    return true;
}

void ChangeFeedModel::failed(const QString &error)
{
    m_lastError = error;
    qCWarning(lcChangeFeed) << error;
    emit readFailed(error);
}

void ChangeFeedModel::setUnread(int unread)
{
    unread = std::max(0, unread);
    if (unread == m_unread)
        return;
    m_unread = unread;
    emit unreadCountChanged(m_unread);
}

} // namespace peerscope
