#include "cache/importer.h"

#include "cache/cache.h"
#include "cache/importinput.h"
#include "openalex/ids.h"
#include "openalex/openalexparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>

#include <algorithm>

Q_LOGGING_CATEGORY(lcImport, "peerscope.import", QtWarningMsg)

namespace peerscope {

struct Importer::Batch {
    QList<Institution> institutions;
    QList<Source> sources;
    QList<Topic> topics;
    QList<Author> authors;
    QList<Work> works;

    qsizetype size() const { return institutions.size() + sources.size() + topics.size() + authors.size() + works.size(); }
    void clear() { *this = Batch{}; }
};

namespace {

// Malformed lines listed per file; the rest are counted.
constexpr int kListedLineErrors = 10;

// What the cache says when a record's content, not the cache, is the
// problem: such a record is dropped and the rest of its batch written.
bool isContentError(const QString &error)
{
    const QString e = error.toLower();
    return e.contains(QLatin1String("constraint failed")) || e.contains(QLatin1String("datatype mismatch"))
           || e.contains(QLatin1String("too big"));
}

// Names that say "JSON Lines" even when the first line alone would not.
bool namedAsLines(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    for (const char *suffix : {".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"}) {
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

QString errorAnswerMessage(const QJsonObject &o)
{
    QString message = o.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = o.value(QLatin1String("error")).toString();
    return message.isEmpty() ? QObject::tr("(no message)") : message;
}

} // namespace

Importer::Importer(Cache &cache)
    : m_cache(cache)
{
}

QString Importer::demoAuthorId()
{
    return QStringLiteral("A5017898742");
}

QStringList Importer::demoFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(":/demo"), {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    std::sort(files.begin(), files.end());
    return files;
}

ImportReport Importer::importDemo()
{
    ImportReport report;
    const QStringList files = demoFiles();
    if (files.isEmpty())
        report.errors << QObject::tr("The bundled demo data is missing from this build.");
    for (const QString &file : files)
        importFile(file, &report);
    refreshSearch(report);
    return report;
}

QStringList Importer::inputFiles(const QStringList &paths, QStringList *errors)
{
    QStringList out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            *errors << QObject::tr("%1: no such file or folder").arg(path);
            continue;
        }
        if (!info.isDir()) {
            out << path;
            continue;
        }
        // The snapshot nests its parts (data/works/updated_date=…/part_000.gz)
        // and keeps a manifest beside them: only data files are read.
        QStringList files;
        QDirIterator it(path, {QStringLiteral("*.json"), QStringLiteral("*.jsonl"), QStringLiteral("*.ndjson"), QStringLiteral("*.gz")},
                        QDir::Files | QDir::Readable, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext())
            files << it.next();
        std::sort(files.begin(), files.end());
        if (files.isEmpty())
            *errors << QObject::tr("%1: no .json files (nor .jsonl, .ndjson or .gz) in this folder").arg(path);
        out << files;
    }
    return out;
}

ImportReport Importer::importPaths(const QStringList &paths)
{
    ImportReport report;
    const QStringList files = inputFiles(paths, &report.errors);
    m_state = ImportProgress{};
    m_state.filesTotal = int(files.size());
    for (const QString &file : files)
        m_state.bytesTotal += QFileInfo(file).size();
    m_bytesBeforeFile = 0;
    for (const QString &file : files) {
        if (cancelled()) {
            report.cancelled = true;
            break;
        }
        m_state.file = file;
        reportProgress(0, report);
        importFile(file, &report);
        // Every later write would fail the same way (disk full, read-only).
        if (report.cacheFailed || report.cancelled)
            break;
        m_bytesBeforeFile += QFileInfo(file).size();
        ++m_state.filesDone;
        reportProgress(0, report);
    }
    if (!report.cancelled)
        refreshSearch(report);
    return report;
}

void Importer::reportProgress(qint64 fileBytesRead, const ImportReport &report)
{
    if (!m_progress)
        return;
    m_state.bytesRead = m_bytesBeforeFile + fileBytesRead;
    m_state.entities = report.entities();
    m_progress(m_state);
}

void Importer::refreshSearch(const ImportReport &report)
{
    // The works search answers the same without it, only more slowly: a
    // failure here is logged, and the next import or sync tries again.
    if (report.works > 0 && !report.cacheFailed && !m_cache.refreshSearchIndex())
        qCWarning(lcImport) << "search statistics not rebuilt:" << m_cache.lastError();
}

void Importer::importFile(const QString &path, ImportReport *report)
{
    if (path.startsWith(u':')) { // Qt resources (the demo), which zlib cannot open
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report->errors << QObject::tr("%1: cannot read: %2").arg(path, file.errorString());
            return;
        }
        importDocument(file.readAll(), path, report);
        return;
    }
    ImportInput input;
    if (!input.open(path)) {
        report->errors << QObject::tr("%1: %2").arg(path, input.errorString());
        return;
    }
    const char first = input.peekNonSpace();
    if (input.failed()) {
        report->errors << QObject::tr("%1: %2").arg(path, input.errorString());
        return;
    }
    if (first == 0) {
        report->errors << QObject::tr("%1: the file is empty").arg(path);
        return;
    }
    if (first == '[') {
        input.skip();
        importStream(input, path, {}, true, report);
        return;
    }
    if (first == '{') {
        QByteArray line;
        while (input.readLine(&line) && line.trimmed().isEmpty()) {
        }
        // JSON Lines: a whole object on the first line and more after it.
        // A pretty-printed document starts with a bare "{" instead.
        const bool lines = namedAsLines(path)
                           || (QJsonDocument::fromJson(line).isObject() && input.peekNonSpace() != 0);
        if (lines) {
            importStream(input, path, line, false, report);
            return;
        }
        QByteArray json = line + '\n' + input.readAll();
        if (input.failed()) {
            report->errors << QObject::tr("%1: %2").arg(path, input.errorString());
            return;
        }
        importDocument(json, path, report);
        return;
    }
    // Not JSON at all: the document parser says where and why.
    importDocument(input.readAll(), path, report);
}

void Importer::addRecord(const QJsonObject &o, Batch *batch, ImportReport *report)
{
    const QJsonValue results = o.value(QLatin1String("results"));
    if (results.isArray()) { // a list page saved as one line of a JSON Lines file
        const QJsonArray list = results.toArray();
        for (const QJsonValue &v : list) {
            if (v.isObject())
                addRecord(v.toObject(), batch, report);
            else
                ++report->withoutId;
        }
        return;
    }
    if (o.contains(QLatin1String("entity_type"))) { // an autocomplete suggestion, not a record
        ++report->skipped;
        return;
    }
    switch (ids::kindOf(o.value(QLatin1String("id")).toString())) {
    case EntityKind::Work: batch->works << openalex::parseWork(o); break;
    case EntityKind::Author: batch->authors << openalex::parseAuthor(o); break;
    case EntityKind::Institution: batch->institutions << openalex::parseInstitution(o); break;
    case EntityKind::Source: batch->sources << openalex::parseSource(o); break;
    case EntityKind::Topic: batch->topics << openalex::parseTopic(o); break;
    case EntityKind::Publisher:
    case EntityKind::Funder:
    case EntityKind::Concept: ++report->skipped; break;
    case EntityKind::Unknown: ++report->withoutId; break;
    }
}

bool Importer::importStream(ImportInput &input, const QString &path, const QByteArray &firstLine, bool array,
                            ImportReport *report)
{
    Batch batch;
    qint64 records = 0;
    int listed = 0;
    int unlisted = 0;
    // number: the line, or the array element; labels are made only for errors.
    auto unreadable = [&](qint64 number, const QString &why) {
        ++report->unreadableRecords;
        if (listed++ >= kListedLineErrors) {
            ++unlisted;
            return;
        }
        const QString where = array ? QObject::tr("element %1").arg(number) : QObject::tr("line %1").arg(number);
        report->errors << QObject::tr("%1: %2: %3").arg(path, where, why);
    };
    auto take = [&](const QByteArray &bytes, qint64 where) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            unreadable(where, QObject::tr("malformed JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
        else if (!doc.isObject())
            unreadable(where, QObject::tr("not a JSON object"));
        else
            addRecord(doc.object(), &batch, report);
        ++records;
    };
    auto flush = [&]() {
        if (!writeBatch(&batch, path, report))
            return false;
        batch.clear();
        reportProgress(input.storedOffset(), *report);
        return true;
    };

    bool finished = false;
    if (array) {
        for (;;) {
            QByteArray element;
            const ImportInput::Element e = input.nextArrayElement(&element);
            if (e == ImportInput::Element::End) {
                finished = true;
                break;
            }
            if (e == ImportInput::Element::Malformed)
                break;
            take(element, records + 1);
            if (batch.size() >= m_batchSize && (!flush() || (report->cancelled = cancelled())))
                return false;
        }
    } else {
        take(firstLine, input.lineNumber());
        QByteArray line;
        while (input.readLine(&line)) {
            if (line.trimmed().isEmpty())
                continue;
            take(line, input.lineNumber());
            if (batch.size() >= m_batchSize && (!flush() || (report->cancelled = cancelled())))
                return false;
        }
        finished = !input.failed();
    }
    if (!flush())
        return false;
    if (unlisted > 0)
        report->errors << QObject::tr("%1: %n more unreadable record(s)", nullptr, unlisted).arg(path);
    if (input.failed()) {
        report->errors << QObject::tr("%1: %2 (after %n record(s); those are kept)", nullptr, int(records)).arg(path, input.errorString());
        return false;
    }
    if (!finished) {
        report->errors << QObject::tr("%1: the array is cut short or malformed after %n element(s); those before are kept", nullptr,
                                      int(records)).arg(path);
        return false;
    }
    if (array && records == 0) {
        ++report->nonEntityBodies;
        report->notices << QObject::tr("%1: no OpenAlex entities: an empty list").arg(path);
    }
    ++report->files;
    return true;
}

bool Importer::writeBatch(Batch *batch, const QString &name, ImportReport *report)
{
    if (batch->size() == 0)
        return true;
    for (;;) {
        if (!m_cache.beginTransaction()) {
            report->cacheFailed = true;
            report->errors << QObject::tr("%1: cannot write to the cache: %2").arg(name, m_cache.lastError());
            return false;
        }
        const QString now = Cache::nowUtc();
        // The record the cache refused, as "kind and index", to drop it and
        // write the batch again without it.
        int failedKind = -1;
        qsizetype failedIndex = -1;
        auto write = [&](int kind, const auto &list, auto upsert) {
            for (qsizetype i = 0; failedKind < 0 && i < list.size(); ++i) {
                if (!(m_cache.*upsert)(list.at(i), now)) {
                    failedKind = kind;
                    failedIndex = i;
                }
            }
        };
        // Institutions first so full records win over the stubs that works and
        // authors would otherwise leave behind.
        write(0, batch->institutions, &Cache::upsertInstitution);
        write(1, batch->sources, &Cache::upsertSource);
        write(2, batch->topics, &Cache::upsertTopic);
        write(3, batch->authors, &Cache::upsertAuthor);
        write(4, batch->works, &Cache::upsertWork);
        if (failedKind < 0 && m_cache.commit()) {
            report->institutions += int(batch->institutions.size());
            report->sources += int(batch->sources.size());
            report->topics += int(batch->topics.size());
            report->authors += int(batch->authors.size());
            report->works += int(batch->works.size());
            return true;
        }
        const QString why = m_cache.lastError();
        m_cache.rollback();
        if (failedKind < 0 || !isContentError(why)) {
            report->cacheFailed = true;
            report->errors << QObject::tr("%1: cannot write to the cache: %2").arg(name, why);
            return false;
        }
        QString id;
        switch (failedKind) {
        case 0: id = batch->institutions.takeAt(failedIndex).id; break;
        case 1: id = batch->sources.takeAt(failedIndex).id; break;
        case 2: id = batch->topics.takeAt(failedIndex).id; break;
        case 3: id = batch->authors.takeAt(failedIndex).id; break;
        default: id = batch->works.takeAt(failedIndex).id; break;
        }
        ++report->rejected;
        report->errors << QObject::tr("%1: %2 was not stored: %3").arg(name, id, why);
        if (batch->size() == 0)
            return true;
    }
}

bool Importer::importDocument(const QByteArray &json, const QString &name, ImportReport *report)
{
    const qsizetype errorsBefore = report->errors.size();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        report->errors << QObject::tr("%1: malformed JSON at byte %2: %3").arg(name).arg(error.offset).arg(error.errorString());
        return false;
    }
    auto nonEntity = [&](const QString &what) {
        ++report->files;
        ++report->nonEntityBodies;
        report->notices << QObject::tr("%1: %2").arg(name, what);
        return true;
    };
    Batch batch;
    if (doc.isArray()) {
        const QJsonArray list = doc.array();
        if (list.isEmpty())
            return nonEntity(QObject::tr("no OpenAlex entities: an empty list"));
        for (const QJsonValue &v : list) {
            if (v.isObject())
                addRecord(v.toObject(), &batch, report);
            else
                ++report->withoutId;
        }
    } else if (doc.isObject()) {
        const QJsonObject root = doc.object();
        const QJsonValue results = root.value(QLatin1String("results"));
        const bool hasId = ids::kindOf(root.value(QLatin1String("id")).toString()) != EntityKind::Unknown;
        if (root.contains(QLatin1String("results"))) {
            if (!results.isArray()) {
                report->errors << QObject::tr("%1: \"results\" is not an array").arg(name);
                return false;
            }
            const QJsonArray list = results.toArray();
            if (list.isEmpty()) {
                return nonEntity(root.contains(QLatin1String("group_by")) ? QObject::tr("no OpenAlex entities: a group_by answer")
                                                                          : QObject::tr("no OpenAlex entities: an empty list"));
            }
        } else if (!hasId && root.contains(QLatin1String("error"))) {
            return nonEntity(QObject::tr("an OpenAlex error answer: %1").arg(errorAnswerMessage(root)));
        } else if (!hasId && root.contains(QLatin1String("group_by"))) {
            return nonEntity(QObject::tr("no OpenAlex entities: a group_by answer"));
        } else if (!hasId) {
            ++report->withoutId;
            return nonEntity(QObject::tr("no OpenAlex entities: a record without an OpenAlex id"));
        }
        addRecord(root, &batch, report);
    } else {
        report->errors << QObject::tr("%1: expected a JSON object or array").arg(name);
        return false;
    }
    // One document, one transaction: a document the cache cannot take
    // leaves it as it was.
    if (!writeBatch(&batch, name, report))
        return false;
    ++report->files;
    // A record the cache refused was named in errors: the document was not
    // imported whole.
    return report->errors.size() == errorsBefore;
}

} // namespace peerscope
