#include "cache/cache.h"
#include "cache/importer.h"
#include "commandpalette.h"
#include "follows/followstore.h"
#include "itemmodels/publicationtablemodel.h"
#include "mainwindow.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;

class TestCommandPalette : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Cache m_cache;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(m_cache.open(m_dir.filePath(QStringLiteral("c.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(m_cache).importDemo().ok());
    }

    void fuzzyScore_matchesSubsequencesOnly()
    {
        QVERIFY(fuzzyScore(QStringLiteral("rfl"), QStringLiteral("Refresh followed researchers")) > 0);
        QVERIFY(fuzzyScore(QStringLiteral("CHARTS"), QStringLiteral("Show the Charts tab")) > 0);
        QVERIFY(fuzzyScore(QStringLiteral("zzz"), QStringLiteral("Show the Charts tab")) < 0);
        QVERIFY(fuzzyScore(QStringLiteral("stc"), QStringLiteral("cts")) < 0); // order matters
        QVERIFY(fuzzyScore(QStringLiteral("jose"), QStringLiteral("José Núñez")) > 0); // accents folded
        QCOMPARE(fuzzyScore(QString(), QStringLiteral("anything")), 0);
    }

    void fuzzyScore_ranksBetterMatchesHigher()
    {
        // A prefix beats the same letters scattered.
        QVERIFY(fuzzyScore(QStringLiteral("set"), QStringLiteral("Settings…"))
                > fuzzyScore(QStringLiteral("set"), QStringLiteral("Show the Network tab")));
        // Word starts beat letters inside words.
        QVERIFY(fuzzyScore(QStringLiteral("ep"), QStringLiteral("Export publications…"))
                > fuzzyScore(QStringLiteral("ep"), QStringLiteral("Keep going")));
        // A consecutive run beats gaps.
        QVERIFY(fuzzyScore(QStringLiteral("follow"), QStringLiteral("Follow this researcher"))
                > fuzzyScore(QStringLiteral("follow"), QStringLiteral("Refresh followed researchers")));
    }

    void ctrlK_opensThePalette_andEnterRunsTheAction()
    {
        MainWindow w(m_cache);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QSignalSpy loaded(&w, &MainWindow::authorLoaded);
        QVERIFY(w.openAuthor(Importer::demoAuthorId()));
        QTRY_COMPARE(loaded.size(), 1);
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QCOMPARE(tabs->currentIndex(), 0);

        QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = w.commandPalette();
        QTRY_VERIFY(palette->isVisible());
        QLineEdit *query = palette->queryEdit();
        QTRY_VERIFY(query->hasFocus());
        // With no query every action is offered, each with its shortcut.
        QVERIFY(palette->resultList()->count() >= 10);
        QStringList all;
        for (int i = 0; i < palette->resultList()->count(); ++i)
            all << palette->resultList()->item(i)->text();
        QVERIFY2(all.contains(QStringLiteral("Settings… (Ctrl+,)")) || all.join(u'|').contains(QStringLiteral("Settings")), qPrintable(all.join(u'|')));
        QVERIFY(all.join(u'|').contains(QStringLiteral("Export publications")));

        QTest::keyClicks(query, QStringLiteral("charts"));
        QVERIFY(palette->resultList()->count() >= 1);
        QVERIFY2(palette->resultList()->item(0)->text().startsWith(QStringLiteral("Show the Charts tab")),
                 qPrintable(palette->resultList()->item(0)->text()));
        QTest::keyClick(query, Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QTRY_COMPARE(tabs->currentIndex(), 1);

        // Following through the palette.
        QVERIFY(!FollowStore(m_cache).isFollowed(Importer::demoAuthorId()));
        w.showCommandPalette();
        QTest::keyClicks(palette->queryEdit(), QStringLiteral("follow this"));
        QVERIFY(palette->resultList()->item(0)->text().startsWith(QStringLiteral("Follow this researcher")));
        QTest::keyClick(palette->queryEdit(), Qt::Key_Enter);
        QTRY_VERIFY(FollowStore(m_cache).isFollowed(Importer::demoAuthorId()));
        QVERIFY(FollowStore(m_cache).unfollow(Importer::demoAuthorId()));
    }

    void typingAName_jumpsToThatResearcher()
    {
        MainWindow w(m_cache);
        w.show();
        QSignalSpy loaded(&w, &MainWindow::authorLoaded);
        w.showCommandPalette();
        CommandPalette *palette = w.commandPalette();
        QVERIFY(palette->isVisible());
        QTest::keyClicks(palette->queryEdit(), QStringLiteral("mearman"));
        QListWidget *list = palette->resultList();
        int row = -1;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().startsWith(QStringLiteral("Open Joseph Mearman")))
                row = i;
        QVERIFY(row >= 0);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(palette->queryEdit(), Qt::Key_Down);
        QCOMPARE(list->currentRow(), row);
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(w.currentAuthorId(), Importer::demoAuthorId());

        // Esc closes without running anything.
        w.showCommandPalette();
        QTest::keyClicks(palette->queryEdit(), QStringLiteral("charts"));
        QTest::keyClick(palette->queryEdit(), Qt::Key_Escape);
        QVERIFY(!palette->isVisible());
        QCOMPARE(w.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentIndex(), 0);
    }

    void typingTitleWords_showsThatWork()
    {
        MainWindow w(m_cache);
        w.show();
        QSignalSpy loaded(&w, &MainWindow::authorLoaded);
        w.showCommandPalette();
        CommandPalette *palette = w.commandPalette();
        QTest::keyClicks(palette->queryEdit(), QStringLiteral("photogrammetry heritage"));
        QListWidget *list = palette->resultList();
        QStringList texts;
        int row = -1;
        for (int i = 0; i < list->count(); ++i) {
            texts << list->item(i)->text();
            // Year, venue (this one has none) and first author; the long
            // title shortened, whole in the tooltip.
            if (texts.last() == QStringLiteral("Show work: Harnessing Photogrammetry to Create Alternative Views in He… — 2014 · Joel Roberts")) {
                QCOMPARE(list->item(i)->toolTip(), QStringLiteral("Harnessing Photogrammetry to Create Alternative Views in Heritage"));
                row = i;
            }
        }
        QVERIFY2(row >= 0, qPrintable(texts.join(u'\n')));
        for (int i = 0; i < row; ++i)
            QTest::keyClick(palette->queryEdit(), Qt::Key_Down);
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        // No author was open: the work opens at its first author with a
        // cached profile, with its row selected.
        const QString work = QStringLiteral("W2241997964");
        QCOMPARE(m_cache.cachedPersonOfWork(work), QStringLiteral("A5032230089"));
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(w.currentAuthorId(), QStringLiteral("A5032230089"));
        auto *table = w.findChild<QTableView *>(QStringLiteral("publicationsTable"));
        QTRY_COMPARE(table->currentIndex().data(PublicationTableModel::WorkIdRole).toString(), work);

        // One of the open author's works is selected where it is.
        w.openAuthor(Importer::demoAuthorId());
        QTRY_COMPARE(loaded.size(), 2);
        w.showCommandPalette();
        QTest::keyClicks(palette->queryEdit(), QStringLiteral("papercraft"));
        QVERIFY(list->count() >= 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Show work: Tangible papercraft visualisations for education — 2019 · Human Factors in Computing Systems · Joseph Mearman"));
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QTRY_COMPARE(table->currentIndex().data(PublicationTableModel::WorkIdRole).toString(), QStringLiteral("W2978758657"));
        QCOMPARE(w.currentAuthorId(), Importer::demoAuthorId());
        QCOMPARE(loaded.size(), 2);
    }

    void everyPaletteActionHasANameAndText()
    {
        MainWindow w(m_cache);
        const QList<QAction *> actions = w.paletteActions();
        QVERIFY(actions.size() >= 12);
        QStringList names;
        for (QAction *a : actions) {
            QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
            names << a->objectName();
        }
        for (const char *expected : {"refreshAction", "followAction", "refreshFollowedAction", "exportAction", "settingsAction",
                                     "showTab1Action", "showTab2Action", "findResearcherAction", "backAction"})
            QVERIFY2(names.contains(QString::fromLatin1(expected)), expected);
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
