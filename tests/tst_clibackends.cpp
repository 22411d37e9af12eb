// The command line on both storage backends (issue 19): one session of
// commands (demo, import, sync from the fake server with citations, a
// second sync after the server changed, show, works, search, export,
// citations, graph, identity corrections and their undo) run against a new
// SQLite file and against a new database on a throw-away PostgreSQL server,
// step by step. Every step must end with the same exit code and print the
// same, but for the clock and for the order of search hits (each backend
// ranks with its own text search: the same hits, perhaps in another order).

#include "fakeopenalexserver.h"
#include "pgtestserver.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;
using test::FakeOpenAlexServer;
using test::PgTestServer;

namespace {

// What a step printed, without what the clock decides: when a record was
// fetched or a correction made, how long something took, who made it.
QString withoutClock(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    static const QRegularExpression stamp(QStringLiteral(R"(\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?Z?)"));
    text.replace(stamp, QStringLiteral("<time>"));
    static const QRegularExpression took(QStringLiteral(R"(\b\d+(\.\d+)? ?(ms|s)\b)"));
    text.replace(took, QStringLiteral("<duration>"));
    // Who made a correction: the role on a server, no one in a file.
    static const QRegularExpression by(QStringLiteral(R"(\tby [^\t\n]+$)"), QRegularExpression::MultilineOption);
    text.replace(by, QString());
    static const QRegularExpression role(QStringLiteral(R"(\b(peerscope|you) (merged|said|split|excluded)\b)"));
    text.replace(role, QStringLiteral("<who> \\2"));
    // (An ordinary literal: moc cannot read a raw one holding quotes.)
    static const QRegularExpression noteBy(QStringLiteral("( by \\S+$|\"by\": ?\"[^\"]*\")"), QRegularExpression::MultilineOption);
    text.replace(noteBy, QStringLiteral("<by>"));
    return text;
}

QString sortedLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    lines.sort();
    return lines.join(u'\n');
}

} // namespace

class TestCliBackends : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_pg;
    FakeOpenAlexServer m_server;
    QTemporaryDir m_home;
    QString m_sqlite;
    QString m_large;
    int m_steps = 0;

    QStringList global(const QString &db) const
    {
        return {QStringLiteral("--db"), db, QStringLiteral("--api-base"), m_server.baseUrl().toString(), QStringLiteral("--api-key"),
                QStringLiteral("backends-key")};
    }

    // Runs one step on both; the outputs must agree, and the exit code be
    // the one expected. unordered: lines may come in another order (search
    // hits). Returns what the file's run printed.
    QByteArray step(const QStringList &command, int expectedExit = 0, bool unordered = false)
    {
        ++m_steps;
        const test::ProcessResult file = test::runPeerscope(global(m_sqlite) + command, m_home.path(), 300000);
        const test::ProcessResult server = test::runPeerscope(global(m_pg.uri()) + command, m_home.path(), 300000);
        const QString what = command.join(u' ');
        [&] {
        QVERIFY2(!file.crashed && !server.crashed, qPrintable(what));
        QVERIFY2(file.exitCode == expectedExit,
                 qPrintable(QStringLiteral("%1: exit %2, expected %3\n%4").arg(what).arg(file.exitCode).arg(expectedExit).arg(QString::fromUtf8(file.err))));
        QVERIFY2(file.exitCode == server.exitCode,
                 qPrintable(QStringLiteral("%1: exit %2 on a file, %3 on the server\n%4").arg(what).arg(file.exitCode).arg(server.exitCode)
                                .arg(QString::fromUtf8(server.err + file.err))));
        QString fromFile = withoutClock(file.out);
        QString fromServer = withoutClock(server.out);
        if (unordered) {
            fromFile = sortedLines(fromFile);
            fromServer = sortedLines(fromServer);
        }
        if (fromFile != fromServer) {
            const QStringList a = fromFile.split(u'\n');
            const QStringList b = fromServer.split(u'\n');
            for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
                if (a.value(i) != b.value(i)) {
                    qWarning().noquote() << what << "line" << i << "\n  sqlite:    " << a.value(i) << "\n  postgresql:" << b.value(i);
                    break;
                }
            }
        }
        QVERIFY2(fromFile == fromServer, qPrintable(what + QStringLiteral(": the backends print differently")));
        }();
        return file.out;
    }

private slots:
    void initTestCase()
    {
        PEERSCOPE_START_PG_OR_SKIP(m_pg);
        QVERIFY(m_home.isValid());
        QVERIFY(m_server.start());
        m_server.loadFixtures();
        m_large = m_server.addLargeAuthor(240, 400, 3);
        m_server.addCitations(m_large, 900, 700);
        m_sqlite = m_home.filePath(QStringLiteral("cache.sqlite"));
    }

    void aSession_printsTheSameOnBoth()
    {
        const QString demo = QStringLiteral("A5017898742");
        // Filling the cache, three ways.
        step({QStringLiteral("demo")});
        step({QStringLiteral("import"), test::fixturesDir()});
        step({QStringLiteral("import"), test::fixturesDir() + QStringLiteral("/../citations")});
        step({QStringLiteral("sync"), m_large, QStringLiteral("--citations"), QStringLiteral("--dry-run")});
        step({QStringLiteral("sync"), m_large});
        step({QStringLiteral("sync"), m_large, QStringLiteral("--citations")});
        // The server moves on; the next sync brings what changed.
        const QStringList works = m_server.worksOf(m_large);
        QVERIFY(works.size() > 10);
        m_server.bumpCitations(works.at(3), 5);
        m_server.addWork(m_large, {});
        m_server.addCitingWork(works.at(7));
        step({QStringLiteral("sync"), m_large, QStringLiteral("--citations")});

        // Every work the server lists, on both.
        QCOMPARE(step({QStringLiteral("works"), m_large}).count('\n'), m_server.worksOf(m_large).size());
        for (const QString &who : {demo, m_large}) {
            step({QStringLiteral("show"), who});
            step({QStringLiteral("show"), who, QStringLiteral("--json")});
            step({QStringLiteral("works"), who});
            step({QStringLiteral("works"), who, QStringLiteral("--json")});
            for (const char *format : {"bibtex", "biblatex", "ris", "csljson", "csv", "jsonl", "markdown"})
                step({QStringLiteral("export"), who, QStringLiteral("--format"), QLatin1String(format)});
            for (const char *kind : {"foundations", "followups", "coupling", "cocitation"})
                step({QStringLiteral("citations"), who, u"--"_qs + QLatin1String(kind), QStringLiteral("--limit"), QStringLiteral("40"),
                      QStringLiteral("--json")});
            step({QStringLiteral("citations"), who, QStringLiteral("--coupling"), QStringLiteral("--measure"), QStringLiteral("association")});
            for (const char *kind : {"coauthors", "context", "citations", "coupling", "cocitation"})
                step({QStringLiteral("graph"), who, QStringLiteral("--kind"), QLatin1String(kind), QStringLiteral("--format"),
                      QStringLiteral("graphml")});
            step({QStringLiteral("graph"), who, QStringLiteral("--format"), QStringLiteral("gexf"), QStringLiteral("--hops"), QStringLiteral("2")});
            step({QStringLiteral("graph"), who, QStringLiteral("--kind"), QStringLiteral("coupling"), QStringLiteral("--format"),
                  QStringLiteral("vosviewer")});
            step({QStringLiteral("identity"), QStringLiteral("suggest"), who});
            step({QStringLiteral("identity"), QStringLiteral("conflation"), who});
        }
        for (const char *text : {"Mearman", "Jonathan Roberts", "jon rob"})
            QVERIFY(!step({QStringLiteral("search"), QString::fromUtf8(text)}, 0, true).isEmpty());
        step({QStringLiteral("search"), QStringLiteral("Nobody Thisname")}, 2, true);
        for (const char *text : {"heritage", "visualization", "desktop dead", "immersive anal"})
            QVERIFY(!step({QStringLiteral("search"), QString::fromUtf8(text), QStringLiteral("--works")}, 0, true).isEmpty());
        step({QStringLiteral("search"), QStringLiteral("nothingmatchesthis"), QStringLiteral("--works")}, 2, true);
        step({QStringLiteral("show"), QStringLiteral("A9999999999")}, 2);
        step({QStringLiteral("graph"), QStringLiteral("--works"), works.mid(0, 30).join(u','), QStringLiteral("--kind"),
              QStringLiteral("coupling"), QStringLiteral("--format"), QStringLiteral("csv")});

        // Corrections, then their undo and redo.
        const QString a = QStringLiteral("A5051170793");
        const QString b = QStringLiteral("A5048602857");
        step({QStringLiteral("identity"), QStringLiteral("merge"), a, b, QStringLiteral("--reason"), QStringLiteral("one person")});
        step({QStringLiteral("identity"), QStringLiteral("split"), demo, QStringLiteral("--works"), QStringLiteral("W3187234764"),
              QStringLiteral("--reason"), QStringLiteral("another Mearman")});
        step({QStringLiteral("identity"), QStringLiteral("exclude"), demo, QStringLiteral("--works"), QStringLiteral("W2782160524")});
        step({QStringLiteral("identity"), QStringLiteral("list")});
        for (const QString &who : {demo, a})
            for (const QStringList &command : {QStringList{QStringLiteral("show"), who}, QStringList{QStringLiteral("works"), who},
                                               QStringList{QStringLiteral("graph"), who, QStringLiteral("--kind"), QStringLiteral("context"),
                                                           QStringLiteral("--format"), QStringLiteral("gexf")}})
                step(command);
        step({QStringLiteral("identity"), QStringLiteral("undo")});
        step({QStringLiteral("identity"), QStringLiteral("list")});
        step({QStringLiteral("works"), demo});
        step({QStringLiteral("identity"), QStringLiteral("undo")});
        step({QStringLiteral("identity"), QStringLiteral("redo")});
        step({QStringLiteral("identity"), QStringLiteral("list")});
        // A contradiction: asked (nothing written), declined, then applied
        // over the other side, whose undo brings the merge back.
        step({QStringLiteral("identity"), QStringLiteral("distinct"), a, b, QStringLiteral("--reason"), QStringLiteral("two people")}, 1);
        step({QStringLiteral("identity"), QStringLiteral("distinct"), a, b, QStringLiteral("--on-conflict"), QStringLiteral("theirs")});
        step({QStringLiteral("identity"), QStringLiteral("distinct"), a, b, QStringLiteral("--on-conflict"), QStringLiteral("mine"),
              QStringLiteral("--reason"), QStringLiteral("checked")});
        step({QStringLiteral("identity"), QStringLiteral("merge"), a, b}, 1);
        step({QStringLiteral("identity"), QStringLiteral("list"), QStringLiteral("--json")});
        step({QStringLiteral("works"), a});
        step({QStringLiteral("identity"), QStringLiteral("undo")});
        step({QStringLiteral("identity"), QStringLiteral("list")});
        step({QStringLiteral("identity"), QStringLiteral("distinct"), a, b, QStringLiteral("--on-conflict"), QStringLiteral("maybe")}, 1);
        // The shared note: saved, a stale save refused, a wrong argument.
        step({QStringLiteral("note"), demo});
        step({QStringLiteral("note"), demo, QStringLiteral("--set"), QStringLiteral("Visiting Pomona")});
        step({QStringLiteral("note"), demo, QStringLiteral("--set"), QStringLiteral("stale"), QStringLiteral("--over"), QStringLiteral("0")}, 1);
        step({QStringLiteral("note"), demo, QStringLiteral("--json")});
        step({QStringLiteral("note"), demo, QStringLiteral("--over"), QStringLiteral("x"), QStringLiteral("--set"), QStringLiteral("y")}, 1);
        step({QStringLiteral("show"), demo, QStringLiteral("--json")});
        step({QStringLiteral("export"), demo, QStringLiteral("--format"), QStringLiteral("bibtex")});
        qInfo("%d steps printed the same on both backends", m_steps);
    }
};

QTEST_GUILESS_MAIN(TestCliBackends)
#include "tst_clibackends.moc"
