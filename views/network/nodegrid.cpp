#include "network/nodegrid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace peerscope::views {

void NodeGrid::rebuild(const QList<QPointF> &positions, const QList<bool> &visible, double maxRadius, const QRectF &bounds)
{
    m_cells.clear();
    const int n = int(positions.size());
    if (n == 0)
        return;
    // About two nodes per cell, never smaller than a node.
    m_cell = std::max(2.0 * maxRadius, std::sqrt(std::max(1.0, bounds.width() * bounds.height()) / n) * 1.5);
    for (int i = 0; i < n; ++i) {
        if (!visible.value(i))
            continue;
        const int cx = int(std::floor(positions[i].x() / m_cell));
        const int cy = int(std::floor(positions[i].y() / m_cell));
        m_cells[cellKey(cx, cy)] << i;
    }
}

int NodeGrid::nodeAt(const QPointF &point, double tolerance, const QList<QPointF> &positions, const QList<double> &radii,
                     double maxRadius) const
{
    if (m_cells.isEmpty())
        return -1;
    const double reach = maxRadius + tolerance;
    const int x0 = int(std::floor((point.x() - reach) / m_cell));
    const int x1 = int(std::floor((point.x() + reach) / m_cell));
    const int y0 = int(std::floor((point.y() - reach) / m_cell));
    const int y1 = int(std::floor((point.y() + reach) / m_cell));
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int cx = x0; cx <= x1; ++cx) {
        for (int cy = y0; cy <= y1; ++cy) {
            const auto it = m_cells.constFind(cellKey(cx, cy));
            if (it == m_cells.cend())
                continue;
            for (int i : it.value()) {
                const double d = std::hypot(positions[i].x() - point.x(), positions[i].y() - point.y());
                // Prefer the node whose edge is nearest; small nodes on top of big ones stay reachable.
                const double over = d - radii[i];
                if (over <= tolerance && over < bestDistance) {
                    bestDistance = over;
                    best = i;
                }
            }
        }
    }
    return best;
}

} // namespace peerscope::views
