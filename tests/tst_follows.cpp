#include "fakeopenalexserver.h"
#include "testsupport.h"

#include "cache/cache.h"
#include "cache/eventqueries.h"
#include "cache/importer.h"
#include "follows/changefeed.h"
#include "follows/followstore.h"
#include "followsdock.h"
#include "mainwindow.h"
#include "sync/syncstore.h"
#include "sync/synccontroller.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "fastsyncconfig.h"

using namespace peerscope;
using peerscope::test::FakeOpenAlexServer;

class TestFollows : public QObject
{
    Q_OBJECT

    static QStringList texts(const QAbstractItemModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, 0).data().toString();
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followStore_followsListsAndUnfollows()
    {
        QTemporaryDir dir;
        Cache cache;
        QCOMPARE(cache.open(dir.filePath(QStringLiteral("c.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        FollowStore store(cache);
        QSignalSpy changed(&store, &FollowStore::followsChanged);
        QVERIFY(!store.isFollowed(Importer::demoAuthorId()));
        QVERIFY(store.follow(Importer::demoAuthorId()));
        QVERIFY(store.follow(Importer::demoAuthorId())); // twice: still one follow
        QVERIFY(store.follow(QStringLiteral("A5009341822")));
        QCOMPARE(changed.size(), 2);
        QVERIFY(store.isFollowed(Importer::demoAuthorId()));
        const QList<FollowedAuthor> all = store.followed().value();
        QCOMPARE(all.size(), 2);
        const auto me = std::find_if(all.cbegin(), all.cend(), [](const FollowedAuthor &f) { return f.id == Importer::demoAuthorId(); });
        QVERIFY(me != all.cend());
        QCOMPARE(me->name, QStringLiteral("Joseph Mearman"));
        QCOMPARE(me->institution, QStringLiteral("Bangor University"));
        QVERIFY(!me->fetchedAt.isEmpty());
        QVERIFY(store.unfollow(Importer::demoAuthorId()));
        QCOMPARE(store.followedIds().value(), QStringList{QStringLiteral("A5009341822")});
        QCOMPARE(changed.size(), 3);
        // The role's other windows hear of each change, and only of changes.
        const QList<SharedEvent> events = EventQueries(cache).since(0, 10).value();
        QCOMPARE(events.size(), 3);
        QStringList told;
        for (const SharedEvent &e : events)
            told << e.kind + u' ' + e.entityId + u' ' + e.details;
        QCOMPARE(told, (QStringList{QStringLiteral("follow A5017898742 follow"), QStringLiteral("follow A5009341822 follow"),
                                    QStringLiteral("follow A5017898742 unfollow")}));
    }

    void changeFeed_describesFiltersAndMarksRead()
    {
        QTemporaryDir dir;
        Cache cache;
        QCOMPARE(cache.open(dir.filePath(QStringLiteral("c.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        const QString me = Importer::demoAuthorId();
        QVERIFY(syncstore::addChange(cache, me, QStringLiteral("new_work"), QStringLiteral("W1"), {}, QStringLiteral("A new paper")));
        QVERIFY(syncstore::addChange(cache, me, QStringLiteral("citations"), QStringLiteral("W2"), QStringLiteral("10"),
                                     QStringLiteral("25"), QStringLiteral("Old paper")));
        QVERIFY(syncstore::addChange(cache, me, QStringLiteral("affiliation"), me, QStringLiteral("Bangor University"),
                                     QStringLiteral("Oxford University")));
        QVERIFY(syncstore::addChange(cache, QStringLiteral("A5009341822"), QStringLiteral("new_coauthor"),
                                     QStringLiteral("A1"), {}, QStringLiteral("Ada Lovelace")));

        ChangeFeedModel feed(cache);
        QAbstractItemModelTester tester(&feed, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy unread(&feed, &ChangeFeedModel::unreadCountChanged);
        QCOMPARE(feed.rowCount(), 4);
        QCOMPARE(feed.unreadCount(), 4);
        const QString all = texts(feed).join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Joseph Mearman has a new work: “A new paper”")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("“Old paper” by Joseph Mearman went from 10 to 25 citations")));
        QVERIFY(all.contains(QStringLiteral("moved from Bangor University to Oxford University")));
        QVERIFY(all.contains(QStringLiteral("has a new co-author: Ada Lovelace")));
        QVERIFY(feed.index(0).data(ChangeFeedModel::UnreadRole).toBool());
        QVERIFY(feed.index(0).data().toString().startsWith(QStringLiteral("Unread: ")));

        feed.setAuthorFilter(me);
        QCOMPARE(feed.rowCount(), 3);
        QCOMPARE(feed.unreadCount(), 3);
        QVERIFY(feed.markRead(feed.index(0)));
        QVERIFY(!feed.index(0).data(ChangeFeedModel::UnreadRole).toBool());
        QCOMPARE(feed.unreadCount(), 2);
        feed.setUnreadOnly(true);
        QCOMPARE(feed.rowCount(), 2);
        QVERIFY(feed.markRead(feed.index(0))); // disappears from the unread view
        QCOMPARE(feed.rowCount(), 1);
        QVERIFY(feed.markAllRead());
        QCOMPARE(feed.rowCount(), 0);
        QCOMPARE(feed.unreadCount(), 0);
        feed.setUnreadOnly(false);
        feed.setAuthorFilter({});
        QCOMPARE(feed.rowCount(), 4);
        QCOMPARE(feed.unreadCount(), 1); // the other author's change is still unread
        QVERIFY(unread.size() >= 4);
        // Read state lives in the cache, not the model.
        ChangeFeedModel again(cache);
        QCOMPARE(again.unreadCount(), 1);
    }

    void followAnAuthor_thenResyncAgainstChangedData_showsTheChangesInTheFeed()
    {
        FakeOpenAlexServer server;
        QVERIFY(server.start());
        server.loadFixtures();
        const QString author = FakeOpenAlexServer::fixtureAuthorId();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        SyncController controller(path);
        controller.setConfig(test::fastSyncConfig(server));
        MainWindow w(cache);
        w.setSyncController(&controller);
        w.show();

        // Open the (uncached) author: the window syncs it, then shows it.
        QSignalSpy loaded(&w, &MainWindow::authorLoaded);
        QSignalSpy finished(&controller, &SyncController::finished);
        w.openOrSync(author, QStringLiteral("Joseph Mearman"));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        QVERIFY(finished.first().first().value<SyncResult>().ok());
        QTRY_COMPARE_WITH_TIMEOUT(w.currentAuthorId(), author, 10000);
        QTRY_VERIFY(!w.isLoading());
        // The finished sync is told to the other clients.
        const QList<SharedEvent> events = EventQueries(cache).since(0, 10).value();
        QVERIFY(std::any_of(events.cbegin(), events.cend(),
                            [&](const SharedEvent &e) { return e.kind == QLatin1String("sync") && e.entityId == author; }));

        // Follow through the window's action.
        auto *follow = w.findChild<QAction *>(QStringLiteral("followAction"));
        QVERIFY(follow->isEnabled());
        QVERIFY(!follow->isChecked());
        follow->trigger();
        QVERIFY(follow->isChecked());
        QVERIFY(w.follows()->isFollowed(author));
        auto *followed = w.findChild<QListWidget *>(QStringLiteral("followedList"));
        QCOMPARE(followed->count(), 1);
        QVERIFY(followed->item(0)->text().startsWith(QStringLiteral("Joseph Mearman")));
        QCOMPARE(w.changeFeed()->rowCount(), 0);

        // OpenAlex changes: more citations for a work, and a new work with a new co-author.
        const QString cited = server.worksOf(author).constFirst();
        server.bumpCitations(cited, 12);
        server.addWork(author, {QStringLiteral("A5009341822")});

        // "Refresh followed" syncs every followed author.
        auto *refresh = w.findChild<QPushButton *>(QStringLiteral("refreshFollowedButton"));
        QVERIFY(refresh->isEnabled());
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 60000);
        const SyncResult second = finished.at(1).first().value<SyncResult>();
        QVERIFY2(second.ok(), qPrintable(second.error));
        QVERIFY(second.changes >= 2);

        const QString feed = texts(*w.changeFeed()).join(u'\n');
        QVERIFY2(feed.contains(QStringLiteral("Joseph Mearman has a new work")), qPrintable(feed));
        QVERIFY2(feed.contains(QStringLiteral("citations")), qPrintable(feed));
        QVERIFY(w.changeFeed()->unreadCount() >= 2);
        QTRY_VERIFY(followed->item(0)->text().contains(QStringLiteral("new")));
        QVERIFY(followed->item(0)->font().bold());

        // Reading an entry in the sidebar marks it read.
        auto *view = w.findChild<QListView *>(QStringLiteral("changeFeedView"));
        const int before = w.changeFeed()->unreadCount();
        emit view->activated(view->model()->index(0, 0));
        QCOMPARE(w.changeFeed()->unreadCount(), before - 1);
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("markAllReadButton")), Qt::LeftButton);
        QCOMPARE(w.changeFeed()->unreadCount(), 0);
        QVERIFY(!followed->item(0)->text().contains(QStringLiteral("new")));

        follow->trigger();
        QVERIFY(!w.follows()->isFollowed(author));
        QVERIFY(!follow->isChecked());
    }
};

QTEST_MAIN(TestFollows)
#include "tst_follows.moc"
