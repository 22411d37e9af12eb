#include "network/edgerasterizer.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace peerscope::views {

bool EdgeRasterizer::clipLine(QLineF *line, const QRectF &rect)
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

quint16 EdgeRasterizer::depthOf(double alpha)
{
    return quint16(std::lround(std::min(65535.0, -std::log(1.0 - alpha) * 256.0)));
}

void EdgeRasterizer::begin(const QSize &pixels)
{
    if (m_width != pixels.width() || m_height != pixels.height()) {
        m_width = std::max(0, pixels.width());
        m_height = std::max(0, pixels.height());
        m_depth.assign(size_t(m_width) * size_t(m_height), 0);
        m_image = QImage(std::max(1, m_width), std::max(1, m_height), QImage::Format_ARGB32_Premultiplied);
    }
    m_minRow = m_height;
    m_maxRow = -1;
}

void EdgeRasterizer::addLine(QPointF a, QPointF b, quint16 depth, double thickness)
{
    if (m_width <= 0 || m_height <= 0)
        return;
    // Clipped to the pixel area.
    const double xmax = m_width - 0.001;
    const double ymax = m_height - 0.001;
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
    const int limit = steep ? m_width - 1 : m_height - 1;
    const int grow = steep ? 0 : before + across;
    m_minRow = std::max(0, std::min({m_minRow, int(sy) - grow, int(ey) - grow}));
    m_maxRow = std::min(m_height - 1, std::max({m_maxRow, int(sy) + grow, int(ey) + grow}));
    quint16 *buffer = m_depth.data();
    const int width = m_width;
    auto add = [&](int px, int py) {
        quint16 &d = buffer[size_t(py) * size_t(width) + size_t(px)];
        d = quint16(std::min<quint32>(quint32(d) + depth, 65535));
    };
    // 16.16 fixed point: the clipped coordinates are below 2^15.
    qint64 x = qint64(sx * 65536.0), y = qint64(sy * 65536.0);
    const qint64 fx = qint64(ix * 65536.0), fy = qint64(iy * 65536.0);
    for (int i = 0; i < n; ++i, x += fx, y += fy) {
        const int px = std::clamp(int(x >> 16), 0, width - 1);
        const int py = std::clamp(int(y >> 16), 0, m_height - 1);
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

void EdgeRasterizer::composite(QPainter &painter, const QRectF &screen, double dpr, const QColor &color,
                               const std::vector<Dot> &dots)
{
    if (m_width <= 0 || m_height <= 0)
        return;
    const QPointF origin = screen.topLeft();
    // Pixels [x0, x1) x [y0, y1) of a dot, clipped to the layer.
    struct Span { int x0, y0, x1, y1; };
    auto pixelsOf = [&](const QRectF &r) {
        return Span{std::max(0, qRound((r.left() - origin.x()) * dpr)), std::max(0, qRound((r.top() - origin.y()) * dpr)),
                    std::min(m_width, qRound((r.right() - origin.x()) * dpr)),
                    std::min(m_height, qRound((r.bottom() - origin.y()) * dpr))};
    };
    for (const Dot &dot : dots) {
        const Span p = pixelsOf(dot.rect);
        if (p.x0 < p.x1 && p.y0 < p.y1) {
            m_minRow = std::min(m_minRow, p.y0);
            m_maxRow = std::max(m_maxRow, p.y1 - 1);
        }
    }
    if (m_maxRow < m_minRow)
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
    for (int row = m_minRow; row <= m_maxRow; ++row) {
        quint16 *depth = m_depth.data() + size_t(row) * size_t(m_width);
        auto *out = reinterpret_cast<quint32 *>(m_image.scanLine(row));
        int x = 0;
        for (; x + 4 <= m_width; x += 4) {
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
        for (; x < m_width; ++x) {
            out[x] = premultiplied[opacity[depth[x]]];
            depth[x] = 0;
        }
    }
    uchar *bits = m_image.bits();
    const qsizetype stride = m_image.bytesPerLine();
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
    const int rows = m_maxRow - m_minRow + 1;
    painter.drawImage(QRectF(screen.left(), screen.top() + m_minRow / dpr, m_width / dpr, rows / dpr), m_image,
                      QRectF(0, m_minRow, m_width, rows));
}

} // namespace peerscope::views
