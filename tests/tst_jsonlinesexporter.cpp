// JSON Lines: one valid JSON object per line, whatever the work lacks.

#include "data/export/stressworks.h"

#include "core/displaytext.h"
#include "export/publicationexporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace peerscope;

class TestJsonLinesExporter : public QObject
{
    Q_OBJECT

private slots:
    void everyLine_isOneObject_untitledSaysSo_unknownsAreNull();
};

void TestJsonLinesExporter::everyLine_isOneObject_untitledSaysSo_unknownsAreNull()
{
    ExportOptions o;
    o.format = ExportFormat::JsonLines;
    o.includeAbstract = true;
    QList<Work> works = test::stressWorks();
    works.first().fwci = 2.5;
    const ExportResult r = PublicationExporter(o).exportToBytes(works);
    QVERIFY(r.ok);
    const QList<QByteArray> lines = r.data.split('\n');
    QCOMPARE(lines.size(), works.size() + 1); // the last line ends too
    QVERIFY(lines.last().isEmpty());
    bool untitled = false;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, lines.at(i).constData());
        QVERIFY(!o.value(QLatin1String("title")).toString().isEmpty());
        if (o.value(QLatin1String("id")).toString() == u"W9000000018") {
            untitled = true;
            QCOMPARE(o.value(QLatin1String("title")).toString(), untitledLabel());
            QVERIFY(o.value(QLatin1String("fwci")).isNull());
        }
    }
    QVERIFY(untitled);
    QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QLatin1String("fwci")).toDouble(), 2.5);
}

QTEST_GUILESS_MAIN(TestJsonLinesExporter)
#include "tst_jsonlinesexporter.moc"
