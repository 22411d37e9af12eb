#include "network/layoutrunner.h"

#include "core/threadpriority.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMetaObject>

#include <algorithm>
#include <cmath>

namespace peerscope::views {

Q_LOGGING_CATEGORY(lcLayoutRunner, "peerscope.layoutrunner", QtWarningMsg)

namespace {

// Iterations are batched into slices of about this long, so pins and new
// graphs are picked up quickly and snapshots arrive at animation rate.
constexpr qint64 kSliceMs = 15;

} // namespace

LayoutRunner::LayoutRunner(QObject *parent)
    : QObject(parent)
    , m_worker(new LayoutWorker)
{
    m_thread.setObjectName(QStringLiteral("peerscope-layout"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LayoutWorker::snapshot, this, &LayoutRunner::receive, Qt::QueuedConnection);
    connect(
        &m_thread, &QThread::started, m_worker,
        [] {
            // A nicer thread lets the UI thread (painting, input) run first
            // when both want the same core, and still runs whenever it is idle.
            threadpriority::lowerCurrentThread();
        },
        Qt::DirectConnection);
    m_thread.start(QThread::LowPriority);
}

LayoutRunner::~LayoutRunner()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void LayoutRunner::start(int nodeCount, const QList<LayoutEdge> &edges, quint32 seed, const QList<QPointF> &initial,
                         const QList<double> &radii, const QList<QSizeF> &labels)
{
    const int generation = ++m_generation;
    m_running = nodeCount > 0;
    m_pins.clear();
    LayoutWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [=] { worker->setGraph(generation, nodeCount, edges, seed, initial, radii, labels); },
        Qt::QueuedConnection);
}

void LayoutRunner::setNodeSizes(const QList<double> &radii, const QList<QSizeF> &labels)
{
    m_running = true;
    LayoutWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [=] { worker->setNodeSizes(radii, labels); }, Qt::QueuedConnection);
}

void LayoutRunner::pin(int node, const QPointF &position)
{
    if (node >= 0 && node < m_positions.size())
        m_positions[node] = position; // the view shows the drag at once
    m_pins.insert(node, position);
    m_running = true;
    LayoutWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [=] { worker->pin(node, position); }, Qt::QueuedConnection);
}

void LayoutRunner::unpin(int node)
{
    m_pins.remove(node);
    LayoutWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [=] { worker->unpin(node); }, Qt::QueuedConnection);
}

void LayoutRunner::reheat()
{
    m_running = true;
    LayoutWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [=] { worker->reheat(); }, Qt::QueuedConnection);
}

void LayoutRunner::stop()
{
    m_running = false;
    LayoutWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [=] { worker->stop(); }, Qt::QueuedConnection);
}

void LayoutRunner::receive(int generation, const QList<QPointF> &positions, bool done)
{
    if (generation != m_generation)
        return;
    m_positions = positions;
    for (auto it = m_pins.cbegin(); it != m_pins.cend(); ++it)
        if (it.key() >= 0 && it.key() < m_positions.size())
            m_positions[it.key()] = it.value();
    emit positionsChanged();
    if (done && m_running) {
        m_running = false;
        emit settled();
    }
}

void LayoutWorker::setGraph(int generation, int nodeCount, const QList<LayoutEdge> &edges, quint32 seed,
                            const QList<QPointF> &initial, const QList<double> &radii, const QList<QSizeF> &labels)
{
    m_generation = generation;
    m_layout.setGraph(nodeCount, edges, seed, initial);
    m_layout.setNodeSizes(radii, labels);
    m_layout.placeNodes(); // the first snapshot already shows the network's shape
    m_stopped = false;
    emit snapshot(m_generation, m_layout.positions(), m_layout.isSettled());
    schedule();
}

void LayoutWorker::setNodeSizes(const QList<double> &radii, const QList<QSizeF> &labels)
{
    m_layout.setNodeSizes(radii, labels);
    // Warm enough to make room for grown nodes, not to redraw the picture.
    m_layout.reheatAll(30.0 * std::sqrt(double(std::max(1, m_layout.nodeCount()))) * 0.05);
    m_stopped = false;
    schedule();
}

void LayoutWorker::pin(int node, const QPointF &position)
{
    m_layout.pin(node, position);
    m_stopped = false;
    schedule();
}

void LayoutWorker::unpin(int node)
{
    m_layout.unpin(node);
}

void LayoutWorker::reheat()
{
    m_layout.reheatAll(30.0 * std::sqrt(double(std::max(1, m_layout.nodeCount()))) * 0.3);
    m_stopped = false;
    schedule();
}

void LayoutWorker::stop()
{
    m_stopped = true;
}

void LayoutWorker::schedule()
{
    if (m_scheduled || m_stopped)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &LayoutWorker::tick, Qt::QueuedConnection);
}

void LayoutWorker::tick()
{
    m_scheduled = false;
    if (m_stopped || m_layout.nodeCount() == 0)
        return;
    QElapsedTimer timer;
    timer.start();
    do {
        m_layout.step();
    } while (!m_layout.isSettled() && timer.elapsed() < kSliceMs);
    const bool settled = m_layout.isSettled();
    emit snapshot(m_generation, m_layout.positions(), settled);
    if (settled) {
        qCDebug(lcLayoutRunner) << "settled after" << m_layout.iterations() << "iterations";
        m_stopped = true;
        return;
    }
    schedule();
}

} // namespace peerscope::views
