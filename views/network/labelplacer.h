#pragma once

// Where names go: boxes are taken in order of importance and a name is shown
// only where its box overlaps neither a larger disc nor a name already placed
// (screen pixels, looked up in a coarse occupancy grid). Also the labels'
// font and size, and the rule for when a layout makes room for every name.

#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QFontMetricsF;

namespace peerscope::views {

class LabelPlacer final
{
public:
    // Names shown at once, at most; a network of at most this many authors
    // can show every name.
    static constexpr int kBudget = 160;
    // The widest a name is shown, in pixels; longer ones are elided.
    static constexpr double kMaxWidth = 180;

    static QFont labelFont(const QFont &base);
    // The name as shown (elided) and its box with the halo.
    static QString labelText(const QString &name, const QFontMetricsF &metrics);
    static QSizeF labelSize(const QString &name, const QFontMetricsF &metrics);
    // The box of a label already elided (labelText()), with its halo.
    static QSizeF textBox(const QString &text, const QFontMetricsF &metrics);
    // Whether names of these sizes beside discs of these radii cover at most
    // half of a view of this size at zoom 1: a layout then makes room for
    // them (labels empty: no names, false).
    static bool fitsView(const QList<QSizeF> &labels, const QList<double> &radii, const QSizeF &view);

    // A box nothing else may overlap (a disc, a placed name).
    void occupy(const QRectF &box);
    bool isFree(const QRectF &box) const;

private:
    static constexpr double kCell = 64;
    QList<QRectF> m_placed;
    QHash<qint64, QList<int>> m_occupancy;
};

} // namespace peerscope::views
