#include "cache/cache.h"
#include "cache/importer.h"
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
        model.setRows(PublicationTableModel::loadRows(m_cache, QStringLiteral("A5017898742")));
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
        model.setRows(PublicationTableModel::loadRows(m_cache, QStringLiteral("A5017898742")));
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
        model.setRows(PublicationTableModel::loadRows(m_cache, QStringLiteral("A5017898742")));
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

    void unknownAuthor_givesNoRows()
    {
        QVERIFY(PublicationTableModel::loadRows(m_cache, QStringLiteral("A0000000000")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PublicationTableModel)
#include "tst_publicationtablemodel.moc"
