// `peerscope citations` and `peerscope graph --kind citations|coupling|
// cocitation`, run as a user would: the built binary on a cache holding the
// demo data set and the real citation fixtures. Every expected value is
// computed here, straight from the JSON files the cache was filled from.

#include "testsupport.h"

#include "cache/cache.h"
#include "cache/workqueries.h"
#include "graph/citationgraph.h"
#include "graph/graphexport.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace peerscope;
using namespace peerscope::test;

namespace {

const QString kGenome = QStringLiteral("W2168909179");  // 459 references
const QString kSanger = QStringLiteral("W2138270253");  // 12 references
const QString kLowry = QStringLiteral("W1775749144");   // 20 references, shares none

QString citationFixture(const QString &name)
{
    return QDir(fixturesDir()).absoluteFilePath(QStringLiteral("../citations/") + name);
}

QString shortId(const QString &url)
{
    return url.section(u'/', -1);
}

// What the cache was filled from: every work record of the demo data set and
// of the imported fixtures, with its references, year and first author.
struct Corpus {
    QHash<QString, QStringList> refs;   // every cached work → its referenced works
    QHash<QString, int> year;
    QHash<QString, QStringList> authors; // work → author IDs
    QSet<QString> cached;

    void addFile(const QString &path)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(readFile(path));
        QJsonArray records;
        if (doc.isObject() && doc.object().contains(QStringLiteral("results")))
            records = doc.object().value(QStringLiteral("results")).toArray();
        else if (doc.isObject())
            records << doc.object();
        else
            records = doc.array();
        for (const QJsonValue &v : std::as_const(records)) {
            const QJsonObject o = v.toObject();
            const QString id = shortId(o.value(QStringLiteral("id")).toString());
            if (!id.startsWith(u'W'))
                continue;
            cached.insert(id);
            QStringList r;
            for (const QJsonValue &ref : o.value(QStringLiteral("referenced_works")).toArray())
                if (!r.contains(shortId(ref.toString())))
                    r << shortId(ref.toString());
            refs.insert(id, r);
            year.insert(id, o.value(QStringLiteral("publication_year")).toInt());
            QStringList a;
            for (const QJsonValue &au : o.value(QStringLiteral("authorships")).toArray())
                a << shortId(au[QStringLiteral("author")][QStringLiteral("id")].toString());
            authors.insert(id, a);
        }
    }

    // A seed's references, its own ID left out (a self-citation couples nothing).
    QSet<QString> referencesOf(const QString &seed) const
    {
        QSet<QString> out;
        for (const QString &r : refs.value(seed))
            if (r != seed)
                out.insert(r);
        return out;
    }
    QSet<QString> citersOf(const QString &seed) const
    {
        QSet<QString> out;
        for (auto it = refs.cbegin(); it != refs.cend(); ++it)
            if (it.key() != seed && it.value().contains(seed))
                out.insert(it.key());
        return out;
    }
    QHash<QString, int> foundations(const QStringList &seeds) const
    {
        QHash<QString, int> count;
        for (const QString &s : seeds)
            for (const QString &r : referencesOf(s))
                ++count[r];
        return count;
    }
    QHash<QString, int> followUps(const QStringList &seeds) const
    {
        QHash<QString, int> count;
        for (const QString &s : seeds)
            for (const QString &c : citersOf(s))
                ++count[c];
        return count;
    }
    QString status(const QString &id, const QStringList &seeds) const
    {
        if (seeds.contains(id))
            return QStringLiteral("own");
        return cached.contains(id) ? QStringLiteral("cached") : QStringLiteral("new");
    }
};

struct Pair {
    int shared = 0;
    double score = 0;
};

QJsonArray jsonArray(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning() << "not a JSON array:" << error.errorString() << bytes.left(300);
    return doc.array();
}

} // namespace

class TestCitationsCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void foundations_threeSeeds_countsSharesAndStatuses();
    void followUps_andFoundations_ofTheReferenceList();
    void coupling_threeSeeds_everyMeasure_data();
    void coupling_threeSeeds_everyMeasure();
    void cocitation_ofTheReferenceList_matchesSharedCiters();
    void coupling_ofTheFollowUpsPage_bruteForce_selfCitationsLeftOut();
    void demoAuthor_foundations_areTheirWorksReferences();
    void text_isATable_withLimit_andDataFooter();
    void usageErrors_exitOne_data();
    void usageErrors_exitOne();
    void unknownWorkOrAuthor_exitsTwo_andNamesIt();
    void unreadableCitations_exitFour();

    void graphCitations_graphml_isDirected_withTypesAndYears();
    void graphCitations_gexf_hasTimeline();
    void graphCoupling_vosviewer_hasClustersAndStrengths();
    void graphKinds_csv_rowsAreEdges_data();
    void graphKinds_csv_rowsAreEdges();
    void graphKinds_dot_andPictures();
    void graphKind_usageErrors();
    void typedGraph_writers_quoteAndMixDirections();

private:
    QStringList db(const QStringList &args) const { return QStringList{QStringLiteral("--db"), m_db} + args; }
    ProcessResult run(const QStringList &args) const { return runPeerscope(db(args), m_home.path()); }
    QStringList threeSeeds() const { return {kGenome, kSanger, kLowry}; }
    QString threeSeedsArg() const { return threeSeeds().join(u','); }

    QTemporaryDir m_home;
    QString m_db;
    Corpus m_corpus;
    QStringList m_referenceList; // the 24 works of the cited_by page
};

void TestCitationsCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_db = m_home.filePath(QStringLiteral("cache.sqlite"));
    ProcessResult r = run({QStringLiteral("demo")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The slim select= record is left out: it is the Sanger seed again.
    const QStringList files{QStringLiteral("seed_work_W2168909179.json"), QStringLiteral("seed_work_W2138270253.json"),
                            QStringLiteral("seed_work_W1775749144_via_pmid_select_all.json"),
                            QStringLiteral("cited_by_W2766808518_perpage50_page1.json"),
                            QStringLiteral("cites_W2741809807_perpage50_page1.json")};
    QStringList paths;
    for (const QString &f : files) {
        paths << citationFixture(f);
        QVERIFY2(QFile::exists(paths.constLast()), qPrintable(paths.constLast()));
        m_corpus.addFile(paths.constLast());
    }
    r = run(QStringList{QStringLiteral("import")} + paths);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QDir demo(QStringLiteral(PEERSCOPE_SOURCE_DIR "/resources/demo"));
    for (const QString &f : demo.entryList({QStringLiteral("*.json")}, QDir::Files))
        m_corpus.addFile(demo.absoluteFilePath(f));

    const QJsonArray page = QJsonDocument::fromJson(readFile(citationFixture(QStringLiteral("cited_by_W2766808518_perpage50_page1.json"))))
                                .object()
                                .value(QStringLiteral("results"))
                                .toArray();
    for (const QJsonValue &v : page)
        m_referenceList << shortId(v[QStringLiteral("id")].toString());
    QCOMPARE(m_referenceList.size(), 24);
    // The facts SOURCES.md states, so the corpus reads the files right.
    QCOMPARE(m_corpus.refs.value(kGenome).size(), 459);
    QCOMPARE(m_corpus.refs.value(kSanger).size(), 12);
    QCOMPARE(m_corpus.refs.value(kLowry).size(), 20);

    // The cache holds what the corpus says it holds.
    Cache cache;
    QVERIFY(cache.open(m_db) == Cache::OpenStatus::Ok);
    const WorkQueries works(cache);
    for (const QString &id : std::as_const(m_corpus.cached)) {
        const Read<std::optional<Work>> w = works.work(id);
        QVERIFY2(w && w->has_value(), qPrintable(id));
    }
}

void TestCitationsCommand::foundations_threeSeeds_countsSharesAndStatuses()
{
    const ProcessResult r = run({QStringLiteral("citations"), QStringLiteral("--works"), threeSeedsArg(),
                                 QStringLiteral("--foundations"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray rows = jsonArray(r.out);
    const QHash<QString, int> expected = m_corpus.foundations(threeSeeds());
    // 459 + 12 + 20 references, 3 of them shared by the genome and Sanger.
    QCOMPARE(expected.size(), 488);
    QCOMPARE(rows.size(), 488);
    int previous = INT_MAX;
    QSet<QString> seen;
    for (const QJsonValue &v : rows) {
        const QString id = v[QStringLiteral("id")].toString();
        QVERIFY2(expected.contains(id), qPrintable(id));
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        const int count = v[QStringLiteral("count")].toInt();
        QCOMPARE(count, expected.value(id));
        // All three seeds have a reference list.
        QVERIFY(std::abs(v[QStringLiteral("share")].toDouble() - count / 3.0) < 1e-9);
        QCOMPARE(v[QStringLiteral("status")].toString(), m_corpus.status(id, threeSeeds()));
        QVERIFY(count <= previous);
        previous = count;
        if (m_corpus.cached.contains(id))
            QCOMPARE(v[QStringLiteral("year")].toInt(), m_corpus.year.value(id));
        else
            QVERIFY(v[QStringLiteral("title")].isNull());
    }
    QStringList top;
    for (int i = 0; i < 3; ++i)
        top << rows.at(i)[QStringLiteral("id")].toString();
    top.sort();
    QCOMPARE(top, (QStringList{QStringLiteral("W1532331378"), QStringLiteral("W1992595091"), QStringLiteral("W2092784580")}));
    QCOMPARE(rows.at(3)[QStringLiteral("count")].toInt(), 1);
}

void TestCitationsCommand::followUps_andFoundations_ofTheReferenceList()
{
    const QString seeds = m_referenceList.join(u',');
    ProcessResult r = run({QStringLiteral("citations"), QStringLiteral("--works"), seeds, QStringLiteral("--followups"),
                           QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonArray rows = jsonArray(r.out);
    const QHash<QString, int> expected = m_corpus.followUps(m_referenceList);
    // SOURCES.md: 5 citations inside the set, from 3 citing works.
    QVERIFY(expected.value(QStringLiteral("W2123154495")) >= 2);
    QVERIFY(expected.value(QStringLiteral("W2074395947")) >= 2);
    QCOMPARE(rows.size(), expected.size());
    for (const QJsonValue &v : std::as_const(rows)) {
        const QString id = v[QStringLiteral("id")].toString();
        QCOMPARE(v[QStringLiteral("count")].toInt(), expected.value(id));
        QVERIFY(std::abs(v[QStringLiteral("share")].toDouble() - expected.value(id) / 24.0) < 1e-9);
        QCOMPARE(v[QStringLiteral("status")].toString(), m_corpus.status(id, m_referenceList));
    }
    // 13 of the 24 have no reference data: the footer says so.
    QVERIFY2(r.err.contains("without reference data: 13"), r.err.constData());
    QVERIFY2(r.err.contains("with a reference list: 11"), r.err.constData());

    r = run({QStringLiteral("citations"), QStringLiteral("--works"), seeds, QStringLiteral("--foundations"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    rows = jsonArray(r.out);
    const QHash<QString, int> foundations = m_corpus.foundations(m_referenceList);
    QCOMPARE(rows.size(), foundations.size());
    int dangling = 0, links = 0;
    for (auto it = foundations.cbegin(); it != foundations.cend(); ++it) {
        links += it.value();
        if (!m_corpus.cached.contains(it.key()))
            dangling += it.value();
    }
    for (const QJsonValue &v : std::as_const(rows)) {
        const QString id = v[QStringLiteral("id")].toString();
        QCOMPARE(v[QStringLiteral("count")].toInt(), foundations.value(id));
        // The share is over the 11 seeds that have a reference list.
        QVERIFY(std::abs(v[QStringLiteral("share")].toDouble() - foundations.value(id) / 11.0) < 1e-9);
        QCOMPARE(v[QStringLiteral("status")].toString(), m_corpus.status(id, m_referenceList));
    }
    QVERIFY2(r.err.contains(QStringLiteral("dangling: %1 ").arg(dangling).toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains(QStringLiteral("to cached works: %1 ").arg(links - dangling).toUtf8()), r.err.constData());
}

void TestCitationsCommand::coupling_threeSeeds_everyMeasure_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<double>("score");
    // The one coupled pair shares 3 references; the genome lists 459, Sanger 12.
    QTest::newRow("default") << QString() << 3.0;
    QTest::newRow("count") << QStringLiteral("count") << 3.0;
    QTest::newRow("salton") << QStringLiteral("salton") << 3.0 / std::sqrt(459.0 * 12.0);
    QTest::newRow("jaccard") << QStringLiteral("jaccard") << 3.0 / 468.0;
    // One link of weight 3: each seed's total strength is 3, the map's 3;
    // 3 · 2·3 / (3 · 3).
    QTest::newRow("association") << QStringLiteral("association") << 2.0;
}

void TestCitationsCommand::coupling_threeSeeds_everyMeasure()
{
    QFETCH(QString, measure);
    QFETCH(double, score);
    QStringList args{QStringLiteral("citations"), QStringLiteral("--works"), threeSeedsArg(), QStringLiteral("--coupling"),
                     QStringLiteral("--json")};
    if (!measure.isEmpty())
        args << QStringLiteral("--measure") << measure;
    const ProcessResult r = run(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray rows = jsonArray(r.out);
    // Brute force over every pair: only genome & Sanger share references.
    int coupledPairs = 0;
    const QStringList seeds = threeSeeds();
    for (int i = 0; i < seeds.size(); ++i)
        for (int j = i + 1; j < seeds.size(); ++j)
            coupledPairs += m_corpus.referencesOf(seeds.at(i)).intersects(m_corpus.referencesOf(seeds.at(j))) ? 1 : 0;
    QCOMPARE(coupledPairs, 1);
    QCOMPARE(rows.size(), 1);
    const QJsonObject pair = rows.at(0).toObject();
    QCOMPARE(pair.value(QStringLiteral("a")).toString(), kSanger); // "W2138270253" < "W2168909179"
    QCOMPARE(pair.value(QStringLiteral("b")).toString(), kGenome);
    QCOMPARE(pair.value(QStringLiteral("shared")).toInt(), 3);
    QVERIFY2(std::abs(pair.value(QStringLiteral("score")).toDouble() - score) < 1e-9,
             qPrintable(QString::number(pair.value(QStringLiteral("score")).toDouble(), 'g', 12)));
}

void TestCitationsCommand::cocitation_ofTheReferenceList_matchesSharedCiters()
{
    const ProcessResult r = run({QStringLiteral("citations"), QStringLiteral("--works"), m_referenceList.join(u','),
                                 QStringLiteral("--cocitation"), QStringLiteral("--measure"), QStringLiteral("jaccard"),
                                 QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QHash<QString, Pair> expected;
    QStringList seeds = m_referenceList;
    seeds.sort();
    for (int i = 0; i < seeds.size(); ++i) {
        const QSet<QString> a = m_corpus.citersOf(seeds.at(i));
        for (int j = i + 1; j < seeds.size(); ++j) {
            const QSet<QString> b = m_corpus.citersOf(seeds.at(j));
            const int shared = int(QSet<QString>(a).intersect(b).size());
            if (shared > 0)
                expected.insert(seeds.at(i) + u'-' + seeds.at(j),
                                Pair{shared, double(shared) / double(a.size() + b.size() - shared)});
        }
    }
    // W1983642261 is cited by both W2123154495 and W2074395947 (SOURCES.md).
    QVERIFY(!expected.isEmpty());
    const QJsonArray rows = jsonArray(r.out);
    QCOMPARE(rows.size(), expected.size());
    for (const QJsonValue &v : rows) {
        const QString a = v[QStringLiteral("a")].toString(), b = v[QStringLiteral("b")].toString();
        QVERIFY(a < b);
        const QString key = a + u'-' + b;
        QVERIFY2(expected.contains(key), qPrintable(key));
        QCOMPARE(v[QStringLiteral("shared")].toInt(), expected.value(key).shared);
        QVERIFY(std::abs(v[QStringLiteral("score")].toDouble() - expected.value(key).score) < 1e-9);
    }
}

void TestCitationsCommand::coupling_ofTheFollowUpsPage_bruteForce_selfCitationsLeftOut()
{
    QStringList seeds;
    const QJsonArray page = QJsonDocument::fromJson(readFile(citationFixture(QStringLiteral("cites_W2741809807_perpage50_page1.json"))))
                                .object()
                                .value(QStringLiteral("results"))
                                .toArray();
    for (const QJsonValue &v : page)
        seeds << shortId(v[QStringLiteral("id")].toString());
    QCOMPARE(seeds.size(), 50);
    const ProcessResult r = run({QStringLiteral("citations"), QStringLiteral("--works"), seeds.join(u','), QStringLiteral("--coupling"),
                                 QStringLiteral("--measure"), QStringLiteral("salton"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Every pair, by set intersection; a seed's own ID is not one of its references.
    QHash<QString, Pair> expected;
    int selfCitations = 0;
    for (const QString &s : std::as_const(seeds))
        selfCitations += m_corpus.refs.value(s).contains(s) ? 1 : 0;
    for (const QString &a : std::as_const(seeds)) {
        for (const QString &b : std::as_const(seeds)) {
            if (!(a < b))
                continue;
            const QSet<QString> ra = m_corpus.referencesOf(a), rb = m_corpus.referencesOf(b);
            const int shared = int(QSet<QString>(ra).intersect(rb).size());
            if (shared > 0)
                expected.insert(a + u'-' + b, Pair{shared, shared / std::sqrt(double(ra.size()) * double(rb.size()))});
        }
    }
    // SOURCES.md: all 50 cite W2741809807, so every pair is coupled; 4 list themselves.
    QCOMPARE(expected.size(), 50 * 49 / 2);
    QCOMPARE(selfCitations, 4);
    const QJsonArray rows = jsonArray(r.out);
    QCOMPARE(rows.size(), expected.size());
    int most = 0;
    QString strongest;
    for (const QJsonValue &v : rows) {
        const QString key = v[QStringLiteral("a")].toString() + u'-' + v[QStringLiteral("b")].toString();
        QVERIFY2(expected.contains(key), qPrintable(key));
        QCOMPARE(v[QStringLiteral("shared")].toInt(), expected.value(key).shared);
        QVERIFY(std::abs(v[QStringLiteral("score")].toDouble() - expected.value(key).score) < 1e-9);
        if (v[QStringLiteral("shared")].toInt() > most) {
            most = v[QStringLiteral("shared")].toInt();
            strongest = key;
        }
    }
    // SOURCES.md: 39 shared besides the cited seed itself.
    QCOMPARE(strongest, QStringLiteral("W2962850237-W4253048464"));
    QCOMPARE(most, 40);
    QVERIFY2(r.err.contains("self-citations left out: 4"), r.err.constData());
}

void TestCitationsCommand::demoAuthor_foundations_areTheirWorksReferences()
{
    const QString author = QStringLiteral("A5017898742");
    QStringList seeds;
    for (auto it = m_corpus.authors.cbegin(); it != m_corpus.authors.cend(); ++it)
        if (it.value().contains(author))
            seeds << it.key();
    QVERIFY(seeds.size() >= 5);
    const ProcessResult r = run({QStringLiteral("citations"), author, QStringLiteral("--foundations"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QHash<QString, int> expected = m_corpus.foundations(seeds);
    int withReferences = 0;
    for (const QString &s : std::as_const(seeds))
        withReferences += m_corpus.refs.value(s).isEmpty() ? 0 : 1;
    const QJsonArray rows = jsonArray(r.out);
    QCOMPARE(rows.size(), expected.size());
    int own = 0;
    for (const QJsonValue &v : rows) {
        const QString id = v[QStringLiteral("id")].toString();
        QCOMPARE(v[QStringLiteral("count")].toInt(), expected.value(id));
        QVERIFY(std::abs(v[QStringLiteral("share")].toDouble() - double(expected.value(id)) / withReferences) < 1e-9);
        QCOMPARE(v[QStringLiteral("status")].toString(), m_corpus.status(id, seeds));
        own += v[QStringLiteral("status")].toString() == u"own" ? 1 : 0;
    }
    // The demo author's works cite two of their own works.
    QVERIFY(own >= 1);
}

void TestCitationsCommand::text_isATable_withLimit_andDataFooter()
{
    ProcessResult r = run({QStringLiteral("citations"), QStringLiteral("--works"), threeSeedsArg(), QStringLiteral("--foundations"),
                           QStringLiteral("--limit"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    // A header, 5 rows and the "more" line.
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.at(0).contains(QStringLiteral("status")));
    QVERIFY(lines.at(6).contains(QStringLiteral("483")));
    // Aligned: the status column starts at the same place on every row.
    const qsizetype column = lines.at(1).indexOf(QStringLiteral(" new"));
    QVERIFY(column > 0);
    for (int i = 2; i <= 5; ++i)
        QCOMPARE(lines.at(i).indexOf(QStringLiteral(" new")), column);
    QVERIFY(lines.at(1).contains(QStringLiteral("(not cached)")));
    // The footer: seeds, dangling references, the sync hint.
    QVERIFY2(r.err.contains("data: seeds: 3;"), r.err.constData());
    QVERIFY2(r.err.contains("references from the seeds: 491;"), r.err.constData());
    QVERIFY2(r.err.contains("--citations"), r.err.constData());

    // Without --limit the text stops at 50 rows; --json gives all.
    r = run({QStringLiteral("citations"), QStringLiteral("--works"), threeSeedsArg(), QStringLiteral("--foundations")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts).size(), 52);
    r = run({QStringLiteral("citations"), QStringLiteral("--works"), threeSeedsArg(), QStringLiteral("--foundations"),
             QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("7")});
    QCOMPARE(jsonArray(r.out).size(), 7);

    r = run({QStringLiteral("citations"), QStringLiteral("--works"), threeSeedsArg(), QStringLiteral("--coupling")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.contains(QStringLiteral("shared references")));
    QVERIFY(text.contains(kSanger + u' '));
    QVERIFY(text.contains(QStringLiteral("DNA sequencing")));
}

void TestCitationsCommand::usageErrors_exitOne_data()
{
    QTest::addColumn<QStringList>("args");
    const QString w = QStringLiteral("--works");
    const QString seeds = QStringLiteral("W2168909179,W2138270253");
    QTest::newRow("no question") << QStringList{w, seeds};
    QTest::newRow("two questions") << QStringList{w, seeds, QStringLiteral("--coupling"), QStringLiteral("--foundations")};
    QTest::newRow("measure with foundations") << QStringList{w, seeds, QStringLiteral("--foundations"), QStringLiteral("--measure"),
                                                             QStringLiteral("salton")};
    QTest::newRow("unknown measure") << QStringList{w, seeds, QStringLiteral("--coupling"), QStringLiteral("--measure"),
                                                    QStringLiteral("cosine")};
    QTest::newRow("limit zero") << QStringList{w, seeds, QStringLiteral("--followups"), QStringLiteral("--limit"), QStringLiteral("0")};
    QTest::newRow("limit text") << QStringList{w, seeds, QStringLiteral("--followups"), QStringLiteral("--limit"), QStringLiteral("ten")};
    QTest::newRow("author and works") << QStringList{QStringLiteral("A5017898742"), w, seeds, QStringLiteral("--coupling")};
    QTest::newRow("neither") << QStringList{QStringLiteral("--coupling")};
    QTest::newRow("not a work id") << QStringList{w, QStringLiteral("W2168909179,A5017898742"), QStringLiteral("--coupling")};
    QTest::newRow("empty works") << QStringList{w, QStringLiteral(","), QStringLiteral("--coupling")};
}

void TestCitationsCommand::usageErrors_exitOne()
{
    QFETCH(QStringList, args);
    const ProcessResult r = run(QStringList{QStringLiteral("citations")} + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestCitationsCommand::unknownWorkOrAuthor_exitsTwo_andNamesIt()
{
    ProcessResult r = run({QStringLiteral("citations"), QStringLiteral("--works"), kGenome + QStringLiteral(",W1000000001"),
                           QStringLiteral("--foundations")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("W1000000001"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    r = run({QStringLiteral("citations"), QStringLiteral("A1111111111"), QStringLiteral("--coupling")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("A1111111111"));
    r = run({QStringLiteral("graph"), QStringLiteral("--kind"), QStringLiteral("citations"), QStringLiteral("--works"),
             QStringLiteral("W1000000001"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("W1000000001"));
}

void TestCitationsCommand::unreadableCitations_exitFour()
{
    const QString broken = m_home.filePath(QStringLiteral("broken.sqlite"));
    ProcessResult r = runPeerscope({QStringLiteral("--db"), broken, QStringLiteral("import"),
                                    citationFixture(QStringLiteral("seed_work_W2168909179.json")),
                                    citationFixture(QStringLiteral("seed_work_W2138270253.json"))},
                                   m_home.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QString why;
    QVERIFY2(hideTable(broken, QStringLiteral("work_references"), &why), qPrintable(why));
    for (const QString &kind : {QStringLiteral("--foundations"), QStringLiteral("--coupling")}) {
        r = runPeerscope({QStringLiteral("--db"), broken, QStringLiteral("citations"), QStringLiteral("--works"),
                          kGenome + u',' + kSanger, kind, QStringLiteral("--json")},
                         m_home.path());
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }
    r = runPeerscope({QStringLiteral("--db"), broken, QStringLiteral("graph"), QStringLiteral("--works"), kGenome + u',' + kSanger,
                      QStringLiteral("--kind"), QStringLiteral("citations"), QStringLiteral("--format"), QStringLiteral("graphml")},
                     m_home.path());
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.out.isEmpty());
}

// ---------------------------------------------------------------------------
// graph --kind citations|coupling|cocitation

namespace {

struct XmlGraph {
    QString edgeDefault;
    QHash<QString, QString> keyName;              // GraphML key id → attr.name
    QHash<QString, QHash<QString, QString>> node; // id → attribute → value
    QList<QPair<QString, QString>> edges;
    QHash<QString, QString> nodeStart;            // GEXF start
    QString mode, timeformat, version;
    QString error;
};

XmlGraph parseXmlGraph(const QByteArray &bytes)
{
    XmlGraph g;
    QXmlStreamReader xml(bytes);
    QString current;
    bool inNode = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"node")
            inNode = false;
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes at = xml.attributes();
        if (xml.name() == u"gexf")
            g.version = at.value(QStringLiteral("version")).toString();
        if (xml.name() == u"key")
            g.keyName.insert(at.value(QStringLiteral("id")).toString(), at.value(QStringLiteral("attr.name")).toString());
        if (xml.name() == u"graph") {
            g.edgeDefault = at.value(QStringLiteral("edgedefault")).toString();
            if (g.edgeDefault.isEmpty())
                g.edgeDefault = at.value(QStringLiteral("defaultedgetype")).toString();
            g.mode = at.value(QStringLiteral("mode")).toString();
            g.timeformat = at.value(QStringLiteral("timeformat")).toString();
        }
        if (xml.name() == u"node") {
            current = at.value(QStringLiteral("id")).toString();
            inNode = true;
            g.node[current];
            if (at.hasAttribute(QStringLiteral("start")))
                g.nodeStart.insert(current, at.value(QStringLiteral("start")).toString());
            if (at.hasAttribute(QStringLiteral("label")))
                g.node[current].insert(QStringLiteral("label"), at.value(QStringLiteral("label")).toString());
        }
        if (xml.name() == u"edge")
            g.edges << qMakePair(at.value(QStringLiteral("source")).toString(), at.value(QStringLiteral("target")).toString());
        if (inNode && xml.name() == u"data") {
            const QString key = g.keyName.value(at.value(QStringLiteral("key")).toString());
            g.node[current].insert(key, xml.readElementText());
        }
        if (inNode && xml.name() == u"attvalue")
            g.node[current].insert(at.value(QStringLiteral("for")).toString(), at.value(QStringLiteral("value")).toString());
    }
    if (xml.hasError())
        g.error = xml.errorString();
    return g;
}

} // namespace

void TestCitationsCommand::graphCitations_graphml_isDirected_withTypesAndYears()
{
    const ProcessResult r = run({QStringLiteral("graph"), QStringLiteral("--works"), threeSeedsArg(), QStringLiteral("--kind"),
                                 QStringLiteral("citations"), QStringLiteral("--format"), QStringLiteral("graphml")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const XmlGraph g = parseXmlGraph(r.out);
    QVERIFY2(g.error.isEmpty(), qPrintable(g.error));
    QCOMPARE(g.edgeDefault, QStringLiteral("directed"));
    // Seeds, foundations and follow-ups.
    const QStringList seeds = threeSeeds();
    QSet<QString> expected(seeds.cbegin(), seeds.cend());
    const QHash<QString, int> foundations = m_corpus.foundations(threeSeeds());
    const QHash<QString, int> followUps = m_corpus.followUps(threeSeeds());
    for (auto it = foundations.cbegin(); it != foundations.cend(); ++it)
        expected.insert(it.key());
    for (auto it = followUps.cbegin(); it != followUps.cend(); ++it)
        expected.insert(it.key());
    QCOMPARE(g.node.size(), expected.size());
    for (auto it = g.node.cbegin(); it != g.node.cend(); ++it) {
        QVERIFY2(expected.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(it.value().value(QStringLiteral("type")), QStringLiteral("work"));
        QCOMPARE(it.value().value(QStringLiteral("status")), m_corpus.status(it.key(), threeSeeds()));
        if (m_corpus.cached.contains(it.key()))
            QCOMPARE(it.value().value(QStringLiteral("year")).toInt(), m_corpus.year.value(it.key()));
    }
    QCOMPARE(g.node.value(kSanger).value(QStringLiteral("year")), QStringLiteral("1977"));
    QVERIFY(g.node.value(kSanger).value(QStringLiteral("title")).startsWith(QStringLiteral("DNA sequencing")));
    QVERIFY(!g.node.value(kGenome).value(QStringLiteral("pagerank")).isEmpty());
    // Every stored citation among them: each seed → each of its references
    // (none of which is cached with references of its own), and follow-ups → seeds.
    QSet<QPair<QString, QString>> edges;
    for (const QString &s : threeSeeds())
        for (const QString &ref : m_corpus.referencesOf(s))
            edges.insert(qMakePair(s, ref));
    for (const QString &s : threeSeeds())
        for (const QString &c : m_corpus.citersOf(s))
            edges.insert(qMakePair(c, s));
    QCOMPARE(g.edges.size(), edges.size());
    for (const auto &e : g.edges)
        QVERIFY2(edges.contains(e), qPrintable(e.first + u"->" + e.second));
}

void TestCitationsCommand::graphCitations_gexf_hasTimeline()
{
    const QString path = m_home.filePath(QStringLiteral("citations.gexf"));
    const ProcessResult r = run({QStringLiteral("graph"), QStringLiteral("--works"), m_referenceList.join(u','), QStringLiteral("--kind"),
                                 QStringLiteral("citations"), QStringLiteral("--format"), QStringLiteral("gexf"), QStringLiteral("-o"),
                                 path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    const XmlGraph g = parseXmlGraph(readFile(path));
    QVERIFY2(g.error.isEmpty(), qPrintable(g.error));
    QCOMPARE(g.version, QStringLiteral("1.3"));
    QCOMPARE(g.edgeDefault, QStringLiteral("directed"));
    QCOMPARE(g.mode, QStringLiteral("dynamic"));
    QCOMPARE(g.timeformat, QStringLiteral("integer"));
    int seeds = 0;
    for (auto it = g.node.cbegin(); it != g.node.cend(); ++it) {
        QCOMPARE(it.value().value(QStringLiteral("type")), QStringLiteral("work"));
        if (m_corpus.cached.contains(it.key())) {
            // Gephi's timeline: the node exists from its publication year on.
            QCOMPARE(g.nodeStart.value(it.key()).toInt(), m_corpus.year.value(it.key()));
            QCOMPARE(it.value().value(QStringLiteral("year")).toInt(), m_corpus.year.value(it.key()));
        }
        seeds += it.value().value(QStringLiteral("status")) == u"own" ? 1 : 0;
    }
    QCOMPARE(seeds, 24);
    // SOURCES.md: the 5 citations within the set are there.
    const QList<QPair<QString, QString>> inner{{QStringLiteral("W2123154495"), QStringLiteral("W1983642261")},
                                               {QStringLiteral("W2123154495"), QStringLiteral("W2082954639")},
                                               {QStringLiteral("W2074395947"), QStringLiteral("W1983642261")},
                                               {QStringLiteral("W2074395947"), QStringLiteral("W2123154495")},
                                               {QStringLiteral("W2044307704"), QStringLiteral("W171540284")}};
    for (const auto &e : inner)
        QVERIFY2(g.edges.contains(e), qPrintable(e.first + u"->" + e.second));
}

void TestCitationsCommand::graphCoupling_vosviewer_hasClustersAndStrengths()
{
    ProcessResult r = run({QStringLiteral("graph"), QStringLiteral("--works"), threeSeedsArg(), QStringLiteral("--kind"),
                           QStringLiteral("coupling"), QStringLiteral("--format"), QStringLiteral("vosviewer")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject network = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("network")).toObject();
    QJsonArray items = network.value(QStringLiteral("items")).toArray();
    QJsonArray links = network.value(QStringLiteral("links")).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(links.size(), 1);
    // The default map measure is association strength: 2 for the one link.
    QCOMPARE(links.at(0)[QStringLiteral("strength")].toDouble(), 2.0);
    QHash<int, QString> urlOf;
    QHash<QString, int> clusterOf;
    for (const QJsonValue &v : std::as_const(items)) {
        QVERIFY(v[QStringLiteral("cluster")].toInt() >= 1);
        QVERIFY(v[QStringLiteral("weights")].toObject().contains(QStringLiteral("Links")));
        QVERIFY(v[QStringLiteral("weights")].toObject().contains(QStringLiteral("Total link strength")));
        const QString id = shortId(v[QStringLiteral("url")].toString());
        urlOf.insert(v[QStringLiteral("id")].toInt(), id);
        clusterOf.insert(id, v[QStringLiteral("cluster")].toInt());
    }
    const QSet<QString> ends{urlOf.value(links.at(0)[QStringLiteral("source_id")].toInt()),
                             urlOf.value(links.at(0)[QStringLiteral("target_id")].toInt())};
    QCOMPARE(ends, (QSet<QString>{kGenome, kSanger}));
    // Linked works share a cluster; Lowry, unlinked, has one of its own.
    QCOMPARE(clusterOf.value(kGenome), clusterOf.value(kSanger));
    QVERIFY(clusterOf.value(kLowry) != clusterOf.value(kGenome));

    // Co-citation of the reference list, counts: links are the shared citers.
    r = run({QStringLiteral("graph"), QStringLiteral("--works"), m_referenceList.join(u','), QStringLiteral("--kind"),
             QStringLiteral("cocitation"), QStringLiteral("--measure"), QStringLiteral("count"), QStringLiteral("--format"),
             QStringLiteral("vosviewer")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    network = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("network")).toObject();
    items = network.value(QStringLiteral("items")).toArray();
    links = network.value(QStringLiteral("links")).toArray();
    QCOMPARE(items.size(), 24);
    urlOf.clear();
    for (const QJsonValue &v : std::as_const(items)) {
        QVERIFY(v[QStringLiteral("cluster")].toInt() >= 1);
        urlOf.insert(v[QStringLiteral("id")].toInt(), shortId(v[QStringLiteral("url")].toString()));
    }
    int expectedLinks = 0;
    for (int i = 0; i < m_referenceList.size(); ++i)
        for (int j = i + 1; j < m_referenceList.size(); ++j)
            expectedLinks += m_corpus.citersOf(m_referenceList.at(i)).intersects(m_corpus.citersOf(m_referenceList.at(j))) ? 1 : 0;
    QCOMPARE(links.size(), expectedLinks);
    for (const QJsonValue &l : std::as_const(links)) {
        const QSet<QString> a = m_corpus.citersOf(urlOf.value(l[QStringLiteral("source_id")].toInt()));
        const QSet<QString> b = m_corpus.citersOf(urlOf.value(l[QStringLiteral("target_id")].toInt()));
        QCOMPARE(l[QStringLiteral("strength")].toDouble(), double(QSet<QString>(a).intersect(b).size()));
    }
}

void TestCitationsCommand::graphKinds_csv_rowsAreEdges_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("citations") << QStringLiteral("citations");
    QTest::newRow("coupling") << QStringLiteral("coupling");
    QTest::newRow("cocitation") << QStringLiteral("cocitation");
}

void TestCitationsCommand::graphKinds_csv_rowsAreEdges()
{
    QFETCH(QString, kind);
    const ProcessResult r = run({QStringLiteral("graph"), QStringLiteral("--works"), m_referenceList.join(u','), QStringLiteral("--kind"),
                                 kind, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--measure"),
                                 QStringLiteral("count")});
    if (kind == u"citations") {
        // --measure belongs to the maps.
        QCOMPARE(r.exitCode, 1);
        return;
    }
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList rows = QString::fromUtf8(r.out).split(QStringLiteral("\r\n"));
    QCOMPARE(rows.takeLast(), QString()); // CRLF after every row
    QCOMPARE(rows.takeFirst(), QStringLiteral("source,target,weight"));
    QSet<QString> expected;
    for (int i = 0; i < m_referenceList.size(); ++i) {
        for (int j = 0; j < m_referenceList.size(); ++j) {
            const QString &a = m_referenceList.at(i), &b = m_referenceList.at(j);
            if (a >= b)
                continue;
            const int shared = kind == u"coupling"
                                   ? int(m_corpus.referencesOf(a).intersect(m_corpus.referencesOf(b)).size())
                                   : int(m_corpus.citersOf(a).intersect(m_corpus.citersOf(b)).size());
            if (shared > 0)
                expected.insert(QStringLiteral("%1,%2,%3").arg(a, b).arg(shared));
        }
    }
    // SOURCES.md: 8 pairs of the 24 share references.
    if (kind == u"coupling")
        QCOMPARE(expected.size(), 8);
    QCOMPARE(QSet<QString>(rows.cbegin(), rows.cend()), expected);
    QCOMPARE(rows.size(), expected.size());
}

void TestCitationsCommand::graphKinds_dot_andPictures()
{
    // Citations as CSV: one row per directed citation, citing first.
    ProcessResult r = run({QStringLiteral("graph"), QStringLiteral("--works"), m_referenceList.join(u','), QStringLiteral("--kind"),
                           QStringLiteral("citations"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("W2074395947,W2123154495,1\r\n"));

    r = run({QStringLiteral("graph"), QStringLiteral("--works"), threeSeedsArg(), QStringLiteral("--kind"), QStringLiteral("citations"),
             QStringLiteral("--format"), QStringLiteral("dot")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("digraph"));
    QCOMPARE(int(r.out.count(" -> ")), 491);
    r = run({QStringLiteral("graph"), QStringLiteral("--works"), threeSeedsArg(), QStringLiteral("--kind"), QStringLiteral("cocitation"),
             QStringLiteral("--format"), QStringLiteral("dot")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("graph"));

    for (const QString &kind : {QStringLiteral("citations"), QStringLiteral("coupling")}) {
        const QString png = m_home.filePath(kind + QStringLiteral(".png"));
        r = run({QStringLiteral("graph"), QStringLiteral("--works"), m_referenceList.join(u','), QStringLiteral("--kind"), kind,
                 QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), png});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 5)
            for (int x = 0; x < image.width(); x += 5)
                coloured += QColor(image.pixel(x, y)).hsvSaturation() > 100 ? 1 : 0;
        QVERIFY2(coloured > 20, qPrintable(kind));

        r = run({QStringLiteral("graph"), QStringLiteral("--works"), m_referenceList.join(u','), QStringLiteral("--kind"), kind,
                 QStringLiteral("--format"), QStringLiteral("svg")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QXmlStreamReader svg(r.out);
        int shapes = 0;
        QString title;
        while (!svg.atEnd()) {
            svg.readNext();
            if (svg.isStartElement() && (svg.name() == u"circle" || svg.name() == u"ellipse" || svg.name() == u"path"))
                ++shapes;
            if (svg.isStartElement() && svg.name() == u"title" && title.isEmpty())
                title = svg.readElementText();
        }
        QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
        QVERIFY(shapes > 0);
        // Titled for what it shows, not as a co-author network.
        QVERIFY2(title.startsWith(kind == u"citations" ? QStringLiteral("Citations among") : QStringLiteral("Bibliographic coupling")),
                 qPrintable(title));
    }
    // PNG on standard output: the raw bytes.
    r = run({QStringLiteral("graph"), QStringLiteral("--works"), threeSeedsArg(), QStringLiteral("--kind"), QStringLiteral("coupling"),
             QStringLiteral("--format"), QStringLiteral("png")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!QImage::fromData(r.out, "PNG").isNull());
}

void TestCitationsCommand::graphKind_usageErrors()
{
    const QStringList base{QStringLiteral("graph"), QStringLiteral("--works"), threeSeedsArg(), QStringLiteral("--format"),
                           QStringLiteral("csv")};
    QCOMPARE(run(base + QStringList{QStringLiteral("--kind"), QStringLiteral("topics")}).exitCode, 1);
    // --works without a citation kind: the co-author network needs an author.
    QCOMPARE(run(base).exitCode, 1);
    QCOMPARE(run(base + QStringList{QStringLiteral("--kind"), QStringLiteral("coupling"), QStringLiteral("--hops"), QStringLiteral("2")})
                 .exitCode,
             1);
    QCOMPARE(run(base + QStringList{QStringLiteral("--kind"), QStringLiteral("coupling"), QStringLiteral("--measure"),
                                    QStringLiteral("dice")})
                 .exitCode,
             1);
    QCOMPARE(run({QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--works"), threeSeedsArg(),
                  QStringLiteral("--kind"), QStringLiteral("coupling"), QStringLiteral("--format"), QStringLiteral("csv")})
                 .exitCode,
             1);
}

void TestCitationsCommand::typedGraph_writers_quoteAndMixDirections()
{
    // The writers on a hand-made typed graph: IDs a spreadsheet must quote,
    // node types beyond works, one directed and one undirected edge, no years.
    TypedGraph g(QStringLiteral("mixed"), QStringLiteral("a test"));
    TypedNode a;
    a.id = QStringLiteral("A1,\"x\"");
    a.label = QStringLiteral("Ada");
    a.type = NodeType::Person;
    TypedNode b;
    b.id = QStringLiteral("I2");
    b.label = QStringLiteral("Institute");
    b.type = NodeType::Institution;
    TypedNode c;
    c.id = QStringLiteral("T3");
    c.type = NodeType::Topic;
    QCOMPARE(g.addNode(a), 0);
    QCOMPARE(g.addNode(b), 1);
    QCOMPARE(g.addNode(c), 2);
    QCOMPARE(g.addNode(a), 0); // the same ID again is the same node
    TypedEdge ab;
    ab.source = 0;
    ab.target = 1;
    ab.weight = 2.5;
    ab.directed = true;
    QCOMPARE(g.addEdge(ab), 0);
    TypedEdge bc;
    bc.source = 1;
    bc.target = 2;
    QCOMPARE(g.addEdge(bc), 1);
    TypedEdge bad;
    bad.source = 0;
    bad.target = 7;
    QCOMPARE(g.addEdge(bad), -1);
    QVERIFY(g.isDirected());
    QVERIFY(!g.hasYears());

    QCOMPARE(GraphExport::toCsv(g), QByteArray("source,target,weight\r\n\"A1,\"\"x\"\"\",I2,2.5\r\nI2,T3,1\r\n"));

    XmlGraph gexf = parseXmlGraph(GraphExport::toGexf(g));
    QVERIFY2(gexf.error.isEmpty(), qPrintable(gexf.error));
    QCOMPARE(gexf.mode, QStringLiteral("static")); // no years, no timeline
    QCOMPARE(gexf.node.value(a.id).value(QStringLiteral("type")), QStringLiteral("person"));
    QCOMPARE(gexf.node.value(QStringLiteral("T3")).value(QStringLiteral("type")), QStringLiteral("topic"));
    QVERIFY(GraphExport::toGexf(g).contains("type=\"undirected\""));

    const QByteArray graphml = GraphExport::toGraphML(g);
    XmlGraph ml = parseXmlGraph(graphml);
    QVERIFY2(ml.error.isEmpty(), qPrintable(ml.error));
    QCOMPARE(ml.edgeDefault, QStringLiteral("directed"));
    QCOMPARE(ml.node.value(QStringLiteral("I2")).value(QStringLiteral("type")), QStringLiteral("institution"));
    QVERIFY(graphml.contains("directed=\"false\""));

    const QByteArray dot = GraphExport::toDot(g);
    QVERIFY(dot.startsWith("digraph"));
    QVERIFY(dot.contains("\"I2\" -> \"T3\" [weight=1, penwidth=2, dir=none]"));

    // VOSviewer: undirected links, numbered items, the strength kept.
    const QJsonObject network = QJsonDocument::fromJson(GraphExport::toVosviewerJson(g)).object().value(QStringLiteral("network")).toObject();
    QCOMPARE(network.value(QStringLiteral("items")).toArray().size(), 3);
    QCOMPARE(network.value(QStringLiteral("links")).toArray().at(0)[QStringLiteral("strength")].toDouble(), 2.5);

    // Leiden over the undirected view puts every node in a cluster.
    QVERIFY(g.detectClusters());
    for (const TypedNode &n : g.nodes())
        QVERIFY(n.cluster >= 0);
    const CoauthorGraph drawn = g.drawable();
    QCOMPARE(drawn.nodeCount(), 3);
    QCOMPARE(drawn.edgeCount(), 2);
    QCOMPARE(drawn.nodes().at(1).name, QStringLiteral("Institute"));
}

QTEST_GUILESS_MAIN(TestCitationsCommand)
#include "tst_citationscommand.moc"
