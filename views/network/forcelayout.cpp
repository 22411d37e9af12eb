#include "network/forcelayout.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace peerscope::views {

Q_LOGGING_CATEGORY(lcLayout, "peerscope.layout", QtWarningMsg)

namespace {

constexpr int kMaxDepth = 40;        // coincident bodies share a leaf below this
constexpr double kMinDistance = 0.01;
// Fruchterman-Reingold's k: attraction d^2 / k.
constexpr double kLinkLength = 300.0;
// The mean link length pivot MDS places nodes at: about where the forces
// balance (repulsion / d = d^2 / k for a single link).
constexpr double kPlacedLength = 93.0;
// Root mean square distance from the centre per square root of the nodes.
constexpr double kPlacedSpread = 30.0;
// After pivot MDS the forces only refine: a tenth of a cold start's heat.
constexpr double kPlacedTemperature = 0.1;
// Clear space kept between two footprints (discs, labels), in layout units.
constexpr double kFootprintGap = 4.0;
// Sweeps of the overlap removal per step at most (it stops earlier once
// nothing overlaps): a few while the layout moves, more on the step that
// settles it, so the picture it leaves is clear.
constexpr int kSeparationSweeps = 2;
constexpr int kFinalSeparationSweeps = 50;

} // namespace

double ForceLayout::springFactor(double weight) const
{
    // A link of weight 1 pulls with stiffness 1; heavier links more, but
    // slowly, so one long collaboration does not collapse a pair.
    return std::log2(1.0 + std::max(0.0, weight));
}

double ForceLayout::initialTemperature() const
{
    return 30.0 * std::sqrt(double(std::max(1, nodeCount())));
}

void ForceLayout::setGraph(int nodeCount, const QList<LayoutEdge> &edges, quint32 seed, const QList<QPointF> &initial)
{
    m_pos.resize(nodeCount);
    m_mass.fill(1.0, nodeCount);
    m_pinned.fill(false, nodeCount);
    m_heat.fill(0.0, nodeCount);
    m_adjacent = QList<QList<int>>(nodeCount);
    m_edges.clear();
    for (const LayoutEdge &e : edges) {
        if (e.a < 0 || e.b < 0 || e.a >= nodeCount || e.b >= nodeCount || e.a == e.b)
            continue;
        m_edges << e;
        m_adjacent[e.a] << e.b;
        m_adjacent[e.b] << e.a;
    }
    QRandomGenerator rng(seed);
    const double radius = 60.0 * std::sqrt(double(std::max(1, nodeCount)));
    bool anyKnown = false;
    for (int i = 0; i < nodeCount; ++i) {
        const QPointF p = initial.value(i, QPointF(qQNaN(), qQNaN()));
        const double angle = rng.generateDouble() * 2 * M_PI;
        const double r = radius * std::sqrt(rng.generateDouble());
        if (std::isnan(p.x()) || std::isnan(p.y())) {
            m_pos[i] = QPointF(r * std::cos(angle), r * std::sin(angle));
        } else {
            m_pos[i] = p;
            anyKnown = true;
        }
    }
    if (anyKnown) {
        // New nodes next to an already placed neighbour (an expanded author).
        for (int i = 0; i < nodeCount; ++i) {
            const QPointF p = initial.value(i, QPointF(qQNaN(), qQNaN()));
            if (!std::isnan(p.x()))
                continue;
            for (int j : std::as_const(m_adjacent[i])) {
                const QPointF q = initial.value(j, QPointF(qQNaN(), qQNaN()));
                if (!std::isnan(q.x())) {
                    const double angle = rng.generateDouble() * 2 * M_PI;
                    m_pos[i] = q + QPointF(30 * std::cos(angle), 30 * std::sin(angle));
                    m_heat[i] = initialTemperature();
                    break;
                }
            }
        }
        m_temperature = initialTemperature() * 0.2;
    } else {
        m_temperature = initialTemperature();
    }
    m_iterations = 0;
    m_seed = seed;
    m_needsPlacement = !anyKnown && nodeCount >= 3;
    m_radius.clear();
    m_label.clear();
}

void ForceLayout::setNodeSizes(const QList<double> &radii, const QList<QSizeF> &labels)
{
    const int n = nodeCount();
    m_radius.clear();
    m_label.clear();
    if (radii.size() != n)
        return;
    m_radius = radii;
    if (labels.size() == n)
        m_label = labels;
}

QRectF ForceLayout::footprint(int node) const
{
    // The disc, and the label centred under it (the scene draws it 2 px
    // below the disc: at zoom 1 or more that lies within this box).
    const double r = m_radius.value(node, 0);
    const QSizeF label = m_label.value(node);
    const double half = std::max(r, label.width() / 2);
    const double below = label.isEmpty() ? r : r + 2 + label.height();
    return {m_pos[node].x() - half, m_pos[node].y() - r, 2 * half, r + below};
}

void ForceLayout::separateFootprints(int sweeps)
{
    // Overlap removal by projection, after the forces moved the nodes (as a
    // collision constraint): each overlapping pair is pushed apart by the
    // overlap, half each (all of it on the free one when the other is
    // pinned); discs along the line between their centres, boxes along the
    // axis where they overlap least. Pairs come from a uniform grid of cells
    // as large as the largest footprint, visited in (cell, index) order:
    // deterministic, and linear in the nodes.
    const int n = nodeCount();
    if (m_radius.isEmpty() || n < 2)
        return;
    const bool boxes = !m_label.isEmpty();
    double cell = 1;
    for (int i = 0; i < n; ++i) {
        const QRectF f = footprint(i);
        cell = std::max({cell, f.width(), f.height()});
    }
    cell += kFootprintGap;
    // Cell coordinates offset to unsigned, so keys sort by column, then row.
    auto keyOf = [](qint64 cx, qint64 cy) {
        return (quint64(cx + 0x80000000LL) << 32) | quint64(cy + 0x80000000LL);
    };
    std::vector<std::pair<quint64, int>> keys(static_cast<size_t>(n));
    bool moved = false;
    auto resolve = [&](int i, int j) {
        if (m_pinned[i] && m_pinned[j])
            return;
        if (j < i)
            std::swap(i, j);
        QPointF push; // moves j away from i by the whole overlap
        if (boxes) {
            const QRectF a = footprint(i), b = footprint(j);
            const double ox = std::min(a.right(), b.right()) - std::max(a.left(), b.left()) + kFootprintGap;
            const double oy = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top()) + kFootprintGap;
            if (ox <= 0 || oy <= 0)
                return;
            const QPointF d = b.center() - a.center();
            if (ox < oy)
                push = QPointF(d.x() > 0 || (d.x() == 0 && i % 2 == 0) ? ox : -ox, 0);
            else
                push = QPointF(0, d.y() > 0 || (d.y() == 0 && i % 2 == 0) ? oy : -oy);
        } else {
            const QPointF d = m_pos[j] - m_pos[i];
            const double want = m_radius[i] + m_radius[j] + kFootprintGap;
            if (std::abs(d.x()) >= want || std::abs(d.y()) >= want)
                return;
            double length = std::hypot(d.x(), d.y());
            if (length >= want)
                return;
            QPointF unit;
            if (length > kMinDistance) {
                unit = d / length;
            } else {
                const double angle = i * 2.399963;
                unit = QPointF(std::cos(angle), std::sin(angle));
                length = 0;
            }
            push = unit * (want - length);
        }
        const double share = m_pinned[i] ? 1.0 : (m_pinned[j] ? 0.0 : 0.5);
        m_pos[j] += push * share;
        m_pos[i] -= push * (1.0 - share);
        moved = true;
    };
    for (int sweep = 0; sweep < sweeps; ++sweep) {
        for (int i = 0; i < n; ++i)
            keys[size_t(i)] = {keyOf(qint64(std::floor(m_pos[i].x() / cell)), qint64(std::floor(m_pos[i].y() / cell))), i};
        std::sort(keys.begin(), keys.end());
        moved = false;
        // Each cell meets itself, the cell below it and the three cells of
        // the next column: every neighbouring pair of cells once. The next
        // column's cells start at a position that only grows.
        size_t next = 0;
        for (size_t run = 0; run < keys.size();) {
            const quint64 key = keys[run].first;
            size_t runEnd = run;
            while (runEnd < keys.size() && keys[runEnd].first == key)
                ++runEnd;
            for (size_t a = run; a < runEnd; ++a)
                for (size_t b = a + 1; b < runEnd; ++b)
                    resolve(keys[a].second, keys[b].second);
            for (size_t b = runEnd; b < keys.size() && keys[b].first == key + 1; ++b)
                for (size_t a = run; a < runEnd; ++a)
                    resolve(keys[a].second, keys[b].second);
            const quint64 first = key + (quint64(1) << 32) - 1, last = key + (quint64(1) << 32) + 1;
            while (next < keys.size() && keys[next].first < first)
                ++next;
            for (size_t b = next; b < keys.size() && keys[b].first <= last; ++b)
                for (size_t a = run; a < runEnd; ++a)
                    resolve(keys[a].second, keys[b].second);
            run = runEnd;
        }
        if (!moved)
            break;
    }
}

void ForceLayout::placeNodes()
{
    if (!m_needsPlacement)
        return;
    m_needsPlacement = false;
    placeByPivotMds();
}

void ForceLayout::placeByPivotMds()
{
    // Brandes & Pich, "Eigensolver methods for progressive multidimensional
    // scaling of large data" (2006): hop distances from k pivots chosen far
    // apart, double-centred; the top two eigenvectors of C^T C give x and y.
    const int n = nodeCount();
    const int k = std::min(n, 50);
    QList<int> dist(qsizetype(n) * k, -1);
    QList<int> nearest(n, std::numeric_limits<int>::max());
    QList<int> queue(n);
    QRandomGenerator rng(m_seed ^ 0x9e3779b9u);
    int pivot = int(rng.bounded(quint32(n)));
    for (int p = 0; p < k; ++p) {
        int *d = dist.data() + qsizetype(p) * n;
        int head = 0, tail = 0, far = 0;
        d[pivot] = 0;
        queue[tail++] = pivot;
        while (head < tail) {
            const int v = queue[head++];
            far = std::max(far, d[v]);
            for (int w : std::as_const(m_adjacent[v]))
                if (d[w] < 0) {
                    d[w] = d[v] + 1;
                    queue[tail++] = w;
                }
        }
        // Other components: as if one link beyond the farthest node.
        int next = pivot;
        for (int v = 0; v < n; ++v) {
            if (d[v] < 0)
                d[v] = far + 1;
            nearest[v] = std::min(nearest[v], d[v]);
            if (nearest[v] > nearest[next])
                next = v;
        }
        pivot = next;
    }
    // Double centring of the squared distances (n x k, column-major by pivot).
    QList<double> c(qsizetype(n) * k);
    QList<double> rowMean(n, 0.0), colMean(k, 0.0);
    double all = 0;
    for (int p = 0; p < k; ++p)
        for (int v = 0; v < n; ++v) {
            const double d2 = double(dist[qsizetype(p) * n + v]) * dist[qsizetype(p) * n + v];
            c[qsizetype(p) * n + v] = d2;
            rowMean[v] += d2 / k;
            colMean[p] += d2 / n;
            all += d2;
        }
    all /= double(n) * k;
    for (int p = 0; p < k; ++p)
        for (int v = 0; v < n; ++v)
            c[qsizetype(p) * n + v] = -0.5 * (c[qsizetype(p) * n + v] - rowMean[v] - colMean[p] + all);
    // B = C^T C (k x k), then power iteration for its top two eigenvectors.
    QList<double> b(qsizetype(k) * k, 0.0);
    for (int p = 0; p < k; ++p)
        for (int q = p; q < k; ++q) {
            double sum = 0;
            const double *cp = c.constData() + qsizetype(p) * n;
            const double *cq = c.constData() + qsizetype(q) * n;
            for (int v = 0; v < n; ++v)
                sum += cp[v] * cq[v];
            b[qsizetype(p) * k + q] = b[qsizetype(q) * k + p] = sum;
        }
    QList<double> vectors[2];
    for (int e = 0; e < 2; ++e) {
        QList<double> x(k);
        for (int i = 0; i < k; ++i)
            x[i] = 1.0 + 0.1 * ((i * 7 + e * 13) % 11); // fixed start: reproducible
        for (int it = 0; it < 200; ++it) {
            if (e == 1) {
                // Stay orthogonal to the first eigenvector.
                double dot = 0;
                for (int i = 0; i < k; ++i)
                    dot += x[i] * vectors[0][i];
                for (int i = 0; i < k; ++i)
                    x[i] -= dot * vectors[0][i];
            }
            QList<double> y(k, 0.0);
            for (int i = 0; i < k; ++i)
                for (int j = 0; j < k; ++j)
                    y[i] += b[qsizetype(i) * k + j] * x[j];
            double norm = 0;
            for (double v : std::as_const(y))
                norm += v * v;
            norm = std::sqrt(norm);
            if (norm <= 0)
                break;
            for (int i = 0; i < k; ++i)
                y[i] /= norm;
            x = y;
        }
        vectors[e] = x;
    }
    QList<QPointF> placed(n);
    for (int v = 0; v < n; ++v) {
        double px = 0, py = 0;
        for (int p = 0; p < k; ++p) {
            px += c[qsizetype(p) * n + v] * vectors[0][p];
            py += c[qsizetype(p) * n + v] * vectors[1][p];
        }
        placed[v] = QPointF(px, py);
    }
    // Scale: a link as long as the forces would make it, about.
    double linkLength = 0;
    for (const LayoutEdge &e : std::as_const(m_edges))
        linkLength += std::hypot(placed[e.a].x() - placed[e.b].x(), placed[e.a].y() - placed[e.b].y());
    linkLength = m_edges.isEmpty() ? 0 : linkLength / m_edges.size();
    if (!(linkLength > 0) || !std::isfinite(linkLength))
        return; // degenerate (no links): keep the seeded scatter
    double rms = 0;
    for (const QPointF &p : std::as_const(placed))
        rms += p.x() * p.x() + p.y() * p.y();
    rms = std::sqrt(rms / n);
    // Scale: links about as long as the forces make them, and at least as
    // spread out as the forces will leave a large graph (pivot MDS packs a
    // small-world graph into a few hops; the first picture would otherwise
    // show every node at once at a close zoom).
    double scale = kPlacedLength / linkLength;
    if (rms > 0)
        scale = std::max(scale, kPlacedSpread * std::sqrt(double(n)) / rms);
    // Nodes with the same hop distances to every pivot (the leaves of one
    // author, say) land on one spot: a seeded jitter of a quarter link parts
    // them, so the forces and the quadtree need not.
    for (int v = 0; v < n; ++v) {
        const double angle = rng.generateDouble() * 2 * M_PI;
        const double r = 0.25 * kPlacedLength * std::sqrt(rng.generateDouble());
        m_pos[v] = placed[v] * scale + QPointF(r * std::cos(angle), r * std::sin(angle));
    }
    m_temperature = initialTemperature() * kPlacedTemperature;
}

int ForceLayout::childFor(const Cell &c, double x, double y) const
{
    const double half = c.size / 2;
    return (x >= c.x0 + half ? 1 : 0) + (y >= c.y0 + half ? 2 : 0);
}

void ForceLayout::insert(int cellIndex, int body, int depth) const
{
    const double bx = m_pos[body].x();
    const double by = m_pos[body].y();
    const double bm = m_mass[body];
    for (;;) {
        Cell &c = m_cells[cellIndex];
        const double total = c.mass + bm;
        c.cx = (c.cx * c.mass + bx * bm) / total;
        c.cy = (c.cy * c.mass + by * bm) / total;
        c.mass = total;
        ++c.count;
        if (c.count == 1) {
            c.body = body;
            return;
        }
        if (depth >= kMaxDepth)
            return; // coincident bodies: an aggregate leaf
        // Push the single resident down before descending.
        const int resident = c.body;
        c.body = -1;
        const double half = c.size / 2;
        auto ensureChild = [&](int quadrant) {
            if (m_cells[cellIndex].child[quadrant] >= 0)
                return m_cells[cellIndex].child[quadrant];
            const Cell &parent = m_cells[cellIndex];
            Cell child;
            child.x0 = parent.x0 + ((quadrant & 1) ? half : 0);
            child.y0 = parent.y0 + ((quadrant & 2) ? half : 0);
            child.size = half;
            const int index = int(m_cells.size());
            m_cells << child;
            m_cells[cellIndex].child[quadrant] = index;
            return index;
        };
        if (resident >= 0) {
            const int q = childFor(m_cells[cellIndex], m_pos[resident].x(), m_pos[resident].y());
            const int child = ensureChild(q);
            Cell &rc = m_cells[child];
            rc.cx = m_pos[resident].x();
            rc.cy = m_pos[resident].y();
            rc.mass = m_mass[resident];
            rc.count = 1;
            rc.body = resident;
        }
        const int q = childFor(m_cells[cellIndex], bx, by);
        cellIndex = ensureChild(q);
        ++depth;
    }
}

void ForceLayout::buildTree() const
{
    m_cells.clear();
    if (m_pos.isEmpty())
        return;
    double minX = m_pos[0].x(), maxX = minX, minY = m_pos[0].y(), maxY = minY;
    for (const QPointF &p : m_pos) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    Cell root;
    root.size = std::max({maxX - minX, maxY - minY, 1.0}) * 1.0001;
    root.x0 = minX;
    root.y0 = minY;
    m_cells.reserve(m_pos.size() * 3);
    m_cells << root;
    for (int i = 0; i < m_pos.size(); ++i)
        insert(0, i, 0);
}

QPointF ForceLayout::footprintRepulsion(int i, int j) const
{
    // Fruchterman-Reingold's k/d, but over the clear space between the two
    // footprints instead of between the centres (ForceAtlas2's "prevent
    // overlap"): near each other, big discs and long labels push hard and
    // so get room; far apart it is the plain force.
    QPointF d;
    double contact;
    if (m_label.isEmpty()) {
        d = m_pos[i] - m_pos[j];
        contact = m_radius[i] + m_radius[j];
    } else {
        const QRectF a = footprint(i), b = footprint(j);
        d = a.center() - b.center();
        // Along d, the centre-to-edge distance of the two boxes' Minkowski sum.
        const double length = std::hypot(d.x(), d.y());
        const double hw = (a.width() + b.width()) / 2, hh = (a.height() + b.height()) / 2;
        const double ux = std::abs(d.x()) / std::max(length, kMinDistance);
        const double uy = std::abs(d.y()) / std::max(length, kMinDistance);
        contact = std::min(ux > 0 ? hw / ux : hh, uy > 0 ? hh / uy : hw);
    }
    double length = std::hypot(d.x(), d.y());
    if (length < kMinDistance) {
        const double angle = i * 2.399963;
        d = QPointF(std::cos(angle), std::sin(angle)) * kMinDistance;
        length = kMinDistance;
    }
    const double gap = std::max(length - contact - kFootprintGap, kFootprintGap);
    return d * (m_settings.repulsion * m_mass[i] * m_mass[j] / (length * gap));
}

QPointF ForceLayout::treeForce(int body, double theta) const
{
    const double x = m_pos[body].x();
    const double y = m_pos[body].y();
    const double k = m_settings.repulsion * m_mass[body];
    const bool sized = !m_radius.isEmpty();
    double fx = 0, fy = 0;
    int stack[4 * kMaxDepth + 8];
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Cell &c = m_cells[stack[--top]];
        if (c.count == 0 || c.body == body)
            continue;
        double dx = x - c.cx;
        double dy = y - c.cy;
        double d2 = dx * dx + dy * dy;
        const bool leaf = c.child[0] < 0 && c.child[1] < 0 && c.child[2] < 0 && c.child[3] < 0;
        if (leaf || c.size * c.size < theta * theta * d2) {
            if (sized && leaf && c.body >= 0) {
                const QPointF f = footprintRepulsion(body, c.body);
                fx += f.x();
                fy += f.y();
                continue;
            }
            double mass = c.mass;
            if (leaf && c.body < 0 && d2 < kMinDistance * kMinDistance)
                mass -= m_mass[body]; // an aggregate leaf that holds this body too
            if (mass <= 0)
                continue;
            if (d2 < kMinDistance * kMinDistance) {
                // Coincident: push apart along a direction fixed by the index.
                const double angle = body * 2.399963;
                dx = std::cos(angle) * kMinDistance;
                dy = std::sin(angle) * kMinDistance;
                d2 = kMinDistance * kMinDistance;
            }
            // |F| = k m M / d, along the unit vector: k m M (dx, dy) / d^2.
            const double f = k * mass / d2;
            fx += dx * f;
            fy += dy * f;
            continue;
        }
        for (int child : c.child)
            if (child >= 0 && top < int(sizeof(stack) / sizeof(stack[0])))
                stack[top++] = child;
    }
    return {fx, fy};
}

QList<QPointF> ForceLayout::repulsionForces(double theta) const
{
    const int n = nodeCount();
    QList<QPointF> forces(n);
    if (theta <= 0) {
        for (int i = 0; i < n; ++i) {
            double fx = 0, fy = 0;
            for (int j = 0; j < n; ++j) {
                if (i == j)
                    continue;
                if (!m_radius.isEmpty()) {
                    const QPointF f = footprintRepulsion(i, j);
                    fx += f.x();
                    fy += f.y();
                    continue;
                }
                const double dx = m_pos[i].x() - m_pos[j].x();
                const double dy = m_pos[i].y() - m_pos[j].y();
                const double d2 = std::max(dx * dx + dy * dy, kMinDistance * kMinDistance);
                const double f = m_settings.repulsion * m_mass[i] * m_mass[j] / d2;
                fx += dx * f;
                fy += dy * f;
            }
            forces[i] = QPointF(fx, fy);
        }
        return forces;
    }
    buildTree();
    // Bodies in quadtree order: neighbours walk nearly the same cells one
    // after another, which keeps those cells in cache on large graphs.
    QList<int> order;
    order.reserve(n);
    QList<bool> seen(n, false);
    QVarLengthArray<int, 256> stack{0};
    while (!stack.isEmpty()) {
        const Cell &c = m_cells[stack.back()];
        stack.removeLast();
        if (c.body >= 0 && !seen[c.body]) {
            seen[c.body] = true;
            order << c.body;
        }
        for (int q = 3; q >= 0; --q)
            if (c.child[q] >= 0)
                stack.append(c.child[q]);
    }
    for (int i = 0; i < n; ++i)
        if (!seen[i])
            order << i; // coincident bodies share an aggregate leaf
    for (int i : std::as_const(order))
        forces[i] = treeForce(i, theta);
    return forces;
}

void ForceLayout::step()
{
    const int n = nodeCount();
    if (n == 0)
        return;
    placeNodes();
    QList<QPointF> force = repulsionForces(m_settings.theta);
    for (const LayoutEdge &e : std::as_const(m_edges)) {
        // Attraction: |F| = s d^2 / L, pulling the ends together.
        const QPointF delta = m_pos[e.b] - m_pos[e.a];
        const QPointF f = delta * (springFactor(e.weight) * std::hypot(delta.x(), delta.y()) / kLinkLength);
        force[e.a] += f;
        force[e.b] -= f;
    }
    for (int i = 0; i < n; ++i) {
        const double d = std::hypot(m_pos[i].x(), m_pos[i].y());
        if (d > kMinDistance)
            force[i] -= m_pos[i] * (m_settings.gravity * m_mass[i] / d);
    }
    for (int i = 0; i < n; ++i) {
        if (m_pinned[i])
            continue;
        QPointF move = force[i] * (0.1 / m_mass[i]);
        const double length = std::hypot(move.x(), move.y());
        const double limit = std::max(m_temperature, m_heat[i]);
        if (length > limit && length > 0)
            move *= limit / length;
        m_pos[i] += move;
    }
    m_temperature *= m_settings.cooling;
    for (double &h : m_heat)
        h *= m_settings.cooling;
    separateFootprints(isSettled() ? kFinalSeparationSweeps : kSeparationSweeps);
    ++m_iterations;
}

int ForceLayout::run(int maxIterations)
{
    int done = 0;
    while (done < maxIterations && !isSettled()) {
        step();
        ++done;
    }
    return done;
}

bool ForceLayout::isSettled() const
{
    if (m_temperature > m_settings.minTemperature)
        return false;
    return std::all_of(m_heat.cbegin(), m_heat.cend(), [this](double h) { return h <= m_settings.minTemperature; });
}

void ForceLayout::pin(int node, const QPointF &position)
{
    if (node < 0 || node >= nodeCount())
        return;
    m_pos[node] = position;
    m_pinned[node] = true;
    reheatAround(node, std::max(15.0, initialTemperature() * 0.1));
}

void ForceLayout::unpin(int node)
{
    if (node >= 0 && node < nodeCount())
        m_pinned[node] = false;
}

void ForceLayout::reheatAround(int node, double temperature)
{
    if (node < 0 || node >= nodeCount())
        return;
    m_heat[node] = std::max(m_heat[node], temperature);
    for (int a : std::as_const(m_adjacent[node])) {
        m_heat[a] = std::max(m_heat[a], temperature);
        for (int b : std::as_const(m_adjacent[a]))
            m_heat[b] = std::max(m_heat[b], temperature / 2);
    }
}

void ForceLayout::reheatAll(double temperature)
{
    m_temperature = std::max(m_temperature, temperature);
}

double ForceLayout::energy() const
{
    double e = 0;
    for (const LayoutEdge &edge : m_edges) {
        const QPointF d = m_pos[edge.b] - m_pos[edge.a];
        const double length = std::hypot(d.x(), d.y());
        e += springFactor(edge.weight) * length * length * length / (3 * kLinkLength);
    }
    const int n = nodeCount();
    for (int i = 0; i < n; ++i) {
        e += m_settings.gravity * m_mass[i] * std::hypot(m_pos[i].x(), m_pos[i].y());
        for (int j = i + 1; j < n; ++j) {
            const double d = std::max(std::hypot(m_pos[i].x() - m_pos[j].x(), m_pos[i].y() - m_pos[j].y()), kMinDistance);
            e -= m_settings.repulsion * m_mass[i] * m_mass[j] * std::log(d);
        }
    }
    return e;
}

} // namespace peerscope::views
