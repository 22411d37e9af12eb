#include "network/networkscene.h"

#include "viewpalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPaintEngine>
#include <QPainter>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace peerscope::views {

Q_LOGGING_CATEGORY(lcScene, "peerscope.networkscene", QtWarningMsg)

namespace {

constexpr int kWidthBuckets = 6;
constexpr int kLabelBudget = 160;
constexpr int kOtherColor = 7;      // grey in the categorical palette

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

// Liang-Barsky: clips line to rect; false when nothing of it is inside.
bool clipLine(QLineF *line, const QRectF &rect)
{
    const double x0 = line->x1(), y0 = line->y1();
    const double dx = line->dx(), dy = line->dy();
    double t0 = 0, t1 = 1;
    auto edge = [&](double p, double q) {
        if (p == 0)
            return q >= 0;
        const double r = q / p;
        if (p < 0) {
            if (r > t1)
                return false;
            t0 = std::max(t0, r);
        } else {
            if (r < t0)
                return false;
            t1 = std::min(t1, r);
        }
        return true;
    };
    if (!edge(-dx, x0 - rect.left()) || !edge(dx, rect.right() - x0) || !edge(-dy, y0 - rect.top())
        || !edge(dy, rect.bottom() - y0))
        return false;
    if (t0 > 0 || t1 < 1)
        *line = QLineF(x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy);
    return true;
}

double edgeWidth(double weight)
{
    return std::min(6.0, 0.6 + 1.1 * std::log2(1.0 + weight));
}

bool canDrawText()
{
    // Fonts need a GUI application; the command line draws without labels.
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

void NetworkScene::setGraph(const CoauthorGraph &graph)
{
    m_graph = graph;
    m_communityCount = graph.communityCount();
    m_selected = m_selectedEdge = m_hovered = -1;
    m_highlighted.clear();
    m_pos.resize(graph.nodeCount());
    m_minYear = m_maxYear = 0;
    for (const GraphEdge &e : graph.edges()) {
        for (const SharedWork &w : e.works) {
            if (w.year <= 0)
                continue;
            m_minYear = m_minYear == 0 ? w.year : std::min(m_minYear, w.year);
            m_maxYear = std::max(m_maxYear, w.year);
        }
    }
    // Countries by how many authors they hold: the commonest get colours.
    QHash<QString, int> countryCount;
    for (const GraphNode &n : graph.nodes())
        if (!n.countryCode.isEmpty())
            ++countryCount[n.countryCode];
    QStringList countries = countryCount.keys();
    std::sort(countries.begin(), countries.end(), [&](const QString &a, const QString &b) {
        return countryCount[a] != countryCount[b] ? countryCount[a] > countryCount[b] : a < b;
    });
    m_countryRank.clear();
    for (int i = 0; i < countries.size(); ++i)
        m_countryRank.insert(countries.at(i), i);
    m_edgeOrder.resize(graph.edgeCount());
    std::iota(m_edgeOrder.begin(), m_edgeOrder.end(), 0);
    std::stable_sort(m_edgeOrder.begin(), m_edgeOrder.end(),
                     [&](int a, int b) { return graph.weight(a) > graph.weight(b); });
    restyle();
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
    m_colorBy = colorBy;
}

void NetworkScene::setSizeBy(SizeBy sizeBy)
{
    m_sizeBy = sizeBy;
    restyle();
    m_gridDirty = true;
}

void NetworkScene::setYearLimit(int year)
{
    m_yearLimit = year;
    restyle();
    m_gridDirty = true;
}

void NetworkScene::restyle()
{
    const int n = m_graph.nodeCount();
    const Counting counting = m_graph.options().counting;
    m_edgeWeight.resize(m_graph.edgeCount());
    m_nodeVisible.fill(false, n);
    m_lastYear.fill(0, n);
    QList<double> shared(n, 0.0);
    for (int e = 0; e < m_graph.edgeCount(); ++e) {
        const GraphEdge &edge = m_graph.edges().at(e);
        const double w = m_yearLimit > 0 ? edge.weightAsOf(counting, m_yearLimit) : edge.weight(counting);
        m_edgeWeight[e] = w;
        if (w <= 0)
            continue;
        int last = 0;
        for (const SharedWork &work : edge.works)
            if (m_yearLimit <= 0 || work.year <= m_yearLimit)
                last = std::max(last, work.year);
        for (int i : {edge.source, edge.target}) {
            m_nodeVisible[i] = true;
            m_lastYear[i] = std::max(m_lastYear[i], last);
        }
        if (edge.source == 0)
            shared[edge.target] = w;
    }
    if (n > 0)
        m_nodeVisible[0] = true; // the centre, even before their first paper
    m_drawEdges.clear();
    m_drawEdges.reserve(m_edgeOrder.size());
    for (int e : std::as_const(m_edgeOrder)) {
        const double w = m_edgeWeight.value(e);
        if (w <= 0)
            continue;
        const GraphEdge &edge = m_graph.edges().at(e);
        m_drawEdges.push_back({e, edge.source, edge.target, std::min(kWidthBuckets - 1, int(edgeWidth(w) - 0.6))});
    }
    QList<double> value(n, 0.0);
    double maxValue = 0;
    for (int i = 0; i < n; ++i) {
        value[i] = m_sizeBy == SizeBy::Works ? m_graph.nodes().at(i).worksCount : shared.at(i);
        maxValue = std::max(maxValue, value[i]);
    }
    if (m_sizeBy == SizeBy::SharedWorks && n > 0)
        value[0] = maxValue; // the centre shares everything with themself
    m_radius.resize(n);
    m_maxRadius = 1;
    for (int i = 0; i < n; ++i) {
        m_radius[i] = 4.0 + 14.0 * (maxValue > 0 ? std::sqrt(std::max(0.0, value[i]) / maxValue) : 0.0);
        m_maxRadius = std::max(m_maxRadius, m_radius[i]);
    }
    m_nodeOrder.resize(n);
    std::iota(m_nodeOrder.begin(), m_nodeOrder.end(), 0);
    std::stable_sort(m_nodeOrder.begin(), m_nodeOrder.end(), [&](int a, int b) {
        if ((a == 0) != (b == 0))
            return a == 0;
        return value[a] > value[b];
    });
}

void NetworkScene::rebuildGrid() const
{
    // Built on the first hit test after a change, not on every layout
    // snapshot: while the layout animates, nobody asks.
    m_gridDirty = false;
    m_grid.clear();
    const int n = int(m_pos.size());
    if (n == 0)
        return;
    const QRectF box = bounds();
    // About two nodes per cell, never smaller than a node.
    m_cell = std::max(2.0 * m_maxRadius, std::sqrt(std::max(1.0, box.width() * box.height()) / n) * 1.5);
    for (int i = 0; i < n; ++i) {
        if (!m_nodeVisible.value(i))
            continue;
        const int cx = int(std::floor(m_pos[i].x() / m_cell));
        const int cy = int(std::floor(m_pos[i].y() / m_cell));
        m_grid[cellKey(cx, cy)] << i;
    }
}

QRectF NetworkScene::bounds() const
{
    QRectF box;
    bool first = true;
    for (int i = 0; i < m_pos.size(); ++i) {
        if (!m_nodeVisible.value(i))
            continue;
        const double r = m_radius.value(i, 1);
        const QRectF nodeBox(m_pos[i].x() - r, m_pos[i].y() - r, 2 * r, 2 * r);
        box = first ? nodeBox : box.united(nodeBox);
        first = false;
    }
    return box;
}

int NetworkScene::nodeAt(const QPointF &point, double tolerance) const
{
    if (m_gridDirty)
        rebuildGrid();
    if (m_grid.isEmpty())
        return -1;
    const double reach = m_maxRadius + tolerance;
    const int x0 = int(std::floor((point.x() - reach) / m_cell));
    const int x1 = int(std::floor((point.x() + reach) / m_cell));
    const int y0 = int(std::floor((point.y() - reach) / m_cell));
    const int y1 = int(std::floor((point.y() + reach) / m_cell));
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int cx = x0; cx <= x1; ++cx) {
        for (int cy = y0; cy <= y1; ++cy) {
            const auto it = m_grid.constFind(cellKey(cx, cy));
            if (it == m_grid.cend())
                continue;
            for (int i : it.value()) {
                const double d = std::hypot(m_pos[i].x() - point.x(), m_pos[i].y() - point.y());
                // Prefer the node whose edge is nearest; small nodes on top of big ones stay reachable.
                const double over = d - m_radius[i];
                if (over <= tolerance && over < bestDistance) {
                    bestDistance = over;
                    best = i;
                }
            }
        }
    }
    return best;
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
        if (m_edgeWeight.value(e) <= 0)
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
    const GraphNode &n = m_graph.nodes().at(node);
    switch (m_colorBy) {
    case ColorBy::Community:
        return n.community >= 0 ? colors.at(n.community % kOtherColor) : colors.at(kOtherColor);
    case ColorBy::Country: {
        const int rank = m_countryRank.value(n.countryCode, -1);
        return rank >= 0 && rank < kOtherColor ? colors.at(rank) : colors.at(kOtherColor);
    }
    case ColorBy::LastYear: {
        const int year = m_lastYear.value(node);
        if (year <= 0)
            return colors.at(kOtherColor);
        const int top = m_yearLimit > 0 ? std::min(m_yearLimit, m_maxYear) : m_maxYear;
        const double t = top > m_minYear ? double(year - m_minYear) / (top - m_minYear) : 1.0;
        // Long-ago collaborators fade to sky blue, recent ones burn vermilion.
        return mix(colors.at(5), colors.at(3), t);
    }
    }
    return colors.at(kOtherColor);
}

QList<QPair<QString, QColor>> NetworkScene::legend(const QPalette &palette) const
{
    const QList<QColor> colors = categoricalColors(palette);
    QList<QPair<QString, QColor>> out;
    switch (m_colorBy) {
    case ColorBy::Community: {
        const int count = m_communityCount;
        for (int c = 0; c < std::min(count, kOtherColor); ++c)
            out << qMakePair(QCoreApplication::translate("NetworkScene", "Community %1").arg(c + 1), colors.at(c));
        if (count > kOtherColor)
            out << qMakePair(QCoreApplication::translate("NetworkScene", "Smaller communities"), colors.at(kOtherColor));
        break;
    }
    case ColorBy::Country: {
        QList<QString> codes(std::min<qsizetype>(m_countryRank.size(), kOtherColor));
        for (auto it = m_countryRank.cbegin(); it != m_countryRank.cend(); ++it)
            if (it.value() < kOtherColor)
                codes[it.value()] = it.key();
        for (int i = 0; i < codes.size(); ++i)
            out << qMakePair(codes.at(i), colors.at(i));
        out << qMakePair(QCoreApplication::translate("NetworkScene", "Other or unknown"), colors.at(kOtherColor));
        break;
    }
    case ColorBy::LastYear: {
        const int top = m_yearLimit > 0 ? std::min(m_yearLimit, m_maxYear) : m_maxYear;
        if (m_minYear > 0) {
            out << qMakePair(QCoreApplication::translate("NetworkScene", "Last together %1").arg(m_minYear), colors.at(5));
            out << qMakePair(QCoreApplication::translate("NetworkScene", "Last together %1").arg(top), colors.at(3));
        }
        break;
    }
    }
    return out;
}

void NetworkScene::beginEdgeLayer(const QSize &pixels) const
{
    EdgeLayer &l = m_layer;
    if (l.width != pixels.width() || l.height != pixels.height()) {
        l.width = std::max(0, pixels.width());
        l.height = std::max(0, pixels.height());
        l.depth.assign(size_t(l.width) * size_t(l.height), 0);
        l.image = QImage(std::max(1, l.width), std::max(1, l.height), QImage::Format_ARGB32_Premultiplied);
    }
    l.minRow = l.height;
    l.maxRow = -1;
}

void NetworkScene::addLineToLayer(QPointF a, QPointF b, quint16 depth, double thickness) const
{
    EdgeLayer &l = m_layer;
    if (l.width <= 0 || l.height <= 0)
        return;
    // Clipped to the pixel area.
    const double xmax = l.width - 0.001;
    const double ymax = l.height - 0.001;
    QLineF segment(a, b);
    if (!clipLine(&segment, QRectF(0, 0, xmax, ymax)))
        return;
    const double sx = std::clamp(segment.x1(), 0.0, xmax);
    const double sy = std::clamp(segment.y1(), 0.0, ymax);
    const double ex = std::clamp(segment.x2(), 0.0, xmax);
    const double ey = std::clamp(segment.y2(), 0.0, ymax);
    const double adx = std::abs(ex - sx);
    const double ady = std::abs(ey - sy);
    const int n = int(std::max(adx, ady)) + 1;
    const double ix = n > 1 ? (ex - sx) / (n - 1) : 0;
    const double iy = n > 1 ? (ey - sy) / (n - 1) : 0;
    // A wide line: a run of pixels across the major axis at every step, as
    // long as the width divided by the cosine of the slope.
    const bool steep = ady > adx;
    const double length = std::hypot(adx, ady);
    const int across = std::max(1, int(std::lround(thickness * (length > 0 ? length / std::max(adx, ady) : 1.0))));
    const int before = (across - 1) / 2;
    const int limit = steep ? l.width - 1 : l.height - 1;
    const int grow = steep ? 0 : before + across;
    l.minRow = std::max(0, std::min({l.minRow, int(sy) - grow, int(ey) - grow}));
    l.maxRow = std::min(l.height - 1, std::max({l.maxRow, int(sy) + grow, int(ey) + grow}));
    quint16 *buffer = l.depth.data();
    const int width = l.width;
    auto add = [&](int px, int py) {
        quint16 &d = buffer[size_t(py) * size_t(width) + size_t(px)];
        d = quint16(std::min<quint32>(quint32(d) + depth, 65535));
    };
    // 16.16 fixed point: the clipped coordinates are below 2^15.
    qint64 x = qint64(sx * 65536.0), y = qint64(sy * 65536.0);
    const qint64 fx = qint64(ix * 65536.0), fy = qint64(iy * 65536.0);
    for (int i = 0; i < n; ++i, x += fx, y += fy) {
        const int px = std::clamp(int(x >> 16), 0, width - 1);
        const int py = std::clamp(int(y >> 16), 0, l.height - 1);
        if (across == 1) {
            add(px, py);
            continue;
        }
        const int from = std::max(0, (steep ? px : py) - before);
        const int to = std::min(limit, (steep ? px : py) - before + across - 1);
        for (int k = from; k <= to; ++k) {
            if (steep)
                add(k, py);
            else
                add(px, k);
        }
    }
}

void NetworkScene::compositeEdgeLayer(QPainter &painter, const QRectF &screen, double dpr, const QColor &color,
                                      const std::vector<Dot> &dots) const
{
    EdgeLayer &l = m_layer;
    if (l.width <= 0 || l.height <= 0)
        return;
    const QPointF origin = screen.topLeft();
    // Pixels [x0, x1) x [y0, y1) of a dot, clipped to the layer.
    struct Span { int x0, y0, x1, y1; };
    auto pixelsOf = [&](const QRectF &r) {
        return Span{std::max(0, qRound((r.left() - origin.x()) * dpr)), std::max(0, qRound((r.top() - origin.y()) * dpr)),
                    std::min(l.width, qRound((r.right() - origin.x()) * dpr)),
                    std::min(l.height, qRound((r.bottom() - origin.y()) * dpr))};
    };
    for (const Dot &dot : dots) {
        const Span p = pixelsOf(dot.rect);
        if (p.x0 < p.x1 && p.y0 < p.y1) {
            l.minRow = std::min(l.minRow, p.y0);
            l.maxRow = std::max(l.maxRow, p.y1 - 1);
        }
    }
    if (l.maxRow < l.minRow)
        return;
    // Optical depth to opacity, once per process.
    static const std::vector<quint8> opacity = [] {
        std::vector<quint8> lut(65536);
        for (size_t i = 0; i < lut.size(); ++i)
            lut[i] = quint8(std::lround(255.0 * (1.0 - std::exp(-double(i) / 256.0))));
        return lut;
    }();
    quint32 premultiplied[256];
    for (int a = 0; a < 256; ++a)
        premultiplied[a] = qPremultiply(qRgba(color.red(), color.green(), color.blue(), a));
    for (int row = l.minRow; row <= l.maxRow; ++row) {
        quint16 *depth = l.depth.data() + size_t(row) * size_t(l.width);
        auto *out = reinterpret_cast<quint32 *>(l.image.scanLine(row));
        int x = 0;
        for (; x + 4 <= l.width; x += 4) {
            // Four pixels at a time: most of the screen holds no edge.
            quint64 quad;
            std::memcpy(&quad, depth + x, sizeof quad);
            if (quad == 0) {
                std::memset(out + x, 0, 4 * sizeof(quint32));
                continue;
            }
            for (int k = x; k < x + 4; ++k)
                out[k] = premultiplied[opacity[depth[k]]];
            std::memset(depth + x, 0, sizeof quad); // ready for the next frame
        }
        for (; x < l.width; ++x) {
            out[x] = premultiplied[opacity[depth[x]]];
            depth[x] = 0;
        }
    }
    uchar *bits = l.image.bits();
    const qsizetype stride = l.image.bytesPerLine();
    for (const Dot &dot : dots) {
        const Span p = pixelsOf(dot.rect);
        const quint32 src = qPremultiply(dot.rgba);
        const quint32 keep = 255 - qAlpha(src);
        for (int y = p.y0; y < p.y1; ++y) {
            auto *out = reinterpret_cast<quint32 *>(bits + y * stride);
            for (int x = p.x0; x < p.x1; ++x) {
                if (keep == 0) {
                    out[x] = src;
                    continue;
                }
                // Source over, premultiplied.
                const quint32 d = out[x];
                out[x] = qRgba(qRed(src) + qRed(d) * keep / 255, qGreen(src) + qGreen(d) * keep / 255,
                               qBlue(src) + qBlue(d) * keep / 255, qAlpha(src) + qAlpha(d) * keep / 255);
            }
        }
    }
    const int rows = l.maxRow - l.minRow + 1;
    painter.drawImage(QRectF(screen.left(), screen.top() + l.minRow / dpr, l.width / dpr, rows / dpr), l.image,
                      QRectF(0, l.minRow, l.width, rows));
}

QFont NetworkScene::labelFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.9));
    return font;
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
    // A force layout leaves space between the footprints (disc and label, at
    // zoom 1). Measured on generated co-author networks in a 955x720 view:
    // at 27% cover (50 authors) every name shows at fit zoom 1.36; at 45%
    // (75 and 80 authors) 48 and 51 names show against 38 and 32 with discs
    // alone; at 55% (90 authors) 31 against 37, the layout grown past the view.
    constexpr double kLabelCover = 0.5;
    QList<QSizeF> labels = labelSizes(metrics);
    double area = 0;
    for (int i = 0; i < labels.size(); ++i) {
        const double r = radius(i);
        area += (std::max(labels.at(i).width(), 2 * r) + 4) * (2 * r + 2 + labels.at(i).height() + 4);
    }
    if (area > kLabelCover * std::max(1.0, view.width()) * std::max(1.0, view.height()))
        labels.clear();
    return labels;
}

QSizeF NetworkScene::labelSize(int node, const QFontMetricsF &metrics) const
{
    if (node < 0 || node >= m_graph.nodeCount())
        return {};
    const QString label = metrics.elidedText(m_graph.nodes().at(node).name, Qt::ElideRight, 180);
    return {metrics.horizontalAdvance(label) + 6, metrics.height() + 2};
}

int NetworkScene::labelBudget()
{
    return kLabelBudget;
}

PaintStats NetworkScene::paint(QPainter &painter, const QTransform &worldToScreen, const QRectF &screen,
                               const QPalette &palette) const
{
    PaintStats stats;
    const int n = m_graph.nodeCount();
    if (n == 0 || m_pos.size() != n)
        return stats;
    const double zoom = std::sqrt(std::abs(worldToScreen.determinant()));
    const QRectF world = worldToScreen.inverted().mapRect(screen).adjusted(-m_maxRadius, -m_maxRadius, m_maxRadius,
                                                                            m_maxRadius);
    const double wl = world.left(), wr = world.right(), wt = world.top(), wb = world.bottom();
    auto onScreen = [&](const QPointF &p) { return p.x() >= wl && p.x() <= wr && p.y() >= wt && p.y() <= wb; };
    const bool dark = isDark(palette);
    const bool rosterActive = !m_highlighted.isEmpty();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor accent = palette.color(QPalette::Highlight);
    painter.save();
    painter.setTransform(QTransform());
    painter.setRenderHint(QPainter::Antialiasing, n < 4000 || zoom > 1.5);

    static_assert(std::extent_v<decltype(Scratch::lines)> == kWidthBuckets);
    // --- nodes on screen: tiny ones batched, larger ones as outlined discs,
    // painted after the edges -------------------------------------------------
    m_scratch.dots.clear();
    m_scratch.discs.clear();
    const QList<QColor> colors = categoricalColors(palette);
    const QColor outline = dark ? QColor(20, 20, 20) : QColor(255, 255, 255);
    for (int i = 0; i < n; ++i) {
        if (!m_nodeVisible[i] || !onScreen(m_pos[i]))
            continue;
        ++stats.nodes;
        QColor fill = nodeColor(i, colors);
        if (rosterActive && !m_highlighted.contains(i))
            fill.setAlpha(70);
        const QPointF c = worldToScreen.map(m_pos[i]);
        const double r = std::max(1.5, m_radius[i] * zoom);
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
    for (const DrawEdge &edge : m_drawEdges) {
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
        if (!clipLine(&line, clip))
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
        beginEdgeLayer(QSize(int(std::ceil(screen.width() * dpr)), int(std::ceil(screen.height() * dpr))));
    // Aliased edges on a raster device go into a pixel layer: the same
    // picture as QPainter's aliased lines of that opacity (where n lines of
    // opacity a cross, 1 - (1 - a)^n, added up as optical depth) for a
    // fraction of the cost.
    const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
    const bool edgeLayer = raster && (hairlines || !antialiased);
    if (edgeLayer) {
        const QPointF origin = screen.topLeft();
        for (int bucket = 0; bucket < kWidthBuckets; ++bucket) {
            const double alpha = (hairlines ? std::min(254.0, double(edgeColor.alpha() + 30 * bucket))
                                            : double(edgeColor.alpha())) / 255.0;
            const auto depth = quint16(std::lround(std::min(65535.0, -std::log(1.0 - alpha) * 256.0)));
            const double thickness = hairlines ? 1.0 : (0.6 + bucket + 0.5) * dpr;
            for (const QLineF &line : m_scratch.lines[bucket])
                addLineToLayer((line.p1() - origin) * dpr, (line.p2() - origin) * dpr, depth, thickness);
        }
    } else {
        for (int bucket = 0; bucket < kWidthBuckets; ++bucket) {
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
        compositeEdgeLayer(painter, screen, dpr, edgeColor, m_scratch.dots);
    }
    for (int e : m_scratch.emphasised) {
        const GraphEdge &edge = m_graph.edges().at(e);
        QColor c = e == m_selectedEdge ? accent : text;
        c.setAlpha(e == m_selectedEdge ? 255 : 150);
        QLineF line(worldToScreen.map(m_pos[edge.source]), worldToScreen.map(m_pos[edge.target]));
        if (!clipLine(&line, clip))
            continue;
        painter.setPen(QPen(c, edgeWidth(m_edgeWeight.at(e)) + (e == m_selectedEdge ? 2 : 0.5), Qt::SolidLine,
                            Qt::RoundCap));
        painter.drawLine(line);
        ++stats.edges;
    }
    for (int i : m_scratch.discs) {
        QColor fill = nodeColor(i, colors);
        if (rosterActive && !m_highlighted.contains(i))
            fill.setAlpha(70);
        const QPointF c = worldToScreen.map(m_pos[i]);
        const double r = std::max(1.5, m_radius[i] * zoom);
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
        for (const Dot &dot : m_scratch.dots) {
            painter.setBrush(QColor::fromRgba(dot.rgba));
            painter.drawEllipse(dot.rect);
        }
    }

    // --- labels: the important first, none overlapping, within a budget ---
    if (canDrawText()) {
        const QFont font = labelFont(painter.font());
        painter.setFont(font);
        const QFontMetricsF fm(font);
        QList<QRectF> placed;
        QHash<qint64, QList<int>> occupancy;
        const double occ = 64;
        auto free = [&](const QRectF &r) {
            for (int cx = int(std::floor(r.left() / occ)); cx <= int(std::floor(r.right() / occ)); ++cx)
                for (int cy = int(std::floor(r.top() / occ)); cy <= int(std::floor(r.bottom() / occ)); ++cy)
                    for (int k : occupancy.value(cellKey(cx, cy)))
                        if (placed.at(k).intersects(r))
                            return false;
            return true;
        };
        auto occupy = [&](const QRectF &r) {
            const int k = int(placed.size());
            placed << r;
            for (int cx = int(std::floor(r.left() / occ)); cx <= int(std::floor(r.right() / occ)); ++cx)
                for (int cy = int(std::floor(r.top() / occ)); cy <= int(std::floor(r.bottom() / occ)); ++cy)
                    occupancy[cellKey(cx, cy)] << k;
        };
        // Labels keep off the larger nodes on screen, too.
        int discs = 0;
        for (int i : m_nodeOrder) {
            if (discs >= 3000)
                break;
            const double r = m_radius[i] * zoom;
            if (!m_nodeVisible[i] || r < 3 || !onScreen(m_pos[i]))
                continue;
            const QPointF c = worldToScreen.map(m_pos[i]);
            occupy(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
            ++discs;
        }
        QList<int> order;
        for (int i : {m_selected, m_hovered})
            if (i >= 0)
                order << i;
        for (int i : m_highlighted)
            order << i;
        order += m_nodeOrder;
        QList<bool> done(n, false);
        QColor halo = palette.color(QPalette::Base);
        halo.setAlpha(200);
        for (int rank = 0; rank < order.size() && stats.labels < kLabelBudget; ++rank) {
            const int i = order.at(rank);
            if (i < 0 || i >= n || done[i] || !m_nodeVisible[i] || !onScreen(m_pos[i]))
                continue;
            done[i] = true;
            const bool forced = i == m_selected || i == m_hovered || m_highlighted.contains(i);
            const double r = std::max(1.5, m_radius[i] * zoom);
            // Thinning: small nodes are labelled only when zoomed in on them.
            if (!forced && r < 3.5 && rank > 12)
                continue;
            const QPointF c = worldToScreen.map(m_pos[i]);
            const QString label = fm.elidedText(m_graph.nodes().at(i).name, Qt::ElideRight, 180);
            const QSizeF size = labelSize(i, fm);
            const QRectF box(c.x() - size.width() / 2, c.y() + r + 2, size.width(), size.height());
            if (!forced && !free(box))
                continue;
            occupy(box);
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
