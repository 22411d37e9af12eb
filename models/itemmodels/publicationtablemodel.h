#pragma once

#include "cache/workqueries.h" // PublicationRow
#include "core/displaytext.h"
#include "metrics/citationmetrics.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>

namespace peerscope {

class Cache;

class PublicationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // New columns go last, so sections keep their numbers.
    enum Column { Included, Year, Title, Venue, Type, Citations, Authors, OpenAccess, Doi, Fwci, Percentile, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,   // raw value of the column, for sorting and filtering
        WorkIdRole,
        IncludedRole,
    };

    explicit PublicationTableModel(QObject *parent = nullptr);

    // Rows of the given author, as the cache has them. Safe to call on any
    // thread with a Cache opened on that thread.
    // limit < 0: every row; otherwise the first limit rows in table order
    // (a quick first screen while the rest loads). A failed read says why
    // (never an empty list: that would show an author without works).
    static Read<QList<PublicationRow>> loadRows(const Cache &cache, const QString &authorId, int limit = -1);

    void setRows(QList<PublicationRow> rows);
    const PublicationRow &row(int row) const { return m_rows.at(row); }
    const QList<PublicationRow> &rows() const { return m_rows; }
    int rowOf(const QString &workId) const;

    // Works left out of the metrics (the check column), as in Publish or Perish.
    QSet<QString> excluded() const { return m_excluded; }
    void setExcluded(const QSet<QString> &workIds);
    bool isIncluded(const QString &workId) const { return !m_excluded.contains(workId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString abbreviatedAuthors(const QString &authors, int authorCount);
    // One formatted reference (APA-like): "Doe, J., Roe, R. (2021). Title. Venue. https://doi.org/…".
    static QString citation(const PublicationRow &row);
    // The papers the metrics count: every included row.
    QList<metrics::Paper> includedPapers() const;
    QSet<QString> types() const;

signals:
    void exclusionChanged();

private:
    QList<PublicationRow> m_rows;
    QSet<QString> m_excluded;
};

} // namespace peerscope
