#include "follows/changefeed.h"

#include "cache/cache.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

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
    QList<ChangeEntry> rows;
    int unread = 0;
    if (m_cache.isOpen()) {
        QSqlQuery q(m_cache.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT c.id, c.at, c.author_id, a.display_name, c.kind, c.entity_id, c.old_value, c.new_value, "
            "       c.details, c.is_read "
            "FROM change_log c LEFT JOIN authors a ON a.id = c.author_id "
            "WHERE (COALESCE(?, '') = '' OR c.author_id = ?) AND (? = 0 OR c.is_read = 0) "
            "ORDER BY c.at DESC, c.id DESC LIMIT ?"));
        q.addBindValue(m_authorId);
        q.addBindValue(m_authorId);
        q.addBindValue(m_unreadOnly ? 1 : 0);
        q.addBindValue(kMaxRows);
        if (!q.exec())
            qCWarning(lcChangeFeed) << "reading the change log failed:" << q.lastError().text();
        while (q.next()) {
            ChangeEntry e;
            e.id = q.value(0).toLongLong();
            e.at = q.value(1).toString();
            e.authorId = q.value(2).toString();
            e.authorName = q.value(3).toString();
            e.kind = q.value(4).toString();
            e.entityId = q.value(5).toString();
            e.oldValue = q.value(6).toString();
            e.newValue = q.value(7).toString();
            e.details = q.value(8).toString();
            e.read = q.value(9).toInt() != 0;
            rows << e;
        }
        QSqlQuery count(m_cache.database());
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE is_read = 0 AND (COALESCE(?, '') = '' OR author_id = ?)"));
        count.addBindValue(m_authorId);
        count.addBindValue(m_authorId);
        if (count.exec() && count.next())
            unread = count.value(0).toInt();
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    setUnread(unread);
}

bool ChangeFeedModel::markRead(const QModelIndex &index)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ChangeEntry &e = m_rows[index.row()];
    if (e.read)
        return true;
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("UPDATE change_log SET is_read = 1 WHERE id = ?"));
    q.addBindValue(e.id);
    if (!q.exec()) {
        qCWarning(lcChangeFeed) << "marking a change read failed:" << q.lastError().text();
        return false;
    }
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
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("UPDATE change_log SET is_read = 1 WHERE is_read = 0 AND (COALESCE(?, '') = '' OR author_id = ?)"));
    q.addBindValue(m_authorId);
    q.addBindValue(m_authorId);
    if (!q.exec()) {
        qCWarning(lcChangeFeed) << "marking changes read failed:" << q.lastError().text();
        return false;
    }
    reload();
    return true;
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
