#pragma once

// Force-directed layout in the spirit of Fruchterman-Reingold: repulsion
// k/d between every pair, approximated with a Barnes-Hut quadtree;
// attraction d^2/L along links, stronger (slowly) with the link weight; a
// weak gravity towards the origin. A graph without known positions is first
// placed by pivot MDS, so the forces refine a picture whose distances
// already follow the links instead of untangling a random scatter. Nodes
// may have footprints (disc, label): then the repulsion between two nodes
// acts over the clear space between their footprints, and an overlap
// removal after each step keeps them apart, so small networks show every
// name. Pure computation: the view runs it on a worker thread
// (LayoutRunner).

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
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
    // Lengths are layout units: links settle at about 90 between points,
    // longer between footprints (about 135 on the demo network with labels).
    struct Settings {
        double theta = 0.9;          // Barnes-Hut opening angle; 0 = exact pairwise repulsion
        double repulsion = 2700.0;
        double gravity = 1.2;
        double cooling = 0.975;      // temperature factor per iteration
        double minTemperature = 0.15;
    };

    ForceLayout() = default;
    // Nodes whose initial position is NaN (or all of them when initial is
    // empty) start at seeded pseudo-random places: same graph, same seed,
    // same picture.
    void setGraph(int nodeCount, const QList<LayoutEdge> &edges, quint32 seed, const QList<QPointF> &initial = {});
    // What each node covers on screen at zoom 1, in layout units: a disc of
    // radius radii[i] and, when labels is not empty, a label box of that size
    // centred under the disc. After every step overlapping footprints are
    // pushed apart (discs alone: as circles; with labels: as boxes), so a
    // settled layout shows every disc and label clear of the others at any
    // zoom of 1 or more. No footprints (the default, and after setGraph):
    // points. energy() leaves footprints out.
    void setNodeSizes(const QList<double> &radii, const QList<QSizeF> &labels = {});
    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }

    // The first step of a graph without known positions first places every
    // node by pivot MDS (distances in links from a few dozen pivots), so
    // the forces only refine; placeNodes() does that step ahead of time.
    void placeNodes();
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
    QPointF footprintRepulsion(int i, int j) const;
    double springFactor(double weight) const;
    double initialTemperature() const;
    void placeByPivotMds();
    void separateFootprints(int sweeps);
    QRectF footprint(int node) const;

    Settings m_settings;
    QList<QPointF> m_pos;
    QList<double> m_mass;            // 1 per node; a quadtree cell's mass counts its nodes
    QList<LayoutEdge> m_edges;
    QList<QList<int>> m_adjacent;
    QList<bool> m_pinned;
    QList<double> m_heat;            // local temperatures from reheatAround
    QList<double> m_radius;          // empty: no footprints
    QList<QSizeF> m_label;           // empty: discs only
    double m_temperature = 0;
    int m_iterations = 0;
    bool m_needsPlacement = false;
    quint32 m_seed = 1;
    mutable QList<Cell> m_cells;
};

} // namespace peerscope::views
