#pragma once

// Synthetic OpenAlex-shaped data at scale, for the benchmarks and the tests
// (library peerscope_generator; it moved here from bench/): works with
// realistic titles, abstracts, author lists, venues and topics written
// straight into a Cache through its upserts, and co-author graphs with
// communities, preferential attachment and a few huge-author-list papers.
// Everything is seeded: the same arguments give the same data.

#include "core/domain.h"
#include "graph/coauthorgraph.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <random>

namespace peerscope {
class Cache;
}

namespace peerscope::bench {

// A word list with a Zipf-like frequency, so FTS queries hit realistic
// posting-list lengths (a few common words, a long tail of rare ones).
class Vocabulary final
{
public:
    explicit Vocabulary(int size = 30000, quint32 seed = 7);
    const QString &word(int rank) const { return m_words.at(rank); }
    int size() const { return int(m_words.size()); }
    // A rank drawn with probability ~ 1/(rank+10).
    int sampleRank(std::mt19937_64 &rng) const;
    QString sentence(std::mt19937_64 &rng, int words) const;

private:
    QStringList m_words;
    std::vector<double> m_cumulative;
};

struct WorkGenerator {
    explicit WorkGenerator(quint64 seed, int authorPool = 300000);

    // Work number index (IDs W4000000000 + index), with 1..8 authors drawn
    // from the pool (rarely a huge list), optionally led by forcedAuthor.
    Work make(qint64 index, const QString &forcedAuthor = {}, const QStringList &coauthorPool = {});
    static QString workId(qint64 index);
    static QString authorId(int index);
    Author makeAuthor(int index);

    Vocabulary vocabulary;
    std::mt19937_64 rng;
    int authorPool;
    double hugePaperProbability = 0.0005; // share of works with 100+ authors
};

// Writes count works (indexes first .. first+count-1) in transactions of
// batch works. onBatch (optional) gets each generated batch before writing,
// and may time the write itself by calling write(); returns false on a
// cache error.
using BatchWriter = std::function<bool(const QList<Work> &batch)>;
bool generateWorks(WorkGenerator &gen, qint64 first, qint64 count, int batch, const BatchWriter &write,
                   const QString &forcedAuthor = {}, const QStringList &coauthorPool = {});
// The default writer: one transaction per batch through Cache::upsertWork.
bool writeBatch(Cache &cache, const QList<Work> &batch);

// The prolific author (A5090000001) with works works, their co-authors in
// communities, and some huge-author-list papers; also writes the author
// records of the prolific author and their most frequent co-authors.
QString prolificAuthorId();
bool generateProlificAuthor(Cache &cache, WorkGenerator &gen, int works);
// The same records handed to writers instead (the server benchmark writes
// them as JSON Lines): the author and 2,000 co-authors first, then the
// works in batches of 2,000.
using AuthorsWriter = std::function<bool(const QList<Author> &authors)>;
bool generateProlificAuthor(WorkGenerator &gen, int works, const AuthorsWriter &writeAuthors, const BatchWriter &writeWorks);

// A co-author network in memory.
struct SyntheticGraph {
    int nodeCount = 0;
    struct Edge {
        int a, b;
        double weight;
    };
    QList<Edge> edges;
    QList<int> community;
    int hugePapers = 0;

    // The graph as the app holds it (node 0 is the centre: the highest degree).
    CoauthorGraph toCoauthorGraph() const;
};

// Papers with small teams inside power-law-sized communities, leads chosen
// by preferential attachment, some cross-community teams, and hugePapers
// papers of 100+ authors; papers are added until targetEdges distinct pairs.
SyntheticGraph generateGraph(int nodes, int targetEdges, int hugePapers, quint64 seed);

} // namespace peerscope::bench
