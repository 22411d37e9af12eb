#include "export/jsonlinesexporter.h"

#include "core/displaytext.h"
#include "export/exportfields.h"

#include <QLoggingCategory>
#include <QJsonArray>
#include <QJsonDocument>

namespace peerscope {

Q_LOGGING_CATEGORY(lcJsonLines, "peerscope.export.jsonl", QtWarningMsg)

QJsonObject JsonLinesExporter::object(const ExportEntry &entry, const ExportOptions &options)
{
    const Work &w = entry.work;
    QJsonArray authors;
    for (const Authorship &a : w.authorships) {
        QJsonObject o{{QStringLiteral("name"), exportfields::authorName(a)}};
        if (!a.authorId.isEmpty())
            o.insert(QStringLiteral("id"), a.authorId);
        if (!a.orcid.isEmpty())
            o.insert(QStringLiteral("orcid"), a.orcid);
        authors.append(o);
    }
    QJsonObject o{
        {QStringLiteral("key"), entry.key},
        {QStringLiteral("id"), w.id},
        {QStringLiteral("type"), w.type},
        {QStringLiteral("title"), displayTitle(exportfields::cleanText(w.title))},
        {QStringLiteral("authors"), authors},
        {QStringLiteral("authors_truncated"), w.authorsTruncated},
        {QStringLiteral("year"), w.publicationYear > 0 ? QJsonValue(w.publicationYear) : QJsonValue()},
        {QStringLiteral("date"), w.publicationDate.isEmpty() ? QJsonValue() : QJsonValue(w.publicationDate)},
        {QStringLiteral("venue"), w.sourceName},
        {QStringLiteral("venue_type"), w.sourceType},
        {QStringLiteral("volume"), w.volume},
        {QStringLiteral("issue"), w.issue},
        {QStringLiteral("pages"), exportfields::pages(w, QStringLiteral("-"))},
        {QStringLiteral("publisher"), w.publisher},
        {QStringLiteral("doi"), w.doi},
        {QStringLiteral("url"), exportfields::bestUrl(w)},
        {QStringLiteral("arxiv"), w.arxivId},
        {QStringLiteral("language"), w.language},
        {QStringLiteral("keywords"), QJsonArray::fromStringList(w.keywords)},
        {QStringLiteral("cited_by"), w.citedByCount},
        {QStringLiteral("fwci"), w.fwci >= 0 ? QJsonValue(w.fwci) : QJsonValue()},
        {QStringLiteral("retracted"), w.isRetracted},
    };
    if (options.includeAbstract)
        o.insert(QStringLiteral("abstract"), w.abstract);
    QJsonArray preprints;
    for (const Work &p : entry.mergedPreprints)
        preprints.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("doi"), p.doi},
                                     {QStringLiteral("arxiv"), p.arxivId}});
    if (!preprints.isEmpty())
        o.insert(QStringLiteral("merged_preprints"), preprints);
    return o;
}

QByteArray JsonLinesExporter::write(const QList<ExportEntry> &entries, const ExportOptions &options) const
{
    QByteArray out;
    for (const ExportEntry &e : entries) {
        // Compact JSON escapes newlines inside strings: one object, one line.
        out += QJsonDocument(object(e, options)).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    qCDebug(lcJsonLines) << "wrote" << entries.size() << "JSON lines";
    return out;
}

} // namespace peerscope
