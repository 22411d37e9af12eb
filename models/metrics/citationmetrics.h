#pragma once

#include <QList>

namespace peerscope::metrics {

// One publication as the citation metrics see it.
struct Paper {
    int year = 0;            // publication year, 0 when unknown
    int citations = 0;
    int authorCount = 1;
};

// Publish or Perish style indices over a set of papers. Values that need a
// career length use the span from the first publication year to
// referenceYear, inclusive.
struct CitationMetrics {
    int papers = 0;
    int citations = 0;
    int h = 0;
    int i10 = 0;
    int g = 0;

    int firstYear = 0;
    int careerYears = 0;
};

CitationMetrics compute(const QList<Paper> &papers, int referenceYear);

// h-index: the largest h such that h papers have at least h citations each.
int hIndex(QList<int> citations);

} // namespace peerscope::metrics
