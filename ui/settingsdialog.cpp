#include "settingsdialog.h"

#include "settings/apikeystore.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSettingsDialog, "peerscope.ui.settingsdialog", QtWarningMsg)

namespace peerscope {

SettingsDialog::SettingsDialog(AppSettings &settings, ApiKeyStore &keys, const QString &cachePath, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_keys(keys)
    , m_originalCache(cachePath)
    , m_originalKey(keys.key())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_apiKey = new QLineEdit(m_originalKey, this);
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setAccessibleName(tr("OpenAlex API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Needed for syncing since February 2026"));
    QAction *reveal = m_apiKey->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealApiKeyAction"));
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show or hide the key"));
    connect(reveal, &QAction::toggled, this,
            [this](bool on) { m_apiKey->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    form->addRow(tr("&API key:"), m_apiKey);
    m_keyStorage = new QLabel(keys.description(), this);
    m_keyStorage->setObjectName(QStringLiteral("apiKeyStorageLabel"));
    m_keyStorage->setWordWrap(true);
    m_keyStorage->setEnabled(false);
    form->addRow(QString(), m_keyStorage);

    m_confirmShare = new QSpinBox(this);
    m_confirmShare->setObjectName(QStringLiteral("confirmShareSpin"));
    m_confirmShare->setRange(0, 100);
    m_confirmShare->setSingleStep(5);
    m_confirmShare->setValue(settings.confirmSharePercent());
    form->addRow(tr("As&k before syncing:"), m_confirmShare);

    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("rateLimitSpin"));
    m_rate->setAccessibleName(tr("Requests per second"));
    m_rate->setRange(0.1, 10.0);
    m_rate->setDecimals(1);
    m_rate->setSingleStep(0.5);
    m_rate->setSuffix(tr(" requests/s"));
    m_rate->setValue(settings.requestsPerSecond());
    m_rate->setToolTip(tr("OpenAlex allows at most 10 requests per second."));
    form->addRow(tr("&Rate limit:"), m_rate);

    m_ttl = new QSpinBox(this);
    m_ttl->setObjectName(QStringLiteral("ttlSpin"));
    m_ttl->setAccessibleName(tr("Time to live in days"));
    m_ttl->setRange(1, 3650);
    m_ttl->setSuffix(tr(" days"));
    m_ttl->setValue(settings.ttlDays());
    m_ttl->setToolTip(tr("Cached records older than this are marked stale and synced again when opened."));
    form->addRow(tr("&Time to live:"), m_ttl);

    auto *cacheRow = new QHBoxLayout;
    m_cachePath = new QLineEdit(QDir::toNativeSeparators(cachePath), this);
    m_cachePath->setObjectName(QStringLiteral("cachePathEdit"));
    m_cachePath->setAccessibleName(tr("Cache file"));
    m_cachePath->setToolTip(tr("Changing this moves the cache file there (safely: the old file stays until the copy is verified)."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseCacheButton"));
    browse->setAccessibleName(tr("Choose a new cache location"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseCache);
    cacheRow->addWidget(m_cachePath, 1);
    cacheRow->addWidget(browse);
    form->addRow(tr("&Cache file:"), cacheRow);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    for (const QString &code : AppSettings::languages())
        m_language->addItem(AppSettings::languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    form->addRow(tr("&Language:"), m_language);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("System"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(settings.theme()))));
    form->addRow(tr("T&heme:"), m_theme);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
    const QList<QWidget *> order{m_apiKey, m_confirmShare, m_rate, m_ttl, m_cachePath, browse, m_language, m_theme, buttons};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    retranslateUi();
    resize(640, sizeHint().height());
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    auto *form = findChild<QFormLayout *>();
    auto label = [form](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(form ? form->labelForField(field) : nullptr))
            l->setText(text);
    };
    m_apiKey->setAccessibleName(tr("OpenAlex API key"));
    m_apiKey->setPlaceholderText(tr("Needed for syncing since February 2026"));
    if (auto *reveal = findChild<QAction *>(QStringLiteral("revealApiKeyAction")))
        reveal->setToolTip(tr("Show or hide the key"));
    label(m_apiKey, tr("&API key:"));
    m_keyStorage->setText(m_keys.description());
    m_confirmShare->setAccessibleName(tr("Ask before a sync that uses more than this share of today's budget"));
    m_confirmShare->setSuffix(tr("% of what is left today"));
    m_confirmShare->setSpecialValueText(tr("Never"));
    m_confirmShare->setToolTip(tr("Before a sync, Peerscope estimates its cost in OpenAlex list calls. Above this share of what is "
                                  "left of today's budget it asks first. A free API key has $1 a day; a list call costs $0.0001."));
    label(m_confirmShare, tr("As&k before syncing:"));
    m_rate->setAccessibleName(tr("Requests per second"));
    m_rate->setSuffix(tr(" requests/s"));
    m_rate->setToolTip(tr("OpenAlex allows at most 10 requests per second."));
    label(m_rate, tr("&Rate limit:"));
    m_ttl->setAccessibleName(tr("Time to live in days"));
    m_ttl->setSuffix(tr(" days"));
    m_ttl->setToolTip(tr("Cached records older than this are marked stale and synced again when opened."));
    label(m_ttl, tr("&Time to live:"));
    m_cachePath->setAccessibleName(tr("Cache file"));
    m_cachePath->setToolTip(tr("Changing this moves the cache file there (safely: the old file stays until the copy is verified)."));
    if (auto *browse = findChild<QPushButton *>(QStringLiteral("browseCacheButton"))) {
        browse->setText(tr("&Browse…"));
        browse->setAccessibleName(tr("Choose a new cache location"));
    }
    if (form) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(m_cachePath, &row, &role);
        if (row < 0) // the path sits in a row layout
            for (int r = 0; r < form->rowCount() && row < 0; ++r)
                if (QLayoutItem *f = form->itemAt(r, QFormLayout::FieldRole); f && f->layout()
                    && f->layout()->indexOf(m_cachePath) >= 0)
                    row = r;
        if (QLayoutItem *l = row >= 0 ? form->itemAt(row, QFormLayout::LabelRole) : nullptr)
            if (auto *cacheLabel = qobject_cast<QLabel *>(l->widget()))
                cacheLabel->setText(tr("&Cache file:"));
    }
    m_language->setAccessibleName(tr("Language"));
    label(m_language, tr("&Language:"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setItemText(m_theme->findData(int(AppSettings::Theme::System)), tr("System"));
    m_theme->setItemText(m_theme->findData(int(AppSettings::Theme::Light)), tr("Light"));
    m_theme->setItemText(m_theme->findData(int(AppSettings::Theme::Dark)), tr("Dark"));
    label(m_theme, tr("T&heme:"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString SettingsDialog::apiKey() const
{
    return m_apiKey->text().trimmed();
}

QString SettingsDialog::cachePath() const
{
    return QDir::fromNativeSeparators(m_cachePath->text().trimmed());
}

void SettingsDialog::browseCache()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Move the cache to"), cachePath(),
                                                      tr("SQLite cache (*.sqlite *.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_cachePath->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::accept()
{
    if (cachePath().isEmpty()) {
        m_error->setText(tr("Choose a file for the cache."));
        m_error->show();
        m_cachePath->setFocus();
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
                m_error->setText(error);
                m_error->show();
                return;
            }
            m_originalKey = apiKey();
            emit apiKeyChanged(apiKey());
            accept();
        }, Qt::SingleShotConnection);
        m_keys.store(apiKey());
        return;
    }
    m_settings.setConfirmSharePercent(m_confirmShare->value());
    m_settings.setRequestsPerSecond(m_rate->value());
    m_settings.setTtlDays(m_ttl->value());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setTheme(AppSettings::Theme(m_theme->currentData().toInt()));
    if (QFileInfo(cachePath()).absoluteFilePath() != QFileInfo(m_originalCache).absoluteFilePath())
        emit cacheMoveRequested(cachePath());
    QDialog::accept();
}

} // namespace peerscope
