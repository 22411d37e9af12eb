#pragma once

// The co-author network tab: the view, a toolbar for what the network shows
// (hops, counting, colours, communities, year, find, roster, export) and a
// side list of the works an edge stands for.

#include "graph/coauthorgraph.h"
#include "graph/communities.h"
#include "graph/graphexport.h"
#include "graph/networkbuilder.h"

#include <QStringList>
#include <QWidget>

#include <atomic>
#include <memory>

template <typename T>
class QFutureWatcher;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QSlider;
class QToolButton;

namespace peerscope {

class Cache;
class CacheTask;

namespace views {
class NetworkView;
struct NetworkSnapshot;
}

class NetworkPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPanel)

public:
    explicit NetworkPanel(Cache &cache, QWidget *parent = nullptr);
    ~NetworkPanel() override;

    QString authorId() const { return m_authorId; }
    const CoauthorGraph &graph() const { return m_graph; }
    // True while the graph is built on a worker thread (graph() is the
    // previous one until then).
    bool isBuilding() const { return m_building; }
    views::NetworkView *view() const { return m_view; }

    void setHops(int hops);
    void setCounting(Counting counting);
    void setResolution(double resolution);
    // Communities of graphs above this many authors are found on a worker
    // (Leiden took 55 ms at 15,824 authors); tests lower it.
    void setCommunitiesOnWorkerAbove(int nodes) { m_communitiesOnWorkerAbove = nodes; }
    // True while communities for a new resolution are found on a worker
    // (graph() keeps the previous ones until then).
    bool isFindingCommunities() const { return m_findingCommunities; }
    // Shows a ready-made graph (benchmarks, tests) instead of one built from
    // the cache; its first node is the centre.
    void showGraph(const CoauthorGraph &graph);
    // The network as shown (graph, layout positions, communities, colours,
    // sizes, year), copied for an export.
    views::NetworkSnapshot snapshot() const;
    // Writes the network as shown to path on a worker thread (a picture of a
    // large network takes seconds to draw): returns at once; exported()
    // tells how it went and the status line says so.
    void exportTo(const QString &path, GraphExport::Format format);
    // Exports started and not yet reported.
    bool isExporting() const { return m_exporting > 0; }

public slots:
    void setAuthor(const QString &authorId);
    // Adds an author's own co-authors to the network shown.
    void expandAuthor(const QString &authorId);
    void showSharedWorks(const QString &a, const QString &b);
    void highlightRoster(const QString &text);

signals:
    void authorActivated(const QString &id);
    void workActivated(const QString &workId);
    void graphChanged();
    // error: empty when the file was written.
    void exported(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString idleHint();
    void rebuild();
    // A graph built with communities at resolution.
    void applyGraph(CoauthorGraph graph, double resolution);
    void buildFailed(const QString &why);
    struct CommunityJob {
        int generation = 0;
        int graphGeneration = 0; // which m_graph they were found for
        CommunityResult result;
    };
    void recomputeCommunities();
    void applyCommunities(const CommunityJob &job);
    void updateYearSlider();
    void updateStatus();
    void showNodeDetails(const QString &id);
    void onYearChanged(int value);
    void onFind();
    void askRoster();
    void askExport(GraphExport::Format format);
    void showNodeMenu(const QString &id, const QPoint &globalPos);
    void retranslate();

    Cache &m_cache;
    QString m_authorId;
    QStringList m_expanded;
    CoauthorGraph m_graph;
    double m_resolution = 1.0;
    // Graphs are built off the UI thread by NetworkBuilder; a newer request
    // supersedes (and interrupts) an older build, whose result is dropped.
    std::unique_ptr<CacheTask> m_build;
    bool m_building = false;
    int m_exporting = 0;
    // Communities for a changed resolution, the same way.
    QFutureWatcher<CommunityJob> *m_communityWatcher = nullptr;
    std::shared_ptr<std::atomic<int>> m_latestCommunities = std::make_shared<std::atomic<int>>(0);
    int m_graphGeneration = 0;
    int m_communitiesOnWorkerAbove = 2000;
    bool m_findingCommunities = false;

    views::NetworkView *m_view = nullptr;
    QLabel *m_hopsLabel = nullptr;
    QComboBox *m_hops = nullptr;
    QComboBox *m_counting = nullptr;
    QComboBox *m_colorBy = nullptr;
    QComboBox *m_sizeBy = nullptr;
    QLabel *m_resolutionLabel = nullptr;
    QDoubleSpinBox *m_resolutionSpin = nullptr;
    QSlider *m_yearSlider = nullptr;
    QLabel *m_yearLabel = nullptr;
    QLineEdit *m_find = nullptr;
    QToolButton *m_roster = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_details = nullptr;
    QListWidget *m_sharedWorks = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace peerscope
