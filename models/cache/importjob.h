#pragma once

#include "cache/importer.h"

#include <functional>

namespace peerscope {

// An import on a worker thread: opens its own connection to the cache file
// (a Secondary one, beside the window's), imports, closes. progress and
// cancel are called on that thread.
ImportReport importOnWorker(const QString &cachePath, const QStringList &paths,
                            const std::function<void(const ImportProgress &)> &progress,
                            const std::function<bool()> &cancel);

} // namespace peerscope
