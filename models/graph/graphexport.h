#pragma once

// File formats for the co-author network: GraphML and GEXF (Gephi, yEd,
// Cytoscape), VOSviewer's JSON map format, and Graphviz DOT. Raster and
// vector pictures are drawn by the view (views/network/networkrenderer.h).

#include "cache/read.h"
#include "graph/coauthorgraph.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace peerscope {

class GraphExport final
{
public:
    enum class Format { GraphML, Gexf, VosviewerJson, Dot, Png, Svg };

    // "graphml", "gexf", "vosviewer", "dot", "png", "svg"; false when unknown.
    static bool formatFromName(const QString &name, Format *format);
    static QStringList formatNames();
    static QString fileSuffix(Format format);
    static bool isPicture(Format format) { return format == Format::Png || format == Format::Svg; }

    // positions: one per node (layout coordinates), or empty to leave the
    // layout to the reading tool. Weights follow the graph's counting.
    static QByteArray toGraphML(const CoauthorGraph &graph, const QList<QPointF> &positions = {});
    static QByteArray toGexf(const CoauthorGraph &graph, const QList<QPointF> &positions = {});
    static QByteArray toVosviewerJson(const CoauthorGraph &graph, const QList<QPointF> &positions = {});
    static QByteArray toDot(const CoauthorGraph &graph, const QList<QPointF> &positions = {});
    // Text formats only; empty for pictures.
    static QByteArray toFormat(Format format, const CoauthorGraph &graph, const QList<QPointF> &positions = {});

    // Writes bytes to path at once (QSaveFile): the whole file, or the
    // previous one untouched and no partial file, with the reason.
    static Status save(const QString &path, const QByteArray &bytes);
};

} // namespace peerscope
