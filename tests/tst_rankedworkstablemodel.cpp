// The research graph's ranked tables over the demo author's real citation
// network: rows as the network ranks them, headers per kind, the sort
// through a proxy with SortRole (numbers as numbers, unknown values apart),
// rowOf, the roles, and how works without a title or a cache record read.

#include "cache/cache.h"
#include "cache/importer.h"
#include "citations/citationnetwork.h"
#include "core/displaytext.h"
#include "itemmodels/rankedworkstablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace peerscope;
using citations::RankedWork;
using WorkStatus = citations::Status;
using Kind = RankedWorksTableModel::Kind;

namespace {

RankedWork rankedWork(const QString &id, WorkStatus status, int count, double share, const QString &title = {},
                      int year = 0, int citedBy = -1, double pageRank = 0.0)
{
    RankedWork r;
    r.work.id = id;
    r.work.status = status;
    r.work.title = title;
    r.work.year = year;
    r.work.citedByCount = citedBy;
    r.work.firstAuthor = title.isEmpty() ? QString() : QStringLiteral("Author of %1").arg(id);
    r.count = count;
    r.share = share;
    r.pageRank = pageRank;
    return r;
}

QStringList idsInViewOrder(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(RankedWorksTableModel::IdRole).toString();
    return out;
}

} // namespace

class TestRankedWorksTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<citations::CitationNetwork> m_net;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Cache cache;
        QCOMPARE(cache.open(m_dir.filePath(QStringLiteral("demo.sqlite"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        auto net = citations::CitationNetwork::load(cache, citations::SeedSet{Importer::demoAuthorId(), {}});
        QVERIFY2(net.ok(), qPrintable(net.error()));
        m_net = *net;
        QVERIFY(!m_net->foundations().isEmpty());
        QVERIFY(!m_net->followUps().isEmpty());
        QVERIFY(!m_net->similarWorks().isEmpty());
    }

    // Each list's rows in the network's order, every cell from its row.
    void rows_areTheNetworksRows_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("foundations") << int(Kind::Foundations);
        QTest::newRow("followUps") << int(Kind::FollowUps);
        QTest::newRow("similar") << int(Kind::Similar);
    }

    void rows_areTheNetworksRows()
    {
        QFETCH(int, kind);
        const QList<RankedWork> rows = kind == int(Kind::Foundations) ? m_net->foundations()
                                       : kind == int(Kind::FollowUps)  ? m_net->followUps()
                                                                       : m_net->similarWorks();
        RankedWorksTableModel model{Kind(kind)};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setRows(rows);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), rows.size());
        QCOMPARE(model.columnCount(), int(RankedWorksTableModel::ColumnCount));
        for (int i = 0; i < rows.size(); ++i) {
            const RankedWork &r = rows.at(i);
            auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(i, column).data(role); };
            QCOMPARE(cell(0, RankedWorksTableModel::IdRole).toString(), r.work.id);
            QCOMPARE(cell(RankedWorksTableModel::TitleColumn, RankedWorksTableModel::IdRole).toString(), r.work.id);
            QCOMPARE(cell(0, RankedWorksTableModel::StatusRole).toString(), citations::statusName(r.work.status));
            QCOMPARE(cell(RankedWorksTableModel::CountColumn).toInt(), r.count);
            QCOMPARE(cell(RankedWorksTableModel::CountColumn, RankedWorksTableModel::SortRole).toInt(), r.count);
            QCOMPARE(cell(RankedWorksTableModel::ShareColumn, RankedWorksTableModel::SortRole).toDouble(), r.share);
            QVERIFY(cell(RankedWorksTableModel::ShareColumn).toString().endsWith(u'%'));
            QCOMPARE(cell(RankedWorksTableModel::CitedByColumn, RankedWorksTableModel::SortRole).isValid(),
                     r.work.citedByCount >= 0);
            QCOMPARE(cell(RankedWorksTableModel::PageRankColumn, RankedWorksTableModel::SortRole).toDouble(), r.pageRank);
            QCOMPARE(model.rowOf(r.work.id), i);
            if (r.work.status == WorkStatus::New) {
                QCOMPARE(cell(RankedWorksTableModel::TitleColumn).toString(), r.work.id);
                QCOMPARE(cell(RankedWorksTableModel::TitleColumn, RankedWorksTableModel::TitleKnownRole).toBool(), false);
            } else if (!r.work.title.isEmpty()) {
                QCOMPARE(cell(RankedWorksTableModel::TitleColumn).toString(), r.work.title);
                QCOMPARE(cell(RankedWorksTableModel::FirstAuthorColumn).toString(), r.work.firstAuthor);
            }
        }
        QCOMPARE(model.rowOf(QStringLiteral("W0")), -1);
        // Own works appear only where the network puts seeds.
        const bool anyOwn = std::any_of(rows.cbegin(), rows.cend(), [](const RankedWork &r) { return r.work.status == WorkStatus::Own; });
        if (kind == int(Kind::Similar))
            QVERIFY(!anyOwn);
    }

    void headers_dependOnTheKind()
    {
        RankedWorksTableModel foundations(Kind::Foundations);
        RankedWorksTableModel followUps(Kind::FollowUps);
        RankedWorksTableModel similar(Kind::Similar);
        auto header = [](const RankedWorksTableModel &m, int section, int role = Qt::DisplayRole) {
            return m.headerData(section, Qt::Horizontal, role).toString();
        };
        QCOMPARE(header(foundations, RankedWorksTableModel::CountColumn), QStringLiteral("Seeds citing it"));
        QCOMPARE(header(followUps, RankedWorksTableModel::CountColumn), QStringLiteral("Seeds it cites"));
        QCOMPARE(header(similar, RankedWorksTableModel::CountColumn), QStringLiteral("Shared"));
        QVERIFY(header(foundations, RankedWorksTableModel::CountColumn, Qt::ToolTipRole)
                != header(similar, RankedWorksTableModel::CountColumn, Qt::ToolTipRole));
        QVERIFY(header(foundations, RankedWorksTableModel::ShareColumn, Qt::ToolTipRole)
                != header(followUps, RankedWorksTableModel::ShareColumn, Qt::ToolTipRole));
        for (const RankedWorksTableModel *m : {&foundations, &followUps, &similar}) {
            QSet<QString> names;
            for (int c = 0; c < RankedWorksTableModel::ColumnCount; ++c) {
                QVERIFY2(!header(*m, c).isEmpty(), qPrintable(QString::number(c)));
                names.insert(header(*m, c));
            }
            QCOMPARE(names.size(), int(RankedWorksTableModel::ColumnCount));
            for (int c : {int(RankedWorksTableModel::StatusColumn), int(RankedWorksTableModel::CountColumn),
                          int(RankedWorksTableModel::ShareColumn), int(RankedWorksTableModel::CitedByColumn),
                          int(RankedWorksTableModel::PageRankColumn)})
                QVERIFY(!header(*m, c, Qt::ToolTipRole).isEmpty());
            QVERIFY(!m->headerData(0, Qt::Vertical, Qt::DisplayRole).isValid());
        }
        QCOMPARE(header(similar, RankedWorksTableModel::TitleColumn), QStringLiteral("Title"));
        QCOMPARE(header(similar, RankedWorksTableModel::FirstAuthorColumn), QStringLiteral("First author"));
    }

    // A proxy sorting by SortRole: counts as numbers (10 after 9), years
    // and citation counts unknown kept apart from 0, titles folded.
    void sort_numbersAsNumbers()
    {
        const QList<RankedWork> rows{
            rankedWork(QStringLiteral("W1"), WorkStatus::Cached, 9, 0.9, QStringLiteral("beta"), 2001, 5, 0.2),
            rankedWork(QStringLiteral("W2"), WorkStatus::Own, 10, 1.0, QStringLiteral("Alpha"), 1999, 100, 0.3),
            rankedWork(QStringLiteral("W3"), WorkStatus::New, 2, 0.2),
            rankedWork(QStringLiteral("W4"), WorkStatus::Cached, 1, 0.1, QStringLiteral("gamma"), 0, 0, 0.1),
        };
        RankedWorksTableModel model(Kind::Similar);
        model.setRows(rows);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RankedWorksTableModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        proxy.sort(RankedWorksTableModel::CountColumn, Qt::DescendingOrder);
        QCOMPARE(idsInViewOrder(proxy), (QStringList{"W2", "W1", "W3", "W4"}));
        proxy.sort(RankedWorksTableModel::CountColumn, Qt::AscendingOrder);
        QCOMPARE(idsInViewOrder(proxy), (QStringList{"W4", "W3", "W1", "W2"}));
        proxy.sort(RankedWorksTableModel::ShareColumn, Qt::AscendingOrder);
        QCOMPARE(idsInViewOrder(proxy), (QStringList{"W4", "W3", "W1", "W2"}));
        // W4 has 0 citations, W3 an unknown count: 0 sorts as a number.
        proxy.sort(RankedWorksTableModel::CitedByColumn, Qt::AscendingOrder);
        QCOMPARE(idsInViewOrder(proxy).mid(0, 3), (QStringList{"W4", "W1", "W2"}));
        proxy.sort(RankedWorksTableModel::YearColumn, Qt::AscendingOrder);
        QCOMPARE(idsInViewOrder(proxy).mid(0, 2), (QStringList{"W2", "W1"}));
        proxy.sort(RankedWorksTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(idsInViewOrder(proxy), (QStringList{"W2", "W1", "W4", "W3"})); // alpha beta gamma, then "w3"
        proxy.sort(RankedWorksTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(idsInViewOrder(proxy).first(), QStringLiteral("W2"));
        QCOMPARE(idsInViewOrder(proxy).last(), QStringLiteral("W3"));
        // No value sorts apart from the numbers (after them ascending, so
        // before them descending, as in the publications table).
        proxy.sort(RankedWorksTableModel::PageRankColumn, Qt::DescendingOrder);
        QCOMPARE(idsInViewOrder(proxy), (QStringList{"W3", "W2", "W1", "W4"}));
        proxy.sort(RankedWorksTableModel::PageRankColumn, Qt::AscendingOrder);
        QCOMPARE(idsInViewOrder(proxy), (QStringList{"W4", "W1", "W2", "W3"}));
    }

    // The demo's foundations sorted by the proxy on each numeric column
    // agree with the rows sorted here by the raw values.
    void sort_demoMatchesRawValues()
    {
        const QList<RankedWork> rows = m_net->foundations();
        RankedWorksTableModel model(Kind::Foundations);
        model.setRows(rows);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RankedWorksTableModel::SortRole);
        proxy.sort(RankedWorksTableModel::PageRankColumn, Qt::DescendingOrder);
        QList<double> shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, RankedWorksTableModel::PageRankColumn).data(RankedWorksTableModel::SortRole).toDouble();
        QList<double> expected;
        for (const RankedWork &r : rows)
            expected << r.pageRank;
        std::sort(expected.begin(), expected.end(), std::greater<>());
        QCOMPARE(shown, expected);
        QVERIFY(expected.first() > expected.last());

        proxy.sort(RankedWorksTableModel::CountColumn, Qt::DescendingOrder);
        QList<int> counts;
        for (int row = 0; row < proxy.rowCount(); ++row)
            counts << proxy.index(row, RankedWorksTableModel::CountColumn).data().toInt();
        QVERIFY(std::is_sorted(counts.cbegin(), counts.cend(), std::greater<>()));
    }

    // Works without a title: a new one shows its ID, a cached one the
    // untitled label; both say so in the tooltip and TitleKnownRole.
    void untitledAndNewRows()
    {
        RankedWorksTableModel model(Kind::Foundations);
        model.setRows({rankedWork(QStringLiteral("W10"), WorkStatus::New, 3, 0.03),
                       rankedWork(QStringLiteral("W11"), WorkStatus::Cached, 2, 0.5, QString(), 2010, 4),
                       rankedWork(QStringLiteral("W12"), WorkStatus::Own, 1, 0.25, QStringLiteral("A title"), 2011, 7, 0.01)});
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(0, RankedWorksTableModel::TitleColumn).toString(), QStringLiteral("W10"));
        QCOMPARE(cell(1, RankedWorksTableModel::TitleColumn).toString(), untitledLabel());
        QCOMPARE(cell(2, RankedWorksTableModel::TitleColumn).toString(), QStringLiteral("A title"));
        QCOMPARE(cell(0, RankedWorksTableModel::TitleColumn, RankedWorksTableModel::TitleKnownRole).toBool(), false);
        QCOMPARE(cell(1, RankedWorksTableModel::TitleColumn, RankedWorksTableModel::TitleKnownRole).toBool(), false);
        QCOMPARE(cell(2, RankedWorksTableModel::TitleColumn, RankedWorksTableModel::TitleKnownRole).toBool(), true);
        QVERIFY(cell(0, RankedWorksTableModel::TitleColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("W10")));
        QVERIFY(cell(1, RankedWorksTableModel::TitleColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("W11")));
        // Status words and their explanations.
        QCOMPARE(cell(0, RankedWorksTableModel::StatusColumn).toString(), QStringLiteral("New"));
        QCOMPARE(cell(1, RankedWorksTableModel::StatusColumn).toString(), QStringLiteral("Cached"));
        QCOMPARE(cell(2, RankedWorksTableModel::StatusColumn).toString(), QStringLiteral("Own work"));
        QCOMPARE(cell(2, RankedWorksTableModel::StatusColumn, RankedWorksTableModel::StatusRole).toString(), QStringLiteral("own"));
        QSet<QString> tips;
        for (int row = 0; row < 3; ++row)
            tips.insert(cell(row, RankedWorksTableModel::StatusColumn, Qt::ToolTipRole).toString());
        QCOMPARE(tips.size(), 3);
        // Unknown values are empty, not 0; a small share keeps a decimal.
        QCOMPARE(cell(0, RankedWorksTableModel::YearColumn).toString(), QString());
        QCOMPARE(cell(0, RankedWorksTableModel::CitedByColumn).toString(), QString());
        QCOMPARE(cell(0, RankedWorksTableModel::PageRankColumn).toString(), QString());
        QVERIFY(!cell(0, RankedWorksTableModel::YearColumn, RankedWorksTableModel::SortRole).isValid());
        QCOMPARE(cell(0, RankedWorksTableModel::ShareColumn).toString(), QStringLiteral("3.0%"));
        QCOMPARE(cell(1, RankedWorksTableModel::ShareColumn).toString(), QStringLiteral("50%"));
        QCOMPARE(cell(1, RankedWorksTableModel::YearColumn).toInt(), 2010);
        QCOMPARE(cell(2, RankedWorksTableModel::PageRankColumn).toString(), QStringLiteral("0.01"));
        QCOMPARE(cell(2, RankedWorksTableModel::CountColumn, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        // A new list replaces the old, rowOf included.
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("W10")), -1);
    }

    // Ten thousand rows: set and sorted by the proxy (folded keys made once).
    void manyRows()
    {
        QList<RankedWork> rows;
        rows.reserve(10000);
        for (int i = 0; i < 10000; ++i)
            rows << rankedWork(QStringLiteral("W%1").arg(i), i % 3 ? WorkStatus::Cached : WorkStatus::New, (i * 7919) % 101,
                               0.5, i % 5 ? QStringLiteral("Title %1").arg(10000 - i) : QString(), 1990 + i % 30, i);
        RankedWorksTableModel model(Kind::Similar);
        model.setRows(rows);
        QCOMPARE(model.rowOf(QStringLiteral("W9999")), 9999);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RankedWorksTableModel::SortRole);
        proxy.sort(RankedWorksTableModel::TitleColumn);
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row - 1, RankedWorksTableModel::TitleColumn).data(RankedWorksTableModel::SortRole).toString()
                    <= proxy.index(row, RankedWorksTableModel::TitleColumn).data(RankedWorksTableModel::SortRole).toString());
        proxy.sort(RankedWorksTableModel::CountColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, RankedWorksTableModel::CountColumn).data().toInt(), 100);
    }
};

QTEST_GUILESS_MAIN(TestRankedWorksTableModel)
#include "tst_rankedworkstablemodel.moc"
