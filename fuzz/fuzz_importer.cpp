// libFuzzer: Importer::importDocument into a cache in a temporary folder.
// The cache is reused across inputs (opening one runs every migration) and
// replaced by a fresh one every 500 inputs so it stays small; a crash found
// here is replayed on a fresh cache by tst_fuzzregressions.
#include "entrypoints.h"
#include "fuzzmain.h"

#include <QFile>
#include <QTemporaryDir>


namespace {

QTemporaryDir *s_dir = nullptr;
// Never destroyed: at exit Qt's SQL connection registry is gone before a
// static destructor would run (the first "crash" this target reported was
// exactly that, in the harness, after the full run).
peerscope::Cache *s_cache = nullptr;
int s_generation = 0;
int s_runs = 0;

peerscope::Cache &cache()
{
    if (!s_cache || ++s_runs % 500 == 0) {
        delete s_cache;
        s_cache = new peerscope::Cache;
        const QString path = s_dir->filePath(QStringLiteral("fuzz-%1.sqlite").arg(++s_generation));
        if (s_cache->open(path) != peerscope::Cache::OpenStatus::Ok)
            peerscope::fuzz::requireOk(QStringLiteral("cannot open the cache: ") + s_cache->errorString());
        QFile::remove(s_dir->filePath(QStringLiteral("fuzz-%1.sqlite").arg(s_generation - 1)));
    }
    return *s_cache;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    peerscope::fuzz::startQt(argc, argv);
    s_dir = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    peerscope::fuzz::requireOk(peerscope::fuzz::runImporter(cache(), input));
    return 0;
}
