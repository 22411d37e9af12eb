// Replays every input the fuzzers found a problem with (tests/fuzz-regressions/
// <target>/) and the seed corpus (the OpenAlex fixtures) through the same
// entry points as the libFuzzer targets in fuzz/, in the normal build.

#include "../fuzz/entrypoints.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace peerscope;

namespace {

const QStringList kTargets{QStringLiteral("openalexparser"), QStringLiteral("importer"), QStringLiteral("bibtexwriter"),
                           QStringLiteral("riswriter")};

QString regressionsDir()
{
    return QStringLiteral(PEERSCOPE_SOURCE_DIR "/tests/fuzz-regressions");
}

QStringList filesUnder(const QString &dir, const QStringList &filters = {})
{
    QStringList files;
    QDirIterator it(dir, filters, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_cacheNumber = 0;

    QString run(const QString &target, const QByteArray &input)
    {
        if (target == u"openalexparser")
            return fuzz::runParser(input);
        if (target == u"importer") {
            // A fresh cache per input: a replay must not depend on the last.
            Cache cache;
            if (cache.open(m_dir.filePath(QStringLiteral("c%1.db").arg(++m_cacheNumber))) != Cache::OpenStatus::Ok)
                return QStringLiteral("cannot open a cache: ") + cache.errorString();
            return fuzz::runImporter(cache, input);
        }
        if (target == u"bibtexwriter")
            return fuzz::runBibTeX(input);
        if (target == u"riswriter")
            return fuzz::runRis(input);
        return QStringLiteral("unknown target ") + target;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(regressionsDir()).exists());
    }

    void keptInput_passesItsTarget_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        for (const QString &target : kTargets) {
            // Inputs kept for a target are replayed through every target:
            // they are hostile JSON for all of them.
            for (const QString &file : filesUnder(regressionsDir())) {
                if (QFileInfo(file).fileName() == u"README.md")
                    continue;
                const QString name = target + u':' + QDir(regressionsDir()).relativeFilePath(file);
                QTest::newRow(qPrintable(name)) << target << file;
            }
        }
    }
    void keptInput_passesItsTarget()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString problem = run(target, f.readAll());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void seedCorpus_passesEveryTarget_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        const QStringList seeds = filesUnder(test::fixturesDir(), {QStringLiteral("*.json")})
                                  + filesUnder(QStringLiteral(PEERSCOPE_SOURCE_DIR "/fuzz/seeds"));
        QVERIFY(seeds.size() > 20);
        for (const QString &target : kTargets)
            for (const QString &file : seeds)
                QTest::newRow(qPrintable(target + u':' + QFileInfo(file).fileName())) << target << file;
    }
    void seedCorpus_passesEveryTarget()
    {
        keptInput_passesItsTarget();
    }

    void writers_seedWorks_produceEntries()
    {
        // The replay would prove little if the writers saw no works at all.
        const QByteArray page = test::readFixture(QStringLiteral("works_by_author_A5017898742_perpage50_page1.json"));
        QVERIFY(fuzz::worksOf(page).size() >= 9);
        QVERIFY(fuzz::runBibTeX(page).isEmpty());
        QVERIFY(fuzz::runRis(page).isEmpty());
        // And the invariants do catch a broken output.
        QVERIFY(!fuzz::checkBraces(QStringLiteral("@article{k,\n  title = {a}}},\n}\n")).isEmpty());
        QVERIFY(!fuzz::checkBraces(QStringLiteral("@article{k,\n  title = {a,\n}\n")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
