// Every field of a real OpenAlex record may be null or absent. For every
// fixture work and author, each field at every depth (object members; in an
// array, the array itself, its first element and that element's members) is
// set to null, then removed, one at a time. Each variant must import through
// the Importer as the app does, show (the loaders behind the window, `show`
// and `works`, and the publications table under QAbstractItemModelTester)
// and export in every format. A variant without its id is skipped and
// counted. The distinct exports of all variants are validated once at the
// end with biber and the CSL-JSON schema.

#include "testsupport.h"

#include "cache/cache.h"
#include "cache/importer.h"
#include "core/displaytext.h"
#include "export/bibtexexporter.h"
#include "export/csljsonexporter.h"
#include "export/publicationexporter.h"
#include "itemmodels/publicationtablemodel.h"
#include "openalex/openalexparser.h"
#include "profile/profile.h"

#include <QAbstractItemModelTester>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <variant>

using namespace peerscope;

namespace {

// One step into a JSON value: a member name, or the first element (0).
using Step = std::variant<QString, int>;
using Path = QList<Step>;

QString pathText(const Path &path)
{
    QString out;
    for (const Step &s : path) {
        if (const QString *key = std::get_if<QString>(&s))
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + *key;
        else
            out += QStringLiteral("[0]");
    }
    return out;
}

void collectPaths(const QJsonValue &value, const Path &here, QList<Path> *out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            Path p = here;
            p << Step(it.key());
            *out << p;
            collectPaths(it.value(), p, out);
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (a.isEmpty())
            return;
        Path p = here;
        p << Step(0);
        *out << p;
        collectPaths(a.first(), p, out);
    }
}

enum class Change { Null, Remove };

// value with the target of path set to null or removed.
QJsonValue changed(const QJsonValue &value, const Path &path, qsizetype depth, Change change)
{
    const Step &step = path.at(depth);
    const bool last = depth == path.size() - 1;
    if (const QString *key = std::get_if<QString>(&step)) {
        QJsonObject o = value.toObject();
        if (last) {
            if (change == Change::Null)
                o.insert(*key, QJsonValue::Null);
            else
                o.remove(*key);
        } else {
            o.insert(*key, changed(o.value(*key), path, depth + 1, change));
        }
        return o;
    }
    QJsonArray a = value.toArray();
    if (last) {
        if (change == Change::Null)
            a.replace(0, QJsonValue::Null);
        else
            a.removeFirst();
    } else {
        a.replace(0, changed(a.first(), path, depth + 1, change));
    }
    return a;
}

struct Variant {
    QString id;             // empty: the variant has no usable id
    QString what;           // "authorships[0].author.id removed"
    QJsonObject record;
};

// Every variant of record; each keeps a distinct id (counter) unless its id
// is what was nulled or removed.
QList<Variant> variantsOf(const QJsonObject &record, QChar kind, qint64 *counter)
{
    QList<Path> paths;
    collectPaths(record, {}, &paths);
    QList<Variant> out;
    out.reserve(paths.size() * 2);
    for (const Path &p : std::as_const(paths)) {
        for (Change c : {Change::Null, Change::Remove}) {
            Variant v;
            v.what = pathText(p) + (c == Change::Null ? QStringLiteral(" null") : QStringLiteral(" removed"));
            v.record = changed(record, p, 0, c).toObject();
            const bool idGone = p.size() == 1 && std::get_if<QString>(&p.first())
                                && *std::get_if<QString>(&p.first()) == QLatin1String("id");
            if (!idGone) {
                v.id = kind + QString::number(900000000000LL + ++*counter);
                v.record.insert(QStringLiteral("id"), QString(QStringLiteral("https://openalex.org/") + v.id));
            }
            out << v;
        }
    }
    return out;
}

QJsonObject readObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString citationsDir()
{
    return QDir(test::fixturesDir()).absoluteFilePath(QStringLiteral("../citations"));
}

const QList<ExportFormat> &allFormats()
{
    static const QList<ExportFormat> formats{ExportFormat::BibTeX, ExportFormat::BibLaTeX, ExportFormat::Ris,
                                             ExportFormat::CslJson, ExportFormat::Csv, ExportFormat::JsonLines,
                                             ExportFormat::Markdown};
    return formats;
}

// Everything an export or a view can read of a work but its id and raw
// JSON: variants that read back alike show and export alike.
QByteArray readSignature(const Work &w)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << w.doi << w.title << w.publicationYear << w.publicationDate << w.type << w.typeCrossref << w.language
      << w.sourceId << w.sourceName << w.sourceType << w.issnL << w.publisher << w.volume << w.issue << w.firstPage
      << w.lastPage << w.citedByCount << w.isOa << w.oaStatus << w.oaUrl << w.landingPageUrl << w.pdfUrl << w.license
      << w.abstract << w.arxivId << w.pmid << w.isRetracted << w.authorsTruncated << w.fwci << w.citationPercentile
      << w.inTop1Percent << w.inTop10Percent << w.keywords << w.updatedDate << w.createdDate;
    for (const Authorship &a : w.authorships) {
        s << a.position << a.authorId << a.authorName << a.orcid << a.rawAuthorName << a.authorPosition
          << a.isCorresponding << a.countries;
        for (const InstitutionRef &i : a.institutions)
            s << i.id << i.ror << i.name << i.countryCode << i.type;
        s << int(a.institutions.size());
    }
    for (const TopicShare &t : w.topics)
        s << t.id << t.name << t.count << t.score << t.subfield << t.field << t.domain;
    for (const YearCount &c : w.countsByYear)
        s << c.year << c.works << c.citations;
    s << int(w.authorships.size()) << int(w.topics.size()) << int(w.countsByYear.size());
    return out;
}

// What biber's data model checks of an entry: its type, which fields it
// has, and the values whose form it checks (dates, numbers, macros).
QByteArray bibShape(const QString &entry)
{
    static const QSet<QString> formed{QStringLiteral("date"), QStringLiteral("year"), QStringLiteral("month"),
                                      QStringLiteral("volume"), QStringLiteral("langid"), QStringLiteral("eprinttype"),
                                      QStringLiteral("type")};
    static const QRegularExpression field(QStringLiteral("^  ([a-z+:]+) = (.*),$"));
    QString shape = entry.section(u'{', 0, 0);
    for (const QString &line : entry.split(u'\n')) {
        const QRegularExpressionMatch m = field.match(line);
        if (m.hasMatch())
            shape += u' ' + m.captured(1) + (formed.contains(m.captured(1)) ? u'=' + m.captured(2) : QString());
    }
    return shape.toUtf8();
}

// What the CSL-JSON schema checks: the members and the kinds of values.
QByteArray jsonShape(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        QByteArray out = "{";
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            out += it.key().toUtf8() + ':' + jsonShape(it.value()) + ',';
        return out + '}';
    }
    case QJsonValue::Array: {
        QSet<QByteArray> kinds;
        for (const QJsonValue &e : v.toArray())
            kinds.insert(jsonShape(e));
        QList<QByteArray> sorted(kinds.cbegin(), kinds.cend());
        std::sort(sorted.begin(), sorted.end());
        return '[' + sorted.join('|') + ']';
    }
    case QJsonValue::String: return "s";
    case QJsonValue::Double: return "n";
    case QJsonValue::Bool: return "b";
    default: return "0";
    }
}

// Keeps list pages near this size: large enough that a transaction holds
// many variants, small enough that one page's JSON stays modest in memory.
constexpr qsizetype kPageBytes = 8 * 1024 * 1024;

} // namespace

class TestFieldDeletion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void works_everyFieldNullOrAbsent_importShowExport_data();
    void works_everyFieldNullOrAbsent_importShowExport();
    void authors_everyFieldNullOrAbsent_importAndShow_data();
    void authors_everyFieldNullOrAbsent_importAndShow();
    void allVariants_exportValidBibLaTeXAndCslJson();

private:
    // Imports variants as list pages; checks the counts. Returns false on a
    // failed check (QTest has recorded it).
    bool importVariants(Cache &cache, const QList<Variant> &variants, bool works);
    void keepDistinct(const Work &work);

    QTemporaryDir m_dir;
    qint64 m_counter = 0;
    // Works whose exports differ, for the one validation at the end.
    QList<Work> m_distinct;
    QSet<QByteArray> m_bibShapes;
    QSet<QByteArray> m_cslShapes;
    // Works that read back alike (readSignature) export alike.
    QSet<QByteArray> m_exported;
    int m_exports = 0;
    int m_variants = 0;
};

void TestFieldDeletion::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestFieldDeletion::works_everyFieldNullOrAbsent_importShowExport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("result"); // -1: the file is the work; else the index in its results
    const QDir fixtures(test::fixturesDir());
    QSet<QJsonObject> singletons;
    for (const QString &name : fixtures.entryList({QStringLiteral("work_W*.json")}, QDir::Files, QDir::Name)) {
        QTest::newRow(qPrintable(name)) << fixtures.filePath(name) << -1;
        singletons.insert(readObject(fixtures.filePath(name)));
    }
    // A list's record identical to a singleton above has the same variants:
    // only the others are run again.
    int same = 0;
    for (const QString &name : fixtures.entryList({QStringLiteral("works_*.json")}, QDir::Files, QDir::Name)) {
        const QJsonArray results = readObject(fixtures.filePath(name)).value(QStringLiteral("results")).toArray();
        for (int i = 0; i < results.size(); ++i) {
            if (singletons.contains(results.at(i).toObject())) {
                ++same;
                continue;
            }
            QTest::newRow(qPrintable(QStringLiteral("%1 #%2").arg(name).arg(i))) << fixtures.filePath(name) << i;
        }
    }
    qInfo() << same << "works of the list pages are the singletons' records, byte for byte";
    const QDir citations(citationsDir());
    for (const QString &name : citations.entryList({QStringLiteral("seed_work_*.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << citations.filePath(name) << -1;
}

bool TestFieldDeletion::importVariants(Cache &cache, const QList<Variant> &variants, bool works)
{
    Importer importer(cache);
    int expectedStored = 0;
    int expectedSkipped = 0;
    ImportReport total;
    // A list page as OpenAlex sends one, written directly from each
    // variant's compact JSON.
    QByteArray page;
    auto flush = [&] {
        if (page.isEmpty())
            return true;
        const QByteArray json = QByteArrayLiteral("{\"meta\":{},\"results\":[") + page + QByteArrayLiteral("]}");
        page.clear();
        return importer.importDocument(json, QStringLiteral("variants"), &total);
    };
    for (const Variant &v : variants) {
        (v.id.isEmpty() ? expectedSkipped : expectedStored) += 1;
        if (!page.isEmpty())
            page += ',';
        page += QJsonDocument(v.record).toJson(QJsonDocument::Compact);
        if (page.size() > kPageBytes && !flush())
            break;
    }
    flush();
    [&] { QVERIFY2(total.ok(), qPrintable(total.errors.join(u'\n'))); }();
    if (!total.ok())
        return false;
    [&] {
        QCOMPARE(works ? total.works : total.authors, expectedStored);
        // A record without its id is skipped and counted, never a failure.
        QCOMPARE(total.withoutId, expectedSkipped);
        QCOMPARE(total.skipped, 0);
    }();
    return !QTest::currentTestFailed();
}

void TestFieldDeletion::keepDistinct(const Work &work)
{
    // biber on every variant would take minutes (it parses names slowly):
    // each entry form and each CSL item form is validated once.
    const ExportEntry e{work, QStringLiteral("k"), {}};
    const QByteArray bib = bibShape(BibTexExporter(BibTexExporter::Dialect::BibLaTeX).entry(e, ExportOptions{ExportFormat::BibLaTeX}));
    const QByteArray csl = jsonShape(CslJsonExporter::item(e, ExportOptions{ExportFormat::CslJson}));
    const bool newBib = !m_bibShapes.contains(bib);
    const bool newCsl = !m_cslShapes.contains(csl);
    if (newBib || newCsl) {
        m_bibShapes.insert(bib);
        m_cslShapes.insert(csl);
        m_distinct << work;
    }
}

void TestFieldDeletion::works_everyFieldNullOrAbsent_importShowExport()
{
    QFETCH(QString, file);
    QFETCH(int, result);
#ifdef __SANITIZE_ADDRESS__
    // The 369 KB genome paper (249 authorships) alone outlasts QtTest's
    // five-minute limit in the sanitizer build; the normal build runs it.
    if (QFileInfo(file).size() > 200 * 1024)
        QSKIP("a record this large is run in the normal build only");
#endif
    QElapsedTimer timer;
    timer.start();
    QJsonObject original = readObject(file);
    if (result >= 0)
        original = original.value(QStringLiteral("results")).toArray().at(result).toObject();
    QVERIFY(!original.isEmpty());
    const QList<Variant> variants = variantsOf(original, u'W', &m_counter);
    QVERIFY(variants.size() > 20);
    m_variants += int(variants.size());

    // One cache per fixture, reused by all its variants.
    Cache cache;
    QCOMPARE(cache.open(m_dir.filePath(QStringLiteral("works-%1.sqlite").arg(m_counter))), Cache::OpenStatus::Ok);
    // The author profiles, so a work's author opens as a profile.
    QStringList authorFiles{test::fixture(QStringLiteral("author_A5017898742.json"))};
    const QDir coauthors(test::fixture(QStringLiteral("coauthors")));
    for (const QString &name : coauthors.entryList({QStringLiteral("*.json")}, QDir::Files))
        authorFiles << coauthors.filePath(name);
    QVERIFY(Importer(cache).importPaths(authorFiles).ok());
    if (!importVariants(cache, variants, true))
        return;
    const qint64 imported = timer.elapsed();

    // The person whose publication list shows these works: the first
    // author with an ID, preferring one whose profile is cached.
    const Work parsed = openalex::parseWork(original);
    QString person;
    for (const Authorship &a : parsed.authorships) {
        if (a.authorId.isEmpty())
            continue;
        if (person.isEmpty() || (cache.author(a.authorId) && !cache.author(person)))
            person = a.authorId;
    }

    // Read back as `works` lists them (parsed once), the rest as the detail
    // pane reads one work.
    QHash<QString, Work> listed;
    if (!person.isEmpty()) {
        for (const Work &w : cache.worksOfAuthor(person))
            listed.insert(w.id, w);
        QVERIFY(cache.lastError().isEmpty());
    }
    QSet<QString> expectedInTable;
    int exported = 0;
    for (const Variant &v : variants) {
        if (v.id.isEmpty())
            continue;
        std::optional<Work> stored;
        if (const auto it = listed.constFind(v.id); it != listed.constEnd())
            stored = *it;
        else
            stored = cache.work(v.id);
        QVERIFY2(stored.has_value(), qPrintable(v.what));
        QCOMPARE(stored->id, v.id);
        QVERIFY2(!displayTitle(*stored).isEmpty(), qPrintable(v.what));
        for (const Authorship &a : stored->authorships)
            if (a.authorId == person)
                expectedInTable.insert(v.id);
        QVERIFY2(expectedInTable.contains(v.id) == listed.contains(v.id), qPrintable(v.what));
        // Every format: something to write, never a failure. A variant that
        // reads back like one exported before (it changed a field nothing
        // reads) would write the same bytes but for its id.
        if (m_exported.contains(readSignature(*stored)))
            continue;
        m_exported.insert(readSignature(*stored));
        ++exported;
        for (ExportFormat f : allFormats()) {
            ExportOptions options;
            options.format = f;
            options.includeAbstract = true;
            const ExportResult r = PublicationExporter(options).exportToBytes({*stored});
            QVERIFY2(r.ok, qPrintable(v.what + u' ' + r.error));
            QVERIFY2(!r.data.trimmed().isEmpty(), qPrintable(v.what));
            QCOMPARE(r.entries, 1);
        }
        keepDistinct(*stored);
    }
    m_exports += exported;

    if (!person.isEmpty()) {
        // What the window shows: the table (under the model tester), the
        // profile with its metrics and co-authors.
        PublicationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(PublicationTableModel::loadRows(cache, person).value());
        QSet<QString> shown;
        for (int row = 0; row < model.rowCount(); ++row) {
            shown.insert(model.index(row, 0).data(PublicationTableModel::WorkIdRole).toString());
            QVERIFY(!model.index(row, PublicationTableModel::Title).data().toString().isEmpty());
            for (int column = 0; column < model.columnCount(); ++column)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(PublicationTableModel::SortRole)})
                    model.index(row, column).data(role);
            QVERIFY(!PublicationTableModel::citation(model.row(row)).isEmpty());
        }
        for (const QString &id : std::as_const(expectedInTable))
            QVERIFY2(shown.contains(id), qPrintable(id));
        QCOMPARE(model.includedPapers().size(), model.rowCount());
        if (cache.author(person)) {
            const Profile profile = loadProfile(cache, person, 2026);
            QVERIFY(profile.isValid());
            QVERIFY(profile.cachedWorks >= expectedInTable.size());
        }
    }
    qInfo().noquote() << QStringLiteral("%1 variants, %2 exported alike-free, imported in %3 ms, all in %4 ms")
                             .arg(variants.size()).arg(exported).arg(imported).arg(timer.elapsed());
}

void TestFieldDeletion::authors_everyFieldNullOrAbsent_importAndShow_data()
{
    QTest::addColumn<QString>("file");
    const QDir fixtures(test::fixturesDir());
    for (const QString &name : fixtures.entryList({QStringLiteral("author_*.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << fixtures.filePath(name);
    const QDir coauthors(test::fixture(QStringLiteral("coauthors")));
    for (const QString &name : coauthors.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(QStringLiteral("coauthors/") + name)) << coauthors.filePath(name);
}

void TestFieldDeletion::authors_everyFieldNullOrAbsent_importAndShow()
{
    QFETCH(QString, file);
    const QJsonObject original = readObject(file);
    QVERIFY(!original.isEmpty());
    const QList<Variant> variants = variantsOf(original, u'A', &m_counter);
    QVERIFY(variants.size() > 10);
    m_variants += int(variants.size());

    QElapsedTimer timer;
    timer.start();
    Cache cache;
    QCOMPARE(cache.open(m_dir.filePath(QStringLiteral("authors-%1.sqlite").arg(m_counter))), Cache::OpenStatus::Ok);
    // Some works, so the profile has a table and co-authors to show.
    QVERIFY(Importer(cache).importPaths({test::fixture(QStringLiteral("works_by_author_A5017898742_perpage50_page1.json"))}).ok());
    if (!importVariants(cache, variants, false))
        return;
    for (const Variant &v : variants) {
        if (v.id.isEmpty())
            continue;
        const std::optional<Author> stored = cache.author(v.id);
        QVERIFY2(stored.has_value(), qPrintable(v.what));
        QCOMPARE(stored->id, v.id);
        const Profile profile = loadProfile(cache, v.id, 2026);
        QVERIFY2(profile.isValid(), qPrintable(v.what));
        QVERIFY2(cache.authorSummary(v.id).has_value(), qPrintable(v.what));
        PublicationTableModel model;
        model.setRows(PublicationTableModel::loadRows(cache, v.id).value());
        QCOMPARE(model.rowCount(), 0);
    }
    qInfo().noquote() << QStringLiteral("%1 variants in %2 ms").arg(variants.size()).arg(timer.elapsed());
}

void TestFieldDeletion::allVariants_exportValidBibLaTeXAndCslJson()
{
    QVERIFY2(m_distinct.size() > 50, "the variants above ran first");
    qInfo() << m_variants << "variants," << m_exports << "exported in every format," << m_distinct.size() << "validated together";
    QTemporaryDir dir;
    // Keys are generated for all at once, as one export would: untitled and
    // yearless works must still get valid, unique keys.
    ExportOptions options;
    options.format = ExportFormat::BibLaTeX;
    options.includeAbstract = true;
    const QList<ExportEntry> entries = PublicationExporter(options).prepare(m_distinct);
    QSet<QString> keys;
    static const QRegularExpression keyShape(QStringLiteral("^[A-Za-z0-9_:.-]+$"));
    for (const ExportEntry &e : entries) {
        QVERIFY2(keyShape.match(e.key).hasMatch(), qPrintable(e.key));
        QVERIFY2(!keys.contains(e.key.toLower()), qPrintable(e.key));
        keys.insert(e.key.toLower());
    }

    // RIS: every record opens with TY and closes with ER, every line a tag.
    options.format = ExportFormat::Ris;
    const QString ris = QString::fromUtf8(PublicationExporter(options).exportToBytes(m_distinct).data);
    static const QRegularExpression risLine(QStringLiteral("^[A-Z][A-Z0-9]  - "));
    int open = 0;
    for (const QString &line : ris.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        QVERIFY2(risLine.match(line).hasMatch() || line == QLatin1String("ER  - "), qPrintable(line));
        if (line.startsWith(QLatin1String("TY  - ")))
            QCOMPARE(open++, 0);
        else if (line.startsWith(QLatin1String("ER  - ")))
            QCOMPARE(open--, 1);
        else
            QCOMPARE(open, 1);
    }
    QCOMPARE(open, 0);

    options.format = ExportFormat::CslJson;
    const QByteArray csl = PublicationExporter(options).exportToBytes(m_distinct).data;
    const QString cslPath = dir.filePath(QStringLiteral("all.json"));
    {
        QFile f(cslPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csl);
    }
    bool validated = false;
    if (!test::python3().isEmpty()) {
        const QString script = QStringLiteral(
            "import json, sys\n"
            "import jsonschema\n"
            "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
            "data = json.load(open(sys.argv[2], encoding='utf-8'))\n"
            "errors = list(jsonschema.Draft7Validator(schema).iter_errors(data))\n"
            "for e in errors[:20]:\n"
            "    print(list(e.absolute_path), e.message[:300])\n"
            "sys.exit(1 if errors else 0)\n");
        QProcess p;
        p.start(test::python3(), {QStringLiteral("-c"), script, QStringLiteral(PEERSCOPE_SCHEMAS_DIR "/csl-data.json"), cslPath});
        QVERIFY(p.waitForFinished(300000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        if (!out.contains(QLatin1String("No module named"))) {
            QVERIFY2(p.exitCode() == 0, qPrintable(out));
            validated = true;
        }
    }

    options.format = ExportFormat::BibLaTeX;
    const QByteArray bib = PublicationExporter(options).exportToBytes(m_distinct).data;
    if (QStandardPaths::findExecutable(QStringLiteral("biber")).isEmpty())
        QSKIP("biber is not installed (Debian package biber, in scripts/setup.sh TEST_PACKAGES)");
    {
        QFile f(dir.filePath(QStringLiteral("all.bib")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bib);
    }
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(QStringLiteral("biber"), {QStringLiteral("--tool"), QStringLiteral("--validate-datamodel"),
                                      QStringLiteral("--output-file"), dir.filePath(QStringLiteral("checked.bib")),
                                      dir.filePath(QStringLiteral("all.bib"))});
    QVERIFY(p.waitForStarted(30000));
    QVERIFY(p.waitForFinished(600000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QStringList problems;
    for (const QString &line : out.split(u'\n'))
        if (line.startsWith(QLatin1String("WARN")) || line.startsWith(QLatin1String("ERROR")))
            problems << line;
    QVERIFY2(p.exitCode() == 0, qPrintable(out.right(4000)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    if (!validated)
        QSKIP("python3-jsonschema is not installed: the CSL-JSON export was not validated");
}

QTEST_GUILESS_MAIN(TestFieldDeletion)
#include "tst_fielddeletion.moc"
