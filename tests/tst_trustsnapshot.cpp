#include "cache/cache.h"
#include "core/text.h"
#include "cache/importer.h"
#include "identity/identity.h"
#include "trust/trustsnapshot.h"

#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
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
        in.coauthors = 30;
        in.cachedCoauthors = 5;
        in.repeatCoauthors = 4;
        in.referenceYear = 2024;
        return in;
    }

    static TrustSnapshot trustOf(const Cache &cache, const QString &id)
    {
        const Read<TrustSnapshot> r = computeTrust(cache, id, 2026);
        if (!r)
            qWarning() << "computeTrust failed:" << r.error();
        return TrustSnapshot::fromRead(r);
    }

    static identity::ConflationFinding finding(identity::ConflationFinding::Kind kind, const QString &summary)
    {
        return identity::ConflationFinding{kind, summary, {summary + QStringLiteral(": line 1"), summary + QStringLiteral(": line 2")},
                                           QStringLiteral("test facts")};
    }

    static int consistencyPoints(const TrustSnapshot &s)
    {
        for (const TrustEvidence &e : s.evidence)
            if (e.itemKey == QLatin1String("no_conflation"))
                return e.points;
        return -1;
    }

    // The snapshot's conflation warnings are exactly possibleConflation()'s
    // findings, in order, and the Consistency points count them.
    static void checkConflationAgrees(const Cache &cache, const QString &id, int expectedFindings)
    {
        const Read<TrustSnapshot> trust = computeTrust(cache, id, 2026);
        QVERIFY2(trust.ok(), qPrintable(trust.error()));
        const auto findings = identity::possibleConflation(cache, id);
        QVERIFY2(findings.ok(), qPrintable(findings.error()));
        QCOMPARE(findings->size(), expectedFindings);
        QList<TrustWarning> conflations;
        for (const TrustWarning &w : trust->warnings)
            if (w.kind == TrustWarning::Kind::Conflation)
                conflations << w;
        QCOMPARE(conflations.size(), findings->size());
        for (int i = 0; i < conflations.size(); ++i) {
            const identity::ConflationFinding &f = findings->at(i);
            QCOMPARE(conflations.at(i).finding, identity::kindName(f.kind));
            QCOMPARE(conflations.at(i).message, f.summary);
            QCOMPARE(conflations.at(i).evidence, f.evidence);
            QCOMPARE(conflations.at(i).source, f.source);
        }
        const int points = consistencyPoints(*trust);
        if (trust->level > 0)
            QCOMPARE(points, findings->isEmpty() ? 10 : findings->size() == 1 ? 5 : 0);
    }

    // Runs a statement on the cache file behind the Cache's back.
    static bool rawExec(const QString &path, const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            ok = db.open() && QSqlQuery(db).exec(sql);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
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
        const TrustSnapshot s = trustOf(cache, Importer::demoAuthorId());
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
        const TrustSnapshot s = trustOf(cache, QStringLiteral("A5317838346"));
        QCOMPARE(s.level, 0);
        QCOMPARE(s.score, 0);
        QCOMPARE(s.band, TrustSnapshot::Band::Emerging);
        QVERIFY(!s.evidence.isEmpty());
        QVERIFY(s.evidence.first().reason.contains(QStringLiteral("deleted")));

        const TrustSnapshot missing = trustOf(cache, QStringLiteral("A404"));
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

    void conflationFindings_becomeOneWarningEach_andCostPoints()
    {
        using Kind = identity::ConflationFinding::Kind;
        TrustInputs in = claimedInputs();
        in.conflation = {finding(Kind::SeveralOrcids, QStringLiteral("Possible conflation: two ORCIDs"))};
        TrustSnapshot s = scoreTrust(in);
        QCOMPARE(s.warnings.size(), 1);
        QCOMPARE(s.warnings.first().kind, TrustWarning::Kind::Conflation);
        QCOMPARE(s.warnings.first().finding, QStringLiteral("several_orcids"));
        QCOMPARE(s.warnings.first().message, QStringLiteral("Possible conflation: two ORCIDs"));
        QCOMPARE(s.warnings.first().evidence, in.conflation.first().evidence);
        QCOMPARE(s.warnings.first().source, QStringLiteral("test facts"));
        QCOMPARE(consistencyPoints(s), 5);
        QCOMPARE(s.score, 95);
        QCOMPARE(s.score, evidenceSum(s));

        // Two findings or more: no consistency points for the record.
        in.conflation << finding(Kind::ImplausibleOutput, QStringLiteral("Possible conflation: 140 works in 2022"));
        s = scoreTrust(in);
        QCOMPARE(s.warnings.size(), 2);
        QCOMPARE(s.warnings.at(1).finding, QStringLiteral("implausible_output"));
        QCOMPARE(consistencyPoints(s), 0);
        QCOMPARE(s.score, 90);
        in.conflation << finding(Kind::UnrelatedFields, QStringLiteral("Possible conflation: unrelated fields"));
        QCOMPARE(scoreTrust(in).warnings.size(), 3);
        QCOMPARE(scoreTrust(in).score, 90);

        // The snapshot adds no conflation test of its own: facts that the
        // old trust-only rules flagged (a busy year, three large domains)
        // give no warning unless the identity module reports them.
        in = claimedInputs();
        in.worksPerYear.insert(2022, 140);
        in.authorshipOrcids.insert(QStringLiteral("0000-0002-0000-0000"), 3);
        QVERIFY(scoreTrust(in).warnings.isEmpty());
    }

    void computeTrust_conflationWarnings_areThePossibleConflationFindings()
    {
        const QString path = m_dir.filePath(QStringLiteral("agree.db"));
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        // Every demo author: no findings, no conflation warnings.
        const QStringList authors{Importer::demoAuthorId(), QStringLiteral("A5009341822"), QStringLiteral("A5065371627"),
                                  QStringLiteral("A5101495888"), QStringLiteral("A5103202491"), QStringLiteral("A5110556667")};
        for (const QString &id : authors) {
            checkConflationAgrees(cache, id, 0);
            if (QTest::currentTestFailed())
                return;
        }

        // Two real records merged into one person: Andrew T. Wilson's works
        // carry his ORCID, Andrew Wilson's another one.
        const auto merged = identity::Corrections(cache).merge(QStringLiteral("A5101495888"), {QStringLiteral("A5103202491")});
        QVERIFY2(merged.ok, qPrintable(merged.error));
        checkConflationAgrees(cache, QStringLiteral("A5101495888"), 1);
        checkConflationAgrees(cache, QStringLiteral("A5103202491"), 1); // opens as the person
        const TrustSnapshot s = trustOf(cache, QStringLiteral("A5101495888"));
        QVERIFY(s.warnings.first().message.contains(QLatin1String("0000-0002-9704-2332")));

        // A second rule on top: OpenAlex counts 140 works in one year.
        ImportReport report;
        const QByteArray busy =
            "{\"id\":\"https://openalex.org/A999000020\",\"display_name\":\"Busy Person\",\"works_count\":140,"
            "\"orcid\":\"https://orcid.org/0000-0002-1825-0097\","
            "\"counts_by_year\":[{\"year\":2022,\"works_count\":140,\"cited_by_count\":3}]}";
        QVERIFY(Importer(cache).importDocument(busy, QStringLiteral("busy"), &report));
        const QByteArray work =
            "{\"id\":\"https://openalex.org/W999000021\",\"title\":\"A paper\",\"publication_year\":2022,"
            "\"authorships\":[{\"author\":{\"id\":\"https://openalex.org/A999000020\",\"display_name\":\"Busy Person\","
            "\"orcid\":\"https://orcid.org/0000-0001-5109-3700\"}}]}";
        QVERIFY(Importer(cache).importDocument(work, QStringLiteral("work"), &report));
        checkConflationAgrees(cache, QStringLiteral("A999000020"), 2);
        QCOMPARE(consistencyPoints(trustOf(cache, QStringLiteral("A999000020"))), 0);
    }

    void failedRead_isAnError_notACleanRecord()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.db"));
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        QVERIFY(computeTrust(cache, Importer::demoAuthorId(), 2026).ok());
        // A table the conflation checks read disappears under the cache.
        QVERIFY(rawExec(path, QStringLiteral("DROP TABLE authorship_institutions")));
        const auto findings = identity::possibleConflation(cache, Importer::demoAuthorId());
        QVERIFY(!findings.ok());
        QVERIFY2(findings.error().contains(QLatin1String("authorship_institutions")), qPrintable(findings.error()));
        const Read<TrustSnapshot> trust = computeTrust(cache, Importer::demoAuthorId(), 2026);
        QVERIFY(!trust.ok());
        QCOMPARE(trust.error(), findings.error());
        // What a view shows instead: no score, one warning that says why.
        const TrustSnapshot shown = TrustSnapshot::fromRead(trust);
        QCOMPARE(shown.score, 0);
        QCOMPARE(shown.warnings.size(), 1);
        QCOMPARE(shown.warnings.first().kind, TrustWarning::Kind::Unreadable);
        QVERIFY(shown.warnings.first().message.contains(trust.error()));
    }

    void nameKey_foldsAccentsAndInitials()
    {
        QCOMPARE(text::nameKey(QStringLiteral("José A. García")), QStringLiteral("garcia j"));
        QCOMPARE(text::nameKey(QStringLiteral("J. Garcia")), QStringLiteral("garcia j"));
        QCOMPARE(text::nameKey(QStringLiteral("Garcia, J. A.")), QStringLiteral("garcia j"));
        QCOMPARE(text::nameKey(QStringLiteral("Joseph W. Mearman")), QStringLiteral("mearman j"));
        QVERIFY(text::nameKey(QStringLiteral("Jane Mearman")) == text::nameKey(QStringLiteral("J Mearman")));
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
        const TrustSnapshot s = trustOf(cache, Importer::demoAuthorId());
        QCOMPARE(s.warnings.size(), 1);
        QCOMPARE(s.warnings.first().kind, TrustWarning::Kind::Duplicate);
        QCOMPARE(s.warnings.first().otherAuthorId, QStringLiteral("A999000001"));
        QVERIFY(s.warnings.first().message.contains(QStringLiteral("institution")));
    }
};

QTEST_GUILESS_MAIN(TestTrustSnapshot)
#include "tst_trustsnapshot.moc"
