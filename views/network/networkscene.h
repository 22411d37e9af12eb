#pragma once

// What the network view draws, independent of the widget: the graph, node
// positions, style (size, colour, year filter, selection, highlights), a
// uniform grid over the nodes for hit tests, and the level-of-detail painter.
// The widget and the offscreen PNG/SVG renderer share it.

#include "graph/coauthorgraph.h"

#include <QColor>
#include <QHash>
#include <QImage>
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

enum class ColorBy { Community, LastYear, Country };
enum class SizeBy { Works, SharedWorks };

struct PaintStats {
    int nodes = 0;
    int edges = 0;
    int labels = 0;
    int edgesLeftOut = 0;   // on screen but over the cap for this zoom level
};

class NetworkScene final
{
public:
    NetworkScene() = default;

    void setGraph(const CoauthorGraph &graph);
    const CoauthorGraph &graph() const { return m_graph; }
    void setCommunities(const QList<int> &membership)
    {
        m_graph.setCommunities(membership);
        m_communityCount = m_graph.communityCount();
    }
    void setPositions(const QList<QPointF> &positions);
    const QList<QPointF> &positions() const { return m_pos; }
    void moveNode(int node, const QPointF &position);

    void setColorBy(ColorBy colorBy);
    ColorBy colorBy() const { return m_colorBy; }
    void setSizeBy(SizeBy sizeBy);
    SizeBy sizeBy() const { return m_sizeBy; }
    // 0: every year; otherwise the network as it was at the end of that year.
    void setYearLimit(int year);
    int yearLimit() const { return m_yearLimit; }
    int minYear() const { return m_minYear; }
    int maxYear() const { return m_maxYear; }
    void setSelectedNode(int node) { m_selected = node; }
    int selectedNode() const { return m_selected; }
    void setSelectedEdge(int edge) { m_selectedEdge = edge; }
    int selectedEdge() const { return m_selectedEdge; }
    void setHoveredNode(int node) { m_hovered = node; }
    int hoveredNode() const { return m_hovered; }
    void setHighlighted(const QSet<int> &nodes) { m_highlighted = nodes; }
    const QSet<int> &highlighted() const { return m_highlighted; }
    void setShowLegend(bool show) { m_showLegend = show; }

    bool isNodeVisible(int node) const { return m_nodeVisible.value(node, false); }
    bool isEdgeVisible(int edge) const { return m_edgeWeight.value(edge, 0) > 0; }
    // The weight as of the year limit.
    double edgeWeight(int edge) const { return m_edgeWeight.value(edge, 0); }
    double radius(int node) const { return m_radius.value(node, 0); }
    QColor nodeColor(int node, const QPalette &palette) const;
    QColor nodeColor(int node, const QList<QColor> &categorical) const;
    QList<QPair<QString, QColor>> legend(const QPalette &palette) const;

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
    // Thousands of hairlines, rasterized here into a reused buffer and
    // composited once: QPainter's cosmetic stroker flushes short span runs
    // per line and the raster engine hands each flush to its thread pool.
    struct EdgeLayer {
        int width = 0;
        int height = 0;
        std::vector<quint16> depth;  // optical depth per pixel, saturating
        QImage image;
        int minRow = 0;
        int maxRow = -1;
    };
    void beginEdgeLayer(const QSize &pixels) const;
    void addLineToLayer(QPointF a, QPointF b, quint16 depth, double thickness) const;
    struct Dot {
        QRectF rect;
        QRgb rgba;
    };
    void compositeEdgeLayer(QPainter &painter, const QRectF &screen, double dpr, const QColor &color,
                            const std::vector<Dot> &dots) const;

    void restyle();
    void rebuildGrid() const;
    qint64 cellKey(int cx, int cy) const { return (qint64(cx) << 32) ^ quint32(cy); }

    CoauthorGraph m_graph;
    QList<QPointF> m_pos;
    ColorBy m_colorBy = ColorBy::Community;
    SizeBy m_sizeBy = SizeBy::Works;
    int m_yearLimit = 0;
    int m_minYear = 0;
    int m_maxYear = 0;
    int m_selected = -1;
    int m_selectedEdge = -1;
    int m_hovered = -1;
    QSet<int> m_highlighted;
    bool m_showLegend = true;

    QList<double> m_radius;
    QList<bool> m_nodeVisible;
    QList<double> m_edgeWeight;
    QList<int> m_edgeOrder;         // visible-or-not, heaviest first
    struct DrawEdge {
        int edge;
        int source;
        int target;
        int bucket;                 // width (or opacity) class
    };
    std::vector<DrawEdge> m_drawEdges; // the edges with weight, heaviest first, compact for painting
    QList<int> m_nodeOrder;         // most important first (label priority)
    QList<int> m_lastYear;          // per node, as of the year limit
    QHash<QString, int> m_countryRank;
    double m_maxRadius = 1;
    int m_communityCount = 0;

    mutable EdgeLayer m_layer;
    // Per-frame lists, kept to reuse their memory.
    struct Scratch {
        std::vector<QLineF> lines[6];
        std::vector<int> emphasised;
        std::vector<Dot> dots;
        std::vector<int> discs;
    };
    mutable Scratch m_scratch;
    mutable double m_cell = 50;
    mutable QHash<qint64, QList<int>> m_grid;
    mutable bool m_gridDirty = true;
};

} // namespace peerscope::views
