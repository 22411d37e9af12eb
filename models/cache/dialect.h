#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace peerscope {

// Which database a Cache talks to.
enum class Backend { Sqlite, PostgreSql };

// Every difference between the SQL the two backends speak, in one place.
// Statements are written once, in SQLite's words (the schema's migrations,
// the query classes, Cache's writers); on PostgreSQL they are rewritten
// here before they are prepared. The rewrites are textual and few; what
// they cannot express is written portably at its source instead (upserts
// with ON CONFLICT, IS DISTINCT FROM, NULLS LAST).
namespace dialect {

// A statement as the backend runs it. On PostgreSQL:
//   INSERT OR IGNORE INTO t ...     INSERT INTO t ... ON CONFLICT DO NOTHING
//   a IS NOT b / a IS b             a IS DISTINCT FROM b / IS NOT DISTINCT FROM
//   json_each(x) j                  the elements of the JSON array x as
//                                   j.value (text), j.key their position
//                                   from 0 (as SQLite's); x may be a column
//                                   of a table before it in FROM
//   instr(a, b)                     strpos(a, b)
//   group_concat(x)                 string_agg(x, ',' ORDER BY x COLLATE "C")
//   INDEXED BY index                (dropped: the planner chooses)
//   ORDER BY a, b DESC              ORDER BY a NULLS FIRST, b DESC NULLS LAST
//                                   (where SQLite sorts NULLs)
//   LIMIT ?                         LIMIT NULLIF(?, -1) (-1: no limit)
//   FROM (SELECT ...) WHERE         FROM (SELECT ...) AS subquery_1 WHERE
//   BEGIN IMMEDIATE                 BEGIN
QString statement(Backend backend, const QString &sql);

// A value bound to a statement, as PostgreSQL takes it: bytes (raw JSON
// kept as the UTF-8 it arrived in) as text, not bytea; a bool as 0 or 1
// (the flag columns are INTEGER there as in SQLite).
QVariant boundValue(const QVariant &value);

// A schema statement of a migration as the backend runs it: on PostgreSQL
// possibly several (a table and its index). On PostgreSQL:
//   WITHOUT ROWID                   (dropped)
//   INTEGER PRIMARY KEY             BIGSERIAL PRIMARY KEY
//   REAL                            DOUBLE PRECISION (REAL is 4 bytes there)
//   COLLATE NOCASE in an index      (dropped)
//   TEXT in a table definition      TEXT COLLATE "C" (bytewise, as SQLite)
//   authors and works               a rowid column (BIGSERIAL), as SQLite's
//                                   implicit one: the search tables are keyed by it
//   fts5 virtual tables             plain tables with the same columns and
//                                   a generated tsvector column (accents
//                                   folded by unaccent) under a GIN index
QStringList schemaStatements(Backend backend, const QString &sql);

// Statements run once before the first migration: what the schema relies on
// (on PostgreSQL the unaccent extension and the accent-folding text search
// configuration, and the table that holds the schema version).
QStringList setupStatements(Backend backend);

// The schema version: one value, read by schemaVersionQuery() and written
// by schemaVersionUpdate(version). On PostgreSQL it lives in a table that a
// database no Peerscope prepared lacks: schemaVersionKept() (empty on
// SQLite) says whether it is there, and without it the version is 0.
QString schemaVersionKept(Backend backend);
QString schemaVersionQuery(Backend backend);
QString schemaVersionUpdate(Backend backend, int version);

// The text search configuration PostgreSQL indexes with: accents folded,
// no stemming (as SQLite's unicode61 remove_diacritics 2).
inline constexpr const char *kTextSearchConfig = "peerscope_folded";

// Full-text search, where the backends differ in kind (FTS5 against
// tsvector). prefixQuery(): every word of what the user typed as a prefix,
// all of them required, as the bound value of textMatch(). textMatch(): the
// condition that the search table (read as alias) matches it. textRank():
// an ORDER BY term, best first, for the same bound query; weights are
// FTS5's bm25 weights per column (PostgreSQL ranks with the columns'
// setweight classes instead, titles and names first).
QString prefixQuery(Backend backend, const QString &userText);
QString textMatch(Backend backend, const QString &table, const QString &alias);
QString textRank(Backend backend, const QString &table, const QString &alias, const QString &bm25Weights);

} // namespace dialect

} // namespace peerscope
