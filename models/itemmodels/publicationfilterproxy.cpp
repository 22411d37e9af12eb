#include "itemmodels/publicationfilterproxy.h"

#include <QCollator>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>

namespace peerscope {

bool PublicationFilter::isEmpty() const
{
    return yearFrom <= 0 && yearTo <= 0 && types.isEmpty() && !openAccessOnly && venue.isEmpty() && allWorkIds;
}

bool PublicationFilter::accepts(const PublicationRow &r) const
{
    if (yearFrom > 0 && r.year < yearFrom)
        return false;
    if (yearTo > 0 && (r.year == 0 || r.year > yearTo))
        return false;
    if (!types.isEmpty() && !types.contains(r.type))
        return false;
    if (openAccessOnly && !r.isOa)
        return false;
    if (!venue.isEmpty() && !r.venue.contains(venue, Qt::CaseInsensitive))
        return false;
    if (!allWorkIds && !workIds.contains(r.id))
        return false;
    return true;
}

namespace {

// Stable, so equal keys keep the loaded order in both directions.
template<typename Key>
void sortByKey(QList<int> &order, Qt::SortOrder direction, Key key)
{
    const bool descending = direction == Qt::DescendingOrder;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return descending ? key(b) < key(a) : key(a) < key(b);
    });
}

// Unknown values (negative) go last in both directions: a missing FWCI is
// not a low one.
void sortByKnown(QList<int> &order, Qt::SortOrder direction, const QList<PublicationRow> &rows,
                 double PublicationRow::*field)
{
    const auto known = std::stable_partition(order.begin(), order.end(), [&](int i) { return rows.at(i).*field >= 0; });
    const bool descending = direction == Qt::DescendingOrder;
    std::stable_sort(order.begin(), known, [&](int a, int b) {
        return descending ? rows.at(b).*field < rows.at(a).*field : rows.at(a).*field < rows.at(b).*field;
    });
}

void sortByText(QList<int> &order, Qt::SortOrder direction, const QList<PublicationRow> &rows,
                QString PublicationRow::*field)
{
    // One collation key per row instead of a collation per comparison.
    // The "C" locale (no LANG set) would sort by code point: capitals
    // before every small letter, accented letters after z.
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<std::pair<QCollatorSortKey, int>> keyed;
    keyed.reserve(order.size());
    for (int i : std::as_const(order))
        keyed.emplace_back(collator.sortKey(rows.at(i).*field), i);
    const bool descending = direction == Qt::DescendingOrder;
    std::stable_sort(keyed.begin(), keyed.end(), [descending](const auto &a, const auto &b) {
        return descending ? b.first.compare(a.first) < 0 : a.first.compare(b.first) < 0;
    });
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = keyed[size_t(i)].second;
}

// Rows loaded newest first (loadRows' order) are already sorted for the
// table's default order, so new rows need no sorting at all.
bool inLoadedOrder(const QList<PublicationRow> &rows, const PublicationSort &sort)
{
    if (sort.column < 0)
        return true;
    if (sort.column != PublicationTableModel::Year || sort.order != Qt::DescendingOrder)
        return false;
    return std::is_sorted(rows.cbegin(), rows.cend(),
                          [](const PublicationRow &a, const PublicationRow &b) { return a.year > b.year; });
}

QList<int> loadedOrder(qsizetype n)
{
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    return order;
}

} // namespace

QList<int> arrangePublications(const QList<PublicationRow> &rows, const QSet<QString> &excluded,
                               const PublicationFilter &filter, const PublicationSort &sort)
{
    QList<int> order;
    if (filter.isEmpty()) {
        order = loadedOrder(rows.size());
    } else {
        for (int i = 0; i < rows.size(); ++i)
            if (filter.accepts(rows.at(i)))
                order << i;
    }
    const Qt::SortOrder direction = sort.order;
    switch (sort.column) {
    case PublicationTableModel::Included:
        sortByKey(order, direction, [&](int i) { return !excluded.contains(rows.at(i).id); });
        break;
    case PublicationTableModel::Year:
        sortByKey(order, direction, [&](int i) { return rows.at(i).year; });
        break;
    case PublicationTableModel::Citations:
        sortByKey(order, direction, [&](int i) { return rows.at(i).citations; });
        break;
    case PublicationTableModel::OpenAccess:
        sortByKey(order, direction, [&](int i) { return rows.at(i).isOa; });
        break;
    case PublicationTableModel::Fwci:
        sortByKnown(order, direction, rows, &PublicationRow::fwci);
        break;
    case PublicationTableModel::Percentile:
        sortByKnown(order, direction, rows, &PublicationRow::percentile);
        break;
    case PublicationTableModel::Title:
        sortByText(order, direction, rows, &PublicationRow::title);
        break;
    case PublicationTableModel::Venue:
        sortByText(order, direction, rows, &PublicationRow::venue);
        break;
    case PublicationTableModel::Type:
        sortByText(order, direction, rows, &PublicationRow::type);
        break;
    case PublicationTableModel::Authors:
        sortByText(order, direction, rows, &PublicationRow::authors);
        break;
    case PublicationTableModel::Doi:
        sortByText(order, direction, rows, &PublicationRow::doi);
        break;
    default:
        break;
    }
    return order;
}

PublicationFilterProxy::PublicationFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<Arrangement>::finished, this, [this] {
        Arrangement done = m_watcher.result();
        if (done.generation != m_generation)
            return; // the filter, the sort or the rows changed since
        m_pending = false;
        apply(std::move(done.order));
    });
}

// Workers own copies of everything they read; nothing to wait for.
PublicationFilterProxy::~PublicationFilterProxy() = default;

const PublicationTableModel *PublicationFilterProxy::publications() const
{
    return qobject_cast<const PublicationTableModel *>(sourceModel());
}

void PublicationFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_order.clear();
    m_rowOfSource.clear();
    m_fetched = 0;
    endResetModel();
    if (!source)
        return;
    m_sourceConnections << connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        ++m_generation;
        beginResetModel();
        m_order.clear();
        m_rowOfSource.clear();
        m_fetched = 0;
        m_pending = false;
    });
    m_sourceConnections << connect(source, &QAbstractItemModel::modelReset, this, [this] {
        // New rows in the loaded order come out of the same reset.
        std::optional<QList<int>> now = arrangeOrStart();
        m_pending = !now;
        if (now) {
            m_order = std::move(*now);
            m_fetched = int(std::min<qsizetype>(kChunk, m_order.size()));
        }
        endResetModel();
        emit arranged();
    });
    m_sourceConnections << connect(source, &QAbstractItemModel::dataChanged, this,
                                   &PublicationFilterProxy::onSourceDataChanged);
    m_sourceConnections << connect(source, &QAbstractItemModel::headerDataChanged, this,
                                   &PublicationFilterProxy::headerDataChanged);
    // The table model only ever resets; anything else rearranges from scratch.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        m_sourceConnections << connect(source, signal, this, &PublicationFilterProxy::rearrange);
    m_sourceConnections << connect(source, &QAbstractItemModel::layoutChanged, this, &PublicationFilterProxy::rearrange);
    rearrange();
}

void PublicationFilterProxy::setYearRange(int from, int to)
{
    if (from == m_filter.yearFrom && to == m_filter.yearTo)
        return;
    m_filter.yearFrom = from;
    m_filter.yearTo = to;
    rearrange();
}

void PublicationFilterProxy::setTypes(const QSet<QString> &types)
{
    if (types == m_filter.types)
        return;
    m_filter.types = types;
    rearrange();
}

void PublicationFilterProxy::setOpenAccessOnly(bool on)
{
    if (on == m_filter.openAccessOnly)
        return;
    m_filter.openAccessOnly = on;
    rearrange();
}

void PublicationFilterProxy::setVenue(const QString &venue)
{
    if (venue == m_filter.venue)
        return;
    m_filter.venue = venue;
    rearrange();
}

void PublicationFilterProxy::setWorkIds(const QSet<QString> &ids, bool matchAll)
{
    if (matchAll && m_filter.allWorkIds)
        return;
    m_filter.workIds = matchAll ? QSet<QString>{} : ids;
    m_filter.allWorkIds = matchAll;
    rearrange();
}

void PublicationFilterProxy::sort(int column, Qt::SortOrder order)
{
    const PublicationSort next{column, order};
    if (next == m_sort)
        return;
    m_sort = next;
    rearrange();
}

void PublicationFilterProxy::rearrange()
{
    std::optional<QList<int>> now = arrangeOrStart();
    m_pending = !now;
    if (now)
        apply(std::move(*now));
    else
        emit arranged(); // the previous arrangement stays until the worker is done
}

std::optional<QList<int>> PublicationFilterProxy::arrangeOrStart()
{
    ++m_generation;
    const PublicationTableModel *model = publications();
    if (!model)
        return QList<int>();
    const QList<PublicationRow> rows = model->rows(); // shared, not copied
    if (m_filter.isEmpty() && inLoadedOrder(rows, m_sort))
        return loadedOrder(rows.size());
    if (rows.size() <= m_backgroundThreshold)
        return arrangePublications(rows, model->excluded(), m_filter, m_sort);
    // The rows are never changed in place (setRows replaces them), so the
    // worker's shared copy stays valid whatever happens meanwhile.
    m_watcher.setFuture(QtConcurrent::run(
        [rows, excluded = model->excluded(), filter = m_filter, sort = m_sort, generation = m_generation] {
            return Arrangement{generation, arrangePublications(rows, excluded, filter, sort)};
        }));
    return std::nullopt;
}

void PublicationFilterProxy::apply(QList<int> order)
{
    beginResetModel();
    m_order = std::move(order);
    m_rowOfSource.clear();
    m_fetched = int(std::min<qsizetype>(kChunk, m_order.size()));
    endResetModel();
    emit arranged();
}

void PublicationFilterProxy::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                                 const QList<int> &roles)
{
    if (m_fetched == 0)
        return;
    if (topLeft.row() == bottomRight.row()) {
        const QModelIndex from = mapFromSource(topLeft);
        if (from.isValid())
            emit dataChanged(from, index(from.row(), bottomRight.column()), roles);
        return;
    }
    emit dataChanged(index(0, topLeft.column()), index(m_fetched - 1, bottomRight.column()), roles);
}

QModelIndex PublicationFilterProxy::indexOfWork(const QString &workId)
{
    const PublicationTableModel *model = publications();
    const int sourceRow = model ? model->rowOf(workId) : -1;
    if (sourceRow < 0)
        return {};
    if (m_rowOfSource.isEmpty())
        mapFromSource(QModelIndex()); // builds the inverse
    const int row = m_rowOfSource.value(sourceRow, -1);
    if (row < 0)
        return {};
    if (row >= m_fetched) {
        const int last = int(std::min<qsizetype>(m_order.size(), (row / kChunk + 1) * qsizetype(kChunk))) - 1;
        beginInsertRows({}, m_fetched, last);
        m_fetched = last + 1;
        endInsertRows();
    }
    return index(row, 0);
}

QModelIndex PublicationFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_fetched)
        return {};
    return sourceModel()->index(m_order.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex PublicationFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (m_rowOfSource.isEmpty() && sourceModel()) {
        m_rowOfSource.fill(-1, sourceModel()->rowCount());
        for (int i = 0; i < m_order.size(); ++i)
            m_rowOfSource[m_order.at(i)] = i;
    }
    if (!sourceIndex.isValid())
        return {};
    const int row = m_rowOfSource.value(sourceIndex.row(), -1);
    if (row < 0 || row >= m_fetched)
        return {};
    return index(row, sourceIndex.column());
}

QModelIndex PublicationFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_fetched || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex PublicationFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int PublicationFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int PublicationFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool PublicationFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched > 0;
}

QVariant PublicationFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && sourceModel())
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

bool PublicationFilterProxy::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched < m_order.size();
}

void PublicationFilterProxy::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int last = int(std::min<qsizetype>(m_order.size(), qsizetype(m_fetched) + kChunk)) - 1;
    beginInsertRows({}, m_fetched, last);
    m_fetched = last + 1;
    endInsertRows();
}

} // namespace peerscope
