#pragma once

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace peerscope {

// Where the OpenAlex API key is kept: the system keychain through QtKeychain
// (the freedesktop Secret Service, KWallet, macOS Keychain, Windows
// Credential Store) when one answers, otherwise a file only the user may read
// (mode 0600). The settings dialog says which one is in use.
//
// Asynchronous: load() and store() return at once and answer with loaded()
// and stored(), always later (queued), never from inside the call, so
// nothing waits on the UI thread for the keychain.
class ApiKeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyStore)

public:
    enum class Backend { Keychain, File };
    Q_ENUM(Backend)

    // keyFile: used when no keychain answers (or allowKeychain is false).
    explicit ApiKeyStore(const QString &keyFile, bool allowKeychain = true, QObject *parent = nullptr);
    ~ApiKeyStore() override;

    // Keychain until the keychain fails to answer (no Secret Service, no
    // session bus): then File, for good, and backendChanged().
    Backend backend() const { return m_backend; }
    QString keyFile() const { return m_keyFile; }
    // For the user: where the key is stored, in a sentence.
    QString description() const;
    // The key as last loaded or stored; empty before the first answer.
    QString key() const { return m_key; }

public slots:
    // Answers with loaded(): the key (empty when none is stored) or an error.
    void load();
    // Stores key (trimmed); an empty key removes it. Answers with stored().
    void store(const QString &key);

signals:
    void loaded(const QString &key, const QString &error);
    void stored(bool ok, const QString &error);
    // The keychain did not answer; the key file is used from now on.
    void backendChanged(peerscope::ApiKeyStore::Backend backend);

private:
    // A keychain job ended without a keychain to talk to.
    static bool noKeychain(const QKeychain::Job &job);
    void fallBackToFile(const QString &why);
    void migrateOldEntry();
    void loadFromFile();
    void storeInFile(const QString &key);
    QString readFile(QString *error) const;
    QString writeFile(const QString &key) const; // the error, or empty
    // Emits on the next turn of the event loop.
    void answerLoaded(const QString &key, const QString &error);
    void answerStored(bool ok, const QString &error);

    QString m_keyFile;
    Backend m_backend = Backend::File;
    QString m_key;
    QString m_fallbackReason; // why the keychain is not used, when it was wanted
};

} // namespace peerscope
