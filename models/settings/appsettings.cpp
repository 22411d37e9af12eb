#include "settings/appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSettings, "peerscope.settings", QtWarningMsg)

namespace peerscope {

namespace {
const QString kVersionKey = QStringLiteral("settingsVersion");
// Version 1 kept a contact address sent as mailto=; OpenAlex ignores it now.
const QString kObsoleteContactEmail = QStringLiteral("network/contactEmail");
const QString kConfirmShare = QStringLiteral("network/confirmSharePercent");
const QString kRate = QStringLiteral("network/requestsPerSecond");
const QString kApiBase = QStringLiteral("network/apiBase");
const QString kTtl = QStringLiteral("cache/ttlDays");
const QString kCachePath = QStringLiteral("cache/path");
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    // Explicit names: setting an organization would also move the default cache folder.
    , m_settings(std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("peerscope"), QStringLiteral("peerscope")))
{
    migrate();
}

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

AppSettings::~AppSettings() = default;

void AppSettings::migrate()
{
    const int version = m_settings->value(kVersionKey, 0).toInt();
    if (version > kVersion)
        qCWarning(lcSettings) << "settings written by a newer Peerscope, version" << version;
    // Version 0 -> 1: nothing to convert. 1 -> 2: the mailto address goes.
    if (version < 2)
        m_settings->remove(kObsoleteContactEmail);
    if (version < kVersion)
        m_settings->setValue(kVersionKey, kVersion);
}

QVariant AppSettings::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

bool AppSettings::store(const QString &key, const QVariant &value)
{
    if (m_settings->contains(key) && m_settings->value(key) == value)
        return false;
    m_settings->setValue(key, value);
    return true;
}

int AppSettings::confirmSharePercent() const
{
    return std::clamp(value(kConfirmShare, kDefaultConfirmSharePercent).toInt(), 0, 100);
}

void AppSettings::setConfirmSharePercent(int percent)
{
    if (store(kConfirmShare, std::clamp(percent, 0, 100)))
        emit networkSettingsChanged();
}

double AppSettings::requestsPerSecond() const
{
    return std::clamp(value(kRate, kDefaultRequestsPerSecond).toDouble(), 0.1, 10.0);
}

void AppSettings::setRequestsPerSecond(double rate)
{
    if (store(kRate, std::clamp(rate, 0.1, 10.0)))
        emit networkSettingsChanged();
}

int AppSettings::ttlDays() const
{
    return std::clamp(value(kTtl, kDefaultTtlDays).toInt(), 1, 3650);
}

void AppSettings::setTtlDays(int days)
{
    if (store(kTtl, std::clamp(days, 1, 3650)))
        emit networkSettingsChanged();
}

QString AppSettings::cachePath() const
{
    return value(kCachePath).toString();
}

void AppSettings::setCachePath(const QString &path)
{
    if (store(kCachePath, path))
        emit cachePathChanged(path);
}

QUrl AppSettings::apiBase() const
{
    return value(kApiBase).toUrl();
}

void AppSettings::setApiBase(const QUrl &url)
{
    if (store(kApiBase, url))
        emit networkSettingsChanged();
}

QStringList AppSettings::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

QString AppSettings::languageName(const QString &code)
{
    // Each language is named in itself, so a user can find their own.
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

QString AppSettings::language() const
{
    const QString code = value(kLanguage, QStringLiteral("en")).toString();
    return languages().contains(code) ? code : QStringLiteral("en");
}

void AppSettings::setLanguage(const QString &code)
{
    const QString checked = languages().contains(code) ? code : QStringLiteral("en");
    if (store(kLanguage, checked))
        emit languageChanged(checked);
}

AppSettings::Theme AppSettings::theme() const
{
    const QString t = value(kTheme, QStringLiteral("system")).toString();
    if (t == QLatin1String("light"))
        return Theme::Light;
    if (t == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    const QString t = theme == Theme::Light ? QStringLiteral("light")
                      : theme == Theme::Dark ? QStringLiteral("dark")
                                             : QStringLiteral("system");
    if (store(kTheme, t))
        emit themeChanged(theme);
}

QByteArray AppSettings::windowGeometry() const
{
    return value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    store(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    store(kState, state);
}

QString AppSettings::apiKeyFilePath() const
{
    // Next to the settings file, so a test's private settings get a private key file.
    return QFileInfo(m_settings->fileName()).dir().filePath(QStringLiteral("peerscope-api-key"));
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace peerscope
