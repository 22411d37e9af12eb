#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace peerscope {

// The window's one message bar, above the profile: a text, at most one
// action button with what it does, and a dismiss button. An author that is
// not cached gets the offer to sync it (offerSync).
class MessageBar final : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows text; with actionText and action, a button that hides the bar
    // and calls action.
    void showMessage(const QString &text, Type type = Type::Information, const QString &actionText = {},
                     std::function<void()> action = {});
    // Shows text with a "Sync this author" button (syncRequested(authorId)).
    void offerSync(const QString &text, const QString &authorId);
    QString text() const;
    Type type() const { return m_type; }

signals:
    void syncRequested(const QString &authorId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_actionButton = nullptr;
    QPushButton *m_dismiss = nullptr;
    QString m_authorId;
    std::function<void()> m_action;
    Type m_type = Type::Information;
};

} // namespace peerscope
