#pragma once

#include "core/domain.h"
#include "openalex/openalexclient.h"
#include "openalex/openalexparser.h"

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
};

struct SyncResult {
    enum class Status { Ok, Unchanged, Cancelled, BadInput, NotFound, ApiError, CacheError };
    Status status = Status::Ok;
    ApiResult::Status apiStatus = ApiResult::Status::Ok;
    QString authorId;
    QString mergedFrom;           // the ID the user gave, when OpenAlex merged it
    QString error;                // for the user; never contains the API key
    int callsUsed = 0;
    int worksWritten = 0;
    int coauthorsWritten = 0;
    int changes = 0;              // change_log rows written

    bool ok() const { return status == Status::Ok || status == Status::Unchanged; }
};

struct SyncProgress {
    enum class Phase { Author, Works, FullAuthorLists, Coauthors, CoauthorWorks, Finishing };
    Phase phase = Phase::Author;
    int done = 0;
    int total = 0;
    int callsUsed = 0;
};

// Syncs one author from OpenAlex into the cache: the author, all works
// (cursor paging), full author lists of truncated works, co-author profiles
// in batches, and at depth 2 the co-authors' works. Every page is written in
// one transaction, and the sync_state row says "complete" only at the end,
// so a sync killed at any moment is finished by the next one.
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

    static constexpr int kPageSize = 200;
    static constexpr int kBatchSize = 100;

public slots:
    // Thread-safe. Stops after the page being written; the cache stays consistent.
    void cancel();

signals:
    void progress(const peerscope::SyncProgress &progress);
    void waitingForRateLimit(int milliseconds);
    // A step was committed: views may refresh.
    void committed(const QString &authorId);
    void finished(const peerscope::SyncResult &result);

private:
    enum class Listing { Full, Changes, CoauthorWorks };

    void fetchAuthor(const QString &path);
    void onAuthor(const ApiResult &result);
    void listWorks(Listing listing, const QString &cursor);
    void onWorksPage(Listing listing, const QString &cursor, const ApiResult &result);
    void worksListed(Listing listing);
    void fetchChangedWorks(const QStringList &ids);
    // Parses a response body; on malformed JSON ends the sync with
    // unreadable (its %1: what the parser said) and returns false.
    bool parsePage(const QByteArray &body, openalex::ParsedDocument *doc, const QString &unreadable);
    // ids from path in batches (filter=openalex:A|B|..., kBatchSize a call),
    // all under way together. write() stores one parsed page and returns how
    // many entities it wrote, or -1 after reporting a failure; after the
    // last page, next() continues the sync.
    void fetchBatches(const QString &path, const QStringList &ids, SyncProgress::Phase phase, const QString &unreadable,
                      std::function<int(const openalex::ParsedDocument &)> write, std::function<void()> next);
    void recordDepartures(const QSet<QString> &listed);
    void fetchTruncated();
    void fetchCoauthors();
    void listCoauthorWorks();
    void finish();

    bool writeWorks(const QList<Work> &works, bool singleton, bool root);
    bool writeWork(Work work, bool singleton, bool root);
    bool beginPage();
    bool commitPage();
    bool stopped() const;
    void fail(const ApiResult &result);
    void failCache(const QString &what);
    void done(SyncResult::Status status, const QString &error = {});
    void report(SyncProgress::Phase phase, int done, int total);
    int calls() const;

    Cache *m_cache;
    OpenAlexClient *m_client;
    SyncOptions m_options;
    std::atomic_bool m_cancelled{false};
    bool m_running = false;
    int m_callsAtStart = 0;
    int m_redirects = 0;

    Author m_author;
    QString m_requested;
    QString m_mergedFrom;
    bool m_hadPrior = false;      // a previous sync completed: log changes
    QSet<QString> m_oldCoauthors;
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
