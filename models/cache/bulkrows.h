#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace peerscope::bulkrows {

// How a team server's cache sends many rows at once (Cache's bulk writes,
// bulkwrites.cpp): a one-row statement becomes a multi-row one, rows are
// put in key order, and cut into statements the server accepts. A round
// trip per row made a server import three times slower than a file.

// PostgreSQL's wire protocol counts bound values in 16 bits.
inline constexpr qsizetype kMaxBoundValues = 65535;
// Rows per statement at most: larger statements save no measurable time
// and cost the server more to plan.
inline constexpr qsizetype kMaxRows = 1000;

// oneRow, a statement for one row, with its first "VALUES (...)" tuple
// repeated rows times: "INSERT INTO t (a, b) VALUES (?, ?), (?, ?) ON ...".
// Empty when oneRow has no VALUES tuple.
QString multiRow(const QString &oneRow, qsizetype rows);

// oneKey, a statement ending in "= ?" (one key), for keys keys: the last
// "= ?" becomes "IN (?, ?, ...)". Empty when it does not end so.
QString manyKeys(const QString &oneKey, qsizetype keys);

// The '?' placeholders of a statement's first VALUES tuple.
int tupleValues(const QString &oneRow);

// How rows of `columns` values each are cut into statements: as many rows as
// fit under kMaxBoundValues and kMaxRows in each, the rest in the last.
QList<qsizetype> chunks(qsizetype rows, qsizetype columns);

// What to do with rows whose first keyColumns values are equal, in one
// statement. PostgreSQL refuses to update a row twice in one statement
// (ON CONFLICT DO UPDATE), so such rows are merged beforehand into what
// running them one by one would leave.
enum class SameKey {
    KeepAll,     // a plain INSERT (a duplicate fails as it would alone) or DO NOTHING (the first stays)
    LastWins,    // DO UPDATE SET every column: the last row's values
    FirstFilled, // DO UPDATE SET col = COALESCE(col, excluded.col): the first row, NULLs filled from later ones
};

// Sorts rows by their first keyColumns values (text bytewise as the
// server's "C" collation, numbers as numbers) so that clients writing
// overlapping rows lock them in the same order (fewer deadlocks); equal
// keys keep their order and are merged as same says.
void sortRows(QList<QVariantList> &rows, int keyColumns, SameKey same);

// Sorted, duplicates removed: keys of a "WHERE k IN (...)" statement.
void sortKeys(QVariantList &keys);

} // namespace peerscope::bulkrows
