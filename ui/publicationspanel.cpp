#include "publicationspanel.h"

#include "cache/cache.h"
#include "cache/cachetask.h"
#include "itemmodels/publicationfilterproxy.h"
#include "workdetailview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace peerscope {

PublicationsPanel::PublicationsPanel(const Cache &cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_textFilter(std::make_unique<CacheTask>(cache, this))
    , m_model(new PublicationTableModel(this))
    , m_proxy(new PublicationFilterProxy(this))
{
    setObjectName(QStringLiteral("publicationsPanel"));
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_yearFrom = new QSpinBox(this);
    m_yearFrom->setObjectName(QStringLiteral("yearFromSpin"));
    m_yearTo = new QSpinBox(this);
    m_yearTo->setObjectName(QStringLiteral("yearToSpin"));
    for (QSpinBox *spin : {m_yearFrom, m_yearTo}) {
        spin->setRange(0, 2100);
        spin->setMinimumWidth(70);
    }
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type->addItem(QString(), QString()); // "All types"; the types come with an author
    m_oa = new QCheckBox(this);
    m_oa->setObjectName(QStringLiteral("openAccessCheck"));
    m_venue = new QLineEdit(this);
    m_venue->setObjectName(QStringLiteral("venueEdit"));
    m_venue->setClearButtonEnabled(true);
    m_venue->setMaximumWidth(180);
    filters->addWidget(m_search, 2);
    m_yearsLabel = new QLabel(this);
    m_yearsLabel->setObjectName(QStringLiteral("yearsLabel"));
    filters->addWidget(m_yearsLabel);
    filters->addWidget(m_yearFrom);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_yearTo);
    filters->addWidget(m_type);
    filters->addWidget(m_venue, 1);
    filters->addWidget(m_oa);
    layout->addLayout(filters);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("publicationCount"));
    layout->addWidget(m_count);

    auto *split = new QSplitter(Qt::Vertical, this);
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

    m_copy = new QAction(m_table);
    m_copy->setObjectName(QStringLiteral("copyCitationsAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copy, &QAction::triggered, this, &PublicationsPanel::copySelectedCitations);
    m_table->addAction(m_copy);

    m_detail = new WorkDetailView(cache, split);
    connect(m_detail, &WorkDetailView::authorActivated, this, &PublicationsPanel::authorActivated);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &PublicationsPanel::applyTextFilter);
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
    connect(m_model, &PublicationTableModel::exclusionChanged, this, [this] {
        emit exclusionChanged();
        updateCount();
    });
    // Every arrangement resets the proxy (its rows come in chunks): the
    // selection is kept by work, as a sort keeps it in Zotero or JabRef.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &PublicationsPanel::keepSelection);
    connect(m_proxy, &PublicationFilterProxy::arranged, this, [this] {
        updateCount();
        if (m_proxy->isArranging())
            return;
        restoreSelection();
        if (m_keptScroll >= 0)
            m_table->verticalScrollBar()->setValue(std::exchange(m_keptScroll, -1));
        if (!m_workToSelect.isEmpty())
            selectWork(std::exchange(m_workToSelect, QString()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetailOf(current); });
    retranslateUi();
}

PublicationsPanel::~PublicationsPanel() = default;

void PublicationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PublicationsPanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search titles, abstracts, venues, authors"));
    m_search->setAccessibleName(tr("Search works"));
    m_yearFrom->setSpecialValueText(tr("any"));
    m_yearTo->setSpecialValueText(tr("any"));
    m_yearFrom->setAccessibleName(tr("From year"));
    m_yearTo->setAccessibleName(tr("To year"));
    m_yearFrom->setToolTip(tr("Earliest publication year (any: no limit)"));
    m_yearTo->setToolTip(tr("Latest publication year (any: no limit)"));
    m_type->setAccessibleName(tr("Work type"));
    m_type->setItemText(0, tr("All types"));
    m_oa->setText(tr("Open access"));
    m_venue->setPlaceholderText(tr("Venue"));
    m_venue->setAccessibleName(tr("Venue filter"));
    m_yearsLabel->setText(tr("Years"));
    m_table->setAccessibleName(tr("Publications"));
    m_copy->setText(tr("Copy as formatted citations"));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    m_table->viewport()->update();
    updateCount();
}

void PublicationsPanel::setLoading(bool loading)
{
    m_loading = loading;
    if (loading)
        m_count->setText(tr("Loading works…"));
    else
        updateCount();
}

void PublicationsPanel::setRows(const QString &authorId, QList<PublicationRow> rows)
{
    if (authorId != m_tableAuthor) {
        // Someone else's works: nothing of the old selection carries over.
        m_table->selectionModel()->clear();
        m_tableAuthor = authorId;
    }
    m_model->setExcluded({});
    m_model->setRows(std::move(rows));
}

void PublicationsPanel::showPreview(const QString &authorId, QList<PublicationRow> rows)
{
    setRows(authorId, std::move(rows));
}

void PublicationsPanel::showNoWorks(const QString &authorId)
{
    m_loading = false;
    setRows(authorId, {});
    updateCount();
}

void PublicationsPanel::showWorks(const QString &authorId, QList<PublicationRow> rows, Refresh how)
{
    m_loading = false;
    if (how == Refresh::InPlace && authorId == m_tableAuthor) {
        m_keptScroll = m_table->verticalScrollBar()->value();
        QSet<QString> excluded;
        for (const PublicationRow &row : std::as_const(rows))
            if (m_model->excluded().contains(row.id))
                excluded.insert(row.id);
        m_model->setRows(std::move(rows));
        m_model->setExcluded(excluded);
    } else {
        setRows(authorId, std::move(rows));
    }

    const QString selected = m_type->currentData().toString();
    QStringList types = m_model->types().values();
    types.sort();
    m_type->blockSignals(true);
    while (m_type->count() > 1)
        m_type->removeItem(m_type->count() - 1);
    for (const QString &t : std::as_const(types))
        m_type->addItem(t, t);
    m_type->setCurrentIndex(std::max(0, m_type->findData(selected)));
    m_type->blockSignals(false);
    const QString type = m_type->currentData().toString();
    m_proxy->setTypes(type.isEmpty() ? QSet<QString>{} : QSet<QString>{type});
    if (!m_search->text().trimmed().isEmpty())
        applyTextFilter();
    m_detail->clearWork();
    updateCount();
}

void PublicationsPanel::updateCount()
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

void PublicationsPanel::applyTextFilter()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_textFilter->supersede();
        m_proxy->setWorkIds({}, true);
        updateCount();
        return;
    }
    // A common word is in a quarter of a large cache: the full-text query
    // runs on a worker's connection, and only the newest text counts.
    const QString person = m_tableAuthor;
    m_textFilter->run([person, text](Cache &cache) { return cache.personWorksMatching(person, text); },
                      [this](const QStringList &hits) {
                          m_proxy->setWorkIds(QSet<QString>(hits.begin(), hits.end()), false);
                          updateCount();
                      },
                      [this](const QString &why) { emit statusMessage(why, 8000); });
}

bool PublicationsPanel::hasWork(const QString &workId) const
{
    return m_model->rowOf(workId) >= 0;
}

int PublicationsPanel::selectedCount() const
{
    return int(m_table->selectionModel()->selectedRows().size());
}

void PublicationsPanel::showWork(const QString &workId)
{
    // A work of this author's that the filters hide: lift them first.
    if (hasWork(workId) && !m_proxy->isArranging() && !m_proxy->indexOfWork(workId).isValid()) {
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
        m_detail->showWork(workId);
        return;
    }
    selectWork(workId);
}

void PublicationsPanel::showOtherWork(const QString &workId)
{
    m_table->clearSelection();
    m_detail->showWork(workId);
}

void PublicationsPanel::selectWork(const QString &workId)
{
    const QModelIndex index = m_proxy->indexOfWork(workId);
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        return;
    }
    // Not one of this author's works (two co-authors' shared work, say):
    // the details all the same.
    showOtherWork(workId);
}

void PublicationsPanel::showDetailOf(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid()) {
        m_detail->clearWork();
        return;
    }
    m_detail->showWork(m_proxy->data(proxyIndex, PublicationTableModel::WorkIdRole).toString());
}

void PublicationsPanel::keepSelection()
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

void PublicationsPanel::restoreSelection()
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

QStringList PublicationsPanel::workIds(ExportDialog::Scope scope) const
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
    return ids;
}

void PublicationsPanel::copySelectedCitations()
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList out;
    for (const QModelIndex &index : rows)
        out << PublicationTableModel::citation(m_model->row(m_proxy->mapToSource(index).row()));
    if (out.isEmpty())
        return;
    QApplication::clipboard()->setText(out.join(QStringLiteral("\n\n")));
    emit statusMessage(tr("Copied %n citation(s)", nullptr, int(out.size())), 3000);
}

} // namespace peerscope
