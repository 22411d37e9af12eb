#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace peerscope {

// What OpenAlex says of today's budget, from the X-RateLimit-* headers of
// any answer and from GET /rate-limit.
struct BudgetStatus {
    bool known = false;              // some header or /rate-limit body was seen
    double dailyBudgetUsd = -1;      // -1: unknown
    double remainingUsd = -1;        // what is left today (daily allowance)
    double prepaidRemainingUsd = -1; // prepaid credit, if the service reports it
    double usedTodayUsd = -1;
    QDateTime resetsAt;              // UTC; invalid when unknown
    bool spent = false;              // a 429 said the budget is spent; true until resetsAt
    QDateTime observedAt;            // UTC
};

// What a call costs: singletons, autocomplete and /rate-limit are free.
enum class CallCost { Free, List, Search };

// What one API call ended with, after retries. error is written for the user
// and never contains the API key.
struct ApiResult {
    enum class Status {
        Ok,
        Moved,                // 301/302/308: location holds the survivor's URL (a merge)
        NotFound,             // 404
        Unauthorized,         // 401/403: missing or invalid key
        PlanUpgradeRequired,  // 429 that no waiting will fix
        BudgetSpent,          // X-RateLimit-Remaining: 0
        RateLimited,          // 429 still after the allowed waits
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
    int attempts = 0;
    double costUsd = 0;
    CallCost cost = CallCost::Free;

    bool ok() const { return status == Status::Ok; }
};

// One object owns the QNetworkAccessManager: every OpenAlex request goes
// through it, so rate limiting, retries and the key live in one place.
// Asynchronous: get() returns at once; the callback runs later on this
// object's thread.
class OpenAlexClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenAlexClient)

public:
    using Callback = std::function<void(const ApiResult &)>;
    // Ordered query items; values are percent-encoded by the client.
    using Query = QList<QPair<QString, QString>>;

    static QUrl defaultBaseUrl();
    static constexpr int kMaxPerPage = 100;
    static constexpr int kMaxOrValues = 100;
    static constexpr int kBasicPagingLimit = 10000;
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
    // A Retry-After longer than this is not waited for: the call fails.
    void setMaxRetryAfter(int seconds) { m_maxRetryAfterSeconds = seconds; }

    // path like "/authors/A5017898742"; context guards the callback.
    void get(const QString &path, const Query &query, QObject *context, Callback callback);
    // Drops queued requests and aborts running ones; their callbacks never run.
    void cancelAll();
    void cancel(QObject *context);
    BudgetStatus budget() const { return m_budget; }
    double costUsed() const { return m_costUsed; }
    void refreshBudget(QObject *context, std::function<void(const BudgetStatus &, const ApiResult &)> callback);

    int callsUsed() const { return m_callsUsed; }
    void resetCallsUsed() { m_callsUsed = 0; }
    bool budgetSpent() const { return m_budgetSpent; }
    int pending() const { return int(m_queue.size() + m_running.size()); }

    // The URL as it may be shown or logged: never with the key.
    static QString displayUrl(const QUrl &url);

signals:
    void callsUsedChanged(int calls);
    // The server asked us to wait (429) for this long.
    void waitingForRateLimit(int milliseconds);
    void budgetChanged(const peerscope::BudgetStatus &status);
    void costUsedChanged(double usd);

private:
    struct Request {
        quint64 id = 0;
        QString path;
        Query query;
        QPointer<QObject> context;
        Callback callback;
        int attempt = 0;          // retries done so far
        int rateLimitWaits = 0;
        qint64 notBeforeMs = 0;   // backoff: not sent before this monotonic time
    };

    QUrl urlFor(const Request &request) const;
    void schedule();
    void dispatch();
    bool takeToken(qint64 nowMs, qint64 *waitMs);
    void send(Request request);
    void onFinished(QNetworkReply *reply);
    void retryLater(Request request, qint64 delayMs);
    void deliver(const Request &request, ApiResult result);
    qint64 backoffMs(int attempt) const;
    QString scrubbed(QString text) const;
    static qint64 nowMs();

    QNetworkAccessManager *m_manager = nullptr;
    QTimer *m_timer = nullptr;
    QUrl m_baseUrl;
    QString m_apiKey;
    BudgetStatus m_budget;
    double m_costUsed = 0;
    double m_rate = 10.0;
    int m_burst = 1;
    double m_tokens = 1.0;
    qint64 m_lastRefillMs = 0;
    qint64 m_pausedUntilMs = 0;   // a 429 pauses every request, not just one
    int m_maxConcurrent = 4;
    int m_timeoutMs = 30000;
    int m_maxRetries = 4;
    int m_backoffBaseMs = 500;
    int m_maxRetryAfterSeconds = 600;
    int m_callsUsed = 0;
    bool m_budgetSpent = false;
    quint64 m_nextId = 1;
    QList<Request> m_queue;
    QHash<QNetworkReply *, Request> m_running;
};

} // namespace peerscope

Q_DECLARE_METATYPE(peerscope::BudgetStatus)
