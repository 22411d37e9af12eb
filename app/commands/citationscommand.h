#pragma once

// What `citations` and `graph --kind citations|coupling|cocitation` share:
// the seed set from AUTHOR or --works, read into a CitationNetwork, and the
// footer that says what the answer rests on.

#include "cli.h"

#include "citations/citationnetwork.h"

#include <optional>

namespace peerscope::cli {

// The seeds: AUTHOR (positional, identity corrections applied) or --works
// W1,W2,… (exactly one of the two). Prints what went wrong and sets
// exitCode: 1 bad usage, 2 an unknown author or work (named), 4 a failed read.
// authorId: the resolved author's ID (empty with --works).
std::optional<citations::CitationNetwork> loadCitationNetwork(Context &ctx, const QStringList &positional,
                                                              const QString &worksOption, bool worksSet,
                                                              const QString &commandName, int *exitCode,
                                                              QString *authorId);

// "data: …" lines: references resolved and dangling, seeds without
// reference data, seeds whose citing works were never fetched (and what to
// run), from DataHonesty. author: for the sync hint, may be empty.
QString honestyText(const citations::DataHonesty &honesty, const QString &author);

} // namespace peerscope::cli
