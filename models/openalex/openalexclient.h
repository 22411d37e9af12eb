#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace peerscope {

// What OpenAlex says of today's budget, from the X-RateLimit-* headers of any
// answer and from GET /rate-limit. Amounts in US dollars; -1 is unknown.
struct BudgetStatus {
    bool known = false;              // some header or /rate-limit body was seen
    double dailyBudgetUsd = -1;      // the day's allowance
    double remainingUsd = -1;        // what is left of it today
    double prepaidRemainingUsd = -1; // prepaid credit, if the service reports it
    double usedTodayUsd = -1;
    QDateTime resetsAt;              // UTC; invalid when unknown (OpenAlex resets at midnight UTC)
    bool spent = false;              // a 429 said the budget is spent; true until resetsAt
    QDateTime observedAt;            // UTC

    // Equal in what is known (observedAt aside): budgetChanged fires only on a change.
    bool sameAs(const BudgetStatus &other) const;
};

// What a call costs under OpenAlex's 2026 pricing.
enum class CallCost {
    Free,    // singletons (by ID, DOI, ORCID), autocomplete, /rate-limit
    List,    // list or filter calls
    Search,  // search= (and search.*=, *.search: filters)
};

// What one API call ended with, after retries. error is written for the user
// and never contains the API key.
struct ApiResult {
    enum class Status {
        Ok,
        Moved,                // 301/302/308: location holds the survivor's URL (a merge)
        NotFound,             // 404
        Unauthorized,         // 401/403: missing or invalid key
        PlanUpgradeRequired,  // 429 that no waiting will fix
        BudgetSpent,          // 429 "insufficient budget" or a far reset: no list call until the reset
        RateLimited,          // 429/403 still after the allowed waits
        HttpError,            // other 4xx/5xx after retries
        NetworkError,         // connection refused, dropped, truncated, ...
        Timeout,
        BadResponse,          // 2xx whose body is not JSON, after retries
        Cancelled,
    };
    Status status = Status::NetworkError;
    int httpCode = 0;
    QString error;
    QByteArray body;
    int retryAfterSeconds = -1;
    QString location;
    int attempts = 0;          // HTTP requests sent for this call (0: failed without one)
    // What this call cost: meta.cost_usd when present, else the price of its
    // class; 0 for failures that were not charged.
    double costUsd = 0;
    CallCost cost = CallCost::Free;

    bool ok() const { return status == Status::Ok; }
};

// One object owns the QNetworkAccessManager: every OpenAlex request goes
// through it, so rate limiting, retries, the budget and the key live in one
// place, shared by the sync, the search box and the command line.
// Asynchronous: get() returns at once and may be called from any thread; the
// callback runs on the context object's thread. Configuration setters belong
// to the client's own thread, before requests are made.
class OpenAlexClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenAlexClient)

public:
    using Callback = std::function<void(const ApiResult &)>;
    using BudgetCallback = std::function<void(const BudgetStatus &, const ApiResult &)>;
    // Ordered query items; values are percent-encoded by the client.
    using Query = QList<QPair<QString, QString>>;

    static constexpr int kMaxPerPage = 100;          // "100 is the supported maximum"
    static constexpr int kMaxOrValues = 100;         // OR batch: filter=openalex:W1|…|W100
    static constexpr int kBasicPagingLimit = 10000;  // basic paging ends here; cursor paging beyond
    // A 429 asking to wait at most this long is a per-second limit, not a spent budget.
    static constexpr int kShortWaitSeconds = 60;

    static QUrl defaultBaseUrl();
    static CallCost costOf(const QString &path, const Query &query);
    static double priceUsd(CallCost cost);

    explicit OpenAlexClient(QObject *parent = nullptr);
    ~OpenAlexClient() override;

    // https only, except for loopback hosts (tests, local mirrors). Returns
    // false and leaves the old base in place when the URL is refused.
    bool setBaseUrl(const QUrl &url, QString *error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key) { m_apiKey = key.trimmed(); }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    void setRequestsPerSecond(double rate);
    void setBurst(int tokens);
    void setMaxConcurrent(int requests);
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setMaxRetries(int retries) { m_maxRetries = retries; }
    void setBackoffBase(int milliseconds) { m_backoffBaseMs = milliseconds; }
    // A Retry-After longer than this (and at most kShortWaitSeconds) is not
    // waited for: the call fails as RateLimited.
    void setMaxRetryAfter(int seconds) { m_maxRetryAfterSeconds = seconds; }

    // path like "/authors/A5017898742"; context guards the callback: it runs
    // on the context's thread and never after the context is destroyed.
    // Thread-safe.
    void get(const QString &path, const Query &query, QObject *context, Callback callback);
    // GET /rate-limit (free): fills the budget from its body, falling back to
    // the answer's headers. Thread-safe.
    void refreshBudget(QObject *context, BudgetCallback callback);
    // Drops the queued and running requests of that context only; their
    // callbacks never run. Thread-safe.
    void cancel(QObject *context);
    // Drops every queued and running request; their callbacks never run. Thread-safe.
    void cancelAll();

    // Thread-safe snapshots.
    BudgetStatus budget() const;
    double costUsed() const;
    bool budgetSpent() const { return budget().spent; }
    int callsUsed() const { return m_callsUsed.load(); }
    void resetCallsUsed() { m_callsUsed.store(0); }
    // On the client's thread only.
    int pending() const { return int(m_queue.size() + m_running.size()); }

    // The URL as it may be shown or logged: never with the key.
    static QString displayUrl(const QUrl &url);

signals:
    void callsUsedChanged(int calls);
    // The server asked us to wait (429) for this long.
    void waitingForRateLimit(int milliseconds);
    // Emitted on the client's thread when what is known of the budget changes.
    void budgetChanged(const peerscope::BudgetStatus &status);
    void costUsedChanged(double usd);

private:
    struct Ticket;
    struct Request {
        quint64 id = 0;
        QString path;
        Query query;
        CallCost cost = CallCost::Free;
        QPointer<QObject> context;
        Callback callback;                // same-thread delivery
        std::shared_ptr<Ticket> ticket;   // cancellation and cross-thread delivery
        int attempt = 0;          // retries done so far
        int rateLimitWaits = 0;
        int sent = 0;             // HTTP requests sent
        qint64 notBeforeMs = 0;   // backoff: not sent before this monotonic time
    };

    void submit(const QString &path, const Query &query, QObject *context, Callback callback,
                std::shared_ptr<BudgetStatus> budgetSnapshot);
    void enqueue(Request request);
    void purgeCancelled();
    QUrl urlFor(const Request &request) const;
    void schedule();
    void dispatch();
    bool takeToken(qint64 nowMs, qint64 *waitMs);
    void send(Request request);
    void onFinished(QNetworkReply *reply);
    void retryLater(Request request, qint64 delayMs);
    void deliver(const Request &request, ApiResult result);
    void forget(const Request &request);
    qint64 backoffMs(int attempt) const;
    QString scrubbed(QString text) const;
    static qint64 nowMs();

    // Budget bookkeeping, on the client's thread; m_budgetMutex guards the values read elsewhere.
    void readBudgetHeaders(QNetworkReply *reply, bool perSecondLimit);
    void readRateLimitBody(const QByteArray &body);
    void markSpent(const QDateTime &resetsAt);
    bool spentNow();
    void publishBudget(const BudgetStatus &before);
    void addCost(double usd);
    QString budgetSpentMessage() const;

    QNetworkAccessManager *m_manager = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_resetTimer = nullptr;
    QUrl m_baseUrl;
    QString m_apiKey;
    double m_rate = 10.0;
    // The rate actually used: below m_rate after a per-second 429 (times
    // kPaceBackoff, never under kMinPaceShare of it), then back up by
    // kPaceRecovery of m_rate with every successful answer.
    double m_pace = 10.0;
    static constexpr double kPaceBackoff = 0.75;
    static constexpr double kMinPaceShare = 0.1;
    static constexpr double kPaceRecovery = 0.005;
    int m_burst = 1;
    double m_tokens = 1.0;
    qint64 m_lastRefillMs = 0;
    qint64 m_pausedUntilMs = 0;   // a per-second 429 pauses every request, not just one
    int m_maxConcurrent = 4;
    int m_timeoutMs = 30000;
    int m_maxRetries = 4;
    int m_backoffBaseMs = 500;
    int m_maxRetryAfterSeconds = kShortWaitSeconds;
    std::atomic<int> m_callsUsed{0};
    std::atomic<quint64> m_nextId{1};
    QList<Request> m_queue;
    QHash<QNetworkReply *, Request> m_running;

    mutable QMutex m_budgetMutex;
    BudgetStatus m_budget;
    double m_costUsed = 0;
    bool m_limitInCredits = false;   // the last Limit header was in credits

    mutable QMutex m_ticketMutex;
    QHash<quint64, std::shared_ptr<Ticket>> m_tickets;   // every request not yet delivered
};

} // namespace peerscope

Q_DECLARE_METATYPE(peerscope::BudgetStatus)
