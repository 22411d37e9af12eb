#include "network/networkexport.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

namespace peerscope::views {

Read<QByteArray> NetworkExport::toBytes(GraphExport::Format format, const NetworkSnapshot &snapshot)
{
    QByteArray bytes;
    const bool typed = !snapshot.typed.isEmpty();
    RenderOptions style = snapshot.style;
    if (typed)
        style.typed = snapshot.typed;
    switch (format) {
    case GraphExport::Format::Png:
        bytes = NetworkRenderer::renderPng(snapshot.graph, style);
        break;
    case GraphExport::Format::Svg:
        bytes = NetworkRenderer::renderSvg(snapshot.graph, style);
        break;
    default:
        bytes = typed ? GraphExport::toFormat(format, snapshot.typed, snapshot.style.positions)
                      : GraphExport::toFormat(format, snapshot.graph, snapshot.style.positions);
        break;
    }
    if (bytes.isEmpty())
        return Read<QByteArray>::failure(QCoreApplication::translate("peerscope::NetworkExport", "Could not produce the %1 output.")
                                             .arg(GraphExport::fileSuffix(format).toUpper()));
    return bytes;
}

Status NetworkExport::write(const QString &path, GraphExport::Format format, const NetworkSnapshot &snapshot)
{
    const Read<QByteArray> bytes = toBytes(format, snapshot);
    if (!bytes)
        return Status::failureOf(bytes);
    return GraphExport::save(path, *bytes);
}

QFuture<Status> NetworkExport::writeInBackground(const QString &path, GraphExport::Format format, NetworkSnapshot snapshot,
                                                 QObject *context, std::function<void(const Status &)> done)
{
    QFuture<Status> future = QtConcurrent::run(
        [path, format, snapshot = std::move(snapshot)] { return write(path, format, snapshot); });
    auto *watcher = new QFutureWatcher<Status>(context);
    QObject::connect(watcher, &QFutureWatcher<Status>::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        if (done)
            done(watcher->result());
    });
    watcher->setFuture(future);
    return future;
}

} // namespace peerscope::views
