#include "network/networkstyle.h"

#include "viewpalette.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace peerscope::views {

namespace {

constexpr int kOtherColor = 7;      // grey in the categorical palette

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

constexpr NodeType kTypes[] = {NodeType::Work, NodeType::Person, NodeType::Institution, NodeType::Topic, NodeType::Source};

} // namespace

NodeShape shapeOf(NodeType type)
{
    switch (type) {
    case NodeType::Work:
        return NodeShape::Circle;
    case NodeType::Person:
        return NodeShape::RoundedSquare;
    case NodeType::Institution:
        return NodeShape::Hexagon;
    case NodeType::Topic:
        return NodeShape::Triangle;
    case NodeType::Source:
        return NodeShape::Diamond;
    }
    return NodeShape::Circle;
}

QString typeLegendName(NodeType type)
{
    switch (type) {
    case NodeType::Work:
        return QCoreApplication::translate("NetworkScene", "Works");
    case NodeType::Person:
        return QCoreApplication::translate("NetworkScene", "People");
    case NodeType::Institution:
        return QCoreApplication::translate("NetworkScene", "Institutions");
    case NodeType::Topic:
        return QCoreApplication::translate("NetworkScene", "Topics");
    case NodeType::Source:
        return QCoreApplication::translate("NetworkScene", "Sources");
    }
    return {};
}

QColor typeColor(NodeType type, const QList<QColor> &colors)
{
    // Okabe–Ito: blue works, vermilion people, green institutions, purple
    // topics, orange sources; all distinct for colour-blind readers, and the
    // palette is lightened on dark backgrounds.
    switch (type) {
    case NodeType::Work:
        return colors.at(0);
    case NodeType::Person:
        return colors.at(3);
    case NodeType::Institution:
        return colors.at(2);
    case NodeType::Topic:
        return colors.at(4);
    case NodeType::Source:
        return colors.at(1);
    }
    return colors.at(kOtherColor);
}

void NetworkStyle::setTyped(const TypedGraph &typed, const CoauthorGraph &drawable)
{
    m_typed = true;
    const int n = typed.nodeCount();
    m_nodeType.resize(n);
    m_nodeYear.resize(n);
    m_typesPresent = 0;
    for (int i = 0; i < n; ++i) {
        m_nodeType[i] = typed.nodes().at(i).type;
        m_nodeYear[i] = typed.nodes().at(i).year;
        m_typesPresent |= 1u << int(m_nodeType[i]);
    }
    // The drawn links are the undirected pairs of drawable(): each typed
    // link finds its pair, which collects the arrowheads and the first year.
    QHash<quint64, int> pairIndex;
    pairIndex.reserve(drawable.edgeCount());
    auto key = [](int a, int b) { return (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b)); };
    for (int e = 0; e < drawable.edgeCount(); ++e)
        pairIndex.insert(key(drawable.edges().at(e).source, drawable.edges().at(e).target), e);
    m_typedToDrawn.fill(-1, typed.edgeCount());
    m_drawnToTyped.fill(-1, drawable.edgeCount());
    m_edgeYear.fill(-1, drawable.edgeCount());
    m_arrows.clear();
    if (typed.isDirected())
        m_arrows.assign(size_t(drawable.edgeCount()), 0);
    for (int t = 0; t < typed.edgeCount(); ++t) {
        const TypedEdge &edge = typed.edges().at(t);
        const int d = pairIndex.value(key(edge.source, edge.target), -1);
        if (edge.source == edge.target || d < 0)
            continue; // self-loops and weightless links are not drawn
        m_typedToDrawn[t] = d;
        if (m_drawnToTyped[d] < 0)
            m_drawnToTyped[d] = t;
        int &year = m_edgeYear[d];
        year = year < 0 ? edge.year : (year == 0 || edge.year == 0 ? 0 : std::min(year, edge.year));
        if (edge.directed)
            m_arrows[size_t(d)] |= edge.target == drawable.edges().at(d).target ? kArrowAtTarget : kArrowAtSource;
    }
    for (int &year : m_edgeYear)
        year = std::max(0, year);
}

void NetworkStyle::clearTyped()
{
    m_typed = false;
    m_nodeType.clear();
    m_nodeYear.clear();
    m_edgeYear.clear();
    m_arrows.clear();
    m_typedToDrawn.clear();
    m_drawnToTyped.clear();
    m_typesPresent = 0;
}

void NetworkStyle::setTypeVisible(NodeType type, bool visible)
{
    if (visible)
        m_hiddenTypes &= ~(1u << int(type));
    else
        m_hiddenTypes |= 1u << int(type);
}

void NetworkStyle::restyleTyped(const CoauthorGraph &graph, QList<double> &shared)
{
    const int n = graph.nodeCount();
    auto withinLimit = [&](int year) { return m_yearLimit <= 0 || year <= 0 || year <= m_yearLimit; };
    for (int i = 0; i < n; ++i) {
        const int year = m_nodeYear.value(i);
        m_nodeVisible[i] = isTypeVisible(m_nodeType.value(i)) && withinLimit(year);
        m_lastYear[i] = m_nodeVisible[i] ? year : 0;
    }
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const GraphEdge &edge = graph.edges().at(e);
        const bool shown = m_nodeVisible[edge.source] && m_nodeVisible[edge.target] && withinLimit(m_edgeYear.value(e));
        const double w = shown ? graph.weight(e) : 0.0;
        m_edgeWeight[e] = w;
        if (w > 0 && edge.source == 0)
            shared[edge.target] = w;
    }
}

double NetworkStyle::edgeWidth(double weight)
{
    return std::min(6.0, 0.6 + 1.1 * std::log2(1.0 + weight));
}

void NetworkStyle::setGraph(const CoauthorGraph &graph)
{
    m_communityCount = graph.communityCount();
    m_minYear = m_maxYear = 0;
    if (m_typed && m_nodeType.size() != graph.nodeCount())
        clearTyped(); // not the drawable of the typed graph given
    auto seeYear = [this](int year) {
        if (year <= 0)
            return;
        m_minYear = m_minYear == 0 ? year : std::min(m_minYear, year);
        m_maxYear = std::max(m_maxYear, year);
    };
    for (int year : std::as_const(m_nodeYear))
        seeYear(year);
    for (int year : std::as_const(m_edgeYear))
        seeYear(year);
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
    restyle(graph);
}

void NetworkStyle::restyle(const CoauthorGraph &graph)
{
    const int n = graph.nodeCount();
    const Counting counting = graph.options().counting;
    m_edgeWeight.resize(graph.edgeCount());
    m_nodeVisible.fill(false, n);
    m_lastYear.fill(0, n);
    QList<double> shared(n, 0.0);
    if (m_typed)
        restyleTyped(graph, shared);
    for (int e = 0; !m_typed && e < graph.edgeCount(); ++e) {
        const GraphEdge &edge = graph.edges().at(e);
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
    if (n > 0 && !m_typed)
        m_nodeVisible[0] = true; // the centre, even before their first paper
    m_drawEdges.clear();
    m_drawEdges.reserve(m_edgeOrder.size());
    for (int e : std::as_const(m_edgeOrder)) {
        const double w = m_edgeWeight.value(e);
        if (w <= 0)
            continue;
        const GraphEdge &edge = graph.edges().at(e);
        m_drawEdges.push_back({e, edge.source, edge.target, std::min(kWidthBuckets - 1, int(edgeWidth(w) - 0.6))});
    }
    QList<double> value(n, 0.0);
    double maxValue = 0;
    for (int i = 0; i < n; ++i) {
        value[i] = m_sizeBy == SizeBy::Works ? graph.nodes().at(i).worksCount : shared.at(i);
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

QColor NetworkStyle::nodeColor(const CoauthorGraph &graph, int node, const QList<QColor> &colors) const
{
    const GraphNode &n = graph.nodes().at(node);
    switch (m_colorBy) {
    case ColorBy::Type:
        if (m_typed)
            return typeColor(m_nodeType.value(node), colors);
        [[fallthrough]];
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

QList<QPair<QString, QColor>> NetworkStyle::legend(const QPalette &palette) const
{
    const QList<QColor> colors = categoricalColors(palette);
    QList<QPair<QString, QColor>> out;
    switch (m_colorBy) {
    case ColorBy::Type:
        if (m_typed) {
            const quint32 shownTypes = m_typesPresent & ~m_hiddenTypes;
            for (NodeType type : kTypes)
                if (shownTypes & (1u << int(type)))
                    out << qMakePair(typeLegendName(type), typeColor(type, colors));
            break;
        }
        [[fallthrough]];
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

QList<LegendEntry> NetworkStyle::legendEntries(const QPalette &palette) const
{
    QList<LegendEntry> out;
    const quint32 shownTypes = m_typesPresent & ~m_hiddenTypes;
    const bool byType = m_typed && m_colorBy == ColorBy::Type;
    const QList<QPair<QString, QColor>> colours = legend(palette);
    if (byType) {
        int k = 0;
        for (NodeType type : kTypes)
            if (shownTypes & (1u << int(type)))
                out << LegendEntry{colours.value(k).first, colours.value(k++).second, shapeOf(type)};
        return out;
    }
    for (const auto &entry : colours)
        out << LegendEntry{entry.first, entry.second, NodeShape::Circle};
    // Coloured otherwise, a typed graph of several types still says which
    // shape is which.
    if (m_typed && (shownTypes & (shownTypes - 1))) {
        const QColor grey = categoricalColors(palette).at(kOtherColor);
        for (NodeType type : kTypes)
            if (shownTypes & (1u << int(type)))
                out << LegendEntry{typeLegendName(type), grey, shapeOf(type)};
    }
    return out;
}

} // namespace peerscope::views
