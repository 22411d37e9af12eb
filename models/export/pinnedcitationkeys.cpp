#include "export/pinnedcitationkeys.h"

#include "cache/cache.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace peerscope {

Q_LOGGING_CATEGORY(lcPinnedKeys, "peerscope.export.keys", QtWarningMsg)

QHash<QString, QString> pinnedCitationKeys(const Cache &cache)
{
    QHash<QString, QString> keys;
    QSqlQuery q(cache.database());
    if (!q.prepare(QStringLiteral("SELECT work_id, citation_key FROM pinned_citation_keys")) || !q.exec()) {
        qCWarning(lcPinnedKeys) << "reading pinned keys failed:" << q.lastError().text();
        return keys;
    }
    while (q.next())
        keys.insert(q.value(0).toString(), q.value(1).toString());
    return keys;
}

bool pinCitationKeys(Cache &cache, const QHash<QString, QString> &keys, QString *error)
{
    if (keys.isEmpty())
        return true;
    if (!cache.beginTransaction()) {
        if (error)
            *error = cache.lastError();
        return false;
    }
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("INSERT INTO pinned_citation_keys (work_id, citation_key, pinned_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(work_id) DO NOTHING"));
    const QString now = Cache::nowUtc();
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        q.bindValue(0, it.key());
        q.bindValue(1, it.value());
        q.bindValue(2, now);
        if (!q.exec()) {
            qCWarning(lcPinnedKeys) << "pinning" << it.key() << "failed:" << q.lastError().text();
            if (error)
                *error = q.lastError().text();
            cache.rollback();
            return false;
        }
    }
    if (!cache.commit()) {
        if (error)
            *error = cache.lastError();
        return false;
    }
    return true;
}

bool unpinCitationKeys(Cache &cache, const QStringList &workIds, QString *error)
{
    if (workIds.isEmpty())
        return true;
    if (!cache.beginTransaction()) {
        if (error)
            *error = cache.lastError();
        return false;
    }
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("DELETE FROM pinned_citation_keys WHERE work_id = ?"));
    for (const QString &id : workIds) {
        q.bindValue(0, id);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            cache.rollback();
            return false;
        }
    }
    if (!cache.commit()) {
        if (error)
            *error = cache.lastError();
        return false;
    }
    return true;
}

} // namespace peerscope
