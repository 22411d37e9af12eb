#pragma once

// The co-author network around one author, built from cached authorships on
// OpenAlex IDs (never on name strings).

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace peerscope {

class Cache;

enum class Counting {
    Full,        // one per shared work
    Fractional,  // Newman: 1/(n-1) per shared work with n authors
};

struct GraphOptions {
    QString centerId;
    int hops = 1;                         // 1: the author and co-authors; 2: also their co-authors
    Counting counting = Counting::Full;
    QSet<QString> excludedWorkIds;        // dropped as if they were not cached
    bool honourOverrides = true;          // read effective_authorships (merges, splits, exclusions)
    int yearLimit = 0;                    // > 0: the network as of that year (undated works dropped)
    int hugePaperThreshold = 100;         // see CoauthorGraph::hugePaperRule()
};

struct SharedWork {
    QString id;
    int year = 0;
    int authorCount = 0;
    bool huge = false;
};

struct GraphNode {
    QString id;
    QString name;
    int worksCount = 0;        // OpenAlex works_count when the profile is cached, else cached works
    int cachedWorks = 0;       // works of this author in the graph's work set
    QString institution;
    QString countryCode;
    int hop = 0;               // 0 centre, 1 co-author, 2 co-author of a co-author
    double sharedWithCenter = 0; // weight of the edge to the centre (0 for the centre and hop 2)
    int firstYear = 0;         // first year of a shared work with anyone in the graph
    int lastYear = 0;
    int community = -1;
};

struct GraphEdge {
    int source = -1;           // node indexes, source < target
    int target = -1;
    int sharedWorks = 0;       // full count: works with at most the huge-paper threshold of authors
    double fractional = 0.0;   // sum of 1/(n-1) over every shared work, huge ones included
    int firstYear = 0;
    int lastYear = 0;          // last year together (0: unknown)
    QList<SharedWork> works;   // every shared work, oldest first

    double weight(Counting counting) const { return counting == Counting::Full ? sharedWorks : fractional; }
    // The weight counting only works published in or before year (0: all).
    double weightAsOf(Counting counting, int year) const;
};

class CoauthorGraph final
{
public:
    CoauthorGraph() = default;

    // Builds the network; an author that is not in the cache gives an empty
    // graph. A failed read gives an empty graph whose error() says why.
    static CoauthorGraph build(const Cache &cache, const GraphOptions &options);
    // A graph from ready-made parts (generated data, benchmarks); edges must
    // use node indexes with source < target.
    static CoauthorGraph fromParts(const GraphOptions &options, const QList<GraphNode> &nodes,
                                   const QList<GraphEdge> &edges);

    const GraphOptions &options() const { return m_options; }
    const QList<GraphNode> &nodes() const { return m_nodes; }
    const QList<GraphEdge> &edges() const { return m_edges; }
    bool isEmpty() const { return m_nodes.isEmpty(); }
    // Why build() could not read the network; empty when it could.
    QString error() const { return m_error; }
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    int indexOf(const QString &authorId) const { return m_index.value(authorId, -1); }
    int edgeIndex(const QString &a, const QString &b) const;
    // IDs of the works two authors share, oldest first (empty when none).
    QStringList sharedWorkIds(const QString &a, const QString &b) const;
    double weight(int edge) const { return m_edges.at(edge).weight(m_options.counting); }
    // Works left out of full counting because of their author lists.
    int hugePaperCount() const { return m_hugePapers; }
    QString hugePaperRule() const { return hugePaperRule(m_options.hugePaperThreshold); }
    static QString hugePaperRule(int threshold);

    void setCommunities(const QList<int> &membership);
    int communityCount() const;
    // Adds another graph's nodes and edges (expanding a node to its own
    // co-authors); nodes keep their hop from this graph when present in both.
    void merge(const CoauthorGraph &other);

private:
    GraphOptions m_options;
    QList<GraphNode> m_nodes;
    QList<GraphEdge> m_edges;
    QHash<QString, int> m_index;
    QHash<quint64, int> m_edgeIndex;
    int m_hugePapers = 0;
    QString m_error;

    static quint64 pairKey(int a, int b);
    void rebuildIndexes();
};

} // namespace peerscope
