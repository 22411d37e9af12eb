#pragma once

#include <QCoreApplication>
#include <QString>

namespace peerscope {

// Where the OpenAlex API key is kept: the system keychain (the freedesktop
// Secret Service, through the secret-tool program of libsecret-tools) when
// one answers, otherwise a file only the user may read (mode 0600). The
// settings dialog says which one is in use.
class ApiKeyStore final
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyStore)

public:
    enum class Backend { Keychain, File };

    // keyFile: used when no keychain is available (or allowKeychain is false).
    explicit ApiKeyStore(const QString &keyFile, bool allowKeychain = true);

    Backend backend() const { return m_backend; }
    QString keyFile() const { return m_keyFile; }
    // For the user: where the key is stored, in a sentence.
    QString description() const;

    QString load() const;
    // An empty key removes it. Returns false with error() set on failure.
    bool store(const QString &key);
    QString error() const { return m_error; }

    // True when a Secret Service answers on the session bus.
    static bool keychainAvailable();

private:
    bool storeInFile(const QString &key);
    QString loadFromFile() const;

    QString m_keyFile;
    Backend m_backend = Backend::File;
    QString m_error;
};

} // namespace peerscope
