#include "metrics/citationmetrics.h"

#include <algorithm>
#include <functional>

namespace peerscope::metrics {

int hIndex(QList<int> citations)
{
    std::sort(citations.begin(), citations.end(), std::greater<int>());
    int h = 0;
    while (h < citations.size() && citations.at(h) >= h + 1)
        ++h;
    return h;
}

CitationMetrics compute(const QList<Paper> &papers, int referenceYear)
{
    CitationMetrics m;
    m.papers = int(papers.size());
    QList<int> cites;
    cites.reserve(papers.size());
    for (const Paper &p : papers) {
        cites << p.citations;
        m.citations += p.citations;
        if (p.citations >= 10)
            ++m.i10;
        if (p.year > 0 && (m.firstYear == 0 || p.year < m.firstYear))
            m.firstYear = p.year;
    }
    m.h = hIndex(cites);

    // g-index: the largest g such that the top g papers have at least g^2
    // citations together (bounded by the number of papers).
    std::sort(cites.begin(), cites.end(), std::greater<int>());
    long long running = 0;
    for (int i = 0; i < cites.size(); ++i) {
        running += cites.at(i);
        if (running >= (long long)(i + 1) * (i + 1))
            m.g = i + 1;
    }
    if (m.firstYear > 0)
        m.careerYears = std::max(1, referenceYear - m.firstYear + 1);
    return m;
}

} // namespace peerscope::metrics
