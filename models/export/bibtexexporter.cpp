#include "export/bibtexexporter.h"

#include "core/displaytext.h"
#include "export/exportfields.h"
#include "export/latextext.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

namespace peerscope {

Q_LOGGING_CATEGORY(lcBibTex, "peerscope.export.bibtex", QtWarningMsg)

namespace {

using exportfields::WorkKind;

struct Field {
    QString name;
    QString value;     // LaTeX, braces balanced
    bool bare = false; // a macro such as a month name, written without braces
};

// Fields biblatex's data model allows per entry type (besides the ones it
// allows everywhere: abstract, doi, eprint*, keywords, langid, month, url,
// year, date). Anything else would make biber warn.
const QHash<QString, QSet<QString>> &allowedFields()
{
    static const QHash<QString, QSet<QString>> allowed{
        {QStringLiteral("article"),
         {QStringLiteral("author"), QStringLiteral("title"), QStringLiteral("journaltitle"), QStringLiteral("volume"),
          QStringLiteral("number"), QStringLiteral("pages"), QStringLiteral("issn"), QStringLiteral("language"),
          QStringLiteral("note"), QStringLiteral("addendum")}},
        {QStringLiteral("inproceedings"),
         {QStringLiteral("author"), QStringLiteral("title"), QStringLiteral("booktitle"), QStringLiteral("volume"),
          QStringLiteral("number"), QStringLiteral("pages"), QStringLiteral("publisher"), QStringLiteral("language"),
          QStringLiteral("note"), QStringLiteral("addendum")}},
        {QStringLiteral("inbook"),
         {QStringLiteral("author"), QStringLiteral("title"), QStringLiteral("booktitle"), QStringLiteral("volume"),
          QStringLiteral("number"), QStringLiteral("pages"), QStringLiteral("publisher"), QStringLiteral("language"),
          QStringLiteral("note"), QStringLiteral("addendum")}},
        {QStringLiteral("book"),
         {QStringLiteral("author"), QStringLiteral("title"), QStringLiteral("volume"), QStringLiteral("number"),
          QStringLiteral("pages"), QStringLiteral("publisher"), QStringLiteral("language"), QStringLiteral("note"),
          QStringLiteral("addendum")}},
        {QStringLiteral("thesis"),
         {QStringLiteral("author"), QStringLiteral("title"), QStringLiteral("institution"), QStringLiteral("type"),
          QStringLiteral("pages"), QStringLiteral("language"), QStringLiteral("note"), QStringLiteral("addendum")}},
        {QStringLiteral("report"),
         {QStringLiteral("author"), QStringLiteral("title"), QStringLiteral("institution"), QStringLiteral("type"),
          QStringLiteral("number"), QStringLiteral("pages"), QStringLiteral("language"), QStringLiteral("note"),
          QStringLiteral("addendum")}},
        {QStringLiteral("dataset"),
         {QStringLiteral("author"), QStringLiteral("title"), QStringLiteral("publisher"), QStringLiteral("number"),
          QStringLiteral("language"), QStringLiteral("note"), QStringLiteral("addendum")}},
        {QStringLiteral("misc"),
         {QStringLiteral("author"), QStringLiteral("title"), QStringLiteral("howpublished"), QStringLiteral("type"),
          QStringLiteral("language"), QStringLiteral("note"), QStringLiteral("addendum")}},
        {QStringLiteral("online"),
         {QStringLiteral("author"), QStringLiteral("title"), QStringLiteral("language"), QStringLiteral("note"),
          QStringLiteral("addendum")}},
    };
    return allowed;
}

bool allowedEverywhere(const QString &field)
{
    static const QSet<QString> global{QStringLiteral("abstract"), QStringLiteral("doi"),   QStringLiteral("eprint"),
                                      QStringLiteral("eprinttype"), QStringLiteral("keywords"), QStringLiteral("langid"),
                                      QStringLiteral("month"),    QStringLiteral("url"),   QStringLiteral("year"),
                                      QStringLiteral("date"),     QStringLiteral("author+an:orcid")};
    return global.contains(field);
}

QString monthMacro(int month)
{
    static const char *names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
    return month >= 1 && month <= 12 ? QLatin1String(names[month - 1]) : QString();
}

bool isOrcid(const QString &orcid)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]$"));
    return shape.match(orcid).hasMatch();
}

} // namespace

BibTexExporter::BibTexExporter(Dialect dialect)
    : m_dialect(dialect)
{
}

ExportFormat BibTexExporter::format() const
{
    return m_dialect == Dialect::BibTeX ? ExportFormat::BibTeX : ExportFormat::BibLaTeX;
}

QString BibTexExporter::name() const
{
    return m_dialect == Dialect::BibTeX ? QStringLiteral("bibtex") : QStringLiteral("biblatex");
}

QString BibTexExporter::entry(const ExportEntry &entry, const ExportOptions &options) const
{
    const Work &w = entry.work;
    const bool bibtex = m_dialect == Dialect::BibTeX;
    const latex::Encoding enc = options.asciiOnly ? latex::Encoding::Ascii : latex::Encoding::Utf8;

    // Authors, and their ORCIDs by position in the emitted list.
    QStringList names;
    QStringList orcids;
    for (const Authorship &a : w.authorships) {
        const exportfields::PersonName n = exportfields::splitName(exportfields::authorName(a));
        if (n.isEmpty())
            continue;
        QString family = latex::namePart(n.family, enc);
        if (n.given.isEmpty() && n.suffix.isEmpty()) {
            // An organization or a mononym: one unit, never split.
            names << (family.contains(u' ') ? u'{' + family + u'}' : family);
        } else if (n.suffix.isEmpty()) {
            names << family + QStringLiteral(", ") + latex::namePart(n.given, enc);
        } else {
            names << family + QStringLiteral(", ") + latex::namePart(n.suffix, enc) + QStringLiteral(", ")
                         + latex::namePart(n.given, enc);
        }
        if (isOrcid(a.orcid))
            orcids << QStringLiteral("%1=\"%2\"").arg(names.size()).arg(a.orcid);
    }
    const bool hasAuthors = !names.isEmpty();
    if (hasAuthors && w.authorsTruncated)
        names << QStringLiteral("others");

    const QString venue = exportfields::cleanText(w.sourceName);
    const QString publisher = exportfields::cleanText(w.publisher);
    QString institution;

    // The biblatex entry type; fall back to misc when a mandatory field of
    // the natural type is missing.
    QString type;
    QString typeField;
    switch (exportfields::classify(w)) {
    case WorkKind::JournalArticle: type = hasAuthors && !venue.isEmpty() ? QStringLiteral("article") : QString(); break;
    case WorkKind::ConferencePaper:
        type = hasAuthors && !venue.isEmpty() ? QStringLiteral("inproceedings") : QString();
        break;
    case WorkKind::BookChapter: type = hasAuthors && !venue.isEmpty() ? QStringLiteral("inbook") : QString(); break;
    case WorkKind::Book: type = hasAuthors ? QStringLiteral("book") : QString(); break;
    case WorkKind::Thesis:
        institution = exportfields::institutionOf(w);
        if (institution.isEmpty())
            institution = publisher;
        type = hasAuthors && !institution.isEmpty() ? QStringLiteral("thesis") : QString();
        typeField = QStringLiteral("phdthesis");
        break;
    case WorkKind::Report:
        institution = !publisher.isEmpty() ? publisher : exportfields::institutionOf(w);
        if (institution.isEmpty())
            institution = venue;
        type = hasAuthors && !institution.isEmpty() ? QStringLiteral("report") : QString();
        typeField = QStringLiteral("techreport");
        break;
    case WorkKind::Dataset: type = QStringLiteral("dataset"); break;
    case WorkKind::Preprint: type = QStringLiteral("misc"); break;
    case WorkKind::Other: type = QStringLiteral("online"); break;
    }
    if (type.isEmpty())
        type = QStringLiteral("misc");
    // Classic BibTeX has neither @dataset nor @online; biber reads @misc.
    if (bibtex && (type == u"dataset" || type == u"online"))
        type = QStringLiteral("misc");
    const bool arxivPreprint = exportfields::classify(w) == WorkKind::Preprint && !w.arxivId.isEmpty();

    QList<Field> fields;
    auto add = [&fields](const QString &name, const QString &value, bool bare = false) {
        if (!value.isEmpty())
            fields.append({name, value, bare});
    };

    if (hasAuthors)
        add(QStringLiteral("author"), names.join(QStringLiteral(" and ")));
    // Every entry type requires a title: an untitled work says so.
    add(QStringLiteral("title"), latex::title(displayTitle(exportfields::cleanText(w.title)), enc));
    if (type == u"article")
        add(QStringLiteral("journaltitle"), latex::escape(venue, enc));
    else if (type == u"inproceedings" || type == u"inbook")
        add(QStringLiteral("booktitle"), latex::escape(venue, enc));
    else if (type == u"misc" && !arxivPreprint) // an arXiv preprint says it with eprint
        add(QStringLiteral("howpublished"), latex::escape(venue.isEmpty() ? publisher : venue, enc));

    const exportfields::DateParts date = exportfields::dateParts(w);
    if (date.year > 0) {
        if (bibtex) {
            add(QStringLiteral("year"), QString::number(date.year));
            add(QStringLiteral("month"), monthMacro(date.month), true);
        } else {
            QString d = QString::number(date.year);
            if (date.month > 0)
                d += QStringLiteral("-%1-%2").arg(date.month, 2, 10, QLatin1Char('0')).arg(date.day, 2, 10, QLatin1Char('0'));
            add(QStringLiteral("date"), d);
        }
    }
    // biblatex's volume is an integer; anything else would be dropped by biber.
    const QString volume = exportfields::cleanText(w.volume);
    static const QRegularExpression integer(QStringLiteral("^\\d+$"));
    const bool integerVolume = integer.match(volume).hasMatch();
    if (integerVolume)
        add(QStringLiteral("volume"), volume);
    add(QStringLiteral("number"), latex::escape(w.issue, enc));
    add(QStringLiteral("pages"), latex::escape(exportfields::pages(w, QStringLiteral("--")), enc));
    add(QStringLiteral("publisher"), latex::escape(publisher, enc));
    add(QStringLiteral("institution"), latex::escape(institution, enc));
    if (type == u"thesis" || type == u"report")
        add(QStringLiteral("type"), typeField);
    if (exportfields::isValidIssn(w.issnL))
        add(QStringLiteral("issn"), w.issnL);
    add(QStringLiteral("doi"), latex::verbatim(w.doi, enc));

    QString arxiv = w.arxivId;
    for (const Work &p : entry.mergedPreprints) {
        if (arxiv.isEmpty())
            arxiv = p.arxivId;
    }
    if (!arxiv.isEmpty()) {
        add(QStringLiteral("eprint"), latex::verbatim(arxiv, enc));
        add(QStringLiteral("eprinttype"), bibtex ? QStringLiteral("arXiv") : QStringLiteral("arxiv"));
    }
    QString url = exportfields::bestUrl(w);
    if (!w.doi.isEmpty() && url == exportfields::doiUrl(w.doi) && type != u"online")
        url.clear(); // the DOI says it already
    add(QStringLiteral("url"), latex::verbatim(url, enc));

    const QString language = exportfields::babelLanguage(w.language);
    if (bibtex)
        add(QStringLiteral("language"), language);
    else
        add(QStringLiteral("langid"), language);

    QStringList keywords;
    for (const QString &k : w.keywords) {
        QString e = latex::escape(k, enc);
        e.replace(u',', QStringLiteral("{,}"));
        if (!e.isEmpty())
            keywords << e;
    }
    add(QStringLiteral("keywords"), keywords.join(QStringLiteral(", ")));
    if (options.includeAbstract)
        add(QStringLiteral("abstract"), latex::escape(w.abstract, enc));

    QStringList notes;
    if (!w.id.isEmpty())
        notes << QStringLiteral("OpenAlex ") + latex::escape(w.id, enc);
    if (!volume.isEmpty() && !integerVolume)
        notes << QStringLiteral("Volume ") + latex::escape(volume, enc);
    if (w.isRetracted)
        notes << QStringLiteral("Retracted");
    QStringList preprints;
    for (const Work &p : entry.mergedPreprints)
        preprints << latex::escape(exportfields::preprintDescription(p), enc);
    if (bibtex) {
        notes << preprints;
        add(QStringLiteral("note"), notes.join(QStringLiteral(". ")));
    } else {
        add(QStringLiteral("note"), notes.join(QStringLiteral(". ")));
        add(QStringLiteral("addendum"), preprints.join(QStringLiteral(". ")));
        if (!orcids.isEmpty())
            add(QStringLiteral("author+an:orcid"), orcids.join(QStringLiteral("; ")));
    }

    // Only what the data model allows for this type.
    const QSet<QString> allowed = allowedFields().value(type);
    QString outType = type;
    if (bibtex) {
        if (type == u"thesis")
            outType = QStringLiteral("phdthesis");
        else if (type == u"report")
            outType = QStringLiteral("techreport");
    }
    QString out = u'@' + outType + u'{' + entry.key + QStringLiteral(",\n");
    for (const Field &f : std::as_const(fields)) {
        if (!allowed.contains(f.name) && !allowedEverywhere(f.name))
            continue;
        if (bibtex && f.name == u"type")
            continue; // @phdthesis and @techreport say it
        QString name = f.name;
        if (bibtex) {
            if (name == u"journaltitle")
                name = QStringLiteral("journal");
            else if (name == u"eprinttype")
                name = QStringLiteral("archivePrefix");
            else if (name == u"institution" && type == u"thesis")
                name = QStringLiteral("school");
        }
        QString value = f.value;
        if (!latex::bracesBalanced(value)) {
            // Cannot happen with the escaping above; never write a broken entry.
            qCWarning(lcBibTex) << "unbalanced value in" << entry.key << name;
            value.remove(u'{');
            value.remove(u'}');
        }
        out += QStringLiteral("  ") + name + QStringLiteral(" = ") + (f.bare ? value : u'{' + value + u'}')
               + QStringLiteral(",\n");
    }
    out += QStringLiteral("}\n");
    return out;
}

QByteArray BibTexExporter::write(const QList<ExportEntry> &entries, const ExportOptions &options) const
{
    QString out;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0)
            out += u'\n';
        out += entry(entries.at(i), options);
    }
    QByteArray bytes = out.toUtf8();
    return bytes;
}

} // namespace peerscope
