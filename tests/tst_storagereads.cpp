// A failed read of the cache is an error the caller can show, never an empty
// result (issue 16): the publications table, the profile, the co-author
// network, the follows and the change feed, over a real cache file whose
// table a raw connection hid.

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
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;

class TestStorageReads : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    // A demo cache file with table hidden; followed: the demo author
    // followed and one change logged first.
    QString cacheWithout(const QString &table)
    {
        const QString path = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(m_next++));
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
            if (!test::hideTable(path, table, &why)) {
                qWarning() << why;
                return {};
            }
        }
        return path;
    }

private slots:
    void readsWork_onTheSoundCache()
    {
        // The same calls on the file before any damage: values, not errors
        // (so the failures below come from the hidden table alone).
        const QString path = cacheWithout({});
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

    void publicationRows_profile_graph_failWithTheReason()
    {
        const QString path = cacheWithout(QStringLiteral("authorships"));
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

    void follows_failWithTheReason()
    {
        const QString path = cacheWithout(QStringLiteral("follows"));
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
        QVERIFY2(store.lastError().contains(QLatin1String("no such table")), qPrintable(store.lastError()));
    }

    void changeFeed_keepsItsRows_andSaysWhy()
    {
        const QString path = cacheWithout({});
        QVERIFY(!path.isEmpty());
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        ChangeFeedModel feed(cache);
        QCOMPARE(feed.rowCount(), 1);
        QCOMPARE(feed.unreadCount(), 1);
        // The table goes while the feed shows it (another process, damage).
        cache.close();
        QVERIFY(test::hideTable(path, QStringLiteral("change_log")));
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
