#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

namespace peerscope::test {

QString fixturesDir()
{
    return QStringLiteral(PEERSCOPE_FIXTURES_DIR);
}

QString fixture(const QString &relativePath)
{
    return fixturesDir() + u'/' + relativePath;
}

QByteArray readFixture(const QString &relativePath)
{
    QFile f(fixture(relativePath));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString python3()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                            : QStandardPaths::findExecutable(QStringLiteral("python3"));
}

ProcessResult runPeerscope(const QStringList &args, const QString &home, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("OPENALEX_API_KEY"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PEERSCOPE_BINARY), args);
    ProcessResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

namespace {

enum class Open { ReadOnly, AsTheAppDoes };

// The rows of one statement; a failure gives one row "ERROR <sql>: <why>".
QStringList rowsOf(const QString &path, const QString &sql, Open mode)
{
    const QString name = QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate());
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (mode == Open::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open()) {
            out << QStringLiteral("ERROR %1: %2").arg(sql, db.lastError().text());
        } else if (!q.exec(sql)) {
            out << QStringLiteral("ERROR %1: %2").arg(sql, q.lastError().text());
        } else {
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                out << cells.join(u'\x1f');
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

QStringList rawRows(const QString &path, const QString &sql)
{
    return rowsOf(path, sql, Open::ReadOnly);
}

QStringList cacheContents(const QString &path)
{
    static const QStringList queries{
        QStringLiteral("SELECT id, display_name, works_count, cited_by_count, raw_json FROM authors ORDER BY id"),
        QStringLiteral("SELECT id, title, cited_by_count, authors_truncated, author_count, raw_json FROM works ORDER BY id"),
        QStringLiteral("SELECT work_id, position, author_id, author_name FROM authorships ORDER BY work_id, position"),
        QStringLiteral("SELECT work_id, position, institution_id FROM authorship_institutions ORDER BY 1, 2, 3"),
        QStringLiteral("SELECT author_id, author_updated_date, works_count, cited_by_count, depth, complete FROM sync_state ORDER BY 1"),
        QStringLiteral("SELECT author_id, work_id FROM departed_works ORDER BY 1, 2"),
        QStringLiteral("SELECT kind, entity_id FROM change_log ORDER BY 1, 2"),
        QStringLiteral("SELECT rowid, name FROM authors_fts ORDER BY rowid"),
        QStringLiteral("SELECT COUNT(*) FROM works_fts"),
    };
    QStringList out;
    for (const QString &sql : queries) {
        const QStringList rows = rawRows(path, sql);
        if (rows.value(0).startsWith(QLatin1String("ERROR")))
            out << QStringLiteral("ERROR");
        out << QStringLiteral("%1 rows=%2 sha=%3").arg(sql.section(u' ', -4)).arg(rows.size())
                   .arg(QString::fromLatin1(QCryptographicHash::hash(rows.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex().left(16)));
    }
    return out;
}

namespace {

// Runs statements in order on a connection of its own to the file at path;
// stops at the first that fails (why says which, and why).
bool execRaw(const QString &path, const QStringList &statements, QString *why)
{
    const QString name = QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate());
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        if (!ok && why)
            *why = db.lastError().text();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                ok = false;
                if (why)
                    *why = sql + QStringLiteral(": ") + q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool makeWorkUnreadable(const QString &path, const QString &workId, QString *why)
{
    static const QRegularExpression plainId(QStringLiteral("^W\\d+$"));
    if (!plainId.match(workId).hasMatch()) {
        if (why)
            *why = QStringLiteral("not a work ID: ") + workId;
        return false;
    }
    // legacy_alter_table: the rename leaves the other tables' references to
    // "works" alone, so they reach the view.
    return execRaw(path,
                   {QStringLiteral("PRAGMA legacy_alter_table = ON"), QStringLiteral("ALTER TABLE works RENAME TO works_stored"),
                    // json(substr(...)) depends on the row, so SQLite cannot
                    // evaluate it once up front: only this work's read fails.
                    QStringLiteral("CREATE VIEW works AS SELECT rowid, id, publication_year, title, cited_by_count, author_count, "
                                   "fwci, citation_percentile, updated_date, authors_truncated, "
                                   "CASE WHEN id = '%1' THEN json(substr(raw_json, 2)) ELSE raw_json END AS raw_json "
                                   "FROM works_stored").arg(workId)},
                   why);
}

bool hideTable(const QString &path, const QString &table, QString *why)
{
    static const QRegularExpression plainName(QStringLiteral("^[a-z_]+$"));
    if (!plainName.match(table).hasMatch()) {
        if (why)
            *why = QStringLiteral("not a table name: ") + table;
        return false;
    }
    return execRaw(path, {QStringLiteral("PRAGMA legacy_alter_table = ON"), QStringLiteral("ALTER TABLE %1 RENAME TO %1_hidden").arg(table)},
                   why);
}

bool cacheIsSound(const QString &path, QString *why)
{
    // A process killed before it wrote anything leaves no file, or an empty
    // one: nothing was committed, so nothing can be half-written.
    if (QFileInfo(path).size() == 0)
        return true;
    // Opened read-write, as the application's next open does: a process
    // killed inside a transaction of the rollback journal (the switch of a
    // new file to WAL is one) leaves a hot journal that a read-only
    // connection may not replay. Replaying it is SQLite's recovery, not damage.
    const QStringList integrity = rowsOf(path, QStringLiteral("PRAGMA integrity_check"), Open::AsTheAppDoes);
    if (integrity != QStringList{QStringLiteral("ok")}) {
        if (why)
            *why = integrity.join(u'\n');
        return false;
    }
    // Killed before the schema's transaction committed: an empty database.
    if (rowsOf(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"), Open::AsTheAppDoes) == QStringList{QStringLiteral("0")})
        return true;
    const QStringList partial = rowsOf(path, QStringLiteral("SELECT COUNT(*) FROM works w WHERE author_count <> "
                                                            "(SELECT COUNT(*) FROM authorships s WHERE s.work_id = w.id)"),
                                       Open::AsTheAppDoes);
    if (partial != QStringList{QStringLiteral("0")}) {
        if (why)
            *why = QStringLiteral("works with missing authorship rows: ") + partial.join(u' ');
        return false;
    }
    return true;
}

QStringList backToVersion7(bool server)
{
    QStringList out{
        QStringLiteral("DROP TABLE identity_versions"),
        QStringLiteral("DROP TABLE shared_events"),
        QStringLiteral("DROP INDEX identity_by_batch"),
        QStringLiteral("ALTER TABLE identity_overrides DROP COLUMN actor"),
        QStringLiteral("ALTER TABLE identity_overrides DROP COLUMN version"),
        QStringLiteral("ALTER TABLE identity_overrides DROP COLUMN superseded_by"),
        QStringLiteral("DROP TABLE follows"),
        QStringLiteral("CREATE TABLE follows (author_id TEXT PRIMARY KEY, followed_at TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE pinned_citation_keys DROP COLUMN pinned_by"),
        QStringLiteral("ALTER TABLE notes DROP COLUMN version"),
        QStringLiteral("ALTER TABLE notes DROP COLUMN updated_by"),
    };
    if (server)
        out << QStringLiteral("DROP FUNCTION peerscope_event_notify()");
    return out;
}

} // namespace peerscope::test
