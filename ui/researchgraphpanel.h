#pragma once

// The Research graph tab: the researcher in context (works, co-authors,
// institutions, topics, sources), their citations on a timeline, and their
// works' similarity map, in one NetworkView with one toolbar and one side
// panel (the data's gaps, details, the Foundations, Follow-ups and Similar
// works tables, the evidence behind a link, a path, what lies under a topic
// or an institution, the similarity clusters). Maps are built on a worker
// (ResearchMapBuilder through a CacheTask): a newer request supersedes an
// older one and the UI thread never waits.

#include "export/exporter.h"
#include "graph/graphexport.h"
#include "researchmapbuilder.h"
#include "sync/citationsync.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QModelIndex;
class QSlider;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace peerscope {

class Cache;
class CacheTask;
class RankedWorksTableModel;

namespace views {
class NetworkView;
}

class ResearchGraphPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResearchGraphPanel)

public:
    explicit ResearchGraphPanel(Cache &cache, QWidget *parent = nullptr);
    ~ResearchGraphPanel() override;

    QString authorId() const { return m_authorId; }
    ResearchMap map() const { return m_map; }
    // The map shown (empty until the first build arrives).
    const TypedGraph &graph() const { return m_graph; }
    const ResearchMapBuild &lastBuild() const { return m_build; }
    bool isBuilding() const { return m_building; }
    views::NetworkView *view() const { return m_view; }
    // The works the citation maps and tables are about; empty: the author's.
    QStringList seedWorks() const { return m_seedWorks; }
    // What "Expand" on the whole map fetches: the seed set's references and citing works.
    CitationOptions missingCitations() const;
    // The path shown (node indexes), empty when none.
    QList<int> path() const { return m_path; }
    // Bounds on what a map draws and the tables list (tests, benchmarks lower them).
    void setLimits(int maxMapNodes, int maxMapEdges, int maxSimilaritySeeds, int maxTableRows);
    void setSimilarity(CitationGraph::Kind kind, citations::Measure measure);
    // Writes the map as shown: text formats from the typed graph, pictures
    // drawn from a snapshot, on a worker; exported() tells how it went.
    void exportTo(const QString &path, GraphExport::Format format);
    bool isExporting() const { return m_exporting > 0; }
    // Writes works (IDs; uncached ones with what is known) with the
    // publication exporters on a worker; exported() tells how it went.
    void exportWorks(const QStringList &workIds, ExportFormat format, const QString &path);
    // "Author (Year). Title. Source. DOI/URL" for each work, one per line.
    QString citationText(const QStringList &workIds) const;

public slots:
    void setAuthor(const QString &authorId);
    void setMap(peerscope::ResearchMap map);
    // Seeds for the citation maps and the tables: a selection of works
    // (from the Publications table); empty goes back to the author's works.
    void setSeedWorks(const QStringList &workIds);
    void rebuild();
    // Shows the shortest path between two nodes (IDs); false when there is none.
    bool showPath(const QString &fromId, const QString &toId);
    void showEvidence(int edge);
    // Lists the cached researchers and works under a topic, an institution or a source.
    void showEntity(const QString &entityId);
    void expandWork(const QString &workId);
    void expandMap();

signals:
    void authorActivated(const QString &id);
    void workActivated(const QString &workId);
    void mapChanged(peerscope::ResearchMap map);
    // A build arrived and is shown, its tables filled (or it failed:
    // graph() is then empty).
    void graphChanged();
    // error: empty when the file was written.
    void exported(const QString &path, const QString &error);
    // Expand: fetch these citations after showing their estimated cost.
    void fetchCitationsRequested(const peerscope::CitationOptions &options);
    // The user asked to take the Publications table's selection as seeds.
    void seedsFromSelectionRequested();
    void statusMessage(const QString &text, int timeout);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Table {
        QTableView *view = nullptr;
        RankedWorksTableModel *model = nullptr;
        QSortFilterProxyModel *proxy = nullptr;
    };
    Table makeTable(int kind, const char *objectName);
    void buildToolbar();
    void buildSidePanel();
    void retranslate();
    void applyBuild(ResearchMapBuild build);
    void buildFailed(const QString &why);
    void showGraph();
    void updateYearSlider();
    void onYearChanged(int value);
    void updateStatus();
    void updateHonesty();
    void updateClusters();
    void updateControls();
    void onNodeSelected(const QString &id);
    void onNodeActivated(const QString &id);
    void showNodeMenu(const QString &id, const QPoint &globalPos);
    void showTableMenu(const Table &table, const QPoint &pos);
    void selectRowsOf(const QString &workId);
    QStringList selectedIds(const Table &table) const;
    QStringList allIds(const Table &table) const;
    void askExport(GraphExport::Format format);
    void askExportWorks(const QStringList &ids, ExportFormat format);
    void copyCitations(const QStringList &ids);
    void onFind();
    QString nodeLabel(int node) const;
    static QString typeLabel(NodeType type);

    Cache &m_cache;
    QString m_authorId;
    ResearchMap m_map = ResearchMap::Context;
    QStringList m_seedWorks;
    ResearchMapRequest m_request;
    ResearchMapBuild m_build;
    TypedGraph m_graph;
    QList<int> m_path;
    QString m_pathFrom;
    bool m_building = false;
    bool m_syncingSelection = false;
    int m_exporting = 0;
    std::unique_ptr<CacheTask> m_task;
    std::unique_ptr<CacheTask> m_entityTask;
    std::unique_ptr<CacheTask> m_exportTask;

    views::NetworkView *m_view = nullptr;
    QComboBox *m_mapChooser = nullptr;
    QHash<NodeType, QToolButton *> m_typeToggles;
    QComboBox *m_sizeBy = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_measure = nullptr;
    QToolButton *m_seeds = nullptr;
    QToolButton *m_expand = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_fit = nullptr;
    QSlider *m_yearSlider = nullptr;
    QLabel *m_yearLabel = nullptr;
    QLineEdit *m_find = nullptr;

    QLabel *m_honesty = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    Table m_foundations;
    Table m_followUps;
    Table m_similar;
    quint64 m_rowsGeneration = 0; // the build whose rows the tables are filling with
    QListWidget *m_evidence = nullptr;
    QListWidget *m_pathList = nullptr;
    QListWidget *m_entityList = nullptr;
    QListWidget *m_clusterList = nullptr;
};

} // namespace peerscope

Q_DECLARE_METATYPE(peerscope::CitationOptions)
