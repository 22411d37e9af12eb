// The window's import: File › Import… and files dropped on the window run on
// a worker, show progress, end with a summary, and the window shows what
// landed.

#include "cache/cache.h"
#include "cache/importer.h"
#include "importcontroller.h"
#include "mainwindow.h"

#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace peerscope;

class TestImportController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFolder(const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder + QStringLiteral("/nested"));
        QFile::copy(test::fixture(QStringLiteral("works_by_author_A5017898742_perpage50_page1.json")),
                    folder + QStringLiteral("/nested/works.json"));
        QFile::copy(test::fixture(QStringLiteral("author_A5017898742.json")), folder + QStringLiteral("/author.json"));
        QFile bad(folder + QStringLiteral("/error.json"));
        bad.open(QIODevice::WriteOnly);
        bad.write(R"({"error":"Not found","message":"no such author"})");
        return folder;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void importFolder_runsOnAWorkerAndEndsWithASummary()
    {
        Cache cache;
        QCOMPARE(cache.open(m_dir.filePath(QStringLiteral("window.db"))), Cache::OpenStatus::Ok);
        MainWindow w(cache);
        w.show();
        ImportController *controller = w.importController();
        QVERIFY(controller);
        // The actions are in the File menu, named for tests and the palette.
        auto *file = w.menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
        QVERIFY(file);
        QVERIFY(file->actions().contains(w.findChild<QAction *>(QStringLiteral("importAction"))));
        QVERIFY(file->actions().contains(w.findChild<QAction *>(QStringLiteral("importFolderAction"))));

        QSignalSpy finished(controller, &ImportController::finished);
        QVERIFY(controller->importPaths({writeFolder(QStringLiteral("folder"))}));
        QVERIFY(controller->isBusy() || finished.size() == 1);
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        const auto report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.files, 3);
        QVERIFY(report.works > 0);
        QCOMPARE(report.nonEntityBodies, 1);

        auto *box = w.findChild<QMessageBox *>(QStringLiteral("importSummaryBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("Imported 3 file")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("held no OpenAlex records")));
        QVERIFY(box->detailedText().contains(QStringLiteral("an OpenAlex error answer: no such author")));
        // The window's own connection sees what the worker wrote.
        QVERIFY(cache.author(Importer::demoAuthorId()).has_value());
        QVERIFY(!cache.worksOfAuthor(Importer::demoAuthorId()).isEmpty());
        box->close();
    }

    void droppingAFile_startsAnImport()
    {
        Cache cache;
        QCOMPARE(cache.open(m_dir.filePath(QStringLiteral("drop.db"))), Cache::OpenStatus::Ok);
        MainWindow w(cache);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy started(w.importController(), &ImportController::started);
        QSignalSpy finished(w.importController(), &ImportController::finished);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(test::fixture(QStringLiteral("work_W2250748100.json")))});
        const QPointF at(w.width() / 2.0, w.height() / 2.0);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(started.size(), 1);
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        QCOMPARE(finished.first().first().value<ImportReport>().works, 1);
        QVERIFY(cache.work(QStringLiteral("W2250748100")).has_value());

        // Text, not files: not taken.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent other(at.toPoint(), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        other.setAccepted(false);
        QApplication::sendEvent(&w, &other);
        QVERIFY(!other.isAccepted());
    }

    void cancel_keepsWhatWasCommitted()
    {
        // A stream long enough to be cancelled half-way, in small batches.
        const QJsonArray results = QJsonDocument::fromJson(
            test::readFixture(QStringLiteral("works_by_author_A5017898742_perpage50_page1.json"))).object().value(QLatin1String("results")).toArray();
        QByteArray lines;
        int n = 0;
        for (int copy = 0; copy < 3000; ++copy) {
            for (const QJsonValue &v : results) {
                QJsonObject o = v.toObject();
                o.insert(QStringLiteral("id"), QStringLiteral("https://openalex.org/W9%1").arg(++n, 8, 10, QChar(u'0')));
                lines += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
            }
        }
        const QString path = m_dir.filePath(QStringLiteral("long.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(lines);
        f.close();

        Cache cache;
        QCOMPARE(cache.open(m_dir.filePath(QStringLiteral("cancel.db"))), Cache::OpenStatus::Ok);
        MainWindow w(cache);
        ImportController *controller = w.importController();
        QSignalSpy progress(controller, &ImportController::progress);
        QSignalSpy finished(controller, &ImportController::finished);
        QVERIFY(controller->importPaths({path}));
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() > 1 || finished.size() == 1, 30000);
        controller->cancel();
        QVERIFY(finished.size() == 1 || finished.wait(60000));
        const auto report = finished.first().first().value<ImportReport>();
        QVERIFY(report.cancelled);
        QVERIFY(report.works > 0);
        QVERIFY(report.works < int(results.size()) * 3000);
        QCOMPARE(report.works % 2000, 0); // whole batches only
        QCOMPARE(cache.rowCounts().value(QStringLiteral("works")), qint64(report.works));
    }
};

QTEST_MAIN(TestImportController)
#include "tst_importcontroller.moc"
