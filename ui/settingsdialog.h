#pragma once

#include <QDialog>

#include <memory>

class QAction;

namespace Ui {
class SettingsDialog;
}

namespace peerscope {

class AppSettings;
class ApiKeyStore;

// Preferences (the form is settingsdialog.ui): API key (keychain or a private file, and it says which),
// contact e-mail, rate limit, time-to-live, cache location, language, theme.
// Accepting writes AppSettings and the key; a new file for the cache is
// handed to whoever moves the cache (cacheMoveRequested); a switch between
// a file and a team server (Settings › Cache: "This computer" / "Team
// server") to whoever opens caches (cacheLocationChosen): nothing is copied
// between the two.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings &settings, ApiKeyStore &keys, const QString &cachePath, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString apiKey() const;
    QString cachePath() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

signals:
    void cacheMoveRequested(const QString &newPath);
    void cacheLocationChosen(const QString &location);
    void apiKeyChanged(const QString &key);

private:
    void retranslateUi();
    void browseCache();
    void showCacheRows();
    void testServer();
    void setServerStatus(const QString &text);
    bool onServer() const;
    QString serverAddress() const;
    // Empty when the address can be used; otherwise what to do.
    QString serverProblem() const;

    AppSettings &m_settings;
    ApiKeyStore &m_keys;
    QString m_originalCache;
    QString m_originalKey;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QAction *m_reveal = nullptr;
    bool m_storingKey = false;
    bool m_originalOnServer = false;
};

} // namespace peerscope
