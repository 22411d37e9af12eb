// libFuzzer: parsed works through the RIS writer; every line must stay a
// "XX  - value" tag line and every work one record.
#include "entrypoints.h"
#include "fuzzmain.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    peerscope::fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    peerscope::fuzz::requireOk(peerscope::fuzz::runRis(input));
    return 0;
}
