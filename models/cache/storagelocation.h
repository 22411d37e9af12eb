#pragma once

#include <QString>

namespace peerscope {

// Where a cache lives, as a user names it (--db, Settings): a PostgreSQL
// server given as a libpq connection URI (postgresql:// or postgres://,
// "postgresql://user[:password]@host[:port]/dbname[?key=value&...]"), or
// anything else: an SQLite file path.
//
// The password is taken from the URI only; without one libpq itself reads
// PGPASSWORD or ~/.pgpass. It never appears in display(): errors and logs
// name a location through display() alone.
class StorageLocation final
{
public:
    enum class Kind { SqliteFile, PostgreSql };

    StorageLocation() = default;
    static StorageLocation parse(const QString &text);
    // Whether text names a server (by its scheme), valid or not.
    static bool isServerUri(const QString &text);

    Kind kind() const { return m_kind; }
    bool isPostgreSql() const { return m_kind == Kind::PostgreSql; }
    // False for a server URI that cannot be used; problem() says why.
    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    // The text it was parsed from (with the password, if it had one): what
    // another connection opens again (a worker's Secondary open).
    QString text() const { return m_text; }
    // For people and logs: the file path, or the URI without its password.
    QString display() const;

    // SQLite.
    QString filePath() const { return m_kind == Kind::SqliteFile ? m_text : QString(); }

    // PostgreSQL, as QSqlDatabase's QPSQL settings. Empty (or port -1):
    // libpq's default (PGHOST, PGPORT, PGUSER, the Unix socket, ...).
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; }
    // The URI's other parameters (sslmode=require, connect_timeout=5, ...)
    // as QPSQL's connect options: "key=value;key=value".
    QString connectOptions() const { return m_connectOptions; }

private:
    Kind m_kind = Kind::SqliteFile;
    QString m_text;
    QString m_problem;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QString m_connectOptions;
};

} // namespace peerscope
