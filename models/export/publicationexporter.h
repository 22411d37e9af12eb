#pragma once

#include "export/exporter.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QList>
#include <QString>

#include <functional>

namespace peerscope {

class Cache;

struct ExportResult {
    bool ok = false;
    QString error;          // for the user: what happened, what to do
    bool readFailed = false; // the cache could not be read (not a file problem)
    QByteArray data;        // the bytes written (or to write)
    int entries = 0;
    int mergedPreprints = 0;
    int newlyPinned = 0;    // keys pinned by this export
};

// The one entry point for the command line and the window: a list of works
// (already filtered, with exclusions and overrides applied by the caller) in
// one format. With a cache, citation keys come from and go to the pinned
// keys; without one they are generated fresh.
class PublicationExporter final
{
public:
    explicit PublicationExporter(ExportOptions options, Cache *cache = nullptr);

    // Merges preprints (if asked) and assigns keys; pins nothing.
    QList<ExportEntry> prepare(const QList<Work> &works) const;

    // The whole file in memory; pins the keys it used.
    ExportResult exportToBytes(const QList<Work> &works);
    // Written atomically (QSaveFile): on any failure the destination is left
    // as it was. Pins the keys it used once the file is in place.
    ExportResult exportToFile(const QList<Work> &works, const QString &path);

private:
    QList<ExportEntry> prepare(const QList<Work> &works, const QHash<QString, QString> &pinned) const;
    ExportResult render(const QList<Work> &works, QList<ExportEntry> *entries) const;
    // False when another client's pin came first for some entry (render
    // again: the keys in effect differ from these).
    bool pin(const QList<ExportEntry> &entries, ExportResult *result);
    // Renders, delivers (deliver: false when it failed, saying why in the
    // result) and pins, again with the keys in effect when a pin lost.
    ExportResult renderAndPin(const QList<Work> &works, const std::function<bool(ExportResult &)> &deliver);

    ExportOptions m_options;
    Cache *m_cache = nullptr;
};

// The one way to export works of the cache, for the window and the command
// line: reads the works with these IDs (in this order) and writes them to
// path atomically, or with an empty path returns the bytes (nothing
// written). When any work cannot be read (a read error, or no longer in the
// cache) it fails with an error that says which, and writes nothing: never
// a file with works silently left out. Pins the keys it used.
ExportResult exportCachedWorks(Cache &cache, const QStringList &workIds, const ExportOptions &options,
                               const QString &path);

// Works already in memory (no cache read): export works to path with options.
ExportResult exportWorksToFile(const QList<Work> &works, const ExportOptions &options, const QString &path,
                               Cache *cache = nullptr);

} // namespace peerscope
