#include "network/networkscene.h"

#include "network/labelplacer.h"
#include "viewpalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>

namespace peerscope::views {

namespace {

// Fewer edges when zoomed far out, that is when thousands of authors share
// the screen: the links would be a grey blur anyway. Within a few hundred
// authors on screen every link is drawn.
int edgeCap(int nodesOnScreen)
{
    if (nodesOnScreen > 2000)
        return 4000;
    if (nodesOnScreen > 500)
        return 12000;
    return std::numeric_limits<int>::max();
}

bool canDrawText()
{
    // Fonts need a GUI application; the command line draws without labels.
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace

void NetworkScene::setGraph(const CoauthorGraph &graph)
{
    m_graph = graph;
    m_selected = m_selectedEdge = m_hovered = -1;
    m_highlighted.clear();
    m_pos.resize(graph.nodeCount());
    m_style.setGraph(graph);
    m_gridDirty = true;
}

void NetworkScene::setPositions(const QList<QPointF> &positions)
{
    if (positions.size() != m_graph.nodeCount())
        return;
    m_pos = positions;
    m_gridDirty = true;
}

void NetworkScene::moveNode(int node, const QPointF &position)
{
    if (node < 0 || node >= m_pos.size())
        return;
    m_pos[node] = position;
    m_gridDirty = true;
}

void NetworkScene::setColorBy(ColorBy colorBy)
{
    m_style.setColorBy(colorBy);
}

void NetworkScene::setSizeBy(SizeBy sizeBy)
{
    m_style.setSizeBy(sizeBy);
    m_style.restyle(m_graph);
    m_gridDirty = true;
}

void NetworkScene::setYearLimit(int year)
{
    m_style.setYearLimit(year);
    m_style.restyle(m_graph);
    m_gridDirty = true;
}

QRectF NetworkScene::bounds() const
{
    QRectF box;
    bool first = true;
    for (int i = 0; i < m_pos.size(); ++i) {
        if (!m_style.isNodeVisible(i))
            continue;
        const double r = m_style.radii().value(i, 1);
        const QRectF nodeBox(m_pos[i].x() - r, m_pos[i].y() - r, 2 * r, 2 * r);
        box = first ? nodeBox : box.united(nodeBox);
        first = false;
    }
    return box;
}

int NetworkScene::nodeAt(const QPointF &point, double tolerance) const
{
    if (m_gridDirty) {
        m_gridDirty = false;
        m_grid.rebuild(m_pos, m_style.nodeVisible(), m_style.maxRadius(), bounds());
    }
    return m_grid.nodeAt(point, tolerance, m_pos, m_style.radii(), m_style.maxRadius());
}

double NetworkScene::distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = a + ab * t;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

int NetworkScene::edgeAt(const QPointF &point, double tolerance) const
{
    int best = -1;
    double bestDistance = tolerance;
    for (int e = 0; e < m_graph.edgeCount(); ++e) {
        if (m_style.edgeWeight(e) <= 0)
            continue;
        const GraphEdge &edge = m_graph.edges().at(e);
        const QPointF a = m_pos.value(edge.source);
        const QPointF b = m_pos.value(edge.target);
        if (point.x() < std::min(a.x(), b.x()) - tolerance || point.x() > std::max(a.x(), b.x()) + tolerance
            || point.y() < std::min(a.y(), b.y()) - tolerance || point.y() > std::max(a.y(), b.y()) + tolerance)
            continue;
        const double d = distanceToSegment(point, a, b);
        if (d <= bestDistance) {
            bestDistance = d;
            best = e;
        }
    }
    return best;
}

QColor NetworkScene::nodeColor(int node, const QPalette &palette) const
{
    return nodeColor(node, categoricalColors(palette));
}

QColor NetworkScene::nodeColor(int node, const QList<QColor> &colors) const
{
    return m_style.nodeColor(m_graph, node, colors);
}

QList<QPair<QString, QColor>> NetworkScene::legend(const QPalette &palette) const
{
    return m_style.legend(palette);
}

QFont NetworkScene::labelFont(const QFont &base)
{
    return LabelPlacer::labelFont(base);
}

QList<double> NetworkScene::radii() const
{
    QList<double> out(m_graph.nodeCount());
    for (int i = 0; i < out.size(); ++i)
        out[i] = radius(i);
    return out;
}

QList<QSizeF> NetworkScene::labelSizes(const QFontMetricsF &metrics) const
{
    // Only where every author can carry a name at once; larger networks
    // show the names of the most important and of what is zoomed in on.
    const int n = m_graph.nodeCount();
    if (n > labelBudget())
        return {};
    QList<QSizeF> sizes(n);
    for (int i = 0; i < n; ++i)
        sizes[i] = labelSize(i, metrics);
    return sizes;
}

QList<QSizeF> NetworkScene::layoutLabelSizes(const QFontMetricsF &metrics, const QSizeF &view) const
{
    QList<QSizeF> labels = labelSizes(metrics);
    if (!LabelPlacer::fitsView(labels, m_style.radii(), view))
        labels.clear();
    return labels;
}

QSizeF NetworkScene::labelSize(int node, const QFontMetricsF &metrics) const
{
    if (node < 0 || node >= m_graph.nodeCount())
        return {};
    return LabelPlacer::labelSize(m_graph.nodes().at(node).name, metrics);
}

int NetworkScene::labelBudget()
{
    return LabelPlacer::kBudget;
}

PaintStats NetworkScene::paint(QPainter &painter, const QTransform &worldToScreen, const QRectF &screen,
                               const QPalette &palette) const
{
    PaintStats stats;
    const int n = m_graph.nodeCount();
    if (n == 0 || m_pos.size() != n)
        return stats;
    const QList<bool> &visible = m_style.nodeVisible();
    const QList<double> &radius = m_style.radii();
    const double maxRadius = m_style.maxRadius();
    const double zoom = std::sqrt(std::abs(worldToScreen.determinant()));
    const QRectF world = worldToScreen.inverted().mapRect(screen).adjusted(-maxRadius, -maxRadius, maxRadius, maxRadius);
    const double wl = world.left(), wr = world.right(), wt = world.top(), wb = world.bottom();
    auto onScreen = [&](const QPointF &p) { return p.x() >= wl && p.x() <= wr && p.y() >= wt && p.y() <= wb; };
    const bool dark = isDark(palette);
    const bool rosterActive = !m_highlighted.isEmpty();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor accent = palette.color(QPalette::Highlight);
    painter.save();
    painter.setTransform(QTransform());
    painter.setRenderHint(QPainter::Antialiasing, n < 4000 || zoom > 1.5);

    static_assert(std::extent_v<decltype(Scratch::lines)> == NetworkStyle::kWidthBuckets);
    // --- nodes on screen: tiny ones batched, larger ones as outlined discs,
    // painted after the edges -------------------------------------------------
    m_scratch.dots.clear();
    m_scratch.discs.clear();
    const QList<QColor> colors = categoricalColors(palette);
    const QColor outline = dark ? QColor(20, 20, 20) : QColor(255, 255, 255);
    for (int i = 0; i < n; ++i) {
        if (!visible[i] || !onScreen(m_pos[i]))
            continue;
        ++stats.nodes;
        QColor fill = nodeColor(i, colors);
        if (rosterActive && !m_highlighted.contains(i))
            fill.setAlpha(70);
        const QPointF c = worldToScreen.map(m_pos[i]);
        const double r = std::max(1.5, radius[i] * zoom);
        if (r < 2.5 && i != m_selected && i != 0 && !m_highlighted.contains(i))
            m_scratch.dots.push_back({QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), fill.rgba()});
        else
            m_scratch.discs.push_back(i);
    }
    // --- edges: culled to the viewport, the heaviest first up to a cap ------
    // Zoomed far out (thousands of nodes on screen) only the heaviest links
    // are drawn, up to a count and an amount of ink; closer in, every link
    // that crosses the screen is.
    const int cap = edgeCap(stats.nodes);
    const bool capped = cap < std::numeric_limits<int>::max();
    const double inkBudget = 6.0 * (screen.width() + screen.height()) * 40;
    double inkUsed = 0;
    // Lines are clipped to the screen first: the stroker would otherwise
    // walk their whole length, far off screen when zoomed in.
    const QRectF clip = screen.adjusted(-8, -8, 8, 8);
    for (auto &bucket : m_scratch.lines)
        bucket.clear();
    m_scratch.emphasised.clear();
    const int focus = m_hovered >= 0 ? m_hovered : m_selected;
    const QPointF *pos = m_pos.constData();
    for (const NetworkStyle::DrawEdge &edge : m_style.drawEdges()) {
        const QPointF &a = pos[edge.source];
        const QPointF &b = pos[edge.target];
        if (std::max(a.x(), b.x()) < wl || std::min(a.x(), b.x()) > wr || std::max(a.y(), b.y()) < wt
            || std::min(a.y(), b.y()) > wb)
            continue;
        if (edge.edge == m_selectedEdge || edge.source == focus || edge.target == focus) {
            m_scratch.emphasised.push_back(edge.edge);
            continue;
        }
        if (capped && (stats.edges >= cap || inkUsed > inkBudget)) {
            ++stats.edgesLeftOut;
            continue;
        }
        QLineF line(worldToScreen.map(a), worldToScreen.map(b));
        if (!EdgeRasterizer::clipLine(&line, clip))
            continue;
        if (capped)
            inkUsed += std::abs(line.dx()) + std::abs(line.dy());
        m_scratch.lines[edge.bucket].push_back(line);
        ++stats.edges;
    }
    QColor edgeColor = text;
    edgeColor.setAlpha(rosterActive || focus >= 0 ? 35 : (dark ? 80 : 60));
    // Many edges: hairlines (wide pens are stroked as paths, far slower), the
    // weight shown by opacity instead of width.
    const bool hairlines = stats.edges > 1500;
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    const double dpr = painter.device() ? painter.device()->devicePixelRatio() : 1.0;
    if (raster)
        m_edges.begin(QSize(int(std::ceil(screen.width() * dpr)), int(std::ceil(screen.height() * dpr))));
    // Aliased edges on a raster device go into a pixel layer: the same
    // picture as QPainter's aliased lines of that opacity (where n lines of
    // opacity a cross, 1 - (1 - a)^n, added up as optical depth) for a
    // fraction of the cost.
    const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
    const bool edgeLayer = raster && (hairlines || !antialiased);
    if (edgeLayer) {
        const QPointF origin = screen.topLeft();
        for (int bucket = 0; bucket < NetworkStyle::kWidthBuckets; ++bucket) {
            const double alpha = (hairlines ? std::min(254.0, double(edgeColor.alpha() + 30 * bucket))
                                            : double(edgeColor.alpha())) / 255.0;
            const quint16 depth = EdgeRasterizer::depthOf(alpha);
            const double thickness = hairlines ? 1.0 : (0.6 + bucket + 0.5) * dpr;
            for (const QLineF &line : m_scratch.lines[bucket])
                m_edges.addLine((line.p1() - origin) * dpr, (line.p2() - origin) * dpr, depth, thickness);
        }
    } else {
        for (int bucket = 0; bucket < NetworkStyle::kWidthBuckets; ++bucket) {
            const auto &lines = m_scratch.lines[bucket];
            if (lines.empty())
                continue;
            if (hairlines) {
                QColor c = edgeColor;
                c.setAlpha(std::min(255, edgeColor.alpha() + 30 * bucket));
                painter.setPen(QPen(c, 0));
            } else {
                // Flat caps: the raster engine fills such lines directly
                // instead of stroking a path around each one.
                painter.setPen(QPen(edgeColor, 0.6 + bucket + 0.5, Qt::SolidLine, Qt::FlatCap));
            }
            painter.drawLines(lines.data(), int(lines.size()));
        }
    }

    if (raster) {
        // Tiny nodes as squares in the same layer: one image for all of them.
        m_edges.composite(painter, screen, dpr, edgeColor, m_scratch.dots);
    }
    for (int e : m_scratch.emphasised) {
        const GraphEdge &edge = m_graph.edges().at(e);
        QColor c = e == m_selectedEdge ? accent : text;
        c.setAlpha(e == m_selectedEdge ? 255 : 150);
        QLineF line(worldToScreen.map(m_pos[edge.source]), worldToScreen.map(m_pos[edge.target]));
        if (!EdgeRasterizer::clipLine(&line, clip))
            continue;
        painter.setPen(QPen(c, NetworkStyle::edgeWidth(m_style.edgeWeight(e)) + (e == m_selectedEdge ? 2 : 0.5), Qt::SolidLine,
                            Qt::RoundCap));
        painter.drawLine(line);
        ++stats.edges;
    }
    for (int i : m_scratch.discs) {
        QColor fill = nodeColor(i, colors);
        if (rosterActive && !m_highlighted.contains(i))
            fill.setAlpha(70);
        const QPointF c = worldToScreen.map(m_pos[i]);
        const double r = std::max(1.5, radius[i] * zoom);
        painter.setPen(QPen(outline, r > 4 ? 1.2 : 0.6));
        painter.setBrush(fill);
        painter.drawEllipse(c, r, r);
        if (i == 0 || i == m_selected || m_highlighted.contains(i)) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(i == m_selected ? accent : (m_highlighted.contains(i) ? accent : text),
                                i == m_selected ? 3 : 2));
            painter.drawEllipse(c, r + 3, r + 3);
        }
    }
    if (!raster) {
        // Round points in SVG.
        painter.setPen(Qt::NoPen);
        for (const EdgeRasterizer::Dot &dot : m_scratch.dots) {
            painter.setBrush(QColor::fromRgba(dot.rgba));
            painter.drawEllipse(dot.rect);
        }
    }

    // --- labels: the important first, none overlapping, within a budget ---
    if (canDrawText()) {
        const QFont font = labelFont(painter.font());
        painter.setFont(font);
        const QFontMetricsF fm(font);
        LabelPlacer placer;
        // Labels keep off the larger nodes on screen, too.
        int discs = 0;
        for (int i : m_style.nodeOrder()) {
            if (discs >= 3000)
                break;
            const double r = radius[i] * zoom;
            if (!visible[i] || r < 3 || !onScreen(m_pos[i]))
                continue;
            const QPointF c = worldToScreen.map(m_pos[i]);
            placer.occupy(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
            ++discs;
        }
        QList<int> order;
        for (int i : {m_selected, m_hovered})
            if (i >= 0)
                order << i;
        for (int i : m_highlighted)
            order << i;
        order += m_style.nodeOrder();
        QList<bool> done(n, false);
        QColor halo = palette.color(QPalette::Base);
        halo.setAlpha(200);
        for (int rank = 0; rank < order.size() && stats.labels < LabelPlacer::kBudget; ++rank) {
            const int i = order.at(rank);
            if (i < 0 || i >= n || done[i] || !visible[i] || !onScreen(m_pos[i]))
                continue;
            done[i] = true;
            const bool forced = i == m_selected || i == m_hovered || m_highlighted.contains(i);
            const double r = std::max(1.5, radius[i] * zoom);
            // Thinning: small nodes are labelled only when zoomed in on them.
            if (!forced && r < 3.5 && rank > 12)
                continue;
            const QPointF c = worldToScreen.map(m_pos[i]);
            const QString label = LabelPlacer::labelText(m_graph.nodes().at(i).name, fm);
            const QSizeF size = labelSize(i, fm);
            const QRectF box(c.x() - size.width() / 2, c.y() + r + 2, size.width(), size.height());
            if (!forced && !placer.isFree(box))
                continue;
            placer.occupy(box);
            painter.setPen(Qt::NoPen);
            painter.setBrush(halo);
            painter.drawRoundedRect(box, 3, 3);
            painter.setPen(forced ? accent.darker(dark ? 70 : 130) : text);
            painter.drawText(box, Qt::AlignCenter, label);
            ++stats.labels;
        }
        if (m_showLegend) {
            const auto entries = legend(palette);
            double y = screen.bottom() - 8 - entries.size() * (fm.height() + 2);
            for (const auto &entry : entries) {
                painter.setPen(QPen(outline, 1));
                painter.setBrush(entry.second);
                painter.drawEllipse(QPointF(screen.left() + 14, y + fm.height() / 2), 5, 5);
                painter.setPen(text);
                painter.drawText(QPointF(screen.left() + 24, y + fm.ascent()), entry.first);
                y += fm.height() + 2;
            }
        }
    }
    painter.restore();
    return stats;
}

} // namespace peerscope::views
