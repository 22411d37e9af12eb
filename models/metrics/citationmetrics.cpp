#include "metrics/citationmetrics.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <functional>

Q_LOGGING_CATEGORY(lcMetrics, "peerscope.metrics", QtWarningMsg)

namespace peerscope::metrics {

namespace {
// Sc(i) = γ · age^-δ · c(i), Sidiropoulos et al. defaults as used by PoP.
constexpr double kHcGamma = 4.0;
constexpr double kHcDelta = 1.0;
// Guards comparisons of real-valued scores against integer ranks.
constexpr double kEps = 1e-9;
} // namespace

int hIndex(QList<int> citations)
{
    std::sort(citations.begin(), citations.end(), std::greater<int>());
    int h = 0;
    while (h < citations.size() && citations.at(h) >= h + 1)
        ++h;
    return h;
}

int hIndex(QList<double> scores)
{
    std::sort(scores.begin(), scores.end(), std::greater<double>());
    int h = 0;
    while (h < scores.size() && scores.at(h) + kEps >= h + 1)
        ++h;
    return h;
}

int paperAge(int year, int referenceYear)
{
    if (year <= 0)
        return 0;
    return std::max(1, referenceYear - year + 1);
}

CitationMetrics compute(const QList<Paper> &papers, int referenceYear)
{
    CitationMetrics m;
    m.papers = int(papers.size());
    QList<int> cites;
    QList<double> contemporary;
    QList<double> normalised;
    cites.reserve(papers.size());
    long long authorSum = 0;
    double fwciSum = 0.0;
    for (const Paper &p : papers) {
        if (p.fwci >= 0) {
            fwciSum += p.fwci;
            ++m.fwciPapers;
        }
        const int authors = std::max(1, p.authorCount);
        cites << p.citations;
        normalised << double(p.citations) / authors;
        m.citations += p.citations;
        authorSum += authors;
        m.citesPerAuthor += double(p.citations) / authors;
        m.papersPerAuthor += 1.0 / authors;
        if (p.citations >= 10)
            ++m.i10;
        if (p.year > 0 && (m.firstYear == 0 || p.year < m.firstYear))
            m.firstYear = p.year;
        const int age = paperAge(p.year, referenceYear);
        if (age > 0) {
            const double rate = double(p.citations) / age;
            contemporary << kHcGamma * std::pow(double(age), -kHcDelta) * p.citations;
            m.awcr += rate;
            m.awcrpa += rate / authors;
            if (rate + kEps >= 10.0)
                ++m.acc10;
        }
    }
    m.h = hIndex(cites);
    m.hc = hIndex(contemporary);
    m.hINorm = hIndex(normalised);
    m.aw = std::sqrt(m.awcr);

    std::sort(cites.begin(), cites.end(), std::greater<int>());
    long long running = 0;
    for (int i = 0; i < cites.size(); ++i) {
        running += cites.at(i);
        if (running >= (long long)(i + 1) * (i + 1))
            m.g = i + 1;
        if (i + 1 == m.h)
            m.e = std::sqrt(double(std::max<long long>(0, running - (long long)m.h * m.h)));
    }

    // hm: walk papers by descending citations, the rank growing by 1/authors.
    QList<Paper> sorted = papers;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Paper &a, const Paper &b) { return a.citations > b.citations; });
    double rank = 0.0;
    for (const Paper &p : sorted) {
        const double next = rank + 1.0 / std::max(1, p.authorCount);
        if (p.citations + kEps < next)
            break;
        rank = next;
    }
    m.hm = rank;

    if (m.fwciPapers > 0)
        m.meanFwci = fwciSum / m.fwciPapers;
    if (m.papers > 0) {
        m.citesPerPaper = double(m.citations) / m.papers;
        m.authorsPerPaper = double(authorSum) / m.papers;
    }
    if (m.firstYear > 0) {
        m.careerYears = std::max(1, referenceYear - m.firstYear + 1);
        m.citesPerYear = double(m.citations) / m.careerYears;
        m.m = double(m.h) / m.careerYears;
        m.hIAnnual = double(m.hINorm) / m.careerYears;
    }
    qCDebug(lcMetrics) << "metrics over" << m.papers << "papers: h" << m.h << "g" << m.g << "hc" << m.hc;
    return m;
}

CitationMetrics computeSince(const QList<Paper> &papers, int referenceYear, int sinceYear)
{
    QList<Paper> window;
    for (const Paper &p : papers)
        if (p.year > 0 && p.year >= sinceYear)
            window << p;
    return compute(window, referenceYear);
}

QList<MetricInfo> metricCatalogue()
{
    auto tr = [](const char *s) { return QCoreApplication::translate("peerscope::metrics", s); };
    return {
        {QStringLiteral("papers"), tr("Papers"), tr("Works counted (the checked rows of the publications table).")},
        {QStringLiteral("citations"), tr("Citations"), tr("Total citations of the counted works, as OpenAlex reports them.")},
        {QStringLiteral("years"), tr("Years"), tr("Years since the first publication, counting the current year.")},
        {QStringLiteral("citesPerYear"), tr("Cites/year"), tr("Citations divided by years since the first publication.")},
        {QStringLiteral("citesPerPaper"), tr("Cites/paper"), tr("Citations divided by the number of works.")},
        {QStringLiteral("authorsPerPaper"), tr("Authors/paper"), tr("Mean number of authors per work.")},
        {QStringLiteral("h"), tr("h-index"), tr("Hirsch: the largest h such that h works have at least h citations each.")},
        {QStringLiteral("i10"), tr("i10-index"), tr("Number of works with at least 10 citations (Google Scholar).")},
        {QStringLiteral("g"), tr("g-index"), tr("Egghe: the largest g such that the g most cited works have at least g² citations together.")},
        {QStringLiteral("e"), tr("e-index"), tr("Zhang: square root of the citations of the h-core in excess of h².")},
        {QStringLiteral("m"), tr("m-quotient"), tr("Hirsch: h-index divided by the years since the first publication.")},
        {QStringLiteral("hc"), tr("hc-index"), tr("Contemporary h-index (Sidiropoulos et al.): each work's citations are weighted by 4 / age in years, then the h-index of these scores.")},
        {QStringLiteral("hInorm"), tr("hI,norm"), tr("Harzing: citations of each work divided by its number of authors, then the h-index of these.")},
        {QStringLiteral("hIannual"), tr("hI,annual"), tr("Harzing et al.: hI,norm divided by the years since the first publication.")},
        {QStringLiteral("hm"), tr("hm-index"), tr("Schreiber: the h-index with fractional ranks, each work counting 1 / number of authors.")},
        {QStringLiteral("awcr"), tr("AWCR"), tr("Age-weighted citation rate (Jin): the sum over works of citations divided by age in years.")},
        {QStringLiteral("awcrpa"), tr("AWCRpA"), tr("Per-author AWCR: as AWCR, with each work's rate divided by its number of authors.")},
        {QStringLiteral("aw"), tr("AW-index"), tr("Square root of the AWCR, comparable to the h-index.")},
        {QStringLiteral("acc10"), tr("acc10"), tr("Annual citation count: works with at least 10 citations per year since publication.")},
        {QStringLiteral("meanFwci"), tr("Mean FWCI"), tr("Mean field-weighted citation impact: the average of OpenAlex's FWCI over the counted works that have one; 1 means cited as often as comparable works (same field, type and year).")},
    };
}

double metricValue(const CitationMetrics &m, const QString &key)
{
    if (key == QLatin1String("papers")) return m.papers;
    if (key == QLatin1String("citations")) return m.citations;
    if (key == QLatin1String("years")) return m.careerYears;
    if (key == QLatin1String("citesPerYear")) return m.citesPerYear;
    if (key == QLatin1String("citesPerPaper")) return m.citesPerPaper;
    if (key == QLatin1String("authorsPerPaper")) return m.authorsPerPaper;
    if (key == QLatin1String("h")) return m.h;
    if (key == QLatin1String("i10")) return m.i10;
    if (key == QLatin1String("g")) return m.g;
    if (key == QLatin1String("e")) return m.e;
    if (key == QLatin1String("m")) return m.m;
    if (key == QLatin1String("hc")) return m.hc;
    if (key == QLatin1String("hInorm")) return m.hINorm;
    if (key == QLatin1String("hIannual")) return m.hIAnnual;
    if (key == QLatin1String("hm")) return m.hm;
    if (key == QLatin1String("awcr")) return m.awcr;
    if (key == QLatin1String("awcrpa")) return m.awcrpa;
    if (key == QLatin1String("aw")) return m.aw;
    if (key == QLatin1String("acc10")) return m.acc10;
    if (key == QLatin1String("meanFwci")) return m.meanFwci;
    return 0.0;
}

QString formatMetric(const CitationMetrics &m, const QString &key)
{
    static const QStringList integers{QStringLiteral("papers"), QStringLiteral("citations"), QStringLiteral("years"),
                                      QStringLiteral("h"), QStringLiteral("i10"), QStringLiteral("g"),
                                      QStringLiteral("hc"), QStringLiteral("hInorm"), QStringLiteral("acc10")};
    const double v = metricValue(m, key);
    if (key == QLatin1String("meanFwci") && m.fwciPapers == 0)
        return QStringLiteral("–");
    if (integers.contains(key))
        return QString::number(qint64(std::llround(v)));
    return QString::number(v, 'f', 2);
}

} // namespace peerscope::metrics
