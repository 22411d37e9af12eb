#include "graph/graphexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QMap>
#include <QXmlStreamWriter>

#include <array>
#include <cmath>

namespace peerscope {

Q_LOGGING_CATEGORY(lcGraphExport, "peerscope.graphexport", QtWarningMsg)

namespace {

// Okabe-Ito, the same order as the view's categorical palette.
constexpr int kCommunityRgb[][3] = {{0x00, 0x72, 0xB2}, {0xE6, 0x9F, 0x00}, {0x00, 0x9E, 0x73}, {0xD5, 0x5E, 0x00},
                                    {0xCC, 0x79, 0xA7}, {0x56, 0xB4, 0xE9}, {0xF0, 0xE4, 0x42}, {0x99, 0x99, 0x99}};

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

// A GEXF node's look: its size, its cluster's colour (none below 0) and,
// when given, its layout position.
void writeGexfLook(QXmlStreamWriter &xml, const QString &viz, double size, int cluster, const QPointF *position)
{
    xml.writeEmptyElement(viz, QStringLiteral("size"));
    xml.writeAttribute(QStringLiteral("value"), number(size));
    if (cluster >= 0) {
        const auto &rgb = kCommunityRgb[cluster % 8];
        xml.writeEmptyElement(viz, QStringLiteral("color"));
        xml.writeAttribute(QStringLiteral("r"), QString::number(rgb[0]));
        xml.writeAttribute(QStringLiteral("g"), QString::number(rgb[1]));
        xml.writeAttribute(QStringLiteral("b"), QString::number(rgb[2]));
    }
    if (position) {
        xml.writeEmptyElement(viz, QStringLiteral("position"));
        xml.writeAttribute(QStringLiteral("x"), number(position->x()));
        // GEXF's y axis points up, the view's down.
        xml.writeAttribute(QStringLiteral("y"), number(-position->y()));
        xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
    }
}

QString workList(const GraphEdge &e)
{
    QStringList ids;
    for (const SharedWork &w : e.works)
        ids << w.id;
    return ids.join(u' ');
}

QString openAlexUrl(const QString &id)
{
    return QStringLiteral("https://openalex.org/") + id;
}

void writeGraphMLKey(QXmlStreamWriter &xml, const QString &id, const QString &forWhat, const QString &type)
{
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("for"), forWhat);
    xml.writeAttribute(QStringLiteral("attr.name"), id);
    xml.writeAttribute(QStringLiteral("attr.type"), type);
}

void writeData(QXmlStreamWriter &xml, const QString &key, const QString &value)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), key);
    xml.writeCharacters(value);
    xml.writeEndElement();
}

void writeAttValue(QXmlStreamWriter &xml, const QString &key, const QString &value)
{
    xml.writeEmptyElement(QStringLiteral("attvalue"));
    xml.writeAttribute(QStringLiteral("for"), key);
    xml.writeAttribute(QStringLiteral("value"), value);
}

QString dotQuote(const QString &s)
{
    QString out = s;
    out.replace(u'\\', QStringLiteral("\\\\"));
    out.replace(u'"', QStringLiteral("\\\""));
    out.replace(u'\n', u' ');
    return u'"' + out + u'"';
}

} // namespace

bool GraphExport::formatFromName(const QString &name, Format *format)
{
    static const QHash<QString, Format> byName{
        {QStringLiteral("graphml"), Format::GraphML}, {QStringLiteral("gexf"), Format::Gexf},
        {QStringLiteral("vosviewer"), Format::VosviewerJson}, {QStringLiteral("dot"), Format::Dot},
        {QStringLiteral("csv"), Format::Csv}, {QStringLiteral("png"), Format::Png},
        {QStringLiteral("svg"), Format::Svg}};
    const auto it = byName.constFind(name.trimmed().toLower());
    if (it == byName.cend())
        return false;
    *format = it.value();
    return true;
}

QStringList GraphExport::formatNames()
{
    return {QStringLiteral("graphml"), QStringLiteral("gexf"), QStringLiteral("vosviewer"), QStringLiteral("dot"),
            QStringLiteral("csv"),     QStringLiteral("png"),  QStringLiteral("svg")};
}

QString GraphExport::fileSuffix(Format format)
{
    switch (format) {
    case Format::GraphML: return QStringLiteral("graphml");
    case Format::Gexf: return QStringLiteral("gexf");
    case Format::VosviewerJson: return QStringLiteral("json");
    case Format::Dot: return QStringLiteral("dot");
    case Format::Png: return QStringLiteral("png");
    case Format::Svg: return QStringLiteral("svg");
    case Format::Csv: return QStringLiteral("csv");
    }
    return {};
}

QByteArray GraphExport::toFormat(Format format, const CoauthorGraph &graph, const QList<QPointF> &positions)
{
    switch (format) {
    case Format::GraphML: return toGraphML(graph, positions);
    case Format::Gexf: return toGexf(graph, positions);
    case Format::VosviewerJson: return toVosviewerJson(graph, positions);
    case Format::Dot: return toDot(graph, positions);
    case Format::Csv: return toCsv(graph);
    case Format::Png:
    case Format::Svg: break;
    }
    return {};
}

QByteArray GraphExport::toFormat(Format format, const TypedGraph &graph, const QList<QPointF> &positions)
{
    switch (format) {
    case Format::GraphML: return toGraphML(graph, positions);
    case Format::Gexf: return toGexf(graph, positions);
    case Format::VosviewerJson: return toVosviewerJson(graph, positions);
    case Format::Dot: return toDot(graph, positions);
    case Format::Csv: return toCsv(graph);
    case Format::Png:
    case Format::Svg: break;
    }
    return {};
}

Status GraphExport::save(const QString &path, const QByteArray &bytes)
{
    auto failure = [&](const QString &why) {
        return Status::failure(QCoreApplication::translate("peerscope::GraphExport", "Could not write %1: %2").arg(path, why));
    };
    if (bytes.isEmpty())
        return failure(QCoreApplication::translate("peerscope::GraphExport", "nothing to write"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failure(why);
    }
    if (!file.commit())
        return failure(file.errorString());
    return succeeded();
}

QByteArray GraphExport::toGraphML(const CoauthorGraph &graph, const QList<QPointF> &positions)
{
    const bool withPositions = positions.size() == graph.nodeCount();
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    const QString node = QStringLiteral("node");
    const QString edge = QStringLiteral("edge");
    writeGraphMLKey(xml, QStringLiteral("label"), node, QStringLiteral("string"));
    writeGraphMLKey(xml, QStringLiteral("works"), node, QStringLiteral("int"));
    writeGraphMLKey(xml, QStringLiteral("institution"), node, QStringLiteral("string"));
    writeGraphMLKey(xml, QStringLiteral("country"), node, QStringLiteral("string"));
    writeGraphMLKey(xml, QStringLiteral("hop"), node, QStringLiteral("int"));
    writeGraphMLKey(xml, QStringLiteral("community"), node, QStringLiteral("int"));
    if (withPositions) {
        writeGraphMLKey(xml, QStringLiteral("x"), node, QStringLiteral("double"));
        writeGraphMLKey(xml, QStringLiteral("y"), node, QStringLiteral("double"));
    }
    writeGraphMLKey(xml, QStringLiteral("weight"), edge, QStringLiteral("double"));
    writeGraphMLKey(xml, QStringLiteral("shared_works"), edge, QStringLiteral("int"));
    writeGraphMLKey(xml, QStringLiteral("fractional"), edge, QStringLiteral("double"));
    writeGraphMLKey(xml, QStringLiteral("first_year"), edge, QStringLiteral("int"));
    writeGraphMLKey(xml, QStringLiteral("last_year"), edge, QStringLiteral("int"));
    writeGraphMLKey(xml, QStringLiteral("works_ids"), edge, QStringLiteral("string"));

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), graph.options().centerId);
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const GraphNode &n = graph.nodes().at(i);
        xml.writeStartElement(node);
        xml.writeAttribute(QStringLiteral("id"), n.id);
        writeData(xml, QStringLiteral("label"), n.name);
        writeData(xml, QStringLiteral("works"), QString::number(n.worksCount));
        writeData(xml, QStringLiteral("institution"), n.institution);
        writeData(xml, QStringLiteral("country"), n.countryCode);
        writeData(xml, QStringLiteral("hop"), QString::number(n.hop));
        writeData(xml, QStringLiteral("community"), QString::number(n.community));
        if (withPositions) {
            writeData(xml, QStringLiteral("x"), number(positions.at(i).x()));
            writeData(xml, QStringLiteral("y"), number(positions.at(i).y()));
        }
        xml.writeEndElement();
    }
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const GraphEdge &ge = graph.edges().at(e);
        xml.writeStartElement(edge);
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(e));
        xml.writeAttribute(QStringLiteral("source"), graph.nodes().at(ge.source).id);
        xml.writeAttribute(QStringLiteral("target"), graph.nodes().at(ge.target).id);
        writeData(xml, QStringLiteral("weight"), number(graph.weight(e)));
        writeData(xml, QStringLiteral("shared_works"), QString::number(ge.sharedWorks));
        writeData(xml, QStringLiteral("fractional"), number(ge.fractional));
        writeData(xml, QStringLiteral("first_year"), QString::number(ge.firstYear));
        writeData(xml, QStringLiteral("last_year"), QString::number(ge.lastYear));
        writeData(xml, QStringLiteral("works_ids"), workList(ge));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return out;
}

QByteArray GraphExport::toGexf(const CoauthorGraph &graph, const QList<QPointF> &positions)
{
    // GEXF 1.2: the version every Gephi release since 0.8 opens.
    const QString ns = QStringLiteral("http://www.gexf.net/1.2draft");
    const QString viz = QStringLiteral("http://www.gexf.net/1.2draft/viz");
    const bool withPositions = positions.size() == graph.nodeCount();
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(viz, QStringLiteral("viz"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeDefaultNamespace(ns);
    xml.writeStartElement(ns, QStringLiteral("gexf"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(ns, QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("lastmodifieddate"), QDate::currentDate().toString(Qt::ISODate));
    xml.writeTextElement(ns, QStringLiteral("creator"), QStringLiteral("Peerscope"));
    xml.writeTextElement(ns, QStringLiteral("description"),
                         QStringLiteral("Co-author network of %1 (OpenAlex), %2 counting")
                             .arg(graph.options().centerId,
                                  graph.options().counting == Counting::Full ? QStringLiteral("full")
                                                                             : QStringLiteral("fractional")));
    xml.writeEndElement();

    xml.writeStartElement(ns, QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    auto attribute = [&](const QString &id, const QString &type) {
        xml.writeEmptyElement(ns, QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("title"), id);
        xml.writeAttribute(QStringLiteral("type"), type);
    };
    xml.writeStartElement(ns, QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("node"));
    attribute(QStringLiteral("works"), QStringLiteral("integer"));
    attribute(QStringLiteral("institution"), QStringLiteral("string"));
    attribute(QStringLiteral("country"), QStringLiteral("string"));
    attribute(QStringLiteral("hop"), QStringLiteral("integer"));
    attribute(QStringLiteral("community"), QStringLiteral("integer"));
    xml.writeEndElement();
    xml.writeStartElement(ns, QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("edge"));
    attribute(QStringLiteral("shared_works"), QStringLiteral("integer"));
    attribute(QStringLiteral("fractional"), QStringLiteral("double"));
    attribute(QStringLiteral("first_year"), QStringLiteral("integer"));
    attribute(QStringLiteral("last_year"), QStringLiteral("integer"));
    attribute(QStringLiteral("works_ids"), QStringLiteral("string"));
    xml.writeEndElement();

    xml.writeStartElement(ns, QStringLiteral("nodes"));
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const GraphNode &n = graph.nodes().at(i);
        xml.writeStartElement(ns, QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), n.id);
        xml.writeAttribute(QStringLiteral("label"), n.name);
        xml.writeStartElement(ns, QStringLiteral("attvalues"));
        writeAttValue(xml, QStringLiteral("works"), QString::number(n.worksCount));
        writeAttValue(xml, QStringLiteral("institution"), n.institution);
        writeAttValue(xml, QStringLiteral("country"), n.countryCode);
        writeAttValue(xml, QStringLiteral("hop"), QString::number(n.hop));
        writeAttValue(xml, QStringLiteral("community"), QString::number(n.community));
        xml.writeEndElement();
        writeGexfLook(xml, viz, 4.0 + 2.0 * std::sqrt(double(std::max(0, n.worksCount))), n.community,
                      withPositions ? &positions.at(i) : nullptr);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(ns, QStringLiteral("edges"));
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const GraphEdge &ge = graph.edges().at(e);
        xml.writeStartElement(ns, QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(e));
        xml.writeAttribute(QStringLiteral("source"), graph.nodes().at(ge.source).id);
        xml.writeAttribute(QStringLiteral("target"), graph.nodes().at(ge.target).id);
        xml.writeAttribute(QStringLiteral("weight"), number(graph.weight(e)));
        xml.writeStartElement(ns, QStringLiteral("attvalues"));
        writeAttValue(xml, QStringLiteral("shared_works"), QString::number(ge.sharedWorks));
        writeAttValue(xml, QStringLiteral("fractional"), number(ge.fractional));
        writeAttValue(xml, QStringLiteral("first_year"), QString::number(ge.firstYear));
        writeAttValue(xml, QStringLiteral("last_year"), QString::number(ge.lastYear));
        writeAttValue(xml, QStringLiteral("works_ids"), workList(ge));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // edges
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    return out;
}

QByteArray GraphExport::toVosviewerJson(const CoauthorGraph &graph, const QList<QPointF> &positions)
{
    const bool withPositions = positions.size() == graph.nodeCount();
    QList<int> links(graph.nodeCount(), 0);
    QList<double> strength(graph.nodeCount(), 0);
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const GraphEdge &ge = graph.edges().at(e);
        for (int i : {ge.source, ge.target}) {
            ++links[i];
            strength[i] += graph.weight(e);
        }
    }
    // VOSviewer numbers items; the OpenAlex ID travels in url and description.
    QJsonArray items;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const GraphNode &n = graph.nodes().at(i);
        QJsonObject item{{QStringLiteral("id"), i + 1},
                         {QStringLiteral("label"), n.name},
                         {QStringLiteral("url"), openAlexUrl(n.id)},
                         {QStringLiteral("description"),
                          QStringLiteral("%1<br>%2").arg(n.id, n.institution.toHtmlEscaped())},
                         {QStringLiteral("weights"),
                          QJsonObject{{QStringLiteral("Links"), links.at(i)},
                                      {QStringLiteral("Total link strength"), strength.at(i)},
                                      {QStringLiteral("Documents"), n.worksCount}}},
                         {QStringLiteral("scores"), QJsonObject{{QStringLiteral("Last year together"), n.lastYear}}}};
        if (n.community >= 0)
            item.insert(QStringLiteral("cluster"), n.community + 1);
        if (withPositions) {
            item.insert(QStringLiteral("x"), positions.at(i).x());
            item.insert(QStringLiteral("y"), -positions.at(i).y());
        }
        items << item;
    }
    QJsonArray linkArray;
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const GraphEdge &ge = graph.edges().at(e);
        linkArray << QJsonObject{{QStringLiteral("source_id"), ge.source + 1},
                                 {QStringLiteral("target_id"), ge.target + 1},
                                 {QStringLiteral("strength"), graph.weight(e)}};
    }
    const QJsonObject terminology{{QStringLiteral("item"), QStringLiteral("Author")},
                                  {QStringLiteral("items"), QStringLiteral("Authors")},
                                  {QStringLiteral("link"), QStringLiteral("Co-authorship link")},
                                  {QStringLiteral("links"), QStringLiteral("Co-authorship links")},
                                  {QStringLiteral("link_strength"), QStringLiteral("Shared works")},
                                  {QStringLiteral("total_link_strength"), QStringLiteral("Total shared works")}};
    const QJsonObject root{
        {QStringLiteral("network"), QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("links"), linkArray}}},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("terminology"), terminology}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray GraphExport::toDot(const CoauthorGraph &graph, const QList<QPointF> &positions)
{
    const bool withPositions = positions.size() == graph.nodeCount();
    QString s;
    s += QStringLiteral("graph coauthors {\n  graph [overlap=false, splines=true, label=%1];\n"
                        "  node [shape=ellipse, style=filled, fillcolor=\"#e8eef5\"];\n")
             .arg(dotQuote(QStringLiteral("Co-authors of ") + graph.options().centerId));
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const GraphNode &n = graph.nodes().at(i);
        s += QStringLiteral("  %1 [label=%2, works=%3").arg(dotQuote(n.id), dotQuote(n.name)).arg(n.worksCount);
        if (n.community >= 0) {
            const auto &rgb = kCommunityRgb[n.community % 8];
            s += QStringLiteral(", community=%1, fillcolor=\"#%2%3%4\"")
                     .arg(n.community)
                     .arg(rgb[0], 2, 16, QChar(u'0'))
                     .arg(rgb[1], 2, 16, QChar(u'0'))
                     .arg(rgb[2], 2, 16, QChar(u'0'));
        }
        if (withPositions)
            s += QStringLiteral(", pos=\"%1,%2\"").arg(number(positions.at(i).x()), number(-positions.at(i).y()));
        s += QStringLiteral("];\n");
    }
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const GraphEdge &ge = graph.edges().at(e);
        const double w = graph.weight(e);
        s += QStringLiteral("  %1 -- %2 [weight=%3, penwidth=%4, label=%5];\n")
                 .arg(dotQuote(graph.nodes().at(ge.source).id), dotQuote(graph.nodes().at(ge.target).id), number(w),
                      number(1.0 + std::log2(1.0 + w)), dotQuote(number(w)));
    }
    s += QStringLiteral("}\n");
    return s.toUtf8();
}

// ---------------------------------------------------------------------------
// Typed graphs

namespace {

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString out = s;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QByteArray csvRows(const QList<std::array<QString, 3>> &rows)
{
    QString s = QStringLiteral("source,target,weight\r\n");
    for (const auto &row : rows)
        s += csvField(row[0]) + u',' + csvField(row[1]) + u',' + csvField(row[2]) + QStringLiteral("\r\n");
    return s.toUtf8();
}

QString attributeText(const QVariant &value, AttributeType type)
{
    switch (type) {
    case AttributeType::Integer: return QString::number(value.toLongLong());
    case AttributeType::Double: return number(value.toDouble());
    case AttributeType::String: return value.toString();
    }
    return {};
}

QString graphMLType(AttributeType type)
{
    switch (type) {
    case AttributeType::Integer: return QStringLiteral("int");
    case AttributeType::Double: return QStringLiteral("double");
    case AttributeType::String: return QStringLiteral("string");
    }
    return QStringLiteral("string");
}

QString gexfType(AttributeType type)
{
    switch (type) {
    case AttributeType::Integer: return QStringLiteral("integer");
    case AttributeType::Double: return QStringLiteral("double");
    case AttributeType::String: return QStringLiteral("string");
    }
    return QStringLiteral("string");
}

// The attributes every typed node has, before the graph's own.
const QList<AttributeSpec> &coreNodeAttributes()
{
    static const QList<AttributeSpec> core{{QStringLiteral("label"), AttributeType::String},
                                           {QStringLiteral("type"), AttributeType::String},
                                           {QStringLiteral("status"), AttributeType::String},
                                           {QStringLiteral("year"), AttributeType::Integer},
                                           {QStringLiteral("size"), AttributeType::Double},
                                           {QStringLiteral("cluster"), AttributeType::Integer}};
    return core;
}

QHash<QString, QVariant> coreValues(const TypedNode &n)
{
    QHash<QString, QVariant> v{{QStringLiteral("label"), n.label},
                               {QStringLiteral("type"), nodeTypeName(n.type)},
                               {QStringLiteral("size"), n.weight},
                               {QStringLiteral("cluster"), n.cluster}};
    if (!n.status.isEmpty())
        v.insert(QStringLiteral("status"), n.status);
    if (n.year > 0)
        v.insert(QStringLiteral("year"), n.year);
    return v;
}

// Undirected links for maps: one per pair, strengths summed, no self-loops.
struct MapLink {
    int source;
    int target;
    double strength;
};

QList<MapLink> mapLinks(const TypedGraph &graph)
{
    QMap<QPair<int, int>, double> pairs;
    for (const TypedEdge &e : graph.edges())
        if (e.source != e.target)
            pairs[qMakePair(std::min(e.source, e.target), std::max(e.source, e.target))] += e.weight;
    QList<MapLink> out;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        out << MapLink{it.key().first, it.key().second, it.value()};
    return out;
}

QString hexColor(int cluster)
{
    if (cluster < 0)
        return QStringLiteral("#e8eef5");
    const auto &rgb = kCommunityRgb[cluster % 8];
    return QStringLiteral("#%1%2%3")
        .arg(rgb[0], 2, 16, QChar(u'0'))
        .arg(rgb[1], 2, 16, QChar(u'0'))
        .arg(rgb[2], 2, 16, QChar(u'0'));
}

} // namespace

QByteArray GraphExport::toCsv(const CoauthorGraph &graph)
{
    QList<std::array<QString, 3>> rows;
    rows.reserve(graph.edgeCount());
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const GraphEdge &ge = graph.edges().at(e);
        rows.push_back({graph.nodes().at(ge.source).id, graph.nodes().at(ge.target).id, number(graph.weight(e))});
    }
    return csvRows(rows);
}

QByteArray GraphExport::toCsv(const TypedGraph &graph)
{
    QList<std::array<QString, 3>> rows;
    rows.reserve(graph.edgeCount());
    for (const TypedEdge &e : graph.edges())
        rows.push_back({graph.nodes().at(e.source).id, graph.nodes().at(e.target).id, number(e.weight)});
    return csvRows(rows);
}

QByteArray GraphExport::toGraphML(const TypedGraph &graph, const QList<QPointF> &positions)
{
    const bool withPositions = positions.size() == graph.nodeCount();
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    // Key IDs are unique per file, so node and edge keys are prefixed; the
    // name tools show is attr.name.
    auto key = [&](const QString &prefix, const QString &forWhat, const AttributeSpec &spec) {
        xml.writeEmptyElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), prefix + spec.key);
        xml.writeAttribute(QStringLiteral("for"), forWhat);
        xml.writeAttribute(QStringLiteral("attr.name"), spec.key);
        xml.writeAttribute(QStringLiteral("attr.type"), graphMLType(spec.type));
    };
    const QString node = QStringLiteral("node");
    const QString edge = QStringLiteral("edge");
    QList<AttributeSpec> nodeSpecs = coreNodeAttributes() + graph.nodeAttributes();
    if (withPositions)
        nodeSpecs << AttributeSpec{QStringLiteral("x"), AttributeType::Double}
                  << AttributeSpec{QStringLiteral("y"), AttributeType::Double};
    for (const AttributeSpec &spec : std::as_const(nodeSpecs))
        key(QStringLiteral("n_"), node, spec);
    const QList<AttributeSpec> edgeSpecs = QList<AttributeSpec>{{QStringLiteral("weight"), AttributeType::Double},
                                                                {QStringLiteral("year"), AttributeType::Integer}}
                                           + graph.edgeAttributes();
    for (const AttributeSpec &spec : edgeSpecs)
        key(QStringLiteral("e_"), edge, spec);

    const bool directed = graph.isDirected();
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), graph.name());
    xml.writeAttribute(QStringLiteral("edgedefault"), directed ? QStringLiteral("directed") : QStringLiteral("undirected"));
    xml.writeTextElement(QStringLiteral("desc"), graph.description());
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const TypedNode &n = graph.nodes().at(i);
        QHash<QString, QVariant> values = coreValues(n);
        values.insert(n.attributes);
        if (withPositions) {
            values.insert(QStringLiteral("x"), positions.at(i).x());
            values.insert(QStringLiteral("y"), positions.at(i).y());
        }
        xml.writeStartElement(node);
        xml.writeAttribute(QStringLiteral("id"), n.id);
        for (const AttributeSpec &spec : std::as_const(nodeSpecs)) {
            const auto it = values.constFind(spec.key);
            if (it != values.cend())
                writeData(xml, QStringLiteral("n_") + spec.key, attributeText(it.value(), spec.type));
        }
        xml.writeEndElement();
    }
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const TypedEdge &te = graph.edges().at(e);
        QHash<QString, QVariant> values = te.attributes;
        values.insert(QStringLiteral("weight"), te.weight);
        if (te.year > 0)
            values.insert(QStringLiteral("year"), te.year);
        xml.writeStartElement(edge);
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(e));
        xml.writeAttribute(QStringLiteral("source"), graph.nodes().at(te.source).id);
        xml.writeAttribute(QStringLiteral("target"), graph.nodes().at(te.target).id);
        if (te.directed != directed)
            xml.writeAttribute(QStringLiteral("directed"), te.directed ? QStringLiteral("true") : QStringLiteral("false"));
        for (const AttributeSpec &spec : edgeSpecs) {
            const auto it = values.constFind(spec.key);
            if (it != values.cend())
                writeData(xml, QStringLiteral("e_") + spec.key, attributeText(it.value(), spec.type));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return out;
}

QByteArray GraphExport::toGexf(const TypedGraph &graph, const QList<QPointF> &positions)
{
    // GEXF 1.3 (Gephi 0.9.3 and later): integer time, so a node lives from
    // its publication year on and the Timeline filter can play the graph.
    const QString ns = QStringLiteral("http://gexf.net/1.3");
    const QString viz = QStringLiteral("http://gexf.net/1.3/viz");
    const bool withPositions = positions.size() == graph.nodeCount();
    const bool dynamic = graph.hasYears();
    const bool directed = graph.isDirected();
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(viz, QStringLiteral("viz"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeDefaultNamespace(ns);
    xml.writeStartElement(ns, QStringLiteral("gexf"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(ns, QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("lastmodifieddate"), QDate::currentDate().toString(Qt::ISODate));
    xml.writeTextElement(ns, QStringLiteral("creator"), QStringLiteral("Peerscope"));
    xml.writeTextElement(ns, QStringLiteral("description"), graph.description());
    xml.writeEndElement();

    xml.writeStartElement(ns, QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), directed ? QStringLiteral("directed") : QStringLiteral("undirected"));
    xml.writeAttribute(QStringLiteral("mode"), dynamic ? QStringLiteral("dynamic") : QStringLiteral("static"));
    if (dynamic)
        xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("integer"));
    auto declare = [&](const QString &forWhat, const QList<AttributeSpec> &specs) {
        xml.writeStartElement(ns, QStringLiteral("attributes"));
        xml.writeAttribute(QStringLiteral("class"), forWhat);
        xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
        for (const AttributeSpec &spec : specs) {
            xml.writeEmptyElement(ns, QStringLiteral("attribute"));
            xml.writeAttribute(QStringLiteral("id"), spec.key);
            xml.writeAttribute(QStringLiteral("title"), spec.key);
            xml.writeAttribute(QStringLiteral("type"), gexfType(spec.type));
        }
        xml.writeEndElement();
    };
    // label is GEXF's own node attribute; size goes to viz:size.
    QList<AttributeSpec> nodeSpecs;
    for (const AttributeSpec &spec : coreNodeAttributes())
        if (spec.key != u"label")
            nodeSpecs << spec;
    nodeSpecs += graph.nodeAttributes();
    const QList<AttributeSpec> edgeSpecs = QList<AttributeSpec>{{QStringLiteral("year"), AttributeType::Integer}}
                                           + graph.edgeAttributes();
    declare(QStringLiteral("node"), nodeSpecs);
    declare(QStringLiteral("edge"), edgeSpecs);

    double maxWeight = 0;
    for (const TypedNode &n : graph.nodes())
        maxWeight = std::max(maxWeight, n.weight);
    xml.writeStartElement(ns, QStringLiteral("nodes"));
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const TypedNode &n = graph.nodes().at(i);
        QHash<QString, QVariant> values = coreValues(n);
        values.insert(n.attributes);
        xml.writeStartElement(ns, QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), n.id);
        xml.writeAttribute(QStringLiteral("label"), n.label);
        if (dynamic && n.year > 0)
            xml.writeAttribute(QStringLiteral("start"), QString::number(n.year));
        xml.writeStartElement(ns, QStringLiteral("attvalues"));
        for (const AttributeSpec &spec : std::as_const(nodeSpecs)) {
            const auto it = values.constFind(spec.key);
            if (it != values.cend())
                writeAttValue(xml, spec.key, attributeText(it.value(), spec.type));
        }
        xml.writeEndElement();
        // Area grows with the weight: sqrt, over 4..40.
        writeGexfLook(xml, viz, 4.0 + 36.0 * (maxWeight > 0 ? std::sqrt(std::max(0.0, n.weight) / maxWeight) : 0.0), n.cluster,
                      withPositions ? &positions.at(i) : nullptr);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(ns, QStringLiteral("edges"));
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const TypedEdge &te = graph.edges().at(e);
        QHash<QString, QVariant> values = te.attributes;
        if (te.year > 0)
            values.insert(QStringLiteral("year"), te.year);
        xml.writeStartElement(ns, QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(e));
        xml.writeAttribute(QStringLiteral("source"), graph.nodes().at(te.source).id);
        xml.writeAttribute(QStringLiteral("target"), graph.nodes().at(te.target).id);
        if (te.directed != directed)
            xml.writeAttribute(QStringLiteral("type"), te.directed ? QStringLiteral("directed") : QStringLiteral("undirected"));
        xml.writeAttribute(QStringLiteral("weight"), number(te.weight));
        if (dynamic && te.year > 0)
            xml.writeAttribute(QStringLiteral("start"), QString::number(te.year));
        xml.writeStartElement(ns, QStringLiteral("attvalues"));
        for (const AttributeSpec &spec : edgeSpecs) {
            const auto it = values.constFind(spec.key);
            if (it != values.cend())
                writeAttValue(xml, spec.key, attributeText(it.value(), spec.type));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // edges
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    return out;
}

QByteArray GraphExport::toVosviewerJson(const TypedGraph &graph, const QList<QPointF> &positions)
{
    const bool withPositions = positions.size() == graph.nodeCount();
    const QList<MapLink> links = mapLinks(graph);
    QList<int> linkCount(graph.nodeCount(), 0);
    QList<double> strength(graph.nodeCount(), 0);
    for (const MapLink &l : links) {
        for (int i : {l.source, l.target}) {
            ++linkCount[i];
            strength[i] += l.strength;
        }
    }
    const GraphTerms &terms = graph.terms();
    QJsonArray items;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const TypedNode &n = graph.nodes().at(i);
        const QString title = n.attributes.value(QStringLiteral("title")).toString();
        QJsonObject item{{QStringLiteral("id"), i + 1},
                         {QStringLiteral("label"), n.label},
                         {QStringLiteral("url"), openAlexUrl(n.id)},
                         {QStringLiteral("description"),
                          title.isEmpty() ? n.id : QStringLiteral("%1<br>%2").arg(n.id, title.toHtmlEscaped())},
                         {QStringLiteral("weights"),
                          QJsonObject{{QStringLiteral("Links"), linkCount.at(i)},
                                      {QStringLiteral("Total link strength"), strength.at(i)},
                                      {terms.weight, n.weight}}}};
        if (n.year > 0)
            item.insert(QStringLiteral("scores"), QJsonObject{{QStringLiteral("Pub. year"), n.year}});
        if (n.cluster >= 0)
            item.insert(QStringLiteral("cluster"), n.cluster + 1);
        if (withPositions) {
            item.insert(QStringLiteral("x"), positions.at(i).x());
            item.insert(QStringLiteral("y"), -positions.at(i).y());
        }
        items << item;
    }
    QJsonArray linkArray;
    for (const MapLink &l : links)
        linkArray << QJsonObject{{QStringLiteral("source_id"), l.source + 1},
                                 {QStringLiteral("target_id"), l.target + 1},
                                 {QStringLiteral("strength"), l.strength}};
    const QJsonObject terminology{{QStringLiteral("item"), terms.item},
                                  {QStringLiteral("items"), terms.items},
                                  {QStringLiteral("link"), terms.link},
                                  {QStringLiteral("links"), terms.links},
                                  {QStringLiteral("link_strength"), terms.linkStrength},
                                  {QStringLiteral("total_link_strength"), terms.totalLinkStrength}};
    const QJsonObject root{
        {QStringLiteral("network"), QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("links"), linkArray}}},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("terminology"), terminology}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray GraphExport::toDot(const TypedGraph &graph, const QList<QPointF> &positions)
{
    const bool withPositions = positions.size() == graph.nodeCount();
    const bool directed = graph.isDirected();
    QString s;
    s += QStringLiteral("%1 %2 {\n  graph [overlap=false, splines=true, label=%3%4];\n"
                        "  node [shape=ellipse, style=filled, fillcolor=\"#e8eef5\"];\n")
             .arg(directed ? QStringLiteral("digraph") : QStringLiteral("graph"), dotQuote(graph.name()),
                  dotQuote(graph.description()), directed ? QStringLiteral(", rankdir=LR") : QString());
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const TypedNode &n = graph.nodes().at(i);
        s += QStringLiteral("  %1 [label=%2, type=%3").arg(dotQuote(n.id), dotQuote(n.label), dotQuote(nodeTypeName(n.type)));
        if (!n.status.isEmpty())
            s += QStringLiteral(", status=%1").arg(dotQuote(n.status));
        if (n.year > 0)
            s += QStringLiteral(", year=%1").arg(n.year);
        if (n.cluster >= 0)
            s += QStringLiteral(", cluster=%1, fillcolor=\"%2\"").arg(n.cluster).arg(hexColor(n.cluster));
        const QString title = n.attributes.value(QStringLiteral("title")).toString();
        if (!title.isEmpty())
            s += QStringLiteral(", tooltip=%1").arg(dotQuote(title));
        if (withPositions)
            s += QStringLiteral(", pos=\"%1,%2\"").arg(number(positions.at(i).x()), number(-positions.at(i).y()));
        s += QStringLiteral("];\n");
    }
    const QString arrow = directed ? QStringLiteral("->") : QStringLiteral("--");
    for (const TypedEdge &e : graph.edges()) {
        s += QStringLiteral("  %1 %2 %3 [weight=%4, penwidth=%5")
                 .arg(dotQuote(graph.nodes().at(e.source).id), arrow, dotQuote(graph.nodes().at(e.target).id),
                      number(e.weight), number(1.0 + std::log2(1.0 + e.weight)));
        if (directed && !e.directed)
            s += QStringLiteral(", dir=none");
        s += QStringLiteral("];\n");
    }
    s += QStringLiteral("}\n");
    return s.toUtf8();
}

} // namespace peerscope
