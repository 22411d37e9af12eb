#include "network/networkrenderer.h"

#include "network/forcelayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPainter>
#include <QSvgGenerator>

namespace peerscope::views {

Q_LOGGING_CATEGORY(lcRenderer, "peerscope.networkrenderer", QtWarningMsg)

namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Highlight, QColor(0x00, 0x5A, 0x9C));
    return p;
}

void paintInto(QPainter &painter, const CoauthorGraph &plain, const RenderOptions &options)
{
    NetworkScene scene;
    if (options.typed.isEmpty()) {
        scene.setGraph(plain);
    } else {
        scene.setTypedGraph(options.typed);
        for (NodeType type : options.hiddenTypes)
            scene.setTypeVisible(type, false);
        scene.setPath(options.path);
    }
    const CoauthorGraph &graph = scene.graph();
    scene.setColorBy(options.colorBy);
    scene.setSizeBy(options.sizeBy);
    scene.setYearLimit(options.yearLimit);
    if (options.positions.size() == graph.nodeCount()) {
        scene.setPositions(options.positions);
    } else {
        // Room for the discs and, where they all fit, the names, as the view does.
        const QFontMetricsF metrics(NetworkScene::labelFont(painter.font()));
        scene.setPositions(NetworkRenderer::layout(graph, options.seed, options.maxIterations, scene.radii(),
                                                   scene.layoutLabelSizes(metrics, QSizeF(options.size))));
    }
    const QRectF screen(QPointF(0, 0), QSizeF(options.size));
    const QPalette palette = lightPalette();
    painter.fillRect(screen, palette.color(QPalette::Base));
    const QRectF box = scene.bounds();
    const double margin = 48;
    const double zoom = std::min((screen.width() - 2 * margin) / std::max(1.0, box.width()),
                                 (screen.height() - 2 * margin) / std::max(1.0, box.height()));
    const QPointF offset = screen.center() - box.center() * zoom;
    scene.paint(painter, QTransform(zoom, 0, 0, zoom, offset.x(), offset.y()), screen, palette);
}

} // namespace

QList<QPointF> NetworkRenderer::layout(const CoauthorGraph &graph, quint32 seed, int maxIterations,
                                       const QList<double> &radii, const QList<QSizeF> &labels)
{
    QList<LayoutEdge> edges;
    for (int e = 0; e < graph.edgeCount(); ++e)
        edges << LayoutEdge{graph.edges().at(e).source, graph.edges().at(e).target, graph.weight(e)};
    ForceLayout layout;
    layout.setGraph(graph.nodeCount(), edges, seed);
    if (!radii.isEmpty())
        layout.setNodeSizes(radii, labels);
    const int iterations = layout.run(maxIterations);
    qCDebug(lcRenderer) << "layout:" << iterations << "iterations, settled" << layout.isSettled();
    return layout.positions();
}

QImage NetworkRenderer::renderImage(const CoauthorGraph &graph, const RenderOptions &options)
{
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintInto(painter, graph, options);
    painter.end();
    return image;
}

QByteArray NetworkRenderer::renderPng(const CoauthorGraph &graph, const RenderOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!renderImage(graph, options).save(&buffer, "PNG"))
        qCWarning(lcRenderer) << "PNG encoding failed";
    return bytes;
}

QByteArray NetworkRenderer::renderSvg(const CoauthorGraph &graph, const RenderOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    const QString centre = options.typed.isEmpty() ? graph.nodes().value(0).name
                                                   : options.typed.nodes().value(0).label;
    generator.setTitle(!options.title.isEmpty() ? options.title
                                                : QCoreApplication::translate("NetworkRenderer", "Co-author network of %1").arg(centre));
    generator.setDescription(QStringLiteral("Peerscope"));
    QPainter painter(&generator);
    paintInto(painter, graph, options);
    painter.end();
    return bytes;
}

} // namespace peerscope::views
