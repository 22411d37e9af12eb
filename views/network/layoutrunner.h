#pragma once

// Runs a ForceLayout on a worker thread and hands position snapshots back to
// the UI thread, so a large layout never blocks painting or input.

#include "network/forcelayout.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QSizeF>
#include <QThread>

namespace peerscope::views {

class LayoutWorker;

class LayoutRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayoutRunner)

public:
    explicit LayoutRunner(QObject *parent = nullptr);
    ~LayoutRunner() override;

    // Starts a new layout; snapshots of an earlier one are dropped. radii
    // and labels: the nodes' footprints (ForceLayout::setNodeSizes).
    void start(int nodeCount, const QList<LayoutEdge> &edges, quint32 seed, const QList<QPointF> &initial = {},
               const QList<double> &radii = {}, const QList<QSizeF> &labels = {});
    // New footprints for the running graph (another size measure): the
    // layout makes room for them.
    void setNodeSizes(const QList<double> &radii, const QList<QSizeF> &labels = {});
    void pin(int node, const QPointF &position);
    void unpin(int node);
    void reheat();
    void stop();
    bool isRunning() const { return m_running; }
    const QList<QPointF> &positions() const { return m_positions; }

signals:
    void positionsChanged();
    void settled();

private:
    void receive(int generation, const QList<QPointF> &positions, bool done);

    QThread m_thread;
    LayoutWorker *m_worker = nullptr;
    int m_generation = 0;
    bool m_running = false;
    QList<QPointF> m_positions;
    QHash<int, QPointF> m_pins;   // shown at once, even over snapshots computed before the pin arrived
};

// Lives on the runner's thread.
class LayoutWorker final : public QObject
{
    Q_OBJECT

public:
    void setGraph(int generation, int nodeCount, const QList<LayoutEdge> &edges, quint32 seed,
                  const QList<QPointF> &initial, const QList<double> &radii, const QList<QSizeF> &labels);
    void setNodeSizes(const QList<double> &radii, const QList<QSizeF> &labels);
    void pin(int node, const QPointF &position);
    void unpin(int node);
    void reheat();
    void stop();

signals:
    void snapshot(int generation, const QList<QPointF> &positions, bool settled);

private:
    void tick();
    void schedule();

    ForceLayout m_layout;
    int m_generation = 0;
    bool m_scheduled = false;
    bool m_stopped = true;
};

} // namespace peerscope::views
