#pragma once

// File formats for the co-author network and for typed graphs (citations,
// coupling and co-citation maps, graph/citationgraph.h): GraphML and GEXF
// (Gephi, yEd, Cytoscape), VOSviewer's JSON map format, a CSV edge list and
// Graphviz DOT. Raster and vector pictures are drawn by the view
// (views/network/networkrenderer.h).

#include "cache/read.h"
#include "graph/citationgraph.h"
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
    enum class Format { GraphML, Gexf, VosviewerJson, Dot, Png, Svg, Csv };

    // "graphml", "gexf", "vosviewer", "dot", "csv", "png", "svg"; false when unknown.
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
    // source,target,weight with a header row, one row per link (RFC 4180:
    // CRLF, fields quoted when they hold a comma, a quote or a line break).
    static QByteArray toCsv(const CoauthorGraph &graph);
    // Text formats only; empty for pictures.
    static QByteArray toFormat(Format format, const CoauthorGraph &graph, const QList<QPointF> &positions = {});

    // Typed graphs. Every node carries type, status, year, size and cluster
    // besides the graph's declared attributes. GraphML: directed when the
    // graph has a directed edge (edgedefault), keys n_* for nodes and e_*
    // for edges with attr.name the attribute's name. GEXF 1.3: a dynamic
    // graph with integer time (each node starts in its year, each link when
    // it appears) so Gephi's Timeline plays it; year is also a plain
    // attribute. VOSviewer: items numbered from 1 with cluster (1-based),
    // weights Links, Total link strength and the node size, scores Pub.
    // year; links undirected (a pair cited both ways is one link with the
    // summed strength, self-citations left out). CSV: source,target,weight
    // with the OpenAlex IDs (citing, cited for citations).
    static QByteArray toGraphML(const TypedGraph &graph, const QList<QPointF> &positions = {});
    static QByteArray toGexf(const TypedGraph &graph, const QList<QPointF> &positions = {});
    static QByteArray toVosviewerJson(const TypedGraph &graph, const QList<QPointF> &positions = {});
    static QByteArray toDot(const TypedGraph &graph, const QList<QPointF> &positions = {});
    static QByteArray toCsv(const TypedGraph &graph);
    static QByteArray toFormat(Format format, const TypedGraph &graph, const QList<QPointF> &positions = {});

    // Writes bytes to path at once (QSaveFile): the whole file, or the
    // previous one untouched and no partial file, with the reason.
    static Status save(const QString &path, const QByteArray &bytes);
};

} // namespace peerscope
