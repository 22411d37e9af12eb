// The citation sync (sync --citations): real HTTP against the fake server,
// a real SQLite file, counts computed from the server's own records or from
// the fixture JSON, never from the sync's output.

#include "fakeopenalexserver.h"
#include "cacheinspector.h"
#include "syncwait.h"
#include "testsupport.h"

#include "cache/cache.h"
#include "identity/identity.h"
#include "openalex/openalexclient.h"
#include "sync/authorsync.h"
#include "sync/citationsync.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace peerscope;
using peerscope::test::FakeOpenAlexServer;
using Fault = FakeOpenAlexServer::Fault;

namespace {

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

int pages(qsizetype n)
{
    return int((n + 99) / 100);
}

QStringList column(const Cache &cache, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(CacheInspector::database(cache));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QStringList out;
    if (!q.exec())
        return {QStringLiteral("ERROR ") + sql};
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QString scalar(const Cache &cache, const QString &sql, const QVariantList &values = {})
{
    const QStringList rows = column(cache, sql, values);
    return rows.isEmpty() ? QString() : rows.first();
}

QString shortId(const QString &id)
{
    return id.section(u'/', -1);
}

// The list calls of the server's log: references (openalex: with select=)
// and citing works (cites:).
struct CallCount {
    int references = 0;
    int citing = 0;
    int other = 0;
};

CallCount listCalls(const FakeOpenAlexServer &server)
{
    CallCount c;
    for (const FakeOpenAlexServer::LoggedRequest &r : server.requests()) {
        const QString filter = r.query.value(QStringLiteral("filter"));
        if (filter.isEmpty())
            continue;
        if (filter.startsWith(QLatin1String("cites:")))
            ++c.citing;
        else if (filter.startsWith(QLatin1String("openalex:")) && r.query.contains(QStringLiteral("select")))
            ++c.references;
        else
            ++c.other;
    }
    return c;
}

} // namespace

class TestCitationSync : public QObject
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
        m_client->setTimeout(3000);
    }

    SyncResult syncAuthor(const QString &author)
    {
        SyncOptions o;
        o.author = author;
        return test::syncAndWait(m_cache.get(), m_client.get(), o, 240000);
    }

    CitationResult syncCitations(const CitationOptions &options, const std::function<void(const CitationProgress &)> &onProgress = {},
                                 const std::function<void()> &onCommitted = {})
    {
        CitationSync sync(m_cache.get(), m_client.get());
        if (onProgress)
            QObject::connect(&sync, &CitationSync::progress, &sync, onProgress);
        if (onCommitted)
            QObject::connect(&sync, &CitationSync::committed, &sync, onCommitted);
        CitationResult out;
        bool done = false;
        QObject::connect(&sync, &CitationSync::finished, &sync, [&](const CitationResult &r) {
            out = r;
            done = true;
        });
        sync.start(options);
        if (!QTest::qWaitFor([&] { return done; }, 240000))
            qWarning("citation sync did not finish");
        return out;
    }

    CitationResult syncCitationsOf(const QString &person)
    {
        CitationOptions o;
        o.personId = person;
        return syncCitations(o);
    }

    QSet<QString> cachedWorkIds() const
    {
        return toSet(column(*m_cache, QStringLiteral("SELECT id FROM works")));
    }

    // Every (citing, cited) pair the cache holds whose cited side is in seeds.
    QSet<QPair<QString, QString>> pairsCiting(const QSet<QString> &seeds) const
    {
        QSet<QPair<QString, QString>> out;
        QSqlQuery q(CacheInspector::database(*m_cache));
        if (!q.exec(QStringLiteral("SELECT citing_id, cited_id FROM work_references")))
            return out;
        while (q.next())
            if (seeds.contains(q.value(1).toString()))
                out.insert({q.value(0).toString(), q.value(1).toString()});
        return out;
    }

    // The pairs the server's records say: every citing work's own list, read
    // through the server's singletons (free) so nothing of the sync is used.
    QSet<QPair<QString, QString>> serverPairs(const QStringList &citingIds, const QSet<QString> &seeds)
    {
        QSet<QPair<QString, QString>> out;
        OpenAlexClient client;
        client.setBaseUrl(m_server->baseUrl());
        client.setApiKey(QStringLiteral("test-key"));
        client.setRequestsPerSecond(1000);
        client.setBurst(50);
        client.setMaxConcurrent(8);
        int pending = int(citingIds.size());
        for (const QString &id : citingIds) {
            client.get(QStringLiteral("/works/") + id, {}, &client, [&, id](const ApiResult &r) {
                --pending;
                const QJsonArray refs = QJsonDocument::fromJson(r.body).object().value(QLatin1String("referenced_works")).toArray();
                for (const QJsonValue &v : refs)
                    if (seeds.contains(shortId(v.toString())))
                        out.insert({id, shortId(v.toString())});
            });
        }
        if (!QTest::qWaitFor([&] { return pending == 0; }, 120000))
            qWarning("server records not all read");
        return out;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeOpenAlexServer>();
        QVERIFY(m_server->start());
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

    void slimFields_areTopLevelWorkFieldsTheServerAccepts()
    {
        // The fake server answers 400 to a select= naming an unknown or
        // nested field, as OpenAlex does.
        m_server->loadFixtures();
        const QStringList fields = CitationSync::slimFields().split(u',');
        QCOMPARE(fields.size(), 15);
        for (const QString &f : fields)
            QVERIFY2(!f.contains(u'.'), qPrintable(f));
        ApiResult result;
        bool done = false;
        m_client->get(QStringLiteral("/works"),
                      {{QStringLiteral("filter"), QStringLiteral("cites:W2741809807")},
                       {QStringLiteral("per_page"), QStringLiteral("100")},
                       {QStringLiteral("select"), CitationSync::slimFields()}},
                      m_client.get(), [&](const ApiResult &r) {
                          result = r;
                          done = true;
                      });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QVERIFY2(result.ok(), qPrintable(result.error));
    }

    // (a) The large author: every reference the server knows is cached
    // slim, the unknown ones are marked missing, every citing work is cached
    // with its pairs, in at most 1.2 x the minimum of list calls, faults on.
    void largeAuthor_fetchesEverythingWithinTheCallBound_data()
    {
        QTest::addColumn<bool>("faults");
        QTest::newRow("clean") << false;
        QTest::newRow("faults") << true;
    }

    void largeAuthor_fetchesEverythingWithinTheCallBound()
    {
        QFETCH(bool, faults);
        const QString author = m_server->addLargeAuthor();
        const FakeOpenAlexServer::CitationShape shape = m_server->addCitations(author);
        QVERIFY(shape.citingIds.size() > 1000);
        QVERIFY(shape.referencedIds.size() > 1000);
        QVERIFY(!shape.unknownReferenceIds.isEmpty());
        const SyncResult synced = syncAuthor(author);
        QVERIFY2(synced.ok(), qPrintable(synced.error));

        const QSet<QString> before = cachedWorkIds();
        const QSet<QString> unknown = toSet(shape.unknownReferenceIds);
        int missingKnown = 0;
        for (const QString &id : shape.referencedIds)
            missingKnown += !unknown.contains(id) && !before.contains(id) ? 1 : 0;
        const int minimum = pages(missingKnown) + pages(shape.citingIds.size());

        m_server->resetRequests();
        // Faults as the references start, as the citing works start, and
        // again a few pages into them (inside a cursor chain).
        // Inside a cursor chain one request is in flight, so the faults in a
        // row stay within the client's retries (4).
        int injected = 0;
        auto inject = [&](int times) {
            for (Fault f : {Fault::ServerError, Fault::DroppedConnection, Fault::MalformedJson, Fault::RateLimitJson})
                m_server->injectFault(f, times, QStringLiteral("/works"));
            injected += 4 * times;
        };
        int injections = 0;
        if (faults) {
            inject(2); // the reference batches run four at a time
            ++injections;
        }
        CitationOptions options;
        options.personId = author;
        int citingReports = 0;
        const CitationResult r = syncCitations(options, [&](const CitationProgress &p) {
            if (!faults || p.phase != CitationProgress::Phase::Citing)
                return;
            ++citingReports;
            if (citingReports == 1 || citingReports == 3) {
                inject(1);
                ++injections;
            }
        });
        QVERIFY2(r.status == CitationResult::Status::Ok, qPrintable(r.error));
        QCOMPARE(r.seedsFailed, 0);

        // References: the known ones cached (slim unless already full), the
        // unknown ones marked missing.
        const QSet<QString> cached = cachedWorkIds();
        for (const QString &id : shape.referencedIds) {
            if (unknown.contains(id)) {
                QVERIFY2(!cached.contains(id), qPrintable(id));
                QVERIFY2(!scalar(*m_cache, QStringLiteral("SELECT missing_since FROM citation_state WHERE work_id = ?"), {id}).isEmpty(),
                         qPrintable(id));
            } else {
                QVERIFY2(cached.contains(id), qPrintable(id));
                if (!before.contains(id))
                    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT is_slim FROM works WHERE id = ?"), {id}), QStringLiteral("1"));
            }
        }
        QCOMPARE(r.referencesMissing, int(shape.unknownReferenceIds.size()));
        // Citing works: all cached, and every (citing, seed) pair stored.
        for (const QString &id : shape.citingIds)
            QVERIFY2(cached.contains(id), qPrintable(id));
        const QSet<QString> seeds = toSet(m_server->worksOf(author));
        const QSet<QPair<QString, QString>> expected = serverPairs(shape.citingIds, seeds);
        QCOMPARE(expected.size(), shape.citationLinks);
        QCOMPARE(pairsCiting(seeds), expected);
        QCOMPARE(r.unattributed, 0);

        // The bound. Answered list calls (the client's count, each retried
        // call once) and every request the server logged (faults included).
        const CallCount logged = listCalls(*m_server);
        QCOMPARE(logged.other, 0);
        if (faults)
            QCOMPARE(injections, 3);
        QCOMPARE(r.referenceCalls, pages(shape.referencedIds.size() - (toSet(shape.referencedIds) & before).size()));
        QCOMPARE(r.listCalls, r.referenceCalls + r.citingCalls);
        // The estimate held: references exact, citing works within its bounds.
        QCOMPARE(r.estimate.referenceCalls, r.referenceCalls);
        QVERIFY(r.estimate.citingCallsMin <= r.citingCalls);
        QVERIFY(r.citingCalls <= r.estimate.citingCallsMax);
        QVERIFY(logged.references + logged.citing >= r.listCalls);
        QVERIFY(logged.references + logged.citing <= r.listCalls + injected);
        const int used = r.listCalls;
        qInfo("%s: %d answered list calls (%d references, %d citing; %d requests logged) for a minimum of %d: ratio %.3f; "
              "%d seeds listed, %d complete without a call",
              faults ? "faults" : "clean", used, r.referenceCalls, r.citingCalls, logged.references + logged.citing, minimum,
              double(used) / minimum, r.seedsListed, r.seedsCovered);
        QVERIFY2(used <= 1.2 * minimum, qPrintable(QStringLiteral("%1 list calls, minimum %2").arg(used).arg(minimum)));
        if (!faults)
            QCOMPARE(logged.references + logged.citing, used);

        // (b) A second run: the author is unchanged, no citation list call;
        // the unknown references are not asked for again.
        m_server->clearFaults();
        m_server->resetRequests();
        const SyncResult again = syncAuthor(author);
        QVERIFY2(again.ok(), qPrintable(again.error));
        const CitationResult r2 = syncCitationsOf(author);
        QVERIFY2(r2.ok(), qPrintable(r2.error));
        QCOMPARE(r2.listCalls, 0);
        QCOMPARE(listCalls(*m_server).references + listCalls(*m_server).citing, 0);
        QCOMPARE(r2.estimate.references, 0);
        QCOMPARE(r2.estimate.heldBackMissing, int(shape.unknownReferenceIds.size()));

        // One new citing work: exactly the pages of that seed.
        QString seed;
        for (const QString &id : m_server->worksOf(author))
            if (m_cache->work(id) && m_cache->work(id)->citedByCount > 0 && (seed.isEmpty() || id < seed))
                seed = id;
        QVERIFY(!seed.isEmpty());
        const QString newWork = m_server->addCitingWork(seed);
        QVERIFY(!newWork.isEmpty());
        const SyncResult third = syncAuthor(author);
        QVERIFY2(third.ok(), qPrintable(third.error));
        const int count = m_cache->work(seed)->citedByCount;
        m_server->resetRequests();
        const CitationResult r3 = syncCitationsOf(author);
        QVERIFY2(r3.status == CitationResult::Status::Ok, qPrintable(r3.error));
        QCOMPARE(r3.citingCalls, pages(count));
        QCOMPARE(listCalls(*m_server).citing, pages(count));
        QCOMPARE(listCalls(*m_server).references, 0);
        for (const FakeOpenAlexServer::LoggedRequest &req : m_server->requests())
            if (req.query.value(QStringLiteral("filter")).startsWith(QLatin1String("cites:")))
                QCOMPARE(req.query.value(QStringLiteral("filter")), QStringLiteral("cites:") + seed);
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM work_references WHERE citing_id = ? AND cited_id = ?"), {newWork, seed}),
                 QStringLiteral("1"));
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT citing_listed_count FROM citation_state WHERE work_id = ?"), {seed}),
                 QString::number(count));
        QVERIFY(test::cacheIsSound(m_cache->path()));
    }

    // A cites: batch that still fails after the client's retries, in the
    // middle of its cursor chain, keeps the pages it got, leaves its seeds
    // unmarked and the sync goes on; the next run completes the set.
    void failedBatch_keepsItsPagesAndLeavesItsSeedsForTheNextRun()
    {
        const QString author = m_server->addLargeAuthor(300, 200, 1);
        const FakeOpenAlexServer::CitationShape shape = m_server->addCitations(author, 800, 1500);
        QVERIFY(syncAuthor(author).ok());
        const QSet<QString> seeds = toSet(m_server->worksOf(author));
        m_server->resetRequests();
        CitationOptions options;
        options.personId = author;
        bool citing = false;
        int citingCommits = 0;
        QSet<QString> cachedAtFault;
        const CitationResult failed = syncCitations(
            options, [&](const CitationProgress &p) { citing = citing || p.phase == CitationProgress::Phase::Citing; },
            [&] {
                if (citing && ++citingCommits == 3) {
                    // More failures in a row than the client retries.
                    m_server->injectFault(Fault::ServerError, 6, QStringLiteral("/works"));
                    cachedAtFault = cachedWorkIds();
                }
            });
        QCOMPARE(failed.status, CitationResult::Status::ApiError);
        QVERIFY(!failed.error.isEmpty());
        QVERIFY(failed.seedsFailed > 0);
        QVERIFY(failed.seedsListed + failed.seedsCovered > 0); // the sync went on after the failure
        QVERIFY(test::cacheIsSound(m_cache->path()));
        // What came before the failure is kept.
        QVERIFY(!cachedAtFault.isEmpty());
        QVERIFY((cachedAtFault - cachedWorkIds()).isEmpty());
        const int unmarked = scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM works w WHERE w.cited_by_count > 0 AND w.id IN ("
                                                              "SELECT work_id FROM authorships WHERE author_id = ?) AND NOT EXISTS ("
                                                              "SELECT 1 FROM citation_state c WHERE c.work_id = w.id AND c.citing_listed_at IS NOT NULL)"),
                                    {author}).toInt();
        QCOMPARE(unmarked, failed.seedsFailed);

        m_server->clearFaults();
        m_server->resetRequests();
        const CitationResult r = syncCitationsOf(author);
        QVERIFY2(r.status == CitationResult::Status::Ok, qPrintable(r.error));
        QCOMPARE(r.seedsListed + r.seedsCovered, failed.seedsFailed);
        QCOMPARE(r.referenceCalls, 0);
        const QSet<QString> cached = cachedWorkIds();
        for (const QString &id : shape.citingIds)
            QVERIFY2(cached.contains(id), qPrintable(id));
        const QSet<QString> unknown = toSet(shape.unknownReferenceIds);
        for (const QString &id : shape.referencedIds)
            QCOMPARE(cached.contains(id), !unknown.contains(id));
        QCOMPARE(pairsCiting(seeds).size(), shape.citationLinks);
    }

    // (d) The real cites: page: the 50 works citing W2741809807, each
    // attributed to it by its own reference list, the 4 self-citations kept.
    void realFixtures_citingWorksAreStoredAndAttributed()
    {
        m_server->loadCitationFixtures();
        QFile file(QDir(FakeOpenAlexServer::citationFixturesDir()).filePath(QStringLiteral("cites_W2741809807_perpage50_page1.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray results = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 50);
        QSet<QString> citing;
        QSet<QString> selfCiting;
        qsizetype pairs = 0;
        for (const QJsonValue &v : results) {
            const QJsonObject o = v.toObject();
            const QString id = shortId(o.value(QLatin1String("id")).toString());
            citing.insert(id);
            QSet<QString> refs;
            for (const QJsonValue &r : o.value(QLatin1String("referenced_works")).toArray())
                refs.insert(shortId(r.toString()));
            pairs += refs.size();
            if (refs.contains(id))
                selfCiting.insert(id);
        }
        QCOMPARE(selfCiting.size(), 4);

        m_server->resetRequests();
        CitationOptions o;
        o.workIds = {QStringLiteral("https://openalex.org/W2741809807")};
        const CitationResult r = syncCitations(o);
        QVERIFY2(r.status == CitationResult::Status::Ok, qPrintable(r.error));
        QCOMPARE(r.citingFetched, 50);
        QCOMPARE(r.unattributed, 0);
        QCOMPARE(r.citingCalls, 1);
        QCOMPARE(r.referenceCalls, 0); // the seed itself is not cached: no references known
        QCOMPARE(toSet(column(*m_cache, QStringLiteral("SELECT citing_id FROM work_references WHERE cited_id = 'W2741809807'"))), citing);
        QCOMPARE(toSet(column(*m_cache, QStringLiteral("SELECT citing_id FROM work_references WHERE citing_id = cited_id"))), selfCiting);
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM works WHERE is_slim = 1")), QStringLiteral("50"));
        QCOMPARE(column(*m_cache, QStringLiteral("SELECT citing_id FROM work_references")).size(), pairs);
        // Listed once: a re-run asks nothing.
        m_server->resetRequests();
        const CitationResult again = syncCitations(o);
        QVERIFY(again.ok());
        QCOMPARE(again.listCalls, 0);
        QCOMPARE(m_server->requestCount(), 0);
    }

    // (e) A merged person's works are one seed set: listed together, their
    // references and citing works fetched once.
    void mergedPerson_isOneSeedSet()
    {
        const QString a = m_server->addLargeAuthor(30, 20, 0);
        const QString b = m_server->addLargeAuthor(25, 20, 0);
        const FakeOpenAlexServer::CitationShape shapeA = m_server->addCitations(a, 300, 120, 11);
        const FakeOpenAlexServer::CitationShape shapeB = m_server->addCitations(b, 300, 120, 12);
        QVERIFY(syncAuthor(a).ok());
        QVERIFY(syncAuthor(b).ok());
        const identity::Corrections::Result merged = identity::Corrections(*m_cache).merge(a, {b});
        QVERIFY2(merged.ok, qPrintable(merged.error));

        const QSet<QString> seeds = toSet(m_server->worksOf(a)) | toSet(m_server->worksOf(b));
        CitationOptions o;
        o.personId = b; // the merged record stands for the person
        const Read<CitationEstimate> e = CitationSync(m_cache.get(), m_client.get()).estimate(o);
        QVERIFY(e.ok());
        QCOMPARE(e->seeds, int(seeds.size()));

        m_server->resetRequests();
        const CitationResult r = syncCitationsOf(b);
        QVERIFY2(r.status == CitationResult::Status::Ok, qPrintable(r.error));
        const QSet<QString> citing = toSet(shapeA.citingIds) | toSet(shapeB.citingIds);
        QCOMPARE(r.citingFetched, int(citing.size()));
        // Fewer than 100 seeds to list: one batch names works of both records.
        int mixed = 0;
        for (const FakeOpenAlexServer::LoggedRequest &req : m_server->requests()) {
            const QString filter = req.query.value(QStringLiteral("filter"));
            if (!filter.startsWith(QLatin1String("cites:")))
                continue;
            const QSet<QString> named = toSet(filter.mid(6).split(u'|'));
            mixed += named.intersects(toSet(m_server->worksOf(a))) && named.intersects(toSet(m_server->worksOf(b))) ? 1 : 0;
        }
        QVERIFY(mixed > 0);
        const QSet<QString> cached = cachedWorkIds();
        for (const QString &id : citing)
            QVERIFY2(cached.contains(id), qPrintable(id));
        const QSet<QString> unknown = toSet(shapeA.unknownReferenceIds) | toSet(shapeB.unknownReferenceIds);
        const QSet<QString> refs = toSet(shapeA.referencedIds) | toSet(shapeB.referencedIds);
        QCOMPARE(listCalls(*m_server).references, pages((refs - toSet(QStringList(seeds.cbegin(), seeds.cend()))).size()));
        for (const QString &id : refs)
            QCOMPARE(cached.contains(id), !unknown.contains(id));
        QCOMPARE(pairsCiting(seeds).size(), shapeA.citationLinks + shapeB.citationLinks);
    }

    // (c) The command line: --dry-run prints the estimate, no list call.
    void dryRun_printsTheEstimateWithoutAListCall()
    {
        const QString author = m_server->addLargeAuthor(120, 80, 1);
        const FakeOpenAlexServer::CitationShape shape = m_server->addCitations(author, 600, 400);
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("cache.sqlite"));
        auto run = [&](const QStringList &args) {
            return test::runPeerscope(QStringList{QStringLiteral("--db"), db, QStringLiteral("--api-base"), m_server->baseUrl().toString(),
                                                  QStringLiteral("--api-key"), QStringLiteral("test-key")}
                                          + args,
                                      home.path(), 240000);
        };
        const test::ProcessResult plain = run({QStringLiteral("sync"), author});
        QVERIFY2(plain.exitCode == 0, plain.err.constData());

        m_server->resetRequests();
        const test::ProcessResult dry = run({QStringLiteral("sync"), author, QStringLiteral("--citations"), QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        QCOMPARE(listCalls(*m_server).references + listCalls(*m_server).citing + listCalls(*m_server).other, 0);
        for (const FakeOpenAlexServer::LoggedRequest &r : m_server->requests())
            QVERIFY2(!r.path.startsWith(QLatin1String("/works")), r.target.constData());

        // The numbers, from the server's shape and the cache file.
        Cache cache;
        QCOMPARE(cache.open(db), Cache::OpenStatus::Ok);
        const QSet<QString> cached = toSet(column(cache, QStringLiteral("SELECT id FROM works")));
        const int references = int((toSet(shape.referencedIds) - cached).size());
        const QString out = QString::fromUtf8(dry.out);
        // The author sync's own estimate first, then the citations'.
        QVERIFY2(out.trimmed().split(u'\n').size() == 2, qPrintable(out));
        QVERIFY2(out.indexOf(QStringLiteral("Citations for")) > 0, qPrintable(out));
        // English plurals ("call(s)") may come from peerscope_en.ts or not.
        const auto says = [&](const QString &pattern) {
            return QRegularExpression(QString(pattern).replace(QStringLiteral("(s)"), QStringLiteral("(?:s|\\(s\\))?"))).match(out).hasMatch();
        };
        QVERIFY2(says(QStringLiteral("references: %1 list call(s) for %2 works not cached").arg(pages(references)).arg(references)),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("$")), qPrintable(out));
        // The citing works' bounds from the seeds' counts: every seed's own
        // pages at most, the pages of the most unknown citing works at least.
        int upper = 0, largest = 0, toList = 0, unknownCitations = 0;
        for (const QString &id : m_server->worksOf(author)) {
            const int count = scalar(cache, QStringLiteral("SELECT cited_by_count FROM works WHERE id = ?"), {id}).toInt();
            const int known = scalar(cache, QStringLiteral("SELECT COUNT(*) FROM work_references WHERE cited_id = ?"), {id}).toInt();
            if (count == 0 || known >= count)
                continue;
            ++toList;
            upper += pages(count);
            largest = qMax(largest, count - known);
            unknownCitations += count - known;
        }
        QVERIFY(toList > 0);
        // The likely figure: a page per 100 citations still unknown, within the bounds.
        const int likely = qBound(pages(largest), pages(unknownCitations), upper);
        QVERIFY2(likely > pages(largest) && likely < upper, qPrintable(QStringLiteral("the test data should leave the likely figure strictly inside its bounds: %1 < %2 < %3").arg(pages(largest)).arg(likely).arg(upper)));
        QVERIFY2(says(QStringLiteral("citing works of %1 seed(s): about %2 list calls \\(%3 to %4\\)").arg(toList).arg(likely).arg(pages(largest)).arg(upper)),
                 qPrintable(out));
        const double price = OpenAlexClient::priceUsd(CallCost::List);
        QVERIFY2(out.contains(QStringLiteral("about %1 list calls, %2").arg(pages(references) + likely).arg(formatUsd((pages(references) + likely) * price))),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("at most %1, %2").arg(pages(references) + upper).arg(formatUsd((pages(references) + upper) * price))),
                 qPrintable(out));

        // The real run prints the estimate first, then the summary.
        m_server->resetRequests();
        const test::ProcessResult real = run({QStringLiteral("sync"), author, QStringLiteral("--citations")});
        QVERIFY2(real.exitCode == 0, real.err.constData());
        const QString err = QString::fromUtf8(real.err);
        if (qEnvironmentVariableIsSet("SHOW_CLI"))
            qInfo("%s\n%s", dry.out.constData(), real.err.constData());
        QVERIFY2(err.indexOf(QStringLiteral("Citations for")) >= 0, qPrintable(err));
        QVERIFY2(err.indexOf(QStringLiteral("Citations for")) < err.indexOf(QStringLiteral("citing works fetched")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("%1 citing works fetched").arg(shape.citingIds.size())), qPrintable(err));
    }
};

QTEST_MAIN(TestCitationSync)
#include "tst_citationsync.moc"
