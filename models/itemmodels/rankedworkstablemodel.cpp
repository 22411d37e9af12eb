#include "itemmodels/rankedworkstablemodel.h"

#include "core/displaytext.h"

namespace peerscope {

using citations::RankedWork;
using WorkStatus = citations::Status;

RankedWorksTableModel::RankedWorksTableModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

void RankedWorksTableModel::setRows(QList<RankedWork> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    m_titleKeys.clear();
    m_titleKeys.reserve(size_t(m_rows.size()));
    m_authorKeys.clear();
    m_authorKeys.reserve(size_t(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const RankedWork &r = m_rows.at(i);
        m_rowOf.insert(r.work.id, i);
        m_titleKeys.push_back(titleText(r).toCaseFolded());
        m_authorKeys.push_back(r.work.firstAuthor.toCaseFolded());
    }
    endResetModel();
}

int RankedWorksTableModel::rowOf(const QString &workId) const
{
    return m_rowOf.value(workId, -1);
}

QString RankedWorksTableModel::statusText(WorkStatus status)
{
    switch (status) {
    case WorkStatus::Own:
        return tr("Own work");
    case WorkStatus::Cached:
        return tr("Cached");
    case WorkStatus::New:
        break;
    }
    return tr("New");
}

QString RankedWorksTableModel::statusToolTip(WorkStatus status)
{
    switch (status) {
    case WorkStatus::Own:
        return tr("One of the seeds: a work of the person or of the list asked about");
    case WorkStatus::Cached:
        return tr("In the local cache: its title, year and authors are known");
    case WorkStatus::New:
        break;
    }
    return tr("Not in the local cache: only its OpenAlex ID is known");
}

int RankedWorksTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RankedWorksTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// A work not cached shows its ID (all there is to tell it by); a cached one
// without a title reads as everywhere else.
QString RankedWorksTableModel::titleText(const RankedWork &r) const
{
    if (!r.work.title.trimmed().isEmpty())
        return r.work.title;
    return r.work.status == WorkStatus::New ? r.work.id : untitledLabel();
}

QVariant RankedWorksTableModel::display(const RankedWork &r, int column) const
{
    switch (column) {
    case StatusColumn:
        return statusText(r.work.status);
    case CountColumn:
        return r.count;
    case ShareColumn: {
        // Small shares keep a decimal: "0%" would read as none.
        const double percent = r.share * 100.0;
        return QStringLiteral("%1%").arg(percent < 10.0 ? QString::number(percent, 'f', 1)
                                                        : QString::number(percent, 'f', 0));
    }
    case YearColumn:
        return r.work.year > 0 ? QVariant(r.work.year) : QVariant(QString());
    case TitleColumn:
        return titleText(r);
    case FirstAuthorColumn:
        return r.work.firstAuthor;
    case CitedByColumn:
        return r.work.citedByCount >= 0 ? QVariant(r.work.citedByCount) : QVariant(QString());
    case PageRankColumn:
        return r.pageRank > 0 ? QVariant(QString::number(r.pageRank, 'g', 3)) : QVariant(QString());
    }
    return {};
}

QVariant RankedWorksTableModel::sortValue(int row, int column) const
{
    const RankedWork &r = m_rows.at(row);
    switch (column) {
    case StatusColumn:
        return int(r.work.status); // own, cached, new
    case CountColumn:
        return r.count;
    case ShareColumn:
        return r.share;
    // Unknown is no value at all: it must not sort as 0.
    case YearColumn:
        return r.work.year > 0 ? QVariant(r.work.year) : QVariant();
    case TitleColumn:
        return m_titleKeys[size_t(row)];
    case FirstAuthorColumn:
        return m_authorKeys[size_t(row)];
    case CitedByColumn:
        return r.work.citedByCount >= 0 ? QVariant(r.work.citedByCount) : QVariant();
    case PageRankColumn:
        return r.pageRank > 0 ? QVariant(r.pageRank) : QVariant();
    }
    return {};
}

QVariant RankedWorksTableModel::toolTip(const RankedWork &r, int column) const
{
    switch (column) {
    case StatusColumn:
        return statusToolTip(r.work.status);
    case TitleColumn:
        if (!r.work.title.trimmed().isEmpty())
            return QStringLiteral("%1\n%2").arg(r.work.title, r.work.id);
        return r.work.status == WorkStatus::New ? tr("%1: not in the local cache, only its ID is known").arg(r.work.id)
                                            : tr("%1: OpenAlex gives no title").arg(r.work.id);
    case CitedByColumn:
        return r.work.citedByCount >= 0 ? QVariant() : QVariant(tr("Unknown: the work is not in the local cache"));
    case PageRankColumn:
        return r.pageRank > 0 ? QVariant() : QVariant(tr("Not computed, or outside the local citation graph"));
    }
    return {};
}

QVariant RankedWorksTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RankedWork &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case SortRole:
        return sortValue(index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(r, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case CountColumn:
        case ShareColumn:
        case YearColumn:
        case CitedByColumn:
        case PageRankColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case IdRole:
        return r.work.id;
    case StatusRole:
        return citations::statusName(r.work.status);
    case TitleKnownRole:
        return !r.work.title.trimmed().isEmpty();
    }
    return {};
}

QVariant RankedWorksTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StatusColumn:
            return tr("Status");
        case CountColumn:
            switch (m_kind) {
            case Kind::Foundations:
                return tr("Seeds citing it");
            case Kind::FollowUps:
                return tr("Seeds it cites");
            case Kind::Similar:
                return tr("Shared");
            }
            return {};
        case ShareColumn:
            return tr("Share");
        case YearColumn:
            return tr("Year");
        case TitleColumn:
            return tr("Title");
        case FirstAuthorColumn:
            return tr("First author");
        case CitedByColumn:
            return tr("Cited by");
        case PageRankColumn:
            return tr("PageRank");
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StatusColumn:
            return tr("Own work: one of the seeds; Cached: in the local cache; New: only its OpenAlex ID is known");
        case CountColumn:
            switch (m_kind) {
            case Kind::Foundations:
                return tr("How many of the seeds cite this work");
            case Kind::FollowUps:
                return tr("How many of the seeds this work cites");
            case Kind::Similar:
                return tr("Shared references (what it cites that a seed cites too) plus co-citations "
                          "(works citing a seed that cite it too)");
            }
            return {};
        case ShareColumn:
            switch (m_kind) {
            case Kind::Foundations:
                return tr("The share of the seeds with a reference list that cite this work");
            case Kind::FollowUps:
                return tr("The share of the seeds this work cites");
            case Kind::Similar:
                return tr("Its count relative to the most similar work's");
            }
            return {};
        case YearColumn:
            return tr("Publication year");
        case FirstAuthorColumn:
            return tr("The first listed author");
        case CitedByColumn:
            return tr("Citations according to OpenAlex");
        case PageRankColumn:
            return tr("PageRank on the local citation graph: seeds, foundations, follow-ups and the citations among them");
        }
    }
    return {};
}

} // namespace peerscope
