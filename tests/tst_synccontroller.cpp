#include "fakeopenalexserver.h"
#include "cacheinspector.h"
#include "testsupport.h"

#include "cache/cache.h"
#include "cache/importer.h"
#include "mainwindow.h"
#include "sync/syncstore.h"
#include "sync/synccontroller.h"

#include <QAction>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QThread>
#include <QToolButton>
#include <QtTest>

#include "fastsyncconfig.h"

using namespace peerscope;
using peerscope::test::FakeOpenAlexServer;
using Fault = FakeOpenAlexServer::Fault;

class TestSyncController : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeOpenAlexServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;

    SyncConfig config() const { return test::fastSyncConfig(*m_server); }

    QString path() const { return m_dir->filePath(QStringLiteral("cache.db")); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<FakeOpenAlexServer>();
        QVERIFY(m_server->start());
        m_server->loadFixtures();
        m_dir = std::make_unique<QTemporaryDir>();
        m_cache = std::make_unique<Cache>();
        QCOMPARE(m_cache->open(path()), Cache::OpenStatus::Ok);
    }

    void cleanup()
    {
        m_cache.reset();
        m_dir.reset();
        m_server.reset();
    }

    void sync_runsOnAWorkerThreadAndOpensTheAuthor()
    {
        SyncController controller(path());
        controller.setConfig(config());
        QThread *workerThread = nullptr;
        connect(&controller, &SyncController::committed, this, [&] { workerThread = QThread::currentThread(); });
        MainWindow w(*m_cache);
        w.setSyncController(&controller);
        w.show();
        QSignalSpy committed(&controller, &SyncController::committed);
        QSignalSpy finished(&controller, &SyncController::finished);
        QString message;
        connect(&controller, &SyncController::finished, this, [&] { message = w.statusBar()->currentMessage(); });
        w.openOrSync(FakeOpenAlexServer::fixtureAuthorId());
        // The window answers while the sync runs.
        auto *banner = w.findChild<QFrame *>(QStringLiteral("messageBar"));
        QVERIFY(banner->isVisible());
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("messageText"))->text().contains(QStringLiteral("Fetching")));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        QVERIFY(committed.size() >= 2); // one per page: panels refresh as pages land
        QCOMPARE(workerThread, QThread::currentThread()); // signals arrive on the GUI thread
        QTRY_COMPARE_WITH_TIMEOUT(w.currentAuthorId(), FakeOpenAlexServer::fixtureAuthorId(), 10000);
        QTRY_COMPARE(w.publicationModel()->rowCount(), 9);
        QTRY_VERIFY(!w.findChild<QProgressBar *>(QStringLiteral("syncProgress"))->isVisible());
        QVERIFY2(message.contains(QStringLiteral("API calls")), qPrintable(message));
        // Once the queue is empty the worker brings the works search's
        // statistics up to date.
        QTRY_VERIFY_WITH_TIMEOUT(m_cache->searchIndexIsCurrent(), 10000);
        QVERIFY(m_cache->searchWorks(QStringLiteral("photogrammetry")).contains(QStringLiteral("W2241997964")));
    }

    void sync_showsProgressAndCancelStopsIt()
    {
        const QString big = m_server->addLargeAuthor(1600, 3100, 6);
        m_server->setResponseDelay(150);
        SyncController controller(path());
        controller.setConfig(config());
        MainWindow w(*m_cache);
        w.setSyncController(&controller);
        w.show();
        QSignalSpy finished(&controller, &SyncController::finished);
        QVERIFY(controller.request(big));
        auto *bar = w.findChild<QProgressBar *>(QStringLiteral("syncProgress"));
        auto *label = w.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
        auto *cancel = w.findChild<QToolButton *>(QStringLiteral("cancelSyncButton"));
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(cancel->isVisible());
        QVERIFY(cancel->isEnabled());
        QVERIFY(!cancel->accessibleName().isEmpty());
        // The bar fills as works pages arrive, and the label counts the calls.
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() > 0, 30000);
        QVERIFY2(label->text().contains(QStringLiteral("API call")), qPrintable(label->text()));
        QVERIFY(finished.isEmpty());

        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 20000);
        const SyncResult result = finished.first().first().value<SyncResult>();
        QCOMPARE(result.status, SyncResult::Status::Cancelled);
        QTRY_VERIFY(!bar->isVisible());
        QVERIFY(!cancel->isVisible());
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
        QVERIFY(!controller.isBusy());
        // The cache says the sync did not complete, so the next one finishes it.
        QVERIFY(!syncstore::loadState(*m_cache, big).complete);
    }

    void unauthorized_showsABannerThatLeadsToSettings()
    {
        m_server->setRequiredApiKey(QStringLiteral("the-right-key"));
        SyncController controller(path());
        controller.setConfig(config());
        MainWindow w(*m_cache);
        w.setSyncController(&controller);
        w.show();
        QSignalSpy error(&w, &MainWindow::syncErrorShown);
        w.openOrSync(FakeOpenAlexServer::fixtureAuthorId());
        QTRY_VERIFY_WITH_TIMEOUT(error.size() == 1, 30000);
        auto *text = w.findChild<QLabel *>(QStringLiteral("messageText"));
        QVERIFY2(text->text().contains(QStringLiteral("Set your API key in Settings")), qPrintable(text->text()));
        QVERIFY(!text->text().contains(QStringLiteral("test-key")));
        auto *action = w.findChild<QPushButton *>(QStringLiteral("messageActionButton"));
        QVERIFY(action->isVisible());
        QCOMPARE(action->text(), QStringLiteral("Open Settings"));
        QVERIFY(w.findChild<QFrame *>(QStringLiteral("messageBar"))->isVisible());
        QVERIFY(!w.isModal());
    }

    void rateLimit_isShownAsAWait()
    {
        m_server->setRetryAfterSeconds(1);
        m_server->injectFault(Fault::RateLimitJson, 1, QStringLiteral("/works"));
        SyncController controller(path());
        controller.setConfig(config());
        MainWindow w(*m_cache);
        w.setSyncController(&controller);
        w.show();
        QString shown;
        auto *label = w.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
        connect(&controller, &SyncController::waitingForRateLimit, this, [&] { shown = label->text(); });
        QSignalSpy finished(&controller, &SyncController::finished);
        w.openOrSync(FakeOpenAlexServer::fixtureAuthorId());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        QVERIFY2(shown.contains(QStringLiteral("asked us to slow down")), qPrintable(shown));
        QVERIFY(finished.first().first().value<SyncResult>().ok());
    }

    void offline_neverSyncsAndSaysSo()
    {
        QVERIFY(Importer(*m_cache).importDemo().ok());
        SyncController controller(path());
        controller.setConfig(config());
        MainWindow w(*m_cache);
        w.setSyncController(&controller);
        w.setOffline(true);
        w.show();
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("offlineIndicator"))->isVisible());
        QVERIFY(w.findChild<QAction *>(QStringLiteral("workOfflineAction"))->isChecked());
        QVERIFY(!controller.request(FakeOpenAlexServer::fixtureAuthorId()));
        w.openOrSync(QStringLiteral("A5009341899"));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("messageText"))->text().contains(QStringLiteral("offline")));
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled());
        QTest::qWait(200);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void staleAuthor_isMarkedAndRefreshedWhenOpened()
    {
        QVERIFY(Importer(*m_cache).importDemo().ok());
        const QString me = Importer::demoAuthorId();
        QSqlQuery q(CacheInspector::database(*m_cache));
        q.prepare(QStringLiteral("UPDATE authors SET fetched_at = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("2020-01-01T00:00:00Z"));
        q.addBindValue(me);
        QVERIFY(q.exec());
        QVERIFY(syncstore::isStale(*m_cache, me));
        m_server->setResponseDelay(400); // the marker shows while the refresh runs
        SyncController controller(path());
        controller.setConfig(config());
        MainWindow w(*m_cache);
        w.setSyncController(&controller);
        w.show();
        QSignalSpy started(&controller, &SyncController::started);
        QSignalSpy finished(&controller, &SyncController::finished);
        QVERIFY(w.openAuthor(me));
        auto *stale = w.findChild<QLabel *>(QStringLiteral("staleIndicator"));
        QTRY_VERIFY(stale->isVisible());
        QVERIFY(stale->text().contains(QStringLiteral("2020-01-01")));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toString(), me);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        QTRY_VERIFY(!stale->isVisible());

        // F5 syncs again on request.
        auto *refresh = w.findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh->isEnabled());
        QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
        refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 60000);
    }

    void budget_isShownAndACostlySyncAsksFirst()
    {
        const QString big = m_server->addLargeAuthor(1600, 3100, 6);
        SyncController controller(path());
        SyncConfig c = config();
        c.confirmShare = 0.001; // more than a tenth of a cent of a dollar: ask
        controller.setConfig(c);
        MainWindow w(*m_cache);
        w.setSyncController(&controller);
        w.show();
        auto *budget = w.findChild<QLabel *>(QStringLiteral("budgetLabel"));
        QVERIFY(budget);
        // Nothing known until OpenAlex has answered once.
        QVERIFY(!budget->isVisible());
        QSignalSpy finished(&controller, &SyncController::finished);
        QVERIFY(controller.request(FakeOpenAlexServer::fixtureAuthorId()));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        // The fixture author costs 2 list calls: below the share, not asked.
        QVERIFY(!w.findChild<QMessageBox *>(QStringLiteral("confirmSyncBox")));
        QTRY_VERIFY(budget->isVisible());
        QVERIFY2(budget->text().contains(QStringLiteral("left today")), qPrintable(budget->text()));
        QVERIFY(budget->text().contains(QStringLiteral("$0.9998")));
        QVERIFY(budget->text().contains(QStringLiteral("resets")));

        // The large author's estimate is over the share: the window asks,
        // and nothing is listed until the user says yes.
        m_server->resetRequests();
        QVERIFY(controller.request(big));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = w.findChild<QMessageBox *>(QStringLiteral("confirmSyncBox"))) != nullptr, 20000);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("list call")), qPrintable(box->text()));
        QVERIFY(box->informativeText().contains(QStringLiteral("Estimated cost")));
        QCOMPARE(m_server->requestCount(QStringLiteral("/works")), 0);
        auto *yes = box->findChild<QPushButton *>(QStringLiteral("confirmSyncButton"));
        QVERIFY(yes);
        yes->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 60000);
        const SyncResult r = finished.last().first().value<SyncResult>();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.costUsd > 0.004);
        QTRY_VERIFY(budget->text().contains(QStringLiteral("$0.99")));
    }
};

QTEST_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
