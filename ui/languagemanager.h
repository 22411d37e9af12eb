#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace peerscope {

class AppSettings;

// Installs the translators for one language: Peerscope's own
// (:/i18n/peerscope_<lang>.qm) and Qt's (qtbase_<lang>.qm, for standard
// dialogs and context menus). Installing or removing a translator sends
// QEvent::LanguageChange to every widget, which re-translates itself.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // Follows the settings' language from now on, starting with the current one.
    void follow(AppSettings *settings);

    // "en", "de" or "es"; an unknown code falls back to English. Returns
    // false when Peerscope's translation for the language could not be loaded.
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace peerscope
