#pragma once

#include "export/exporter.h"

#include <QJsonObject>

namespace peerscope {

// JSON Lines: one compact JSON object per work and line, with Peerscope's
// own field names (stable, documented by the keys themselves).
class JsonLinesExporter final : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::JsonLines; }
    QString name() const override { return QStringLiteral("jsonl"); }
    QString fileSuffix() const override { return QStringLiteral("jsonl"); }
    QString mimeType() const override { return QStringLiteral("application/jsonl"); }
    QByteArray write(const QList<ExportEntry> &entries, const ExportOptions &options) const override;

    static QJsonObject object(const ExportEntry &entry, const ExportOptions &options);
};

} // namespace peerscope
