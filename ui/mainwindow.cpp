#include "mainwindow.h"

#include "cache/cache.h"
#include "itemmodels/publicationfilterproxy.h"
#include "itemmodels/publicationtablemodel.h"
#include "profilepanel.h"
#include "yearcharts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
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
constexpr int kFtsLimit = 1000000;
}

MainWindow::MainWindow(Cache &cache, QWidget *parent)
    : QMainWindow(parent)
    , m_cache(cache)
    , m_referenceYear(QDate::currentDate().year())
    , m_model(new PublicationTableModel(this))
    , m_proxy(new PublicationFilterProxy(this))
    , m_watcher(new QFutureWatcher<AuthorLoad>(this))
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
    auto *close = new QPushButton(tr("Dismiss"), m_banner);
    close->setObjectName(QStringLiteral("dismissMessageButton"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_syncButton);
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
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({460, 900});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_profile, &ProfilePanel::authorActivated, this, &MainWindow::navigateTo);
    connect(m_model, &PublicationTableModel::exclusionChanged, this, [this] {
        recomputeMetrics();
        updateCount();
    });
    connect(m_watcher, &QFutureWatcher<AuthorLoad>::finished, this, [this] {
        AuthorLoad load = m_watcher->result();
        if (load.authorId != m_pendingId)
            return; // a newer request superseded this one
        applyLoad(std::move(load));
    });
    m_profile->setSinceYear(m_referenceYear - 5);
    updateNavigation();
    statusBar()->showMessage(tr("Cache: %1").arg(m_cache.path().isEmpty() ? tr("in memory") : m_cache.path()));
    resize(1360, 860);
}

MainWindow::~MainWindow()
{
    m_watcher->waitForFinished();
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
    m_oa = new QCheckBox(tr("Open access"), tab);
    m_oa->setObjectName(QStringLiteral("openAccessCheck"));
    m_venue = new QLineEdit(tab);
    m_venue->setObjectName(QStringLiteral("venueEdit"));
    m_venue->setPlaceholderText(tr("Venue"));
    m_venue->setAccessibleName(tr("Venue filter"));
    m_venue->setClearButtonEnabled(true);
    m_venue->setMaximumWidth(180);
    filters->addWidget(m_search, 2);
    filters->addWidget(new QLabel(tr("Years"), tab));
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
    header->resizeSection(PublicationTableModel::Year, 4 * em);
    header->resizeSection(PublicationTableModel::Venue, 11 * em);
    header->resizeSection(PublicationTableModel::Type, 7 * em);
    header->resizeSection(PublicationTableModel::Citations, 4 * em);
    header->resizeSection(PublicationTableModel::Authors, 12 * em);
    header->resizeSection(PublicationTableModel::OpenAccess, 5 * em);
    header->resizeSection(PublicationTableModel::Doi, 10 * em);

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
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showWorkDetail(current); });
    return tab;
}

AuthorLoad MainWindow::loadAuthor(const Cache &cache, const QString &authorId, int referenceYear)
{
    AuthorLoad load;
    load.authorId = cache.resolveAlias(authorId);
    load.rows = PublicationTableModel::loadRows(cache, load.authorId);
    load.profile = loadProfile(cache, load.authorId, referenceYear);
    load.trust = computeTrust(cache, load.authorId, referenceYear);
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT work_id, year, cited_by_count FROM work_counts_by_year "
                             "WHERE work_id IN (SELECT work_id FROM authorships WHERE author_id = ?)"));
    q.addBindValue(load.authorId);
    if (q.exec())
        while (q.next())
            load.citesByYear[q.value(0).toString()].insert(q.value(1).toInt(), q.value(2).toInt());
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
    return true;
}

void MainWindow::showAuthor(const QString &authorId)
{
    m_banner->hide();
    m_pendingId = authorId;
    m_loading = true;
    updateNavigation();
    m_count->setText(tr("Loading works…"));
    statusBar()->showMessage(tr("Loading %1…").arg(authorId));
    const QString path = m_cache.path();
    const int year = m_referenceYear;
    if (path.isEmpty() || path == QLatin1String(":memory:") || !QFileInfo::exists(path)) {
        applyLoad(loadAuthor(m_cache, authorId, year));
        return;
    }
    // A second connection on the same file: WAL lets it read beside the UI's.
    m_watcher->setFuture(QtConcurrent::run([path, authorId, year] {
        Cache worker;
        const Cache::OpenStatus status = worker.open(path);
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
        m_model->setRows({});
        updateCount();
        updateNavigation();
        return;
    }
    setWindowTitle(tr("%1 — Peerscope").arg(p.author.name));
    m_model->setExcluded({});
    m_model->setRows(m_current.rows);
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
    statusBar()->showMessage(tr("%1: %n cached work(s)", nullptr, int(m_current.rows.size())).arg(p.author.name), 5000);
    emit authorLoaded(m_authorId);
}

void MainWindow::recomputeMetrics()
{
    m_profile->setPapers(m_model->includedPapers(), m_referenceYear);
    QList<views::ChartWork> works;
    works.reserve(m_current.rows.size());
    for (const PublicationRow &r : std::as_const(m_current.rows)) {
        if (!m_model->isIncluded(r.id))
            continue;
        works << views::ChartWork{r.year, r.type, r.isOa, r.citations, m_current.citesByYear.value(r.id)};
    }
    m_charts->setWorks(works, m_referenceYear);
}

void MainWindow::updateCount()
{
    if (m_loading)
        return;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const int excluded = int(m_model->excluded().size());
    QString text;
    if (total == 0)
        text = tr("No works of this author are in the cache.");
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
    if (text.isEmpty()) {
        m_proxy->setWorkIds({}, true);
    } else {
        const QStringList hits = m_cache.searchWorks(text, kFtsLimit);
        m_proxy->setWorkIds(QSet<QString>(hits.begin(), hits.end()), false);
    }
    updateCount();
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
    m_bannerAuthorId = authorId;
    m_bannerText->setText(text);
    m_syncButton->setVisible(!authorId.isEmpty());
    m_syncButton->setEnabled(true);
    m_banner->show();
}

void MainWindow::setOffline(bool offline)
{
    m_offline = offline;
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

void MainWindow::showWorkDetail(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid()) {
        m_detail->clear();
        return;
    }
    const QString id = m_proxy->data(proxyIndex, PublicationTableModel::WorkIdRole).toString();
    const std::optional<Work> work = m_cache.work(id);
    if (!work) {
        m_detail->setHtml(tr("<p>This work is no longer in the cache.</p>"));
        return;
    }
    const Work &w = *work;
    QString html = QStringLiteral("<h3>%1</h3>").arg(w.title.isEmpty() ? tr("(untitled)") : w.title.toHtmlEscaped());
    QStringList facts;
    if (w.publicationYear > 0)
        facts << QString::number(w.publicationYear);
    if (!w.sourceName.isEmpty())
        facts << QStringLiteral("<i>%1</i>").arg(w.sourceName.toHtmlEscaped());
    if (!w.type.isEmpty())
        facts << w.type.toHtmlEscaped();
    facts << tr("%n citation(s)", nullptr, w.citedByCount);
    if (w.isRetracted)
        facts << QStringLiteral("<b>%1</b>").arg(tr("retracted"));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));

    QStringList authors;
    for (const Authorship &a : w.authorships) {
        const QString name = (a.authorName.isEmpty() ? a.rawAuthorName : a.authorName).toHtmlEscaped();
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

} // namespace peerscope
