#pragma once

#include "cache/changelogqueries.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace peerscope {

class Cache;

// The "What changed" feed: change_log rows, newest first, for one author or
// for everyone. UnreadRole marks unread rows (views show them bold); marking
// read writes change_log.is_read.
class ChangeFeedModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeedModel)

public:
    enum Role {
        ChangeIdRole = Qt::UserRole + 1,
        AuthorIdRole,
        KindRole,
        EntityIdRole,
        UnreadRole,
        AtRole,
    };

    static constexpr int kMaxRows = 1000;

    explicit ChangeFeedModel(Cache &cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Empty: every author's changes.
    void setAuthorFilter(const QString &authorId);
    QString authorFilter() const { return m_authorId; }
    void setUnreadOnly(bool unreadOnly);
    bool unreadOnly() const { return m_unreadOnly; }

    const ChangeEntry &entry(int row) const { return m_rows.at(row); }
    int unreadCount() const { return m_unread; }
    // Why the last reload() or mark failed; empty when it worked. A failed
    // reload keeps the rows shown before.
    QString lastError() const { return m_lastError; }
    // The change as a sentence for the user.
    static QString describe(const ChangeEntry &entry);

public slots:
    void reload();
    bool markRead(const QModelIndex &index);
    // Every unread change in the current scope (the author filter).
    bool markAllRead();

signals:
    void unreadCountChanged(int unread);
    // The change log could not be read or written: error says why.
    void readFailed(const QString &error);

private:
    void setUnread(int unread);
    void failed(const QString &error);

    Cache &m_cache;
    QString m_authorId;
    bool m_unreadOnly = false;
    QList<ChangeEntry> m_rows;
    int m_unread = 0;
    QString m_lastError;
};

} // namespace peerscope
