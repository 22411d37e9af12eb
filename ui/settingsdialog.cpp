#include "settingsdialog.h"

#include "cache/cache.h"
#include "cache/storagelocation.h"
#include "settings/apikeystore.h"
#include "settings/appsettings.h"
#include "ui_settingsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcSettingsDialog, "peerscope.ui.settingsdialog", QtWarningMsg)

namespace peerscope {

SettingsDialog::SettingsDialog(AppSettings &settings, ApiKeyStore &keys, const QString &cachePath, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_keys(keys)
    , m_originalCache(cachePath)
    , m_originalKey(keys.key())
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->apiKeyEdit->setText(m_originalKey);
    m_reveal = m_ui->apiKeyEdit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    m_reveal->setObjectName(QStringLiteral("revealApiKeyAction"));
    m_reveal->setCheckable(true);
    connect(m_reveal, &QAction::toggled, this,
            [this](bool on) { m_ui->apiKeyEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    m_ui->confirmShareSpin->setValue(settings.confirmSharePercent());
    m_ui->rateLimitSpin->setValue(settings.requestsPerSecond());
    m_ui->ttlSpin->setValue(settings.ttlDays());
    // Where the cache is: a file here, or the team's server.
    const StorageLocation original = StorageLocation::parse(cachePath);
    m_originalOnServer = original.isPostgreSql();
    m_ui->cachePathEdit->setText(QDir::toNativeSeparators(m_originalOnServer ? Cache::defaultPath() : cachePath));
    m_ui->serverEdit->setText(m_originalOnServer ? original.display() : QString());
    m_ui->cacheKindCombo->setCurrentIndex(m_originalOnServer ? 1 : 0);
    connect(m_ui->cacheKindCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::showCacheRows);
    connect(m_ui->browseCacheButton, &QPushButton::clicked, this, &SettingsDialog::browseCache);
    connect(m_ui->testServerButton, &QPushButton::clicked, this, &SettingsDialog::testServer);
    connect(m_ui->serverEdit, &QLineEdit::textEdited, this, [this] { setServerStatus({}); });
    showCacheRows();
    for (const QString &code : AppSettings::languages())
        m_ui->languageCombo->addItem(AppSettings::languageName(code), code);
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(settings.language())));
    // The form lists the themes in this order.
    const AppSettings::Theme themes[] = {AppSettings::Theme::System, AppSettings::Theme::Light, AppSettings::Theme::Dark};
    for (int i = 0; i < int(std::size(themes)); ++i)
        m_ui->themeCombo->setItemData(i, int(themes[i]));
    m_ui->themeCombo->setCurrentIndex(std::max(0, m_ui->themeCombo->findData(int(settings.theme()))));
    m_ui->settingsError->hide();
    connect(m_ui->settingsButtons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->settingsButtons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    retranslateUi();
    resize(640, sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

// The form's texts, and the two it cannot hold: the reveal button's tip and
// where the key is kept.
void SettingsDialog::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_reveal->setToolTip(tr("Show or hide the key"));
    m_ui->apiKeyStorageLabel->setText(m_keys.description());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString SettingsDialog::apiKey() const
{
    return m_ui->apiKeyEdit->text().trimmed();
}

QString SettingsDialog::cachePath() const
{
    return QDir::fromNativeSeparators(m_ui->cachePathEdit->text().trimmed());
}

void SettingsDialog::browseCache()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Move the cache to"), cachePath(),
                                                      tr("SQLite cache (*.sqlite *.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_ui->cachePathEdit->setText(QDir::toNativeSeparators(path));
}

bool SettingsDialog::onServer() const
{
    return m_ui->cacheKindCombo->currentIndex() == 1;
}

QString SettingsDialog::serverAddress() const
{
    return m_ui->serverEdit->text().trimmed();
}

void SettingsDialog::showCacheRows()
{
    const bool server = onServer();
    m_ui->form->setRowVisible(m_ui->cachePathLabel, !server);
    m_ui->form->setRowVisible(m_ui->serverLabel, server);
    // The status line takes room only when it says something.
    m_ui->form->setRowVisible(m_ui->serverStatusLabel, server && !m_ui->serverStatusLabel->text().isEmpty());
}

void SettingsDialog::setServerStatus(const QString &text)
{
    m_ui->serverStatusLabel->setText(text);
    showCacheRows();
}

QString SettingsDialog::serverProblem() const
{
    const QString text = serverAddress();
    if (text.isEmpty())
        return tr("Enter the team server's address, such as postgresql://you@server/peerscope.");
    if (!StorageLocation::isServerUri(text))
        return tr("A team server's address starts with postgresql://, such as postgresql://you@server/peerscope.");
    const StorageLocation location = StorageLocation::parse(text);
    if (!location.isValid())
        return tr("The address cannot be used: %1.").arg(location.problem());
    // Settings are a plain file: the password belongs where libpq keeps it.
    if (!location.password().isEmpty())
        return tr("Leave the password out of the address: put it in ~/.pgpass (or the PGPASSWORD variable), "
                  "where PostgreSQL's own tools find it too.");
    return {};
}

void SettingsDialog::testServer()
{
    if (const QString problem = serverProblem(); !problem.isEmpty()) {
        setServerStatus(problem);
        return;
    }
    m_ui->testServerButton->setEnabled(false);
    setServerStatus(tr("Connecting…"));
    // A server may take seconds to answer, or never: off the UI thread.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        m_ui->testServerButton->setEnabled(true);
        setServerStatus(watcher->result());
        watcher->deleteLater();
    });
    const QString address = serverAddress();
    watcher->setFuture(QtConcurrent::run([address] {
        Cache cache;
        const Cache::OpenStatus status = cache.open(address);
        if (status != Cache::OpenStatus::Ok && status != Cache::OpenStatus::Recovered)
            return cache.errorString();
        return QCoreApplication::translate("SettingsDialog", "Connected as %1; the team cache is ready (schema version %2).")
            .arg(cache.actor())
            .arg(cache.schemaVersion());
    }));
}

void SettingsDialog::accept()
{
    if (onServer()) {
        if (const QString problem = serverProblem(); !problem.isEmpty()) {
            m_ui->settingsError->setText(problem);
            m_ui->settingsError->show();
            m_ui->serverEdit->setFocus();
            return;
        }
    } else if (cachePath().isEmpty()) {
        m_ui->settingsError->setText(tr("Choose a file for the cache."));
        m_ui->settingsError->show();
        m_ui->cachePathEdit->setFocus();
        return;
    }
    if (apiKey() != m_originalKey) {
        // The key store answers later (a keychain is asynchronous): the rest
        // is written once the key is.
        if (m_storingKey)
            return;
        m_storingKey = true;
        connect(&m_keys, &ApiKeyStore::stored, this, [this](bool ok, const QString &error) {
            m_storingKey = false;
            if (!ok) {
                m_ui->settingsError->setText(error);
                m_ui->settingsError->show();
                return;
            }
            m_originalKey = apiKey();
            emit apiKeyChanged(apiKey());
            accept();
        }, Qt::SingleShotConnection);
        m_keys.store(apiKey());
        return;
    }
    m_settings.setConfirmSharePercent(m_ui->confirmShareSpin->value());
    m_settings.setRequestsPerSecond(m_ui->rateLimitSpin->value());
    m_settings.setTtlDays(m_ui->ttlSpin->value());
    m_settings.setLanguage(m_ui->languageCombo->currentData().toString());
    m_settings.setTheme(AppSettings::Theme(m_ui->themeCombo->currentData().toInt()));
    if (onServer()) {
        if (!m_originalOnServer || serverAddress() != StorageLocation::parse(m_originalCache).display())
            emit cacheLocationChosen(serverAddress());
    } else if (m_originalOnServer) {
        // Back to a file of one's own: opened, not copied from the server.
        emit cacheLocationChosen(cachePath());
    } else if (QFileInfo(cachePath()).absoluteFilePath() != QFileInfo(m_originalCache).absoluteFilePath()) {
        emit cacheMoveRequested(cachePath());
    }
    QDialog::accept();
}

} // namespace peerscope
