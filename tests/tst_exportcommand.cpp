// peerscope export: the command-line contract, through the built binary.

#include "testsupport.h"

#include "cache/cache.h"
#include "cache/workqueries.h"
#include "export/publicationexporter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;

class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stdout_carriesEveryWork_data();
    void stdout_carriesEveryWork();
    void outputFile_isWritten_andMergeFoldsThePreprint();
    void unknownFormat_exitsOneWithTheList();
    void unwritablePath_exitsOne_andWritesNothing();
    void library_unwritablePath_reportsAndWritesNothing();
    void unreadableWork_exitsFour_namesIt_andWritesNothing();
    void library_exportCachedWorks_failsOnAnUnreadableWork();
    void library_exportCachedWorks_failsWhenReadsAreInterrupted();

private:
    // A demo cache of its own at name whose work (the second newest of the
    // demo author) cannot be read; its ID and the author's work IDs.
    QString brokenCache(const QString &name, QString *brokenWork, QStringList *ids = nullptr);

    QTemporaryDir m_home;
    QString m_db;
};

void TestExportCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_db = m_home.filePath(QStringLiteral("cache.sqlite"));
    const test::ProcessResult r = test::runPeerscope({QStringLiteral("--db"), m_db, QStringLiteral("demo")}, m_home.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestExportCommand::stdout_carriesEveryWork_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("recordPattern");
    QTest::newRow("bibtex") << QStringLiteral("bibtex") << QStringLiteral("^@\\w+\\{");
    QTest::newRow("biblatex") << QStringLiteral("biblatex") << QStringLiteral("^@\\w+\\{");
    QTest::newRow("ris") << QStringLiteral("ris") << QStringLiteral("^ER  - ");
    QTest::newRow("csljson") << QStringLiteral("csljson") << QStringLiteral("^    \\{");
    QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("^\"[^k]");
    QTest::newRow("jsonl") << QStringLiteral("jsonl") << QStringLiteral("^\\{\"");
    QTest::newRow("markdown") << QStringLiteral("markdown") << QStringLiteral("^\\d+\\. ");
}

void TestExportCommand::stdout_carriesEveryWork()
{
    QFETCH(QString, format);
    QFETCH(QString, recordPattern);
    const test::ProcessResult r = test::runPeerscope(
        {QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("A5017898742"), QStringLiteral("--format"), format},
        m_home.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QRegularExpression record(recordPattern, QRegularExpression::MultilineOption);
    QCOMPARE(QString::fromUtf8(r.out).count(record), 9);
}

void TestExportCommand::outputFile_isWritten_andMergeFoldsThePreprint()
{
    // A cache of its own: the other tests pinned the default keys in m_db.
    const QString db = m_home.filePath(QStringLiteral("fresh.sqlite"));
    QCOMPARE(test::runPeerscope({QStringLiteral("--db"), db, QStringLiteral("demo")}, m_home.path()).exitCode, 0);
    const QString path = m_home.filePath(QStringLiteral("list.bib"));
    const test::ProcessResult r = test::runPeerscope(
        {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("A5017898742"), QStringLiteral("--format"),
         QStringLiteral("biblatex"), QStringLiteral("-o"), path, QStringLiteral("--merge-preprints"), QStringLiteral("--ascii"),
         QStringLiteral("--key-pattern"), QStringLiteral("[auth:lower][year]")},
        m_home.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString bib = QString::fromUtf8(f.readAll());
    QCOMPARE(bib.count(QRegularExpression(QStringLiteral("^@\\w+\\{"), QRegularExpression::MultilineOption)), 8);
    QVERIFY(bib.contains(QLatin1String("addendum = {Preprint: arXiv:2108.04680")));
    const QRegularExpression keyLine(QStringLiteral("^@\\w+\\{([^,]+),"), QRegularExpression::MultilineOption);
    QStringList keys;
    for (auto it = keyLine.globalMatch(bib); it.hasNext();)
        keys << it.next().captured(1);
    QCOMPARE(keys.size(), 8);
    for (const QString &k : std::as_const(keys))
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z]+20\\d\\d[a-z]?$")).match(k).hasMatch(), qPrintable(k));

    // Keys are pinned now: another pattern later does not change them.
    const test::ProcessResult again = test::runPeerscope(
        {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("A5017898742"), QStringLiteral("--format"),
         QStringLiteral("bibtex"), QStringLiteral("--merge-preprints"), QStringLiteral("--key-pattern"),
         QStringLiteral("[title]")},
        m_home.path());
    QCOMPARE(again.exitCode, 0);
    QStringList keysAgain;
    for (auto it = keyLine.globalMatch(QString::fromUtf8(again.out)); it.hasNext();)
        keysAgain << it.next().captured(1);
    QCOMPARE(keysAgain, keys);
}

void TestExportCommand::unknownFormat_exitsOneWithTheList()
{
    const test::ProcessResult r = test::runPeerscope(
        {QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("A5017898742"), QStringLiteral("--format"),
         QStringLiteral("endnote")},
        m_home.path());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    for (const char *name : {"bibtex", "biblatex", "ris", "csljson", "csv", "jsonl", "markdown"})
        QVERIFY2(r.err.contains(name), r.err.constData());
}

void TestExportCommand::unwritablePath_exitsOne_andWritesNothing()
{
    // A path under a regular file cannot be created, even by root.
    const QString blocker = m_home.filePath(QStringLiteral("blocker"));
    QFile b(blocker);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("x");
    b.close();
    const QString path = blocker + QStringLiteral("/out.bib");
    const test::ProcessResult r = test::runPeerscope(
        {QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("A5017898742"), QStringLiteral("--format"),
         QStringLiteral("bibtex"), QStringLiteral("-o"), path},
        m_home.path());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestExportCommand::library_unwritablePath_reportsAndWritesNothing()
{
    QTemporaryDir dir;
    Work w;
    w.id = QStringLiteral("W1");
    w.title = QStringLiteral("T");
    const QString path = dir.filePath(QStringLiteral("missing-folder/out.ris"));
    ExportOptions o;
    o.format = ExportFormat::Ris;
    const ExportResult r = exportWorksToFile({w}, o, path);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QLatin1String("out.ris")));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    // The same call to a writable place succeeds and leaves only the file.
    const QString good = dir.filePath(QStringLiteral("out.ris"));
    QVERIFY(exportWorksToFile({w}, o, good).ok);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("out.ris")});
}

QString TestExportCommand::brokenCache(const QString &name, QString *brokenWork, QStringList *ids)
{
    const QString db = m_home.filePath(name);
    if (test::runPeerscope({QStringLiteral("--db"), db, QStringLiteral("demo")}, m_home.path()).exitCode != 0)
        return {};
    QStringList all;
    {
        Cache cache;
        if (cache.open(db) != Cache::OpenStatus::Ok)
            return {};
        all = WorkQueries(cache).idsOfPersonNewestFirst(QStringLiteral("A5017898742")).valueOr({});
    }
    if (all.size() < 3)
        return {};
    *brokenWork = all.at(1);
    if (ids)
        *ids = all;
    QString why;
    if (!test::makeWorkUnreadable(db, *brokenWork, &why)) {
        qWarning() << why;
        return {};
    }
    return db;
}

void TestExportCommand::unreadableWork_exitsFour_namesIt_andWritesNothing()
{
    QString broken;
    const QString db = brokenCache(QStringLiteral("broken-cli.sqlite"), &broken);
    QVERIFY(!db.isEmpty());
    for (const bool toFile : {true, false}) {
        const QString path = m_home.filePath(QStringLiteral("unreadable.bib"));
        QStringList args{QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("A5017898742"),
                         QStringLiteral("--format"), QStringLiteral("bibtex")};
        if (toFile)
            args << QStringLiteral("-o") << path;
        const test::ProcessResult r = test::runPeerscope(args, m_home.path());
        QCOMPARE(r.exitCode, 4); // CacheError
        // Says which work could not be read, and why.
        QVERIFY2(r.err.contains(broken.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("malformed JSON"), r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY(!QFile::exists(path));
    }
}

void TestExportCommand::library_exportCachedWorks_failsOnAnUnreadableWork()
{
    QString broken;
    QStringList ids;
    const QString db = brokenCache(QStringLiteral("broken-library.sqlite"), &broken, &ids);
    QVERIFY(!db.isEmpty());
    Cache cache;
    QCOMPARE(cache.open(db), Cache::OpenStatus::Ok);
    // The read that fails: reading the works one by one and keeping those
    // that read (the window's old export) would have left this one out and
    // reported success.
    QVERIFY(!cache.work(broken));
    QVERIFY(!cache.lastError().isEmpty());

    ExportOptions o;
    o.format = ExportFormat::BibTeX;
    const QString path = m_home.filePath(QStringLiteral("library-unreadable.bib"));
    const ExportResult r = exportCachedWorks(cache, ids, o, path);
    QVERIFY(!r.ok);
    QVERIFY(r.readFailed);
    QVERIFY2(r.error.contains(QLatin1String("malformed JSON")), qPrintable(r.error));
    QCOMPARE(r.entries, 0);
    QVERIFY(!QFile::exists(path));
    // In memory too: no bytes of a partial list.
    const ExportResult bytes = exportCachedWorks(cache, ids, o, {});
    QVERIFY(!bytes.ok);
    QVERIFY(bytes.data.isEmpty());

    // Without the unreadable work the same call exports the others.
    QStringList readable = ids;
    readable.removeAll(broken);
    const ExportResult rest = exportCachedWorks(cache, readable, o, path);
    QVERIFY2(rest.ok, qPrintable(rest.error));
    QCOMPARE(rest.entries, int(readable.size()));
    QVERIFY(QFile::exists(path));

    // A work no longer in the cache is named too, not dropped.
    const ExportResult gone = exportCachedWorks(cache, readable + QStringList{QStringLiteral("W1")}, o, {});
    QVERIFY(!gone.ok);
    QVERIFY2(gone.error.contains(QLatin1String("W1")), qPrintable(gone.error));
}

void TestExportCommand::library_exportCachedWorks_failsWhenReadsAreInterrupted()
{
    const QString db = m_home.filePath(QStringLiteral("interrupted.sqlite"));
    QCOMPARE(test::runPeerscope({QStringLiteral("--db"), db, QStringLiteral("demo")}, m_home.path()).exitCode, 0);
    Cache cache;
    QCOMPARE(cache.open(db), Cache::OpenStatus::Ok);
    const Read<QStringList> ids = WorkQueries(cache).idsOfPersonNewestFirst(QStringLiteral("A5017898742"));
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), 9);
    bool stop = true;
    cache.interruptWhen([&stop] { return stop; });
    ExportOptions o;
    o.format = ExportFormat::Ris;
    const QString path = m_home.filePath(QStringLiteral("interrupted.ris"));
    // Enough rows that the statement runs past SQLite's progress check
    // (every thousand instructions) whatever the plan.
    QStringList many;
    for (int i = 0; i < 300; ++i)
        many += *ids;
    const ExportResult r = exportCachedWorks(cache, many, o, path);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("interrupted")), qPrintable(r.error));
    QVERIFY(!QFile::exists(path));
    stop = false;
    const ExportResult again = exportCachedWorks(cache, *ids, o, path);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.entries, 9);
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
