#include "settingsdialog.h"

#include "settings/apikeystore.h"
#include "settings/appsettings.h"
#include "ui_settingsdialog.h"

#include <QAction>
#include <QComboBox>
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
#include <QStyle>

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
    m_ui->cachePathEdit->setText(QDir::toNativeSeparators(cachePath));
    connect(m_ui->browseCacheButton, &QPushButton::clicked, this, &SettingsDialog::browseCache);
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

void SettingsDialog::accept()
{
    if (cachePath().isEmpty()) {
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
    if (QFileInfo(cachePath()).absoluteFilePath() != QFileInfo(m_originalCache).absoluteFilePath())
        emit cacheMoveRequested(cachePath());
    QDialog::accept();
}

} // namespace peerscope
