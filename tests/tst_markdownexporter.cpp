// Markdown: one numbered item per work, "(n.d.)" for a missing year (see
// the table model test) and "(untitled)" for a missing title.

#include "data/export/stressworks.h"

#include "core/displaytext.h"
#include "export/markdownexporter.h"
#include "export/publicationexporter.h"

#include <QtTest>

using namespace peerscope;

class TestMarkdownExporter : public QObject
{
    Q_OBJECT

private slots:
    void everyWork_isOneItem_untitledSaysSo();
};

void TestMarkdownExporter::everyWork_isOneItem_untitledSaysSo()
{
    ExportOptions o;
    o.format = ExportFormat::Markdown;
    const QList<Work> works = test::stressWorks();
    const ExportResult r = PublicationExporter(o).exportToBytes(works);
    QVERIFY(r.ok);
    const QStringList lines = QString::fromUtf8(r.data).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), works.size());
    QString untitled;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).startsWith(QString::number(i + 1) + QStringLiteral(". ")), qPrintable(lines.at(i)));
        if (lines.at(i).contains(QLatin1String("W9000000018")))
            untitled = lines.at(i);
    }
    // The untitled work's line names its OpenAlex URL; it reads as a reference.
    QVERIFY2(untitled.startsWith(QStringLiteral("%1. (2021). *%2*.").arg(works.size() - 1).arg(MarkdownExporter::escape(untitledLabel()))),
             qPrintable(untitled));
}

QTEST_GUILESS_MAIN(TestMarkdownExporter)
#include "tst_markdownexporter.moc"
