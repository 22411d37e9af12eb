#include "generator.h"

#include "cache/cache.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace peerscope::bench {

namespace {

const char *const kSyllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "po", "gra", "bel",
                                  "tor", "fen", "dri", "mos", "qua", "lin", "sor", "cat", "ph", "yl",
                                  "ex", "on", "ar", "is", "um", "ic", "al", "ent", "ion", "ger"};
constexpr int kSyllableCount = int(sizeof(kSyllables) / sizeof(kSyllables[0]));
const char *const kCountries[] = {"US", "GB", "DE", "FR", "CN", "JP", "IT", "ES", "NL", "CA", "AU", "BR", "IN", "KR", "SE"};

int uniform(std::mt19937_64 &rng, int lo, int hi) // inclusive
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

double unit(std::mt19937_64 &rng)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
}

void appendJsonString(QByteArray &out, const QString &s)
{
    // Generated text is ASCII letters, digits, spaces and punctuation
    // without quotes or backslashes; escaping is still done for safety.
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (char c : utf8) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
}

} // namespace

// ------------------------------------------------------------ vocabulary ---

Vocabulary::Vocabulary(int size, quint32 seed)
{
    std::mt19937_64 rng(seed);
    QSet<QString> seen;
    m_words.reserve(size);
    while (m_words.size() < size) {
        QString w;
        const int parts = uniform(rng, 2, 4);
        for (int i = 0; i < parts; ++i)
            w += QLatin1String(kSyllables[uniform(rng, 0, kSyllableCount - 1)]);
        if (w.size() < 4 || seen.contains(w))
            continue;
        seen.insert(w);
        m_words << w;
    }
    m_cumulative.resize(size);
    double total = 0;
    for (int i = 0; i < size; ++i) {
        total += 1.0 / (i + 10.0);
        m_cumulative[i] = total;
    }
    for (double &c : m_cumulative)
        c /= total;
}

int Vocabulary::sampleRank(std::mt19937_64 &rng) const
{
    const double u = unit(rng);
    const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u);
    return std::min(int(it - m_cumulative.begin()), size() - 1);
}

QString Vocabulary::sentence(std::mt19937_64 &rng, int words) const
{
    QString s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s += u' ';
        s += word(sampleRank(rng));
    }
    return s;
}

// ----------------------------------------------------------------- works ---

WorkGenerator::WorkGenerator(quint64 seed, int pool)
    : rng(seed)
    , authorPool(pool)
{
}

QString WorkGenerator::workId(qint64 index)
{
    return u'W' + QString::number(4000000000LL + index);
}

QString WorkGenerator::authorId(int index)
{
    return u'A' + QString::number(5000000000LL + index);
}

Author WorkGenerator::makeAuthor(int index)
{
    std::mt19937_64 r(quint64(index) * 7919 + 17);
    Author a;
    a.id = authorId(index);
    QString given = vocabulary.word(uniform(r, 0, 3000));
    QString family = vocabulary.word(uniform(r, 0, 20000));
    given[0] = given[0].toUpper();
    family[0] = family[0].toUpper();
    a.name = given + u' ' + family;
    a.worksCount = uniform(r, 1, 400);
    a.citedByCount = a.worksCount * uniform(r, 0, 40);
    a.hIndex = int(std::sqrt(double(a.citedByCount)) / 2);
    if (uniform(r, 0, 2) == 0)
        a.orcid = QStringLiteral("0000-0002-%1-%2").arg(index % 10000, 4, 10, QLatin1Char('0')).arg((index / 10000) % 10000, 4, 10, QLatin1Char('0'));
    InstitutionRef inst;
    const int ii = uniform(r, 0, 1999);
    inst.id = u'I' + QString::number(100000 + ii);
    inst.name = QStringLiteral("University of ") + vocabulary.word(ii);
    inst.countryCode = QLatin1String(kCountries[ii % 15]);
    inst.type = QStringLiteral("education");
    a.lastKnownInstitutions << inst;
    a.affiliations << Affiliation{inst, {2024, 2023, 2022}};
    a.updatedDate = QStringLiteral("2025-01-15T00:00:00");
    QByteArray json = "{\"id\":\"https://openalex.org/" + a.id.toLatin1() + "\",\"display_name\":";
    appendJsonString(json, a.name);
    json += ",\"orcid\":" + (a.orcid.isEmpty() ? QByteArray("null") : "\"https://orcid.org/" + a.orcid.toLatin1() + '"');
    json += ",\"works_count\":" + QByteArray::number(a.worksCount) + ",\"cited_by_count\":" + QByteArray::number(a.citedByCount);
    json += ",\"summary_stats\":{\"h_index\":" + QByteArray::number(a.hIndex) + "}";
    json += ",\"last_known_institutions\":[{\"id\":\"https://openalex.org/" + inst.id.toLatin1() + "\",\"display_name\":";
    appendJsonString(json, inst.name);
    json += ",\"country_code\":\"" + inst.countryCode.toLatin1() + "\",\"type\":\"education\"}]";
    json += ",\"affiliations\":[{\"institution\":{\"id\":\"https://openalex.org/" + inst.id.toLatin1() + "\",\"display_name\":";
    appendJsonString(json, inst.name);
    json += ",\"country_code\":\"" + inst.countryCode.toLatin1() + "\",\"type\":\"education\"},\"years\":[2024,2023,2022]}]";
    json += ",\"updated_date\":\"2025-01-15T00:00:00\"}";
    a.rawJson = json;
    return a;
}

Work WorkGenerator::make(qint64 index, const QString &forcedAuthor, const QStringList &coauthorPool)
{
    Work w;
    w.id = workId(index);
    w.title = vocabulary.sentence(rng, uniform(rng, 6, 14));
    w.title[0] = w.title[0].toUpper();
    // Abstracts: about 60 words, as OpenAlex gives for most recent articles.
    const int abstractWords = uniform(rng, 35, 90);
    QList<int> abstractRanks;
    abstractRanks.reserve(abstractWords);
    for (int i = 0; i < abstractWords; ++i)
        abstractRanks << vocabulary.sampleRank(rng);
    for (int i = 0; i < abstractWords; ++i) {
        if (i)
            w.abstract += u' ';
        w.abstract += vocabulary.word(abstractRanks.at(i));
    }
    w.publicationYear = 1980 + int(45 * std::sqrt(unit(rng)));
    w.publicationDate = QStringLiteral("%1-%2-%3").arg(w.publicationYear).arg(uniform(rng, 1, 12), 2, 10, QLatin1Char('0'))
                            .arg(uniform(rng, 1, 28), 2, 10, QLatin1Char('0'));
    w.type = unit(rng) < 0.85 ? QStringLiteral("article") : QStringLiteral("preprint");
    w.language = QStringLiteral("en");
    const int source = std::min(4999, int(5000 * unit(rng) * unit(rng)));
    w.sourceId = u'S' + QString::number(100000 + source);
    w.sourceName = QStringLiteral("Journal of ") + vocabulary.word(source) + u' ' + vocabulary.word(source + 7);
    w.sourceType = QStringLiteral("journal");
    w.issnL = QStringLiteral("%1-%2").arg(1000 + source).arg(2000 + source);
    w.volume = QString::number(uniform(rng, 1, 60));
    w.issue = QString::number(uniform(rng, 1, 12));
    const int page = uniform(rng, 1, 2000);
    w.firstPage = QString::number(page);
    w.lastPage = QString::number(page + uniform(rng, 3, 30));
    w.doi = QStringLiteral("10.5555/bench.") + QString::number(index);
    w.citedByCount = int(std::pow(unit(rng), -0.8)) - 1;
    w.isOa = unit(rng) < 0.45;
    w.oaStatus = w.isOa ? QStringLiteral("gold") : QStringLiteral("closed");
    w.landingPageUrl = QStringLiteral("https://doi.org/") + w.doi;
    w.updatedDate = QStringLiteral("2025-01-15T00:00:00");

    // Authors: usually a small team, now and then a huge consortium list.
    int authors = 1 + int(std::min(7.0, -std::log(1.0 - unit(rng)) * 2.5));
    if (unit(rng) < hugePaperProbability)
        authors = uniform(rng, 101, 600);
    QSet<QString> used;
    for (int p = 0; p < authors; ++p) {
        QString aid;
        if (p == 0 && !forcedAuthor.isEmpty()) {
            aid = forcedAuthor;
        } else if (!coauthorPool.isEmpty() && (authors <= 100 || p < 30)) {
            // Co-authors of a prolific author: preferential (squared uniform).
            const double u = unit(rng);
            aid = coauthorPool.at(std::min(int(coauthorPool.size()) - 1, int(coauthorPool.size() * u * u)));
        } else {
            aid = authorId(uniform(rng, 0, authorPool - 1));
        }
        if (used.contains(aid))
            continue;
        used.insert(aid);
        Authorship s;
        s.position = int(w.authorships.size());
        s.authorId = aid;
        const quint64 h = qHash(aid);
        s.authorName = vocabulary.word(int(h % 3000)) + u' ' + vocabulary.word(int((h >> 16) % 20000));
        s.authorName[0] = s.authorName[0].toUpper();
        s.rawAuthorName = s.authorName;
        s.authorPosition = p == 0 ? QStringLiteral("first") : (p == authors - 1 ? QStringLiteral("last") : QStringLiteral("middle"));
        s.isCorresponding = p == 0;
        InstitutionRef inst;
        const int ii = int((h >> 24) % 2000);
        inst.id = u'I' + QString::number(100000 + ii);
        inst.name = QStringLiteral("University of ") + vocabulary.word(ii);
        inst.countryCode = QLatin1String(kCountries[ii % 15]);
        inst.type = QStringLiteral("education");
        s.institutions << inst;
        s.countries << inst.countryCode;
        w.authorships << s;
    }
    const int topics = uniform(rng, 1, 3);
    for (int t = 0; t < topics; ++t) {
        TopicShare ts;
        const int ti = uniform(rng, 0, 499);
        ts.id = u'T' + QString::number(10000 + ti);
        if (std::any_of(w.topics.cbegin(), w.topics.cend(), [&](const TopicShare &x) { return x.id == ts.id; }))
            continue;
        ts.name = vocabulary.word(ti) + QStringLiteral(" studies");
        ts.score = 0.5 + unit(rng) / 2;
        ts.subfield = vocabulary.word(ti / 10);
        ts.field = vocabulary.word(ti / 50);
        ts.domain = vocabulary.word(ti / 200);
        w.topics << ts;
    }
    for (int k = uniform(rng, 0, 3); k > 0; --k)
        w.keywords << vocabulary.word(vocabulary.sampleRank(rng));
    w.keywords.removeDuplicates();
    for (int y = std::max(w.publicationYear, 2020); y <= 2024 && w.citedByCount > 0; ++y)
        w.countsByYear << YearCount{y, 0, w.citedByCount / 5};

    // The raw JSON, as OpenAlex returns a work (abstract as an inverted index).
    QByteArray j;
    j.reserve(3000);
    j += "{\"id\":\"https://openalex.org/" + w.id.toLatin1() + "\",\"doi\":\"https://doi.org/" + w.doi.toLatin1() + "\",\"title\":";
    appendJsonString(j, w.title);
    j += ",\"display_name\":";
    appendJsonString(j, w.title);
    j += ",\"publication_year\":" + QByteArray::number(w.publicationYear) + ",\"publication_date\":\"" + w.publicationDate.toLatin1()
         + "\",\"language\":\"en\",\"type\":\"" + w.type.toLatin1() + "\",\"primary_location\":{\"is_oa\":" + (w.isOa ? "true" : "false")
         + ",\"landing_page_url\":\"" + w.landingPageUrl.toLatin1() + "\",\"source\":{\"id\":\"https://openalex.org/" + w.sourceId.toLatin1()
         + "\",\"display_name\":";
    appendJsonString(j, w.sourceName);
    j += ",\"issn_l\":\"" + w.issnL.toLatin1() + "\",\"type\":\"journal\"}},\"open_access\":{\"is_oa\":" + QByteArray(w.isOa ? "true" : "false")
         + ",\"oa_status\":\"" + w.oaStatus.toLatin1() + "\"},\"authorships\":[";
    for (int i = 0; i < w.authorships.size(); ++i) {
        const Authorship &s = w.authorships.at(i);
        const InstitutionRef &inst = s.institutions.first();
        if (i)
            j += ',';
        j += "{\"author_position\":\"" + s.authorPosition.toLatin1() + "\",\"author\":{\"id\":\"https://openalex.org/" + s.authorId.toLatin1()
             + "\",\"display_name\":";
        appendJsonString(j, s.authorName);
        j += "},\"institutions\":[{\"id\":\"https://openalex.org/" + inst.id.toLatin1() + "\",\"display_name\":";
        appendJsonString(j, inst.name);
        j += ",\"country_code\":\"" + inst.countryCode.toLatin1() + "\",\"type\":\"education\"}],\"countries\":[\""
             + inst.countryCode.toLatin1() + "\"],\"is_corresponding\":" + (s.isCorresponding ? "true" : "false") + ",\"raw_author_name\":";
        appendJsonString(j, s.rawAuthorName);
        j += '}';
    }
    j += "],\"biblio\":{\"volume\":\"" + w.volume.toLatin1() + "\",\"issue\":\"" + w.issue.toLatin1() + "\",\"first_page\":\""
         + w.firstPage.toLatin1() + "\",\"last_page\":\"" + w.lastPage.toLatin1() + "\"},\"cited_by_count\":"
         + QByteArray::number(w.citedByCount) + ",\"topics\":[";
    for (int i = 0; i < w.topics.size(); ++i) {
        const TopicShare &t = w.topics.at(i);
        if (i)
            j += ',';
        j += "{\"id\":\"https://openalex.org/" + t.id.toLatin1() + "\",\"display_name\":";
        appendJsonString(j, t.name);
        j += ",\"score\":" + QByteArray::number(t.score, 'f', 4) + ",\"subfield\":{\"display_name\":\"" + t.subfield.toLatin1()
             + "\"},\"field\":{\"display_name\":\"" + t.field.toLatin1() + "\"},\"domain\":{\"display_name\":\"" + t.domain.toLatin1() + "\"}}";
    }
    j += "],\"keywords\":[";
    for (int i = 0; i < w.keywords.size(); ++i) {
        if (i)
            j += ',';
        j += "{\"display_name\":";
        appendJsonString(j, w.keywords.at(i));
        j += '}';
    }
    j += "],\"counts_by_year\":[";
    for (int i = 0; i < w.countsByYear.size(); ++i) {
        if (i)
            j += ',';
        j += "{\"year\":" + QByteArray::number(w.countsByYear.at(i).year) + ",\"cited_by_count\":"
             + QByteArray::number(w.countsByYear.at(i).citations) + '}';
    }
    j += "],\"abstract_inverted_index\":{";
    QHash<int, QList<int>> positions;
    QList<int> order;
    for (int i = 0; i < abstractRanks.size(); ++i) {
        auto it = positions.find(abstractRanks.at(i));
        if (it == positions.end()) {
            order << abstractRanks.at(i);
            positions.insert(abstractRanks.at(i), {i});
        } else {
            it->append(i);
        }
    }
    for (int i = 0; i < order.size(); ++i) {
        if (i)
            j += ',';
        appendJsonString(j, vocabulary.word(order.at(i)));
        j += ":[";
        const QList<int> &ps = positions[order.at(i)];
        for (int k = 0; k < ps.size(); ++k) {
            if (k)
                j += ',';
            j += QByteArray::number(ps.at(k));
        }
        j += ']';
    }
    j += "},\"updated_date\":\"2025-01-15T00:00:00\"}";
    w.rawJson = j;
    return w;
}

bool generateWorks(WorkGenerator &gen, qint64 first, qint64 count, int batch, const BatchWriter &write,
                   const QString &forcedAuthor, const QStringList &coauthorPool)
{
    QList<Work> works;
    works.reserve(batch);
    for (qint64 i = 0; i < count; ++i) {
        works << gen.make(first + i, forcedAuthor, coauthorPool);
        if (works.size() == batch || i + 1 == count) {
            if (!write(works))
                return false;
            works.clear();
        }
    }
    return true;
}

bool writeBatch(Cache &cache, const QList<Work> &batch)
{
    if (!cache.beginTransaction())
        return false;
    for (const Work &w : batch) {
        if (!cache.upsertWork(w)) {
            cache.rollback();
            return false;
        }
    }
    return cache.commit();
}

QString prolificAuthorId()
{
    return QStringLiteral("A5090000001");
}

bool generateProlificAuthor(WorkGenerator &gen, int works, const AuthorsWriter &writeAuthors, const BatchWriter &writeWorks)
{
    // Co-authors: a pool of about half as many people as works, the first
    // ones (drawn most often) being the close collaborators.
    QStringList pool;
    const int poolSize = std::max(50, works / 2);
    for (int i = 0; i < poolSize; ++i)
        pool << WorkGenerator::authorId(1000000 + i);
    Author me = gen.makeAuthor(90000001);
    me.id = prolificAuthorId();
    me.name = QStringLiteral("Prolific Benchmark");
    me.worksCount = works;
    me.rawJson = "{\"id\":\"https://openalex.org/A5090000001\",\"display_name\":\"Prolific Benchmark\",\"works_count\":"
                 + QByteArray::number(works) + ",\"cited_by_count\":500000,\"updated_date\":\"2025-01-15T00:00:00\"}";
    QList<Author> authors{me};
    for (int i = 0; i < std::min(2000, poolSize); ++i)
        authors << gen.makeAuthor(1000000 + i);
    if (!writeAuthors(authors))
        return false;
    const double saved = gen.hugePaperProbability;
    gen.hugePaperProbability = 0.005; // big-science author: some consortium papers
    const bool ok = generateWorks(gen, 900000000LL, works, 2000, writeWorks, prolificAuthorId(), pool);
    gen.hugePaperProbability = saved;
    return ok;
}

bool generateProlificAuthor(Cache &cache, WorkGenerator &gen, int works)
{
    auto writeAuthors = [&](const QList<Author> &authors) {
        if (!cache.beginTransaction())
            return false;
        for (const Author &a : authors) {
            if (!cache.upsertAuthor(a)) {
                cache.rollback();
                return false;
            }
        }
        return cache.commit();
    };
    return generateProlificAuthor(gen, works, writeAuthors, [&](const QList<Work> &b) { return writeBatch(cache, b); });
}

// ----------------------------------------------------------------- graphs ---

SyntheticGraph generateGraph(int nodes, int targetEdges, int hugePapers, quint64 seed)
{
    std::mt19937_64 rng(seed);
    SyntheticGraph g;
    g.nodeCount = nodes;
    g.community.resize(nodes);
    // Power-law community sizes (Pareto, alpha ~ 2), 5 .. nodes/20.
    QList<QList<int>> members;
    {
        int assigned = 0;
        while (assigned < nodes) {
            const int size = std::min({nodes - assigned, std::max(5, nodes / 20),
                                       int(5 / std::pow(1.0 - unit(rng), 1.0 / 1.2))});
            QList<int> m;
            for (int i = 0; i < size; ++i)
                m << assigned + i;
            for (int v : m)
                g.community[v] = int(members.size());
            members << m;
            assigned += size;
        }
    }
    QHash<quint64, double> weights;
    weights.reserve(targetEdges + nodes);
    // Endpoint lists: drawing a uniform entry picks a node with probability
    // proportional to how many papers it is on (preferential attachment).
    QList<QList<int>> endpoints(members.size());
    QList<int> globalEndpoints;
    auto addPaper = [&](const QList<int> &team, bool huge) {
        const double w = huge ? 1.0 / (team.size() - 1) : 1.0;
        for (int i = 0; i < team.size(); ++i) {
            for (int k = i + 1; k < team.size(); ++k) {
                const int a = std::min(team[i], team[k]);
                const int b = std::max(team[i], team[k]);
                weights[(quint64(a) << 32) | quint32(b)] += w;
            }
            endpoints[g.community[team[i]]] << team[i];
            globalEndpoints << team[i];
        }
    };
    auto pickIn = [&](int c) {
        const QList<int> &ep = endpoints[c];
        if (ep.isEmpty() || unit(rng) < 0.35)
            return members[c].at(uniform(rng, 0, int(members[c].size()) - 1));
        return ep.at(uniform(rng, 0, int(ep.size()) - 1));
    };
    auto teamSize = [&] { return 2 + int(std::min(5.0, -std::log(1.0 - unit(rng)) * 1.2)); };
    auto buildTeam = [&](int lead) {
        QList<int> team{lead};
        const int size = teamSize();
        for (int tries = 0; team.size() < size && tries < 20; ++tries) {
            int v;
            if (unit(rng) < 0.9 || globalEndpoints.isEmpty())
                v = pickIn(g.community[lead]);
            else
                v = globalEndpoints.at(uniform(rng, 0, int(globalEndpoints.size()) - 1));
            if (!team.contains(v))
                team << v;
        }
        return team;
    };
    // Everyone is on at least one paper.
    QList<int> order(nodes);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    for (int v : order) {
        QList<int> team = buildTeam(v);
        if (team.size() > 1)
            addPaper(team, false);
    }
    for (int h = 0; h < hugePapers; ++h) {
        QList<int> team;
        const int size = uniform(rng, 101, 130);
        QSet<int> seen;
        while (team.size() < size) {
            const int v = uniform(rng, 0, nodes - 1);
            if (!seen.contains(v)) {
                seen.insert(v);
                team << v;
            }
        }
        addPaper(team, true);
    }
    g.hugePapers = hugePapers;
    while (weights.size() < targetEdges) {
        const int lead = globalEndpoints.at(uniform(rng, 0, int(globalEndpoints.size()) - 1));
        QList<int> team = buildTeam(lead);
        if (team.size() > 1)
            addPaper(team, false);
    }
    g.edges.reserve(weights.size());
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        g.edges << SyntheticGraph::Edge{int(it.key() >> 32), int(it.key() & 0xffffffffu), it.value()};
    std::sort(g.edges.begin(), g.edges.end(), [](const auto &x, const auto &y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
    if (g.edges.size() > targetEdges)
        g.edges.resize(targetEdges);
    return g;
}

CoauthorGraph SyntheticGraph::toCoauthorGraph() const
{
    QList<int> degree(nodeCount, 0);
    for (const Edge &e : edges) {
        ++degree[e.a];
        ++degree[e.b];
    }
    const int centre = int(std::max_element(degree.cbegin(), degree.cend()) - degree.cbegin());
    // Node 0 is the centre: swap indexes centre <-> 0.
    auto map = [centre](int v) { return v == centre ? 0 : (v == 0 ? centre : v); };
    QList<GraphNode> nodes(nodeCount);
    for (int i = 0; i < nodeCount; ++i) {
        GraphNode &n = nodes[map(i)];
        n.id = WorkGenerator::authorId(i);
        n.name = QStringLiteral("Author %1").arg(i);
        n.worksCount = 1 + degree[i];
        n.cachedWorks = 1 + degree[i] / 2;
        n.hop = 2;
        n.firstYear = 2000 + i % 20;
        n.lastYear = 2005 + i % 20;
        n.community = community.value(i, -1);
        n.countryCode = QLatin1String(kCountries[i % 15]);
    }
    nodes[0].hop = 0;
    QList<GraphEdge> out;
    out.reserve(edges.size());
    for (const Edge &e : edges) {
        GraphEdge ge;
        ge.source = std::min(map(e.a), map(e.b));
        ge.target = std::max(map(e.a), map(e.b));
        ge.sharedWorks = int(std::floor(e.weight));
        ge.fractional = e.weight;
        ge.firstYear = 2000 + (e.a + e.b) % 20;
        ge.lastYear = ge.firstYear + 3;
        if (ge.source == 0) {
            nodes[ge.target].hop = 1;
            nodes[ge.target].sharedWithCenter = e.weight;
        }
        out << ge;
    }
    std::sort(out.begin(), out.end(), [](const GraphEdge &x, const GraphEdge &y) {
        return x.source != y.source ? x.source < y.source : x.target < y.target;
    });
    GraphOptions options;
    options.centerId = nodes[0].id;
    return CoauthorGraph::fromParts(options, nodes, out);
}

} // namespace peerscope::bench
