#include "researchgraphpanel.h"

#include "cache/cache.h"
#include "cache/cachetask.h"
#include "cache/citationsyncqueries.h"
#include "cache/workqueries.h"
#include "core/displaytext.h"
#include "export/publicationexporter.h"
#include "itemmodels/rankedworkstablemodel.h"
#include "network/networkexport.h"
#include "network/networkview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFont>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSet>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace peerscope {

namespace {

constexpr int kIdRole = Qt::UserRole;
const QList<NodeType> kTypes{NodeType::Work, NodeType::Person, NodeType::Institution, NodeType::Topic, NodeType::Source};

struct WorkExportFormat {
    const char *name;
    ExportFormat format;
    const char *suffix;
};
const WorkExportFormat kWorkFormats[] = {
    {"BibTeX", ExportFormat::BibTeX, "bib"},
    {"RIS", ExportFormat::Ris, "ris"},
    {"CSL-JSON", ExportFormat::CslJson, "json"},
    {"CSV", ExportFormat::Csv, "csv"},
};

// The works with these IDs in this order: cached ones as the cache has
// them, the others with what is known (their ID, a title when the map had one).
Read<QList<Work>> worksForExport(Cache &cache, const QStringList &ids, const QHash<QString, citations::WorkInfo> &known)
{
    const Read<QStringList> cached = CitationSyncQueries(cache).cachedAmong(ids);
    if (!cached)
        return Read<QList<Work>>::failureOf(cached);
    const Read<QList<Work>> works = WorkQueries(cache).works(*cached);
    if (!works)
        return works;
    QHash<QString, Work> byId;
    for (const Work &w : *works)
        byId.insert(w.id, w);
    QList<Work> out;
    out.reserve(ids.size());
    for (const QString &id : ids) {
        if (const auto it = byId.constFind(id); it != byId.cend()) {
            out << *it;
            continue;
        }
        Work w;
        w.id = id;
        const citations::WorkInfo info = known.value(id);
        w.title = info.title;
        w.publicationYear = info.year;
        if (!info.firstAuthor.isEmpty()) {
            Authorship a;
            a.authorName = info.firstAuthor;
            w.authorships << a;
        }
        out << w;
    }
    return out;
}

// "Author, Author (Year). Title. Source. https://doi.org/…" (or the
// OpenAlex address when there is no DOI): the publications panel's form.
QString citationLine(const Work &w)
{
    QStringList names;
    for (const Authorship &a : w.authorships)
        names << a.authorName;
    if (names.size() > 20)
        names = names.mid(0, 19) << QStringLiteral("…") << names.last();
    QString text = names.isEmpty() ? QString() : names.join(QStringLiteral(", ")) + u' ';
    text += w.publicationYear > 0 ? QStringLiteral("(%1). ").arg(w.publicationYear)
                                  : QCoreApplication::translate("peerscope::ResearchGraphPanel", "(n.d.). ");
    text += w.title.isEmpty() ? w.id : displayTitle(w.title);
    if (!text.endsWith(u'.') && !text.endsWith(u'?') && !text.endsWith(u'!'))
        text += u'.';
    if (!w.sourceName.isEmpty())
        text += u' ' + w.sourceName + u'.';
    text += w.doi.isEmpty() ? QStringLiteral(" https://openalex.org/") + w.id : QStringLiteral(" https://doi.org/") + w.doi;
    return text;
}

// A build's last references dropped on a pool thread (the runnable holding
// it is deleted there).
void releaseOnWorker(ResearchMapBuild old)
{
    QThreadPool::globalInstance()->start([old = std::move(old)] { Q_UNUSED(old); });
}

QString shortDate(const QString &iso)
{
    return iso.left(10);
}

} // namespace

ResearchGraphPanel::ResearchGraphPanel(Cache &cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_task(std::make_unique<CacheTask>(cache, this))
    , m_entityTask(std::make_unique<CacheTask>(cache, this))
    , m_exportTask(std::make_unique<CacheTask>(cache, this))
    , m_view(new views::NetworkView(this))
{
    qRegisterMetaType<peerscope::CitationOptions>();
    setObjectName(QStringLiteral("researchGraphPanel"));
    m_view->setObjectName(QStringLiteral("researchGraphView"));
    buildToolbar();
    buildSidePanel();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("researchGraphSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_sideTabs->parentWidget());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 420});
    static_cast<QVBoxLayout *>(layout())->addWidget(splitter, 1);

    connect(m_view, &views::NetworkView::nodeSelected, this, &ResearchGraphPanel::onNodeSelected);
    connect(m_view, &views::NetworkView::authorActivated, this, &ResearchGraphPanel::onNodeActivated);
    connect(m_view, &views::NetworkView::typedEdgeActivated, this, &ResearchGraphPanel::showEvidence);
    connect(m_view, &views::NetworkView::nodeContextMenuRequested, this, &ResearchGraphPanel::showNodeMenu);
    retranslate();
    updateControls();
}

// Whatever is still building is superseded with the tasks: dropped.
ResearchGraphPanel::~ResearchGraphPanel() = default;

void ResearchGraphPanel::buildToolbar()
{
    m_mapChooser = new QComboBox(this);
    m_mapChooser->setObjectName(QStringLiteral("researchMapChooser"));
    m_mapChooser->addItems({QString(), QString(), QString()});
    for (NodeType type : kTypes) {
        auto *toggle = new QToolButton(this);
        toggle->setObjectName(QStringLiteral("typeToggle_") + nodeTypeName(type));
        toggle->setCheckable(true);
        toggle->setChecked(true);
        connect(toggle, &QToolButton::toggled, this, [this, type](bool on) { m_view->setTypeVisible(type, on); });
        m_typeToggles.insert(type, toggle);
    }
    m_sizeBy = new QComboBox(this);
    m_sizeBy->setObjectName(QStringLiteral("researchSizeBy"));
    m_sizeBy->addItems({QString(), QString()});
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("similarityKindCombo"));
    m_kind->addItems({QString(), QString()});
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("similarityMeasureCombo"));
    for (citations::Measure m : {citations::Measure::Count, citations::Measure::Salton, citations::Measure::Jaccard,
                                 citations::Measure::Association})
        m_measure->addItem(QString(), int(m));
    m_measure->setCurrentIndex(m_measure->findData(int(CitationGraph::defaultMapMeasure())));
    m_seeds = new QToolButton(this);
    m_seeds->setObjectName(QStringLiteral("seedsButton"));
    m_seeds->setPopupMode(QToolButton::InstantPopup);
    auto *seedsMenu = new QMenu(m_seeds);
    QAction *allWorks = seedsMenu->addAction(QString(), this, [this] { setSeedWorks({}); });
    allWorks->setObjectName(QStringLiteral("seedsAllWorksAction"));
    QAction *selection = seedsMenu->addAction(QString(), this, &ResearchGraphPanel::seedsFromSelectionRequested);
    selection->setObjectName(QStringLiteral("seedsSelectionAction"));
    m_seeds->setMenu(seedsMenu);
    m_expand = new QToolButton(this);
    m_expand->setObjectName(QStringLiteral("expandMapButton"));
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("researchExportButton"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    const QList<QPair<QString, GraphExport::Format>> formats{
        {QStringLiteral("GraphML"), GraphExport::Format::GraphML}, {QStringLiteral("GEXF (Gephi)"), GraphExport::Format::Gexf},
        {QStringLiteral("VOSviewer JSON"), GraphExport::Format::VosviewerJson},
        {QStringLiteral("CSV"), GraphExport::Format::Csv},         {QStringLiteral("PNG"), GraphExport::Format::Png},
        {QStringLiteral("SVG"), GraphExport::Format::Svg}};
    for (const auto &f : formats) {
        const GraphExport::Format format = f.second;
        exportMenu->addAction(f.first, this, [this, format] { askExport(format); });
    }
    m_export->setMenu(exportMenu);
    m_fit = new QToolButton(this);
    m_fit->setObjectName(QStringLiteral("researchFitButton"));
    m_yearSlider = new QSlider(Qt::Horizontal, this);
    m_yearSlider->setObjectName(QStringLiteral("researchYearSlider")); // "yearSlider" is the co-author network's
    m_yearSlider->setMinimumWidth(120);
    m_yearLabel = new QLabel(this);
    m_yearLabel->setObjectName(QStringLiteral("researchYearLabel"));
    m_yearLabel->setMinimumWidth(70);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("researchFindEdit"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(140);

    auto *first = new QHBoxLayout;
    first->setSpacing(6);
    first->addWidget(m_mapChooser);
    for (NodeType type : kTypes)
        first->addWidget(m_typeToggles.value(type));
    first->addWidget(m_sizeBy);
    first->addWidget(m_kind);
    first->addWidget(m_measure);
    first->addStretch(1);
    first->addWidget(m_seeds);
    first->addWidget(m_expand);
    auto *second = new QHBoxLayout;
    second->setSpacing(6);
    second->addWidget(m_yearSlider, 1);
    second->addWidget(m_yearLabel);
    second->addWidget(m_find);
    second->addWidget(m_fit);
    second->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(first);
    layout->addLayout(second);

    connect(m_mapChooser, &QComboBox::currentIndexChanged, this, [this](int i) { setMap(static_cast<ResearchMap>(i)); });
    // Sizes are computed with the map, on the worker.
    connect(m_sizeBy, &QComboBox::currentIndexChanged, this, &ResearchGraphPanel::rebuild);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ResearchGraphPanel::rebuild);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &ResearchGraphPanel::rebuild);
    connect(m_expand, &QToolButton::clicked, this, &ResearchGraphPanel::expandMap);
    connect(m_fit, &QToolButton::clicked, m_view, &views::NetworkView::fitToView);
    connect(m_yearSlider, &QSlider::valueChanged, this, &ResearchGraphPanel::onYearChanged);
    connect(m_find, &QLineEdit::returnPressed, this, &ResearchGraphPanel::onFind);
}

ResearchGraphPanel::Table ResearchGraphPanel::makeTable(int kind, const char *objectName)
{
    Table t;
    t.model = new RankedWorksTableModel(static_cast<RankedWorksTableModel::Kind>(kind), this);
    t.proxy = new QSortFilterProxyModel(this);
    t.proxy->setSourceModel(t.model);
    t.proxy->setSortRole(RankedWorksTableModel::SortRole);
    t.view = new QTableView(this);
    t.view->setObjectName(QString::fromLatin1(objectName));
    t.view->setModel(t.proxy);
    t.view->setSortingEnabled(true);
    t.view->sortByColumn(RankedWorksTableModel::CountColumn, Qt::DescendingOrder);
    t.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    t.view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    t.view->setAlternatingRowColors(true);
    t.view->setWordWrap(false);
    t.view->verticalHeader()->hide();
    // The title first (the side panel is narrow), the numbers beside it as
    // wide as their headers; the rest is one scroll away.
    QHeaderView *header = t.view->horizontalHeader();
    header->setMinimumSectionSize(36);
    for (int column = 0; column < RankedWorksTableModel::ColumnCount; ++column) {
        const QString text = t.model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(48, header->fontMetrics().horizontalAdvance(text) + 24));
    }
    header->resizeSection(RankedWorksTableModel::FirstAuthorColumn, 140);
    header->resizeSection(RankedWorksTableModel::TitleColumn, 260);
    header->setStretchLastSection(true);
    header->moveSection(header->visualIndex(RankedWorksTableModel::TitleColumn), 0);
    header->moveSection(header->visualIndex(RankedWorksTableModel::StatusColumn), 4);
    t.view->setContextMenuPolicy(Qt::CustomContextMenu);
    QTableView *view = t.view;
    connect(view, &QTableView::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        for (const Table *table : {&m_foundations, &m_followUps, &m_similar})
            if (table->view == view)
                showTableMenu(*table, pos);
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (m_syncingSelection || !current.isValid())
            return;
        const QString id = current.data(RankedWorksTableModel::IdRole).toString();
        if (m_graph.indexOf(id) < 0)
            return;
        m_syncingSelection = true;
        m_view->findNode(id); // selects and centres it
        m_syncingSelection = false;
    });
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit workActivated(index.data(RankedWorksTableModel::IdRole).toString());
    });
    return t;
}

void ResearchGraphPanel::buildSidePanel()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    m_honesty = new QLabel(side);
    m_honesty->setObjectName(QStringLiteral("honestyLabel"));
    m_honesty->setWordWrap(true);
    m_honesty->setTextFormat(Qt::RichText);
    connect(m_honesty, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("expand"))
            expandMap();
    });
    m_details = new QLabel(side);
    m_details->setObjectName(QStringLiteral("researchDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status = new QLabel(side);
    m_status->setObjectName(QStringLiteral("researchStatusLabel"));
    m_status->setWordWrap(true);

    m_sideTabs = new QTabWidget(side);
    m_sideTabs->setObjectName(QStringLiteral("researchSideTabs"));
    m_sideTabs->setDocumentMode(true);
    m_foundations = makeTable(int(RankedWorksTableModel::Kind::Foundations), "foundationsTable");
    m_followUps = makeTable(int(RankedWorksTableModel::Kind::FollowUps), "followUpsTable");
    m_similar = makeTable(int(RankedWorksTableModel::Kind::Similar), "similarTable");
    auto makeList = [side](const char *name) {
        auto *list = new QListWidget(side);
        list->setObjectName(QString::fromLatin1(name));
        list->setWordWrap(true);
        list->setAlternatingRowColors(true);
        return list;
    };
    m_evidence = makeList("evidenceList");
    m_pathList = makeList("pathList");
    m_entityList = makeList("entityList");
    m_clusterList = makeList("clusterList");
    for (QWidget *w : QList<QWidget *>{m_foundations.view, m_followUps.view, m_similar.view, m_evidence, m_pathList,
                                       m_entityList, m_clusterList})
        m_sideTabs->addTab(w, QString());

    // A work opens in the detail pane, a person's profile in the window.
    auto open = [this](QListWidgetItem *item) {
        const QString id = item->data(kIdRole).toString();
        if (id.startsWith(u'W'))
            emit workActivated(id);
        else if (id.startsWith(u'A') || id.startsWith(u'X'))
            emit authorActivated(id);
    };
    connect(m_evidence, &QListWidget::itemActivated, this, open);
    connect(m_entityList, &QListWidget::itemActivated, this, open);
    connect(m_pathList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_view->findNode(item->data(kIdRole).toString());
    });
    connect(m_clusterList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_view->highlightRoster(item->data(kIdRole).toStringList());
    });

    layout->addWidget(m_honesty);
    layout->addWidget(m_details);
    layout->addWidget(m_sideTabs, 1);
    layout->addWidget(m_status);
}

void ResearchGraphPanel::retranslate()
{
    m_mapChooser->setItemText(0, tr("Context"));
    m_mapChooser->setItemText(1, tr("Citations"));
    m_mapChooser->setItemText(2, tr("Similarity"));
    m_mapChooser->setToolTip(tr("Context: the researcher with their works, co-authors, institutions, topics and sources. "
                                "Citations: their works with the works they cite and the works citing them, by year. "
                                "Similarity: their works linked by shared references or shared citing works."));
    for (NodeType type : kTypes) {
        QToolButton *toggle = m_typeToggles.value(type);
        toggle->setText(typeLabel(type));
        toggle->setToolTip(tr("Show or hide the %1 on the map").arg(typeLabel(type).toLower()));
    }
    m_sizeBy->setItemText(0, tr("Size by citations"));
    m_sizeBy->setItemText(1, tr("Size by works"));
    m_kind->setItemText(0, tr("Bibliographic coupling"));
    m_kind->setItemText(1, tr("Co-citation"));
    m_kind->setToolTip(tr("Coupling: two works are linked by the references they share. "
                          "Co-citation: by the works citing both."));
    m_measure->setItemText(0, tr("Count"));
    m_measure->setItemText(1, tr("Salton cosine"));
    m_measure->setItemText(2, tr("Jaccard"));
    m_measure->setItemText(3, tr("Association strength"));
    m_measure->setToolTip(tr("How a link's strength is normalised (association strength: observed over expected, "
                             "as VOSviewer does)"));
    m_seeds->setText(m_seedWorks.isEmpty() ? tr("Seeds: all works") : tr("Seeds: %n selected work(s)", nullptr, int(m_seedWorks.size())));
    m_seeds->setToolTip(tr("The works the citation maps and the tables are about"));
    m_seeds->menu()->actions().at(0)->setText(tr("All the researcher's works"));
    m_seeds->menu()->actions().at(1)->setText(tr("The works selected in the Publications table"));
    m_expand->setText(tr("Fetch citations…"));
    m_expand->setToolTip(tr("Fetch the references and citing works missing from the cache, after showing what it costs"));
    m_export->setText(tr("Export"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the whole map in the view"));
    m_yearSlider->setToolTip(tr("Show the map as it was at the end of a year"));
    m_find->setPlaceholderText(tr("Find a node…"));
    const QStringList tabs{tr("Foundations"), tr("Follow-ups"), tr("Similar works"), tr("Evidence"), tr("Path"),
                           tr("Under it"), tr("Clusters")};
    for (int i = 0; i < tabs.size(); ++i)
        m_sideTabs->setTabText(i, tabs.at(i));
    m_sideTabs->setTabToolTip(0, tr("The works the seeds cite, by how many seeds cite them"));
    m_sideTabs->setTabToolTip(1, tr("The works citing the seeds, by how many seeds they cite"));
    m_sideTabs->setTabToolTip(2, tr("Works sharing references or citing works with the seeds"));
    if (m_details->text().isEmpty() || m_graph.isEmpty())
        m_details->setText(tr("<span style=\"color: gray\">Click a node for details, a link for the evidence behind it. "
                              "Double-click to open; right-click for a path or to fetch citations.</span>"));
    updateYearSlider();
    updateStatus();
    updateHonesty();
    updateClusters();
}

void ResearchGraphPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString ResearchGraphPanel::typeLabel(NodeType type)
{
    switch (type) {
    case NodeType::Work:
        return tr("Works");
    case NodeType::Person:
        return tr("People");
    case NodeType::Institution:
        return tr("Institutions");
    case NodeType::Topic:
        return tr("Topics");
    case NodeType::Source:
        return tr("Sources");
    }
    return {};
}

void ResearchGraphPanel::setLimits(int maxMapNodes, int maxMapEdges, int maxSimilaritySeeds, int maxTableRows)
{
    m_request.maxMapNodes = maxMapNodes;
    m_request.maxMapEdges = maxMapEdges;
    m_request.maxSimilaritySeeds = maxSimilaritySeeds;
    m_request.maxTableRows = maxTableRows;
}

void ResearchGraphPanel::setSimilarity(CitationGraph::Kind kind, citations::Measure measure)
{
    const QSignalBlocker a(m_kind);
    const QSignalBlocker b(m_measure);
    m_kind->setCurrentIndex(kind == CitationGraph::Kind::Cocitation ? 1 : 0);
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
    if (m_map == ResearchMap::Similarity)
        rebuild();
}

void ResearchGraphPanel::setAuthor(const QString &authorId)
{
    m_authorId = authorId;
    m_seedWorks.clear();
    m_pathFrom.clear();
    retranslate();
    rebuild();
}

void ResearchGraphPanel::setMap(ResearchMap map)
{
    const bool changed = map != m_map;
    m_map = map;
    if (m_mapChooser->currentIndex() != int(map)) {
        const QSignalBlocker block(m_mapChooser);
        m_mapChooser->setCurrentIndex(int(map));
    }
    updateControls();
    if (changed || (m_graph.isEmpty() && !m_building)) {
        rebuild();
        emit mapChanged(map);
    }
}

void ResearchGraphPanel::setSeedWorks(const QStringList &workIds)
{
    m_seedWorks = workIds;
    retranslate();
    rebuild();
}

void ResearchGraphPanel::updateControls()
{
    const bool context = m_map == ResearchMap::Context;
    const bool similarity = m_map == ResearchMap::Similarity;
    for (NodeType type : kTypes)
        m_typeToggles.value(type)->setVisible(context);
    m_kind->setVisible(similarity);
    m_measure->setVisible(similarity);
    m_seeds->setEnabled(!context);
}

void ResearchGraphPanel::rebuild()
{
    if (m_authorId.isEmpty())
        return;
    m_request.map = m_map;
    m_request.personId = m_authorId;
    m_request.seedWorks = m_seedWorks;
    m_request.similarity = m_kind->currentIndex() == 1 ? CitationGraph::Kind::Cocitation : CitationGraph::Kind::Coupling;
    m_request.measure = static_cast<citations::Measure>(m_measure->currentData().toInt());
    m_request.sizeByWorks = m_sizeBy->currentIndex() == 1;
    m_building = true;
    m_view->setStatusText(tr("Building the map…"));
    updateStatus();
    const ResearchMapRequest request = m_request;
    m_task->run([request](Cache &cache) { return ResearchMapBuilder::build(cache, request); },
                [this](const Read<ResearchMapBuild> &build) {
                    if (build)
                        applyBuild(*build);
                    else
                        buildFailed(build.error());
                },
                [this](const QString &why) { buildFailed(why); });
}

void ResearchGraphPanel::buildFailed(const QString &why)
{
    ++m_rowsGeneration; // the tables keep what they show
    m_building = false;
    m_view->setStatusText(QString());
    releaseOnWorker(std::exchange(m_build, ResearchMapBuild()));
    m_graph = TypedGraph();
    showGraph();
    updateStatus();
    m_status->setText(tr("Could not build the map from the cache (%1). Try again.").arg(why));
    emit graphChanged();
}

void ResearchGraphPanel::applyBuild(ResearchMapBuild build)
{
    m_building = false;
    m_view->setStatusText(QString());
    // The previous build's citation network can hold a million links and
    // take a tenth of a second to free: its last reference goes on a worker.
    releaseOnWorker(std::exchange(m_build, std::move(build)));
    m_graph = m_build.graph;
    m_path.clear();
    m_evidence->clear();
    m_pathList->clear();
    showGraph();
    updateStatus();
    updateHonesty();
    updateClusters();
    // The three tables (2,000 rows each) fill one per turn of the event
    // loop, after the map: together with the map's first paint they held
    // the UI for 50 ms. A newer build's rows replace these; rows of a build
    // already replaced are never shown. The build is shown, and said so,
    // when the last table is filled.
    const quint64 generation = ++m_rowsGeneration;
    const std::pair<Table *, const QList<citations::RankedWork> *> fills[] = {
        {&m_foundations, &m_build.foundations}, {&m_followUps, &m_build.followUps}, {&m_similar, &m_build.similar}};
    for (int step = 0; step < 3; ++step) {
        const auto [table, rows] = fills[step];
        const bool last = step == 2;
        QTimer::singleShot(step + 1, this, [this, table, rows, generation, last] {
            if (generation != m_rowsGeneration)
                return;
            table->model->setRows(*rows);
            if (last)
                emit graphChanged();
        });
    }
    // The similarity map's clusters are what it is read by.
    if (m_map == ResearchMap::Similarity && m_clusterList->count() > 0)
        m_sideTabs->setCurrentWidget(m_clusterList);
}

void ResearchGraphPanel::showGraph()
{
    const QList<QPointF> &positions = m_build.positions;
    m_view->setTypedGraph(m_graph, positions.size() == m_graph.nodeCount() ? positions : QList<QPointF>{});
    for (NodeType type : kTypes)
        m_view->setTypeVisible(type, m_map != ResearchMap::Context || m_typeToggles.value(type)->isChecked());
    if (m_map != ResearchMap::Context)
        m_view->setColorBy(views::ColorBy::Community); // works only: their clusters tell more than their one type
    if (m_map == ResearchMap::Citations) {
        // The researcher's own works ringed among what they cite and what cites them.
        QStringList own;
        for (const TypedNode &n : m_graph.nodes()) {
            if (n.status == QLatin1String("own"))
                own << n.id;
        }
        m_view->highlightRoster(own);
    }
    if (!m_path.isEmpty())
        m_view->setPath(m_path);
    updateYearSlider();
}

void ResearchGraphPanel::updateYearSlider()
{
    int lo = 0;
    int hi = 0;
    for (const TypedNode &n : m_graph.nodes()) {
        if (n.year <= 0)
            continue;
        lo = lo == 0 ? n.year : std::min(lo, n.year);
        hi = std::max(hi, n.year);
    }
    const QSignalBlocker block(m_yearSlider);
    m_yearSlider->setEnabled(lo > 0 && hi > lo);
    m_yearSlider->setRange(lo, hi);
    m_yearSlider->setValue(hi);
    m_view->setYearLimit(0);
    m_yearLabel->setText(tr("All years"));
}

void ResearchGraphPanel::onYearChanged(int value)
{
    const bool all = value >= m_yearSlider->maximum();
    m_view->setYearLimit(all ? 0 : value);
    m_yearLabel->setText(all ? tr("All years") : tr("Up to %1").arg(value));
}

void ResearchGraphPanel::updateStatus()
{
    if (m_building) {
        m_status->setText(tr("Building the map…"));
        return;
    }
    if (m_graph.isEmpty()) {
        m_status->setText(m_authorId.isEmpty() ? QString()
                                               : tr("Nothing to draw: sync this researcher's works (and their citations) first."));
        return;
    }
    QHash<NodeType, int> counts;
    for (const TypedNode &n : m_graph.nodes())
        ++counts[n.type];
    QStringList parts;
    for (NodeType type : kTypes)
        if (counts.value(type) > 0)
            parts << QStringLiteral("%1: %L2").arg(typeLabel(type)).arg(counts.value(type));
    QString text = parts.join(QStringLiteral(", ")) + QStringLiteral("; ") + tr("%n link(s)", nullptr, m_graph.edgeCount());
    if (m_build.nodesBeforeCap > m_graph.nodeCount())
        text += u'\n' + tr("The %1 most connected of %2 works are drawn.").arg(m_graph.nodeCount()).arg(m_build.nodesBeforeCap);
    if (m_build.edgesBeforeCap > m_graph.edgeCount() && m_build.nodesBeforeCap == m_graph.nodeCount())
        text += u'\n' + tr("The %1 strongest of %2 links are drawn.").arg(m_graph.edgeCount()).arg(m_build.edgesBeforeCap);
    const ContextSummary &c = m_build.context;
    if (m_map == ResearchMap::Context && (c.coauthorsDrawn < c.coauthors || c.topicsDrawn < c.topics
                                         || c.institutionsDrawn < c.institutions || c.sourcesDrawn < c.sources))
        text += u'\n' + tr("Drawn: %1 of %2 co-authors, %3 of %4 institutions, %5 of %6 topics, %7 of %8 sources (the most frequent).")
                            .arg(c.coauthorsDrawn).arg(c.coauthors).arg(c.institutionsDrawn).arg(c.institutions)
                            .arg(c.topicsDrawn).arg(c.topics).arg(c.sourcesDrawn).arg(c.sources);
    if (m_map == ResearchMap::Similarity && m_build.network && m_build.similaritySeedsUsed < m_build.network->seeds().size())
        text += u'\n' + tr("Similarity over the %1 most cited of %2 seeds.").arg(m_build.similaritySeedsUsed).arg(m_build.network->seeds().size());
    if (m_build.foundationsTotal > m_build.foundations.size() || m_build.followUpsTotal > m_build.followUps.size())
        text += u'\n' + tr("Tables: the first %1 of %2 foundations and %3 of %4 follow-ups.")
                            .arg(m_build.foundations.size()).arg(m_build.foundationsTotal)
                            .arg(m_build.followUps.size()).arg(m_build.followUpsTotal);
    m_status->setText(text);
}

void ResearchGraphPanel::updateHonesty()
{
    if (!m_build.network) {
        m_honesty->clear();
        return;
    }
    const citations::DataHonesty &h = m_build.honesty;
    const LayerTimes &t = m_build.times;
    QStringList lines;
    lines << tr("<b>What this rests on</b> (%n seed work(s))", nullptr, h.seeds);
    lines << tr("References: %1 of %2 resolved to cached works, %3 only IDs (%4 distinct).")
                 .arg(h.resolvedReferenceLinks).arg(h.referenceLinks).arg(h.danglingReferenceLinks).arg(h.distinctDanglingIds);
    if (h.seedsWithoutReferenceData > 0 || h.seedsReferencesUnknown > 0)
        lines << tr("Without reference data: %1 seed(s) (OpenAlex lists none), %2 never fetched.")
                     .arg(h.seedsWithoutReferenceData).arg(h.seedsReferencesUnknown);
    lines << tr("Citing works known: %1; seeds whose citing works were listed: %2; cited but never listed: %3.")
                 .arg(h.citingWorks).arg(h.seedsWithCitingListed).arg(h.seedsCitedNotListed);
    QString fetched = t.worksFetchedFirst.isEmpty()
                          ? tr("Works: never fetched.")
                          : (shortDate(t.worksFetchedFirst) == shortDate(t.worksFetchedLast)
                                 ? tr("Works fetched %1.").arg(shortDate(t.worksFetchedLast))
                                 : tr("Works fetched %1 to %2.").arg(shortDate(t.worksFetchedFirst), shortDate(t.worksFetchedLast)));
    fetched += u' ' + (t.citingListedLast.isEmpty()
                           ? tr("Citing works never listed.")
                           : tr("Citing works listed %1 to %2.").arg(shortDate(t.citingListedFirst), shortDate(t.citingListedLast)));
    lines << fetched;
    if (h.seedsReferencesUnknown > 0 || h.seedsCitedNotListed > 0 || h.danglingReferenceLinks > 0)
        lines << QStringLiteral("<a href=\"expand\">%1</a>").arg(tr("Expand to fetch what is missing"));
    m_honesty->setText(lines.join(QStringLiteral("<br>")));
}

void ResearchGraphPanel::updateClusters()
{
    m_clusterList->clear();
    for (const ResearchCluster &c : m_build.clusters) {
        const QString label = c.topicId.isEmpty()
                                  ? tr("Cluster %1: %n work(s), no topic data", nullptr, c.works).arg(c.cluster + 1)
                                  : tr("Cluster %1: %2 (%3% of %n work(s))", nullptr, c.works)
                                        .arg(c.cluster + 1)
                                        .arg(c.topicName.isEmpty() ? c.topicId : c.topicName)
                                        .arg(qRound(c.share * 100));
        auto *item = new QListWidgetItem(label, m_clusterList);
        item->setData(kIdRole, c.workIds);
        item->setToolTip(tr("Click to highlight its works on the map"));
    }
}

QString ResearchGraphPanel::nodeLabel(int node) const
{
    const TypedNode &n = m_graph.nodes().at(node);
    const QString title = n.attributes.value(QStringLiteral("title")).toString();
    return n.type == NodeType::Work && !title.isEmpty() ? displayTitle(title) : (n.label.isEmpty() ? n.id : n.label);
}

void ResearchGraphPanel::onNodeSelected(const QString &id)
{
    const int i = m_graph.indexOf(id);
    if (i < 0)
        return;
    const TypedNode &n = m_graph.nodes().at(i);
    QString html = QStringLiteral("<b>%1</b><br>%2 · %3").arg(nodeLabel(i).toHtmlEscaped(), typeLabel(n.type), n.id);
    if (n.year > 0)
        html += QStringLiteral(" · %1").arg(n.year);
    if (!n.status.isEmpty())
        html += QStringLiteral(" · %1").arg(n.status);
    html += u"<br><i>" + tr("Double-click to open; right-click for a path or to fetch citations.") + u"</i>";
    m_details->setText(html);
    if (!m_syncingSelection && n.type == NodeType::Work)
        selectRowsOf(id);
    if (n.type == NodeType::Topic || n.type == NodeType::Institution || n.type == NodeType::Source)
        showEntity(id);
}

void ResearchGraphPanel::onNodeActivated(const QString &id)
{
    const int i = m_graph.indexOf(id);
    if (i < 0)
        return;
    switch (m_graph.nodes().at(i).type) {
    case NodeType::Work:
        emit workActivated(id);
        break;
    case NodeType::Person:
        emit authorActivated(id);
        break;
    default:
        showEntity(id);
        break;
    }
}

void ResearchGraphPanel::selectRowsOf(const QString &workId)
{
    m_syncingSelection = true;
    for (Table *t : {&m_foundations, &m_followUps, &m_similar}) {
        const int row = t->model->rowOf(workId);
        if (row < 0) {
            t->view->clearSelection();
            continue;
        }
        const QModelIndex index = t->proxy->mapFromSource(t->model->index(row, RankedWorksTableModel::TitleColumn));
        t->view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        t->view->scrollTo(index);
    }
    m_syncingSelection = false;
}

void ResearchGraphPanel::showEntity(const QString &entityId)
{
    m_entityList->clear();
    m_sideTabs->setCurrentWidget(m_entityList);
    new QListWidgetItem(tr("Reading the cache…"), m_entityList);
    m_entityTask->run([entityId](Cache &cache) { return EntityQueries(cache).under(entityId); },
                      [this](const Read<EntityListing> &read) {
                          m_entityList->clear();
                          if (!read) {
                              m_status->setText(tr("Could not read the cache: %1").arg(read.error()));
                              return;
                          }
                          const EntityListing &listing = *read;
                          auto *head = new QListWidgetItem(
                              tr("%1: %n cached work(s)", nullptr, listing.worksTotal).arg(listing.name.isEmpty() ? listing.id : listing.name),
                              m_entityList);
                          QFont bold = head->font();
                          bold.setBold(true);
                          head->setFont(bold);
                          for (const EntityPerson &p : listing.researchers) {
                              auto *item = new QListWidgetItem(tr("%1 — %n work(s) here", nullptr, p.works).arg(p.name), m_entityList);
                              item->setData(kIdRole, p.id);
                              item->setToolTip(tr("%1 — double-click to open the profile").arg(p.id));
                          }
                          for (const EntityWork &w : listing.works) {
                              auto *item = new QListWidgetItem(
                                  (w.year > 0 ? QString::number(w.year) + QStringLiteral(" · ") : QString()) + displayTitle(w.title),
                                  m_entityList);
                              item->setData(kIdRole, w.id);
                              item->setToolTip(tr("%1 — double-click for details").arg(w.id));
                          }
                      },
                      [this](const QString &why) {
                          m_entityList->clear();
                          m_status->setText(tr("Could not read the cache: %1").arg(why));
                      });
}

void ResearchGraphPanel::showEvidence(int edge)
{
    m_evidence->clear();
    if (edge < 0 || edge >= m_graph.edgeCount())
        return;
    m_sideTabs->setCurrentWidget(m_evidence);
    const TypedEdge &e = m_graph.edges().at(edge);
    const Read<QList<EvidenceItem>> items = ResearchGraph::evidence(
        m_cache, m_graph, m_map == ResearchMap::Context ? nullptr : m_build.mapNetwork.get(), edge);
    if (!items) {
        m_status->setText(tr("Could not read the evidence from the cache: %1").arg(items.error()));
        return;
    }
    m_details->setText(tr("<b>%1</b> — <b>%2</b>: %n work(s) behind this link", nullptr, int(items->size()))
                           .arg(nodeLabel(e.source).toHtmlEscaped(), nodeLabel(e.target).toHtmlEscaped()));
    for (const EvidenceItem &item : *items) {
        QString text = (item.year > 0 ? QString::number(item.year) + QStringLiteral(" · ") : QString()) + item.title;
        if (!item.role.isEmpty())
            text += QStringLiteral(" (%1)").arg(item.role);
        auto *row = new QListWidgetItem(text, m_evidence);
        row->setData(kIdRole, item.workId);
        row->setToolTip(tr("%1 — double-click for details").arg(item.workId));
    }
}

bool ResearchGraphPanel::showPath(const QString &fromId, const QString &toId)
{
    m_pathList->clear();
    const int from = m_graph.indexOf(fromId);
    const int to = m_graph.indexOf(toId);
    m_path = from >= 0 && to >= 0 ? ResearchGraph::shortestPath(m_graph, from, to) : QList<int>{};
    m_view->setPath(m_path);
    m_sideTabs->setCurrentWidget(m_pathList);
    if (m_path.isEmpty()) {
        new QListWidgetItem(tr("No path between these two on this map."), m_pathList);
        return false;
    }
    for (int i = 0; i < m_path.size(); ++i) {
        const int node = m_path.at(i);
        auto *item = new QListWidgetItem(QStringLiteral("%1. %2 (%3)").arg(i + 1).arg(nodeLabel(node), typeLabel(m_graph.nodes().at(node).type)),
                                         m_pathList);
        item->setData(kIdRole, m_graph.nodes().at(node).id);
    }
    m_details->setText(tr("Path of %n step(s)", nullptr, int(m_path.size()) - 1));
    return true;
}

void ResearchGraphPanel::showNodeMenu(const QString &id, const QPoint &globalPos)
{
    const int i = m_graph.indexOf(id);
    if (i < 0)
        return;
    const TypedNode &n = m_graph.nodes().at(i);
    const QString label = nodeLabel(i).left(60);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (n.type == NodeType::Work) {
        menu->addAction(tr("Open %1").arg(label), this, [this, id] { emit workActivated(id); });
        menu->addAction(tr("Fetch the citations of this work…"), this, [this, id] { expandWork(id); });
    } else if (n.type == NodeType::Person) {
        menu->addAction(tr("Open the profile of %1").arg(label), this, [this, id] { emit authorActivated(id); });
    } else {
        menu->addAction(tr("List what the cache holds under %1").arg(label), this, [this, id] { showEntity(id); });
    }
    menu->addSeparator();
    menu->addAction(tr("Path from here"), this, [this, id] {
        m_pathFrom = id;
        emit statusMessage(tr("Now right-click another node: Path to here."), 4000);
    });
    QAction *to = menu->addAction(tr("Path to here"), this, [this, id] { showPath(m_pathFrom, id); });
    to->setEnabled(!m_pathFrom.isEmpty() && m_pathFrom != id && m_graph.indexOf(m_pathFrom) >= 0);
    if (!m_path.isEmpty())
        menu->addAction(tr("Clear the path"), this, [this] {
            m_path.clear();
            m_view->setPath({});
            m_pathList->clear();
        });
    menu->popup(globalPos);
}

QStringList ResearchGraphPanel::selectedIds(const Table &table) const
{
    QModelIndexList rows = table.view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &index : rows)
        ids << index.data(RankedWorksTableModel::IdRole).toString();
    return ids;
}

QStringList ResearchGraphPanel::allIds(const Table &table) const
{
    QStringList ids;
    for (int r = 0; r < table.proxy->rowCount(); ++r)
        ids << table.proxy->index(r, 0).data(RankedWorksTableModel::IdRole).toString();
    return ids;
}

void ResearchGraphPanel::showTableMenu(const Table &table, const QPoint &pos)
{
    const QStringList selected = selectedIds(table);
    const QStringList all = allIds(table);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (selected.size() == 1) {
        const QString id = selected.first();
        menu->addAction(tr("Open"), this, [this, id] { emit workActivated(id); });
        menu->addAction(tr("Fetch the citations of this work…"), this, [this, id] { expandWork(id); });
        menu->addSeparator();
    }
    QAction *copy = menu->addAction(tr("Copy as citation"), this, [this, selected] { copyCitations(selected); });
    copy->setEnabled(!selected.isEmpty());
    QMenu *exportSelected = menu->addMenu(tr("Export the selected rows"));
    exportSelected->setEnabled(!selected.isEmpty());
    QMenu *exportAll = menu->addMenu(tr("Export all rows"));
    exportAll->setEnabled(!all.isEmpty());
    for (const WorkExportFormat &f : kWorkFormats) {
        const ExportFormat format = f.format;
        exportSelected->addAction(QString::fromLatin1(f.name), this, [this, selected, format] { askExportWorks(selected, format); });
        exportAll->addAction(QString::fromLatin1(f.name), this, [this, all, format] { askExportWorks(all, format); });
    }
    menu->popup(table.view->viewport()->mapToGlobal(pos));
}

void ResearchGraphPanel::askExportWorks(const QStringList &ids, ExportFormat format)
{
    QString suffix;
    for (const WorkExportFormat &f : kWorkFormats)
        if (f.format == format)
            suffix = QString::fromLatin1(f.suffix);
    auto *dialog = new QFileDialog(this, tr("Export works"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(QStringLiteral("works-%1.%2").arg(m_authorId, suffix));
    connect(dialog, &QFileDialog::fileSelected, this, [this, ids, format](const QString &path) { exportWorks(ids, format, path); });
    dialog->open();
}

void ResearchGraphPanel::exportWorks(const QStringList &workIds, ExportFormat format, const QString &path)
{
    QHash<QString, citations::WorkInfo> known;
    for (const Table *t : {&m_foundations, &m_followUps, &m_similar})
        for (const citations::RankedWork &r : t->model->rows())
            if (workIds.contains(r.work.id))
                known.insert(r.work.id, r.work);
    ExportOptions options;
    options.format = format;
    ++m_exporting;
    m_status->setText(tr("Exporting %n work(s)…", nullptr, int(workIds.size())));
    auto report = [this, path](const QString &error) {
        --m_exporting;
        m_status->setText(error.isEmpty() ? tr("Exported to %1.").arg(path) : error);
        emit exported(path, error);
    };
    // Each export supersedes an unfinished one: the user asked for the newer file.
    m_exportTask->run(
        [workIds, known, options, path](Cache &cache) -> Read<ExportResult> {
            const Read<QList<Work>> works = worksForExport(cache, workIds, known);
            if (!works)
                return Read<ExportResult>::failureOf(works);
            return exportWorksToFile(*works, options, path, &cache);
        },
        [report](const Read<ExportResult> &result) {
            report(!result ? result.error() : (result->ok ? QString() : result->error));
        },
        [this, report](const QString &why) { report(tr("Could not read the cache for the export (%1). Try again.").arg(why)); });
}

QString ResearchGraphPanel::citationText(const QStringList &workIds) const
{
    QHash<QString, citations::WorkInfo> known;
    for (const Table *t : {&m_foundations, &m_followUps, &m_similar})
        for (const citations::RankedWork &r : t->model->rows())
            known.insert(r.work.id, r.work);
    // A handful of rows, read on this thread as the publications panel does.
    const Read<QList<Work>> works = worksForExport(const_cast<Cache &>(m_cache), workIds, known);
    if (!works)
        return {};
    QStringList lines;
    for (const Work &w : *works)
        lines << citationLine(w);
    return lines.join(QStringLiteral("\n\n"));
}

void ResearchGraphPanel::copyCitations(const QStringList &ids)
{
    const QString text = citationText(ids);
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    emit statusMessage(tr("Copied %n citation(s)", nullptr, int(ids.size())), 3000);
}

void ResearchGraphPanel::askExport(GraphExport::Format format)
{
    if (m_graph.isEmpty())
        return;
    const QString suffix = GraphExport::fileSuffix(format);
    auto *dialog = new QFileDialog(this, tr("Export the map"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    const QString name = m_graph.name().isEmpty() ? QStringLiteral("map") : m_graph.name();
    dialog->selectFile(QStringLiteral("%1-%2.%3").arg(name, m_authorId, suffix));
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) { exportTo(path, format); });
    dialog->open();
}

void ResearchGraphPanel::exportTo(const QString &path, GraphExport::Format format)
{
    ++m_exporting;
    m_status->setText(tr("Exporting to %1…").arg(path));
    auto done = [this, path](const Status &written) {
        --m_exporting;
        m_status->setText(written ? tr("Exported to %1.").arg(path) : written.error());
        emit exported(path, written ? QString() : written.error());
    };
    // The map as shown, typed: pictures with its shapes, hidden types and
    // path; text formats with its types and directions.
    const QList<QPointF> positions = m_view->positions();
    views::NetworkSnapshot snapshot;
    snapshot.typed = m_graph;
    snapshot.style.positions = positions.size() == m_graph.nodeCount() ? positions : QList<QPointF>{};
    snapshot.style.colorBy = m_view->scene().colorBy();
    snapshot.style.sizeBy = m_view->scene().sizeBy();
    snapshot.style.yearLimit = m_view->scene().yearLimit();
    for (NodeType type : kTypes)
        if (!m_view->isTypeVisible(type))
            snapshot.style.hiddenTypes << type;
    snapshot.style.path = m_path;
    views::NetworkExport::writeInBackground(path, format, snapshot, this, done);
}

CitationOptions ResearchGraphPanel::missingCitations() const
{
    CitationOptions options;
    if (m_seedWorks.isEmpty())
        options.personId = m_authorId;
    else
        options.workIds = m_seedWorks;
    return options;
}

void ResearchGraphPanel::expandMap()
{
    if (m_authorId.isEmpty())
        return;
    emit fetchCitationsRequested(missingCitations());
}

void ResearchGraphPanel::expandWork(const QString &workId)
{
    CitationOptions options;
    options.workIds = {workId};
    emit fetchCitationsRequested(options);
}

void ResearchGraphPanel::onFind()
{
    const QString text = m_find->text().trimmed();
    if (!text.isEmpty() && !m_view->findNode(text))
        m_status->setText(tr("Nothing on this map matches '%1'.").arg(text));
}

} // namespace peerscope
