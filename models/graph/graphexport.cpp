#include "graph/graphexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QXmlStreamWriter>

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
        {QStringLiteral("png"), Format::Png}, {QStringLiteral("svg"), Format::Svg}};
    const auto it = byName.constFind(name.trimmed().toLower());
    if (it == byName.cend())
        return false;
    *format = it.value();
    return true;
}

QStringList GraphExport::formatNames()
{
    return {QStringLiteral("graphml"), QStringLiteral("gexf"), QStringLiteral("vosviewer"),
            QStringLiteral("dot"),     QStringLiteral("png"),  QStringLiteral("svg")};
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
        xml.writeEmptyElement(viz, QStringLiteral("size"));
        xml.writeAttribute(QStringLiteral("value"), number(4.0 + 2.0 * std::sqrt(double(std::max(0, n.worksCount)))));
        if (n.community >= 0) {
            const auto &rgb = kCommunityRgb[n.community % 8];
            xml.writeEmptyElement(viz, QStringLiteral("color"));
            xml.writeAttribute(QStringLiteral("r"), QString::number(rgb[0]));
            xml.writeAttribute(QStringLiteral("g"), QString::number(rgb[1]));
            xml.writeAttribute(QStringLiteral("b"), QString::number(rgb[2]));
        }
        if (withPositions) {
            xml.writeEmptyElement(viz, QStringLiteral("position"));
            xml.writeAttribute(QStringLiteral("x"), number(positions.at(i).x()));
            // GEXF's y axis points up, the view's down.
            xml.writeAttribute(QStringLiteral("y"), number(-positions.at(i).y()));
            xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
        }
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

} // namespace peerscope
