// The Research graph tab, driven through the window as a user would: by
// objectName, on the demo author's cache with a few citing works added.
// Every expected count is read from the cache with plain SQL here, apart
// from the code under test.

#include "cache/cache.h"
#include "cache/importer.h"
#include "itemmodels/rankedworkstablemodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "network/networkview.h"
#include "researchgraphpanel.h"
#include "sync/synccontroller.h"

#include "fakeopenalexserver.h"
#include "fastsyncconfig.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace peerscope;

namespace {

const QString kConnection = QStringLiteral("tst_researchgraph_gui");

// Works citing the demo author's works (and one of their references), as a
// citation sync would have written them.
struct CitingWork {
    const char *id;
    int year;
    QStringList cites;
};

} // namespace

class TestResearchGraphGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Cache m_cache;
    QStringList m_seeds;

    QStringList column(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(kConnection));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    QString seedList() const
    {
        QStringList quoted;
        for (const QString &s : m_seeds)
            quoted << u'\'' + s + u'\'';
        return quoted.join(u',');
    }

    static bool open(MainWindow &w)
    {
        QSignalSpy loaded(&w, &MainWindow::authorLoaded);
        if (!w.openAuthor(Importer::demoAuthorId()))
            return false;
        return loaded.size() > 0 || loaded.wait(10000);
    }

    // Triggers a palette action and waits for the map it builds.
    static ResearchGraphPanel *showMap(MainWindow &w, const char *action)
    {
        auto *panel = w.findChild<ResearchGraphPanel *>(QStringLiteral("researchGraphPanel"));
        if (!panel)
            return nullptr;
        QSignalSpy built(panel, &ResearchGraphPanel::graphChanged);
        auto *a = w.findChild<QAction *>(QString::fromLatin1(action));
        if (!a || !w.paletteActions().contains(a))
            return nullptr;
        a->trigger();
        // The last build asked for is the one that arrives (older ones are superseded).
        if (!QTest::qWaitFor([&] { return built.size() > 0 && !panel->isBuilding(); }, 20000))
            return nullptr;
        return panel;
    }

    static QHash<NodeType, int> countsByType(const TypedGraph &g)
    {
        QHash<NodeType, int> counts;
        for (const TypedNode &n : g.nodes())
            ++counts[n.type];
        return counts;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("cache.db"));
        QCOMPARE(m_cache.open(path), Cache::OpenStatus::Ok);
        QVERIFY(Importer(m_cache).importDemo().ok());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        m_seeds = column(QStringLiteral("SELECT DISTINCT work_id FROM authorships WHERE author_id = ? ORDER BY work_id"),
                         {Importer::demoAuthorId()});
        QVERIFY(m_seeds.size() >= 5);
        const QStringList referenced = column(QStringLiteral("SELECT cited_id FROM work_references WHERE citing_id IN (%1) "
                                                             "ORDER BY cited_id LIMIT 1").arg(seedList()));
        QCOMPARE(referenced.size(), 1);
        const QList<CitingWork> citing{
            {"W9900000001", 2022, {m_seeds.at(0), m_seeds.at(1)}},
            {"W9900000002", 2023, {m_seeds.at(1), referenced.first()}},
            {"W9900000003", 2024, {m_seeds.at(2), m_seeds.at(3), m_seeds.at(1)}},
        };
        for (const CitingWork &c : citing) {
            Work w;
            w.id = QString::fromLatin1(c.id);
            w.title = QStringLiteral("A work citing the demo author, %1").arg(c.year);
            w.publicationYear = c.year;
            w.referencedWorks = c.cites;
            w.referencesListed = true;
            w.rawJson = QStringLiteral("{\"id\":\"https://openalex.org/%1\"}").arg(w.id).toUtf8();
            QVERIFY(m_cache.upsertSlimWork(w));
        }
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(kConnection).close();
        QSqlDatabase::removeDatabase(kConnection);
    }

    void contextMap_countsByTypeMatchTheCache()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w));
        ResearchGraphPanel *panel = showMap(w, "researchContextAction");
        QVERIFY(panel);
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Research graph"));
        auto *view = w.findChild<views::NetworkView *>(QStringLiteral("researchGraphView"));
        QVERIFY(view);
        const QHash<NodeType, int> counts = countsByType(view->typedGraph());

        const QString seeds = seedList();
        const int coauthors = int(column(QStringLiteral("SELECT DISTINCT author_id FROM authorships WHERE work_id IN (%1) "
                                                        "AND author_id <> '' AND author_id <> ?").arg(seeds),
                                         {Importer::demoAuthorId()}).size());
        const int topics = int(column(QStringLiteral("SELECT DISTINCT topic_id FROM work_topics WHERE work_id IN (%1)").arg(seeds)).size());
        const int sources = int(column(QStringLiteral("SELECT DISTINCT source_id FROM works WHERE id IN (%1) AND source_id <> ''")
                                           .arg(seeds)).size());
        // Institutions rolled up to the top of their lineage (the last ID of
        // OpenAlex's lineage; itself when the cache has none).
        QSet<QString> institutions;
        for (const QString &id : column(QStringLiteral("SELECT DISTINCT institution_id FROM authorship_institutions WHERE work_id IN (%1)")
                                            .arg(seeds))) {
            const QJsonArray lineage = QJsonDocument::fromJson(
                column(QStringLiteral("SELECT raw_json FROM institutions WHERE id = ?"), {id}).value(0).toUtf8())
                                           .object().value(QStringLiteral("lineage")).toArray();
            const QStringList top = lineage.isEmpty() ? QStringList{} : QStringList{lineage.last().toString()};
            institutions.insert(top.isEmpty() ? id : top.first().section(u'/', -1));
        }
        const ContextOptions caps;
        QCOMPARE(counts.value(NodeType::Work), int(m_seeds.size()));
        QCOMPARE(counts.value(NodeType::Person), 1 + std::min(coauthors, caps.maxCoauthors));
        QCOMPARE(counts.value(NodeType::Topic), std::min(topics, caps.maxTopics));
        QCOMPARE(counts.value(NodeType::Source), std::min(sources, caps.maxSources));
        QCOMPARE(counts.value(NodeType::Institution), std::min(int(institutions.size()), caps.maxInstitutions));
        QCOMPARE(view->typedGraph().nodes().at(0).id, Importer::demoAuthorId());
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("honestyLabel"))->text().isEmpty());
    }

    void hidingAType_removesItsNodesFromTheView()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w));
        ResearchGraphPanel *panel = showMap(w, "researchContextAction");
        QVERIFY(panel);
        auto *view = w.findChild<views::NetworkView *>(QStringLiteral("researchGraphView"));
        auto *toggle = w.findChild<QToolButton *>(QStringLiteral("typeToggle_topic"));
        QVERIFY(toggle && toggle->isChecked());
        const TypedGraph &g = view->typedGraph();
        int topics = 0;
        for (int i = 0; i < g.nodeCount(); ++i)
            if (g.nodes().at(i).type == NodeType::Topic) {
                QVERIFY(view->scene().isNodeVisible(i));
                ++topics;
            }
        QVERIFY(topics > 0);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!toggle->isChecked());
        QVERIFY(!view->isTypeVisible(NodeType::Topic));
        for (int i = 0; i < g.nodeCount(); ++i)
            QCOMPARE(view->scene().isNodeVisible(i), g.nodes().at(i).type != NodeType::Topic);
        QTest::mouseClick(toggle, Qt::LeftButton);
        for (int i = 0; i < g.nodeCount(); ++i)
            QVERIFY(view->scene().isNodeVisible(i));
    }

    void citationsMap_seedsFoundationsAndFollowUpsFromTheCache()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w));
        ResearchGraphPanel *panel = showMap(w, "researchCitationsAction");
        QVERIFY(panel);
        QCOMPARE(panel->map(), ResearchMap::Citations);
        QCOMPARE(w.findChild<QComboBox *>(QStringLiteral("researchMapChooser"))->currentIndex(), 1);
        const QString seeds = seedList();
        const QStringList foundations = column(QStringLiteral("SELECT DISTINCT cited_id FROM work_references "
                                                              "WHERE citing_id IN (%1) AND cited_id <> citing_id").arg(seeds));
        const QStringList followUps = column(QStringLiteral("SELECT DISTINCT citing_id FROM work_references "
                                                            "WHERE cited_id IN (%1) AND cited_id <> citing_id").arg(seeds));
        QSet<QString> nodes(m_seeds.cbegin(), m_seeds.cend());
        nodes.unite(QSet<QString>(foundations.cbegin(), foundations.cend()));
        nodes.unite(QSet<QString>(followUps.cbegin(), followUps.cend()));
        QVERIFY(followUps.size() >= 3);

        auto *view = w.findChild<views::NetworkView *>(QStringLiteral("researchGraphView"));
        const TypedGraph &g = view->typedGraph();
        QCOMPARE(g.nodeCount(), int(nodes.size()));
        int own = 0;
        for (const TypedNode &n : g.nodes()) {
            QVERIFY(nodes.contains(n.id));
            QCOMPARE(n.type, NodeType::Work);
            own += n.status == QLatin1String("own") ? 1 : 0;
        }
        QCOMPARE(own, int(m_seeds.size()));
        QVERIFY(g.isDirected());
        QCOMPARE(w.findChild<QTableView *>(QStringLiteral("foundationsTable"))->model()->rowCount(), int(foundations.size()));
        QCOMPARE(w.findChild<QTableView *>(QStringLiteral("followUpsTable"))->model()->rowCount(), int(followUps.size()));
    }

    void similarityMap_linksCoupledSeedsWithLabelledClusters()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w));
        ResearchGraphPanel *panel = showMap(w, "researchSimilarityAction");
        QVERIFY(panel);
        QCOMPARE(panel->map(), ResearchMap::Similarity);
        const QStringList pairs = column(QStringLiteral(
            "SELECT DISTINCT a.citing_id || ' ' || b.citing_id FROM work_references a JOIN work_references b "
            "ON a.cited_id = b.cited_id AND a.citing_id < b.citing_id "
            "WHERE a.citing_id IN (%1) AND b.citing_id IN (%1) AND a.cited_id <> a.citing_id AND b.cited_id <> b.citing_id")
                                             .arg(seedList()));
        const TypedGraph &g = w.findChild<views::NetworkView *>(QStringLiteral("researchGraphView"))->typedGraph();
        QCOMPARE(g.nodeCount(), int(m_seeds.size()));
        QCOMPARE(g.edgeCount(), int(pairs.size()));
        auto *clusters = w.findChild<QListWidget *>(QStringLiteral("clusterList"));
        QCOMPARE(clusters->count(), g.clusterCount());
    }

    void yearSlider_hidesLaterWorks()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w));
        QVERIFY(showMap(w, "researchCitationsAction"));
        auto *view = w.findChild<views::NetworkView *>(QStringLiteral("researchGraphView"));
        auto *slider = w.findChild<QSlider *>(QStringLiteral("researchYearSlider"));
        QVERIFY(slider && slider->isEnabled());
        const int limit = column(QStringLiteral("SELECT MIN(publication_year) FROM works WHERE id IN (%1)").arg(seedList())).first().toInt();
        slider->setValue(limit);
        const TypedGraph &g = view->typedGraph();
        int hidden = 0;
        for (int i = 0; i < g.nodeCount(); ++i) {
            const int year = g.nodes().at(i).year;
            if (year > limit) {
                QVERIFY2(!view->scene().isNodeVisible(i), qPrintable(g.nodes().at(i).id));
                ++hidden;
            } else if (year > 0) {
                QVERIFY2(view->scene().isNodeVisible(i), qPrintable(g.nodes().at(i).id));
            }
        }
        QVERIFY(hidden >= 3); // at least the citing works
        slider->setValue(slider->maximum());
        for (int i = 0; i < g.nodeCount(); ++i)
            QVERIFY(view->scene().isNodeVisible(i));
    }

    void clickAnEdge_listsItsEvidence()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w));
        QVERIFY(showMap(w, "researchCitationsAction"));
        auto *view = w.findChild<views::NetworkView *>(QStringLiteral("researchGraphView"));
        QTRY_VERIFY(!view->isLayoutRunning());
        view->fitToView();
        // The link whose middle lies farthest from every node: a click there
        // cannot land on a node.
        const TypedGraph &g = view->typedGraph();
        int best = -1;
        double bestDistance = 0;
        for (int e = 0; e < g.edgeCount(); ++e) {
            const QString a = g.nodes().at(g.edges().at(e).source).id;
            const QString b = g.nodes().at(g.edges().at(e).target).id;
            const QPointF mid = view->edgeScreenMidpoint(a, b);
            if (mid.isNull() || !view->rect().contains(mid.toPoint()))
                continue;
            double nearest = 1e9;
            for (const TypedNode &n : g.nodes())
                nearest = std::min(nearest, QLineF(mid, view->nodeScreenPosition(n.id)).length());
            if (nearest > bestDistance) {
                bestDistance = nearest;
                best = e;
            }
        }
        QVERIFY(best >= 0);
        const TypedEdge &edge = g.edges().at(best);
        QSignalSpy clicked(view, &views::NetworkView::typedEdgeActivated);
        QTest::mouseClick(view, Qt::LeftButton, {}, view->edgeScreenMidpoint(g.nodes().at(edge.source).id,
                                                                             g.nodes().at(edge.target).id).toPoint());
        QCOMPARE(clicked.size(), 1);
        auto *evidence = w.findChild<QListWidget *>(QStringLiteral("evidenceList"));
        QVERIFY(evidence->count() > 0);
        // A citation link's evidence: the citing and the cited work.
        QSet<QString> listed;
        for (int i = 0; i < evidence->count(); ++i)
            listed.insert(evidence->item(i)->data(Qt::UserRole).toString());
        QVERIFY(listed.contains(g.nodes().at(edge.source).id));
        QVERIFY(listed.contains(g.nodes().at(edge.target).id));
    }

    void pathBetweenTwoNodes_isShownAndListed()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w));
        ResearchGraphPanel *panel = showMap(w, "researchContextAction");
        QVERIFY(panel);
        // A topic of one of the researcher's works: two hops away.
        const QString topic = column(QStringLiteral("SELECT topic_id FROM work_topics WHERE work_id = ? ORDER BY position LIMIT 1"),
                                     {m_seeds.first()}).value(0);
        QVERIFY(!topic.isEmpty());
        auto *view = w.findChild<views::NetworkView *>(QStringLiteral("researchGraphView"));
        QVERIFY(view->typedGraph().indexOf(topic) >= 0);
        QVERIFY(panel->showPath(Importer::demoAuthorId(), topic));
        const QList<int> path = view->path();
        QCOMPARE(path.size(), 3);
        QCOMPARE(view->typedGraph().nodes().at(path.first()).id, Importer::demoAuthorId());
        QCOMPARE(view->typedGraph().nodes().at(path.last()).id, topic);
        QCOMPARE(view->typedGraph().nodes().at(path.at(1)).type, NodeType::Work);
        auto *list = w.findChild<QListWidget *>(QStringLiteral("pathList"));
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(2)->data(Qt::UserRole).toString(), topic);
    }

    void clickATopic_listsTheCachedResearchersAndWorksUnderIt()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w));
        QVERIFY(showMap(w, "researchContextAction"));
        const QString topic = column(QStringLiteral("SELECT topic_id FROM work_topics WHERE work_id = ? ORDER BY position LIMIT 1"),
                                     {m_seeds.first()}).value(0);
        const QStringList works = column(QStringLiteral("SELECT DISTINCT work_id FROM work_topics WHERE topic_id = ?"), {topic});
        const QStringList people = column(QStringLiteral("SELECT DISTINCT s.author_id FROM authorships s JOIN authors a ON a.id = s.author_id "
                                                         "JOIN work_topics t ON t.work_id = s.work_id WHERE t.topic_id = ?"),
                                          {topic});
        QVERIFY(!works.isEmpty() && !people.isEmpty());
        auto *view = w.findChild<views::NetworkView *>(QStringLiteral("researchGraphView"));
        view->selectNode(topic);
        auto *list = w.findChild<QListWidget *>(QStringLiteral("entityList"));
        QSet<QString> listedWorks;
        QSet<QString> listedPeople;
        QTRY_VERIFY(list->count() > 1);
        for (int i = 0; i < list->count(); ++i) {
            const QString id = list->item(i)->data(Qt::UserRole).toString();
            (id.startsWith(u'W') ? listedWorks : listedPeople).insert(id);
        }
        listedPeople.remove(QString()); // the heading
        QCOMPARE(listedWorks, QSet<QString>(works.cbegin(), works.cend()));
        QCOMPARE(listedPeople, QSet<QString>(people.cbegin(), people.cend()));
    }

    void tableAndMapSelection_followEachOther()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w));
        QVERIFY(showMap(w, "researchCitationsAction"));
        auto *view = w.findChild<views::NetworkView *>(QStringLiteral("researchGraphView"));
        auto *foundations = w.findChild<QTableView *>(QStringLiteral("foundationsTable"));
        QVERIFY(foundations->model()->rowCount() > 0);
        foundations->selectRow(0);
        const QString row = foundations->model()->index(0, 0).data(RankedWorksTableModel::IdRole).toString();
        QVERIFY(!row.isEmpty());
        QCOMPARE(view->selectedId(), row);

        auto *followUps = w.findChild<QTableView *>(QStringLiteral("followUpsTable"));
        const QString citing = QStringLiteral("W9900000003");
        view->selectNode(citing);
        QCOMPARE(followUps->currentIndex().data(RankedWorksTableModel::IdRole).toString(), citing);
        QVERIFY(followUps->selectionModel()->isRowSelected(followUps->currentIndex().row(), {}));
    }

    void tableRows_exportAndCopyAsCitations()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w));
        ResearchGraphPanel *panel = showMap(w, "researchCitationsAction");
        QVERIFY(panel);
        auto *foundations = w.findChild<QTableView *>(QStringLiteral("foundationsTable"));
        QStringList ids;
        for (int r = 0; r < foundations->model()->rowCount(); ++r)
            ids << foundations->model()->index(r, 0).data(RankedWorksTableModel::IdRole).toString();
        const QStringList cited = column(QStringLiteral("SELECT DISTINCT cited_id FROM work_references WHERE citing_id IN (%1) "
                                                        "AND cited_id <> citing_id").arg(seedList()));
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), QSet<QString>(cited.cbegin(), cited.cend()));
        // Cached or not, every row is written (an uncached one with its ID).
        const QStringList cachedIds = column(QStringLiteral("SELECT id FROM works WHERE id IN ('%1')").arg(ids.join(QStringLiteral("','"))));
        QVERIFY(cachedIds.size() < ids.size()); // the demo's references are mostly not cached
        const QString path = m_dir.filePath(QStringLiteral("foundations.csv"));
        QSignalSpy exported(panel, &ResearchGraphPanel::exported);
        panel->exportWorks(ids, ExportFormat::Csv, path);
        QVERIFY(exported.size() > 0 || exported.wait(10000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        for (const QString &id : std::as_const(ids))
            QVERIFY2(csv.contains(id), qPrintable(id));

        const QString seed = m_seeds.first();
        const QString title = column(QStringLiteral("SELECT title FROM works WHERE id = ?"), {seed}).value(0);
        const QString year = column(QStringLiteral("SELECT publication_year FROM works WHERE id = ?"), {seed}).value(0);
        const QString text = panel->citationText({seed});
        QVERIFY2(text.contains(title.left(20)) && text.contains(QStringLiteral("(%1)").arg(year)), qPrintable(text));
    }

    void mapExport_writesTheTypedMap()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w));
        ResearchGraphPanel *panel = showMap(w, "researchContextAction");
        QVERIFY(panel);
        const QString path = m_dir.filePath(QStringLiteral("context.graphml"));
        QSignalSpy exported(panel, &ResearchGraphPanel::exported);
        panel->exportTo(path, GraphExport::Format::GraphML);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(file.readAll());
        QCOMPARE(int(xml.count(QStringLiteral("<node "))), panel->graph().nodeCount());
        QVERIFY(xml.contains(QStringLiteral(">topic<")));
    }

    void fetchCitationsWithoutAConnection_saysSo()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w));
        auto *a = w.findChild<QAction *>(QStringLiteral("fetchCitationsAction"));
        QVERIFY(a && w.paletteActions().contains(a));
        QVERIFY(!a->isEnabled()); // no sync controller: nothing can be fetched
        ResearchGraphPanel *panel = showMap(w, "researchCitationsAction");
        QVERIFY(panel);
        QSignalSpy asked(panel, &ResearchGraphPanel::fetchCitationsRequested);
        panel->expandMap();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().value<CitationOptions>().personId, Importer::demoAuthorId());
        QVERIFY(w.messageBar()->isVisible());
    }

    // Expand on the whole map: the estimate is shown first, the fetch runs
    // on the window's sync controller, and the map is built again with what
    // it wrote.
    void expand_confirmsTheEstimateFetchesAndRebuilds()
    {
        test::FakeOpenAlexServer server;
        QVERIFY(server.start());
        server.loadFixtures();
        const QString author = test::FakeOpenAlexServer::fixtureAuthorId();
        server.addCitations(author, 300, 120);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("expand.db"));
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        SyncController controller(path);
        controller.setConfig(test::fastSyncConfig(server));
        QSignalSpy synced(&controller, &SyncController::finished);
        QVERIFY(controller.request(author));
        QVERIFY(synced.wait(30000));

        MainWindow w(cache);
        w.setSyncController(&controller);
        w.show();
        QSignalSpy loaded(&w, &MainWindow::authorLoaded);
        QVERIFY(w.openAuthor(author));
        QVERIFY(loaded.size() > 0 || loaded.wait(10000));
        ResearchGraphPanel *panel = showMap(w, "researchCitationsAction");
        QVERIFY(panel);
        auto *followUps = w.findChild<QTableView *>(QStringLiteral("followUpsTable"));
        // Only the author's works citing each other, until the fetch.
        const int followUpsBefore = followUps->model()->rowCount();

        auto *fetch = w.findChild<QAction *>(QStringLiteral("fetchCitationsAction"));
        QVERIFY(fetch->isEnabled());
        const int callsBefore = server.requestCount();
        fetch->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("confirmCitationsBox"))) != nullptr);
        QVERIFY(box->informativeText().contains(QStringLiteral("call")));
        QCOMPARE(server.requestCount(), callsBefore); // nothing is spent before the user agrees
        QSignalSpy fetched(&controller, &SyncController::citationsFinished);
        QSignalSpy rebuilt(panel, &ResearchGraphPanel::graphChanged);
        box->findChild<QPushButton *>(QStringLiteral("confirmCitationsButton"))->click();
        QVERIFY(fetched.wait(60000));
        QVERIFY(fetched.first().first().value<CitationResult>().ok());
        QVERIFY(QTest::qWaitFor([&] { return rebuilt.size() > 0 && !panel->isBuilding(); }, 20000));

        // Independently: the works now known to cite the author's works.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("expand"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        int citing = 0;
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT r.citing_id) FROM work_references r "
                                          "WHERE r.cited_id IN (SELECT work_id FROM authorships WHERE author_id = '%1') "
                                          "AND r.cited_id <> r.citing_id").arg(author)));
            QVERIFY(q.next());
            citing = q.value(0).toInt();
        }
        db.close();
        QSqlDatabase::removeDatabase(QStringLiteral("expand"));
        QVERIFY(citing > 0);
        QVERIFY(citing > followUpsBefore);
        QCOMPARE(followUps->model()->rowCount(), std::min(citing, 2000));
    }
};

QTEST_MAIN(TestResearchGraphGui)
#include "tst_researchgraph_gui.moc"
