#include "cache/cache.h"
#include "cache/importer.h"
#include "follows/followstore.h"
#include "settings/apikeystore.h"
#include "settings/appsettings.h"
#include "settings/cachemover.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;

class TestAppSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString ini(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".ini")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void settings_roundTripThroughTheFile()
    {
        const QString file = ini(QStringLiteral("roundtrip"));
        {
            AppSettings s(file);
            QCOMPARE(s.requestsPerSecond(), AppSettings::kDefaultRequestsPerSecond);
            QCOMPARE(s.ttlDays(), AppSettings::kDefaultTtlDays);
            QCOMPARE(s.language(), QStringLiteral("en"));
            QCOMPARE(s.theme(), AppSettings::Theme::System);
            QSignalSpy language(&s, &AppSettings::languageChanged);
            QSignalSpy theme(&s, &AppSettings::themeChanged);
            QCOMPARE(s.confirmSharePercent(), AppSettings::kDefaultConfirmSharePercent);
            s.setConfirmSharePercent(140); // clamped
            s.setRequestsPerSecond(2.5);
            s.setTtlDays(30);
            s.setCachePath(m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
            s.setLanguage(QStringLiteral("de"));
            s.setLanguage(QStringLiteral("de")); // unchanged: no second signal
            s.setTheme(AppSettings::Theme::Dark);
            s.setWindowGeometry(QByteArray("geometry"));
            QCOMPARE(language.size(), 1);
            QCOMPARE(language.first().first().toString(), QStringLiteral("de"));
            QCOMPARE(theme.size(), 1);
        }
        AppSettings again(file);
        QCOMPARE(again.confirmSharePercent(), 100);
        QCOMPARE(again.requestsPerSecond(), 2.5);
        QCOMPARE(again.ttlDays(), 30);
        QCOMPARE(again.cachePath(), m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
        QCOMPARE(again.language(), QStringLiteral("de"));
        QCOMPARE(again.theme(), AppSettings::Theme::Dark);
        QCOMPARE(again.windowGeometry(), QByteArray("geometry"));
    }

    void settings_version1File_dropsTheMailtoAddress()
    {
        const QString file = ini(QStringLiteral("version1"));
        {
            QSettings old(file, QSettings::IniFormat);
            old.setValue(QStringLiteral("settingsVersion"), 1);
            old.setValue(QStringLiteral("network/contactEmail"), QStringLiteral("me@example.org"));
            old.setValue(QStringLiteral("cache/ttlDays"), 9);
        }
        {
            AppSettings s(file);
            QCOMPARE(s.ttlDays(), 9);
            s.sync();
        }
        QSettings after(file, QSettings::IniFormat);
        QVERIFY(!after.contains(QStringLiteral("network/contactEmail")));
        QCOMPARE(after.value(QStringLiteral("settingsVersion")).toInt(), AppSettings::kVersion);
    }

    void settings_outOfRangeValuesAreClamped()
    {
        AppSettings s(ini(QStringLiteral("clamp")));
        s.setRequestsPerSecond(50);
        QCOMPARE(s.requestsPerSecond(), 10.0);
        s.setTtlDays(0);
        QCOMPARE(s.ttlDays(), 1);
        s.setLanguage(QStringLiteral("xx"));
        QCOMPARE(s.language(), QStringLiteral("en"));
        QCOMPARE(AppSettings::languageName(QStringLiteral("es")), QStringLiteral("Español"));
    }

    // The key file's round trip and mode: tst_apikeystore.

    void moveCache_movesTheFileAndKeepsEverything()
    {
        const QString oldPath = m_dir.filePath(QStringLiteral("move/old.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(oldPath).absolutePath()));
        Cache cache;
        QCOMPARE(cache.open(oldPath), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        FollowStore follows(cache);
        QVERIFY(follows.follow(Importer::demoAuthorId()));
        const QHash<QString, qint64> before = cache.rowCounts();

        const QString newPath = m_dir.filePath(QStringLiteral("move/new folder/cache.sqlite"));
        QString error;
        QVERIFY2(CacheMover::move(cache, newPath, &error), qPrintable(error));
        QCOMPARE(cache.path(), newPath);
        QVERIFY(cache.isOpen());
        QVERIFY(!QFile::exists(oldPath));
        QVERIFY(!QFile::exists(oldPath + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(newPath));
        QCOMPARE(cache.rowCounts(), before);
        QCOMPARE(cache.authorSummary(Importer::demoAuthorId())->name, QStringLiteral("Joseph Mearman"));
        QVERIFY(FollowStore(cache).isFollowed(Importer::demoAuthorId()));
        // And it still takes writes.
        QVERIFY(FollowStore(cache).unfollow(Importer::demoAuthorId()));
    }

    void moveCache_ontoAnExistingFile_refusesAndStaysOpen()
    {
        const QString oldPath = m_dir.filePath(QStringLiteral("refuse/old.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(oldPath).absolutePath()));
        Cache cache;
        QCOMPARE(cache.open(oldPath), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        const QString target = m_dir.filePath(QStringLiteral("refuse/taken.sqlite"));
        QFile taken(target);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("someone else's file");
        taken.close();

        QString error;
        QVERIFY(!CacheMover::move(cache, target, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QCOMPARE(cache.path(), oldPath);
        QVERIFY(cache.isOpen());
        QVERIFY(cache.authorSummary(Importer::demoAuthorId()).has_value());
        QVERIFY(taken.open(QIODevice::ReadOnly));
        QCOMPARE(taken.readAll(), QByteArray("someone else's file"));
    }

    void settingsDialog_acceptWritesSettingsKeyAndAsksToMoveTheCache()
    {
        AppSettings settings(ini(QStringLiteral("dialog")));
        const QString keyPath = m_dir.filePath(QStringLiteral("dialog-key"));
        ApiKeyStore keys(keyPath, false);
        const QString cachePath = m_dir.filePath(QStringLiteral("dialog.sqlite"));
        SettingsDialog dialog(settings, keys, cachePath);
        dialog.show();
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("apiKeyStorageLabel"))->text().contains(QStringLiteral("readable only by you")));
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QVERIFY(!key->accessibleName().isEmpty());
        QTest::keyClicks(key, QStringLiteral("abc123"));
        auto *share = dialog.findChild<QSpinBox *>(QStringLiteral("confirmShareSpin"));
        QCOMPARE(share->value(), AppSettings::kDefaultConfirmSharePercent);
        QVERIFY(!share->accessibleName().isEmpty());
        share->setValue(0);
        QCOMPARE(share->text(), QStringLiteral("Never"));
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("rateLimitSpin"))->setValue(4);
        dialog.findChild<QSpinBox *>(QStringLiteral("ttlSpin"))->setValue(14);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findText(QStringLiteral("Español")));
        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
        theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Light)));
        auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("cachePathEdit"));
        QCOMPARE(path->text(), cachePath);
        path->clear();
        QSignalSpy move(&dialog, &SettingsDialog::cacheMoveRequested);
        QSignalSpy keyChanged(&dialog, &SettingsDialog::apiKeyChanged);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

        // No cache file is refused with a message, and nothing is written.
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("settingsError"))->text().contains(QStringLiteral("Choose a file")));
        QCOMPARE(settings.ttlDays(), AppSettings::kDefaultTtlDays);

        path->setText(m_dir.filePath(QStringLiteral("moved.sqlite")));
        QSignalSpy keyStored(&keys, &ApiKeyStore::stored);
        QTest::mouseClick(ok, Qt::LeftButton);
        // The key store answers later; the dialog closes when it has.
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(keyStored.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.confirmSharePercent(), 0);
        QCOMPARE(settings.requestsPerSecond(), 4.0);
        QCOMPARE(settings.ttlDays(), 14);
        QCOMPARE(settings.language(), QStringLiteral("es"));
        QCOMPARE(settings.theme(), AppSettings::Theme::Light);
        QCOMPARE(keys.key(), QStringLiteral("abc123"));
        QFile keyFile(keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QCOMPARE(keyFile.readAll().trimmed(), QByteArray("abc123"));
        QCOMPARE(keyChanged.size(), 1);
        QCOMPARE(move.size(), 1);
        QCOMPARE(move.first().first().toString(), m_dir.filePath(QStringLiteral("moved.sqlite")));
    }

    void settingsDialog_teamServer_checksTheAddressAndAsksToSwitch()
    {
        AppSettings settings(ini(QStringLiteral("server")));
        ApiKeyStore keys(m_dir.filePath(QStringLiteral("server-key")), false);
        const QString file = m_dir.filePath(QStringLiteral("server.sqlite"));
        SettingsDialog dialog(settings, keys, file);
        dialog.show();
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("cacheKindCombo"));
        auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"));
        auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("cachePathEdit"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("serverStatusLabel"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("settingsError"));
        QCOMPARE(kind->currentIndex(), 0);
        QVERIFY(path->isVisible());
        QVERIFY(!server->isVisible());
        kind->setCurrentIndex(1);
        QVERIFY(server->isVisible());
        QVERIFY(!path->isVisible());
        QSignalSpy chosen(&dialog, &SettingsDialog::cacheLocationChosen);
        QSignalSpy move(&dialog, &SettingsDialog::cacheMoveRequested);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

        // A password in the address is refused: it would land in a plain file.
        server->setText(QStringLiteral("postgresql://alice:secret@db.example.org/peerscope"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().contains(QStringLiteral(".pgpass")), qPrintable(error->text()));
        QVERIFY(!error->text().contains(QStringLiteral("secret")));
        server->setText(QStringLiteral("db.example.org"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(error->text().contains(QStringLiteral("postgresql://")));

        // The test connects off the UI thread and says why it failed.
        const QString refused = QStringLiteral("postgresql://alice@127.0.0.1:1/peerscope");
        server->setText(refused);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testServerButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() && !status->text().contains(QStringLiteral("Connecting")), 20000);
        QVERIFY2(status->text().contains(QStringLiteral("127.0.0.1")), qPrintable(status->text()));

        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), refused);
        QCOMPARE(move.size(), 0);

        // Opened on a server: shown as such; back to a file is a switch, not a move.
        SettingsDialog again(settings, keys, refused);
        again.show();
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("cacheKindCombo"))->currentIndex(), 1);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->text(), refused);
        again.findChild<QComboBox *>(QStringLiteral("cacheKindCombo"))->setCurrentIndex(0);
        again.findChild<QLineEdit *>(QStringLiteral("cachePathEdit"))->setText(file);
        QSignalSpy back(&again, &SettingsDialog::cacheLocationChosen);
        QSignalSpy backMove(&again, &SettingsDialog::cacheMoveRequested);
        QTest::mouseClick(again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!again.isVisible());
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().first().toString(), file);
        QCOMPARE(backMove.size(), 0);
    }

    void windowGeometryAndDocks_areRestored()
    {
        AppSettings settings(ini(QStringLiteral("window")));
        ApiKeyStore keys(m_dir.filePath(QStringLiteral("window-key")), false);
        Cache cache;
        QCOMPARE(cache.open(m_dir.filePath(QStringLiteral("window.sqlite"))), Cache::OpenStatus::Ok);
        {
            MainWindow w(cache);
            w.setAppSettings(&settings, &keys);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *dock = w.findChild<QDockWidget *>(QStringLiteral("followsDock"));
            QVERIFY(!dock->isVisible()); // nobody followed yet: the sidebar waits
            dock->show();
            w.resize(1250, 700);
            QTRY_COMPARE(w.size(), QSize(1250, 700));
            w.close();
        }
        QVERIFY(!settings.windowState().isEmpty());
        QVERIFY(!settings.windowGeometry().isEmpty());
        MainWindow again(cache);
        again.setAppSettings(&settings, &keys);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("followsDock"))->isVisible()); // as the user left it
        QCOMPARE(again.size(), QSize(1250, 700));
    }

    void darkTheme_appliesADarkPaletteAndSystemRestores()
    {
        const QColor original = QApplication::palette().color(QPalette::Window);
        applyTheme(AppSettings::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        applyTheme(AppSettings::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), original);
    }
};

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
