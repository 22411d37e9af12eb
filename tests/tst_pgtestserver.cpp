#include "pgtestserver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using peerscope::test::PgTestServer;

class TestPgTestServer : public QObject
{
    Q_OBJECT

private:
    // The answer of SELECT <value> over a fresh QPSQL connection, or the
    // error as text.
    static QString ask(const PgTestServer &pg, int value)
    {
        const QString name = QStringLiteral("probe-%1").arg(pg.port());
        QString answer;
        {
            QSqlDatabase db = pg.addConnection(name);
            if (!db.open()) {
                answer = QStringLiteral("ERROR ") + db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (q.prepare(QStringLiteral("SELECT ?::integer")) && (q.addBindValue(value), q.exec()) && q.next())
                    answer = q.value(0).toString();
                else
                    answer = QStringLiteral("ERROR ") + q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return answer;
    }

private slots:
    void initTestCase()
    {
        if (!PgTestServer::available())
            QSKIP(qPrintable(PgTestServer::unavailableReason()));
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "Qt's QPSQL driver is missing: install libqt6sql6-psql");
    }

    void start_answersQueries_restartsAfterCrash()
    {
        PgTestServer pg;
        QVERIFY2(pg.start(), qPrintable(pg.errorString()));
        QVERIFY(pg.isRunning());
        QVERIFY(pg.port() > 0);
        QCOMPARE(ask(pg, 1), QStringLiteral("1"));

        // A crash (no shutdown checkpoint), then the same data dir again.
        const int port = pg.port();
        QVERIFY2(pg.stopImmediate(), qPrintable(pg.errorString()));
        QVERIFY(!pg.isRunning());
        QVERIFY(ask(pg, 2).startsWith(QLatin1String("ERROR")));
        QVERIFY2(pg.start(), qPrintable(pg.errorString()));
        QCOMPARE(pg.port(), port);
        QCOMPARE(ask(pg, 2), QStringLiteral("2"));

        QVERIFY2(pg.stop(), qPrintable(pg.errorString()));
        QVERIFY(ask(pg, 3).startsWith(QLatin1String("ERROR")));
    }

    void twoServers_getTheirOwnPorts()
    {
        PgTestServer first;
        PgTestServer second;
        QVERIFY2(first.start(), qPrintable(first.errorString()));
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        QVERIFY(first.port() != second.port());
        QVERIFY(first.dataDir() != second.dataDir());
        QCOMPARE(ask(first, 4), QStringLiteral("4"));
        QCOMPARE(ask(second, 5), QStringLiteral("5"));
    }

    void destructor_stopsTheServer()
    {
        int port = 0;
        {
            PgTestServer pg;
            QVERIFY2(pg.start(), qPrintable(pg.errorString()));
            port = pg.port();
        }
        // Nothing listens there any more.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(port));
        QVERIFY(!probe.waitForConnected(2000));
    }
};

QTEST_GUILESS_MAIN(TestPgTestServer)
#include "tst_pgtestserver.moc"
