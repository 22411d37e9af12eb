#pragma once

#include <QString>

namespace peerscope::bench {

// The "live" group (BENCHMARKS.md): a window on a throw-away PostgreSQL
// shows an author while another client, a process of its own, merges a
// duplicate record into it and undoes the merge, 50 rounds. Timed from the
// other client's commit to the window showing the merged works (and back),
// and to an identity list on a third connection listing the merge.
bool benchLive(bool quick);

// The other client: `peerscope_bench --live-client URI` reads "merge" and
// "undo" lines on stdin, makes each correction through the same library
// call as `peerscope identity merge|undo`, and answers "committed <ns>"
// (CLOCK_MONOTONIC, comparable across processes) once it has committed.
int liveClientMain(int argc, char *argv[]);

} // namespace peerscope::bench
