#pragma once

#include <QSqlDatabase>

struct sqlite3;

// The SQLite connection behind a QtSql database, for what QtSql does not
// offer (ftsranking.cpp, Cache::interrupt()).
namespace peerscope::sqlitehandle {

// The connection's handle; null if the database is not an open SQLite one.
// Call it on the thread that owns db.
sqlite3 *of(const QSqlDatabase &db);

} // namespace peerscope::sqlitehandle
