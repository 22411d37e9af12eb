#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
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
    mutable bool m_indexDirty = true;
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
