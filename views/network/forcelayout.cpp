#include "network/forcelayout.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace peerscope::views {

Q_LOGGING_CATEGORY(lcLayout, "peerscope.layout", QtWarningMsg)

namespace {

constexpr int kMaxDepth = 40;        // coincident bodies share a leaf below this
constexpr double kMinDistance = 0.01;

} // namespace

double ForceLayout::springFactor(double weight) const
{
    // A link of weight 1 pulls with stiffness 1; heavier links more, but
    // slowly, so one long collaboration does not collapse a pair.
    return std::log2(1.0 + std::max(0.0, weight));
}

double ForceLayout::initialTemperature() const
{
    return 10.0 * std::sqrt(double(std::max(1, nodeCount())));
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
        m_mass[e.a] += 1;
        m_mass[e.b] += 1;
        m_adjacent[e.a] << e.b;
        m_adjacent[e.b] << e.a;
    }
    QRandomGenerator rng(seed);
    const double radius = 20.0 * std::sqrt(double(std::max(1, nodeCount)));
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

QPointF ForceLayout::treeForce(int body, double theta) const
{
    const double x = m_pos[body].x();
    const double y = m_pos[body].y();
    const double k = m_settings.repulsion * m_mass[body];
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
    for (int i = 0; i < n; ++i)
        forces[i] = treeForce(i, theta);
    return forces;
}

void ForceLayout::step()
{
    const int n = nodeCount();
    if (n == 0)
        return;
    QList<QPointF> force = repulsionForces(m_settings.theta);
    for (const LayoutEdge &e : std::as_const(m_edges)) {
        // Spring: |F| = s d, pulling the ends together.
        const QPointF delta = m_pos[e.b] - m_pos[e.a];
        const QPointF f = delta * springFactor(e.weight);
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
        // Heavier nodes move less for the same force (they are hubs).
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
    reheatAround(node, std::max(5.0, initialTemperature() * 0.1));
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
        e += springFactor(edge.weight) * QPointF::dotProduct(d, d) / 2;
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
