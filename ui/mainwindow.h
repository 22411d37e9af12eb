#pragma once

#include "itemmodels/publicationtablemodel.h"
#include "profile/profile.h"
#include "trust/trustsnapshot.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QMap>
#include <QPointer>

class QAction;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace peerscope {

class Cache;
class PublicationFilterProxy;
class ProfilePanel;
namespace views {
class YearCharts;
}

// Everything the window shows about one author, loaded off the UI thread.
struct AuthorLoad {
    QString authorId;
    QList<PublicationRow> rows;
    Profile profile;
    TrustSnapshot trust;
    QHash<QString, QMap<int, int>> citesByYear; // work -> year -> citations received
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Cache &cache, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString currentAuthorId() const { return m_authorId; }
    PublicationTableModel *publicationModel() const { return m_model; }
    PublicationFilterProxy *publicationProxy() const { return m_proxy; }
    ProfilePanel *profilePanel() const { return m_profile; }
    views::YearCharts *yearCharts() const { return m_charts; }
    QTabWidget *tabs() const { return m_tabs; }
    bool isLoading() const { return m_loading; }
    bool canGoBack() const { return m_historyIndex > 0; }
    bool canGoForward() const { return m_historyIndex + 1 < m_history.size(); }

    // Loads everything shown for an author from a cache file (any thread).
    static AuthorLoad loadAuthor(const Cache &cache, const QString &authorId, int referenceYear);

public slots:
    // Shows the cached author and records it in the history; returns false
    // when the cache has no such author. Loading finishes asynchronously
    // (authorLoaded).
    bool openAuthor(const QString &authorId);
    // A link to an author: opens it when cached, otherwise offers to sync.
    void navigateTo(const QString &authorId, const QString &name = {});
    void goBack();
    void goForward();
    void setOffline(bool offline);
    void copySelectedCitations();

signals:
    void authorLoaded(const QString &authorId);
    // The user asked to fetch an author who is not cached.
    void syncRequested(const QString &authorId);

private:
    QWidget *buildPublicationsTab();
    void showAuthor(const QString &authorId);
    void applyLoad(AuthorLoad load);
    void recomputeMetrics();
    void updateCount();
    void updateNavigation();
    void applyTextFilter();
    void showWorkDetail(const QModelIndex &proxyIndex);
    void showBanner(const QString &text, const QString &authorId);
    void onDetailLink(const QUrl &url);

    Cache &m_cache;
    QString m_authorId;
    QString m_pendingId;
    bool m_loading = false;
    bool m_offline = false;
    QStringList m_history;
    int m_historyIndex = -1;
    int m_referenceYear = 0;
    AuthorLoad m_current;

    QTabWidget *m_tabs = nullptr;
    ProfilePanel *m_profile = nullptr;
    views::YearCharts *m_charts = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLineEdit *m_search = nullptr;
    QSpinBox *m_yearFrom = nullptr;
    QSpinBox *m_yearTo = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_oa = nullptr;
    QLineEdit *m_venue = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchTimer = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_syncButton = nullptr;
    QString m_bannerAuthorId;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    PublicationTableModel *m_model = nullptr;
    PublicationFilterProxy *m_proxy = nullptr;
    QFutureWatcher<AuthorLoad> *m_watcher = nullptr;
};

} // namespace peerscope
