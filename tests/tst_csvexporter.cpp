// CSV export: RFC 4180 checked by Python's csv module in strict mode, and
// formula injection neutralized.

#include "data/export/stressworks.h"

#include "testsupport.h"

#include "core/displaytext.h"
#include "export/csvexporter.h"
#include "export/publicationexporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;

namespace {

// Rows as Python's strict csv reader sees them, or an error message.
QJsonArray parseWithPython(const QString &path, bool bom, QString *error)
{
    const QString script = QStringLiteral(
        "import csv, json, sys\n"
        "with open(sys.argv[1], newline='', encoding=sys.argv[2]) as f:\n"
        "    rows = list(csv.reader(f, strict=True))\n"
        "print(json.dumps(rows))\n");
    QProcess p;
    p.start(test::python3(), {QStringLiteral("-c"), script, path, bom ? QStringLiteral("utf-8-sig") : QStringLiteral("utf-8")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

} // namespace

class TestCsvExporter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_strictParserReadsTheSameCells_data();
    void roundTrip_strictParserReadsTheSameCells();
    void formulaInjection_isNeutralized();
    void bom_onlyWhenAsked();
    void untitledWork_hasUntitledTitle_andNoAuthors();
};

void TestCsvExporter::roundTrip_strictParserReadsTheSameCells_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("abstracts");
    QTest::newRow("plain") << false << false;
    QTest::newRow("bom and abstracts") << true << true;
}

void TestCsvExporter::roundTrip_strictParserReadsTheSameCells()
{
    if (test::python3().isEmpty())
        QSKIP("python3 is not installed (Debian package python3, in scripts/setup.sh TEST_PACKAGES)");
    QFETCH(bool, bom);
    QFETCH(bool, abstracts);
    ExportOptions o;
    o.format = ExportFormat::Csv;
    o.csvBom = bom;
    o.includeAbstract = abstracts;
    const QList<Work> works = test::stressWorks();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("works.csv"));
    PublicationExporter exporter(o);
    const ExportResult r = exporter.exportToFile(works, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QString error;
    const QJsonArray rows = parseWithPython(path, bom, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QList<ExportEntry> entries = exporter.prepare(works);
    QCOMPARE(rows.size(), entries.size() + 1);
    QStringList header;
    for (const QJsonValue &v : rows.at(0).toArray())
        header << v.toString();
    QCOMPARE(header, CsvExporter::header(o));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QStringList expected;
        for (const QString &c : CsvExporter::row(entries.at(i), o))
            expected << CsvExporter::neutralize(c);
        QStringList got;
        for (const QJsonValue &v : rows.at(i + 1).toArray())
            got << v.toString();
        QCOMPARE(got, expected);
    }
    // The 1,000-author paper keeps every author in one cell.
    const QStringList hugeRow = CsvExporter::row(entries.at(2), o);
    QCOMPARE(hugeRow.at(header.indexOf(QStringLiteral("authors"))).count(QStringLiteral("; ")), 999);
}

void TestCsvExporter::formulaInjection_isNeutralized()
{
    Work w;
    w.id = QStringLiteral("W1");
    w.title = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
    w.sourceName = QStringLiteral("+cmd|' /C calc'!A0");
    w.publisher = QStringLiteral("@SUM(1+1)");
    w.firstPage = QStringLiteral("-2+3");
    w.volume = QStringLiteral("12");
    ExportOptions o;
    o.format = ExportFormat::Csv;
    const QString csv = QString::fromUtf8(
        ExporterRegistry::find(ExportFormat::Csv)->write({ExportEntry{w, QStringLiteral("k"), {}}}, o));
    QVERIFY2(csv.contains(QLatin1String("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")), qPrintable(csv));
    QVERIFY(csv.contains(QLatin1String("\"'+cmd|' /C calc'!A0\"")));
    QVERIFY(csv.contains(QLatin1String("\"'@SUM(1+1)\"")));
    QVERIFY(csv.contains(QLatin1String("\"'-2+3\"")));
    QVERIFY(csv.contains(QLatin1String(",\"12\",")));
    QCOMPARE(CsvExporter::neutralize(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    QCOMPARE(CsvExporter::neutralize(QStringLiteral("\rx")), QStringLiteral("'\rx"));
    QCOMPARE(CsvExporter::neutralize(QStringLiteral("plain")), QStringLiteral("plain"));
}

void TestCsvExporter::bom_onlyWhenAsked()
{
    ExportOptions o;
    o.format = ExportFormat::Csv;
    const Exporter *csv = ExporterRegistry::find(ExportFormat::Csv);
    QVERIFY(!csv->write({}, o).startsWith("\xEF\xBB\xBF"));
    o.csvBom = true;
    QVERIFY(csv->write({}, o).startsWith("\xEF\xBB\xBF\"key\""));
    QVERIFY(csv->write({}, o).endsWith("\r\n"));
}

void TestCsvExporter::untitledWork_hasUntitledTitle_andNoAuthors()
{
    ExportOptions o;
    o.format = ExportFormat::Csv;
    const QList<ExportEntry> entries = PublicationExporter(o).prepare(test::stressWorks());
    const QStringList header = CsvExporter::header(o);
    bool found = false;
    for (const ExportEntry &e : entries) {
        if (e.work.id != u"W9000000018")
            continue;
        found = true;
        const QStringList row = CsvExporter::row(e, o);
        QCOMPARE(row.at(header.indexOf(QStringLiteral("title"))), untitledLabel());
        QCOMPARE(row.at(header.indexOf(QStringLiteral("authors"))), QString());
        QCOMPARE(row.at(header.indexOf(QStringLiteral("fwci"))), QString());
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
