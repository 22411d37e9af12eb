#pragma once

// Typed graphs: nodes that are works, people, institutions, topics or
// sources, with a status, a year, a size and a cluster, and edges that may
// be directed. The citation network around a seed set is the first user
// (CitationGraph below); the research graph of the next issue adds the
// other node types to the same structure, and GraphExport writes any of
// them as GraphML, GEXF, VOSviewer JSON, CSV or DOT.

#include "graph/coauthorgraph.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QVariant>

#include <memory>

namespace peerscope {

namespace citations {
class CitationNetwork;
enum class Measure;
} // namespace citations

enum class NodeType { Work, Person, Institution, Topic, Source };
// "work", "person", "institution", "topic", "source": the value of the
// exported `type` attribute.
QString nodeTypeName(NodeType type);

enum class AttributeType { Integer, Double, String };

// An extra attribute every exporter declares (GraphML key, GEXF attribute,
// a VOSviewer score); a node or edge without a value for it leaves it out.
struct AttributeSpec {
    QString key;
    AttributeType type = AttributeType::String;
};

struct TypedNode {
    QString id;                  // OpenAlex ID (W…, A…, I…, T…, S…)
    QString label;               // short, for pictures and map labels
    NodeType type = NodeType::Work;
    QString status;              // free tag; works: own, cached or new
    int year = 0;                // 0: unknown (no timeline start)
    double weight = 0;           // the node's size (works: OpenAlex citation count)
    int cluster = -1;            // -1: none
    QHash<QString, QVariant> attributes; // values of the graph's declared node attributes
};

struct TypedEdge {
    int source = -1;             // node indexes
    int target = -1;
    double weight = 1.0;
    bool directed = false;       // citations: citing → cited
    int year = 0;                // when the link appears (timeline); 0: unknown
    QHash<QString, QVariant> attributes;
};

// VOSviewer's and the pictures' words for what the graph shows.
struct GraphTerms {
    QString item = QStringLiteral("Work");
    QString items = QStringLiteral("Works");
    QString link = QStringLiteral("Link");
    QString links = QStringLiteral("Links");
    QString linkStrength = QStringLiteral("Link strength");
    QString totalLinkStrength = QStringLiteral("Total link strength");
    QString weight = QStringLiteral("Citations"); // what TypedNode::weight counts
};

class TypedGraph final
{
public:
    TypedGraph() = default;
    // name: an identifier-like title ("citations", "coupling"); description: one sentence.
    TypedGraph(QString name, QString description);

    const QString &name() const { return m_name; }
    const QString &description() const { return m_description; }
    void setDescription(const QString &description) { m_description = description; }
    GraphTerms &terms() { return m_terms; }
    const GraphTerms &terms() const { return m_terms; }

    // The same name, description, terms and declared attributes, with no
    // nodes or links: the start of a subgraph.
    TypedGraph emptyCopy() const;

    // The node's index; a node whose ID is already present is not added
    // again (its index is returned).
    int addNode(const TypedNode &node);
    // The edge's index, or -1 when an end is not a node.
    int addEdge(const TypedEdge &edge);
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    TypedNode &node(int index)
    {
        m_drawn.reset();
        return m_nodes[index];
    }

    const QList<TypedNode> &nodes() const { return m_nodes; }
    const QList<TypedEdge> &edges() const { return m_edges; }
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    bool isEmpty() const { return m_nodes.isEmpty(); }
    // Any directed edge makes the whole export directed.
    bool isDirected() const;
    // A node or edge year is present somewhere: GEXF then writes a timeline.
    bool hasYears() const;

    void declareNodeAttribute(const QString &key, AttributeType type);
    void declareEdgeAttribute(const QString &key, AttributeType type);
    const QList<AttributeSpec> &nodeAttributes() const { return m_nodeAttributes; }
    const QList<AttributeSpec> &edgeAttributes() const { return m_edgeAttributes; }

    // Leiden (the project's Communities) on the undirected, weighted view:
    // sets every node's cluster, 0 the largest. False when detection failed
    // (clusters untouched).
    bool detectClusters(double resolution = 1.0, quint64 seed = 1);
    int clusterCount() const;

    // The same nodes and links as a CoauthorGraph, for the picture renderer:
    // labels as names, weight as the size, cluster as the community; a
    // directed pair in both directions becomes one link. Built on the first
    // call and kept (copies share it until either changes): call it where
    // the graph is built, on a worker, and the view showing the copy does
    // not build it on the UI thread (a 5,000-node map took 50-200 ms).
    // Not for two threads at once on the same object.
    CoauthorGraph drawable() const;

private:
    QString m_name;
    QString m_description;
    GraphTerms m_terms;
    QList<TypedNode> m_nodes;
    QList<TypedEdge> m_edges;
    QHash<QString, int> m_index;
    QList<AttributeSpec> m_nodeAttributes;
    QList<AttributeSpec> m_edgeAttributes;
    mutable std::shared_ptr<const CoauthorGraph> m_drawn;
};

// The typed graphs of a citation network (models/citations).
class CitationGraph final
{
public:
    enum class Kind { Citations, Coupling, Cocitation };
    // "citations", "coupling", "cocitation"; false when unknown.
    static bool kindFromName(const QString &name, Kind *kind);

    // The default measure of a coupling or co-citation map: association
    // strength, as VOSviewer normalises its maps (observed over expected).
    static citations::Measure defaultMapMeasure();

    // Seeds, foundations and follow-ups with every stored citation among
    // them, citing → cited. Nodes: type work, status own/cached/new, year,
    // weight = OpenAlex citation count; attributes title, first_author,
    // cited_by_count, fwci, pagerank, count (seeds citing it plus seeds it
    // cites), seeds_citing, seeds_cited, role (seed, foundation, follow-up,
    // both). Clustered with Leiden on the undirected view.
    static TypedGraph citations(const citations::CitationNetwork &network, double resolution = 1.0);
    // The seeds linked by coupling or co-citation under measure (edge
    // weight = score, attribute shared = count), clustered with Leiden,
    // node size = OpenAlex citation count. kind must not be Citations.
    // At most kMaxSimilarityLinks links, the strongest (ties as the
    // measures order them); the description then says how many there were.
    static constexpr int kMaxSimilarityLinks = 50000;
    static TypedGraph similarity(const citations::CitationNetwork &network, Kind kind, citations::Measure measure,
                                 double resolution = 1.0);

    // A deterministic picture layout: for a graph with directed links (the
    // citation network), x follows the year (undated works in a block to the
    // left, empty years shortened to at most four columns) and the works of
    // one year are stacked by cluster then weight, wrapping into several
    // columns when tall; otherwise empty (the renderer's seeded force layout).
    static QList<QPointF> timelineLayout(const TypedGraph &graph);

    // "Lander 2001": the first author's family name and the year, or the ID.
    static QString shortLabel(const QString &id, const QString &firstAuthor, int year);
};

} // namespace peerscope
