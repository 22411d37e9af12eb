#include "cache/sql.h"

#include "cache/cache.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace peerscope {

QVariant SqlRow::value(int column) const { return m_query.value(column); }
QString SqlRow::text(int column) const
{
    const QString s = m_query.value(column).toString();
    return s.isNull() ? QStringLiteral("") : s;
}
int SqlRow::integer(int column) const { return m_query.value(column).toInt(); }
qint64 SqlRow::integer64(int column) const { return m_query.value(column).toLongLong(); }
double SqlRow::real(int column) const { return m_query.value(column).toDouble(); }
bool SqlRow::isNull(int column) const { return m_query.isNull(column); }
QJsonObject SqlRow::json(int column) const
{
    return QJsonDocument::fromJson(m_query.value(column).toByteArray()).object();
}

namespace {

void bindAll(QSqlQuery &q, const QVariantList &values, Backend backend)
{
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(backend == Backend::Sqlite ? v : dialect::boundValue(v));
    }
}

QString describe(const Cache &cache, const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    cache.noteFailure(e);
    if (e.nativeErrorCode().toInt() == SQLITE_INTERRUPT)
        return QStringLiteral("interrupted");
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return text.isEmpty() ? QStringLiteral("unknown database error") : text;
}

} // namespace

Status Sql::each(const Cache &cache, const QString &sql, const QVariantList &values, const RowFunction &onRow)
{
    return eachWhile(cache, sql, values, [&](const SqlRow &row) {
        onRow(row);
        return true;
    });
}

Status Sql::eachWhile(const Cache &cache, const QString &sql, const QVariantList &values,
                      const std::function<bool(const SqlRow &)> &onRow)
{
    if (!cache.isOpen())
        return Status::failure(QStringLiteral("the cache is not open"));
    // This connection's own waiting bulk rows must show in what it reads.
    if (!cache.settleBulkRows())
        return Status::failure(cache.lastError());
    QSqlQuery fresh(cache.database());
    QSqlQuery *kept = nullptr;
    // Qt's PostgreSQL driver prepares every statement on the server: a
    // read prepared anew costs a PREPARE and a DEALLOCATE besides its own
    // round trip, so on a server reads stay prepared, as writes do (one
    // still being read, when onRow reads the same again, is not reused).
    if (cache.backend() == Backend::PostgreSql) {
        Cache &c = const_cast<Cache &>(cache);
        const auto found = c.m_statements.find(sql);
        if (found == c.m_statements.end() || !found->second.isActive()) {
            kept = &c.prepared(sql);
            if (kept == &c.m_unprepared)
                return Status::failure(describe(cache, *kept));
        }
    }
    QSqlQuery &q = kept ? *kept : fresh;
    if (!kept) {
        q.setForwardOnly(true);
        if (!q.prepare(cache.sqlFor(sql)))
            return Status::failure(describe(cache, q));
    }
    bindAll(q, values, cache.backend());
    if (!q.exec())
        return Status::failure(describe(cache, q));
    const SqlRow row(q);
    while (q.next()) {
        if (!onRow(row)) {
            q.finish();
            return succeeded();
        }
    }
    // next() returning false is either the end or a failed step (I/O error,
    // interrupted): only the error tells them apart.
    if (q.lastError().isValid())
        return Status::failure(describe(cache, q));
    q.finish();
    return succeeded();
}

Read<QVariant> Sql::scalar(const Cache &cache, const QString &sql, const QVariantList &values)
{
    QVariant out;
    bool seen = false;
    const Status s = each(cache, sql, values, [&](const SqlRow &row) {
        if (!seen)
            out = row.value(0);
        seen = true;
    });
    if (!s)
        return Read<QVariant>::failureOf(s);
    return out;
}

QVariantList Sql::valuesOf(const QStringList &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (const QString &id : ids)
        values << id;
    return values;
}

Status Sql::exec(Cache &cache, const QString &sql, const QVariantList &values)
{
    if (!cache.isOpen())
        return Status::failure(QStringLiteral("the cache is not open"));
    // Statements run in the order they were asked for.
    if (!cache.settleBulkRows())
        return Status::failure(cache.lastError());
    QSqlQuery &q = cache.prepared(sql);
    if (&q == &cache.m_unprepared) {
        // The statement did not prepare (a missing table, a damaged
        // schema): say so, not "parameter count mismatch" from running it.
        cache.fail(q);
        return Status::failure(describe(cache, q));
    }
    bindAll(q, values, cache.backend());
    if (!q.exec()) {
        cache.fail(q);
        return Status::failure(describe(cache, q));
    }
    cache.m_changes = q.numRowsAffected();
    return succeeded();
}

int Sql::changes(const Cache &cache)
{
    if (cache.backend() != Backend::Sqlite)
        return cache.m_changes;
    return cache.m_handle ? sqlite3_changes(cache.m_handle) : 0;
}

qint64 Sql::lastInsertId(const Cache &cache)
{
    // PostgreSQL has no connection-wide last rowid: a statement that needs
    // the key it wrote says RETURNING there (no caller does so far).
    return cache.m_handle ? sqlite3_last_insert_rowid(cache.m_handle) : 0;
}

QString Sql::placeholders(qsizetype n)
{
    QString out;
    out.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return out;
}

QSqlDriver *Sql::driver(const Cache &cache)
{
    return cache.database().driver();
}

} // namespace peerscope
