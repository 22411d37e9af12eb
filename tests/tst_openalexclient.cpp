#include "fakeopenalexserver.h"

#include "openalex/openalexclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <cmath>

using namespace peerscope;
using peerscope::test::FakeOpenAlexServer;
using Fault = FakeOpenAlexServer::Fault;
using Query = OpenAlexClient::Query;

Q_DECLARE_METATYPE(peerscope::CallCost)
Q_DECLARE_METATYPE(peerscope::test::FakeOpenAlexServer::RateLimitShape)

namespace {

const Query kListQuery{{QStringLiteral("filter"), QStringLiteral("author.id:A5017898742")}, {QStringLiteral("per_page"), QStringLiteral("100")}};

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-7;
}

} // namespace

class TestOpenAlexClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeOpenAlexServer> m_server;
    std::unique_ptr<OpenAlexClient> m_client;
    const QString m_key = QStringLiteral("s3cret-key-123");

    ApiResult get(const QString &path, const OpenAlexClient::Query &query = {}, int timeoutMs = 20000)
    {
        ApiResult out;
        bool done = false;
        m_client->get(path, query, this, [&](const ApiResult &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
            qWarning("request did not finish");
        return out;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeOpenAlexServer>();
        QVERIFY(m_server->start());
        m_server->loadFixtures();
        m_client = std::make_unique<OpenAlexClient>();
        QVERIFY(m_client->setBaseUrl(m_server->baseUrl()));
        m_client->setApiKey(m_key);
        m_client->setBackoffBase(20);
        m_client->setRequestsPerSecond(100);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void get_author_sendsKeyAndUserAgent()
    {
        const ApiResult r = get(QStringLiteral("/authors/A5017898742"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.httpCode, 200);
        QVERIFY(r.body.contains("Joseph Mearman"));
        const auto log = m_server->requests();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().query.value(QStringLiteral("api_key")), m_key);
        QCOMPARE(log.first().userAgent, QByteArray("Peerscope/" PEERSCOPE_VERSION));
        QCOMPARE(m_client->callsUsed(), 1);
    }

    void get_withoutKey_sendsNoEmptyKey()
    {
        m_client->setApiKey(QString());
        QVERIFY(get(QStringLiteral("/authors/A5017898742")).ok());
        QVERIFY(!m_server->requests().first().target.contains("api_key"));
    }

    void setBaseUrl_refusesPlainHttpExceptLoopback()
    {
        OpenAlexClient c;
        QString error;
        QVERIFY(!c.setBaseUrl(QUrl(QStringLiteral("http://api.openalex.org")), &error));
        QVERIFY(error.contains(QLatin1String("https")));
        QCOMPARE(c.baseUrl(), OpenAlexClient::defaultBaseUrl());
        QVERIFY(c.setBaseUrl(QUrl(QStringLiteral("https://mirror.example.org/oa"))));
        QVERIFY(c.setBaseUrl(QUrl(QStringLiteral("http://localhost:8080"))));
        QVERIFY(c.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        QVERIFY(!c.setBaseUrl(QUrl(QStringLiteral("ftp://127.0.0.1"))));
    }

    void query_cursorWithPlusAndSlash_isPercentEncoded()
    {
        const ApiResult r = get(QStringLiteral("/works"), {{QStringLiteral("filter"), QStringLiteral("author.id:A5017898742")},
                                                           {QStringLiteral("cursor"), QStringLiteral("Wz+3/a==")}});
        QVERIFY2(r.ok(), qPrintable(r.error)); // the server decodes '+' as a space: a raw '+' would be refused
        QCOMPARE(m_server->requests().first().query.value(QStringLiteral("cursor")), QStringLiteral("Wz+3/a=="));
    }

    void mailto_isNeverSent()
    {
        QVERIFY(get(QStringLiteral("/authors/A5017898742"), {}).ok());
        QVERIFY(get(QStringLiteral("/works"), kListQuery).ok());
        for (const auto &r : m_server->requests()) {
            QVERIFY(!r.query.contains(QStringLiteral("mailto")));
            QVERIFY(!r.target.contains("mailto"));
        }
    }

    void rateLimit_jsonRetryAfter_waitsThenSucceeds()
    {
        m_server->setRetryAfterSeconds(1);
        m_server->injectFault(Fault::RateLimitJson);
        QSignalSpy waiting(m_client.get(), &OpenAlexClient::waitingForRateLimit);
        QElapsedTimer t;
        t.start();
        const ApiResult r = get(QStringLiteral("/authors/A5017898742"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(t.elapsed() >= 950);
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(waiting.first().first().toInt(), 1000);
    }

    void rateLimit_htmlBodyWithHeader_waitsThenSucceeds()
    {
        m_server->setRetryAfterSeconds(1);
        m_server->injectFault(Fault::RateLimitHtml);
        QElapsedTimer t;
        t.start();
        const ApiResult r = get(QStringLiteral("/authors/A5017898742"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(t.elapsed() >= 950);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void serverErrors_areRetriedWithBackoff()
    {
        m_server->injectFault(Fault::ServerError);
        m_server->injectFault(Fault::ServiceUnavailable);
        const ApiResult r = get(QStringLiteral("/authors/A5017898742"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(m_server->requestCount(), 3);
    }

    void serverError_persistent_failsAfterBoundedRetries()
    {
        m_client->setMaxRetries(3);
        m_server->injectFault(Fault::ServerError, -1);
        const ApiResult r = get(QStringLiteral("/authors/A5017898742"));
        QCOMPARE(r.status, ApiResult::Status::HttpError);
        QCOMPARE(r.httpCode, 500);
        QCOMPARE(m_server->requestCount(), 4);
        QVERIFY(r.error.contains(QLatin1String("500")));
    }

    void timeout_isRetried()
    {
        m_client->setTimeout(300);
        m_server->setSlowDelay(1500);
        m_server->injectFault(Fault::Slow);
        const ApiResult r = get(QStringLiteral("/authors/A5017898742"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void timeout_persistent_reportsTimeout()
    {
        m_client->setTimeout(200);
        m_client->setMaxRetries(1);
        m_server->setSlowDelay(1000);
        m_server->injectFault(Fault::Slow, -1);
        const ApiResult r = get(QStringLiteral("/authors/A5017898742"));
        QCOMPARE(r.status, ApiResult::Status::Timeout);
        QVERIFY(r.error.contains(QLatin1String("in time")));
    }

    void truncatedBodyAndDroppedConnection_areRetried()
    {
        m_server->injectFault(Fault::TruncatedBody);
        m_server->injectFault(Fault::DroppedConnection);
        const ApiResult r = get(QStringLiteral("/works/W2250748100"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.body.contains("W2250748100"));
        QCOMPARE(m_server->requestCount(), 3);
    }

    void malformedJson_isRetriedThenReported()
    {
        m_server->injectFault(Fault::MalformedJson);
        QVERIFY(get(QStringLiteral("/authors/A5017898742")).ok());
        m_server->resetRequests();
        m_client->setMaxRetries(1);
        m_server->injectFault(Fault::MalformedJson, -1);
        const ApiResult r = get(QStringLiteral("/authors/A5017898742"));
        QCOMPARE(r.status, ApiResult::Status::BadResponse);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void unauthorized_notRetried_toldToSetKey_keyNotShown()
    {
        m_server->injectFault(Fault::Unauthorized, -1);
        const ApiResult r = get(QStringLiteral("/authors/A5017898742"));
        QCOMPARE(r.status, ApiResult::Status::Unauthorized);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(r.error.contains(QLatin1String("--api-key")));
        QVERIFY(r.error.contains(QLatin1String("OPENALEX_API_KEY")));
        QVERIFY(!r.error.contains(m_key));
    }

    void notFound_notRetried()
    {
        const ApiResult r = get(QStringLiteral("/authors/A1"));
        QCOMPARE(r.status, ApiResult::Status::NotFound);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void planUpgradeRequired_notRetried()
    {
        m_server->injectFault(Fault::PlanUpgradeRequired, -1);
        const ApiResult r = get(QStringLiteral("/authors/A5017898742"));
        QCOMPARE(r.status, ApiResult::Status::PlanUpgradeRequired);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(r.error.contains(QLatin1String("plan upgrade required"), Qt::CaseInsensitive));
    }

    void costOf_classifiesByEndpoint_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Query>("query");
        QTest::addColumn<CallCost>("cost");
        const auto q = [](const QString &key, const QString &value) { return Query{{key, value}}; };
        QTest::newRow("work singleton") << QStringLiteral("/works/W2250748100") << Query() << CallCost::Free;
        QTest::newRow("author singleton with select") << QStringLiteral("/authors/A5017898742") << q(QStringLiteral("select"), QStringLiteral("id")) << CallCost::Free;
        QTest::newRow("work by doi") << QStringLiteral("/works/doi:10.1234/foo.bar") << Query() << CallCost::Free;
        QTest::newRow("work by doi url") << QStringLiteral("/works/https://doi.org/10.1234/x") << Query() << CallCost::Free;
        QTest::newRow("author by orcid") << QStringLiteral("/authors/orcid:0000-0002-1825-0097") << Query() << CallCost::Free;
        QTest::newRow("autocomplete") << QStringLiteral("/autocomplete/authors") << q(QStringLiteral("q"), QStringLiteral("mearman")) << CallCost::Free;
        QTest::newRow("rate-limit") << QStringLiteral("/rate-limit") << Query() << CallCost::Free;
        QTest::newRow("works filter") << QStringLiteral("/works") << kListQuery << CallCost::List;
        QTest::newRow("authors OR batch") << QStringLiteral("/authors") << q(QStringLiteral("filter"), QStringLiteral("openalex:A1|A2")) << CallCost::List;
        QTest::newRow("bare list") << QStringLiteral("/works") << Query() << CallCost::List;
        QTest::newRow("search") << QStringLiteral("/authors") << q(QStringLiteral("search"), QStringLiteral("mearman")) << CallCost::Search;
        QTest::newRow("search.semantic") << QStringLiteral("/works") << q(QStringLiteral("search.semantic"), QStringLiteral("heritage")) << CallCost::Search;
        QTest::newRow("title.search filter") << QStringLiteral("/works")
                                             << q(QStringLiteral("filter"), QStringLiteral("publication_year:2020,title.search:heritage")) << CallCost::Search;
        QTest::newRow("search-like value is no search") << QStringLiteral("/works")
                                                        << q(QStringLiteral("filter"), QStringLiteral("type:research")) << CallCost::List;
    }

    void costOf_classifiesByEndpoint()
    {
        QFETCH(QString, path);
        QFETCH(Query, query);
        QFETCH(CallCost, cost);
        QCOMPARE(OpenAlexClient::costOf(path, query), cost);
    }

    void priceUsd_followsThe2026Prices()
    {
        QCOMPARE(OpenAlexClient::priceUsd(CallCost::Free), 0.0);
        QVERIFY(near(OpenAlexClient::priceUsd(CallCost::List), 0.0001));
        QVERIFY(near(OpenAlexClient::priceUsd(CallCost::Search), 0.001));
        QCOMPARE(OpenAlexClient::kMaxPerPage, 100);
        QCOMPARE(OpenAlexClient::kMaxOrValues, 100);
        QCOMPARE(OpenAlexClient::kBasicPagingLimit, 10000);
    }

    void headers_inDollars_fillBudget()
    {
        m_server->setSecondsToReset(3600);
        QSignalSpy changed(m_client.get(), &OpenAlexClient::budgetChanged);
        QVERIFY(!m_client->budget().known);
        const ApiResult r = get(QStringLiteral("/works"), kListQuery);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const BudgetStatus b = m_client->budget();
        QVERIFY(b.known);
        QVERIFY(near(b.dailyBudgetUsd, 1.0));
        QVERIFY2(near(b.remainingUsd, 0.9999), qPrintable(QString::number(b.remainingUsd)));
        QVERIFY(near(b.usedTodayUsd, 0.0001));
        QVERIFY(!b.spent);
        const qint64 resetIn = QDateTime::currentDateTimeUtc().secsTo(b.resetsAt);
        QVERIFY2(resetIn > 3590 && resetIn <= 3600, qPrintable(QString::number(resetIn)));
        QVERIFY(b.observedAt.isValid());
        QVERIFY(changed.count() >= 1);
        QVERIFY(changed.last().first().value<BudgetStatus>().known);
    }

    void headers_inCredits_areConvertedToDollars()
    {
        m_server->setHeadersInCredits(true);
        m_server->setDailyBudgetUsd(1.0);
        QVERIFY(get(QStringLiteral("/works"), kListQuery).ok());
        const BudgetStatus b = m_client->budget();
        QVERIFY2(near(b.dailyBudgetUsd, 1.0), qPrintable(QString::number(b.dailyBudgetUsd)));
        QVERIFY2(near(b.remainingUsd, 0.9999), qPrintable(QString::number(b.remainingUsd)));
        QVERIFY(near(b.usedTodayUsd, 0.0001));
    }

    void metaCostUsd_isTheCallsCost_andSumsUp()
    {
        // Prices the client does not know: only meta.cost_usd can tell them.
        m_server->setPrices(0.0003, 0.004);
        QSignalSpy cost(m_client.get(), &OpenAlexClient::costUsedChanged);
        const ApiResult list = get(QStringLiteral("/works"), kListQuery);
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.cost, CallCost::List);
        QVERIFY2(near(list.costUsd, 0.0003), qPrintable(QString::number(list.costUsd)));
        const ApiResult single = get(QStringLiteral("/works/W2250748100"));
        QVERIFY(single.ok());
        QCOMPARE(single.cost, CallCost::Free);
        QCOMPARE(single.costUsd, 0.0);
        QVERIFY(near(m_client->costUsed(), 0.0003));
        QCOMPARE(cost.count(), 1);
        QVERIFY(near(cost.first().first().toDouble(), 0.0003));
        QVERIFY(near(m_server->spentTodayUsd(), m_client->costUsed()));
    }

    void perSecond429_withRemainingZero_waitsAndSucceeds_budgetNotSpent()
    {
        m_server->setPerSecondLimit(2);
        m_client->setMaxConcurrent(4);
        m_client->setBurst(10);
        QSignalSpy waiting(m_client.get(), &OpenAlexClient::waitingForRateLimit);
        QSignalSpy changed(m_client.get(), &OpenAlexClient::budgetChanged);
        QList<ApiResult> results;
        for (int i = 0; i < 6; ++i)
            m_client->get(QStringLiteral("/works"), kListQuery, this, [&](const ApiResult &r) { results << r; });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 6, 20000);
        int attempts = 0;
        for (const ApiResult &r : std::as_const(results)) {
            QVERIFY2(r.ok(), qPrintable(r.error));
            attempts += r.attempts;
        }
        QVERIFY(waiting.count() >= 1);
        QVERIFY(m_server->requestCount() > 6);
        // Every request sent is counted by exactly one call.
        QCOMPARE(attempts, m_server->requestCount());
        QCOMPARE(m_client->callsUsed(), m_server->requestCount());
        const BudgetStatus b = m_client->budget();
        QVERIFY(!b.spent);
        QVERIFY(!m_client->budgetSpent());
        // "Remaining: 0" of a per-second 429 is not today's balance, not even for a moment.
        QVERIFY2(b.remainingUsd > 0.99, qPrintable(QString::number(b.remainingUsd)));
        for (const auto &emitted : std::as_const(changed)) {
            const BudgetStatus seen = emitted.first().value<BudgetStatus>();
            QVERIFY(!seen.spent);
            QVERIFY2(seen.remainingUsd > 0.99, qPrintable(QString::number(seen.remainingUsd)));
        }
    }

    void insufficientBudget_spentUntilReset_freeCallsGoOn()
    {
        m_server->setDailyBudgetUsd(0.0002);
        m_server->setSecondsToReset(2);
        QVERIFY(get(QStringLiteral("/works"), kListQuery).ok());
        QVERIFY(get(QStringLiteral("/works"), kListQuery).ok());
        QSignalSpy changed(m_client.get(), &OpenAlexClient::budgetChanged);
        const ApiResult spent = get(QStringLiteral("/works"), kListQuery);
        QCOMPARE(spent.status, ApiResult::Status::BudgetSpent);
        QCOMPARE(spent.httpCode, 429);
        QCOMPARE(spent.costUsd, 0.0);
        const BudgetStatus b = m_client->budget();
        QVERIFY(b.spent);
        QVERIFY(b.resetsAt.isValid());
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(b.resetsAt) <= 2);
        QVERIFY(changed.count() >= 1);
        QVERIFY(changed.last().first().value<BudgetStatus>().spent);
        // The error names the reset, in UTC and local time, and says what to do.
        QVERIFY2(spent.error.contains(b.resetsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))), qPrintable(spent.error));
        QVERIFY(spent.error.contains(QLatin1String("UTC")));
        QVERIFY(spent.error.contains(b.resetsAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        QVERIFY(spent.error.contains(QLatin1String("daily")));

        // List and search calls now fail without a request; a singleton still goes.
        const int sent = m_server->requestCount();
        const ApiResult refused = get(QStringLiteral("/authors"), {{QStringLiteral("search"), QStringLiteral("mearman")}});
        QCOMPARE(refused.status, ApiResult::Status::BudgetSpent);
        QCOMPARE(refused.attempts, 0);
        QCOMPARE(get(QStringLiteral("/works"), kListQuery).status, ApiResult::Status::BudgetSpent);
        QCOMPARE(m_server->requestCount(), sent);
        const ApiResult single = get(QStringLiteral("/works/W2250748100"));
        QVERIFY2(single.ok(), qPrintable(single.error));
        QVERIFY(get(QStringLiteral("/autocomplete/authors"), {{QStringLiteral("q"), QStringLiteral("Mearman")}}).ok());
        QCOMPARE(m_server->requestCount(), sent + 2);
        QVERIFY(m_client->budget().spent); // a free answer does not clear it

        // The new day: the state clears by itself and lists go again.
        m_server->resetDay();
        m_server->setSecondsToReset(86000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_client->budget().spent, 4000);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.last().first().value<BudgetStatus>().spent, 1000);
        const ApiResult again = get(QStringLiteral("/works"), kListQuery);
        QVERIFY2(again.ok(), qPrintable(again.error));
    }

    void queuedListCalls_failAtOnceWhenTheBudgetIsSpent()
    {
        m_server->setDailyBudgetUsd(0.0);
        m_client->setMaxConcurrent(1);
        QList<ApiResult> results;
        for (int i = 0; i < 4; ++i)
            m_client->get(QStringLiteral("/works"), kListQuery, this, [&](const ApiResult &r) { results << r; });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 4, 10000);
        for (const ApiResult &r : std::as_const(results))
            QCOMPARE(r.status, ApiResult::Status::BudgetSpent);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void successWithRemainingZero_neverSetsSpent()
    {
        m_server->setDailyBudgetUsd(0.0001);
        const ApiResult r = get(QStringLiteral("/works"), kListQuery);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(m_server->requests().size(), 1);
        const BudgetStatus b = m_client->budget();
        QVERIFY(near(b.remainingUsd, 0.0));
        QVERIFY(!b.spent);
        // The next list call is asked, not assumed refused.
        const ApiResult next = get(QStringLiteral("/works"), kListQuery);
        QCOMPARE(next.status, ApiResult::Status::BudgetSpent);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void budgetSpentFault_onAFreeCall_isSpentToo()
    {
        m_server->injectFault(Fault::BudgetSpent, 1);
        const ApiResult r = get(QStringLiteral("/authors/A5017898742"));
        QCOMPARE(r.status, ApiResult::Status::BudgetSpent);
        QVERIFY(r.error.contains(QLatin1String("daily")));
        QVERIFY(m_client->budgetSpent());
        // The reset is the real midnight UTC the server named.
        QVERIFY(m_client->budget().resetsAt.time() == QTime(0, 0) || qAbs(m_client->budget().resetsAt.time().secsTo(QTime(0, 0))) <= 2
                || m_client->budget().resetsAt.time() >= QTime(23, 59, 57));
        QVERIFY(get(QStringLiteral("/authors/A5017898742")).ok());
    }

    void longRetryAfter_withoutBudgetWording_isSpent()
    {
        m_server->setRetryAfterSeconds(3600);
        m_server->injectFault(Fault::RateLimitJson, 1);
        const ApiResult r = get(QStringLiteral("/works"), kListQuery);
        QCOMPARE(r.status, ApiResult::Status::BudgetSpent);
        QCOMPARE(r.retryAfterSeconds, 3600);
        const qint64 in = QDateTime::currentDateTimeUtc().secsTo(m_client->budget().resetsAt);
        QVERIFY2(in > 3590 && in <= 3600, qPrintable(QString::number(in)));
    }

    void forbidden_withRateLimitWording_isRetried()
    {
        m_server->setRetryAfterSeconds(1);
        m_server->injectFault(Fault::RateLimit403, 1);
        const ApiResult r = get(QStringLiteral("/authors/A5017898742"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY(!m_client->budgetSpent());
    }

    void badRequest_perPageOver100_showsTheApisMessage_notRetried()
    {
        const ApiResult r = get(QStringLiteral("/works"), {{QStringLiteral("filter"), QStringLiteral("author.id:A5017898742")},
                                                           {QStringLiteral("per_page"), QStringLiteral("200")}});
        QCOMPARE(r.status, ApiResult::Status::HttpError);
        QCOMPARE(r.httpCode, 400);
        QVERIFY2(r.error.contains(QLatin1String("100 is the supported maximum")), qPrintable(r.error));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(r.costUsd, 0.0);
    }

    void refreshBudget_readsBody_data()
    {
        QTest::addColumn<FakeOpenAlexServer::RateLimitShape>("shape");
        QTest::addColumn<double>("prepaid");
        QTest::newRow("nested") << FakeOpenAlexServer::RateLimitShape::Nested << 0.0;
        QTest::newRow("top level, strings") << FakeOpenAlexServer::RateLimitShape::TopLevelStrings << 2.5;
        QTest::newRow("headers only") << FakeOpenAlexServer::RateLimitShape::NoBudgetFields << -1.0;
    }

    void refreshBudget_readsBody()
    {
        QFETCH(FakeOpenAlexServer::RateLimitShape, shape);
        QFETCH(double, prepaid);
        m_server->setRateLimitShape(shape);
        m_server->setDailyBudgetUsd(2.0);
        m_server->setSecondsToReset(5000);
        QVERIFY(get(QStringLiteral("/works"), kListQuery).ok());
        // The headers of this list call said 1.9999; the body must agree after more calls.
        QVERIFY(get(QStringLiteral("/works"), kListQuery).ok());
        bool done = false;
        BudgetStatus seen;
        ApiResult raw;
        m_client->refreshBudget(this, [&](const BudgetStatus &b, const ApiResult &r) {
            seen = b;
            raw = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(raw.ok(), qPrintable(raw.error));
        QCOMPARE(raw.cost, CallCost::Free);
        QCOMPARE(m_server->chargedCalls(), 2);
        QCOMPARE(m_server->requests().last().path, QStringLiteral("/rate-limit"));
        QVERIFY(seen.known);
        QVERIFY2(near(seen.dailyBudgetUsd, 2.0), qPrintable(QString::number(seen.dailyBudgetUsd)));
        QVERIFY2(near(seen.remainingUsd, 1.9998), qPrintable(QString::number(seen.remainingUsd)));
        QVERIFY2(near(seen.usedTodayUsd, 0.0002), qPrintable(QString::number(seen.usedTodayUsd)));
        QVERIFY2(near(seen.prepaidRemainingUsd, prepaid), qPrintable(QString::number(seen.prepaidRemainingUsd)));
        const qint64 in = QDateTime::currentDateTimeUtc().secsTo(seen.resetsAt);
        QVERIFY2(in > 4990 && in <= 5000, qPrintable(QString::number(in)));
        QVERIFY(near(m_client->budget().remainingUsd, seen.remainingUsd));
    }

    void refreshBudget_worksWhileSpent()
    {
        m_server->setDailyBudgetUsd(0.0);
        QCOMPARE(get(QStringLiteral("/works"), kListQuery).status, ApiResult::Status::BudgetSpent);
        bool done = false;
        BudgetStatus seen;
        m_client->refreshBudget(this, [&](const BudgetStatus &b, const ApiResult &r) {
            QVERIFY(r.ok());
            seen = b;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(seen.spent);
        QVERIFY(near(seen.remainingUsd, 0.0));
    }

    void get_fromWorkerThread_deliversOnThatThread()
    {
        QThread worker;
        worker.start();
        auto *context = new QObject;
        context->moveToThread(&worker);
        std::atomic<QThread *> deliveredOn{nullptr};
        std::atomic<bool> ok{false};
        QMetaObject::invokeMethod(context, [&, context] {
            m_client->get(QStringLiteral("/works"), kListQuery, context, [&](const ApiResult &r) {
                ok = r.ok();
                deliveredOn = QThread::currentThread();
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(deliveredOn.load() != nullptr, 10000);
        QCOMPARE(deliveredOn.load(), &worker);
        QVERIFY(ok.load());
        QCOMPARE(m_server->requestCount(), 1);

        // A context destroyed while its answer is on the way never hears of it.
        m_server->setResponseDelay(300);
        std::atomic<bool> called{false};
        QMetaObject::invokeMethod(context, [&, context] {
            m_client->get(QStringLiteral("/works"), kListQuery, context, [&](const ApiResult &) { called = true; });
        });
        QTest::qWait(100);
        QMetaObject::invokeMethod(context, [context] { delete context; }, Qt::BlockingQueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 2, 5000);
        QTest::qWait(600);
        QVERIFY(!called.load());
        worker.quit();
        worker.wait();
    }

    void cancel_context_dropsOnlyThatContextsRequests()
    {
        m_server->setResponseDelay(200);
        m_client->setMaxConcurrent(2);
        QObject a;
        QObject b;
        int fromA = 0;
        int fromB = 0;
        for (int i = 0; i < 3; ++i) {
            m_client->get(QStringLiteral("/authors/A5017898742"), {}, &a, [&](const ApiResult &) { ++fromA; });
            m_client->get(QStringLiteral("/authors/A5017898742"), {}, &b, [&](const ApiResult &r) {
                QVERIFY(r.ok());
                ++fromB;
            });
        }
        QTest::qWait(50); // some running, some queued
        m_client->cancel(&a);
        QTRY_COMPARE_WITH_TIMEOUT(fromB, 3, 10000);
        QTest::qWait(300);
        QCOMPARE(fromA, 0);
        QCOMPARE(m_client->pending(), 0);
    }

    void cancel_fromAnotherThread_dropsAWorkersRequests()
    {
        m_server->setResponseDelay(300);
        QThread worker;
        worker.start();
        auto *context = new QObject;
        context->moveToThread(&worker);
        std::atomic<int> called{0};
        QMetaObject::invokeMethod(context, [&, context] {
            for (int i = 0; i < 3; ++i)
                m_client->get(QStringLiteral("/works"), kListQuery, context, [&](const ApiResult &) { ++called; });
        }, Qt::BlockingQueuedConnection);
        QTest::qWait(100);
        m_client->cancel(context);
        QTest::qWait(800);
        QCOMPARE(called.load(), 0);
        QMetaObject::invokeMethod(context, [context] { delete context; }, Qt::BlockingQueuedConnection);
        worker.quit();
        worker.wait();
    }

    void moved_reportsSurvivorLocation()
    {
        m_server->mergeAuthor(QStringLiteral("A5017898742"), QStringLiteral("A5999999999"));
        const ApiResult r = get(QStringLiteral("/authors/A5017898742"));
        QCOMPARE(r.status, ApiResult::Status::Moved);
        QVERIFY(r.location.endsWith(QLatin1String("/authors/A5999999999")));
        QVERIFY(!r.location.contains(m_key));
    }

    void tokenBucket_limitsRequestRate()
    {
        m_client->setRequestsPerSecond(20);
        m_client->setBurst(1);
        m_client->setMaxConcurrent(8);
        int finished = 0;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 21; ++i)
            m_client->get(QStringLiteral("/authors/A5017898742"), {}, this, [&](const ApiResult &) { ++finished; });
        QTRY_COMPARE_WITH_TIMEOUT(finished, 21, 20000);
        // 21 requests at 20/s with a bucket of one: at least a second.
        QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed())));
    }

    void concurrencyCap_isHonoured()
    {
        m_client->setRequestsPerSecond(1000);
        m_client->setBurst(50);
        m_client->setMaxConcurrent(3);
        m_server->setResponseDelay(150);
        int finished = 0;
        for (int i = 0; i < 12; ++i)
            m_client->get(QStringLiteral("/authors/A5017898742"), {}, this, [&](const ApiResult &) { ++finished; });
        QTRY_COMPARE_WITH_TIMEOUT(finished, 12, 20000);
        QCOMPARE(m_server->maxConcurrent(), 3);
    }

    void cancelAll_dropsCallbacks()
    {
        m_server->setResponseDelay(300);
        bool called = false;
        m_client->get(QStringLiteral("/authors/A5017898742"), {}, this, [&](const ApiResult &) { called = true; });
        QTest::qWait(50);
        m_client->cancelAll();
        QTest::qWait(500);
        QVERIFY(!called);
        QCOMPARE(m_client->pending(), 0);
    }

    void displayUrl_hidesKey()
    {
        const QString shown = OpenAlexClient::displayUrl(QUrl(QStringLiteral("https://api.openalex.org/works?filter=x&api_key=abc123")));
        QVERIFY(!shown.contains(QLatin1String("abc123")));
        QVERIFY(shown.contains(QLatin1String("filter=x")));
    }
};

QTEST_GUILESS_MAIN(TestOpenAlexClient)
#include "tst_openalexclient.moc"
