#pragma once

#include "itemmodels/publicationtablemodel.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace peerscope {

// What the publications table shows: a year range, a type, open access only,
// a venue substring and (from a full-text search) a set of work IDs.
struct PublicationFilter {
    int yearFrom = 0;         // 0 = open end
    int yearTo = 0;
    QSet<QString> types;      // empty = every type
    bool openAccessOnly = false;
    QString venue;            // substring, case-insensitive; empty = any
    QSet<QString> workIds;
    bool allWorkIds = true;   // false: only the works in workIds

    bool isEmpty() const;
    bool accepts(const PublicationRow &row) const;
    bool operator==(const PublicationFilter &) const = default;
};

// The order of the table: a column of PublicationTableModel, or -1 for the
// order the rows were loaded in (newest first, then most cited).
struct PublicationSort {
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    bool operator==(const PublicationSort &) const = default;
};

// The rows (indexes into rows) that pass the filter, in the sort's order.
// Numbers sort as numbers, text with the locale's collation ignoring case;
// ties keep the loaded order. Pure: safe on any thread.
QList<int> arrangePublications(const QList<PublicationRow> &rows, const QSet<QString> &excluded,
                               const PublicationFilter &filter, const PublicationSort &sort);

// Sorts and filters the publications table for the view, and hands the
// result out in chunks (canFetchMore/fetchMore) so a view never lays out
// more rows than the user scrolls to. Up to backgroundThreshold() rows the
// arrangement is computed at once; above it, on a worker thread, so opening,
// sorting or filtering an author with tens of thousands of works never
// stalls the UI thread. While a worker runs, isArranging() is true and the
// previous arrangement stays on screen (or none, after new rows).
class PublicationFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit PublicationFilterProxy(QObject *parent = nullptr);
    ~PublicationFilterProxy() override;

    void setSourceModel(QAbstractItemModel *source) override;

    void setYearRange(int from, int to);       // 0 = open end
    void setTypes(const QSet<QString> &types); // empty = every type
    void setOpenAccessOnly(bool on);
    void setVenue(const QString &venue);       // substring, case-insensitive; empty = any
    // Restrict to these works (e.g. FTS hits); matchAll = true lifts the restriction.
    void setWorkIds(const QSet<QString> &ids, bool matchAll);
    const PublicationFilter &filter() const { return m_filter; }

    int yearFrom() const { return m_filter.yearFrom; }
    int yearTo() const { return m_filter.yearTo; }

    // Every row that passes the filter, fetched into the view or not.
    int matchCount() const { return int(m_order.size()); }
    // The source row of the i-th match (0 ≤ i < matchCount()).
    int sourceRowOfMatch(int i) const { return m_order.at(i); }
    bool isArranging() const { return m_pending; }
    // Makes sure the view holds the row of this work, and returns its index.
    QModelIndex indexOfWork(const QString &workId);

    int backgroundThreshold() const { return m_backgroundThreshold; }
    void setBackgroundThreshold(int rows) { m_backgroundThreshold = rows; }
    static constexpr int kChunk = 500;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A new arrangement is on screen (matchCount() may have changed).
    void arranged();

private:
    struct Arrangement {
        quint64 generation = 0;
        QList<int> order;
    };
    const PublicationTableModel *publications() const;
    void rearrange();
    // The arrangement, when it is cheap enough for this thread; otherwise
    // starts a worker and returns nothing.
    std::optional<QList<int>> arrangeOrStart();
    void apply(QList<int> order);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    PublicationFilter m_filter;
    PublicationSort m_sort;
    QList<int> m_order;              // source rows, in display order
    mutable QList<int> m_rowOfSource; // inverse of m_order, built on demand
    int m_fetched = 0;               // rows of m_order the view has
    bool m_pending = false;
    quint64 m_generation = 0;
    int m_backgroundThreshold = 5000;
    QFutureWatcher<Arrangement> m_watcher;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace peerscope
