#include "cache/cache.h"
#include "cache/importer.h"
#include "core/displaytext.h"
#include "identity/identity.h"
#include "itemmodels/publicationfilterproxy.h"
#include "itemmodels/publicationtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;

class tst_PublicationTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Cache m_cache;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_cache.open(m_dir.filePath(QStringLiteral("t.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(m_cache).importDemo().ok());
    }

    void model_passesTheTesterWithDemoRows()
    {
        PublicationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(PublicationTableModel::loadRows(m_cache, QStringLiteral("A5017898742")).value());
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.columnCount(), int(PublicationTableModel::ColumnCount));
        const int row = model.rowOf(QStringLiteral("W2250748100"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, PublicationTableModel::Citations).data().toInt(), 28);
        QCOMPARE(model.index(row, PublicationTableModel::Year).data().toInt(), 2015);
        QCOMPARE(model.index(row, PublicationTableModel::Doi).data().toString(), QStringLiteral("10.1145/2795233"));
        QCOMPARE(model.index(row, PublicationTableModel::Venue).data().toString(), QStringLiteral("Journal on Computing and Cultural Heritage"));
        // 11 authors: abbreviated in the cell, complete in the tooltip.
        const QString cell = model.index(row, PublicationTableModel::Authors).data().toString();
        const QString tip = model.index(row, PublicationTableModel::Authors).data(Qt::ToolTipRole).toString();
        QVERIFY(cell.contains(QLatin1String("(11)")));
        QCOMPARE(tip.count(u',') + 1, 11);
    }

    void checkColumn_togglesExclusion()
    {
        PublicationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(PublicationTableModel::loadRows(m_cache, QStringLiteral("A5017898742")).value());
        QSignalSpy spy(&model, &PublicationTableModel::exclusionChanged);
        const QModelIndex check = model.index(0, PublicationTableModel::Included);
        QCOMPARE(check.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.setData(check, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(check.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(model.excluded().size(), 1);
        QVERIFY(model.setData(check, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.excluded().isEmpty());
    }

    void proxy_sortsNumbersAsNumbersAndFilters()
    {
        PublicationTableModel model;
        model.setRows(PublicationTableModel::loadRows(m_cache, QStringLiteral("A5017898742")).value());
        PublicationFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(PublicationTableModel::Citations, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, PublicationTableModel::Citations).data().toInt(), 28);
        QCOMPARE(proxy.index(1, PublicationTableModel::Citations).data().toInt(), 10);
        QCOMPARE(proxy.index(2, PublicationTableModel::Citations).data().toInt(), 2);

        proxy.setYearRange(2016, 2019);
        QCOMPARE(proxy.rowCount(), 3); // 2016, 2017, 2019
        proxy.setYearRange(0, 0);
        proxy.setTypes({QStringLiteral("preprint")});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setTypes({});
        proxy.setOpenAccessOnly(true);
        QVERIFY(proxy.rowCount() < 9);
        proxy.setOpenAccessOnly(false);
        proxy.setVenue(QStringLiteral("ieee"));
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setVenue({});
        proxy.setWorkIds({QStringLiteral("W2241997964")}, false);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setWorkIds({}, true);
        QCOMPARE(proxy.rowCount(), 9);
    }

    void arrange_sortsTextByCollationAndKeepsLoadedOrderOnTies()
    {
        auto row = [](const char *id, int year, const char *title, int cites) {
            PublicationRow r;
            r.id = QString::fromLatin1(id);
            r.year = year;
            r.title = QString::fromUtf8(title);
            r.citations = cites;
            return r;
        };
        const QList<PublicationRow> rows{row("W1", 2020, "beta", 5), row("W2", 2020, "Alpha", 5),
                                         row("W3", 2019, "Émile", 9), row("W4", 2018, "alpha", 0),
                                         row("W5", 0, "Zeta 10", 1), row("W6", 2021, "Zeta 9", 5)};
        auto ids = [&](const QList<int> &order) {
            QStringList out;
            for (int i : order)
                out << rows.at(i).id;
            return out.join(u' ');
        };
        const PublicationFilter all;
        // Case and accents do not split the alphabet; numbers inside titles sort as numbers.
        QCOMPARE(ids(arrangePublications(rows, {}, all, {PublicationTableModel::Title, Qt::AscendingOrder})),
                 QStringLiteral("W2 W4 W1 W3 W6 W5"));
        // Equal citation counts keep the loaded order, in both directions.
        QCOMPARE(ids(arrangePublications(rows, {}, all, {PublicationTableModel::Citations, Qt::DescendingOrder})),
                 QStringLiteral("W3 W1 W2 W6 W5 W4"));
        QCOMPARE(ids(arrangePublications(rows, {}, all, {PublicationTableModel::Citations, Qt::AscendingOrder})),
                 QStringLiteral("W4 W5 W1 W2 W6 W3"));
        // Left-out works first when sorting the check column ascending.
        QCOMPARE(ids(arrangePublications(rows, {QStringLiteral("W3")}, all, {PublicationTableModel::Included, Qt::AscendingOrder})),
                 QStringLiteral("W3 W1 W2 W4 W5 W6"));
        // A year range drops works without a year.
        PublicationFilter recent;
        recent.yearFrom = 2019;
        QCOMPARE(ids(arrangePublications(rows, {}, recent, {PublicationTableModel::Year, Qt::AscendingOrder})),
                 QStringLiteral("W3 W1 W2 W6"));
        PublicationFilter upTo;
        upTo.yearTo = 2019;
        QCOMPARE(ids(arrangePublications(rows, {}, upTo, {})), QStringLiteral("W3 W4"));
    }

    void proxy_handsOutLargeTablesInChunks()
    {
        QList<PublicationRow> rows;
        for (int i = 0; i < 1234; ++i) {
            PublicationRow r;
            r.id = QStringLiteral("W%1").arg(i);
            r.year = 2020 - i / 100;
            r.title = QStringLiteral("Work %1").arg(i);
            r.citations = i % 17;
            rows << r;
        }
        PublicationTableModel model;
        // No QAbstractItemModelTester here: it fetches every row itself.
        PublicationFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(PublicationTableModel::Year, Qt::DescendingOrder);
        model.setRows(rows);
        // The view gets the first chunk; the rest comes as it scrolls.
        QCOMPARE(proxy.matchCount(), 1234);
        QCOMPARE(proxy.rowCount(), PublicationFilterProxy::kChunk);
        QVERIFY(proxy.canFetchMore({}));
        proxy.fetchMore({});
        QCOMPARE(proxy.rowCount(), 2 * PublicationFilterProxy::kChunk);
        proxy.fetchMore({});
        QCOMPARE(proxy.rowCount(), 1234);
        QVERIFY(!proxy.canFetchMore({}));
        QCOMPARE(proxy.index(1233, PublicationTableModel::Title).data().toString(), QStringLiteral("Work 1233"));

        // Asking for a work further down brings its chunk in.
        proxy.setVenue(QStringLiteral("nowhere"));
        QCOMPARE(proxy.matchCount(), 0);
        proxy.setVenue({});
        QCOMPARE(proxy.rowCount(), PublicationFilterProxy::kChunk);
        const QModelIndex far = proxy.indexOfWork(QStringLiteral("W1100"));
        QVERIFY(far.isValid());
        QCOMPARE(far.row(), 1100);
        QCOMPARE(proxy.rowCount(), 1234);
        QCOMPARE(far.data(PublicationTableModel::WorkIdRole).toString(), QStringLiteral("W1100"));
    }

    void proxy_sortsAndFiltersLargeTablesOffTheCallingThread()
    {
        PublicationTableModel model;
        model.setRows(PublicationTableModel::loadRows(m_cache, QStringLiteral("A5017898742")).value());
        PublicationFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setBackgroundThreshold(0); // every table counts as large
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 9); // the loaded order needs no worker
        QSignalSpy arranged(&proxy, &PublicationFilterProxy::arranged);
        proxy.sort(PublicationTableModel::Citations, Qt::DescendingOrder);
        QVERIFY(proxy.isArranging());
        QCOMPARE(proxy.rowCount(), 9); // the old order stays on screen meanwhile
        QTRY_VERIFY(!proxy.isArranging());
        QCOMPARE(proxy.index(0, PublicationTableModel::Citations).data().toInt(), 28);
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, PublicationTableModel::Citations).data().toInt()
                    >= proxy.index(r, PublicationTableModel::Citations).data().toInt());

        // A newer request wins over one still running.
        proxy.setYearRange(2016, 2019);
        proxy.setYearRange(2017, 0);
        QTRY_VERIFY(!proxy.isArranging());
        QCOMPARE(proxy.matchCount(), 4);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r, PublicationTableModel::Year).data().toInt() >= 2017);

        // New rows while sorted by citations: nothing on screen until sorted.
        model.setRows(PublicationTableModel::loadRows(m_cache, QStringLiteral("A5017898742")).value());
        QVERIFY(proxy.isArranging());
        QCOMPARE(proxy.rowCount(), 0);
        QTRY_COMPARE(proxy.rowCount(), 4);
        QVERIFY(arranged.count() >= 4);
    }

    void firstScreen_isTheStartOfTheFullList_withAndWithoutCorrections()
    {
        QTemporaryDir dir;
        Cache cache;
        QCOMPARE(cache.open(dir.filePath(QStringLiteral("c.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        const QString demo = Importer::demoAuthorId();
        auto ids = [](const QList<PublicationRow> &rows) {
            QStringList out;
            for (const PublicationRow &r : rows)
                out << r.id;
            return out;
        };
        auto checkPrefix = [&](const QString &who, int expected) {
            const QStringList all = ids(PublicationTableModel::loadRows(cache, who).value());
            QCOMPARE(all.size(), expected);
            QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), expected); // each work once
            for (int n : {1, 4, expected})
                QCOMPARE(ids(PublicationTableModel::loadRows(cache, who, n).value()), all.mid(0, n));
        };
        // No corrections: the plain path (and the covering index for the first screen).
        checkPrefix(demo, 9);
        QVERIFY(!QTest::currentTestFailed());
        const QStringList all = ids(PublicationTableModel::loadRows(cache, demo).value());

        identity::Corrections corrections(cache);
        // A co-author merged in: their works are the demo author's too, each counts once.
        const QString coauthor = cache.coauthors(demo).first().id;
        QVERIFY(corrections.merge(demo, {coauthor}).ok);
        checkPrefix(demo, 9);
        QVERIFY(corrections.undo().ok);
        // Excluded and split-off works leave the list; the split-off person has them.
        QVERIFY(corrections.exclude(demo, {all.at(0)}).ok);
        checkPrefix(demo, 8);
        const identity::Corrections::Result split = corrections.split(demo, {all.at(1), all.at(2)});
        QVERIFY2(split.ok, qPrintable(split.error));
        checkPrefix(demo, 6);
        QCOMPARE(ids(PublicationTableModel::loadRows(cache, split.personId).value()), (QStringList{all.at(1), all.at(2)}));
    }

    void fwciAndPercentile_formattedSortedAsNumbers_unknownLast()
    {
        PublicationTableModel model;
        model.setRows(PublicationTableModel::loadRows(m_cache, QStringLiteral("A5017898742")).value());
        const int known = model.rowOf(QStringLiteral("W2250748100"));    // fwci 6.226, percentile 0.973323
        const int unknown = model.rowOf(QStringLiteral("W3188841554"));  // "fwci": null
        QVERIFY(known >= 0 && unknown >= 0);
        QCOMPARE(model.headerData(PublicationTableModel::Fwci, Qt::Horizontal).toString(), QStringLiteral("FWCI"));
        QCOMPARE(model.index(known, PublicationTableModel::Fwci).data().toString(), QStringLiteral("6.23"));
        QCOMPARE(model.index(known, PublicationTableModel::Fwci).data(PublicationTableModel::SortRole).toDouble(), 6.226);
        QCOMPARE(model.index(known, PublicationTableModel::Percentile).data().toString(), QStringLiteral("97.3"));
        QCOMPARE(model.index(known, PublicationTableModel::Percentile).data(PublicationTableModel::SortRole).toDouble(), 0.973323);
        QCOMPARE(model.index(unknown, PublicationTableModel::Fwci).data().toString(), QString());
        QVERIFY(!model.index(unknown, PublicationTableModel::Fwci).data(PublicationTableModel::SortRole).isValid());

        PublicationFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        for (const int column : {int(PublicationTableModel::Fwci), int(PublicationTableModel::Percentile)}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(column, order);
                QCOMPARE(proxy.rowCount(), 9);
                bool seenUnknown = false;
                double previous = order == Qt::AscendingOrder ? -1.0 : 1e9;
                int unknowns = 0;
                for (int row = 0; row < proxy.rowCount(); ++row) {
                    const QVariant v = proxy.index(row, column).data(PublicationTableModel::SortRole);
                    if (!v.isValid()) {
                        seenUnknown = true;
                        ++unknowns;
                        continue;
                    }
                    QVERIFY2(!seenUnknown, "an unknown value sorted before a known one");
                    // As numbers: 10.5 after 9, not between 1 and 2.
                    QVERIFY(order == Qt::AscendingOrder ? v.toDouble() >= previous : v.toDouble() <= previous);
                    previous = v.toDouble();
                }
                if (column == PublicationTableModel::Fwci)
                    QVERIFY(unknowns >= 1);
            }
        }
        // The counted papers carry their FWCI into the metrics.
        double sum = 0;
        int withFwci = 0;
        for (const metrics::Paper &p : model.includedPapers())
            if (p.fwci >= 0) {
                sum += p.fwci;
                ++withFwci;
            }
        const metrics::CitationMetrics m = metrics::compute(model.includedPapers(), 2026);
        QCOMPARE(m.fwciPapers, withFwci);
        QCOMPARE(m.meanFwci, sum / withFwci);
    }

    void untitledWork_showsUntitled_inCellTooltipAndCitation()
    {
        QTemporaryDir dir;
        Cache cache;
        QCOMPARE(cache.open(dir.filePath(QStringLiteral("u.db"))), Cache::OpenStatus::Ok);
        const QByteArray json = R"({"meta":{},"results":[{"id":"https://openalex.org/W1","title":null,"display_name":null,)"
                                R"("publication_year":null,"authorships":[{"author":{"id":"https://openalex.org/A1","display_name":null},)"
                                R"("raw_author_name":null},{"author":{"id":null,"display_name":"No Id"}}]}]})";
        ImportReport report;
        QVERIFY(Importer(cache).importDocument(json, QStringLiteral("untitled"), &report));
        QCOMPARE(report.works, 1);
        PublicationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(PublicationTableModel::loadRows(cache, QStringLiteral("A1")).value());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PublicationTableModel::Title).data().toString(), untitledLabel());
        QCOMPARE(model.index(0, PublicationTableModel::Title).data(Qt::ToolTipRole).toString(), untitledLabel());
        QCOMPARE(model.index(0, PublicationTableModel::Year).data().toString(), QString());
        QCOMPARE(model.index(0, PublicationTableModel::Fwci).data().toString(), QString());
        const QString citation = PublicationTableModel::citation(model.row(0));
        QVERIFY2(citation.contains(QLatin1String("(n.d.)")) && citation.contains(untitledLabel()), qPrintable(citation));
        // The authorship without an author ID is stored, with its name, but
        // is nobody's work and nobody's co-author.
        QCOMPARE(cache.work(QStringLiteral("W1"))->authorships.size(), 2);
        QVERIFY(cache.coauthors(QStringLiteral("A1")).isEmpty());
    }

    void unknownAuthor_givesNoRows()
    {
        QVERIFY(PublicationTableModel::loadRows(m_cache, QStringLiteral("A0000000000")).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PublicationTableModel)
#include "tst_publicationtablemodel.moc"
