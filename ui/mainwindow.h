#pragma once

#include "exportdialog.h"
#include "export/publicationexporter.h"
#include "identity/identity.h"
#include "itemmodels/publicationtablemodel.h"
#include "profile/authorloader.h"
#include "yearcharts.h"

#include <QFuture>
#include <QMainWindow>
#include <QPointer>

#include <deque>
#include <functional>
#include <list>
#include <memory>

class QAction;
class QMenu;
class QDockWidget;
class QTabWidget;
class QTimer;
class QToolBar;

namespace peerscope {

class ApiKeyStore;
class AppSettings;
class AuthorNavigator;
class Cache;
class CacheMover;
class CacheTask;
class ChangeFeedModel;
class CommandPalette;
class FollowStore;
class FollowsDock;
class ImportController;
class LiveUpdates;
struct LiveChanges;
class MessageBar;
class NetworkPanel;
class ProfilePanel;
class PublicationFilterProxy;
class PublicationsPanel;
class ResearchGraphPanel;
struct CitationOptions;
struct CitationEstimate;
struct CitationResult;
class SearchBox;
class SyncController;
class SyncStatusBar;
struct SyncEstimate;
struct BudgetStatus;
struct SyncResult;

// The window: actions, menus, tabs, docks and events. The work is done by
// what it assembles: the author navigator (where to go), the publications
// panel, the profile panel, the charts and the network, the message bar and
// the sync status bar; the services (cache, settings, key store, sync) come
// from the application.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Cache &cache, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString currentAuthorId() const { return m_authorId; }
    PublicationTableModel *publicationModel() const;
    PublicationFilterProxy *publicationProxy() const;
    PublicationsPanel *publications() const { return m_publications; }
    ProfilePanel *profilePanel() const { return m_profile; }
    ResearchGraphPanel *researchGraph() const { return m_research; }
    views::YearCharts *yearCharts() const { return m_charts; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageBar *messageBar() const { return m_messages; }
    AuthorNavigator *navigator() const { return m_navigator; }
    bool isLoading() const { return m_loading; }
    bool canGoBack() const;
    bool canGoForward() const;
    bool isOffline() const { return m_offline; }
    bool isMovingCache() const;

    SearchBox *searchBox() const { return m_searchBox; }
    ImportController *importController() const { return m_import; }
    CommandPalette *commandPalette() const { return m_palette; }
    FollowStore *follows() const { return m_follows; }
    ChangeFeedModel *changeFeed() const { return m_feed; }
    FollowsDock *followsDock() const { return m_followsPanel; }
    // What other clients change reaches the window through it.
    LiveUpdates *liveUpdates() const { return m_live; }
    SyncController *syncController() const;
    // Every action of the window, as the command palette offers them.
    QList<QAction *> paletteActions() const;
    // Whether the cached record is older than the time-to-live.
    bool isStale(const QString &authorId) const;

    // Collaborators, given by the application (and tests). Without a sync
    // controller the window only offers syncs (syncRequested); without
    // settings it uses defaults and remembers nothing.
    void setSyncController(SyncController *controller);
    void setAppSettings(AppSettings *settings, ApiKeyStore *keys);

public slots:
    // Shows the cached author and records it in the history; returns false
    // (and offers to sync) when the cache has no such author. Loading
    // finishes asynchronously (authorLoaded).
    bool openAuthor(const QString &authorId);
    // A link to an author: opens it when cached, otherwise offers to sync.
    void navigateTo(const QString &authorId, const QString &name = {});
    // Opens a researcher chosen in the search box or the palette: at once
    // when cached, otherwise after a background sync.
    void openOrSync(const QString &authorId, const QString &name = {});
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
    // Settings › Cache chose a file instead of the team server, or the reverse.
    void switchCache(const QString &location);
    bool mergeIntoCurrent(const QString &otherId, const QString &reason = {},
                          identity::OnConflict onConflict = identity::OnConflict::Ask);
    void undoIdentityCorrection();
    void redoIdentityCorrection();
    void showIdentityCorrections();
    // Shows the Research graph tab with one of its maps (0 context, 1
    // citations, 2 similarity), built for the author on screen.
    void showResearchMap(int map);
    // "Expand": shows what fetching these citations costs, then fetches
    // them on the sync controller and rebuilds the map.
    void fetchCitations(const peerscope::CitationOptions &options);
    // Writes the scope's checked works to path on a worker thread; the status
    // bar (or the message bar, on failure) reports the result.
    QFuture<ExportResult> exportWorks(ExportDialog::Scope scope, const ExportOptions &options, const QString &path);
    // Moves the cache file on a worker; the window stays usable, the status
    // bar says so, and cacheMoved() tells when it is done.
    void moveCache(const QString &newPath);

signals:
    void authorLoaded(const QString &authorId);
    // A sync error was shown in the message bar (for tests and logs).
    void syncErrorShown(const QString &message);
    // The user asked to fetch an author who is not cached.
    void syncRequested(const QString &authorId);
    // A cache move ended (ok: the cache is at its new place).
    void cacheMoved(bool ok, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Files and folders dropped on the window are imported.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslateUi();
    void buildActions();
    void buildMenus();
    void buildFollowsDock();
    void applySyncConfig();
    void identityChanged(const QString &personId);
    void onCacheMoved(bool ok, const QString &error);
    void onSyncCommitted(const QString &authorId);
    void onSyncFinished(const SyncResult &result);
    void confirmSync(const QString &authorId, const SyncEstimate &estimate, const BudgetStatus &budget);
    void reloadAfterSync();
    void updateAuthorActions();
    void updateTitle();
    QString authorLabel(const QString &authorId) const;
    // Loads authorId from the cache (off the UI thread) and shows it.
    // InPlace: the author on screen again, changed by another client: no
    // loading state, and the user's selection, scroll and left-out works stay.
    enum class Reload { Fresh, InPlace };
    void showAuthor(const QString &authorId, Reload how = Reload::Fresh);
    // Another client changed the cache: reloads only what shows the change,
    // and says who made it.
    void applyLiveChanges(const LiveChanges &changes);
    void applyLoad(AuthorLoad load, QList<views::ChartWork> charts);
    void loadFailed(const QString &authorId, const QString &error);
    void retranslateTrust();
    void recomputeMetrics();
    void updateNavigation();
    void reportExport(const ExportResult &result, const QString &path);
    void confirmCitations(const CitationEstimate &estimate, const QString &error);
    void onCitationsFinished(const CitationResult &result);

    Cache &m_cache;
    QString m_authorId;  // the author shown
    QString m_pendingId; // the author loading
    std::pair<QString, QString> m_workAfterLoad; // (person, work): select the work once that person has loaded
    bool m_loading = false;
    bool m_offline = false;
    int m_referenceYear = 0;
    int m_ttlDays = 7;
    AuthorLoad m_current;
    QList<views::ChartWork> m_chartWorks; // every row of m_current, as the charts take them
    QString m_loadingMessage;

    std::unique_ptr<CacheTask> m_load;
    std::unique_ptr<CacheTask> m_preview;
    std::unique_ptr<CacheTask> m_trust;
    std::unique_ptr<CacheTask> m_liveResolve; // who the record on screen is now, after another client's correction
    LiveUpdates *m_live = nullptr;
    bool m_reloadInPlace = false; // the load running is an in-place reload
    bool m_lastLoadInPlace = false; // the author shown last came by one
    bool m_networkStale = false;    // the network tab shows the author as before another client's change
    bool m_researchStale = false;   // the same for the research graph tab
    std::list<std::unique_ptr<CacheTask>> m_exports;
    // Identity corrections write on a worker (a team server is a network
    // away), one at a time and in the order asked: an undo must follow the
    // merge it takes back, and a running correction is never superseded.
    std::unique_ptr<CacheTask> m_correcting;
    std::deque<std::function<void()>> m_correctionQueue;
    bool m_correctionRunning = false;
    void correct(std::function<identity::Corrections::Result(identity::Corrections &)> action,
                 std::function<void(const identity::Corrections::Result &)> done);
    CacheMover *m_mover = nullptr;
    AuthorNavigator *m_navigator = nullptr;

    QToolBar *m_toolbar = nullptr;
    QTabWidget *m_tabs = nullptr;
    ProfilePanel *m_profile = nullptr;
    PublicationsPanel *m_publications = nullptr;
    views::YearCharts *m_charts = nullptr;
    NetworkPanel *m_network = nullptr;
    QWidget *m_networkPage = nullptr;
    ResearchGraphPanel *m_research = nullptr;
    QWidget *m_researchPage = nullptr;
    // The citations waiting for their estimate to be confirmed.
    std::unique_ptr<CitationOptions> m_citationsToConfirm;
    MessageBar *m_messages = nullptr;
    SyncStatusBar *m_status = nullptr;
    SearchBox *m_searchBox = nullptr;
    CommandPalette *m_palette = nullptr;
    FollowStore *m_follows = nullptr;
    ChangeFeedModel *m_feed = nullptr;
    FollowsDock *m_followsPanel = nullptr;
    QDockWidget *m_followsDock = nullptr;
    ImportController *m_import = nullptr;
    QTimer *m_syncReloadTimer = nullptr;

    QPointer<SyncController> m_sync;
    AppSettings *m_settings = nullptr;
    ApiKeyStore *m_keys = nullptr;

    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_refreshFollowedAction = nullptr;
    QAction *m_cancelSyncAction = nullptr;
    QAction *m_offlineAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_undoIdentityAction = nullptr;
    QAction *m_redoIdentityAction = nullptr;
    QAction *m_identityAction = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_tabActions;
    QList<QAction *> m_researchMapActions;
    QAction *m_fetchCitationsAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_researcherMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    static constexpr int kPreviewRows = 200;
};

} // namespace peerscope
