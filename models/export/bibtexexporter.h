#pragma once

#include "export/exporter.h"

namespace peerscope {

// BibTeX and BibLaTeX. One entry model, mapped to the fields and entry
// types each dialect defines, and limited to the fields biblatex's data
// model allows for the chosen type, so biber validates the file cleanly.
class BibTexExporter final : public Exporter
{
public:
    enum class Dialect { BibTeX, BibLaTeX };

    explicit BibTexExporter(Dialect dialect);

    ExportFormat format() const override;
    QString name() const override;
    QString fileSuffix() const override { return QStringLiteral("bib"); }
    QString mimeType() const override { return QStringLiteral("text/x-bibtex"); }
    QByteArray write(const QList<ExportEntry> &entries, const ExportOptions &options) const override;

    // One entry, ending with a newline.
    QString entry(const ExportEntry &entry, const ExportOptions &options) const;

private:
    Dialect m_dialect;
};

} // namespace peerscope
