#include "export/csljsonexporter.h"

#include "core/displaytext.h"
#include "export/exportfields.h"

#include <QLoggingCategory>
#include <QJsonArray>
#include <QJsonDocument>

namespace peerscope {

Q_LOGGING_CATEGORY(lcCslJson, "peerscope.export.csljson", QtWarningMsg)

namespace {

using exportfields::WorkKind;

QString cslType(const Work &w)
{
    switch (exportfields::classify(w)) {
    case WorkKind::JournalArticle: return QStringLiteral("article-journal");
    case WorkKind::ConferencePaper: return QStringLiteral("paper-conference");
    case WorkKind::Preprint: return QStringLiteral("article"); // CSL 1.0.2: preprints are "article"
    case WorkKind::BookChapter: return QStringLiteral("chapter");
    case WorkKind::Book: return QStringLiteral("book");
    case WorkKind::Dataset: return QStringLiteral("dataset");
    case WorkKind::Thesis: return QStringLiteral("thesis");
    case WorkKind::Report: return QStringLiteral("report");
    case WorkKind::Other: break;
    }
    return QStringLiteral("document");
}

void put(QJsonObject &o, const QString &key, const QString &value)
{
    const QString v = exportfields::cleanText(value);
    if (!v.isEmpty())
        o.insert(key, v);
}

} // namespace

QJsonObject CslJsonExporter::item(const ExportEntry &entry, const ExportOptions &options)
{
    const Work &w = entry.work;
    QJsonObject o;
    o.insert(QStringLiteral("id"), entry.key);
    o.insert(QStringLiteral("type"), cslType(w));
    put(o, QStringLiteral("title"), displayTitle(exportfields::cleanText(w.title)));
    QJsonArray authors;
    QJsonArray orcids;
    for (const Authorship &a : w.authorships) {
        const exportfields::PersonName n = exportfields::splitName(exportfields::authorName(a));
        if (n.isEmpty())
            continue;
        QJsonObject name;
        if (n.given.isEmpty() && n.suffix.isEmpty()) {
            name.insert(QStringLiteral("literal"), n.family);
        } else {
            name.insert(QStringLiteral("family"), n.family);
            if (!n.given.isEmpty())
                name.insert(QStringLiteral("given"), n.given);
            if (!n.suffix.isEmpty())
                name.insert(QStringLiteral("suffix"), n.suffix);
        }
        authors.append(name);
        orcids.append(a.orcid.isEmpty() ? QJsonValue() : QJsonValue(a.orcid));
    }
    if (!authors.isEmpty())
        o.insert(QStringLiteral("author"), authors);
    const exportfields::DateParts d = exportfields::dateParts(w);
    if (d.year > 0) {
        QJsonArray parts{d.year};
        if (d.month > 0)
            parts << d.month << d.day;
        o.insert(QStringLiteral("issued"), QJsonObject{{QStringLiteral("date-parts"), QJsonArray{parts}}});
    }
    put(o, QStringLiteral("container-title"), w.sourceName);
    put(o, QStringLiteral("volume"), w.volume);
    put(o, QStringLiteral("issue"), w.issue);
    put(o, QStringLiteral("page"), exportfields::pages(w, QStringLiteral("-")));
    put(o, QStringLiteral("page-first"), w.firstPage);
    put(o, QStringLiteral("publisher"), w.publisher);
    if (exportfields::isValidIssn(w.issnL))
        put(o, QStringLiteral("ISSN"), w.issnL);
    put(o, QStringLiteral("DOI"), w.doi);
    put(o, QStringLiteral("URL"), exportfields::bestUrl(w));
    put(o, QStringLiteral("PMID"), w.pmid);
    put(o, QStringLiteral("language"), w.language);
    put(o, QStringLiteral("keyword"), w.keywords.join(QStringLiteral(", ")));
    if (options.includeAbstract)
        put(o, QStringLiteral("abstract"), w.abstract);
    if (!w.arxivId.isEmpty()) {
        put(o, QStringLiteral("archive"), QStringLiteral("arXiv"));
        put(o, QStringLiteral("number"), QStringLiteral("arXiv:") + w.arxivId);
    }
    put(o, QStringLiteral("source"), QStringLiteral("OpenAlex"));
    QStringList notes;
    if (w.isRetracted)
        notes << QStringLiteral("Retracted");
    for (const Work &p : entry.mergedPreprints)
        notes << exportfields::preprintDescription(p);
    put(o, QStringLiteral("note"), notes.join(QStringLiteral(". ")));
    QJsonObject custom;
    if (!w.id.isEmpty())
        custom.insert(QStringLiteral("openalex"), w.id);
    bool anyOrcid = false;
    for (const QJsonValue &v : std::as_const(orcids))
        anyOrcid = anyOrcid || v.isString();
    if (anyOrcid)
        custom.insert(QStringLiteral("orcid"), orcids); // parallel to "author"
    if (!entry.mergedPreprints.isEmpty()) {
        QJsonArray ids;
        for (const Work &p : entry.mergedPreprints)
            ids.append(p.id);
        custom.insert(QStringLiteral("merged-preprints"), ids);
    }
    if (!custom.isEmpty())
        o.insert(QStringLiteral("custom"), custom);
    return o;
}

QByteArray CslJsonExporter::write(const QList<ExportEntry> &entries, const ExportOptions &options) const
{
    QJsonArray items;
    for (const ExportEntry &e : entries)
        items.append(item(e, options));
    qCDebug(lcCslJson) << "wrote" << items.size() << "CSL items";
    return QJsonDocument(items).toJson(QJsonDocument::Indented);
}

} // namespace peerscope
