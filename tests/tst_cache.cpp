#include "cache/authorresolver.h"
#include "cacheinspector.h"
#include "cache/cache.h"
#include "cache/citationqueries.h"
#include "cache/importer.h"
#include "cache/schema.h"
#include "itemmodels/publicationtablemodel.h"
#include "profile/profile.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <mutex>
#include <random>
#include <thread>

using namespace peerscope;

class tst_Cache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QStringList dirtyTerms(const Cache &cache)
    {
        QStringList out;
        QSqlQuery q(CacheInspector::database(cache));
        if (q.exec(QStringLiteral("SELECT term FROM search_dirty_terms ORDER BY term")))
            while (q.next())
                out << q.value(0).toString();
        return out;
    }

    static QString pragma(const Cache &cache, const QString &name)
    {
        QSqlQuery q(CacheInspector::database(cache));
        if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
            return {};
        return q.value(0).toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void open_createsSchemaWithWalAndForeignKeys()
    {
        Cache cache;
        QCOMPARE(cache.open(path(QStringLiteral("fresh.db"))), Cache::OpenStatus::Ok);
        QCOMPARE(cache.schemaVersion(), schema::latestVersion());
        QCOMPARE(pragma(cache, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(cache, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(cache, QStringLiteral("synchronous")), QStringLiteral("1")); // NORMAL
        const auto counts = cache.rowCounts();
        for (const char *table : {"authors", "works", "authorships", "institutions", "sources", "topics",
                                  "author_counts_by_year", "work_counts_by_year", "change_log", "follows",
                                  "identity_overrides", "pinned_citation_keys", "notes", "works_fts", "authors_fts"})
            QVERIFY2(counts.contains(QLatin1String(table)), table);
    }

    void reopen_keepsDataAndDoesNotMigrateAgain()
    {
        const QString file = path(QStringLiteral("reopen.db"));
        {
            Cache cache;
            QCOMPARE(cache.open(file), Cache::OpenStatus::Ok);
            QVERIFY(Importer(cache).importDemo().ok());
        }
        Cache cache;
        QCOMPARE(cache.open(file), Cache::OpenStatus::Ok);
        QVERIFY(cache.author(QStringLiteral("A5017898742")).has_value());
        QCOMPARE(cache.authorWorkIds(QStringLiteral("A5017898742")).size(), 9);
    }

    void upsert_sameRecordTwice_changesNothing()
    {
        Cache cache;
        QCOMPARE(cache.open(path(QStringLiteral("idem.db"))), Cache::OpenStatus::Ok);
        Importer importer(cache);
        QVERIFY(importer.importPaths({test::fixturesDir()}).ok());
        const auto before = cache.rowCounts();
        QSqlQuery changes(CacheInspector::database(cache));
        QVERIFY(changes.exec(QStringLiteral("PRAGMA data_version")) && changes.next());
        QSqlQuery total(CacheInspector::database(cache));
        QVERIFY(total.exec(QStringLiteral("SELECT total_changes()")) && total.next());
        const qint64 changesBefore = total.value(0).toLongLong();
        QVERIFY(importer.importPaths({test::fixturesDir()}).ok());
        QCOMPARE(cache.rowCounts(), before);
        QSqlQuery total2(CacheInspector::database(cache));
        QVERIFY(total2.exec(QStringLiteral("SELECT total_changes()")) && total2.next());
        QCOMPARE(total2.value(0).toLongLong(), changesBefore); // not a single row written
    }

    void upsert_changedWork_replacesChildren()
    {
        Cache cache;
        QCOMPARE(cache.open(path(QStringLiteral("change.db"))), Cache::OpenStatus::Ok);
        Importer importer(cache);
        QVERIFY(importer.importDemo().ok());
        std::optional<Work> w = cache.work(QStringLiteral("W2250748100"));
        QVERIFY(w);
        const int authorsBefore = int(w->authorships.size());
        w->title = QStringLiteral("A corrected title");
        w->authorships.removeLast();
        w->rawJson += ' '; // the content changed
        QVERIFY(cache.beginTransaction());
        QVERIFY(cache.upsertWork(*w));
        QVERIFY(cache.commit());
        QSqlQuery q(CacheInspector::database(cache));
        q.prepare(QStringLiteral("SELECT title, (SELECT COUNT(*) FROM authorships WHERE work_id = works.id) FROM works WHERE id = ?"));
        q.addBindValue(w->id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("A corrected title"));
        QCOMPARE(q.value(1).toInt(), authorsBefore - 1);
        QCOMPARE(cache.searchWorks(QStringLiteral("corrected")), QStringList{w->id});
    }

    void upsert_nullStrings_storeAsEmptyText_optionalColumnsStayNull()
    {
        // What the parser gives for "title": null, "display_name": null and
        // an authorship without an author ID: null QStrings, which QtSql
        // would bind as SQL NULL into NOT NULL columns.
        Cache cache;
        QCOMPARE(cache.open(path(QStringLiteral("nulls.db"))), Cache::OpenStatus::Ok);
        Work w;
        w.id = QStringLiteral("W1");
        w.rawJson = "{}";
        Authorship nobody;
        w.authorships << nobody;
        QVERIFY(w.title.isNull() && nobody.authorId.isNull() && nobody.authorName.isNull());
        QVERIFY2(cache.upsertWork(w), qPrintable(cache.lastError()));
        Author a;
        a.id = QStringLiteral("A1");
        a.rawJson = "{}";
        QVERIFY(a.name.isNull());
        QVERIFY2(cache.upsertAuthor(a), qPrintable(cache.lastError()));
        Institution i;
        i.id = QStringLiteral("I1");
        i.rawJson = "{}";
        QVERIFY2(cache.upsertInstitution(i), qPrintable(cache.lastError()));
        QSqlQuery q(CacheInspector::database(cache));
        QVERIFY(q.exec(QStringLiteral("SELECT title, doi, venue, authors_display FROM works WHERE id = 'W1'")) && q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QVERIFY(!q.value(0).isNull());
        QVERIFY(q.value(1).isNull()); // deliberately NULL: unknown
        QVERIFY(q.value(2).isNull());
        QVERIFY(q.exec(QStringLiteral("SELECT author_id, author_name FROM authorships WHERE work_id = 'W1'")) && q.next());
        QVERIFY(!q.value(0).isNull() && q.value(0).toString().isEmpty());
        QVERIFY(q.exec(QStringLiteral("SELECT display_name, orcid FROM authors WHERE id = 'A1'")) && q.next());
        QVERIFY(!q.value(0).isNull());
        QVERIFY(q.value(1).isNull());
        // An authorship without an author ID is nobody's work.
        QVERIFY(cache.authorWorkIds(QString()).isEmpty());
        QVERIFY(cache.authorWorkIds(QStringLiteral("")).isEmpty());
    }

    void personWorksMatching_filtersThePersonsWorksByPrefixWords()
    {
        Cache cache;
        QCOMPARE(cache.open(path(QStringLiteral("filter.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        const QString demo = QStringLiteral("A5017898742");
        const QStringList papercraft = cache.personWorksMatching(demo, QStringLiteral("papercraft"));
        QCOMPARE(papercraft.size(), 1);
        // Every word a prefix, in any order, any column.
        QCOMPARE(cache.personWorksMatching(demo, QStringLiteral("visualisations paperc")), papercraft);
        QCOMPARE(cache.personWorksMatching(demo, QStringLiteral("IEEE")).size(), 4); // the venue
        QVERIFY(cache.personWorksMatching(demo, QStringLiteral("papercraft zebra")).isEmpty());
        QVERIFY(cache.personWorksMatching(QStringLiteral("A0000000000"), QStringLiteral("papercraft")).isEmpty());
        QVERIFY(cache.personWorksMatching(demo, QStringLiteral("  ,; ")).isEmpty());
        // A co-author shares the work, a stranger to it does not.
        const QString coauthor = cache.coauthors(demo).first().id;
        QCOMPARE(cache.personWorksMatching(coauthor, QStringLiteral("papercraft")), papercraft);
    }

    void coauthors_uncachedTakeTheInstitutionOfTheLatestSharedWork()
    {
        Cache cache;
        QCOMPARE(cache.open(path(QStringLiteral("coinst.db"))), Cache::OpenStatus::Ok);
        auto authorship = [](int position, const char *id, const char *name, const char *instId, const char *inst) {
            Authorship a;
            a.position = position;
            a.authorId = QString::fromLatin1(id);
            a.authorName = QString::fromLatin1(name);
            if (instId)
                a.institutions << InstitutionRef{QString::fromLatin1(instId), {}, QString::fromLatin1(inst), {}, {}};
            return a;
        };
        auto work = [](const char *id, int year, QList<Authorship> authors) {
            Work w;
            w.id = QString::fromLatin1(id);
            w.title = w.id;
            w.publicationYear = year;
            w.authorships = std::move(authors);
            w.rawJson = QStringLiteral("{\"id\":\"%1\"}").arg(w.id).toUtf8();
            return w;
        };
        // X wrote with C in 2010 (C at Old) and 2020 (C at New, X's second
        // author slot empty of institutions); C alone in 2023 at Elsewhere.
        QVERIFY(cache.upsertWork(work("W1", 2010, {authorship(0, "A1", "X", nullptr, nullptr),
                                                    authorship(1, "A2", "C", "I1", "Old Institute")})));
        QVERIFY(cache.upsertWork(work("W2", 2020, {authorship(0, "A1", "X", nullptr, nullptr),
                                                    authorship(1, "A2", "C", "I2", "New Institute"),
                                                    authorship(2, "A3", "D", nullptr, nullptr)})));
        QVERIFY(cache.upsertWork(work("W3", 2023, {authorship(0, "A2", "C", "I3", "Elsewhere")})));
        const QList<CoauthorStat> co = cache.coauthors(QStringLiteral("A1"));
        QCOMPARE(co.size(), 2);
        QCOMPARE(co.at(0).id, QStringLiteral("A2"));
        QVERIFY(!co.at(0).isCached);
        QCOMPARE(co.at(0).sharedWorks, 2);
        QCOMPARE(co.at(0).institution, QStringLiteral("New Institute"));
        QCOMPARE(co.at(1).id, QStringLiteral("A3"));
        QCOMPARE(co.at(1).institution, QString()); // never gave one
    }

    void coauthors_rankedBySharedWorks()
    {
        Cache cache;
        QCOMPARE(cache.open(path(QStringLiteral("coauthors.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        const QList<CoauthorStat> co = cache.coauthors(QStringLiteral("A5017898742"));
        QCOMPARE(co.size(), 17);
        QCOMPARE(co.at(0).sharedWorks, 8);
        QCOMPARE(co.at(1).sharedWorks, 8);
        QSet<QString> top{co.at(0).name, co.at(1).name};
        QCOMPARE(top, (QSet<QString>{QStringLiteral("Jonathan C. Roberts"), QStringLiteral("Panagiotis D. Ritsos")}));
        QCOMPARE(co.at(2).name, QStringLiteral("Peter Butcher"));
        QCOMPARE(co.at(2).sharedWorks, 3);
        int total = 0;
        for (const CoauthorStat &c : co) {
            total += c.sharedWorks;
            QVERIFY(c.isCached);
            QVERIFY2(!c.institution.isEmpty(), qPrintable(c.name));
            QVERIFY(c.lastYear >= c.firstYear);
        }
        QCOMPARE(total, 41); // sum of (authors - 1) over the 9 works: 50 authorships - 9
    }

    void search_foldsAccentsAndMatchesPrefixes()
    {
        Cache cache;
        QCOMPARE(cache.open(path(QStringLiteral("search.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        const auto hits = cache.searchAuthors(QStringLiteral("frederic labr"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().name, QStringLiteral("Frédéric Labrosse"));
        QCOMPARE(cache.searchAuthors(QStringLiteral("moller")).first().name, QStringLiteral("Katharina Möller"));
        QVERIFY(cache.searchAuthors(QStringLiteral("\"); DROP TABLE authors; --")).isEmpty());
        QVERIFY(cache.author(QStringLiteral("A5017898742"))); // still there
        QVERIFY(cache.searchWorks(QStringLiteral("photogrammetry")).contains(QStringLiteral("W2241997964")));
        // The last word is a prefix (still being typed), the others whole.
        QVERIFY(cache.searchWorks(QStringLiteral("photogram")).contains(QStringLiteral("W2241997964")));
        QVERIFY(cache.searchWorks(QStringLiteral("\"); DROP TABLE works; --")).isEmpty());
        QCOMPARE(cache.searchWorks(QStringLiteral("photogrammetry"), 1).size(), 1);
    }

    void search_titleMatchesRankFirst_andFtsFollowsEveryWrite()
    {
        Cache cache;
        QCOMPARE(cache.open(path(QStringLiteral("ftsorder.db"))), Cache::OpenStatus::Ok);
        auto work = [](const QString &id, const QString &title, const QString &abstract) {
            Work w;
            w.id = id;
            w.title = title;
            w.abstract = abstract;
            w.rawJson = QString(id + title + abstract).toUtf8();
            return w;
        };
        // Outside a transaction: searchable at once.
        QVERIFY(cache.upsertWork(work(QStringLiteral("W1"), QStringLiteral("Rivers"), QStringLiteral("zyxwort in the abstract only"))));
        QCOMPARE(cache.searchWorks(QStringLiteral("zyxwort")), QStringList{QStringLiteral("W1")});
        // In one transaction: written, rewritten, then searchable at commit with its last text only.
        QVERIFY(cache.beginTransaction());
        QVERIFY(cache.upsertWork(work(QStringLiteral("W2"), QStringLiteral("Old title"), QString())));
        QVERIFY(cache.upsertWork(work(QStringLiteral("W2"), QStringLiteral("Zyxwort in the title"), QString())));
        QVERIFY(cache.upsertWork(work(QStringLiteral("W3"), QStringLiteral("Zyxwortology"), QString())));
        QVERIFY(cache.commit());
        QCOMPARE(cache.searchWorks(QStringLiteral("zyxwort")),
                 (QStringList{QStringLiteral("W2"), QStringLiteral("W1"), QStringLiteral("W3")})); // title, abstract, prefix
        QVERIFY(cache.searchWorks(QStringLiteral("old")).isEmpty());
        // A rolled-back page leaves no search rows behind.
        QVERIFY(cache.beginTransaction());
        QVERIFY(cache.upsertWork(work(QStringLiteral("W4"), QStringLiteral("Zyxwort again"), QString())));
        cache.rollback();
        QVERIFY(!cache.searchWorks(QStringLiteral("zyxwort")).contains(QStringLiteral("W4")));
        QSqlQuery fts(CacheInspector::database(cache));
        QVERIFY(fts.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM works_fts), (SELECT COUNT(*) FROM works)")) && fts.next());
        QCOMPARE(fts.value(0).toInt(), fts.value(1).toInt());
    }

    void searchIndex_ranksAsBm25_andFollowsEveryWrite()
    {
        Cache cache;
        QCOMPARE(cache.open(path(QStringLiteral("searchindex.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        QVERIFY(cache.searchIndexIsCurrent()); // an import leaves them up to date
        // 1,200 works with "graphene" in the title, titles of 1 to 12 words,
        // a few naming it twice: enough titles for it to get a title list.
        const QStringList filler{QStringLiteral("layers"), QStringLiteral("strained"), QStringLiteral("bilayer"),
                                 QStringLiteral("films"), QStringLiteral("transport"), QStringLiteral("optical"),
                                 QStringLiteral("defects"), QStringLiteral("growth"), QStringLiteral("oxide"),
                                 QStringLiteral("sensors"), QStringLiteral("phonons"), QStringLiteral("heritage")};
        std::mt19937 rng(5);
        QVERIFY(cache.beginTransaction());
        for (int i = 0; i < 1200; ++i) {
            QStringList title;
            const int length = 1 + int(rng() % 12);
            for (int k = 1; k < length; ++k)
                title << filler.at(int(rng() % filler.size()));
            title.insert(int(rng() % (title.size() + 1)), i % 97 == 0 ? QStringLiteral("Graphene graphene") : QStringLiteral("Graphene"));
            Work w;
            w.id = QStringLiteral("W9%1").arg(i);
            w.title = title.join(u' ');
            w.abstract = i % 3 ? QStringLiteral("On graphene and its oxide.") : QString();
            w.rawJson = QString(w.id + w.title).toUtf8();
            QVERIFY(cache.upsertWork(w));
        }
        QVERIFY(cache.commit());

        const QStringList queries{QStringLiteral("graphene"), QStringLiteral("GRAPHÈNE"), QStringLiteral("heritage"),
                                  QStringLiteral("visualisations"), QStringLiteral("graphene films"),
                                  QStringLiteral("3d heritage"), QStringLiteral("oxide graph"), QStringLiteral("desktop visualization")};
        // Without statistics the search ranks with FTS5's bm25(). (The demo
        // import built them: back to a cache that never had any.)
        QVERIFY(!cache.searchIndexIsCurrent());
        QSqlQuery reset(CacheInspector::database(cache));
        QVERIFY(reset.exec(QStringLiteral("UPDATE search_state SET value = -1 WHERE name = 'statistics_generation'")));
        QHash<QString, QStringList> bm25;
        for (const QString &q : queries)
            bm25.insert(q, cache.searchWorks(q, 50));
        QCOMPARE(bm25.value(QStringLiteral("graphene")).size(), 50);
        QCOMPARE(bm25.value(QStringLiteral("GRAPHÈNE")), bm25.value(QStringLiteral("graphene")));
        QVERIFY(!bm25.value(QStringLiteral("desktop visualization")).isEmpty());

        Cache::SearchRefresh refresh;
        QVERIFY2(cache.refreshSearchIndex(&refresh), qPrintable(cache.lastError()));
        QVERIFY(refresh.full); // the first time every term is counted
        QCOMPARE(refresh.lists, 1); // graphene, the one term in 1,000 titles
        QVERIFY(cache.searchIndexIsCurrent());
        // The same works in the same order, from the title list for one word
        // and from peerscope_rank for the rest.
        for (const QString &q : queries)
            QVERIFY2(cache.searchWorks(q, 50) == bm25.value(q), qPrintable(q));
        QCOMPARE(cache.searchWorks(QStringLiteral("graphene"), 7), bm25.value(QStringLiteral("graphene")).mid(0, 7));

        // A new work whose title names it four times, the best match there
        // is: the list is out of date, and the search finds the work first all
        // the same.
        Work best;
        best.id = QStringLiteral("W8");
        best.title = QStringLiteral("Graphene, graphene, graphene, graphene");
        best.rawJson = "W8 Graphene";
        QVERIFY(cache.upsertWork(best));
        QVERIFY(!cache.searchIndexIsCurrent());
        QCOMPARE(dirtyTerms(cache), QStringList{QStringLiteral("graphene")});
        QCOMPARE(cache.searchWorks(QStringLiteral("graphene"), 50).first(), QStringLiteral("W8"));
        // Only that list is ranked again.
        QVERIFY(cache.refreshSearchIndex(&refresh));
        QVERIFY(!refresh.full);
        QCOMPARE(refresh.lists, 1);
        QVERIFY(cache.searchIndexIsCurrent());
        QVERIFY(dirtyTerms(cache).isEmpty());
        QCOMPARE(cache.searchWorks(QStringLiteral("graphene"), 50).first(), QStringLiteral("W8"));
        QSqlQuery top(CacheInspector::database(cache));
        QVERIFY(top.exec(QStringLiteral("SELECT w.id FROM works_title_top t JOIN works w ON w.rowid = t.work_rowid "
                                        "WHERE t.term = 'graphene' ORDER BY t.position LIMIT 1")) && top.next());
        QCOMPARE(top.value(0).toString(), QStringLiteral("W8"));
        // A rewritten title leaves the list at once: its old words mark it.
        best.title = QStringLiteral("Carbon nanotubes");
        best.rawJson = "W8 Carbon nanotubes";
        QVERIFY(cache.upsertWork(best));
        QCOMPARE(dirtyTerms(cache), QStringList{QStringLiteral("graphene")});
        QVERIFY(!cache.searchWorks(QStringLiteral("graphene"), 200).contains(QStringLiteral("W8")));
        QCOMPARE(cache.searchWorks(QStringLiteral("nanotubes")), QStringList{QStringLiteral("W8")});
        QVERIFY(cache.refreshSearchIndex());
        const QStringList graphene = cache.searchWorks(QStringLiteral("graphene"), 50);
        QVERIFY(!graphene.contains(QStringLiteral("W8")));
        // A title without a listed word marks nothing: the list stays in use.
        Work other;
        other.id = QStringLiteral("W6");
        other.title = QStringLiteral("Carbon fibres");
        other.rawJson = "W6";
        QVERIFY(cache.upsertWork(other));
        QVERIFY(!cache.searchIndexIsCurrent());
        QVERIFY(dirtyTerms(cache).isEmpty());
        QCOMPARE(cache.searchWorks(QStringLiteral("graphene"), 50), graphene);
    }

    void interruptWhen_stopsTheLongReads_andLosesNothing()
    {
        Cache cache;
        QCOMPARE(cache.open(path(QStringLiteral("interrupt.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        Work w;
        w.id = QStringLiteral("W7");
        w.title = QStringLiteral("Interrupted heritage");
        w.rawJson = "W7";
        QVERIFY(cache.upsertWork(w));
        QVERIFY(!cache.searchIndexIsCurrent());
        // A cache whose statistics were never counted: the long rebuild.
        QSqlQuery never(CacheInspector::database(cache));
        QVERIFY(never.exec(QStringLiteral("UPDATE search_state SET value = -1 WHERE name = 'statistics_generation'")));
        // As when the application quits: every statement stops, and the
        // rebuild leaves the statistics as they were (stale, not half-built).
        std::atomic<bool> stop{true};
        cache.interruptWhen([&stop] { return stop.load(); });
        QVERIFY(!cache.refreshSearchIndex());
        QVERIFY2(cache.lastError().contains(QStringLiteral("interrupt"), Qt::CaseInsensitive), qPrintable(cache.lastError()));
        stop = false;
        QVERIFY(!cache.searchIndexIsCurrent());
        QVERIFY(cache.searchWorks(QStringLiteral("heritage")).contains(QStringLiteral("W7")));
        QVERIFY(cache.refreshSearchIndex());
        QVERIFY(cache.searchIndexIsCurrent());
        QVERIFY(cache.searchWorks(QStringLiteral("heritage")).contains(QStringLiteral("W7")));

        // An integrity check interrupted from another thread reports nothing:
        // being stopped is not damage (a report would move the cache aside).
        // (A connection is used on the thread that opened it.)
        std::mutex mutex;
        const Cache *running = nullptr;
        std::atomic<bool> done{false};
        int checks = 0;
        QStringList reports;
        std::thread checker([&] {
            {
                Cache other;
                if (other.open(path(QStringLiteral("interrupt.db")), Cache::OpenMode::Secondary) == Cache::OpenStatus::Ok) {
                    {
                        std::lock_guard lock(mutex);
                        running = &other;
                    }
                    for (; checks < 50; ++checks) {
                        const QString problem = other.integrityProblem();
                        if (!problem.isEmpty())
                            reports << problem;
                    }
                    std::lock_guard lock(mutex);
                    running = nullptr;
                }
            }
            done = true;
        });
        while (!done) {
            std::lock_guard lock(mutex);
            if (running)
                running->interrupt();
        }
        checker.join();
        QCOMPARE(checks, 50);
        QVERIFY2(reports.isEmpty(), qPrintable(reports.join(u'\n')));
    }

    void migrationFromVersion1_addsTheSearchStatistics()
    {
        const QString file = path(QStringLiteral("v1.db"));
        {
            Cache cache;
            QCOMPARE(cache.open(file), Cache::OpenStatus::Ok);
            QVERIFY(Importer(cache).importDemo().ok());
            // Back to the first schema, as a cache from the first release.
            QSqlQuery q(CacheInspector::database(cache));
            for (const QString &sql : test::backToVersion7(false) + QStringList{QStringLiteral("DROP INDEX works_brief"), QStringLiteral("DROP TABLE search_state"), QStringLiteral("DROP TABLE works_fts_terms"), QStringLiteral("DROP TABLE works_title_top"),
                                    QStringLiteral("DROP TABLE search_dirty_terms"), QStringLiteral("ALTER TABLE works DROP COLUMN fwci"),
                                    QStringLiteral("ALTER TABLE works DROP COLUMN citation_percentile"), QStringLiteral("DROP TABLE work_references"),
                                    QStringLiteral("DROP TABLE citation_state"), QStringLiteral("ALTER TABLE works DROP COLUMN is_slim"),
                                    QStringLiteral("ALTER TABLE works DROP COLUMN reference_count"), QStringLiteral("ALTER TABLE institutions DROP COLUMN lineage"),
                                    QStringLiteral("PRAGMA user_version=1")})
                QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        }
        Cache cache;
        QCOMPARE(cache.open(file), Cache::OpenStatus::Ok);
        QCOMPARE(cache.schemaVersion(), schema::latestVersion());
        QVERIFY(!cache.searchIndexIsCurrent());
        const QStringList before = cache.searchWorks(QStringLiteral("heritage"));
        QVERIFY(before.contains(QStringLiteral("W2241997964")));
        QVERIFY(cache.refreshSearchIndex());
        QVERIFY(cache.searchIndexIsCurrent());
        QCOMPARE(cache.searchWorks(QStringLiteral("heritage")), before);
    }

    void migrationFromVersion2_derivesFwciAndPercentileFromRawJson()
    {
        const QString file = path(QStringLiteral("v2.db"));
        {
            Cache cache;
            QCOMPARE(cache.open(file), Cache::OpenStatus::Ok);
            QVERIFY(Importer(cache).importDemo().ok());
            // Back to schema 2: the columns did not exist, the values only in raw_json.
            QSqlQuery q(CacheInspector::database(cache));
            for (const QString &sql : test::backToVersion7(false) + QStringList{QStringLiteral("DROP INDEX works_brief"), QStringLiteral("ALTER TABLE works DROP COLUMN fwci"), QStringLiteral("ALTER TABLE works DROP COLUMN citation_percentile"),
                                    // json_extract refuses malformed JSON: such a row must not stop the upgrade.
                                    QStringLiteral("UPDATE works SET raw_json = '{\"fwci\": 3, broken' WHERE id = 'W2612755892'"),
                                    QStringLiteral("DROP TABLE work_references"), QStringLiteral("DROP TABLE citation_state"),
                                    QStringLiteral("ALTER TABLE works DROP COLUMN is_slim"), QStringLiteral("ALTER TABLE works DROP COLUMN reference_count"),
                                    QStringLiteral("ALTER TABLE institutions DROP COLUMN lineage"), QStringLiteral("PRAGMA user_version=2")})
                QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        }
        Cache cache;
        QCOMPARE(cache.open(file), Cache::OpenStatus::Ok);
        QCOMPARE(cache.schemaVersion(), schema::latestVersion());
        QSqlQuery q(CacheInspector::database(cache));
        QVERIFY(q.exec(QStringLiteral("SELECT id, fwci, citation_percentile FROM works ORDER BY id")));
        QHash<QString, QPair<QVariant, QVariant>> values;
        while (q.next())
            values.insert(q.value(0).toString(), {q.value(1), q.value(2)});
        QCOMPARE(values.size(), 9);
        QCOMPARE(values.value(QStringLiteral("W2250748100")).first.toDouble(), 6.226);
        QCOMPARE(values.value(QStringLiteral("W2250748100")).second.toDouble(), 0.973323);
        QCOMPARE(values.value(QStringLiteral("W3200026003")).first.toDouble(), 0.36);
        QVERIFY(!values.value(QStringLiteral("W2241997964")).first.isNull()); // 0 is a value, not unknown
        QCOMPARE(values.value(QStringLiteral("W2241997964")).first.toDouble(), 0.0);
        QVERIFY(values.value(QStringLiteral("W3188841554")).first.isNull());  // "fwci": null
        QVERIFY(!values.value(QStringLiteral("W3188841554")).second.isNull());
        QVERIFY(values.value(QStringLiteral("W2612755892")).first.isNull());  // malformed raw_json
        // What the table and the profile read.
        const QList<PublicationRow> rows = PublicationTableModel::loadRows(cache, QStringLiteral("A5017898742")).value();
        for (const PublicationRow &r : rows) {
            if (r.id == QLatin1String("W2250748100"))
                QCOMPARE(r.fwci, 6.226);
            if (r.id == QLatin1String("W3188841554"))
                QCOMPARE(r.fwci, -1.0);
        }
        const Profile profile = loadProfile(cache, QStringLiteral("A5017898742"), 2026);
        QCOMPARE(profile.metrics.fwciPapers, 7); // nine works: one null, one unreadable
        QVERIFY(profile.metrics.meanFwci > 0.8 && profile.metrics.meanFwci < 1.0); // (6.226 + 0.36) / 7
        QCOMPARE(profile.metrics.meanFwci, (6.226 + 0.36) / 7);
    }

    // A cache from before citations holds every work's referenced_works in
    // its raw JSON only: the upgrade derives the pairs and the counts, with
    // no network, and a malformed row does not stop it.
    void migrationFromVersion3_derivesReferencesFromRawJson()
    {
        // Expected, from the raw JSON read here with QJsonDocument.
        QHash<QString, QStringList> expected;
        const QString file = path(QStringLiteral("v3.db"));
        {
            Cache cache;
            QCOMPARE(cache.open(file), Cache::OpenStatus::Ok);
            QVERIFY(Importer(cache).importDemo().ok());
            QSqlQuery q(CacheInspector::database(cache));
            QVERIFY(q.exec(QStringLiteral("SELECT id, raw_json FROM works")));
            while (q.next()) {
                QStringList refs;
                for (const QJsonValue &v : QJsonDocument::fromJson(q.value(1).toByteArray()).object().value(QLatin1String("referenced_works")).toArray())
                    refs << v.toString().section(u'/', -1);
                refs.sort();
                expected.insert(q.value(0).toString(), refs);
            }
            for (const QString &sql : test::backToVersion7(false) + QStringList{QStringLiteral("DROP INDEX works_brief"), QStringLiteral("DROP TABLE work_references"), QStringLiteral("DROP TABLE citation_state"),
                                    QStringLiteral("ALTER TABLE works DROP COLUMN is_slim"), QStringLiteral("ALTER TABLE works DROP COLUMN reference_count"),
                                    QStringLiteral("UPDATE works SET raw_json = '{\"referenced_works\": [broken' WHERE id = 'W2612755892'"),
                                    QStringLiteral("ALTER TABLE institutions DROP COLUMN lineage"), QStringLiteral("PRAGMA user_version=3")})
                QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        }
        expected.insert(QStringLiteral("W2612755892"), {});
        int withReferences = 0;
        for (const QStringList &refs : std::as_const(expected))
            withReferences += refs.isEmpty() ? 0 : 1;
        QVERIFY2(withReferences >= 3, "the demo data should hold works with references");

        Cache cache;
        QCOMPARE(cache.open(file), Cache::OpenStatus::Ok);
        QCOMPARE(cache.schemaVersion(), schema::latestVersion());
        QSqlQuery q(CacheInspector::database(cache));
        QHash<QString, QStringList> derived;
        QVERIFY(q.exec(QStringLiteral("SELECT citing_id, cited_id FROM work_references ORDER BY citing_id, cited_id")));
        while (q.next())
            derived[q.value(0).toString()] << q.value(1).toString();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(derived.value(it.key()), it.value());
        QCOMPARE(derived.size(), withReferences);
        QVERIFY(q.exec(QStringLiteral("SELECT id, reference_count, is_slim FROM works")));
        while (q.next()) {
            const QString id = q.value(0).toString();
            QCOMPARE(q.value(2).toInt(), 0);
            if (id == QLatin1String("W2612755892"))
                QVERIFY(q.value(1).isNull()); // unreadable: unknown, not "none"
            else
                QCOMPARE(q.value(1).toInt(), int(expected.value(id).size()));
        }
    }

    // Schema 6: the citation briefs read through an index that holds every
    // column they show, not through the table rows; a cache of schema 5
    // gets it on opening, and the briefs read the same either way.
    void migrationFromVersion5_addsTheBriefIndex()
    {
        const QString file = path(QStringLiteral("v5.db"));
        QList<CitationWorkBrief> before;
        QStringList ids;
        {
            Cache cache;
            QCOMPARE(cache.open(file), Cache::OpenStatus::Ok);
            QVERIFY(Importer(cache).importDemo().ok());
            QSqlQuery q(CacheInspector::database(cache));
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM works ORDER BY cited_by_count DESC")));
            while (q.next())
                ids << q.value(0).toString();
            ids << QStringLiteral("W404"); // not cached: no brief
            QVERIFY(ids.size() > 3);
            const auto read = CitationQueries(cache).briefs(ids);
            QVERIFY2(read.ok(), qPrintable(read.error()));
            before = *read;
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT w.title, w.fwci, w.reference_count FROM works w "
                                          "INDEXED BY works_brief WHERE w.id = 'W1'")));
            QString plan;
            while (q.next())
                plan += q.value(3).toString();
            QVERIFY2(plan.contains(QLatin1String("COVERING INDEX works_brief")), qPrintable(plan));
            for (const QString &sql : test::backToVersion7(false) + QStringList{QStringLiteral("DROP INDEX works_brief"), QStringLiteral("PRAGMA user_version=5")})
                QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        }
        Cache cache;
        QCOMPARE(cache.open(file), Cache::OpenStatus::Ok);
        QCOMPARE(cache.schemaVersion(), schema::latestVersion());
        QSqlQuery q(CacheInspector::database(cache));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'works_brief'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        const auto after = CitationQueries(cache).briefs(ids);
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(after->size(), ids.size() - 1);
        QCOMPARE(after->size(), before.size());
        // Every brief against the table itself, read with plain SQL.
        for (const CitationWorkBrief &b : *after) {
            QCOMPARE(ids.at(b.index), b.id);
            QVERIFY(q.exec(QStringLiteral("SELECT title, COALESCE(publication_year, 0), cited_by_count FROM works WHERE id = '%1'").arg(b.id)));
            QVERIFY(q.next());
            QCOMPARE(b.title, q.value(0).toString());
            QCOMPARE(b.year, q.value(1).toInt());
            QCOMPARE(b.citedByCount, q.value(2).toInt());
        }
    }

    // A slim record (select=) never overwrites a full one; a full one
    // replaces a slim one; a record without the list keeps the known pairs.
    void slimWorks_neverOverwriteFullRecords()
    {
        Cache cache;
        QCOMPARE(cache.open(path(QStringLiteral("slim.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        const QString id = QStringLiteral("W2250748100");
        const Work full = *cache.work(id);
        QVERIFY(full.referencesListed);
        Work slim;
        slim.id = id;
        slim.title = QStringLiteral("Slim title");
        slim.citedByCount = 1;
        slim.rawJson = "{\"id\":\"W2250748100\"}";
        QVERIFY(cache.upsertSlimWork(slim));
        QCOMPARE(cache.work(id)->title, full.title);

        Work other = slim;
        other.id = QStringLiteral("W4000000001");
        other.referencesListed = true;
        other.referencedWorks = {id, QStringLiteral("W4000000002")};
        other.rawJson = "{\"id\":\"W4000000001\"}";
        QVERIFY(cache.upsertSlimWork(other));
        QSqlQuery q(CacheInspector::database(cache));
        QVERIFY(q.exec(QStringLiteral("SELECT is_slim, reference_count, title FROM works WHERE id = 'W4000000001'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 2);
        // A later slim record without the list (select= without it) keeps the pairs.
        Work withoutList = other;
        withoutList.referencesListed = false;
        withoutList.referencedWorks.clear();
        withoutList.title = QStringLiteral("Renamed");
        withoutList.rawJson = "{\"id\":\"W4000000001\",\"x\":1}";
        QVERIFY(cache.upsertSlimWork(withoutList));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM work_references WHERE citing_id = 'W4000000001'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(QStringLiteral("SELECT is_slim, reference_count, title FROM works WHERE id = 'W4000000001'")) && q.next());
        QCOMPARE(q.value(1).toInt(), 2);
        QCOMPARE(q.value(2).toString(), QStringLiteral("Renamed"));
        // The full record replaces the slim one, and its list replaces the pairs.
        Work upgraded = other;
        upgraded.title = QStringLiteral("Full title");
        upgraded.referencedWorks = {QStringLiteral("W4000000003")};
        upgraded.rawJson = "{\"id\":\"W4000000001\",\"full\":true}";
        QVERIFY(cache.upsertWork(upgraded));
        QVERIFY(q.exec(QStringLiteral("SELECT is_slim, reference_count, title FROM works WHERE id = 'W4000000001'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toString(), QStringLiteral("Full title"));
        QVERIFY(q.exec(QStringLiteral("SELECT cited_id FROM work_references WHERE citing_id = 'W4000000001'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("W4000000003"));
        QVERIFY(!q.next());
    }

    void resolve_idOrcidAndName()
    {
        Cache cache;
        QCOMPARE(cache.open(path(QStringLiteral("resolve.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        using S = AuthorResolution::Status;
        QCOMPARE(resolveAuthor(cache, QStringLiteral("https://openalex.org/A5017898742")).status, S::Found);
        QCOMPARE(resolveAuthor(cache, QStringLiteral("A0000000000")).status, S::NotCached);
        const AuthorResolution byOrcid = resolveAuthor(cache, QStringLiteral("https://orcid.org/0000-0001-7718-3181"));
        QCOMPARE(byOrcid.status, S::Found);
        QCOMPARE(byOrcid.id, QStringLiteral("A5009341822"));
        const AuthorResolution byName = resolveAuthor(cache, QStringLiteral("j. w. mearman"));
        QCOMPARE(byName.status, S::Found);
        QCOMPARE(byName.id, QStringLiteral("A5017898742"));
        const AuthorResolution wilson = resolveAuthor(cache, QStringLiteral("Wilson"));
        QCOMPARE(wilson.status, S::Ambiguous);
        QCOMPARE(wilson.candidates.size(), 2);
        QCOMPARE(resolveAuthor(cache, QStringLiteral("Nobody Atall")).status, S::NoMatch);
        QCOMPARE(resolveAuthor(cache, QStringLiteral("W2250748100")).status, S::Invalid);
    }

    // A cache whose authors cannot be read answers "could not read", never
    // "not in the cache" (which would send the user to sync what they have).
    void resolve_failedRead_isAnErrorNotNotCached()
    {
        const QString file = path(QStringLiteral("resolve-broken.db"));
        {
            Cache cache;
            QCOMPARE(cache.open(file), Cache::OpenStatus::Ok);
            QVERIFY(Importer(cache).importDemo().ok());
        }
        QString why;
        QVERIFY2(test::hideTable(file, QStringLiteral("authors"), &why), qPrintable(why));
        Cache cache;
        QCOMPARE(cache.open(file), Cache::OpenStatus::Ok);
        using S = AuthorResolution::Status;
        for (const QString &argument : {QStringLiteral("A5017898742"), QStringLiteral("0000-0001-7718-3181"), QStringLiteral("Mearman")}) {
            const AuthorResolution r = resolveAuthor(cache, argument);
            QCOMPARE(r.status, S::ReadFailed);
            QVERIFY(!r.error.isEmpty());
        }
    }

    void alias_redirectsOldId()
    {
        Cache cache;
        QCOMPARE(cache.open(path(QStringLiteral("alias.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        QVERIFY(cache.addAuthorAlias(QStringLiteral("A1111111111"), QStringLiteral("A5017898742")));
        QCOMPARE(cache.author(QStringLiteral("A1111111111"))->name, QStringLiteral("Joseph Mearman"));
        QCOMPARE(resolveAuthor(cache, QStringLiteral("A1111111111")).id, QStringLiteral("A5017898742"));
    }

    void corruptFile_isMovedAsideNeverDeleted()
    {
        const QString file = path(QStringLiteral("corrupt.db"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray garbage = QByteArray("this is not a database at all\n").repeated(100);
        f.write(garbage);
        f.close();
        Cache cache;
        QCOMPARE(cache.open(file), Cache::OpenStatus::Recovered);
        QVERIFY(cache.errorString().contains(QLatin1String("moved")));
        QVERIFY(QFile::exists(cache.movedAsidePath()));
        QFile aside(cache.movedAsidePath());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), garbage);
        QCOMPARE(cache.schemaVersion(), schema::latestVersion());
    }

    void truncatedDatabase_isMovedAside()
    {
        const QString good = path(QStringLiteral("truncate-src.db"));
        {
            Cache cache;
            QCOMPARE(cache.open(good), Cache::OpenStatus::Ok);
            QVERIFY(Importer(cache).importDemo().ok());
            QSqlQuery q(CacheInspector::database(cache));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile src(good);
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QByteArray bytes = src.readAll();
        QVERIFY(bytes.size() > 8192);
        const QString cut = path(QStringLiteral("truncated.db"));
        QFile dst(cut);
        QVERIFY(dst.open(QIODevice::WriteOnly));
        dst.write(bytes.left(bytes.size() / 3));
        dst.close();
        Cache cache;
        QCOMPARE(cache.open(cut), Cache::OpenStatus::Recovered);
        QVERIFY(QFile::exists(cache.movedAsidePath()));
    }

    void futureSchema_isRefusedAndUntouched()
    {
        const QString file = path(QStringLiteral("future.db"));
        {
            Cache cache;
            QCOMPARE(cache.open(file), Cache::OpenStatus::Ok);
            QSqlQuery q(CacheInspector::database(cache));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=999")));
        }
        Cache cache;
        QCOMPARE(cache.open(file), Cache::OpenStatus::TooNew);
        QVERIFY(cache.errorString().contains(QLatin1String("newer")));
        QVERIFY(!cache.isOpen());
        Cache again;
        QCOMPARE(again.open(file), Cache::OpenStatus::TooNew); // still there, not replaced
    }

    void readOnlyFile_isRefusedWithAClearMessage()
    {
        if (geteuid() == 0)
            QSKIP("root ignores file permissions");
        const QString file = path(QStringLiteral("ro.db"));
        {
            Cache cache;
            QCOMPARE(cache.open(file), Cache::OpenStatus::Ok);
        }
        QFile::setPermissions(file, QFile::ReadOwner);
        Cache cache;
        QCOMPARE(cache.open(file), Cache::OpenStatus::ReadOnly);
        QVERIFY(cache.errorString().contains(QLatin1String("read-only")));
    }

    void failedWrite_rollsBackTheWholePage()
    {
        Cache cache;
        QCOMPARE(cache.open(path(QStringLiteral("rollback.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        const auto before = cache.rowCounts();
        // The disk "fails" on the second work of the page.
        QSqlQuery trigger(CacheInspector::database(cache));
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE TEMP TRIGGER fail_w2 BEFORE INSERT ON works WHEN NEW.id = 'W2' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        Importer importer(cache);
        ImportReport report;
        QVERIFY(!importer.importDocument(
            R"({"meta":{"count":2},"results":[{"id":"https://openalex.org/W1","title":"First"},{"id":"https://openalex.org/W2","title":"Second"}]})",
            QStringLiteral("page.json"), &report));
        QCOMPARE(report.errors.size(), 1);
        QVERIFY(report.errors.first().contains(QLatin1String("page.json")));
        QVERIFY(!cache.work(QStringLiteral("W1")));
        QCOMPARE(cache.rowCounts(), before);
    }
};

QTEST_GUILESS_MAIN(tst_Cache)
#include "tst_cache.moc"
