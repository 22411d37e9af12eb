#include "fakeopenalexserver.h"
#include "testsupport.h"

#include "cache/cache.h"
#include "cache/importer.h"
#include "mainwindow.h"
#include "openalex/openalexclient.h"
#include "searchbox.h"
#include "sync/synccontroller.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include "fastsyncconfig.h"

using namespace peerscope;
using peerscope::test::FakeOpenAlexServer;

class TestSearchBox : public QObject
{
    Q_OBJECT

    static QStringList column(QTreeWidget *list, int c)
    {
        QStringList out;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            out << list->topLevelItem(i)->text(c);
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typeACachedName_thenEnter_opensTheProfile()
    {
        QTemporaryDir dir;
        Cache cache;
        QCOMPARE(cache.open(dir.filePath(QStringLiteral("c.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        MainWindow w(cache);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        SearchBox *box = w.searchBox();
        QCOMPARE(box->objectName(), QStringLiteral("authorSearch"));
        QVERIFY(!box->accessibleName().isEmpty());

        // Ctrl+F (QKeySequence::Find) puts the cursor in the box.
        auto *find = w.findChild<QAction *>(QStringLiteral("findResearcherAction"));
        QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
        find->trigger();
        QVERIFY(box->hasFocus());

        QTest::keyClicks(box, QStringLiteral("mearm"));
        QTreeWidget *list = box->resultList();
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->topLevelItem(0)->text(SearchBox::Name), QStringLiteral("Joseph Mearman"));
        QCOMPARE(list->topLevelItem(0)->text(SearchBox::Institution), QStringLiteral("Bangor University"));
        QCOMPARE(list->topLevelItem(0)->text(SearchBox::Works), QStringLiteral("9"));
        QCOMPARE(list->topLevelItem(0)->text(SearchBox::Citations), QStringLiteral("41"));
        QCOMPARE(list->topLevelItem(0)->text(SearchBox::Cached), QStringLiteral("cached"));
        // No client: nothing remote, and nothing pretends to search OpenAlex.
        QVERIFY(!box->isRemotePending());

        QSignalSpy loaded(&w, &MainWindow::authorLoaded);
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(!list->isVisible());
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(w.currentAuthorId(), Importer::demoAuthorId());
    }

    void arrowsMoveAndEscapeCloses()
    {
        QTemporaryDir dir;
        Cache cache;
        QCOMPARE(cache.open(dir.filePath(QStringLiteral("c.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        MainWindow w(cache);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        SearchBox *box = w.searchBox();
        box->setFocus();
        QTest::keyClicks(box, QStringLiteral("jo"));
        QTreeWidget *list = box->resultList();
        QTRY_VERIFY(list->isVisible());
        QVERIFY2(list->topLevelItemCount() >= 2, qPrintable(column(list, 0).join(u',')));
        QCOMPARE(list->currentItem(), list->topLevelItem(0));
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(list->currentItem(), list->topLevelItem(1));
        QTest::keyClick(box, Qt::Key_Up);
        QCOMPARE(list->currentItem(), list->topLevelItem(0));
        // Keys typed while the list has the keyboard still edit the box.
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentItem(), list->topLevelItem(1));
        QTest::keyClick(box, Qt::Key_Escape);
        QVERIFY(!list->isVisible());
        QCOMPARE(box->text(), QStringLiteral("jo"));
        QTest::keyClick(box, Qt::Key_Escape);
        QVERIFY(box->text().isEmpty());
    }

    void remoteSuggestion_isMarkedAndOpeningItSyncsTheAuthor()
    {
        FakeOpenAlexServer server;
        QVERIFY(server.start());
        server.loadFixtures();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.db"));
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        SyncController controller(path);
        controller.setConfig(test::fastSyncConfig(server));
        MainWindow w(cache);
        w.setSyncController(&controller);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        SearchBox *box = w.searchBox();
        box->setFocus();
        QTest::keyClicks(box, QStringLiteral("Mearman"));
        QTreeWidget *list = box->resultList();
        QTRY_VERIFY(list->isVisible());
        QVERIFY(box->isRemotePending());
        // Debounced: one request for the whole word, not one per letter.
        QTRY_VERIFY_WITH_TIMEOUT(!box->isRemotePending(), 10000);
        QCOMPARE(server.requestCount(QStringLiteral("/autocomplete/authors")), 1);
        const QStringList names = column(list, SearchBox::Name);
        const int row = int(names.indexOf(QStringLiteral("Joseph Mearman")));
        QVERIFY2(row >= 0, qPrintable(names.join(u',')));
        QCOMPARE(list->topLevelItem(row)->text(SearchBox::Cached), QStringLiteral("on OpenAlex"));
        QCOMPARE(list->topLevelItem(row)->text(SearchBox::Institution), QStringLiteral("Bangor University"));
        QCOMPARE(list->topLevelItem(row)->text(SearchBox::Works), QStringLiteral("9"));

        for (int i = 0; i < row; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        QTest::keyClick(box, Qt::Key_Enter);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentAuthorId(), FakeOpenAlexServer::fixtureAuthorId(), 60000);
        QTRY_COMPARE(w.publicationModel()->rowCount(), 9);

        // Now cached: the same search says so.
        box->clear();
        QTest::keyClicks(box, QStringLiteral("Mearman"));
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->topLevelItem(0)->text(SearchBox::Cached), QStringLiteral("cached"));
    }

    void offline_asksNothingRemote()
    {
        FakeOpenAlexServer server;
        QVERIFY(server.start());
        server.loadFixtures();
        QTemporaryDir dir;
        Cache cache;
        QCOMPARE(cache.open(dir.filePath(QStringLiteral("c.db"))), Cache::OpenStatus::Ok);
        OpenAlexClient client;
        QVERIFY(client.setBaseUrl(server.baseUrl()));
        SearchBox box(cache);
        box.setClient(&client);
        box.setOffline(true);
        box.show();
        QTest::keyClicks(&box, QStringLiteral("Mearman"));
        QTRY_VERIFY(box.resultList()->isVisible());
        QVERIFY(!box.isRemotePending());
        QTest::qWait(SearchBox::kRemoteDelayMs + 200);
        QCOMPARE(server.requestCount(), 0);
        QVERIFY(column(box.resultList(), 0).join(u' ').contains(QStringLiteral("Offline")));
    }
};

QTEST_MAIN(TestSearchBox)
#include "tst_searchbox.moc"
