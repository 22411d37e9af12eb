// BibTeX and BibLaTeX exports, checked the way a reference manager would:
// biber reads them in tool mode and validates them against biblatex's data
// model.

#include "data/export/stressworks.h"
#include "testsupport.h"

#include "cache/cache.h"
#include "cache/importer.h"
#include "core/displaytext.h"
#include "export/bibtexexporter.h"
#include "export/latextext.h"
#include "export/publicationexporter.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;

namespace {

struct BiberRun {
    bool started = false;
    int exitCode = -1;
    QStringList problems;    // WARN and ERROR lines
    QStringList keys;        // entries biber wrote back
    QString output;
};

BiberRun runBiber(const QString &dir, const QByteArray &bib)
{
    BiberRun r;
    const QString in = dir + QStringLiteral("/export.bib");
    QFile f(in);
    if (!f.open(QIODevice::WriteOnly) || f.write(bib) != bib.size())
        return r;
    f.close();
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("biber"), {QStringLiteral("--tool"), QStringLiteral("--validate-datamodel"),
                                      QStringLiteral("--output-file"), dir + QStringLiteral("/checked.bib"), in});
    if (!p.waitForStarted(30000))
        return r;
    r.started = true;
    p.waitForFinished(300000);
    r.exitCode = p.exitCode();
    r.output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    for (const QString &line : r.output.split(u'\n')) {
        if (line.startsWith(QLatin1String("WARN")) || line.startsWith(QLatin1String("ERROR")))
            r.problems << line;
    }
    QFile out(dir + QStringLiteral("/checked.bib"));
    if (out.open(QIODevice::ReadOnly)) {
        static const QRegularExpression entry(QStringLiteral("^@\\w+\\{([^,\\s]+),"),
                                              QRegularExpression::MultilineOption);
        auto it = entry.globalMatch(QString::fromUtf8(out.readAll()));
        while (it.hasNext())
            r.keys << it.next().captured(1);
    }
    return r;
}

QStringList keysOf(const QList<ExportEntry> &entries)
{
    QStringList keys;
    for (const ExportEntry &e : entries)
        keys << e.key;
    keys.sort();
    return keys;
}

QString entryFor(const QList<ExportEntry> &entries, const QString &workId, ExportFormat format, bool ascii = false)
{
    ExportOptions o;
    o.format = format;
    o.asciiOnly = ascii;
    const BibTexExporter w(format == ExportFormat::BibTeX ? BibTexExporter::Dialect::BibTeX
                                                          : BibTexExporter::Dialect::BibLaTeX);
    for (const ExportEntry &e : entries) {
        if (e.work.id == workId)
            return w.entry(e, o);
    }
    return {};
}

} // namespace

class TestBibTexExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void biberValidates_demoAuthor_data();
    void biberValidates_demoAuthor();
    void biberValidates_stressSet_data();
    void biberValidates_stressSet();
    void hostileStrings_neverUnbalanceAnEntry();
    void ascii_escapesAccentsAndStaysAscii();
    void title_protectsAcronymsAndProperNouns();
    void entryTypes_followWorkAndSourceType();
    void mergedPreprint_isNotedOnThePublishedEntry();
    void untitledWork_saysUntitled_andKeepsDistinctKeys();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Cache> m_cache;
    QList<Work> m_demoWorks;
    bool m_haveBiber = false;
};

void TestBibTexExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_cache = std::make_unique<Cache>();
    QCOMPARE(m_cache->open(m_dir.filePath(QStringLiteral("cache.sqlite"))), Cache::OpenStatus::Ok);
    Importer importer(*m_cache);
    QStringList files;
    for (const QString &name : QDir(test::fixturesDir()).entryList({QStringLiteral("work_*.json")}))
        files << test::fixture(name);
    files << test::fixture(QStringLiteral("author_A5017898742.json"));
    const ImportReport report = importer.importPaths(files);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    m_demoWorks = m_cache->worksOfAuthor(QStringLiteral("A5017898742"));
    QCOMPARE(m_demoWorks.size(), 9);
    m_haveBiber = !QStandardPaths::findExecutable(QStringLiteral("biber")).isEmpty();
}

void TestBibTexExporter::biberValidates_demoAuthor_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("ascii");
    QTest::addColumn<bool>("merge");
    QTest::newRow("bibtex utf8") << int(ExportFormat::BibTeX) << false << false;
    QTest::newRow("bibtex ascii") << int(ExportFormat::BibTeX) << true << false;
    QTest::newRow("bibtex merged") << int(ExportFormat::BibTeX) << false << true;
    QTest::newRow("biblatex utf8") << int(ExportFormat::BibLaTeX) << false << false;
    QTest::newRow("biblatex ascii") << int(ExportFormat::BibLaTeX) << true << false;
    QTest::newRow("biblatex merged") << int(ExportFormat::BibLaTeX) << false << true;
}

void TestBibTexExporter::biberValidates_demoAuthor()
{
    if (!m_haveBiber)
        QSKIP("biber is not installed (Debian package biber, in scripts/setup.sh TEST_PACKAGES)");
    QFETCH(int, format);
    QFETCH(bool, ascii);
    QFETCH(bool, merge);
    ExportOptions o;
    o.format = ExportFormat(format);
    o.asciiOnly = ascii;
    o.mergePreprints = merge;
    o.includeAbstract = true;
    PublicationExporter exporter(o);
    const QList<ExportEntry> entries = exporter.prepare(m_demoWorks);
    QCOMPARE(entries.size(), merge ? 8 : 9);
    const ExportResult r = exporter.exportToBytes(m_demoWorks);
    QVERIFY(r.ok);
    QTemporaryDir dir;
    const BiberRun biber = runBiber(dir.path(), r.data);
    QVERIFY2(biber.started, "biber did not start");
    QVERIFY2(biber.exitCode == 0, qPrintable(biber.output));
    QVERIFY2(biber.problems.isEmpty(), qPrintable(biber.problems.join(u'\n') + u'\n' + QString::fromUtf8(r.data)));
    QStringList got = biber.keys;
    got.sort();
    QCOMPARE(got, keysOf(entries));
}

void TestBibTexExporter::biberValidates_stressSet_data()
{
    biberValidates_demoAuthor_data();
}

void TestBibTexExporter::biberValidates_stressSet()
{
    if (!m_haveBiber)
        QSKIP("biber is not installed (Debian package biber, in scripts/setup.sh TEST_PACKAGES)");
    QFETCH(int, format);
    QFETCH(bool, ascii);
    QFETCH(bool, merge);
    ExportOptions o;
    o.format = ExportFormat(format);
    o.asciiOnly = ascii;
    o.mergePreprints = merge;
    o.includeAbstract = true;
    const QList<Work> works = test::stressWorks();
    PublicationExporter exporter(o);
    const QList<ExportEntry> entries = exporter.prepare(works);
    QCOMPARE(entries.size(), works.size());
    const ExportResult r = exporter.exportToBytes(works);
    QVERIFY(r.ok);
    if (ascii) {
        for (const char c : r.data)
            QVERIFY2(uchar(c) < 0x80, "non-ASCII byte in an --ascii export");
    }
    QTemporaryDir dir;
    const BiberRun biber = runBiber(dir.path(), r.data);
    QVERIFY2(biber.started, "biber did not start");
    QVERIFY2(biber.exitCode == 0, qPrintable(biber.output));
    QVERIFY2(biber.problems.isEmpty(), qPrintable(biber.problems.join(u'\n')));
    QStringList got = biber.keys;
    got.sort();
    QCOMPARE(got, keysOf(entries));
    // The 1,000-author paper keeps every author.
    const QString huge = entryFor(entries, QStringLiteral("W9000000003"), o.format, ascii);
    QCOMPARE(huge.count(QStringLiteral(" and ")), 999);
}

void TestBibTexExporter::hostileStrings_neverUnbalanceAnEntry()
{
    const QString alphabet = QStringLiteral("{}\\&%$#_^~\"'`<>|@,; \t\n\r=+-aAéÉ中🙂\u0301\u00A0andothers");
    QRandomGenerator rng(20240611);
    auto randomText = [&](int maxLength) {
        QString s;
        const int n = int(rng.bounded(maxLength + 1));
        for (int i = 0; i < n; ++i) {
            const int k = int(rng.bounded(int(alphabet.size())));
            s += alphabet.at(k);
        }
        return s;
    };
    for (int round = 0; round < 400; ++round) {
        Work w;
        w.id = QStringLiteral("W%1").arg(round);
        w.type = round % 2 ? QStringLiteral("article") : QStringLiteral("book-chapter");
        w.title = randomText(40);
        w.sourceName = randomText(15);
        w.publisher = randomText(10);
        w.volume = randomText(4);
        w.issue = randomText(4);
        w.firstPage = randomText(4);
        w.lastPage = randomText(4);
        w.doi = randomText(12);
        w.landingPageUrl = randomText(12);
        w.abstract = randomText(60);
        w.keywords = QStringList{randomText(8), randomText(8)};
        w.publicationYear = 2000 + round % 25;
        for (int a = 0; a < 4; ++a)
            w.authorships << test::person(a, randomText(20));
        const ExportEntry e{w, QStringLiteral("key%1").arg(round), {}};
        for (const bool ascii : {false, true}) {
            ExportOptions o;
            o.asciiOnly = ascii;
            o.includeAbstract = true;
            for (const auto dialect : {BibTexExporter::Dialect::BibTeX, BibTexExporter::Dialect::BibLaTeX}) {
                const QString text = BibTexExporter(dialect).entry(e, o);
                QVERIFY2(latex::bracesBalanced(text), qPrintable(text));
                // Every field sits on its own line, and the entry ends where it should.
                const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
                QVERIFY(lines.first().startsWith(u'@'));
                QCOMPARE(lines.last(), QStringLiteral("}"));
                static const QRegularExpression field(QStringLiteral("^  [a-zA-Z+:]+ = (\\{.*\\}|[a-z]+),$"));
                for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
                    QVERIFY2(field.match(lines.at(i)).hasMatch(), qPrintable(lines.at(i)));
                    const QString value = lines.at(i).mid(lines.at(i).indexOf(u'=') + 2).chopped(1);
                    QVERIFY2(latex::bracesBalanced(value), qPrintable(lines.at(i)));
                }
            }
        }
    }
}

void TestBibTexExporter::ascii_escapesAccentsAndStaysAscii()
{
    QCOMPARE(latex::escape(QStringLiteral("Frédéric"), latex::Encoding::Ascii), QStringLiteral("Fr{\\'{e}}d{\\'{e}}ric"));
    QCOMPARE(latex::escape(QStringLiteral("Möller"), latex::Encoding::Ascii), QStringLiteral("M{\\\"{o}}ller"));
    QCOMPARE(latex::escape(QStringLiteral("Łukasz Straße"), latex::Encoding::Ascii), QStringLiteral("{\\L}ukasz Stra{\\ss}e"));
    QCOMPARE(latex::escape(QStringLiteral("Möller"), latex::Encoding::Utf8), QStringLiteral("Möller"));
    QCOMPARE(latex::escape(QStringLiteral("a_b & c%"), latex::Encoding::Utf8), QStringLiteral("a\\_b \\& c\\%"));
    // No LaTeX form: still ASCII, still balanced.
    const QString cjk = latex::escape(QStringLiteral("中"), latex::Encoding::Ascii);
    QCOMPARE(cjk, QStringLiteral("{\\symbol{20013}}"));
}

void TestBibTexExporter::title_protectsAcronymsAndProperNouns()
{
    const QString t = latex::title(QStringLiteral("3D visualisations of DNA in Wales: an iPhone study"), latex::Encoding::Utf8);
    QVERIFY2(t.contains(QStringLiteral("{3D}")), qPrintable(t));
    QVERIFY2(t.contains(QStringLiteral("{DNA}")), qPrintable(t));
    QVERIFY2(t.contains(QStringLiteral("{Wales:}")), qPrintable(t));
    QVERIFY2(t.contains(QStringLiteral("{iPhone}")), qPrintable(t));
    QVERIFY2(t.contains(QStringLiteral(" visualisations ")), qPrintable(t));
    // Title case: ordinary capitalized words stay unprotected.
    const QString tc = latex::title(QStringLiteral("Alternative Representations of 3D-Reconstructed Heritage Data"),
                                    latex::Encoding::Utf8);
    QVERIFY2(tc.contains(QStringLiteral(" Heritage Data")), qPrintable(tc));
    QVERIFY2(tc.contains(QStringLiteral("{3D-Reconstructed}")), qPrintable(tc));
}

void TestBibTexExporter::entryTypes_followWorkAndSourceType()
{
    PublicationExporter exporter(ExportOptions{});
    const QList<ExportEntry> entries = exporter.prepare(test::stressWorks());
    const QString conf = entryFor(entries, QStringLiteral("W9000000006"), ExportFormat::BibTeX);
    QVERIFY2(conf.startsWith(QLatin1String("@inproceedings{")), qPrintable(conf));
    QVERIFY(conf.contains(QLatin1String("booktitle = {IEEE Visualization}")));
    QVERIFY(conf.contains(QLatin1String("pages = {100--110}")));
    QVERIFY(conf.contains(QLatin1String("month = jun")));
    const QString pre = entryFor(entries, QStringLiteral("W9000000007"), ExportFormat::BibTeX);
    QVERIFY2(pre.startsWith(QLatin1String("@misc{")), qPrintable(pre));
    QVERIFY(pre.contains(QLatin1String("eprint = {2108.04680}")));
    QVERIFY(pre.contains(QLatin1String("archivePrefix = {arXiv}")));
    const QString preLatex = entryFor(entries, QStringLiteral("W9000000007"), ExportFormat::BibLaTeX);
    QVERIFY(preLatex.contains(QLatin1String("eprinttype = {arxiv}")));
    QVERIFY(preLatex.contains(QLatin1String("date = {2020-06-15}")));
    QVERIFY(entryFor(entries, QStringLiteral("W9000000008"), ExportFormat::BibLaTeX).startsWith(QLatin1String("@inbook{")));
    QVERIFY(entryFor(entries, QStringLiteral("W9000000009"), ExportFormat::BibTeX).startsWith(QLatin1String("@book{")));
    QVERIFY(entryFor(entries, QStringLiteral("W9000000010"), ExportFormat::BibLaTeX).startsWith(QLatin1String("@dataset{")));
    const QString thesis = entryFor(entries, QStringLiteral("W9000000011"), ExportFormat::BibTeX);
    QVERIFY2(thesis.startsWith(QLatin1String("@phdthesis{")), qPrintable(thesis));
    QVERIFY(thesis.contains(QLatin1String("school = {Bangor University}")));
    QVERIFY(entryFor(entries, QStringLiteral("W9000000012"), ExportFormat::BibTeX).startsWith(QLatin1String("@misc{")));
    QVERIFY(entryFor(entries, QStringLiteral("W9000000013"), ExportFormat::BibTeX).startsWith(QLatin1String("@techreport{")));
    QVERIFY(entryFor(entries, QStringLiteral("W9000000014"), ExportFormat::BibLaTeX).startsWith(QLatin1String("@online{")));
    QVERIFY(entryFor(entries, QStringLiteral("W9000000005"), ExportFormat::BibTeX).startsWith(QLatin1String("@misc{")));
    const QString first = entryFor(entries, QStringLiteral("W9000000006"), ExportFormat::BibLaTeX);
    QVERIFY(first.contains(QLatin1String("author = {Lovelace, Ada and Turing, Alan}")));
    QVERIFY(first.contains(QLatin1String("author+an:orcid = {1=\"0000-0002-1825-0097\"}")));
    QVERIFY(first.contains(QLatin1String("note = {OpenAlex W9000000006}")));
    const QString truncated = entryFor(entries, QStringLiteral("W9000000016"), ExportFormat::BibTeX);
    QVERIFY(truncated.contains(QLatin1String("and others}")));
}

void TestBibTexExporter::mergedPreprint_isNotedOnThePublishedEntry()
{
    ExportOptions o;
    o.format = ExportFormat::BibLaTeX;
    o.mergePreprints = true;
    const QList<ExportEntry> entries = PublicationExporter(o).prepare(m_demoWorks);
    QCOMPARE(entries.size(), 8);
    for (const ExportEntry &e : entries)
        QVERIFY(e.work.id != u"W3188841554");
    const QString published = entryFor(entries, QStringLiteral("W3187234764"), ExportFormat::BibLaTeX);
    QVERIFY2(published.contains(QLatin1String("addendum = {Preprint: arXiv:2108.04680")), qPrintable(published));
    QVERIFY(published.contains(QLatin1String("eprint = {2108.04680}")));
    QVERIFY(published.contains(QLatin1String("doi = {10.2312/cgvc.20211309}")));
}

void TestBibTexExporter::untitledWork_saysUntitled_andKeepsDistinctKeys()
{
    PublicationExporter exporter(ExportOptions{});
    const QList<ExportEntry> entries = exporter.prepare(test::stressWorks());
    for (ExportFormat f : {ExportFormat::BibTeX, ExportFormat::BibLaTeX}) {
        const QString e = entryFor(entries, QStringLiteral("W9000000018"), f);
        QVERIFY2(e.contains(QStringLiteral("title = {%1}").arg(untitledLabel())), qPrintable(e));
        // No author field for nameless authors.
        QVERIFY2(!e.contains(QLatin1String("author =")), qPrintable(e));
    }
    QString first, second;
    for (const ExportEntry &e : entries) {
        if (e.work.id == u"W9000000018")
            first = e.key;
        if (e.work.id == u"W9000000019")
            second = e.key;
    }
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QVERIFY2(first.compare(second, Qt::CaseInsensitive) != 0, qPrintable(first + u' ' + second));
}

QTEST_GUILESS_MAIN(TestBibTexExporter)
#include "tst_bibtexexporter.moc"
