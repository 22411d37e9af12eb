#pragma once

#include "cache/read.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

class QSqlDriver;
class QSqlQuery;

namespace peerscope {

class Cache;

// The one way code in models/cache/ runs SQL: bind values in order, read rows
// through SqlRow, get a value or an error. Nothing outside models/cache/
// includes this (tst_security scans the sources): the rest of the program
// asks the query classes (AuthorQueries, WorkQueries, ...), which say what
// they read in the words of the domain.
//
// Binding: a null QString binds as '' (as Cache's writers do: the parser
// gives a null text for every absent field); a null QVariant binds as NULL.
class SqlRow
{
public:
    explicit SqlRow(const QSqlQuery &query) : m_query(query) {}
    QVariant value(int column) const;
    QString text(int column) const;   // '' for NULL
    int integer(int column) const;    // 0 for NULL
    qint64 integer64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QJsonObject json(int column) const; // a raw_json column, parsed
private:
    const QSqlQuery &m_query;
};

class Sql final
{
public:
    using RowFunction = std::function<void(const SqlRow &)>;

    // IN lists are bound in slices of this many values (SQLite's limit is
    // far above; the slices keep statements reusable).
    static constexpr qsizetype kInSlice = 500;
    // IDs as the values bound to an IN list.
    static QVariantList valuesOf(const QStringList &ids);

    // Runs sql and hands each row to onRow. Fails when the statement cannot
    // be prepared or run, or a row cannot be read (interrupted included).
    static Status each(const Cache &cache, const QString &sql, const QVariantList &values, const RowFunction &onRow);

    // The same, while onRow returns true: the rest of the rows are not read.
    static Status eachWhile(const Cache &cache, const QString &sql, const QVariantList &values,
                            const std::function<bool(const SqlRow &)> &onRow);

    // Every row, made into a T by make(row).
    template <typename T, typename Make>
    static Read<QList<T>> list(const Cache &cache, const QString &sql, const QVariantList &values, Make make)
    {
        QList<T> out;
        const Status s = each(cache, sql, values, [&](const SqlRow &row) { out.append(make(row)); });
        if (!s)
            return Read<QList<T>>::failureOf(s);
        return out;
    }

    // The first row, made into a T; nullopt when there is none.
    template <typename T, typename Make>
    static Read<std::optional<T>> first(const Cache &cache, const QString &sql, const QVariantList &values, Make make)
    {
        std::optional<T> out;
        const Status s = each(cache, sql, values, [&](const SqlRow &row) {
            if (!out)
                out = make(row);
        });
        if (!s)
            return Read<std::optional<T>>::failureOf(s);
        return out;
    }

    // The first column of the first row; a null QVariant when there is no row.
    static Read<QVariant> scalar(const Cache &cache, const QString &sql, const QVariantList &values);

    // A write (INSERT, UPDATE, DELETE, DDL): prepared once per connection and
    // reused. Fails with the database's words; Cache::lastError() has them too.
    static Status exec(Cache &cache, const QString &sql, const QVariantList &values = {});
    // Rows the last exec() on this connection changed.
    static int changes(const Cache &cache);
    // The rowid the last INSERT on this connection wrote (SQLite only: 0 on
    // a server).
    static qint64 lastInsertId(const Cache &cache);

    // "?, ?, ?" for n values: IN lists built at run time.
    static QString placeholders(qsizetype n);

    // The connection's driver, for what is not a statement: LISTEN through
    // QSqlDriver::subscribeToNotification (SharedEventWatcher). Only on the
    // thread that owns the connection.
    static QSqlDriver *driver(const Cache &cache);
};

} // namespace peerscope
