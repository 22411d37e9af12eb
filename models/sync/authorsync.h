#pragma once

#include "core/domain.h"
#include "openalex/openalexclient.h"
#include "openalex/openalexparser.h"
#include "sync/syncstore.h"
#include "sync/syncwriter.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace peerscope {

class Cache;

struct SyncOptions {
    QString author;               // OpenAlex ID (or URL) or ORCID
    int depth = 1;                // 1: author, works, co-author profiles; 2: also the co-authors' works
    bool force = false;           // relist even when the author looks unchanged
    int ttlDays = 7;              // co-author profiles older than this are fetched again
    bool dryRun = false;          // fetch the author (free), estimate, stop: no list call
    // Ask (confirmationNeeded) before spending more than this share of what
    // is left of today's budget; negative: never ask.
    double confirmShare = -1;
};

// What a sync will cost before it spends anything: list calls are priced,
// singletons are free. Co-author counts are known only after the works are
// listed, so a first sync guesses them (coauthorsGuessed).
struct SyncEstimate {
    bool unchanged = false;       // the author looks unchanged: nothing to list
    bool incremental = false;     // a completed earlier sync: IDs and dates only
    int works = 0;                // works OpenAlex counts for the author
    int worksPages = 0;           // list calls for the works (100 a page)
    int changedBatches = 0;       // incremental: batches of changed works, at most
    int coauthorBatches = 0;      // co-author profiles, 100 a call
    bool coauthorsGuessed = false;
    int coauthorWorkCalls = 0;    // depth 2
    int freeCalls = 1;            // the author record

    int listCalls() const { return worksPages + changedBatches + coauthorBatches + coauthorWorkCalls; }
    double costUsd() const;
};

// One line for the user: "about 12 list calls ($0.0012) …", shared by the
// command line and the window.
QString describeEstimate(const SyncEstimate &estimate);
// "$0.0012": dollars with the precision a call price needs.
QString formatUsd(double usd);
// "$0.84 of $1.00 left today, resets 00:00 UTC (in 5 h 12 min)"; empty when
// nothing is known.
QString describeBudget(const BudgetStatus &budget, const QDateTime &now = QDateTime::currentDateTimeUtc());

struct SyncResult {
    enum class Status { Ok, Unchanged, Estimated, Cancelled, BadInput, NotFound, ApiError, CacheError };
    Status status = Status::Ok;
    ApiResult::Status apiStatus = ApiResult::Status::Ok;
    QString authorId;
    QString mergedFrom;           // the ID the user gave, when OpenAlex merged it
    QString error;                // for the user; never contains the API key
    int callsUsed = 0;            // requests sent for this sync, retries included
    int listCalls = 0;            // of which priced list calls that were answered
    double costUsd = 0;           // what OpenAlex charged for them
    int skipped = 0;              // records without a usable id, left out
    SyncEstimate estimate;        // as computed before the lists
    int worksWritten = 0;
    int coauthorsWritten = 0;
    int changes = 0;              // change_log rows written

    bool ok() const { return status == Status::Ok || status == Status::Unchanged || status == Status::Estimated; }
};

struct SyncProgress {
    enum class Phase { Author, Works, FullAuthorLists, Coauthors, CoauthorWorks, Finishing };
    Phase phase = Phase::Author;
    int done = 0;
    int total = 0;
    int callsUsed = 0;
    double costUsd = 0;
};

// What a sync is doing, in words for the user, the same in the window and on
// the command line: "works" / "co-author profiles" ...
QString describePhase(SyncProgress::Phase phase);
// "works 40 of 120 · 3 API calls, $0.0003"
QString describeProgress(const SyncProgress &progress);

// Syncs one author from OpenAlex into the cache: the author, all works
// (cursor paging), full author lists of truncated works, co-author profiles
// in batches, and at depth 2 the co-authors' works. This class is the request
// state machine: what to ask next, estimates, budget, cancellation. Writing
// is SyncWriter's: every page in one transaction, the change log and the
// departures. The sync_state row says "complete" only at the end, so a sync
// killed at any moment is finished by the next one.
//
// Lives on one thread with its Cache and client (the CLI: the main thread;
// the GUI: move all three to a worker thread and call start() queued).
class AuthorSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorSync)

public:
    AuthorSync(Cache *cache, OpenAlexClient *client, QObject *parent = nullptr);
    ~AuthorSync() override;

    // Returns at once; finished() follows.
    void start(const SyncOptions &options);
    bool isRunning() const { return m_running; }

    // One place for both: the documented maximum page size and OR batch.
    static constexpr int kPageSize = OpenAlexClient::kMaxPerPage;
    static constexpr int kBatchSize = OpenAlexClient::kMaxOrValues;

public slots:
    // Thread-safe. Stops after the page being written; the cache stays consistent.
    void cancel();
    // After confirmationNeeded: go on with the sync (thread-safe).
    void proceed();

signals:
    void progress(const peerscope::SyncProgress &progress);
    // Before the first list call; the CLI prints it.
    void estimated(const peerscope::SyncEstimate &estimate);
    // The estimate exceeds options.confirmShare of what is left today: the
    // sync waits for proceed() or cancel().
    void confirmationNeeded(const peerscope::SyncEstimate &estimate, const peerscope::BudgetStatus &budget);
    void waitingForRateLimit(int milliseconds);
    // A step was committed: views may refresh.
    void committed(const QString &authorId);
    void finished(const peerscope::SyncResult &result);

private:
    enum class Listing { Full, Changes, CoauthorWorks };

    // Every request of the sync goes through here, so that it counts its own
    // calls and cost on a client others share.
    void request(const QString &path, const OpenAlexClient::Query &query, std::function<void(const ApiResult &)> handler);
    SyncEstimate estimate(const syncstore::SyncState &state) const;
    void startListing();
    void fetchAuthor(const QString &path);
    void onAuthor(const ApiResult &result);
    void listWorks(Listing listing, const QString &cursor);
    void onWorksPage(Listing listing, const QString &cursor, const ApiResult &result);
    void worksListed(Listing listing);
    void fetchChangedWorks(const QStringList &ids);
    void fetchSingleWork(const QString &id, int redirects, std::function<void()> next);
    // Parses a response body; on malformed JSON ends the sync with
    // unreadable (its %1: what the parser said) and returns false.
    bool parsePage(const QByteArray &body, openalex::ParsedDocument *doc, const QString &unreadable);
    // ids from path in batches (filter=openalex:A|B|..., kBatchSize a call),
    // all under way together. write() stores one parsed page and returns how
    // many entities it wrote, or -1 after reporting a failure; after the
    // last page, next() continues the sync.
    void fetchBatches(const QString &path, const QStringList &ids, SyncProgress::Phase phase, const QString &unreadable,
                      std::function<int(const openalex::ParsedDocument &)> write, std::function<void()> next);
    // Marks the works that left the author's list (SyncWriter); false after
    // reporting a failure.
    bool recordDepartures(const QSet<QString> &listed);
    void fetchTruncated();
    void fetchCoauthors();
    void listCoauthorWorks();
    void finish();
    // Records the sync event for the other clients.
    void announceFinished();

    // Writes a page through the writer: true and committed() when it was
    // written, false after reporting the failure.
    bool written(const Status &status);
    bool writeWorks(const QList<Work> &works, SyncWriter::WorkSource source);
    bool stopped() const;
    void fail(const ApiResult &result);
    void failCache(const QString &what);
    void done(SyncResult::Status status, const QString &error = {});
    void report(SyncProgress::Phase phase, int done, int total);

    Cache *m_cache;
    OpenAlexClient *m_client;
    SyncWriter m_writer;
    SyncOptions m_options;
    std::atomic_bool m_cancelled{false};
    bool m_running = false;
    int m_calls = 0;
    int m_listCalls = 0;
    double m_cost = 0;
    int m_redirects = 0;
    bool m_awaitingConfirmation = false;
    bool m_listIncremental = false;

    Author m_author;
    QString m_requested;
    QString m_mergedFrom;
    bool m_hadPrior = false;      // a previous sync completed: log changes
    QSet<QString> m_seen;         // works listed for the author this sync
    QHash<QString, QPair<QString, int>> m_listedChanges; // id -> (updated_date, cited_by_count)
    QStringList m_truncated;
    QStringList m_coauthorBatches;
    QStringList m_coauthorWorkAuthors;
    int m_pending = 0;
    int m_listedTotal = 0;
    int m_pageNumber = 0;
    int m_coauthorsTotal = 0;
    SyncResult m_result;
};

} // namespace peerscope

Q_DECLARE_METATYPE(peerscope::SyncEstimate)
