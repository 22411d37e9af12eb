// graph: the co-author network of an author, the context map of their works
// (co-authors, institutions, topics, sources), or the citation network and
// the coupling and co-citation maps of an author's works (or a list of
// works), as GraphML, GEXF, VOSviewer JSON, DOT, CSV, PNG or SVG.

#include "cli.h"
#include "commands/citationscommand.h"

#include "cache/cache.h"
#include "graph/citationgraph.h"
#include "graph/graphexport.h"
#include "graph/networkbuilder.h"
#include "graph/researchgraph.h"
#include "network/networkexport.h"

#include <QCoreApplication>
#include <QFile>

#include <functional>

namespace peerscope::cli {

namespace {

// Writes the bytes to FILE atomically, or to standard output (PNG as raw
// bytes past the text stream); what: "18 authors and 87 links" for the note.
int writeOutput(Context &ctx, const QString &path, GraphExport::Format fmt, const QString &what,
                const std::function<Read<QByteArray>()> &produce)
{
    const Read<QByteArray> rendered = produce();
    if (!rendered) {
        ctx.err() << QCoreApplication::translate("cli", "peerscope: %1").arg(rendered.error()) << Qt::endl;
        return BadInput;
    }
    const QByteArray &bytes = *rendered;
    if (!path.isEmpty()) {
        const Status written = GraphExport::save(path, bytes);
        if (!written) {
            ctx.err() << QCoreApplication::translate("cli", "peerscope: %1").arg(written.error()) << Qt::endl;
            return BadInput;
        }
        ctx.err() << QCoreApplication::translate("cli", "Wrote %1 to %2.").arg(what, path) << Qt::endl;
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

// --kind citations|coupling|cocitation: the typed graph of the seeds.
int citationGraphCommand(Context &ctx, const QCommandLineParser &parser, CitationGraph::Kind kind, GraphExport::Format fmt,
                         double resolution, const QString &worksOption, bool worksSet, const QString &measureName,
                         const QString &outputPath)
{
    citations::Measure measure = CitationGraph::defaultMapMeasure();
    if (!measureName.isEmpty()) {
        if (kind == CitationGraph::Kind::Citations)
            return ctx.usageError(QCoreApplication::translate("cli", "--measure goes with --kind coupling or cocitation"));
        const std::optional<citations::Measure> named = citations::measureFromName(measureName.trimmed().toLower());
        if (!named)
            return ctx.usageError(QCoreApplication::translate("cli", "unknown measure '%1'; use count, salton, jaccard or association")
                                      .arg(measureName));
        measure = *named;
    }
    int code = Ok;
    QString author;
    const std::optional<citations::CitationNetwork> network =
        loadCitationNetwork(ctx, parser.positionalArguments(), worksOption, worksSet, QStringLiteral("graph"), &code, &author);
    if (!network)
        return code;
    const TypedGraph graph = kind == CitationGraph::Kind::Citations
                                 ? CitationGraph::citations(*network, resolution)
                                 : CitationGraph::similarity(*network, kind, measure, resolution);
    ctx.err() << honestyText(network->honesty(), author);
    const QList<QPointF> positions = CitationGraph::timelineLayout(graph);
    const QString what = QCoreApplication::translate("cli", "%1 works and %2 links").arg(graph.nodeCount()).arg(graph.edgeCount());
    return writeOutput(ctx, outputPath, fmt, what, [&]() -> Read<QByteArray> {
        if (!GraphExport::isPicture(fmt)) {
            const QByteArray bytes = GraphExport::toFormat(fmt, graph, positions);
            if (bytes.isEmpty())
                return Read<QByteArray>::failure(QCoreApplication::translate("cli", "could not produce the %1 output")
                                                     .arg(GraphExport::fileSuffix(fmt).toUpper()));
            return bytes;
        }
        views::NetworkSnapshot snapshot;
        snapshot.graph = graph.drawable();
        snapshot.style.positions = positions;
        snapshot.style.title = graph.description();
        return views::NetworkExport::toBytes(fmt, snapshot);
    });
}

// --kind context: the researcher, their works and what surrounds them.
int contextGraphCommand(Context &ctx, const QString &authorArgument, GraphExport::Format fmt, const QString &outputPath)
{
    int code = Ok;
    const QString id = resolveAuthorArgument(ctx, authorArgument, &code);
    if (id.isEmpty())
        return code;
    ContextOptions options;
    options.personId = id;
    ContextSummary summary;
    const Read<TypedGraph> built = ResearchGraph::context(*ctx.cache(), options, &summary);
    if (!built) {
        ctx.err() << QCoreApplication::translate("cli", "peerscope: could not read the cache to build the map: %1").arg(built.error()) << Qt::endl;
        return CacheError;
    }
    const TypedGraph &graph = *built;
    if (graph.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "peerscope: no cached works for %1; run 'peerscope sync %1' first.").arg(id) << Qt::endl;
        return NotFound;
    }
    const QString what = QCoreApplication::translate("cli", "%1 nodes and %2 links").arg(graph.nodeCount()).arg(graph.edgeCount());
    return writeOutput(ctx, outputPath, fmt, what, [&]() -> Read<QByteArray> {
        if (!GraphExport::isPicture(fmt)) {
            const QByteArray bytes = GraphExport::toFormat(fmt, graph);
            if (bytes.isEmpty())
                return Read<QByteArray>::failure(QCoreApplication::translate("cli", "could not produce the %1 output")
                                                     .arg(GraphExport::fileSuffix(fmt).toUpper()));
            return bytes;
        }
        // The picture colours the nodes by type: works, people, institutions, topics, sources.
        TypedGraph byType = graph;
        for (int i = 0; i < byType.nodeCount(); ++i)
            byType.node(i).cluster = int(byType.nodes().at(i).type);
        views::NetworkSnapshot snapshot;
        snapshot.graph = byType.drawable();
        snapshot.style.title = graph.description();
        return views::NetworkExport::toBytes(fmt, snapshot);
    });
}

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
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QCoreApplication::translate("cli", "coauthors (default), context, citations, coupling or cocitation"),
                                  QStringLiteral("KIND"), QStringLiteral("coauthors"));
    const QCommandLineOption works(QStringLiteral("works"),
                                   QCoreApplication::translate("cli", "citations, coupling, cocitation: these works instead of an author's"),
                                   QStringLiteral("W1,W2,…"));
    const QCommandLineOption measure(QStringLiteral("measure"),
                                     QCoreApplication::translate("cli", "coupling, cocitation: count, salton, jaccard or association (default)"),
                                     QStringLiteral("M"));
    parser.addOptions({hops, fractional, format, output, year, resolution, kind, works, measure});
    if (!ctx.parse(parser, QStringLiteral("graph")))
        return parser.errorText().isEmpty() ? Ok : BadInput;
    // An empty -o is a mistake, not standard output.
    if (parser.isSet(output) && parser.value(output).isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "peerscope: cannot write the export: -o needs a file name") << Qt::endl;
        return BadInput;
    }
    const QString kindName = parser.value(kind).trimmed().toLower();
    CitationGraph::Kind citationKind = CitationGraph::Kind::Citations;
    const bool coauthors = kindName == u"coauthors";
    const bool context = kindName == u"context";
    if (!coauthors && !context && !CitationGraph::kindFromName(kindName, &citationKind))
        return ctx.usageError(QCoreApplication::translate("cli", "unknown kind '%1'; use coauthors, context, citations, coupling or cocitation")
                                  .arg(parser.value(kind)));
    if ((coauthors || context) && (parser.isSet(works) || parser.isSet(measure)))
        return ctx.usageError(QCoreApplication::translate("cli", "--works and --measure go with --kind citations, coupling or cocitation"));
    if (!coauthors && (parser.isSet(hops) || parser.isSet(fractional) || parser.isSet(year)))
        return ctx.usageError(QCoreApplication::translate("cli", "--hops, --fractional and --year go with --kind coauthors"));
    if (context && parser.isSet(resolution))
        return ctx.usageError(QCoreApplication::translate("cli", "--resolution goes with --kind coauthors, citations, coupling or cocitation"));
    if (parser.positionalArguments().isEmpty() && (coauthors || context))
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
    if (context)
        return contextGraphCommand(ctx, parser.positionalArguments().join(u' '), fmt,
                                   parser.isSet(output) ? parser.value(output) : QString());
    if (!coauthors)
        return citationGraphCommand(ctx, parser, citationKind, fmt, res, parser.value(works), parser.isSet(works),
                                    parser.isSet(measure) ? parser.value(measure) : QString(),
                                    parser.isSet(output) ? parser.value(output) : QString());

    int code = Ok;
    const QString id = resolveAuthorArgument(ctx, parser.positionalArguments().join(u' '), &code);
    if (id.isEmpty())
        return code;

    NetworkRequest request;
    request.options.centerId = id;
    request.options.hops = hopCount;
    request.options.counting = parser.isSet(fractional) ? Counting::Fractional : Counting::Full;
    request.options.yearLimit = yearLimit;
    request.resolution = res;
    const Read<CoauthorGraph> built = NetworkBuilder::build(*ctx.cache(), request);
    if (!built) {
        ctx.err() << QCoreApplication::translate("cli", "peerscope: could not read the cache to build the network: %1").arg(built.error()) << Qt::endl;
        return CacheError;
    }
    const CoauthorGraph &graph = *built;
    if (graph.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "peerscope: no cached works for %1; run 'peerscope sync %1' first.").arg(id) << Qt::endl;
        return NotFound;
    }
    if (graph.hugePaperCount() > 0)
        ctx.err() << graph.hugePaperRule() << Qt::endl;

    views::NetworkSnapshot snapshot;
    snapshot.graph = graph;
    snapshot.style.yearLimit = yearLimit;
    const QString what = QCoreApplication::translate("cli", "%1 authors and %2 links").arg(graph.nodeCount()).arg(graph.edgeCount());
    return writeOutput(ctx, parser.isSet(output) ? parser.value(output) : QString(), fmt, what,
                       [&]() { return views::NetworkExport::toBytes(fmt, snapshot); });
}

const bool registered = Registry::add(
    {QStringLiteral("graph"),
     QStringLiteral("graph AUTHOR|--works W1,W2,… [--kind coauthors|context|citations|coupling|cocitation] [--hops N] [--fractional] "
                    "[--year YEAR] [--measure M] [--resolution R] --format graphml|gexf|vosviewer|dot|csv|png|svg [-o FILE]"),
     QCoreApplication::translate("cli", "the co-author network, the context map (works, co-authors, institutions, topics, "
                                        "sources), the citation network or a coupling or co-citation map of the works, "
                                        "for Gephi, VOSviewer, Graphviz, a spreadsheet, or as a picture"),
     graphCommand});

} // namespace

} // namespace peerscope::cli
