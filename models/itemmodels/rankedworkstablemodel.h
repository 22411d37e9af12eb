#pragma once

// The research graph's tables: Foundations, Follow-ups and Similar works,
// one row per ranked work (citations::RankedWork), sortable through a
// QSortFilterProxyModel (SortRole gives numbers as numbers).

#include "citations/citationnetwork.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace peerscope {

class RankedWorksTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankedWorksTableModel)

public:
    // Which list the rows are: the count column's header and tooltip differ
    // ("Seeds citing it", "Seeds it cites", "Shared").
    enum class Kind { Foundations, FollowUps, Similar };
    enum Column { StatusColumn, CountColumn, ShareColumn, YearColumn, TitleColumn, FirstAuthorColumn,
                  CitedByColumn, PageRankColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the OpenAlex work ID
        StatusRole,                // "own", "cached", "new"
        SortRole,                  // numbers as numbers, text folded
    };

    explicit RankedWorksTableModel(Kind kind, QObject *parent = nullptr);

    void setRows(const QList<citations::RankedWork> &rows);
    const QList<citations::RankedWork> &rows() const { return m_rows; }
    Kind kind() const { return m_kind; }
    // The row of a work ID; -1 when absent.
    int rowOf(const QString &workId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    QList<citations::RankedWork> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace peerscope
