// Identity corrections in the window: the profile shows a duplicate
// suggestion, merging from it updates the panel, undo restores it; the
// corrections dialog lists and undoes them.

#include "cache/cache.h"
#include "cache/importer.h"
#include "identity/identity.h"
#include "identitydialog.h"
#include "itemmodels/publicationtablemodel.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;

namespace {
const QString kWilsonT = QStringLiteral("A5101495888"); // Andrew T. Wilson, 2 demo works
const QString kWilson = QStringLiteral("A5103202491");  // Andrew Wilson, 1 demo work
}

class tst_IdentityGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Cache m_cache;

    static bool open(MainWindow &w, const QString &id)
    {
        QSignalSpy loaded(&w, &MainWindow::authorLoaded);
        if (!w.openAuthor(id))
            return false;
        return loaded.size() > 0 || loaded.wait(10000);
    }

    static bool reloaded(QSignalSpy &spy)
    {
        return spy.size() > 0 || spy.wait(10000);
    }

    static QString warnings(MainWindow &w)
    {
        return w.findChild<QLabel *>(QStringLiteral("trustWarnings"))->text();
    }

    static QString metric(MainWindow &w, const QString &key)
    {
        return w.findChild<QLabel *>(QStringLiteral("metricValue_") + key)->text();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_cache.open(m_dir.filePath(QStringLiteral("cache.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(m_cache).importDemo().ok());
    }

    void duplicateWarning_mergeFromIt_thenUndo()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w, kWilsonT));
        QCOMPARE(w.publicationModel()->rowCount(), 2);
        QVERIFY2(warnings(w).contains(QStringLiteral("Andrew Wilson")), qPrintable(warnings(w)));
        QVERIFY(warnings(w).contains(QStringLiteral("peerscope-merge:") + kWilson));

        // The link asks first; Yes merges.
        QSignalSpy loaded(&w, &MainWindow::authorLoaded);
        emit w.findChild<QLabel *>(QStringLiteral("trustWarnings"))->linkActivated(QStringLiteral("peerscope-merge:") + kWilson);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("confirmMergeBox"))) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("Andrew Wilson")));
        box->button(QMessageBox::Yes)->click();
        QVERIFY(reloaded(loaded));
        QCOMPARE(w.currentAuthorId(), kWilsonT);
        QCOMPARE(w.publicationModel()->rowCount(), 3);
        QCOMPARE(metric(w, QStringLiteral("papers")), QStringLiteral("3"));
        QVERIFY2(!warnings(w).contains(QStringLiteral("peerscope-merge:") + kWilson), qPrintable(warnings(w)));

        // Undo (Ctrl+Z) restores the two records.
        loaded.clear();
        auto *undo = w.findChild<QAction *>(QStringLiteral("undoIdentityAction"));
        QVERIFY(undo);
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        undo->trigger();
        QVERIFY(reloaded(loaded));
        QCOMPARE(w.publicationModel()->rowCount(), 2);
        QVERIFY(warnings(w).contains(QStringLiteral("peerscope-merge:") + kWilson));

        // Redo merges again.
        loaded.clear();
        w.findChild<QAction *>(QStringLiteral("redoIdentityAction"))->trigger();
        QVERIFY(reloaded(loaded));
        QCOMPARE(w.publicationModel()->rowCount(), 3);

        // Opening the merged record shows the person.
        QVERIFY(open(w, kWilson));
        QCOMPARE(w.currentAuthorId(), kWilsonT);
        identity::Corrections(m_cache).undo();
    }

    void staleWarning_mergeMeetsAConflict_showsBothSidesAndAChoice()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w, kWilsonT));
        QVERIFY(warnings(w).contains(QStringLiteral("peerscope-merge:") + kWilson));
        // Meanwhile someone (another client of the same cache) says they are two people.
        const identity::Corrections::Result apart =
            identity::Corrections(m_cache).distinct(kWilsonT, {kWilson}, QStringLiteral("a colleague of the same name"));
        QVERIFY2(apart.ok, qPrintable(apart.error));

        emit w.findChild<QLabel *>(QStringLiteral("trustWarnings"))->linkActivated(QStringLiteral("peerscope-merge:") + kWilson);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("confirmMergeBox"))) != nullptr);
        box->button(QMessageBox::Yes)->click();
        QMessageBox *conflict = nullptr;
        QTRY_VERIFY((conflict = w.findChild<QMessageBox *>(QStringLiteral("identityConflictBox"))) != nullptr);
        QVERIFY2(conflict->text().contains(QStringLiteral("a colleague of the same name")), qPrintable(conflict->text()));
        QVERIFY(conflict->text().contains(kWilson));
        QCOMPARE(w.publicationModel()->rowCount(), 2); // nothing written yet

        // Apply mine: merged; theirs kept, superseded.
        QSignalSpy loaded(&w, &MainWindow::authorLoaded);
        conflict->findChild<QPushButton *>(QStringLiteral("applyMineButton"))->click();
        QVERIFY(reloaded(loaded));
        QCOMPARE(w.publicationModel()->rowCount(), 3);
        const QList<identity::Correction> log = identity::Corrections(m_cache).list(true).valueOr({});
        const auto theirs = std::find_if(log.begin(), log.end(), [&](const identity::Correction &c) { return c.batch == apart.batch; });
        QVERIFY(theirs != log.end());
        QVERIFY(theirs->undone);
        QVERIFY(theirs->supersededBy > apart.batch);

        // Undoing the merge brings "two people" back; then that is undone too.
        QVERIFY(identity::Corrections(m_cache).undo().ok);
        QVERIFY(!m_cache.authorWorkIds(kWilsonT).isEmpty());
        QVERIFY(identity::Corrections(m_cache).undo().ok);
    }

    void cancelledMerge_changesNothing()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(open(w, kWilsonT));
        emit w.findChild<QLabel *>(QStringLiteral("trustWarnings"))->linkActivated(QStringLiteral("peerscope-merge:") + kWilson);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("confirmMergeBox"))) != nullptr);
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QVERIFY(identity::Corrections(m_cache).list(false)->isEmpty());
        QCOMPARE(w.publicationModel()->rowCount(), 2);
    }

    void correctionsDialog_listsAndUndoes()
    {
        identity::Corrections corrections(m_cache);
        QVERIFY(corrections.merge(kWilsonT, {kWilson}, QStringLiteral("same heritage papers")).ok);
        IdentityDialog dialog(m_cache);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("correctionsTable"));
        QVERIFY(table);
        QVERIFY(table->rowCount() >= 1);
        const int last = table->rowCount() - 1;
        QVERIFY(table->item(last, 1)->text().contains(QStringLiteral("Andrew T. Wilson")));
        QCOMPARE(table->item(last, 2)->text(), kWilson);
        QCOMPARE(table->item(last, 5)->text(), QStringLiteral("same heritage papers"));
        QSignalSpy changed(&dialog, &IdentityDialog::identityChanged);
        dialog.findChild<QPushButton *>(QStringLiteral("undoCorrectionButton"))->click();
        QCOMPARE(changed.size(), 1);
        QVERIFY(corrections.list(false)->isEmpty());
        QVERIFY(table->item(last, 0)->text().contains(QStringLiteral("undone")));
    }
};

QTEST_MAIN(tst_IdentityGui)
#include "tst_identitygui.moc"
