#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;
using test::runPeerscope;

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_db;

    test::ProcessResult run(const QStringList &args)
    {
        return runPeerscope(QStringList{QStringLiteral("--db"), m_db} + args, m_home.path());
    }

    QHash<QString, qint64> rowCounts(const QString &db)
    {
        QHash<QString, qint64> counts;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("counts"));
            c.setDatabaseName(db);
            if (!c.open())
                return counts;
            QSqlQuery tables(c);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &n : names) {
                QSqlQuery q(c);
                if (q.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(n)) && q.next())
                    counts.insert(n, q.value(0).toLongLong());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("counts"));
        return counts;
    }

private slots:
    void init()
    {
        QVERIFY(m_home.isValid());
        m_db = m_home.filePath(QStringLiteral("T-%1.db").arg(QTest::currentTestFunction()));
    }

    void importThenShow_presentsTheDemoAuthor()
    {
        const auto imported = run({QStringLiteral("import"), test::fixturesDir()});
        QCOMPARE(imported.exitCode, 0);
        const auto shown = run({QStringLiteral("show"), QStringLiteral("A5017898742")});
        QCOMPARE(shown.exitCode, 0);
        const QString out = QString::fromUtf8(shown.out);
        QVERIFY(out.startsWith(QLatin1String("Joseph Mearman\n")));
        QVERIFY(out.contains(QLatin1String("Bangor University")));
        QVERIFY(out.contains(QLatin1String("Works:       9 (OpenAlex: 9)")));
        QVERIFY(out.contains(QLatin1String("h-index:     2 (OpenAlex: 2)")));
        QVERIFY(out.contains(QLatin1String("Co-authors (17)")));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("\\n\\s+8  A5009341822\\s+Jonathan C\\. Roberts"))));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("\\n\\s+3  A5032473237\\s+Peter Butcher"))));
        QVERIFY(out.contains(QLatin1String("Augmented Reality Applications")));
        QVERIFY(shown.err.isEmpty());
    }

    void showJson_hasSharedWorkCounts()
    {
        QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
        const auto shown = run({QStringLiteral("show"), QStringLiteral("https://openalex.org/A5017898742"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Joseph Mearman"));
        QCOMPARE(o.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("works")).toInt(), 9);
        QCOMPARE(o.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("citations")).toInt(), 41);
        const QJsonArray co = o.value(QStringLiteral("coauthors")).toArray();
        QCOMPARE(co.size(), 17);
        QHash<QString, int> shared;
        for (const QJsonValue &v : co)
            shared.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject().value(QStringLiteral("shared_works")).toInt());
        QCOMPARE(shared.value(QStringLiteral("Panagiotis D. Ritsos")), 8);
        QCOMPARE(shared.value(QStringLiteral("Frédéric Labrosse")), 2);
        QCOMPARE(shared.value(QStringLiteral("Katharina Möller")), 1);
    }

    void searchWorks_listsRankedCachedWorks()
    {
        QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
        auto r = run({QStringLiteral("search"), QStringLiteral("--works"), QStringLiteral("photogrammetry"), QStringLiteral("heritage")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first(), QByteArray("W2241997964\t2014\tHarnessing Photogrammetry to Create Alternative Views in Heritage\tJoel Roberts"));
        // Title matches first: "visualisation" is in titles of two works and
        // the abstract of others.
        r = run({QStringLiteral("search"), QStringLiteral("--works"), QStringLiteral("--json"), QStringLiteral("visualisations")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
        QVERIFY(hits.size() >= 2);
        for (const QJsonValue &h : hits)
            QVERIFY(h[QStringLiteral("id")].toString().startsWith(u'W'));
        QVERIFY2(hits.first()[QStringLiteral("title")].toString().contains(QStringLiteral("Visualisations"), Qt::CaseInsensitive),
                 r.out.constData());
        // Nothing found: exit 2, a message, no data.
        r = run({QStringLiteral("search"), QStringLiteral("--works"), QStringLiteral("zyxwvut")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("No cached work matches 'zyxwvut'"));
        // --works asks the cache: with --remote it is a usage error.
        r = run({QStringLiteral("search"), QStringLiteral("--works"), QStringLiteral("--remote"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--remote"));
    }

    void importTwice_leavesEveryRowCountUnchanged()
    {
        QCOMPARE(run({QStringLiteral("import"), test::fixturesDir()}).exitCode, 0);
        const auto first = rowCounts(m_db);
        QVERIFY(first.value(QStringLiteral("works")) >= 9);
        QCOMPARE(run({QStringLiteral("import"), test::fixturesDir()}).exitCode, 0);
        QCOMPARE(rowCounts(m_db), first);
    }

    void showUnknownAuthor_exits2()
    {
        QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
        const auto r = run({QStringLiteral("show"), QStringLiteral("A0000000000")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("A0000000000"));
    }

    void malformedImport_exits1NamesTheFileAndKeepsTheCache()
    {
        QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
        const auto before = rowCounts(m_db);
        const QString bad = m_home.filePath(QStringLiteral("broken-page.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"meta\":{\"count\":1},\"results\":[{\"id\":\"https://openalex.org/W1\",\"title\":");
        f.close();
        const auto r = run({QStringLiteral("import"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("broken-page.json"));
        QCOMPARE(rowCounts(m_db), before);
        QCOMPARE(run({QStringLiteral("show"), QStringLiteral("A5017898742")}).exitCode, 0);
    }

    void ambiguousName_listsCandidatesAndExits1()
    {
        QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
        const auto r = run({QStringLiteral("show"), QStringLiteral("Wilson")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("A5101495888"));
        QVERIFY(r.err.contains("A5103202491"));
        const auto exact = run({QStringLiteral("show"), QStringLiteral("Andrew T. Wilson")});
        QCOMPARE(exact.exitCode, 0);
        QVERIFY(exact.out.startsWith("Andrew T. Wilson"));
    }

    void searchAndWorks_printData()
    {
        QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
        const auto s = run({QStringLiteral("search"), QStringLiteral("ritsos")});
        QCOMPARE(s.exitCode, 0);
        QVERIFY(s.out.startsWith("A5065371627\tPanagiotis D. Ritsos\t"));
        const auto none = run({QStringLiteral("search"), QStringLiteral("zzyzx")});
        QCOMPARE(none.exitCode, 2);
        const auto w = run({QStringLiteral("works"), QStringLiteral("A5017898742"), QStringLiteral("--json")});
        QCOMPARE(w.exitCode, 0);
        const QJsonArray works = QJsonDocument::fromJson(w.out).array();
        QCOMPARE(works.size(), 9);
        QSet<QString> ids;
        for (const QJsonValue &v : works)
            ids.insert(v.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(ids.contains(QStringLiteral("W3188841554")));
        QVERIFY(ids.contains(QStringLiteral("W3187234764")));
    }

    void badUsage_exits1WithHelp()
    {
        auto r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("unknown command"));
        r = run({QStringLiteral("show")});
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("show"), QStringLiteral("A5017898742"), QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("bogus"));
        r = runPeerscope({QStringLiteral("--db")}, m_home.path());
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("import"), m_home.filePath(QStringLiteral("does-not-exist.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("does-not-exist.json"));
        const auto help = runPeerscope({QStringLiteral("--help")}, m_home.path());
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("show AUTHOR"));
        const auto version = runPeerscope({QStringLiteral("--version")}, m_home.path());
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("peerscope "));
    }

    void corruptCache_exits4AndKeepsTheFile()
    {
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const auto r = run({QStringLiteral("show"), QStringLiteral("A5017898742")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("moved"));
        const QStringList aside = QDir(m_home.path()).entryList({QFileInfo(m_db).fileName() + QStringLiteral(".damaged-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(m_home.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(4096, 'x'));
    }

    void defaultCache_startsWithTheDemo()
    {
        QTemporaryDir home;
        const auto first = runPeerscope({QStringLiteral("show"), QStringLiteral("A5017898742")}, home.path());
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out.startsWith("Joseph Mearman"));
        QVERIFY(first.err.contains("demo"));
        // Only a new default cache gets it, and only once.
        const auto again = runPeerscope({QStringLiteral("show"), QStringLiteral("A5017898742")}, home.path());
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.err.isEmpty());
        QCOMPARE(run({QStringLiteral("show"), QStringLiteral("A5017898742")}).exitCode, 2); // an explicit --db starts empty
    }

    void noDisplay_printsTheDemoProfileInstead()
    {
        const auto r = run({});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("no display"));
        QVERIFY(r.out.startsWith("Joseph Mearman"));
    }

    void show_includesTheTrustSnapshot()
    {
        QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
        const auto text = run({QStringLiteral("show"), QStringLiteral("A5017898742")});
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        // Between the metrics and the topics, worded as in the window.
        const qsizetype trustAt = out.indexOf(QStringLiteral("\nTrust 59 · Established\n"));
        QVERIFY2(trustAt > out.indexOf(QLatin1String("Mean FWCI:")), qPrintable(out));
        QVERIFY(trustAt < out.indexOf(QLatin1String("\nTopics (")));
        QVERIFY(out.contains(QStringLiteral("  Verification L1 · Unclaimed\n")));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("\\n  Identity +5/30\\n"))));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("\\n  Affiliation +15/15\\n"))));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("\\n    ORCID +0/15  No ORCID on the record \\(unclaimed\\)  \\[OpenAlex author record\\]\\n"))));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("\\n    Latest work +6/10  Latest cached work in 2021  \\[cached works \\(9\\)\\]\\n"))));
        QVERIFY(out.contains(QLatin1String("  No conflation or duplicate warnings.\n")));

        const auto json = run({QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("A5017898742")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject trust = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("trust")).toObject();
        QCOMPARE(trust.value(QStringLiteral("level")).toInt(), 1);
        QCOMPARE(trust.value(QStringLiteral("level_text")).toString(), QStringLiteral("L1"));
        QCOMPARE(trust.value(QStringLiteral("claim")).toString(), QStringLiteral("Unclaimed"));
        QCOMPARE(trust.value(QStringLiteral("score")).toInt(), 59);
        QCOMPARE(trust.value(QStringLiteral("band")).toString(), QStringLiteral("established"));
        QCOMPARE(trust.value(QStringLiteral("band_text")).toString(), QStringLiteral("Established"));
        const QJsonArray groups = trust.value(QStringLiteral("groups")).toArray();
        QStringList keys;
        int score = 0;
        int max = 0;
        for (const QJsonValue &g : groups) {
            keys << g[QStringLiteral("key")].toString();
            int points = 0;
            for (const QJsonValue &item : g[QStringLiteral("items")].toArray()) {
                QVERIFY(!item[QStringLiteral("key")].toString().isEmpty());
                QVERIFY(!item[QStringLiteral("name")].toString().isEmpty());
                QVERIFY(!item[QStringLiteral("reason")].toString().isEmpty());
                QVERIFY(!item[QStringLiteral("source")].toString().isEmpty());
                QVERIFY(item[QStringLiteral("points")].toInt() <= item[QStringLiteral("max")].toInt());
                points += item[QStringLiteral("points")].toInt();
            }
            QCOMPARE(g[QStringLiteral("points")].toInt(), points);
            score += points;
            max += g[QStringLiteral("max")].toInt();
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("identity"), QStringLiteral("affiliation"), QStringLiteral("consistency"),
                                    QStringLiteral("footprint"), QStringLiteral("recency"), QStringLiteral("network")}));
        QCOMPARE(score, 59);
        QCOMPARE(max, 100);
        QCOMPARE(groups.at(0)[QStringLiteral("points")].toInt(), 5);
        QVERIFY(trust.value(QStringLiteral("warnings")).isArray());
        QVERIFY(trust.value(QStringLiteral("warnings")).toArray().isEmpty());
    }

    void show_listsConflationAndDuplicateWarnings()
    {
        QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
        // Before: Andrew T. Wilson has a possible duplicate, Andrew Wilson.
        auto json = run({QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("A5101495888")});
        QCOMPARE(json.exitCode, 0);
        QJsonArray warnings = QJsonDocument::fromJson(json.out)[QStringLiteral("trust")][QStringLiteral("warnings")].toArray();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first()[QStringLiteral("kind")].toString(), QStringLiteral("duplicate"));
        QCOMPARE(warnings.first()[QStringLiteral("other_author")].toString(), QStringLiteral("A5103202491"));
        // Merged, the person's works carry two ORCIDs: one conflation warning.
        QCOMPARE(run({QStringLiteral("identity"), QStringLiteral("merge"), QStringLiteral("A5101495888"), QStringLiteral("A5103202491")}).exitCode, 0);
        json = run({QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("A5101495888")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject trust = QJsonDocument::fromJson(json.out)[QStringLiteral("trust")].toObject();
        warnings = trust.value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        const QJsonObject w = warnings.first().toObject();
        QCOMPARE(w.value(QStringLiteral("kind")).toString(), QStringLiteral("conflation"));
        QCOMPARE(w.value(QStringLiteral("finding")).toString(), QStringLiteral("several_orcids"));
        QVERIFY(w.value(QStringLiteral("message")).toString().contains(QLatin1String("0000-0002-9704-2332")));
        QCOMPARE(w.value(QStringLiteral("evidence")).toArray().size(), 2);
        QCOMPARE(trust.value(QStringLiteral("groups")).toArray().at(2)[QStringLiteral("items")].toArray().at(0)[QStringLiteral("points")].toInt(), 5);
        const auto text = run({QStringLiteral("show"), QStringLiteral("A5101495888")});
        QVERIFY(text.out.contains("  ! Possible conflation: 2 different ORCIDs"));
        QVERIFY(text.out.contains("      ORCID 0000-0002-9704-2332 on 1 work"));
    }

    void unreadableCache_showAndConflationExit4()
    {
        QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("break"));
            c.setDatabaseName(m_db);
            QVERIFY(c.open());
            QVERIFY(QSqlQuery(c).exec(QStringLiteral("DROP TABLE authorship_institutions")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("break"));
        // A failed read is an error, never a clean record.
        const auto shown = run({QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("A5017898742")});
        QCOMPARE(shown.exitCode, 4);
        QVERIFY(shown.out.isEmpty());
        QVERIFY2(shown.err.contains("authorship_institutions"), shown.err.constData());
        const auto conflation = run({QStringLiteral("identity"), QStringLiteral("conflation"), QStringLiteral("A5017898742")});
        QCOMPARE(conflation.exitCode, 4);
        QVERIFY(conflation.err.contains("authorship_institutions"));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
