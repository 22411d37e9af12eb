// The multi-row statements of a team server's bulk writes
// (models/cache/bulkrows.h), and the rows they leave on a real PostgreSQL
// compared with a file's, written one by one.

#include "cache/bulkrows.h"
#include "cache/cache.h"
#include "cacheinspector.h"
#include "pgtestserver.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;
using test::PgTestServer;

namespace {

QVariant nullText() { return QVariant(QMetaType(QMetaType::QString)); }

// Every row of the tables a work writes, as text, sorted.
QStringList rowsOf(const Cache &cache)
{
    QStringList out;
    const QStringList statements{
        QStringLiteral("SELECT id, title, COALESCE(doi, '<null>'), cited_by_count, reference_count FROM works"),
        QStringLiteral("SELECT work_id, position, author_id, author_name, COALESCE(orcid, '<null>') FROM authorships"),
        QStringLiteral("SELECT work_id, position, institution_id FROM authorship_institutions"),
        QStringLiteral("SELECT id, display_name, COALESCE(ror, '<null>'), is_stub FROM institutions"),
        QStringLiteral("SELECT work_id, position, topic_id FROM work_topics"),
        QStringLiteral("SELECT id, display_name, COALESCE(subfield, '<null>'), is_stub FROM topics"),
        QStringLiteral("SELECT work_id, keyword FROM work_keywords"),
        QStringLiteral("SELECT work_id, year, cited_by_count FROM work_counts_by_year"),
        QStringLiteral("SELECT citing_id, cited_id FROM work_references"),
        QStringLiteral("SELECT w.id, f.title FROM works_fts f JOIN works w ON w.rowid = f.rowid"),
        QStringLiteral("SELECT id, display_name FROM authors"),
        QStringLiteral("SELECT author_id, name_key FROM author_name_keys"),
        QStringLiteral("SELECT author_id, year, works_count FROM author_counts_by_year"),
        QStringLiteral("SELECT a.id, f.name FROM authors_fts f JOIN authors a ON a.rowid = f.rowid"),
    };
    for (const QString &sql : statements) {
        QSqlQuery q(CacheInspector::database(cache));
        if (!q.exec(sql)) {
            out << QStringLiteral("ERROR ") + sql;
            continue;
        }
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            out << sql.section(u' ', -1) + u':' + values.join(u'|');
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

Work sampleWork(const QString &id, int references, int citations)
{
    Work w;
    w.id = id;
    w.title = QStringLiteral("Bulk rows of ") + id;
    w.citedByCount = citations;
    w.rawJson = QByteArray("{\"id\":\"") + id.toUtf8() + "\",\"c\":" + QByteArray::number(citations) + '}';
    for (int i = 0; i < 3; ++i) {
        Authorship a;
        a.position = i;
        a.authorId = QStringLiteral("A%1").arg(100 + i);
        a.authorName = QStringLiteral("Author %1").arg(i);
        a.orcid = i == 1 ? QStringLiteral("0000-0001-0000-000%1").arg(i) : QString(); // NULL for the others
        InstitutionRef inst;
        inst.id = QStringLiteral("I%1").arg(7 + i % 2);
        inst.name = QStringLiteral("Institute %1").arg(i % 2);
        a.institutions << inst;
        w.authorships << a;
    }
    TopicShare t;
    t.id = QStringLiteral("T1");
    t.name = QStringLiteral("Topic");
    w.topics << t;
    // The same topic again, now with its subfield: the stub keeps the name
    // and gains the subfield, whichever way it is written.
    TopicShare again = t;
    again.subfield = QStringLiteral("Subfield");
    w.topics << again;
    w.keywords << QStringLiteral("rows") << QStringLiteral("bulk") << QStringLiteral("rows");
    w.countsByYear << YearCount{2020, 0, citations} << YearCount{2021, 0, 1};
    w.referencesListed = true;
    for (int i = 0; i < references; ++i)
        w.referencedWorks << QStringLiteral("W%1").arg(900000 + (i * 7919) % references);
    return w;
}

Author sampleAuthor(const QString &id, const QString &name)
{
    Author a;
    a.id = id;
    a.name = name;
    a.rawJson = QByteArray("{\"id\":\"") + id.toUtf8() + "\",\"n\":\"" + name.toUtf8() + "\"}";
    a.countsByYear << YearCount{2020, 3, 4} << YearCount{2020, 5, 6}; // the same year twice: the last stays
    return a;
}

// What both backends are given: two transactions, the same work and the
// same author twice in the first (the second write replaces the first),
// a large reference list, and an unchanged rewrite in the second.
bool writeSample(Cache &cache)
{
    {
        Cache::Transaction t(cache);
        if (!t.ok())
            return false;
        if (!cache.upsertWork(sampleWork(QStringLiteral("W1"), 40, 5)) || !cache.upsertWork(sampleWork(QStringLiteral("W2"), 3, 1))
            || !cache.upsertAuthor(sampleAuthor(QStringLiteral("A100"), QStringLiteral("Ann Author")))
            || !cache.upsertWork(sampleWork(QStringLiteral("W1"), 2500, 6))
            || !cache.upsertAuthor(sampleAuthor(QStringLiteral("A100"), QStringLiteral("Ann B. Author")))
            || !cache.touchFetched(QStringLiteral("W2")))
            return false;
        // A read inside the transaction sees the waiting rows.
        if (cache.recordWorkIds(QStringLiteral("A101")).size() != 2)
            return false;
        if (!t.commit())
            return false;
    }
    Cache::Transaction t(cache);
    return t.ok() && cache.upsertWork(sampleWork(QStringLiteral("W2"), 3, 1)) && t.commit();
}

} // namespace

class TestBulkRows : public QObject
{
    Q_OBJECT

private slots:
    void multiRow_repeatsTheFirstTuple()
    {
        const QString one = QStringLiteral("INSERT INTO t (a, b, c) VALUES (?, CAST(? AS TEXT), 1) ON CONFLICT(a) DO NOTHING");
        QCOMPARE(bulkrows::tupleValues(one), 2);
        QCOMPARE(bulkrows::multiRow(one, 1), one);
        QCOMPARE(bulkrows::multiRow(one, 3),
                 QStringLiteral("INSERT INTO t (a, b, c) VALUES (?, CAST(? AS TEXT), 1), (?, CAST(? AS TEXT), 1), "
                                "(?, CAST(? AS TEXT), 1) ON CONFLICT(a) DO NOTHING"));
        const QString update = QStringLiteral("UPDATE t SET x = v.column2 FROM (VALUES (?, ?)) AS v WHERE t.id = v.column1");
        QCOMPARE(bulkrows::multiRow(update, 2),
                 QStringLiteral("UPDATE t SET x = v.column2 FROM (VALUES (?, ?), (?, ?)) AS v WHERE t.id = v.column1"));
        QVERIFY(bulkrows::multiRow(QStringLiteral("DELETE FROM t WHERE a = ?"), 2).isEmpty());
        QVERIFY(bulkrows::multiRow(one, 0).isEmpty());
    }

    void manyKeys_turnsTheLastEqualityIntoAnInList()
    {
        QCOMPARE(bulkrows::manyKeys(QStringLiteral("DELETE FROM t WHERE a = ?"), 3), QStringLiteral("DELETE FROM t WHERE a IN (?, ?, ?)"));
        QCOMPARE(bulkrows::manyKeys(QStringLiteral("UPDATE t SET f = ? WHERE id=?"), 1), QStringLiteral("UPDATE t SET f = ? WHERE id IN (?)"));
        QVERIFY(bulkrows::manyKeys(QStringLiteral("DELETE FROM t WHERE a > ?"), 2).isEmpty());
        QVERIFY(bulkrows::manyKeys(QStringLiteral("DELETE FROM t WHERE a = ?"), 0).isEmpty());
    }

    void chunks_stayUnderTheBoundValueLimit_data()
    {
        QTest::addColumn<qsizetype>("rows");
        QTest::addColumn<qsizetype>("columns");
        QTest::addColumn<QList<qsizetype>>("expected");
        QTest::newRow("empty") << qsizetype(0) << qsizetype(8) << QList<qsizetype>{};
        QTest::newRow("one") << qsizetype(1) << qsizetype(8) << QList<qsizetype>{1};
        QTest::newRow("row cap") << qsizetype(2500) << qsizetype(2) << QList<qsizetype>{1000, 1000, 500};
        // 65,535 / 100 = 655 rows per statement, 65,500 values.
        QTest::newRow("value cap") << qsizetype(1400) << qsizetype(100) << QList<qsizetype>{655, 655, 90};
        // Wider than the limit itself: one row a statement (the server
        // refuses it, as it would refuse the row alone).
        QTest::newRow("huge rows") << qsizetype(2) << qsizetype(70000) << QList<qsizetype>{1, 1};
    }

    void chunks_stayUnderTheBoundValueLimit()
    {
        QFETCH(qsizetype, rows);
        QFETCH(qsizetype, columns);
        QFETCH(QList<qsizetype>, expected);
        const QList<qsizetype> got = bulkrows::chunks(rows, columns);
        QCOMPARE(got, expected);
        qsizetype total = 0;
        for (qsizetype n : got) {
            QVERIFY(n * columns <= bulkrows::kMaxBoundValues || n == 1);
            total += n;
        }
        QCOMPARE(total, rows);
    }

    void sortRows_ordersAndMergesEqualKeys()
    {
        const QVariant null = nullText();
        QList<QVariantList> rows{{QStringLiteral("W2"), 1, QStringLiteral("b")}, {QStringLiteral("W10"), 0, null},
                                 {QStringLiteral("W2"), 0, QStringLiteral("a")}, {QStringLiteral("W10"), 0, QStringLiteral("x")},
                                 {null, 0, QStringLiteral("n")}};
        QList<QVariantList> all = rows;
        bulkrows::sortRows(all, 2, bulkrows::SameKey::KeepAll);
        QCOMPARE(all.size(), 5);
        QVERIFY(all.at(0).at(0).isNull()); // NULL keys first
        QCOMPARE(all.at(1), (QVariantList{QStringLiteral("W10"), 0, null}));   // equal keys keep their order
        QCOMPARE(all.at(2), (QVariantList{QStringLiteral("W10"), 0, QStringLiteral("x")}));
        QCOMPARE(all.at(3).at(0).toString() + all.at(3).at(1).toString(), QStringLiteral("W20"));

        QList<QVariantList> last = rows;
        bulkrows::sortRows(last, 2, bulkrows::SameKey::LastWins);
        QCOMPARE(last.size(), 4);
        QCOMPARE(last.at(1).at(2).toString(), QStringLiteral("x"));

        QList<QVariantList> filled{{QStringLiteral("T1"), QStringLiteral("first"), null, QStringLiteral("f")},
                                   {QStringLiteral("T1"), QStringLiteral("second"), QStringLiteral("s"), null}};
        bulkrows::sortRows(filled, 1, bulkrows::SameKey::FirstFilled);
        QCOMPARE(filled.size(), 1);
        QCOMPARE(filled.first(), (QVariantList{QStringLiteral("T1"), QStringLiteral("first"), QStringLiteral("s"), QStringLiteral("f")}));

        QList<QVariantList> none;
        bulkrows::sortRows(none, 1, bulkrows::SameKey::LastWins);
        QVERIFY(none.isEmpty());

        QVariantList keys{3, 1, 2, 3, 1};
        bulkrows::sortKeys(keys);
        QCOMPARE(keys, (QVariantList{1, 2, 3}));
    }

    void server_leavesTheRowsAFileLeaves()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Cache file;
        QCOMPARE(file.open(dir.filePath(QStringLiteral("bulk.sqlite"))), Cache::OpenStatus::Ok);
        QVERIFY2(writeSample(file), qPrintable(file.lastError()));
        const QStringList expected = rowsOf(file);
        QVERIFY(expected.size() > 2500);

        PgTestServer pg;
        PEERSCOPE_START_PG_OR_SKIP(pg);
        Cache server;
        QCOMPARE(server.open(pg.uri()), Cache::OpenStatus::Ok);
        QVERIFY2(writeSample(server), qPrintable(server.lastError()));
        const QStringList got = rowsOf(server);
        for (qsizetype i = 0; i < std::max(got.size(), expected.size()); ++i) {
            if (got.value(i) != expected.value(i)) {
                qWarning().noquote() << "server:" << got.value(i) << "\nfile:  " << expected.value(i);
                break;
            }
        }
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestBulkRows)
#include "tst_bulkrows.moc"
