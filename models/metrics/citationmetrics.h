#pragma once

#include <QList>
#include <QString>

namespace peerscope::metrics {

// One publication as the citation metrics see it.
struct Paper {
    int year = 0;            // publication year, 0 when unknown
    int citations = 0;
    int authorCount = 1;
    double fwci = -1.0;      // OpenAlex's field-weighted citation impact; -1: unknown
};

// Publish or Perish style indices over a set of papers, computed the way
// the Publish or Perish help defines them (Harzing). Conventions:
//  - "age" of a paper = referenceYear - year + 1, at least 1, so a paper
//    published this year has age 1. Papers with an unknown year (0) count in
//    every metric except the age-dependent ones (hc, AWCR, AWCRpA, AW, acc10).
//  - "years" (career length) = referenceYear - first publication year + 1.
//  - Ties never matter: every index below is defined on the citation counts
//    sorted in descending order, whatever the order of equal counts.
struct CitationMetrics {
    int papers = 0;
    int citations = 0;
    int firstYear = 0;
    int careerYears = 0;         // "years" in PoP
    double citesPerYear = 0.0;   // citations / years
    double citesPerPaper = 0.0;  // citations / papers
    double authorsPerPaper = 0.0;// mean author count
    double citesPerAuthor = 0.0; // sum of citations(i) / authors(i)
    double papersPerAuthor = 0.0;// sum of 1 / authors(i)

    // h-index (Hirsch 2005): the largest h such that h papers have at least
    // h citations each.
    int h = 0;
    // i10-index (Google Scholar): papers with at least 10 citations.
    int i10 = 0;
    // g-index (Egghe 2006): the largest g such that the g most cited papers
    // together have at least g² citations; bounded by the number of papers.
    int g = 0;
    // e-index (Zhang 2009): the square root of the citations of the h-core in
    // excess of h², sqrt(sum_{i<=h} c_i - h²).
    double e = 0.0;
    // m-quotient (Hirsch 2005): h / years.
    double m = 0.0;
    // hc, contemporary h-index (Sidiropoulos et al. 2006): each paper scores
    // Sc(i) = γ · age(i)^-δ · c(i) with γ = 4, δ = 1; hc is the largest n such
    // that n papers have Sc >= n.
    int hc = 0;
    // hI,norm (Harzing): divide each paper's citations by its number of
    // authors, then take the h-index of these normalised counts.
    int hINorm = 0;
    // hI,annual (Harzing et al. 2014): hI,norm / years, the average annual
    // increase of the individual h-index.
    double hIAnnual = 0.0;
    // hm-index (Schreiber 2008): the h-index with fractional ranks, each
    // paper advancing the rank by 1 / authors(i).
    double hm = 0.0;
    // AWCR, age-weighted citation rate (Jin 2007, as in PoP): sum of
    // c(i) / age(i) over all papers.
    double awcr = 0.0;
    // AWCRpA, per-author AWCR: sum of c(i) / (authors(i) · age(i)).
    double awcrpa = 0.0;
    // AW-index: sqrt(AWCR), comparable to the h-index.
    double aw = 0.0;
    // acc10, annual citation count (PoP 8): papers with at least 10
    // citations per year of age, c(i) / age(i) >= 10.
    int acc10 = 0;
    // Mean FWCI: the mean of OpenAlex's field-weighted citation impact over
    // the papers that have one (1.0 = cited as expected for their field,
    // type and year); -1 when none has.
    double meanFwci = -1.0;
    int fwciPapers = 0;          // papers with an FWCI
};

CitationMetrics compute(const QList<Paper> &papers, int referenceYear);

// The same metrics over the papers published in sinceYear or later (papers
// without a year are left out); years and ages still end at referenceYear.
CitationMetrics computeSince(const QList<Paper> &papers, int referenceYear, int sinceYear);

// h-index: the largest h such that h papers have at least h citations each.
int hIndex(QList<int> citations);
// The h-index of real-valued scores (hc, hI,norm).
int hIndex(QList<double> scores);

// Age of a paper in years as the metrics use it (>= 1); 0 when year unknown.
int paperAge(int year, int referenceYear);

// Short name and one-sentence definition for tooltips, by key
// ("h", "g", "e", "m", "hc", "hInorm", "hIannual", "hm", "awcr", "awcrpa",
// "aw", "acc10", "i10", "papers", "citations", "citesPerYear", ...).
struct MetricInfo {
    QString key;
    QString name;
    QString definition;
};
QList<MetricInfo> metricCatalogue();
// Formatted value of a metric by key (integers plain, others 2 decimals;
// "–" for a mean FWCI over no paper).
QString formatMetric(const CitationMetrics &m, const QString &key);
double metricValue(const CitationMetrics &m, const QString &key);

} // namespace peerscope::metrics
