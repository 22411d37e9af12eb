#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVariant>
#include <QUrl>

#include <memory>

class QSettings;

namespace peerscope {

// Typed preferences over QSettings. One instance per process (the window's);
// tests pass their own QSettings file. Writing a value emits the matching
// signal only when the value really changed.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    static constexpr int kVersion = 2;
    static constexpr double kDefaultRequestsPerSecond = 10.0;
    static constexpr int kDefaultTtlDays = 7;
    static constexpr int kDefaultConfirmSharePercent = 25;

    // The application's settings (~/.config/peerscope/peerscope.conf on Linux).
    explicit AppSettings(QObject *parent = nullptr);
    // Settings kept in an INI file (tests, portable set-ups).
    explicit AppSettings(const QString &iniFile, QObject *parent = nullptr);
    ~AppSettings() override;

    // Ask before a sync estimated to spend more than this share (percent) of
    // what is left of today's OpenAlex budget; 0: never ask.
    int confirmSharePercent() const;
    void setConfirmSharePercent(int percent);
    // OpenAlex requests per second, 0.1 to 10 (the API's limit).
    double requestsPerSecond() const;
    void setRequestsPerSecond(double rate);
    // Cached records older than this are stale (marked, and synced again on open).
    int ttlDays() const;
    void setTtlDays(int days);
    // The cache file; empty means Cache::defaultPath().
    QString cachePath() const;
    void setCachePath(const QString &path);
    QUrl apiBase() const;
    void setApiBase(const QUrl &url);
    // "en", "de" or "es".
    QString language() const;
    void setLanguage(const QString &code);
    static QStringList languages();
    static QString languageName(const QString &code);
    Theme theme() const;
    void setTheme(Theme theme);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // Where the API key file lives when no keychain is available.
    QString apiKeyFilePath() const;

    QString fileName() const;
    void sync();

signals:
    void languageChanged(const QString &code);
    void themeChanged(peerscope::AppSettings::Theme theme);
    void networkSettingsChanged();
    void cachePathChanged(const QString &path);

private:
    void migrate();
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    bool store(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace peerscope
