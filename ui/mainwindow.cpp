#include "mainwindow.h"

#include "exportdialog.h"
#include "identity/identity.h"
#include "identitydialog.h"

#include "cache/cache.h"
#include "itemmodels/publicationfilterproxy.h"
#include "itemmodels/publicationtablemodel.h"
#include "commandpalette.h"
#include "export/publicationexporter.h"
#include "follows/changefeed.h"
#include "follows/followstore.h"
#include "followsdock.h"
#include "networkpanel.h"
#include "openalex/openalexclient.h"
#include "profilepanel.h"
#include "searchbox.h"
#include "settings/apikeystore.h"
#include "settings/appsettings.h"
#include "settings/cachemover.h"
#include "settingsdialog.h"
#include "sync/syncstore.h"
#include "synccontroller.h"
#include "importcontroller.h"
#include "theme.h"
#include "yearcharts.h"

#include <QAction>
#include <QDir>
#include <QStandardPaths>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QToolButton>
#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMainWindow, "peerscope.ui.mainwindow", QtWarningMsg)

namespace peerscope {

namespace {
const QString kAuthorScheme = QStringLiteral("peerscope-author");
}

MainWindow::MainWindow(Cache &cache, QWidget *parent)
    : QMainWindow(parent)
    , m_cache(cache)
    , m_referenceYear(QDate::currentDate().year())
    , m_model(new PublicationTableModel(this))
    , m_proxy(new PublicationFilterProxy(this))
    , m_watcher(new QFutureWatcher<AuthorLoad>(this))
    , m_previewWatcher(new QFutureWatcher<QPair<QString, QList<PublicationRow>>>(this))
{
    setWindowTitle(tr("Peerscope"));
    setObjectName(QStringLiteral("mainWindow"));
    m_proxy->setSourceModel(m_model);

    // Navigation.
    auto *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolBar"));
    toolbar->setMovable(false);
    m_back = toolbar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this, &MainWindow::goBack);
    m_back->setObjectName(QStringLiteral("backAction"));
    m_back->setShortcuts({QKeySequence(QKeySequence::Back), QKeySequence(Qt::ALT | Qt::Key_Left)});
    m_back->setToolTip(tr("Back to the previous profile (Alt+Left)"));
    m_forward = toolbar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), this, &MainWindow::goForward);
    m_forward->setObjectName(QStringLiteral("forwardAction"));
    m_forward->setShortcuts({QKeySequence(QKeySequence::Forward), QKeySequence(Qt::ALT | Qt::Key_Right)});
    m_forward->setToolTip(tr("Forward to the next profile (Alt+Right)"));
    toolbar->addSeparator();
    m_searchBox = new SearchBox(m_cache, toolbar);
    m_searchBox->setMaximumWidth(560);
    toolbar->addWidget(m_searchBox);
    connect(m_searchBox, &SearchBox::authorChosen, this,
            [this](const QString &id, const QString &name, bool) { openOrSync(id, name); });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);

    // A message bar for authors that are not cached.
    m_banner = new QFrame(central);
    m_banner->setObjectName(QStringLiteral("messageBar"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::AlternateBase));
    m_banner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("messageText"));
    m_bannerText->setWordWrap(true);
    m_syncButton = new QPushButton(tr("Sync this author"), m_banner);
    m_syncButton->setObjectName(QStringLiteral("syncButton"));
    m_bannerAction = new QPushButton(m_banner);
    m_bannerAction->setObjectName(QStringLiteral("messageActionButton"));
    m_bannerAction->hide();
    connect(m_bannerAction, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        if (m_bannerCallback)
            m_bannerCallback();
    });
    auto *close = new QPushButton(tr("Dismiss"), m_banner);
    close->setObjectName(QStringLiteral("dismissMessageButton"));
    close->setAccessibleName(tr("Dismiss the message"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_syncButton);
    bannerLayout->addWidget(m_bannerAction);
    bannerLayout->addWidget(close);
    m_banner->hide();
    connect(close, &QPushButton::clicked, m_banner, &QWidget::hide);
    connect(m_syncButton, &QPushButton::clicked, this, [this] {
        if (!m_bannerAuthorId.isEmpty())
            emit syncRequested(m_bannerAuthorId);
        m_bannerText->setText(tr("Sync requested for %1; the profile opens from the cache once it has arrived.")
                                  .arg(m_bannerAuthorId));
        m_syncButton->setEnabled(false);
    });
    layout->addWidget(m_banner);

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
    m_tabs->addTab(buildPublicationsTab(), tr("Publications"));
    m_charts = new views::YearCharts(m_tabs);
    m_tabs->addTab(m_charts, tr("Charts"));
    m_network = new NetworkPanel(m_cache);
    // The network's toolbar is wide; in a scroll area it cannot force the
    // window wider than the screen.
    auto *networkScroll = new QScrollArea(m_tabs);
    networkScroll->setObjectName(QStringLiteral("networkScroll"));
    networkScroll->setWidget(m_network);
    networkScroll->setWidgetResizable(true);
    networkScroll->setFrameShape(QFrame::NoFrame);
    networkScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tabs->addTab(networkScroll, tr("Network"));
    connect(m_network, &NetworkPanel::authorActivated, this, [this](const QString &id) { navigateTo(id); });
    connect(m_network, &NetworkPanel::workActivated, this, &MainWindow::showWork);
    // The network is built when its tab is shown, not for every profile opened.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, networkScroll] {
        if (m_tabs->currentWidget() == networkScroll && m_network->authorId() != m_authorId && !m_authorId.isEmpty())
            m_network->setAuthor(m_authorId);
    });
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({460, 900});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_profile, &ProfilePanel::authorActivated, this, &MainWindow::navigateTo);
    connect(m_profile, &ProfilePanel::mergeRequested, this, &MainWindow::confirmMerge);
    connect(m_model, &PublicationTableModel::exclusionChanged, this, [this] {
        recomputeMetrics();
        updateCount();
    });
    connect(m_previewWatcher, &QFutureWatcher<QPair<QString, QList<PublicationRow>>>::finished, this, [this] {
        auto preview = m_previewWatcher->result();
        // Only while that author is still loading: the full rows may be here already.
        if (!m_loading || preview.first != m_pendingId || preview.second.isEmpty())
            return;
        setTableRows(preview.first, std::move(preview.second));
    });
    connect(m_watcher, &QFutureWatcher<AuthorLoad>::finished, this, [this] {
        AuthorLoad load = m_watcher->result();
        if (load.authorId != m_pendingId)
            return; // a newer request superseded this one
        applyLoad(std::move(load));
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
    buildFollowsDock();
    buildActions();
    buildStatusBar();
    connect(this, &MainWindow::authorLoaded, this, [this](const QString &id) {
        m_followsPanel->setCurrentAuthor(id);
        if (m_tabs->currentIndex() == m_tabs->count() - 1)
            m_network->setAuthor(id);
        updateAuthorActions();
    });

    updateNavigation();
    updateAuthorActions();
    statusBar()->showMessage(tr("Cache: %1").arg(m_cache.path().isEmpty() ? tr("in memory") : m_cache.path()));
    setTabOrder(m_searchBox, m_profile);
    QSize size(1360, 860);
    if (QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.95);
    resize(size);
}

MainWindow::~MainWindow()
{
    m_previewWatcher->waitForFinished();
    m_watcher->waitForFinished();
}

void MainWindow::buildActions()
{
    auto icon = [this](const char *themeName, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(themeName), style()->standardIcon(fallback));
    };
    auto make = [this](const QString &text, const char *name, const QKeySequence &key = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        addAction(a);
        return a;
    };

    m_findAction = make(tr("Find a researcher"), "findResearcherAction", QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    m_paletteAction = make(tr("Command palette…"), "commandPaletteAction", QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_paletteAction, &QAction::triggered, this, &MainWindow::showCommandPalette);

    m_refreshAction = make(tr("Refresh this researcher"), "refreshAction", QKeySequence::Refresh);
    m_refreshAction->setIcon(icon("view-refresh", QStyle::SP_BrowserReload));
    m_refreshAction->setToolTip(tr("Sync the researcher on screen from OpenAlex again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrent);
    m_followAction = make(tr("Follow this researcher"), "followAction", QKeySequence(Qt::CTRL | Qt::Key_D));
    m_followAction->setCheckable(true);
    m_followAction->setIcon(icon("starred", QStyle::SP_DialogYesButton));
    m_followAction->setToolTip(tr("Follow or unfollow the researcher on screen (Ctrl+D)"));
    connect(m_followAction, &QAction::triggered, this, &MainWindow::toggleFollow);
    m_refreshFollowedAction = make(tr("Refresh followed researchers"), "refreshFollowedAction",
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_refreshFollowedAction, &QAction::triggered, this, &MainWindow::refreshFollowed);
    m_cancelSyncAction = make(tr("Cancel the sync"), "cancelSyncAction");
    m_cancelSyncAction->setIcon(icon("process-stop", QStyle::SP_BrowserStop));
    m_cancelSyncAction->setEnabled(false);
    connect(m_cancelSyncAction, &QAction::triggered, this, [this] {
        if (m_sync)
            m_sync->cancel();
    });
    m_offlineAction = make(tr("Work offline"), "workOfflineAction");
    m_offlineAction->setCheckable(true);
    connect(m_offlineAction, &QAction::toggled, this, &MainWindow::setOffline);
    m_exportAction = make(tr("Export publications…"), "exportAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setIcon(icon("document-save-as", QStyle::SP_DialogSaveButton));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportPublications);
    m_settingsAction = make(tr("Settings…"), "settingsAction");
    m_settingsAction->setShortcuts({QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_settingsAction->setIcon(icon("preferences-system", QStyle::SP_FileDialogDetailedView));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_undoIdentityAction = make(tr("Undo identity correction"), "undoIdentityAction", QKeySequence::Undo);
    connect(m_undoIdentityAction, &QAction::triggered, this, &MainWindow::undoIdentityCorrection);
    m_redoIdentityAction = make(tr("Redo identity correction"), "redoIdentityAction", QKeySequence::Redo);
    connect(m_redoIdentityAction, &QAction::triggered, this, &MainWindow::redoIdentityCorrection);
    m_identityAction = make(tr("Identity corrections…"), "identityCorrectionsAction");
    connect(m_identityAction, &QAction::triggered, this, &MainWindow::showIdentityCorrections);
    QAction *quit = make(tr("Quit"), "quitAction", QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QList<QAction *> tabActions;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *a = make(tr("Show the %1 tab").arg(m_tabs->tabText(i)), "", QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        a->setObjectName(QStringLiteral("showTab%1Action").arg(i + 1));
        connect(a, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        tabActions << a;
    }
    QAction *dockToggle = m_followsDock->toggleViewAction();
    dockToggle->setObjectName(QStringLiteral("toggleFollowsDockAction"));
    dockToggle->setText(tr("Show followed researchers and changes"));
    dockToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_back->setText(tr("Back to the previous profile"));
    m_forward->setText(tr("Forward to the next profile"));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    buildImport(file);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_offlineAction);
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(quit);
    QMenu *researcher = menuBar()->addMenu(tr("&Researcher"));
    researcher->setObjectName(QStringLiteral("researcherMenu"));
    researcher->addAction(m_findAction);
    researcher->addAction(m_back);
    researcher->addAction(m_forward);
    researcher->addSeparator();
    researcher->addAction(m_refreshAction);
    researcher->addAction(m_cancelSyncAction);
    researcher->addAction(m_followAction);
    researcher->addAction(m_refreshFollowedAction);
    researcher->addSeparator();
    researcher->addAction(m_undoIdentityAction);
    researcher->addAction(m_redoIdentityAction);
    researcher->addAction(m_identityAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_paletteAction);
    view->addAction(dockToggle);
    view->addSeparator();
    view->addActions(tabActions);

    auto *toolbar = findChild<QToolBar *>(QStringLiteral("navigationToolBar"));
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_followAction);
}

void MainWindow::buildStatusBar()
{
    m_staleLabel = new QLabel(this);
    m_staleLabel->setObjectName(QStringLiteral("staleIndicator"));
    m_staleLabel->hide();
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    m_syncLabel->hide();
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setAccessibleName(tr("Sync progress"));
    m_syncProgress->setMaximumWidth(180);
    m_syncProgress->setTextVisible(false);
    m_syncProgress->hide();
    m_cancelSync = new QToolButton(this);
    m_cancelSync->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancelSync->setDefaultAction(m_cancelSyncAction);
    m_cancelSync->setAccessibleName(tr("Cancel the sync"));
    m_cancelSync->setAutoRaise(true);
    m_cancelSync->hide();
    m_offlineLabel = new QLabel(tr("Offline"), this);
    m_offlineLabel->setObjectName(QStringLiteral("offlineIndicator"));
    m_offlineLabel->setToolTip(tr("Peerscope does not use the network. Everything cached stays available; "
                                  "turn off File › Work offline to sync."));
    m_offlineLabel->setVisible(m_offline);
    // What is left of today's OpenAlex budget, from the answers' headers.
    m_budgetLabel = new QLabel(this);
    m_budgetLabel->setObjectName(QStringLiteral("budgetLabel"));
    m_budgetLabel->hide();
    statusBar()->addPermanentWidget(m_staleLabel);
    statusBar()->addPermanentWidget(m_budgetLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_cancelSync);
    statusBar()->addPermanentWidget(m_offlineLabel);
}

void MainWindow::buildFollowsDock()
{
    m_followsPanel = new FollowsDock(*m_follows, *m_feed, this);
    m_followsDock = new QDockWidget(tr("Followed and changes"), this);
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
    disconnect(this, &MainWindow::syncRequested, this, nullptr);
    if (!controller) {
        updateAuthorActions();
        return;
    }
    connect(controller, &SyncController::started, this, &MainWindow::onSyncStarted);
    connect(controller, &SyncController::progress, this, &MainWindow::onSyncProgress);
    connect(controller, &SyncController::waitingForRateLimit, this, &MainWindow::onSyncWaiting);
    connect(controller, &SyncController::committed, this, &MainWindow::onSyncCommitted);
    connect(controller, &SyncController::finished, this, &MainWindow::onSyncFinished);
    connect(controller, &SyncController::idle, this, &MainWindow::onSyncIdle);
    connect(controller, &SyncController::confirmationNeeded, this, &MainWindow::confirmSync);
    disconnect(m_budgetConnection);
    m_budgetConnection = connect(controller->client(), &OpenAlexClient::budgetChanged, this, &MainWindow::showBudget);
    showBudget(controller->client()->budget());
    connect(this, &MainWindow::syncRequested, this, [this](const QString &id) {
        m_waitingFor = id;
        if (m_sync)
            m_sync->request(id);
    });
    controller->setOffline(m_offline);
    applySyncConfig();
    if (controller->isBusy())
        onSyncStarted(controller->currentAuthor());
    updateAuthorActions();
}

void MainWindow::setAppSettings(AppSettings *settings, ApiKeyStore *keys)
{
    m_settings = settings;
    m_keys = keys;
    if (!settings)
        return;
    m_ttlDays = settings->ttlDays();
    m_followsPanel->setTtlDays(m_ttlDays);
    restoreGeometry(settings->windowGeometry());
    restoreState(settings->windowState());
    connect(settings, &AppSettings::networkSettingsChanged, this, [this] {
        m_ttlDays = m_settings->ttlDays();
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

void MainWindow::showBudget(const BudgetStatus &budget)
{
    const QString text = describeBudget(budget);
    m_budgetLabel->setText(text);
    m_budgetLabel->setVisible(!text.isEmpty());
    m_budgetLabel->setToolTip(tr("OpenAlex meters its API in dollars a day: single records are free, a list call costs %1 and a "
                                 "search %2. A free API key has $1 a day, reset at midnight UTC.")
                                  .arg(formatUsd(OpenAlexClient::priceUsd(CallCost::List)), formatUsd(OpenAlexClient::priceUsd(CallCost::Search))));
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

// Texts set once when the window was built, set again in the new language.
void MainWindow::retranslateUi()
{
    setWindowTitle(m_current.profile.isValid() ? tr("%1 — Peerscope").arg(m_current.profile.author.name) : tr("Peerscope"));
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("navigationToolBar")))
        toolbar->setWindowTitle(tr("Navigation"));
    m_back->setText(tr("Back to the previous profile"));
    m_back->setToolTip(tr("Back to the previous profile (Alt+Left)"));
    m_forward->setText(tr("Forward to the next profile"));
    m_forward->setToolTip(tr("Forward to the next profile (Alt+Right)"));
    m_syncButton->setText(tr("Sync this author"));
    if (auto *dismiss = findChild<QPushButton *>(QStringLiteral("dismissMessageButton"))) {
        dismiss->setText(tr("Dismiss"));
        dismiss->setAccessibleName(tr("Dismiss the message"));
    }

    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *page = m_tabs->widget(i);
        if (page->isAncestorOf(m_table))
            m_tabs->setTabText(i, tr("Publications"));
        else if (page == m_charts)
            m_tabs->setTabText(i, tr("Charts"));
        else if (page->isAncestorOf(m_network))
            m_tabs->setTabText(i, tr("Network"));
        if (auto *show = findChild<QAction *>(QStringLiteral("showTab%1Action").arg(i + 1)))
            show->setText(tr("Show the %1 tab").arg(m_tabs->tabText(i)));
    }

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
    if (auto *quit = findChild<QAction *>(QStringLiteral("quitAction")))
        quit->setText(tr("Quit"));
    m_undoIdentityAction->setText(tr("Undo identity correction"));
    m_redoIdentityAction->setText(tr("Redo identity correction"));
    m_identityAction->setText(tr("Identity corrections…"));
    m_followsDock->setWindowTitle(tr("Followed and changes"));
    m_followsDock->toggleViewAction()->setText(tr("Show followed researchers and changes"));
    const std::pair<const char *, QString> menus[] = {
        {"fileMenu", tr("&File")}, {"researcherMenu", tr("&Researcher")}, {"viewMenu", tr("&View")}};
    for (const auto &[name, title] : menus)
        if (auto *menu = menuBar()->findChild<QMenu *>(QLatin1String(name)))
            menu->setTitle(title);

    m_syncProgress->setAccessibleName(tr("Sync progress"));
    m_cancelSync->setAccessibleName(tr("Cancel the sync"));
    m_offlineLabel->setText(tr("Offline"));
    m_offlineLabel->setToolTip(tr("Peerscope does not use the network. Everything cached stays available; "
                                  "turn off File › Work offline to sync."));

    m_search->setPlaceholderText(tr("Search titles, abstracts, venues, authors"));
    m_search->setAccessibleName(tr("Search works"));
    m_yearFrom->setSpecialValueText(tr("any"));
    m_yearTo->setSpecialValueText(tr("any"));
    m_yearFrom->setAccessibleName(tr("From year"));
    m_yearTo->setAccessibleName(tr("To year"));
    m_yearFrom->setToolTip(tr("Earliest publication year (any: no limit)"));
    m_yearTo->setToolTip(tr("Latest publication year (any: no limit)"));
    m_type->setAccessibleName(tr("Work type"));
    if (const int all = m_type->findData(QString()); all >= 0)
        m_type->setItemText(all, tr("All types"));
    m_oa->setText(tr("Open access"));
    m_venue->setPlaceholderText(tr("Venue"));
    m_venue->setAccessibleName(tr("Venue filter"));
    if (auto *years = findChild<QLabel *>(QStringLiteral("yearsLabel")))
        years->setText(tr("Years"));
    m_table->setAccessibleName(tr("Publications"));
    if (auto *copy = findChild<QAction *>(QStringLiteral("copyCitationsAction")))
        copy->setText(tr("Copy as formatted citations"));
    m_detail->setAccessibleName(tr("Work details"));
    m_detail->setPlaceholderText(tr("Select a work to see its authors, abstract and links."));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    m_table->viewport()->update();

    updateAuthorActions();
    updateCount();
    // The profile's evidence is worded when it is computed: compute it again.
    if (m_current.profile.isValid() && !m_loading) {
        m_current.trust = computeTrust(m_cache, m_authorId, m_referenceYear);
        m_profile->setProfile(m_current.profile, m_current.trust);
    }
    if (m_table->currentIndex().isValid())
        showWorkDetail(m_table->currentIndex());
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
    m_refreshAction->setEnabled(hasAuthor && canSync && !Cache::isPersonId(m_authorId));
    m_followAction->setEnabled(hasAuthor);
    const bool followed = hasAuthor && m_follows->isFollowed(m_authorId);
    m_followAction->setChecked(followed);
    m_followAction->setText(followed ? tr("Unfollow this researcher") : tr("Follow this researcher"));
    m_refreshFollowedAction->setEnabled(canSync && !m_follows->followedIds().valueOr({}).isEmpty());
    m_exportAction->setEnabled(hasAuthor);
    m_cancelSyncAction->setEnabled(m_sync && m_sync->isBusy());
    m_offlineAction->blockSignals(true);
    m_offlineAction->setChecked(m_offline);
    m_offlineAction->blockSignals(false);
    m_offlineLabel->setVisible(m_offline);

    if (hasAuthor && isStale(m_authorId) && !Cache::isPersonId(m_authorId)) {
        const QString at = m_cache.fetchedAt(m_authorId);
        m_staleLabel->setText(tr("Stale: cached %1").arg(at.left(10)));
        m_staleLabel->setToolTip(tr("This profile was fetched more than %n day(s) ago. Press F5 to refresh it.", nullptr, m_ttlDays));
        m_staleLabel->show();
    } else {
        m_staleLabel->hide();
    }
}

void MainWindow::openOrSync(const QString &authorId, const QString &name)
{
    const QString id = m_cache.resolveAlias(authorId);
    if (m_cache.authorSummary(id)) {
        openAuthor(id);
        return;
    }
    if (!m_sync || m_offline) {
        navigateTo(id, name);
        return;
    }
    m_waitingFor = id;
    m_syncingName = name;
    m_sync->request(id);
    showBanner(tr("Fetching %1 from OpenAlex. The profile opens as soon as it has arrived.")
                   .arg(name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id)), {});
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
        showActionBanner(tr("Cannot read the followed authors: %1").arg(followed.error()), {}, {});
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
    dialog->open();
}

void MainWindow::moveCache(const QString &newPath)
{
    if (m_sync && m_sync->isBusy()) {
        showActionBanner(tr("The cache cannot move while a sync is running. Cancel the sync or wait for it, then "
                            "change the cache location again."), tr("Cancel the sync"), [this] {
            if (m_sync)
                m_sync->cancel();
        });
        return;
    }
    m_previewWatcher->waitForFinished();
    m_watcher->waitForFinished();
    QString error;
    if (!CacheMover::move(m_cache, newPath, &error)) {
        showActionBanner(error, {}, {});
        return;
    }
    if (m_settings)
        m_settings->setCachePath(m_cache.path());
    if (m_sync)
        m_sync->setCachePath(m_cache.path());
    statusBar()->showMessage(tr("The cache is now at %1.").arg(m_cache.path()), 6000);
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

bool MainWindow::mergeIntoCurrent(const QString &otherId, const QString &reason)
{
    const identity::Corrections::Result r = identity::Corrections(m_cache).merge(
        m_authorId, {otherId}, reason.isEmpty() ? tr("Merged from the duplicate warning in the window") : reason);
    if (!r.ok) {
        showActionBanner(r.error, {}, {});
        return false;
    }
    statusBar()->showMessage(tr("Merged %1 into %2. Undo with %3.")
                                 .arg(otherId, m_authorId, m_undoIdentityAction->shortcut().toString(QKeySequence::NativeText)),
                             8000);
    identityChanged(r.personId);
    return true;
}

void MainWindow::undoIdentityCorrection()
{
    const identity::Corrections::Result r = identity::Corrections(m_cache).undo();
    if (!r.ok) {
        statusBar()->showMessage(r.error, 4000);
        return;
    }
    statusBar()->showMessage(tr("Identity correction undone."), 4000);
    identityChanged(r.personId);
}

void MainWindow::redoIdentityCorrection()
{
    const identity::Corrections::Result r = identity::Corrections(m_cache).redo();
    if (!r.ok) {
        statusBar()->showMessage(r.error, 4000);
        return;
    }
    statusBar()->showMessage(tr("Identity correction redone."), 4000);
    identityChanged(r.personId);
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
    const QString now = m_cache.resolveAlias(m_history.value(m_historyIndex, m_authorId));
    if (now != m_authorId)
        openAuthor(now);
    else
        showAuthor(m_authorId);
}

void MainWindow::exportPublications()
{
    if (m_authorId.isEmpty())
        return;
    auto *dialog = new ExportDialog(m_model->rowCount(), m_proxy->matchCount(),
                                    int(m_table->selectionModel()->selectedRows().size()), int(m_model->excluded().size()), this);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const std::optional<AuthorSummary> who = m_cache.authorSummary(m_authorId);
    QString name = who ? who->name : m_authorId;
    dialog->setPath(QDir(base).filePath(name.replace(u' ', u'-') + QStringLiteral(".bib")));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        exportWorks(dialog->scope(), dialog->options(), dialog->path());
    });
    dialog->open();
}

QFuture<ExportResult> MainWindow::exportWorks(ExportDialog::Scope scope, const ExportOptions &options, const QString &path)
{
    // Rows in the order the table shows them; unchecked works never leave.
    QStringList ids;
    auto add = [&](const QString &id) {
        if (m_model->isIncluded(id))
            ids << id;
    };
    switch (scope) {
    case ExportDialog::Scope::All:
        for (int r = 0; r < m_model->rowCount(); ++r)
            add(m_model->row(r).id);
        break;
    case ExportDialog::Scope::Filtered:
        for (int i = 0; i < m_proxy->matchCount(); ++i)
            add(m_model->row(m_proxy->sourceRowOfMatch(i)).id);
        break;
    case ExportDialog::Scope::Selected: {
        QModelIndexList rows = m_table->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &index : std::as_const(rows))
            add(index.data(PublicationTableModel::WorkIdRole).toString());
        break;
    }
    }
    const QString dbPath = m_cache.path();
    if (!m_cache.isSharedFile()) {
        const ExportResult result = writeExport(m_cache, ids, options, path);
        reportExport(result, path);
        return QtFuture::makeReadyFuture(result);
    }
    // Reading tens of thousands of works takes seconds: a worker with its
    // own connection does it, and the status bar says when it is done.
    statusBar()->showMessage(tr("Exporting %n work(s)…", nullptr, int(ids.size())));
    QFuture<ExportResult> future = QtConcurrent::run([dbPath, ids, options, path] {
        Cache worker;
        if (worker.open(dbPath, Cache::OpenMode::Secondary) != Cache::OpenStatus::Ok) {
            ExportResult failed;
            failed.error = tr("Could not read the cache for the export. Try again, or check the cache file.");
            return failed;
        }
        return writeExport(worker, ids, options, path);
    });
    auto *watcher = new QFutureWatcher<ExportResult>(this);
    connect(watcher, &QFutureWatcher<ExportResult>::finished, this, [this, watcher, path] {
        reportExport(watcher->result(), path);
        watcher->deleteLater();
    });
    watcher->setFuture(future);
    return future;
}

ExportResult MainWindow::writeExport(Cache &cache, const QStringList &ids, const ExportOptions &options, const QString &path)
{
    return exportCachedWorks(cache, ids, options, path);
}

void MainWindow::reportExport(const ExportResult &result, const QString &path)
{
    if (!result.ok)
        showActionBanner(result.error, {}, {});
    else
        statusBar()->showMessage(tr("Exported %n work(s) to %1.", nullptr, result.entries).arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::showActionBanner(const QString &text, const QString &buttonText, std::function<void()> action)
{
    m_bannerAuthorId.clear();
    m_bannerText->setText(text);
    m_syncButton->hide();
    m_bannerCallback = std::move(action);
    m_bannerAction->setText(buttonText);
    m_bannerAction->setAccessibleName(buttonText);
    m_bannerAction->setVisible(!buttonText.isEmpty() && m_bannerCallback);
    m_banner->show();
}

void MainWindow::onSyncStarted(const QString &authorId)
{
    m_syncingName = authorLabel(authorId);
    m_syncProgress->setRange(0, 0);
    m_syncProgress->show();
    m_syncLabel->setText(tr("Syncing %1…").arg(m_syncingName));
    m_syncLabel->show();
    m_cancelSync->show();
    m_cancelSyncAction->setEnabled(true);
}

void MainWindow::onSyncProgress(const SyncProgress &p)
{
    QString phase;
    switch (p.phase) {
    case SyncProgress::Phase::Author: phase = tr("profile"); break;
    case SyncProgress::Phase::Works: phase = tr("works"); break;
    case SyncProgress::Phase::FullAuthorLists: phase = tr("full author lists"); break;
    case SyncProgress::Phase::Coauthors: phase = tr("co-author profiles"); break;
    case SyncProgress::Phase::CoauthorWorks: phase = tr("co-authors' works"); break;
    case SyncProgress::Phase::Finishing: phase = tr("finishing"); break;
    }
    if (p.total > 0) {
        m_syncProgress->setRange(0, p.total);
        m_syncProgress->setValue(std::min(p.done, p.total));
    } else {
        m_syncProgress->setRange(0, 0);
    }
    m_syncLabel->setText(tr("Syncing %1: %2 %3 of %4 · %n API call(s), %5", nullptr, p.callsUsed)
                             .arg(m_syncingName, phase).arg(p.done).arg(p.total).arg(formatUsd(p.costUsd)));
    m_syncProgress->setToolTip(m_syncLabel->text());
}

void MainWindow::onSyncWaiting(int milliseconds)
{
    m_syncLabel->setText(tr("OpenAlex asked us to slow down: waiting %n second(s) before the next request.", nullptr,
                            (milliseconds + 999) / 1000));
}

void MainWindow::onSyncCommitted(const QString &authorId)
{
    if (authorId == m_authorId || authorId == m_waitingFor || m_cache.resolveAlias(m_waitingFor) == authorId) {
        if (!m_syncReloadTimer->isActive())
            m_syncReloadTimer->start();
    }
}

void MainWindow::reloadAfterSync()
{
    if (!m_waitingFor.isEmpty()) {
        const QString id = m_cache.resolveAlias(m_waitingFor);
        if (m_cache.authorSummary(id)) {
            m_waitingFor.clear();
            openAuthor(id);
            return;
        }
    }
    if (!m_authorId.isEmpty() && !m_loading)
        showAuthor(m_authorId); // the panels show what has landed so far
}

void MainWindow::onSyncFinished(const SyncResult &result)
{
    m_followsPanel->refresh();
    if (result.ok() && !m_waitingFor.isEmpty())
        reloadAfterSync();
    else if (result.ok() && result.authorId == m_authorId)
        showAuthor(m_authorId);
    const QString who = authorLabel(result.authorId.isEmpty() ? m_waitingFor : result.authorId);
    switch (result.status) {
    case SyncResult::Status::Ok:
        statusBar()->showMessage(tr("Synced %1: %2 works and %3 co-author profiles written, %4 changes, %5 API calls (%6).")
                                     .arg(who).arg(result.worksWritten).arg(result.coauthorsWritten)
                                     .arg(result.changes).arg(result.callsUsed).arg(formatUsd(result.costUsd)), 8000);
        break;
    case SyncResult::Status::Unchanged:
        statusBar()->showMessage(tr("%1 is unchanged since the last sync (%n API call(s)).", nullptr, result.callsUsed).arg(who), 8000);
        break;
    case SyncResult::Status::Cancelled:
        statusBar()->showMessage(tr("The sync of %1 was cancelled after %n API call(s); what arrived is kept.", nullptr,
                                    result.callsUsed).arg(who), 8000);
        break;
    default: {
        QString text;
        QString button;
        std::function<void()> action;
        const QString id = result.authorId;
        switch (result.apiStatus) {
        case ApiResult::Status::Unauthorized:
            text = tr("OpenAlex refused the request: the API key is missing or not valid. Set your API key in Settings.");
            button = tr("Open Settings");
            action = [this] { showSettings(); };
            break;
        case ApiResult::Status::BudgetSpent:
            text = tr("%1 What was synced is kept; sync again after the reset to complete it. Everything cached stays available.").arg(result.error);
            break;
        case ApiResult::Status::PlanUpgradeRequired:
            text = tr("OpenAlex says this request needs a higher plan for your API key. Check your OpenAlex account.");
            break;
        case ApiResult::Status::RateLimited:
            text = tr("OpenAlex kept asking us to slow down. Lower the rate limit in Settings, then sync again.");
            button = tr("Open Settings");
            action = [this] { showSettings(); };
            break;
        case ApiResult::Status::NotFound:
            text = tr("OpenAlex has no author %1. Check the ID or search by name.").arg(id);
            break;
        case ApiResult::Status::NetworkError:
        case ApiResult::Status::Timeout:
            text = tr("OpenAlex could not be reached while syncing %1. Check your connection and try again.").arg(who);
            button = tr("Try again");
            action = [this, id] {
                if (m_sync)
                    m_sync->request(id);
            };
            break;
        default:
            text = result.status == SyncResult::Status::CacheError
                       ? tr("The sync of %1 could not write the cache: %2 Check the free disk space and the cache location in Settings.").arg(who, result.error)
                       : tr("The sync of %1 stopped: %2 Everything written so far is kept; try again to complete it.").arg(who, result.error);
            button = tr("Try again");
            action = [this, id] {
                if (m_sync)
                    m_sync->request(id);
            };
            break;
        }
        if (m_waitingFor == id)
            m_waitingFor.clear();
        showActionBanner(text, button, action);
        emit syncErrorShown(text);
        break;
    }
    }
    updateAuthorActions();
}

void MainWindow::onSyncIdle()
{
    m_syncProgress->hide();
    m_syncLabel->hide();
    m_cancelSync->hide();
    m_cancelSyncAction->setEnabled(false);
}

QWidget *MainWindow::buildPublicationsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(tab);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search titles, abstracts, venues, authors"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search works"));
    m_yearFrom = new QSpinBox(tab);
    m_yearFrom->setObjectName(QStringLiteral("yearFromSpin"));
    m_yearTo = new QSpinBox(tab);
    m_yearTo->setObjectName(QStringLiteral("yearToSpin"));
    for (QSpinBox *spin : {m_yearFrom, m_yearTo}) {
        spin->setRange(0, 2100);
        spin->setSpecialValueText(tr("any"));
        spin->setMinimumWidth(70);
    }
    m_yearFrom->setAccessibleName(tr("From year"));
    m_yearTo->setAccessibleName(tr("To year"));
    m_yearFrom->setToolTip(tr("Earliest publication year (any: no limit)"));
    m_yearTo->setToolTip(tr("Latest publication year (any: no limit)"));
    m_type = new QComboBox(tab);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->setAccessibleName(tr("Work type"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type->addItem(tr("All types"), QString()); // the types come with an author
    m_oa = new QCheckBox(tr("Open access"), tab);
    m_oa->setObjectName(QStringLiteral("openAccessCheck"));
    m_venue = new QLineEdit(tab);
    m_venue->setObjectName(QStringLiteral("venueEdit"));
    m_venue->setPlaceholderText(tr("Venue"));
    m_venue->setAccessibleName(tr("Venue filter"));
    m_venue->setClearButtonEnabled(true);
    m_venue->setMaximumWidth(180);
    filters->addWidget(m_search, 2);
    auto *yearsLabel = new QLabel(tr("Years"), tab);
    yearsLabel->setObjectName(QStringLiteral("yearsLabel"));
    filters->addWidget(yearsLabel);
    filters->addWidget(m_yearFrom);
    filters->addWidget(new QLabel(QStringLiteral("–"), tab));
    filters->addWidget(m_yearTo);
    filters->addWidget(m_type);
    filters->addWidget(m_venue, 1);
    filters->addWidget(m_oa);
    layout->addLayout(filters);

    m_count = new QLabel(tab);
    m_count->setObjectName(QStringLiteral("publicationCount"));
    layout->addWidget(m_count);

    auto *split = new QSplitter(Qt::Vertical, tab);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("publicationsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PublicationTableModel::Year, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAccessibleName(tr("Publications"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PublicationTableModel::Title, QHeaderView::Stretch);
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(PublicationTableModel::Included, 3 * em);
    header->resizeSection(PublicationTableModel::Year, 5 * em); // room for the sort arrow
    // The title stretches; the rest start narrow enough to leave it room.
    header->resizeSection(PublicationTableModel::Venue, 9 * em);
    header->resizeSection(PublicationTableModel::Type, 6 * em);
    header->resizeSection(PublicationTableModel::Citations, 4 * em);
    header->resizeSection(PublicationTableModel::Authors, 10 * em);
    header->resizeSection(PublicationTableModel::OpenAccess, 4 * em);
    header->resizeSection(PublicationTableModel::Doi, 8 * em);
    header->resizeSection(PublicationTableModel::Fwci, 4 * em);
    header->resizeSection(PublicationTableModel::Percentile, 7 * em);

    auto *copy = new QAction(tr("Copy as formatted citations"), m_table);
    copy->setObjectName(QStringLiteral("copyCitationsAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &MainWindow::copySelectedCitations);
    m_table->addAction(copy);

    m_detail = new QTextBrowser(split);
    m_detail->setObjectName(QStringLiteral("workDetail"));
    m_detail->setAccessibleName(tr("Work details"));
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select a work to see its authors, abstract and links."));
    connect(m_detail, &QTextBrowser::anchorClicked, this, &MainWindow::onDetailLink);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyTextFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    auto years = [this] {
        m_proxy->setYearRange(m_yearFrom->value(), m_yearTo->value());
        updateCount();
    };
    connect(m_yearFrom, &QSpinBox::valueChanged, this, years);
    connect(m_yearTo, &QSpinBox::valueChanged, this, years);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const QString t = m_type->currentData().toString();
        m_proxy->setTypes(t.isEmpty() ? QSet<QString>{} : QSet<QString>{t});
        updateCount();
    });
    connect(m_oa, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOpenAccessOnly(on);
        updateCount();
    });
    connect(m_venue, &QLineEdit::textChanged, this, [this](const QString &v) {
        m_proxy->setVenue(v.trimmed());
        updateCount();
    });
    // Every arrangement resets the proxy (its rows come in chunks): the
    // selection is kept by work, as a sort keeps it in Zotero or JabRef.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &MainWindow::keepSelection);
    connect(m_proxy, &PublicationFilterProxy::arranged, this, [this] {
        updateCount();
        if (m_proxy->isArranging())
            return;
        restoreSelection();
        if (!m_workToSelect.isEmpty())
            selectWork(std::exchange(m_workToSelect, QString()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showWorkDetail(current); });
    return tab;
}

AuthorLoad MainWindow::loadAuthor(const Cache &cache, const QString &authorId, int referenceYear)
{
    AuthorLoad load;
    load.authorId = cache.resolveAlias(authorId);
    const Read<QList<PublicationRow>> rows = PublicationTableModel::loadRows(cache, load.authorId);
    load.rows = rows.valueOr({});
    load.profile = loadProfile(cache, load.authorId, referenceYear);
    if (!rows) { // shown as "could not load this author" (applyLoad)
        load.profile = Profile();
        load.profile.error = rows.error();
    }
    load.trust = computeTrust(cache, load.authorId, referenceYear);
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT work_id, year, cited_by_count FROM work_counts_by_year "
                             "WHERE work_id IN (SELECT work_id FROM effective_authorships WHERE person_id = ?)"));
    q.addBindValue(load.authorId);
    if (q.exec())
        while (q.next())
            load.citesByYear[q.value(0).toString()].insert(q.value(1).toInt(), q.value(2).toInt());
    load.chartWorks = chartWorks(load, {});
    return load;
}

bool MainWindow::openAuthor(const QString &authorId)
{
    const std::optional<AuthorSummary> summary = m_cache.authorSummary(authorId);
    if (!summary) {
        navigateTo(authorId);
        return false;
    }
    const QString id = summary->id;
    if (m_historyIndex < 0 || m_history.value(m_historyIndex) != id) {
        m_history = m_history.mid(0, m_historyIndex + 1);
        m_history << id;
        m_historyIndex = int(m_history.size()) - 1;
    }
    showAuthor(id);
    // A stale record opens from the cache at once and refreshes behind it.
    if (m_sync && !m_offline && !Cache::isPersonId(id) && isStale(id))
        m_sync->request(id);
    return true;
}

void MainWindow::showAuthor(const QString &authorId)
{
    m_banner->hide();
    m_pendingId = authorId;
    m_loading = true;
    updateNavigation();
    m_count->setText(tr("Loading works…"));
    m_loadingMessage = tr("Loading %1…").arg(authorId);
    if (statusBar()->currentMessage().isEmpty())
        statusBar()->showMessage(m_loadingMessage, 3000);
    const QString path = m_cache.path();
    const int year = m_referenceYear;
    if (!m_cache.isSharedFile()) {
        applyLoad(loadAuthor(m_cache, authorId, year));
        return;
    }
    // A second connection on the same file: WAL lets it read beside the UI's.
    // The first screen of rows comes first; profile, trust and charts follow
    // with the full load (seconds for an author with tens of thousands of works).
    m_previewWatcher->setFuture(QtConcurrent::run([path, authorId] {
        Cache worker;
        if (worker.open(path, Cache::OpenMode::Secondary) != Cache::OpenStatus::Ok)
            return qMakePair(authorId, QList<PublicationRow>());
        return qMakePair(authorId, PublicationTableModel::loadRows(worker, authorId, kPreviewRows).valueOr({}));
    }));
    m_watcher->setFuture(QtConcurrent::run([path, authorId, year] {
        Cache worker;
        const Cache::OpenStatus status = worker.open(path, Cache::OpenMode::Secondary);
        if (status != Cache::OpenStatus::Ok) {
            AuthorLoad failed;
            failed.authorId = authorId;
            return failed;
        }
        return loadAuthor(worker, authorId, year);
    }));
}

void MainWindow::applyLoad(AuthorLoad load)
{
    m_loading = false;
    m_current = std::move(load);
    m_authorId = m_current.authorId;
    const Profile &p = m_current.profile;
    if (!p.isValid()) {
        m_profile->showMessage(tr("Could not load this author"),
                               tr("The cache could not be read. Try again, or check the cache file."));
        setTableRows(m_current.authorId, {});
        updateCount();
        updateNavigation();
        return;
    }
    setWindowTitle(tr("%1 — Peerscope").arg(p.author.name));
    setTableRows(m_current.authorId, m_current.rows);
    m_profile->setProfile(p, m_current.trust);

    const QString selected = m_type->currentData().toString();
    QStringList types = m_model->types().values();
    types.sort();
    m_type->blockSignals(true);
    m_type->clear();
    m_type->addItem(tr("All types"), QString());
    for (const QString &t : types)
        m_type->addItem(t, t);
    m_type->setCurrentIndex(std::max(0, m_type->findData(selected)));
    m_type->blockSignals(false);
    m_proxy->setTypes(m_type->currentData().toString().isEmpty() ? QSet<QString>{}
                                                                 : QSet<QString>{m_type->currentData().toString()});
    if (!m_search->text().trimmed().isEmpty())
        applyTextFilter();
    m_detail->clear();
    recomputeMetrics();
    updateCount();
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
    m_profile->setPapers(m_model->includedPapers(), m_referenceYear);
    // Nothing left out: the list the loader built off the UI thread.
    const QSet<QString> excluded = m_model->excluded();
    m_charts->setWorks(excluded.isEmpty() ? m_current.chartWorks : chartWorks(m_current, excluded), m_referenceYear);
}

QList<views::ChartWork> MainWindow::chartWorks(const AuthorLoad &load, const QSet<QString> &excluded)
{
    QList<views::ChartWork> works;
    works.reserve(load.rows.size());
    for (const PublicationRow &r : load.rows)
        if (!excluded.contains(r.id))
            works << views::ChartWork{r.year, r.type, r.isOa, r.citations, load.citesByYear.value(r.id)};
    return works;
}

void MainWindow::updateCount()
{
    if (m_loading)
        return;
    const int total = m_model->rowCount();
    const int shown = m_proxy->matchCount();
    const int excluded = int(m_model->excluded().size());
    QString text;
    if (total == 0)
        text = tr("No works of this author are in the cache.");
    else if (m_proxy->isArranging())
        text = tr("Sorting and filtering %n work(s)…", nullptr, total);
    else if (shown == total)
        text = tr("%n work(s)", nullptr, total);
    else
        text = tr("%1 of %n work(s) match the filters", nullptr, total).arg(shown);
    if (excluded > 0)
        text += QStringLiteral(" · ") + tr("%n left out of the metrics", nullptr, excluded);
    m_count->setText(text);
}

void MainWindow::applyTextFilter()
{
    const QString text = m_search->text().trimmed();
    const quint64 generation = ++m_textFilterGeneration;
    auto apply = [this](const QStringList &hits) {
        m_proxy->setWorkIds(QSet<QString>(hits.begin(), hits.end()), false);
        updateCount();
    };
    if (text.isEmpty()) {
        m_proxy->setWorkIds({}, true);
        updateCount();
        return;
    }
    const QString path = m_cache.path();
    const QString person = m_authorId;
    if (!m_cache.isSharedFile()) {
        apply(m_cache.personWorksMatching(person, text));
        return;
    }
    // A common word is in a quarter of a large cache: the full-text query
    // runs on a worker's connection, and only the newest text counts.
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, generation, apply] {
        if (generation == m_textFilterGeneration)
            apply(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path, person, text] {
        Cache worker;
        if (worker.open(path, Cache::OpenMode::Secondary) != Cache::OpenStatus::Ok)
            return QStringList();
        return worker.personWorksMatching(person, text);
    }));
}

void MainWindow::updateNavigation()
{
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
}

void MainWindow::goBack()
{
    if (!canGoBack())
        return;
    --m_historyIndex;
    showAuthor(m_history.at(m_historyIndex));
}

void MainWindow::goForward()
{
    if (!canGoForward())
        return;
    ++m_historyIndex;
    showAuthor(m_history.at(m_historyIndex));
}

void MainWindow::navigateTo(const QString &authorId, const QString &name)
{
    if (authorId.isEmpty()) {
        showBanner(tr("%1 has no OpenAlex author ID, so there is no profile to open.").arg(name), {});
        return;
    }
    if (m_cache.authorSummary(authorId)) {
        openAuthor(authorId);
        return;
    }
    const QString who = name.isEmpty() ? authorId : QStringLiteral("%1 (%2)").arg(name, authorId);
    if (m_offline)
        showBanner(tr("%1 is not in the cache, and Peerscope is offline. Connect to the internet and sync this "
                      "author to see the profile.").arg(who), {});
    else
        showBanner(tr("%1 is not in the cache yet. Sync to fetch the profile and works from OpenAlex.").arg(who), authorId);
}

void MainWindow::showBanner(const QString &text, const QString &authorId)
{
    m_bannerAction->hide();
    m_bannerCallback = nullptr;
    m_bannerAuthorId = authorId;
    m_bannerText->setText(text);
    m_syncButton->setVisible(!authorId.isEmpty());
    m_syncButton->setEnabled(true);
    m_banner->show();
}

void MainWindow::setOffline(bool offline)
{
    m_offline = offline;
    m_searchBox->setOffline(offline);
    if (m_sync)
        m_sync->setOffline(offline);
    if (m_offlineLabel)
        updateAuthorActions();
}

void MainWindow::copySelectedCitations()
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList out;
    for (const QModelIndex &index : rows)
        out << PublicationTableModel::citation(m_model->row(m_proxy->mapToSource(index).row()));
    if (out.isEmpty())
        return;
    QApplication::clipboard()->setText(out.join(QStringLiteral("\n\n")));
    statusBar()->showMessage(tr("Copied %n citation(s)", nullptr, int(out.size())), 3000);
}

void MainWindow::showWork(const QString &workId)
{
    m_tabs->setCurrentIndex(0);
    // A work of this author's that the filters hide: lift them first.
    if (m_model->rowOf(workId) >= 0 && !m_proxy->isArranging() && !m_proxy->indexOfWork(workId).isValid()) {
        m_search->clear();
        m_yearFrom->setValue(m_yearFrom->minimum());
        m_yearTo->setValue(m_yearTo->minimum());
        m_type->setCurrentIndex(0);
        m_oa->setChecked(false);
        m_venue->clear();
        applyTextFilter();
    }
    if (m_proxy->isArranging()) {
        m_workToSelect = workId; // once the table is arranged
        showWorkDetailOf(workId);
        return;
    }
    selectWork(workId);
}

void MainWindow::setTableRows(const QString &authorId, QList<PublicationRow> rows)
{
    if (authorId != m_tableAuthor) {
        // Someone else's works: nothing of the old selection carries over.
        m_table->selectionModel()->clear();
        m_tableAuthor = authorId;
    }
    m_model->setExcluded({});
    m_model->setRows(std::move(rows));
}

void MainWindow::keepSelection()
{
    // Already kept since the last arrangement (a source reset, then a sort
    // on a worker): the table is empty meanwhile.
    if (!m_keptCurrent.isEmpty() || !m_keptSelection.isEmpty())
        return;
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_keptCurrent = current.data(PublicationTableModel::WorkIdRole).toString();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        m_keptSelection << row.data(PublicationTableModel::WorkIdRole).toString();
}

void MainWindow::restoreSelection()
{
    const QString current = std::exchange(m_keptCurrent, QString());
    const QStringList selected = std::exchange(m_keptSelection, QStringList());
    // Works filtered out now stay unselected.
    QItemSelection selection;
    for (const QString &id : selected) {
        if (m_model->rowOf(id) < 0)
            continue;
        const QModelIndex index = m_proxy->indexOfWork(id);
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(m_proxy->columnCount() - 1));
    }
    QItemSelectionModel *model = m_table->selectionModel();
    if (!selection.isEmpty())
        model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!current.isEmpty() && m_model->rowOf(current) >= 0) {
        const QModelIndex index = m_proxy->indexOfWork(current);
        if (index.isValid()) {
            model->setCurrentIndex(index, selection.isEmpty() ? QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows
                                                              : QItemSelectionModel::NoUpdate);
            m_table->scrollTo(index, QAbstractItemView::EnsureVisible);
        }
    }
}

void MainWindow::openWork(const QString &workId)
{
    if (m_model->rowOf(workId) >= 0) {
        showWork(workId);
        return;
    }
    // Someone else's: opened at the first of its authors with a profile here.
    const QString person = m_cache.cachedPersonOfWork(workId);
    if (person.isEmpty()) {
        m_tabs->setCurrentIndex(0);
        m_table->clearSelection();
        showWorkDetailOf(workId);
        return;
    }
    m_workAfterLoad = {person, workId};
    openAuthor(person);
}

void MainWindow::selectWork(const QString &workId)
{
    const QModelIndex index = m_proxy->indexOfWork(workId);
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        return;
    }
    // Not one of this author's works (two co-authors' shared work, say):
    // the details all the same.
    m_table->clearSelection();
    showWorkDetailOf(workId);
}

void MainWindow::showWorkDetail(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid()) {
        m_detail->clear();
        return;
    }
    showWorkDetailOf(m_proxy->data(proxyIndex, PublicationTableModel::WorkIdRole).toString());
}

void MainWindow::showWorkDetailOf(const QString &id)
{
    const std::optional<Work> work = m_cache.work(id);
    if (!work) {
        m_detail->setHtml(tr("<p>This work is no longer in the cache.</p>"));
        return;
    }
    const Work &w = *work;
    QString html = QStringLiteral("<h3>%1</h3>").arg(displayTitle(w).toHtmlEscaped());
    QStringList facts;
    if (w.publicationYear > 0)
        facts << QString::number(w.publicationYear);
    if (!w.sourceName.isEmpty())
        facts << QStringLiteral("<i>%1</i>").arg(w.sourceName.toHtmlEscaped());
    if (!w.type.isEmpty())
        facts << w.type.toHtmlEscaped();
    facts << tr("%n citation(s)", nullptr, w.citedByCount);
    if (w.fwci >= 0)
        facts << QStringLiteral("<span title=\"%1\">%2</span>")
                     .arg(tr("Field-weighted citation impact: citations relative to works of the same field, type and year; 1 is as expected").toHtmlEscaped(),
                          tr("FWCI %1").arg(formatFwci(w.fwci)));
    if (w.citationPercentile >= 0) {
        QString percentile = tr("citation percentile %1").arg(formatPercentile(w.citationPercentile));
        if (w.inTop1Percent)
            percentile += QStringLiteral(" (%1)").arg(tr("top 1%"));
        else if (w.inTop10Percent)
            percentile += QStringLiteral(" (%1)").arg(tr("top 10%"));
        facts << percentile;
    }
    if (w.isRetracted)
        facts << QStringLiteral("<b>%1</b>").arg(tr("retracted"));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));

    QStringList authors;
    for (const Authorship &a : w.authorships) {
        QString name = (a.authorName.isEmpty() ? a.rawAuthorName : a.authorName).toHtmlEscaped();
        if (name.trimmed().isEmpty())
            name = QStringLiteral("<i>%1</i>").arg(tr("unnamed author"));
        authors << (a.authorId.isEmpty() ? name
                                         : QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(kAuthorScheme, a.authorId, name));
    }
    html += QStringLiteral("<p><b>%1</b> %2").arg(tr("Authors:"), authors.isEmpty() ? tr("none recorded") : authors.join(QStringLiteral(", ")));
    if (w.authorsTruncated)
        html += QStringLiteral(" <i>%1</i>").arg(tr("(list cut at 100 by OpenAlex; sync the work for all authors)"));
    html += QStringLiteral("</p>");

    QStringList links;
    if (!w.doi.isEmpty())
        links << QStringLiteral("<a href=\"https://doi.org/%1\">DOI %1</a>").arg(w.doi.toHtmlEscaped());
    else
        links << tr("no DOI");
    if (!w.landingPageUrl.isEmpty())
        links << QStringLiteral("<a href=\"%1\">%2</a>").arg(w.landingPageUrl.toHtmlEscaped(), tr("landing page"));
    if (!w.pdfUrl.isEmpty())
        links << QStringLiteral("<a href=\"%1\">PDF</a>").arg(w.pdfUrl.toHtmlEscaped());
    links << QStringLiteral("<a href=\"https://openalex.org/%1\">OpenAlex</a>").arg(w.id);
    html += QStringLiteral("<p>%1</p>").arg(links.join(QStringLiteral(" · ")));
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(tr("Abstract"), w.abstract.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("No abstract available."))
                                                         : w.abstract.toHtmlEscaped());
    m_detail->setHtml(html);
}

void MainWindow::onDetailLink(const QUrl &url)
{
    if (url.scheme() == kAuthorScheme) {
        navigateTo(url.path());
        return;
    }
    QDesktopServices::openUrl(url);
}

void MainWindow::buildImport(QMenu *file)
{
    m_import = new ImportController(m_cache, this);
    file->addAction(m_import->importFilesAction());
    file->addAction(m_import->importFolderAction());
    file->addSeparator();
    setAcceptDrops(true);
    // What an import wrote shows as what a sync wrote does.
    connect(m_import, &ImportController::finished, this, [this](const ImportReport &report) {
        m_followsPanel->refresh();
        if (!m_authorId.isEmpty() && !m_loading)
            showAuthor(m_authorId);
        statusBar()->showMessage(ImportController::summary(report).section(u'\n', 0, 0), 8000);
    });
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
