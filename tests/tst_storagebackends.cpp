// The same cache on both storage backends (issue 19): the demo and a
// seeded synthetic author imported into an SQLite file and into a database
// on a throw-away PostgreSQL server read back the same, through the query
// classes and through the command line.

#include "generator.h"
#include "pgtestserver.h"
#include "testsupport.h"

#include "cacheinspector.h"

#include "cache/authorqueries.h"
#include "cache/cache.h"
#include "cache/changelogqueries.h"
#include "cache/eventqueries.h"
#include "cache/followqueries.h"
#include "cache/importer.h"
#include "cache/schema.h"
#include "cache/workqueries.h"
#include "export/pinnedcitationkeys.h"
#include "identity/identity.h"
#include "openalex/openalexparser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;
using test::PgTestServer;

namespace {

constexpr int kSyntheticWorks = 300;

// What the demo files themselves say, read without the cache: each author's
// name, each work's title, and the works each author record is on.
struct DemoFiles {
    QHash<QString, QString> authorNames;
    QHash<QString, QString> workTitles;
    QHash<QString, QSet<QString>> worksOfRecord;
};

DemoFiles readDemoFiles()
{
    DemoFiles d;
    const QDir dir(QStringLiteral(PEERSCOPE_SOURCE_DIR "/resources/demo"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QJsonObject o = QJsonDocument::fromJson(test::readFile(dir.filePath(name))).object();
        if (name.startsWith(QLatin1String("author_"))) {
            const Author a = openalex::parseAuthor(o);
            d.authorNames.insert(a.id, a.name);
        } else if (name.startsWith(QLatin1String("work_"))) {
            const Work w = openalex::parseWork(o);
            d.workTitles.insert(w.id, w.title);
            for (const Authorship &s : w.authorships)
                if (!s.authorId.isEmpty())
                    d.worksOfRecord[s.authorId].insert(w.id);
        }
    }
    return d;
}

QString number(double v) { return QString::number(v, 'g', 17); }

// Everything the query classes say about one person, one line per fact, in
// the order they return it (an order the SQL fixes must be the same on
// both); where the SQL fixes none, sorted.
QStringList digest(const Cache &cache, const QString &id)
{
    QStringList out;
    const AuthorQueries authors(cache);
    const WorkQueries works(cache);
    auto fail = [&](const char *what, const QString &error) { out << QStringLiteral("%1 FAILED %2").arg(QLatin1String(what), error); };

    if (const auto s = authors.summary(id); !s)
        fail("summary", s.error());
    else if (*s)
        out << QStringLiteral("summary %1|%2|%3|%4|%5|%6|%7")
                   .arg((*s)->id, (*s)->name, (*s)->orcid, (*s)->institution)
                   .arg((*s)->worksCount).arg((*s)->citedByCount).arg((*s)->cachedWorks);
    if (const auto c = authors.coauthors(id); !c)
        fail("coauthors", c.error());
    else
        for (const CoauthorStat &x : *c)
            out << QStringLiteral("coauthor %1|%2|%3|%4|%5|%6|%7|%8")
                       .arg(x.id, x.name, x.orcid)
                       .arg(x.sharedWorks).arg(x.firstYear).arg(x.lastYear)
                       .arg(x.institution).arg(x.isCached);
    if (const auto f = works.figuresOfPerson(id); !f) {
        fail("figures", f.error());
    } else {
        QStringList lines;
        for (const WorkFigures &x : *f)
            lines << QStringLiteral("figures %1|%2|%3|%4|%5").arg(x.id).arg(x.year).arg(x.citations).arg(x.authorCount).arg(number(x.fwci));
        lines.sort();
        out << lines;
    }
    if (const auto ids = works.idsOfPersonNewestFirst(id); !ids)
        fail("newest first", ids.error());
    else
        out << QStringLiteral("newest first ") + ids->join(u',');
    if (const auto ids = works.idsOfRecord(id); !ids) {
        fail("record", ids.error());
    } else {
        QStringList sorted = *ids;
        sorted.sort();
        out << QStringLiteral("record ") + sorted.join(u',');
    }
    for (int limit : {-1, 25}) {
        if (const auto rows = works.publicationRows(id, limit); !rows)
            fail("rows", rows.error());
        else
            for (const PublicationRow &r : *rows)
                out << QStringLiteral("row %1 %2|%3|%4|%5|%6|%7|%8|%9|%10|%11|%12|%13|%14")
                           .arg(limit).arg(r.id).arg(r.year).arg(r.title, r.venue, r.type).arg(r.citations)
                           .arg(r.authors).arg(r.authorCount).arg(r.isOa).arg(r.oaStatus, r.doi, number(r.fwci), number(r.percentile));
    }
    if (const auto list = works.ofPerson(id); !list) {
        fail("works", list.error());
    } else {
        QStringList ids;
        for (const Work &w : *list) {
            ids << w.id;
            out << QStringLiteral("work %1|%2|%3|%4|%5").arg(w.id, w.title).arg(w.publicationYear).arg(w.authorships.size()).arg(w.citedByCount);
        }
        if (const auto again = works.works(ids); !again)
            fail("works by id", again.error());
        else
            for (const Work &w : *again)
                out << QStringLiteral("by id %1|%2").arg(w.id, w.doi);
    }
    return out;
}

// The command's output without the clock (when each cache fetched a record).
QString withoutClock(const QByteArray &json)
{
    QString text = QString::fromUtf8(json);
    static const QRegularExpression fetched(QStringLiteral("\"fetched_at\": \"[^\"]*\""));
    text.replace(fetched, QStringLiteral("\"fetched_at\": \"\""));
    return text;
}

} // namespace

class TestStorageBackends : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_pg;
    QTemporaryDir m_dir;
    QString m_sqlite;
    DemoFiles m_demo;
    QStringList m_people; // every author record in either cache

    static bool fill(const QString &location, QString *why)
    {
        Cache cache;
        if (cache.open(location) != Cache::OpenStatus::Ok) {
            *why = cache.errorString();
            return false;
        }
        const ImportReport report = Importer(cache).importDemo();
        if (!report.ok()) {
            *why = report.errors.join(u'\n');
            return false;
        }
        bench::WorkGenerator gen(19, 5000);
        if (!bench::generateProlificAuthor(cache, gen, kSyntheticWorks)) {
            *why = cache.lastError();
            return false;
        }
        return true;
    }

    static QStringList backends() { return {QStringLiteral("sqlite"), QStringLiteral("postgresql")}; }
    QString location(const QString &backend) const { return backend == QLatin1String("sqlite") ? m_sqlite : m_pg.uri(); }

    void addBackendRows()
    {
        QTest::addColumn<QString>("location");
        for (const QString &backend : backends())
            QTest::newRow(qPrintable(backend)) << location(backend);
    }

private slots:
    void initTestCase()
    {
        PEERSCOPE_START_PG_OR_SKIP(m_pg);
        QVERIFY(m_dir.isValid());
        m_sqlite = m_dir.filePath(QStringLiteral("cache.sqlite"));
        m_demo = readDemoFiles();
        QVERIFY(m_demo.authorNames.size() > 5);
        QVERIFY(m_demo.workTitles.size() > 5);
        for (const QString &backend : backends()) {
            QString why;
            QVERIFY2(fill(location(backend), &why), qPrintable(backend + QStringLiteral(": ") + why));
        }
        Cache cache;
        QCOMPARE(cache.open(m_sqlite), Cache::OpenStatus::Ok);
        QSet<QString> people;
        for (auto it = m_demo.authorNames.cbegin(); it != m_demo.authorNames.cend(); ++it)
            people.insert(it.key());
        people.insert(bench::prolificAuthorId());
        // Co-authors too, whose works are only those they share.
        const Read<QList<CoauthorStat>> coauthors = AuthorQueries(cache).coauthors(bench::prolificAuthorId());
        QVERIFY2(coauthors, qPrintable(coauthors.error()));
        for (qsizetype i = 0; i < std::min<qsizetype>(30, coauthors->size()); ++i)
            people.insert(coauthors->at(i).id);
        m_people = people.values();
        m_people.sort();
    }

    void open_reportsTheBackend_data() { addBackendRows(); }
    void open_reportsTheBackend()
    {
        QFETCH(QString, location);
        Cache cache;
        QCOMPARE(cache.open(location), Cache::OpenStatus::Ok);
        QCOMPARE(cache.isServer(), location.startsWith(QLatin1String("postgresql://")));
        QCOMPARE(cache.schemaVersion(), schema::latestVersion());
        QVERIFY(cache.isSharedFile());
        // A worker's connection opens the same place.
        Cache worker;
        QCOMPARE(worker.open(cache.path(), Cache::OpenMode::Secondary), Cache::OpenStatus::Ok);
        QVERIFY(worker.hasAuthors());
        // Nothing of SQLite's own machinery fails on a server.
        QVERIFY(cache.integrityProblem().isEmpty());
        QVERIFY(cache.refreshSearchIndex());
        QVERIFY(cache.searchIndexIsCurrent());
    }

    void demo_readsBackWhatTheFilesSay_data() { addBackendRows(); }
    void demo_readsBackWhatTheFilesSay()
    {
        QFETCH(QString, location);
        Cache cache;
        QCOMPARE(cache.open(location), Cache::OpenStatus::Ok);
        for (auto it = m_demo.authorNames.cbegin(); it != m_demo.authorNames.cend(); ++it) {
            const Read<std::optional<Author>> a = AuthorQueries(cache).author(it.key());
            QVERIFY2(a, qPrintable(a.error()));
            QVERIFY2(a->has_value(), qPrintable(it.key()));
            QCOMPARE((*a)->name, it.value());
            const Read<QStringList> ids = WorkQueries(cache).idsOfRecord(it.key());
            QVERIFY2(ids, qPrintable(ids.error()));
            const QSet<QString> got(ids->cbegin(), ids->cend());
            QCOMPARE(got, m_demo.worksOfRecord.value(it.key()));
        }
        for (auto it = m_demo.workTitles.cbegin(); it != m_demo.workTitles.cend(); ++it) {
            const Read<std::optional<Work>> w = WorkQueries(cache).work(it.key());
            QVERIFY2(w, qPrintable(w.error()));
            QVERIFY2(w->has_value(), qPrintable(it.key()));
            QCOMPARE((*w)->title, it.value());
        }
        // The synthetic author: every generated work, in the table's order.
        const Read<QList<PublicationRow>> rows = WorkQueries(cache).publicationRows(bench::prolificAuthorId(), -1);
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows->size(), kSyntheticWorks);
        for (qsizetype i = 1; i < rows->size(); ++i) {
            const PublicationRow &a = rows->at(i - 1);
            const PublicationRow &b = rows->at(i);
            QVERIFY(a.year > b.year || (a.year == b.year && a.citations >= b.citations));
        }
    }

    void importAgain_changesNothing_data() { addBackendRows(); }
    void importAgain_changesNothing()
    {
        QFETCH(QString, location);
        Cache cache;
        QCOMPARE(cache.open(location), Cache::OpenStatus::Ok);
        const QHash<QString, qint64> before = cache.rowCounts();
        QVERIFY(before.value(QStringLiteral("works")) >= kSyntheticWorks);
        QVERIFY(Importer(cache).importDemo().ok());
        QCOMPARE(cache.rowCounts(), before);
    }

    void bothBackends_answerTheSame()
    {
        Cache sqlite;
        Cache server;
        QCOMPARE(sqlite.open(m_sqlite), Cache::OpenStatus::Ok);
        QCOMPARE(server.open(m_pg.uri()), Cache::OpenStatus::Ok);
        // Every table of the server holds as many rows as the file's (whose
        // FTS5 shadow tables and search statistics the server has no use for).
        const QHash<QString, qint64> fileCounts = sqlite.rowCounts();
        const QHash<QString, qint64> serverCounts = server.rowCounts();
        QVERIFY(serverCounts.size() > 20);
        for (auto it = serverCounts.cbegin(); it != serverCounts.cend(); ++it) {
            if (it.key() == QLatin1String("works_fts_terms") || it.key() == QLatin1String("works_title_top"))
                continue;
            QVERIFY2(fileCounts.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(it.value(), fileCounts.value(it.key()));
        }
        for (const QString &id : std::as_const(m_people)) {
            const QStringList expected = digest(sqlite, id);
            QVERIFY2(!expected.filter(QStringLiteral("FAILED")).size(), qPrintable(expected.filter(QStringLiteral("FAILED")).join(u'\n')));
            QVERIFY2(expected.size() > 3, qPrintable(id));
            const QStringList got = digest(server, id);
            if (got != expected) {
                for (qsizetype i = 0; i < std::max(got.size(), expected.size()); ++i) {
                    if (got.value(i) != expected.value(i)) {
                        qWarning().noquote() << id << "line" << i << "\n  postgresql:" << got.value(i) << "\n  sqlite:    " << expected.value(i);
                        break;
                    }
                }
            }
            QCOMPARE(got, expected);
        }
    }

    void cli_showAndWorks_printTheSame()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QStringList people = m_demo.authorNames.keys();
        people.sort();
        people << bench::prolificAuthorId();
        for (const QString &id : std::as_const(people)) {
            for (const QStringList &command : {QStringList{QStringLiteral("show"), QStringLiteral("--json")},
                                               QStringList{QStringLiteral("works"), QStringLiteral("--json")},
                                               QStringList{QStringLiteral("works")}}) {
                const test::ProcessResult fromFile = test::runPeerscope(QStringList{QStringLiteral("--db"), m_sqlite} + command + QStringList{id}, home.path());
                const test::ProcessResult fromServer = test::runPeerscope(QStringList{QStringLiteral("--db"), m_pg.uri()} + command + QStringList{id}, home.path());
                QVERIFY2(fromFile.exitCode == 0, qPrintable(QString::fromUtf8(fromFile.err)));
                QVERIFY2(fromServer.exitCode == 0, qPrintable(QString::fromUtf8(fromServer.err)));
                QVERIFY(fromFile.out.size() > 2);
                QCOMPARE(withoutClock(fromServer.out), withoutClock(fromFile.out));
            }
        }
    }

    void cli_badServer_saysWhereWithoutThePassword()
    {
        QTemporaryDir home;
        // A port nothing listens on: the server this test stopped.
        PgTestServer gone;
        QVERIFY2(gone.start(), qPrintable(gone.errorString()));
        const int port = gone.port();
        QVERIFY(gone.stop());
        const QString uri = QStringLiteral("postgresql://peerscope:Sw0rdf1sh@127.0.0.1:%1/peerscope_test").arg(port);
        const test::ProcessResult r = test::runPeerscope({QStringLiteral("--db"), uri, QStringLiteral("show"), bench::prolificAuthorId()}, home.path());
        QVERIFY(r.exitCode != 0);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("postgresql://peerscope@127.0.0.1:%1/peerscope_test").arg(port)), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("Sw0rdf1sh")), qPrintable(err));
        QVERIFY(!r.out.contains("Sw0rdf1sh"));
    }

    // Last: it takes each database back to schema 6 and lets it migrate.
    // Schema 7 keys the change feed by (author_id, id): the entries a
    // version-6 cache holds keep their IDs, the next one follows them, and
    // marking one read names the whole key. On the server the works' and
    // authors' rowid indexes stop being unique (the Citus rule).
    // Turns a new cache at location back into one of schema `version`:
    // what 8 added goes (test::backToVersion7), then `statements`, then the
    // version is set. Empty, or why a statement failed.
    static QString downgrade(const QString &location, int version, const QStringList &statements, const QStringList &serverOnly = {})
    {
        const bool server = location.startsWith(QLatin1String("postgresql://"));
        Cache cache;
        if (cache.open(location) != Cache::OpenStatus::Ok)
            return cache.errorString();
        QSqlQuery q(CacheInspector::database(cache));
        const QString setVersion = server ? QStringLiteral("UPDATE schema_version SET version = %1").arg(version)
                                          : QStringLiteral("PRAGMA user_version=%1").arg(version);
        for (const QString &sql : test::backToVersion7(server) + statements + (server ? serverOnly : QStringList{}) + QStringList{setVersion})
            if (!q.exec(sql))
                return sql + QStringLiteral(": ") + q.lastError().text();
        return {};
    }

    void migrationFromVersion6_keysTheChangeFeedByAuthor_data() { addBackendRows(); }
    void migrationFromVersion6_keysTheChangeFeedByAuthor()
    {
        QFETCH(QString, location);
        const bool server = location.startsWith(QLatin1String("postgresql://"));
        const QString author = bench::prolificAuthorId();
        const QStringList back{
            QStringLiteral("DROP TABLE change_log"),
            QStringLiteral("CREATE TABLE change_log (id %1 PRIMARY KEY, at TEXT NOT NULL, author_id TEXT NOT NULL, "
                           "kind TEXT NOT NULL, entity_id TEXT, old_value TEXT, new_value TEXT, details TEXT, "
                           "is_read INTEGER NOT NULL DEFAULT 0)")
                .arg(server ? QStringLiteral("BIGSERIAL") : QStringLiteral("INTEGER")),
            QStringLiteral("CREATE INDEX change_log_author ON change_log(author_id, at)"),
            QStringLiteral("INSERT INTO change_log (id, at, author_id, kind, entity_id, is_read) VALUES "
                           "(5, '2026-01-01T00:00:00Z', '%1', 'new_work', 'W1', 0), "
                           "(9, '2026-01-02T00:00:00Z', '%1', 'citations', 'W2', 1), "
                           "(12, '2026-01-03T00:00:00Z', 'A5017898742', 'new_coauthor', 'A1', 0)")
                .arg(author),
        };
        const QString downgraded =
            downgrade(location, 6, back,
                      {QStringLiteral("SELECT setval(pg_get_serial_sequence('change_log', 'id'), 12)"), QStringLiteral("DROP INDEX works_rowid"),
                       QStringLiteral("CREATE UNIQUE INDEX works_rowid ON works(rowid)")});
        QVERIFY2(downgraded.isEmpty(), qPrintable(downgraded));
        Cache cache;
        QCOMPARE(cache.open(location), Cache::OpenStatus::Ok);
        QCOMPARE(cache.schemaVersion(), schema::latestVersion());
        ChangeLogQueries feed(cache);
        const Read<QList<ChangeEntry>> mine = feed.entries(author, false, 100);
        QVERIFY2(mine, qPrintable(mine.error()));
        QList<qint64> ids;
        for (const ChangeEntry &e : *mine)
            ids << e.id;
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{5, 9}));
        QCOMPARE(*feed.unreadCount(author), 1);
        // The next entry follows the copied ones, on either backend.
        QVERIFY(feed.add(QStringLiteral("2026-02-01T00:00:00Z"), author, QStringLiteral("new_work"), QStringLiteral("W3"), {}, {}, {}));
        const Read<QList<ChangeEntry>> after = feed.entries(author, true, 100);
        QVERIFY2(after, qPrintable(after.error()));
        qint64 newest = 0;
        for (const ChangeEntry &e : *after)
            newest = std::max(newest, e.id);
        QCOMPARE(newest, qint64(13));
        QCOMPARE(*feed.unreadCount(author), 2);
        QVERIFY(feed.markRead(author, 13));
        QVERIFY(feed.markRead(QStringLiteral("A5017898742"), 5)); // the wrong author: no row
        QCOMPARE(*feed.unreadCount(author), 1);
        QSqlQuery q(CacheInspector::database(cache));
        if (server) {
            QVERIFY(q.exec(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname IN ('works_rowid', 'authors_rowid', "
                                          "'change_log_v7_pkey') ORDER BY indexname")));
            QStringList defs;
            while (q.next())
                defs << q.value(0).toString();
            QCOMPARE(defs.size(), 3);
            QVERIFY2(!defs.at(0).contains(QLatin1String("UNIQUE")) && !defs.at(2).contains(QLatin1String("UNIQUE")), qPrintable(defs.join(u'\n')));
            QVERIFY2(defs.at(1).contains(QLatin1String("(author_id, id)")), qPrintable(defs.at(1)));
        } else {
            QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'change_log'")));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toString().contains(QLatin1String("PRIMARY KEY (author_id, id)")), qPrintable(q.value(0).toString()));
        }
    }

    void migrationFromVersion7_keepsTheCorrectionLogAndOwnsTheFollows_data() { addBackendRows(); }
    void migrationFromVersion7_keepsTheCorrectionLogAndOwnsTheFollows()
    {
        QFETCH(QString, location);
        const QString author = bench::prolificAuthorId();
        const QStringList rows{
            QStringLiteral("DELETE FROM identity_overrides"),
            QStringLiteral("INSERT INTO identity_overrides (id, kind, person_id, author_id, work_id, batch, reason, created_at, undone) "
                           "VALUES (3, 'merge', '%1', 'A5017898742', NULL, 1, 'same person', '2026-01-01T00:00:00Z', 0), "
                           "(4, 'exclude', '%1', NULL, 'W1', 2, 'not hers', '2026-01-02T00:00:00Z', 1)")
                .arg(author),
            QStringLiteral("INSERT INTO follows (author_id, followed_at) VALUES ('%1', '2026-01-01T00:00:00Z')").arg(author),
            QStringLiteral("INSERT INTO pinned_citation_keys (work_id, citation_key, pinned_at) VALUES ('W1', 'smith2020', 'x')"),
        };
        const QString downgraded = downgrade(location, 7, rows);
        QVERIFY2(downgraded.isEmpty(), qPrintable(downgraded));
        Cache cache;
        QCOMPARE(cache.open(location), Cache::OpenStatus::Ok);
        QCOMPARE(cache.schemaVersion(), schema::latestVersion());
        identity::Corrections corrections(cache);
        const auto log = corrections.list(true);
        QVERIFY2(log, qPrintable(log.error()));
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(0).reason, QStringLiteral("same person"));
        QVERIFY(!log->at(0).undone && log->at(1).undone);
        QCOMPARE(log->at(0).actor, QString());
        // The merge is still in effect, and the log goes on after it.
        QVERIFY(cache.authorWorkIds(author).size() > 0);
        QCOMPARE(corrections.version(author).valueOr(-1), qint64(2));
        const identity::Corrections::Result next = corrections.exclude(author, {cache.authorWorkIds(author).constFirst()});
        QVERIFY2(next.ok, qPrintable(next.error));
        QCOMPARE(next.batch, qint64(3));
        QCOMPARE(corrections.version(author).valueOr(-1), qint64(3));
        // Follows made before 8 belong to the one who upgraded (a file: its user).
        const auto followed = FollowQueries(cache).followed();
        QVERIFY2(followed, qPrintable(followed.error()));
        QCOMPARE(followed->size(), 1);
        QCOMPARE(pinnedCitationKeys(cache).valueOr({}).value(QStringLiteral("W1")), QStringLiteral("smith2020"));
        // The events table is there (and, on a server, NOTIFYs).
        QVERIFY(EventQueries(cache).latestId().valueOr(-1) >= 1);
    }
};

QTEST_GUILESS_MAIN(TestStorageBackends)
#include "tst_storagebackends.moc"
