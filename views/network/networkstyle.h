#pragma once

// How the network looks, apart from where it lies: each author's disc size,
// colour and visibility as of a year, each link's weight as of that year and
// its width class, the order in which names are tried, and the legend. The
// scene paints with it; it holds no positions.

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
};

} // namespace peerscope::views
