#pragma once

// What the Research graph tab shows, built off the UI thread: one of the
// three maps (context, citations, similarity) with its layout, the citation
// network of the seed set behind the tables and the data's gaps, and the
// similarity clusters' labels. Widget-free: the panel runs it on a worker
// (CacheTask) and the benchmark calls it the same way.

#include "cache/entityqueries.h"
#include "cache/read.h"
#include "citations/citationnetwork.h"
#include "graph/citationgraph.h"
#include "graph/researchgraph.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <memory>

namespace peerscope {

class Cache;

enum class ResearchMap { Context, Citations, Similarity };

struct ResearchMapRequest {
    ResearchMap map = ResearchMap::Context;
    QString personId;
    QStringList seedWorks;        // empty: the person's works
    CitationGraph::Kind similarity = CitationGraph::Kind::Coupling;
    citations::Measure measure = citations::Measure::Association;
    // Node sizes: by citations (works: OpenAlex's count; the others: the
    // citations of their works on the map) or by works (works: 1, or on a
    // citation map the seeds they link to; the others: their works).
    bool sizeByWorks = false;
    // Bounds that keep the view fluid and the tables quick to fill; what
    // was left out is counted in the build.
    int maxMapNodes = 3000;
    int maxMapEdges = 20000;
    int maxSimilaritySeeds = 1500;
    int maxTableRows = 2000;
};

// A similarity cluster, labelled by the most frequent primary topic of its works.
struct ResearchCluster {
    int cluster = -1;
    int works = 0;
    QString topicId;              // empty: none of its works has a topic in the cache
    QString topicName;
    double share = 0.0;           // of its works with that topic
    QStringList workIds;
};

struct ResearchMapBuild {
    ResearchMapRequest request;
    TypedGraph graph;
    QList<QPointF> positions;     // fixed (the citation timeline) or empty (force layout)
    int nodesBeforeCap = 0;       // the map before maxMapNodes (equal when nothing was left out)
    int edgesBeforeCap = 0;       // … and before maxMapEdges
    int similaritySeedsUsed = 0;  // the seeds the similarity map was computed over
    // The seed set's citations (tables, the data's gaps) and the network the
    // map's links came from (the evidence behind them; a capped seed set for
    // a large similarity map).
    std::shared_ptr<const citations::CitationNetwork> network;
    std::shared_ptr<const citations::CitationNetwork> mapNetwork;
    QList<citations::RankedWork> foundations;
    QList<citations::RankedWork> followUps;
    QList<citations::RankedWork> similar;
    int foundationsTotal = 0;
    int followUpsTotal = 0;
    citations::DataHonesty honesty;
    LayerTimes times;
    ContextSummary context;
    QList<ResearchCluster> clusters;
};

class ResearchMapBuilder final
{
public:
    static Read<ResearchMapBuild> build(Cache &cache, const ResearchMapRequest &request);
    // The nodes kept when a map is larger than maxNodes: for a citation map
    // the seeds most cited (up to half), then the works most connected to
    // the seeds; the links among them. Clusters are found again.
    static TypedGraph capped(const TypedGraph &graph, int maxNodes);
    // The strongest maxEdges links (by weight), and for every node its
    // strongest link so that none is left alone by the cap; clusters found again.
    static TypedGraph cappedEdges(const TypedGraph &graph, int maxEdges);
    // Node weights as the request's sizing asks (see ResearchMapRequest::sizeByWorks).
    static void applySizing(TypedGraph &graph, ResearchMap map, bool sizeByWorks);
    // Clusters of a graph, labelled with the works' primary topics
    // (topics: work ID -> (topic ID, name)); largest first.
    static QList<ResearchCluster> clusterLabels(const TypedGraph &graph,
                                                const QHash<QString, QPair<QString, QString>> &topics);
};

} // namespace peerscope
