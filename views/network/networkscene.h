#pragma once

// What the network view draws, independent of the widget: the graph, node
// positions, selection and highlights, and the level-of-detail painter. It
// composes the parts that do the work: NetworkStyle (sizes, colours, the year
// filter, the legend), NodeGrid (the spatial index of hit tests),
// EdgeRasterizer (links into a pixel layer) and LabelPlacer (which names fit).
// The widget and the offscreen PNG/SVG renderer share it.

#include "graph/coauthorgraph.h"
#include "network/edgerasterizer.h"
#include "network/networkstyle.h"
#include "network/nodegrid.h"

#include <QColor>
#include <QLineF>
#include <QList>
#include <QPalette>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QTransform>

#include <vector>

class QFont;
class QFontMetricsF;
class QPainter;

namespace peerscope::views {

struct PaintStats {
    int nodes = 0;
    int edges = 0;
    int labels = 0;
    int edgesLeftOut = 0;   // on screen but over the cap for this zoom level
    int arrows = 0;         // arrowheads of directed links (typed graphs)
    int pathEdges = 0;      // emphasised links of the path (setPath)
};

class NetworkScene final
{
public:
    NetworkScene() = default;

    // A plain network (drops any typed graph).
    void setGraph(const CoauthorGraph &graph);
    const CoauthorGraph &graph() const { return m_graph; }
    // A typed graph: graph() becomes its drawable(), node and drawn-link
    // indexes as there; each node gets its type's shape.
    void setTypedGraph(const TypedGraph &typed);
    const TypedGraph &typedGraph() const { return m_typed; }
    bool isTyped() const { return m_style.isTyped(); }
    void setTypeVisible(NodeType type, bool visible);
    bool isTypeVisible(NodeType type) const { return m_style.isTypeVisible(type); }
    NodeShape nodeShape(int node) const { return m_style.nodeShape(node); }
    // Typed link index <-> drawn link index (graph().edges()); -1 when none.
    int drawnEdgeOf(int typedEdge) const { return m_style.drawnEdgeOf(typedEdge); }
    int typedEdgeOf(int drawnEdge) const { return m_style.typedEdgeOf(drawnEdge); }
    // A path to emphasise (node indexes, in order); empty clears.
    void setPath(const QList<int> &nodes) { m_path = nodes; }
    const QList<int> &path() const { return m_path; }
    void setCommunities(const QList<int> &membership)
    {
        m_graph.setCommunities(membership);
        m_style.setCommunityCount(m_graph.communityCount());
    }
    void setPositions(const QList<QPointF> &positions);
    const QList<QPointF> &positions() const { return m_pos; }
    void moveNode(int node, const QPointF &position);

    const NetworkStyle &style() const { return m_style; }
    void setColorBy(ColorBy colorBy);
    ColorBy colorBy() const { return m_style.colorBy(); }
    void setSizeBy(SizeBy sizeBy);
    SizeBy sizeBy() const { return m_style.sizeBy(); }
    // 0: every year; otherwise the network as it was at the end of that year.
    void setYearLimit(int year);
    int yearLimit() const { return m_style.yearLimit(); }
    int minYear() const { return m_style.minYear(); }
    int maxYear() const { return m_style.maxYear(); }
    void setSelectedNode(int node) { m_selected = node; }
    int selectedNode() const { return m_selected; }
    void setSelectedEdge(int edge) { m_selectedEdge = edge; }
    int selectedEdge() const { return m_selectedEdge; }
    void setHoveredNode(int node) { m_hovered = node; }
    int hoveredNode() const { return m_hovered; }
    void setHighlighted(const QSet<int> &nodes) { m_highlighted = nodes; }
    const QSet<int> &highlighted() const { return m_highlighted; }
    void setShowLegend(bool show) { m_showLegend = show; }

    bool isNodeVisible(int node) const { return m_style.isNodeVisible(node); }
    bool isEdgeVisible(int edge) const { return m_style.edgeWeight(edge) > 0; }
    // The weight as of the year limit.
    double edgeWeight(int edge) const { return m_style.edgeWeight(edge); }
    double radius(int node) const { return m_style.radius(node); }
    QColor nodeColor(int node, const QPalette &palette) const;
    QColor nodeColor(int node, const QList<QColor> &categorical) const;
    QList<QPair<QString, QColor>> legend(const QPalette &palette) const;
    QList<LegendEntry> legendEntries(const QPalette &palette) const { return m_style.legendEntries(palette); }
    // Draws a node's outline of this shape with the painter's pen and brush,
    // r its radius on screen.
    static void drawShape(QPainter &painter, NodeShape shape, const QPointF &centre, double r);
    // How far from its centre a shape of radius r reaches in a direction.
    static double shapeReach(NodeShape shape, double r, const QPointF &direction);

    // Hit tests in layout coordinates; tolerance in layout units too.
    int nodeAt(const QPointF &point, double tolerance) const;
    int edgeAt(const QPointF &point, double tolerance) const;
    QRectF bounds() const;

    // Labels: their font (from the painter's), and a node's label box on
    // screen in pixels (the name, elided, with its halo). A network of at
    // most labelBudget() authors can show every name at once.
    static QFont labelFont(const QFont &base);
    QSizeF labelSize(int node, const QFontMetricsF &metrics) const;
    static int labelBudget();
    // Every node's disc radius, and every name's box when the network is
    // within labelBudget() (none otherwise).
    QList<double> radii() const;
    QList<QSizeF> labelSizes(const QFontMetricsF &metrics) const;
    // The names a layout makes room for: all of them when they can be shown
    // at about zoom 1, that is when discs and names cover at most half of a
    // view of this size; otherwise none (discs only).
    QList<QSizeF> layoutLabelSizes(const QFontMetricsF &metrics, const QSizeF &view) const;

    PaintStats paint(QPainter &painter, const QTransform &worldToScreen, const QRectF &screen,
                     const QPalette &palette) const;

    static double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b);

private:
    CoauthorGraph m_graph;
    TypedGraph m_typed;
    QList<int> m_path;
    QList<QPointF> m_pos;
    NetworkStyle m_style;
    int m_selected = -1;
    int m_selectedEdge = -1;
    int m_hovered = -1;
    QSet<int> m_highlighted;
    bool m_showLegend = true;

    mutable EdgeRasterizer m_edges;
    // Per-frame lists, kept to reuse their memory.
    struct Scratch {
        std::vector<QLineF> lines[NetworkStyle::kWidthBuckets];
        std::vector<int> emphasised;
        std::vector<EdgeRasterizer::Dot> dots;
        std::vector<int> discs;
        std::vector<QPointF> arrows;  // three corners each
    };
    mutable Scratch m_scratch;
    // Built on the first hit test after a change, not on every layout
    // snapshot: while the layout animates, nobody asks.
    mutable NodeGrid m_grid;
    mutable bool m_gridDirty = true;
    // Each node's label, elided, and its box, for one font: eliding a title
    // shapes it (tens of microseconds), and a map of 3,000 works asked that
    // of every candidate on every paint (a first paint of 135 ms). Filled as
    // paints ask; emptied with the graph or when the font changes.
    struct LabelCache {
        QString fontKey;
        QList<QString> texts;
        QList<QSizeF> sizes;
        QList<bool> known;
    };
    mutable LabelCache m_labels;
    // The node's cached label text and box in this font.
    std::pair<const QString &, QSizeF> cachedLabel(int node, const QFont &font, const QFontMetricsF &metrics) const;

    void resetSelection();
    // An arrowhead at the target end of screen line a→b (target radius r on
    // screen, the line's width class bucket), into m_scratch.arrows.
    void addArrow(const QPointF &a, const QPointF &b, double r, int bucket) const;
};

} // namespace peerscope::views
