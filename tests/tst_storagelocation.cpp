#include "cache/storagelocation.h"

#include <QtTest>

using peerscope::StorageLocation;

class TestStorageLocation : public QObject
{
    Q_OBJECT

private slots:
    void filePath_staysAFile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("absolute") << QStringLiteral("/home/ada/peerscope.sqlite");
        QTest::newRow("relative") << QStringLiteral("cache.sqlite");
        QTest::newRow("file url is a path") << QStringLiteral("file:///tmp/x.sqlite");
        QTest::newRow("postgresql in the name") << QStringLiteral("/tmp/postgresql://x");
        QTest::newRow("memory") << QStringLiteral(":memory:");
    }
    void filePath_staysAFile()
    {
        QFETCH(QString, text);
        const StorageLocation l = StorageLocation::parse(text);
        QCOMPARE(l.kind(), StorageLocation::Kind::SqliteFile);
        QVERIFY(!StorageLocation::isServerUri(text));
        QVERIFY(l.isValid());
        QCOMPARE(l.filePath(), text);
        QCOMPARE(l.display(), text);
        QCOMPARE(l.text(), text);
    }

    void uri_givesConnectionSettings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("dbname");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("display");
        QTest::newRow("full") << QStringLiteral("postgresql://ada:s3cret@db.example.org:6543/office")
                              << QStringLiteral("db.example.org") << 6543 << QStringLiteral("ada") << QStringLiteral("s3cret")
                              << QStringLiteral("office") << QString()
                              << QStringLiteral("postgresql://ada@db.example.org:6543/office");
        QTest::newRow("postgres scheme, no port") << QStringLiteral("postgres://ada@localhost/office") << QStringLiteral("localhost") << -1
                                                  << QStringLiteral("ada") << QString() << QStringLiteral("office") << QString()
                                                  << QStringLiteral("postgresql://ada@localhost/office");
        QTest::newRow("encoded password") << QStringLiteral("postgresql://ada:p%40ss%3Aw%2Fd@h:5432/db") << QStringLiteral("h") << 5432
                                          << QStringLiteral("ada") << QStringLiteral("p@ss:w/d") << QStringLiteral("db") << QString()
                                          << QStringLiteral("postgresql://ada@h:5432/db");
        QTest::newRow("parameters") << QStringLiteral("postgresql://ada@h/db?sslmode=require&connect_timeout=5&password=pw&application_name=peer%20scope")
                                    << QStringLiteral("h") << -1 << QStringLiteral("ada") << QStringLiteral("pw") << QStringLiteral("db")
                                    << QStringLiteral("sslmode=require;connect_timeout=5;application_name='peer scope'")
                                    << QStringLiteral("postgresql://ada@h/db?sslmode=require&connect_timeout=5&application_name='peer scope'");
        QTest::newRow("socket folder") << QStringLiteral("postgresql:///office?host=/var/run/postgresql") << QStringLiteral("/var/run/postgresql")
                                       << -1 << QString() << QString() << QStringLiteral("office") << QString()
                                       << QStringLiteral("postgresql:///office?host=/var/run/postgresql");
        QTest::newRow("ipv6") << QStringLiteral("postgresql://ada@[::1]:5433/db") << QStringLiteral("::1") << 5433 << QStringLiteral("ada")
                              << QString() << QStringLiteral("db") << QString() << QStringLiteral("postgresql://ada@[::1]:5433/db");
        QTest::newRow("upper-case scheme") << QStringLiteral("  PostgreSQL://ada@h/db ") << QStringLiteral("h") << -1 << QStringLiteral("ada")
                                           << QString() << QStringLiteral("db") << QString() << QStringLiteral("postgresql://ada@h/db");
    }
    void uri_givesConnectionSettings()
    {
        QFETCH(QString, text);
        const StorageLocation l = StorageLocation::parse(text);
        QVERIFY(StorageLocation::isServerUri(text));
        QCOMPARE(l.kind(), StorageLocation::Kind::PostgreSql);
        QVERIFY2(l.isValid(), qPrintable(l.problem()));
        QTEST(l.host(), "host");
        QTEST(l.port(), "port");
        QTEST(l.user(), "user");
        QTEST(l.password(), "password");
        QTEST(l.databaseName(), "dbname");
        QTEST(l.connectOptions(), "options");
        QTEST(l.display(), "display");
        QCOMPARE(l.text(), text.trimmed());
        QVERIFY(l.filePath().isEmpty());
    }

    void display_neverHoldsThePassword()
    {
        const QString password = QStringLiteral("Tr0ub4dor");
        for (const QString &text : {QStringLiteral("postgresql://ada:%1@h/db").arg(password),
                                    QStringLiteral("postgresql://ada@h/db?password=%1").arg(password),
                                    QStringLiteral("postgresql://ada:%1@h/db?password=%1&sslmode=verify-full").arg(password),
                                    QStringLiteral("postgresql://ada:%1@h:notaport/db").arg(password)}) {
            const StorageLocation l = StorageLocation::parse(text);
            QVERIFY2(!l.display().contains(password), qPrintable(l.display()));
            QVERIFY2(!l.problem().contains(password), qPrintable(l.problem()));
        }
    }

    void badUri_isInvalid()
    {
        QVERIFY(!StorageLocation::parse(QStringLiteral("postgresql://ada@h:notaport/db")).isValid());
        QVERIFY(!StorageLocation::parse(QStringLiteral("postgresql://ada@h/db?bad-key=1")).isValid());
        QVERIFY(!StorageLocation::parse(QStringLiteral("postgresql://ada@h/db?options=a;b")).isValid());
        QVERIFY(!StorageLocation::parse(QStringLiteral("postgresql://ada@h/db/more")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestStorageLocation)
#include "tst_storagelocation.moc"
