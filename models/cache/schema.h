#pragma once

#include <QList>
#include <QString>

namespace peerscope::schema {

// One statement of a migration, written in SQLite's words (dialect.h
// rewrites it for PostgreSQL). A backfill derives new columns from rows an
// older cache already holds: SQLite only, since a PostgreSQL database
// starts at the schema of the first version that could use one (5) and so
// never holds rows of an older schema.
// A statement of one backend alone says so: where the two need different
// statements for the same result (an index PostgreSQL cannot hold as
// SQLite does).
struct Statement {
    enum class On { Both, Sqlite, Postgresql };
    Statement(const char *text) : sql(text) {} // NOLINT: implicit on purpose
    static Statement backfill(const char *text) { return only(On::Sqlite, text); }
    static Statement only(On backend, const char *text)
    {
        Statement s(text);
        s.on = backend;
        return s;
    }
    const char *sql;
    On on = On::Both;
};

// One numbered, cumulative migration. Applied in order inside one
// transaction; the version of the last one applied is kept (SQLite: PRAGMA
// user_version; PostgreSQL: the schema_version table).
struct Migration {
    int version;
    const char *description;
    QList<Statement> statements;
};

const QList<Migration> &migrations();
int latestVersion();

} // namespace peerscope::schema
