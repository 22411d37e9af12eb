#pragma once

// How the network looks, apart from where it lies: each author's disc size,
// colour and visibility as of a year, each link's weight as of that year and
// its width class, the order in which names are tried, and the legend. The
// scene paints with it; it holds no positions. A typed graph (the research
// graph's maps) adds each node's type, shape and year and which ends of a
// link carry an arrowhead.

#include "graph/citationgraph.h"
#include "graph/coauthorgraph.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPalette>
#include <QString>

#include <vector>

namespace peerscope::views {

enum class ColorBy { Community, LastYear, Country, Type };
enum class SizeBy { Works, SharedWorks };
// A typed node's outline: work circle, person rounded square, institution
// hexagon, topic triangle, source diamond. Co-author networks are circles.
enum class NodeShape { Circle, RoundedSquare, Hexagon, Triangle, Diamond };

NodeShape shapeOf(NodeType type);
// "Works", "People", … (translated): the legend's words for a type.
QString typeLegendName(NodeType type);
// Each type's colour from the categorical palette (categoricalColors()).
QColor typeColor(NodeType type, const QList<QColor> &categorical);

struct LegendEntry {
    QString text;
    QColor color;
    NodeShape shape = NodeShape::Circle;
};

class NetworkStyle final
{
public:
    static constexpr int kWidthBuckets = 6;
    // A link with weight, compact for painting.
    struct DrawEdge {
        int edge;
        int source;
        int target;
        int bucket;                 // width (or opacity) class
    };

    // Reads the graph's years, countries and link order, then restyles.
    void setGraph(const CoauthorGraph &graph);
    // Types, years and arrowheads of a typed graph whose drawable() is
    // drawable; call before setGraph(drawable). clearTyped() before a plain
    // network. Under a typed graph a node is visible when its type is shown
    // and its year (0: always) is within the year limit, a link when both
    // ends are and its own year (0: always) is within the limit.
    void setTyped(const TypedGraph &typed, const CoauthorGraph &drawable);
    void clearTyped();
    bool isTyped() const { return m_typed; }
    // Restyle after.
    void setTypeVisible(NodeType type, bool visible);
    bool isTypeVisible(NodeType type) const { return !(m_hiddenTypes & (1u << int(type))); }
    NodeType nodeType(int node) const { return m_nodeType.value(node, NodeType::Work); }
    NodeShape nodeShape(int node) const { return m_typed ? shapeOf(nodeType(node)) : NodeShape::Circle; }
    // Arrowheads of a drawn link: kArrowAtTarget and/or kArrowAtSource
    // (a directed link runs source → target of the drawn link or back).
    static constexpr quint8 kArrowAtTarget = 1;
    static constexpr quint8 kArrowAtSource = 2;
    quint8 arrows(int edge) const { return m_arrows.empty() ? 0 : m_arrows[size_t(edge)]; }
    bool hasArrows() const { return !m_arrows.empty(); }
    // Typed edge index <-> drawn (undirected) link index; -1 when none.
    int drawnEdgeOf(int typedEdge) const { return m_typedToDrawn.value(typedEdge, -1); }
    int typedEdgeOf(int drawnEdge) const { return m_drawnToTyped.value(drawnEdge, -1); }
    void setCommunityCount(int count) { m_communityCount = count; }
    void setColorBy(ColorBy colorBy) { m_colorBy = colorBy; }
    ColorBy colorBy() const { return m_colorBy; }
    // Size rule and year limit change sizes and weights: restyle() after.
    void setSizeBy(SizeBy sizeBy) { m_sizeBy = sizeBy; }
    SizeBy sizeBy() const { return m_sizeBy; }
    void setYearLimit(int year) { m_yearLimit = year; }
    int yearLimit() const { return m_yearLimit; }
    int minYear() const { return m_minYear; }
    int maxYear() const { return m_maxYear; }
    // Sizes, visibility, weights and orders for the size rule and year limit.
    void restyle(const CoauthorGraph &graph);

    const QList<bool> &nodeVisible() const { return m_nodeVisible; }
    bool isNodeVisible(int node) const { return m_nodeVisible.value(node, false); }
    // The weight as of the year limit.
    double edgeWeight(int edge) const { return m_edgeWeight.value(edge, 0); }
    const QList<double> &radii() const { return m_radius; }
    double radius(int node) const { return m_radius.value(node, 0); }
    double maxRadius() const { return m_maxRadius; }
    // The links with weight, heaviest first.
    const std::vector<DrawEdge> &drawEdges() const { return m_drawEdges; }
    // Most important first (label priority): the centre, then by size.
    const QList<int> &nodeOrder() const { return m_nodeOrder; }

    QColor nodeColor(const CoauthorGraph &graph, int node, const QList<QColor> &categorical) const;
    QList<QPair<QString, QColor>> legend(const QPalette &palette) const;
    // The legend with shapes: under a typed graph the types present (in
    // their colours under ColorBy::Type, else in grey after the colours).
    QList<LegendEntry> legendEntries(const QPalette &palette) const;

    // A link's pen width in pixels for its weight.
    static double edgeWidth(double weight);

private:
    ColorBy m_colorBy = ColorBy::Community;
    SizeBy m_sizeBy = SizeBy::Works;
    int m_yearLimit = 0;
    int m_minYear = 0;
    int m_maxYear = 0;
    int m_communityCount = 0;

    QList<double> m_radius;
    QList<bool> m_nodeVisible;
    QList<double> m_edgeWeight;
    QList<int> m_edgeOrder;         // visible-or-not, heaviest first
    std::vector<DrawEdge> m_drawEdges;
    QList<int> m_nodeOrder;
    QList<int> m_lastYear;          // per node, as of the year limit
    QHash<QString, int> m_countryRank;
    double m_maxRadius = 1;

    // Typed graphs.
    bool m_typed = false;
    quint32 m_hiddenTypes = 0;      // bit per NodeType
    QList<NodeType> m_nodeType;
    QList<int> m_nodeYear;
    QList<int> m_edgeYear;          // per drawn link: the first year of its typed links (0: one has none)
    std::vector<quint8> m_arrows;   // per drawn link; empty when nothing is directed
    QList<int> m_typedToDrawn;
    QList<int> m_drawnToTyped;
    quint32 m_typesPresent = 0;     // bit per NodeType

    void restyleTyped(const CoauthorGraph &graph, QList<double> &shared);
};

} // namespace peerscope::views
