#include "network/networkview.h"

#include "core/text.h"
#include "network/layoutrunner.h"

#include "cache/cache.h"

#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace peerscope::views {

Q_LOGGING_CATEGORY(lcNetworkView, "peerscope.networkview", QtWarningMsg)

namespace {

constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 20.0;
constexpr double kMaxFitZoom = 2.5;    // a tiny network is not blown up beyond this
constexpr double kClickSlop = 4.0;     // pixels a press may wander and still be a click
constexpr double kPickTolerance = 4.0; // pixels around nodes and edges

} // namespace

NetworkView::NetworkView(QWidget *parent)
    : QWidget(parent)
    , m_runner(new LayoutRunner(this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Co-author network"));
    connect(m_runner, &LayoutRunner::positionsChanged, this, &NetworkView::onPositions);
    connect(m_runner, &LayoutRunner::settled, this, &NetworkView::layoutSettled);
}

NetworkView::~NetworkView() = default;

void NetworkView::setGraph(const CoauthorGraph &graph, quint32 seed)
{
    // Keep places of authors already shown.
    QHash<QString, QPointF> previous;
    const CoauthorGraph &old = m_scene.graph();
    for (int i = 0; i < old.nodeCount() && i < m_scene.positions().size(); ++i)
        previous.insert(old.nodes().at(i).id, m_scene.positions().at(i));
    const QString selected = selectedId();

    m_scene.setGraph(graph);
    m_fixedLayout = false;
    m_selectedTypedEdge = -1;
    QList<QPointF> initial;
    bool anyKnown = false;
    for (const GraphNode &n : graph.nodes()) {
        const auto it = previous.constFind(n.id);
        anyKnown = anyKnown || it != previous.cend();
        initial << (it != previous.cend() ? it.value() : QPointF(qQNaN(), qQNaN()));
    }
    if (!anyKnown) {
        initial.clear();
        m_userMoved = false;
    }
    QList<LayoutEdge> edges;
    edges.reserve(graph.edgeCount());
    for (int e = 0; e < graph.edgeCount(); ++e)
        edges << LayoutEdge{graph.edges().at(e).source, graph.edges().at(e).target, graph.weight(e)};
    m_runner->start(graph.nodeCount(), edges, seed, initial, nodeRadii(), layoutLabelSizes());
    // Until the first snapshot every node sits at the origin: painting that
    // would stroke every node and edge on one spot (hundreds of ms at 20k).
    m_awaitingLayout = graph.nodeCount() > 0;
    if (!selected.isEmpty())
        m_scene.setSelectedNode(graph.indexOf(selected));
    update();
}

void NetworkView::setStatusText(const QString &text)
{
    if (text == m_statusText)
        return;
    m_statusText = text;
    update();
}

void NetworkView::onPositions()
{
    if (m_fixedLayout)
        return; // the dropped generation's empty snapshot
    m_scene.setPositions(m_runner->positions());
    m_awaitingLayout = false;
    if (!m_userMoved)
        fitToView();
    update();
}

bool NetworkView::isLayoutRunning() const
{
    return m_runner->isRunning();
}

void NetworkView::setCommunities(const QList<int> &membership)
{
    m_scene.setCommunities(membership);
    update();
}

void NetworkView::setColorBy(ColorBy colorBy)
{
    m_scene.setColorBy(colorBy);
    update();
}

void NetworkView::setSizeBy(SizeBy sizeBy)
{
    m_scene.setSizeBy(sizeBy);
    if (m_scene.graph().nodeCount() > 0 && !m_fixedLayout)
        m_runner->setNodeSizes(nodeRadii(), layoutLabelSizes()); // room for the nodes that grew
    update();
}

QList<double> NetworkView::nodeRadii() const
{
    return m_scene.radii();
}

QList<QSizeF> NetworkView::labelSizes() const
{
    return m_scene.labelSizes(QFontMetricsF(NetworkScene::labelFont(font())));
}

QList<QSizeF> NetworkView::layoutLabelSizes() const
{
    return m_scene.layoutLabelSizes(QFontMetricsF(NetworkScene::labelFont(font())),
                                    QSizeF(isVisible() ? size() : sizeHint()));
}

void NetworkView::setYearLimit(int year)
{
    m_scene.setYearLimit(year);
    if (m_scene.selectedNode() >= 0 && !m_scene.isNodeVisible(m_scene.selectedNode()))
        setSelected(-1);
    if (m_scene.selectedEdge() >= 0 && !m_scene.isEdgeVisible(m_scene.selectedEdge()))
        m_scene.setSelectedEdge(-1);
    update();
}

QTransform NetworkView::worldToScreen() const
{
    return QTransform(m_zoom, 0, 0, m_zoom, m_offset.x(), m_offset.y());
}

QPointF NetworkView::toWorld(const QPointF &screen) const
{
    return (screen - m_offset) / m_zoom;
}

void NetworkView::fitToView()
{
    const QRectF box = m_scene.bounds();
    if (box.isEmpty() && box.width() <= 0) {
        m_zoom = 1;
        m_offset = QPointF(width() / 2.0, height() / 2.0) - box.center();
        update();
        return;
    }
    const double margin = 20;
    const QSizeF room(std::max(1.0, width() - 2 * margin), std::max(1.0, height() - 2 * margin));
    const QList<QSizeF> labels = labelSizes();
    const QList<QPointF> &pos = m_scene.positions();
    auto extent = [&](double zoom) {
        double left = std::numeric_limits<double>::max(), right = -left, top = left, bottom = -left;
        for (int i = 0; i < pos.size(); ++i) {
            if (!m_scene.isNodeVisible(i))
                continue;
            const double r = std::max(1.5, m_scene.radius(i) * zoom); // as the scene paints it
            const QPointF c = pos.at(i) * zoom;
            const double half = std::max(r, labels.value(i).width() / 2);
            left = std::min(left, c.x() - half);
            right = std::max(right, c.x() + half);
            top = std::min(top, c.y() - r);
            bottom = std::max(bottom, c.y() + r + 2 + labels.value(i).height());
        }
        return QRectF(QPointF(left, top), QPointF(right, bottom));
    };
    auto fits = [&](double zoom) {
        const QRectF e = extent(zoom);
        return e.width() <= room.width() && e.height() <= room.height();
    };
    if (labels.isEmpty() || !fits(kMinZoom)) {
        // Discs only: they scale with the zoom.
        m_zoom = std::clamp(std::min(room.width() / std::max(1.0, box.width()), room.height() / std::max(1.0, box.height())),
                            kMinZoom, kMaxFitZoom);
        m_offset = QPointF(width() / 2.0, height() / 2.0) - box.center() * m_zoom;
        update();
        return;
    }
    // Every name is shown: the labels, whose size on screen does not follow
    // the zoom, are fitted too, so none is cut off at the edge and the
    // picture fills the view. The extent grows with the zoom (a convex
    // function of it): the largest zoom that fits is found by bisection.
    double lo = kMinZoom, hi = kMaxFitZoom;
    if (fits(hi)) {
        lo = hi;
    } else {
        for (int step = 0; step < 40 && hi - lo > 1e-4 * lo; ++step) {
            const double mid = (lo + hi) / 2;
            (fits(mid) ? lo : hi) = mid;
        }
    }
    m_zoom = lo;
    m_offset = QPointF(width() / 2.0, height() / 2.0) - extent(m_zoom).center();
    update();
}

void NetworkView::zoomBy(double factor, const QPointF &anchor)
{
    const QPointF world = toWorld(anchor);
    m_zoom = std::clamp(m_zoom * factor, kMinZoom, kMaxZoom);
    // The point under the cursor stays under the cursor.
    m_offset = anchor - world * m_zoom;
    m_userMoved = true;
    update();
}

int NetworkView::nodeAtScreen(const QPointF &screen) const
{
    return m_scene.nodeAt(toWorld(screen), kPickTolerance / m_zoom);
}

int NetworkView::edgeAtScreen(const QPointF &screen) const
{
    return m_scene.edgeAt(toWorld(screen), kPickTolerance / m_zoom);
}

QPointF NetworkView::nodeScreenPosition(const QString &id) const
{
    const int i = m_scene.graph().indexOf(id);
    if (i < 0 || i >= m_scene.positions().size())
        return {};
    return worldToScreen().map(m_scene.positions().at(i));
}

QPointF NetworkView::edgeScreenMidpoint(const QString &a, const QString &b) const
{
    const QPointF pa = nodeScreenPosition(a);
    const QPointF pb = nodeScreenPosition(b);
    if (pa.isNull() || pb.isNull())
        return {};
    return (pa + pb) / 2;
}

void NetworkView::setSelected(int node)
{
    if (m_scene.selectedNode() == node)
        return;
    m_scene.setSelectedNode(node);
    update();
    emit nodeSelected(node >= 0 ? m_scene.graph().nodes().at(node).id : QString());
}

void NetworkView::selectNode(const QString &id)
{
    setSelected(m_scene.graph().indexOf(id));
}

QString NetworkView::selectedId() const
{
    const int i = m_scene.selectedNode();
    return i >= 0 && i < m_scene.graph().nodeCount() ? m_scene.graph().nodes().at(i).id : QString();
}

bool NetworkView::findNode(const QString &text)
{
    const QString wanted = text::foldName(text.trimmed());
    if (wanted.isEmpty())
        return false;
    const CoauthorGraph &g = m_scene.graph();
    int found = g.indexOf(text.trimmed());
    if (found >= 0 && !m_scene.isNodeVisible(found))
        found = -1; // hidden (another year, a type switched off)
    for (int i = 0; found < 0 && i < g.nodeCount(); ++i)
        if (m_scene.isNodeVisible(i) && text::foldName(g.nodes().at(i).name).contains(wanted))
            found = i;
    if (found < 0)
        return false;
    setSelected(found);
    // Centre on it, zooming in a little if it is tiny on screen.
    if (m_scene.radius(found) * m_zoom < 6)
        m_zoom = std::min(kMaxZoom, 6 / m_scene.radius(found));
    m_offset = QPointF(width() / 2.0, height() / 2.0) - m_scene.positions().value(found) * m_zoom;
    m_userMoved = true;
    update();
    return true;
}

int NetworkView::highlightRoster(const QStringList &idsOrNames)
{
    const CoauthorGraph &g = m_scene.graph();
    QSet<QString> names;
    QSet<int> nodes;
    for (const QString &entry : idsOrNames) {
        const QString t = entry.trimmed();
        if (t.isEmpty())
            continue;
        // An ID, an OpenAlex URL, or a name.
        const int i = g.indexOf(t.section(u'/', -1).toUpper());
        if (i >= 0)
            nodes.insert(i);
        else
            names.insert(text::foldName(t));
    }
    for (int i = 0; i < g.nodeCount() && !names.isEmpty(); ++i)
        if (names.contains(text::foldName(g.nodes().at(i).name)))
            nodes.insert(i);
    m_scene.setHighlighted(nodes);
    update();
    return int(nodes.size());
}

void NetworkView::clearHighlight()
{
    m_scene.setHighlighted({});
    update();
}

void NetworkView::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_scene.graph().isEmpty() || m_awaitingLayout) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         !m_statusText.isEmpty() ? m_statusText
                         : m_awaitingLayout      ? QString()
                                                 : tr("No co-author network to show. Open an author with cached works."));
        return;
    }
    m_lastStats = m_scene.paint(painter, worldToScreen(), QRectF(rect()), palette());
    if (m_lastStats.edgesLeftOut > 0) {
        // Say what the level of detail left out, where the legend is not.
        const QString note = tr("Too many links to draw at this zoom: the %1 strongest are drawn; zoom in to see the other %2.")
                                 .arg(QLocale().toString(m_lastStats.edges), QLocale().toString(m_lastStats.edgesLeftOut));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRectF(rect()).adjusted(8, 8, -8, -6), Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, note);
    }
    if (!m_statusText.isEmpty()) {
        const QRectF box = QRectF(rect()).adjusted(8, 8, -8, -8);
        QRectF bounds = painter.boundingRect(box, Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap, m_statusText);
        bounds.adjust(-8, -4, 8, 4);
        QColor back = palette().color(QPalette::ToolTipBase);
        back.setAlpha(230);
        painter.setPen(Qt::NoPen);
        painter.setBrush(back);
        painter.drawRoundedRect(bounds, 4, 4);
        painter.setPen(palette().color(QPalette::ToolTipText));
        painter.drawText(box, Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap, m_statusText);
    }
    m_lastPaintNs = timer.nsecsElapsed();
}

void NetworkView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_userMoved)
        fitToView();
}

void NetworkView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.2, steps), event->position());
    event->accept();
}

void NetworkView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = m_lastPos = event->position();
    m_pressNode = nodeAtScreen(event->position());
    m_drag = Drag::Pending;
    event->accept();
}

void NetworkView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::Pending && QLineF(pos, m_pressPos).length() > kClickSlop) {
        m_drag = m_pressNode >= 0 ? Drag::Node : Drag::Pan;
        m_userMoved = true; // no auto-fit under the user's hand
    }
    switch (m_drag) {
    case Drag::Node: {
        const QPointF world = toWorld(pos);
        m_scene.moveNode(m_pressNode, world);
        if (!m_fixedLayout)
            m_runner->pin(m_pressNode, world);
        setCursor(Qt::ClosedHandCursor);
        update();
        break;
    }
    case Drag::Pan:
        m_offset += pos - m_lastPos;
        m_userMoved = true;
        setCursor(Qt::ClosedHandCursor);
        update();
        break;
    case Drag::None:
    case Drag::Pending: {
        const int hovered = nodeAtScreen(pos);
        if (hovered != m_scene.hoveredNode()) {
            m_scene.setHoveredNode(hovered);
            setCursor(hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
            update();
        }
        break;
    }
    }
    m_lastPos = pos;
}

void NetworkView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Node) {
        m_userMoved = true; // a dragged node stays where it was put
        return;
    }
    if (drag != Drag::Pending)
        return;
    if (m_pressNode >= 0) {
        m_scene.setSelectedEdge(-1);
        m_selectedTypedEdge = -1;
        setSelected(m_pressNode);
        return;
    }
    const int edge = edgeAtScreen(event->position());
    if (edge >= 0) {
        const GraphEdge &e = m_scene.graph().edges().at(edge);
        m_scene.setSelectedEdge(edge);
        m_selectedTypedEdge = m_scene.typedEdgeOf(edge);
        update();
        emit edgeActivated(m_scene.graph().nodes().at(e.source).id, m_scene.graph().nodes().at(e.target).id);
        if (m_selectedTypedEdge >= 0)
            emit typedEdgeActivated(m_selectedTypedEdge);
        return;
    }
    m_scene.setSelectedEdge(-1);
    m_selectedTypedEdge = -1;
    setSelected(-1);
    update();
}

void NetworkView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int node = nodeAtScreen(event->position());
    if (event->button() == Qt::LeftButton && node >= 0) {
        setSelected(node);
        emit authorActivated(m_scene.graph().nodes().at(node).id);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && node < 0)
        fitToView();
}

void NetworkView::contextMenuEvent(QContextMenuEvent *event)
{
    const int node = nodeAtScreen(event->pos());
    if (node < 0) {
        event->ignore();
        return;
    }
    setSelected(node);
    emit nodeContextMenuRequested(m_scene.graph().nodes().at(node).id, event->globalPos());
}

void NetworkView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(0.8, centre);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        m_userMoved = false;
        fitToView();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!selectedId().isEmpty())
            emit authorActivated(selectedId());
        break;
    case Qt::Key_Escape:
        setSelected(-1);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void NetworkView::leaveEvent(QEvent *event)
{
    if (m_scene.hoveredNode() >= 0) {
        m_scene.setHoveredNode(-1);
        update();
    }
    QWidget::leaveEvent(event);
}

QString NetworkView::tooltipFor(const QPointF &screen) const
{
    const CoauthorGraph &g = m_scene.graph();
    const int node = nodeAtScreen(screen);
    if (m_scene.isTyped())
        return typedTooltip(node, node >= 0 ? -1 : edgeAtScreen(screen));
    if (node >= 0) {
        const GraphNode &n = g.nodes().at(node);
        QString text = QStringLiteral("<b>%1</b>").arg(n.name.toHtmlEscaped());
        if (!n.institution.isEmpty())
            text += QStringLiteral("<br>%1").arg(n.institution.toHtmlEscaped())
                    + (n.countryCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(n.countryCode));
        text += u"<br>" + tr("%n work(s)", nullptr, n.worksCount);
        if (node != 0 && n.hop == 1)
            text += u"<br>" + tr("%1 shared with %2").arg(n.sharedWithCenter).arg(g.nodes().at(0).name.toHtmlEscaped());
        if (n.community >= 0)
            text += u"<br>" + tr("Community %1").arg(n.community + 1);
        return text;
    }
    const int edge = edgeAtScreen(screen);
    if (edge >= 0) {
        const GraphEdge &e = g.edges().at(edge);
        return tr("<b>%1</b> and <b>%2</b><br>%n shared work(s), last together %3", nullptr, int(e.works.size()))
            .arg(g.nodes().at(e.source).name.toHtmlEscaped(), g.nodes().at(e.target).name.toHtmlEscaped())
            .arg(e.lastYear > 0 ? QString::number(e.lastYear) : tr("unknown"));
    }
    return {};
}

bool NetworkView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipFor(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Co-author network"));
        update(); // the empty-network message is painted
    }
    return QWidget::event(event);
}

} // namespace peerscope::views

namespace peerscope::views {

void NetworkView::setTypedGraph(const TypedGraph &graph, const QList<QPointF> &fixedPositions, quint32 seed)
{
    m_scene.setTypedGraph(graph);
    m_scene.setColorBy(ColorBy::Type);
    m_selectedTypedEdge = -1;
    m_userMoved = false;
    const int n = graph.nodeCount();
    if (fixedPositions.size() == n && n > 0) {
        // The layout is given (the citation timeline): no force layout, and
        // a new generation so snapshots of an earlier one are dropped.
        m_fixedLayout = true;
        m_runner->start(0, {}, seed);
        m_runner->stop();
        m_scene.setPositions(fixedPositions);
        m_awaitingLayout = false;
        fitToView();
        update();
        emit layoutSettled();
        return;
    }
    m_fixedLayout = false;
    const CoauthorGraph &drawn = m_scene.graph();
    QList<LayoutEdge> edges;
    edges.reserve(drawn.edgeCount());
    for (int e = 0; e < drawn.edgeCount(); ++e)
        edges << LayoutEdge{drawn.edges().at(e).source, drawn.edges().at(e).target, drawn.weight(e)};
    m_runner->start(n, edges, seed, {}, nodeRadii(), layoutLabelSizes());
    m_awaitingLayout = n > 0;
    update();
}

const TypedGraph &NetworkView::typedGraph() const
{
    return m_scene.typedGraph();
}

void NetworkView::setTypeVisible(NodeType type, bool visible)
{
    m_scene.setTypeVisible(type, visible);
    if (m_scene.selectedNode() >= 0 && !m_scene.isNodeVisible(m_scene.selectedNode()))
        setSelected(-1);
    if (m_scene.hoveredNode() >= 0 && !m_scene.isNodeVisible(m_scene.hoveredNode()))
        m_scene.setHoveredNode(-1);
    if (m_scene.selectedEdge() >= 0 && !m_scene.isEdgeVisible(m_scene.selectedEdge())) {
        m_scene.setSelectedEdge(-1);
        m_selectedTypedEdge = -1;
    }
    update();
}

bool NetworkView::isTypeVisible(NodeType type) const
{
    return m_scene.isTypeVisible(type);
}

void NetworkView::setPath(const QList<int> &nodes)
{
    QList<int> valid;
    for (int i : nodes)
        if (i >= 0 && i < m_scene.graph().nodeCount())
            valid << i;
    m_scene.setPath(valid);
    update();
}

QList<int> NetworkView::path() const
{
    return m_scene.path();
}

void NetworkView::selectEdge(int edge)
{
    const int drawn = m_scene.isTyped() ? m_scene.drawnEdgeOf(edge) : (edge < m_scene.graph().edgeCount() ? edge : -1);
    m_scene.setSelectedEdge(drawn);
    m_selectedTypedEdge = drawn >= 0 && m_scene.isTyped() ? edge : -1;
    if (drawn >= 0) {
        // Centre the link, keeping the zoom.
        const GraphEdge &e = m_scene.graph().edges().at(drawn);
        const QPointF middle = (m_scene.positions().value(e.source) + m_scene.positions().value(e.target)) / 2;
        m_offset = QPointF(width() / 2.0, height() / 2.0) - middle * m_zoom;
        m_userMoved = true;
    }
    update();
}

int NetworkView::selectedEdge() const
{
    const int drawn = m_scene.selectedEdge();
    if (!m_scene.isTyped() || drawn < 0)
        return drawn;
    if (m_selectedTypedEdge >= 0 && m_scene.drawnEdgeOf(m_selectedTypedEdge) == drawn)
        return m_selectedTypedEdge;
    return m_scene.typedEdgeOf(drawn);
}

QString NetworkView::typedTooltip(int node, int edge) const
{
    const TypedGraph &g = m_scene.typedGraph();
    const QLocale locale;
    if (node >= 0 && node < g.nodeCount()) {
        const TypedNode &n = g.nodes().at(node);
        QString text = QStringLiteral("<b>%1</b><br>%2").arg(n.label.isEmpty() ? n.id.toHtmlEscaped() : n.label.toHtmlEscaped(),
                                                            typeName(n.type));
        if (n.year > 0)
            text += QStringLiteral(", %1").arg(n.year);
        const QString title = n.attributes.value(QStringLiteral("title")).toString();
        if (!title.isEmpty() && title != n.label)
            text += QStringLiteral("<br><i>%1</i>").arg(title.toHtmlEscaped());
        const QString firstAuthor = n.attributes.value(QStringLiteral("first_author")).toString();
        if (!firstAuthor.isEmpty())
            text += u"<br>" + tr("First author: %1").arg(firstAuthor.toHtmlEscaped());
        const QVariant shared = n.attributes.value(QStringLiteral("shared_works"));
        if (shared.isValid())
            text += u"<br>" + tr("%n shared work(s)", nullptr, shared.toInt());
        const QVariant cited = n.attributes.value(QStringLiteral("cited_by_count"));
        if (cited.isValid())
            text += u"<br>" + tr("Cited %1 times").arg(locale.toString(cited.toLongLong()));
        return text;
    }
    const int t = m_scene.typedEdgeOf(edge);
    if (t < 0)
        return {};
    const TypedEdge &e = g.edges().at(t);
    auto name = [&](int i) {
        const TypedNode &n = g.nodes().at(i);
        return (n.label.isEmpty() ? n.id : n.label).toHtmlEscaped();
    };
    QString text = e.directed ? tr("<b>%1</b> cites <b>%2</b>").arg(name(e.source), name(e.target))
                              : tr("<b>%1</b> and <b>%2</b>").arg(name(e.source), name(e.target));
    // The other direction of the same pair, when there is one.
    const CoauthorGraph &drawn = m_scene.graph();
    for (int o = 0; o < g.edgeCount() && e.directed; ++o) {
        const TypedEdge &back = g.edges().at(o);
        if (o != t && back.directed && back.source == e.target && back.target == e.source) {
            text += u"<br>" + tr("<b>%1</b> cites <b>%2</b>").arg(name(back.source), name(back.target));
            break;
        }
    }
    text += u"<br>" + tr("Weight %1").arg(locale.toString(drawn.weight(edge), 'g', 4));
    if (e.year > 0)
        text += u"<br>" + tr("Since %1").arg(e.year);
    return text;
}

QString NetworkView::typeName(NodeType type)
{
    switch (type) {
    case NodeType::Work:
        return tr("Work");
    case NodeType::Person:
        return tr("Person");
    case NodeType::Institution:
        return tr("Institution");
    case NodeType::Topic:
        return tr("Topic");
    case NodeType::Source:
        return tr("Source");
    }
    return {};
}

} // namespace peerscope::views
