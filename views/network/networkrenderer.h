#pragma once

// Offscreen pictures of a co-author network (PNG, SVG) for the command line
// and the export menu. Lays the graph out synchronously (seeded, so the same
// graph gives the same picture) unless positions are given. Works under a
// QCoreApplication; labels need a QGuiApplication and are left out without one.

#include "network/networkscene.h"

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace peerscope::views {

struct RenderOptions {
    QSize size{1600, 1200};
    ColorBy colorBy = ColorBy::Community;
    SizeBy sizeBy = SizeBy::Works;
    int yearLimit = 0;
    quint32 seed = 1;
    int maxIterations = 3000;
    QList<QPointF> positions;       // one per node, or empty to lay out here
    QString title;                  // the SVG's title; empty: "Co-author network of" the centre
    // A typed map (the research graph's): when not empty it is drawn instead
    // of the graph argument, with its types' shapes, arrowheads on directed
    // links and the types in the legend (colorBy Type for the types'
    // colours, as the window shows it); positions then index its nodes.
    TypedGraph typed;
    QList<NodeType> hiddenTypes;    // types left out, as switched off in the window
    QList<int> path;                // a path to emphasise (node indexes), as NetworkView::setPath
};

class NetworkRenderer final
{
public:
    // radii and labels: the nodes' footprints to make room for (ForceLayout::setNodeSizes).
    static QList<QPointF> layout(const CoauthorGraph &graph, quint32 seed, int maxIterations,
                                 const QList<double> &radii = {}, const QList<QSizeF> &labels = {});
    static QImage renderImage(const CoauthorGraph &graph, const RenderOptions &options = {});
    static QByteArray renderPng(const CoauthorGraph &graph, const RenderOptions &options = {});
    static QByteArray renderSvg(const CoauthorGraph &graph, const RenderOptions &options = {});
};

} // namespace peerscope::views
