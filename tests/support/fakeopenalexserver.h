#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QThread;

namespace peerscope::test {

class FakeServerListener;

// A real HTTP/1.1 server on 127.0.0.1 (random port) that answers like the
// OpenAlex API from the fixtures plus generated data. It runs on its own
// thread, so a test may block (QProcess::waitForFinished) while a child
// process talks to it. Every public method is thread-safe.
class FakeOpenAlexServer final
{
public:
    enum class Fault {
        RateLimitJson,        // 429, retryAfter in a JSON body, no header
        RateLimitHtml,        // 429, Retry-After header, an HTML body
        ServerError,          // 500
        ServiceUnavailable,   // 503 with an HTML body
        Slow,                 // the answer comes after slowDelay()
        TruncatedBody,        // Content-Length promises more than is sent
        DroppedConnection,    // closed without an answer
        MalformedJson,        // 200 with broken JSON
        Unauthorized,         // 401
        PlanUpgradeRequired,  // 429 "Plan upgrade required"
        BudgetSpent,          // 429 "Insufficient budget", Retry-After until the reset, Remaining: 0
        PerSecondLimit,       // 429 "Too many requests per second", Retry-After: 1, Remaining: 0
        RateLimit403,         // 403 "Rate limit exceeded; slow down" (the 2026 docs' meaning of 403)
    };

    // What /rate-limit answers: its shape is not pinned by the docs.
    enum class RateLimitShape {
        Nested,           // {"api_key": "…", "rate_limit": {"daily_budget_usd": 1.0, …}}
        TopLevelStrings,  // {"daily_budget_usd": "1.0000", …}
        NoBudgetFields,   // {"api_key": "…"}: only the headers tell
    };

    // How the messy records of a large author are spread, so tests can count.
    struct LargeAuthorShape {
        QString authorId;
        int works = 0;                    // listed under the author
        int coauthors = 0;                // with an OpenAlex ID (others are no co-authors)
        int truncatedWorks = 0;           // over 100 authorships: cut at 100 in lists
        QString exactly100WorkId;         // exactly 100 authorships: never cut, never marked truncated
        int nullTitleWorks = 0;           // "title": null and "display_name": null
        int idlessAuthorships = 0;        // authorships whose author.id is null or missing
        int worksWithIdlessAuthorships = 0;
        int nullYearWorks = 0;            // "publication_year": null and "publication_date": null
        int nullPrimaryLocationWorks = 0; // "primary_location": null
        int nullSourceWorks = 0;          // primary_location.source: null
        int nullIdsWorks = 0;             // "ids": null
        int nullTopicsWorks = 0;          // "topics": null
        // Works whose "authorships" (and "topics") are null. OpenAlex cannot list
        // them under an author, so they are not the author's works: they are
        // referenced by the author's first work, reachable by ID and OR batch.
        QStringList nullAuthorshipsWorkIds;
    };

    // The citations around an author's works, as the server holds them now
    // (computed from the records, so it follows addCitingWork and friends).
    // ID lists are sorted as plain strings.
    struct CitationShape {
        QString authorId;
        int seedsWithReferences = 0;      // the author's works with a non-empty referenced_works
        int seedsWithoutReferences = 0;   // the author's works whose referenced_works is [] ("no reference data")
        int seedsWithoutReferenceKey = 0; // the author's works with no referenced_works key at all
        int referenceLinks = 0;           // (author's work, referenced work) pairs
        QStringList referencedIds;        // distinct IDs the author's works reference, sorted
        QStringList unknownReferenceIds;  // among them, IDs the server has no record of (an openalex: batch omits them, GET /works/ID is 404)
        QStringList citingIds;            // distinct works citing at least one of the author's works, sorted
        int citationLinks = 0;            // (citing work, author's work) pairs
        // What addCitations generated for this author (0 before it ran): pool
        // records, citing records, and the messy ones among both.
        int poolWorks = 0;                // pool works with a record (the unknown IDs are not counted)
        int citingWorks = 0;
        int nullTitleWorks = 0;           // "title": null and "display_name": null
        int nullYearWorks = 0;            // "publication_year": null and "publication_date": null
        int idlessAuthorshipWorks = 0;    // one authorship whose author.id is null
        int nullDoiWorks = 0;             // "doi": null
    };


    struct LoggedRequest {
        QString path;          // decoded path, no query
        QByteArray target;     // the raw request target as sent
        QHash<QString, QString> query; // decoded ('+' as space, like a real server)
        QByteArray userAgent;
    };

    FakeOpenAlexServer();
    ~FakeOpenAlexServer();
    Q_DISABLE_COPY_MOVE(FakeOpenAlexServer)

    bool start();
    QUrl baseUrl() const;

    // Data. The fixture author is A5017898742 with 9 works and 17 co-authors.
    void loadFixtures();
    static QString fixtureAuthorId() { return QStringLiteral("A5017898742"); }
    // A generated author with works, co-authors spread over them, some works
    // whose authorships are cut at 100 in lists, one with exactly 100, and the
    // messy records real lists hold (see LargeAuthorShape). Returns its ID.
    QString addLargeAuthor(int works = 1600, int coauthors = 3100, int truncatedWorks = 6);
    LargeAuthorShape largeAuthorShape(const QString &authorId) const;

    // The documented contract (2026): a daily budget in USD charged per call
    // (singletons, autocomplete and /rate-limit free; lists $0.0001; search=
    // $0.001), reset at midnight UTC.
    static constexpr double kListPriceUsd = 0.0001;
    static constexpr double kSearchPriceUsd = 0.001;
    void setDailyBudgetUsd(double usd);                 // default $1; also restores the day
    void setSecondsToReset(int seconds);                // X-RateLimit-Reset and Retry-After; default: the real midnight UTC
    void resetDay();                                    // a new day: the budget is whole again
    double spentTodayUsd() const;
    int chargedCalls() const;                           // calls charged today
    // More than n requests in one wall-clock second answer 429 (0: no limit).
    void setPerSecondLimit(int n);
    int perSecondRejections() const;                    // 429s sent for the per-second limit
    void setRateLimitShape(RateLimitShape shape);
    // Prices charged and reported in meta.cost_usd (default: the documented ones).
    void setPrices(double listUsd, double searchUsd);
    // X-RateLimit-* in the 2025 credits (100,000 = $1) instead of dollars.
    void setHeadersInCredits(bool credits);

    // The next `times` requests (-1: all) whose path starts with pathPrefix
    // (ends with '$': equals it) get the fault.
    void injectFault(Fault fault, int times = 1, const QString &pathPrefix = {});
    void clearFaults();
    void setSlowDelay(int milliseconds);
    void setResponseDelay(int milliseconds);   // every answer, to observe concurrency
    void setRetryAfterSeconds(int seconds);
    void setRequiredApiKey(const QString &key); // others get 401

    // Changes between syncs.
    void mergeAuthor(const QString &oldId, const QString &newId); // old answers 301
    void mergeWork(const QString &oldId, const QString &newId);   // old answers 301
    void bumpCitations(const QString &workId, int delta);
    QString addWork(const QString &authorId, const QStringList &coauthorIds);
    void removeAuthorFromWork(const QString &workId, const QString &authorId);
    void setLastKnownInstitution(const QString &authorId, const QString &institutionId, const QString &name);

    // Citations. GET /works answers filter=cites:W1|W2|… (works whose
    // referenced_works holds any of them) and filter=cited_by:W1|… (the works
    // any of them references that have a record), with cursor paging, per_page
    // and select=, in the server's record order (stable across pages); IDs
    // without a record are left out, as OpenAlex leaves them out.
    //
    // Gives the author's works (use addLargeAuthor's author) reference lists
    // drawn from a Zipf-distributed pool of poolSize generated works (a few
    // pool works cited by hundreds of the author's works, most by one or two;
    // ~20 references per work on average; ~5% of the author's works get
    // referenced_works: [] and referenced_works_count 0; ~2% of the pool IDs
    // have no record on the server), and citingWorks generated works that
    // each cite 1..8 of the author's works (Zipf again: a few of the author's
    // works are cited hundreds of times, many never), plus references of their
    // own to pool works. Every generated or author's work's cited_by_count (and
    // counts_by_year where present) is what a cites: listing returns; an
    // author's work's updated_date moves only when its cited_by_count changed.
    // References the author's works already had are kept. Deterministic for a
    // given seed and server state. Generated IDs: pool records W80…, pool IDs
    // without a record W60…, citing works W70…; their authors (A4…) have no
    // author records. The citing works are never the author's own works.
    CitationShape addCitations(const QString &authorId, int poolSize = 5000, int citingWorks = 4000, quint32 seed = 7);
    CitationShape citationShape(const QString &authorId) const;
    // A new generated work citing workId (and nothing else): workId's
    // cited_by_count grows by one and its updated_date moves (so do its
    // authors' records), so an incremental sync sees it changed and a citation
    // re-run has exactly this one to fetch. Returns the new ID; empty when
    // workId has no record.
    QString addCitingWork(const QString &workId);
    // The real bodies of ../shared/fixtures/citations/: the three seed works,
    // the 24 works of the cited_by page and the 50 of the cites page become
    // records (in the pages' order), so cites:W2741809807 answers the 50 real
    // citing works and cited_by:W2766808518 the 24 real references (the server
    // has no record of W2741809807 or W2766808518 themselves: their singletons
    // are 404). Their counts are the real ones, not recomputed.
    void loadCitationFixtures();
    static QString citationFixturesDir();

    // What the server holds and what it was asked.
    QStringList worksOf(const QString &authorId) const;
    QStringList coauthorsOf(const QString &authorId) const;
    int truncatedWorksOf(const QString &authorId) const;
    int requestCount() const;
    int requestCount(const QString &pathPrefix) const;
    QList<LoggedRequest> requests() const;
    void resetRequests();
    int maxConcurrent() const;

    // Called by the listener on the server thread.
    struct Response {
        int code = 200;
        QByteArray reason = "OK";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        enum class Delivery { Normal, Truncated, Drop } delivery = Delivery::Normal;
        int delayMs = 0;
    };
    Response handle(const QByteArray &method, const QByteArray &target, const QByteArray &userAgent);
    void requestDone();

private:
    struct FaultRule {
        Fault fault;
        int remaining;
        QString pathPrefix;
    };
    Response route(const QString &path, const QHash<QString, QString> &query);
    Response contractViolation(const QString &path, const QHash<QString, QString> &query);
    Response budgetAnswer(const QString &message, int code);
    double priceOf(const QString &path, const QHash<QString, QString> &query) const;
    int secondsToReset() const;
    void addRateLimitHeaders(Response &r, double callCost) const;
    Response json(const QJsonObject &object, int code = 200);
    Response listPage(QList<QJsonObject> items, const QHash<QString, QString> &query, bool truncateAuthorships);
    Response applyFault(Fault fault, Response normal);
    QJsonObject workForList(const QJsonObject &work) const;
    void rebuildIndex() const;
    QStringList referencesOf(const QString &workId) const;
    QList<QJsonObject> orderedRecords(const QSet<QString> &ids) const;
    bool setCitedByCount(const QString &workId, int count);
    CitationShape citationShapeLocked(const QString &authorId) const;
    void touchAuthor(const QString &authorId);
    QString nextDate();

    mutable QMutex m_mutex;
    QThread *m_thread = nullptr;
    FakeServerListener *m_listener = nullptr;
    quint16 m_port = 0;

    QHash<QString, QJsonObject> m_authors;
    QHash<QString, QJsonObject> m_works;      // full records
    QStringList m_workOrder;
    QHash<QString, QString> m_merged;
    QHash<QString, QString> m_mergedWorks;
    QHash<QString, LargeAuthorShape> m_largeShapes;
    mutable QHash<QString, QStringList> m_worksByAuthor;
    mutable QHash<QString, QStringList> m_citedBy;  // cited ID -> works citing it (listings sort by m_workPos)
    mutable QHash<QString, int> m_workPos;          // position in m_workOrder
    mutable bool m_indexDirty = true;
    // Reference lists known from a cited_by: page for works without a record.
    QHash<QString, QStringList> m_referencesWithoutRecord;
    QHash<QString, CitationShape> m_citationGenerated;
    int m_citationWorks = 0;
    int m_revision = 0;
    int m_generatedWorks = 0;

    QList<FaultRule> m_faults;
    int m_slowDelayMs = 3000;
    int m_responseDelayMs = 0;
    int m_retryAfterSeconds = 1;
    QString m_requiredKey;

    double m_dailyBudgetUsd = 1.0;
    double m_spentUsd = 0;
    int m_chargedCalls = 0;
    int m_secondsToReset = -1;
    int m_perSecondLimit = 0;
    int m_perSecondRejections = 0;
    qint64 m_currentSecond = 0;
    int m_requestsThisSecond = 0;
    RateLimitShape m_rateLimitShape = RateLimitShape::Nested;
    double m_listPriceUsd = kListPriceUsd;
    double m_searchPriceUsd = kSearchPriceUsd;
    bool m_headersInCredits = false;
    double m_currentPrice = 0;   // of the call being routed: its meta.cost_usd

    QList<LoggedRequest> m_log;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace peerscope::test
