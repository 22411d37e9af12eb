// Citation keys: the JabRef-style pattern, ASCII folding, a/b/c suffixes,
// and keys pinned in the cache across re-syncs that change a title.

#include "data/export/stressworks.h"
#include "testsupport.h"

#include "cache/cache.h"
#include "cache/importer.h"
#include "export/citationkeygenerator.h"
#include "export/pinnedcitationkeys.h"
#include "export/publicationexporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;

namespace {

Work sample()
{
    Work w = test::baseWork(QStringLiteral("W42"), QStringLiteral("article"),
                            QStringLiteral("The Analytical Engine and its Notes on Computing"));
    w.firstPage = QStringLiteral("123");
    w.authorships << test::person(2, QStringLiteral("Grace Hopper")) << test::person(3, QStringLiteral("Émile Borel"));
    return w;
}

QHash<QString, QString> keysById(const QList<ExportEntry> &entries)
{
    QHash<QString, QString> keys;
    for (const ExportEntry &e : entries)
        keys.insert(e.work.id, e.key);
    return keys;
}

} // namespace

class TestExportCitationKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pattern_fields_data();
    void pattern_fields();
    void pattern_unknownField_isRejected();
    void keys_areAsciiAndUnique_withLetterSuffixes();
    void pinnedKeys_surviveATitleChangeOnReimport();
};

void TestExportCitationKeys::pattern_fields_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << QString() << QStringLiteral("Lovelace2020AnalyticalEngineNotes");
    QTest::newRow("auth year") << QStringLiteral("[auth][year]") << QStringLiteral("Lovelace2020");
    QTest::newRow("authors") << QStringLiteral("[authors]") << QStringLiteral("LovelaceTuringHopperEtAl");
    QTest::newRow("authors2") << QStringLiteral("[authors2]") << QStringLiteral("LovelaceTuringEtAl");
    QTest::newRow("auth3") << QStringLiteral("[auth3]") << QStringLiteral("Lov");
    QTest::newRow("title") << QStringLiteral("[title]") << QStringLiteral("TheAnalyticalEngineAndItsNotesOnComputing");
    QTest::newRow("veryshorttitle") << QStringLiteral("[veryshorttitle]") << QStringLiteral("Analytical");
    QTest::newRow("firstpage") << QStringLiteral("[auth]:[firstpage]") << QStringLiteral("Lovelace:123");
    QTest::newRow("lower") << QStringLiteral("[auth:lower]_[year]") << QStringLiteral("lovelace_2020");
    QTest::newRow("literal") << QStringLiteral("oa-[openalex]") << QStringLiteral("oa-W42");
}

void TestExportCitationKeys::pattern_fields()
{
    QFETCH(QString, pattern);
    QFETCH(QString, expected);
    const CitationKeyGenerator g(pattern);
    QVERIFY(g.isValid());
    QCOMPARE(g.baseKey(sample()), expected);
}

void TestExportCitationKeys::pattern_unknownField_isRejected()
{
    QString error;
    QVERIFY(!CitationKeyGenerator(QStringLiteral("[auth][journal]")).isValid(&error));
    QVERIFY(error.contains(QLatin1String("[journal]")));
    QVERIFY(!CitationKeyGenerator(QStringLiteral("[auth")).isValid(&error));
    QVERIFY(!CitationKeyGenerator(QStringLiteral("[auth:shout]")).isValid(&error));
    ExportOptions o;
    o.keyPattern = QStringLiteral("[nope]");
    const ExportResult r = PublicationExporter(o).exportToBytes({sample()});
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
}

void TestExportCitationKeys::keys_areAsciiAndUnique_withLetterSuffixes()
{
    QCOMPARE(CitationKeyGenerator::asciiFold(QStringLiteral("Ñúñez-Łódź Straße {x}")), QStringLiteral("Nunez-LodzStrassex"));
    Work accent = sample();
    accent.authorships.first().authorName = QStringLiteral("Émile Zoë Ñúñez");
    QCOMPARE(CitationKeyGenerator().baseKey(accent), QStringLiteral("Nunez2020AnalyticalEngineNotes"));
    Work cjk = sample();
    cjk.authorships = {test::person(0, QStringLiteral("李小龙"))};
    QCOMPARE(CitationKeyGenerator().baseKey(cjk), QStringLiteral("Anon2020AnalyticalEngineNotes"));
    Work empty;
    empty.id = QStringLiteral("W7");
    QCOMPARE(CitationKeyGenerator(QStringLiteral("[title]")).baseKey(empty), QStringLiteral("W7"));

    QList<Work> same;
    for (int i = 0; i < 4; ++i) {
        Work w = sample();
        w.id = QStringLiteral("W%1").arg(100 + i);
        same << w;
    }
    const QList<ExportEntry> entries = PublicationExporter(ExportOptions{}).prepare(same);
    QCOMPARE(entries.at(0).key, QStringLiteral("Lovelace2020AnalyticalEngineNotes"));
    QCOMPARE(entries.at(1).key, QStringLiteral("Lovelace2020AnalyticalEngineNotesa"));
    QCOMPARE(entries.at(2).key, QStringLiteral("Lovelace2020AnalyticalEngineNotesb"));
    QCOMPARE(entries.at(3).key, QStringLiteral("Lovelace2020AnalyticalEngineNotesc"));

    // Every key of the stress set: ASCII, no characters BibTeX or biber
    // would trip on, and unique ignoring case.
    const QList<ExportEntry> stress = PublicationExporter(ExportOptions{}).prepare(test::stressWorks());
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_:.-]+$"));
    QSet<QString> seen;
    for (const ExportEntry &e : stress) {
        QVERIFY2(safe.match(e.key).hasMatch(), qPrintable(e.key));
        QVERIFY2(!seen.contains(e.key.toLower()), qPrintable(e.key));
        seen.insert(e.key.toLower());
    }
}

void TestExportCitationKeys::pinnedKeys_surviveATitleChangeOnReimport()
{
    QTemporaryDir dir;
    Cache cache;
    QCOMPARE(cache.open(dir.filePath(QStringLiteral("c.sqlite"))), Cache::OpenStatus::Ok);
    Importer importer(cache);
    QVERIFY(importer.importPaths({test::fixturesDir()}).works >= 9);
    const QString author = QStringLiteral("A5017898742");
    const QList<Work> before = cache.worksOfAuthor(author);
    QCOMPARE(before.size(), 9);

    ExportOptions o;
    o.format = ExportFormat::BibTeX;
    PublicationExporter first(o, &cache);
    const QString path = dir.filePath(QStringLiteral("first.bib"));
    const ExportResult r1 = first.exportToFile(before, path);
    QVERIFY2(r1.ok, qPrintable(r1.error));
    QCOMPARE(r1.newlyPinned, 9);
    const QHash<QString, QString> keys1 = keysById(first.prepare(before));
    QCOMPARE(pinnedCitationKeys(cache).value(), keys1);

    // A re-sync brings a corrected title for one work.
    QJsonObject work = QJsonDocument::fromJson(test::readFixture(QStringLiteral("work_W2250748100.json"))).object();
    QVERIFY(!work.isEmpty());
    work.insert(QStringLiteral("title"), QStringLiteral("Zebra Crossings Reconsidered"));
    work.insert(QStringLiteral("display_name"), QStringLiteral("Zebra Crossings Reconsidered"));
    work.insert(QStringLiteral("updated_date"), QStringLiteral("2030-01-01T00:00:00"));
    ImportReport report;
    QVERIFY(importer.importDocument(QJsonDocument(work).toJson(), QStringLiteral("resync"), &report));
    const QList<Work> after = cache.worksOfAuthor(author);
    bool changed = false;
    for (const Work &w : after)
        changed = changed || (w.id == u"W2250748100" && w.title == u"Zebra Crossings Reconsidered");
    QVERIFY2(changed, "the re-import did not change the title");
    // Unpinned, that title would give another key.
    QVERIFY(CitationKeyGenerator().baseKey(*cache.work(QStringLiteral("W2250748100"))) != keys1.value(QStringLiteral("W2250748100")));

    PublicationExporter second(o, &cache);
    const ExportResult r2 = second.exportToBytes(after);
    QVERIFY(r2.ok);
    QCOMPARE(r2.newlyPinned, 0);
    QCOMPARE(keysById(second.prepare(after)), keys1);
    QVERIFY(QString::fromUtf8(r2.data).contains(QLatin1String("Zebra Crossings Reconsidered")));
    for (auto it = keys1.constBegin(); it != keys1.constEnd(); ++it)
        QVERIFY2(r2.data.contains(QByteArray('{' + it.value().toUtf8() + ',')), qPrintable(it.value()));

    // A new work never takes a pinned key, even with the same base.
    Work clone = *cache.work(QStringLiteral("W2241997964"));
    clone.id = QStringLiteral("W1");
    const QList<ExportEntry> withClone = second.prepare({clone});
    QVERIFY(!keys1.values().contains(withClone.first().key));
    QCOMPARE(withClone.first().key, keys1.value(QStringLiteral("W2241997964")) + u'a');

    // Forgetting a pin regenerates from the current title.
    QVERIFY(unpinCitationKeys(cache, {QStringLiteral("W2250748100")}));
    const QHash<QString, QString> keys3 = keysById(PublicationExporter(o, &cache).prepare(after));
    QVERIFY(keys3.value(QStringLiteral("W2250748100")).contains(QLatin1String("Zebra")));
}

QTEST_GUILESS_MAIN(TestExportCitationKeys)
#include "tst_exportcitationkeys.moc"
