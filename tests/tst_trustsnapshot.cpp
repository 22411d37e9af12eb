#include "cache/cache.h"
#include "cache/importer.h"
#include "trust/trustsnapshot.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;

class TestTrustSnapshot : public QObject
{
    Q_OBJECT

    static int evidenceSum(const TrustSnapshot &s)
    {
        int sum = 0;
        for (const TrustEvidence &e : s.evidence)
            sum += e.points;
        return sum;
    }

    static TrustInputs claimedInputs()
    {
        TrustInputs in;
        in.recordExists = true;
        in.name = QStringLiteral("Ada Example");
        in.orcid = QStringLiteral("0000-0001-2345-6789");
        in.scopus = QStringLiteral("123456");
        in.sourceWorksCount = 60;
        in.cachedWorks = 60;
        in.citations = 2500;
        in.worksPerYear = {{2018, 20}, {2020, 20}, {2023, 20}};
        in.authorshipOrcids = {{in.orcid, 50}};
        in.authorships = 60;
        in.lastKnown = {InstitutionRef{QStringLiteral("I1"), QStringLiteral("00ror0001"), QStringLiteral("Uni"), QStringLiteral("GB"), {}}};
        in.affiliationYears = 6;
        in.domainCounts = {{QStringLiteral("Physical Sciences"), 40}};
        in.coauthors = 30;
        in.cachedCoauthors = 5;
        in.repeatCoauthors = 4;
        in.referenceYear = 2024;
        return in;
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void demoAuthor_unclaimed_isL1WithExplainedPoints()
    {
        Cache cache;
        QCOMPARE(cache.open(m_dir.filePath(QStringLiteral("demo.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        const TrustSnapshot s = computeTrust(cache, Importer::demoAuthorId(), 2026);
        QCOMPARE(s.level, 1);
        QCOMPARE(s.levelText(), QStringLiteral("L1"));
        QCOMPARE(s.claimText(), QStringLiteral("Unclaimed"));
        QCOMPARE(s.score, evidenceSum(s));
        // identity 5 (no ORCID, no Scopus); affiliation 15 (Bangor, ROR,
        // 4 years); consistency 15; footprint 4 + 4 (9 works, 41 citations);
        // recency 6 (latest 2021, 5 years before 2026); network 6 + 2 + 2
        // (17 co-authors).
        QCOMPARE(s.score, 59);
        QCOMPARE(s.band, TrustSnapshot::Band::Established);
        QVERIFY(s.warnings.isEmpty());
        for (const TrustEvidence &e : s.evidence) {
            QVERIFY(!e.reason.isEmpty());
            QVERIFY(!e.source.isEmpty());
            QVERIFY(e.points >= 0 && e.points <= e.maxPoints);
        }
    }

    void deletedAuthor_isL0WithZeroScore()
    {
        Cache cache;
        QCOMPARE(cache.open(m_dir.filePath(QStringLiteral("deleted.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importPaths({test::fixture(QStringLiteral("author_A5317838346_deleted.json"))}).ok());
        const TrustSnapshot s = computeTrust(cache, QStringLiteral("A5317838346"), 2026);
        QCOMPARE(s.level, 0);
        QCOMPARE(s.score, 0);
        QCOMPARE(s.band, TrustSnapshot::Band::Emerging);
        QVERIFY(!s.evidence.isEmpty());
        QVERIFY(s.evidence.first().reason.contains(QStringLiteral("deleted")));

        const TrustSnapshot missing = computeTrust(cache, QStringLiteral("A404"), 2026);
        QCOMPARE(missing.level, 0);
        QCOMPARE(missing.score, 0);
    }

    void corroboratedOrcidAndRor_isL3Strong()
    {
        const TrustSnapshot s = scoreTrust(claimedInputs());
        QCOMPARE(s.level, 3);
        QCOMPARE(s.score, 100);
        QCOMPARE(s.band, TrustSnapshot::Band::Strong);
        QCOMPARE(s.score, evidenceSum(s));
    }

    void orcidOnFewAuthorships_isL2()
    {
        TrustInputs in = claimedInputs();
        in.authorshipOrcids = {{in.orcid, 10}};
        const TrustSnapshot s = scoreTrust(in);
        QCOMPARE(s.level, 2);
        QCOMPARE(s.score, 95);
    }

    void severalOrcids_warnConflationAndCostPoints()
    {
        TrustInputs in = claimedInputs();
        in.authorshipOrcids.insert(QStringLiteral("0000-0002-0000-0000"), 3);
        const TrustSnapshot s = scoreTrust(in);
        QCOMPARE(s.warnings.size(), 1);
        QCOMPARE(s.warnings.first().kind, TrustWarning::Kind::Conflation);
        QVERIFY(s.warnings.first().message.contains(QStringLiteral("0000-0002-0000-0000")));
        QCOMPARE(s.score, 95);
    }

    void implausibleWorksPerYear_warns()
    {
        TrustInputs in = claimedInputs();
        in.worksPerYear.insert(2022, 140);
        const TrustSnapshot s = scoreTrust(in);
        QCOMPARE(s.warnings.size(), 1);
        QVERIFY(s.warnings.first().message.contains(QStringLiteral("140")));
        QVERIFY(s.warnings.first().message.contains(QStringLiteral("2022")));
    }

    void unrelatedFields_warnWhenThreeDomainsAreLarge()
    {
        TrustInputs in = claimedInputs();
        in.domainCounts = {{QStringLiteral("Physical Sciences"), 10}, {QStringLiteral("Health Sciences"), 8},
                           {QStringLiteral("Social Sciences"), 7}};
        QCOMPARE(scoreTrust(in).warnings.size(), 1);
        in.domainCounts[QStringLiteral("Social Sciences")] = 1; // a side interest is fine
        QVERIFY(scoreTrust(in).warnings.isEmpty());
        // all three kinds at once: no consistency points
        in.domainCounts[QStringLiteral("Social Sciences")] = 7;
        in.worksPerYear.insert(2022, 140);
        in.authorshipOrcids.insert(QStringLiteral("0000-0002-0000-0000"), 3);
        const TrustSnapshot s = scoreTrust(in);
        QCOMPARE(s.warnings.size(), 3);
        QCOMPARE(s.score, 90);
    }

    void nameKey_foldsAccentsAndInitials()
    {
        QCOMPARE(nameKey(QStringLiteral("José A. García")), QStringLiteral("garcia j"));
        QCOMPARE(nameKey(QStringLiteral("J. Garcia")), QStringLiteral("garcia j"));
        QCOMPARE(nameKey(QStringLiteral("Garcia, J. A.")), QStringLiteral("garcia j"));
        QCOMPARE(nameKey(QStringLiteral("Joseph W. Mearman")), QStringLiteral("mearman j"));
        QVERIFY(nameKey(QStringLiteral("Jane Mearman")) == nameKey(QStringLiteral("J Mearman")));
    }

    void sameNameSharingInstitution_isPossibleDuplicate()
    {
        Cache cache;
        QCOMPARE(cache.open(m_dir.filePath(QStringLiteral("dup.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        ImportReport report;
        Importer importer(cache);
        const QByteArray sameInstitution =
            "{\"id\":\"https://openalex.org/A999000001\",\"display_name\":\"J. Mearman\",\"works_count\":1,"
            "\"affiliations\":[{\"institution\":{\"id\":\"https://openalex.org/I161548249\","
            "\"display_name\":\"Bangor University\"},\"years\":[2019]}]}";
        const QByteArray elsewhere =
            "{\"id\":\"https://openalex.org/A999000002\",\"display_name\":\"Jane Mearman\",\"works_count\":3,"
            "\"affiliations\":[{\"institution\":{\"id\":\"https://openalex.org/I999\","
            "\"display_name\":\"Elsewhere\"},\"years\":[2019]}]}";
        QVERIFY(importer.importDocument(sameInstitution, QStringLiteral("dup"), &report));
        QVERIFY(importer.importDocument(elsewhere, QStringLiteral("other"), &report));
        const TrustSnapshot s = computeTrust(cache, Importer::demoAuthorId(), 2026);
        QCOMPARE(s.warnings.size(), 1);
        QCOMPARE(s.warnings.first().kind, TrustWarning::Kind::Duplicate);
        QCOMPARE(s.warnings.first().otherAuthorId, QStringLiteral("A999000001"));
        QVERIFY(s.warnings.first().message.contains(QStringLiteral("institution")));
    }
};

QTEST_GUILESS_MAIN(TestTrustSnapshot)
#include "tst_trustsnapshot.moc"
