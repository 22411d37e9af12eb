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
// Arrowheads drawn at once, at most: like names, beyond that they are noise.
constexpr int kArrowBudget = 1500;

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

void NetworkScene::resetSelection()
{
    m_selected = m_selectedEdge = m_hovered = -1;
    m_highlighted.clear();
    m_path.clear();
}

void NetworkScene::setGraph(const CoauthorGraph &graph)
{
    m_typed = TypedGraph();
    m_style.clearTyped();
    m_graph = graph;
    resetSelection();
    m_pos.resize(graph.nodeCount());
    m_style.setGraph(graph);
    m_gridDirty = true;
    m_labels = LabelCache();
}

void NetworkScene::setTypedGraph(const TypedGraph &typed)
{
    m_typed = typed;
    m_graph = typed.drawable();
    resetSelection();
    m_pos.resize(m_graph.nodeCount());
    m_style.setTyped(typed, m_graph);
    m_style.setGraph(m_graph);
    m_gridDirty = true;
    m_labels = LabelCache();
}

void NetworkScene::setTypeVisible(NodeType type, bool visible)
{
    if (m_style.isTypeVisible(type) == visible)
        return;
    m_style.setTypeVisible(type, visible);
    m_style.restyle(m_graph);
    m_gridDirty = true;
}

namespace {

// The corners of a polygonal shape of radius r around the origin (none for
// circles); sizes chosen so each covers about the area of the disc of
// radius r. The rounded square counts as its square.
int shapeCorners(NodeShape shape, double r, QPointF *p)
{
    constexpr double kSin60 = 0.8660254037844386;
    switch (shape) {
    case NodeShape::Circle:
        return 0;
    case NodeShape::RoundedSquare: {
        const double h = r * 0.89;
        p[0] = {-h, -h}, p[1] = {h, -h}, p[2] = {h, h}, p[3] = {-h, h};
        return 4;
    }
    case NodeShape::Hexagon: {
        const double R = r * 1.1;
        const double w = R * kSin60;
        p[0] = {0, -R}, p[1] = {w, -R / 2}, p[2] = {w, R / 2}, p[3] = {0, R}, p[4] = {-w, R / 2}, p[5] = {-w, -R / 2};
        return 6;
    }
    case NodeShape::Triangle: {
        // Centred on its centroid, point up.
        const double R = r * 1.35;
        p[0] = {0, -R}, p[1] = {R * kSin60, R / 2}, p[2] = {-R * kSin60, R / 2};
        return 3;
    }
    case NodeShape::Diamond: {
        const double R = r * 1.25;
        p[0] = {0, -R}, p[1] = {R, 0}, p[2] = {0, R}, p[3] = {-R, 0};
        return 4;
    }
    }
    return 0;
}

} // namespace

void NetworkScene::drawShape(QPainter &painter, NodeShape shape, const QPointF &c, double r)
{
    if (shape == NodeShape::Circle) {
        painter.drawEllipse(c, r, r);
        return;
    }
    if (shape == NodeShape::RoundedSquare) {
        const double h = r * 0.89;
        painter.drawRoundedRect(QRectF(c.x() - h, c.y() - h, 2 * h, 2 * h), h * 0.35, h * 0.35);
        return;
    }
    QPointF p[6];
    const int k = shapeCorners(shape, r, p);
    for (int i = 0; i < k; ++i)
        p[i] += c;
    painter.drawConvexPolygon(p, k);
}

double NetworkScene::shapeReach(NodeShape shape, double r, const QPointF &direction)
{
    QPointF p[6];
    const int k = shapeCorners(shape, r, p);
    const double len = std::hypot(direction.x(), direction.y());
    if (k == 0 || len <= 0)
        return r;
    const QPointF u = direction / len;
    auto cross = [](const QPointF &a, const QPointF &b) { return a.x() * b.y() - a.y() * b.x(); };
    double best = r;
    for (int i = 0; i < k; ++i) {
        // The ray t·u meets side p[i] + s·(p[i+1] - p[i]) at one t > 0, s in [0, 1].
        const QPointF a = p[i];
        const QPointF side = p[(i + 1) % k] - a;
        const double den = cross(u, side);
        if (std::abs(den) < 1e-12)
            continue;
        const double t = cross(a, side) / den;
        const double s = cross(a, u) / den;
        if (t > 0 && s >= -1e-9 && s <= 1 + 1e-9)
            return t;
    }
    return best;
}

void NetworkScene::addArrow(const QPointF &a, const QPointF &b, double r, int bucket) const
{
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    const double size = 6.0 + 1.2 * bucket;
    // Too short to carry a head that still leaves a line to see.
    if (len < r + 3 * size)
        return;
    const QPointF u = d / len;
    const QPointF normal(-u.y(), u.x());
    const QPointF tip = b - u * (r + 1.5);
    const QPointF base = tip - u * size;
    m_scratch.arrows.push_back(tip);
    m_scratch.arrows.push_back(base + normal * (size * 0.45));
    m_scratch.arrows.push_back(base - normal * (size * 0.45));
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

std::pair<const QString &, QSizeF> NetworkScene::cachedLabel(int node, const QFont &font, const QFontMetricsF &metrics) const
{
    const QString key = font.key();
    const int n = m_graph.nodeCount();
    if (m_labels.fontKey != key || m_labels.known.size() != n) {
        m_labels.fontKey = key;
        m_labels.texts = QList<QString>(n);
        m_labels.sizes = QList<QSizeF>(n);
        m_labels.known = QList<bool>(n, false);
    }
    if (!m_labels.known.at(node)) {
        const QString text = LabelPlacer::labelText(m_graph.nodes().at(node).name, metrics);
        m_labels.sizes[node] = LabelPlacer::textBox(text, metrics);
        m_labels.texts[node] = text;
        m_labels.known[node] = true;
    }
    return {m_labels.texts.at(node), m_labels.sizes.at(node)};
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
    // A triangle's point reaches 1.35 radii from its centre.
    const double maxRadius = m_style.maxRadius() * (m_style.isTyped() ? 1.35 : 1.0);
    const double zoom = std::sqrt(std::abs(worldToScreen.determinant()));
    const QRectF world = worldToScreen.inverted().mapRect(screen).adjusted(-maxRadius, -maxRadius, maxRadius, maxRadius);
    const double wl = world.left(), wr = world.right(), wt = world.top(), wb = world.bottom();
    auto onScreen = [&](const QPointF &p) { return p.x() >= wl && p.x() <= wr && p.y() >= wt && p.y() <= wb; };
    const bool dark = isDark(palette);
    const bool rosterActive = !m_highlighted.isEmpty();
    const bool pathActive = !m_path.isEmpty();
    QSet<int> onPath;
    for (int i : m_path)
        onPath.insert(i);
    auto dimmed = [&](int i) {
        return (rosterActive && !m_highlighted.contains(i)) || (pathActive && !onPath.contains(i));
    };
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
        if (dimmed(i))
            fill.setAlpha(70);
        const QPointF c = worldToScreen.map(m_pos[i]);
        const double r = std::max(1.5, radius[i] * zoom);
        if (r < 2.5 && i != m_selected && i != 0 && !m_highlighted.contains(i) && !onPath.contains(i))
            m_scratch.dots.push_back({QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), fill.rgba()});
        else
            m_scratch.discs.push_back(i);
    }
    // --- edges: culled to the viewport, the heaviest first up to a cap ------
    // Zoomed far out (thousands of nodes on screen) only the heaviest links
    // are drawn, up to a count; at any zoom, up to an amount of ink (pixels
    // of line): tens of thousands of long links across the screen (a
    // citation timeline, a dense map zoomed in) cost a pixel each, 135 ms a
    // frame, and show a grey sheet anyway. VOSviewer draws 1,000 lines by
    // default for the same reason. What is left out is said on screen.
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
    // Arrowheads only where every link on screen is drawn as a line; zoomed
    // out there are none (the direction would be unreadable anyway).
    m_scratch.arrows.clear();
    const bool arrowsShown = m_style.hasArrows() && !capped;
    auto arrowsFor = [&](int e, int source, int target, const QLineF &full) {
        const quint8 ends = m_style.arrows(e);
        if (!ends || m_scratch.arrows.size() >= size_t(3 * kArrowBudget))
            return;
        const int bucket = std::min(NetworkStyle::kWidthBuckets - 1, int(NetworkStyle::edgeWidth(m_style.edgeWeight(e)) - 0.6));
        // The head stops at the rim of the node's shape.
        auto rim = [&](int node, const QPointF &towards) {
            return shapeReach(m_style.nodeShape(node), std::max(1.5, radius[node] * zoom), towards);
        };
        if ((ends & NetworkStyle::kArrowAtTarget) && clip.contains(full.p2()))
            addArrow(full.p1(), full.p2(), rim(target, full.p1() - full.p2()), bucket);
        if ((ends & NetworkStyle::kArrowAtSource) && clip.contains(full.p1()))
            addArrow(full.p2(), full.p1(), rim(source, full.p2() - full.p1()), bucket);
    };
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
        if ((capped && stats.edges >= cap) || inkUsed > inkBudget) {
            ++stats.edgesLeftOut;
            continue;
        }
        const QLineF full(worldToScreen.map(a), worldToScreen.map(b));
        QLineF line = full;
        if (!EdgeRasterizer::clipLine(&line, clip))
            continue;
        inkUsed += std::max(std::abs(line.dx()), std::abs(line.dy()));
        m_scratch.lines[edge.bucket].push_back(line);
        ++stats.edges;
        if (arrowsShown)
            arrowsFor(edge.edge, edge.source, edge.target, full);
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
    // So do wide lines with much ink between them: QPainter strokes an
    // antialiased line per pixel of its length (900 links across a zoomed
    // view took 190 ms); the layer draws them aliased at their widths.
    constexpr double kQPainterInk = 40000;
    const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
    const bool edgeLayer = raster && (hairlines || !antialiased || inkUsed > kQPainterInk);
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
        const QLineF full(worldToScreen.map(m_pos[edge.source]), worldToScreen.map(m_pos[edge.target]));
        QLineF line = full;
        if (!EdgeRasterizer::clipLine(&line, clip))
            continue;
        painter.setPen(QPen(c, NetworkStyle::edgeWidth(m_style.edgeWeight(e)) + (e == m_selectedEdge ? 2 : 0.5), Qt::SolidLine,
                            Qt::RoundCap));
        painter.drawLine(line);
        ++stats.edges;
        if (m_style.hasArrows())
            arrowsFor(e, edge.source, edge.target, full);
    }
    if (!m_scratch.arrows.empty()) {
        QColor head = text;
        head.setAlpha(rosterActive || pathActive || focus >= 0 ? 90 : 160);
        painter.setPen(Qt::NoPen);
        painter.setBrush(head);
        const std::vector<QPointF> &corners = m_scratch.arrows;
        for (size_t k = 0; k + 2 < corners.size(); k += 3)
            painter.drawConvexPolygon(&corners[k], 3);
        stats.arrows = int(corners.size() / 3);
    }
    // The path on top of every other link: thick, in the accent colour.
    for (int k = 1; k < m_path.size(); ++k) {
        const int a = m_path.at(k - 1);
        const int b = m_path.at(k);
        if (a < 0 || b < 0 || a >= n || b >= n || !visible[a] || !visible[b])
            continue;
        QLineF line(worldToScreen.map(m_pos[a]), worldToScreen.map(m_pos[b]));
        if (!EdgeRasterizer::clipLine(&line, clip))
            continue;
        painter.setPen(QPen(accent, 4, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(line);
        ++stats.pathEdges;
    }
    const bool typed = m_style.isTyped();
    for (int i : m_scratch.discs) {
        QColor fill = nodeColor(i, colors);
        if (dimmed(i))
            fill.setAlpha(70);
        const QPointF c = worldToScreen.map(m_pos[i]);
        const double r = std::max(1.5, radius[i] * zoom);
        const NodeShape shape = typed ? m_style.nodeShape(i) : NodeShape::Circle;
        painter.setPen(QPen(outline, r > 4 ? 1.2 : 0.6));
        painter.setBrush(fill);
        drawShape(painter, shape, c, r);
        const bool ringed = m_highlighted.contains(i) || onPath.contains(i);
        if (i == 0 || i == m_selected || ringed) {
            // The researcher of a typed map wears a thicker ring.
            const double width = i == m_selected ? 3 : (i == 0 && typed ? 3 : 2);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(i == m_selected || ringed ? accent : text, width));
            drawShape(painter, shape, c, r + 3);
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
            if (typed) {
                // The shape's own box: a name may sit right below a triangle.
                const NodeShape shape = m_style.nodeShape(i);
                const double up = shapeReach(shape, r, QPointF(0, -1));
                const double side = shapeReach(shape, r, QPointF(1, 0));
                placer.occupy(QRectF(c.x() - side, c.y() - up, 2 * side, up + shapeReach(shape, r, QPointF(0, 1))));
            } else {
                placer.occupy(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
            }
            ++discs;
        }
        QList<int> order;
        if (typed)
            order << 0; // the researcher's name first
        for (int i : {m_selected, m_hovered})
            if (i >= 0)
                order << i;
        for (int i : m_highlighted)
            order << i;
        // A short path names every stop.
        const bool pathNamed = m_path.size() <= 12;
        if (pathNamed)
            order += m_path;
        order += m_style.nodeOrder();
        QList<bool> done(n, false);
        QColor halo = palette.color(QPalette::Base);
        halo.setAlpha(200);
        int tries = 0;
        for (int rank = 0; rank < order.size() && stats.labels < LabelPlacer::kBudget; ++rank) {
            const int i = order.at(rank);
            if (i < 0 || i >= n || done[i] || !visible[i] || !onScreen(m_pos[i]))
                continue;
            done[i] = true;
            // A research map always names its researcher (node 0): the
            // links crowd around them, and the free-space test hid the name.
            const bool forced = i == m_selected || i == m_hovered || m_highlighted.contains(i)
                                || (pathNamed && onPath.contains(i)) || (typed && i == 0);
            const double r = std::max(1.5, radius[i] * zoom);
            // Thinning: small nodes are labelled only when zoomed in on them.
            if (!forced && r < 3.5 && rank > 12)
                continue;
            // Past four times the budget in tries the rest are too crowded
            // to get a name: they are not measured (the first paint of a
            // dense map measured thousands).
            if (!forced && ++tries > 4 * LabelPlacer::kBudget)
                continue;
            const QPointF c = worldToScreen.map(m_pos[i]);
            const auto [label, size] = cachedLabel(i, font, fm);
            // Below the node's shape (a diamond reaches lower than its disc).
            double below = r;
            if (typed) {
                const bool ringed = i == 0 || i == m_selected || m_highlighted.contains(i) || onPath.contains(i);
                below = shapeReach(m_style.nodeShape(i), ringed ? r + 3 : r, QPointF(0, 1)) + (ringed ? 1.5 : 0);
            }
            const QRectF box(c.x() - size.width() / 2, c.y() + below + 2, size.width(), size.height());
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
            const QList<LegendEntry> entries = legendEntries(palette);
            double y = screen.bottom() - 8 - entries.size() * (fm.height() + 2);
            for (const LegendEntry &entry : entries) {
                painter.setPen(QPen(outline, 1));
                painter.setBrush(entry.color);
                drawShape(painter, entry.shape, QPointF(screen.left() + 14, y + fm.height() / 2), 5);
                painter.setPen(text);
                painter.drawText(QPointF(screen.left() + 24, y + fm.ascent()), entry.text);
                y += fm.height() + 2;
            }
        }
    }
    painter.restore();
    return stats;
}

} // namespace peerscope::views
