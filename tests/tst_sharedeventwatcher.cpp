// SharedEventWatcher: what another client records reaches the watcher in
// time, on a team server (LISTEN/NOTIFY, a restart caught up) and on a file
// (polling).
#include "cache/cache.h"
#include "cache/eventqueries.h"
#include "cache/sharedeventwatcher.h"
#include "cacheinspector.h"
#include "pgtestserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace peerscope;
using peerscope::test::PgTestServer;

namespace {

// Another client's event: written by SQL of its own, as another process
// would (EventQueries::record would mark it as this process's).
bool insertAsOtherClient(const Cache &cache, const QString &kind, const QString &entity, const QString &actor = {})
{
    QSqlQuery q(CacheInspector::database(cache));
    q.prepare(QStringLiteral("INSERT INTO shared_events (at, actor, kind, entity_id, details) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(Cache::nowUtc());
    q.addBindValue(actor.isNull() ? QStringLiteral("") : actor); // NOT NULL; a null QString binds NULL
    q.addBindValue(kind);
    q.addBindValue(entity);
    q.addBindValue(QStringLiteral("merge"));
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return false;
    }
    return true;
}

QList<SharedEvent> eventsOf(const QSignalSpy &spy)
{
    QList<SharedEvent> all;
    for (const QList<QVariant> &args : spy)
        all << args.at(0).value<QList<SharedEvent>>();
    return all;
}

bool waitForMode(SharedEventWatcher &watcher, SharedEventWatcher::Mode mode, int timeoutMs)
{
    return QTest::qWaitFor([&] { return watcher.mode() == mode; }, timeoutMs);
}

} // namespace

class TestSharedEventWatcher : public QObject
{
    Q_OBJECT

    PgTestServer m_pg;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        PEERSCOPE_START_PG_OR_SKIP(m_pg);
        Cache primary; // creates the schema
        QCOMPARE(primary.open(m_pg.uri()), Cache::OpenStatus::Ok);
    }

    void server_anotherClientsEvent_arrivesWithin2s()
    {
        SharedEventWatcher watcher;
        watcher.start(m_pg.uri());
        QVERIFY(waitForMode(watcher, SharedEventWatcher::Mode::Listening, 10000));
        QSignalSpy arrived(&watcher, &SharedEventWatcher::eventsArrived);

        Cache other;
        QCOMPARE(other.open(m_pg.uri(), Cache::OpenMode::Secondary), Cache::OpenStatus::Ok);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(insertAsOtherClient(other, QStringLiteral("identity"), QStringLiteral("A1"), QStringLiteral("alice")));
        QVERIFY(arrived.wait(2000));
        // NOTIFY brought it, not the heartbeat read.
        QVERIFY2(clock.elapsed() < SharedEventWatcher::kHeartbeatMs, qPrintable(QString::number(clock.elapsed())));
        const QList<SharedEvent> events = eventsOf(arrived);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, QStringLiteral("identity"));
        QCOMPARE(events.first().entityId, QStringLiteral("A1"));
        QCOMPARE(events.first().actor, QStringLiteral("alice"));
    }

    void server_burst_arrivesOnceEach_inOrder()
    {
        SharedEventWatcher watcher;
        watcher.start(m_pg.uri());
        QVERIFY(waitForMode(watcher, SharedEventWatcher::Mode::Listening, 10000));
        QSignalSpy arrived(&watcher, &SharedEventWatcher::eventsArrived);
        Cache other;
        QCOMPARE(other.open(m_pg.uri(), Cache::OpenMode::Secondary), Cache::OpenStatus::Ok);
        for (int i = 0; i < 20; ++i)
            QVERIFY(insertAsOtherClient(other, QStringLiteral("sync"), QStringLiteral("A%1").arg(i)));
        QVERIFY(QTest::qWaitFor([&] { return eventsOf(arrived).size() >= 20; }, 3000));
        QTest::qWait(200);
        const QList<SharedEvent> events = eventsOf(arrived);
        QCOMPARE(events.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(events.at(i).entityId, QStringLiteral("A%1").arg(i));
        // Twenty NOTIFYs, far fewer reads.
        QVERIFY2(arrived.size() < 20, qPrintable(QString::number(arrived.size())));
    }

    void server_thisProcessesEvents_areSkipped()
    {
        SharedEventWatcher watcher;
        watcher.start(m_pg.uri());
        QVERIFY(waitForMode(watcher, SharedEventWatcher::Mode::Listening, 10000));
        QSignalSpy arrived(&watcher, &SharedEventWatcher::eventsArrived);
        Cache own;
        QCOMPARE(own.open(m_pg.uri(), Cache::OpenMode::Secondary), Cache::OpenStatus::Ok);
        QVERIFY(EventQueries(own).record(QStringLiteral("follow"), QStringLiteral("A7"), QStringLiteral("follow")).ok());
        QVERIFY(insertAsOtherClient(own, QStringLiteral("follow"), QStringLiteral("A8")));
        QVERIFY(arrived.wait(2000));
        QTest::qWait(300);
        const QList<SharedEvent> events = eventsOf(arrived);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().entityId, QStringLiteral("A8"));
    }

    void server_restarted_catchesUpAfterReconnecting()
    {
        SharedEventWatcher watcher;
        watcher.start(m_pg.uri());
        QVERIFY(waitForMode(watcher, SharedEventWatcher::Mode::Listening, 10000));
        QSignalSpy arrived(&watcher, &SharedEventWatcher::eventsArrived);

        QVERIFY2(m_pg.stopImmediate(), qPrintable(m_pg.errorString()));
        // The heartbeat read finds the connection gone.
        QVERIFY(waitForMode(watcher, SharedEventWatcher::Mode::Reconnecting, 2 * SharedEventWatcher::kHeartbeatMs + 2000));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString() + m_pg.log()));
        {
            // Written after the server came back, before the watcher is
            // connected again: no NOTIFY reaches it, the catch-up must.
            Cache other;
            QCOMPARE(other.open(m_pg.uri(), Cache::OpenMode::Secondary), Cache::OpenStatus::Ok);
            const bool beforeReconnect = watcher.mode() == SharedEventWatcher::Mode::Reconnecting;
            QVERIFY(insertAsOtherClient(other, QStringLiteral("identity"), QStringLiteral("A42"), QStringLiteral("bob")));
            if (!beforeReconnect)
                qWarning("the watcher reconnected before the event was written: this run tested NOTIFY, not the catch-up");
        }
        QVERIFY(QTest::qWaitFor([&] { return !eventsOf(arrived).isEmpty(); }, 3 * SharedEventWatcher::kMaxBackoffMs + 2000));
        QCOMPARE(eventsOf(arrived).first().entityId, QStringLiteral("A42"));
        QVERIFY(waitForMode(watcher, SharedEventWatcher::Mode::Listening, 1000));

        // And it listens again.
        arrived.clear();
        Cache other;
        QCOMPARE(other.open(m_pg.uri(), Cache::OpenMode::Secondary), Cache::OpenStatus::Ok);
        QVERIFY(insertAsOtherClient(other, QStringLiteral("sync"), QStringLiteral("A43")));
        QVERIFY(arrived.wait(2000));
        QCOMPARE(eventsOf(arrived).first().entityId, QStringLiteral("A43"));
    }

    void file_anotherConnectionsEvent_arrivesByPolling()
    {
        const QString path = m_dir.filePath(QStringLiteral("events.sqlite"));
        Cache primary;
        QCOMPARE(primary.open(path), Cache::OpenStatus::Ok);
        QVERIFY(insertAsOtherClient(primary, QStringLiteral("sync"), QStringLiteral("A0"))); // before: not news

        SharedEventWatcher watcher;
        watcher.start(path);
        QVERIFY(waitForMode(watcher, SharedEventWatcher::Mode::Polling, 5000));
        QSignalSpy arrived(&watcher, &SharedEventWatcher::eventsArrived);
        Cache other;
        QCOMPARE(other.open(path, Cache::OpenMode::Secondary), Cache::OpenStatus::Ok);
        QVERIFY(insertAsOtherClient(other, QStringLiteral("identity"), QStringLiteral("A5")));
        QVERIFY(arrived.wait(SharedEventWatcher::kPollMs + 1000));
        const QList<SharedEvent> events = eventsOf(arrived);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().entityId, QStringLiteral("A5"));
        QCOMPARE(events.first().actor, QString());
        watcher.stop();
        QCOMPARE(watcher.mode(), SharedEventWatcher::Mode::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestSharedEventWatcher)
#include "tst_sharedeventwatcher.moc"
