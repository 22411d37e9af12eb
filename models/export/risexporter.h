#pragma once

#include "export/exporter.h"

namespace peerscope {

// RIS (Research Information Systems): one "XX  - value" line per field,
// every record closed by "ER  - ", CRLF line ends, UTF-8.
class RisExporter final : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::Ris; }
    QString name() const override { return QStringLiteral("ris"); }
    QString fileSuffix() const override { return QStringLiteral("ris"); }
    QString mimeType() const override { return QStringLiteral("application/x-research-info-systems"); }
    QByteArray write(const QList<ExportEntry> &entries, const ExportOptions &options) const override;
};

} // namespace peerscope
