#pragma once

#include "export/exporter.h"

#include <QJsonObject>

namespace peerscope {

// CSL-JSON (citeproc input, Pandoc, Zotero): an array of items. "id" is the
// citation key, so documents cite the same key in every format; the
// OpenAlex ID and ORCIDs, which CSL has no variable for, go in "custom".
class CslJsonExporter final : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::CslJson; }
    QString name() const override { return QStringLiteral("csljson"); }
    QString fileSuffix() const override { return QStringLiteral("json"); }
    QString mimeType() const override { return QStringLiteral("application/vnd.citationstyles.csl+json"); }
    QByteArray write(const QList<ExportEntry> &entries, const ExportOptions &options) const override;

    static QJsonObject item(const ExportEntry &entry, const ExportOptions &options);
};

} // namespace peerscope
