#pragma once

#include "cache/citationsyncqueries.h"
#include "openalex/openalexclient.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace peerscope {

class Cache;

// Which works the citation sync is about.
struct CitationOptions {
    QString personId;             // an author record or person: their effective works
    QStringList workIds;          // or these works (when personId is empty)
    bool dryRun = false;          // estimate only: no list call
    bool references = true;       // fetch the referenced works not yet cached
    bool citing = true;           // list the works citing the seeds
};

// What a citation sync will cost before it spends anything. References are
// exact (one call per 100 IDs); the citing works' calls are bounds from the
// seeds' cited_by_count: at least the pages of the most-cited seed that is
// not yet covered, at most every seed's pages on their own.
struct CitationEstimate {
    int seeds = 0;                // the seed set
    int uncitedSeeds = 0;         // cited_by_count 0: nothing to list
    int upToDateSeeds = 0;        // listed before and their count has not moved
    int coveredSeeds = 0;         // every citing work already known: no call
    int references = 0;           // referenced IDs not cached, to fetch
    int heldBackMissing = 0;      // OpenAlex had no record for them within 30 days
    int referenceCalls = 0;       // exact: ceil(references / 100)
    int seedsToList = 0;          // seeds whose citing works will be listed
    int unknownCountSeeds = 0;    // of those, not cached: their count is unknown
    int citingCallsMin = 0;
    int citingCallsMax = 0;       // unknownCountSeeds > 0: a lower bound of the maximum
    // The likely figure: one page per 100 citations still unknown, as if no
    // citing work cited two seeds and every page were full; between the two.
    int citingCallsLikely = 0;

    int listCallsMin() const { return referenceCalls + citingCallsMin; }
    int listCallsMax() const { return referenceCalls + citingCallsMax; }
    int listCallsLikely() const { return referenceCalls + citingCallsLikely; }
    bool exact() const { return citingCallsMin == citingCallsMax && unknownCountSeeds == 0; }
    double costMinUsd() const;
    double costMaxUsd() const;
    double costLikelyUsd() const;
};

// "Citations: 37 list calls for references (3,650 works); 41 to 160 calls for the works citing 812 seeds; about $0.0078 to $0.0197."
QString describeCitationEstimate(const CitationEstimate &estimate);

struct CitationProgress {
    enum class Phase { References, Citing, Finishing };
    Phase phase = Phase::References;
    int done = 0;
    int total = 0;
    int callsUsed = 0;
    double costUsd = 0;
};

QString describeCitationProgress(const CitationProgress &progress);

struct CitationResult {
    enum class Status { Ok, Estimated, Cancelled, BadInput, ApiError, CacheError };
    Status status = Status::Ok;
    ApiResult::Status apiStatus = ApiResult::Status::Ok;
    QString error;                // the first failure, for the user
    CitationEstimate estimate;
    int referencesAsked = 0;
    int referencesFetched = 0;    // slim records written
    int referencesMissing = 0;    // OpenAlex had no record: marked, not asked again for 30 days
    int referenceBatchesFailed = 0;
    int citingFetched = 0;        // distinct citing works written
    int citingResults = 0;        // records listed, repeats across batches included
    int unattributed = 0;         // citing works whose references name none of their batch's seeds
    int seedsListed = 0;          // seeds whose citing works were listed
    int seedsCovered = 0;         // marked listed without a call: every citing work was known
    int seedsFailed = 0;          // in a batch that failed: the next run lists them
    int skipped = 0;              // records without a usable id
    int callsUsed = 0;            // requests sent, retries included
    int listCalls = 0;            // answered priced calls
    int referenceCalls = 0;       // of which for references
    int citingCalls = 0;          // of which for citing works
    double costUsd = 0;

    bool ok() const { return status == Status::Ok || status == Status::Estimated; }
};

// The citation sync, run after the author sync on the same client and cache
// (issue 17): fetches the works the seeds reference that are not cached, as
// slim records (filter=openalex:W1|…, 100 a call, select= the fields the views
// need), and lists the works citing the seeds (filter=cites:W1|…, cursor
// paging). An OR'd cites: answer does not say which seed was cited: each
// citing work's own referenced_works does (stored by the cache).
//
// Spending little: seeds are listed by falling count of citing works still
// unknown, in batches built just before they are sent, so that a seed whose
// citing works all came with earlier batches is marked listed without a call;
// re-runs list only seeds never listed or whose cited_by_count moved.
// Every page is committed as it arrives; a batch that fails leaves its seeds
// unmarked (the next run lists them) and the sync goes on with the others.
//
// Lives on one thread with its Cache and client, like AuthorSync.
class CitationSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitationSync)

public:
    CitationSync(Cache *cache, OpenAlexClient *client, QObject *parent = nullptr);
    ~CitationSync() override;

    // The fields a slim record carries (all top-level OpenAlex work fields).
    static const QString &slimFields();
    static constexpr int kBatchSize = OpenAlexClient::kMaxOrValues;
    static constexpr int kPageSize = OpenAlexClient::kMaxPerPage;

    // What options would cost, from the cache alone (no call).
    Read<CitationEstimate> estimate(const CitationOptions &options) const;

    // Returns at once; finished() follows.
    void start(const CitationOptions &options);
    bool isRunning() const { return m_running; }

public slots:
    // Thread-safe. Stops after the page being written.
    void cancel();

signals:
    void estimated(const peerscope::CitationEstimate &estimate);
    void progress(const peerscope::CitationProgress &progress);
    void waitingForRateLimit(int milliseconds);
    void committed();
    void finished(const peerscope::CitationResult &result);

private:
    struct Seed {
        QString id;
        bool cached = false;
        int count = 0;
    };
    Read<QList<CitationSeed>> loadSeeds(const CitationOptions &options) const;
    void request(const QString &path, const OpenAlexClient::Query &query, std::function<void(const ApiResult &)> handler);
    void fetchReferences();
    void onReferenceBatch(const QStringList &batch, const ApiResult &result);
    void referencesDone();
    void nextCitingBatch();
    void listCiting(const QString &cursor);
    void onCitingPage(const QString &cursor, const ApiResult &result);
    void citingBatchDone();
    void citingBatchFailed(const ApiResult &result);
    // A failed call: noted; true when no further call can succeed today
    // (budget spent, key refused) and the sync must stop.
    bool noteFailure(const ApiResult &result);
    bool stopped() const;
    void failCache(const QString &what);
    void done(CitationResult::Status status);
    void report(CitationProgress::Phase phase, int done, int total);

    Cache *m_cache;
    OpenAlexClient *m_client;
    CitationSyncQueries m_queries;
    CitationOptions m_options;
    std::atomic_bool m_cancelled{false};
    bool m_running = false;
    QString m_now;
    int m_calls = 0;
    double m_cost = 0;
    CitationResult m_result;

    QStringList m_seedIds;
    // References.
    int m_pendingBatches = 0;
    int m_referenceBatches = 0;
    int m_referenceBatchesDone = 0;
    // Citing works.
    QList<Seed> m_toList;         // seeds still to list
    int m_seedsToListTotal = 0;
    QList<Seed> m_batch;          // the batch being listed
    QSet<QString> m_batchIds;
    QSet<QString> m_batchSeen;    // records of this batch's listing (cursor pages may repeat one)
    QSet<QString> m_citingSeen;   // over the whole run
    // The batch being listed, for the log: what its seeds' counts promised,
    // how many of those were not known yet, what came and was new, its calls.
    int m_batchRecords = 0;
    int m_batchRemaining = 0;
    int m_batchNew = 0;
    int m_batchCalls = 0;
    bool m_fatal = false;
};

} // namespace peerscope

Q_DECLARE_METATYPE(peerscope::CitationEstimate)
Q_DECLARE_METATYPE(peerscope::CitationProgress)
Q_DECLARE_METATYPE(peerscope::CitationResult)
