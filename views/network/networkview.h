#pragma once

// The interactive co-author network: a custom-painted widget (no item per
// node) over a NetworkScene, laid out by a LayoutRunner on a worker thread.
// It zooms, pans and drags; interpretation of clicks is left to its owner
// through signals.

#include "graph/citationgraph.h"
#include "network/networkscene.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

namespace peerscope::views {

class LayoutRunner;

class NetworkView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkView)

public:
    explicit NetworkView(QWidget *parent = nullptr);
    ~NetworkView() override;

    // Shows a graph and starts laying it out. Nodes already on screen (an
    // expansion) keep their places.
    void setGraph(const CoauthorGraph &graph, quint32 seed = 1);
    const CoauthorGraph &graph() const { return m_scene.graph(); }
    const NetworkScene &scene() const { return m_scene; }

    // Shows a typed graph (the research graph's maps): each node drawn with
    // its type's shape (work: circle, person: square, institution: hexagon,
    // topic: triangle, source: diamond) and, under ColorBy::Type (set by
    // this call), its type's colour; node 0 (the researcher) stands out;
    // directed links get arrowheads where the zoom level draws them; the
    // legend lists the types shown. fixedPositions: one per node, taken as
    // the layout (no force layout runs, layoutSettled() follows at once);
    // empty: the seeded force layout. A later setGraph() drops the types.
    void setTypedGraph(const TypedGraph &graph, const QList<QPointF> &fixedPositions = {}, quint32 seed = 1);
    // The typed graph shown; empty when the view shows a plain network.
    const TypedGraph &typedGraph() const;
    // Hides or shows every node of a type (and its links); hit tests,
    // find, fit, labels and the legend skip hidden nodes. The choice stays
    // for the next typed graph (as the owner's switches do).
    void setTypeVisible(NodeType type, bool visible);
    bool isTypeVisible(NodeType type) const;
    // Emphasises a path: these nodes and the links between consecutive ones
    // (node indexes); an empty list clears it.
    void setPath(const QList<int> &nodes);
    QList<int> path() const;
    // Selects a link by index (typed graphs: in typedGraph().edges(), the
    // pair's link drawn in the accent colour) and centres it; -1 clears.
    void selectEdge(int edge);
    int selectedEdge() const;

    // A line shown over the network (or instead of it while there is none),
    // e.g. while the owner builds the next graph; empty hides it.
    void setStatusText(const QString &text);
    QString statusText() const { return m_statusText; }

    // New community colours without a new layout.
    void setCommunities(const QList<int> &membership);
    void setColorBy(ColorBy colorBy);
    void setSizeBy(SizeBy sizeBy);
    void setYearLimit(int year);
    // Selects and centres the first node whose name contains text (accents
    // and case ignored) or whose ID is text; false when none matches.
    bool findNode(const QString &text);
    // Rings the authors given by ID or exact name; returns how many matched.
    int highlightRoster(const QStringList &idsOrNames);
    void clearHighlight();
    void selectNode(const QString &id);
    QString selectedId() const;

    bool isLayoutRunning() const;
    QList<QPointF> positions() const { return m_scene.positions(); }
    // Where a node or the middle of an edge is on screen; for tests and
    // context menus. A null point when unknown.
    QPointF nodeScreenPosition(const QString &id) const;
    QPointF edgeScreenMidpoint(const QString &a, const QString &b) const;
    double zoom() const { return m_zoom; }
    // Widget coordinates to layout coordinates.
    QPointF mapToLayout(const QPointF &screen) const { return toWorld(screen); }
    PaintStats lastPaintStats() const { return m_lastStats; }
    qint64 lastPaintNanoseconds() const { return m_lastPaintNs; }

    QSize sizeHint() const override { return {800, 600}; }
    QSize minimumSizeHint() const override { return {200, 150}; }

public slots:
    void fitToView();
    void zoomBy(double factor, const QPointF &anchor);

signals:
    void nodeSelected(const QString &id);          // empty: selection cleared
    void authorActivated(const QString &id);       // double-click
    void edgeActivated(const QString &a, const QString &b);
    // A click on a link (typed graphs): its index in typedGraph().edges().
    void typedEdgeActivated(int edge);
    void nodeContextMenuRequested(const QString &id, const QPoint &globalPos);
    void layoutSettled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void onPositions();
    QTransform worldToScreen() const;
    QPointF toWorld(const QPointF &screen) const;
    int nodeAtScreen(const QPointF &screen) const;
    int edgeAtScreen(const QPointF &screen) const;
    QString tooltipFor(const QPointF &screen) const;
    // Tooltips of a typed graph's node or drawn link (-1: none).
    QString typedTooltip(int node, int edge) const;
    static QString typeName(NodeType type);
    void setSelected(int node);
    // The nodes' footprints: disc radii in layout units; label sizes in
    // pixels when the network is small enough to label every author (else
    // empty), and for the layout when those labels fit the view.
    QList<double> nodeRadii() const;
    QList<QSizeF> labelSizes() const;
    QList<QSizeF> layoutLabelSizes() const;

    NetworkScene m_scene;
    LayoutRunner *m_runner = nullptr;
    double m_zoom = 1.0;
    QPointF m_offset;
    bool m_userMoved = false;     // stop auto-fitting once the user zoomed or panned
    bool m_awaitingLayout = false; // a new graph whose first positions are not here yet
    bool m_fixedLayout = false;    // a typed graph shown at given positions: no force layout
    int m_selectedTypedEdge = -1;  // which typed link of the selected drawn link

    enum class Drag { None, Pending, Node, Pan };
    Drag m_drag = Drag::None;
    int m_pressNode = -1;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QString m_statusText;
    PaintStats m_lastStats;
    qint64 m_lastPaintNs = 0;
};

} // namespace peerscope::views
