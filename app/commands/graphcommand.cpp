// graph: the co-author network of an author as GraphML, GEXF, VOSviewer
// JSON, DOT, PNG or SVG.

#include "cli.h"

#include "cache/cache.h"
#include "graph/coauthorgraph.h"
#include "graph/communities.h"
#include "graph/graphexport.h"
#include "network/networkrenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace peerscope::cli {

namespace {

int graphCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("AUTHOR"), QCoreApplication::translate("cli", "OpenAlex ID, ORCID or name"));
    const QCommandLineOption hops(QStringLiteral("hops"), QCoreApplication::translate("cli", "1: co-authors; 2: also their co-authors"),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption fractional(QStringLiteral("fractional"),
                                        QCoreApplication::translate("cli", "weigh each shared work 1/(n-1) for n authors instead of 1"));
    const QCommandLineOption format(QStringLiteral("format"), GraphExport::formatNames().join(u'|'),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("o"), QCoreApplication::translate("cli", "write to FILE instead of standard output"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption year(QStringLiteral("year"), QCoreApplication::translate("cli", "the network as it was at the end of YEAR"),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption resolution(QStringLiteral("resolution"),
                                        QCoreApplication::translate("cli", "community resolution (default 1; higher: smaller communities)"),
                                        QStringLiteral("R"), QStringLiteral("1"));
    parser.addOptions({hops, fractional, format, output, year, resolution});
    if (!ctx.parse(parser, QStringLiteral("graph")))
        return parser.errorText().isEmpty() ? Ok : BadInput;
    if (parser.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("cli", "graph needs an AUTHOR"));
    if (!parser.isSet(format))
        return ctx.usageError(QCoreApplication::translate("cli", "graph needs --format %1").arg(GraphExport::formatNames().join(u'|')));
    GraphExport::Format fmt;
    if (!GraphExport::formatFromName(parser.value(format), &fmt))
        return ctx.usageError(QCoreApplication::translate("cli", "unknown format '%1'; use one of %2")
                                  .arg(parser.value(format), GraphExport::formatNames().join(u'|')));
    bool ok = false;
    const int hopCount = parser.value(hops).toInt(&ok);
    if (!ok || hopCount < 1 || hopCount > 2)
        return ctx.usageError(QCoreApplication::translate("cli", "--hops must be 1 or 2"));
    int yearLimit = 0;
    if (parser.isSet(year)) {
        yearLimit = parser.value(year).toInt(&ok);
        if (!ok || yearLimit < 1000 || yearLimit > 9999)
            return ctx.usageError(QCoreApplication::translate("cli", "--year must be a year such as 2019"));
    }
    const double res = parser.value(resolution).toDouble(&ok);
    if (!ok || res <= 0)
        return ctx.usageError(QCoreApplication::translate("cli", "--resolution must be a positive number"));

    int code = Ok;
    const QString id = resolveAuthorArgument(ctx, parser.positionalArguments().join(u' '), &code);
    if (id.isEmpty())
        return code;

    GraphOptions options;
    options.centerId = id;
    options.hops = hopCount;
    options.counting = parser.isSet(fractional) ? Counting::Fractional : Counting::Full;
    options.yearLimit = yearLimit;
    CoauthorGraph graph = CoauthorGraph::build(*ctx.cache(), options);
    if (!graph.error().isEmpty()) {
        ctx.err() << "peerscope: " << graph.error() << Qt::endl;
        return CacheError;
    }
    if (graph.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "peerscope: no cached works for %1; run 'peerscope sync %1' first.").arg(id) << Qt::endl;
        return NotFound;
    }
    const CommunityResult communities = Communities::detect(graph, res);
    if (communities.ok)
        graph.setCommunities(communities.membership);
    if (graph.hugePaperCount() > 0)
        ctx.err() << graph.hugePaperRule() << Qt::endl;

    QByteArray bytes;
    if (GraphExport::isPicture(fmt)) {
        views::RenderOptions render;
        render.yearLimit = yearLimit;
        bytes = fmt == GraphExport::Format::Png ? views::NetworkRenderer::renderPng(graph, render)
                                                : views::NetworkRenderer::renderSvg(graph, render);
    } else {
        bytes = GraphExport::toFormat(fmt, graph);
    }
    if (bytes.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "peerscope: could not produce the %1 output.").arg(parser.value(format)) << Qt::endl;
        return BadInput;
    }

    if (parser.isSet(output)) {
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            ctx.err() << QCoreApplication::translate("cli", "peerscope: cannot write %1: %2").arg(parser.value(output), file.errorString()) << Qt::endl;
            return BadInput;
        }
        ctx.err() << QCoreApplication::translate("cli", "Wrote %1 authors and %2 links to %3.")
                         .arg(graph.nodeCount())
                         .arg(graph.edgeCount())
                         .arg(parser.value(output))
                  << Qt::endl;
        return Ok;
    }
    if (fmt != GraphExport::Format::Png) {
        ctx.out() << QString::fromUtf8(bytes);
        ctx.out().flush();
        return Ok;
    }
    // Binary: straight to the file descriptor, past the text stream.
    ctx.out().flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
        ctx.err() << QCoreApplication::translate("cli", "peerscope: cannot write to standard output.") << Qt::endl;
        return BadInput;
    }
    out.flush();
    return Ok;
}

const bool registered = Registry::add(
    {QStringLiteral("graph"),
     QStringLiteral("graph AUTHOR [--hops N] [--fractional] [--year YEAR] --format graphml|gexf|vosviewer|dot|png|svg [-o FILE]"),
     QCoreApplication::translate("cli", "the co-author network for Gephi, VOSviewer, Graphviz, or as a picture"), graphCommand});

} // namespace

} // namespace peerscope::cli
