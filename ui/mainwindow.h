#pragma once

#include "exportdialog.h"
#include "export/publicationexporter.h"
#include "itemmodels/publicationtablemodel.h"
#include "profile/profile.h"
#include "trust/trustsnapshot.h"
#include "yearcharts.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <functional>

class QAction;
class QCheckBox;
class QDockWidget;
class QProgressBar;
class QToolButton;
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

class ApiKeyStore;
class AppSettings;
class Cache;
class ChangeFeedModel;
class CommandPalette;
class FollowStore;
class FollowsDock;
class NetworkPanel;
class OpenAlexClient;
class PublicationFilterProxy;
class ProfilePanel;
class SearchBox;
class SyncController;
class ImportController;
struct SyncProgress;
struct SyncResult;
struct SyncEstimate;
struct BudgetStatus;

// Everything the window shows about one author, loaded off the UI thread.
struct AuthorLoad {
    QString authorId;
    QList<PublicationRow> rows;
    Profile profile;
    TrustSnapshot trust;
    QHash<QString, QMap<int, int>> citesByYear; // work -> year -> citations received
    QList<views::ChartWork> chartWorks;         // every row, as the charts take them
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
    bool isOffline() const { return m_offline; }

    SearchBox *searchBox() const { return m_searchBox; }
    ImportController *importController() const { return m_import; }
    CommandPalette *commandPalette() const { return m_palette; }
    FollowStore *follows() const { return m_follows; }
    ChangeFeedModel *changeFeed() const { return m_feed; }
    FollowsDock *followsDock() const { return m_followsPanel; }
    SyncController *syncController() const;
    // Every action of the window, as the command palette offers them.
    QList<QAction *> paletteActions() const;
    // Whether the cached record is older than the time-to-live.
    bool isStale(const QString &authorId) const;

    // Optional collaborators, set by the app (and tests). Without a sync
    // controller the window only offers syncs (syncRequested); without
    // settings it uses defaults and remembers nothing.
    void setSyncController(SyncController *controller);
    void setAppSettings(AppSettings *settings, ApiKeyStore *keys);

    // Loads everything shown for an author from a cache file (any thread).
    static AuthorLoad loadAuthor(const Cache &cache, const QString &authorId, int referenceYear);
    static QList<views::ChartWork> chartWorks(const AuthorLoad &load, const QSet<QString> &excluded);

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
    // Shows a work's details on the Publications tab, selecting its row when
    // it is one of this author's works (lifting filters that hide it).
    void showWork(const QString &workId);
    // Any cached work: selected here if it is one of this author's, else
    // shown at the first of its authors with a cached profile.
    void openWork(const QString &workId);
    // Syncs the author on screen again (F5).
    void refreshCurrent();
    void toggleFollow();
    void refreshFollowed();
    void showCommandPalette();
    void showSettings();
    void exportPublications();
    // Identity corrections from the window (issue: duplicates and merges).
    void confirmMerge(const QString &otherId);
    bool mergeIntoCurrent(const QString &otherId, const QString &reason = {});
    void undoIdentityCorrection();
    void redoIdentityCorrection();
    void showIdentityCorrections();
    // The works of scope (unchecked ones left out), written to path.
    // Writes the scope's checked works to path on a worker thread; the status
    // bar (or a banner, on failure) reports the result.
    QFuture<ExportResult> exportWorks(ExportDialog::Scope scope, const ExportOptions &options, const QString &path);
    // Opens a researcher chosen in the search box or the palette: at once
    // when cached, otherwise after a background sync.
    void openOrSync(const QString &authorId, const QString &name = {});

signals:
    void authorLoaded(const QString &authorId);
    // A sync error was shown in the message bar (for tests and logs).
    void syncErrorShown(const QString &message);
    // The user asked to fetch an author who is not cached.
    void syncRequested(const QString &authorId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Files and folders dropped on the window are imported.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslateUi();
    QWidget *buildPublicationsTab();
    void buildActions();
    void buildImport(class QMenu *file);
    void buildStatusBar();
    void buildFollowsDock();
    void applySyncConfig();
    void identityChanged(const QString &personId);
    void moveCache(const QString &newPath);
    void onSyncStarted(const QString &authorId);
    void onSyncProgress(const SyncProgress &progress);
    void onSyncWaiting(int milliseconds);
    void onSyncCommitted(const QString &authorId);
    void onSyncFinished(const SyncResult &result);
    void onSyncIdle();
    void showBudget(const peerscope::BudgetStatus &budget);
    void confirmSync(const QString &authorId, const peerscope::SyncEstimate &estimate, const peerscope::BudgetStatus &budget);
    void reloadAfterSync();
    void updateAuthorActions();
    void showActionBanner(const QString &text, const QString &buttonText, std::function<void()> action);
    QString authorLabel(const QString &authorId) const;
    void showAuthor(const QString &authorId);
    void applyLoad(AuthorLoad load);
    void recomputeMetrics();
    void updateCount();
    void updateNavigation();
    void applyTextFilter();
    void showWorkDetail(const QModelIndex &proxyIndex);
    void showWorkDetailOf(const QString &workId);
    static ExportResult writeExport(Cache &cache, const QStringList &ids, const ExportOptions &options, const QString &path);
    void reportExport(const ExportResult &result, const QString &path);
    void selectWork(const QString &workId);
    // Around each arrangement of the table (sort, filter, reload): the
    // current and selected works, by ID.
    void keepSelection();
    // The table's rows, for authorId (the preview, then the full load).
    void setTableRows(const QString &authorId, QList<PublicationRow> rows);
    void restoreSelection();
    void showBanner(const QString &text, const QString &authorId);
    void onDetailLink(const QUrl &url);

    Cache &m_cache;
    QString m_authorId;
    QString m_workToSelect; // a work to select once the table is arranged
    QString m_keptCurrent;     // see keepSelection()
    QStringList m_keptSelection;
    QString m_tableAuthor;     // whose works the table holds
    std::pair<QString, QString> m_workAfterLoad; // (person, work): select the work once that person has loaded
    quint64 m_textFilterGeneration = 0; // the newest text filter request
    QString m_pendingId;
    bool m_loading = false;
    bool m_offline = false;
    QStringList m_history;
    int m_historyIndex = -1;
    int m_referenceYear = 0;
    AuthorLoad m_current;

    QTabWidget *m_tabs = nullptr;
    ProfilePanel *m_profile = nullptr;
    QAction *m_undoIdentityAction = nullptr;
    QAction *m_redoIdentityAction = nullptr;
    QAction *m_identityAction = nullptr;
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
    QFutureWatcher<QPair<QString, QList<PublicationRow>>> *m_previewWatcher = nullptr;
    static constexpr int kPreviewRows = 200;

    // App shell.
    QPointer<SyncController> m_sync;
    AppSettings *m_settings = nullptr;
    ApiKeyStore *m_keys = nullptr;
    QMetaObject::Connection m_budgetConnection;
    SearchBox *m_searchBox = nullptr;
    CommandPalette *m_palette = nullptr;
    FollowStore *m_follows = nullptr;
    ChangeFeedModel *m_feed = nullptr;
    FollowsDock *m_followsPanel = nullptr;
    QDockWidget *m_followsDock = nullptr;
    NetworkPanel *m_network = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QLabel *m_syncLabel = nullptr;
    QToolButton *m_cancelSync = nullptr;
    QLabel *m_offlineLabel = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QLabel *m_staleLabel = nullptr;
    QPushButton *m_bannerAction = nullptr;
    std::function<void()> m_bannerCallback;
    QTimer *m_syncReloadTimer = nullptr;
    QString m_waitingFor;       // an uncached author to open once the sync lands
    QString m_syncingName;
    QString m_loadingMessage;
    QAction *m_refreshAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_refreshFollowedAction = nullptr;
    QAction *m_cancelSyncAction = nullptr;
    QAction *m_offlineAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_exportAction = nullptr;
    ImportController *m_import = nullptr;
    int m_ttlDays = 7;
};

} // namespace peerscope
