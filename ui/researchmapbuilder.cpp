#include "researchmapbuilder.h"

#include "cache/cache.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace peerscope {

namespace {

using citations::CitationNetwork;
using citations::RankedWork;

QList<RankedWork> firstRows(QList<RankedWork> rows, int limit)
{
    if (limit >= 0 && rows.size() > limit)
        rows.resize(limit);
    return rows;
}

// The seeds most cited by OpenAlex's count, then by ID: the similarity map
// of a very large seed set is drawn over these.
QStringList mostCitedSeeds(const CitationNetwork &network, int limit)
{
    QList<QPair<int, QString>> ranked;
    ranked.reserve(network.seeds().size());
    for (const QString &id : network.seeds())
        ranked.append({network.info(id).citedByCount, id});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList out;
    for (int i = 0; i < std::min<qsizetype>(limit, ranked.size()); ++i)
        out << ranked.at(i).second;
    return out;
}

} // namespace

TypedGraph ResearchMapBuilder::capped(const TypedGraph &graph, int maxNodes)
{
    if (maxNodes <= 0 || graph.nodeCount() <= maxNodes)
        return graph;
    QList<int> seeds;
    QList<int> others;
    for (int i = 0; i < graph.nodeCount(); ++i)
        (graph.nodes().at(i).status == QLatin1String("own") ? seeds : others) << i;
    const auto byWeight = [&graph](int a, int b) {
        const TypedNode &x = graph.nodes().at(a);
        const TypedNode &y = graph.nodes().at(b);
        return x.weight != y.weight ? x.weight > y.weight : x.id < y.id;
    };
    // Links to the seeds first: the works that matter to this seed set.
    const auto byCount = [&graph, &byWeight](int a, int b) {
        const int x = graph.nodes().at(a).attributes.value(QStringLiteral("count")).toInt();
        const int y = graph.nodes().at(b).attributes.value(QStringLiteral("count")).toInt();
        return x != y ? x > y : byWeight(a, b);
    };
    std::sort(seeds.begin(), seeds.end(), byWeight);
    std::sort(others.begin(), others.end(), byCount);
    const qsizetype seedQuota = std::min<qsizetype>(seeds.size(), std::max(maxNodes / 2, maxNodes - int(others.size())));
    QList<int> kept = seeds.mid(0, seedQuota);
    kept += others.mid(0, maxNodes - seedQuota);
    std::sort(kept.begin(), kept.end());

    TypedGraph out = graph.emptyCopy();
    QHash<int, int> newIndex;
    for (int i : kept)
        newIndex.insert(i, out.addNode(graph.nodes().at(i)));
    for (const TypedEdge &e : graph.edges()) {
        const auto s = newIndex.constFind(e.source);
        const auto t = newIndex.constFind(e.target);
        if (s == newIndex.cend() || t == newIndex.cend())
            continue;
        TypedEdge copy = e;
        copy.source = *s;
        copy.target = *t;
        out.addEdge(copy);
    }
    out.detectClusters();
    return out;
}

TypedGraph ResearchMapBuilder::cappedEdges(const TypedGraph &graph, int maxEdges)
{
    if (maxEdges <= 0 || graph.edgeCount() <= maxEdges)
        return graph;
    QList<int> order(graph.edgeCount());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&graph](int a, int b) {
        const double x = graph.edges().at(a).weight;
        const double y = graph.edges().at(b).weight;
        return x != y ? x > y : a < b;
    });
    QList<bool> keep(graph.edgeCount(), false);
    for (int i = 0; i < maxEdges; ++i)
        keep[order.at(i)] = true;
    // Each node's strongest link: the first in the order that touches it.
    QList<bool> linked(graph.nodeCount(), false);
    for (int e : std::as_const(order)) {
        const TypedEdge &edge = graph.edges().at(e);
        if (!linked.at(edge.source) || !linked.at(edge.target))
            keep[e] = true;
        if (keep.at(e))
            linked[edge.source] = linked[edge.target] = true;
    }
    TypedGraph out = graph.emptyCopy();
    for (const TypedNode &n : graph.nodes())
        out.addNode(n);
    for (int e = 0; e < graph.edgeCount(); ++e)
        if (keep.at(e))
            out.addEdge(graph.edges().at(e));
    out.detectClusters();
    return out;
}

void ResearchMapBuilder::applySizing(TypedGraph &g, ResearchMap map, bool sizeByWorks)
{
    if (!sizeByWorks) {
        if (map != ResearchMap::Context)
            return; // works weigh their citations already
        // A person, topic, institution or source weighs the citations of its works on the map.
        QList<double> citations(g.nodeCount(), 0.0);
        for (const TypedEdge &e : g.edges()) {
            const TypedNode &s = g.nodes().at(e.source);
            const TypedNode &t = g.nodes().at(e.target);
            if (s.type == NodeType::Work && t.type != NodeType::Work)
                citations[e.target] += s.weight;
            else if (t.type == NodeType::Work && s.type != NodeType::Work)
                citations[e.source] += t.weight;
        }
        for (int i = 1; i < g.nodeCount(); ++i)
            if (g.node(i).type != NodeType::Work)
                g.node(i).weight = citations.at(i);
        return;
    }
    // By works: a work counts one (on a citation map, the seeds it links to);
    // the others keep their works.
    for (int i = 0; i < g.nodeCount(); ++i)
        if (g.node(i).type == NodeType::Work)
            g.node(i).weight = map == ResearchMap::Context
                                   ? 1.0
                                   : std::max(1, g.node(i).attributes.value(QStringLiteral("count")).toInt());
}

QList<ResearchCluster> ResearchMapBuilder::clusterLabels(const TypedGraph &graph,
                                                         const QHash<QString, QPair<QString, QString>> &topics)
{
    QHash<int, ResearchCluster> clusters;
    QHash<int, QHash<QString, int>> topicCounts;
    for (const TypedNode &n : graph.nodes()) {
        if (n.cluster < 0)
            continue;
        ResearchCluster &c = clusters[n.cluster];
        c.cluster = n.cluster;
        ++c.works;
        c.workIds << n.id;
        const auto topic = topics.constFind(n.id);
        if (topic != topics.cend())
            ++topicCounts[n.cluster][topic->first];
    }
    QHash<QString, QString> names;
    for (const auto &t : topics)
        names.insert(t.first, t.second);
    QList<ResearchCluster> out;
    for (ResearchCluster &c : clusters) {
        int best = 0;
        const QHash<QString, int> &counts = topicCounts[c.cluster];
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            // Ties: the smaller topic ID, so the label does not depend on hash order.
            if (it.value() > best || (it.value() == best && it.key() < c.topicId)) {
                best = it.value();
                c.topicId = it.key();
            }
        }
        c.topicName = names.value(c.topicId);
        c.share = c.works > 0 ? double(best) / c.works : 0.0;
        out << c;
    }
    std::sort(out.begin(), out.end(), [](const ResearchCluster &a, const ResearchCluster &b) {
        return a.works != b.works ? a.works > b.works : a.cluster < b.cluster;
    });
    return out;
}

Read<ResearchMapBuild> ResearchMapBuilder::build(Cache &cache, const ResearchMapRequest &request)
{
    ResearchMapBuild out;
    out.request = request;
    citations::SeedSet seeds;
    if (request.seedWorks.isEmpty())
        seeds.personId = request.personId;
    else
        seeds.workIds = request.seedWorks;

    Read<CitationNetwork> loaded = CitationNetwork::load(cache, seeds);
    if (!loaded)
        return Read<ResearchMapBuild>::failureOf(loaded);
    auto network = std::make_shared<const CitationNetwork>(std::move(*loaded));
    out.network = network;
    out.mapNetwork = network;
    // Everything the panel asks of the network later is computed here, on
    // the worker: the UI thread only reads what is kept.
    QList<RankedWork> foundations = network->foundations();
    QList<RankedWork> followUps = network->followUps();
    out.foundationsTotal = int(foundations.size());
    out.followUpsTotal = int(followUps.size());
    out.foundations = firstRows(std::move(foundations), request.maxTableRows);
    out.followUps = firstRows(std::move(followUps), request.maxTableRows);
    out.similar = network->similarWorks(request.maxTableRows);
    out.honesty = network->honesty();
    const Read<LayerTimes> times = EntityQueries(cache).layerTimes(network->seeds());
    if (!times)
        return Read<ResearchMapBuild>::failureOf(times);
    out.times = *times;

    switch (request.map) {
    case ResearchMap::Context: {
        ContextOptions options;
        options.personId = request.personId;
        Read<TypedGraph> graph = ResearchGraph::context(cache, options, &out.context);
        if (!graph)
            return Read<ResearchMapBuild>::failureOf(graph);
        out.graph = std::move(*graph);
        out.nodesBeforeCap = out.graph.nodeCount();
        out.edgesBeforeCap = out.graph.edgeCount();
        break;
    }
    case ResearchMap::Citations: {
        const TypedGraph full = CitationGraph::citations(*network);
        out.nodesBeforeCap = full.nodeCount();
        out.edgesBeforeCap = full.edgeCount();
        out.graph = cappedEdges(capped(full, request.maxMapNodes), request.maxMapEdges);
        out.positions = CitationGraph::timelineLayout(out.graph);
        break;
    }
    case ResearchMap::Similarity: {
        std::shared_ptr<const CitationNetwork> over = network;
        if (request.maxSimilaritySeeds > 0 && network->seeds().size() > request.maxSimilaritySeeds) {
            Read<CitationNetwork> subset =
                CitationNetwork::load(cache, citations::SeedSet{{}, mostCitedSeeds(*network, request.maxSimilaritySeeds)},
                                      CitationNetwork::Reads::ListsOnly);
            if (!subset)
                return Read<ResearchMapBuild>::failureOf(subset);
            over = std::make_shared<const CitationNetwork>(std::move(*subset));
        }
        out.mapNetwork = over;
        out.similaritySeedsUsed = int(over->seeds().size());
        // Over a thousand seeds most pairs can share a reference: the
        // strongest links are drawn.
        const TypedGraph full = CitationGraph::similarity(*over, request.similarity, request.measure);
        out.nodesBeforeCap = full.nodeCount();
        out.edgesBeforeCap = full.edgeCount();
        out.graph = cappedEdges(full, request.maxMapEdges);
        QStringList ids;
        ids.reserve(out.graph.nodeCount());
        for (const TypedNode &n : out.graph.nodes())
            ids << n.id;
        const Read<QHash<QString, QPair<QString, QString>>> topics = EntityQueries(cache).primaryTopics(ids);
        if (!topics)
            return Read<ResearchMapBuild>::failureOf(topics);
        out.clusters = clusterLabels(out.graph, *topics);
        break;
    }
    }
    applySizing(out.graph, request.map, request.sizeByWorks);
    // The drawable form, built here on the worker and kept with the graph:
    // the view showing it then does not build it on the UI thread.
    (void)out.graph.drawable();
    return out;
}

} // namespace peerscope
