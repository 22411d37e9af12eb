#pragma once

// The research graph's Context map: the researcher in the middle of their
// works, co-authors, institutions, topics and sources, as one TypedGraph
// (graph/citationgraph.h), read from the cache on OpenAlex IDs; and the
// questions every map answers the same way (the shortest path between two
// nodes, the evidence behind a link).

#include "cache/read.h"
#include "graph/citationgraph.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace peerscope {

class Cache;

namespace citations {
class CitationNetwork;
}

struct ContextOptions {
    QString personId;              // an author record or person (identity corrections applied)
    bool honourOverrides = true;   // read effective authorships (merges, splits, exclusions)
    // The co-authors, topics, institutions and sources drawn: the most
    // frequent ones (by works shared with the researcher) up to these caps;
    // what was left out is counted in ContextSummary. 0: no cap.
    int maxCoauthors = 150;
    int maxTopics = 60;
    int maxInstitutions = 60;
    int maxSources = 60;
};

// What the context map left out, for the side panel.
struct ContextSummary {
    int works = 0;                 // the researcher's effective works (all drawn)
    int coauthors = 0;             // distinct co-authors in the cache
    int coauthorsDrawn = 0;
    int institutions = 0;          // distinct institutions after rolling up to the top of their lineage
    int institutionsDrawn = 0;
    int topics = 0;
    int topicsDrawn = 0;
    int sources = 0;
    int sourcesDrawn = 0;
};

// One line of the evidence behind a link: a work with why it is listed.
struct EvidenceItem {
    QString workId;
    QString title;                 // display title (the ID when untitled or not cached)
    int year = 0;
    QString role;                  // e.g. "shared reference", "citing work", "shared work", "cites"
};

class ResearchGraph final
{
public:
    // Node 0 is the researcher (type person, status "own"), then their
    // works (type work, status own; year; weight = cited_by_count;
    // attributes title, first_author, cited_by_count), co-authors (person;
    // weight = works shared; year = first shared year; attribute
    // shared_works), institutions rolled up through OpenAlex's lineage to
    // the top of their lineage (institution; weight = works; attributes
    // country, ror), topics (topic; weight = works; attributes subfield,
    // field, domain) and sources (source; weight = works; attribute issn_l).
    // Edges, undirected, weight = number of works behind them:
    // researcher–work (authored), work–co-author (co-authored),
    // work–institution (an author of the work was affiliated),
    // work–topic (the work's topics), work–source (published in); the edge
    // attribute `relation` says which ("authored", "co-authored",
    // "affiliated", "topic", "published in"). An institution's top is
    // ContextQueries::institutions' rule (cache/contextqueries.h), labelled
    // with its cached name, else its ID. Entities other than works have the
    // year of their earliest linked work. Nodes of a type have a stable
    // order (weight descending, then ID). An unknown person gives an empty
    // graph; a failed read an error. Reads the cache: call it on a worker
    // thread's connection.
    static Read<TypedGraph> context(const Cache &cache, const ContextOptions &options,
                                    ContextSummary *summary = nullptr);

    // The shortest path between two nodes over the undirected view of the
    // graph (igraph, unweighted: fewest hops), as node indexes from `from`
    // to `to`; empty when they are not connected or an index is out of range.
    static QList<int> shortestPath(const TypedGraph &graph, int from, int to);

    // The evidence behind edge `edge` of graph: for a context link the works
    // it stands for; for a citation link the citing and the cited work; for a
    // coupling link the shared references; for a co-citation link the works
    // citing both. network: the citation network the map was built from
    // (null for the context map). Read from the cache for titles. Which map
    // it is: graph.name() "coupling" or "cocitation", else a directed edge
    // is a citation (citing, then cited), else a context link (its work).
    // An edge index out of range gives an empty list.
    static Read<QList<EvidenceItem>> evidence(const Cache &cache, const TypedGraph &graph,
                                              const citations::CitationNetwork *network, int edge);
};

} // namespace peerscope
