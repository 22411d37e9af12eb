#pragma once

// Force-directed layout in the spirit of ForceAtlas2: degree-weighted
// repulsion approximated with a Barnes-Hut quadtree, springs whose stiffness
// grows with the link weight, and a weak gravity towards the origin. Pure
// computation: the view runs it on a worker thread (LayoutRunner).

#include <QList>
#include <QPointF>
#include <QtGlobal>

namespace peerscope::views {

struct LayoutEdge {
    int a = -1;
    int b = -1;
    double weight = 1.0;
};

class ForceLayout final
{
public:
    struct Settings {
        double theta = 0.9;          // Barnes-Hut opening angle; 0 = exact pairwise repulsion
        double repulsion = 300.0;
        double gravity = 0.4;
        double cooling = 0.975;      // temperature factor per iteration
        double minTemperature = 0.05;
    };

    ForceLayout() = default;
    // Nodes whose initial position is NaN (or all of them when initial is
    // empty) start at seeded pseudo-random places: same graph, same seed,
    // same picture.
    void setGraph(int nodeCount, const QList<LayoutEdge> &edges, quint32 seed, const QList<QPointF> &initial = {});
    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }

    void step();
    // Steps until settled or maxIterations; returns the iterations run.
    int run(int maxIterations);
    bool isSettled() const;
    int iterations() const { return m_iterations; }
    double temperature() const { return m_temperature; }
    int nodeCount() const { return int(m_pos.size()); }

    const QList<QPointF> &positions() const { return m_pos; }
    // A dragged node: fixed where the user put it, its neighbourhood re-heated.
    void pin(int node, const QPointF &position);
    void unpin(int node);
    bool isPinned(int node) const { return m_pinned.value(node, false); }
    // Lets a node and the nodes within two links of it move again.
    void reheatAround(int node, double temperature);
    void reheatAll(double temperature);

    // Repulsion on every node; theta <= 0 computes every pair exactly.
    QList<QPointF> repulsionForces(double theta) const;
    // The energy the forces descend (springs, repulsion, gravity), computed
    // exactly; for tests and benchmarks.
    double energy() const;

private:
    struct Cell {
        double cx = 0, cy = 0, mass = 0;
        double x0 = 0, y0 = 0, size = 0;
        int child[4] = {-1, -1, -1, -1};
        int body = -1;               // single body of a leaf, -1 otherwise
        int count = 0;
    };

    void buildTree() const;
    void insert(int cell, int body, int depth) const;
    int childFor(const Cell &c, double x, double y) const;
    QPointF treeForce(int body, double theta) const;
    double springFactor(double weight) const;
    double initialTemperature() const;

    Settings m_settings;
    QList<QPointF> m_pos;
    QList<double> m_mass;            // 1 + degree
    QList<LayoutEdge> m_edges;
    QList<QList<int>> m_adjacent;
    QList<bool> m_pinned;
    QList<double> m_heat;            // local temperatures from reheatAround
    double m_temperature = 0;
    int m_iterations = 0;
    mutable QList<Cell> m_cells;
};

} // namespace peerscope::views
