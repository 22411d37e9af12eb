// The OpenAlex budget through the real binary against the fake server:
// `budget`, `sync --dry-run`, per-second pauses that are not a spent budget,
// and a budget that runs out in the middle of a sync.

#include "fakeopenalexserver.h"
#include "testsupport.h"

#include "sync/authorsync.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using peerscope::test::FakeOpenAlexServer;
using peerscope::test::ProcessResult;
using peerscope::test::runPeerscope;

class TestBudget : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeOpenAlexServer> m_server;
    QTemporaryDir m_home;
    int m_db = 0;

    QString newDb() { return m_home.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_db)); }

    ProcessResult run(const QString &db, const QStringList &command)
    {
        return runPeerscope(QStringList{QStringLiteral("--db"), db, QStringLiteral("--api-base"), m_server->baseUrl().toString(),
                                        QStringLiteral("--api-key"), QStringLiteral("budget-test-key")}
                                + command,
                            m_home.path(), 240000);
    }

    int listRequests() const
    {
        int n = 0;
        for (const FakeOpenAlexServer::LoggedRequest &r : m_server->requests())
            n += r.query.contains(QStringLiteral("filter")) || r.query.contains(QStringLiteral("search")) ? 1 : 0;
        return n;
    }

private slots:
    void init()
    {
        QVERIFY(m_home.isValid());
        m_server = std::make_unique<FakeOpenAlexServer>();
        QVERIFY(m_server->start());
    }

    void cleanup() { m_server.reset(); }

    void budget_printsTodaysBudgetWhatIsLeftAndTheReset()
    {
        m_server->setDailyBudgetUsd(1.0);
        m_server->setSecondsToReset(5 * 3600 + 30 * 60);
        const QString db = newDb();
        const QString id = m_server->addLargeAuthor(250, 40, 0);
        QCOMPARE(run(db, {QStringLiteral("sync"), id}).exitCode, 0);

        const ProcessResult r = run(db, {QStringLiteral("budget")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("$1.00")), qPrintable(out));
        // What the server charged for the sync is what is left of the dollar.
        const double left = 1.0 - m_server->spentTodayUsd();
        QVERIFY(left < 1.0);
        QVERIFY2(out.contains(peerscope::formatUsd(left)), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("%1 list calls").arg(qRound(left / 0.0001))), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("(in 5 h 29 min)")) || out.contains(QStringLiteral("(in 5 h 30 min)")), qPrintable(out));

        const ProcessResult json = run(db, {QStringLiteral("budget"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("daily_budget_usd")).toDouble(), 1.0);
        QVERIFY(std::abs(o.value(QStringLiteral("daily_remaining_usd")).toDouble() - left) < 1e-9);
        QVERIFY(std::abs(o.value(QStringLiteral("resets_in_seconds")).toDouble() - 19800) < 120);
        QCOMPARE(o.value(QStringLiteral("spent")).toBool(), false);
        // /rate-limit is free: the second look found as much left as the first.
    }

    void budget_badUsageAndOffline()
    {
        QCOMPARE(run(newDb(), {QStringLiteral("budget"), QStringLiteral("extra")}).exitCode, 1);
        const int before = m_server->requestCount();
        const ProcessResult offline = runPeerscope({QStringLiteral("--offline"), QStringLiteral("budget")}, m_home.path());
        QCOMPARE(offline.exitCode, 3);
        QCOMPARE(m_server->requestCount(), before);
    }

    void syncDryRun_printsTheEstimateAndSpendsNoListCall()
    {
        const QString id = m_server->addLargeAuthor(1600, 3100, 6);
        const QString db = newDb();
        const ProcessResult r = run(db, {QStringLiteral("sync"), id, QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("Estimated cost")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("1600 works")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("works list: 16 calls")), qPrintable(out));
        QCOMPARE(listRequests(), 0);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(peerscope::test::rawRows(db, QStringLiteral("SELECT COUNT(*) FROM works")), QStringList{QStringLiteral("0")});

        // A real sync prints the same estimate first, then its summary.
        const ProcessResult real = run(db, {QStringLiteral("sync"), id});
        QVERIFY2(real.exitCode == 0, real.err.constData());
        QVERIFY(real.err.contains("Estimated cost"));
        QVERIFY(real.err.contains("priced"));
        QVERIFY(real.err.contains("left today"));
    }

    void sync_perSecond429sWithRemainingZero_waitAndComplete()
    {
        const QString id = m_server->addLargeAuthor(1600, 3100, 6);
        const int works = int(m_server->worksOf(id).size());
        const int coauthors = int(m_server->coauthorsOf(id).size());
        const int truncated = m_server->truncatedWorksOf(id);
        const int minimum = 1 + int(std::ceil(works / 100.0)) + truncated + int(std::ceil(coauthors / 100.0));
        // The service allows fewer requests a second than the client's polite
        // default of 10: per-second 429s with Remaining: 0 are certain.
        m_server->setPerSecondLimit(7);
        const QString db = newDb();
        const ProcessResult r = run(db, {QStringLiteral("sync"), id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.err.contains("spent"));
        QString why;
        QVERIFY2(peerscope::test::cacheIsSound(db, &why), qPrintable(why));
        QCOMPARE(peerscope::test::rawRows(db, QStringLiteral("SELECT complete FROM sync_state WHERE author_id = '%1'").arg(id)),
                 QStringList{QStringLiteral("1")});
        QCOMPARE(peerscope::test::rawRows(db, QStringLiteral("SELECT COUNT(DISTINCT work_id) FROM authorships WHERE author_id = '%1'").arg(id)),
                 QStringList{QString::number(works)});
        qInfo("per-second limited sync: %d requests (%d per-second 429s), minimum %d", m_server->requestCount(),
              m_server->perSecondRejections(), minimum);
        QVERIFY(m_server->perSecondRejections() > 0);
        QVERIFY2(m_server->requestCount() <= int(minimum * 1.1),
                 qPrintable(QStringLiteral("%1 requests, minimum %2").arg(m_server->requestCount()).arg(minimum)));
    }

    void sync_budgetRunsOut_stopsNamingTheReset_andCompletesAfterIt()
    {
        const QString id = m_server->addLargeAuthor(1600, 3100, 6);
        // The reference: one uninterrupted sync with money to spare.
        const QString reference = newDb();
        QCOMPARE(run(reference, {QStringLiteral("sync"), id}).exitCode, 0);

        m_server->resetDay();
        m_server->setDailyBudgetUsd(0.002); // 20 list calls: the works list needs 16, the co-authors 40
        m_server->setSecondsToReset(3 * 3600);
        const QString db = newDb();
        const ProcessResult spent = run(db, {QStringLiteral("sync"), id});
        QCOMPARE(spent.exitCode, 3);
        const QString err = QString::fromUtf8(spent.err);
        QVERIFY2(err.contains(QStringLiteral("budget"), Qt::CaseInsensitive), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("UTC")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("run the sync again")), qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("budget-test-key")));
        QString why;
        QVERIFY2(peerscope::test::cacheIsSound(db, &why), qPrintable(why));
        QCOMPARE(peerscope::test::rawRows(db, QStringLiteral("SELECT complete FROM sync_state WHERE author_id = '%1'").arg(id)),
                 QStringList{QStringLiteral("0")});
        // Free single records still answer while the budget is spent.
        const ProcessResult free = run(db, {QStringLiteral("sync"), id, QStringLiteral("--dry-run")});
        QVERIFY2(free.exitCode == 0, free.err.constData());

        // Midnight UTC, and a dollar again: the next sync completes it.
        m_server->setDailyBudgetUsd(1.0);
        const ProcessResult again = run(db, {QStringLiteral("sync"), id});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(peerscope::test::cacheContents(db), peerscope::test::cacheContents(reference));
    }
};

QTEST_GUILESS_MAIN(TestBudget)
#include "tst_budget.moc"
