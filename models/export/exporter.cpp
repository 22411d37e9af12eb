#include "export/exporter.h"

#include "export/bibtexexporter.h"
#include "export/csljsonexporter.h"
#include "export/csvexporter.h"
#include "export/jsonlinesexporter.h"
#include "export/markdownexporter.h"
#include "export/risexporter.h"

#include <QLoggingCategory>

namespace peerscope {

Q_LOGGING_CATEGORY(lcExporters, "peerscope.export.registry", QtWarningMsg)

const QList<std::shared_ptr<const Exporter>> &ExporterRegistry::all()
{
    static const QList<std::shared_ptr<const Exporter>> writers{
        std::make_shared<BibTexExporter>(BibTexExporter::Dialect::BibTeX),
        std::make_shared<BibTexExporter>(BibTexExporter::Dialect::BibLaTeX),
        std::make_shared<RisExporter>(),
        std::make_shared<CslJsonExporter>(),
        std::make_shared<CsvExporter>(),
        std::make_shared<JsonLinesExporter>(),
        std::make_shared<MarkdownExporter>(),
    };
    return writers;
}

const Exporter *ExporterRegistry::find(ExportFormat format)
{
    for (const auto &w : all()) {
        if (w->format() == format)
            return w.get();
    }
    return nullptr;
}

const Exporter *ExporterRegistry::find(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    for (const auto &w : all()) {
        if (w->name() == wanted)
            return w.get();
    }
    qCDebug(lcExporters) << "no exporter named" << name;
    return nullptr;
}

QStringList ExporterRegistry::names()
{
    QStringList out;
    for (const auto &w : all())
        out << w->name();
    return out;
}

} // namespace peerscope
