#include "cache/importjob.h"

#include "cache/cache.h"

#include <QObject>

namespace peerscope {

ImportReport importOnWorker(const QString &cachePath, const QStringList &paths,
                            const std::function<void(const ImportProgress &)> &progress,
                            const std::function<bool()> &cancel)
{
    ImportReport report;
    Cache cache;
    if (cache.open(cachePath, Cache::OpenMode::Secondary) != Cache::OpenStatus::Ok) {
        report.cacheFailed = true;
        report.errors << QObject::tr("Cannot open the cache %1 to import into it: %2").arg(cachePath, cache.errorString());
        return report;
    }
    Importer importer(cache);
    importer.setProgressCallback(progress);
    importer.setCancelCheck(cancel);
    return importer.importPaths(paths);
}

} // namespace peerscope
