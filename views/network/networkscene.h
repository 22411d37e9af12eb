#pragma once

// What the network view draws, independent of the widget: the graph, node
// positions, style (size, colour, year filter, selection, highlights), a
// uniform grid over the nodes for hit tests, and the level-of-detail painter.
// The widget and the offscreen PNG/SVG renderer share it.

#include "graph/coauthorgraph.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QTransform>

class QPainter;

namespace peerscope::views {

enum class ColorBy { Community, LastYear, Country };
enum class SizeBy { Works, SharedWorks };

struct PaintStats {
    int nodes = 0;
    int edges = 0;
    int labels = 0;
};

class NetworkScene final
{
public:
    NetworkScene() = default;

    void setGraph(const CoauthorGraph &graph);
    const CoauthorGraph &graph() const { return m_graph; }
    void setCommunities(const QList<int> &membership) { m_graph.setCommunities(membership); }
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

    PaintStats paint(QPainter &painter, const QTransform &worldToScreen, const QRectF &screen,
                     const QPalette &palette) const;

    static double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b);

private:
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
    QList<int> m_nodeOrder;         // most important first (label priority)
    QList<int> m_lastYear;          // per node, as of the year limit
    QHash<QString, int> m_countryRank;
    double m_maxRadius = 1;

    mutable double m_cell = 50;
    mutable QHash<qint64, QList<int>> m_grid;
    mutable bool m_gridDirty = true;
};

} // namespace peerscope::views
