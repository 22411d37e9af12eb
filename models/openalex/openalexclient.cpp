#include "openalex/openalexclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcClient, "peerscope.openalex.client", QtWarningMsg)

namespace peerscope {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Retry-After is seconds or an HTTP date; the JSON body may say retryAfter.
// An HTML body (a proxy's error page) must simply not count.
int retryAfterSeconds(QNetworkReply *reply, const QByteArray &body)
{
    const QByteArray header = reply->rawHeader("Retry-After").trimmed();
    if (!header.isEmpty()) {
        bool ok = false;
        const double seconds = header.toDouble(&ok);
        if (ok && seconds >= 0)
            return int(std::ceil(std::min(seconds, 1e9))); // a hostile 1e300 must not overflow int
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
        if (at.isValid())
            return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at)));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonValue v = doc.object().value(QLatin1String("retryAfter"));
        if (v.isDouble() && v.toDouble() >= 0)
            return int(std::ceil(std::min(v.toDouble(), 1e9)));
        if (v.isString()) {
            bool ok = false;
            const double seconds = v.toString().toDouble(&ok);
            if (ok && seconds >= 0)
                return int(std::ceil(std::min(seconds, 1e9))); // a hostile 1e300 must not overflow int
        }
    }
    return -1;
}

// OpenAlex's JSON errors carry "error" and "message"; show the message, but
// only a short, single-line piece of it.
QString serverMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    QString text = o.value(QLatin1String("message")).toString();
    if (text.isEmpty())
        text = o.value(QLatin1String("error")).toString();
    text = text.simplified();
    return text.left(200);
}

bool isPlanUpgrade(const QByteArray &body)
{
    return body.contains("Plan upgrade required") || body.contains("plan upgrade required")
           || body.contains("Plan Upgrade Required");
}

} // namespace

QUrl OpenAlexClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.openalex.org"));
}

OpenAlexClient::OpenAlexClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
    , m_baseUrl(defaultBaseUrl())
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OpenAlexClient::dispatch);
    connect(m_manager, &QNetworkAccessManager::finished, this, &OpenAlexClient::onFinished);
    m_lastRefillMs = nowMs();
}

OpenAlexClient::~OpenAlexClient()
{
    cancelAll();
}

qint64 OpenAlexClient::nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

bool OpenAlexClient::setBaseUrl(const QUrl &url, QString *error)
{
    const QString scheme = url.scheme().toLower();
    QString problem;
    if (!url.isValid() || url.host().isEmpty())
        problem = tr("'%1' is not a valid API address.").arg(displayUrl(url));
    else if (scheme != QLatin1String("https") && !(scheme == QLatin1String("http") && isLoopbackHost(url.host())))
        problem = tr("The API address must use https (plain http is allowed only for 127.0.0.1 or localhost): %1")
                      .arg(displayUrl(url));
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QUrl clean = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    m_baseUrl = clean;
    return true;
}

QString OpenAlexClient::scrubbed(QString text) const
{
    // Qt's error strings may quote the whole URL, key included.
    if (!m_apiKey.isEmpty())
        text.replace(m_apiKey, QStringLiteral("***"));
    return text;
}

void OpenAlexClient::setRequestsPerSecond(double rate)
{
    m_rate = rate > 0 ? rate : 10.0;
}

void OpenAlexClient::setBurst(int tokens)
{
    m_burst = qMax(1, tokens);
    m_tokens = qMin(m_tokens, double(m_burst));
}

void OpenAlexClient::setMaxConcurrent(int requests)
{
    m_maxConcurrent = qMax(1, requests);
}

QString OpenAlexClient::displayUrl(const QUrl &url)
{
    QUrl shown = url;
    QUrlQuery query(shown);
    if (query.hasQueryItem(QStringLiteral("api_key"))) {
        query.removeAllQueryItems(QStringLiteral("api_key"));
        shown.setQuery(query);
    }
    shown.setUserInfo(QString());
    return shown.toDisplayString();
}

QUrl OpenAlexClient::urlFor(const Request &request) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + request.path);
    // Encoded by hand: QUrlQuery leaves '+' alone, which a server decodes as
    // a space, and cursors are full of '+', '/' and '='.
    QByteArray encoded;
    auto add = [&encoded](const QString &key, const QString &value) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value, ":,");
    };
    for (const auto &item : request.query)
        add(item.first, item.second);
    if (!m_apiKey.isEmpty())
        add(QStringLiteral("api_key"), m_apiKey);
    if (!encoded.isEmpty())
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    return url;
}

void OpenAlexClient::get(const QString &path, const Query &query, QObject *context, Callback callback)
{
    Request r;
    r.id = m_nextId++;
    r.path = path;
    r.query = query;
    r.context = context;
    r.callback = std::move(callback);
    m_queue.append(std::move(r));
    schedule();
}

// Placeholder until the budget-aware client lands.
CallCost OpenAlexClient::costOf(const QString &path, const Query &query)
{
    for (const auto &item : query)
        if (item.first.startsWith(QLatin1String("search")))
            return CallCost::Search;
    return path.count(u'/') >= 2 || path.startsWith(QLatin1String("/autocomplete")) || path == QLatin1String("/rate-limit")
               ? CallCost::Free : CallCost::List;
}

double OpenAlexClient::priceUsd(CallCost cost)
{
    return cost == CallCost::Search ? 0.001 : cost == CallCost::List ? 0.0001 : 0.0;
}

void OpenAlexClient::cancel(QObject *)
{
    cancelAll();
}

void OpenAlexClient::refreshBudget(QObject *context, std::function<void(const BudgetStatus &, const ApiResult &)> callback)
{
    get(QStringLiteral("/rate-limit"), {}, context, [this, callback](const ApiResult &r) { callback(m_budget, r); });
}

void OpenAlexClient::cancelAll()
{
    m_queue.clear();
    const QList<QNetworkReply *> replies = m_running.keys();
    m_running.clear();
    for (QNetworkReply *reply : replies) {
        reply->abort();
        reply->deleteLater();
    }
    m_timer->stop();
}

void OpenAlexClient::schedule()
{
    if (!m_timer->isActive())
        m_timer->start(0);
}

bool OpenAlexClient::takeToken(qint64 now, qint64 *waitMs)
{
    const double refill = double(now - m_lastRefillMs) * m_rate / 1000.0;
    m_tokens = qMin(double(m_burst), m_tokens + refill);
    m_lastRefillMs = now;
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    *waitMs = qMax<qint64>(1, qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate)));
    return false;
}

void OpenAlexClient::dispatch()
{
    const qint64 now = nowMs();
    qint64 nextWake = -1;
    auto wakeAt = [&nextWake](qint64 delay) {
        if (nextWake < 0 || delay < nextWake)
            nextWake = delay;
    };
    if (m_budgetSpent) {
        const QList<Request> queued = std::exchange(m_queue, {});
        for (const Request &r : queued) {
            ApiResult result;
            result.status = ApiResult::Status::BudgetSpent;
            result.httpCode = 429;
            result.error = tr("The OpenAlex daily request budget of this API key is spent. Try again tomorrow.");
            deliver(r, result);
        }
        return;
    }
    if (now < m_pausedUntilMs) {
        m_timer->start(int(m_pausedUntilMs - now));
        return;
    }
    while (m_running.size() < m_maxConcurrent) {
        // The first request whose backoff has passed.
        int index = -1;
        for (int i = 0; i < m_queue.size(); ++i) {
            if (m_queue.at(i).notBeforeMs <= now) {
                index = i;
                break;
            }
            wakeAt(m_queue.at(i).notBeforeMs - now);
        }
        if (index < 0)
            break;
        qint64 wait = 0;
        if (!takeToken(now, &wait)) {
            wakeAt(wait);
            break;
        }
        send(m_queue.takeAt(index));
    }
    if (nextWake >= 0 && !m_queue.isEmpty())
        m_timer->start(int(nextWake));
}

void OpenAlexClient::send(Request request)
{
    const QUrl url = urlFor(request);
    QNetworkRequest nr(url);
    nr.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Peerscope/" PEERSCOPE_VERSION));
    nr.setRawHeader("Accept", "application/json");
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setTransferTimeout(m_timeoutMs);
    qCDebug(lcClient) << "GET" << displayUrl(url) << "attempt" << request.attempt + 1;
    QNetworkReply *reply = m_manager->get(nr);
    ++m_callsUsed;
    emit callsUsedChanged(m_callsUsed);
    m_running.insert(reply, std::move(request));
}

qint64 OpenAlexClient::backoffMs(int attempt) const
{
    // Exponential, capped, with full jitter in [0.5, 1.5) so that clients
    // that failed together do not come back together.
    const double base = double(m_backoffBaseMs) * std::pow(2.0, qMin(attempt, 10));
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    return qint64(qMin(base * jitter, 60000.0));
}

void OpenAlexClient::retryLater(Request request, qint64 delayMs)
{
    request.notBeforeMs = nowMs() + delayMs;
    m_queue.prepend(std::move(request));
    schedule();
}

void OpenAlexClient::deliver(const Request &request, ApiResult result)
{
    result.attempts = request.attempt + 1;
    result.cost = costOf(request.path, request.query);
    if (result.ok())
        result.costUsd = priceUsd(result.cost);
    if (!result.ok())
        qCDebug(lcClient) << "request failed:" << request.path << int(result.status) << result.httpCode;
    if (request.context.isNull() || !request.callback)
        return;
    request.callback(result);
}

void OpenAlexClient::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    auto it = m_running.find(reply);
    if (it == m_running.end())
        return; // cancelled
    Request request = std::move(it.value());
    m_running.erase(it);
    schedule();

    const QNetworkReply::NetworkError netError = reply->error();
    const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QByteArray remaining = reply->rawHeader("X-RateLimit-Remaining").trimmed();
    const bool budgetZero = !remaining.isEmpty() && remaining.toLongLong() <= 0;
    const QString where = request.path;

    ApiResult result;
    result.httpCode = code;
    result.body = body;

    const bool canRetry = request.attempt < m_maxRetries;
    auto retryOr = [&](ApiResult::Status status, const QString &message) {
        if (canRetry) {
            const qint64 delay = backoffMs(request.attempt);
            ++request.attempt;
            retryLater(std::move(request), delay);
            return;
        }
        result.status = status;
        result.error = message;
        deliver(request, result);
    };

    if (code == 0) {
        // No HTTP answer at all: refused, dropped, timed out, truncated.
        const bool timeout = netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError;
        if (timeout)
            retryOr(ApiResult::Status::Timeout, tr("OpenAlex did not answer in time (%1). Check your connection and try again.").arg(where));
        else
            retryOr(ApiResult::Status::NetworkError,
                    tr("Could not reach OpenAlex at %1: %2").arg(displayUrl(m_baseUrl), scrubbed(reply->errorString())));
        return;
    }

    if (code == 429 && isPlanUpgrade(body)) {
        result.status = ApiResult::Status::PlanUpgradeRequired;
        result.error = tr("OpenAlex refused the request: plan upgrade required. This query is not available with your API key's plan.");
        deliver(request, result);
        return;
    }
    if (budgetZero && (code == 429 || code == 403 || code < 400)) {
        m_budgetSpent = true;
        if (code == 429 || code == 403) {
            result.status = ApiResult::Status::BudgetSpent;
            result.error = tr("The OpenAlex daily request budget of this API key is spent. Try again tomorrow.");
            deliver(request, result);
            schedule();
            return;
        }
        // This answer is good; the next request would not be.
    }
    if (code == 429) {
        const int seconds = retryAfterSeconds(reply, body);
        result.retryAfterSeconds = seconds;
        if (seconds > m_maxRetryAfterSeconds || request.rateLimitWaits >= qMax(m_maxRetries, 1)) {
            result.status = ApiResult::Status::RateLimited;
            result.error = tr("OpenAlex is rate limiting this key (asked to wait %1 s). Try again later.").arg(seconds);
            deliver(request, result);
            return;
        }
        const qint64 waitMs = seconds >= 0 ? qint64(seconds) * 1000 : backoffMs(request.rateLimitWaits);
        ++request.rateLimitWaits;
        m_pausedUntilMs = qMax(m_pausedUntilMs, nowMs() + waitMs);
        qCInfo(lcClient) << "rate limited, waiting" << waitMs << "ms";
        emit waitingForRateLimit(int(waitMs));
        retryLater(std::move(request), waitMs);
        return;
    }
    if (code == 401 || code == 403) {
        result.status = ApiResult::Status::Unauthorized;
        result.error = tr("OpenAlex rejected the API key (HTTP %1). Set a valid key with --api-key KEY or the OPENALEX_API_KEY environment variable; "
                          "a free key is available from your openalex.org account.").arg(code);
        deliver(request, result);
        return;
    }
    if (code == 404) {
        result.status = ApiResult::Status::NotFound;
        result.error = tr("OpenAlex has no such record (%1).").arg(where);
        deliver(request, result);
        return;
    }
    if (code == 301 || code == 302 || code == 303 || code == 307 || code == 308) {
        result.status = ApiResult::Status::Moved;
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        result.location = displayUrl(reply->url().resolved(target));
        deliver(request, result);
        return;
    }
    if (code >= 500 || code == 408) {
        const QString message = serverMessage(body);
        retryOr(ApiResult::Status::HttpError,
                tr("OpenAlex answered HTTP %1 for %2%3. Try again later.")
                    .arg(code).arg(where, message.isEmpty() ? QString() : QStringLiteral(" (") + message + u')'));
        return;
    }
    if (code >= 400) {
        const QString message = serverMessage(body);
        result.status = ApiResult::Status::HttpError;
        result.error = tr("OpenAlex refused the request %1 (HTTP %2)%3.")
                           .arg(where).arg(code).arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message);
        deliver(request, result);
        return;
    }
    if (netError != QNetworkReply::NoError) {
        // Headers arrived, the body did not (connection dropped mid-body).
        retryOr(ApiResult::Status::NetworkError, tr("The connection to OpenAlex broke off while reading %1.").arg(where));
        return;
    }
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        retryOr(ApiResult::Status::BadResponse, tr("OpenAlex sent an unreadable answer for %1 (%2).").arg(where, parseError.errorString()));
        return;
    }
    result.status = ApiResult::Status::Ok;
    deliver(request, result);
}

} // namespace peerscope
