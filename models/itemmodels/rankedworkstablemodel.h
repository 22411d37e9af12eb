#pragma once

// The research graph's tables: Foundations, Follow-ups and Similar works,
// one row per ranked work (citations::RankedWork), sortable through a
// QSortFilterProxyModel (SortRole gives numbers as numbers, text folded,
// unknown values as no value so they never sort as a zero).

#include "citations/citationnetwork.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

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
        // Whether the Title cell shows a title (false: the ID of a work not
        // cached, or "(untitled)"): a view may set those apart, in italics.
        TitleKnownRole,
    };

    explicit RankedWorksTableModel(Kind kind, QObject *parent = nullptr);

    void setRows(QList<citations::RankedWork> rows);
    const QList<citations::RankedWork> &rows() const { return m_rows; }
    Kind kind() const { return m_kind; }
    // The row of a work ID; -1 when absent.
    int rowOf(const QString &workId) const;

    // "Own work", "Cached", "New", and what each means (for a legend too).
    static QString statusText(citations::Status status);
    static QString statusToolTip(citations::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString titleText(const citations::RankedWork &r) const;
    QVariant display(const citations::RankedWork &r, int column) const;
    QVariant sortValue(int row, int column) const;
    QVariant toolTip(const citations::RankedWork &r, int column) const;

    Kind m_kind;
    QList<citations::RankedWork> m_rows;
    QHash<QString, int> m_rowOf;
    // Folded once per setRows: a sort asks for them n log n times.
    std::vector<QString> m_titleKeys;
    std::vector<QString> m_authorKeys;
};

} // namespace peerscope
