// Crash safety: the real binary syncs from the fake server and is killed
// with SIGKILL at random moments; the cache must be sound every time and,
// once a sync completes, hold exactly what an uninterrupted sync holds.

#include "fakeopenalexserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using peerscope::test::FakeOpenAlexServer;


class TestSyncKill : public QObject
{
    Q_OBJECT

private:
    FakeOpenAlexServer m_server;
    QTemporaryDir m_home;
    QString m_author;

    QStringList args(const QString &db) const
    {
        return {QStringLiteral("--db"), db, QStringLiteral("--api-base"), m_server.baseUrl().toString(),
                QStringLiteral("--api-key"), QStringLiteral("kill-test-key"), QStringLiteral("sync"), m_author};
    }

    void configure(QProcess &p) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("OPENALEX_API_KEY"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral(".local/share")));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::SeparateChannels);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_server.start());
        m_author = m_server.addLargeAuthor(1600, 3100, 6);
    }

    void sync_killedTenTimes_staysSoundAndConvergesToUninterrupted()
    {
        // The reference: one uninterrupted sync.
        const QString reference = m_home.filePath(QStringLiteral("reference.sqlite"));
        QElapsedTimer timer;
        timer.start();
        QProcess ref;
        configure(ref);
        ref.start(QStringLiteral(PEERSCOPE_BINARY), args(reference));
        QVERIFY(ref.waitForFinished(180000));
        QCOMPARE(ref.exitStatus(), QProcess::NormalExit);
        const QByteArray refErr = ref.readAllStandardError();
        QVERIFY2(ref.exitCode() == 0, refErr.constData());
        const qint64 duration = timer.elapsed();
        QVERIFY2(refErr.contains("API calls"), "the sync reports the calls it used");
        qInfo("uninterrupted sync: %lld ms, %d requests", duration, m_server.requestCount());

        const QString killed = m_home.filePath(QStringLiteral("killed.sqlite"));
        // Ten kills that land while a sync runs. --force makes every run
        // relist the works (a run after a completed one would otherwise cost
        // one call and end before any kill); the kill window follows how
        // long runs really take, so a slow (sanitizer) build gets its ten too.
        int killedMidway = 0;
        qint64 window = duration * 9 / 10;
        for (int attempt = 0; killedMidway < 10 && attempt < 40; ++attempt) {
            const int delay = 50 + int(QRandomGenerator::global()->bounded(qMax<qint64>(100, window)));
            QProcess p;
            configure(p);
            QElapsedTimer run;
            run.start();
            p.start(QStringLiteral(PEERSCOPE_BINARY), args(killed) << QStringLiteral("--force"));
            QVERIFY(p.waitForStarted());
            bool finishedFirst = p.waitForFinished(delay);
            if (!finishedFirst) {
                p.kill(); // SIGKILL
                QVERIFY(p.waitForFinished(10000));
                // It may have finished in the instant before the signal.
                finishedFirst = p.exitStatus() == QProcess::NormalExit;
                if (!finishedFirst)
                    ++killedMidway;
            }
            if (finishedFirst) {
                window = qMax<qint64>(100, run.elapsed() * 8 / 10);
            }
            qInfo("attempt %d: %s after %d ms", attempt + 1, finishedFirst ? "finished" : "killed", delay);
            // Sound, and never half a work: every work has all its authorship rows.
            QString why;
            QVERIFY2(peerscope::test::cacheIsSound(killed, &why), qPrintable(why));
            if (attempt == 0)
                window = qMin<qint64>(window, qMax<qint64>(400, duration / 2));
        }
        QVERIFY2(killedMidway == 10, "ten kills must land while a sync runs");

        QProcess last;
        configure(last);
        last.start(QStringLiteral(PEERSCOPE_BINARY), args(killed));
        QVERIFY(last.waitForFinished(180000));
        QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());
        const QStringList expected = peerscope::test::cacheContents(reference);
        QVERIFY(!expected.contains(QStringLiteral("ERROR")));
        QCOMPARE(peerscope::test::rawRows(reference, QStringLiteral("SELECT COUNT(*) FROM works")), QStringList{QString::number(m_server.worksOf(m_author).size())});
        QCOMPARE(peerscope::test::rawRows(reference, QStringLiteral("SELECT COUNT(*) FROM authors")), QStringList{QString::number(m_server.coauthorsOf(m_author).size() + 1)});
        QCOMPARE(peerscope::test::cacheContents(killed), expected);
    }

    // The command line's network contract, against the same server.
    void sync_offline_refusesWithoutTouchingNetwork()
    {
        const int before = m_server.requestCount();
        const auto r = peerscope::test::runPeerscope({QStringLiteral("--db"), m_home.filePath(QStringLiteral("offline.sqlite")),
                                                      QStringLiteral("--api-base"), m_server.baseUrl().toString(),
                                                      QStringLiteral("--offline"), QStringLiteral("sync"), m_author},
                                                     m_home.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("--offline"));
        QCOMPARE(m_server.requestCount(), before);
    }

    void sync_rejectedKey_exit3_tellsHowToSetKey()
    {
        m_server.setRequiredApiKey(QStringLiteral("the-right-key"));
        const auto r = peerscope::test::runPeerscope({QStringLiteral("--db"), m_home.filePath(QStringLiteral("badkey.sqlite")),
                                                      QStringLiteral("--api-base"), m_server.baseUrl().toString(),
                                                      QStringLiteral("--api-key"), QStringLiteral("wrong-key-42"),
                                                      QStringLiteral("sync"), m_author},
                                                     m_home.path());
        m_server.setRequiredApiKey(QString());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("OPENALEX_API_KEY"));
        QVERIFY(r.err.contains("--api-key"));
        QVERIFY(!r.err.contains("wrong-key-42"));
        QVERIFY(!r.out.contains("wrong-key-42"));
    }

    void searchRemote_listsNameWorksCitationsInstitution()
    {
        m_server.loadFixtures();
        const auto r = peerscope::test::runPeerscope({QStringLiteral("--db"), m_home.filePath(QStringLiteral("search.sqlite")),
                                                      QStringLiteral("--api-base"), m_server.baseUrl().toString(),
                                                      QStringLiteral("--api-key"), QStringLiteral("k"),
                                                      QStringLiteral("search"), QStringLiteral("--remote"), QStringLiteral("Mearman")},
                                                     m_home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> fields = r.out.trimmed().split('\t');
        QCOMPARE(fields.value(0), QByteArray("A5017898742"));
        QCOMPARE(fields.value(1), QByteArray("Joseph Mearman"));
        QCOMPARE(fields.value(2), QByteArray("9"));
        QCOMPARE(fields.value(3), QByteArray("41"));
        QCOMPARE(fields.value(4), QByteArray("Bangor University"));
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
