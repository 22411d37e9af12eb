// Syncs into a team cache on a PostgreSQL server under stress (issue 19):
// three clients syncing the same and overlapping authors at once, and a
// server stopped as a crash would stop it (pg_ctl stop -m immediate) in the
// middle of a sync, then started again. Each ends in a database equal, row
// for row, to the one uninterrupted syncs one after another leave, with no
// crash and no error shown for the collisions.

#include "fakeopenalexserver.h"
#include "pgtestserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;
using test::FakeOpenAlexServer;
using test::PgTestServer;

namespace {

// Tables whose rows are events, one's own state or search statistics, not
// the shared data a sync writes.
const QStringList kNotCompared{QStringLiteral("change_log"),        QStringLiteral("identity_overrides"),
                               QStringLiteral("notes"),             QStringLiteral("persons"),
                               QStringLiteral("pinned_citation_keys"), QStringLiteral("follows"),
                               QStringLiteral("schema_version"),    QStringLiteral("search_dirty_terms"),
                               QStringLiteral("search_state"),      QStringLiteral("works_fts_terms"),
                               QStringLiteral("works_title_top"),   QStringLiteral("shared_events"),
                               QStringLiteral("identity_versions")};

} // namespace

class TestServerSync : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_pg;
    FakeOpenAlexServer m_server;
    QTemporaryDir m_home;
    QString m_large;
    QString m_coauthor; // shares many works with m_large

    // Runs statements on the cluster's own database, on a connection of its own.
    bool admin(const QStringList &statements, QString *why) const
    {
        const QString name = QStringLiteral("admin-%1").arg(QRandomGenerator::global()->generate());
        bool ok = true;
        {
            QSqlDatabase db = m_pg.addConnection(name);
            ok = db.open();
            if (!ok)
                *why = db.lastError().text();
            for (const QString &sql : statements) {
                if (!ok)
                    break;
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    *why = sql + QStringLiteral(": ") + q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // Every shared table of a database: one line per table with its row
    // count and a digest of its rows (without clocks and serial numbers).
    QStringList contents(const QString &database) const
    {
        const QString name = QStringLiteral("contents-%1").arg(QRandomGenerator::global()->generate());
        QStringList out;
        {
            QSqlDatabase db = m_pg.addConnection(name, database);
            if (!db.open())
                return {QStringLiteral("cannot open ") + database};
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                                       "AND table_type = 'BASE TABLE' ORDER BY 1"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &table : std::as_const(names)) {
                if (kNotCompared.contains(table))
                    continue;
                QSqlQuery columns(db);
                columns.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                                               "AND table_name = ? ORDER BY ordinal_position"));
                columns.addBindValue(table);
                columns.exec();
                QStringList parts;
                while (columns.next()) {
                    const QString c = columns.value(0).toString();
                    if (c == QLatin1String("rowid") || c == QLatin1String("document") || c.endsWith(QLatin1String("_at"))
                        || c == QLatin1String("missing_since"))
                        continue;
                    parts << QStringLiteral("COALESCE(CAST(%1 AS text), '<null>')").arg(c);
                }
                QSqlQuery digest(db);
                const QString sql = QStringLiteral("SELECT COUNT(*), md5(COALESCE(string_agg(r, E'\\n' ORDER BY r COLLATE \"C\"), '')) "
                                                   "FROM (SELECT concat_ws('|', %1) AS r FROM %2) x")
                                        .arg(parts.join(QStringLiteral(", ")), table);
                if (!digest.exec(sql) || !digest.next()) {
                    out << table + QStringLiteral(" ERROR ") + digest.lastError().text();
                    continue;
                }
                out << QStringLiteral("%1 rows=%2 md5=%3").arg(table, digest.value(0).toString(), digest.value(1).toString());
            }
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    QProcess *startSync(const QString &database, const QString &author, QObject *parent) const
    {
        auto *p = new QProcess(parent);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *var : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "OPENALEX_API_KEY"})
            env.remove(QString::fromLatin1(var));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
        // Says when a write collided with another client's and ran again.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("peerscope.sync.writer.info=true"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(PEERSCOPE_BINARY),
                 {QStringLiteral("--db"), m_pg.uri(database), QStringLiteral("--api-base"), m_server.baseUrl().toString(),
                  QStringLiteral("--api-key"), QStringLiteral("server-sync-key"), QStringLiteral("sync"), author});
        return p;
    }

    // A sync to its end: exit 0, or the reason why not.
    QString syncToEnd(const QString &database, const QString &author) const
    {
        QObject owner;
        QProcess *p = startSync(database, author, &owner);
        if (!p->waitForFinished(300000))
            return QStringLiteral("did not finish");
        if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
            return QString::fromUtf8(p->readAllStandardError());
        return {};
    }

    void compare(const QStringList &got, const QStringList &expected)
    {
        QVERIFY(expected.size() > 15);
        for (const QString &line : expected)
            QVERIFY2(!line.contains(QLatin1String("ERROR")), qPrintable(line));
        for (qsizetype i = 0; i < std::max(got.size(), expected.size()); ++i)
            if (got.value(i) != expected.value(i))
                qWarning().noquote() << "got:" << got.value(i) << "\nexpected:" << expected.value(i);
        QCOMPARE(got, expected);
    }

private slots:
    void initTestCase()
    {
        PEERSCOPE_START_PG_OR_SKIP(m_pg);
        QVERIFY(m_home.isValid());
        QVERIFY(m_server.start());
        m_large = m_server.addLargeAuthor(500, 200, 4);
        // The co-author who shares the most works with the large author.
        qsizetype most = 0;
        for (const QString &c : m_server.coauthorsOf(m_large)) {
            const qsizetype n = m_server.worksOf(c).size();
            if (n > most) {
                most = n;
                m_coauthor = c;
            }
        }
        QVERIFY2(most >= 5, "a co-author with works of its own to overlap");
        QString why;
        QVERIFY2(admin({QStringLiteral("CREATE DATABASE reference_both"), QStringLiteral("CREATE DATABASE reference_large"),
                        QStringLiteral("CREATE DATABASE concurrent"), QStringLiteral("CREATE DATABASE restarted")},
                       &why),
                 qPrintable(why));
        // The references: uninterrupted syncs, one after another.
        QCOMPARE(syncToEnd(QStringLiteral("reference_both"), m_large), QString());
        QCOMPARE(syncToEnd(QStringLiteral("reference_both"), m_coauthor), QString());
        QCOMPARE(syncToEnd(QStringLiteral("reference_large"), m_large), QString());
    }

    void threeClientsAtOnce_endAsOneAfterAnother()
    {
        // The same author twice and an overlapping one, all at once, each
        // client its own process and connection; every answer is slowed a
        // little so that their writes interleave.
        m_server.setResponseDelay(15);
        QObject owner;
        QList<QProcess *> clients{startSync(QStringLiteral("concurrent"), m_large, &owner),
                                  startSync(QStringLiteral("concurrent"), m_coauthor, &owner),
                                  startSync(QStringLiteral("concurrent"), m_large, &owner)};
        for (QProcess *p : std::as_const(clients)) {
            QVERIFY(p->waitForFinished(300000));
            const QByteArray err = p->readAllStandardError();
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, err.constData());
            QVERIFY2(!err.contains("peerscope: "), err.constData()); // no error shown
            qInfo("client %lld: %lld writes collided and ran again", clients.indexOf(p) + 1, err.count("collided with another client"));
        }
        m_server.setResponseDelay(0);
        compare(contents(QStringLiteral("concurrent")), contents(QStringLiteral("reference_both")));
    }

    void serverStoppedMidSync_nextSyncCompletesIt()
    {
        QElapsedTimer clock;
        // How long an uninterrupted sync takes, to stop the server inside one.
        QString why;
        QVERIFY2(admin({QStringLiteral("CREATE DATABASE timing")}, &why), qPrintable(why));
        clock.start();
        QCOMPARE(syncToEnd(QStringLiteral("timing"), m_large), QString());
        const qint64 whole = clock.elapsed();

        bool stoppedInside = false;
        for (int attempt = 0; attempt < 5 && !stoppedInside; ++attempt) {
            QObject owner;
            QProcess *p = startSync(QStringLiteral("restarted"), m_large, &owner);
            QVERIFY(p->waitForStarted());
            const bool finishedFirst = p->waitForFinished(int(std::max<qint64>(150, whole * (2 + attempt) / 10)));
            if (finishedFirst) {
                // Done before the stop: start over on a fresh database.
                QVERIFY2(admin({QStringLiteral("DROP DATABASE restarted"), QStringLiteral("CREATE DATABASE restarted")}, &why), qPrintable(why));
                continue;
            }
            QVERIFY2(m_pg.stopImmediate(), qPrintable(m_pg.errorString()));
            QVERIFY(p->waitForFinished(120000));
            const QByteArray err = p->readAllStandardError();
            // Refused with a message, not a crash.
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QVERIFY2(p->exitCode() != 0, err.constData());
            QVERIFY2(err.contains("peerscope: "), "the client says what went wrong");
            const QByteArray said = err.mid(err.lastIndexOf("peerscope: "));
            qInfo("stopped after %lld ms; the client said: %s", whole * (2 + attempt) / 10, said.constData());
            QVERIFY2(said.contains("run the same command again") || said.contains("Run the same command again"), said.constData());
            QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString() + m_pg.log()));
            stoppedInside = true;
        }
        QVERIFY2(stoppedInside, "the server was stopped inside a sync");
        QCOMPARE(syncToEnd(QStringLiteral("restarted"), m_large), QString());
        compare(contents(QStringLiteral("restarted")), contents(QStringLiteral("reference_large")));
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_serversync.moc"
