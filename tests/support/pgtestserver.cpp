#include "pgtestserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QVersionNumber>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace peerscope::test {

namespace {

// Whom the server runs as when we are root (postgres refuses root).
constexpr const char *kUnprivilegedUser = "nobody";
constexpr const char *kUnprivilegedGroup = "nogroup";

int freePort()
{
    // The kernel's choice, released again: the server binds it a moment
    // later (start() tries another when someone took it meanwhile).
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool handOver(const QString &path)
{
    const passwd *user = getpwnam(kUnprivilegedUser);
    const group *grp = getgrnam(kUnprivilegedGroup);
    if (!user || !grp)
        return false;
    return ::chown(QFile::encodeName(path).constData(), user->pw_uid, grp->gr_gid) == 0;
}

} // namespace

PgTestServer::PgTestServer() = default;

PgTestServer::~PgTestServer()
{
    if (m_running)
        stop();
}

QString PgTestServer::binDir()
{
    // Debian installs each major version side by side; the newest wins.
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString &version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (!QFile::exists(bin + QStringLiteral("/initdb")) || !QFile::exists(bin + QStringLiteral("/pg_ctl")))
            continue;
        const QVersionNumber v = QVersionNumber::fromString(version);
        if (best.isEmpty() || v > bestVersion) {
            best = bin;
            bestVersion = v;
        }
    }
    return best;
}

QString PgTestServer::unavailableReason()
{
    return QStringLiteral("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin: "
                          "install postgresql-15 (./test.sh installs it)");
}

QString PgTestServer::uri(const QString &database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user(), host()).arg(m_port).arg(database.isEmpty() ? databaseName() : database);
}

QSqlDatabase PgTestServer::addConnection(const QString &connectionName, const QString &database) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host());
    db.setPort(m_port);
    db.setUserName(user());
    db.setDatabaseName(database.isEmpty() ? databaseName() : database);
    return db;
}

QString PgTestServer::dataDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString PgTestServer::log() const
{
    if (!m_dir)
        return {};
    QFile f(m_dir->filePath(QStringLiteral("server.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool PgTestServer::runServerTool(const QString &tool, const QStringList &args, int timeoutMs)
{
    QString program = binDir() + u'/' + tool;
    QStringList arguments = args;
    if (geteuid() == 0) {
        arguments = QStringList{QStringLiteral("--reuid=%1").arg(QLatin1String(kUnprivilegedUser)),
                                QStringLiteral("--regid=%1").arg(QLatin1String(kUnprivilegedGroup)),
                                QStringLiteral("--clear-groups"), QStringLiteral("--"), program}
                    + args;
        program = QStringLiteral("setpriv");
    }
    QProcess p;
    // A folder the unprivileged user can enter (postgres checks its cwd).
    p.setWorkingDirectory(m_dir->path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForStarted(10000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
        return false;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        m_error = QStringLiteral("%1 %2 did not finish in time").arg(tool, args.join(u' '));
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed (%2): %3").arg(tool).arg(p.exitCode()).arg(QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

bool PgTestServer::initCluster()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/peerscope-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: ") + m_dir->errorString();
        return false;
    }
    if (geteuid() == 0 && !handOver(m_dir->path())) {
        m_error = QStringLiteral("cannot hand %1 over to %2").arg(m_dir->path(), QLatin1String(kUnprivilegedUser));
        return false;
    }
    // C collation as SQLite compares (byte order), UTF-8 text as it stores.
    if (!runServerTool(QStringLiteral("initdb"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("trust"),
                                                  QStringLiteral("-U"), user(), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                                  QStringLiteral("--locale=C"), QStringLiteral("--no-sync")}))
        return false;
    // Speed over durability unless asked (a test's data dies with it); the socket stays
    // inside the folder so no two clusters or the system's own meet there.
    QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append | QIODevice::Text)) {
        m_error = QStringLiteral("cannot write postgresql.conf: ") + conf.errorString();
        return false;
    }
    QString settings = QStringLiteral(
                           "\n# PgTestServer\n"
                           "listen_addresses = '127.0.0.1'\n"
                           "unix_socket_directories = '%1'\n"
                           "max_connections = 40\n")
                           .arg(m_dir->path());
    if (!m_defaultDurability)
        settings += QStringLiteral("fsync = off\n"
                                   "synchronous_commit = off\n"
                                   "full_page_writes = off\n"
                                   "shared_buffers = 32MB\n");
    conf.write(settings.toUtf8());
    conf.close();
    m_initialised = true;
    return true;
}

bool PgTestServer::createDatabase()
{
    // createdb is a client: it needs no unprivileged user, only the port.
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(binDir() + QStringLiteral("/createdb"),
            {QStringLiteral("-h"), host(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), user(),
             databaseName()});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("createdb failed: ") + QString::fromLocal8Bit(p.readAll());
        return false;
    }
    return true;
}

bool PgTestServer::start()
{
    if (m_running)
        return true;
    if (!available()) {
        m_error = unavailableReason();
        return false;
    }
    const bool fresh = !m_initialised;
    if (fresh && !initCluster())
        return false;
    // A port taken between freePort() and the server binding it: try another.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (fresh || m_port == 0)
            m_port = freePort();
        if (runServerTool(QStringLiteral("pg_ctl"),
                          {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                           QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
                           QStringLiteral("-o"), QStringLiteral("-p %1").arg(m_port)})) {
            m_running = true;
            break;
        }
        if (!fresh || !log().contains(QLatin1String("could not bind")))
            break;
    }
    if (!m_running) {
        m_error += QStringLiteral("\nserver log:\n") + log().right(4000);
        return false;
    }
    return !fresh || createDatabase();
}

bool PgTestServer::stopWith(const QString &mode)
{
    if (!m_running)
        return true;
    const bool ok = runServerTool(QStringLiteral("pg_ctl"), {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-D"),
                                                             dataDir(), QStringLiteral("-m"), mode});
    if (ok)
        m_running = false;
    return ok;
}

bool PgTestServer::stop()
{
    return stopWith(QStringLiteral("fast"));
}

bool PgTestServer::stopImmediate()
{
    return stopWith(QStringLiteral("immediate"));
}

} // namespace peerscope::test
