#include "graph/researchgraph.h"

#include "cache/contextqueries.h"
#include "cache/networkqueries.h"
#include "citations/citationnetwork.h"
#include "core/displaytext.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <igraph.h>

#include <functional>

namespace peerscope {

namespace {

// The edge attribute naming what a context link stands for; evidence()
// words it for people.
const QString kRelation = QStringLiteral("relation");
const QString kAuthored = QStringLiteral("authored");
const QString kCoauthored = QStringLiteral("co-authored");
const QString kAffiliated = QStringLiteral("affiliated");
const QString kTopic = QStringLiteral("topic");
const QString kPublishedIn = QStringLiteral("published in");

// The first `cap` entities (they come most frequent first); 0: all.
QList<ContextEntity> capped(const QList<ContextEntity> &all, int cap)
{
    return cap > 0 && all.size() > cap ? all.mid(0, cap) : all;
}

TypedNode entityNode(const ContextEntity &e, NodeType type, int firstYear)
{
    TypedNode n;
    n.id = e.id;
    // An institution, topic or source known only as a stub without a name.
    n.label = e.name.isEmpty() ? e.id : e.name;
    n.type = type;
    n.year = firstYear;
    n.weight = e.works;
    return n;
}

void putText(TypedNode &n, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        n.attributes.insert(key, value);
}

// The year each linked entity first appears: its earliest dated work.
void noteFirstYears(QHash<QString, int> *years, const QList<ContextLink> &links, const QHash<QString, int> &workYears)
{
    for (const ContextLink &l : links) {
        const int year = workYears.value(l.workId);
        if (year <= 0)
            continue;
        int &first = (*years)[l.entityId];
        if (first == 0 || year < first)
            first = year;
    }
}

// Nodes of one type.
void addEntities(TypedGraph &g, const QList<ContextEntity> &drawn, NodeType type, const QHash<QString, int> &firstYears,
                 const std::function<void(TypedNode &, const ContextEntity &)> &attributes)
{
    for (const ContextEntity &e : drawn) {
        TypedNode n = entityNode(e, type, firstYears.value(e.id));
        attributes(n, e);
        g.addNode(n);
    }
}

// One attribute table per relation, shared by its edges (implicitly: a
// table of its own per edge cost a memory allocation each, seconds for the
// 300,000 links of a 34,000-work author).
QHash<QString, QVariant> relationAttributes(const QString &relation)
{
    return {{kRelation, relation}};
}

void addLinks(TypedGraph &g, const QList<ContextLink> &links, const QString &relation)
{
    const QHash<QString, QVariant> attributes = relationAttributes(relation);
    for (const ContextLink &l : links) {
        TypedEdge e;
        e.source = g.indexOf(l.workId);
        e.target = g.indexOf(l.entityId);
        if (e.source < 0 || e.target < 0)
            continue;
        e.year = g.nodes().at(e.source).year;
        e.attributes = attributes;
        g.addEdge(e);
    }
}

QString roleOf(const QString &relation)
{
    if (relation == kAuthored)
        return QCoreApplication::translate("peerscope::ResearchGraph", "authored");
    if (relation == kCoauthored)
        return QCoreApplication::translate("peerscope::ResearchGraph", "shared work");
    if (relation == kAffiliated)
        return QCoreApplication::translate("peerscope::ResearchGraph", "affiliated work");
    if (relation == kTopic)
        return QCoreApplication::translate("peerscope::ResearchGraph", "work in the topic");
    if (relation == kPublishedIn)
        return QCoreApplication::translate("peerscope::ResearchGraph", "published in");
    return QCoreApplication::translate("peerscope::ResearchGraph", "work");
}

void declareContextAttributes(TypedGraph &g)
{
    GraphTerms &terms = g.terms();
    terms.item = QStringLiteral("Item");
    terms.items = QStringLiteral("Items");
    // Works count citations, everything else the researcher's works.
    terms.weight = QStringLiteral("Weight");
    g.declareNodeAttribute(QStringLiteral("title"), AttributeType::String);
    g.declareNodeAttribute(QStringLiteral("first_author"), AttributeType::String);
    g.declareNodeAttribute(QStringLiteral("cited_by_count"), AttributeType::Integer);
    g.declareNodeAttribute(QStringLiteral("shared_works"), AttributeType::Integer);
    g.declareNodeAttribute(QStringLiteral("country"), AttributeType::String);
    g.declareNodeAttribute(QStringLiteral("ror"), AttributeType::String);
    g.declareNodeAttribute(QStringLiteral("subfield"), AttributeType::String);
    g.declareNodeAttribute(QStringLiteral("field"), AttributeType::String);
    g.declareNodeAttribute(QStringLiteral("domain"), AttributeType::String);
    g.declareNodeAttribute(QStringLiteral("issn_l"), AttributeType::String);
    g.declareEdgeAttribute(kRelation, AttributeType::String);
}

// igraph's warning handler is process-wide state.
QMutex s_pathMutex;

} // namespace

Read<TypedGraph> ResearchGraph::context(const Cache &cache, const ContextOptions &options, ContextSummary *summary)
{
    if (summary)
        *summary = ContextSummary();
    const ContextQueries queries(cache);
    const Read<QList<ContextWork>> works = queries.works(options.personId, options.honourOverrides);
    if (!works)
        return Read<TypedGraph>::failureOf(works);
    if (works->isEmpty())
        return TypedGraph(QStringLiteral("context"), QString());
    const Read<QString> name = queries.personName(options.personId);
    if (!name)
        return Read<TypedGraph>::failureOf(name);

    QStringList workIds;
    workIds.reserve(works->size());
    QHash<QString, int> workYears;
    workYears.reserve(works->size());
    QList<ContextLink> sourceLinks;
    int firstYear = 0;
    for (const ContextWork &w : *works) {
        workIds << w.id;
        workYears.insert(w.id, w.year);
        if (!w.sourceId.isEmpty())
            sourceLinks << ContextLink{w.id, w.sourceId};
        if (w.year > 0 && (firstYear == 0 || w.year < firstYear))
            firstYear = w.year;
    }

    // Every read first: a failed one gives an error, not half a map.
    const Read<ContextPart> coauthors =
        queries.coauthors(workIds, options.personId, options.honourOverrides, options.maxCoauthors);
    if (!coauthors)
        return Read<TypedGraph>::failureOf(coauthors);
    const Read<ContextPart> institutions = queries.institutions(workIds, options.maxInstitutions);
    if (!institutions)
        return Read<TypedGraph>::failureOf(institutions);
    const Read<ContextPart> topics = queries.topics(workIds, options.maxTopics);
    if (!topics)
        return Read<TypedGraph>::failureOf(topics);
    const Read<QList<ContextEntity>> sources = queries.sources(workIds);
    if (!sources)
        return Read<TypedGraph>::failureOf(sources);
    const QList<ContextEntity> drawnCoauthors = capped(coauthors->entities, options.maxCoauthors);
    const QList<ContextEntity> drawnInstitutions = capped(institutions->entities, options.maxInstitutions);
    const QList<ContextEntity> drawnTopics = capped(topics->entities, options.maxTopics);
    const QList<ContextEntity> drawnSources = capped(*sources, options.maxSources);

    const QString label = name->isEmpty() ? options.personId : *name;
    TypedGraph g(QStringLiteral("context"),
                 QCoreApplication::translate("peerscope::ResearchGraph",
                                             "The works of %1 (%2) with their co-authors (%3 of %4), institutions (%5 of %6), "
                                             "topics (%7 of %8) and sources (%9 of %10)")
                     .arg(label)
                     .arg(works->size())
                     .arg(drawnCoauthors.size())
                     .arg(coauthors->entities.size())
                     .arg(drawnInstitutions.size())
                     .arg(institutions->entities.size())
                     .arg(drawnTopics.size())
                     .arg(topics->entities.size())
                     .arg(drawnSources.size())
                     .arg(sources->size()));
    declareContextAttributes(g);

    TypedNode researcher;
    researcher.id = options.personId;
    researcher.label = label;
    researcher.type = NodeType::Person;
    researcher.status = QStringLiteral("own");
    researcher.year = firstYear;
    researcher.weight = double(works->size());
    g.addNode(researcher);

    const QHash<QString, QVariant> authored = relationAttributes(kAuthored);
    for (const ContextWork &w : *works) {
        TypedNode n;
        n.id = w.id;
        n.type = NodeType::Work;
        n.status = QStringLiteral("own");
        n.year = w.year;
        n.weight = w.citedByCount;
        n.label = CitationGraph::shortLabel(w.id, w.firstAuthor, w.year);
        n.attributes.insert(QStringLiteral("title"), displayTitle(w.title));
        putText(n, QStringLiteral("first_author"), w.firstAuthor);
        n.attributes.insert(QStringLiteral("cited_by_count"), w.citedByCount);
        TypedEdge e;
        e.source = 0;
        e.target = g.addNode(n);
        e.year = w.year;
        e.attributes = authored;
        g.addEdge(e);
    }
    QHash<QString, int> firstYears;
    for (const QList<ContextLink> *links : {&coauthors->links, &institutions->links, &topics->links, &std::as_const(sourceLinks)})
        noteFirstYears(&firstYears, *links, workYears);
    addEntities(g, drawnCoauthors, NodeType::Person, firstYears, [](TypedNode &n, const ContextEntity &e) {
        n.attributes.insert(QStringLiteral("shared_works"), e.works);
    });
    addEntities(g, drawnInstitutions, NodeType::Institution, firstYears, [](TypedNode &n, const ContextEntity &e) {
        putText(n, QStringLiteral("country"), e.countryCode);
        putText(n, QStringLiteral("ror"), e.ror);
    });
    addEntities(g, drawnTopics, NodeType::Topic, firstYears, [](TypedNode &n, const ContextEntity &e) {
        putText(n, QStringLiteral("subfield"), e.subfield);
        putText(n, QStringLiteral("field"), e.field);
        putText(n, QStringLiteral("domain"), e.domain);
    });
    addEntities(g, drawnSources, NodeType::Source, firstYears, [](TypedNode &n, const ContextEntity &e) {
        putText(n, QStringLiteral("issn_l"), e.issnL);
    });

    addLinks(g, coauthors->links, kCoauthored);
    addLinks(g, institutions->links, kAffiliated);
    addLinks(g, topics->links, kTopic);
    addLinks(g, sourceLinks, kPublishedIn); // a source left out has no node: its links are skipped

    if (summary) {
        summary->works = int(works->size());
        summary->coauthors = int(coauthors->entities.size());
        summary->coauthorsDrawn = int(drawnCoauthors.size());
        summary->institutions = int(institutions->entities.size());
        summary->institutionsDrawn = int(drawnInstitutions.size());
        summary->topics = int(topics->entities.size());
        summary->topicsDrawn = int(drawnTopics.size());
        summary->sources = int(sources->size());
        summary->sourcesDrawn = int(drawnSources.size());
    }
    return g;
}

QList<int> ResearchGraph::shortestPath(const TypedGraph &graph, int from, int to)
{
    const int n = graph.nodeCount();
    if (from < 0 || to < 0 || from >= n || to >= n)
        return {};
    if (from == to)
        return {from};
    igraph_vector_int_t edges;
    igraph_vector_int_init(&edges, 0);
    igraph_vector_int_reserve(&edges, 2 * graph.edgeCount());
    for (const TypedEdge &e : graph.edges()) {
        igraph_vector_int_push_back(&edges, e.source);
        igraph_vector_int_push_back(&edges, e.target);
    }
    QList<int> path;
    igraph_t g;
    if (igraph_create(&g, &edges, n, IGRAPH_UNDIRECTED) == IGRAPH_SUCCESS) {
        igraph_vector_int_t vertices;
        igraph_vector_int_init(&vertices, 0);
        {
            // Unreachable is an answer (no path), not a warning on stderr.
            QMutexLocker lock(&s_pathMutex);
            igraph_warning_handler_t *previous = igraph_set_warning_handler(igraph_warning_handler_ignore);
            if (igraph_get_shortest_path(&g, &vertices, nullptr, from, to, IGRAPH_ALL) == IGRAPH_SUCCESS) {
                for (igraph_integer_t i = 0; i < igraph_vector_int_size(&vertices); ++i)
                    path << int(VECTOR(vertices)[i]);
            }
            igraph_set_warning_handler(previous);
        }
        igraph_vector_int_destroy(&vertices);
        igraph_destroy(&g);
    }
    igraph_vector_int_destroy(&edges);
    // A path runs from `from` to `to`; anything else means none was found.
    if (path.size() < 2 || path.constFirst() != from || path.constLast() != to)
        return {};
    return path;
}

Read<QList<EvidenceItem>> ResearchGraph::evidence(const Cache &cache, const TypedGraph &graph,
                                                  const citations::CitationNetwork *network, int edge)
{
    if (edge < 0 || edge >= graph.edgeCount())
        return QList<EvidenceItem>{};
    const TypedEdge &e = graph.edges().at(edge);
    const TypedNode &source = graph.nodes().at(e.source);
    const TypedNode &target = graph.nodes().at(e.target);

    QStringList ids;
    QStringList roles;
    if (graph.name() == u"coupling" || graph.name() == u"cocitation") {
        if (network) {
            const bool coupling = graph.name() == u"coupling";
            ids = coupling ? network->sharedReferences(source.id, target.id) : network->sharedCiters(source.id, target.id);
            const QString role = coupling ? QCoreApplication::translate("peerscope::ResearchGraph", "shared reference")
                                          : QCoreApplication::translate("peerscope::ResearchGraph", "cites both");
            for (qsizetype i = 0; i < ids.size(); ++i)
                roles << role;
        }
    } else if (e.directed) {
        // A citation: the citing work, then the work it cites.
        ids << source.id << target.id;
        roles << QCoreApplication::translate("peerscope::ResearchGraph", "citing work")
              << QCoreApplication::translate("peerscope::ResearchGraph", "cited work");
    } else {
        // A context link stands for the work at one of its ends.
        const TypedNode *work = source.type == NodeType::Work ? &source
                                : target.type == NodeType::Work ? &target
                                                                : nullptr;
        if (work) {
            ids << work->id;
            roles << roleOf(e.attributes.value(kRelation).toString());
        }
    }
    if (ids.isEmpty())
        return QList<EvidenceItem>{};

    const Read<QList<WorkLine>> lines = NetworkQueries(cache).workLines(ids);
    if (!lines)
        return Read<QList<EvidenceItem>>::failureOf(lines);
    QList<EvidenceItem> items;
    items.reserve(lines->size());
    for (qsizetype i = 0; i < lines->size(); ++i) {
        const WorkLine &line = lines->at(i);
        EvidenceItem item;
        item.workId = line.id;
        // Untitled or not cached: the ID stands for the work.
        item.title = line.cached && !line.title.trimmed().isEmpty() ? line.title : line.id;
        item.year = line.year;
        item.role = roles.value(i);
        items << item;
    }
    return items;
}

} // namespace peerscope
