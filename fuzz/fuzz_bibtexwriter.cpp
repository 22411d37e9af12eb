// libFuzzer: parsed works through the BibTeX and BibLaTeX writers (UTF-8 and
// ASCII, with abstracts, with and without preprint merging); the output must
// keep its braces balanced and one @entry per work.
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
    peerscope::fuzz::requireOk(peerscope::fuzz::runBibTeX(input));
    return 0;
}
