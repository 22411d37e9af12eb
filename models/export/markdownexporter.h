#pragma once

#include "export/exporter.h"

namespace peerscope {

// A numbered Markdown publication list for notes, wikis and e-mails.
class MarkdownExporter final : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::Markdown; }
    QString name() const override { return QStringLiteral("markdown"); }
    QString fileSuffix() const override { return QStringLiteral("md"); }
    QString mimeType() const override { return QStringLiteral("text/markdown"); }
    QByteArray write(const QList<ExportEntry> &entries, const ExportOptions &options) const override;

    // Backslash-escapes what Markdown would read as markup.
    static QString escape(const QString &text);
};

} // namespace peerscope
