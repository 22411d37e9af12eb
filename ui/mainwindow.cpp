#include "mainwindow.h"

#include "authornavigator.h"
#include "cache/cache.h"
#include "cache/storagelocation.h"
#include "cache/cachetask.h"
#include "commandpalette.h"
#include "core/text.h"
#include "exportdialog.h"
#include "follows/changefeed.h"
#include "follows/followstore.h"
#include "followsdock.h"
#include "identity/identity.h"
#include "conflictprompt.h"
#include "identitydialog.h"
#include "importcontroller.h"
#include "liveupdates.h"
#include "itemmodels/publicationfilterproxy.h"
#include "messagebar.h"
#include "networkpanel.h"
#include "profilepanel.h"
#include "publicationspanel.h"
#include "researchgraphpanel.h"
#include "searchbox.h"
#include "settings/appsettings.h"
#include "settings/cachemover.h"
#include "settingsdialog.h"
#include "sync/citationsync.h"
#include "sync/synccontroller.h"
#include "sync/syncstore.h"
#include "syncstatusbar.h"
#include "theme.h"
#include "workdetailview.h"

#include <QAction>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace peerscope {

namespace {

// The rows of an author, as the charts take them (all but excluded).
QList<views::ChartWork> chartWorks(const AuthorLoad &load, const QSet<QString> &excluded = {})
{
    QList<views::ChartWork> works;
    works.reserve(load.rows.size());
    for (const PublicationRow &r : load.rows)
        if (!excluded.contains(r.id))
            works << views::ChartWork{r.year, r.type, r.isOa, r.citations, load.citesByYear.value(r.id)};
    return works;
}

// What the author load hands the window: the author and the charts' rows,
// both made on the worker.
struct LoadedAuthor {
    AuthorLoad load;
    QList<views::ChartWork> charts;
};

} // namespace

MainWindow::MainWindow(Cache &cache, QWidget *parent)
    : QMainWindow(parent)
    , m_cache(cache)
    , m_referenceYear(QDate::currentDate().year())
    , m_load(std::make_unique<CacheTask>(cache, this))
    , m_preview(std::make_unique<CacheTask>(cache, this))
    , m_trust(std::make_unique<CacheTask>(cache, this))
    , m_liveResolve(std::make_unique<CacheTask>(cache, this))
    , m_correcting(std::make_unique<CacheTask>(cache, this))
    , m_mover(new CacheMover(cache, this))
    , m_navigator(new AuthorNavigator(cache, this))
{
    setObjectName(QStringLiteral("mainWindow"));

    // Navigation.
    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("navigationToolBar"));
    m_toolbar->setMovable(false);
    m_back = m_toolbar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), QString(), this, &MainWindow::goBack);
    m_back->setObjectName(QStringLiteral("backAction"));
    m_back->setShortcuts({QKeySequence(QKeySequence::Back), QKeySequence(Qt::ALT | Qt::Key_Left)});
    m_forward = m_toolbar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), QString(), this, &MainWindow::goForward);
    m_forward->setObjectName(QStringLiteral("forwardAction"));
    m_forward->setShortcuts({QKeySequence(QKeySequence::Forward), QKeySequence(Qt::ALT | Qt::Key_Right)});
    m_toolbar->addSeparator();
    m_searchBox = new SearchBox(m_cache, m_toolbar);
    m_searchBox->setMaximumWidth(560);
    m_toolbar->addWidget(m_searchBox);
    connect(m_searchBox, &SearchBox::authorChosen, this,
            [this](const QString &id, const QString &name, bool) { openOrSync(id, name); });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    // For authors that are not cached, sync errors, failed reads.
    m_messages = new MessageBar(central);
    layout->addWidget(m_messages);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_profile = new ProfilePanel;
    auto *scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("profileScroll"));
    scroll->setWidget(m_profile);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(420);
    splitter->addWidget(scroll);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_publications = new PublicationsPanel(m_cache);
    m_tabs->addTab(m_publications, QString());
    m_charts = new views::YearCharts(m_tabs);
    m_tabs->addTab(m_charts, QString());
    m_network = new NetworkPanel(m_cache);
    // The network's toolbar is wide; in a scroll area it cannot force the
    // window wider than the screen.
    auto *networkScroll = new QScrollArea(m_tabs);
    networkScroll->setObjectName(QStringLiteral("networkScroll"));
    networkScroll->setWidget(m_network);
    networkScroll->setWidgetResizable(true);
    networkScroll->setFrameShape(QFrame::NoFrame);
    networkScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_networkPage = networkScroll;
    m_tabs->addTab(networkScroll, QString());
    m_research = new ResearchGraphPanel(m_cache);
    // Wide toolbars too: the same scroll area as the network's.
    auto *researchScroll = new QScrollArea(m_tabs);
    researchScroll->setObjectName(QStringLiteral("researchGraphScroll"));
    researchScroll->setWidget(m_research);
    researchScroll->setWidgetResizable(true);
    researchScroll->setFrameShape(QFrame::NoFrame);
    researchScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_researchPage = researchScroll;
    m_tabs->addTab(researchScroll, QString());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({460, 900});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    // Where links lead.
    connect(m_navigator, &AuthorNavigator::showRequested, this, [this](const QString &id) { showAuthor(id); });
    connect(m_navigator, &AuthorNavigator::historyChanged, this, &MainWindow::updateNavigation);
    connect(m_navigator, &AuthorNavigator::message, m_messages, &MessageBar::offerSync);
    connect(m_messages, &MessageBar::syncRequested, this, &MainWindow::syncRequested);
    connect(m_network, &NetworkPanel::authorActivated, this, [this](const QString &id) { navigateTo(id); });
    connect(m_network, &NetworkPanel::workActivated, this, &MainWindow::showWork);
    connect(m_research, &ResearchGraphPanel::authorActivated, this, [this](const QString &id) { navigateTo(id); });
    connect(m_research, &ResearchGraphPanel::workActivated, this, &MainWindow::openWork);
    connect(m_research, &ResearchGraphPanel::fetchCitationsRequested, this, &MainWindow::fetchCitations);
    connect(m_research, &ResearchGraphPanel::seedsFromSelectionRequested, this, [this] {
        const QStringList selected = m_publications->workIds(ExportDialog::Scope::Selected);
        if (selected.isEmpty()) {
            statusBar()->showMessage(tr("Select works in the Publications table first."), 5000);
            return;
        }
        m_research->setSeedWorks(selected);
    });
    connect(m_research, &ResearchGraphPanel::statusMessage, this,
            [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(m_profile, &ProfilePanel::authorActivated, this, &MainWindow::navigateTo);
    connect(m_profile, &ProfilePanel::mergeRequested, this, &MainWindow::confirmMerge);
    connect(m_publications, &PublicationsPanel::authorActivated, this, [this](const QString &id) { navigateTo(id); });
    connect(m_publications, &PublicationsPanel::exclusionChanged, this, &MainWindow::recomputeMetrics);
    connect(m_publications, &PublicationsPanel::statusMessage, this,
            [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    // The network is built when its tab is shown, not for every profile opened.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_networkPage && !m_authorId.isEmpty()
            && (m_network->authorId() != m_authorId || std::exchange(m_networkStale, false)))
            m_network->setAuthor(m_authorId);
        if (m_tabs->currentWidget() == m_researchPage && !m_authorId.isEmpty()
            && (m_research->authorId() != m_authorId || std::exchange(m_researchStale, false)))
            m_research->setAuthor(m_authorId);
    });
    m_profile->setSinceYear(m_referenceYear - 5);

    m_follows = new FollowStore(m_cache, this);
    m_feed = new ChangeFeedModel(m_cache, this);
    m_palette = new CommandPalette(m_cache, this);
    connect(m_palette, &CommandPalette::authorChosen, this, [this](const QString &id) { openOrSync(id); });
    connect(m_palette, &CommandPalette::workChosen, this, &MainWindow::openWork);
    m_syncReloadTimer = new QTimer(this);
    m_syncReloadTimer->setSingleShot(true);
    m_syncReloadTimer->setInterval(400);
    connect(m_syncReloadTimer, &QTimer::timeout, this, &MainWindow::reloadAfterSync);
    connect(m_mover, &CacheMover::finished, this, &MainWindow::onCacheMoved);
    m_live = new LiveUpdates(m_cache, this);
    connect(m_live, &LiveUpdates::changed, this, &MainWindow::applyLiveChanges);
    buildFollowsDock();
    buildActions();
    buildMenus();
    m_status = new SyncStatusBar(m_cache, m_cancelSyncAction, this);
    statusBar()->addPermanentWidget(m_status);
    connect(this, &MainWindow::authorLoaded, this, [this](const QString &id) {
        m_followsPanel->setCurrentAuthor(id);
        if (m_lastLoadInPlace) {
            // Another client changed the author: the maps are built again
            // when next shown, not under the eyes of someone exploring them
            // (a rebuild starts the layout over and forgets expanded nodes).
            m_networkStale = m_network->authorId() == id;
            m_researchStale = m_research->authorId() == id;
        } else {
            if (m_tabs->currentWidget() == m_networkPage)
                m_network->setAuthor(id);
            if (m_tabs->currentWidget() == m_researchPage && m_research->authorId() != id)
                m_research->setAuthor(id);
        }
        updateAuthorActions();
    });
    // Asking to sync an author from the message bar: without a controller
    // the signal is for whoever listens (tests, the app).
    connect(this, &MainWindow::syncRequested, this, [this](const QString &id) {
        if (!m_sync)
            return;
        m_navigator->setWaitingFor(id);
        m_sync->request(id);
    });

    retranslateUi();
    updateNavigation();
    updateAuthorActions();
    statusBar()->showMessage(tr("Cache: %1").arg(m_cache.path().isEmpty() ? tr("in memory") : m_cache.path()));
    setTabOrder(m_searchBox, m_profile);
    QSize size(1360, 860);
    if (QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.95);
    resize(size);
}

MainWindow::~MainWindow() = default;

PublicationTableModel *MainWindow::publicationModel() const
{
    return m_publications->model();
}

PublicationFilterProxy *MainWindow::publicationProxy() const
{
    return m_publications->proxy();
}

bool MainWindow::canGoBack() const
{
    return m_navigator->canGoBack();
}

bool MainWindow::canGoForward() const
{
    return m_navigator->canGoForward();
}

bool MainWindow::isMovingCache() const
{
    return m_mover->isRunning();
}

void MainWindow::buildActions()
{
    auto icon = [this](const char *themeName, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(themeName), style()->standardIcon(fallback));
    };
    auto make = [this](const char *name, const QKeySequence &key = {}) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        addAction(a);
        return a;
    };

    m_findAction = make("findResearcherAction", QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    m_paletteAction = make("commandPaletteAction", QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_paletteAction, &QAction::triggered, this, &MainWindow::showCommandPalette);

    m_refreshAction = make("refreshAction", QKeySequence::Refresh);
    m_refreshAction->setIcon(icon("view-refresh", QStyle::SP_BrowserReload));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrent);
    m_followAction = make("followAction", QKeySequence(Qt::CTRL | Qt::Key_D));
    m_followAction->setCheckable(true);
    m_followAction->setIcon(icon("starred", QStyle::SP_DialogYesButton));
    connect(m_followAction, &QAction::triggered, this, &MainWindow::toggleFollow);
    m_refreshFollowedAction = make("refreshFollowedAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_refreshFollowedAction, &QAction::triggered, this, &MainWindow::refreshFollowed);
    m_cancelSyncAction = make("cancelSyncAction");
    m_cancelSyncAction->setIcon(icon("process-stop", QStyle::SP_BrowserStop));
    m_cancelSyncAction->setEnabled(false);
    connect(m_cancelSyncAction, &QAction::triggered, this, [this] {
        if (m_sync)
            m_sync->cancel();
    });
    m_offlineAction = make("workOfflineAction");
    m_offlineAction->setCheckable(true);
    connect(m_offlineAction, &QAction::toggled, this, &MainWindow::setOffline);
    m_exportAction = make("exportAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setIcon(icon("document-save-as", QStyle::SP_DialogSaveButton));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportPublications);
    m_settingsAction = make("settingsAction");
    m_settingsAction->setShortcuts({QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_settingsAction->setIcon(icon("preferences-system", QStyle::SP_FileDialogDetailedView));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_undoIdentityAction = make("undoIdentityAction", QKeySequence::Undo);
    connect(m_undoIdentityAction, &QAction::triggered, this, &MainWindow::undoIdentityCorrection);
    m_redoIdentityAction = make("redoIdentityAction", QKeySequence::Redo);
    connect(m_redoIdentityAction, &QAction::triggered, this, &MainWindow::redoIdentityCorrection);
    m_identityAction = make("identityCorrectionsAction");
    connect(m_identityAction, &QAction::triggered, this, &MainWindow::showIdentityCorrections);
    m_quitAction = make("quitAction", QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *a = make("", QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        a->setObjectName(QStringLiteral("showTab%1Action").arg(i + 1));
        connect(a, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        m_tabActions << a;
    }
    // The research graph's maps, each from the palette and a shortcut.
    for (int map = 0; map < 3; ++map) {
        static const char *const names[] = {"researchContextAction", "researchCitationsAction", "researchSimilarityAction"};
        auto *a = make(names[map], QKeySequence(Qt::CTRL | Qt::SHIFT | (Qt::Key_1 + map)));
        connect(a, &QAction::triggered, this, [this, map] { showResearchMap(map); });
        m_researchMapActions << a;
    }
    m_fetchCitationsAction = make("fetchCitationsAction");
    connect(m_fetchCitationsAction, &QAction::triggered, this, [this] {
        if (m_authorId.isEmpty())
            return;
        if (m_research->authorId() != m_authorId)
            m_research->setAuthor(m_authorId);
        m_research->expandMap();
    });

    QAction *dockToggle = m_followsDock->toggleViewAction();
    dockToggle->setObjectName(QStringLiteral("toggleFollowsDockAction"));
    dockToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_import = new ImportController(m_cache, this);
    m_fileMenu->addAction(m_import->importFilesAction());
    m_fileMenu->addAction(m_import->importFolderAction());
    m_fileMenu->addSeparator();
    setAcceptDrops(true);
    // What an import wrote shows as what a sync wrote does.
    connect(m_import, &ImportController::finished, this, [this](const ImportReport &report) {
        m_followsPanel->refresh();
        if (!m_authorId.isEmpty() && !m_loading)
            showAuthor(m_authorId);
        statusBar()->showMessage(ImportController::summary(report).section(u'\n', 0, 0), 8000);
    });
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_offlineAction);
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_researcherMenu = menuBar()->addMenu(QString());
    m_researcherMenu->setObjectName(QStringLiteral("researcherMenu"));
    m_researcherMenu->addAction(m_findAction);
    m_researcherMenu->addAction(m_back);
    m_researcherMenu->addAction(m_forward);
    m_researcherMenu->addSeparator();
    m_researcherMenu->addAction(m_refreshAction);
    m_researcherMenu->addAction(m_cancelSyncAction);
    m_researcherMenu->addAction(m_followAction);
    m_researcherMenu->addAction(m_refreshFollowedAction);
    m_researcherMenu->addAction(m_fetchCitationsAction);
    m_researcherMenu->addSeparator();
    m_researcherMenu->addAction(m_undoIdentityAction);
    m_researcherMenu->addAction(m_redoIdentityAction);
    m_researcherMenu->addAction(m_identityAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_paletteAction);
    m_viewMenu->addAction(m_followsDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_tabActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_researchMapActions);

    m_toolbar->addAction(m_refreshAction);
    m_toolbar->addAction(m_followAction);
}

void MainWindow::buildFollowsDock()
{
    m_followsPanel = new FollowsDock(*m_follows, *m_feed, this);
    m_followsDock = new QDockWidget(this);
    m_followsDock->setObjectName(QStringLiteral("followsDock"));
    m_followsDock->setWidget(m_followsPanel);
    m_followsDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_followsDock);
    resizeDocks({m_followsDock}, {260}, Qt::Horizontal);
    // Until someone is followed the sidebar has nothing to say; it appears
    // with the first follow (a saved window state overrides this).
    if (m_follows->followedIds().valueOr({}).isEmpty())
        m_followsDock->hide();
    connect(m_followsPanel, &FollowsDock::authorActivated, this, [this](const QString &id) { openOrSync(id); });
    connect(m_followsPanel, &FollowsDock::refreshFollowedRequested, this, &MainWindow::refreshFollowed);
}

SyncController *MainWindow::syncController() const
{
    return m_sync;
}

QList<QAction *> MainWindow::paletteActions() const
{
    QList<QAction *> out;
    const QList<QAction *> all = findChildren<QAction *>();
    for (QAction *a : all) {
        if (a == m_paletteAction || a->objectName().isEmpty() || a->text().isEmpty() || a->menu())
            continue;
        out << a;
    }
    return out;
}

void MainWindow::setSyncController(SyncController *controller)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = controller;
    m_navigator->setSyncController(controller);
    m_status->setSyncController(controller);
    if (!controller) {
        updateAuthorActions();
        return;
    }
    connect(controller, &SyncController::started, this, [this] { m_cancelSyncAction->setEnabled(true); });
    connect(controller, &SyncController::idle, this, [this] { m_cancelSyncAction->setEnabled(false); });
    connect(controller, &SyncController::committed, this, &MainWindow::onSyncCommitted);
    connect(controller, &SyncController::finished, this, &MainWindow::onSyncFinished);
    connect(controller, &SyncController::confirmationNeeded, this, &MainWindow::confirmSync);
    connect(controller, &SyncController::citationsEstimated, this, &MainWindow::confirmCitations);
    connect(controller, &SyncController::citationsFinished, this, &MainWindow::onCitationsFinished);
    connect(controller, &SyncController::citationProgress, this, [this](const CitationProgress &progress) {
        statusBar()->showMessage(describeCitationProgress(progress), 4000);
    });
    controller->setOffline(m_offline || isMovingCache());
    applySyncConfig();
    updateAuthorActions();
}

void MainWindow::setAppSettings(AppSettings *settings, ApiKeyStore *keys)
{
    m_settings = settings;
    m_keys = keys;
    if (!settings)
        return;
    m_ttlDays = settings->ttlDays();
    m_navigator->setTtlDays(m_ttlDays);
    m_followsPanel->setTtlDays(m_ttlDays);
    restoreGeometry(settings->windowGeometry());
    restoreState(settings->windowState());
    connect(settings, &AppSettings::networkSettingsChanged, this, [this] {
        m_ttlDays = m_settings->ttlDays();
        m_navigator->setTtlDays(m_ttlDays);
        m_followsPanel->setTtlDays(m_ttlDays);
        applySyncConfig();
        updateAuthorActions();
    });
    connect(settings, &AppSettings::themeChanged, this, [](AppSettings::Theme theme) { applyTheme(theme); });
    applySyncConfig();
}

void MainWindow::applySyncConfig()
{
    if (!m_sync)
        return;
    SyncConfig config = m_sync->config();
    if (m_settings) {
        config.requestsPerSecond = m_settings->requestsPerSecond();
        config.ttlDays = m_settings->ttlDays();
        const int share = m_settings->confirmSharePercent();
        config.confirmShare = share > 0 ? share / 100.0 : -1.0;
    }
    m_sync->setConfig(config);
    // One client for suggestions and syncs: one rate limit, one budget.
    m_searchBox->setClient(m_sync->client());
}

void MainWindow::confirmSync(const QString &authorId, const SyncEstimate &estimate, const BudgetStatus &budget)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Sync %1?").arg(authorLabel(authorId)),
                                tr("This sync is estimated at %n list call(s) (%1), more than you asked to spend without "
                                   "confirming: %2.", nullptr, estimate.listCalls())
                                    .arg(formatUsd(estimate.costUsd()), describeBudget(budget)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmSyncBox"));
    box->setInformativeText(describeEstimate(estimate));
    box->addButton(tr("Sync"), QMessageBox::AcceptRole)->setObjectName(QStringLiteral("confirmSyncButton"));
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (!m_sync)
            return;
        if (box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole)
            m_sync->proceed();
        else
            m_sync->cancel();
    });
    box->open();
}

void MainWindow::showResearchMap(int map)
{
    if (m_authorId.isEmpty())
        return;
    // The map first: showing the tab then builds that map for this author
    // (one build when the tab was showing someone else).
    m_research->setMap(static_cast<ResearchMap>(map));
    m_tabs->setCurrentWidget(m_researchPage);
    if (m_research->authorId() != m_authorId)
        m_research->setAuthor(m_authorId);
}

void MainWindow::fetchCitations(const CitationOptions &options)
{
    if (!m_sync || m_offline) {
        m_messages->showMessage(m_offline ? tr("Peerscope is offline. Turn off File › Work offline to fetch citations.")
                                          : tr("Fetching citations needs a connection to OpenAlex, which this window does not have."),
                                MessageBar::Type::Warning);
        return;
    }
    m_citationsToConfirm = std::make_unique<CitationOptions>(options);
    statusBar()->showMessage(tr("Estimating what fetching the citations costs…"), 4000);
    m_sync->estimateCitations(options);
}

void MainWindow::confirmCitations(const CitationEstimate &estimate, const QString &error)
{
    if (!m_citationsToConfirm)
        return;
    std::unique_ptr<CitationOptions> options = std::move(m_citationsToConfirm);
    if (!error.isEmpty()) {
        m_messages->showMessage(tr("Could not estimate the citations to fetch: %1").arg(error), MessageBar::Type::Error);
        return;
    }
    if (estimate.listCallsMax() == 0) {
        statusBar()->showMessage(tr("Every reference and citing work of these works is already cached."), 6000);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Fetch citations?"),
                                tr("Fetch the references and citing works missing from the cache?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmCitationsBox"));
    box->setInformativeText(describeCitationEstimate(estimate));
    box->addButton(tr("Fetch"), QMessageBox::AcceptRole)->setObjectName(QStringLiteral("confirmCitationsButton"));
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const CitationOptions chosen = *options;
    connect(box, &QMessageBox::finished, this, [this, box, chosen] {
        if (m_sync && box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole && m_sync->requestCitations(chosen))
            statusBar()->showMessage(tr("Fetching citations…"), 4000);
    });
    box->open();
}

void MainWindow::onCitationsFinished(const CitationResult &result)
{
    updateAuthorActions();
    if (!result.ok()) {
        m_messages->showMessage(result.error.isEmpty() ? tr("The citation sync failed.") : result.error, MessageBar::Type::Error);
        emit syncErrorShown(result.error);
    } else {
        statusBar()->showMessage(tr("Citations fetched: %1 referenced and %2 citing work(s) written, %n list call(s).", nullptr,
                                    result.listCalls)
                                     .arg(result.referencesFetched)
                                     .arg(result.citingFetched),
                                 8000);
    }
    // What landed is drawn, even after a failure part-way.
    if (!m_research->authorId().isEmpty())
        m_research->rebuild();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings) {
        m_settings->setWindowGeometry(saveGeometry());
        m_settings->setWindowState(saveState());
        m_settings->sync();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

// Every text of the window itself, in the current language; the panels and
// bars word their own.
void MainWindow::retranslateUi()
{
    updateTitle();
    m_toolbar->setWindowTitle(tr("Navigation"));
    m_back->setText(tr("Back to the previous profile"));
    m_back->setToolTip(tr("Back to the previous profile (Alt+Left)"));
    m_forward->setText(tr("Forward to the next profile"));
    m_forward->setToolTip(tr("Forward to the next profile (Alt+Right)"));

    m_tabs->setTabText(m_tabs->indexOf(m_publications), tr("Publications"));
    m_tabs->setTabText(m_tabs->indexOf(m_charts), tr("Charts"));
    m_tabs->setTabText(m_tabs->indexOf(m_networkPage), tr("Network"));
    m_tabs->setTabText(m_tabs->indexOf(m_researchPage), tr("Research graph"));
    for (int i = 0; i < m_tabActions.size(); ++i)
        m_tabActions.at(i)->setText(tr("Show the %1 tab").arg(m_tabs->tabText(i)));

    m_findAction->setText(tr("Find a researcher"));
    m_paletteAction->setText(tr("Command palette…"));
    m_refreshAction->setText(tr("Refresh this researcher"));
    m_refreshAction->setToolTip(tr("Sync the researcher on screen from OpenAlex again (F5)"));
    m_followAction->setToolTip(tr("Follow or unfollow the researcher on screen (Ctrl+D)"));
    m_refreshFollowedAction->setText(tr("Refresh followed researchers"));
    m_cancelSyncAction->setText(tr("Cancel the sync"));
    m_offlineAction->setText(tr("Work offline"));
    m_exportAction->setText(tr("Export publications…"));
    m_settingsAction->setText(tr("Settings…"));
    m_quitAction->setText(tr("Quit"));
    m_undoIdentityAction->setText(tr("Undo identity correction"));
    m_redoIdentityAction->setText(tr("Redo identity correction"));
    m_identityAction->setText(tr("Identity corrections…"));
    m_researchMapActions.at(0)->setText(tr("Research graph: context"));
    m_researchMapActions.at(1)->setText(tr("Research graph: citations"));
    m_researchMapActions.at(2)->setText(tr("Research graph: similarity"));
    m_fetchCitationsAction->setText(tr("Fetch citations…"));
    m_fetchCitationsAction->setToolTip(tr("Fetch the references and citing works of this researcher's works that are "
                                          "missing from the cache, after showing what it costs"));
    m_followsDock->setWindowTitle(tr("Followed and changes"));
    m_followsDock->toggleViewAction()->setText(tr("Show followed researchers and changes"));
    m_fileMenu->setTitle(tr("&File"));
    m_researcherMenu->setTitle(tr("&Researcher"));
    m_viewMenu->setTitle(tr("&View"));

    updateAuthorActions();
    retranslateTrust();
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_current.profile.isValid() ? tr("%1 — Peerscope").arg(m_current.profile.author.name) : tr("Peerscope"));
}

// The profile's evidence is worded when it is computed: compute it again,
// on a worker (it reads the author's works and identity records).
void MainWindow::retranslateTrust()
{
    if (!m_current.profile.isValid() || m_loading)
        return;
    const QString id = m_authorId;
    const int year = m_referenceYear;
    m_trust->run([id, year](Cache &cache) { return TrustSnapshot::fromRead(computeTrust(cache, id, year)); },
                 [this, id](const TrustSnapshot &trust) {
                     if (id != m_authorId || m_loading)
                         return;
                     m_current.trust = trust;
                     m_profile->setProfile(m_current.profile, m_current.trust);
                     m_profile->setPapers(publicationModel()->includedPapers(), m_referenceYear);
                 });
}

bool MainWindow::isStale(const QString &authorId) const
{
    return syncstore::isStale(m_cache, authorId, m_ttlDays);
}

QString MainWindow::authorLabel(const QString &authorId) const
{
    if (const std::optional<AuthorSummary> s = m_cache.authorSummary(authorId))
        return s->name;
    return authorId;
}

void MainWindow::updateAuthorActions()
{
    const bool hasAuthor = !m_authorId.isEmpty();
    const bool canSync = m_sync && !m_offline;
    m_refreshAction->setEnabled(hasAuthor && canSync && !text::isPersonId(m_authorId));
    m_followAction->setEnabled(hasAuthor);
    const bool followed = hasAuthor && m_follows->isFollowed(m_authorId);
    m_followAction->setChecked(followed);
    m_followAction->setText(followed ? tr("Unfollow this researcher") : tr("Follow this researcher"));
    m_refreshFollowedAction->setEnabled(canSync && !m_follows->followedIds().valueOr({}).isEmpty());
    m_exportAction->setEnabled(hasAuthor);
    for (QAction *a : std::as_const(m_researchMapActions))
        a->setEnabled(hasAuthor);
    m_fetchCitationsAction->setEnabled(hasAuthor && canSync);
    m_cancelSyncAction->setEnabled(m_sync && m_sync->isBusy());
    m_offlineAction->blockSignals(true);
    m_offlineAction->setChecked(m_offline);
    m_offlineAction->blockSignals(false);
    if (!m_status)
        return;
    m_status->setOffline(m_offline);
    if (hasAuthor && isStale(m_authorId) && !text::isPersonId(m_authorId))
        m_status->showStale(m_cache.fetchedAt(m_authorId), m_ttlDays);
    else
        m_status->hideStale();
}

bool MainWindow::openAuthor(const QString &authorId)
{
    return m_navigator->open(authorId);
}

void MainWindow::navigateTo(const QString &authorId, const QString &name)
{
    m_navigator->open(authorId, name);
}

void MainWindow::openOrSync(const QString &authorId, const QString &name)
{
    m_navigator->open(authorId, name, AuthorNavigator::Missing::Fetch);
}

void MainWindow::goBack()
{
    m_navigator->back();
}

void MainWindow::goForward()
{
    m_navigator->forward();
}

void MainWindow::updateNavigation()
{
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
}

void MainWindow::refreshCurrent()
{
    if (m_authorId.isEmpty())
        return;
    if (m_offline) {
        statusBar()->showMessage(tr("Peerscope is offline. Turn off File › Work offline to refresh."), 5000);
        return;
    }
    if (!m_sync) {
        emit syncRequested(m_authorId);
        return;
    }
    m_sync->request(m_authorId, true);
}

void MainWindow::toggleFollow()
{
    if (m_authorId.isEmpty())
        return;
    const QString name = authorLabel(m_authorId);
    if (m_follows->isFollowed(m_authorId)) {
        m_follows->unfollow(m_authorId);
        statusBar()->showMessage(tr("You no longer follow %1.").arg(name), 4000);
    } else {
        m_follows->follow(m_authorId);
        m_followsDock->show();
        statusBar()->showMessage(tr("You follow %1. Their changes appear under What changed after each sync.").arg(name), 4000);
    }
    updateAuthorActions();
}

void MainWindow::refreshFollowed()
{
    const Read<QStringList> followed = m_follows->followedIds();
    if (!followed) {
        m_messages->showMessage(tr("Cannot read the followed authors: %1").arg(followed.error()), MessageBar::Type::Error);
        return;
    }
    const QStringList ids = *followed;
    if (ids.isEmpty())
        return;
    if (!m_sync || m_offline) {
        statusBar()->showMessage(tr("Peerscope is offline. Turn off File › Work offline to refresh."), 5000);
        return;
    }
    const int queued = m_sync->requestAll(ids);
    statusBar()->showMessage(tr("Refreshing %n followed researcher(s), one after the other.", nullptr, queued), 5000);
}

void MainWindow::showCommandPalette()
{
    m_palette->setActions(paletteActions());
    m_palette->popup();
}

void MainWindow::showSettings()
{
    if (!m_settings || !m_keys) {
        statusBar()->showMessage(tr("Settings are not available in this window."), 4000);
        return;
    }
    auto *dialog = new SettingsDialog(*m_settings, *m_keys, m_cache.path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::apiKeyChanged, this, [this](const QString &key) {
        if (!m_sync)
            return;
        SyncConfig config = m_sync->config();
        config.apiKey = key;
        m_sync->setConfig(config);
        applySyncConfig();
    });
    connect(dialog, &SettingsDialog::cacheMoveRequested, this, &MainWindow::moveCache);
    connect(dialog, &SettingsDialog::cacheLocationChosen, this, &MainWindow::switchCache);
    dialog->open();
}

void MainWindow::switchCache(const QString &location)
{
    if (!m_settings)
        return;
    m_settings->setCachePath(location);
    // Everything the window holds (models, workers, the watcher of other
    // clients' changes) belongs to the open cache: a new start opens the
    // other one cleanly, as Zotero and JabRef do when the library changes.
    const QString where = StorageLocation::parse(location).isPostgreSql() ? tr("the team server %1").arg(StorageLocation::parse(location).display())
                                                                          : QDir::toNativeSeparators(location);
    m_messages->showMessage(tr("Peerscope opens %1 from its next start.").arg(where), MessageBar::Type::Information,
                            tr("Restart Now"), [] {
                                if (QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1)))
                                    QCoreApplication::quit();
                            });
}

void MainWindow::moveCache(const QString &newPath)
{
    if (m_sync && m_sync->isBusy()) {
        m_messages->showMessage(tr("The cache cannot move while a sync is running. Cancel the sync or wait for it, then "
                                   "change the cache location again."), MessageBar::Type::Warning, tr("Cancel the sync"), [this] {
            if (m_sync)
                m_sync->cancel();
        });
        emit cacheMoved(false, m_messages->text());
        return;
    }
    // No sync may write to the file while it is copied.
    if (m_sync)
        m_sync->setOffline(true);
    // Nor keep a connection to the old file open meanwhile.
    m_live->stop();
    QString error;
    if (!m_mover->start(newPath, &error)) {
        if (m_sync)
            m_sync->setOffline(m_offline);
        m_live->restart();
        m_messages->showMessage(error, MessageBar::Type::Error);
        emit cacheMoved(false, error);
        return;
    }
    m_status->showBusy(tr("Moving the cache to %1…").arg(QDir::toNativeSeparators(newPath)));
}

void MainWindow::onCacheMoved(bool ok, const QString &error)
{
    m_status->hideBusy();
    if (m_sync)
        m_sync->setOffline(m_offline);
    m_live->restart(); // wherever the cache now is
    if (!ok) {
        m_messages->showMessage(error, MessageBar::Type::Error);
        emit cacheMoved(false, error);
        return;
    }
    if (m_settings)
        m_settings->setCachePath(m_cache.path());
    if (m_sync)
        m_sync->setCachePath(m_cache.path());
    statusBar()->showMessage(tr("The cache is now at %1.").arg(m_cache.path()), 6000);
    emit cacheMoved(true, {});
}

void MainWindow::confirmMerge(const QString &otherId)
{
    const std::optional<AuthorSummary> other = m_cache.authorSummary(otherId);
    const std::optional<AuthorSummary> self = m_cache.authorSummary(m_authorId);
    if (!other || !self)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Merge records"),
                                tr("Treat %1 (%2) as the same person as %3 (%4)? Their works will count once, for %3, "
                                   "in every view and export. You can undo this at any time.")
                                    .arg(other->name, other->id, self->name, self->id),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmMergeBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, otherId] { mergeIntoCurrent(otherId); });
    box->open();
}

void MainWindow::correct(std::function<identity::Corrections::Result(identity::Corrections &)> action,
                         std::function<void(const identity::Corrections::Result &)> done)
{
    auto start = [this, action = std::move(action), done = std::move(done)] {
        m_correctionRunning = true;
        auto next = [this] {
            m_correctionRunning = false;
            if (!m_correctionQueue.empty()) {
                auto queued = std::move(m_correctionQueue.front());
                m_correctionQueue.pop_front();
                queued();
            }
        };
        m_correcting->run([action](Cache &cache) {
                identity::Corrections corrections(cache);
                return action(corrections);
            },
            [done, next](const identity::Corrections::Result &r) {
                done(r);
                next();
            },
            [this, next](const QString &why) {
                m_messages->showMessage(why, MessageBar::Type::Error);
                next();
            });
    };
    if (m_correctionRunning)
        m_correctionQueue.push_back(std::move(start));
    else
        start();
}

bool MainWindow::mergeIntoCurrent(const QString &otherId, const QString &reasonIn, identity::OnConflict onConflict)
{
    if (m_authorId.isEmpty())
        return false;
    const QString reason = reasonIn.isEmpty() ? tr("Merged from the duplicate warning in the window") : reasonIn;
    const QString person = m_authorId;
    correct([person, otherId, reason, onConflict](identity::Corrections &corrections) {
                corrections.setOnConflict(onConflict);
                return corrections.merge(person, {otherId}, reason);
            },
            [this, person, otherId, reason](const identity::Corrections::Result &r) {
                if (r.conflict) {
                    // Someone (on a team server, maybe another person) said
                    // otherwise: both sides and a choice, nothing written
                    // until chosen.
                    promptConflict(this, *r.conflict, [this, otherId, reason, person](identity::OnConflict how) {
                        if (m_authorId == person)
                            mergeIntoCurrent(otherId, reason, how);
                    });
                    return;
                }
                if (!r.ok) {
                    m_messages->showMessage(r.error, MessageBar::Type::Error);
                    return;
                }
                if (r.declined)
                    statusBar()->showMessage(tr("Kept the other correction; your merge of %1 is in the log as declined.").arg(otherId), 8000);
                else
                    statusBar()->showMessage(tr("Merged %1 into %2. Undo with %3.")
                                                 .arg(otherId, person, m_undoIdentityAction->shortcut().toString(QKeySequence::NativeText)),
                                             8000);
                identityChanged(r.personId);
            });
    return true;
}

void MainWindow::undoIdentityCorrection()
{
    correct([](identity::Corrections &corrections) { return corrections.undo(); },
            [this](const identity::Corrections::Result &r) {
                if (!r.ok) {
                    statusBar()->showMessage(r.error, 4000);
                    return;
                }
                statusBar()->showMessage(tr("Identity correction undone."), 4000);
                identityChanged(r.personId);
            });
}

void MainWindow::redoIdentityCorrection()
{
    correct([](identity::Corrections &corrections) { return corrections.redo(); },
            [this](const identity::Corrections::Result &r) {
                if (r.conflict) {
                    // Redo has no third way: say what stands against it.
                    QStringList theirs;
                    for (const identity::Correction &c : r.conflict->theirs)
                        theirs << identity::Corrections::describe(c);
                    m_messages->showMessage(tr("%1 %2").arg(r.error, theirs.join(QStringLiteral("; "))), MessageBar::Type::Warning);
                    return;
                }
                if (!r.ok) {
                    statusBar()->showMessage(r.error, 4000);
                    return;
                }
                statusBar()->showMessage(tr("Identity correction redone."), 4000);
                identityChanged(r.personId);
            });
}

void MainWindow::showIdentityCorrections()
{
    auto *dialog = new IdentityDialog(m_cache, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IdentityDialog::identityChanged, this, &MainWindow::identityChanged);
    dialog->open();
}

void MainWindow::identityChanged(const QString &personId)
{
    Q_UNUSED(personId);
    if (m_authorId.isEmpty())
        return;
    // The record on screen may have just become part of someone else, or
    // stopped being so; show whoever it now is.
    const QString entry = m_navigator->current();
    const QString now = m_cache.resolveAlias(entry.isEmpty() ? m_authorId : entry);
    if (now != m_authorId)
        openAuthor(now);
    else
        showAuthor(m_authorId);
}

void MainWindow::exportPublications()
{
    if (m_authorId.isEmpty())
        return;
    PublicationTableModel *model = publicationModel();
    auto *dialog = new ExportDialog(model->rowCount(), publicationProxy()->matchCount(), m_publications->selectedCount(),
                                    int(model->excluded().size()), this);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = authorLabel(m_authorId);
    dialog->setPath(QDir(base).filePath(name.replace(u' ', u'-') + QStringLiteral(".bib")));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        exportWorks(dialog->scope(), dialog->options(), dialog->path());
    });
    dialog->open();
}

QFuture<ExportResult> MainWindow::exportWorks(ExportDialog::Scope scope, const ExportOptions &options, const QString &path)
{
    const QStringList ids = m_publications->workIds(scope);
    // Reading tens of thousands of works takes seconds: a worker with its
    // own connection does it, and the status bar says when it is done. Each
    // export has its own task, so a second one does not cancel the first.
    if (m_cache.isSharedFile())
        statusBar()->showMessage(tr("Exporting %n work(s)…", nullptr, int(ids.size())));
    m_exports.push_back(std::make_unique<CacheTask>(m_cache, this));
    CacheTask *task = m_exports.back().get();
    auto finish = [this, task] {
        // After the delivery has returned.
        QTimer::singleShot(0, this, [this, task] {
            m_exports.remove_if([task](const std::unique_ptr<CacheTask> &t) { return t.get() == task; });
        });
    };
    QFuture<Read<ExportResult>> future = task->run(
        [ids, options, path](Cache &cache) { return exportCachedWorks(cache, ids, options, path); },
        [this, path, finish](const ExportResult &result) {
            reportExport(result, path);
            finish();
        },
        [this, path, finish](const QString &why) {
            ExportResult failed;
            failed.error = tr("Could not read the cache for the export (%1). Try again, or check the cache file.").arg(why);
            reportExport(failed, path);
            finish();
        });
    return future.then([](const Read<ExportResult> &read) -> ExportResult {
        if (read)
            return *read;
        ExportResult failed;
        failed.error = read.error();
        return failed;
    });
}

void MainWindow::reportExport(const ExportResult &result, const QString &path)
{
    if (!result.ok)
        m_messages->showMessage(result.error, MessageBar::Type::Error);
    else
        statusBar()->showMessage(tr("Exported %n work(s) to %1.", nullptr, result.entries).arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::onSyncCommitted(const QString &authorId)
{
    if (authorId == m_authorId || m_navigator->awaits(authorId)) {
        if (!m_syncReloadTimer->isActive())
            m_syncReloadTimer->start();
    }
}

void MainWindow::reloadAfterSync()
{
    if (m_navigator->openArrived())
        return;
    if (!m_authorId.isEmpty() && !m_loading)
        showAuthor(m_authorId); // the panels show what has landed so far
}

void MainWindow::onSyncFinished(const SyncResult &result)
{
    m_followsPanel->refresh();
    if (result.ok() && !m_navigator->waitingFor().isEmpty())
        reloadAfterSync();
    else if (result.ok() && result.authorId == m_authorId)
        showAuthor(m_authorId);
    const QString who = authorLabel(result.authorId.isEmpty() ? m_navigator->waitingFor() : result.authorId);
    const SyncStatusBar::Report report = SyncStatusBar::describe(result, who);
    if (!report.error) {
        statusBar()->showMessage(report.text, 8000);
        updateAuthorActions();
        return;
    }
    std::function<void()> action;
    const QString id = result.authorId;
    switch (report.action) {
    case SyncStatusBar::Report::Action::OpenSettings:
        action = [this] { showSettings(); };
        break;
    case SyncStatusBar::Report::Action::Retry:
        action = [this, id] {
            if (m_sync)
                m_sync->request(id);
        };
        break;
    case SyncStatusBar::Report::Action::None:
        break;
    }
    if (m_navigator->waitingFor() == id)
        m_navigator->setWaitingFor({});
    m_messages->showMessage(report.text, MessageBar::Type::Error, report.actionText, action);
    emit syncErrorShown(report.text);
    updateAuthorActions();
}

void MainWindow::showAuthor(const QString &authorId, Reload how)
{
    m_reloadInPlace = how == Reload::InPlace;
    if (!m_reloadInPlace) {
        m_messages->hide();
        m_publications->setLoading(true);
        m_loadingMessage = tr("Loading %1…").arg(authorId);
        if (statusBar()->currentMessage().isEmpty())
            statusBar()->showMessage(m_loadingMessage, 3000);
    }
    m_pendingId = authorId;
    m_loading = true;
    m_trust->supersede();
    updateNavigation();
    const int year = m_referenceYear;
    // A second connection on the same file: WAL lets it read beside the UI's.
    // The first screen of rows comes first; profile, trust and charts follow
    // with the full load (seconds for an author with tens of thousands of works).
    // Not for an in-place reload: the rows on screen stay until the new ones are all here.
    if (m_cache.isSharedFile() && !m_reloadInPlace) {
        m_preview->run([authorId](Cache &cache) { return AuthorLoader::preview(cache, authorId, kPreviewRows); },
                       [this, authorId](const Read<QList<PublicationRow>> &rows) {
                           // Only while that author is still loading: the full rows may be here already.
                           if (!m_loading || authorId != m_pendingId || !rows || rows->isEmpty())
                               return;
                           m_publications->showPreview(authorId, *rows);
                       });
    }
    m_load->run(
        [authorId, year](Cache &cache) -> Read<LoadedAuthor> {
            Read<AuthorLoad> load = AuthorLoader::load(cache, authorId, year);
            if (!load)
                return Read<LoadedAuthor>::failureOf(load);
            LoadedAuthor loaded{std::move(*load), {}};
            loaded.charts = chartWorks(loaded.load);
            return loaded;
        },
        [this, authorId](Read<LoadedAuthor> loaded) {
            if (authorId != m_pendingId)
                return; // a newer request superseded this one
            if (!loaded) {
                loadFailed(authorId, loaded.error());
                return;
            }
            applyLoad(std::move(loaded->load), std::move(loaded->charts));
        },
        [this, authorId](const QString &why) {
            if (authorId == m_pendingId)
                loadFailed(authorId, why);
        });
}

void MainWindow::applyLiveChanges(const LiveChanges &changes)
{
    statusBar()->showMessage(changes.message, 10000);
    bool followsShown = changes.follows;
    for (const QString &id : changes.synced)
        followsShown = followsShown || m_followsPanel->lists(id); // their sync date and what changed
    if (followsShown) {
        m_followsPanel->refresh();
        updateAuthorActions();
    }
    // Nothing on screen, or an author the user asked for still loading:
    // that load reads what the other client wrote anyway.
    if (m_authorId.isEmpty() || m_loading)
        return;
    bool reload = changes.synced.contains(m_authorId);
    if (changes.people.isEmpty()) {
        if (reload)
            showAuthor(m_authorId, Reload::InPlace);
        return;
    }
    // A correction may have made the record on screen part of someone else,
    // or undone that: who it is now is read off the UI thread (a server is
    // a network round trip away), as identityChanged() asks for its own.
    const QString entry = m_navigator->current().isEmpty() ? m_authorId : m_navigator->current();
    reload = reload || changes.people.contains(m_authorId);
    m_liveResolve->run([entry](Cache &cache) { return cache.resolveAlias(entry); },
                       [this, entry, reload](const QString &now) {
                           const QString current = m_navigator->current().isEmpty() ? m_authorId : m_navigator->current();
                           if (current != entry || m_loading)
                               return; // the user went elsewhere meanwhile
                           if (!now.isEmpty() && now != m_authorId)
                               openAuthor(now);
                           else if (reload)
                               showAuthor(m_authorId, Reload::InPlace);
                       });
}

void MainWindow::loadFailed(const QString &authorId, const QString &error)
{
    m_loading = false;
    if (std::exchange(m_reloadInPlace, false)) {
        // What is on screen stays readable; only the other client's change is missing.
        // Named as shown, not read again: the cache may be what failed.
        const QString name = m_current.profile.author.name.isEmpty() ? authorId : m_current.profile.author.name;
        m_messages->showMessage(tr("%1 was changed elsewhere, but could not be read again: %2").arg(name, error),
                                MessageBar::Type::Warning, tr("Try again"), [this, authorId] {
                                    if (authorId == m_authorId && !m_loading)
                                        showAuthor(authorId, Reload::InPlace);
                                });
        return;
    }
    m_preview->supersede();
    m_current = AuthorLoad();
    m_current.authorId = authorId;
    m_authorId = authorId;
    m_chartWorks.clear();
    m_profile->showMessage(tr("Could not load this author"), tr("The cache could not be read. Try again, or check the cache file."));
    m_publications->showNoWorks(authorId);
    m_messages->showMessage(error, MessageBar::Type::Error, tr("Try again"), [this, authorId] { showAuthor(authorId); });
    updateTitle();
    updateNavigation();
}

void MainWindow::applyLoad(AuthorLoad load, QList<views::ChartWork> charts)
{
    m_loading = false;
    m_preview->supersede();
    m_current = std::move(load);
    m_chartWorks = std::move(charts);
    m_authorId = m_current.authorId;
    const Profile &p = m_current.profile;
    updateTitle();
    m_lastLoadInPlace = std::exchange(m_reloadInPlace, false);
    m_publications->showWorks(m_current.authorId, m_current.rows,
                              m_lastLoadInPlace ? PublicationsPanel::Refresh::InPlace : PublicationsPanel::Refresh::Fresh);
    m_profile->setProfile(p, m_current.trust);
    recomputeMetrics();
    updateNavigation();
    // A sync's report stays; otherwise say what was loaded.
    if (statusBar()->currentMessage().isEmpty() || statusBar()->currentMessage() == m_loadingMessage)
        statusBar()->showMessage(tr("%1: %n cached work(s)", nullptr, int(m_current.rows.size())).arg(p.author.name), 5000);
    if (m_workAfterLoad.first == m_authorId)
        showWork(m_workAfterLoad.second);
    m_workAfterLoad = {};
    emit authorLoaded(m_authorId);
}

void MainWindow::recomputeMetrics()
{
    m_profile->setPapers(publicationModel()->includedPapers(), m_referenceYear);
    // Nothing left out: the list the loader built off the UI thread.
    const QSet<QString> excluded = publicationModel()->excluded();
    m_charts->setWorks(excluded.isEmpty() ? m_chartWorks : chartWorks(m_current, excluded), m_referenceYear);
}

void MainWindow::setOffline(bool offline)
{
    m_offline = offline;
    m_searchBox->setOffline(offline);
    m_navigator->setOffline(offline);
    if (m_sync)
        m_sync->setOffline(offline || isMovingCache());
    if (m_status)
        updateAuthorActions();
}

void MainWindow::copySelectedCitations()
{
    m_publications->copySelectedCitations();
}

void MainWindow::showWork(const QString &workId)
{
    m_tabs->setCurrentWidget(m_publications);
    m_publications->showWork(workId);
}

void MainWindow::openWork(const QString &workId)
{
    if (m_publications->hasWork(workId)) {
        showWork(workId);
        return;
    }
    // Someone else's: opened at the first of its authors with a profile here.
    const QString person = m_cache.cachedPersonOfWork(workId);
    if (person.isEmpty()) {
        m_tabs->setCurrentWidget(m_publications);
        m_publications->showOtherWork(workId);
        return;
    }
    m_workAfterLoad = {person, workId};
    openAuthor(person);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ImportController::localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = ImportController::localPaths(event->mimeData());
    if (paths.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    m_import->importPaths(paths);
}

} // namespace peerscope
