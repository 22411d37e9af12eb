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
    return ++m_bulkRowCount < kBulkMaxWaiting || flushBulkRows();
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
    return ++m_bulkRowCount < kBulkMaxWaiting || flushBulkRows();
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

bool Cache::sendBulkParents(const char *oneRow, qsizetype parents, const std::function<QVariantList(qsizetype)> &valuesOf,
                            QHash<QString, qint64> *written)
{
    const QString one = QString::fromUtf8(oneRow);
    const int columns = bulkrows::tupleValues(one);
    const qsizetype largest = bulkrows::chunks(bulkrows::kMaxRows * 100, columns).first();
    qsizetype at = 0;
    for (const qsizetype n : bulkrows::chunks(parents, columns)) {
        QVariantList values;
        values.reserve(n * columns);
        for (qsizetype i = at; i < at + n; ++i)
            values += valuesOf(i);
        at += n;
        const QString sql = bulkrows::multiRow(one, n);
        QSqlQuery adhoc(database());
        QSqlQuery *q = &adhoc;
        if (n == largest)
            q = &prepared(sql);
        else if (!adhoc.prepare(sqlFor(sql)))
            return fail(adhoc);
        if (!runValues(*q, values))
            return false;
        while (q->next())
            written->insert(q->value(1).toString(), q->value(0).toLongLong());
        q->finish();
    }
    return true;
}

bool Cache::flushBulkRows()
{
    if (m_bulkFlushing || (m_bulk.empty() && m_bulkKeys.empty() && m_bulkWorks.empty() && m_bulkAuthors.empty()))
        return true;
    // What the parents' statements say decides which rows follow them;
    // queued meanwhile, those rows wait for the tables' turn below (no
    // flush within the flush).
    m_bulkFlushing = true;
    struct Done {
        bool &flag;
        ~Done() { flag = false; }
    } done{m_bulkFlushing};
    std::vector<BulkWork> works = std::exchange(m_bulkWorks, {});
    std::vector<BulkAuthor> authors = std::exchange(m_bulkAuthors, {});
    // In ID order, as the rows: two clients lock the same records in the
    // same order. beforeEntity() keeps each ID once per flush.
    std::stable_sort(works.begin(), works.end(), [](const BulkWork &a, const BulkWork &b) { return a.work.id < b.work.id; });
    std::stable_sort(authors.begin(), authors.end(), [](const BulkAuthor &a, const BulkAuthor &b) { return a.author.id < b.author.id; });
    if (!authors.empty()) {
        QHash<QString, qint64> written;
        if (!sendBulkParents(kUpsertAuthor, qsizetype(authors.size()),
                             [&](qsizetype i) { return authorValues(authors.at(i).author, authors.at(i).fetchedAt); }, &written))
            return false;
        for (const BulkAuthor &a : authors) {
            const auto row = written.constFind(a.author.id);
            if (row != written.cend() && !writeAuthorRows(a.author, *row))
                return false;
        }
    }
    if (!works.empty()) {
        QHash<QString, qint64> inserted;
        if (!sendBulkParents(kInsertWork, qsizetype(works.size()),
                             [&](qsizetype i) { return workValues(works.at(i).work, works.at(i).fetchedAt, works.at(i).depth); },
                             &inserted))
            return false;
        // A work already there is compared and maybe updated on its own (a
        // sync's usual case for known works: unchanged, one statement).
        for (const BulkWork &w : works) {
            const auto row = inserted.constFind(w.work.id);
            const bool isNew = row != inserted.cend();
            if (!writeWorkRows(w.work, w.fetchedAt, w.depth, isNew, isNew ? *row : -1))
                return false;
        }
    }

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
