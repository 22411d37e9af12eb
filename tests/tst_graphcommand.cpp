// `peerscope graph` run as a user would: the built binary on a demo cache.

#include "testsupport.h"

#include <QFile>
#include <QColor>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace peerscope::test;

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

private:
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

QTEST_GUILESS_MAIN(TestGraphCommand)
#include "tst_graphcommand.moc"
