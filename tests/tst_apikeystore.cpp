// ApiKeyStore: the key through QtKeychain or, when no keychain answers, a
// file only the user may read; every answer a signal, never a wait.

#include "settings/apikeystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;

namespace {

constexpr QFileDevice::Permissions kOwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                             | QFileDevice::WriteOther;

// load() and wait for its answer: {key, error}.
QPair<QString, QString> loadAndWait(ApiKeyStore &store)
{
    QSignalSpy loaded(&store, &ApiKeyStore::loaded);
    store.load();
    if (!loaded.wait(10000) && loaded.isEmpty())
        return {QStringLiteral("<no answer>"), QStringLiteral("<no answer>")};
    return {loaded.first().at(0).toString(), loaded.first().at(1).toString()};
}

// store() and wait: {ok, error}.
QPair<bool, QString> storeAndWait(ApiKeyStore &store, const QString &key)
{
    QSignalSpy stored(&store, &ApiKeyStore::stored);
    store.store(key);
    if (!stored.wait(10000) && stored.isEmpty())
        return {false, QStringLiteral("<no answer>")};
    return {stored.first().at(0).toBool(), stored.first().at(1).toString()};
}

} // namespace

class TestApiKeyStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool inKeychainChild() { return qEnvironmentVariableIsSet("PEERSCOPE_TEST_KEYCHAIN_CHILD"); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (inKeychainChild())
            return; // the private bus of secretService_keyRoundTripsThroughTheKeychain
        // Never the developer's real keychain: no session bus unless a test sets one.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY"); // no D-Bus autolaunch either
    }

    void cleanup()
    {
        if (!inKeychainChild())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void noSessionBus_keyRoundTripsThroughAPrivateFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("nobus/keys/peerscope-api-key"));
        ApiKeyStore store(path);
        QCOMPARE(store.backend(), ApiKeyStore::Backend::File);
        QVERIFY(store.description().contains(QStringLiteral("readable only by you")));
        QVERIFY(store.description().contains(path));

        // Nothing stored yet: an empty key, no error, and the answer comes later.
        QSignalSpy loaded(&store, &ApiKeyStore::loaded);
        store.load();
        QCOMPARE(loaded.size(), 0);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().at(0).toString(), QString());
        QCOMPARE(loaded.first().at(1).toString(), QString());

        QSignalSpy stored(&store, &ApiKeyStore::stored);
        store.store(QStringLiteral("  secret-key  "));
        QCOMPARE(stored.size(), 0); // asynchronous, even for the file
        QVERIFY(stored.wait(5000));
        QVERIFY2(stored.first().at(0).toBool(), qPrintable(stored.first().at(1).toString()));
        QCOMPARE(store.key(), QStringLiteral("secret-key"));
        QCOMPARE(QFile::permissions(path), kOwnerOnly);

        // Another store over the same file reads it back.
        ApiKeyStore again(path);
        QCOMPARE(again.key(), QString());
        QCOMPARE(loadAndWait(again), qMakePair(QStringLiteral("secret-key"), QString()));
        QCOMPARE(again.key(), QStringLiteral("secret-key"));

        // Overwriting keeps the mode.
        QCOMPARE(storeAndWait(store, QStringLiteral("other-key")), qMakePair(true, QString()));
        QCOMPARE(QFile::permissions(path) & kOthers, QFileDevice::Permissions());
        QCOMPARE(loadAndWait(again).first, QStringLiteral("other-key"));

        // An empty key removes it.
        QCOMPARE(storeAndWait(store, QString()), qMakePair(true, QString()));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(store.key(), QString());
        QCOMPARE(loadAndWait(again), qMakePair(QString(), QString()));
    }

    void keychainNotAllowed_usesTheFileAndSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("nokeychain-key"));
        ApiKeyStore store(path, false);
        QCOMPARE(store.backend(), ApiKeyStore::Backend::File);
        QVERIFY(store.description().contains(QStringLiteral("No system keychain is available")));
        QCOMPARE(storeAndWait(store, QStringLiteral("abc")), qMakePair(true, QString()));
        QCOMPARE(QFile::permissions(path), kOwnerOnly);
    }

    void brokenSessionBus_fallsBackToTheFile()
    {
        // A bus address nobody listens on: QtKeychain tries, fails, and the
        // store goes on with the file, saying why.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_dir.filePath(QStringLiteral("no-such-bus"))));
        const QString path = m_dir.filePath(QStringLiteral("broken/peerscope-api-key"));
        ApiKeyStore store(path);
        QCOMPARE(store.backend(), ApiKeyStore::Backend::Keychain);
        QSignalSpy changed(&store, &ApiKeyStore::backendChanged);

        QCOMPARE(storeAndWait(store, QStringLiteral("fallback-key")), qMakePair(true, QString()));
        QCOMPARE(store.backend(), ApiKeyStore::Backend::File);
        QCOMPARE(changed.size(), 1);
        QVERIFY2(store.description().contains(QStringLiteral("No system keychain answered")), qPrintable(store.description()));
        QVERIFY(store.description().contains(path));
        QCOMPARE(QFile::permissions(path), kOwnerOnly);

        // A fresh store on the same broken bus finds the key in the file.
        ApiKeyStore again(path);
        QCOMPARE(loadAndWait(again), qMakePair(QStringLiteral("fallback-key"), QString()));
        QCOMPARE(again.backend(), ApiKeyStore::Backend::File);
    }

    void unreadableKeyFile_isAnErrorNotAnEmptyKey()
    {
        // A folder where the file should be: it exists but cannot be read as one.
        const QString path = m_dir.filePath(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(path));
        ApiKeyStore store(path, false);
        const auto [key, error] = loadAndWait(store);
        QCOMPARE(key, QString());
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    // A real Secret Service on a private session bus: this executable runs
    // keychainChild() again under dbus-run-session with a throwaway
    // gnome-keyring (its own HOME), so the bus, the keyring and every secret
    // go when the child ends. Skipped where they are not installed.
    void secretService_keyRoundTripsThroughTheKeychain()
    {
        if (inKeychainChild())
            QSKIP("the child runs keychainChild() only");
        const QString runSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (runSession.isEmpty() || keyring.isEmpty())
            QSKIP("needs dbus-run-session and gnome-keyring-daemon");
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("run")));
        QFile::setPermissions(home.filePath(QStringLiteral("run")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("PEERSCOPE_TEST_KEYCHAIN_CHILD"), QStringLiteral("1"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        // The keyring is created and unlocked with a throwaway password.
        child.start(runSession, {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                 QStringLiteral("printf test | \"$1\" --unlock --components=secrets --daemonize >/dev/null && exec \"$2\" keychainChild"),
                                 QStringLiteral("sh"), keyring, QCoreApplication::applicationFilePath()});
        QVERIFY(child.waitForStarted(10000));
        const bool finished = child.waitForFinished(60000);
        const QByteArray output = child.readAll();
        QVERIFY2(finished, output.constData());
        if (output.contains("SKIP   : TestApiKeyStore::keychainChild()"))
            QSKIP(output.constData());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestApiKeyStore::keychainChild()"), output.constData());
    }

    void keychainChild()
    {
        if (!inKeychainChild())
            QSKIP("runs in secretService_keyRoundTripsThroughTheKeychain's child");
        const QString path = m_dir.filePath(QStringLiteral("keychain/peerscope-api-key"));
        ApiKeyStore store(path);
        QCOMPARE(store.backend(), ApiKeyStore::Backend::Keychain);
        const auto [nothing, error] = loadAndWait(store);
        if (store.backend() != ApiKeyStore::Backend::Keychain)
            QSKIP(qPrintable(QStringLiteral("the keyring did not answer: ") + store.description()));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(nothing, QString());

        QCOMPARE(storeAndWait(store, QStringLiteral(" chain-key ")), qMakePair(true, QString()));
        QCOMPARE(store.backend(), ApiKeyStore::Backend::Keychain);
        QVERIFY(store.description().contains(QStringLiteral("system keychain")));
        QVERIFY(!QFile::exists(path)); // in the keychain, not in a file
        ApiKeyStore again(path);
        QCOMPARE(loadAndWait(again), qMakePair(QStringLiteral("chain-key"), QString()));

        QCOMPARE(storeAndWait(store, QString()), qMakePair(true, QString()));
        QCOMPARE(loadAndWait(again), qMakePair(QString(), QString()));
        QCOMPARE(storeAndWait(store, QString()), qMakePair(true, QString())); // removing nothing is no failure

        // A key an earlier Peerscope stored through secret-tool, under its
        // own attributes, is found, moved into the keychain entry, and the
        // old entry cleared.
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (tool.isEmpty())
            QSKIP("needs secret-tool (libsecret-tools) for the migration of old entries");
        const QStringList oldEntry{QStringLiteral("service"), QStringLiteral("peerscope"), QStringLiteral("account"),
                                   QStringLiteral("openalex-api-key")};
        QProcess put;
        put.start(tool, QStringList{QStringLiteral("store"), QStringLiteral("--label=old")} << oldEntry);
        QVERIFY(put.waitForStarted());
        put.write("old-key");
        put.closeWriteChannel();
        QVERIFY(put.waitForFinished());
        QCOMPARE(put.exitCode(), 0);
        ApiKeyStore upgraded(path);
        QSignalSpy moved(&upgraded, &ApiKeyStore::stored);
        QCOMPARE(loadAndWait(upgraded), qMakePair(QStringLiteral("old-key"), QString()));
        QVERIFY(moved.wait(10000));
        QCOMPARE(moved.first().at(0).toBool(), true);
        ApiKeyStore later(path);
        QCOMPARE(loadAndWait(later), qMakePair(QStringLiteral("old-key"), QString()));
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            QProcess get;
            get.start(tool, QStringList{QStringLiteral("lookup")} << oldEntry);
            return get.waitForFinished() && get.exitCode() != 0;
        }(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "tst_apikeystore.moc"
