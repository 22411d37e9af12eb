#include "settings/apikeystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcApiKeyStore, "peerscope.settings.apikey", QtWarningMsg)

namespace peerscope {

namespace {

const QStringList kAttributes{QStringLiteral("service"), QStringLiteral("peerscope"), QStringLiteral("account"),
                              QStringLiteral("openalex-api-key")};
constexpr int kToolTimeoutMs = 5000;

QString secretTool()
{
    return QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
}

// Runs secret-tool; returns its exit code (-1 when it could not run).
int runSecretTool(const QStringList &args, const QByteArray &input, QByteArray *out, QByteArray *err)
{
    const QString tool = secretTool();
    if (tool.isEmpty())
        return -1;
    QProcess process;
    process.start(tool, args);
    if (!process.waitForStarted(kToolTimeoutMs))
        return -1;
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

bool ApiKeyStore::keychainAvailable()
{
    if (secretTool().isEmpty())
        return false;
    if (!QProcessEnvironment::systemEnvironment().contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")))
        return false;
    // A lookup of an absent item exits 1 silently; no service means an error message.
    QByteArray err;
    const int code = runSecretTool(QStringList{QStringLiteral("lookup")} << kAttributes, QByteArray(), nullptr, &err);
    return code == 0 || (code == 1 && err.trimmed().isEmpty());
}

ApiKeyStore::ApiKeyStore(const QString &keyFile, bool allowKeychain)
    : m_keyFile(keyFile)
    , m_backend(allowKeychain && keychainAvailable() ? Backend::Keychain : Backend::File)
{
}

QString ApiKeyStore::description() const
{
    if (m_backend == Backend::Keychain)
        return tr("The API key is stored in the system keychain (Secret Service).");
    return tr("No system keychain is available, so the API key is stored in %1, readable only by you.")
        .arg(QDir::toNativeSeparators(m_keyFile));
}

QString ApiKeyStore::load() const
{
    if (m_backend == Backend::Keychain) {
        QByteArray out;
        if (runSecretTool(QStringList{QStringLiteral("lookup")} << kAttributes, QByteArray(), &out, nullptr) == 0)
            return QString::fromUtf8(out).trimmed();
        return {};
    }
    return loadFromFile();
}

bool ApiKeyStore::store(const QString &key)
{
    m_error.clear();
    const QString trimmed = key.trimmed();
    if (m_backend == Backend::Keychain) {
        QByteArray err;
        int code = 0;
        if (trimmed.isEmpty())
            code = runSecretTool(QStringList{QStringLiteral("clear")} << kAttributes, QByteArray(), nullptr, &err);
        else
            code = runSecretTool(QStringList{QStringLiteral("store"), QStringLiteral("--label=Peerscope OpenAlex API key")}
                                     << kAttributes,
                                 trimmed.toUtf8(), nullptr, &err);
        if (code != 0 && !(trimmed.isEmpty() && code == 1)) {
            m_error = tr("The system keychain refused the API key: %1").arg(QString::fromUtf8(err).trimmed());
            return false;
        }
        return true;
    }
    return storeInFile(trimmed);
}

bool ApiKeyStore::storeInFile(const QString &key)
{
    if (key.isEmpty()) {
        if (QFile::exists(m_keyFile) && !QFile::remove(m_keyFile)) {
            m_error = tr("The API key file %1 could not be removed.").arg(m_keyFile);
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(m_keyFile).absolutePath())) {
        m_error = tr("The folder for the API key file %1 could not be created.").arg(m_keyFile);
        return false;
    }
    QSaveFile file(m_keyFile);
    // Restrict the temporary file before the key is written into it.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_error = tr("The API key file %1 could not be written: %2").arg(m_keyFile, file.errorString());
        file.cancelWriting();
        return false;
    }
    file.write(key.toUtf8());
    file.write("\n");
    if (!file.commit()) {
        m_error = tr("The API key file %1 could not be written: %2").arg(m_keyFile, file.errorString());
        return false;
    }
    QFile::setPermissions(m_keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QString ApiKeyStore::loadFromFile() const
{
    QFile file(m_keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        qCWarning(lcApiKeyStore) << "the API key file is readable by others:" << m_keyFile;
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace peerscope
