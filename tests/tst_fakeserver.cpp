// The fake server is what every sync test trusts to behave like OpenAlex:
// these tests pin it to the documented 2026 contract, over real HTTP, without
// the client's own rules in between.
#include "fakeopenalexserver.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <ctime>

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

    static QString shortId(const QJsonValue &v) { return v.toString().section(u'/', -1); }

    static QStringList referencesIn(const QJsonObject &w)
    {
        QStringList out;
        for (const QJsonValue &v : w.value(QLatin1String("referenced_works")).toArray())
            out << shortId(v);
        return out;
    }

    // Every record of a /works listing, through cursor paging: fails the test
    // (through *ok) on a non-200 answer, a repeated record or a meta.count
    // that is not what the pages held.
    QList<QJsonObject> listAll(const QString &filter, const QString &select = {}, int perPage = 100, int *pages = nullptr, bool *ok = nullptr)
    {
        QList<QJsonObject> out;
        QSet<QString> seen;
        QString cursor = QStringLiteral("*");
        int n = 0;
        int count = -1;
        bool fine = true;
        while (!cursor.isEmpty()) {
            QList<QPair<QString, QString>> query{{QStringLiteral("filter"), filter},
                                                 {QStringLiteral("per_page"), QString::number(perPage)},
                                                 {QStringLiteral("cursor"), cursor}};
            if (!select.isEmpty())
                query.append({QStringLiteral("select"), select});
            const Answer a = fetch(QStringLiteral("/works"), query);
            if (a.code != 200) {
                qWarning("listing %s answered %d", qPrintable(filter.left(80)), a.code);
                fine = false;
                break;
            }
            ++n;
            count = listQueryResult(a).value(QLatin1String("count")).toInt();
            const QJsonArray results = a.body.value(QLatin1String("results")).toArray();
            for (const QJsonValue &v : results) {
                const QString id = shortId(v.toObject().value(QLatin1String("id")));
                if (seen.contains(id)) {
                    qWarning("listing %s repeats %s", qPrintable(filter.left(80)), qPrintable(id));
                    fine = false;
                }
                seen.insert(id);
                out << v.toObject();
            }
            cursor = results.isEmpty() ? QString() : listQueryResult(a).value(QLatin1String("next_cursor")).toString();
        }
        if (fine && count >= 0 && count != out.size()) {
            qWarning("listing %s: meta.count %d but %lld records", qPrintable(filter.left(80)), count, qlonglong(out.size()));
            fine = false;
        }
        if (pages)
            *pages = n;
        if (ok)
            *ok = fine;
        return out;
    }

    // Records by ID through openalex: batches of 100 (IDs without a record are left out).
    QHash<QString, QJsonObject> recordsOf(const QStringList &ids, const QString &select = {})
    {
        QHash<QString, QJsonObject> out;
        for (qsizetype i = 0; i < ids.size(); i += 100) {
            QList<QPair<QString, QString>> query{{QStringLiteral("filter"), QStringLiteral("openalex:") + ids.mid(i, 100).join(u'|')},
                                                 {QStringLiteral("per_page"), QStringLiteral("100")}};
            if (!select.isEmpty())
                query.append({QStringLiteral("select"), select});
            const Answer a = fetch(QStringLiteral("/works"), query);
            if (a.code != 200)
                return {};
            for (const QJsonValue &v : a.body.value(QLatin1String("results")).toArray())
                out.insert(shortId(v.toObject().value(QLatin1String("id"))), v.toObject());
        }
        return out;
    }

    static QStringList idsOf(const QList<QJsonObject> &records)
    {
        QStringList out;
        for (const QJsonObject &r : records)
            out << shortId(r.value(QLatin1String("id")));
        return out;
    }

    static QJsonObject citationFixture(const QString &name)
    {
        QFile f(QDir(FakeOpenAlexServer::citationFixturesDir()).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

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

    // ----------------------------------------------------------- citations ---

    void citations_generation_isDeterministic()
    {
        const QString id = m_server->addLargeAuthor(1600, 3100, 6);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const FakeOpenAlexServer::CitationShape shape = m_server->addCitations(id, 5000, 4000, 7);
        const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        // Reported, not asserted: timing belongs in the benchmarks, and the
        // sanitizer build takes several times longer.
        qInfo("addCitations(1600 works, 5000 pool, 4000 citing): %lld ms CPU, %lld ms wall", qlonglong(cpuMs), qlonglong(timer.elapsed()));
        QCOMPARE(shape.authorId, id);
        QCOMPARE(shape.citingWorks, 4000);
        QVERIFY(shape.poolWorks > 4800 && shape.poolWorks < 5000);
        // The indexes grown in place equal the ones built from scratch (a new
        // work by someone else makes the server rebuild them).
        m_server->addWork(QStringLiteral("A5017898742"), {});
        const FakeOpenAlexServer::CitationShape rebuilt = m_server->citationShape(id);
        QCOMPARE(rebuilt.citingIds, shape.citingIds);
        QCOMPARE(rebuilt.citationLinks, shape.citationLinks);
        QCOMPARE(rebuilt.referencedIds, shape.referencedIds);
        QCOMPARE(rebuilt.referenceLinks, shape.referenceLinks);
        QCOMPARE(m_server->worksOf(id).size(), 1600);

        // The same seed on another server: the same citations; another seed: others.
        FakeOpenAlexServer same;
        same.loadFixtures();
        const QString sameId = same.addLargeAuthor(1600, 3100, 6);
        const FakeOpenAlexServer::CitationShape again = same.addCitations(sameId, 5000, 4000, 7);
        QCOMPARE(sameId, id);
        QCOMPARE(again.referencedIds, shape.referencedIds);
        QCOMPARE(again.unknownReferenceIds, shape.unknownReferenceIds);
        QCOMPARE(again.citingIds, shape.citingIds);
        QCOMPARE(again.referenceLinks, shape.referenceLinks);
        QCOMPARE(again.citationLinks, shape.citationLinks);
        QCOMPARE(again.seedsWithoutReferences, shape.seedsWithoutReferences);
        FakeOpenAlexServer other;
        other.loadFixtures();
        const QString otherId = other.addLargeAuthor(1600, 3100, 6);
        const FakeOpenAlexServer::CitationShape different = other.addCitations(otherId, 5000, 4000, 8);
        QVERIFY(different.referencedIds != shape.referencedIds);
        QVERIFY(different.citationLinks != shape.citationLinks || different.citingIds != shape.citingIds);
    }

    void citations_shape_isWhatTheRecordsSay()
    {
        const QString id = m_server->addLargeAuthor(1600, 3100, 6);
        const FakeOpenAlexServer::LargeAuthorShape largeShape = m_server->largeAuthorShape(id);
        const FakeOpenAlexServer::CitationShape shape = m_server->addCitations(id);
        QCOMPARE(m_server->citationShape(id).citingIds, shape.citingIds);

        // The author's works as a sync lists them.
        const QList<QJsonObject> works = allWorksOf(id);
        QCOMPARE(works.size(), 1600);
        int withRefs = 0, withoutRefs = 0, links = 0;
        QSet<QString> referenced;
        QHash<QString, int> citedBySeeds; // referenced ID -> how many of the author's works cite it
        for (const QJsonObject &w : works) {
            QVERIFY(w.value(QLatin1String("referenced_works")).isArray());
            const QStringList refs = referencesIn(w);
            QCOMPARE(w.value(QLatin1String("referenced_works_count")).toInt(), int(refs.size()));
            QCOMPARE(QSet<QString>(refs.cbegin(), refs.cend()).size(), refs.size());
            ++(refs.isEmpty() ? withoutRefs : withRefs);
            links += int(refs.size());
            for (const QString &r : refs) {
                referenced.insert(r);
                ++citedBySeeds[r];
            }
        }
        QCOMPARE(withRefs, shape.seedsWithReferences);
        QCOMPARE(withoutRefs, shape.seedsWithoutReferences);
        QCOMPARE(shape.seedsWithoutReferenceKey, 0);
        QCOMPARE(links, shape.referenceLinks);
        QStringList referencedList(referenced.cbegin(), referenced.cend());
        referencedList.sort();
        QCOMPARE(referencedList, shape.referencedIds);
        // About 5% without reference data, about 20 references a work.
        QVERIFY2(withoutRefs >= 40 && withoutRefs <= 130, qPrintable(QString::number(withoutRefs)));
        QVERIFY2(links / withRefs >= 18 && links / withRefs <= 22, qPrintable(QString::number(links / withRefs)));
        // Zipf: a few pool works cited by hundreds of the author's works, most by one or two.
        QList<int> counts = citedBySeeds.values();
        std::sort(counts.begin(), counts.end());
        QVERIFY2(counts.last() >= 200, qPrintable(QString::number(counts.last())));
        QVERIFY2(counts.at(counts.size() / 2) <= 3, qPrintable(QString::number(counts.at(counts.size() / 2))));

        // The unknown IDs: an openalex: batch leaves them out, a singleton is 404.
        const QHash<QString, QJsonObject> known = recordsOf(referencedList, QStringLiteral("id,display_name,referenced_works"));
        QStringList unknown;
        for (const QString &r : std::as_const(referencedList))
            if (!known.contains(r))
                unknown << r;
        QCOMPARE(unknown, shape.unknownReferenceIds);
        QVERIFY(!unknown.isEmpty());
        QVERIFY2(unknown.size() * 100 >= referencedList.size() / 2 && unknown.size() * 100 <= referencedList.size() * 5,
                 qPrintable(QStringLiteral("%1 of %2").arg(unknown.size()).arg(referencedList.size())));
        QCOMPARE(fetch(QStringLiteral("/works/") + unknown.first()).code, 404);
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            // Slim: what was selected and the record has (the two records
            // without authorships that addLargeAuthor made have no reference list).
            const QStringList keys = it.value().keys();
            for (const QString &k : keys)
                QVERIFY2(k == QLatin1String("id") || k == QLatin1String("display_name") || k == QLatin1String("referenced_works"), qPrintable(k));
            QVERIFY(it.value().value(QLatin1String("id")).toString().startsWith(QLatin1String("https://openalex.org/W")));
            QVERIFY(keys.contains(QLatin1String("referenced_works")) || largeShape.nullAuthorshipsWorkIds.contains(it.key()));
        }

        // cites: over every work of the author, 100 a batch, cursor paging: exactly
        // the fetched records whose referenced_works hold one of the batch.
        QHash<QString, QJsonObject> universe;
        for (const QJsonObject &w : works)
            universe.insert(shortId(w.value(QLatin1String("id"))), w);
        for (auto it = known.cbegin(); it != known.cend(); ++it)
            universe.insert(it.key(), it.value());
        QList<QStringList> batches;
        QList<QSet<QString>> answers;
        QSet<QString> allCiting;
        for (qsizetype i = 0; i < works.size(); i += 100) {
            QStringList batch;
            for (qsizetype k = i; k < qMin(works.size(), i + 100); ++k)
                batch << shortId(works.at(k).value(QLatin1String("id")));
            bool ok = false;
            const QList<QJsonObject> citing = listAll(QStringLiteral("cites:") + batch.join(u'|'), {}, 100, nullptr, &ok);
            QVERIFY(ok);
            QSet<QString> answer;
            for (const QJsonObject &c : citing) {
                const QString cid = shortId(c.value(QLatin1String("id")));
                answer.insert(cid);
                allCiting.insert(cid);
                universe.insert(cid, c);
            }
            batches << batch;
            answers << answer;
        }
        QCOMPARE(allCiting, QSet<QString>(shape.citingIds.cbegin(), shape.citingIds.cend()));
        QHash<QString, int> citersOf; // the author's work -> records citing it, by brute force
        for (qsizetype b = 0; b < batches.size(); ++b) {
            const QSet<QString> batch(batches.at(b).cbegin(), batches.at(b).cend());
            QSet<QString> expected;
            for (auto it = universe.cbegin(); it != universe.cend(); ++it)
                for (const QString &r : referencesIn(it.value()))
                    if (batch.contains(r))
                        expected.insert(it.key());
            QCOMPARE(answers.at(b), expected);
        }
        QSet<QString> authorWorks;
        int citationLinks = 0;
        for (const QJsonObject &w : works)
            authorWorks.insert(shortId(w.value(QLatin1String("id"))));
        for (auto it = universe.cbegin(); it != universe.cend(); ++it)
            for (const QString &r : referencesIn(it.value()))
                if (authorWorks.contains(r)) {
                    ++citersOf[r];
                    ++citationLinks;
                }
        QCOMPARE(citationLinks, shape.citationLinks);
        // Every author's work's cited_by_count is what cites: answers; Zipf: some cited hundreds of times, many never.
        int never = 0, most = 0;
        for (const QJsonObject &w : works) {
            const QString wid = shortId(w.value(QLatin1String("id")));
            QCOMPARE(w.value(QLatin1String("cited_by_count")).toInt(), citersOf.value(wid));
            never += citersOf.value(wid) == 0 ? 1 : 0;
            most = qMax(most, citersOf.value(wid));
        }
        QVERIFY2(most >= 200, qPrintable(QString::number(most)));
        QVERIFY2(never >= 300, qPrintable(QString::number(never)));

        // cited_by: over the same batches: the referenced works that have a record.
        for (qsizetype b = 0; b < batches.size(); b += 5) {
            bool ok = false;
            const QStringList got = idsOf(listAll(QStringLiteral("cited_by:") + batches.at(b).join(u'|'), QStringLiteral("id,display_name"), 100, nullptr, &ok));
            QVERIFY(ok);
            QSet<QString> expected;
            for (const QString &w : batches.at(b))
                for (const QString &r : referencesIn(universe.value(w)))
                    if (known.contains(r))
                        expected.insert(r);
            QCOMPARE(QSet<QString>(got.cbegin(), got.cend()), expected);
        }
    }

    void citations_generatedRecords_areFullAndSomeAreMessy()
    {
        const QString id = m_server->addLargeAuthor(300, 500, 0);
        const FakeOpenAlexServer::CitationShape shape = m_server->addCitations(id, 1500, 1500, 3);
        const QStringList wanted = shape.referencedIds + shape.citingIds;
        const QHash<QString, QJsonObject> records = recordsOf(wanted);
        QCOMPARE(records.size(), wanted.size() - shape.unknownReferenceIds.size());
        int nullTitle = 0, nullYear = 0, idless = 0, nullDoi = 0;
        const QStringList keys{QStringLiteral("id"), QStringLiteral("doi"), QStringLiteral("title"), QStringLiteral("display_name"),
                               QStringLiteral("publication_year"), QStringLiteral("publication_date"), QStringLiteral("type"),
                               QStringLiteral("authorships"), QStringLiteral("primary_location"), QStringLiteral("cited_by_count"),
                               QStringLiteral("counts_by_year"), QStringLiteral("fwci"), QStringLiteral("primary_topic"), QStringLiteral("topics"),
                               QStringLiteral("referenced_works"), QStringLiteral("referenced_works_count"), QStringLiteral("updated_date"),
                               QStringLiteral("created_date")};
        for (auto it = records.cbegin(); it != records.cend(); ++it) {
            const QJsonObject &w = it.value();
            if (!it.key().startsWith(QLatin1String("W80")) && !it.key().startsWith(QLatin1String("W70")))
                continue; // the two records without authorships that addLargeAuthor references
            for (const QString &k : keys)
                QVERIFY2(w.contains(k), qPrintable(it.key() + u' ' + k));
            const QJsonArray authorships = w.value(QLatin1String("authorships")).toArray();
            QVERIFY(authorships.size() >= 1 && authorships.size() <= 6);
            bool hasIdless = false;
            for (const QJsonValue &a : authorships)
                hasIdless = hasIdless || a.toObject().value(QLatin1String("author")).toObject().value(QLatin1String("id")).isNull();
            idless += hasIdless ? 1 : 0;
            nullTitle += w.value(QLatin1String("title")).isNull() ? 1 : 0;
            nullYear += w.value(QLatin1String("publication_year")).isNull() ? 1 : 0;
            nullDoi += w.value(QLatin1String("doi")).isNull() ? 1 : 0;
            QVERIFY(w.value(QLatin1String("primary_location")).toObject().value(QLatin1String("source")).toObject().contains(QLatin1String("id")));
            QCOMPARE(w.value(QLatin1String("referenced_works_count")).toInt(), int(w.value(QLatin1String("referenced_works")).toArray().size()));
            // counts_by_year never says more than cited_by_count.
            int byYear = 0;
            for (const QJsonValue &y : w.value(QLatin1String("counts_by_year")).toArray())
                byYear += y.toObject().value(QLatin1String("cited_by_count")).toInt();
            QVERIFY(byYear <= w.value(QLatin1String("cited_by_count")).toInt());
        }
        QVERIFY(nullTitle >= 1 && nullTitle <= shape.nullTitleWorks);
        QVERIFY(nullYear >= 1 && nullYear <= shape.nullYearWorks);
        QVERIFY(idless >= 1 && idless <= shape.idlessAuthorshipWorks);
        QVERIFY(nullDoi >= 1 && nullDoi <= shape.nullDoiWorks);

        // A pool work's cited_by_count and counts_by_year are what cites: answers.
        QString top;
        int topCount = -1;
        for (auto it = records.cbegin(); it != records.cend(); ++it)
            if (it.key().startsWith(QLatin1String("W80")) && it.value().value(QLatin1String("cited_by_count")).toInt() > topCount) {
                top = it.key();
                topCount = it.value().value(QLatin1String("cited_by_count")).toInt();
            }
        QVERIFY(topCount >= 50);
        bool ok = false;
        const QList<QJsonObject> citing = listAll(QStringLiteral("cites:") + top, QStringLiteral("id,publication_year,referenced_works"), 100, nullptr, &ok);
        QVERIFY(ok);
        QCOMPARE(int(citing.size()), topCount);
        QMap<int, int> years;
        for (const QJsonObject &c : citing) {
            QVERIFY(referencesIn(c).contains(top));
            if (c.value(QLatin1String("publication_year")).toInt() >= 2012)
                ++years[c.value(QLatin1String("publication_year")).toInt()];
        }
        QMap<int, int> reported;
        for (const QJsonValue &y : records.value(top).value(QLatin1String("counts_by_year")).toArray())
            reported.insert(y.toObject().value(QLatin1String("year")).toInt(), y.toObject().value(QLatin1String("cited_by_count")).toInt());
        QCOMPARE(reported, years);
    }

    void citations_updatedDate_movesOnlyWithTheCount()
    {
        const QString id = m_server->addLargeAuthor(400, 300, 0);
        QHash<QString, QPair<int, QString>> before;
        for (const QJsonObject &w : allWorksOf(id))
            before.insert(shortId(w.value(QLatin1String("id"))), {w.value(QLatin1String("cited_by_count")).toInt(), w.value(QLatin1String("updated_date")).toString()});
        const QString authorBefore = fetch(QStringLiteral("/authors/") + id).body.value(QLatin1String("updated_date")).toString();
        m_server->addCitations(id, 2000, 1000, 11);
        int moved = 0, kept = 0, authorSum = 0;
        for (const QJsonObject &w : allWorksOf(id)) {
            const auto old = before.value(shortId(w.value(QLatin1String("id"))));
            const int count = w.value(QLatin1String("cited_by_count")).toInt();
            const QString date = w.value(QLatin1String("updated_date")).toString();
            authorSum += count;
            if (count == old.first) {
                QCOMPARE(date, old.second);
                ++kept;
            } else {
                QVERIFY(date > old.second);
                ++moved;
            }
        }
        QVERIFY(moved > 0);
        QVERIFY(kept > 0);
        const QJsonObject author = fetch(QStringLiteral("/authors/") + id).body;
        QVERIFY(author.value(QLatin1String("updated_date")).toString() > authorBefore);
        QCOMPARE(author.value(QLatin1String("cited_by_count")).toInt(), authorSum);
    }

    void citations_addCitingWork_bumpsTheCountAndTheDate()
    {
        const QString id = m_server->addLargeAuthor(60, 40, 0);
        m_server->addCitations(id, 300, 200, 5);
        const QString seed = m_server->worksOf(id).at(3);
        const QJsonObject before = fetch(QStringLiteral("/works/") + seed).body;
        const FakeOpenAlexServer::CitationShape shapeBefore = m_server->citationShape(id);
        const QString authorBefore = fetch(QStringLiteral("/authors/") + id).body.value(QLatin1String("updated_date")).toString();

        const QString added = m_server->addCitingWork(seed);
        QVERIFY(!added.isEmpty());
        QVERIFY(!shapeBefore.citingIds.contains(added));
        const QJsonObject after = fetch(QStringLiteral("/works/") + seed).body;
        QCOMPARE(after.value(QLatin1String("cited_by_count")).toInt(), before.value(QLatin1String("cited_by_count")).toInt() + 1);
        QVERIFY(after.value(QLatin1String("updated_date")).toString() > before.value(QLatin1String("updated_date")).toString());
        QVERIFY(fetch(QStringLiteral("/authors/") + id).body.value(QLatin1String("updated_date")).toString() > authorBefore);

        const Answer record = fetch(QStringLiteral("/works/") + added);
        QCOMPARE(record.code, 200);
        QCOMPARE(referencesIn(record.body), QStringList{seed});
        bool ok = false;
        const QStringList citing = idsOf(listAll(QStringLiteral("cites:") + seed, QStringLiteral("id"), 10, nullptr, &ok));
        QVERIFY(ok);
        QVERIFY(citing.contains(added));
        QCOMPARE(int(citing.size()), after.value(QLatin1String("cited_by_count")).toInt());

        const FakeOpenAlexServer::CitationShape shapeAfter = m_server->citationShape(id);
        QCOMPARE(shapeAfter.citationLinks, shapeBefore.citationLinks + 1);
        QStringList expected = shapeBefore.citingIds + QStringList{added};
        expected.sort();
        QCOMPARE(shapeAfter.citingIds, expected);
        QCOMPARE(shapeAfter.referencedIds, shapeBefore.referencedIds);

        // On a pool work, counts_by_year follows as well.
        QString pool;
        for (const QString &r : shapeBefore.referencedIds)
            if (pool.isEmpty() && r.startsWith(QLatin1String("W80")) && !shapeBefore.unknownReferenceIds.contains(r))
                pool = r;
        QVERIFY(!pool.isEmpty());
        const QJsonObject poolBefore = fetch(QStringLiteral("/works/") + pool).body;
        QVERIFY(poolBefore.contains(QLatin1String("counts_by_year")));
        m_server->addCitingWork(pool);
        const QJsonObject poolAfter = fetch(QStringLiteral("/works/") + pool).body;
        auto sum = [](const QJsonObject &w) {
            int n = 0;
            for (const QJsonValue &y : w.value(QLatin1String("counts_by_year")).toArray())
                n += y.toObject().value(QLatin1String("cited_by_count")).toInt();
            return n;
        };
        QCOMPARE(sum(poolAfter), sum(poolBefore) + 1);
        QCOMPARE(poolAfter.value(QLatin1String("cited_by_count")).toInt(), poolBefore.value(QLatin1String("cited_by_count")).toInt() + 1);
        QCOMPARE(m_server->addCitingWork(QStringLiteral("W1")), QString());
    }

    void select_refusesUnknownAndNestedFields_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("select");
        QTest::addColumn<int>("code");
        QTest::newRow("list, known") << QStringLiteral("/works") << QStringLiteral("id,display_name,referenced_works") << 200;
        QTest::newRow("list, truncation flag") << QStringLiteral("/works") << QStringLiteral("id,authorships,is_authors_truncated") << 200;
        QTest::newRow("list, typo") << QStringLiteral("/works") << QStringLiteral("id,dispaly_name") << 400;
        QTest::newRow("list, nested") << QStringLiteral("/works") << QStringLiteral("id,primary_location.source") << 400;
        QTest::newRow("list, author field") << QStringLiteral("/works") << QStringLiteral("id,works_count") << 400;
        QTest::newRow("singleton, known") << QStringLiteral("/works/W2250748100") << QStringLiteral("id,display_name") << 200;
        QTest::newRow("singleton, nested") << QStringLiteral("/works/W2250748100") << QStringLiteral("authorships.author") << 400;
    }

    void select_refusesUnknownAndNestedFields()
    {
        QFETCH(QString, path);
        QFETCH(QString, select);
        QFETCH(int, code);
        QList<QPair<QString, QString>> query{{QStringLiteral("select"), select}};
        if (path == QLatin1String("/works"))
            query.append({QStringLiteral("filter"), QStringLiteral("author.id:A5017898742")});
        const Answer a = fetch(path, query);
        QCOMPARE(a.code, code);
        const QStringList fields = select.split(u',');
        if (code == 400) {
            QCOMPARE(a.body.value(QLatin1String("error")).toString(), QStringLiteral("Invalid query parameters error."));
            QVERIFY(a.body.value(QLatin1String("message")).toString().contains(fields.last() + QStringLiteral(" is not a valid select field")));
            QCOMPARE(m_server->chargedCalls(), 0);
            return;
        }
        const QJsonArray results = path == QLatin1String("/works") ? a.body.value(QLatin1String("results")).toArray() : QJsonArray{a.body};
        QVERIFY(!results.isEmpty());
        // Only what was selected (a record without a field leaves it out), the ID always.
        for (const QJsonValue &v : results) {
            const QStringList keys = v.toObject().keys();
            QVERIFY(keys.contains(QLatin1String("id")));
            for (const QString &k : keys)
                QVERIFY2(fields.contains(k), qPrintable(k));
            QVERIFY(keys.size() >= fields.size() - 1);
        }
    }

    void openalexBatch_leavesUnknownIdsOut_slimRecordsKeepTheirId()
    {
        const Answer a = fetch(QStringLiteral("/works"), {{QStringLiteral("filter"), QStringLiteral("openalex:W1|W2250748100|W999999999|W2612755892")},
                                                          {QStringLiteral("select"), QStringLiteral("id,display_name,referenced_works")}});
        QCOMPARE(a.code, 200);
        const QJsonArray results = a.body.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(listQueryResult(a).value(QLatin1String("count")).toInt(), 2);
        QCOMPARE(shortId(results.at(0).toObject().value(QLatin1String("id"))), QStringLiteral("W2250748100"));
        QCOMPARE(shortId(results.at(1).toObject().value(QLatin1String("id"))), QStringLiteral("W2612755892"));
        for (const QJsonValue &v : results)
            QVERIFY(v.toObject().value(QLatin1String("display_name")).isString());
    }

    void citationFixtures_citesAndCitedBy_answerTheRealWorks()
    {
        m_server->loadCitationFixtures();
        // Read straight from the fixture files.
        const QJsonArray citesPage = citationFixture(QStringLiteral("cites_W2741809807_perpage50_page1.json")).value(QLatin1String("results")).toArray();
        const QJsonArray citedByPage = citationFixture(QStringLiteral("cited_by_W2766808518_perpage50_page1.json")).value(QLatin1String("results")).toArray();
        QCOMPARE(citesPage.size(), 50);
        QCOMPARE(citedByPage.size(), 24);
        QHash<QString, QJsonObject> records;
        QStringList citesIds, citedByIds;
        for (const QJsonValue &v : citesPage) {
            citesIds << shortId(v.toObject().value(QLatin1String("id")));
            records.insert(citesIds.last(), v.toObject());
        }
        for (const QJsonValue &v : citedByPage) {
            citedByIds << shortId(v.toObject().value(QLatin1String("id")));
            records.insert(citedByIds.last(), v.toObject());
        }
        for (const QString &name : {QStringLiteral("seed_work_W2168909179.json"), QStringLiteral("seed_work_W2138270253.json"),
                                    QStringLiteral("seed_work_W1775749144_via_pmid_select_all.json")}) {
            const QJsonObject w = citationFixture(name);
            QVERIFY(!w.isEmpty());
            records.insert(shortId(w.value(QLatin1String("id"))), w);
        }
        QCOMPARE(records.size(), 77);
        // The server also holds the works of ../openalex (init() loads them): some cite the same works.
        const QDir openalex(peerscope::test::fixturesDir());
        for (const QString &name : openalex.entryList({QStringLiteral("work_W*.json")}, QDir::Files)) {
            QFile f(openalex.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject w = QJsonDocument::fromJson(f.readAll()).object();
            records.insert(shortId(w.value(QLatin1String("id"))), w);
        }
        QCOMPARE(records.size(), 77 + 9);

        // cites:W2741809807 through cursor pages of 20: the 50 real works, in the page's order.
        int pages = 0;
        bool ok = false;
        const QList<QJsonObject> citing = listAll(QStringLiteral("cites:W2741809807"), {}, 20, &pages, &ok);
        QVERIFY(ok);
        QCOMPARE(pages, 3);
        QCOMPARE(idsOf(citing), citesIds);
        int selfCiting = 0;
        for (const QJsonObject &c : citing) {
            const QStringList refs = referencesIn(c);
            QVERIFY(refs.contains(QStringLiteral("W2741809807")));
            if (refs.contains(shortId(c.value(QLatin1String("id"))))) {
                ++selfCiting;
                // A self-citing work answers its own cites:.
                QVERIFY(idsOf(listAll(QStringLiteral("cites:") + shortId(c.value(QLatin1String("id"))), QStringLiteral("id"))).contains(shortId(c.value(QLatin1String("id")))));
            }
        }
        QCOMPARE(selfCiting, 4);

        // cited_by:W2766808518: its 24 real references, 13 without reference data.
        const QList<QJsonObject> references = listAll(QStringLiteral("cited_by:W2766808518"), QStringLiteral("id,referenced_works"), 100, nullptr, &ok);
        QVERIFY(ok);
        QCOMPARE(idsOf(references), citedByIds);
        int empty = 0;
        for (const QJsonObject &r : references)
            empty += r.value(QLatin1String("referenced_works")).toArray().isEmpty() ? 1 : 0;
        QCOMPARE(empty, 13);
        QCOMPARE(fetch(QStringLiteral("/works/W2766808518")).code, 404);
        QCOMPARE(fetch(QStringLiteral("/works/W2741809807")).code, 404);

        // Brute force over the 77 records: cites: and cited_by: of every one, with OR.
        for (const QStringList &seeds : {QStringList{QStringLiteral("W1983642261")}, QStringList{QStringLiteral("W1983642261"), QStringLiteral("W171540284")},
                                         QStringList{QStringLiteral("W2965823716"), QStringLiteral("W4285719527"), QStringLiteral("W2123154495")}}) {
            QSet<QString> expectedCiting, expectedCited;
            for (auto it = records.cbegin(); it != records.cend(); ++it)
                for (const QString &r : referencesIn(it.value()))
                    if (seeds.contains(r))
                        expectedCiting.insert(it.key());
            for (const QString &s : seeds)
                for (const QString &r : referencesIn(records.value(s)))
                    if (records.contains(r))
                        expectedCited.insert(r);
            const QStringList gotCiting = idsOf(listAll(QStringLiteral("cites:") + seeds.join(u'|'), QStringLiteral("id"), 5));
            const QStringList gotCited = idsOf(listAll(QStringLiteral("cited_by:") + seeds.join(u'|'), QStringLiteral("id"), 5));
            QCOMPARE(QSet<QString>(gotCiting.cbegin(), gotCiting.cend()), expectedCiting);
            QCOMPARE(QSet<QString>(gotCited.cbegin(), gotCited.cend()), expectedCited);
        }
        // Filters AND: cites: with author.id gives the author's works among the citing ones.
        QSet<QString> authorCiting;
        for (const QString &name : openalex.entryList({QStringLiteral("work_W*.json")}, QDir::Files)) {
            const QString wid = name.mid(5, name.size() - 10);
            for (const QString &r : referencesIn(records.value(wid)))
                if (r == QLatin1String("W2965823716") || r == QLatin1String("W4285719527") || r == QLatin1String("W2123154495"))
                    authorCiting.insert(wid);
        }
        QVERIFY(!authorCiting.isEmpty());
        const QStringList gotAnd = idsOf(listAll(QStringLiteral("cites:W2965823716|W4285719527|W2123154495,author.id:A5017898742"), QStringLiteral("id")));
        QCOMPARE(QSet<QString>(gotAnd.cbegin(), gotAnd.cend()), authorCiting);

        // SOURCES.md: W1983642261 is cited inside the 24 by W2123154495 and W2074395947.
        const QStringList within = idsOf(listAll(QStringLiteral("cites:W1983642261"), QStringLiteral("id")));
        QVERIFY(within.contains(QStringLiteral("W2123154495")) && within.contains(QStringLiteral("W2074395947")));

        // The seeds by openalex: batch; the 249-author one is cut at 100 in a list.
        const QHash<QString, QJsonObject> seeds = recordsOf({QStringLiteral("W2168909179"), QStringLiteral("W2138270253"), QStringLiteral("W1775749144")});
        QCOMPARE(seeds.size(), 3);
        QCOMPARE(referencesIn(seeds.value(QStringLiteral("W2168909179"))).size(), 459);
        QCOMPARE(seeds.value(QStringLiteral("W2168909179")).value(QLatin1String("authorships")).toArray().size(), 100);
        QVERIFY(seeds.value(QStringLiteral("W2168909179")).value(QLatin1String("is_authors_truncated")).toBool());
        QCOMPARE(fetch(QStringLiteral("/works/W2168909179")).body.value(QLatin1String("authorships")).toArray().size(), 249);
    }

    void citesFilter_over100Values_isRefused()
    {
        QStringList values;
        for (int i = 0; i < 101; ++i)
            values << QStringLiteral("W%1").arg(1000 + i);
        QCOMPARE(fetch(QStringLiteral("/works"), {{QStringLiteral("filter"), QStringLiteral("cites:") + values.join(u'|')}}).code, 400);
        QCOMPARE(fetch(QStringLiteral("/works"), {{QStringLiteral("filter"), QStringLiteral("cited_by:") + values.join(u'|')}}).code, 400);
        values.removeLast();
        QCOMPARE(fetch(QStringLiteral("/works"), {{QStringLiteral("filter"), QStringLiteral("cites:") + values.join(u'|')}}).code, 200);
        QCOMPARE(m_server->chargedCalls(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
