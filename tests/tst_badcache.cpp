// Bad cache files on the command line (through the built binary) and in the
// Cache class: every one gives a clear message and exit code 4, and a damaged
// file is moved aside byte for byte, never deleted or overwritten.

#include "cache/cache.h"
#include "cacheinspector.h"
#include "cache/importer.h"
#include "cache/schema.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace peerscope;
using test::ProcessResult;

namespace {

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList damagedBeside(const QString &db)
{
    return QDir(QFileInfo(db).absolutePath()).entryList({QFileInfo(db).fileName() + QStringLiteral(".damaged-*")}, QDir::Files);
}

// Runs the binary through a wrapper command (setpriv, sh for ulimit), with
// the same clean environment as test::runPeerscope.
ProcessResult runWrapped(const QString &program, const QStringList &args, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "OPENALEX_API_KEY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

constexpr uint kNobody = 65534;

} // namespace

class tst_BadCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_goodDb; // a checkpointed cache holding the demo data

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ProcessResult show(const QString &db)
    {
        return test::runPeerscope({QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("A5017898742")}, m_dir.path());
    }

    // The contract for a damaged file: exit 4, says so, original kept aside
    // byte for byte, a fresh empty cache in its place.
    void expectMovedAside(const QString &db, const QByteArray &original, const QByteArray &alsoSays = {})
    {
        const ProcessResult r = show(db);
        QVERIFY2(r.err.contains(alsoSays), r.err.constData());
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("damaged") && r.err.contains("moved"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        const QStringList aside = damagedBeside(db);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(r.err.contains(aside.first().toUtf8()), "the message names where the file went");
        QCOMPARE(test::readFile(QFileInfo(db).absolutePath() + u'/' + aside.first()), original);
        Cache fresh;
        QCOMPARE(fresh.open(db), Cache::OpenStatus::Ok);
        QCOMPARE(fresh.schemaVersion(), schema::latestVersion());
        QVERIFY(!fresh.authorSummary(QStringLiteral("A5017898742")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        const QString good = path(QStringLiteral("good.db"));
        {
            Cache cache;
            QCOMPARE(cache.open(good), Cache::OpenStatus::Ok);
            QVERIFY(Importer(cache).importDemo().ok());
            QSqlQuery q(CacheInspector::database(cache));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        m_goodDb = test::readFile(good);
        QVERIFY(m_goodDb.size() > 16384);
    }

    void cli_truncatedCache_exits4AndMovesItAside_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::newRow("header only") << 0.0;
        QTest::newRow("a tenth") << 0.1;
        QTest::newRow("half") << 0.5;
        QTest::newRow("all but the last page") << -1.0;
    }
    void cli_truncatedCache_exits4AndMovesItAside()
    {
        QFETCH(double, fraction);
        const QString db = path(QStringLiteral("trunc-%1.db").arg(QTest::currentDataTag()).replace(u' ', u'-'));
        const qsizetype keep = fraction < 0 ? m_goodDb.size() - 4096 : qMax<qsizetype>(100, qsizetype(m_goodDb.size() * fraction));
        const QByteArray cut = m_goodDb.left(keep);
        QVERIFY(writeAll(db, cut));
        expectMovedAside(db, cut);
    }

    void cli_randomBytes_exits4AndMovesItAside_data()
    {
        QTest::addColumn<bool>("sqliteHeader");
        QTest::newRow("pure noise") << false;
        QTest::newRow("SQLite header then noise") << true;
    }
    void cli_randomBytes_exits4AndMovesItAside()
    {
        QFETCH(bool, sqliteHeader);
        QRandomGenerator rng(sqliteHeader ? 7 : 11);
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        if (sqliteHeader)
            bytes.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        const QString db = path(sqliteHeader ? QStringLiteral("noise-hdr.db") : QStringLiteral("noise.db"));
        QVERIFY(writeAll(db, bytes));
        expectMovedAside(db, bytes);
    }

    void cli_pagesOverwrittenInsideAValidFile_exits4AndMovesItAside()
    {
        // A valid header and schema, but b-tree pages in the middle smashed.
        QByteArray bytes = m_goodDb;
        for (qsizetype at = 4096 * 3; at + 4096 < bytes.size(); at += 4096 * 4)
            bytes.replace(at, 512, QByteArray(512, '\xA5'));
        const QString db = path(QStringLiteral("smashed.db"));
        QVERIFY(writeAll(db, bytes));
        expectMovedAside(db, bytes);
    }

    void cli_notSqliteAtAll_exits4AndMovesItAside_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QImage image(32, 32, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(path(QStringLiteral("picture.png")), "PNG"));
        const QByteArray png = test::readFile(path(QStringLiteral("picture.png")));
        QVERIFY(png.startsWith("\x89PNG"));
        QTest::newRow("a PNG picture") << png;
        QTest::newRow("a text file") << QByteArray("peerscope cache? no, a shopping list:\nmilk\neggs\n");
        QTest::newRow("JSON") << test::readFile(test::fixture(QStringLiteral("author_A5017898742.json")));
    }
    void cli_notSqliteAtAll_exits4AndMovesItAside()
    {
        QFETCH(QByteArray, bytes);
        const QString db = path(QStringLiteral("notsqlite-%1.db").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(writeAll(db, bytes));
        expectMovedAside(db, bytes, "not an SQLite database");
    }

    void cli_folderAsCachePath_exits4AndLeavesTheFolder()
    {
        const QString folder = path(QStringLiteral("a-folder.db"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeAll(folder + QStringLiteral("/keep.txt"), "mine"));
        const ProcessResult r = show(folder);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("not a file"), r.err.constData());
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(test::readFile(folder + QStringLiteral("/keep.txt")), QByteArray("mine"));
        QVERIFY(damagedBeside(folder).isEmpty());
    }

    void cli_cacheInAMissingUncreatableFolder_exits4()
    {
        // A file where the folder should be.
        const QString blocker = path(QStringLiteral("blocker"));
        QVERIFY(writeAll(blocker, "x"));
        const ProcessResult r = show(blocker + QStringLiteral("/sub/cache.db"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("folder"), r.err.constData());
        QCOMPARE(test::readFile(blocker), QByteArray("x"));
    }

    void cli_schemaFromTheFuture_exits4AndLeavesTheFileUntouched()
    {
        const QString db = path(QStringLiteral("future.db"));
        {
            Cache cache;
            QCOMPARE(cache.open(db), Cache::OpenStatus::Ok);
            QVERIFY(Importer(cache).importDemo().ok());
            QSqlQuery q(CacheInspector::database(cache));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(schema::latestVersion() + 7)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = test::readFile(db);
        for (const QStringList &args : {QStringList{QStringLiteral("show"), QStringLiteral("A5017898742")},
                                        QStringList{QStringLiteral("import"), test::fixturesDir()},
                                        QStringList{QStringLiteral("demo")}}) {
            const ProcessResult r = test::runPeerscope(QStringList{QStringLiteral("--db"), db} + args, m_dir.path());
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains("newer Peerscope"), r.err.constData());
            QVERIFY(r.err.contains(QByteArray::number(schema::latestVersion() + 7)));
        }
        QCOMPARE(test::readFile(db), before);
        QVERIFY(damagedBeside(db).isEmpty());
    }

    void cli_hotJournalOfAKilledWriter_isReplayedNotCalledDamage()
    {
        // A writer killed inside a transaction of the rollback journal (a new
        // cache's switch to WAL is one) leaves a hot journal beside a file
        // whose pages it had begun to change. That is SQLite's recovery
        // state, not damage: the next open replays the journal, and the cache
        // is as it was before the transaction, nothing moved aside.
        const QString py = test::python3();
        if (py.isEmpty())
            QSKIP("python3 is needed to kill a writer mid-transaction");
        const QString db = path(QStringLiteral("hot-journal.db"));
        QVERIFY(writeAll(db, m_goodDb));
        const QString before = test::rawRows(db, QStringLiteral("SELECT group_concat(title, '|') FROM (SELECT title FROM works ORDER BY id)")).value(0);
        QVERIFY(!before.startsWith(QLatin1String("ERROR")));
        static const char script[] = R"(
import os, signal, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA journal_mode=DELETE")
con.execute("PRAGMA cache_size=2")
con.execute("BEGIN")
con.execute("UPDATE works SET title = 'half-written ' || id, raw_json = raw_json || ''")
os.kill(os.getpid(), signal.SIGKILL)
)";
        QProcess p;
        p.start(py, {QStringLiteral("-c"), QString::fromLatin1(script), db});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QVERIFY2(QFileInfo::exists(db + QStringLiteral("-journal")), "the killed writer left its journal");
        // A read-only reader may not replay it: this is what such a file
        // looks like to one, and why the check below opens as the app does.
        QVERIFY(test::rawRows(db, QStringLiteral("PRAGMA integrity_check")).value(0).startsWith(QLatin1String("ERROR")));
        QString why;
        QVERIFY2(test::cacheIsSound(db, &why), qPrintable(why));

        const ProcessResult r = show(db);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("A5017898742"));
        QVERIFY(damagedBeside(db).isEmpty());
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-journal")));
        QCOMPARE(test::rawRows(db, QStringLiteral("SELECT group_concat(title, '|') FROM (SELECT title FROM works ORDER BY id)")).value(0), before);
    }

    void cli_readOnlyFileOrFolder_exits4AndLeavesItUntouched_data()
    {
        QTest::addColumn<bool>("folderReadOnly");
        QTest::newRow("read-only file") << false;
        QTest::newRow("read-only folder") << true;
    }
    void cli_readOnlyFileOrFolder_exits4AndLeavesItUntouched()
    {
        QFETCH(bool, folderReadOnly);
        const bool root = geteuid() == 0;
        if (root && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root and setpriv (util-linux) is missing: cannot run the binary unprivileged");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ro.db"));
        QVERIFY(writeAll(db, m_goodDb));
        const QByteArray dirPath = QFile::encodeName(dir.path());
        const QByteArray dbPath = QFile::encodeName(db);
        if (root) {
            // Permissions only bind an unprivileged user: the binary runs as
            // nobody, who owns whichever of the two stays writable.
            QCOMPARE(::chmod(dirPath.constData(), 0755), 0);
            QCOMPARE(::chmod(dbPath.constData(), 0644), 0);
            if (folderReadOnly)
                QCOMPARE(::chown(dbPath.constData(), kNobody, kNobody), 0);
            else
                QCOMPARE(::chown(dirPath.constData(), kNobody, kNobody), 0);
        } else {
            QCOMPARE(::chmod(folderReadOnly ? dirPath.constData() : dbPath.constData(), folderReadOnly ? 0555 : 0444), 0);
        }
        const QStringList args{QStringLiteral("--db"), db, QStringLiteral("import"), test::fixturesDir()};
        const ProcessResult r = root ? runWrapped(QStringLiteral("setpriv"),
                                                  QStringList{QStringLiteral("--reuid=%1").arg(kNobody), QStringLiteral("--regid=%1").arg(kNobody),
                                                              QStringLiteral("--clear-groups"), QStringLiteral(PEERSCOPE_BINARY)} + args,
                                                  dir.path())
                                     : test::runPeerscope(args, dir.path());
        if (root && (r.exitCode == 126 || r.exitCode == 127 || r.err.contains("setpriv:")))
            QSKIP(qPrintable(QStringLiteral("cannot run the binary as nobody here: ") + QString::fromLocal8Bit(r.err)));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("read-only"), r.err.constData());
        QVERIFY2(r.err.contains(dbPath), "the message names the file");
        QCOMPARE(test::readFile(db), m_goodDb);
        QVERIFY(damagedBeside(db).isEmpty());
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
        if (!root)
            ::chmod(dirPath.constData(), 0755);
    }

    void cli_diskFullDuringImport_exits4AndKeepsTheCacheAsItWas()
    {
        // A full disk without mounting anything: the file-size limit makes
        // every write past 64 KiB fail (SIGXFSZ ignored, so writes see EFBIG).
        if (QStandardPaths::findExecutable(QStringLiteral("sh")).isEmpty())
            QSKIP("no /bin/sh to set the file-size limit");
        const QString db = path(QStringLiteral("full.db"));
        QVERIFY(writeAll(db, m_goodDb));
        Cache probe;
        QCOMPARE(probe.open(db), Cache::OpenStatus::Ok);
        const auto before = probe.rowCounts();
        probe.close();

        // New records (rewritten IDs), so the import must write.
        const QString set = path(QStringLiteral("full-set"));
        QVERIFY(QDir().mkpath(set));
        const QByteArray page = test::readFixture(QStringLiteral("works_by_author_A5017898742_perpage50_page1.json"));
        for (int k = 1; k <= 20; ++k) {
            QByteArray json = page;
            json.replace("openalex.org/W", QByteArray("openalex.org/W" + QByteArray::number(10 + k)));
            json.replace("openalex.org/A", QByteArray("openalex.org/A" + QByteArray::number(10 + k)));
            QVERIFY(writeAll(set + QStringLiteral("/page%1.json").arg(k, 2, 10, QLatin1Char('0')), json));
        }
        // 128 blocks of 512 bytes: room for SQLite's 32 KiB shared memory,
        // not for the write-ahead log of this import.
        const QString script = QStringLiteral("trap '' XFSZ; ulimit -f 128; exec \"$0\" \"$@\"");
        const ProcessResult r = runWrapped(QStringLiteral("sh"),
                                           {QStringLiteral("-c"), script, QStringLiteral(PEERSCOPE_BINARY), QStringLiteral("--db"), db,
                                            QStringLiteral("import"), set},
                                           m_dir.path());
        QVERIFY(!r.crashed);
        QVERIFY2(r.exitCode == 4, qPrintable(QStringLiteral("exit %1: ").arg(r.exitCode) + QString::fromUtf8(r.out + r.err)));
        QVERIFY2(r.err.contains("cannot write to the cache") || r.err.contains("Cannot prepare the cache"), r.err.constData());
        QVERIFY2(r.err.contains("disk"), r.err.constData()); // "database or disk is full" / "disk I/O error"

        // Not moved aside, not damaged, nothing half-written.
        QVERIFY(damagedBeside(db).isEmpty());
        Cache after;
        QCOMPARE(after.open(db), Cache::OpenStatus::Ok);
        QSqlQuery check(CacheInspector::database(after));
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        const auto counts = after.rowCounts();
        QVERIFY(counts.value(QStringLiteral("works")) >= before.value(QStringLiteral("works")));
        // Every work that is there is whole.
        QSqlQuery whole(CacheInspector::database(after));
        QVERIFY(whole.exec(QStringLiteral("SELECT COUNT(*) FROM works w WHERE w.author_count IS NOT NULL AND w.author_count <> "
                                          "(SELECT COUNT(*) FROM authorships a WHERE a.work_id = w.id)")));
        QVERIFY(whole.next());
        QCOMPARE(whole.value(0).toInt(), 0);
    }

    void cache_databaseFull_failsThePageAndRollsBack()
    {
        // SQLite's own size limit stands in for a full disk at the class level.
        const QString db = path(QStringLiteral("maxpages.db"));
        QVERIFY(writeAll(db, m_goodDb));
        Cache cache;
        QCOMPARE(cache.open(db), Cache::OpenStatus::Ok);
        const auto before = cache.rowCounts();
        QSqlQuery pages(CacheInspector::database(cache));
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        const int count = pages.value(0).toInt();
        QVERIFY(pages.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(count)));
        QByteArray big = test::readFixture(QStringLiteral("works_by_author_A5017898742_perpage50_page1.json"));
        // New IDs so every row is new and the file must grow.
        big.replace("https://openalex.org/W", "https://openalex.org/W9");
        ImportReport report;
        QVERIFY(!Importer(cache).importDocument(big, QStringLiteral("page.json"), &report));
        QVERIFY(report.cacheFailed);
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().contains(QLatin1String("full")), qPrintable(report.errors.first()));
        QCOMPARE(cache.rowCounts(), before);
    }

    void window_recoveryMessage_saysWhereTheFileWentAndWhatToDo()
    {
        // The window shows Cache::errorString() in its "Cache recovered"
        // warning (app/main.cpp); the dialog itself belongs to the window's
        // tests, the text it shows is checked here.
        const QString db = path(QStringLiteral("window.db"));
        QVERIFY(writeAll(db, QByteArray(8192, 'z')));
        Cache cache;
        QCOMPARE(cache.open(db), Cache::OpenStatus::Recovered);
        const QString message = cache.errorString();
        QVERIFY(message.contains(QDir::toNativeSeparators(cache.movedAsidePath())));
        QVERIFY(message.contains(QLatin1String("fresh cache")));
        QVERIFY(message.contains(QLatin1String("sync or import again")));
        QCOMPARE(test::readFile(cache.movedAsidePath()), QByteArray(8192, 'z'));

        // And the refusals the window shows in its critical dialog.
        Cache folder;
        QCOMPARE(folder.open(m_dir.path()), Cache::OpenStatus::Failed);
        QVERIFY(folder.errorString().contains(QLatin1String("--db")));
    }

    void cache_damageFoundAfterOpen_isMovedAsideByteForByte()
    {
        // The window opens with PrimaryCheckLater (header and schema only)
        // and runs the whole-file check on a worker after it shows: pages
        // smashed in the data pass the cheap open, fail the check, and the
        // file is then moved aside as at open, never deleted.
        QByteArray bytes = m_goodDb;
        const qsizetype pages = bytes.size() / 4096;
        for (qsizetype page = pages / 2; page + 1 < pages; page += 3)
            bytes.replace(page * 4096 + 100, 512, QByteArray(512, '\xA5'));
        const QString db = path(QStringLiteral("later.db"));
        QVERIFY(writeAll(db, bytes));
        Cache cache;
        QCOMPARE(cache.open(db, Cache::OpenMode::PrimaryCheckLater), Cache::OpenStatus::Ok);
        QString problem;
        {
            Cache worker;
            QCOMPARE(worker.open(db, Cache::OpenMode::Secondary), Cache::OpenStatus::Ok);
            problem = worker.integrityProblem();
        }
        QVERIFY2(!problem.isEmpty(), "the whole-file check finds the damage");
        QCOMPARE(cache.recoverDamaged(problem), Cache::OpenStatus::Recovered);
        const QStringList aside = damagedBeside(db);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(cache.movedAsidePath(), QFileInfo(db).absolutePath() + u'/' + aside.first());
        QCOMPARE(test::readFile(cache.movedAsidePath()), bytes);
        QVERIFY(cache.errorString().contains(QDir::toNativeSeparators(cache.movedAsidePath())));
        QVERIFY(cache.errorString().contains(QLatin1String("fresh cache")));
        QCOMPARE(cache.schemaVersion(), schema::latestVersion());
        QVERIFY(!cache.authorSummary(QStringLiteral("A5017898742")));

        // A sound cache passes the same check; a damaged header or schema is
        // still found at open.
        const QString good = path(QStringLiteral("later-good.db"));
        QVERIFY(writeAll(good, m_goodDb));
        Cache sound;
        QCOMPARE(sound.open(good, Cache::OpenMode::PrimaryCheckLater), Cache::OpenStatus::Ok);
        QVERIFY(sound.integrityProblem().isEmpty());
        QVERIFY(sound.authorSummary(QStringLiteral("A5017898742")));
        const QString noise = path(QStringLiteral("later-noise.db"));
        QVERIFY(writeAll(noise, QByteArray("SQLite format 3\0", 16) + QByteArray(8192, 'z')));
        Cache header;
        QCOMPARE(header.open(noise, Cache::OpenMode::PrimaryCheckLater), Cache::OpenStatus::Recovered);
        QCOMPARE(damagedBeside(noise).size(), 1);
    }

    void cache_secondDamage_isMovedBesideTheFirstNeverOverIt()
    {
        const QString db = path(QStringLiteral("twice.db"));
        QVERIFY(writeAll(db, "first damage"));
        Cache one;
        QCOMPARE(one.open(db), Cache::OpenStatus::Recovered);
        const QString firstAside = one.movedAsidePath();
        one.close();
        QVERIFY(QFile::remove(db));
        QVERIFY(writeAll(db, "second damage"));
        Cache two;
        QCOMPARE(two.open(db), Cache::OpenStatus::Recovered);
        QVERIFY(two.movedAsidePath() != firstAside);
        QCOMPARE(test::readFile(firstAside), QByteArray("first damage"));
        QCOMPARE(test::readFile(two.movedAsidePath()), QByteArray("second damage"));
    }
};

QTEST_GUILESS_MAIN(tst_BadCache)
#include "tst_badcache.moc"
