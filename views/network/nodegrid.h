#pragma once

// The spatial index of the network's hit tests: a uniform grid over the
// visible nodes, about two per cell and never a cell smaller than a node.

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace peerscope::views {

class NodeGrid final
{
public:
    // Indexes the visible nodes at positions; bounds holds them all and
    // maxRadius is the largest disc.
    void rebuild(const QList<QPointF> &positions, const QList<bool> &visible, double maxRadius, const QRectF &bounds);
    // The indexed node whose disc edge is nearest point and at most tolerance
    // away (small nodes on top of big ones stay reachable); -1 when none.
    int nodeAt(const QPointF &point, double tolerance, const QList<QPointF> &positions, const QList<double> &radii,
               double maxRadius) const;
    bool isEmpty() const { return m_cells.isEmpty(); }

    // A key for cell (cx, cy) of any grid.
    static qint64 cellKey(int cx, int cy) { return (qint64(cx) << 32) ^ quint32(cy); }

private:
    double m_cell = 50;
    QHash<qint64, QList<int>> m_cells;
};

} // namespace peerscope::views
