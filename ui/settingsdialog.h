#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace peerscope {

class AppSettings;
class ApiKeyStore;

// Preferences: API key (keychain or a private file, and it says which),
// contact e-mail, rate limit, time-to-live, cache location, language, theme.
// Accepting writes AppSettings and the key; a new cache location is handed
// to whoever moves the cache (cacheMoveRequested).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings &settings, ApiKeyStore &keys, const QString &cachePath, QWidget *parent = nullptr);

    QString apiKey() const;
    QString cachePath() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

signals:
    void cacheMoveRequested(const QString &newPath);
    void apiKeyChanged(const QString &key);

private:
    void retranslateUi();
    void browseCache();

    AppSettings &m_settings;
    ApiKeyStore &m_keys;
    QString m_originalCache;
    QString m_originalKey;
    bool m_storingKey = false;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_keyStorage = nullptr;
    QSpinBox *m_confirmShare = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QSpinBox *m_ttl = nullptr;
    QLineEdit *m_cachePath = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace peerscope
