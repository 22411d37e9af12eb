// The fake server is what every sync test trusts to behave like OpenAlex:
// these tests pin it to the documented 2026 contract, over real HTTP, without
// the client's own rules in between.
#include "fakeopenalexserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using peerscope::test::FakeOpenAlexServer;

namespace {

struct Answer {
    int code = 0;
    QJsonObject body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
};

} // namespace

class TestFakeServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeOpenAlexServer> m_server;
    QNetworkAccessManager m_manager;

    Answer fetch(const QString &path, const QList<QPair<QString, QString>> &query = {})
    {
        QUrl url = m_server->baseUrl();
        url.setPath(path);
        QUrlQuery q;
        for (const auto &item : query)
            q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second, ":,|")));
        url.setQuery(q);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_manager.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            qWarning("no answer");
        Answer a;
        a.code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = QJsonDocument::fromJson(reply->readAll()).object();
        for (const auto &pair : reply->rawHeaderPairs())
            a.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return a;
    }

    // Every record of an author's works, through cursor paging at 100 a page.
    QList<QJsonObject> allWorksOf(const QString &authorId, int *pages = nullptr)
    {
        QList<QJsonObject> out;
        QString cursor = QStringLiteral("*");
        int n = 0;
        while (!cursor.isEmpty()) {
            const Answer a = fetch(QStringLiteral("/works"), {{QStringLiteral("filter"), QStringLiteral("author.id:") + authorId},
                                                              {QStringLiteral("per_page"), QStringLiteral("100")},
                                                              {QStringLiteral("cursor"), cursor}});
            if (a.code != 200)
                return {};
            ++n;
            const QJsonArray results = a.body.value(QLatin1String("results")).toArray();
            for (const QJsonValue &v : results)
                out << v.toObject();
            cursor = results.isEmpty() ? QString() : a.body.value(QLatin1String("meta")).toObject().value(QLatin1String("next_cursor")).toString();
        }
        if (pages)
            *pages = n;
        return out;
    }

    static QJsonObject listQueryResult(const Answer &a) { return a.body.value(QLatin1String("meta")).toObject(); }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeOpenAlexServer>();
        QVERIFY(m_server->start());
        m_server->loadFixtures();
    }

    void cleanup() { m_server.reset(); }

    void perPage_over100_isRefusedWithTheApisMessage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("code");
        QTest::newRow("per_page 100") << QStringLiteral("per_page") << QStringLiteral("100") << 200;
        QTest::newRow("per_page 101") << QStringLiteral("per_page") << QStringLiteral("101") << 400;
        QTest::newRow("per_page 200") << QStringLiteral("per_page") << QStringLiteral("200") << 400;
        QTest::newRow("legacy per-page 200") << QStringLiteral("per-page") << QStringLiteral("200") << 400;
        QTest::newRow("per_page 0") << QStringLiteral("per_page") << QStringLiteral("0") << 400;
    }

    void perPage_over100_isRefusedWithTheApisMessage()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(int, code);
        const Answer a = fetch(QStringLiteral("/works"), {{QStringLiteral("filter"), QStringLiteral("author.id:A5017898742")}, {name, value}});
        QCOMPARE(a.code, code);
        if (code == 400) {
            QCOMPARE(a.body.value(QLatin1String("error")).toString(), QStringLiteral("Invalid query parameters error."));
            if (value.toInt() > 100)
                QVERIFY(a.body.value(QLatin1String("message")).toString().contains(QLatin1String("100 is the supported maximum")));
            QCOMPARE(m_server->chargedCalls(), 0);
        } else {
            QCOMPARE(listQueryResult(a).value(QLatin1String("per_page")).toInt(), 100);
        }
    }

    void perPage_absent_is25()
    {
        const QString id = m_server->addLargeAuthor(60, 20, 0);
        const Answer a = fetch(QStringLiteral("/works"), {{QStringLiteral("filter"), QStringLiteral("author.id:") + id}});
        QCOMPARE(a.code, 200);
        QCOMPARE(a.body.value(QLatin1String("results")).toArray().size(), 25);
        QCOMPARE(listQueryResult(a).value(QLatin1String("per_page")).toInt(), 25);
        QCOMPARE(listQueryResult(a).value(QLatin1String("count")).toInt(), 60);
    }

    void basicPaging_endsAt10000_cursorPagingDoesNot()
    {
        const QString id = m_server->addLargeAuthor(10050, 200, 0);
        const auto page = [&](int n) {
            return fetch(QStringLiteral("/works"), {{QStringLiteral("filter"), QStringLiteral("author.id:") + id},
                                                    {QStringLiteral("per_page"), QStringLiteral("100")},
                                                    {QStringLiteral("page"), QString::number(n)}});
        };
        const Answer second = page(2);
        QCOMPARE(second.code, 200);
        QCOMPARE(listQueryResult(second).value(QLatin1String("page")).toInt(), 2);
        const Answer last = page(100);
        QCOMPARE(last.code, 200);
        QCOMPARE(last.body.value(QLatin1String("results")).toArray().size(), 100);
        const Answer beyond = page(101);
        QCOMPARE(beyond.code, 400);
        QVERIFY(beyond.body.value(QLatin1String("message")).toString().contains(QLatin1String("cursor")));
        // Different pages hold different works.
        QVERIFY(second.body.value(QLatin1String("results")).toArray().first() != page(1).body.value(QLatin1String("results")).toArray().first());

        int pages = 0;
        const QList<QJsonObject> works = allWorksOf(id, &pages);
        QCOMPARE(works.size(), 10050);
        QCOMPARE(pages, 101); // 100 full pages and one of 50, whose next_cursor is null
        QSet<QString> ids;
        for (const QJsonObject &w : works)
            ids.insert(w.value(QLatin1String("id")).toString());
        QCOMPARE(ids.size(), 10050);
    }

    void orBatch_over100Values_isRefused()
    {
        QStringList values;
        for (int i = 0; i < 101; ++i)
            values << QStringLiteral("W%1").arg(1000 + i);
        const Answer over = fetch(QStringLiteral("/works"), {{QStringLiteral("filter"), QStringLiteral("openalex:") + values.join(u'|')}});
        QCOMPARE(over.code, 400);
        QVERIFY(over.body.value(QLatin1String("message")).toString().contains(QLatin1String("100")));
        const Answer ids = fetch(QStringLiteral("/authors"), {{QStringLiteral("filter"), QStringLiteral("ids.openalex:") + values.join(u'|')}});
        QCOMPARE(ids.code, 400);
        values.removeLast();
        values.replace(0, QStringLiteral("W2250748100"));
        const Answer fine = fetch(QStringLiteral("/works"), {{QStringLiteral("filter"), QStringLiteral("openalex:") + values.join(u'|')}});
        QCOMPARE(fine.code, 200);
        QCOMPARE(fine.body.value(QLatin1String("results")).toArray().size(), 1);
    }

    void everyAnswer_carriesTheBudgetHeaders_listsCarryTheirCost()
    {
        m_server->setSecondsToReset(1234);
        const Answer single = fetch(QStringLiteral("/works/W2250748100"));
        const Answer list = fetch(QStringLiteral("/works"), {{QStringLiteral("filter"), QStringLiteral("author.id:A5017898742")}});
        const Answer search = fetch(QStringLiteral("/authors"), {{QStringLiteral("search"), QStringLiteral("mearman")}});
        const Answer missing = fetch(QStringLiteral("/works/W1"));
        const Answer autocomplete = fetch(QStringLiteral("/autocomplete/authors"), {{QStringLiteral("q"), QStringLiteral("Mearman")}});
        for (const Answer *a : {&single, &list, &search, &missing, &autocomplete}) {
            QCOMPARE(a->header("X-RateLimit-Limit"), QByteArray("1.0000"));
            QVERIFY(!a->header("X-RateLimit-Remaining").isEmpty());
            QVERIFY(!a->header("X-RateLimit-Credits-Used").isEmpty());
            QCOMPARE(a->header("X-RateLimit-Reset"), QByteArray("1234"));
        }
        QCOMPARE(single.header("X-RateLimit-Credits-Used"), QByteArray("0.0000"));
        QCOMPARE(list.header("X-RateLimit-Credits-Used"), QByteArray("0.0001"));
        QCOMPARE(list.header("X-RateLimit-Remaining"), QByteArray("0.9999"));
        QCOMPARE(listQueryResult(list).value(QLatin1String("cost_usd")).toDouble(), 0.0001);
        QCOMPARE(search.header("X-RateLimit-Credits-Used"), QByteArray("0.0010"));
        QCOMPARE(search.header("X-RateLimit-Remaining"), QByteArray("0.9989"));
        QCOMPARE(m_server->chargedCalls(), 2);
        QVERIFY(qAbs(m_server->spentTodayUsd() - 0.0011) < 1e-9);
    }

    void spentBudget_answers429UntilTheReset_freeCallsStillAnswer()
    {
        m_server->setDailyBudgetUsd(0.0002);
        m_server->setSecondsToReset(777);
        const QList<QPair<QString, QString>> list{{QStringLiteral("filter"), QStringLiteral("author.id:A5017898742")}};
        QCOMPARE(fetch(QStringLiteral("/works"), list).code, 200);
        QCOMPARE(fetch(QStringLiteral("/works"), list).code, 200);
        const Answer spent = fetch(QStringLiteral("/works"), list);
        QCOMPARE(spent.code, 429);
        QCOMPARE(spent.body.value(QLatin1String("error")).toString(), QStringLiteral("Insufficient budget"));
        QVERIFY(spent.body.value(QLatin1String("message")).toString().contains(QLatin1String("midnight UTC")));
        QCOMPARE(spent.header("Retry-After"), QByteArray("777"));
        QCOMPARE(spent.header("X-RateLimit-Remaining"), QByteArray("0"));
        // A search costs more than what is left even before a list does.
        QCOMPARE(fetch(QStringLiteral("/authors"), {{QStringLiteral("search"), QStringLiteral("x")}}).code, 429);
        QCOMPARE(fetch(QStringLiteral("/works/W2250748100")).code, 200);
        QCOMPARE(fetch(QStringLiteral("/autocomplete/authors"), {{QStringLiteral("q"), QStringLiteral("Mearman")}}).code, 200);
        QCOMPARE(fetch(QStringLiteral("/rate-limit")).code, 200);
        QCOMPARE(m_server->chargedCalls(), 2);
        m_server->resetDay();
        QCOMPARE(fetch(QStringLiteral("/works"), list).code, 200);
    }

    void rateLimit_reportsTheDay_nestedOneLevel()
    {
        m_server->setSecondsToReset(600);
        fetch(QStringLiteral("/works"), {{QStringLiteral("filter"), QStringLiteral("author.id:A5017898742")}});
        const Answer a = fetch(QStringLiteral("/rate-limit"), {{QStringLiteral("api_key"), QStringLiteral("secret-abc")}});
        QCOMPARE(a.code, 200);
        const QJsonObject r = a.body.value(QLatin1String("rate_limit")).toObject();
        QCOMPARE(r.value(QLatin1String("daily_budget_usd")).toDouble(), 1.0);
        QVERIFY(qAbs(r.value(QLatin1String("daily_remaining_usd")).toDouble() - 0.9999) < 1e-9);
        QVERIFY(qAbs(r.value(QLatin1String("daily_used_usd")).toDouble() - 0.0001) < 1e-9);
        QCOMPARE(r.value(QLatin1String("prepaid_remaining_usd")).toDouble(), 0.0);
        QCOMPARE(r.value(QLatin1String("resets_in_seconds")).toInt(), 600);
        QVERIFY(!a.body.value(QLatin1String("api_key")).toString().contains(QLatin1String("secret")));
        QCOMPARE(m_server->chargedCalls(), 1);
    }

    void perSecondLimit_answers429WithRemainingZero()
    {
        m_server->setPerSecondLimit(3);
        // Line up at the start of a wall-clock second so that all land in one.
        const qint64 ms = QDateTime::currentMSecsSinceEpoch() % 1000;
        if (ms > 600)
            QTest::qWait(int(1010 - ms));
        QList<Answer> answers;
        for (int i = 0; i < 5; ++i)
            answers << fetch(QStringLiteral("/works/W2250748100"));
        int refused = 0;
        for (const Answer &a : std::as_const(answers)) {
            if (a.code != 429)
                continue;
            ++refused;
            QCOMPARE(a.header("Retry-After"), QByteArray("1"));
            QCOMPARE(a.header("X-RateLimit-Remaining"), QByteArray("0"));
            QCOMPARE(a.body.value(QLatin1String("message")).toString(), QStringLiteral("Too many requests per second"));
        }
        QVERIFY2(refused >= 1 && refused <= 2, qPrintable(QString::number(refused)));
        QCOMPARE(answers.first().code, 200);
        QTest::qWait(1100);
        QCOMPARE(fetch(QStringLiteral("/works/W2250748100")).code, 200);
    }

    void mergedWork_answers301ToTheSurvivor()
    {
        m_server->mergeWork(QStringLiteral("W2250748100"), QStringLiteral("W4000000001"));
        const Answer a = fetch(QStringLiteral("/works/W2250748100"));
        QCOMPARE(a.code, 301);
        QVERIFY(a.header("Location").endsWith("/works/W4000000001"));
        const Answer survivor = fetch(QStringLiteral("/works/W4000000001"));
        QCOMPARE(survivor.code, 200);
        QCOMPARE(survivor.body.value(QLatin1String("id")).toString(), QStringLiteral("https://openalex.org/W4000000001"));
    }

    void largeAuthor_holdsTheMessyRecordsItReports()
    {
        const QString id = m_server->addLargeAuthor(1600, 3100, 6);
        const FakeOpenAlexServer::LargeAuthorShape shape = m_server->largeAuthorShape(id);
        QCOMPARE(shape.authorId, id);
        QCOMPARE(shape.works, int(m_server->worksOf(id).size()));
        QCOMPARE(shape.works, 1600);
        QCOMPARE(shape.coauthors, int(m_server->coauthorsOf(id).size()));
        QCOMPARE(shape.truncatedWorks, 6);
        QCOMPARE(m_server->truncatedWorksOf(id), 6);

        int nullTitle = 0, nullYear = 0, nullLocation = 0, nullSource = 0, nullIds = 0, nullTopics = 0;
        int idless = 0, withIdless = 0, markedTruncated = 0;
        const QList<QJsonObject> works = allWorksOf(id);
        QCOMPARE(works.size(), shape.works);
        for (const QJsonObject &w : works) {
            nullTitle += w.value(QLatin1String("title")).isNull() && w.value(QLatin1String("display_name")).isNull() ? 1 : 0;
            nullYear += w.value(QLatin1String("publication_year")).isNull() && w.value(QLatin1String("publication_date")).isNull() ? 1 : 0;
            nullLocation += w.value(QLatin1String("primary_location")).isNull() ? 1 : 0;
            nullSource += w.value(QLatin1String("primary_location")).isObject()
                                  && w.value(QLatin1String("primary_location")).toObject().value(QLatin1String("source")).isNull()
                              ? 1
                              : 0;
            nullIds += w.value(QLatin1String("ids")).isNull() ? 1 : 0;
            nullTopics += w.value(QLatin1String("topics")).isNull() ? 1 : 0;
            markedTruncated += w.value(QLatin1String("is_authors_truncated")).toBool() ? 1 : 0;
            int here = 0;
            const QJsonArray authorships = w.value(QLatin1String("authorships")).toArray();
            QVERIFY(authorships.size() <= 100);
            for (const QJsonValue &v : authorships) {
                const QJsonValue authorId = v.toObject().value(QLatin1String("author")).toObject().value(QLatin1String("id"));
                here += authorId.isNull() || authorId.isUndefined() ? 1 : 0;
            }
            idless += here;
            withIdless += here > 0 ? 1 : 0;
            if (w.value(QLatin1String("id")).toString().endsWith(shape.exactly100WorkId)) {
                QCOMPARE(authorships.size(), 100);
                QVERIFY(!w.value(QLatin1String("is_authors_truncated")).toBool());
            }
        }
        QVERIFY(!shape.exactly100WorkId.isEmpty());
        QVERIFY(shape.nullTitleWorks >= 1);
        QCOMPARE(nullTitle, shape.nullTitleWorks);
        QVERIFY(shape.nullYearWorks >= 1);
        QCOMPARE(nullYear, shape.nullYearWorks);
        QVERIFY(shape.nullPrimaryLocationWorks >= 1);
        QCOMPARE(nullLocation, shape.nullPrimaryLocationWorks);
        QVERIFY(shape.nullSourceWorks >= 1);
        QCOMPARE(nullSource, shape.nullSourceWorks);
        QVERIFY(shape.nullIdsWorks >= 1);
        QCOMPARE(nullIds, shape.nullIdsWorks);
        QVERIFY(shape.nullTopicsWorks >= 1);
        QCOMPARE(nullTopics, shape.nullTopicsWorks);
        QVERIFY(shape.idlessAuthorships >= 2);
        QCOMPARE(idless, shape.idlessAuthorships);
        QCOMPARE(withIdless, shape.worksWithIdlessAuthorships);
        QCOMPARE(markedTruncated, shape.truncatedWorks);

        // The records without authorships: reachable by ID and OR batch, referenced by the first work.
        QCOMPARE(shape.nullAuthorshipsWorkIds.size(), 2);
        for (const QString &w : shape.nullAuthorshipsWorkIds) {
            const Answer a = fetch(QStringLiteral("/works/") + w);
            QCOMPARE(a.code, 200);
            QVERIFY(a.body.value(QLatin1String("authorships")).isNull());
            QVERIFY(a.body.value(QLatin1String("topics")).isNull());
            QVERIFY(!m_server->worksOf(id).contains(w));
        }
        const Answer batch = fetch(QStringLiteral("/works"), {{QStringLiteral("filter"), QStringLiteral("openalex:") + shape.nullAuthorshipsWorkIds.join(u'|')}});
        QCOMPARE(batch.body.value(QLatin1String("results")).toArray().size(), 2);
        QCOMPARE(fetch(QStringLiteral("/works/") + m_server->worksOf(id).constFirst()).body.value(QLatin1String("referenced_works")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
