#include "itemmodels/rankedworkstablemodel.h"

// STUB (contract only): implemented by the citation-model work of the research graph.

namespace peerscope {

RankedWorksTableModel::RankedWorksTableModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

void RankedWorksTableModel::setRows(const QList<citations::RankedWork> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).work.id, i);
    endResetModel();
}

int RankedWorksTableModel::rowOf(const QString &workId) const
{
    return m_rowOf.value(workId, -1);
}

int RankedWorksTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RankedWorksTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankedWorksTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const citations::RankedWork &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.work.id;
    if (role == StatusRole)
        return citations::statusName(r.work.status);
    if (role == Qt::DisplayRole && index.column() == TitleColumn)
        return r.work.displayTitle();
    return {};
}

QVariant RankedWorksTableModel::headerData(int, Qt::Orientation, int) const
{
    return {};
}

} // namespace peerscope
