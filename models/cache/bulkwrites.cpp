// Cache's bulk writes: on a team server, the rows around works and authors
// wait in the transaction and go per table in multi-row statements (see
// Cache::addRow in cache.h). On a file they run one by one, as before:
// SQLite has no round trip to save and its prepared statements are faster.

#include "cache/cache.h"

#include "cache/bulkrows.h"
#include "cache/sql.h"

#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace peerscope {

namespace {

// Rows that wait at most before they are sent anyway: a transaction of
// 2,000 works holds some 100,000, and their QVariants some tens of MB.
constexpr qsizetype kMaxWaitingRows = 40000;

} // namespace

bool Cache::addRow(const char *oneRow, int keyColumns, bulkrows::SameKey same, std::initializer_list<QVariant> values)
{
    if (!bulkDeferred())
        return run(prepared(oneRow), values);
    auto table = std::find_if(m_bulk.begin(), m_bulk.end(), [&](const BulkTable &t) { return t.oneRow == oneRow; });
    if (table == m_bulk.end()) {
        m_bulk.push_back(BulkTable{oneRow, keyColumns, same, {}});
        table = std::prev(m_bulk.end());
    }
    table->rows.append(QVariantList(values));
    return ++m_bulkRowCount < kMaxWaitingRows || flushBulkRows();
}

bool Cache::forKey(const char *oneKey, KeyPhase phase, const QVariantList &fixed, const QVariant &key)
{
    if (!bulkDeferred())
        return runValues(prepared(oneKey), fixed + QVariantList{key});
    auto group = std::find_if(m_bulkKeys.begin(), m_bulkKeys.end(),
                              [&](const BulkKeys &k) { return k.oneKey == oneKey && k.phase == phase && k.fixed == fixed; });
    if (group == m_bulkKeys.end()) {
        m_bulkKeys.push_back(BulkKeys{oneKey, phase, fixed, {}});
        group = std::prev(m_bulkKeys.end());
    }
    group->keys.append(key);
    return ++m_bulkRowCount < kMaxWaitingRows || flushBulkRows();
}

bool Cache::beforeEntity(const QString &id)
{
    if (!bulkDeferred())
        return true;
    if (m_bulkEntities.contains(id) && !flushBulkRows())
        return false;
    m_bulkEntities.insert(id);
    return true;
}

bool Cache::runBulkStatement(const QString &sql, bool keep, const QVariantList &values)
{
    if (sql.isEmpty()) {
        m_lastError = QStringLiteral("a bulk write without a VALUES tuple or a closing \"= ?\"");
        return false;
    }
    // The full-sized statements recur (every large transaction cuts its
    // rows into them) and stay prepared; a smaller remainder is prepared
    // for this once, or the server would keep one per size.
    if (keep)
        return runValues(prepared(sql), values);
    QSqlQuery q(database());
    if (!q.prepare(sqlFor(sql)))
        return fail(q);
    return runValues(q, values);
}

bool Cache::flushBulkRows()
{
    if (m_bulk.empty() && m_bulkKeys.empty())
        return true;
    // Taken out first: a failure leaves nothing behind to send twice (the
    // transaction rolls back), and nothing here re-enters through Sql.
    std::vector<BulkTable> tables = std::exchange(m_bulk, {});
    std::vector<BulkKeys> keyed = std::exchange(m_bulkKeys, {});
    m_bulkEntities.clear();
    m_bulkRowCount = 0;

    auto runKeyed = [&](KeyPhase phase) {
        for (BulkKeys &group : keyed) {
            if (group.phase != phase)
                continue;
            bulkrows::sortKeys(group.keys);
            const QString oneKey = QString::fromUtf8(group.oneKey);
            for (qsizetype at = 0; at < group.keys.size(); at += Sql::kInSlice) {
                const qsizetype n = std::min(Sql::kInSlice, group.keys.size() - at);
                if (!runBulkStatement(bulkrows::manyKeys(oneKey, n), n == Sql::kInSlice, group.fixed + group.keys.mid(at, n)))
                    return false;
            }
        }
        return true;
    };
    if (!runKeyed(KeyPhase::BeforeRows))
        return false;
    for (BulkTable &table : tables) {
        bulkrows::sortRows(table.rows, table.keyColumns, table.same);
        const QString oneRow = QString::fromUtf8(table.oneRow);
        const int columns = bulkrows::tupleValues(oneRow);
        const QList<qsizetype> sizes = bulkrows::chunks(table.rows.size(), columns);
        const qsizetype largest = bulkrows::chunks(bulkrows::kMaxRows * 100, columns).first();
        qsizetype at = 0;
        for (const qsizetype n : sizes) {
            QVariantList values;
            values.reserve(n * columns);
            for (qsizetype i = at; i < at + n; ++i)
                values += table.rows.at(i);
            at += n;
            if (!runBulkStatement(bulkrows::multiRow(oneRow, n), n == largest, values))
                return false;
        }
    }
    return runKeyed(KeyPhase::AfterRows);
}

} // namespace peerscope
