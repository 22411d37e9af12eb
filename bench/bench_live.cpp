// Live updates between two clients of a team server (issue 19's "done
// when": a merge made by one is listed by the other's identity list and
// shown in its window within 2 s, p95 over 50 rounds).

#include "bench_live.h"

#include "harness.h"
#include "pgtestserver.h"

#include "cache/cache.h"
#include "cache/eventqueries.h"
#include "cache/importer.h"
#include "cache/sharedeventwatcher.h"
#include "identity/identity.h"
#include "itemmodels/publicationtablemodel.h"
#include "liveupdates.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <iostream>
#include <string>

namespace peerscope::bench {

namespace {

const QString kPerson = QStringLiteral("A5101495888"); // Andrew T. Wilson, in the demo
const QString kRecord = QStringLiteral("A5103202491"); // Andrew Wilson, his duplicate

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Waits, running the event loop, until done() or timeoutMs; done() is asked
// every 2 ms (a timer, so the UI thread sleeps in between and leaves the
// cores to the workers whose speed is measured).
template <typename Done>
bool waitFor(Done done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(2);
    bool ok = false;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    tick.start();
    loop.exec();
    return ok;
}

} // namespace

int liveClientMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 1;
    Cache cache;
    if (cache.open(QString::fromLocal8Bit(argv[2])) != Cache::OpenStatus::Ok) {
        std::fprintf(stderr, "%s\n", qPrintable(cache.errorString()));
        return 4;
    }
    identity::Corrections corrections(cache);
    std::string line;
    while (std::getline(std::cin, line)) {
        const qint64 before = EventQueries(cache).latestId().valueOr(0);
        const bool merge = line == "merge";
        const identity::Corrections::Result r = merge ? corrections.merge(kPerson, {kRecord}, QStringLiteral("bench"))
                                                      : corrections.undo();
        if (!r.ok) {
            std::printf("failed %s\n", qPrintable(r.error));
            std::fflush(stdout);
            continue;
        }
        const qint64 committedAt = monotonicNs();
        // The correction is expected to record its event in its own transaction.
        const bool told = EventQueries(cache).latestId().valueOr(0) > before;
        std::printf("committed %lld%s\n", static_cast<long long>(committedAt), told ? "" : " without-event");
        std::fflush(stdout);
    }
    return 0;
}

bool benchLive(bool quick)
{
    if (!test::PgTestServer::available()) {
        note(QStringLiteral("live: skipped, %1").arg(test::PgTestServer::unavailableReason()));
        return false;
    }
    test::PgTestServer pg;
    if (!pg.start()) {
        note(QStringLiteral("live: could not start PostgreSQL: %1").arg(pg.errorString()));
        return false;
    }
    Cache cache;
    if (cache.open(pg.uri()) != Cache::OpenStatus::Ok || !Importer(cache).importDemo().ok()) {
        note(QStringLiteral("live: could not prepare the team database: %1").arg(cache.errorString()));
        return false;
    }
    Cache lister; // the identity list of a third connection
    if (lister.open(pg.uri(), Cache::OpenMode::Secondary) != Cache::OpenStatus::Ok)
        return false;

    MainWindow window(cache);
    window.resize(1280, 800);
    window.show();
    if (!window.openAuthor(kPerson) || !waitFor([&] { return !window.isLoading() && window.currentAuthorId() == kPerson; }, 20000)
        || !waitFor([&] { return window.liveUpdates()->watcher()->mode() == SharedEventWatcher::Mode::Listening; }, 10000)) {
        note(QStringLiteral("live: the window did not show %1 or does not listen").arg(kPerson));
        return false;
    }
    const int baseRows = window.publicationModel()->rowCount();

    QProcess client;
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    client.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--live-client"), pg.uri()});
    if (!client.waitForStarted(10000)) {
        note(QStringLiteral("live: the other client did not start"));
        return false;
    }
    QList<qint64> commits;
    bool withoutEvent = false;
    QObject::connect(&client, &QProcess::readyReadStandardOutput, [&] {
        while (client.canReadLine()) {
            const QByteArray line = client.readLine().trimmed();
            if (line.startsWith("committed ")) {
                commits << line.split(' ').at(1).toLongLong();
                withoutEvent = withoutEvent || line.endsWith("without-event");
            } else {
                note(QStringLiteral("live: the other client said %1").arg(QString::fromUtf8(line)));
            }
        }
    });

    auto listed = [&] {
        const Read<QList<identity::Correction>> all = identity::Corrections(lister).list(false);
        if (!all)
            return false;
        for (const identity::Correction &c : *all)
            if (c.kind == QLatin1String("merge") && c.authorId == kRecord && !c.undone)
                return true;
        return false;
    };

    const int rounds = quick ? 10 : 50;
    QList<double> shownMerge, shownUndo, listedMs;
    int mergedRows = -1;
    int missed = 0;
    UiStallProbe probe;
    probe.start();
    for (int round = 0; round < rounds; ++round) {
        for (const bool merge : {true, false}) {
            const qsizetype before = commits.size();
            client.write(merge ? "merge\n" : "undo\n");
            auto changed = [&] {
                const int rows = window.publicationModel()->rowCount();
                return !window.isLoading() && (merge ? (mergedRows < 0 ? rows > baseRows : rows == mergedRows) : rows == baseRows);
            };
            qint64 shownAt = 0;
            qint64 listedAt = 0;
            const bool seen = waitFor([&] {
                if (!shownAt && commits.size() > before && changed())
                    shownAt = monotonicNs();
                if (merge && !listedAt && commits.size() > before && listed())
                    listedAt = monotonicNs();
                return shownAt && (!merge || listedAt);
            }, 15000);
            if (!seen || commits.size() <= before) {
                ++missed;
                continue;
            }
            const qint64 committedAt = commits.at(before);
            // Shown before this process read the commit line: the time it
            // was first seen is no later than when the check ran.
            const double ms = std::max<qint64>(0, shownAt - committedAt) / 1e6;
            (merge ? shownMerge : shownUndo) << ms;
            if (merge) {
                listedMs << std::max<qint64>(0, listedAt - committedAt) / 1e6;
                if (mergedRows < 0)
                    mergedRows = window.publicationModel()->rowCount();
            }
        }
    }
    probe.stop();
    client.closeWriteChannel();
    client.waitForFinished(5000);

    note(QStringLiteral("live: %1 rounds on PostgreSQL (merge %2 into %3: %4 -> %5 rows, then undo); %6 missed%7")
             .arg(rounds).arg(kRecord, kPerson).arg(baseRows).arg(mergedRows).arg(missed)
             .arg(withoutEvent ? QStringLiteral("; some corrections recorded no shared event") : QString()));
    note(QStringLiteral("live: shown after merge median %1 ms, p95 %2 ms, max %3 ms; after undo median %4 ms, p95 %5 ms")
             .arg(median(shownMerge), 0, 'f', 1).arg(percentile(shownMerge, 95), 0, 'f', 1)
             .arg(percentile(shownMerge, 100), 0, 'f', 1).arg(median(shownUndo), 0, 'f', 1)
             .arg(percentile(shownUndo, 95), 0, 'f', 1));
    note(QStringLiteral("live: listed by another connection's identity list median %1 ms, p95 %2 ms; longest UI stall %3 ms")
             .arg(median(listedMs), 0, 'f', 1).arg(percentile(listedMs, 95), 0, 'f', 1).arg(probe.maxGapMs(), 0, 'f', 1));
    bool ok = missed == 0 && shownMerge.size() == rounds && !withoutEvent;
    ok = report("server_live_merge_shown_p95", percentile(shownMerge, 95), "ms", "<=", 2000) && ok;
    ok = report("server_live_undo_shown_p95", percentile(shownUndo, 95), "ms", "<=", 2000) && ok;
    ok = report("server_live_merge_listed_p95", percentile(listedMs, 95), "ms", "<=", 2000) && ok;
    return ok;
}

} // namespace peerscope::bench
