#pragma once

// The one network export, for the network tab and `peerscope graph` alike:
// a format and a snapshot of the network in, the file's bytes out, then one
// atomic save. Pictures are drawn by NetworkRenderer from the snapshot (the
// graph, positions and style copied on the UI thread), never from the live
// view, so an export can run on any thread.

#include "cache/read.h"
#include "graph/graphexport.h"
#include "network/networkrenderer.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

#include <functional>

class QObject;

namespace peerscope::views {

struct NetworkSnapshot {
    CoauthorGraph graph;
    // positions: one per node (the layout as shown), or empty: text formats
    // then leave the layout to the reading tool and pictures lay it out here.
    // colorBy, sizeBy, yearLimit: as shown; size: the picture's.
    RenderOptions style;
    // A typed map (the research graph's, `peerscope graph citations`): when
    // not empty, pictures draw it (style.typed is set from it) and text
    // formats write it with its types and directions (GraphExport's typed
    // writers); graph may then stay empty.
    TypedGraph typed;
};

class NetworkExport final
{
public:
    static Read<QByteArray> toBytes(GraphExport::Format format, const NetworkSnapshot &snapshot);
    // toBytes, then GraphExport::save.
    static Status write(const QString &path, GraphExport::Format format, const NetworkSnapshot &snapshot);
    // write() on a worker thread; done gets the outcome on context's thread,
    // and nothing arrives once context is destroyed (the file is still written).
    static QFuture<Status> writeInBackground(const QString &path, GraphExport::Format format, NetworkSnapshot snapshot,
                                             QObject *context, std::function<void(const Status &)> done);
};

} // namespace peerscope::views
