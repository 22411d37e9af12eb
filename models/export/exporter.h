#pragma once

#include "core/domain.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace peerscope {

enum class ExportFormat { BibTeX, BibLaTeX, Ris, CslJson, Csv, JsonLines, Markdown };

struct ExportOptions {
    ExportFormat format = ExportFormat::BibTeX;
    bool asciiOnly = false;          // BibTeX/BibLaTeX: LaTeX-escaped ASCII instead of UTF-8
    bool includeAbstract = false;
    bool csvBom = false;             // UTF-8 byte order mark, for spreadsheets
    bool mergePreprints = false;     // fold a preprint into its published version
    QString keyPattern;              // empty: CitationKeyGenerator::defaultPattern()
};

// One record to write: the work, its citation key, and the preprints that
// were merged into it (only with ExportOptions::mergePreprints).
struct ExportEntry {
    Work work;
    QString key;
    QList<Work> mergedPreprints;
};

// A writer for one format. Writers are stateless: they turn prepared
// entries into the bytes of a whole file.
class Exporter
{
public:
    virtual ~Exporter() = default;

    virtual ExportFormat format() const = 0;
    virtual QString name() const = 0;          // "bibtex", as the CLI spells it
    virtual QString fileSuffix() const = 0;    // "bib"
    virtual QString mimeType() const = 0;
    virtual QByteArray write(const QList<ExportEntry> &entries, const ExportOptions &options) const = 0;
};

// All writers, one per format. Built explicitly (not by static
// self-registration) because the models library is static and unreferenced
// registration objects would be dropped by the linker.
class ExporterRegistry final
{
public:
    static const Exporter *find(ExportFormat format);
    static const Exporter *find(const QString &name);
    static QStringList names();

private:
    static const QList<std::shared_ptr<const Exporter>> &all();
};

} // namespace peerscope
