#include "cache/importer.h"

#include "cache/cache.h"
#include "openalex/openalexparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QObject>

#include <algorithm>

Q_LOGGING_CATEGORY(lcImport, "peerscope.import", QtWarningMsg)

namespace peerscope {

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

ImportReport Importer::importPaths(const QStringList &paths)
{
    ImportReport report;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            report.errors << QObject::tr("%1: no such file or folder").arg(path);
            continue;
        }
        if (info.isDir()) {
            QStringList files;
            QDirIterator it(path, {QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            std::sort(files.begin(), files.end());
            if (files.isEmpty())
                report.errors << QObject::tr("%1: no .json files in this folder").arg(path);
            for (const QString &file : std::as_const(files))
                importFile(file, &report);
        } else {
            importFile(path, &report);
        }
    }
    refreshSearch(report);
    return report;
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report->errors << QObject::tr("%1: cannot read: %2").arg(path, file.errorString());
        return;
    }
    importDocument(file.readAll(), path, report);
}

bool Importer::importDocument(const QByteArray &json, const QString &name, ImportReport *report)
{
    openalex::ParsedDocument doc;
    openalex::ParseError error;
    if (!openalex::parseDocument(json, &doc, &error)) {
        report->errors << QObject::tr("%1: %2").arg(name, error.message);
        return false;
    }
    if (doc.shape == openalex::ParsedDocument::Shape::Autocomplete) {
        // Suggestions, not records: nothing to store.
        ++report->files;
        report->skipped += int(doc.autocomplete.size());
        return true;
    }

    if (!m_cache.beginTransaction()) {
        report->cacheFailed = true;
        report->errors << QObject::tr("%1: cannot write to the cache: %2").arg(name, m_cache.lastError());
        return false;
    }
    const QString now = Cache::nowUtc();
    bool ok = true;
    // Institutions first so full records win over the stubs that works and
    // authors would otherwise leave behind.
    for (const Institution &i : std::as_const(doc.institutions))
        ok = ok && m_cache.upsertInstitution(i, now);
    for (const Source &s : std::as_const(doc.sources))
        ok = ok && m_cache.upsertSource(s, now);
    for (const Topic &t : std::as_const(doc.topics))
        ok = ok && m_cache.upsertTopic(t, now);
    for (const Author &a : std::as_const(doc.authors))
        ok = ok && m_cache.upsertAuthor(a, now);
    for (const Work &w : std::as_const(doc.works))
        ok = ok && m_cache.upsertWork(w, now);
    if (!ok || !m_cache.commit()) {
        const QString why = m_cache.lastError();
        m_cache.rollback();
        report->cacheFailed = true;
        report->errors << QObject::tr("%1: cannot write to the cache: %2").arg(name, why);
        return false;
    }
    ++report->files;
    report->authors += int(doc.authors.size());
    report->works += int(doc.works.size());
    report->institutions += int(doc.institutions.size());
    report->sources += int(doc.sources.size());
    report->topics += int(doc.topics.size());
    report->skipped += doc.skipped;
    return true;
}

} // namespace peerscope
