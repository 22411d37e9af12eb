// CSL-JSON export, validated against the CSL input data schema (draft-07)
// with python3-jsonschema.

#include "data/export/stressworks.h"
#include "testsupport.h"

#include "cache/cache.h"
#include "cache/importer.h"
#include "core/displaytext.h"
#include "export/publicationexporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;

namespace {

// Empty when valid; otherwise the validator's complaints.
QString validate(const QString &jsonPath, bool *ran)
{
    const QString script = QStringLiteral(
        "import json, sys\n"
        "import jsonschema\n"
        "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
        "data = json.load(open(sys.argv[2], encoding='utf-8'))\n"
        "jsonschema.Draft7Validator.check_schema(schema)\n"
        "errors = list(jsonschema.Draft7Validator(schema).iter_errors(data))\n"
        "for e in errors[:20]:\n"
        "    print(list(e.absolute_path), e.message[:300])\n"
        "sys.exit(1 if errors else 0)\n");
    QProcess p;
    p.start(test::python3(), {QStringLiteral("-c"), script, QStringLiteral(PEERSCOPE_SCHEMAS_DIR "/csl-data.json"), jsonPath});
    *ran = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit;
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (out.contains(QLatin1String("No module named 'jsonschema'")))
        *ran = false;
    return p.exitCode() == 0 ? QString() : out;
}

QJsonArray exportTo(const QString &path, const QList<Work> &works, const ExportOptions &o)
{
    PublicationExporter exporter(o);
    if (!exporter.exportToFile(works, path).ok)
        return {};
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).array();
}

} // namespace

class TestCslJsonExporter : public QObject
{
    Q_OBJECT

private slots:
    void schema_acceptsDemoAuthorAndStressSet();
    void mapping_keysNamesDatesAndIds();
    void untitledWork_hasUntitledTitle_andNoAuthors();
};

void TestCslJsonExporter::schema_acceptsDemoAuthorAndStressSet()
{
    if (test::python3().isEmpty())
        QSKIP("python3 is not installed (Debian packages python3 python3-jsonschema)");
    QTemporaryDir dir;
    Cache cache;
    QCOMPARE(cache.open(dir.filePath(QStringLiteral("c.sqlite"))), Cache::OpenStatus::Ok);
    Importer importer(cache);
    QVERIFY(importer.importDemo().ok());
    const QList<Work> demo = cache.worksOfAuthor(Importer::demoAuthorId());
    QCOMPARE(demo.size(), 9);

    ExportOptions o;
    o.format = ExportFormat::CslJson;
    o.includeAbstract = true;
    const struct {
        const char *name;
        QList<Work> works;
        bool merge;
    } sets[] = {{"demo", demo, false}, {"demo-merged", demo, true}, {"stress", test::stressWorks(), false}};
    for (const auto &set : sets) {
        o.mergePreprints = set.merge;
        const QString path = dir.filePath(QLatin1String(set.name) + QStringLiteral(".json"));
        const QJsonArray items = exportTo(path, set.works, o);
        QCOMPARE(items.size(), set.works.size() - (set.merge ? 1 : 0));
        bool ran = false;
        const QString problems = validate(path, &ran);
        if (!ran)
            QSKIP("python3-jsonschema is not installed (Debian package, in scripts/setup.sh TEST_PACKAGES)");
        QVERIFY2(problems.isEmpty(), qPrintable(QLatin1String(set.name) + u'\n' + problems));
    }
}

void TestCslJsonExporter::mapping_keysNamesDatesAndIds()
{
    ExportOptions o;
    o.format = ExportFormat::CslJson;
    const QList<Work> works = test::stressWorks();
    PublicationExporter exporter(o);
    const QList<ExportEntry> entries = exporter.prepare(works);
    const QJsonArray items = QJsonDocument::fromJson(exporter.exportToBytes(works).data).array();
    QCOMPARE(items.size(), entries.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        QCOMPARE(item.value(QLatin1String("id")).toString(), entries.at(i).key);
        QCOMPARE(item.value(QLatin1String("custom")).toObject().value(QLatin1String("openalex")).toString(),
                 entries.at(i).work.id);
    }
    const QJsonObject conf = items.at(5).toObject();
    QCOMPARE(conf.value(QLatin1String("type")).toString(), QStringLiteral("paper-conference"));
    QCOMPARE(conf.value(QLatin1String("container-title")).toString(), QStringLiteral("IEEE Visualization"));
    QCOMPARE(conf.value(QLatin1String("page")).toString(), QStringLiteral("100-110"));
    const QJsonObject first = conf.value(QLatin1String("author")).toArray().at(0).toObject();
    QCOMPARE(first.value(QLatin1String("family")).toString(), QStringLiteral("Lovelace"));
    QCOMPARE(first.value(QLatin1String("given")).toString(), QStringLiteral("Ada"));
    const QJsonArray expectedDate{QJsonArray{2020, 6, 15}};
    QCOMPARE(conf.value(QLatin1String("issued")).toObject().value(QLatin1String("date-parts")).toArray(), expectedDate);
    QCOMPARE(items.at(6).toObject().value(QLatin1String("type")).toString(), QStringLiteral("article"));
    QCOMPARE(items.at(2).toObject().value(QLatin1String("author")).toArray().size(), 1000);
}

void TestCslJsonExporter::untitledWork_hasUntitledTitle_andNoAuthors()
{
    ExportOptions o;
    o.format = ExportFormat::CslJson;
    const QJsonArray items = QJsonDocument::fromJson(PublicationExporter(o).exportToBytes(test::stressWorks()).data).array();
    bool found = false;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        if (item.value(QLatin1String("custom")).toObject().value(QLatin1String("openalex")).toString() != u"W9000000018")
            continue;
        found = true;
        QCOMPARE(item.value(QLatin1String("title")).toString(), untitledLabel());
        QVERIFY(!item.contains(QLatin1String("author")));
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestCslJsonExporter)
#include "tst_csljsonexporter.moc"
