#include "network/labelplacer.h"

#include "network/nodegrid.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace peerscope::views {

QFont LabelPlacer::labelFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.9));
    return font;
}

QString LabelPlacer::labelText(const QString &name, const QFontMetricsF &metrics)
{
    // Eliding shapes the whole text first: a 300-character title cost as
    // much as ten names. No glyph of a label font is 2 pixels narrow, so
    // the first 91 characters always run past 180 pixels and elide within.
    constexpr qsizetype kEnough = 91;
    return metrics.elidedText(name.size() > kEnough ? name.left(kEnough) + QStringLiteral("…") : name, Qt::ElideRight, kMaxWidth);
}

QSizeF LabelPlacer::labelSize(const QString &name, const QFontMetricsF &metrics)
{
    return textBox(labelText(name, metrics), metrics);
}

QSizeF LabelPlacer::textBox(const QString &text, const QFontMetricsF &metrics)
{
    return {metrics.horizontalAdvance(text) + 6, metrics.height() + 2};
}

bool LabelPlacer::fitsView(const QList<QSizeF> &labels, const QList<double> &radii, const QSizeF &view)
{
    // A force layout leaves space between the footprints (disc and label, at
    // zoom 1). Measured on generated co-author networks in a 955x720 view:
    // at 27% cover (50 authors) every name shows at fit zoom 1.36; at 45%
    // (75 and 80 authors) 48 and 51 names show against 38 and 32 with discs
    // alone; at 55% (90 authors) 31 against 37, the layout grown past the view.
    constexpr double kLabelCover = 0.5;
    if (labels.isEmpty())
        return false;
    double area = 0;
    for (int i = 0; i < labels.size(); ++i) {
        const double r = radii.value(i, 0);
        area += (std::max(labels.at(i).width(), 2 * r) + 4) * (2 * r + 2 + labels.at(i).height() + 4);
    }
    return area <= kLabelCover * std::max(1.0, view.width()) * std::max(1.0, view.height());
}

void LabelPlacer::occupy(const QRectF &r)
{
    const int k = int(m_placed.size());
    m_placed << r;
    for (int cx = int(std::floor(r.left() / kCell)); cx <= int(std::floor(r.right() / kCell)); ++cx)
        for (int cy = int(std::floor(r.top() / kCell)); cy <= int(std::floor(r.bottom() / kCell)); ++cy)
            m_occupancy[NodeGrid::cellKey(cx, cy)] << k;
}

bool LabelPlacer::isFree(const QRectF &r) const
{
    for (int cx = int(std::floor(r.left() / kCell)); cx <= int(std::floor(r.right() / kCell)); ++cx)
        for (int cy = int(std::floor(r.top() / kCell)); cy <= int(std::floor(r.bottom() / kCell)); ++cy)
            for (int k : m_occupancy.value(NodeGrid::cellKey(cx, cy)))
                if (m_placed.at(k).intersects(r))
                    return false;
    return true;
}

} // namespace peerscope::views
