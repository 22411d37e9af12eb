#pragma once

#include "export/exporter.h"

#include <QStringList>

namespace peerscope {

// CSV per RFC 4180: CRLF records, every field quoted, quotes doubled;
// optional UTF-8 BOM for spreadsheets. Cells a spreadsheet would read as a
// formula (= + - @, tab, CR first) get a leading apostrophe.
class CsvExporter final : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::Csv; }
    QString name() const override { return QStringLiteral("csv"); }
    QString fileSuffix() const override { return QStringLiteral("csv"); }
    QString mimeType() const override { return QStringLiteral("text/csv"); }
    QByteArray write(const QList<ExportEntry> &entries, const ExportOptions &options) const override;

    static QStringList header(const ExportOptions &options);
    // The cells of one row (white space collapsed), before quoting and
    // neutralization.
    static QStringList row(const ExportEntry &entry, const ExportOptions &options);
    static QString neutralize(const QString &cell);
    static QString quote(const QString &cell);
};

} // namespace peerscope
