// Live updates in the window: another client (the command line, another
// process) merges a record into the author on screen; the window shows the
// merged works and says who did it, on a team server and on a file.
#include "cache/cache.h"
#include "cache/eventqueries.h"
#include "cache/importer.h"
#include "cache/sharedeventwatcher.h"
#include "itemmodels/publicationtablemodel.h"
#include "liveupdates.h"
#include "mainwindow.h"
#include "pgtestserver.h"
#include "publicationspanel.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace peerscope;
using peerscope::test::PgTestServer;

namespace {

const QString kPerson = QStringLiteral("A5101495888");  // Andrew T. Wilson, in the demo
const QString kRecord = QStringLiteral("A5103202491");  // Andrew Wilson, a duplicate of him

qint64 latestEvent(const Cache &cache)
{
    return EventQueries(const_cast<Cache &>(cache)).latestId().valueOr(0);
}

} // namespace

class TestLiveUpdates : public QObject
{
    Q_OBJECT

    PgTestServer m_pg;
    QTemporaryDir m_home;

    // The other client: the command line, a process of its own.
    void otherClientMerges(const Cache &observer, const QString &db)
    {
        const qint64 before = latestEvent(observer);
        const test::ProcessResult r =
            test::runPeerscope({QStringLiteral("--db"), db, QStringLiteral("identity"), QStringLiteral("merge"), kPerson, kRecord},
                               m_home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The correction and its event commit together (models/identity).
        QVERIFY(latestEvent(observer) > before);
    }

    void mergeShows(const QString &db, const QString &who)
    {
        Cache cache;
        QVERIFY(cache.open(db) == Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        MainWindow w(cache);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(&w, &MainWindow::authorLoaded);
        QVERIFY(w.openAuthor(kPerson));
        QVERIFY(loaded.wait(10000));
        QVERIFY(QTest::qWaitFor([&] { return w.liveUpdates()->watcher()->mode() == SharedEventWatcher::Mode::Listening
                                             || w.liveUpdates()->watcher()->mode() == SharedEventWatcher::Mode::Polling; },
                                5000));
        const int rowsBefore = w.publicationModel()->rowCount();
        QVERIFY(rowsBefore > 0);
        // The user's place in the table stays.
        QTableView *table = w.publications()->table();
        table->selectRow(0);
        const QString selected = table->currentIndex().data(PublicationTableModel::WorkIdRole).toString();
        QVERIFY(!selected.isEmpty());
        QWidget *focused = QApplication::focusWidget();

        otherClientMerges(cache, db);
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(QTest::qWaitFor([&] { return w.publicationModel()->rowCount() > rowsBefore; }, 2000),
                 qPrintable(QStringLiteral("rows %1 after %2 ms").arg(w.publicationModel()->rowCount()).arg(clock.elapsed())));
        QCOMPARE(w.currentAuthorId(), kPerson);
        const QString message = w.statusBar()->currentMessage();
        QVERIFY2(message.contains(who) && message.contains(QLatin1String("merged")) && message.contains(QLatin1String("Wilson")),
                 qPrintable(message));
        QVERIFY(QTest::qWaitFor([&] { return table->currentIndex().isValid(); }, 2000));
        QCOMPARE(table->currentIndex().data(PublicationTableModel::WorkIdRole).toString(), selected);
        QCOMPARE(QApplication::focusWidget(), focused);

        // The same process's own correction is not announced a second time.
        QSignalSpy announced(w.liveUpdates(), &LiveUpdates::changed);
        QVERIFY(EventQueries(cache).record(QStringLiteral("note"), kPerson, QStringLiteral("here")).ok());
        QTest::qWait(SharedEventWatcher::kPollMs + 500);
        QCOMPARE(announced.size(), 0);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
    }

    void server_mergeByAnotherClient_isShownAndAttributed()
    {
        PEERSCOPE_START_PG_OR_SKIP(m_pg);
        mergeShows(m_pg.uri(), m_pg.user());
    }

    void file_mergeByTheCommandLine_isShownByPolling()
    {
        QTemporaryDir dir;
        mergeShows(dir.filePath(QStringLiteral("cache.sqlite")), QStringLiteral("command line"));
    }

    void describe_namesWhoAndWhat()
    {
        SharedEvent e;
        e.actor = QStringLiteral("alice");
        e.kind = QStringLiteral("identity");
        e.entityId = QStringLiteral("A1");
        e.entityName = QStringLiteral("Jane Doe");
        e.details = QStringLiteral(R"({"action": "merge", "records": ["A2", "A3"]})");
        e.at = QStringLiteral("2026-03-01T14:03:00Z");
        QVERIFY(LiveUpdates::describe(e).startsWith(QLatin1String("alice merged 2 record")));
        e.actor.clear();
        e.kind = QStringLiteral("sync");
        e.details.clear();
        QVERIFY(LiveUpdates::describe(e).startsWith(QLatin1String("Another window or the command line finished syncing Jane Doe")));
        e.kind = QStringLiteral("identity");
        e.details = QStringLiteral("undo");
        QVERIFY(LiveUpdates::describe(e).contains(QLatin1String("undid a correction of Jane Doe")));
    }
};

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
