#include "export/markdownexporter.h"

#include "core/displaytext.h"
#include "export/exportfields.h"

#include <QLoggingCategory>

namespace peerscope {

Q_LOGGING_CATEGORY(lcMarkdown, "peerscope.export.markdown", QtWarningMsg)

QString MarkdownExporter::escape(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()#+-.!|<>~");
    QString out;
    for (const QChar c : exportfields::cleanText(text)) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QByteArray MarkdownExporter::write(const QList<ExportEntry> &entries, const ExportOptions &options) const
{
    QString out;
    int n = 0;
    for (const ExportEntry &e : entries) {
        const Work &w = e.work;
        QStringList names;
        for (const Authorship &a : w.authorships) {
            const QString name = exportfields::authorName(a);
            if (!name.isEmpty())
                names << escape(name);
        }
        if (w.authorsTruncated)
            names << QStringLiteral("et al.");
        QString line = QString::number(++n) + QStringLiteral(". ");
        if (!names.isEmpty())
            line += names.join(QStringLiteral(", ")) + u' ';
        line += w.publicationYear > 0 ? u'(' + QString::number(w.publicationYear) + QStringLiteral("). ")
                                      : QStringLiteral("(n.d.). ");
        line += u'*' + escape(displayTitle(exportfields::cleanText(w.title))) + QStringLiteral("*.");
        if (!w.sourceName.isEmpty()) {
            line += u' ' + escape(w.sourceName);
            if (!w.volume.isEmpty())
                line += QStringLiteral(", ") + escape(w.volume);
            if (!w.issue.isEmpty())
                line += u'(' + escape(w.issue) + u')';
            const QString pages = exportfields::pages(w, QStringLiteral("–"));
            if (!pages.isEmpty())
                line += QStringLiteral(", ") + escape(pages);
            line += u'.';
        }
        const QString url = w.doi.isEmpty() ? exportfields::bestUrl(w) : exportfields::doiUrl(w.doi);
        if (!url.isEmpty())
            line += QStringLiteral(" <") + QString(url).replace(u'>', QStringLiteral("%3E")).replace(u' ', QStringLiteral("%20")) + u'>';
        if (w.isRetracted)
            line += QStringLiteral(" **Retracted.**");
        for (const Work &p : e.mergedPreprints)
            line += u' ' + escape(exportfields::preprintDescription(p)) + u'.';
        line += QStringLiteral(" `") + QString(e.key).remove(u'`') + u'`';
        if (options.includeAbstract && !w.abstract.isEmpty())
            line += QStringLiteral("\n\n   > ") + escape(w.abstract);
        out += line + QStringLiteral("\n");
        if (options.includeAbstract)
            out += u'\n';
    }
    qCDebug(lcMarkdown) << "wrote" << n << "Markdown items";
    return out.toUtf8();
}

} // namespace peerscope
