#include "followsdock.h"

#include "follows/changefeed.h"
#include "follows/followstore.h"
#include "sync/syncstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcFollowsDock, "peerscope.ui.followsdock", QtWarningMsg)

namespace peerscope {

namespace {

constexpr int kAuthorIdRole = Qt::UserRole + 1;

// Unread changes in bold.
class UnreadDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ChangeFeedModel::UnreadRole).toBool())
            option->font.setBold(true);
    }
};

} // namespace

FollowsDock::FollowsDock(FollowStore &follows, ChangeFeedModel &feed, QWidget *parent)
    : QWidget(parent)
    , m_follows(follows)
    , m_feed(feed)
{
    setObjectName(QStringLiteral("followsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_followedTitle = new QLabel(this);
    m_followedTitle->setObjectName(QStringLiteral("followedTitle"));
    layout->addWidget(m_followedTitle);
    m_followed = new QListWidget(this);
    m_followed->setObjectName(QStringLiteral("followedList"));
    m_followedTitle->setBuddy(m_followed);
    layout->addWidget(m_followed, 1);
    m_refreshFollowed = new QPushButton(this);
    m_refreshFollowed->setObjectName(QStringLiteral("refreshFollowedButton"));
    layout->addWidget(m_refreshFollowed);

    auto *feedHeader = new QHBoxLayout;
    m_feedTitle = new QLabel(this);
    m_feedTitle->setObjectName(QStringLiteral("changeFeedTitle"));
    feedHeader->addWidget(m_feedTitle, 1);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("changeFeedScope"));
    m_scope->addItem(QString(), int(Everyone));
    m_scope->addItem(QString(), int(CurrentResearcher));
    feedHeader->addWidget(m_scope);
    layout->addLayout(feedHeader);

    m_feedView = new QListView(this);
    m_feedView->setObjectName(QStringLiteral("changeFeedView"));
    m_feedView->setModel(&m_feed);
    m_feedView->setItemDelegate(new UnreadDelegate(m_feedView));
    m_feedView->setWordWrap(true);
    m_feedView->setAlternatingRowColors(true);
    layout->addWidget(m_feedView, 2);
    m_markAllRead = new QPushButton(this);
    m_markAllRead->setObjectName(QStringLiteral("markAllReadButton"));
    layout->addWidget(m_markAllRead);

    connect(m_followed, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit authorActivated(item->data(kAuthorIdRole).toString());
    });
    connect(m_refreshFollowed, &QPushButton::clicked, this, &FollowsDock::refreshFollowedRequested);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &FollowsDock::applyScope);
    connect(m_feedView, &QListView::activated, this, [this](const QModelIndex &index) {
        const QString author = index.data(ChangeFeedModel::AuthorIdRole).toString();
        m_feed.markRead(index);
        refresh();
        emit authorActivated(author);
    });
    connect(m_markAllRead, &QPushButton::clicked, this, [this] {
        m_feed.markAllRead();
        refresh();
    });
    connect(&m_feed, &ChangeFeedModel::unreadCountChanged, this, [this] { applyScope(); });
    connect(&m_follows, &FollowStore::followsChanged, this, &FollowsDock::refresh);
    retranslateUi();
}

void FollowsDock::retranslateUi()
{
    m_followedTitle->setText(tr("<b>Followed researchers</b>"));
    m_followed->setAccessibleName(tr("Followed researchers"));
    m_refreshFollowed->setText(tr("Refresh followed"));
    m_refreshFollowed->setAccessibleName(tr("Refresh all followed researchers"));
    m_refreshFollowed->setToolTip(tr("Sync every followed researcher, one after the other"));
    m_scope->setAccessibleName(tr("Whose changes"));
    m_scope->setItemText(m_scope->findData(int(Everyone)), tr("Everyone"));
    m_scope->setItemText(m_scope->findData(int(CurrentResearcher)), tr("This researcher"));
    m_feedView->setAccessibleName(tr("What changed"));
    m_feedView->setToolTip(tr("Enter or double-click: mark the change read and open the researcher"));
    m_markAllRead->setText(tr("Mark all as read"));
    m_markAllRead->setAccessibleName(tr("Mark all changes as read"));
    applyScope();
    refresh();
    // The feed's texts come from the model at paint time; lay them out again.
    m_feedView->doItemsLayout();
}

void FollowsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FollowsDock::setCurrentAuthor(const QString &authorId)
{
    m_currentAuthor = authorId;
    if (m_scope->currentData().toInt() == CurrentResearcher)
        applyScope();
}

void FollowsDock::setTtlDays(int days)
{
    m_ttlDays = days;
    refresh();
}

void FollowsDock::setScope(Scope scope)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(int(scope))));
}

void FollowsDock::applyScope()
{
    const bool current = m_scope->currentData().toInt() == CurrentResearcher;
    if (m_feed.authorFilter() != (current ? m_currentAuthor : QString()))
        m_feed.setAuthorFilter(current ? m_currentAuthor : QString());
    m_feedTitle->setText(tr("<b>What changed</b> (%n unread)", nullptr, m_feed.unreadCount()));
    m_markAllRead->setEnabled(m_feed.unreadCount() > 0);
}

bool FollowsDock::lists(const QString &authorId) const
{
    for (int i = 0; i < m_followed->count(); ++i)
        if (m_followed->item(i)->data(kAuthorIdRole).toString() == authorId)
            return true;
    return false;
}

void FollowsDock::refresh()
{
    m_feed.reload();
    const QString selected = m_followed->currentItem() ? m_followed->currentItem()->data(kAuthorIdRole).toString() : QString();
    m_followed->clear();
    const Read<QList<FollowedAuthor>> followed = m_follows.followed();
    if (!followed)
        (new QListWidgetItem(tr("Cannot read the followed authors: %1").arg(followed.error()), m_followed))->setFlags(Qt::NoItemFlags);
    const QList<FollowedAuthor> all = followed.valueOr({});
    for (const FollowedAuthor &f : all) {
        const QString name = f.name.isEmpty() ? f.id : f.name;
        const bool stale = syncstore::isStaleAt(f.fetchedAt, m_ttlDays);
        QString text = name;
        if (f.unread > 0)
            text = tr("%1 — %n new", nullptr, f.unread).arg(name);
        if (stale)
            text = tr("%1 (stale)").arg(text);
        auto *item = new QListWidgetItem(text, m_followed);
        item->setData(kAuthorIdRole, f.id);
        item->setToolTip(f.fetchedAt.isEmpty()
                             ? tr("%1 has not been synced yet.").arg(name)
                             : stale ? tr("%1: synced %2, older than %n day(s); refresh to update.", nullptr, m_ttlDays).arg(name, f.fetchedAt)
                                     : tr("%1: synced %2.").arg(name, f.fetchedAt));
        if (f.unread > 0) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        if (f.id == selected)
            m_followed->setCurrentItem(item);
    }
    if (all.isEmpty()) {
        auto *hint = new QListWidgetItem(tr("Follow a researcher (Ctrl+D) to see them here."), m_followed);
        hint->setFlags(Qt::ItemIsEnabled);
    }
    m_refreshFollowed->setEnabled(!all.isEmpty());
    applyScope();
}

} // namespace peerscope
