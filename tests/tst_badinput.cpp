// Bad input on the command line, through the built binary: unknown flags and
// formats, malformed IDs, unreadable paths and output paths that cannot be
// written. Each is a clear error on stderr, exit code 1, nothing on stdout
// and no file (or partial file) left behind. Complements tst_cli's checks.

#include "cache/cache.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace peerscope;
using test::ProcessResult;

class tst_BadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_db;

    ProcessResult run(const QStringList &args)
    {
        return test::runPeerscope(QStringList{QStringLiteral("--db"), m_db} + args, m_home.path());
    }

    QStringList homeEntries() const
    {
        return QDir(m_home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    }

    // Exit 1, a message naming what was wrong, no data, nothing new on disk
    // besides the cache itself.
    void expectRefused(const QStringList &args, const QByteArray &mentions)
    {
        const QStringList before = homeEntries();
        const ProcessResult r = run(args);
        const QString context = args.join(u' ') + QStringLiteral("\nstderr: ") + QString::fromUtf8(r.err);
        QVERIFY2(!r.crashed, qPrintable(context));
        QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1: ").arg(r.exitCode) + context));
        QVERIFY2(r.err.toLower().contains(mentions.toLower()), qPrintable(context));
        // import's one-line summary ("Imported 0 files: ...") is the only
        // output allowed; never data.
        QVERIFY2(r.out.isEmpty() || (args.contains(QStringLiteral("import")) && r.out.startsWith("Imported 0 files") && r.out.count('\n') == 1),
                 qPrintable(context + QStringLiteral("\nstdout: ") + QString::fromUtf8(r.out)));
        QCOMPARE(homeEntries(), before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_db = m_home.filePath(QStringLiteral("cache.db"));
        const ProcessResult demo = run({QStringLiteral("demo")});
        QCOMPARE(demo.exitCode, 0);
        // A bigger publication list and network for the demo author: the
        // works page again with new work and co-author IDs, so exports and
        // graphs are large enough to fail half-way under a file-size limit.
        const QString extra = m_home.filePath(QStringLiteral("extra"));
        QVERIFY(QDir().mkpath(extra));
        const QByteArray page = test::readFixture(QStringLiteral("works_by_author_A5017898742_perpage50_page1.json"));
        QVERIFY(page.contains("A5017898742"));
        for (int k = 1; k <= 30; ++k) {
            // OpenAlex IDs have at most 12 digits: two more in front of the 10.
            const QByteArray prefix = QByteArray::number(10 + k);
            QByteArray json = page;
            json.replace("openalex.org/W", QByteArray("openalex.org/W" + prefix));
            json.replace("openalex.org/A", QByteArray("openalex.org/A" + prefix));
            json.replace(QByteArray("openalex.org/A" + prefix + "5017898742"), "openalex.org/A5017898742");
            QFile f(extra + QStringLiteral("/page%1.json").arg(k));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json);
        }
        const ProcessResult imported = run({QStringLiteral("import"), extra});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.out.contains("270 works"), imported.out.constData());
        QVERIFY(QDir(extra).removeRecursively());
        // Pin the citation keys once, so later exports only read the cache.
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("A5017898742"), QStringLiteral("--format"), QStringLiteral("bibtex")}).exitCode, 0);
    }

    void unknownOptionsOfEveryCommand_exit1()
    {
        const QString author = QStringLiteral("A5017898742");
        expectRefused({QStringLiteral("export"), author, QStringLiteral("--format"), QStringLiteral("ris"), QStringLiteral("--colour")}, "colour");
        expectRefused({QStringLiteral("graph"), author, QStringLiteral("--format"), QStringLiteral("dot"), QStringLiteral("--depth=3")}, "depth");
        expectRefused({QStringLiteral("works"), author, QStringLiteral("--xml")}, "xml");
        expectRefused({QStringLiteral("search"), QStringLiteral("mearman"), QStringLiteral("--limit")}, "limit");
        expectRefused({QStringLiteral("import"), QStringLiteral("--recursive"), test::fixturesDir()}, "recursive");
        expectRefused({QStringLiteral("demo"), QStringLiteral("extra")}, "no arguments");
    }

    void unknownGlobalOption_exit1InsteadOfOpeningTheWindow()
    {
        // Without the check, an unknown global option fell through to the
        // window (or, with no display, printed the demo profile, exit 0).
        expectRefused({QStringLiteral("--verbose"), QStringLiteral("show"), QStringLiteral("A5017898742")}, "--verbose");
        expectRefused({QStringLiteral("--api_key=x"), QStringLiteral("search"), QStringLiteral("mearman")}, "--api_key");
        expectRefused({QStringLiteral("-x")}, "-x");
    }

    void unknownFormats_exit1AndListTheKnownOnes()
    {
        const QString author = QStringLiteral("A5017898742");
        expectRefused({QStringLiteral("export"), author, QStringLiteral("--format"), QStringLiteral("docx")}, "bibtex");
        expectRefused({QStringLiteral("export"), author, QStringLiteral("--format"), QStringLiteral("")}, "format");
        expectRefused({QStringLiteral("export"), author}, "--format");
        expectRefused({QStringLiteral("export"), author, QStringLiteral("--format"), QStringLiteral("BIBTEX; rm -rf")}, "unknown");
        expectRefused({QStringLiteral("graph"), author, QStringLiteral("--format"), QStringLiteral("jpeg")}, "graphml");
        expectRefused({QStringLiteral("graph"), author, QStringLiteral("--hops"), QStringLiteral("many"), QStringLiteral("--format"), QStringLiteral("dot")}, "hops");
        expectRefused({QStringLiteral("graph"), author, QStringLiteral("--year"), QStringLiteral("twenty"), QStringLiteral("--format"), QStringLiteral("dot")}, "year");
        expectRefused({QStringLiteral("export"), author, QStringLiteral("--format"), QStringLiteral("bibtex"), QStringLiteral("--key-pattern"),
                       QStringLiteral("[nonsense")}, "pattern");
    }

    void malformedIds_exit1()
    {
        // Something that is an ID, but not of an author.
        for (const char *id : {"W2250748100", "https://openalex.org/W2250748100", "I161548249", "https://openalex.org/S137773608"}) {
            expectRefused({QStringLiteral("show"), QLatin1String(id)}, id);
            expectRefused({QStringLiteral("export"), QLatin1String(id), QStringLiteral("--format"), QStringLiteral("csv")}, id);
            expectRefused({QStringLiteral("graph"), QLatin1String(id), QStringLiteral("--format"), QStringLiteral("dot")}, id);
        }
    }

    void unreadableImportPaths_exit1AndNameThePath()
    {
        const QString dangling = m_home.filePath(QStringLiteral("dangling.json"));
        QVERIFY(QFile::link(m_home.filePath(QStringLiteral("gone.json")), dangling));
        expectRefused({QStringLiteral("import"), dangling}, "dangling.json");
        QFile::remove(dangling);

        QTemporaryDir empty;
        expectRefused({QStringLiteral("import"), empty.path()}, "no .json files");

        QTemporaryDir binary;
        QFile png(binary.filePath(QStringLiteral("picture.json")));
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        png.close();
        const ProcessResult r = run({QStringLiteral("import"), png.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("picture.json"));

        // A folder named like a file, passed where a file is expected.
        QTemporaryDir folders;
        QVERIFY(QDir().mkpath(folders.filePath(QStringLiteral("not-a-file.json"))));
        const ProcessResult f = run({QStringLiteral("import"), folders.filePath(QStringLiteral("not-a-file.json"))});
        QCOMPARE(f.exitCode, 1);
        QVERIFY(f.err.contains("not-a-file.json"));
    }

    void unwritableOutputPaths_exit1AndLeaveNothing_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("format");
        QTest::newRow("export bibtex") << QStringLiteral("export") << QStringLiteral("bibtex");
        QTest::newRow("export csv") << QStringLiteral("export") << QStringLiteral("csv");
        QTest::newRow("graph graphml") << QStringLiteral("graph") << QStringLiteral("graphml");
        QTest::newRow("graph png") << QStringLiteral("graph") << QStringLiteral("png");
    }
    void unwritableOutputPaths_exit1AndLeaveNothing()
    {
        QFETCH(QString, command);
        QFETCH(QString, format);
        QTemporaryDir out;
        // A regular file where a folder should be.
        QFile blocker(out.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("keep me");
        blocker.close();
        // An existing folder where the file should go.
        QVERIFY(QDir().mkpath(out.filePath(QStringLiteral("taken"))));
        const QStringList targets{out.filePath(QStringLiteral("missing/sub/list.out")), out.filePath(QStringLiteral("blocker/list.out")),
                                  out.filePath(QStringLiteral("taken")), QString()};
        for (const QString &target : targets) {
            const QStringList args{command, QStringLiteral("A5017898742"), QStringLiteral("--format"), format, QStringLiteral("-o"), target};
            const ProcessResult r = run(args);
            const QString context = args.join(u' ') + u'\n' + QString::fromUtf8(r.err);
            QVERIFY2(r.exitCode == 1, qPrintable(context));
            QVERIFY2(r.err.contains("write") || r.err.contains("Writing"), qPrintable(context));
            QVERIFY2(r.out.isEmpty(), qPrintable(context));
            QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name),
                     (QStringList{QStringLiteral("blocker"), QStringLiteral("taken")}));
            QVERIFY(QDir(out.filePath(QStringLiteral("taken"))).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
        }
        QFile kept(out.filePath(QStringLiteral("blocker")));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
    }

    void outputDiskFull_failsAndThePreviousFileStays()
    {
        // The file-size limit makes the write fail half-way (SIGXFSZ ignored,
        // so write() returns EFBIG): the previous file must stay whole and no
        // temporary file may be left.
        if (QStandardPaths::findExecutable(QStringLiteral("sh")).isEmpty())
            QSKIP("no /bin/sh to set the file-size limit");
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("list.bib"));
        QFile previous(target);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("% the previous export\n");
        previous.close();
        for (const QString &command : {QStringLiteral("export"), QStringLiteral("graph")}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.insert(QStringLiteral("HOME"), m_home.path());
            p.setProcessEnvironment(env);
            // 100 blocks of 512 bytes: room for SQLite's 32 KiB shared-memory
            // file (the cache is only read), far less than either output.
            p.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 100; exec \"$0\" \"$@\""),
                                           QStringLiteral(PEERSCOPE_BINARY), QStringLiteral("--db"), m_db, command,
                                           QStringLiteral("A5017898742"), QStringLiteral("--format"),
                                           command == u"export" ? QStringLiteral("bibtex") : QStringLiteral("graphml"),
                                           QStringLiteral("-o"), target});
            QVERIFY(p.waitForFinished(120000));
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(p.exitStatus() == QProcess::NormalExit, err.constData());
            // Either the write fails (exit 1), or already SQLite's sort spill
            // fails and the cache read is refused (exit 4; this used to
            // "export 0 works" and replace the file with an empty one). The
            // graph may find no readable works (exit 2). Never success.
            const QString context = QStringLiteral("%1: exit %2: %3").arg(command).arg(p.exitCode()).arg(QString::fromUtf8(err));
            if (command == u"export")
                QVERIFY2((p.exitCode() == 1 && (err.contains("write") || err.contains("Writing")))
                             || (p.exitCode() == 4 && err.contains("cannot read")),
                         qPrintable(context));
            else
                QVERIFY2(p.exitCode() != 0 && !err.isEmpty(), qPrintable(context));
            QVERIFY(previous.open(QIODevice::ReadOnly));
            QCOMPARE(previous.readAll(), QByteArray("% the previous export\n"));
            previous.close();
            QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("list.bib")});
        }
    }
};

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_badinput.moc"
