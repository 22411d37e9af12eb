#include "fakeopenalexserver.h"

#include "openalex/openalexclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace peerscope;
using peerscope::test::FakeOpenAlexServer;
using Fault = FakeOpenAlexServer::Fault;

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

    void mailto_isSentOnlyWhenSet()
    {
        QVERIFY(get(QStringLiteral("/authors/A5017898742"), {}).ok());
        QVERIFY(!m_server->requests().last().query.contains(QStringLiteral("mailto")));
        m_client->setMailto(QStringLiteral(" librarian+oa@example.org "));
        QVERIFY(get(QStringLiteral("/authors/A5017898742"), {}).ok());
        QCOMPARE(m_server->requests().last().query.value(QStringLiteral("mailto")), QStringLiteral("librarian+oa@example.org"));
        m_client->setMailto({});
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

    void budgetSpent_stopsAllFurtherCalls()
    {
        m_server->injectFault(Fault::BudgetSpent, -1);
        const ApiResult r = get(QStringLiteral("/authors/A5017898742"));
        QCOMPARE(r.status, ApiResult::Status::BudgetSpent);
        QVERIFY(r.error.contains(QLatin1String("daily")));
        m_server->clearFaults();
        const ApiResult second = get(QStringLiteral("/authors/A5017898742"));
        QCOMPARE(second.status, ApiResult::Status::BudgetSpent);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(m_client->budgetSpent());
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
