// peerscope_bench: every benchmark of BENCHMARKS.md, each a ratio (or a
// bound) against a reference measured in the same run.
//
//   peerscope_bench [--quick] [--data DIR] [--window EXE] [GROUP...]
//   GROUP: ingest fts author coldstart layout igraph paint import move citations typedview researchgraph live server (default: all)

#include "bench_citations.h"
#include "bench_live.h"
#include "bench_researchgraph.h"
#include "bench_server.h"
#include "bench_typedview.h"
#include "generator.h"
#include "harness.h"

#include "cache/cache.h"
#include "cacheinspector.h"
#include "graph/coauthorgraph.h"
#include "graph/communities.h"
#include "itemmodels/publicationfilterproxy.h"
#include "itemmodels/publicationtablemodel.h"
#include "mainwindow.h"
#include "network/forcelayout.h"
#include "network/networkview.h"
#include "networkpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSqlQuery>
#include <QTimer>

#include <igraph/igraph.h>
#include <zlib.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <deque>
#include <numeric>
#include <random>

using namespace peerscope;
using namespace peerscope::bench;

namespace {

struct Config {
    bool quick = false;
    QString dataDir;
    QString windowExe;
    qint64 ingestWorks = 1000000;
    int authorWorks = 34000;
};

QString scaleLabel(qint64 n)
{
    if (n >= 1000000 && n % 1000000 == 0)
        return QStringLiteral("%1M").arg(n / 1000000);
    if (n >= 1000 && n % 1000 == 0)
        return QStringLiteral("%1k").arg(n / 1000);
    return QString::number(n);
}

QList<views::LayoutEdge> layoutEdges(const SyntheticGraph &g)
{
    QList<views::LayoutEdge> out;
    out.reserve(g.edges.size());
    for (const auto &e : g.edges)
        out << views::LayoutEdge{e.a, e.b, e.weight};
    return out;
}

// ---------------------------------------------------------------- ingest ---

QString bigCachePath(const Config &c) { return QDir(c.dataDir).filePath(QStringLiteral("big.sqlite")); }

void removeDb(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// The reference: the sqlite3 shell copying the rows of the cache at source
// into the same schema (fresh cache, same pragmas, same indexes and FTS
// table) with INSERT ... SELECT. Milliseconds, or -1.
double sqliteCopyMs(const Config &c, const QString &source)
{
    const QString refPath = QDir(c.dataDir).filePath(QStringLiteral("reference.sqlite"));
    removeDb(refPath);
    {
        Cache fresh;
        if (fresh.open(refPath) != Cache::OpenStatus::Ok)
            return -1;
    }
    const QString script = QStringLiteral(
        "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\nPRAGMA foreign_keys=ON;\n"
        "ATTACH '%1' AS src;\nBEGIN IMMEDIATE;\n"
        "INSERT INTO institutions SELECT * FROM src.institutions;\n"
        "INSERT INTO sources SELECT * FROM src.sources;\n"
        "INSERT INTO topics SELECT * FROM src.topics;\n"
        "INSERT INTO works SELECT * FROM src.works ORDER BY rowid;\n"
        "INSERT INTO authorships SELECT * FROM src.authorships;\n"
        "INSERT INTO authorship_institutions SELECT * FROM src.authorship_institutions;\n"
        "INSERT INTO work_topics SELECT * FROM src.work_topics;\n"
        "INSERT INTO work_keywords SELECT * FROM src.work_keywords;\n"
        "INSERT INTO work_counts_by_year SELECT * FROM src.work_counts_by_year;\n"
        "INSERT INTO works_fts (rowid, title, abstract, venue, authors) "
        "SELECT rowid, title, COALESCE(abstract, ''), COALESCE(venue, ''), authors_display FROM src.works ORDER BY rowid;\n"
        "COMMIT;\nPRAGMA wal_checkpoint(TRUNCATE);\n").arg(source);
    QProcess sqlite;
    QElapsedTimer t;
    t.start();
    sqlite.start(QStringLiteral("sqlite3"), {refPath});
    sqlite.write(script.toUtf8());
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const double refMs = msSince(t);
    const QByteArray err = sqlite.readAllStandardError();
    if (sqlite.exitCode() != 0 || !err.isEmpty())
        note(QStringLiteral("sqlite3 reference failed: %1").arg(QString::fromUtf8(err)));
    removeDb(refPath);
    return refMs;
}

// Works per transaction: a large import commits in big batches.
constexpr int kIngestBatch = 10000;

bool benchIngest(const Config &c)
{
    const QString path = bigCachePath(c);
    removeDb(path);
    Cache cache;
    if (cache.open(path) != Cache::OpenStatus::Ok) {
        note(QStringLiteral("cannot create %1: %2").arg(path, cache.errorString()));
        return false;
    }
    WorkGenerator gen(42);
    double writeMs = 0;
    QElapsedTimer wall;
    wall.start();
    const bool ok = generateWorks(gen, 0, c.ingestWorks, kIngestBatch, [&](const QList<Work> &batch) {
        QElapsedTimer t;
        t.start();
        const bool written = writeBatch(cache, batch);
        writeMs += msSince(t);
        return written;
    });
    if (!ok) {
        note(QStringLiteral("ingest failed: %1").arg(cache.lastError()));
        return false;
    }
    QSqlQuery(CacheInspector::database(cache)).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    cache.close();
    note(QStringLiteral("ingest: %1 works through Cache::upsertWork (transactions of %4) in %2 s (generation excluded; %3 s wall)")
             .arg(c.ingestWorks).arg(writeMs / 1000, 0, 'f', 1).arg(msSince(wall) / 1000, 0, 'f', 1).arg(kIngestBatch));

    const double refMs = sqliteCopyMs(c, path);
    if (refMs < 0)
        return false;
    note(QStringLiteral("ingest reference: sqlite3 shell INSERT ... SELECT of the same rows in %1 s").arg(refMs / 1000, 0, 'f', 1));
    const QByteArray name = QStringLiteral("ingest_%1_works_vs_sqlite3_insert_select%2")
                                .arg(scaleLabel(c.ingestWorks), c.quick ? QStringLiteral("_quick_scale") : QString())
                                .toLatin1();
    return report(name.constData(), refMs / writeMs, "x", ">=", 0.5);
}

// ---------------------------------------------------------------- import ---

// Writes count generated works as the OpenAlex snapshot stores them: one
// record per line, gzip-compressed.
bool writeWorksJsonlGz(const QString &path, qint64 count)
{
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb6");
    if (!gz)
        return false;
    WorkGenerator gen(43);
    bool ok = true;
    QByteArray chunk;
    for (qint64 i = 0; i < count && ok; ++i) {
        chunk += gen.make(i).rawJson;
        chunk += '\n';
        if (chunk.size() > (1 << 20) || i + 1 == count) {
            ok = gzwrite(gz, chunk.constData(), unsigned(chunk.size())) == int(chunk.size());
            chunk.clear();
        }
    }
    return gzclose(gz) == Z_OK && ok;
}

struct MeasuredRun {
    int exitCode = -1;
    double ms = 0;
    double peakRssMb = 0;
};

// Runs the program as a child with its output discarded; its own peak RSS
// comes from wait4 (RUSAGE_CHILDREN would also count earlier children).
MeasuredRun runMeasured(const QString &program, const QStringList &args)
{
    MeasuredRun run;
    QList<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &a : args)
        storage << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QElapsedTimer t;
    t.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    if (pid < 0)
        return run;
    int status = 0;
    struct rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.ms = msSince(t);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.peakRssMb = usage.ru_maxrss / 1024.0; // kilobytes on Linux
    return run;
}

bool benchImport(const Config &c)
{
    const qint64 small = c.quick ? 20000 : 100000;
    const qint64 large = c.quick ? 200000 : 1000000;
    QList<MeasuredRun> runs;
    double largeMs = 0;
    QString largeDb;
    for (qint64 n : {small, large}) {
        const QString file = QDir(c.dataDir).filePath(QStringLiteral("works_%1.jsonl.gz").arg(n));
        if (!QFileInfo::exists(file) && !writeWorksJsonlGz(file, n)) {
            note(QStringLiteral("cannot write %1").arg(file));
            return false;
        }
        const QString db = QDir(c.dataDir).filePath(QStringLiteral("import_%1.sqlite").arg(n));
        removeDb(db);
        const MeasuredRun r = runMeasured(QStringLiteral(PEERSCOPE_BINARY), {QStringLiteral("--db"), db, QStringLiteral("import"), file});
        if (r.exitCode != 0) {
            note(QStringLiteral("import of %1 failed: exit %2").arg(file).arg(r.exitCode));
            return false;
        }
        note(QStringLiteral("import: %1 works from a %2 MB .jsonl.gz by `peerscope import` in %3 s (%4 works/s, search statistics included), peak RSS %5 MB")
                 .arg(n).arg(QFileInfo(file).size() / 1048576.0, 0, 'f', 1).arg(r.ms / 1000, 0, 'f', 1)
                 .arg(n / (r.ms / 1000), 0, 'f', 0).arg(r.peakRssMb, 0, 'f', 1));
        runs << r;
        if (n == large) {
            largeMs = r.ms;
            largeDb = db;
        } else {
            removeDb(db);
        }
    }
    const double refMs = sqliteCopyMs(c, largeDb);
    removeDb(largeDb);
    if (refMs < 0)
        return false;
    note(QStringLiteral("import reference: sqlite3 shell INSERT ... SELECT of the same %1 works' rows in %2 s").arg(large).arg(refMs / 1000, 0, 'f', 1));
    const QString suffix = c.quick ? QStringLiteral("_quick_scale") : QString();
    const QByteArray n1 = QStringLiteral("import_peak_rss_%1_vs_%2_works_jsonl_gz%3")
                              .arg(scaleLabel(large), scaleLabel(small), suffix).toLatin1();
    const QByteArray n2 = QStringLiteral("import_%1_works_jsonl_gz_vs_sqlite3_insert_select%2").arg(scaleLabel(large), suffix).toLatin1();
    bool ok = report(n1.constData(), runs.at(1).peakRssMb / runs.at(0).peakRssMb, "x", "<=", 1.3);
    ok = report(n2.constData(), refMs / largeMs, "x", ">=", 0.3) && ok;
    return ok;
}

// Adds the prolific author to the big cache (after ingest, so ingest stays
// like with like).
bool addProlificAuthor(const Config &c)
{
    Cache cache;
    if (cache.open(bigCachePath(c)) != Cache::OpenStatus::Ok)
        return false;
    if (cache.authorSummary(prolificAuthorId()))
        return true;
    WorkGenerator gen(4242);
    QElapsedTimer t;
    t.start();
    const bool ok = generateProlificAuthor(cache, gen, c.authorWorks);
    QSqlQuery(CacheInspector::database(cache)).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    note(QStringLiteral("generated the %1-work author in %2 s").arg(c.authorWorks).arg(msSince(t) / 1000, 0, 'f', 1));
    return ok;
}

// ------------------------------------------------------------------- fts ---

bool benchFts(const Config &c)
{
    Cache cache;
    if (cache.open(bigCachePath(c)) != Cache::OpenStatus::Ok)
        return false;
    Vocabulary vocabulary;
    std::mt19937_64 rng(99);
    // Queries as people type them: one or two words of mid to rare
    // frequency (ranks 20 .. 20000), words as typed (prefix terms).
    QStringList queries;
    for (int i = 0; i < 200; ++i) {
        auto pick = [&] { return vocabulary.word(int(20 * std::pow(1000.0, std::uniform_real_distribution<double>(0, 1)(rng)))); };
        queries << (i % 2 ? pick() + u' ' + pick() : pick());
    }
    // As the app leaves a cache after an import or a sync: the search
    // statistics rebuilt on a worker (searchWorks answers the same without
    // them, ranking every match with bm25).
    if (!cache.searchIndexIsCurrent()) {
        QElapsedTimer t;
        t.start();
        Cache::SearchRefresh refresh;
        if (!cache.refreshSearchIndex(&refresh)) {
            note(QStringLiteral("fts: refreshSearchIndex failed: %1").arg(cache.lastError()));
            return false;
        }
        note(QStringLiteral("fts: search statistics %1 in %2 s (%3 title lists ranked)")
                 .arg(refresh.full ? QStringLiteral("counted") : QStringLiteral("brought up to date"))
                 .arg(msSince(t) / 1000, 0, 'f', 1).arg(refresh.lists));
    }
    cache.searchWorks(queries.first(), 50); // warm the connection
    QList<double> times;
    QList<int> hits;
    for (const QString &q : std::as_const(queries)) {
        QElapsedTimer t;
        t.start();
        const QStringList found = cache.searchWorks(q, 50);
        times << msSince(t);
        hits << int(found.size());
    }
    const double p95 = percentile(times, 95);
    double meanHits = 0;
    for (int h : hits)
        meanHits += h;
    note(QStringLiteral("fts: %1 queries, median %2 ms, p95 %3 ms, mean hits %4 (limit 50)")
             .arg(times.size()).arg(median(times), 0, 'f', 2).arg(p95, 0, 'f', 2).arg(meanHits / hits.size(), 0, 'f', 1));
    // The slowest queries, to see what the p95 is made of.
    QList<int> order(times.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return times.at(a) > times.at(b); });
    QStringList slowest;
    for (int i = 0; i < std::min<int>(30, order.size()); ++i)
        slowest << QStringLiteral("\"%1\" %2 ms").arg(queries.at(order.at(i))).arg(times.at(order.at(i)), 0, 'f', 1);
    note(QStringLiteral("fts: slowest: %1").arg(slowest.join(QStringLiteral(", "))));
    // Reference: the same ranked-50 question answered by a LIKE scan over
    // titles, on the first five queries. Each side runs three times per
    // query, warm, and the per-query medians are compared: one
    // sub-millisecond timing each was mostly noise. The two sides run in
    // separate rounds: a search timed right after a scan pays for reading
    // back from the OS what the scan pushed out of SQLite's page cache, about
    // half a millisecond at 50,000 works; that figure is noted too.
    QList<double> likeTimes;
    QList<double> ftsTimes;
    QList<double> afterScanTimes;
    for (int i = 0; i < 5; ++i) {
        const QString q = queries.at(i);
        const QStringList words = q.split(u' ');
        QSqlQuery like(CacheInspector::database(cache));
        like.setForwardOnly(true);
        like.prepare(words.size() == 1
                         ? QStringLiteral("SELECT id FROM works WHERE title LIKE ? ORDER BY cited_by_count DESC LIMIT 50")
                         : QStringLiteral("SELECT id FROM works WHERE title LIKE ? AND title LIKE ? ORDER BY cited_by_count DESC LIMIT 50"));
        for (const QString &w : words)
            like.addBindValue(QString(u'%' + w + u'%'));
        QList<double> likeRuns;
        QList<double> ftsRuns;
        QList<double> afterScanRuns;
        QElapsedTimer t;
        for (int run = 0; run < 3; ++run) {
            t.start();
            like.exec();
            while (like.next()) {
            }
            likeRuns << msSince(t);
            t.start();
            cache.searchWorks(q, 50);
            afterScanRuns << msSince(t);
        }
        for (int run = 0; run < 3; ++run) {
            t.start();
            cache.searchWorks(q, 50);
            ftsRuns << msSince(t);
        }
        likeTimes << median(likeRuns);
        ftsTimes << median(ftsRuns);
        afterScanTimes << median(afterScanRuns);
    }
    note(QStringLiteral("fts reference: LIKE scan median %1 ms, FTS on the same queries median %2 ms, %3 ms right after a scan (\"%4\")")
             .arg(median(likeTimes), 0, 'f', 1).arg(median(ftsTimes), 0, 'f', 2).arg(median(afterScanTimes), 0, 'f', 2)
             .arg(queries.mid(0, 5).join(QStringLiteral("\", \""))));
    // A sync's worth of new works afterwards: only the title lists their
    // titles touch are ranked again.
    {
        QSqlQuery count(CacheInspector::database(cache));
        count.exec(QStringLiteral("SELECT count(*) FROM works"));
        const qint64 base = 10000000 + (count.next() ? count.value(0).toLongLong() : 0);
        WorkGenerator gen{quint64(base)};
        QList<Work> added;
        for (int i = 0; i < 100; ++i)
            added << gen.make(base + i);
        if (!writeBatch(cache, added))
            return false;
        QElapsedTimer t;
        t.start();
        Cache::SearchRefresh refresh;
        const bool refreshed = cache.refreshSearchIndex(&refresh);
        note(QStringLiteral("fts: after 100 new works, the statistics %1 in %2 ms (%3 title lists ranked again)")
                 .arg(!refreshed ? QStringLiteral("failed") : refresh.full ? QStringLiteral("were counted again") : QStringLiteral("were brought up to date"))
                 .arg(msSince(t), 0, 'f', 0).arg(refresh.lists));
    }
    const QString suffix = c.quick ? QStringLiteral("_quick_scale") : QString();
    const QByteArray n1 = QStringLiteral("fts_%1_titles_p95_50_ranked_hits%2").arg(scaleLabel(c.ingestWorks), suffix).toLatin1();
    const QByteArray n2 = QStringLiteral("fts_%1_titles_speedup_vs_like_scan%2").arg(scaleLabel(c.ingestWorks), suffix).toLatin1();
    bool ok = report(n1.constData(), p95, "ms", "<=", 20);
    ok = report(n2.constData(), median(likeTimes) / std::max(1e-3, median(ftsTimes)), "x", ">=", 100) && ok;
    return ok;
}

// ------------------------------------------------------------ move cache ---

// Settings › Cache file: moving a cache of realistic size (generated works,
// 20,000 in quick mode, 100,000 otherwise) while the window shows a profile.
// The checkpoint, the copy and the whole-file check run on a worker; the UI
// thread only switches the connection over. A 5 ms timer on the UI thread:
// the largest gap between its ticks is the longest the window froze.
bool benchMoveCache(const Config &c)
{
    const QString from = QDir(c.dataDir).filePath(QStringLiteral("move-from.sqlite"));
    const QString to = QDir(c.dataDir).filePath(QStringLiteral("moved/move-to.sqlite"));
    removeDb(from);
    removeDb(to);
    const qint64 works = c.quick ? 20000 : 100000;
    Cache cache;
    if (cache.open(from) != Cache::OpenStatus::Ok) {
        note(QStringLiteral("cannot create %1: %2").arg(from, cache.errorString()));
        return false;
    }
    WorkGenerator gen(7);
    if (!generateWorks(gen, 0, works, kIngestBatch, [&](const QList<Work> &batch) { return writeBatch(cache, batch); })
        || !generateProlificAuthor(cache, gen, 2000)) {
        note(QStringLiteral("move: generating the cache failed: %1").arg(cache.lastError()));
        return false;
    }
    MainWindow window(cache);
    window.resize(1280, 800);
    window.show();
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::authorLoaded, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    window.openAuthor(prolificAuthorId());
    loop.exec();
    const double sizeMb = QFileInfo(from).size() / 1048576.0;

    UiStallProbe probe;
    // The same probe with the window idle, as long as a move takes: how much
    // of a gap the machine itself makes (noted, not a target).
    probe.start();
    QTimer::singleShot(c.quick ? 1500 : 5000, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    const double idleGapMs = probe.maxGapMs();

    bool moved = false;
    QString error;
    QObject::connect(&window, &MainWindow::cacheMoved, &loop, [&](bool ok, const QString &why) {
        moved = ok;
        error = why;
        // Whatever the switch queued behind it counts too.
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
    });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    probe.start();
    window.moveCache(to);
    loop.exec();
    probe.stop();
    note(QStringLiteral("move: a %1 MB cache (%2 works) moved in %3 ms%4; the same timer's largest gap with the window idle: %5 ms")
             .arg(sizeMb, 0, 'f', 0).arg(works).arg(msSince(t), 0, 'f', 0)
             .arg(moved ? QString() : QStringLiteral(", FAILED: ") + error).arg(idleGapMs, 0, 'f', 1));
    cache.close();
    removeDb(to);
    return report("move_cache_max_ui_block", moved ? probe.maxGapMs() : 1e9, "ms", "<=", 50);
}

// ---------------------------------------------------------------- author ---

bool benchAuthor(const Config &c)
{
    const QString path = bigCachePath(c);
    bool ok = true;
    {
        // The table's own query on a fresh connection.
        Cache cache;
        if (cache.open(path) != Cache::OpenStatus::Ok)
            return false;
        QElapsedTimer t;
        t.start();
        const QList<PublicationRow> rows = PublicationTableModel::loadRows(cache, prolificAuthorId()).valueOr({});
        note(QStringLiteral("author: PublicationTableModel::loadRows gave %1 rows in %2 ms").arg(rows.size()).arg(msSince(t), 0, 'f', 1));
    }
    {
        // The window: openAuthor until the table shows rows (off-thread load).
        Cache cache;
        if (cache.open(path) != Cache::OpenStatus::Ok)
            return false;
        MainWindow window(cache);
        window.resize(1280, 800);
        window.show();
        QCoreApplication::processEvents();
        QEventLoop loop;
        QElapsedTimer t;
        double firstRowsMs = -1;
        // What the table shows: the view's model, not the rows behind it.
        const QAbstractItemModel *shown = window.publicationProxy();
        auto firstRows = [&] {
            if (firstRowsMs < 0 && shown->rowCount() > 0)
                firstRowsMs = msSince(t);
        };
        QObject::connect(shown, &QAbstractItemModel::modelReset, &loop, firstRows);
        QObject::connect(shown, &QAbstractItemModel::rowsInserted, &loop, firstRows);
        // The longest the window froze while the author opened.
        UiStallProbe probe;
        bool loaded = false;
        QObject::connect(&window, &MainWindow::authorLoaded, &loop, [&] {
            loaded = true;
            // Whatever the load queued behind it counts too.
            QTimer::singleShot(200, &loop, &QEventLoop::quit);
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        t.start();
        probe.start();
        window.openAuthor(prolificAuthorId());
        loop.exec();
        probe.stop();
        note(QStringLiteral("author: window loaded %1 rows (%2 handed to the view), everything shown after %3 ms")
                 .arg(window.publicationModel()->rowCount()).arg(shown->rowCount()).arg(msSince(t), 0, 'f', 1));
        ok = report("author_34k_works_first_table_rows", firstRowsMs < 0 ? 1e9 : firstRowsMs, "ms", "<=", 50) && ok;
        ok = report("author_34k_works_max_ui_block_while_opening", loaded ? probe.maxGapMs() : 1e9, "ms", "<=", 50) && ok;
    }
    {
        Cache cache;
        if (cache.open(path) != Cache::OpenStatus::Ok)
            return false;
        GraphOptions options;
        options.centerId = prolificAuthorId();
        QElapsedTimer t;
        t.start();
        const CoauthorGraph g = CoauthorGraph::build(cache, options);
        const double ms = msSince(t);
        t.start();
        const CommunityResult communities = Communities::detect(g, 1.0);
        const double leidenMs = msSince(t);
        note(QStringLiteral("author: co-author graph of %1 nodes, %2 edges, %3 huge papers; Leiden communities in %4 ms (%5)")
                 .arg(g.nodeCount()).arg(g.edgeCount()).arg(g.hugePaperCount()).arg(leidenMs, 0, 'f', 0)
                 .arg(communities.ok ? QStringLiteral("%1 communities").arg(communities.count) : QStringLiteral("failed")));
        ok = report("author_34k_works_coauthor_graph_build", ms / 1000, "s", "<=", 5) && ok;
    }
    return ok;
}

// ------------------------------------------------------------- coldstart ---

struct ChildRun {
    double firstPaintMs = -1;
    double rssMb = -1;
};

ChildRun runWindow(const Config &c, const QStringList &args)
{
    ChildRun run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(c.windowExe, args);
    QByteArray out;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
        if (!p.waitForReadyRead(100) && p.state() == QProcess::NotRunning && p.bytesAvailable() == 0)
            break;
        while (p.canReadLine()) {
            const QByteArray line = p.readLine().trimmed();
            if (line.startsWith("painted") && run.firstPaintMs < 0)
                run.firstPaintMs = msSince(t);
            else if (line.startsWith("rss "))
                run.rssMb = line.mid(4).toDouble() / 1024;
        }
        if (t.elapsed() > 120000) {
            p.kill();
            break;
        }
    }
    p.waitForFinished(5000);
    return run;
}

bool benchColdStart(const Config &c)
{
    if (!QFileInfo::exists(c.windowExe)) {
        note(QStringLiteral("no window executable at %1").arg(c.windowExe));
        return false;
    }
    const double sizeMb = QFileInfo(bigCachePath(c)).size() / 1048576.0;
    QList<double> bare, app, rss;
    const int runs = c.quick ? 3 : 5;
    runWindow(c, {QStringLiteral("bare")}); // load the libraries into the page cache
    for (int i = 0; i < runs; ++i) {
        bare << runWindow(c, {QStringLiteral("bare")}).firstPaintMs;
        const ChildRun r = runWindow(c, {QStringLiteral("app"), bigCachePath(c), prolificAuthorId()});
        app << r.firstPaintMs;
        rss << r.rssMb;
    }
    note(QStringLiteral("coldstart: cache %1 MB; bare Qt window median %2 ms; Peerscope window median %3 ms; idle RSS median %4 MB")
             .arg(sizeMb, 0, 'f', 0).arg(median(bare), 0, 'f', 1).arg(median(app), 0, 'f', 1).arg(median(rss), 0, 'f', 1));
    const QString suffix = c.quick ? QStringLiteral("_quick_scale") : QString();
    const QByteArray n1 = QStringLiteral("coldstart_first_paint_%1MB_cache_vs_bare_qt_window%2").arg(int(sizeMb)).arg(suffix).toLatin1();
    const QByteArray n2 = QStringLiteral("idle_memory_%1_works_cache%2").arg(scaleLabel(c.ingestWorks + c.authorWorks), suffix).toLatin1();
    const bool failedRun = std::any_of(app.cbegin(), app.cend(), [](double v) { return v < 0; });
    bool ok = report(n1.constData(), failedRun ? 1e9 : median(app) / median(bare), "x", "<=", 5);
    ok = report(n2.constData(), median(rss), "MB", "<=", 150) && ok;
    return ok;
}

// ---------------------------------------------------------------- layout ---

double timeSteps(views::ForceLayout &layout, int steps)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < steps; ++i)
        layout.step();
    return msSince(t) / steps;
}

bool benchLayout(const Config &c)
{
    const SyntheticGraph g10 = generateGraph(10000, 30000, 1, 10);
    const SyntheticGraph g100 = generateGraph(100000, 300000, 5, 100);
    views::ForceLayout fast, naive, big;
    fast.setGraph(g10.nodeCount, layoutEdges(g10), 1);
    naive.setGraph(g10.nodeCount, layoutEdges(g10), 1);
    big.setGraph(g100.nodeCount, layoutEdges(g100), 1);
    views::ForceLayout::Settings exact = naive.settings();
    exact.theta = 0; // every pair: the O(n^2) step
    naive.setSettings(exact);
    // The one-time placement (pivot MDS, which the first step does) is timed
    // on its own: these two ratios are about the cost of a step. (The igraph
    // group times it with the steps.)
    QElapsedTimer placing;
    placing.start();
    fast.placeNodes();
    const double place10Ms = msSince(placing);
    placing.start();
    big.placeNodes();
    const double place100Ms = msSince(placing);
    naive.placeNodes();
    // Steps from the same start: the first steps are the costly ones for a
    // tree, which is the honest comparison.
    const int steps = c.quick ? 5 : 20;
    const double naiveMs = timeSteps(naive, c.quick ? 1 : 3);
    const double fastMs = timeSteps(fast, steps);
    const double bigMs = timeSteps(big, c.quick ? 3 : 10);
    note(QStringLiteral("layout: step at 10k nodes %1 ms (naive O(n^2) %2 ms); at 100k nodes %3 ms; "
                        "placement by pivot MDS before the first step: 10k %4 ms, 100k %5 ms")
             .arg(fastMs, 0, 'f', 2).arg(naiveMs, 0, 'f', 1).arg(bigMs, 0, 'f', 1).arg(place10Ms, 0, 'f', 1)
             .arg(place100Ms, 0, 'f', 1));
    bool ok = report("layout_step_10k_speedup_vs_naive", naiveMs / fastMs, "x", ">=", 10);
    ok = report("layout_step_100k_vs_10k_time", bigMs / fastMs, "x", "<=", 20) && ok;
    return ok;
}

// Normalized stress against graph distances (hops) from sampled sources,
// after the best uniform scaling: mean over pairs of (s*d/g - 1)^2.
double stress(const SyntheticGraph &g, const QList<QPointF> &pos, int sources = 40)
{
    QList<QList<int>> adj(g.nodeCount);
    for (const auto &e : g.edges) {
        adj[e.a] << e.b;
        adj[e.b] << e.a;
    }
    std::mt19937_64 rng(5);
    QList<double> ratio; // d / g
    QList<int> dist(g.nodeCount);
    for (int s = 0; s < sources; ++s) {
        const int src = std::uniform_int_distribution<int>(0, g.nodeCount - 1)(rng);
        dist.fill(-1);
        dist[src] = 0;
        std::deque<int> queue{src};
        while (!queue.empty()) {
            const int v = queue.front();
            queue.pop_front();
            for (int w : std::as_const(adj[v]))
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
        }
        for (int v = 0; v < g.nodeCount; ++v)
            if (dist[v] > 0)
                ratio << std::hypot(pos[v].x() - pos[src].x(), pos[v].y() - pos[src].y()) / dist[v];
    }
    double sum = 0, sum2 = 0;
    for (double r : ratio) {
        sum += r;
        sum2 += r * r;
    }
    const double scale = sum2 > 0 ? sum / sum2 : 1;
    double total = 0;
    for (double r : ratio)
        total += (scale * r - 1) * (scale * r - 1);
    return ratio.isEmpty() ? 0 : total / ratio.size();
}

bool benchIgraph(const Config &c)
{
    bool ok = true;
    for (const auto &[nodes, edges, huge] : {std::tuple{5000, 15000, 1}, std::tuple{20000, 60000, 2}}) {
        const SyntheticGraph g = generateGraph(nodes, edges, huge, nodes);
        // igraph Fruchterman-Reingold, its defaults (500 iterations, grid
        // for large graphs), the same weights.
        igraph_rng_seed(igraph_rng_default(), 42);
        igraph_vector_int_t ev;
        igraph_vector_int_init(&ev, 2 * g.edges.size());
        igraph_vector_t weights;
        igraph_vector_init(&weights, g.edges.size());
        for (int i = 0; i < g.edges.size(); ++i) {
            VECTOR(ev)[2 * i] = g.edges[i].a;
            VECTOR(ev)[2 * i + 1] = g.edges[i].b;
            VECTOR(weights)[i] = g.edges[i].weight;
        }
        igraph_t ig;
        igraph_create(&ig, &ev, g.nodeCount, IGRAPH_UNDIRECTED);
        igraph_matrix_t res;
        igraph_matrix_init(&res, 0, 0);
        QElapsedTimer t;
        t.start();
        igraph_layout_fruchterman_reingold(&ig, &res, false, 500, std::sqrt(double(g.nodeCount)) / 10,
                                           IGRAPH_LAYOUT_AUTOGRID, &weights, nullptr, nullptr, nullptr, nullptr);
        const double igraphMs = msSince(t);
        QList<QPointF> igPos(g.nodeCount);
        for (int i = 0; i < g.nodeCount; ++i)
            igPos[i] = QPointF(MATRIX(res, i, 0), MATRIX(res, i, 1));
        igraph_matrix_destroy(&res);
        igraph_destroy(&ig);
        igraph_vector_destroy(&weights);
        igraph_vector_int_destroy(&ev);
        const double igStress = stress(g, igPos);

        // Ours: step until the stress reaches igraph's (checks not timed).
        views::ForceLayout layout;
        layout.setGraph(g.nodeCount, layoutEdges(g), 1);
        double oursMs = 0;
        double ourStress = stress(g, layout.positions());
        int iterations = 0;
        const int checkEvery = 10;
        while (ourStress > igStress && !layout.isSettled() && iterations < 3000) {
            QElapsedTimer s;
            s.start();
            for (int i = 0; i < checkEvery; ++i)
                layout.step();
            oursMs += msSince(s);
            iterations += checkEvery;
            ourStress = stress(g, layout.positions());
        }
        const bool reached = ourStress <= igStress;
        note(QStringLiteral("layout quality %1 nodes: igraph FR %2 ms, stress %3; ForceLayout %4 ms, %5 iterations, stress %6%7")
                 .arg(nodes).arg(igraphMs, 0, 'f', 0).arg(igStress, 0, 'f', 4).arg(oursMs, 0, 'f', 0).arg(iterations)
                 .arg(ourStress, 0, 'f', 4).arg(reached ? QString() : QStringLiteral(" (never reached igraph's stress)")));
        const QByteArray name = QStringLiteral("layout_%1k_to_igraph_fr_stress_time_vs_igraph").arg(nodes / 1000).toLatin1();
        ok = report(name.constData(), reached ? oursMs / igraphMs : 1e9, "x", "<=", 1.0) && ok;
        if (c.quick)
            break; // the 20k graph is in the full run only
    }
    return ok;
}

// ----------------------------------------------------------------- paint ---

bool benchPaint(const Config &c)
{
    const SyntheticGraph g = generateGraph(20000, 60000, 2, 20);
    const CoauthorGraph graph = g.toCoauthorGraph();
    views::NetworkView view;
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();

    // Event-loop latency while the layout runs on its worker thread.
    UiStallProbe probe;
    QEventLoop loop;
    QObject::connect(&view, &views::NetworkView::layoutSettled, &loop, &QEventLoop::quit);
    const int runMs = c.quick ? 6000 : 15000;
    QTimer::singleShot(runMs, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    view.setGraph(graph, 1);
    const double setGraphMs = msSince(clock); // setGraph itself, measured on its own
    probe.start();
    loop.exec();
    probe.stop();
    const double maxGap = probe.maxGapMs();
    note(QStringLiteral("paint: setGraph %1 ms; layout %2 after %3 ms; max event-loop gap %4 ms")
             .arg(setGraphMs, 0, 'f', 1).arg(view.isLayoutRunning() ? QStringLiteral("still running") : QStringLiteral("settled"))
             .arg(msSince(clock), 0, 'f', 0).arg(maxGap, 0, 'f', 1));
    bool ok = report("ui_max_block_while_layout_runs_20k", std::max(maxGap, setGraphMs), "ms", "<=", 50);

    // Frames through the real widget into an offscreen image: fit, zoom, pan.
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> frames;
    view.fitToView();
    const QPointF centre(view.width() / 2.0, view.height() / 2.0);
    for (int i = 0; i < 60; ++i) {
        if (i == 20)
            view.zoomBy(4, centre);
        if (i == 40)
            view.zoomBy(4, centre + QPointF(100, 50));
        QElapsedTimer t;
        t.start();
        view.render(&image);
        frames << msSince(t);
    }
    const views::PaintStats stats = view.lastPaintStats();
    for (int phase = 0; phase < 3; ++phase) {
        const QList<double> part = frames.mid(phase * 20, 20);
        note(QStringLiteral("paint: %1 frames median %2 ms, max %3 ms")
                 .arg(phase == 0 ? QStringLiteral("fitted") : (phase == 1 ? QStringLiteral("zoom x4") : QStringLiteral("zoom x16")))
                 .arg(median(part), 0, 'f', 1).arg(*std::max_element(part.cbegin(), part.cend()), 0, 'f', 1));
    }
    note(QStringLiteral("paint: %1 nodes / %2 edges; frame median %3 ms, p95 %4 ms (last frame drew %5 nodes, %6 edges, %7 labels)")
             .arg(graph.nodeCount()).arg(graph.edgeCount()).arg(median(frames), 0, 'f', 1).arg(percentile(frames, 95), 0, 'f', 1)
             .arg(stats.nodes).arg(stats.edges).arg(stats.labels));
    ok = report("paint_20k_nodes_60k_edges_p95_frame", percentile(frames, 95), "ms", "<=", 16) && ok;
    return ok;
}

// ------------------------------------------------- network picture export ---

// Event-loop latency while the network tab writes a PNG and an SVG of the
// 20,000-author graph (drawn from a snapshot on a worker thread).
bool benchNetworkPictureExport(const Config &c)
{
    const SyntheticGraph g = generateGraph(20000, 60000, 2, 20);
    const CoauthorGraph graph = g.toCoauthorGraph();
    const QString path = QDir(c.dataDir).filePath(QStringLiteral("export-probe.sqlite"));
    removeDb(path);
    Cache cache;
    if (cache.open(path) != Cache::OpenStatus::Ok) {
        note(QStringLiteral("export: cannot open %1").arg(path));
        return false;
    }
    NetworkPanel panel(cache);
    panel.resize(1280, 800);
    panel.show();
    panel.showGraph(graph);
    // A user may export as soon as the network shows, while the layout moves.
    QElapsedTimer wait;
    wait.start();
    while (panel.view()->scene().bounds().width() < 100 && wait.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);

    UiStallProbe probe;
    QElapsedTimer clock;
    int done = 0;
    QStringList errors;
    QEventLoop loop;
    QObject::connect(&panel, &NetworkPanel::exported, &loop, [&](const QString &, const QString &error) {
        if (!error.isEmpty())
            errors << error;
        if (++done == 2)
            loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    const QString png = QDir(c.dataDir).filePath(QStringLiteral("export-probe.png"));
    const QString svg = QDir(c.dataDir).filePath(QStringLiteral("export-probe.svg"));
    clock.start();
    panel.exportTo(png, GraphExport::Format::Png);
    panel.exportTo(svg, GraphExport::Format::Svg);
    const double startMs = msSince(clock); // starting them, measured on its own
    probe.start();
    loop.exec();
    probe.stop();
    const double maxGap = probe.maxGapMs();
    note(QStringLiteral("export: PNG %1 KB and SVG %2 KB of %3 nodes / %4 edges written in %5 ms%6; starting them %7 ms; max event-loop gap %8 ms")
             .arg(QFileInfo(png).size() / 1024).arg(QFileInfo(svg).size() / 1024).arg(graph.nodeCount()).arg(graph.edgeCount())
             .arg(msSince(clock), 0, 'f', 0).arg(errors.isEmpty() ? QString() : QStringLiteral(" (") + errors.join(u"; ") + u')')
             .arg(startMs, 0, 'f', 1).arg(maxGap, 0, 'f', 1));
    QFile::remove(png);
    QFile::remove(svg);
    return report("ui_max_block_while_exporting_network_picture_20k", std::max(maxGap, startMs), "ms", "<=", 50)
           && done == 2 && errors.isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    // The live group's other client: this executable again, without a window.
    if (argc >= 2 && qstrcmp(argv[1], "--live-client") == 0)
        return liveClientMain(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("peerscope-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("quick"), QStringLiteral("Smaller scales, a subset; about a minute.")});
    parser.addOption({QStringLiteral("data"), QStringLiteral("Folder for generated caches."), QStringLiteral("dir"),
                      QDir::current().filePath(QStringLiteral("bench-data"))});
    parser.addOption({QStringLiteral("window"), QStringLiteral("The peerscope_bench_window executable."), QStringLiteral("path"),
                      QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("peerscope_bench_window"))});
    parser.addOption({QStringLiteral("works"), QStringLiteral("Works to ingest."), QStringLiteral("n")});
    parser.addPositionalArgument(QStringLiteral("group"), QStringLiteral("ingest fts author coldstart layout igraph paint import move citations citationload typedview researchgraph live server"));
    parser.process(app);

    Config c;
    c.quick = parser.isSet(QStringLiteral("quick"));
    c.dataDir = parser.value(QStringLiteral("data"));
    c.windowExe = parser.value(QStringLiteral("window"));
    c.ingestWorks = c.quick ? 50000 : 1000000;
    if (parser.isSet(QStringLiteral("works")))
        c.ingestWorks = parser.value(QStringLiteral("works")).toLongLong();
    QDir().mkpath(c.dataDir);
    QStringList groups = parser.positionalArguments();
    if (groups.isEmpty())
        groups = {QStringLiteral("ingest"), QStringLiteral("fts"), QStringLiteral("author"), QStringLiteral("coldstart"),
                  QStringLiteral("layout"), QStringLiteral("igraph"), QStringLiteral("paint"), QStringLiteral("import"),
                  QStringLiteral("move"), QStringLiteral("citations"), QStringLiteral("typedview"), QStringLiteral("researchgraph"),
                  QStringLiteral("live"), QStringLiteral("server")};
    note(QStringLiteral("scale: %1 works ingested%2, author with %3 works")
             .arg(c.ingestWorks).arg(c.quick ? QStringLiteral(" (quick mode: reduced scale)") : QString()).arg(c.authorWorks));

    bool ok = true;
    for (const QString &group : std::as_const(groups)) {
        QElapsedTimer t;
        t.start();
        bool passed = false;
        if (group == QLatin1String("ingest")) {
            passed = benchIngest(c);
            passed = addProlificAuthor(c) && passed;
        } else if (group == QLatin1String("fts"))
            passed = benchFts(c);
        else if (group == QLatin1String("author"))
            passed = addProlificAuthor(c) && benchAuthor(c);
        else if (group == QLatin1String("coldstart"))
            passed = addProlificAuthor(c) && benchColdStart(c);
        else if (group == QLatin1String("layout"))
            passed = benchLayout(c);
        else if (group == QLatin1String("igraph"))
            passed = benchIgraph(c);
        else if (group == QLatin1String("paint")) {
            passed = benchPaint(c);
            passed = benchNetworkPictureExport(c) && passed;
        }
        else if (group == QLatin1String("import"))
            passed = benchImport(c);
        else if (group == QLatin1String("move"))
            passed = benchMoveCache(c);
        else if (group == QLatin1String("citations"))
            passed = benchCitations(c.quick, c.dataDir);
        else if (group == QLatin1String("citationload"))
            passed = benchCitationLoad(c.quick, c.dataDir);
        else if (group == QLatin1String("typedview"))
            passed = benchTypedView(c.quick);
        else if (group == QLatin1String("researchgraph"))
            passed = benchResearchGraph(c.quick, c.dataDir);
        else if (group == QLatin1String("live"))
            passed = benchLive(c.quick);
        else if (group == QLatin1String("server"))
            passed = benchServer(c.quick, c.dataDir);
        else
            note(QStringLiteral("unknown group %1").arg(group));
        note(QStringLiteral("%1 took %2 s").arg(group).arg(msSince(t) / 1000, 0, 'f', 1));
        ok = passed && ok;
    }
    return ok ? 0 : 1;
}
