#include "networkpanel.h"

#include "cache/cache.h"
#include "cache/cachetask.h"
#include "cache/networkqueries.h"
#include "core/displaytext.h"
#include "graph/communities.h"
#include "network/networkexport.h"
#include "network/networkview.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QSlider>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace peerscope {

namespace {

constexpr int kWorkIdRole = Qt::UserRole;

} // namespace

NetworkPanel::NetworkPanel(Cache &cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_build(std::make_unique<CacheTask>(cache, this))
    , m_view(new views::NetworkView(this))
{
    m_communityWatcher = new QFutureWatcher<CommunityJob>(this);
    m_view->setObjectName(QStringLiteral("networkView"));

    m_hopsLabel = new QLabel(this);
    m_hops = new QComboBox(this);
    m_hops->setObjectName(QStringLiteral("hopsCombo"));
    m_hops->addItems({QString(), QString()});
    m_counting = new QComboBox(this);
    m_counting->setObjectName(QStringLiteral("countingCombo"));
    m_counting->addItems({QString(), QString()});
    m_colorBy = new QComboBox(this);
    m_colorBy->setObjectName(QStringLiteral("colorByCombo"));
    m_colorBy->addItems({QString(), QString(), QString()});
    m_sizeBy = new QComboBox(this);
    m_sizeBy->setObjectName(QStringLiteral("sizeByCombo"));
    m_sizeBy->addItems({QString(), QString()});
    m_resolutionLabel = new QLabel(this);
    m_resolutionSpin = new QDoubleSpinBox(this);
    m_resolutionSpin->setObjectName(QStringLiteral("resolutionSpin"));
    m_resolutionSpin->setRange(0.1, 10.0);
    m_resolutionSpin->setSingleStep(0.1);
    m_resolutionSpin->setDecimals(1);
    m_resolutionSpin->setValue(m_resolution);
    m_yearSlider = new QSlider(Qt::Horizontal, this);
    m_yearSlider->setObjectName(QStringLiteral("yearSlider"));
    m_yearSlider->setMinimumWidth(120);
    m_yearLabel = new QLabel(this);
    m_yearLabel->setMinimumWidth(70);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findEdit"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(180);
    m_roster = new QToolButton(this);
    m_roster->setObjectName(QStringLiteral("rosterButton"));
    m_fit = new QToolButton(this);
    m_fit->setObjectName(QStringLiteral("fitButton"));
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    const QList<QPair<QString, GraphExport::Format>> formats{
        {QStringLiteral("PNG"), GraphExport::Format::Png},         {QStringLiteral("SVG"), GraphExport::Format::Svg},
        {QStringLiteral("GraphML"), GraphExport::Format::GraphML}, {QStringLiteral("GEXF (Gephi)"), GraphExport::Format::Gexf},
        {QStringLiteral("VOSviewer JSON"), GraphExport::Format::VosviewerJson},
        {QStringLiteral("DOT (Graphviz)"), GraphExport::Format::Dot}};
    for (const auto &f : formats) {
        const GraphExport::Format format = f.second;
        exportMenu->addAction(f.first, this, [this, format] { askExport(format); });
    }
    m_export->setMenu(exportMenu);

    // Compact controls: the toolbar must fit beside the profile panel.
    for (QComboBox *combo : {m_hops, m_counting, m_colorBy, m_sizeBy}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_colorBy ? 16 : 12);
    }
    m_find->setMinimumWidth(140);

    auto *first = new QHBoxLayout;
    first->setSpacing(6);
    QHBoxLayout *toolbar = first;
    toolbar->addWidget(m_hopsLabel);
    toolbar->addWidget(m_hops);
    toolbar->addWidget(m_counting);
    toolbar->addWidget(m_colorBy);
    toolbar->addWidget(m_sizeBy);
    toolbar->addWidget(m_resolutionLabel);
    toolbar->addWidget(m_resolutionSpin);
    toolbar->addStretch(1);
    auto *second = new QHBoxLayout;
    second->setSpacing(6);
    toolbar = second;
    toolbar->addWidget(m_yearSlider, 1);
    toolbar->addWidget(m_yearLabel);
    toolbar->addWidget(m_find);
    toolbar->addWidget(m_roster);
    toolbar->addWidget(m_fit);
    toolbar->addWidget(m_export);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(side);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(3 * m_details->fontMetrics().height());
    m_sharedWorks = new QListWidget(side);
    m_sharedWorks->setObjectName(QStringLiteral("sharedWorksList"));
    m_sharedWorks->setWordWrap(true);
    m_sharedWorks->setAlternatingRowColors(true);
    m_rule = new QLabel(side);
    m_rule->setObjectName(QStringLiteral("hugePaperRuleLabel"));
    m_rule->setWordWrap(true);
    m_rule->setEnabled(false); // secondary text
    m_status = new QLabel(side);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    sideLayout->addWidget(m_details);
    sideLayout->addWidget(m_sharedWorks, 1);
    sideLayout->addWidget(m_status);
    sideLayout->addWidget(m_rule);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 280});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(first);
    layout->addLayout(second);
    layout->addWidget(splitter, 1);

    connect(m_hops, &QComboBox::currentIndexChanged, this, &NetworkPanel::rebuild);
    connect(m_counting, &QComboBox::currentIndexChanged, this, &NetworkPanel::rebuild);
    connect(m_colorBy, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_view->setColorBy(static_cast<views::ColorBy>(i)); });
    connect(m_sizeBy, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_view->setSizeBy(static_cast<views::SizeBy>(i)); });
    connect(m_resolutionSpin, &QDoubleSpinBox::valueChanged, this, &NetworkPanel::setResolution);
    connect(m_yearSlider, &QSlider::valueChanged, this, &NetworkPanel::onYearChanged);
    connect(m_find, &QLineEdit::returnPressed, this, &NetworkPanel::onFind);
    connect(m_roster, &QToolButton::clicked, this, &NetworkPanel::askRoster);
    connect(m_fit, &QToolButton::clicked, m_view, &views::NetworkView::fitToView);
    connect(m_view, &views::NetworkView::authorActivated, this, &NetworkPanel::authorActivated);
    connect(m_view, &views::NetworkView::edgeActivated, this, &NetworkPanel::showSharedWorks);
    connect(m_view, &views::NetworkView::nodeSelected, this, &NetworkPanel::showNodeDetails);
    connect(m_view, &views::NetworkView::nodeContextMenuRequested, this, &NetworkPanel::showNodeMenu);
    connect(m_sharedWorks, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(kWorkIdRole).toString();
        if (!id.isEmpty())
            emit workActivated(id);
    });
    connect(m_communityWatcher, &QFutureWatcher<CommunityJob>::finished, this,
            [this] { applyCommunities(m_communityWatcher->result()); });
    retranslate();
    updateYearSlider();
}

// Whatever is still building is superseded by m_build's destruction: its
// reads stop and its result is dropped.
NetworkPanel::~NetworkPanel() = default;

void NetworkPanel::retranslate()
{
    m_hopsLabel->setText(tr("Network:"));
    m_hops->setItemText(0, tr("Co-authors"));
    m_hops->setItemText(1, tr("Co-authors of co-authors"));
    m_hops->setToolTip(tr("One hop: the author and their co-authors. Two hops: also the co-authors' co-authors."));
    m_counting->setItemText(0, tr("Full counting"));
    m_counting->setItemText(1, tr("Fractional counting"));
    m_counting->setToolTip(tr("Full: a link weighs the number of shared works. Fractional: each shared work "
                              "adds 1/(n-1), n being its number of authors."));
    m_colorBy->setItemText(0, tr("Colour by community"));
    m_colorBy->setItemText(1, tr("Colour by last year together"));
    m_colorBy->setItemText(2, tr("Colour by country"));
    m_sizeBy->setItemText(0, tr("Size by works"));
    m_sizeBy->setItemText(1, tr("Size by shared works"));
    m_resolutionLabel->setText(tr("Resolution:"));
    m_resolutionSpin->setToolTip(tr("Community resolution (Leiden, modularity): higher gives more, smaller communities."));
    m_yearSlider->setToolTip(tr("Show the network as it was at the end of a year"));
    m_find->setPlaceholderText(tr("Find an author…"));
    m_roster->setText(tr("Roster…"));
    m_roster->setToolTip(tr("Highlight a list of authors (OpenAlex IDs or names, one per line)"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the whole network in the view"));
    m_export->setText(tr("Export"));
    m_rule->setText(CoauthorGraph::hugePaperRule(GraphOptions().hugePaperThreshold));
    if (m_building)
        m_view->setStatusText(tr("Building network…"));
    updateYearSlider();
    updateStatus();
}

void NetworkPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString NetworkPanel::idleHint()
{
    return tr("<span style=\"color: gray\">Click a person for details, or a link to list the works the two share. "
              "Double-click a person to open their profile.</span>");
}

void NetworkPanel::setAuthor(const QString &authorId)
{
    m_authorId = authorId;
    m_expanded.clear();
    m_sharedWorks->clear();
    m_details->setText(idleHint());
    rebuild();
}

void NetworkPanel::setHops(int hops)
{
    m_hops->setCurrentIndex(hops >= 2 ? 1 : 0);
}

void NetworkPanel::setCounting(Counting counting)
{
    m_counting->setCurrentIndex(counting == Counting::Fractional ? 1 : 0);
}

void NetworkPanel::setResolution(double resolution)
{
    if (qFuzzyCompare(resolution, m_resolution))
        return;
    m_resolution = resolution;
    if (!qFuzzyCompare(m_resolutionSpin->value(), resolution))
        m_resolutionSpin->setValue(resolution);
    recomputeCommunities();
}

void NetworkPanel::rebuild()
{
    if (m_authorId.isEmpty())
        return;
    NetworkRequest request;
    request.options.centerId = m_authorId;
    request.options.hops = m_hops->currentIndex() + 1;
    request.options.counting = m_counting->currentIndex() == 1 ? Counting::Fractional : Counting::Full;
    request.expanded = m_expanded;
    request.resolution = m_resolution;
    // Seconds for an author with tens of thousands of works: on a worker
    // thread with its own connection (an in-memory cache builds here).
    m_building = true;
    m_view->setStatusText(tr("Building network…"));
    updateStatus();
    m_build->run([request](Cache &cache) { return NetworkBuilder::build(cache, request); },
                 [this, resolution = request.resolution](const Read<CoauthorGraph> &graph) {
                     if (graph)
                         applyGraph(*graph, resolution);
                     else
                         buildFailed(graph.error());
                 },
                 [this](const QString &why) { buildFailed(why); });
}

void NetworkPanel::buildFailed(const QString &why)
{
    m_building = false;
    m_view->setStatusText(QString());
    updateStatus();
    m_status->setText(tr("Could not read the cache to build the network (%1). Try again.").arg(why));
}

void NetworkPanel::showGraph(const CoauthorGraph &graph)
{
    m_build->supersede();
    m_authorId = graph.nodes().value(0).id;
    m_expanded.clear();
    m_sharedWorks->clear();
    m_details->setText(idleHint());
    applyGraph(graph, m_resolution);
}

void NetworkPanel::applyGraph(CoauthorGraph graph, double resolution)
{
    m_building = false;
    m_view->setStatusText(QString());
    m_graph = std::move(graph);
    ++m_graphGeneration;
    m_view->setGraph(m_graph);
    updateYearSlider();
    updateStatus();
    emit graphChanged();
    if (!qFuzzyCompare(resolution, m_resolution))
        recomputeCommunities(); // the resolution changed while it was built
}

void NetworkPanel::recomputeCommunities()
{
    const int generation = m_latestCommunities->fetch_add(1) + 1;
    if (m_graph.nodeCount() <= m_communitiesOnWorkerAbove) {
        applyCommunities({generation, m_graphGeneration, Communities::detect(m_graph, m_resolution)});
        return;
    }
    // The old colours stay until the new communities arrive.
    m_findingCommunities = true;
    const auto graph = std::make_shared<const CoauthorGraph>(m_graph);
    const std::shared_ptr<std::atomic<int>> latest = m_latestCommunities;
    m_communityWatcher->setFuture(
        QtConcurrent::run([graph, resolution = m_resolution, generation, graphGeneration = m_graphGeneration, latest] {
            CommunityJob job{generation, graphGeneration, {}};
            if (latest->load() == generation) // not superseded while it waited for a thread
                job.result = Communities::detect(*graph, resolution);
            return job;
        }));
}

void NetworkPanel::applyCommunities(const CommunityJob &job)
{
    if (job.generation != m_latestCommunities->load())
        return; // another resolution was asked for meanwhile
    m_findingCommunities = false;
    if (job.graphGeneration != m_graphGeneration || !job.result.ok)
        return;
    m_graph.setCommunities(job.result.membership);
    QList<int> membership;
    membership.reserve(m_graph.nodeCount());
    for (const GraphNode &n : m_graph.nodes())
        membership << n.community;
    m_view->setCommunities(membership);
    updateStatus();
}

void NetworkPanel::expandAuthor(const QString &authorId)
{
    if (authorId == m_authorId || m_expanded.contains(authorId))
        return;
    m_expanded << authorId;
    rebuild();
}

void NetworkPanel::updateYearSlider()
{
    const views::NetworkScene &scene = m_view->scene();
    const bool hasYears = scene.minYear() > 0;
    const QSignalBlocker block(m_yearSlider);
    m_yearSlider->setEnabled(hasYears && scene.maxYear() > scene.minYear());
    m_yearSlider->setRange(hasYears ? scene.minYear() : 0, hasYears ? scene.maxYear() : 0);
    m_yearSlider->setValue(m_yearSlider->maximum());
    m_view->setYearLimit(0);
    m_yearLabel->setText(tr("All years"));
}

void NetworkPanel::onYearChanged(int value)
{
    const bool all = value >= m_yearSlider->maximum();
    m_view->setYearLimit(all ? 0 : value);
    m_yearLabel->setText(all ? tr("All years") : tr("As of %1").arg(value));
}

void NetworkPanel::updateStatus()
{
    if (!m_status)
        return;
    if (m_building) {
        m_status->setText(tr("Building network…"));
        return;
    }
    if (m_graph.isEmpty()) {
        m_status->setText(m_authorId.isEmpty() ? QString()
                                               : tr("No cached works for this author: sync them to see a network."));
        return;
    }
    QString text = tr("%n author(s)", nullptr, m_graph.nodeCount()) + u", "
                   + tr("%n link(s)", nullptr, m_graph.edgeCount()) + u", "
                   + tr("%n communities", nullptr, m_graph.communityCount());
    if (m_graph.hugePaperCount() > 0)
        text += u"\n" + tr("%n paper(s) with huge author lists counted fractionally only.", nullptr, m_graph.hugePaperCount());
    m_status->setText(text);
}

void NetworkPanel::showNodeDetails(const QString &id)
{
    const int i = m_graph.indexOf(id);
    if (i < 0) {
        m_details->setText(idleHint());
        return;
    }
    const GraphNode &n = m_graph.nodes().at(i);
    QString html = QStringLiteral("<b>%1</b>").arg(n.name.toHtmlEscaped());
    if (!n.institution.isEmpty())
        html += QStringLiteral("<br>%1").arg(n.institution.toHtmlEscaped());
    html += u"<br>" + tr("%n work(s)", nullptr, n.worksCount);
    if (n.hop > 0 && n.sharedWithCenter > 0)
        html += u"<br>" + tr("%1 shared with %2").arg(n.sharedWithCenter).arg(m_graph.nodes().at(0).name.toHtmlEscaped());
    html += u"<br><i>" + tr("Double-click to open the profile; right-click for more.") + u"</i>";
    m_details->setText(html);
}

void NetworkPanel::showSharedWorks(const QString &a, const QString &b)
{
    m_sharedWorks->clear();
    const int ia = m_graph.indexOf(a);
    const int ib = m_graph.indexOf(b);
    if (ia < 0 || ib < 0)
        return;
    const QStringList ids = m_graph.sharedWorkIds(a, b);
    m_details->setText(tr("<b>%1</b> and <b>%2</b>: %n shared work(s)", nullptr, int(ids.size()))
                           .arg(m_graph.nodes().at(ia).name.toHtmlEscaped(), m_graph.nodes().at(ib).name.toHtmlEscaped()));
    const Read<QList<WorkLine>> lines = NetworkQueries(m_cache).workLines(ids);
    if (!lines) {
        m_status->setText(tr("Could not read the shared works from the cache: %1").arg(lines.error()));
        return;
    }
    // Newest first, as in a publication list.
    for (auto it = lines->crbegin(); it != lines->crend(); ++it) {
        QString text = it->id;
        if (it->cached) {
            text = (it->year > 0 ? QString::number(it->year) + QStringLiteral(" · ") : QString()) + displayTitle(it->title);
            if (!it->venue.isEmpty())
                text += QStringLiteral(" — ") + it->venue;
        }
        auto *item = new QListWidgetItem(text, m_sharedWorks);
        item->setData(kWorkIdRole, it->id);
        item->setToolTip(tr("%1 — double-click for details").arg(it->id));
    }
}

void NetworkPanel::onFind()
{
    const QString text = m_find->text().trimmed();
    if (text.isEmpty())
        return;
    if (!m_view->findNode(text))
        m_status->setText(tr("No author in this network matches '%1'.").arg(text));
}

void NetworkPanel::highlightRoster(const QString &text)
{
    QStringList entries = text.split(QRegularExpression(QStringLiteral("[\\n;]")), Qt::SkipEmptyParts);
    for (QString &e : entries)
        e = e.trimmed();
    entries.removeAll(QString());
    if (entries.isEmpty()) {
        m_view->clearHighlight();
        updateStatus();
        return;
    }
    const int found = m_view->highlightRoster(entries);
    m_status->setText(tr("Roster: %1 of %n author(s) are in this network.", nullptr, int(entries.size())).arg(found));
}

void NetworkPanel::askRoster()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Highlight a roster"));
    dialog->setLabelText(tr("OpenAlex IDs or names, one per line (empty clears the highlight):"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    connect(dialog, &QInputDialog::textValueSelected, this, &NetworkPanel::highlightRoster);
    dialog->open();
}

views::NetworkSnapshot NetworkPanel::snapshot() const
{
    views::NetworkSnapshot snapshot;
    snapshot.graph = m_graph;
    snapshot.style.positions = m_view->positions();
    snapshot.style.colorBy = m_view->scene().colorBy();
    snapshot.style.sizeBy = m_view->scene().sizeBy();
    snapshot.style.yearLimit = m_view->scene().yearLimit();
    return snapshot;
}

void NetworkPanel::exportTo(const QString &path, GraphExport::Format format)
{
    ++m_exporting;
    m_status->setText(tr("Exporting to %1…").arg(path));
    views::NetworkExport::writeInBackground(path, format, snapshot(), this, [this, path](const Status &written) {
        --m_exporting;
        m_status->setText(written ? tr("Exported to %1.").arg(path) : written.error());
        emit exported(path, written ? QString() : written.error());
    });
}

void NetworkPanel::askExport(GraphExport::Format format)
{
    if (m_graph.isEmpty())
        return;
    const QString suffix = GraphExport::fileSuffix(format);
    auto *dialog = new QFileDialog(this, tr("Export the network"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(QStringLiteral("coauthors-%1.%2").arg(m_authorId, suffix));
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) { exportTo(path, format); });
    dialog->open();
}

void NetworkPanel::showNodeMenu(const QString &id, const QPoint &globalPos)
{
    const int i = m_graph.indexOf(id);
    if (i < 0)
        return;
    const QString name = m_graph.nodes().at(i).name;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Open the profile of %1").arg(name), this, [this, id] { emit authorActivated(id); });
    QAction *expand = menu->addAction(tr("Show the co-authors of %1").arg(name), this, [this, id] { expandAuthor(id); });
    expand->setEnabled(id != m_authorId && !m_expanded.contains(id));
    menu->addAction(tr("Centre the network on %1").arg(name), this, [this, id] { setAuthor(id); });
    menu->popup(globalPos);
}

} // namespace peerscope
