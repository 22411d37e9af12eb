#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QListWidget;
class QPushButton;

namespace peerscope {

class ChangeFeedModel;
class FollowStore;

// The sidebar: followed researchers (unread changes and stale markers) and
// the "What changed" feed, for everyone or for the researcher on screen.
class FollowsDock final : public QWidget
{
    Q_OBJECT
public:
    enum Scope { Everyone, CurrentResearcher };

    FollowsDock(FollowStore &follows, ChangeFeedModel &feed, QWidget *parent = nullptr);

    void setCurrentAuthor(const QString &authorId);
    void setTtlDays(int days);
    void setScope(Scope scope);
    QListWidget *followedList() const { return m_followed; }
    QListView *feedView() const { return m_feedView; }

public slots:
    void refresh();
    // Whether the list shows authorId (as last refreshed; no read).
    bool lists(const QString &authorId) const;

signals:
    void authorActivated(const QString &authorId);
    void refreshFollowedRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyScope();
    void retranslateUi();

    FollowStore &m_follows;
    ChangeFeedModel &m_feed;
    QString m_currentAuthor;
    int m_ttlDays = 7;
    QListWidget *m_followed = nullptr;
    QPushButton *m_refreshFollowed = nullptr;
    QComboBox *m_scope = nullptr;
    QListView *m_feedView = nullptr;
    QPushButton *m_markAllRead = nullptr;
    QLabel *m_feedTitle = nullptr;
    QLabel *m_followedTitle = nullptr;
};

} // namespace peerscope
