#include "cache/authorresolver.h"
#include "cache/cache.h"
#include "cache/importer.h"
#include "identity/identity.h"
#include "profile/profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;
using namespace peerscope::identity;

namespace {

QString oa(const QString &id) { return QStringLiteral("https://openalex.org/") + id; }
QString orcidUrl(const QString &orcid) { return QStringLiteral("https://orcid.org/") + orcid; }

struct Who {
    QString id;
    QString name;
    QString orcid;
};

QJsonObject institution(const QString &id, const QString &name, const QString &country)
{
    return {{QStringLiteral("id"), oa(id)},
            {QStringLiteral("display_name"), name},
            {QStringLiteral("country_code"), country}};
}

QJsonObject author(const Who &who, const QJsonObject &inst, const QStringList &topicIds, int works, int year = 2020)
{
    QJsonArray topics;
    for (const QString &t : topicIds)
        topics << QJsonObject{{QStringLiteral("id"), oa(t)},
                              {QStringLiteral("display_name"), QString(QStringLiteral("Topic ") + t)},
                              {QStringLiteral("count"), 3}};
    QJsonObject o{{QStringLiteral("id"), oa(who.id)},
                  {QStringLiteral("display_name"), who.name},
                  {QStringLiteral("works_count"), works},
                  {QStringLiteral("topics"), topics},
                  {QStringLiteral("last_known_institutions"), QJsonArray{inst}},
                  {QStringLiteral("affiliations"), QJsonArray{QJsonObject{{QStringLiteral("institution"), inst},
                                                                          {QStringLiteral("years"), QJsonArray{year}}}}}};
    if (!who.orcid.isEmpty())
        o.insert(QStringLiteral("orcid"), orcidUrl(who.orcid));
    return o;
}

QJsonObject work(const QString &id, int year, int cites, const QList<Who> &authors, const QString &domain = QStringLiteral("Physical Sciences"),
                 const QJsonObject &inst = {})
{
    QJsonArray authorships;
    for (const Who &w : authors) {
        QJsonObject a{{QStringLiteral("id"), oa(w.id)}, {QStringLiteral("display_name"), w.name}};
        if (!w.orcid.isEmpty())
            a.insert(QStringLiteral("orcid"), orcidUrl(w.orcid));
        QJsonObject s{{QStringLiteral("author"), a}};
        if (!inst.isEmpty())
            s.insert(QStringLiteral("institutions"), QJsonArray{inst});
        authorships << s;
    }
    const QString topicId = domain.startsWith(u'P') ? QStringLiteral("T100") : QStringLiteral("T200");
    return {{QStringLiteral("id"), oa(id)},
            {QStringLiteral("title"), QString(QStringLiteral("Work ") + id)},
            {QStringLiteral("publication_year"), year},
            {QStringLiteral("cited_by_count"), cites},
            {QStringLiteral("authorships"), authorships},
            {QStringLiteral("topics"), QJsonArray{QJsonObject{{QStringLiteral("id"), oa(topicId)},
                                                              {QStringLiteral("display_name"), QString(domain + QStringLiteral(" topic"))},
                                                              {QStringLiteral("domain"), QJsonObject{{QStringLiteral("display_name"), domain}}}}}}};
}

QByteArray page(const QJsonArray &results)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("meta"), QJsonObject{{QStringLiteral("count"), results.size()}}},
                                     {QStringLiteral("results"), results}})
        .toJson();
}

const Who janeA{QStringLiteral("A1000000001"), QStringLiteral("Jane Q. Doe"), {}};
const Who janeB{QStringLiteral("A1000000002"), QStringLiteral("J. Doe"), {}};
const Who carol{QStringLiteral("A1000000003"), QStringLiteral("Carol Collaborator"), {}};
const Who smithA{QStringLiteral("A2000000001"), QStringLiteral("John Smith"), {}};
const Who smithB{QStringLiteral("A2000000002"), QStringLiteral("J. Smith"), {}};
const Who mixed{QStringLiteral("A3000000001"), QStringLiteral("Pat Mixed"), {}};
const Who alice{QStringLiteral("A4000000001"), QStringLiteral("Alice Only"), {}};
const Who bob{QStringLiteral("A4000000002"), QStringLiteral("Bob Only"), {}};

} // namespace

class tst_Identity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Cache> m_cache;

    void load(const QJsonArray &results)
    {
        ImportReport report;
        QVERIFY(Importer(*m_cache).importDocument(page(results), QStringLiteral("constructed"), &report));
    }

private slots:
    void init()
    {
        m_cache = std::make_unique<Cache>();
        QCOMPARE(m_cache->open(m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()))), Cache::OpenStatus::Ok);
        const QJsonObject bangor = institution(QStringLiteral("I1"), QStringLiteral("Bangor University"), QStringLiteral("GB"));
        const QJsonObject leeds = institution(QStringLiteral("I2"), QStringLiteral("University of Leeds"), QStringLiteral("GB"));
        const QJsonObject tokyo = institution(QStringLiteral("I3"), QStringLiteral("University of Tokyo"), QStringLiteral("JP"));
        load({author(janeA, bangor, {QStringLiteral("T100")}, 3), author(janeB, bangor, {QStringLiteral("T100")}, 2),
              author(carol, bangor, {}, 5), author(smithA, leeds, {QStringLiteral("T100")}, 1),
              author(smithB, tokyo, {QStringLiteral("T200")}, 1), author(alice, leeds, {}, 1), author(bob, tokyo, {}, 1)});
        // Jane's record A: three works with Carol; record B: two works with
        // Carol, one of them the same paper (a duplicate authorship).
        load({work(QStringLiteral("W1"), 2018, 10, {janeA, carol}), work(QStringLiteral("W2"), 2019, 5, {janeA, carol}),
              work(QStringLiteral("W3"), 2020, 1, {janeA, carol}), work(QStringLiteral("W4"), 2021, 7, {janeB, carol}),
              work(QStringLiteral("W2"), 2019, 5, {janeA, janeB, carol})});
        // The Smiths share nothing.
        load({work(QStringLiteral("W10"), 2020, 2, {smithA, alice}), work(QStringLiteral("W11"), 2020, 3, {smithB, bob})});
    }

    void cleanup() { m_cache.reset(); }

    void suggest_findsTheSplitPersonThroughSharedCoauthors()
    {
        // In init() W2 lists both records, which proves two people; here W2
        // is corrected to list record A only.
        load({work(QStringLiteral("W2"), 2019, 5, {janeA, carol})});
        const auto found = *possibleDuplicates(*m_cache, janeA.id);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, janeB.id);
        QCOMPARE(found.first().nameKey, QStringLiteral("doe j"));
        QCOMPARE(found.first().sharedCoauthors, QStringList{carol.name});
        QCOMPARE(found.first().sharedInstitutions, QStringList{QStringLiteral("Bangor University")});
        QCOMPARE(found.first().sharedTopics.size(), 1);
        QCOMPARE(found.first().score, 3 + 2 + 1);
        QVERIFY(found.first().evidence().join(u'\n').contains(carol.name));
    }

    void suggest_coauthorsOfEachOther_areTwoPeople()
    {
        // On W2 both records are authors of the same paper.
        QVERIFY(possibleDuplicates(*m_cache, janeA.id)->isEmpty());
    }

    void suggest_sameNameSharingNothing_isNotADuplicate()
    {
        QVERIFY(possibleDuplicates(*m_cache, smithA.id)->isEmpty());
        QVERIFY(possibleDuplicates(*m_cache, smithB.id)->isEmpty());
        QVERIFY(possibleConflation(*m_cache, smithA.id)->isEmpty());
    }

    void conflation_twoOrcidsOnOneRecord()
    {
        Who one = mixed;
        one.orcid = QStringLiteral("0000-0002-1825-0097");
        Who two = mixed;
        two.orcid = QStringLiteral("0000-0001-5109-3700");
        load({work(QStringLiteral("W20"), 2020, 1, {one, alice}), work(QStringLiteral("W21"), 2021, 1, {two, bob}),
              work(QStringLiteral("W22"), 2022, 1, {one, alice})});
        const auto findings = *possibleConflation(*m_cache, mixed.id);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().kind, ConflationFinding::Kind::SeveralOrcids);
        QCOMPARE(findings.first().evidence.size(), 2);
        QVERIFY(findings.first().evidence.first().contains(QLatin1String("0000-0002-1825-0097")));
        QVERIFY(findings.first().evidence.first().contains(QLatin1String("2")));
        QVERIFY(findings.first().summary.startsWith(QLatin1String("Possible conflation: 2 different ORCIDs")));
        QVERIFY(possibleConflation(*m_cache, janeA.id)->isEmpty());
    }

    void conflation_unrelatedFieldsAndDistantInstitutions()
    {
        const QJsonObject leeds = institution(QStringLiteral("I2"), QStringLiteral("University of Leeds"), QStringLiteral("GB"));
        const QJsonObject tokyo = institution(QStringLiteral("I3"), QStringLiteral("University of Tokyo"), QStringLiteral("JP"));
        QJsonArray works;
        for (int i = 0; i < 3; ++i) {
            works << work(QStringLiteral("W3%1").arg(i), 2020, 1, {mixed, alice}, QStringLiteral("Physical Sciences"), leeds);
            works << work(QStringLiteral("W4%1").arg(i), 2020, 1, {mixed, bob}, QStringLiteral("Health Sciences"), tokyo);
        }
        load(works);
        // One year in two countries with separate co-authors is more often a
        // move than a second person: not yet a finding.
        auto kinds = [this](const ConflationThresholds &rules = conflationThresholds) {
            QList<ConflationFinding::Kind> out;
            const auto findings = possibleConflation(*m_cache, mixed.id, rules);
            for (const auto &f : *findings)
                out << f.kind;
            return out;
        };
        QCOMPARE(kinds(), QList<ConflationFinding::Kind>{ConflationFinding::Kind::UnrelatedFields});
        ConflationThresholds oneYear;
        oneYear.distantInstitutionYears = 1;
        QCOMPARE(kinds(oneYear), (QList<ConflationFinding::Kind>{ConflationFinding::Kind::UnrelatedFields,
                                                                 ConflationFinding::Kind::DistantInstitutions}));
        // The same pattern the next year: a finding, whose evidence names both years.
        load({work(QStringLiteral("W50"), 2021, 1, {mixed, alice}, QStringLiteral("Physical Sciences"), leeds),
              work(QStringLiteral("W51"), 2021, 1, {mixed, bob}, QStringLiteral("Health Sciences"), tokyo)});
        QCOMPARE(kinds(), (QList<ConflationFinding::Kind>{ConflationFinding::Kind::UnrelatedFields,
                                                          ConflationFinding::Kind::DistantInstitutions}));
        const auto findings = *possibleConflation(*m_cache, mixed.id);
        QCOMPARE(findings.at(1).evidence.size(), 2);
        QVERIFY(findings.at(1).evidence.at(0).startsWith(QLatin1String("2020: ")));
        QVERIFY(findings.at(1).evidence.at(1).startsWith(QLatin1String("2021: ")));
        // One finding per rule, its evidence one line per pair of fields.
        QCOMPARE(findings.at(0).evidence.size(), 1);
        QVERIFY(findings.at(0).summary.contains(QLatin1String("Health Sciences and Physical Sciences")));
        // A co-author on both sides makes it one person working across fields.
        load({work(QStringLiteral("W52"), 2021, 1, {mixed, alice}, QStringLiteral("Health Sciences"), tokyo)});
        QVERIFY(!kinds().contains(ConflationFinding::Kind::UnrelatedFields));
    }

    void conflation_fieldNeedsItsShareOfTheWorks()
    {
        // Three works in a second domain are a side interest beside thirty
        // in the main one (under the 20% share): no finding.
        QJsonArray works;
        for (int i = 0; i < 30; ++i)
            works << work(QStringLiteral("W6%1").arg(i), 2020, 1, {mixed, alice}, QStringLiteral("Physical Sciences"));
        for (int i = 0; i < 3; ++i)
            works << work(QStringLiteral("W7%1").arg(i), 2020, 1, {mixed, bob}, QStringLiteral("Health Sciences"));
        load(works);
        QVERIFY(possibleConflation(*m_cache, mixed.id)->isEmpty());
        ConflationThresholds lenient;
        lenient.fieldMinimumShare = 0.05;
        QCOMPARE(possibleConflation(*m_cache, mixed.id, lenient)->size(), 1);
    }

    void conflation_implausibleOutput_fromOpenAlexCountsOrCachedWorks()
    {
        QJsonObject busy = author(mixed, institution(QStringLiteral("I2"), QStringLiteral("University of Leeds"), QStringLiteral("GB")), {}, 400);
        busy.insert(QStringLiteral("counts_by_year"),
                    QJsonArray{QJsonObject{{QStringLiteral("year"), 2019}, {QStringLiteral("works_count"), 100}},
                               QJsonObject{{QStringLiteral("year"), 2021}, {QStringLiteral("works_count"), 101}},
                               QJsonObject{{QStringLiteral("year"), 2022}, {QStringLiteral("works_count"), 180}}});
        load({busy});
        const auto findings = *possibleConflation(*m_cache, mixed.id);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().kind, ConflationFinding::Kind::ImplausibleOutput);
        QCOMPARE(findings.first().evidence.size(), 2); // 2019's 100 are not more than 100
        QVERIFY(findings.first().evidence.at(0).startsWith(QLatin1String("2021: 101 work")));
        QVERIFY(findings.first().evidence.at(1).startsWith(QLatin1String("2022: 180 work")));
        QVERIFY(findings.first().summary.contains(QLatin1String("180 works in 2022")));
        QCOMPARE(kindName(findings.first().kind), QStringLiteral("implausible_output"));
        ConflationThresholds strict;
        strict.worksPerYear = 200;
        QVERIFY(possibleConflation(*m_cache, mixed.id, strict)->isEmpty());
    }

    void conflation_failedRead_isAnError()
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE work_topics")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const auto findings = possibleConflation(*m_cache, janeA.id);
        QVERIFY(!findings.ok());
        QVERIFY2(findings.error().contains(QLatin1String("work_topics")), qPrintable(findings.error()));
    }

    void merge_joinsRecords()
    {
        const int year = 2025;
        Corrections corrections(*m_cache);
        const auto before = loadProfile(*m_cache, janeA.id, year);
        QCOMPARE(before.cachedWorks, 3);
        QCOMPARE(before.metrics.h, 2); // 10, 5, 1
        const auto r = corrections.merge(janeA.id, {janeB.id}, QStringLiteral("same person, two records"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.personId, janeA.id);
        QStringList works = m_cache->authorWorkIds(janeA.id);
        works.sort();
        QCOMPARE(works, (QStringList{QStringLiteral("W1"), QStringLiteral("W2"), QStringLiteral("W3"), QStringLiteral("W4")}));
        const auto merged = loadProfile(*m_cache, janeA.id, year);
        QCOMPARE(merged.cachedWorks, 4);
        QCOMPARE(merged.metrics.citations, 10 + 5 + 1 + 7);
        QCOMPARE(merged.metrics.h, 3); // 10, 7, 5, 1
        // The merged record now opens as the person; it is not its own co-author.
        QCOMPARE(resolveAuthor(*m_cache, janeB.id).id, janeA.id);
        for (const CoauthorStat &c : merged.coauthors)
            QVERIFY(c.id != janeB.id);
        QCOMPARE(merged.coauthors.size(), 1);
        QCOMPARE(merged.coauthors.first().sharedWorks, 4);

        // A re-sync brings a new work for the merged record: it joins the person.
        load({work(QStringLiteral("W5"), 2022, 20, {janeB, carol})});
        QCOMPARE(loadProfile(*m_cache, janeA.id, year).cachedWorks, 5);
        // ...and re-importing record B itself keeps the correction.
        load({author(janeB, institution(QStringLiteral("I1"), QStringLiteral("Bangor University"), QStringLiteral("GB")), {}, 9)});
        QCOMPARE(loadProfile(*m_cache, janeA.id, year).cachedWorks, 5);

        QVERIFY(corrections.undo().ok);
        QCOMPARE(loadProfile(*m_cache, janeA.id, year).cachedWorks, 3);
        QCOMPARE(resolveAuthor(*m_cache, janeB.id).id, janeB.id);
        QVERIFY(corrections.redo().ok);
        QCOMPARE(loadProfile(*m_cache, janeA.id, year).cachedWorks, 5);
        QVERIFY(!corrections.redo().ok); // nothing left to redo

        const auto list = *corrections.list();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().kind, QStringLiteral("merge"));
        QCOMPARE(list.first().reason, QStringLiteral("same person, two records"));
    }

    void merge_refusesNonsense()
    {
        Corrections corrections(*m_cache);
        QVERIFY(!corrections.merge(janeA.id, {janeA.id}).ok);
        QVERIFY(!corrections.merge(janeA.id, {QStringLiteral("A9999999999")}).ok);
        QVERIFY(!corrections.merge(QStringLiteral("A9999999999"), {janeA.id}).ok);
        QVERIFY(corrections.list()->isEmpty());
    }

    void split_movesWorksToANewPerson()
    {
        Corrections corrections(*m_cache);
        const auto r = corrections.split(janeA.id, {QStringLiteral("W3")}, QStringLiteral("Jane Doe (chemist)"), QStringLiteral("different field"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.personId, QStringLiteral("X1"));
        QCOMPARE(m_cache->authorWorkIds(janeA.id).size(), 2);
        QCOMPARE(m_cache->authorWorkIds(QStringLiteral("X1")), QStringList{QStringLiteral("W3")});
        QCOMPARE(m_cache->author(QStringLiteral("X1"))->name, QStringLiteral("Jane Doe (chemist)"));
        QCOMPARE(resolveAuthor(*m_cache, QStringLiteral("x1")).status, AuthorResolution::Status::Found);
        QVERIFY(!corrections.split(janeA.id, {QStringLiteral("W10")}).ok); // not hers
        QVERIFY(corrections.undo().ok);
        QCOMPARE(m_cache->authorWorkIds(janeA.id).size(), 3);
    }

    void exclude_dropsWorksFromEveryCount()
    {
        Corrections corrections(*m_cache);
        QVERIFY(corrections.exclude(janeA.id, {QStringLiteral("W1")}, QStringLiteral("misattributed")).ok);
        const auto p = loadProfile(*m_cache, janeA.id, 2025);
        QCOMPARE(p.cachedWorks, 2);
        QCOMPARE(p.metrics.citations, 6);
        QCOMPARE(p.coauthors.first().sharedWorks, 2);
        // Carol still has W1: the exclusion is Jane's only.
        QVERIFY(m_cache->authorWorkIds(carol.id).contains(QStringLiteral("W1")));
    }
};

QTEST_GUILESS_MAIN(tst_Identity)
#include "tst_identity.moc"
