// RIS export: well-formed tag lines, every record closed by ER.

#include "data/export/stressworks.h"
#include "testsupport.h"

#include "core/displaytext.h"
#include "export/publicationexporter.h"

#include <QRegularExpression>
#include <QtTest>

using namespace peerscope;

class TestRisExporter : public QObject
{
    Q_OBJECT

private slots:
    void everyLine_isAWellFormedTag_andEveryRecordCloses();
    void mapping_typesAuthorsAndIds();
    void untitledWork_hasUntitledTitle_andNoAuthors();
};

void TestRisExporter::everyLine_isAWellFormedTag_andEveryRecordCloses()
{
    ExportOptions o;
    o.format = ExportFormat::Ris;
    o.includeAbstract = true;
    const QList<Work> works = test::stressWorks();
    const ExportResult r = PublicationExporter(o).exportToBytes(works);
    QVERIFY(r.ok);
    const QString text = QString::fromUtf8(r.data);
    QVERIFY(text.endsWith(QLatin1String("ER  - \r\n")));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QVERIFY(lines.last().isEmpty());
    static const QRegularExpression tag(QStringLiteral("^[A-Z][A-Z0-9]  - "));
    int records = 0;
    bool open = false;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QString &line = lines.at(i);
        QVERIFY2(tag.match(line).hasMatch(), qPrintable(QStringLiteral("line %1: %2").arg(i).arg(line)));
        QVERIFY2(!line.contains(u'\n') && !line.contains(u'\r'), qPrintable(line));
        if (line.startsWith(QLatin1String("TY  - "))) {
            QVERIFY2(!open, "TY before the previous record's ER");
            open = true;
        } else if (line == u"ER  - ") {
            QVERIFY(open);
            open = false;
            ++records;
        } else {
            QVERIFY2(open, qPrintable(line));
        }
    }
    QVERIFY(!open);
    QCOMPARE(records, works.size());
}

void TestRisExporter::mapping_typesAuthorsAndIds()
{
    ExportOptions o;
    o.format = ExportFormat::Ris;
    const QString text = QString::fromUtf8(PublicationExporter(o).exportToBytes(test::stressWorks()).data);
    const QStringList records = text.split(QStringLiteral("ER  - \r\n"), Qt::SkipEmptyParts);
    auto record = [&](const QString &id) {
        for (const QString &r : records) {
            if (r.contains(QStringLiteral("ID  - ") + id + QStringLiteral("\r\n")))
                return r;
        }
        return QString();
    };
    const QString huge = record(QStringLiteral("W9000000003"));
    QVERIFY(huge.startsWith(QLatin1String("TY  - JOUR\r\n")));
    QCOMPARE(huge.count(QStringLiteral("\r\nAU  - ")), 1000);
    QVERIFY(huge.contains(QStringLiteral("AU  - Física0, Author0\r\n")));
    QVERIFY(huge.contains(QLatin1String("T2  - Physics Letters B\r\n")));
    QVERIFY(huge.contains(QLatin1String("SP  - 1\r\nEP  - 29\r\n")));
    QVERIFY(huge.contains(QLatin1String("DO  - 10.1016/j.physletb.2012.08.020\r\n")));
    QVERIFY(huge.contains(QLatin1String("UR  - https://openalex.org/W9000000003\r\n")));
    QVERIFY(huge.contains(QLatin1String("SN  - 0370-2693\r\n")));
    QVERIFY(record(QStringLiteral("W9000000006")).startsWith(QLatin1String("TY  - CPAPER\r\n")));
    QVERIFY(record(QStringLiteral("W9000000008")).startsWith(QLatin1String("TY  - CHAP\r\n")));
    QVERIFY(record(QStringLiteral("W9000000011")).startsWith(QLatin1String("TY  - THES\r\n")));
    QVERIFY(record(QStringLiteral("W9000000006")).contains(QLatin1String("DA  - 2020/06/15\r\n")));
    // Hostile text stays on its line.
    const QString special = record(QStringLiteral("W9000000001"));
    QVERIFY(special.contains(QLatin1String("TI  - Braces {open and }close}")));
}

void TestRisExporter::untitledWork_hasUntitledTitle_andNoAuthors()
{
    ExportOptions o;
    o.format = ExportFormat::Ris;
    const QString text = QString::fromUtf8(PublicationExporter(o).exportToBytes(test::stressWorks()).data);
    QString record;
    for (const QString &r : text.split(QStringLiteral("ER  - \r\n"), Qt::SkipEmptyParts))
        if (r.contains(QLatin1String("ID  - W9000000018\r\n")))
            record = r;
    QVERIFY2(record.contains(QStringLiteral("TI  - %1\r\n").arg(untitledLabel())), qPrintable(record));
    QVERIFY(!record.contains(QLatin1String("AU  - ")));
}

QTEST_GUILESS_MAIN(TestRisExporter)
#include "tst_risexporter.moc"
