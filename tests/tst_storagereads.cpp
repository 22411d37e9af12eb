// A failed read of the cache is an error the caller can show, never an empty
// result (issue 16): the publications table, the profile, the co-author
// network, the follows and the change feed, over a real cache whose table a
// raw connection took away: a SQLite file (the table renamed) and a team
// server's database (the table dropped), the same checks on both (issue 19).

#include "pgtestserver.h"
#include "testsupport.h"

#include "cache/cache.h"
#include "cache/importer.h"
#include "cache/workqueries.h"
#include "follows/changefeed.h"
#include "follows/followstore.h"
#include "graph/coauthorgraph.h"
#include "itemmodels/publicationtablemodel.h"
#include "profile/profile.h"
#include "sync/syncstore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;

class TestStorageReads : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::PgTestServer m_pg;
    QString m_noServer; // why there is no server to test on
    int m_next = 0;

    static void backends(const QString &noServer)
    {
        QTest::addColumn<bool>("server");
        QTest::newRow("sqlite") << false;
        if (noServer.isEmpty())
            QTest::newRow("postgresql") << true;
    }

    // A new, empty cache: a file, or a database of its own on the server.
    QString newLocation(bool server)
    {
        const int n = m_next++;
        if (!server)
            return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(n));
        const QString database = QStringLiteral("reads_%1").arg(n);
        if (!onServer({QStringLiteral("CREATE DATABASE %1").arg(database)}, {}))
            return {};
        return m_pg.uri(database);
    }

    bool onServer(const QStringList &statements, const QString &database, QString *why = nullptr)
    {
        const QString name = QStringLiteral("raw-%1").arg(m_next++);
        bool ok = true;
        {
            QSqlDatabase db = m_pg.addConnection(name, database);
            ok = db.open();
            QSqlQuery q(db);
            for (const QString &sql : statements)
                if (ok && !q.exec(sql)) {
                    ok = false;
                    if (why)
                        *why = q.lastError().text();
                    qWarning() << sql << q.lastError().text();
                }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // Takes the table away behind the cache's back: renamed in a file;
    // dropped on a server (a renamed table still serves the views built on
    // it there, which follow the table, not its name).
    bool hide(const QString &location, const QString &table, QString *why = nullptr)
    {
        if (!location.startsWith(QLatin1String("postgresql://")))
            return test::hideTable(location, table, why);
        return onServer({QStringLiteral("DROP TABLE %1 CASCADE").arg(table)}, location.section(u'/', -1), why);
    }

    // A demo cache with table hidden; followed: the demo author followed
    // and one change logged first.
    QString cacheWithout(bool server, const QString &table)
    {
        const QString path = newLocation(server);
        if (path.isEmpty())
            return {};
        {
            Cache cache;
            if (cache.open(path) != Cache::OpenStatus::Ok || !Importer(cache).importDemo().ok())
                return {};
            FollowStore(cache).follow(Importer::demoAuthorId());
            syncstore::addChange(cache, Importer::demoAuthorId(), QStringLiteral("new_work"), QStringLiteral("W1"), {},
                                 QStringLiteral("A paper"));
        }
        if (!table.isEmpty()) {
            QString why;
            if (!hide(path, table, &why)) {
                qWarning() << why;
                return {};
            }
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!test::PgTestServer::available())
            m_noServer = test::PgTestServer::unavailableReason();
        else
            QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
    }

    void readsWork_onTheSoundCache_data() { backends(m_noServer); }
    void readsWork_onTheSoundCache()
    {
        QFETCH(bool, server);
        // The same calls on the file before any damage: values, not errors
        // (so the failures below come from the hidden table alone).
        const QString path = cacheWithout(server, {});
        QVERIFY(!path.isEmpty());
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        const Read<QList<PublicationRow>> rows = PublicationTableModel::loadRows(cache, Importer::demoAuthorId());
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->size(), 9);
        const Profile p = loadProfile(cache, Importer::demoAuthorId(), 2026);
        QVERIFY(p.isValid());
        QVERIFY(p.error.isEmpty());
        GraphOptions o;
        o.centerId = Importer::demoAuthorId();
        const CoauthorGraph g = CoauthorGraph::build(cache, o);
        QVERIFY(g.error().isEmpty());
        QVERIFY(g.nodeCount() > 1);
        QCOMPARE(FollowStore(cache).followedIds().value(), QStringList{Importer::demoAuthorId()});
        ChangeFeedModel feed(cache);
        QCOMPARE(feed.rowCount(), 1);
        QVERIFY(feed.lastError().isEmpty());
    }

    void publicationRows_profile_graph_failWithTheReason_data() { backends(m_noServer); }
    void publicationRows_profile_graph_failWithTheReason()
    {
        QFETCH(bool, server);
        const QString path = cacheWithout(server, QStringLiteral("authorships"));
        QVERIFY(!path.isEmpty());
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);

        for (const int limit : {-1, 50}) {
            const Read<QList<PublicationRow>> rows = PublicationTableModel::loadRows(cache, Importer::demoAuthorId(), limit);
            QVERIFY(!rows.ok());
            QVERIFY2(rows.error().contains(QLatin1String("authorships")), qPrintable(rows.error()));
        }
        QVERIFY(!WorkQueries(cache).ofPerson(Importer::demoAuthorId()).ok());

        const Profile p = loadProfile(cache, Importer::demoAuthorId(), 2026);
        QVERIFY(!p.isValid());
        QVERIFY2(p.error.contains(QLatin1String("authorships")), qPrintable(p.error));
        QVERIFY(p.error.contains(Importer::demoAuthorId()));

        for (const bool honour : {true, false}) {
            GraphOptions o;
            o.centerId = Importer::demoAuthorId();
            o.honourOverrides = honour;
            const CoauthorGraph g = CoauthorGraph::build(cache, o);
            QVERIFY(g.isEmpty());
            QVERIFY2(g.error().contains(QLatin1String("authorships")), qPrintable(g.error()));
        }
    }

    void follows_failWithTheReason_data() { backends(m_noServer); }
    void follows_failWithTheReason()
    {
        QFETCH(bool, server);
        const QString path = cacheWithout(server, QStringLiteral("follows"));
        QVERIFY(!path.isEmpty());
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        FollowStore store(cache);
        const Read<QList<FollowedAuthor>> all = store.followed();
        QVERIFY(!all.ok());
        QVERIFY2(all.error().contains(QLatin1String("follows")), qPrintable(all.error()));
        QVERIFY(!store.followedIds().ok());
        QVERIFY(!store.isFollowed(Importer::demoAuthorId()));
        QVERIFY(store.lastError().contains(QLatin1String("follows")));
        QVERIFY(!store.follow(Importer::demoAuthorId()));
        QVERIFY2(store.lastError().contains(server ? QLatin1String("does not exist") : QLatin1String("no such table")),
                 qPrintable(store.lastError()));
    }

    void changeFeed_keepsItsRows_andSaysWhy_data() { backends(m_noServer); }
    void changeFeed_keepsItsRows_andSaysWhy()
    {
        QFETCH(bool, server);
        const QString path = cacheWithout(server, {});
        QVERIFY(!path.isEmpty());
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        ChangeFeedModel feed(cache);
        QCOMPARE(feed.rowCount(), 1);
        QCOMPARE(feed.unreadCount(), 1);
        // The table goes while the feed shows it (another process, damage).
        cache.close();
        QVERIFY(hide(path, QStringLiteral("change_log")));
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        QSignalSpy failed(&feed, &ChangeFeedModel::readFailed);
        feed.reload();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(feed.lastError().contains(QLatin1String("change_log")), qPrintable(feed.lastError()));
        // What was shown stays: an empty feed would say nothing changed.
        QCOMPARE(feed.rowCount(), 1);
        QCOMPARE(feed.unreadCount(), 1);
        QVERIFY(!feed.markRead(feed.index(0)));
        QCOMPARE(failed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStorageReads)
#include "tst_storagereads.moc"
