#include "languagemanager.h"

#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "peerscope.ui.language", QtWarningMsg)

namespace peerscope {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

void LanguageManager::follow(AppSettings *settings)
{
    if (!settings)
        return;
    connect(settings, &AppSettings::languageChanged, this, &LanguageManager::setLanguage);
    setLanguage(settings->language());
}

void LanguageManager::removeTranslators()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

bool LanguageManager::setLanguage(const QString &requested)
{
    const QString code = AppSettings::languages().contains(requested) ? requested : QStringLiteral("en");
    if (code == m_language && m_app)
        return true;
    removeTranslators();
    m_language = code;
    QLocale::setDefault(QLocale(code));

    bool ok = true;
    // English needs a translator too: it supplies the plural forms of "%n work(s)".
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/peerscope_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    } else {
        qCWarning(lcLanguage) << "no Peerscope translation for" << code;
        ok = false;
    }
    if (code != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        } else {
            qCInfo(lcLanguage) << "no Qt translation for" << code;
        }
    }
    emit languageChanged(code);
    return ok;
}

} // namespace peerscope
