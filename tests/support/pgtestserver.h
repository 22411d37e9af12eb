#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace peerscope::test {

// A throw-away PostgreSQL cluster for one test: initdb into a temporary
// folder, trust authentication, listening on 127.0.0.1 on a free port (and a
// Unix socket inside the folder), fsync off (see setDefaultDurability()). Stopped and deleted with the
// object. Postgres refuses to run as root, and CI runs as root: then the
// server runs as nobody (setpriv), the folder handed over to it.
//
//   PgTestServer pg;
//   if (!PgTestServer::available())
//       QSKIP(qPrintable(PgTestServer::unavailableReason()));
//   QVERIFY2(pg.start(), qPrintable(pg.errorString()));
//   cache.open(pg.uri());
class PgTestServer final
{
public:
    PgTestServer();
    ~PgTestServer();
    Q_DISABLE_COPY_MOVE(PgTestServer)

    // The newest /usr/lib/postgresql/<version>/bin holding initdb and
    // pg_ctl; empty when none is installed.
    static QString binDir();
    static bool available() { return !binDir().isEmpty(); }
    // Why available() is false, and what to install.
    static QString unavailableReason();

    // Before the first start(): keep PostgreSQL's own durability settings
    // (fsync, synchronous_commit, full_page_writes on; its default
    // shared_buffers) instead of trading them for speed, for a benchmark
    // that compares the server with a file written as durably.
    void setDefaultDurability(bool defaults) { m_defaultDurability = defaults; }

    // Creates the cluster and its database the first time, and starts the
    // server (again, on the same data, after stopImmediate() or stop()).
    bool start();
    // A clean shutdown (pg_ctl stop -m fast).
    bool stop();
    // As a crash would: no checkpoint, recovery at the next start().
    bool stopImmediate();
    bool isRunning() const { return m_running; }

    QString errorString() const { return m_error; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString user() const { return QStringLiteral("peerscope"); }
    QString databaseName() const { return QStringLiteral("peerscope_test"); }
    // postgresql://peerscope@127.0.0.1:<port>/<database> (default:
    // databaseName(), the one start() creates)
    QString uri(const QString &database = {}) const;
    // A QPSQL connection named connectionName to database (default:
    // databaseName()) on this server: configured, not opened. Let go of it
    // and QSqlDatabase::removeDatabase(connectionName) when done.
    QSqlDatabase addConnection(const QString &connectionName, const QString &database = {}) const;
    QString dataDir() const;
    // The server's log, for a failure message.
    QString log() const;

private:
    bool initCluster();
    bool createDatabase();
    // Runs a server binary (as nobody when we are root); false with the
    // output in errorString() when it fails.
    bool runServerTool(const QString &tool, const QStringList &args, int timeoutMs = 60000);
    bool stopWith(const QString &mode);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
    int m_port = 0;
    bool m_initialised = false;
    bool m_running = false;
    bool m_defaultDurability = false;
};

} // namespace peerscope::test

// In a test's initTestCase(): skips the test where no PostgreSQL is
// installed (saying what to install), else starts the server or fails.
#define PEERSCOPE_START_PG_OR_SKIP(server)                                                                        \
    do {                                                                                                          \
        if (!peerscope::test::PgTestServer::available())                                                         \
            QSKIP(qPrintable(peerscope::test::PgTestServer::unavailableReason()));                               \
        QVERIFY2((server).start(), qPrintable((server).errorString()));                                          \
    } while (false)
