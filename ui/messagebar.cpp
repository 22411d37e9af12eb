#include "messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace peerscope {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette bar = palette();
    bar.setColor(QPalette::Window, bar.color(QPalette::AlternateBase));
    setPalette(bar);
    auto *layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_syncButton = new QPushButton(this);
    m_syncButton->setObjectName(QStringLiteral("syncButton"));
    m_actionButton = new QPushButton(this);
    m_actionButton->setObjectName(QStringLiteral("messageActionButton"));
    m_actionButton->hide();
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(QStringLiteral("dismissMessageButton"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_syncButton);
    layout->addWidget(m_actionButton);
    layout->addWidget(m_dismiss);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        hide();
        if (m_action)
            m_action();
    });
    connect(m_syncButton, &QPushButton::clicked, this, [this] {
        if (!m_authorId.isEmpty())
            emit syncRequested(m_authorId);
        m_text->setText(tr("Sync requested for %1; the profile opens from the cache once it has arrived.").arg(m_authorId));
        m_syncButton->setEnabled(false);
    });
    retranslateUi();
    hide();
}

void MessageBar::showMessage(const QString &text, Type type, const QString &actionText, std::function<void()> action)
{
    m_type = type;
    m_authorId.clear();
    m_text->setText(text);
    m_syncButton->hide();
    m_action = std::move(action);
    m_actionButton->setText(actionText);
    m_actionButton->setAccessibleName(actionText);
    m_actionButton->setVisible(!actionText.isEmpty() && m_action);
    show();
}

void MessageBar::offerSync(const QString &text, const QString &authorId)
{
    m_type = Type::Information;
    m_actionButton->hide();
    m_action = nullptr;
    m_authorId = authorId;
    m_text->setText(text);
    m_syncButton->setVisible(!authorId.isEmpty());
    m_syncButton->setEnabled(true);
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void MessageBar::retranslateUi()
{
    m_syncButton->setText(tr("Sync this author"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the message"));
}

} // namespace peerscope
