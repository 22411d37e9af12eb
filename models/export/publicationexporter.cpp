#include "export/publicationexporter.h"

#include "cache/cache.h"
#include "cache/workqueries.h"
#include "export/citationkeygenerator.h"
#include "export/pinnedcitationkeys.h"
#include "export/preprintmerger.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>

namespace peerscope {

Q_LOGGING_CATEGORY(lcExport, "peerscope.export", QtWarningMsg)

PublicationExporter::PublicationExporter(ExportOptions options, Cache *cache)
    : m_options(std::move(options))
    , m_cache(cache)
{
}

QList<ExportEntry> PublicationExporter::prepare(const QList<Work> &works) const
{
    // A preview: keys the cache cannot tell are generated afresh (render()
    // refuses instead).
    QHash<QString, QString> pinned;
    if (m_cache) {
        const Read<QHash<QString, QString>> read = pinnedCitationKeys(*m_cache);
        if (!read)
            qCWarning(lcExport) << "could not read pinned citation keys:" << read.error();
        pinned = read.valueOr({});
    }
    return prepare(works, pinned);
}

QList<ExportEntry> PublicationExporter::prepare(const QList<Work> &works, const QHash<QString, QString> &pinned) const
{
    const QList<PreprintMerger::Merged> merged =
        m_options.mergePreprints ? PreprintMerger::merge(works) : PreprintMerger::keepAll(works);
    QSet<QString> taken;
    for (const QString &k : pinned)
        taken.insert(k.toLower());

    const CitationKeyGenerator generator(m_options.keyPattern);
    QList<ExportEntry> entries;
    entries.reserve(merged.size());
    for (const PreprintMerger::Merged &m : merged) {
        ExportEntry e;
        e.work = m.work;
        e.mergedPreprints = m.preprints;
        e.key = pinned.value(m.work.id);
        if (e.key.isEmpty()) {
            e.key = CitationKeyGenerator::uniqueKey(generator.baseKey(m.work), taken);
            taken.insert(e.key.toLower());
        }
        entries << e;
    }
    return entries;
}

ExportResult PublicationExporter::render(const QList<Work> &works, QList<ExportEntry> *entries) const
{
    ExportResult r;
    const Exporter *writer = ExporterRegistry::find(m_options.format);
    if (!writer) {
        r.error = QCoreApplication::translate("export", "This export format is not available.");
        return r;
    }
    QString patternError;
    if (!CitationKeyGenerator(m_options.keyPattern).isValid(&patternError)) {
        r.error = patternError;
        return r;
    }
    QHash<QString, QString> pinned;
    if (m_cache) {
        // Keys the cache cannot tell would come out different from the
        // ones exported before: no export rather than a silently other one.
        const Read<QHash<QString, QString>> read = pinnedCitationKeys(*m_cache);
        if (!read) {
            r.error = QCoreApplication::translate("export", "Cannot read the pinned citation keys from the cache: %1. "
                                                            "Nothing was exported.").arg(read.error());
            r.readFailed = true;
            return r;
        }
        pinned = *read;
    }
    *entries = prepare(works, pinned);
    r.data = writer->write(*entries, m_options);
    r.entries = int(entries->size());
    for (const ExportEntry &e : std::as_const(*entries))
        r.mergedPreprints += int(e.mergedPreprints.size());
    r.ok = true;
    return r;
}

bool PublicationExporter::pin(const QList<ExportEntry> &entries, ExportResult *result)
{
    if (!m_cache)
        return true;
    const Read<QHash<QString, QString>> already = pinnedCitationKeys(*m_cache);
    if (!already) {
        // The export itself is fine; only future keys may differ.
        qCWarning(lcExport) << "could not read pinned citation keys:" << already.error();
        return true;
    }
    QHash<QString, QString> fresh;
    for (const ExportEntry &e : entries) {
        if (!e.work.id.isEmpty() && !already->contains(e.work.id))
            fresh.insert(e.work.id, e.key);
    }
    const Read<int> taken = pinCitationKeys(*m_cache, fresh);
    if (!taken) {
        // The export itself is fine; only future keys may differ.
        qCWarning(lcExport) << "could not pin citation keys:" << taken.error();
        return true;
    }
    result->newlyPinned += int(fresh.size()) - *taken;
    return *taken == 0;
}

ExportResult PublicationExporter::renderAndPin(const QList<Work> &works, const std::function<bool(ExportResult &)> &deliver)
{
    QList<ExportEntry> entries;
    ExportResult r = render(works, &entries);
    // Delivered, then pinned: a key is pinned once an export carries it.
    // Someone on the team server may pin a key for one of these works (or
    // the key made here, for another work) between the read and the pin:
    // then render and deliver again with the keys in effect, so the export
    // carries the keys every later one will, never a key pinned to nothing.
    for (int attempt = 0; r.ok; ++attempt) {
        if (!deliver(r) || pin(entries, &r) || attempt == 3)
            break;
        const int pinnedSoFar = r.newlyPinned;
        r = render(works, &entries);
        r.newlyPinned = pinnedSoFar;
    }
    return r;
}

ExportResult PublicationExporter::exportToBytes(const QList<Work> &works)
{
    return renderAndPin(works, [](ExportResult &) { return true; });
}

ExportResult PublicationExporter::exportToFile(const QList<Work> &works, const QString &path)
{
    return renderAndPin(works, [&path](ExportResult &r) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            r.ok = false;
            r.error = QCoreApplication::translate("export", "Cannot write %1: %2. Choose a folder you can write to.")
                          .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
            return false;
        }
        if (file.write(r.data) != r.data.size() || !file.commit()) {
            r.ok = false;
            r.error = QCoreApplication::translate("export", "Writing %1 failed: %2. The previous file, if any, is unchanged.")
                          .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
            file.cancelWriting();
            return false;
        }
        return true;
    });
}

ExportResult exportWorksToFile(const QList<Work> &works, const ExportOptions &options, const QString &path,
                               Cache *cache)
{
    PublicationExporter exporter(options, cache);
    return exporter.exportToFile(works, path);
}

} // namespace peerscope

namespace peerscope {

ExportResult exportCachedWorks(Cache &cache, const QStringList &workIds, const ExportOptions &options,
                               const QString &path)
{
    // Every work or nothing: a work that cannot be read is never left out
    // of a file that then looks complete.
    const Read<QList<Work>> works = WorkQueries(cache).works(workIds);
    if (!works) {
        ExportResult failed;
        failed.error = QCoreApplication::translate("export", "Nothing was exported: %1.").arg(works.error());
        failed.readFailed = true;
        return failed;
    }
    PublicationExporter exporter(options, &cache);
    return path.isEmpty() ? exporter.exportToBytes(*works) : exporter.exportToFile(*works, path);
}

} // namespace peerscope
