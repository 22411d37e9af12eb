// The shapes people keep OpenAlex data in (list pages, bare arrays, JSON
// Lines, the snapshot's gzip parts) give the same cache, and odd content is
// reported and skipped without failing the rest.

#include "cache/cache.h"
#include "cacheinspector.h"
#include "cache/importer.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace peerscope;

namespace {

// The list pages among the fixtures: people, then their works.
const QStringList kEnvelopes{QStringLiteral("authors_search_mearman_perpage20.json"),
                             QStringLiteral("works_by_author_A5017898742_perpage50_page1.json")};

QList<QJsonObject> fixtureRecords()
{
    QList<QJsonObject> records;
    for (const QString &name : kEnvelopes) {
        const QJsonArray results = QJsonDocument::fromJson(test::readFixture(name)).object().value(QLatin1String("results")).toArray();
        for (const QJsonValue &v : results)
            records << v.toObject();
    }
    return records;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray jsonLines(const QList<QJsonObject> &records)
{
    QByteArray out;
    for (const QJsonObject &o : records)
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

bool writeGzip(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
    if (!gz)
        return false;
    const bool written = gzwrite(gz, bytes.constData(), unsigned(bytes.size())) == int(bytes.size());
    return gzclose(gz) == Z_OK && written;
}

// Every row of the tables an import fills, in a stable order, without the
// fetched_at and other *_at timestamps.
QStringList dump(Cache &cache)
{
    QStringList out;
    for (const char *table : {"works", "authorships", "authors"}) {
        QSqlQuery q(CacheInspector::database(cache));
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)))) {
            out << QStringLiteral("error");
            continue;
        }
        QStringList rows;
        while (q.next()) {
            const QSqlRecord r = q.record();
            QStringList cells;
            for (int i = 0; i < r.count(); ++i) {
                if (!r.fieldName(i).endsWith(QLatin1String("_at")))
                    cells << r.fieldName(i) + u'=' + (r.isNull(i) ? QStringLiteral("<null>") : r.value(i).toString());
            }
            rows << QLatin1String(table) + u':' + cells.join(u'|');
        }
        rows.sort();
        out << rows;
    }
    return out;
}

} // namespace

class TestImportFormats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_home;

    ImportReport importInto(const QString &dbName, const QStringList &paths, QStringList *rows, int batch = 0)
    {
        Cache cache;
        if (cache.open(m_dir.filePath(dbName)) != Cache::OpenStatus::Ok)
            return {};
        Importer importer(cache);
        if (batch > 0)
            importer.setBatchSize(batch);
        const ImportReport r = importer.importPaths(paths);
        *rows = dump(cache);
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_home = m_dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(m_home));
    }

    void everyShape_givesTheSameCacheAsTheListPages()
    {
        const QList<QJsonObject> records = fixtureRecords();
        QVERIFY(records.size() > 8);
        QStringList envelopes;
        for (const QString &name : kEnvelopes)
            envelopes << test::fixture(name);
        QStringList reference;
        const ImportReport ref = importInto(QStringLiteral("envelopes.db"), envelopes, &reference);
        QVERIFY2(ref.ok(), qPrintable(ref.errors.join(u'\n')));
        QVERIFY(ref.works > 0 && ref.authors > 0);
        QVERIFY(reference.size() > ref.works + ref.authors);

        QJsonArray array;
        for (const QJsonObject &o : records)
            array << o;
        const QString shapes = m_dir.filePath(QStringLiteral("shapes"));
        const QString bare = shapes + QStringLiteral("/results.json");
        QVERIFY(writeFile(bare, QJsonDocument(array).toJson(QJsonDocument::Indented)));
        const QString lines = shapes + QStringLiteral("/records.jsonl");
        QVERIFY(writeFile(lines, jsonLines(records)));
        // JSON Lines told by content alone, with a blank line and CRLF ends.
        const QString unnamed = shapes + QStringLiteral("/saved.json");
        QVERIFY(writeFile(unnamed, "\n" + jsonLines(records).replace("\n", "\r\n")));
        const QString snapshot = shapes + QStringLiteral("/data");
        QVERIFY(writeGzip(snapshot + QStringLiteral("/works/updated_date=2024-01-01/part_000.gz"), jsonLines(records)));
        const QString gzNamed = shapes + QStringLiteral("/records.jsonl.gz");
        QVERIFY(writeGzip(gzNamed, jsonLines(records)));

        int n = 0;
        for (const QString &path : {bare, lines, unnamed, snapshot, gzNamed}) {
            for (int batch : {0, 7}) {
                QStringList rows;
                const ImportReport r = importInto(QStringLiteral("shape%1.db").arg(++n), {path}, &rows, batch);
                QVERIFY2(r.ok(), qPrintable(path + u'\n' + r.errors.join(u'\n')));
                QCOMPARE(r.files, 1);
                QCOMPARE(r.works, ref.works);
                QCOMPARE(r.authors, ref.authors);
                QCOMPARE(r.withoutId + r.unreadableRecords + r.nonEntityBodies, 0);
                QVERIFY2(rows == reference, qPrintable(path));
            }
        }
    }

    void oddFolder_importsTheGoodAndReportsEachOddThing()
    {
        const QString folder = m_dir.filePath(QStringLiteral("odd"));
        const QList<QJsonObject> records = fixtureRecords();
        QJsonObject noId = records.last();
        noId.remove(QStringLiteral("id"));
        QJsonObject nullId = records.last();
        nullId.insert(QStringLiteral("id"), QJsonValue::Null);
        QByteArray lines = QJsonDocument(records.at(0)).toJson(QJsonDocument::Compact) + '\n'
                           + QJsonDocument(records.at(1)).toJson(QJsonDocument::Compact) + '\n'
                           + "{\"id\": \"https://openalex.org/W1\", \"title\": \n"  // line 3: cut short
                           + QJsonDocument(noId).toJson(QJsonDocument::Compact) + '\n'
                           + QJsonDocument(nullId).toJson(QJsonDocument::Compact) + '\n'
                           + QJsonDocument(records.last()).toJson(QJsonDocument::Compact) + '\n';
        QVERIFY(writeFile(folder + QStringLiteral("/a/lines.jsonl"), lines));
        QVERIFY(writeFile(folder + QStringLiteral("/b/group_by.json"),
                          R"({"meta":{"count":2,"groups_count":2},"results":[],"group_by":[{"key":"2020","count":5}]})"));
        QVERIFY(writeFile(folder + QStringLiteral("/c/error.json"),
                          R"({"error":"Invalid query parameters error.","message":"per_page is too large, maximum is 100"})"));
        QVERIFY(writeFile(folder + QStringLiteral("/d/empty.json"), "[]"));
        QVERIFY(writeFile(folder + QStringLiteral("/e/good.json"), test::readFixture(QStringLiteral("work_W2250748100.json"))));
        QVERIFY(writeFile(folder + QStringLiteral("/f/manifest"), "not data"));

        QStringList rows;
        const ImportReport r = importInto(QStringLiteral("odd.db"), {folder}, &rows);
        QCOMPARE(r.files, 5);
        QCOMPARE(r.unreadableRecords, 1);
        QCOMPARE(r.withoutId, 2);
        QCOMPARE(r.nonEntityBodies, 3);
        QCOMPARE(r.authors, 2);
        QCOMPARE(r.works, 2);
        QVERIFY(!r.cacheFailed);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().contains(QLatin1String("lines.jsonl: line 3")), qPrintable(r.errors.first()));
        const QString notices = r.notices.join(u'\n');
        QVERIFY2(notices.contains(QLatin1String("group_by.json: no OpenAlex entities: a group_by answer")), qPrintable(notices));
        QVERIFY2(notices.contains(QLatin1String("an OpenAlex error answer: per_page is too large")), qPrintable(notices));
        QVERIFY2(notices.contains(QLatin1String("empty.json: no OpenAlex entities: an empty list")), qPrintable(notices));

        // The command line: exit 1 (a line could not be read), the good
        // records stored, every odd thing named on stderr.
        const QString db = m_dir.filePath(QStringLiteral("odd-cli.db"));
        const test::ProcessResult p = test::runPeerscope({QStringLiteral("--db"), db, QStringLiteral("import"), folder}, m_home);
        QCOMPARE(p.exitCode, 1);
        QVERIFY2(p.out.contains("2 authors, 2 works"), p.out.constData());
        for (const char *said : {"line 3", "a group_by answer", "an OpenAlex error answer: per_page is too large", "an empty list",
                                 "Skipped: 2 records without an OpenAlex id, 1 unreadable records, 3 files without entities"})
            QVERIFY2(p.err.contains(said), qPrintable(QLatin1String(said) + u'\n' + QString::fromUtf8(p.err)));
        Cache cache;
        QCOMPARE(cache.open(db), Cache::OpenStatus::Ok);
        QVERIFY(cache.work(QStringLiteral("W2250748100")).has_value());
    }

    void nonEntityBodiesAlone_exit0()
    {
        const QString folder = m_dir.filePath(QStringLiteral("bodies"));
        QVERIFY(writeFile(folder + QStringLiteral("/group_by.json"), R"({"meta":{"count":0},"results":[],"group_by":[]})"));
        const test::ProcessResult p = test::runPeerscope(
            {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("bodies.db")), QStringLiteral("import"), folder}, m_home);
        QCOMPARE(p.exitCode, 0);
        QVERIFY(p.err.contains("a group_by answer"));
    }

    void truncatedGzip_reportedAndEarlierRecordsKept()
    {
        const QList<QJsonObject> records = fixtureRecords();
        QByteArray lines;
        for (int copy = 0; copy < 40; ++copy)
            lines += jsonLines(records);
        const QString full = m_dir.filePath(QStringLiteral("cut/full.gz"));
        QVERIFY(writeGzip(full, lines));
        QFile f(full);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QString cut = m_dir.filePath(QStringLiteral("cut/part_000.gz"));
        QVERIFY(writeFile(cut, bytes.left(bytes.size() * 2 / 3)));
        QStringList rows;
        const ImportReport r = importInto(QStringLiteral("cut.db"), {cut}, &rows, 10);
        QVERIFY(!r.cacheFailed);
        // The last line is cut too: at most that line and the file are named.
        QVERIFY(r.errors.size() <= 2);
        QVERIFY2(r.errors.last().contains(QLatin1String("ends early")), qPrintable(r.errors.join(u'\n')));
        QVERIFY(r.works > 0);
    }

    void progressAndCancel_stopAfterACommittedBatch()
    {
        const QList<QJsonObject> records = fixtureRecords();
        QByteArray lines;
        for (int copy = 0; copy < 20; ++copy)
            lines += jsonLines(records);
        const QString path = m_dir.filePath(QStringLiteral("progress/part_000.gz"));
        QVERIFY(writeGzip(path, lines));
        const qint64 size = QFileInfo(path).size();

        Cache cache;
        QCOMPARE(cache.open(m_dir.filePath(QStringLiteral("progress.db"))), Cache::OpenStatus::Ok);
        Importer importer(cache);
        importer.setBatchSize(5);
        QList<ImportProgress> seen;
        importer.setProgressCallback([&](const ImportProgress &p) { seen << p; });
        const ImportReport all = importer.importPaths({path});
        QVERIFY(all.ok());
        QVERIFY(seen.size() > 3);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i).bytesRead >= seen.at(i - 1).bytesRead);
        QCOMPARE(seen.last().bytesTotal, size);
        QCOMPARE(seen.last().bytesRead, size);
        QCOMPARE(seen.last().entities, qint64(all.entities()));

        Cache other;
        QCOMPARE(other.open(m_dir.filePath(QStringLiteral("cancelled.db"))), Cache::OpenStatus::Ok);
        Importer stopping(other);
        stopping.setBatchSize(5);
        int batches = 0;
        stopping.setProgressCallback([&](const ImportProgress &p) { batches += p.entities > 0 ? 1 : 0; });
        stopping.setCancelCheck([&] { return batches >= 2; });
        const ImportReport stopped = stopping.importPaths({path});
        QVERIFY(stopped.cancelled);
        QCOMPARE(stopped.entities(), 10);
    }
};

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"
