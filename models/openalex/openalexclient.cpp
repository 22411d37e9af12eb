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
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

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

// "Insufficient budget", "daily budget", "daily limit": the day is over, not the second.
bool saysBudgetSpent(const QByteArray &body)
{
    const QByteArray lower = body.left(4096).toLower();
    return lower.contains("budget") || lower.contains("daily limit");
}

// The 2026 docs list 403 as "rate limit exceeded; slow down".
bool saysRateLimit(const QByteArray &body)
{
    const QByteArray lower = body.left(4096).toLower();
    return lower.contains("rate limit") || lower.contains("ratelimit") || lower.contains("too many requests")
           || lower.contains("slow down");
}

// A header number, or NaN when absent or not a number.
double headerNumber(QNetworkReply *reply, const char *name)
{
    const QByteArray raw = reply->rawHeader(name).trimmed();
    bool ok = false;
    const double value = raw.toDouble(&ok);
    return ok && std::isfinite(value) ? value : std::nan("");
}

// A JSON number or numeric string, or NaN.
double jsonNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return std::isfinite(value.toDouble()) ? value.toDouble() : std::nan("");
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nan("");
}

QDateTime nextMidnightUtc(const QDateTime &now)
{
    return QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC);
}

// Dollars, or the 2025 credits where 100,000 credits are the $1 free day.
constexpr double kUsdPerCredit = 0.00001;
constexpr double kCreditLimitThreshold = 1000;

} // namespace

bool BudgetStatus::sameAs(const BudgetStatus &o) const
{
    auto same = [](double a, double b) { return std::abs(a - b) < 1e-9; };
    return known == o.known && same(dailyBudgetUsd, o.dailyBudgetUsd) && same(remainingUsd, o.remainingUsd)
           && same(prepaidRemainingUsd, o.prepaidRemainingUsd) && same(usedTodayUsd, o.usedTodayUsd)
           // The reset moves by a second between answers: only a real change counts.
           && (resetsAt.isValid() == o.resetsAt.isValid() && (!resetsAt.isValid() || std::abs(resetsAt.secsTo(o.resetsAt)) <= 2))
           && spent == o.spent;
}

// Carries a result to a context on another thread. A signal, not a posted
// functor: Qt cuts the connection when the context is destroyed, even while
// the result is on its way, so the callback can never outlive it.
class ResultRelay final : public QObject
{
    Q_OBJECT
signals:
    void finished(const peerscope::ApiResult &result);
};

struct OpenAlexClient::Ticket {
    QObject *context = nullptr;   // identity only, never dereferenced
    std::shared_ptr<std::atomic<bool>> cancelled = std::make_shared<std::atomic<bool>>(false);
    std::unique_ptr<ResultRelay> relay;
    std::shared_ptr<BudgetStatus> budgetSnapshot;   // refreshBudget: taken on the client's thread
};

CallCost OpenAlexClient::costOf(const QString &path, const Query &query)
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return CallCost::Free;
    const QString head = segments.first();
    if (head == QLatin1String("autocomplete") || head == QLatin1String("rate-limit"))
        return CallCost::Free;
    // /works/W1, /authors/orcid:…, /works/doi:10.1/x: one entity, free.
    if (segments.size() >= 2)
        return CallCost::Free;
    for (const auto &item : query) {
        const QString key = item.first.trimmed();
        if (key == QLatin1String("search") || key.startsWith(QLatin1String("search.")))
            return CallCost::Search;
        if (key == QLatin1String("filter")) {
            for (const QString &part : item.second.split(u',', Qt::SkipEmptyParts)) {
                const QString field = part.section(u':', 0, 0).trimmed();
                if (field == QLatin1String("search") || field.endsWith(QLatin1String(".search")))
                    return CallCost::Search;
            }
        }
    }
    return CallCost::List;
}

double OpenAlexClient::priceUsd(CallCost cost)
{
    switch (cost) {
    case CallCost::Free: return 0.0;
    case CallCost::List: return 0.0001;
    case CallCost::Search: return 0.001;
    }
    return 0.0;
}

QUrl OpenAlexClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.openalex.org"));
}

OpenAlexClient::OpenAlexClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
    , m_resetTimer(new QTimer(this))
    , m_baseUrl(defaultBaseUrl())
{
    qRegisterMetaType<peerscope::BudgetStatus>();
    qRegisterMetaType<peerscope::ApiResult>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OpenAlexClient::dispatch);
    m_resetTimer->setSingleShot(true);
    connect(m_resetTimer, &QTimer::timeout, this, [this] {
        if (spentNow())
            markSpent(budget().resetsAt); // a reset further away than one QTimer interval
        schedule();
    });
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
    m_pace = m_rate;
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
    submit(path, query, context, std::move(callback), nullptr);
}

void OpenAlexClient::submit(const QString &path, const Query &query, QObject *context, Callback callback,
                            std::shared_ptr<BudgetStatus> budgetSnapshot)
{
    Request r;
    r.id = m_nextId.fetch_add(1);
    r.path = path;
    r.query = query;
    r.cost = costOf(path, query);
    r.context = context;
    r.ticket = std::make_shared<Ticket>();
    r.ticket->context = context;
    r.ticket->budgetSnapshot = std::move(budgetSnapshot);
    if (context && callback) {
        if (context->thread() == thread()) {
            r.callback = std::move(callback);
        } else {
            r.ticket->relay = std::make_unique<ResultRelay>();
            connect(r.ticket->relay.get(), &ResultRelay::finished, context,
                    [callback = std::move(callback), cancelled = r.ticket->cancelled](const ApiResult &result) {
                        // cancel() may come after the result was posted.
                        if (!cancelled->load())
                            callback(result);
                    },
                    Qt::QueuedConnection);
            r.ticket->relay->moveToThread(thread());
        }
    }
    {
        QMutexLocker lock(&m_ticketMutex);
        m_tickets.insert(r.id, r.ticket);
    }
    if (QThread::currentThread() == thread())
        enqueue(std::move(r));
    else
        QMetaObject::invokeMethod(this, [this, r = std::move(r)]() mutable { enqueue(std::move(r)); }, Qt::QueuedConnection);
}

void OpenAlexClient::refreshBudget(QObject *context, BudgetCallback callback)
{
    auto snapshot = std::make_shared<BudgetStatus>();
    // The wrapper runs on the context's thread; the snapshot is written on
    // the client's thread before the result is handed over.
    submit(QStringLiteral("/rate-limit"), {}, context,
           callback ? Callback([snapshot, callback = std::move(callback)](const ApiResult &r) { callback(*snapshot, r); }) : Callback(),
           snapshot);
}

void OpenAlexClient::enqueue(Request request)
{
    if (request.ticket->cancelled->load()) {
        forget(request);
        return;
    }
    m_queue.append(std::move(request));
    schedule();
}

void OpenAlexClient::cancel(QObject *context)
{
    {
        QMutexLocker lock(&m_ticketMutex);
        for (const auto &ticket : std::as_const(m_tickets))
            if (ticket->context == context)
                ticket->cancelled->store(true);
    }
    if (QThread::currentThread() == thread())
        purgeCancelled();
    else
        QMetaObject::invokeMethod(this, &OpenAlexClient::purgeCancelled, Qt::QueuedConnection);
}

void OpenAlexClient::cancelAll()
{
    {
        QMutexLocker lock(&m_ticketMutex);
        for (const auto &ticket : std::as_const(m_tickets))
            ticket->cancelled->store(true);
    }
    if (QThread::currentThread() == thread())
        purgeCancelled();
    else
        QMetaObject::invokeMethod(this, &OpenAlexClient::purgeCancelled, Qt::QueuedConnection);
}

void OpenAlexClient::purgeCancelled()
{
    QList<Request> kept;
    for (Request &r : m_queue) {
        if (r.ticket->cancelled->load())
            forget(r);
        else
            kept.append(std::move(r));
    }
    m_queue = std::move(kept);
    QList<QNetworkReply *> aborted;
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (it.value().ticket->cancelled->load()) {
            forget(it.value());
            aborted << it.key();
            it = m_running.erase(it);
        } else {
            ++it;
        }
    }
    // Removed first: abort() finishes the reply at once, and onFinished must not see it.
    for (QNetworkReply *reply : std::as_const(aborted)) {
        reply->abort();
        reply->deleteLater();
    }
    if (m_queue.isEmpty())
        m_timer->stop();
    else
        schedule();
}

void OpenAlexClient::forget(const Request &request)
{
    QMutexLocker lock(&m_ticketMutex);
    m_tickets.remove(request.id);
}

void OpenAlexClient::schedule()
{
    if (!m_timer->isActive())
        m_timer->start(0);
}

bool OpenAlexClient::takeToken(qint64 now, qint64 *waitMs)
{
    const double refill = double(now - m_lastRefillMs) * m_pace / 1000.0;
    m_tokens = qMin(double(m_burst), m_tokens + refill);
    m_lastRefillMs = now;
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    *waitMs = qMax<qint64>(1, qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_pace)));
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
    if (spentNow()) {
        // Charged calls would only be refused: fail them here, without a
        // request. Free look-ups go on.
        QList<Request> refused;
        QList<Request> kept;
        for (Request &r : m_queue)
            (r.cost == CallCost::Free ? kept : refused).append(std::move(r));
        m_queue = std::move(kept);
        for (const Request &r : std::as_const(refused)) {
            ApiResult result;
            result.status = ApiResult::Status::BudgetSpent;
            result.error = budgetSpentMessage();
            deliver(r, result);
        }
    }
    if (m_queue.isEmpty())
        return;
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
    qCDebug(lcClient) << "GET" << displayUrl(url) << "attempt" << request.sent + 1;
    QNetworkReply *reply = m_manager->get(nr);
    ++request.sent;
    emit callsUsedChanged(++m_callsUsed);
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
    forget(request);
    result.attempts = request.sent;
    result.cost = request.cost;
    addCost(result.costUsd);
    if (!result.ok())
        qCDebug(lcClient) << "request failed:" << request.path << int(result.status) << result.httpCode;
    if (request.ticket->cancelled->load())
        return;
    if (request.ticket->budgetSnapshot)
        *request.ticket->budgetSnapshot = budget();
    if (request.ticket->relay) {
        emit request.ticket->relay->finished(result);
        return;
    }
    if (request.context.isNull() || !request.callback)
        return;
    request.callback(result);
}

// ----------------------------------------------------------------- budget ---

BudgetStatus OpenAlexClient::budget() const
{
    QMutexLocker lock(&m_budgetMutex);
    BudgetStatus status = m_budget;
    // Between the reset and the timer that clears it, a reader must not see "spent".
    if (status.spent && status.resetsAt.isValid() && QDateTime::currentDateTimeUtc() >= status.resetsAt)
        status.spent = false;
    return status;
}

double OpenAlexClient::costUsed() const
{
    QMutexLocker lock(&m_budgetMutex);
    return m_costUsed;
}

void OpenAlexClient::addCost(double usd)
{
    if (!(usd > 0))
        return;
    double total = 0;
    {
        QMutexLocker lock(&m_budgetMutex);
        m_costUsed += usd;
        total = m_costUsed;
    }
    emit costUsedChanged(total);
}

void OpenAlexClient::publishBudget(const BudgetStatus &before)
{
    const BudgetStatus now = budget();
    if (!now.sameAs(before))
        emit budgetChanged(now);
}

void OpenAlexClient::readBudgetHeaders(QNetworkReply *reply, bool perSecondLimit)
{
    const double limit = headerNumber(reply, "X-RateLimit-Limit");
    // On a per-second 429 "Remaining: 0" speaks of this second, not of the day.
    const double remaining = perSecondLimit ? std::nan("") : headerNumber(reply, "X-RateLimit-Remaining");
    const double used = perSecondLimit ? std::nan("") : headerNumber(reply, "X-RateLimit-Credits-Used");
    const double reset = headerNumber(reply, "X-RateLimit-Reset");
    if (std::isnan(limit) && std::isnan(remaining) && std::isnan(used) && std::isnan(reset))
        return;
    const BudgetStatus before = budget();
    {
        QMutexLocker lock(&m_budgetMutex);
        if (!std::isnan(limit))
            m_limitInCredits = limit > kCreditLimitThreshold;
        auto usd = [this](double value) { return m_limitInCredits ? value * kUsdPerCredit : value; };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_budget.known = true;
        m_budget.observedAt = now;
        if (!std::isnan(limit))
            m_budget.dailyBudgetUsd = usd(limit);
        if (!std::isnan(remaining))
            m_budget.remainingUsd = qMax(0.0, usd(remaining));
        if (!std::isnan(limit) && !std::isnan(remaining))
            m_budget.usedTodayUsd = qMax(0.0, usd(limit) - usd(remaining));
        else if (!std::isnan(used))
            m_budget.usedTodayUsd = usd(used);
        if (!std::isnan(reset) && reset >= 0) {
            // Seconds until the reset; a value like an epoch time is one.
            m_budget.resetsAt = reset > 1e9 ? QDateTime::fromSecsSinceEpoch(qint64(reset), Qt::UTC)
                                            : now.addSecs(qint64(std::min(reset, 1e7)));
        }
    }
    publishBudget(before);
}

void OpenAlexClient::readRateLimitBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return;
    // The shape is not pinned: the fields at the top level or one level down, under any key.
    auto field = [root = doc.object()](QLatin1StringView name) {
        double value = jsonNumber(root.value(name));
        if (!std::isnan(value))
            return value;
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!it->isObject())
                continue;
            value = jsonNumber(it->toObject().value(name));
            if (!std::isnan(value))
                return value;
        }
        return std::nan("");
    };
    const double daily = field(QLatin1StringView("daily_budget_usd"));
    const double remaining = field(QLatin1StringView("daily_remaining_usd"));
    const double prepaid = field(QLatin1StringView("prepaid_remaining_usd"));
    const double used = field(QLatin1StringView("daily_used_usd"));
    const double resetsIn = field(QLatin1StringView("resets_in_seconds"));
    if (std::isnan(daily) && std::isnan(remaining) && std::isnan(prepaid) && std::isnan(used) && std::isnan(resetsIn))
        return;
    const BudgetStatus before = budget();
    {
        QMutexLocker lock(&m_budgetMutex);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_budget.known = true;
        m_budget.observedAt = now;
        if (!std::isnan(daily))
            m_budget.dailyBudgetUsd = daily;
        if (!std::isnan(remaining))
            m_budget.remainingUsd = qMax(0.0, remaining);
        if (!std::isnan(prepaid))
            m_budget.prepaidRemainingUsd = qMax(0.0, prepaid);
        if (!std::isnan(used))
            m_budget.usedTodayUsd = qMax(0.0, used);
        else if (!std::isnan(daily) && !std::isnan(remaining))
            m_budget.usedTodayUsd = qMax(0.0, daily - remaining);
        if (!std::isnan(resetsIn) && resetsIn >= 0)
            m_budget.resetsAt = now.addSecs(qint64(std::min(resetsIn, 1e7)));
    }
    publishBudget(before);
}

void OpenAlexClient::markSpent(const QDateTime &resetsAt)
{
    const BudgetStatus before = budget();
    {
        QMutexLocker lock(&m_budgetMutex);
        m_budget.known = true;
        m_budget.spent = true;
        m_budget.remainingUsd = 0;
        m_budget.resetsAt = resetsAt;
        m_budget.observedAt = QDateTime::currentDateTimeUtc();
    }
    const qint64 ms = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(resetsAt));
    // QTimer takes an int; a reset beyond ~24 days is re-armed when it fires.
    m_resetTimer->start(int(qMin<qint64>(ms + 50, std::numeric_limits<int>::max())));
    publishBudget(before);
}

bool OpenAlexClient::spentNow()
{
    {
        QMutexLocker lock(&m_budgetMutex);
        if (!m_budget.spent)
            return false;
        if (m_budget.resetsAt.isValid() && QDateTime::currentDateTimeUtc() < m_budget.resetsAt)
            return true;
        m_budget.spent = false;
        // A new day: what is left is unknown until the next answer says.
        m_budget.remainingUsd = -1;
        m_budget.usedTodayUsd = -1;
        m_budget.resetsAt = QDateTime();
    }
    qCInfo(lcClient) << "the OpenAlex budget has been reset";
    m_resetTimer->stop();
    emit budgetChanged(budget());
    return false;
}

QString OpenAlexClient::budgetSpentMessage() const
{
    const QDateTime resetsAt = budget().resetsAt;
    if (!resetsAt.isValid())
        return tr("OpenAlex says the daily budget of this API key is spent. It resets at midnight UTC; "
                  "sync again after that, or add prepaid credit to your openalex.org account. Everything cached stays available.");
    return tr("OpenAlex says the daily budget of this API key is spent. It resets at %1 UTC (%2 local time); "
              "until then list and search calls are refused and look-ups by ID still work. Sync again after the reset, "
              "or add prepaid credit to your openalex.org account. Everything cached stays available.")
        .arg(resetsAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             resetsAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

// ---------------------------------------------------------------- answers ---

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
        readBudgetHeaders(reply, false);
        result.status = ApiResult::Status::PlanUpgradeRequired;
        result.error = tr("OpenAlex refused the request: plan upgrade required. This query is not available with your API key's plan.");
        deliver(request, result);
        return;
    }
    const bool rateLimit403 = code == 403 && saysRateLimit(body);
    if (code == 429 || rateLimit403) {
        int seconds = retryAfterSeconds(reply, body);
        const bool fromRetryAfter = seconds >= 0;
        if (!fromRetryAfter) {
            const double reset = headerNumber(reply, "X-RateLimit-Reset");
            if (!std::isnan(reset) && reset >= 0 && reset <= 1e7)
                seconds = int(std::ceil(reset));
        }
        // The daily reset sent on every answer is no reason to stop while the
        // same answer says money is left.
        const double remaining = headerNumber(reply, "X-RateLimit-Remaining");
        const bool farReset = seconds > kShortWaitSeconds && (fromRetryAfter || std::isnan(remaining) || remaining <= 0);
        if (code == 429 && (saysBudgetSpent(body) || farReset)) {
            readBudgetHeaders(reply, false);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            markSpent(seconds >= 0 ? now.addSecs(seconds) : nextMidnightUtc(now));
            qCInfo(lcClient) << "OpenAlex budget spent until" << budget().resetsAt;
            result.retryAfterSeconds = seconds;
            result.status = ApiResult::Status::BudgetSpent;
            result.error = budgetSpentMessage();
            deliver(request, result);
            schedule();
            return;
        }
        readBudgetHeaders(reply, true);
        result.retryAfterSeconds = seconds;
        if (seconds > m_maxRetryAfterSeconds || request.rateLimitWaits >= qMax(m_maxRetries, 1)) {
            result.status = ApiResult::Status::RateLimited;
            result.error = tr("OpenAlex is rate limiting this key (asked to wait %1 s). Lower the request rate, then try again.").arg(seconds);
            deliver(request, result);
            return;
        }
        const qint64 waitMs = seconds >= 0 ? qint64(seconds) * 1000 : backoffMs(request.rateLimitWaits);
        ++request.rateLimitWaits;
        // The service allows fewer requests a second than we send: slow down
        // for a while, so the next second does not end in a 429 again.
        m_pace = qMax(m_rate * kMinPaceShare, m_pace * kPaceBackoff);
        m_pausedUntilMs = qMax(m_pausedUntilMs, nowMs() + waitMs);
        qCInfo(lcClient) << "rate limited, waiting" << waitMs << "ms";
        emit waitingForRateLimit(int(waitMs));
        retryLater(std::move(request), waitMs);
        return;
    }
    // A successful answer never says "spent", even with Remaining: 0: only a 429 does.
    readBudgetHeaders(reply, false);
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
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        retryOr(ApiResult::Status::BadResponse, tr("OpenAlex sent an unreadable answer for %1 (%2).").arg(where, parseError.errorString()));
        return;
    }
    const double metaCost = jsonNumber(doc.object().value(QLatin1String("meta")).toObject().value(QLatin1String("cost_usd")));
    result.costUsd = !std::isnan(metaCost) && metaCost >= 0 ? metaCost : priceUsd(request.cost);
    if (request.path == QLatin1String("/rate-limit"))
        readRateLimitBody(body);
    // Every answer that got through wins back a little of the set rate.
    m_pace = qMin(m_rate, m_pace + m_rate * kPaceRecovery);
    result.status = ApiResult::Status::Ok;
    deliver(request, result);
}

} // namespace peerscope

#include "openalexclient.moc"
