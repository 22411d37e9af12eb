#include "cache/cache.h"
#include "cache/importer.h"
#include "itemmodels/publicationfilterproxy.h"
#include "itemmodels/publicationtablemodel.h"
#include "mainwindow.h"
#include "networkpanel.h"
#include "profilepanel.h"
#include "settings/cachemover.h"
#include "authornavigator.h"
#include "messagebar.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QtTest>

using namespace peerscope;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Cache m_cache;

    static QString metric(MainWindow &w, const QString &key)
    {
        auto *label = w.findChild<QLabel *>(QStringLiteral("metricValue_") + key);
        return label ? label->text() : QString();
    }

    static bool open(MainWindow &w, const QString &id)
    {
        QSignalSpy loaded(&w, &MainWindow::authorLoaded);
        if (!w.openAuthor(id))
            return false;
        return loaded.size() > 0 || loaded.wait(10000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_cache.open(m_dir.filePath(QStringLiteral("cache.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(m_cache).importDemo().ok());
        QVERIFY(Importer(m_cache).importPaths({test::fixture(QStringLiteral("author_A5317838346_deleted.json"))}).ok());
    }

    void demoProfile_showsIdentityMetricsAndTrust()
    {
        MainWindow w(m_cache);
        QAbstractItemModelTester modelTester(w.publicationModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(w.publicationProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QVERIFY(open(w, Importer::demoAuthorId()));
        QCOMPARE(w.currentAuthorId(), Importer::demoAuthorId());
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("profileName"))->text(), QStringLiteral("Joseph Mearman"));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("profileIds"))->text().contains(QStringLiteral("https://openalex.org/A5017898742")));
        QCOMPARE(w.publicationModel()->rowCount(), 9);
        QCOMPARE(metric(w, QStringLiteral("papers")), QStringLiteral("9"));
        QCOMPARE(metric(w, QStringLiteral("citations")), QStringLiteral("41"));
        QCOMPARE(metric(w, QStringLiteral("h")), QStringLiteral("2"));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("metricSource_h"))->text(), QStringLiteral("2"));
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("metricValue_h"))->toolTip().isEmpty());
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("trustHeadline"))->text().startsWith(QStringLiteral("Trust ")));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("trustLevel"))->text().contains(QStringLiteral("L1")));
        QVERIFY(w.findChild<QTreeWidget *>(QStringLiteral("trustEvidence"))->topLevelItemCount() >= 6);

        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Publications"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Charts"));
    }

    void largeAuthor_opensInChunksAndSortsOffTheUiThread()
    {
        // More works than the table arranges on the UI thread (5,000).
        QTemporaryDir dir;
        Cache cache;
        QCOMPARE(cache.open(dir.filePath(QStringLiteral("large.db"))), Cache::OpenStatus::Ok);
        const QString id = QStringLiteral("A5999999999");
        Author author;
        author.id = id;
        author.name = QStringLiteral("Large Author");
        author.rawJson = "{\"id\":\"https://openalex.org/A5999999999\"}";
        QVERIFY(cache.upsertAuthor(author));
        constexpr int kWorks = 7000;
        int maxCites = 0;
        int since2020 = 0;
        QVERIFY(cache.beginTransaction());
        for (int i = 0; i < kWorks; ++i) {
            Work w;
            w.id = QStringLiteral("W9%1").arg(i, 6, 10, QLatin1Char('0'));
            w.title = QStringLiteral("Work %1").arg(i);
            w.publicationYear = 1980 + i % 45;
            w.type = i % 7 == 0 ? QStringLiteral("preprint") : QStringLiteral("article");
            w.citedByCount = (i * 7919) % 1000;
            w.rawJson = QStringLiteral("{\"id\":\"https://openalex.org/%1\"}").arg(w.id).toUtf8();
            Authorship a;
            a.authorId = id;
            a.authorName = author.name;
            w.authorships << a;
            QVERIFY(cache.upsertWork(w));
            maxCites = std::max(maxCites, w.citedByCount);
            since2020 += w.publicationYear >= 2020;
        }
        QVERIFY(cache.commit());

        MainWindow w(cache);
        w.resize(1200, 800);
        w.show();
        QVERIFY(open(w, id));
        PublicationFilterProxy *shown = w.publicationProxy();
        QCOMPARE(w.publicationModel()->rowCount(), kWorks);
        // The view holds one chunk; the count still says every work.
        QCOMPARE(shown->rowCount(), PublicationFilterProxy::kChunk);
        QCOMPARE(shown->matchCount(), kWorks);
        auto *count = w.findChild<QLabel *>(QStringLiteral("publicationCount"));
        QVERIFY2(count->text().contains(QString::number(kWorks)), qPrintable(count->text()));
        // Scrolling to the end brings the next chunk.
        auto *table = w.findChild<QTableView *>(QStringLiteral("publicationsTable"));
        table->scrollToBottom();
        QTRY_VERIFY(shown->rowCount() > PublicationFilterProxy::kChunk);

        // Sorting by citations runs on a worker; the result arrives sorted,
        // the selected work still selected and in view.
        const QModelIndex picked = shown->index(321, PublicationTableModel::Title);
        const QString pickedId = picked.data(PublicationTableModel::WorkIdRole).toString();
        table->setCurrentIndex(picked);
        table->sortByColumn(PublicationTableModel::Citations, Qt::DescendingOrder);
        QVERIFY(shown->isArranging());
        QTRY_VERIFY(!shown->isArranging());
        QCOMPARE(table->currentIndex().data(PublicationTableModel::WorkIdRole).toString(), pickedId);
        QVERIFY(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
        QCOMPARE(shown->index(0, PublicationTableModel::Citations).data().toInt(), maxCites);
        for (int r = 1; r < shown->rowCount(); ++r)
            QVERIFY(shown->index(r - 1, PublicationTableModel::Citations).data().toInt()
                    >= shown->index(r, PublicationTableModel::Citations).data().toInt());
        // So does a filter.
        w.findChild<QSpinBox *>(QStringLiteral("yearFromSpin"))->setValue(2020);
        QTRY_VERIFY(!shown->isArranging());
        QCOMPARE(shown->matchCount(), since2020);
        QTRY_VERIFY(count->text().contains(QString::number(since2020)));
    }

    void sortByCitations_putsMostCitedFirst()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w, Importer::demoAuthorId()));
        auto *table = w.findChild<QTableView *>(QStringLiteral("publicationsTable"));
        QHeaderView *header = table->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(PublicationTableModel::Citations) + 5, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        if (header->sortIndicatorOrder() != Qt::DescendingOrder)
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(header->sortIndicatorSection(), int(PublicationTableModel::Citations));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        const QAbstractItemModel *proxy = table->model();
        QCOMPARE(proxy->index(0, PublicationTableModel::Citations).data().toInt(), 28);
        for (int r = 1; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r - 1, PublicationTableModel::Citations).data(PublicationTableModel::SortRole).toInt()
                    >= proxy->index(r, PublicationTableModel::Citations).data(PublicationTableModel::SortRole).toInt());
    }

    void sortAndFilter_keepTheSelectedWorks()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w, Importer::demoAuthorId()));
        auto *table = w.findChild<QTableView *>(QStringLiteral("publicationsTable"));
        PublicationFilterProxy *shown = w.publicationProxy();
        auto idAt = [](const QModelIndex &i) { return i.data(PublicationTableModel::WorkIdRole).toString(); };
        auto selectedIds = [&] {
            QStringList ids;
            for (const QModelIndex &i : table->selectionModel()->selectedRows())
                ids << idAt(i);
            ids.sort();
            return ids;
        };
        // Two works selected, the second current (Ctrl+click).
        const QString first = QStringLiteral("W2241997964");
        const QString second = QStringLiteral("W2978758657");
        table->selectionModel()->select(shown->indexOfWork(first), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->selectionModel()->setCurrentIndex(shown->indexOfWork(second), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(selectedIds(), (QStringList{first, second}));
        const int rowBefore = table->currentIndex().row();

        table->sortByColumn(PublicationTableModel::Title, Qt::AscendingOrder);
        QTRY_VERIFY(!shown->isArranging());
        QVERIFY(table->currentIndex().row() != rowBefore); // it moved
        QCOMPARE(idAt(table->currentIndex()), second);
        QCOMPARE(selectedIds(), (QStringList{first, second}));
        // A filter that hides one keeps the other.
        w.findChild<QSpinBox *>(QStringLiteral("yearFromSpin"))->setValue(2019);
        QTRY_VERIFY(!shown->isArranging());
        QCOMPARE(idAt(table->currentIndex()), second);
        QCOMPARE(selectedIds(), QStringList{second});
        w.findChild<QSpinBox *>(QStringLiteral("yearFromSpin"))->setValue(0);

        // Another author's table starts with nothing selected, even where
        // the two share the selected work.
        table->selectionModel()->setCurrentIndex(shown->indexOfWork(first), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(open(w, QStringLiteral("A5032230089")));
        QVERIFY(w.publicationModel()->rowOf(first) >= 0);
        QVERIFY(!table->currentIndex().isValid());
        QVERIFY(selectedIds().isEmpty());
    }

    void filterByYear_hidesOlderWorks()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w, Importer::demoAuthorId()));
        auto *from = w.findChild<QSpinBox *>(QStringLiteral("yearFromSpin"));
        from->setValue(2017);
        QCOMPARE(w.publicationProxy()->rowCount(), 4);
        for (int r = 0; r < 4; ++r)
            QVERIFY(w.publicationProxy()->index(r, PublicationTableModel::Year).data().toInt() >= 2017);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("publicationCount"))->text().contains(QStringLiteral("4 of 9")));
        w.findChild<QSpinBox *>(QStringLiteral("yearToSpin"))->setValue(2019);
        QCOMPARE(w.publicationProxy()->rowCount(), 2);
    }

    void textSearch_usesFullTextIndex()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w, Importer::demoAuthorId()));
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("papercraft"));
        QTRY_COMPARE(w.publicationProxy()->rowCount(), 1);
        search->clear();
        QTRY_COMPARE(w.publicationProxy()->rowCount(), 9);
    }

    void excludeWorks_recomputesEveryMetric()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w, Importer::demoAuthorId()));
        auto *table = w.findChild<QTableView *>(QStringLiteral("publicationsTable"));
        table->sortByColumn(PublicationTableModel::Citations, Qt::DescendingOrder);
        QCOMPARE(metric(w, QStringLiteral("h")), QStringLiteral("2"));
        QCOMPARE(metric(w, QStringLiteral("i10")), QStringLiteral("2"));
        // Uncheck the two most cited works (28 and 10 citations) by clicking their boxes.
        for (int row = 0; row < 2; ++row) {
            const QModelIndex index = table->model()->index(row, PublicationTableModel::Included);
            const QRect rect = table->visualRect(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
            if (index.data(Qt::CheckStateRole).toInt() == Qt::Checked) // style puts the box elsewhere
                table->model()->setData(index, Qt::Unchecked, Qt::CheckStateRole);
            QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        }
        QCOMPARE(metric(w, QStringLiteral("papers")), QStringLiteral("7"));
        QCOMPARE(metric(w, QStringLiteral("citations")), QStringLiteral("3"));
        QCOMPARE(metric(w, QStringLiteral("h")), QStringLiteral("1"));
        QCOMPARE(metric(w, QStringLiteral("i10")), QStringLiteral("0"));
        QCOMPARE(w.profilePanel()->metrics().g, 1);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("publicationCount"))->text().contains(QStringLiteral("2 left out")));
        // OpenAlex's own value stays beside ours
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("metricSource_h"))->text(), QStringLiteral("2"));
    }

    void clickCollaborator_navigatesAndBackReturns()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(open(w, Importer::demoAuthorId()));
        QVERIFY(!w.canGoBack());
        auto *list = w.findChild<QTreeWidget *>(QStringLiteral("collaboratorsList"));
        QVERIFY(list->topLevelItemCount() > 0);
        QTreeWidgetItem *first = list->topLevelItem(0);
        const QString id = first->data(0, Qt::UserRole).toString();
        const QString name = first->text(0);
        list->scrollToItem(first);
        QSignalSpy loaded(&w, &MainWindow::authorLoaded);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(first).center());
        QVERIFY(loaded.size() > 0 || loaded.wait(10000));
        QCOMPARE(w.currentAuthorId(), id);
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("profileName"))->text(), name);
        QVERIFY(w.canGoBack());

        w.activateWindow();
        QSignalSpy back(&w, &MainWindow::authorLoaded);
        w.findChild<QAction *>(QStringLiteral("backAction"))->trigger();
        QVERIFY(back.size() > 0 || back.wait(10000));
        QCOMPARE(w.currentAuthorId(), Importer::demoAuthorId());
        QVERIFY(w.canGoForward());
        QVERIFY(w.findChild<QAction *>(QStringLiteral("backAction"))->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Left)));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("forwardAction"))->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Right)));

        QSignalSpy forward(&w, &MainWindow::authorLoaded);
        w.goForward();
        QVERIFY(forward.size() > 0 || forward.wait(10000));
        QCOMPARE(w.currentAuthorId(), id);
    }

    void uncachedCollaborator_offersSyncOrSaysOffline()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w, Importer::demoAuthorId()));
        QSignalSpy sync(&w, &MainWindow::syncRequested);
        w.navigateTo(QStringLiteral("A1234567890"), QStringLiteral("Not Cached"));
        auto *bar = w.findChild<QFrame *>(QStringLiteral("messageBar"));
        QVERIFY(bar->isVisible());
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("messageText"))->text().contains(QStringLiteral("Not Cached")));
        auto *button = w.findChild<QPushButton *>(QStringLiteral("syncButton"));
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(sync.size(), 1);
        QCOMPARE(sync.first().first().toString(), QStringLiteral("A1234567890"));
        QCOMPARE(w.currentAuthorId(), Importer::demoAuthorId());

        w.setOffline(true);
        w.navigateTo(QStringLiteral("A1234567890"), QStringLiteral("Not Cached"));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("messageText"))->text().contains(QStringLiteral("offline")));
        QVERIFY(!button->isVisible());
    }

    void deletedAuthor_explainsInsteadOfBlank()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w, QStringLiteral("A5317838346")));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("profileFacts"))->text().contains(QStringLiteral("deleted")));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("trustLevel"))->text().contains(QStringLiteral("L0")));
        QCOMPARE(w.publicationModel()->rowCount(), 0);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("publicationCount"))->text().contains(QStringLiteral("No works")));
        QCOMPARE(metric(w, QStringLiteral("h")), QStringLiteral("0"));
    }

    void sharedWorkFromTheNetwork_opensInThePublicationsTab()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w, Importer::demoAuthorId()));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(w.findChild<QWidget *>(QStringLiteral("networkScroll")));
        // A filter hides the 2015 work; opening it from the network lifts it.
        w.findChild<QSpinBox *>(QStringLiteral("yearFromSpin"))->setValue(2017);
        const QString work = QStringLiteral("W2250748100");
        QVERIFY(!w.publicationProxy()->indexOfWork(work).isValid());
        auto *network = w.findChild<NetworkPanel *>();
        QVERIFY(network);
        emit network->workActivated(work);
        QCOMPARE(tabs->currentIndex(), 0);
        auto *table = w.findChild<QTableView *>(QStringLiteral("publicationsTable"));
        QTRY_COMPARE(table->currentIndex().data(PublicationTableModel::WorkIdRole).toString(), work);
        QCOMPARE(w.findChild<QSpinBox *>(QStringLiteral("yearFromSpin"))->value(), 0);
        QTRY_VERIFY(w.findChild<QTextBrowser *>(QStringLiteral("workDetail"))->toPlainText().contains(QStringLiteral("2015")));
    }

    void detailPane_showsLinksAndMissingParts()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w, Importer::demoAuthorId()));
        auto *table = w.findChild<QTableView *>(QStringLiteral("publicationsTable"));
        auto *detail = w.findChild<QTextBrowser *>(QStringLiteral("workDetail"));
        int noDoi = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, PublicationTableModel::Doi).data().toString().isEmpty())
                noDoi = r;
        QVERIFY(noDoi >= 0);
        table->selectRow(noDoi);
        QVERIFY(detail->toPlainText().contains(QStringLiteral("no DOI")));
        QVERIFY(detail->toHtml().contains(QStringLiteral("https://openalex.org/W")));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("Joseph Mearman")));
    }

    void fwciAndUntitled_inTableDetailPaneAndMetrics()
    {
        QTemporaryDir dir;
        Cache cache;
        QCOMPARE(cache.open(dir.filePath(QStringLiteral("untitled.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        // A real kind of record: no title, no year, an author without an ID.
        ImportReport report;
        const QByteArray untitledJson = QByteArrayLiteral(
            "{\"id\":\"https://openalex.org/W1\",\"title\":null,\"display_name\":null,\"publication_year\":null,"
            "\"fwci\":null,\"authorships\":[{\"author\":{\"id\":\"https://openalex.org/A5017898742\","
            "\"display_name\":\"Joseph Mearman\"}},{\"author\":{\"id\":null,\"display_name\":null},\"raw_author_name\":null}]}");
        QVERIFY(Importer(cache).importDocument(untitledJson,
                                               QStringLiteral("untitled"), &report));
        QCOMPARE(report.works, 1);
        MainWindow w(cache);
        w.show();
        QVERIFY(open(w, Importer::demoAuthorId()));
        QCOMPARE(w.publicationModel()->rowCount(), 10);
        auto *table = w.findChild<QTableView *>(QStringLiteral("publicationsTable"));
        auto *detail = w.findChild<QTextBrowser *>(QStringLiteral("workDetail"));

        const QModelIndex untitled = w.publicationProxy()->indexOfWork(QStringLiteral("W1"));
        QVERIFY(untitled.isValid());
        QCOMPARE(untitled.siblingAtColumn(PublicationTableModel::Title).data().toString(), untitledLabel());
        table->selectRow(untitled.row());
        QTRY_VERIFY(detail->toPlainText().contains(untitledLabel()));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("unnamed author")));
        QVERIFY(!detail->toPlainText().contains(QStringLiteral("FWCI")));

        const QModelIndex cited = w.publicationProxy()->indexOfWork(QStringLiteral("W2250748100"));
        QVERIFY(cited.isValid());
        QCOMPARE(cited.siblingAtColumn(PublicationTableModel::Fwci).data().toString(), formatFwci(6.226));
        table->selectRow(cited.row());
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("FWCI %1").arg(formatFwci(6.226))));
        QVERIFY(detail->toPlainText().contains(formatPercentile(0.973323)));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("top 10%")));

        // Mean FWCI beside the other metrics, with its definition.
        const metrics::CitationMetrics expected = metrics::compute(w.publicationModel()->includedPapers(), QDate::currentDate().year());
        QVERIFY(expected.fwciPapers >= 8);
        QCOMPARE(metric(w, QStringLiteral("meanFwci")), metrics::formatMetric(expected, QStringLiteral("meanFwci")));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("metricValue_meanFwci"))->toolTip().contains(QStringLiteral("FWCI")));
        // Sorting by FWCI, most first: the 6.226 work leads, the unknown ones trail.
        table->sortByColumn(PublicationTableModel::Fwci, Qt::DescendingOrder);
        QTRY_COMPARE(w.publicationProxy()->index(0, 0).data(PublicationTableModel::WorkIdRole).toString(), QStringLiteral("W2250748100"));
        const int last = w.publicationProxy()->rowCount() - 1;
        QVERIFY(!w.publicationProxy()->index(last, PublicationTableModel::Fwci).data(PublicationTableModel::SortRole).isValid());
    }

    void copySelectedRows_putsFormattedCitationsOnClipboard()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w, Importer::demoAuthorId()));
        auto *table = w.findChild<QTableView *>(QStringLiteral("publicationsTable"));
        table->sortByColumn(PublicationTableModel::Citations, Qt::DescendingOrder);
        table->selectRow(0);
        w.copySelectedCitations();
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.contains(QStringLiteral("(2015).")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("https://doi.org/10.1145/")));
    }
    // A demo cache at path with extra rows written beside Peerscope's tables
    // (a connection of the test's own), so the file is about megabytes large.
    static bool makeCache(const QString &path, int megabytes)
    {
        {
            Cache cache;
            if (cache.open(path) != Cache::OpenStatus::Ok || !Importer(cache).importDemo().ok())
                return false;
        }
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("filler"));
            db.setDatabaseName(path);
            QSqlQuery q(db);
            ok = db.open() && q.exec(QStringLiteral("CREATE TABLE test_filler(id INTEGER PRIMARY KEY, b BLOB)"))
                 && db.transaction();
            for (int i = 0; ok && i < megabytes * 256; ++i)
                ok = q.exec(QStringLiteral("INSERT INTO test_filler(b) VALUES (randomblob(4096))"));
            ok = ok && db.commit();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("filler"));
        return ok;
    }

    void moveCache_leavesTheWindowUsable()
    {
        QTemporaryDir dir;
        const QString from = dir.filePath(QStringLiteral("cache.db"));
        const QString to = dir.filePath(QStringLiteral("moved/cache.db"));
        QVERIFY(makeCache(from, 120));
        // What the move costs when the calling thread does it all (as the
        // window did before): the same file, moved by CacheMover::move().
        qint64 blockingMs = 0;
        {
            const QString twin = dir.filePath(QStringLiteral("twin.db"));
            QVERIFY(QFile::copy(from, twin));
            Cache other;
            QCOMPARE(other.open(twin), Cache::OpenStatus::Ok);
            QElapsedTimer t;
            t.start();
            QString error;
            QVERIFY2(CacheMover::move(other, dir.filePath(QStringLiteral("twin-moved.db")), &error), qPrintable(error));
            blockingMs = t.elapsed();
        }
        Cache cache;
        QCOMPARE(cache.open(from), Cache::OpenStatus::Ok);
        MainWindow w(cache);
        w.show();
        QVERIFY(open(w, Importer::demoAuthorId()));

        // A 5 ms timer on the UI thread: the largest gap between its ticks is
        // the longest the window froze while the cache moved.
        QTimer ticker;
        ticker.setInterval(5);
        QElapsedTimer sinceTick;
        qint64 maxGapMs = 0;
        QElapsedTimer took;
        connect(&ticker, &QTimer::timeout, this, [&] {
            maxGapMs = std::max(maxGapMs, sinceTick.restart());
        });
        QSignalSpy moved(&w, &MainWindow::cacheMoved);
        took.start();
        sinceTick.start();
        ticker.start();
        w.moveCache(to);
        QVERIFY(w.isMovingCache());
        QVERIFY(w.statusBar()->findChild<QLabel *>(QStringLiteral("syncStatusLabel"))->text().contains(QStringLiteral("Moving")));
        QVERIFY(moved.wait(60000));
        ticker.stop();
        qInfo("moving a %lld MB cache took %lld ms (%lld ms all on one thread); the UI thread's longest gap was %lld ms",
              QFileInfo(to).size() >> 20, took.elapsed(), blockingMs, maxGapMs);
        QVERIFY2(moved.first().at(0).toBool(), qPrintable(moved.first().at(1).toString()));
        QCOMPARE(cache.path(), QFileInfo(to).absoluteFilePath());
        QVERIFY(!QFileInfo::exists(from));
        QVERIFY(!w.isMovingCache());
        // The UI thread waited for a fraction of the move at most (the
        // machine's load makes the absolute gaps vary: the bench's
        // move_cache_max_ui_block bounds them at 50 ms on a quiet one).
        QVERIFY2(maxGapMs < blockingMs / 2, qPrintable(QStringLiteral("%1 ms of %2").arg(maxGapMs).arg(blockingMs)));
        // The window reads the moved file.
        QVERIFY(open(w, Importer::demoAuthorId()));
        QCOMPARE(w.publicationModel()->rowCount(), 9);
    }

    void moveCache_ontoAnExistingFile_saysSoAndStays()
    {
        QTemporaryDir dir;
        const QString from = dir.filePath(QStringLiteral("cache.db"));
        const QString taken = dir.filePath(QStringLiteral("taken.db"));
        QVERIFY(makeCache(from, 1));
        QFile file(taken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Cache cache;
        QCOMPARE(cache.open(from), Cache::OpenStatus::Ok);
        MainWindow w(cache);
        w.show();
        QSignalSpy moved(&w, &MainWindow::cacheMoved);
        w.moveCache(taken);
        QCOMPARE(moved.size(), 1);
        QVERIFY(!moved.first().at(0).toBool());
        QVERIFY(w.messageBar()->isVisible());
        QVERIFY(w.messageBar()->text().contains(QStringLiteral("already exists")));
        QCOMPARE(cache.path(), from);
    }

    // The window's export reads every work or writes nothing: a work that
    // cannot be read fails the export with its ID (it used to be dropped,
    // and the export reported success), and the message bar says so.
    void export_unreadableWork_failsAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        QVERIFY(makeCache(path, 0));
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        MainWindow w(cache);
        w.show();
        QVERIFY(open(w, Importer::demoAuthorId()));
        QVERIFY(w.publicationModel()->rowCount() > 3);
        const QString victim = w.publicationModel()->index(2, 0).data(PublicationTableModel::WorkIdRole).toString();
        QVERIFY(!victim.isEmpty());
        ExportOptions options;
        options.format = ExportFormat::BibTeX;

        // Undamaged, the same export succeeds (so the failure below is the read).
        const QString good = dir.filePath(QStringLiteral("good.bib"));
        ExportResult done = w.exportWorks(ExportDialog::Scope::All, options, good).result();
        QVERIFY2(done.ok, qPrintable(done.error));
        QCOMPARE(done.entries, w.publicationModel()->rowCount());

        QString why;
        QVERIFY2(test::makeWorkUnreadable(path, victim, &why), qPrintable(why));
        const QString target = dir.filePath(QStringLiteral("list.bib"));
        QFuture<ExportResult> future = w.exportWorks(ExportDialog::Scope::All, options, target);
        QTRY_VERIFY(future.isFinished());
        const ExportResult failed = future.result();
        QVERIFY(!failed.ok);
        QVERIFY(failed.readFailed);
        QVERIFY2(failed.error.contains(victim), qPrintable(failed.error));
        QVERIFY(!QFile::exists(target));
        QTRY_VERIFY(w.messageBar()->isVisible());
        QVERIFY2(w.messageBar()->text().contains(victim), qPrintable(w.messageBar()->text()));
        QCOMPARE(w.messageBar()->type(), MessageBar::Type::Error);
    }

    void failedAuthorRead_isAnErrorNotAnEmptyProfile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        QVERIFY(makeCache(path, 0));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("break"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // The citations per year cannot be read any more.
            QVERIFY(q.exec(QStringLiteral("DROP TABLE work_counts_by_year")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("break"));
        Cache cache;
        QCOMPARE(cache.open(path, Cache::OpenMode::PrimaryCheckLater), Cache::OpenStatus::Ok);
        MainWindow w(cache);
        w.show();
        QSignalSpy loaded(&w, &MainWindow::authorLoaded);
        QVERIFY(w.openAuthor(Importer::demoAuthorId()));
        QTRY_VERIFY(!w.isLoading());
        QCOMPARE(loaded.size(), 0);
        QVERIFY(w.messageBar()->isVisible());
        QVERIFY2(w.messageBar()->text().contains(QStringLiteral("could not be read")), qPrintable(w.messageBar()->text()));
        QCOMPARE(w.messageBar()->type(), MessageBar::Type::Error);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("profileName"))->text() != QStringLiteral("Joseph Mearman"));
        QCOMPARE(w.publicationModel()->rowCount(), 0);
    }
    void navigator_oneEntryPointWithHistoryAndTheMissingPolicy()
    {
        AuthorNavigator nav(m_cache);
        QSignalSpy shown(&nav, &AuthorNavigator::showRequested);
        QSignalSpy said(&nav, &AuthorNavigator::message);
        QVERIFY(nav.open(Importer::demoAuthorId()));
        QVERIFY(nav.open(QStringLiteral("A5317838346")));
        QCOMPARE(shown.size(), 2);
        QCOMPARE(nav.current(), QStringLiteral("A5317838346"));
        QVERIFY(nav.canGoBack());
        nav.back();
        QCOMPARE(shown.last().first().toString(), Importer::demoAuthorId());
        QVERIFY(nav.canGoForward());
        // Opening someone new drops what was ahead.
        QVERIFY(nav.open(QStringLiteral("A5317838346")));
        QVERIFY(!nav.canGoForward());

        // Not cached: an offer to sync, whatever was asked, when there is no
        // sync to start; the history stays.
        QVERIFY(!nav.open(QStringLiteral("A1234567890"), QStringLiteral("Not Cached"), AuthorNavigator::Missing::Fetch));
        QCOMPARE(said.size(), 1);
        QVERIFY(said.last().at(0).toString().contains(QStringLiteral("Not Cached")));
        QCOMPARE(said.last().at(1).toString(), QStringLiteral("A1234567890"));
        QCOMPARE(nav.current(), QStringLiteral("A5317838346"));
        QVERIFY(nav.waitingFor().isEmpty());
        // Offline: said so, nothing offered.
        nav.setOffline(true);
        QVERIFY(!nav.open(QStringLiteral("A1234567890")));
        QVERIFY(said.last().at(0).toString().contains(QStringLiteral("offline")));
        QVERIFY(said.last().at(1).toString().isEmpty());
        // No ID at all.
        QVERIFY(!nav.open(QString(), QStringLiteral("Someone")));
        QVERIFY(said.last().at(0).toString().contains(QStringLiteral("no OpenAlex author ID")));
        QCOMPARE(shown.size(), 4);
    }

    void messageBar_actionRunsOnceAndHides()
    {
        MessageBar bar;
        bar.show();
        int runs = 0;
        bar.showMessage(QStringLiteral("Something failed."), MessageBar::Type::Error, QStringLiteral("Try again"), [&runs] { ++runs; });
        auto *action = bar.findChild<QPushButton *>(QStringLiteral("messageActionButton"));
        QVERIFY(action->isVisible());
        QVERIFY(!bar.findChild<QPushButton *>(QStringLiteral("syncButton"))->isVisible());
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(runs, 1);
        QVERIFY(!bar.isVisible());
        // A text alone has no button.
        bar.showMessage(QStringLiteral("Just saying."));
        QVERIFY(!action->isVisible());
        QCOMPARE(bar.text(), QStringLiteral("Just saying."));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
