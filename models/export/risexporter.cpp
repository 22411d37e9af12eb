#include "export/risexporter.h"

#include <QLoggingCategory>

#include "core/displaytext.h"
#include "export/exportfields.h"

namespace peerscope {

Q_LOGGING_CATEGORY(lcRis, "peerscope.export.ris", QtWarningMsg)

namespace {

using exportfields::WorkKind;

QString risType(const Work &w)
{
    switch (exportfields::classify(w)) {
    case WorkKind::JournalArticle: return QStringLiteral("JOUR");
    case WorkKind::ConferencePaper: return QStringLiteral("CPAPER");
    case WorkKind::Preprint: return QStringLiteral("UNPB");
    case WorkKind::BookChapter: return QStringLiteral("CHAP");
    case WorkKind::Book: return QStringLiteral("BOOK");
    case WorkKind::Dataset: return QStringLiteral("DATA");
    case WorkKind::Thesis: return QStringLiteral("THES");
    case WorkKind::Report: return QStringLiteral("RPRT");
    case WorkKind::Other: break;
    }
    return QStringLiteral("GEN");
}

} // namespace

QByteArray RisExporter::write(const QList<ExportEntry> &entries, const ExportOptions &options) const
{
    QString out;
    auto line = [&out](const char *tag, const QString &value) {
        // cleanText keeps every value on one line, whatever the input.
        const QString v = exportfields::cleanText(value);
        if (!v.isEmpty())
            out += QLatin1String(tag) + QStringLiteral("  - ") + v + QStringLiteral("\r\n");
    };
    for (const ExportEntry &e : entries) {
        const Work &w = e.work;
        out += QStringLiteral("TY  - ") + risType(w) + QStringLiteral("\r\n");
        line("ID", w.id);
        for (const Authorship &a : w.authorships) {
            const exportfields::PersonName n = exportfields::splitName(exportfields::authorName(a));
            if (n.isEmpty())
                continue;
            QString name = n.family;
            if (!n.given.isEmpty())
                name += QStringLiteral(", ") + n.given;
            if (!n.suffix.isEmpty())
                name += QStringLiteral(", ") + n.suffix;
            line("AU", name);
        }
        line("TI", displayTitle(exportfields::cleanText(w.title)));
        const QString venue = exportfields::cleanText(w.sourceName);
        line("T2", venue);
        const exportfields::DateParts d = exportfields::dateParts(w);
        if (d.year > 0) {
            line("PY", QString::number(d.year));
            line("DA", d.month > 0 ? QStringLiteral("%1/%2/%3")
                                         .arg(d.year)
                                         .arg(d.month, 2, 10, QLatin1Char('0'))
                                         .arg(d.day, 2, 10, QLatin1Char('0'))
                                   : QString::number(d.year));
        }
        line("VL", w.volume);
        line("IS", w.issue);
        line("SP", w.firstPage);
        line("EP", w.lastPage);
        line("PB", w.publisher);
        if (exportfields::isValidIssn(w.issnL))
            line("SN", w.issnL);
        line("DO", w.doi);
        line("UR", exportfields::bestUrl(w));
        if (!w.id.isEmpty())
            line("UR", exportfields::openAlexUrl(w.id));
        line("LA", w.language);
        for (const QString &k : w.keywords)
            line("KW", k);
        if (options.includeAbstract)
            line("AB", w.abstract);
        line("C1", e.key); // the citation key, for reference managers that keep one
        if (!w.arxivId.isEmpty())
            line("N1", QStringLiteral("arXiv:") + w.arxivId);
        if (w.isRetracted)
            line("N1", QStringLiteral("Retracted"));
        for (const Work &p : e.mergedPreprints)
            line("N1", exportfields::preprintDescription(p));
        out += QStringLiteral("ER  - \r\n");
    }
    qCDebug(lcRis) << "wrote" << entries.size() << "RIS records";
    return out.toUtf8();
}

} // namespace peerscope
