#pragma once

// Thousands of links, rasterized into a reused buffer and composited once:
// QPainter's cosmetic stroker flushes short span runs per line and the raster
// engine hands each flush to its thread pool. Each line adds optical depth to
// the pixels it covers, so where n lines of opacity a cross the result is
// 1 - (1 - a)^n, as QPainter's aliased lines would give, for a fraction of the
// cost. Small nodes go into the same image as squares.

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QSize>

#include <vector>

class QPainter;

namespace peerscope::views {

class EdgeRasterizer final
{
public:
    // A small node drawn as a square into the layer.
    struct Dot {
        QRectF rect;
        QRgb rgba;
    };

    // Starts a frame of pixels (device pixels); the buffer is kept while the
    // size stays.
    void begin(const QSize &pixels);
    // A line in layer pixels, adding depth (optical depth x 256) to every
    // pixel it covers, thickness pixels wide.
    void addLine(QPointF a, QPointF b, quint16 depth, double thickness);
    // Paints the lines in color, then the dots over them, at screen (logical
    // pixels, dpr device pixels each), and clears the buffer for the next frame.
    void composite(QPainter &painter, const QRectF &screen, double dpr, const QColor &color, const std::vector<Dot> &dots);

    // Optical depth x 256 of a line of opacity alpha (0-1).
    static quint16 depthOf(double alpha);
    // Liang-Barsky: clips line to rect; false when nothing of it is inside.
    static bool clipLine(QLineF *line, const QRectF &rect);

private:
    int m_width = 0;
    int m_height = 0;
    std::vector<quint16> m_depth;  // optical depth per pixel, saturating
    QImage m_image;
    int m_minRow = 0;
    int m_maxRow = -1;
};

} // namespace peerscope::views
