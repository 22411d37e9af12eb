#include "graph/communities.h"

#include <QLoggingCategory>
#include <QMutex>

#include <igraph.h>

#include <algorithm>
#include <numeric>

namespace peerscope {

Q_LOGGING_CATEGORY(lcCommunities, "peerscope.communities", QtWarningMsg)

namespace {

// igraph's default random generator is process-wide state.
QMutex s_igraphMutex;

} // namespace

CommunityResult Communities::detect(const CoauthorGraph &graph, double resolution, quint64 seed)
{
    CommunityResult result;
    const int n = graph.nodeCount();
    if (n == 0)
        return result;
    const Counting counting = graph.options().counting;

    QMutexLocker lock(&s_igraphMutex);
    igraph_vector_int_t edges;
    igraph_vector_t weights;
    igraph_vector_t strength;
    igraph_vector_int_t membership;
    igraph_vector_int_init(&edges, 0);
    igraph_vector_init(&weights, 0);
    igraph_vector_init(&strength, n);
    igraph_vector_int_init(&membership, n);
    double total = 0;
    for (const GraphEdge &e : graph.edges()) {
        const double w = e.weight(counting);
        if (w <= 0)
            continue;
        igraph_vector_int_push_back(&edges, e.source);
        igraph_vector_int_push_back(&edges, e.target);
        igraph_vector_push_back(&weights, w);
        VECTOR(strength)[e.source] += w;
        VECTOR(strength)[e.target] += w;
        total += w;
    }
    igraph_t g;
    igraph_integer_t clusters = 0;
    igraph_real_t quality = 0;
    // The default handler aborts the process; a failure here only costs the colours.
    igraph_error_handler_t *previous = igraph_set_error_handler(igraph_error_handler_printignore);
    const bool created = igraph_create(&g, &edges, n, IGRAPH_UNDIRECTED) == IGRAPH_SUCCESS;
    bool ok = created;
    if (ok && total > 0) {
        igraph_rng_seed(igraph_rng_default(), seed);
        // Modularity: node weights are strengths and the resolution is scaled by 1/(2m).
        ok = igraph_community_leiden(&g, &weights, &strength, resolution / (2.0 * total), 0.01, false, -1,
                                     &membership, &clusters, &quality)
             == IGRAPH_SUCCESS;
        igraph_real_t q = 0;
        if (ok && igraph_modularity(&g, &membership, &weights, resolution, false, &q) == IGRAPH_SUCCESS)
            result.modularity = q;
    } else if (ok) {
        // No weighted links: every author is a community of their own.
        for (int i = 0; i < n; ++i)
            VECTOR(membership)[i] = i;
        clusters = n;
    }
    if (ok) {
        // Renumber by size (then first member) so colours are stable.
        QList<int> size(clusters, 0);
        QList<int> first(clusters, n);
        for (int i = 0; i < n; ++i) {
            const int c = int(VECTOR(membership)[i]);
            ++size[c];
            first[c] = std::min(first[c], i);
        }
        QList<int> order(clusters);
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return size[a] != size[b] ? size[a] > size[b] : first[a] < first[b];
        });
        QList<int> rank(clusters);
        for (int r = 0; r < order.size(); ++r)
            rank[order[r]] = r;
        result.membership.reserve(n);
        for (int i = 0; i < n; ++i)
            result.membership << rank[int(VECTOR(membership)[i])];
        result.count = int(clusters);
        result.ok = true;
    } else {
        qCWarning(lcCommunities) << "Leiden failed on a graph of" << n << "nodes";
    }
    if (created)
        igraph_destroy(&g);
    igraph_set_error_handler(previous);
    igraph_vector_int_destroy(&membership);
    igraph_vector_destroy(&strength);
    igraph_vector_destroy(&weights);
    igraph_vector_int_destroy(&edges);
    return result;
}

} // namespace peerscope
