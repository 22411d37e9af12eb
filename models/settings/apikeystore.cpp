#include "settings/apikeystore.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcApiKeyStore, "peerscope.settings.apikey", QtWarningMsg)

namespace peerscope {

namespace {

// The keychain entry: service and key, as QtKeychain names them.
const QString kService = QStringLiteral("peerscope");
const QString kEntry = QStringLiteral("openalex-api-key");

// Without a session bus no Secret Service or KWallet can answer on a
// freedesktop system; asking would only make D-Bus try to start one.
bool sessionBusPossible()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return true;
#endif
}

} // namespace

ApiKeyStore::ApiKeyStore(const QString &keyFile, bool allowKeychain, QObject *parent)
    : QObject(parent)
    , m_keyFile(keyFile)
{
    if (allowKeychain && sessionBusPossible())
        m_backend = Backend::Keychain;
    else if (allowKeychain)
        m_fallbackReason = tr("no D-Bus session");
}

ApiKeyStore::~ApiKeyStore() = default;

QString ApiKeyStore::description() const
{
    if (m_backend == Backend::Keychain)
        return tr("The API key is stored in the system keychain.");
    if (!m_fallbackReason.isEmpty())
        return tr("No system keychain answered (%1), so the API key is stored in %2, readable only by you.")
            .arg(m_fallbackReason, QDir::toNativeSeparators(m_keyFile));
    return tr("No system keychain is available, so the API key is stored in %1, readable only by you.")
        .arg(QDir::toNativeSeparators(m_keyFile));
}

bool ApiKeyStore::noKeychain(const QKeychain::Job &job)
{
    // NoBackendAvailable: no Secret Service, KWallet or the like. OtherError
    // is what a missing or broken D-Bus session looks like.
    return job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented
           || job.error() == QKeychain::OtherError;
}

void ApiKeyStore::fallBackToFile(const QString &why)
{
    qCInfo(lcApiKeyStore) << "no system keychain, using the key file:" << why;
    m_backend = Backend::File;
    m_fallbackReason = why.isEmpty() ? tr("no answer") : why;
    emit backendChanged(m_backend);
}

void ApiKeyStore::load()
{
    if (m_backend == Backend::File) {
        loadFromFile();
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(kEntry);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        switch (read->error()) {
        case QKeychain::NoError:
            m_key = read->textData().trimmed();
            emit loaded(m_key, {});
            return;
        case QKeychain::EntryNotFound:
            // Peerscope before 0.2 kept the key under other attributes, through
            // secret-tool: carried over once, else there is none.
            migrateOldEntry();
            return;
        default:
            break;
        }
        if (noKeychain(*read)) {
            fallBackToFile(read->errorString());
            loadFromFile();
            return;
        }
        emit loaded({}, tr("The system keychain did not give out the API key: %1").arg(read->errorString()));
    });
    job->start();
}

void ApiKeyStore::store(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (m_backend == Backend::File) {
        storeInFile(trimmed);
        return;
    }
    QKeychain::Job *job = nullptr;
    if (trimmed.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(kService, this);
    } else {
        auto *write = new QKeychain::WritePasswordJob(kService, this);
        write->setTextData(trimmed);
        job = write;
    }
    job->setAutoDelete(true);
    job->setKey(kEntry);
    connect(job, &QKeychain::Job::finished, this, [this, trimmed](QKeychain::Job *done) {
        // Removing a key that is not there is no failure.
        if (done->error() == QKeychain::NoError || (trimmed.isEmpty() && done->error() == QKeychain::EntryNotFound)) {
            m_key = trimmed;
            emit stored(true, {});
            return;
        }
        if (noKeychain(*done)) {
            fallBackToFile(done->errorString());
            storeInFile(trimmed);
            return;
        }
        emit stored(false, tr("The system keychain refused the API key: %1").arg(done->errorString()));
    });
    job->start();
}

// Asks secret-tool (asynchronously: nothing waits) for a key an earlier
// Peerscope stored under {service: peerscope, account: openalex-api-key}. A
// key found moves into QtKeychain's entry and the old entry is cleared; no
// secret-tool, or no old entry, answers "no key".
void ApiKeyStore::migrateOldEntry()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    const QStringList attributes{QStringLiteral("service"), QStringLiteral("peerscope"), QStringLiteral("account"),
                                 QStringLiteral("openalex-api-key")};
    if (tool.isEmpty()) {
        m_key.clear();
        emit loaded(m_key, {});
        return;
    }
    auto *lookup = new QProcess(this);
    connect(lookup, &QProcess::finished, this, [this, lookup, tool, attributes](int code, QProcess::ExitStatus status) {
        lookup->deleteLater();
        const QString old = status == QProcess::NormalExit && code == 0
                                ? QString::fromUtf8(lookup->readAllStandardOutput()).trimmed()
                                : QString();
        m_key = old;
        emit loaded(m_key, {});
        if (old.isEmpty())
            return;
        qCInfo(lcApiKeyStore) << "moving the API key stored by an earlier Peerscope into the keychain entry";
        connect(this, &ApiKeyStore::stored, this, [this, tool, attributes](bool ok) {
            if (!ok)
                return; // the old entry stays: nothing is lost
            auto *clear = new QProcess(this);
            connect(clear, &QProcess::finished, clear, &QObject::deleteLater);
            connect(clear, &QProcess::errorOccurred, clear, &QObject::deleteLater);
            clear->start(tool, QStringList{QStringLiteral("clear")} << attributes);
        }, Qt::SingleShotConnection);
        store(old);
    });
    connect(lookup, &QProcess::errorOccurred, this, [this, lookup](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // finished() follows
        lookup->deleteLater();
        m_key.clear();
        emit loaded(m_key, {});
    });
    lookup->start(tool, QStringList{QStringLiteral("lookup")} << attributes);
}

void ApiKeyStore::loadFromFile()
{
    QString error;
    const QString key = readFile(&error);
    if (error.isEmpty())
        m_key = key;
    answerLoaded(key, error);
}

void ApiKeyStore::storeInFile(const QString &key)
{
    const QString error = writeFile(key);
    if (error.isEmpty())
        m_key = key;
    answerStored(error.isEmpty(), error);
}

void ApiKeyStore::answerLoaded(const QString &key, const QString &error)
{
    QMetaObject::invokeMethod(this, [this, key, error] { emit loaded(key, error); }, Qt::QueuedConnection);
}

void ApiKeyStore::answerStored(bool ok, const QString &error)
{
    QMetaObject::invokeMethod(this, [this, ok, error] { emit stored(ok, error); }, Qt::QueuedConnection);
}

QString ApiKeyStore::readFile(QString *error) const
{
    QFile file(m_keyFile);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The API key file %1 could not be read: %2").arg(m_keyFile, file.errorString());
        return {};
    }
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        qCWarning(lcApiKeyStore) << "the API key file is readable by others:" << m_keyFile;
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString ApiKeyStore::writeFile(const QString &key) const
{
    if (key.isEmpty()) {
        if (QFile::exists(m_keyFile) && !QFile::remove(m_keyFile))
            return tr("The API key file %1 could not be removed.").arg(m_keyFile);
        return {};
    }
    if (!QDir().mkpath(QFileInfo(m_keyFile).absolutePath()))
        return tr("The folder for the API key file %1 could not be created.").arg(m_keyFile);
    QSaveFile file(m_keyFile);
    // Restrict the temporary file before the key is written into it.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString error = tr("The API key file %1 could not be written: %2").arg(m_keyFile, file.errorString());
        file.cancelWriting();
        return error;
    }
    file.write(key.toUtf8());
    file.write("\n");
    if (!file.commit())
        return tr("The API key file %1 could not be written: %2").arg(m_keyFile, file.errorString());
    QFile::setPermissions(m_keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace peerscope
