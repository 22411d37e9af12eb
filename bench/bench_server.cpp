#include "bench_server.h"

#include "fakeopenalexserver.h"
#include "generator.h"
#include "harness.h"
#include "pgtestserver.h"

#include "cache/cache.h"
#include "itemmodels/publicationfilterproxy.h"
#include "itemmodels/publicationtablemodel.h"
#include "mainwindow.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace peerscope::bench {

namespace {

using test::FakeOpenAlexServer;
using test::PgTestServer;

// Co-authors of the fake server's 34,000-work author: about as many as
// the generated author's pool (works / 2). Lists cut the authorships of a
// few works, which the sync then fetches one by one.
constexpr int kSyncCoauthors = 17000;
constexpr int kSyncTruncatedWorks = 20;

struct ChildRun {
    bool ok = false;
    double ms = 0;
    double cpuMs = 0; // the child's own user + system time
    QString error;
};

// The command line in a child with a home of its own (settings, key store),
// as a user would run it; its wall time from start to exit.
ChildRun runPeerscope(const QStringList &args, const QString &home)
{
    ChildRun run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"DISPLAY", "WAYLAND_DISPLAY", "OPENALEX_API_KEY"})
        env.remove(QString::fromLatin1(var));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QProcess::nullDevice());
    rusage before{};
    getrusage(RUSAGE_CHILDREN, &before);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(PEERSCOPE_BINARY), args);
    if (!p.waitForStarted(30000) || !p.waitForFinished(-1)) {
        run.error = p.errorString();
        return run;
    }
    run.ms = msSince(t);
    rusage after{};
    getrusage(RUSAGE_CHILDREN, &after);
    auto ms = [](const timeval &tv) { return double(tv.tv_sec) * 1e3 + double(tv.tv_usec) / 1e3; };
    run.cpuMs = ms(after.ru_utime) + ms(after.ru_stime) - ms(before.ru_utime) - ms(before.ru_stime);
    run.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!run.ok)
        run.error = QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError().right(2000)));
    return run;
}

// The generated 34,000-work author (the author group's: the same seed) as
// OpenAlex JSON Lines, authors first: what `peerscope import` reads.
bool writeAuthorJsonl(const QString &path, int works)
{
    QFile out(path + QStringLiteral(".part"));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    WorkGenerator gen(4242);
    auto writeAuthors = [&](const QList<Author> &authors) {
        for (const Author &a : authors) {
            if (out.write(a.rawJson + '\n') < 0)
                return false;
        }
        return true;
    };
    auto writeWorks = [&](const QList<Work> &batch) {
        for (const Work &w : batch) {
            if (out.write(w.rawJson + '\n') < 0)
                return false;
        }
        return true;
    };
    if (!generateProlificAuthor(gen, works, writeAuthors, writeWorks) || !out.flush())
        return false;
    out.close();
    QFile::remove(path);
    return QFile::rename(out.fileName(), path);
}

bool createDatabases(const PgTestServer &pg, const QStringList &names, QString *why)
{
    const QString connection = QStringLiteral("bench-server-admin");
    bool ok = true;
    {
        QSqlDatabase db = pg.addConnection(connection);
        ok = db.open();
        if (!ok)
            *why = db.lastError().text();
        for (const QString &name : names) {
            QSqlQuery q(db);
            if (ok && !q.exec(QStringLiteral("CREATE DATABASE ") + name)) {
                *why = q.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

struct WindowOpen {
    double firstRowsMs = -1;
    double maxGapMs = 1e9;
    double loadedMs = -1;
    int rows = 0;
};

// MainWindow::openAuthor until the table shows rows, and the longest stall
// of the UI thread until 200 ms after everything loaded: the author group's
// measurement, on a cache opened at path (a file or a server's URI).
WindowOpen openInWindow(const QString &path, const QString &authorId)
{
    WindowOpen out;
    Cache cache;
    if (cache.open(path) != Cache::OpenStatus::Ok) {
        note(QStringLiteral("server: cannot open %1: %2").arg(path, cache.errorString()));
        return out;
    }
    MainWindow window(cache);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    QEventLoop loop;
    QElapsedTimer t;
    const QAbstractItemModel *shown = window.publicationProxy();
    auto firstRows = [&] {
        if (out.firstRowsMs < 0 && shown->rowCount() > 0)
            out.firstRowsMs = msSince(t);
    };
    QObject::connect(shown, &QAbstractItemModel::modelReset, &loop, firstRows);
    QObject::connect(shown, &QAbstractItemModel::rowsInserted, &loop, firstRows);
    UiStallProbe probe;
    bool loaded = false;
    QObject::connect(&window, &MainWindow::authorLoaded, &loop, [&] {
        loaded = true;
        out.loadedMs = msSince(t);
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    t.start();
    probe.start();
    window.openAuthor(authorId);
    loop.exec();
    probe.stop();
    out.rows = window.publicationModel()->rowCount();
    if (loaded)
        out.maxGapMs = probe.maxGapMs();
    return out;
}

// What the window's first screen costs on its worker: a second connection
// (CacheTask opens one per run) and the preview's query, medians of 5.
void noteFirstScreenParts(const QString &label, const QString &path, const QString &authorId)
{
    QList<double> opens, queries;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        Cache cache;
        if (cache.open(path, Cache::OpenMode::Secondary) != Cache::OpenStatus::Ok)
            return;
        opens << msSince(t);
        t.start();
        const Read<QList<PublicationRow>> rows = PublicationTableModel::loadRows(cache, authorId, 200);
        queries << msSince(t);
        if (!rows)
            return;
    }
    note(QStringLiteral("server: first screen on the %1: a second connection opens in %2 ms, its 200 rows read in %3 ms (medians of 5)")
             .arg(label).arg(median(opens), 0, 'f', 1).arg(median(queries), 0, 'f', 1));
}

} // namespace

bool benchServer(bool quick, const QString &dataDir)
{
    if (!PgTestServer::available()) {
        note(QStringLiteral("server: skipped: ") + PgTestServer::unavailableReason());
        return false;
    }
    const int works = quick ? 5000 : 34000;
    const QString suffix = quick ? QStringLiteral("_quick_scale") : QString();
    const QString scale = QStringLiteral("%1k").arg(works / 1000);
    QTemporaryDir home;
    PgTestServer pg;
    // The cluster as installed: fsync, synchronous_commit and full-page
    // writes on, as the file's WAL with synchronous=NORMAL is durable.
    pg.setDefaultDurability(true);
    QString why;
    if (!home.isValid() || !pg.start() || !createDatabases(pg, {QStringLiteral("bench_import"), QStringLiteral("bench_sync")}, &why)) {
        note(QStringLiteral("server: cannot start PostgreSQL: ") + pg.errorString() + why);
        return false;
    }
    bool ok = true;

    // ---- import: the same JSON Lines into a new file and a new database.
    const QString jsonl = QDir(dataDir).filePath(QStringLiteral("server_author_%1.jsonl").arg(works));
    if (!QFileInfo::exists(jsonl)) {
        QElapsedTimer t;
        t.start();
        if (!writeAuthorJsonl(jsonl, works)) {
            note(QStringLiteral("server: cannot write ") + jsonl);
            return false;
        }
        note(QStringLiteral("server: wrote the %1-work author as JSON Lines in %2 s").arg(works).arg(msSince(t) / 1000, 0, 'f', 1));
    }
    const QString importFile = QDir(dataDir).filePath(QStringLiteral("server_import_%1.sqlite").arg(works));
    for (const QString &f : QStringList{importFile, importFile + QStringLiteral("-wal"), importFile + QStringLiteral("-shm")})
        QFile::remove(f);
    const ChildRun fileImport = runPeerscope({QStringLiteral("--db"), importFile, QStringLiteral("import"), jsonl}, home.path());
    const ChildRun serverImport =
        runPeerscope({QStringLiteral("--db"), pg.uri(QStringLiteral("bench_import")), QStringLiteral("import"), jsonl}, home.path());
    if (!fileImport.ok || !serverImport.ok) {
        note(QStringLiteral("server: import failed: file: %1; server: %2").arg(fileImport.error, serverImport.error));
        return false;
    }
    note(QStringLiteral("server: import of %1 (%2 MB): file %3 s (client CPU %4 s), server %5 s (client CPU %6 s)")
             .arg(QFileInfo(jsonl).fileName()).arg(QFileInfo(jsonl).size() / 1048576.0, 0, 'f', 1)
             .arg(fileImport.ms / 1000, 0, 'f', 1).arg(fileImport.cpuMs / 1000, 0, 'f', 1)
             .arg(serverImport.ms / 1000, 0, 'f', 1).arg(serverImport.cpuMs / 1000, 0, 'f', 1));

    // ---- sync: `peerscope sync` from the fake OpenAlex server, each into a new cache.
    FakeOpenAlexServer server;
    if (!server.start()) {
        note(QStringLiteral("server: the fake OpenAlex server did not start"));
        return false;
    }
    server.setDailyBudgetUsd(1000);
    const QString large = server.addLargeAuthor(works, quick ? 2500 : kSyncCoauthors, kSyncTruncatedWorks);
    const QString syncFile = QDir(dataDir).filePath(QStringLiteral("server_sync_%1.sqlite").arg(works));
    for (const QString &f : QStringList{syncFile, syncFile + QStringLiteral("-wal"), syncFile + QStringLiteral("-shm")})
        QFile::remove(f);
    auto sync = [&](const QString &db) {
        server.resetRequests();
        return runPeerscope({QStringLiteral("--db"), db, QStringLiteral("--api-base"), server.baseUrl().toString(),
                             QStringLiteral("--api-key"), QStringLiteral("bench-key"), QStringLiteral("sync"), large},
                            home.path());
    };
    const ChildRun fileSync = sync(syncFile);
    const int calls = server.requestCount();
    const ChildRun serverSync = sync(pg.uri(QStringLiteral("bench_sync")));
    if (!fileSync.ok || !serverSync.ok) {
        note(QStringLiteral("server: sync failed: file: %1; server: %2").arg(fileSync.error, serverSync.error));
        return false;
    }
    note(QStringLiteral("server: sync of %1 (%2 works, %3 co-authors, %4 API calls; the client's 10 calls/s make %5 s the least): "
                        "file %6 s (client CPU %7 s), server %8 s (client CPU %9 s)")
             .arg(large).arg(works).arg(quick ? 2500 : kSyncCoauthors).arg(calls).arg(calls / 10.0, 0, 'f', 1)
             .arg(fileSync.ms / 1000, 0, 'f', 1).arg(fileSync.cpuMs / 1000, 0, 'f', 1)
             .arg(serverSync.ms / 1000, 0, 'f', 1).arg(serverSync.cpuMs / 1000, 0, 'f', 1));

    // ---- the window: the imported author from the file and from the server,
    // in turns (the first of each warms its caches), medians of the rest.
    QList<double> fileFirst, serverFirst;
    double fileGap = 0, serverGap = 0;
    const int rounds = quick ? 2 : 4;
    for (int round = 0; round < rounds; ++round) {
        const WindowOpen f = openInWindow(importFile, prolificAuthorId());
        const WindowOpen s = openInWindow(pg.uri(QStringLiteral("bench_import")), prolificAuthorId());
        note(QStringLiteral("server: window round %1: file first rows %2 ms, all shown %3 ms, max UI gap %4 ms (%5 rows); "
                            "server first rows %6 ms, all shown %7 ms, max UI gap %8 ms (%9 rows)")
                 .arg(round + 1).arg(f.firstRowsMs, 0, 'f', 1).arg(f.loadedMs, 0, 'f', 0).arg(f.maxGapMs, 0, 'f', 1).arg(f.rows)
                 .arg(s.firstRowsMs, 0, 'f', 1).arg(s.loadedMs, 0, 'f', 0).arg(s.maxGapMs, 0, 'f', 1).arg(s.rows));
        if (f.firstRowsMs < 0 || s.firstRowsMs < 0) {
            ok = false;
            break;
        }
        if (round == 0 && rounds > 1)
            continue;
        fileFirst << f.firstRowsMs;
        serverFirst << s.firstRowsMs;
        fileGap = std::max(fileGap, f.maxGapMs);
        serverGap = std::max(serverGap, s.maxGapMs);
    }
    noteFirstScreenParts(QStringLiteral("file"), importFile, prolificAuthorId());
    noteFirstScreenParts(QStringLiteral("server"), pg.uri(QStringLiteral("bench_import")), prolificAuthorId());
    const bool opened = !fileFirst.isEmpty();
    if (opened)
        note(QStringLiteral("server: window medians: first rows file %1 ms, server %2 ms; worst UI gap file %3 ms, server %4 ms")
                 .arg(median(fileFirst), 0, 'f', 1).arg(median(serverFirst), 0, 'f', 1).arg(fileGap, 0, 'f', 1).arg(serverGap, 0, 'f', 1));

    const QByteArray n1 = QStringLiteral("server_sync_%1_author_vs_sqlite%2").arg(scale, suffix).toLatin1();
    const QByteArray n2 = QStringLiteral("server_import_%1_author_vs_sqlite%2").arg(scale, suffix).toLatin1();
    const QByteArray n3 = QStringLiteral("server_author_%1_first_table_rows_vs_sqlite%2").arg(scale, suffix).toLatin1();
    const QByteArray n4 = QStringLiteral("server_author_%1_max_ui_block_while_opening%2").arg(scale, suffix).toLatin1();
    ok = report(n1.constData(), serverSync.ms / fileSync.ms, "x", "<=", 3) && ok;
    ok = report(n2.constData(), serverImport.ms / fileImport.ms, "x", "<=", 3) && ok;
    ok = report(n3.constData(), opened ? median(serverFirst) / median(fileFirst) : 1e9, "x", "<=", 2) && ok;
    ok = report(n4.constData(), opened ? serverGap : 1e9, "ms", "<=", 50) && ok;
    return ok;
}

} // namespace peerscope::bench
