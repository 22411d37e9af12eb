// Identity corrections survive re-sync: after merging two records and
// syncing both again from the (fake) OpenAlex server, the person's works,
// h-index, network and BibTeX export include both records' works exactly once.

#include "cache/cache.h"
#include "export/exporter.h"
#include "export/publicationexporter.h"
#include "fakeopenalexserver.h"
#include "syncwait.h"
#include "graph/coauthorgraph.h"
#include "identity/identity.h"
#include "openalex/openalexclient.h"
#include "profile/profile.h"
#include "sync/authorsync.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;
using peerscope::test::FakeOpenAlexServer;

namespace {
const QString kPrimary = QStringLiteral("A5101495888"); // Andrew T. Wilson: 2 demo works
const QString kOther = QStringLiteral("A5103202491");   // Andrew Wilson: 1 demo work
}

class tst_IdentitySync : public QObject
{
    Q_OBJECT

private:
    FakeOpenAlexServer m_server;
    QTemporaryDir m_dir;
    Cache m_cache;
    std::unique_ptr<OpenAlexClient> m_client;

    SyncResult sync(const QString &author)
    {
        SyncOptions o;
        o.author = author;
        o.force = true;
        return test::syncAndWait(&m_cache, m_client.get(), o, 60000);
    }

    QSet<QString> serverWorks(const QStringList &authors)
    {
        QSet<QString> out;
        for (const QString &a : authors)
            for (const QString &w : m_server.worksOf(a))
                out.insert(w);
        return out;
    }

    static QSet<QString> toSet(const QStringList &l) { return QSet<QString>(l.begin(), l.end()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server.loadFixtures();
        QVERIFY(m_server.start());
        QCOMPARE(m_cache.open(m_dir.filePath(QStringLiteral("identity.db"))), Cache::OpenStatus::Ok);
        m_client = std::make_unique<OpenAlexClient>();
        QVERIFY(m_client->setBaseUrl(m_server.baseUrl()));
        m_client->setApiKey(QStringLiteral("test-key"));
        m_client->setRequestsPerSecond(500);
        m_client->setTimeout(5000);
    }

    void mergeThenResync_countsEveryWorkOnceEverywhere()
    {
        QVERIFY(sync(kPrimary).ok());
        QVERIFY(sync(kOther).ok());
        const QSet<QString> primaryWorks = serverWorks({kPrimary});
        const QSet<QString> otherWorks = serverWorks({kOther});
        QCOMPARE(primaryWorks.size(), 2);
        QCOMPARE(otherWorks.size(), 1);

        identity::Corrections corrections(m_cache);
        const auto merged = corrections.merge(kPrimary, {kOther}, QStringLiteral("one person, two OpenAlex records"));
        QVERIFY2(merged.ok, qPrintable(merged.error));

        // New work for the merged record, plus a citation change, on the server.
        const QString fresh = m_server.addWork(kOther, {QStringLiteral("A5009341822")});
        m_server.bumpCitations(*otherWorks.begin(), 25);
        QVERIFY(sync(kPrimary).ok());
        QVERIFY(sync(kOther).ok());

        const QSet<QString> expected = serverWorks({kPrimary, kOther});
        QVERIFY(expected.contains(fresh));
        QCOMPARE(toSet(m_cache.authorWorkIds(kPrimary)), expected);
        QCOMPARE(m_cache.authorWorkIds(kPrimary).size(), expected.size()); // each once
        // The merged record opens as the person.
        QCOMPARE(m_cache.resolveAlias(kOther), kPrimary);

        // Metrics: the same works, the same h-index as computed by hand.
        const Profile p = loadProfile(m_cache, kPrimary, 2026);
        QCOMPARE(p.cachedWorks, int(expected.size()));
        QList<int> cites;
        for (const QString &id : expected)
            cites << m_cache.work(id)->citedByCount;
        QCOMPARE(p.metrics.h, metrics::hIndex(cites));
        for (const CoauthorStat &c : p.coauthors)
            QVERIFY(c.id != kOther);

        // Network: one node for the person, none for the merged record.
        GraphOptions go;
        go.centerId = kPrimary;
        const CoauthorGraph graph = CoauthorGraph::build(m_cache, go);
        QVERIFY(graph.indexOf(kPrimary) >= 0);
        QCOMPARE(graph.indexOf(kOther), -1);
        QVERIFY(graph.indexOf(QStringLiteral("A5009341822")) >= 0);

        // BibTeX: one entry per work.
        ExportOptions eo;
        eo.format = ExportFormat::BibTeX;
        PublicationExporter exporter(eo, &m_cache);
        const ExportResult bib = exporter.exportToBytes(m_cache.worksOfAuthor(kPrimary));
        QVERIFY2(bib.ok, qPrintable(bib.error));
        QCOMPARE(bib.entries, int(expected.size()));
        const QString text = QString::fromUtf8(bib.data);
        QCOMPARE(int(text.count(QRegularExpression(QStringLiteral("^@\\w+\\{"), QRegularExpression::MultilineOption))),
                 int(expected.size()));
        const QStringList entries = text.split(QRegularExpression(QStringLiteral("^@"), QRegularExpression::MultilineOption),
                                               Qt::SkipEmptyParts);
        for (const QString &id : expected) {
            int holding = 0;
            for (const QString &entry : entries)
                holding += entry.contains(id) ? 1 : 0;
            QVERIFY2(holding == 1, qPrintable(id));
        }

        // Undo brings the record back as itself, after a re-sync too.
        QVERIFY(corrections.undo().ok);
        QVERIFY(sync(kOther).ok());
        QCOMPARE(toSet(m_cache.authorWorkIds(kPrimary)), serverWorks({kPrimary}));
        QCOMPARE(m_cache.resolveAlias(kOther), kOther);
    }
};

QTEST_GUILESS_MAIN(tst_IdentitySync)
#include "tst_identitysync.moc"
