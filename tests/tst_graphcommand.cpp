// `peerscope graph` run as a user would: the built binary on a demo cache.

#include "fakeopenalexserver.h"
#include "testsupport.h"

#include <QFile>
#include <QColor>
#include <QCryptographicHash>
#include <QImage>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace peerscope::test;

namespace {

// Nodes of a GraphML file by their `type` (and `status`), and the edge count.
struct GraphMLCounts {
    QHash<QString, int> types;
    QHash<QString, int> statuses;
    QSet<QString> ids;
    int edges = 0;
    QString error;
};

GraphMLCounts countGraphML(const QByteArray &bytes)
{
    GraphMLCounts c;
    QXmlStreamReader xml(bytes);
    QString node;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"node") {
            node = xml.attributes().value(QStringLiteral("id")).toString();
            c.ids.insert(node);
        } else if (xml.name() == u"edge") {
            ++c.edges;
        } else if (xml.name() == u"data" && xml.attributes().value(QStringLiteral("key")) == u"n_type") {
            ++c.types[xml.readElementText()];
        } else if (xml.name() == u"data" && xml.attributes().value(QStringLiteral("key")) == u"n_status") {
            ++c.statuses[xml.readElementText()];
        }
    }
    if (xml.hasError())
        c.error = xml.errorString();
    return c;
}

} // namespace

class TestGraphCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void graphml_onStdout_hasDemoNetwork();
    void vosviewer_toFile_hasSameNetwork();
    void pictures_areWritten();
    void unknownFormat_exitsOne();
    void missingFormat_exitsOne();
    void unknownAuthor_exitsTwo();
    void noKind_isTheCoauthorNetwork_asBefore();
    void coauthorCsv_rowsAreTheLinks();
    void contextKind_graphml_typeCountsMatchTheCache();
    void contextKind_csvAndPicture();
    void contextKind_usageErrors_andUnknownAuthor();
    void citationKinds_largeAuthorWithCitations_typesMatchTheCache();

private:
    QString cachePath() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }
    int count(const QString &sql) const { return rawRows(cachePath(), sql).value(0).toInt(); }
    QStringList db(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("cache.sqlite"))} + args;
    }
    QTemporaryDir m_dir;
};

void TestGraphCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const ProcessResult r = runPeerscope(db({QStringLiteral("demo")}), m_dir.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestGraphCommand::graphml_onStdout_hasDemoNetwork()
{
    const ProcessResult r = runPeerscope(
        db({QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--format"), QStringLiteral("graphml")}),
        m_dir.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QXmlStreamReader xml(r.out);
    int nodes = 0;
    QString source, target;
    QHash<QString, double> weights;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"node")
            ++nodes;
        if (xml.name() == u"edge") {
            source = xml.attributes().value(QStringLiteral("source")).toString();
            target = xml.attributes().value(QStringLiteral("target")).toString();
        }
        if (xml.name() == u"data" && xml.attributes().value(QStringLiteral("key")) == u"weight")
            weights.insert(source + u'-' + target, xml.readElementText().toDouble());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(nodes, 18);
    QCOMPARE(weights.value(QStringLiteral("A5017898742-A5009341822")), 8.0);
    QCOMPARE(weights.value(QStringLiteral("A5017898742-A5065371627")), 8.0);
}

void TestGraphCommand::vosviewer_toFile_hasSameNetwork()
{
    const QString path = m_dir.filePath(QStringLiteral("net.json"));
    const ProcessResult r = runPeerscope(db({QStringLiteral("graph"), QStringLiteral("Joseph Mearman"),
                                             QStringLiteral("--format"), QStringLiteral("vosviewer"),
                                             QStringLiteral("-o"), path}),
                                         m_dir.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject network = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("network")).toObject();
    QCOMPARE(network.value(QStringLiteral("items")).toArray().size(), 18);
    QCOMPARE(network.value(QStringLiteral("links")).toArray().size(), 87);
    double heaviest = 0;
    for (const QJsonValue &v : network.value(QStringLiteral("links")).toArray())
        heaviest = std::max(heaviest, v[QStringLiteral("strength")].toDouble());
    QCOMPARE(heaviest, 8.0);
    for (const QJsonValue &v : network.value(QStringLiteral("items")).toArray())
        QVERIFY(v[QStringLiteral("cluster")].toInt() >= 1);
}

void TestGraphCommand::pictures_areWritten()
{
    const QString png = m_dir.filePath(QStringLiteral("net.png"));
    ProcessResult r = runPeerscope(db({QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--format"),
                                       QStringLiteral("png"), QStringLiteral("-o"), png}),
                                   m_dir.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800);
    // Not a blank page: some pixels carry colour.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            coloured += QColor(image.pixel(x, y)).hsvSaturation() > 100 ? 1 : 0;
    QVERIFY(coloured > 50);

    const QString svg = m_dir.filePath(QStringLiteral("net.svg"));
    r = runPeerscope(db({QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--format"),
                         QStringLiteral("svg"), QStringLiteral("-o"), svg}),
                     m_dir.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.count("<circle") + text.count("<ellipse") + text.count("<path") >= 18);
}

void TestGraphCommand::unknownFormat_exitsOne()
{
    const ProcessResult r = runPeerscope(
        db({QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--format"), QStringLiteral("pajek")}),
        m_dir.path());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("pajek"));
    QVERIFY(r.out.isEmpty());
}

void TestGraphCommand::missingFormat_exitsOne()
{
    const ProcessResult r = runPeerscope(db({QStringLiteral("graph"), QStringLiteral("A5017898742")}), m_dir.path());
    QCOMPARE(r.exitCode, 1);
}

void TestGraphCommand::unknownAuthor_exitsTwo()
{
    const ProcessResult r = runPeerscope(
        db({QStringLiteral("graph"), QStringLiteral("A1111111111"), QStringLiteral("--format"), QStringLiteral("dot")}),
        m_dir.path());
    QCOMPARE(r.exitCode, 2);
}

void TestGraphCommand::noKind_isTheCoauthorNetwork_asBefore()
{
    // SHA-256 of what `graph A5017898742 --format graphml|dot` printed for the
    // demo before --kind existed (main at 8276d71): the co-author network stays
    // the default, byte for byte, and --kind coauthors names it.
    const QList<QPair<QString, QByteArray>> before{
        {QStringLiteral("graphml"), "d23d2752b5bc280b733bdc3ced00ba242fdaf5f8a9442d8701403d81d7d3657b"},
        {QStringLiteral("dot"), "497e3a54d22db542045fe907f0f88fb852def56962a5527c32201c353e28fe77"}};
    for (const auto &[format, sha] : before) {
        const ProcessResult plain = runPeerscope(
            db({QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--format"), format}), m_dir.path());
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        QCOMPARE(QCryptographicHash::hash(plain.out, QCryptographicHash::Sha256).toHex(), sha);
        const ProcessResult named = runPeerscope(db({QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--kind"),
                                                     QStringLiteral("coauthors"), QStringLiteral("--format"), format}),
                                                 m_dir.path());
        QVERIFY2(named.exitCode == 0, named.err.constData());
        QCOMPARE(named.out, plain.out);
    }
}

void TestGraphCommand::coauthorCsv_rowsAreTheLinks()
{
    // The links and weights as GraphML states them, against the CSV rows.
    ProcessResult r = runPeerscope(
        db({QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--format"), QStringLiteral("graphml")}),
        m_dir.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QSet<QString> expected;
    QXmlStreamReader xml(r.out);
    QString source, target;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"edge") {
            source = xml.attributes().value(QStringLiteral("source")).toString();
            target = xml.attributes().value(QStringLiteral("target")).toString();
        }
        if (xml.name() == u"data" && xml.attributes().value(QStringLiteral("key")) == u"weight")
            expected.insert(QStringLiteral("%1,%2,%3").arg(source, target, xml.readElementText()));
    }
    QCOMPARE(expected.size(), 87);

    const QString path = m_dir.filePath(QStringLiteral("links.csv"));
    r = runPeerscope(db({QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("-o"), path}),
                     m_dir.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringList rows = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"));
    QCOMPARE(rows.takeLast(), QString());
    QCOMPARE(rows.takeFirst(), QStringLiteral("source,target,weight"));
    QCOMPARE(rows.size(), 87);
    QCOMPARE(QSet<QString>(rows.cbegin(), rows.cend()), expected);
}

void TestGraphCommand::contextKind_graphml_typeCountsMatchTheCache()
{
    const ProcessResult r = runPeerscope(db({QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--kind"),
                                             QStringLiteral("context"), QStringLiteral("--format"), QStringLiteral("graphml")}),
                                         m_dir.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const GraphMLCounts g = countGraphML(r.out);
    QVERIFY2(g.error.isEmpty(), qPrintable(g.error));

    // The institutions of the demo author's works are their own tops (each
    // lineage lists only itself), so rolled up they are the distinct
    // institutions of the works.
    const QString works = QStringLiteral("(SELECT work_id FROM authorships WHERE author_id = 'A5017898742')");
    const QString institutions = QStringLiteral("(SELECT institution_id FROM authorship_institutions WHERE work_id IN %1)").arg(works);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM institutions WHERE id IN %1 AND json_array_length(lineage) > 1").arg(institutions)), 0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM institutions WHERE id IN %1 AND lineage IS NOT NULL").arg(institutions)) > 0);
    const int workCount = count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(works));
    QVERIFY(workCount > 0);
    QCOMPARE(g.types.value(QStringLiteral("work")), workCount);
    QCOMPARE(g.types.value(QStringLiteral("person")),
             1 + count(QStringLiteral("SELECT COUNT(DISTINCT author_id) FROM authorships WHERE work_id IN %1 "
                                      "AND author_id NOT IN ('', 'A5017898742')").arg(works)));
    QCOMPARE(g.types.value(QStringLiteral("institution")),
             count(QStringLiteral("SELECT COUNT(DISTINCT institution_id) FROM authorship_institutions WHERE work_id IN %1").arg(works)));
    QCOMPARE(g.types.value(QStringLiteral("topic")),
             count(QStringLiteral("SELECT COUNT(DISTINCT topic_id) FROM work_topics WHERE work_id IN %1").arg(works)));
    QCOMPARE(g.types.value(QStringLiteral("source")),
             count(QStringLiteral("SELECT COUNT(DISTINCT source_id) FROM works WHERE id IN %1 AND COALESCE(source_id, '') <> ''").arg(works)));
    QCOMPARE(g.types.size(), 5);
    QCOMPARE(g.statuses.value(QStringLiteral("own")), 1 + workCount);
    QVERIFY(g.ids.contains(QStringLiteral("A5017898742")));
    QVERIFY(g.edges >= workCount);
}

void TestGraphCommand::contextKind_csvAndPicture()
{
    ProcessResult r = runPeerscope(db({QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--kind"),
                                       QStringLiteral("context"), QStringLiteral("--format"), QStringLiteral("graphml")}),
                                   m_dir.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const int edges = countGraphML(r.out).edges;
    const QString csv = m_dir.filePath(QStringLiteral("context.csv"));
    r = runPeerscope(db({QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--kind"), QStringLiteral("context"),
                         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csv}),
                     m_dir.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    QStringList rows = QString::fromUtf8(readFile(csv)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(!rows.isEmpty());
    rows.removeFirst();
    QCOMPARE(int(rows.size()), edges);

    const QString png = m_dir.filePath(QStringLiteral("context.png"));
    r = runPeerscope(db({QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--kind"), QStringLiteral("context"),
                         QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), png}),
                     m_dir.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!QImage(png).isNull());
}

void TestGraphCommand::contextKind_usageErrors_andUnknownAuthor()
{
    const QStringList base{QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--kind"), QStringLiteral("context"),
                           QStringLiteral("--format"), QStringLiteral("dot")};
    for (const QStringList &extra : {QStringList{QStringLiteral("--hops"), QStringLiteral("2")},
                                     QStringList{QStringLiteral("--year"), QStringLiteral("2019")},
                                     QStringList{QStringLiteral("--fractional")},
                                     QStringList{QStringLiteral("--measure"), QStringLiteral("count")},
                                     QStringList{QStringLiteral("--works"), QStringLiteral("W2612755892")},
                                     QStringList{QStringLiteral("--resolution"), QStringLiteral("2")}}) {
        const ProcessResult r = runPeerscope(db(base + extra), m_dir.path());
        QVERIFY2(r.exitCode == 1, qPrintable(extra.join(u' ')));
        QVERIFY(r.out.isEmpty());
    }
    ProcessResult r = runPeerscope(db({QStringLiteral("graph"), QStringLiteral("A1111111111"), QStringLiteral("--kind"),
                                       QStringLiteral("context"), QStringLiteral("--format"), QStringLiteral("dot")}),
                                   m_dir.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    r = runPeerscope(db({QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--kind"), QStringLiteral("contexts"),
                         QStringLiteral("--format"), QStringLiteral("dot")}),
                     m_dir.path());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("context,"));
    r = runPeerscope(db({QStringLiteral("graph"), QStringLiteral("--kind"), QStringLiteral("context"), QStringLiteral("--format"),
                         QStringLiteral("dot")}),
                     m_dir.path());
    QCOMPARE(r.exitCode, 1);
}

void TestGraphCommand::citationKinds_largeAuthorWithCitations_typesMatchTheCache()
{
    // A synced author with citations, through the binary against the fake
    // server: the maps' nodes against the cache the sync wrote.
    FakeOpenAlexServer server;
    QVERIFY(server.start());
    const QString author = server.addLargeAuthor(120, 80, 1);
    server.addCitations(author, 600, 400);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString cache = home.filePath(QStringLiteral("cache.sqlite"));
    auto run = [&](const QStringList &args) {
        return runPeerscope(QStringList{QStringLiteral("--db"), cache, QStringLiteral("--api-base"), server.baseUrl().toString(),
                                        QStringLiteral("--api-key"), QStringLiteral("test-key")}
                                + args,
                            home.path(), 240000);
    };
    ProcessResult r = run({QStringLiteral("sync"), author, QStringLiteral("--citations")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const auto number = [&](const QString &sql) { return rawRows(cache, sql).value(0).toInt(); };
    const QString seeds = QStringLiteral("(SELECT work_id FROM authorships WHERE author_id = '%1')").arg(author);
    const int seedCount = number(QStringLiteral("SELECT COUNT(DISTINCT work_id) FROM %1").arg(seeds));
    QVERIFY(seedCount > 0);
    // Seeds, what they cite and what cites them.
    const QString nodes = QStringLiteral("(SELECT work_id AS id FROM %1 UNION SELECT cited_id FROM work_references WHERE citing_id IN %1 "
                                         "UNION SELECT citing_id FROM work_references WHERE cited_id IN %1)").arg(seeds);
    const int nodeCount = number(QStringLiteral("SELECT COUNT(*) FROM %1").arg(nodes));
    const int cachedCount = number(QStringLiteral("SELECT COUNT(*) FROM %1 n JOIN works w ON w.id = n.id").arg(nodes));
    QVERIFY(nodeCount > seedCount && cachedCount > seedCount && nodeCount > cachedCount);

    r = run({QStringLiteral("graph"), author, QStringLiteral("--kind"), QStringLiteral("citations"), QStringLiteral("--format"),
             QStringLiteral("graphml")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    GraphMLCounts g = countGraphML(r.out);
    QVERIFY2(g.error.isEmpty(), qPrintable(g.error));
    QCOMPARE(g.types.size(), 1);
    QCOMPARE(g.types.value(QStringLiteral("work")), nodeCount);
    QCOMPARE(g.statuses.value(QStringLiteral("own")), seedCount);
    QCOMPARE(g.statuses.value(QStringLiteral("cached")), cachedCount - seedCount);
    QCOMPARE(g.statuses.value(QStringLiteral("new")), nodeCount - cachedCount);
    // Every stored citation among them.
    QCOMPARE(g.edges, number(QStringLiteral("SELECT COUNT(*) FROM work_references WHERE citing_id <> cited_id "
                                            "AND citing_id IN (SELECT id FROM %1) AND cited_id IN (SELECT id FROM %1)").arg(nodes)));

    for (const QString &kind : {QStringLiteral("coupling"), QStringLiteral("cocitation")}) {
        r = run({QStringLiteral("graph"), author, QStringLiteral("--kind"), kind, QStringLiteral("--format"), QStringLiteral("graphml")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        g = countGraphML(r.out);
        QVERIFY2(g.error.isEmpty(), qPrintable(g.error));
        QCOMPARE(g.types.value(QStringLiteral("work")), seedCount);
        QCOMPARE(g.statuses.value(QStringLiteral("own")), seedCount);
        QVERIFY2(g.edges > 0, qPrintable(kind));
    }
}

QTEST_GUILESS_MAIN(TestGraphCommand)
#include "tst_graphcommand.moc"
