#include "export/csvexporter.h"

#include "core/displaytext.h"
#include "export/exportfields.h"

#include <QLoggingCategory>

namespace peerscope {

Q_LOGGING_CATEGORY(lcCsv, "peerscope.export.csv", QtWarningMsg)

QStringList CsvExporter::header(const ExportOptions &options)
{
    QStringList h{QStringLiteral("key"),       QStringLiteral("openalex_id"), QStringLiteral("type"),
                  QStringLiteral("title"),     QStringLiteral("authors"),     QStringLiteral("orcids"),
                  QStringLiteral("year"),      QStringLiteral("date"),        QStringLiteral("venue"),
                  QStringLiteral("volume"),    QStringLiteral("issue"),       QStringLiteral("pages"),
                  QStringLiteral("publisher"), QStringLiteral("doi"),         QStringLiteral("url"),
                  QStringLiteral("arxiv"),     QStringLiteral("language"),    QStringLiteral("keywords"),
                  QStringLiteral("cited_by"),  QStringLiteral("note"),        QStringLiteral("fwci")};
    if (options.includeAbstract)
        h << QStringLiteral("abstract");
    return h;
}

QStringList CsvExporter::row(const ExportEntry &entry, const ExportOptions &options)
{
    const Work &w = entry.work;
    QStringList authors;
    QStringList orcids;
    for (const Authorship &a : w.authorships) {
        const QString n = exportfields::authorName(a);
        if (n.isEmpty())
            continue;
        authors << n;
        orcids << a.orcid;
    }
    bool anyOrcid = false;
    for (const QString &o : std::as_const(orcids))
        anyOrcid = anyOrcid || !o.isEmpty();
    QStringList notes;
    if (w.isRetracted)
        notes << QStringLiteral("Retracted");
    for (const Work &p : entry.mergedPreprints)
        notes << exportfields::preprintDescription(p);
    QStringList r{entry.key,
                  w.id,
                  w.type,
                  displayTitle(exportfields::cleanText(w.title)),
                  authors.join(QStringLiteral("; ")),
                  anyOrcid ? orcids.join(QStringLiteral("; ")) : QString(),
                  w.publicationYear > 0 ? QString::number(w.publicationYear) : QString(),
                  w.publicationDate,
                  w.sourceName,
                  w.volume,
                  w.issue,
                  exportfields::pages(w, QStringLiteral("-")),
                  w.publisher,
                  w.doi,
                  exportfields::bestUrl(w),
                  w.arxivId,
                  w.language,
                  w.keywords.join(QStringLiteral("; ")),
                  QString::number(w.citedByCount),
                  notes.join(QStringLiteral(". ")),
                  formatFwci(w.fwci)};
    if (options.includeAbstract)
        r << w.abstract;
    // One line per cell, valid UTF-16: what spreadsheets and parsers expect.
    for (QString &cell : r)
        cell = exportfields::cleanText(cell);
    return r;
}

QString CsvExporter::neutralize(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar c = cell.at(0);
    if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
        return u'\'' + cell;
    return cell;
}

QString CsvExporter::quote(const QString &cell)
{
    QString v = cell;
    v.replace(u'"', QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

QByteArray CsvExporter::write(const QList<ExportEntry> &entries, const ExportOptions &options) const
{
    auto record = [](const QStringList &cells) -> QString {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &c : cells)
            quoted << quote(neutralize(c));
        return quoted.join(u',') + QStringLiteral("\r\n");
    };
    QString out = record(header(options));
    for (const ExportEntry &e : entries)
        out += record(row(e, options));
    qCDebug(lcCsv) << "wrote" << entries.size() << "CSV rows, BOM:" << options.csvBom;
    QByteArray bytes;
    if (options.csvBom)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += out.toUtf8();
    return bytes;
}

} // namespace peerscope
