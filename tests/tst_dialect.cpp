#include "cache/dialect.h"

#include <QtTest>

using namespace peerscope;

class TestDialect : public QObject
{
    Q_OBJECT

private slots:
    void sqlite_isUnchanged()
    {
        const QString sql = QStringLiteral("INSERT OR IGNORE INTO t (a) SELECT value FROM json_each(?) j ORDER BY a LIMIT ?");
        QCOMPARE(dialect::statement(Backend::Sqlite, sql), sql);
        QCOMPARE(dialect::schemaStatements(Backend::Sqlite, sql), QStringList{sql});
        QVERIFY(dialect::setupStatements(Backend::Sqlite).isEmpty());
    }

    void postgres_statement_data()
    {
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgres");
        QTest::newRow("insert or ignore") << QStringLiteral("INSERT OR IGNORE INTO follows (a, b) VALUES (?, ?)")
                                          << QStringLiteral("INSERT INTO follows (a, b) VALUES (?, ?) ON CONFLICT DO NOTHING");
        QTest::newRow("insert or ignore returning")
            << QStringLiteral("INSERT OR IGNORE INTO t (a) VALUES (?) RETURNING rowid")
            << QStringLiteral("INSERT INTO t (a) VALUES (?) ON CONFLICT DO NOTHING RETURNING rowid");
        QTest::newRow("is not") << QStringLiteral("UPDATE t SET a = ? WHERE a IS NOT ? AND b IS NOT NULL")
                                << QStringLiteral("UPDATE t SET a = ? WHERE a IS DISTINCT FROM ? AND b IS NOT NULL");
        QTest::newRow("is") << QStringLiteral("SELECT 1 FROM t WHERE a IS ? AND b IS NULL AND EXISTS (SELECT 1)")
                            << QStringLiteral("SELECT 1 FROM t WHERE a IS NOT DISTINCT FROM ? AND b IS NULL AND EXISTS (SELECT 1)");
        QTest::newRow("json_each") << QStringLiteral("SELECT j.value FROM json_each(?) j")
                                   << QStringLiteral("SELECT j.value FROM LATERAL (SELECT e.value #>> '{}' AS value, e.ordinality - 1 AS key, "
                                                     "CASE json_typeof(e.value) WHEN 'string' THEN 'text' ELSE json_typeof(e.value) END AS type FROM "
                                                     "json_array_elements(CAST(? AS json)) WITH ORDINALITY AS e(value, ordinality)) AS j");
        QTest::newRow("json_each unnamed, of a column")
            << QStringLiteral("SELECT 1 FROM t WHERE a NOT IN (SELECT value FROM json_each(?)) AND EXISTS (SELECT 1 FROM i, json_each(i.lineage) WHERE 1)")
            << QStringLiteral("SELECT 1 FROM t WHERE a NOT IN (SELECT value FROM LATERAL (SELECT e.value #>> '{}' AS value, e.ordinality - 1 AS key, "
                              "CASE json_typeof(e.value) WHEN 'string' THEN 'text' ELSE json_typeof(e.value) END AS type FROM "
                              "json_array_elements(CAST(? AS json)) WITH ORDINALITY AS e(value, ordinality)) AS json_each) "
                              "AND EXISTS (SELECT 1 FROM i, LATERAL (SELECT e.value #>> '{}' AS value, e.ordinality - 1 AS key, "
                              "CASE json_typeof(e.value) WHEN 'string' THEN 'text' ELSE json_typeof(e.value) END AS type FROM "
                              "json_array_elements(CAST(i.lineage AS json)) WITH ORDINALITY AS e(value, ordinality)) AS json_each_2 WHERE 1)");
        QTest::newRow("json_array_length") << QStringLiteral("SELECT json_array_length(up.lineage) FROM t")
                                           << QStringLiteral("SELECT json_array_length(CAST(up.lineage AS json)) FROM t");
        QTest::newRow("instr") << QStringLiteral("SELECT instr(a, 'x') FROM t")
                               << QStringLiteral("SELECT strpos(a, 'x') FROM t");
        QTest::newRow("group_concat") << QStringLiteral("SELECT (SELECT group_concat(r.cited_id) FROM r WHERE r.a = j.value) FROM t")
                                      << QStringLiteral("SELECT (SELECT string_agg(r.cited_id, ',' ORDER BY r.cited_id COLLATE \"C\" NULLS FIRST) FROM r WHERE r.a = j.value) FROM t");
        QTest::newRow("indexed by") << QStringLiteral("SELECT k.id FROM works k INDEXED BY works_table_order WHERE k.id = ?")
                                    << QStringLiteral("SELECT k.id FROM works k WHERE k.id = ?");
        QTest::newRow("order nulls") << QStringLiteral("SELECT a FROM t ORDER BY a DESC, b, c ASC LIMIT ?")
                                     << QStringLiteral("SELECT a FROM t ORDER BY a DESC NULLS LAST, b NULLS FIRST, c ASC NULLS FIRST LIMIT NULLIF(?, -1)");
        QTest::newRow("order in window and function")
            << QStringLiteral("SELECT row_number() OVER (PARTITION BY x ORDER BY max(y, z) DESC) FROM t ORDER BY 1")
            << QStringLiteral("SELECT row_number() OVER (PARTITION BY x ORDER BY max(y, z) DESC NULLS LAST) FROM t ORDER BY 1 NULLS FIRST");
        QTest::newRow("order said already") << QStringLiteral("SELECT a FROM t ORDER BY a DESC NULLS FIRST")
                                            << QStringLiteral("SELECT a FROM t ORDER BY a DESC NULLS FIRST");
        QTest::newRow("strings untouched") << QStringLiteral("SELECT 'ORDER BY x, y (SELECT' FROM t")
                                           << QStringLiteral("SELECT 'ORDER BY x, y (SELECT' FROM t");
        QTest::newRow("unnamed subqueries")
            << QStringLiteral("SELECT COUNT(*) FROM (SELECT a FROM t) WHERE 1 AND b IN (SELECT c FROM u) "
                              "AND EXISTS (SELECT 1 FROM (SELECT d FROM v) x JOIN (SELECT e FROM w) ON 1)")
            << QStringLiteral("SELECT COUNT(*) FROM (SELECT a FROM t) AS subquery_1 WHERE 1 AND b IN (SELECT c FROM u) "
                              "AND EXISTS (SELECT 1 FROM (SELECT d FROM v) x JOIN (SELECT e FROM w) AS subquery_2 ON 1)");
        QTest::newRow("subquery at the end") << QStringLiteral("SELECT DISTINCT work_id FROM (SELECT work_id FROM a WHERE b = ?)")
                                             << QStringLiteral("SELECT DISTINCT work_id FROM (SELECT work_id FROM a WHERE b = ?) AS subquery_1");
        QTest::newRow("begin") << QStringLiteral("BEGIN IMMEDIATE") << QStringLiteral("BEGIN");
    }
    void postgres_statement()
    {
        QFETCH(QString, sqlite);
        QFETCH(QString, postgres);
        QCOMPARE(dialect::statement(Backend::PostgreSql, sqlite), postgres);
    }

    void postgres_schema()
    {
        const QStringList table = dialect::schemaStatements(
            Backend::PostgreSql,
            QStringLiteral("CREATE TABLE t (\n  id INTEGER PRIMARY KEY,\n  score REAL,\n  name TEXT\n) WITHOUT ROWID"));
        QCOMPARE(table, QStringList{QStringLiteral("CREATE TABLE t (\n  id BIGSERIAL PRIMARY KEY,\n  score DOUBLE PRECISION,\n  name TEXT COLLATE \"C\"\n)")});
        QCOMPARE(dialect::schemaStatements(Backend::PostgreSql, QStringLiteral("ALTER TABLE t ADD COLUMN lineage TEXT")),
                 QStringList{QStringLiteral("ALTER TABLE t ADD COLUMN lineage TEXT COLLATE \"C\"")});

        const QStringList works = dialect::schemaStatements(Backend::PostgreSql, QStringLiteral("CREATE TABLE works (\n id TEXT PRIMARY KEY)"));
        QCOMPARE(works.size(), 2);
        QVERIFY(works.at(0).contains(QLatin1String("rowid BIGSERIAL NOT NULL,")));
        QCOMPARE(works.at(1), QStringLiteral("CREATE UNIQUE INDEX works_rowid ON works(rowid)"));

        QCOMPARE(dialect::schemaStatements(Backend::PostgreSql, QStringLiteral("CREATE INDEX n ON a(name COLLATE NOCASE)")),
                 QStringList{QStringLiteral("CREATE INDEX n ON a(name)")});

        const QStringList fts = dialect::schemaStatements(
            Backend::PostgreSql, QStringLiteral("CREATE VIRTUAL TABLE x_fts USING fts5(\n title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"));
        QCOMPARE(fts.size(), 2);
        QVERIFY2(fts.at(0).startsWith(QLatin1String("CREATE TABLE x_fts (rowid BIGINT PRIMARY KEY, title TEXT, body TEXT, document tsvector")),
                 qPrintable(fts.at(0)));
        QVERIFY(!fts.at(0).contains(QLatin1String("unicode61")));
        QCOMPARE(fts.at(1), QStringLiteral("CREATE INDEX x_fts_document ON x_fts USING GIN (document)"));
    }

    void postgres_boundValues()
    {
        QCOMPARE(dialect::boundValue(QVariant(QByteArray("{\"é\":1}"))), QVariant(QStringLiteral("{\"é\":1}")));
        QCOMPARE(dialect::boundValue(QVariant(true)), QVariant(1));
        QCOMPARE(dialect::boundValue(QVariant(7)), QVariant(7));
        QVERIFY(dialect::boundValue(QVariant(QMetaType(QMetaType::QByteArray))).isNull());
    }
};

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
