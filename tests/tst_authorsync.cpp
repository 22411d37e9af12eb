#include "fakeopenalexserver.h"
#include "cacheinspector.h"
#include "syncwait.h"
#include "testsupport.h"

#include "cache/cache.h"
#include "openalex/openalexclient.h"
#include "sync/authorsync.h"
#include "sync/syncstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace peerscope;
using peerscope::test::FakeOpenAlexServer;
using Fault = FakeOpenAlexServer::Fault;

Q_DECLARE_METATYPE(FakeOpenAlexServer::Fault)

namespace {

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

QString scalar(const Cache &cache, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(CacheInspector::database(cache));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

class TestAuthorSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeOpenAlexServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<OpenAlexClient> m_client;

    void newClient()
    {
        m_client = std::make_unique<OpenAlexClient>();
        QVERIFY(m_client->setBaseUrl(m_server->baseUrl()));
        m_client->setApiKey(QStringLiteral("test-key"));
        m_client->setRequestsPerSecond(500);
        m_client->setBurst(20);
        m_client->setBackoffBase(20);
        m_client->setTimeout(1000);
    }

    SyncResult sync(const QString &author, int depth = 1, bool dryRun = false)
    {
        SyncOptions o;
        o.author = author;
        o.depth = depth;
        o.dryRun = dryRun;
        return test::syncAndWait(m_cache.get(), m_client.get(), o, 120000);
    }

    // A cache "never partial": SQLite is sound and every cached work has all
    // the authorship rows it claims.
    void verifyConsistent()
    {
        QCOMPARE(scalar(*m_cache, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM works w WHERE author_count <> "
                                                 "(SELECT COUNT(*) FROM authorships s WHERE s.work_id = w.id)")),
                 QStringLiteral("0"));
    }

    void verifyMatchesServer(const QString &authorId)
    {
        QCOMPARE(toSet(m_cache->authorWorkIds(authorId)), toSet(m_server->worksOf(authorId)));
        const QSet<QString> coauthors = syncstore::coauthorIds(*m_cache, authorId);
        QCOMPARE(coauthors, toSet(m_server->coauthorsOf(authorId)));
        for (const QString &id : coauthors)
            QVERIFY2(m_cache->authorSummary(id).has_value(), qPrintable(id));
        QVERIFY(syncstore::loadState(*m_cache, authorId).complete);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeOpenAlexServer>();
        QVERIFY(m_server->start());
        m_server->loadFixtures();
        m_dir = std::make_unique<QTemporaryDir>();
        m_cache = std::make_unique<Cache>();
        QCOMPARE(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))), Cache::OpenStatus::Ok);
        newClient();
    }

    void cleanup()
    {
        m_client.reset();
        m_cache.reset();
        m_dir.reset();
        m_server.reset();
    }

    void sync_fixtureAuthor_cachesAuthorWorksAndCoauthorsInThreeCalls()
    {
        const QString id = FakeOpenAlexServer::fixtureAuthorId();
        const SyncResult r = sync(id);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.status, SyncResult::Status::Ok);
        QCOMPARE(r.authorId, id);
        QCOMPARE(m_server->worksOf(id).size(), 9);
        QCOMPARE(m_server->coauthorsOf(id).size(), 17);
        verifyMatchesServer(id);
        verifyConsistent();
        // author + one works page + one co-author batch
        QCOMPARE(r.callsUsed, 3);
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(m_cache->author(id)->name, QStringLiteral("Joseph Mearman"));
        QVERIFY(!syncstore::isStale(*m_cache, id));
        // A first sync is not "news".
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM change_log")), QStringLiteral("0"));
    }

    void sync_secondUnchanged_costsOneCall()
    {
        const QString id = FakeOpenAlexServer::fixtureAuthorId();
        QVERIFY(sync(id).ok());
        m_server->resetRequests();
        const SyncResult r = sync(id);
        QCOMPARE(r.status, SyncResult::Status::Unchanged);
        QCOMPARE(r.callsUsed, 1);
        QCOMPARE(m_server->requestCount(), 1);
        verifyMatchesServer(id);
    }

    void sync_changedAuthor_refetchesOnlyChangesAndLogsThem()
    {
        const QString id = FakeOpenAlexServer::fixtureAuthorId();
        QVERIFY(sync(id).ok());
        const QString untouchedRaw = scalar(*m_cache, QStringLiteral("SELECT raw_json FROM works WHERE id = 'W2612755892'"));

        m_server->bumpCitations(QStringLiteral("W2250748100"), 5);
        const QString newWork = m_server->addWork(id, {QStringLiteral("A5009341822"), QStringLiteral("A5550000001")});
        m_server->removeAuthorFromWork(QStringLiteral("W2241997964"), id);
        m_server->setLastKnownInstitution(id, QStringLiteral("I121797337"), QStringLiteral("Leiden University"));
        m_server->resetRequests();

        const SyncResult r = sync(id);
        QVERIFY2(r.ok(), qPrintable(r.error));
        // author + id/date listing + one batch of changed works + one batch of new co-authors
        QCOMPARE(r.callsUsed, 4);
        const auto log = m_server->requests();
        QCOMPARE(log.at(1).query.value(QStringLiteral("select")), QStringLiteral("id,updated_date,cited_by_count"));
        const QString batch = log.at(2).query.value(QStringLiteral("filter"));
        QVERIFY(batch.contains(QLatin1String("W2250748100")));
        QVERIFY(batch.contains(newWork));
        QVERIFY(!batch.contains(QLatin1String("W2612755892")));

        // Full records are never replaced by the partial listing.
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT raw_json FROM works WHERE id = 'W2612755892'")), untouchedRaw);
        QCOMPARE(m_cache->work(QStringLiteral("W2250748100"))->citedByCount, 33);

        auto kindCount = [this](const QString &kind) {
            return scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE kind = ?"), {kind}).toInt();
        };
        QCOMPARE(kindCount(QStringLiteral("citations")), 1);
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT old_value || '->' || new_value FROM change_log WHERE kind = 'citations'")),
                 QStringLiteral("28->33"));
        QCOMPARE(kindCount(QStringLiteral("new_work")), 1);
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT entity_id FROM change_log WHERE kind = 'new_work'")), newWork);
        QCOMPARE(kindCount(QStringLiteral("new_coauthor")), 1);
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT entity_id FROM change_log WHERE kind = 'new_coauthor'")), QStringLiteral("A5550000001"));
        QCOMPARE(kindCount(QStringLiteral("affiliation")), 1);
        QVERIFY(scalar(*m_cache, QStringLiteral("SELECT new_value FROM change_log WHERE kind = 'affiliation'")).contains(QLatin1String("Leiden")));
        QCOMPARE(kindCount(QStringLiteral("departed_work")), 1);
        // Departed: marked, still cached.
        QCOMPARE(toSet(syncstore::departedWorks(*m_cache, id).values()), QSet<QString>{QStringLiteral("W2241997964")});
        QVERIFY(m_cache->work(QStringLiteral("W2241997964")).has_value());
        verifyConsistent();

        // And the next one is quiet again.
        m_server->resetRequests();
        QCOMPARE(sync(id).status, SyncResult::Status::Unchanged);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void sync_mergedAuthor301_rewritesLocalIdAndKeepsAlias()
    {
        const QString oldId = FakeOpenAlexServer::fixtureAuthorId();
        const QString newId = QStringLiteral("A5999999999");
        QVERIFY(sync(oldId).ok());
        m_server->mergeAuthor(oldId, newId);

        const SyncResult r = sync(oldId);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.authorId, newId);
        QCOMPARE(r.mergedFrom, oldId);
        QCOMPARE(m_cache->resolveAlias(oldId), newId);
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM authors WHERE id = ?"), {oldId}), QStringLiteral("0"));
        QCOMPARE(m_cache->authorSummary(oldId)->id, newId);
        QCOMPARE(m_cache->authorWorkIds(oldId).size(), 9);
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM authorships WHERE author_id = ?"), {oldId}), QStringLiteral("0"));
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT old_value FROM change_log WHERE kind = 'merged'")), oldId);
        verifyMatchesServer(newId);

        // The old ID now goes straight to the survivor: one call, no redirect.
        m_server->resetRequests();
        QCOMPARE(sync(oldId).status, SyncResult::Status::Unchanged);
        QCOMPARE(m_server->requests().first().path, QStringLiteral("/authors/") + newId);
    }

    void sync_byOrcid_findsTheAuthor()
    {
        const QJsonObject a = QJsonDocument::fromJson(test::readFixture(QStringLiteral("coauthors/author_A5101495888.json"))).object();
        const QString orcid = a.value(QLatin1String("orcid")).toString();
        QVERIFY(!orcid.isEmpty());
        const SyncResult r = sync(orcid);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.authorId, QStringLiteral("A5101495888"));
        QVERIFY(m_server->requests().first().path.contains(QLatin1String("orcid")));
        QVERIFY(!m_cache->authorWorkIds(QStringLiteral("A5101495888")).isEmpty());
    }

    void sync_unknownAuthor_isNotFound()
    {
        const SyncResult r = sync(QStringLiteral("A1234"));
        QCOMPARE(r.status, SyncResult::Status::NotFound);
        QCOMPARE(r.apiStatus, ApiResult::Status::NotFound);
    }

    void sync_largeAuthorWithFaults_exactContentWithinCallBudget()
    {
        const QString id = m_server->addLargeAuthor(1600, 3100, 6);
        const int works = int(m_server->worksOf(id).size());
        const int coauthors = int(m_server->coauthorsOf(id).size());
        const int truncated = m_server->truncatedWorksOf(id);
        QVERIFY(works >= 1500);
        QVERIFY(coauthors >= 3000);
        QCOMPARE(truncated, 6);
        const int minimum = 1 + int(std::ceil(works / 100.0)) + truncated + int(std::ceil(coauthors / 100.0));

        m_server->setRetryAfterSeconds(1);
        m_server->injectFault(Fault::RateLimitJson, 1, QStringLiteral("/works"));
        m_server->injectFault(Fault::ServerError, 1, QStringLiteral("/authors"));
        m_server->injectFault(Fault::TruncatedBody, 1, QStringLiteral("/works/"));
        m_server->injectFault(Fault::MalformedJson, 1, QStringLiteral("/works"));

        const SyncResult r = sync(id);
        QVERIFY2(r.ok(), qPrintable(r.error));
        verifyMatchesServer(id);
        verifyConsistent();
        // Every co-author beyond position 100 of a cut list came from the single records.
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM works WHERE authors_truncated = 1")), QStringLiteral("0"));
        QCOMPARE(r.callsUsed, m_server->requestCount());
        qInfo("large author: %d works, %d co-authors, %d calls (minimum %d)", works, coauthors, r.callsUsed, minimum);
        QVERIFY2(r.callsUsed <= int(minimum * 1.1), qPrintable(QStringLiteral("%1 calls, minimum %2").arg(r.callsUsed).arg(minimum)));
        // No repeated list pages: the de-duplication never needed a second look.
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(DISTINCT work_id) FROM authorships WHERE author_id = ?"), {id}).toInt(), works);

        m_server->resetRequests();
        QCOMPARE(sync(id).callsUsed, 1);
    }

    void sync_fault_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("times");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message"); // empty: the sync completes

        QTest::newRow("429 json") << Fault::RateLimitJson << 1 << QStringLiteral("/works") << QString();
        QTest::newRow("429 html") << Fault::RateLimitHtml << 1 << QStringLiteral("/authors") << QString();
        QTest::newRow("500") << Fault::ServerError << 2 << QStringLiteral("/works") << QString();
        QTest::newRow("503") << Fault::ServiceUnavailable << 1 << QStringLiteral("/authors") << QString();
        QTest::newRow("slow") << Fault::Slow << 1 << QStringLiteral("/works") << QString();
        QTest::newRow("truncated body") << Fault::TruncatedBody << 1 << QStringLiteral("/works") << QString();
        QTest::newRow("dropped") << Fault::DroppedConnection << 1 << QStringLiteral("/authors") << QString();
        QTest::newRow("malformed json") << Fault::MalformedJson << 1 << QStringLiteral("/works") << QString();
        QTest::newRow("500 forever") << Fault::ServerError << -1 << QStringLiteral("/authors$") << QStringLiteral("HTTP 500");
        QTest::newRow("malformed forever") << Fault::MalformedJson << -1 << QStringLiteral("/works") << QStringLiteral("unreadable");
        QTest::newRow("401") << Fault::Unauthorized << -1 << QStringLiteral("/works") << QStringLiteral("OPENALEX_API_KEY");
        QTest::newRow("plan upgrade") << Fault::PlanUpgradeRequired << -1 << QStringLiteral("/works") << QStringLiteral("plan upgrade required");
        QTest::newRow("budget spent") << Fault::BudgetSpent << -1 << QStringLiteral("/authors") << QStringLiteral("daily");
    }

    void sync_fault()
    {
        QFETCH(Fault, fault);
        QFETCH(int, times);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QString id = FakeOpenAlexServer::fixtureAuthorId();
        m_server->setSlowDelay(2500);
        m_client->setMaxRetries(2);
        m_server->injectFault(fault, times, path);
        SyncResult r = sync(id);
        verifyConsistent();
        if (message.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error));
            verifyMatchesServer(id);
            return;
        }
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(message, Qt::CaseInsensitive), qPrintable(r.error));
        QVERIFY(!r.error.contains(QLatin1String("test-key")));
        QVERIFY(!syncstore::loadState(*m_cache, id).complete);
        // Faults gone, a new run completes what is there.
        m_server->clearFaults();
        newClient();
        r = sync(id);
        QVERIFY2(r.ok(), qPrintable(r.error));
        verifyMatchesServer(id);
        verifyConsistent();
    }

    void sync_cancel_leavesConsistentCacheAndNextSyncCompletes()
    {
        const QString id = m_server->addLargeAuthor(1600, 3100, 6);
        m_server->setResponseDelay(30);
        AuthorSync s(m_cache.get(), m_client.get());
        QSignalSpy finished(&s, &AuthorSync::finished);
        int pages = 0;
        connect(&s, &AuthorSync::progress, this, [&](const SyncProgress &p) {
            if (p.phase == SyncProgress::Phase::Works && ++pages == 3)
                s.cancel();
        });
        SyncOptions o;
        o.author = id;
        s.start(o);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const SyncResult r = finished.first().first().value<SyncResult>();
        QCOMPARE(r.status, SyncResult::Status::Cancelled);
        verifyConsistent();
        const int cached = int(m_cache->authorWorkIds(id).size());
        QVERIFY(cached > 0 && cached < 1600);
        QVERIFY(!syncstore::loadState(*m_cache, id).complete);
        QTest::qWait(300); // nothing arrives after a cancel
        QCOMPARE(int(m_cache->authorWorkIds(id).size()), cached);

        m_server->setResponseDelay(0);
        const SyncResult again = sync(id);
        QVERIFY2(again.ok(), qPrintable(again.error));
        verifyMatchesServer(id);
    }

    void sync_depth2_addsCoauthorsWorks()
    {
        const QString id = FakeOpenAlexServer::fixtureAuthorId();
        const QString elsewhere = m_server->addWork(QStringLiteral("A5009341822"), {QStringLiteral("A5032473237")});
        QVERIFY(sync(id).ok());
        QVERIFY(!m_cache->work(elsewhere).has_value());
        m_server->resetRequests();
        const SyncResult r = sync(id, 2);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(m_cache->work(elsewhere).has_value());
        QCOMPARE(toSet(m_cache->authorWorkIds(QStringLiteral("A5009341822"))), toSet(m_server->worksOf(QStringLiteral("A5009341822"))));
        // 17 co-authors in one OR-filtered listing, not 17 listings.
        QCOMPARE(m_server->requestCount(QStringLiteral("/works")), 2);
    }

    void sync_listsAtTheDocumentedPageSize()
    {
        const QString id = m_server->addLargeAuthor(250, 40, 0);
        const SyncResult r = sync(id);
        QVERIFY2(r.ok(), qPrintable(r.error));
        int lists = 0;
        for (const FakeOpenAlexServer::LoggedRequest &q : m_server->requests()) {
            if (!q.query.contains(QStringLiteral("filter")))
                continue;
            ++lists;
            QCOMPARE(q.query.value(QStringLiteral("per_page")), QStringLiteral("100"));
            QVERIFY(!q.query.contains(QStringLiteral("per-page")));
            QVERIFY(!q.query.contains(QStringLiteral("mailto")));
        }
        // The works at 100 a page, the co-authors at 100 a batch, each priced at $0.0001.
        const int expected = int(std::ceil(m_server->worksOf(id).size() / 100.0)) + int(std::ceil(m_server->coauthorsOf(id).size() / 100.0));
        QCOMPARE(lists, expected);
        QCOMPARE(r.listCalls, expected);
        QVERIFY(std::abs(r.costUsd - expected * 0.0001) < 1e-9);
    }

    void sync_dryRun_estimatesFromTheFreeAuthorRecordAndListsNothing()
    {
        const QString id = m_server->addLargeAuthor(1600, 3100, 6);
        const SyncResult r = sync(id, 1, true);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.status, SyncResult::Status::Estimated);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->requests().first().path, QStringLiteral("/authors/") + id);
        QCOMPARE(r.listCalls, 0);
        QCOMPARE(r.costUsd, 0.0);
        QCOMPARE(r.estimate.works, 1600);
        QCOMPARE(r.estimate.worksPages, 16);
        QVERIFY(r.estimate.coauthorsGuessed);
        QVERIFY(r.estimate.coauthorBatches > 0);
        QVERIFY(describeEstimate(r.estimate).contains(QStringLiteral("$0.")));
        QVERIFY(m_cache->authorWorkIds(id).isEmpty());

        // Once synced, the same author is estimated from what the cache knows.
        QVERIFY(sync(id).ok());
        const int coauthors = int(m_server->coauthorsOf(id).size());
        m_server->resetRequests();
        const SyncResult again = sync(id, 1, true);
        QVERIFY(again.estimate.unchanged);
        QCOMPARE(again.estimate.listCalls(), 0);
        m_server->addWork(id, {});
        const SyncResult changed = sync(id, 1, true);
        QVERIFY(changed.estimate.incremental);
        QCOMPARE(changed.estimate.worksPages, 17);
        QVERIFY(changed.estimate.changedBatches >= 1);
        QVERIFY(coauthors > 0);
        // Dry runs fetch only the author.
        for (const FakeOpenAlexServer::LoggedRequest &q : m_server->requests())
            QVERIFY2(q.path.startsWith(QLatin1String("/authors/")), qPrintable(q.path));
    }

    void sync_estimateAboveTheConfirmShare_waitsForProceed()
    {
        const QString id = m_server->addLargeAuthor(400, 200, 0);
        // What the headers of one answer say of today's budget.
        bool fetched = false;
        m_client->refreshBudget(this, [&](const BudgetStatus &, const ApiResult &) { fetched = true; });
        QTRY_VERIFY(fetched);
        const BudgetStatus budget = m_client->budget();
        QVERIFY(budget.known);
        QVERIFY(budget.remainingUsd > 0);

        AuthorSync s(m_cache.get(), m_client.get());
        QSignalSpy asked(&s, &AuthorSync::confirmationNeeded);
        QSignalSpy finished(&s, &AuthorSync::finished);
        SyncOptions o;
        o.author = id;
        // 4 works pages alone cost $0.0004: more than a tiny share of the day.
        o.confirmShare = 0.0004 / budget.remainingUsd / 2;
        s.start(o);
        QTRY_COMPARE(asked.size(), 1);
        QTest::qWait(200);
        QCOMPARE(finished.size(), 0);
        // Only the free author record so far.
        QCOMPARE(m_server->requestCount(QStringLiteral("/works")), 0);
        s.proceed();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const SyncResult r = finished.first().first().value<SyncResult>();
        QVERIFY2(r.ok(), qPrintable(r.error));
        verifyMatchesServer(id);

        // A "no" ends the sync as cancelled, having listed nothing.
        const QString other = m_server->addLargeAuthor(400, 200, 0);
        AuthorSync declined(m_cache.get(), m_client.get());
        QSignalSpy asked2(&declined, &AuthorSync::confirmationNeeded);
        QSignalSpy finished2(&declined, &AuthorSync::finished);
        o.author = other;
        m_server->resetRequests();
        declined.start(o);
        QTRY_COMPARE(asked2.size(), 1);
        declined.cancel();
        QTRY_COMPARE(finished2.size(), 1);
        QCOMPARE(finished2.first().first().value<SyncResult>().status, SyncResult::Status::Cancelled);
        QCOMPARE(m_server->requestCount(QStringLiteral("/works")), 0);
    }

    void sync_messyLargeAuthor_everyRecordStoresAndShows()
    {
        const QString id = m_server->addLargeAuthor(1600, 3100, 6);
        const FakeOpenAlexServer::LargeAuthorShape shape = m_server->largeAuthorShape(id);
        QVERIFY(shape.nullTitleWorks > 0);
        QVERIFY(shape.idlessAuthorships > 0);
        QVERIFY(shape.nullYearWorks > 0);
        QVERIFY(!shape.exactly100WorkId.isEmpty());
        const SyncResult r = sync(id);
        QVERIFY2(r.ok(), qPrintable(r.error));
        verifyMatchesServer(id);
        verifyConsistent();
        QCOMPARE(int(m_cache->authorWorkIds(id).size()), shape.works);
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM works w JOIN authorships s ON s.work_id = w.id AND s.author_id = ? "
                                                 "WHERE w.title = ''"), {id}).toInt(),
                 shape.nullTitleWorks);
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM works w JOIN authorships s ON s.work_id = w.id AND s.author_id = ? "
                                                 "WHERE w.publication_year IS NULL"), {id}).toInt(),
                 shape.nullYearWorks);
        // Authorships without an author ID keep their names and never become co-authors.
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM authorships WHERE author_id = '' AND author_name <> ''")).toInt(),
                 shape.idlessAuthorships);
        QVERIFY(!syncstore::coauthorIds(*m_cache, id).contains(QString()));
        // A single record with exactly 100 authorships was never cut.
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT author_count FROM works WHERE id = ?"), {shape.exactly100WorkId}), QStringLiteral("100"));
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT authors_truncated FROM works WHERE id = ?"), {shape.exactly100WorkId}), QStringLiteral("0"));
    }

    void sync_workMergedBeforeItsSingleRecord_followsThe301()
    {
        const QString id = m_server->addLargeAuthor(300, 60, 2);
        const QString survivor = QStringLiteral("W8880000001");
        QString merged;
        AuthorSync s(m_cache.get(), m_client.get());
        QSignalSpy finished(&s, &AuthorSync::finished);
        connect(&s, &AuthorSync::progress, this, [&](const SyncProgress &p) {
            // The list named the work; OpenAlex merges it before its single record is asked for.
            if (p.phase == SyncProgress::Phase::FullAuthorLists && p.done == 0 && merged.isEmpty()) {
                merged = scalar(*m_cache, QStringLiteral("SELECT id FROM works WHERE authors_truncated = 1 ORDER BY id LIMIT 1"));
                m_server->mergeWork(merged, survivor);
            }
        });
        SyncOptions o;
        o.author = id;
        s.start(o);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const SyncResult r = finished.first().first().value<SyncResult>();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!merged.isEmpty());
        QCOMPARE(m_server->requestCount(QStringLiteral("/works/") + merged), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/works/") + survivor), 1);
        // The survivor with its whole author list; the old record kept, marked departed.
        QVERIFY(scalar(*m_cache, QStringLiteral("SELECT author_count FROM works WHERE id = ?"), {survivor}).toInt() > 100);
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT authors_truncated FROM works WHERE id = ?"), {survivor}), QStringLiteral("0"));
        QVERIFY(syncstore::departedWorks(*m_cache, id).contains(merged));
        verifyConsistent();
    }

    void isStale_followsTtl()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!syncstore::isStaleAt(now.addDays(-6).toString(Qt::ISODate), 7, now));
        QVERIFY(syncstore::isStaleAt(now.addDays(-8).toString(Qt::ISODate), 7, now));
        QVERIFY(syncstore::isStaleAt(QString(), 7, now));
        QVERIFY(syncstore::isStale(*m_cache, QStringLiteral("A5017898742"))); // never fetched
    }

    void progressWording_isOneTextForEveryPhase()
    {
        // The window and the command line both say it this way.
        QSet<QString> names;
        for (auto phase : {SyncProgress::Phase::Author, SyncProgress::Phase::Works, SyncProgress::Phase::FullAuthorLists,
                           SyncProgress::Phase::Coauthors, SyncProgress::Phase::CoauthorWorks, SyncProgress::Phase::Finishing})
            names.insert(describePhase(phase));
        QCOMPARE(names.size(), 6);
        QVERIFY(!names.contains(QString()));
        const QString text = describeProgress(SyncProgress{SyncProgress::Phase::Coauthors, 40, 120, 3, 0.0003});
        QVERIFY2(text.startsWith(describePhase(SyncProgress::Phase::Coauthors) + QStringLiteral(" 40 of 120")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("3 API call")), qPrintable(text));
        QVERIFY2(text.contains(formatUsd(0.0003)), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestAuthorSync)
#include "tst_authorsync.moc"
