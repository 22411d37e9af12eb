#include "itemmodels/publicationtablemodel.h"

#include "cache/cache.h"
#include "core/displaytext.h"


namespace peerscope {

PublicationTableModel::PublicationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

Read<QList<PublicationRow>> PublicationTableModel::loadRows(const Cache &cache, const QString &authorId, int limit)
{
    return WorkQueries(cache).publicationRows(cache.resolveAlias(authorId), limit);
}

void PublicationTableModel::setRows(QList<PublicationRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PublicationTableModel::rowOf(const QString &workId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == workId)
            return i;
    return -1;
}

void PublicationTableModel::setExcluded(const QSet<QString> &workIds)
{
    if (workIds == m_excluded)
        return;
    m_excluded = workIds;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Included), index(int(m_rows.size()) - 1, Included), {Qt::CheckStateRole, IncludedRole});
    emit exclusionChanged();
}

int PublicationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PublicationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PublicationTableModel::abbreviatedAuthors(const QString &authors, int authorCount)
{
    const QStringList names = authors.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    if (names.size() <= 3)
        return names.join(QStringLiteral(", "));
    return names.mid(0, 2).join(QStringLiteral(", ")) + QStringLiteral(" … (%1)").arg(qMax<int>(authorCount, int(names.size())));
}

QString PublicationTableModel::citation(const PublicationRow &r)
{
    QStringList names = r.authors.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    QString authors;
    if (names.size() > 20)
        authors = names.mid(0, 19).join(QStringLiteral(", ")) + QStringLiteral(", … ") + names.last();
    else
        authors = names.join(QStringLiteral(", "));
    QString text = authors.isEmpty() ? QString() : authors + u' ';
    text += r.year > 0 ? QStringLiteral("(%1). ").arg(r.year) : tr("(n.d.). ");
    text += displayTitle(r.title);
    if (!text.endsWith(u'.') && !text.endsWith(u'?') && !text.endsWith(u'!'))
        text += u'.';
    if (!r.venue.isEmpty())
        text += u' ' + r.venue + u'.';
    if (!r.doi.isEmpty())
        text += QStringLiteral(" https://doi.org/") + r.doi;
    return text;
}

QList<metrics::Paper> PublicationTableModel::includedPapers() const
{
    QList<metrics::Paper> papers;
    papers.reserve(m_rows.size());
    for (const PublicationRow &r : m_rows)
        if (!m_excluded.contains(r.id))
            papers << metrics::Paper{r.year, r.citations, qMax(1, r.authorCount), r.fwci};
    return papers;
}

QSet<QString> PublicationTableModel::types() const
{
    QSet<QString> out;
    for (const PublicationRow &r : m_rows)
        if (!r.type.isEmpty())
            out.insert(r.type);
    return out;
}

QVariant PublicationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PublicationRow &r = m_rows.at(index.row());
    const bool included = !m_excluded.contains(r.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Year: return r.year > 0 ? QVariant(r.year) : QVariant(QString());
        case Title: return displayTitle(r.title);
        case Venue: return r.venue;
        case Type: return r.type;
        case Citations: return r.citations;
        case Authors: return abbreviatedAuthors(r.authors, r.authorCount);
        case OpenAccess: return r.isOa ? (r.oaStatus.isEmpty() ? tr("open") : r.oaStatus) : QString();
        case Doi: return r.doi;
        case Fwci: return formatFwci(r.fwci);
        case Percentile: return formatPercentile(r.percentile);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Included: return included;
        case Year: return r.year;
        case Title: return r.title;
        case Venue: return r.venue;
        case Type: return r.type;
        case Citations: return r.citations;
        case Authors: return r.authors;
        case OpenAccess: return r.isOa;
        case Doi: return r.doi;
        // Unknown is no value at all: it must not sort as a zero impact.
        case Fwci: return r.fwci >= 0 ? QVariant(r.fwci) : QVariant();
        case Percentile: return r.percentile >= 0 ? QVariant(r.percentile) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Title: return displayTitle(r.title);
        case Fwci: return r.fwci >= 0 ? tr("Cited %1 times as often as comparable works (same field, type and year)").arg(formatFwci(r.fwci))
                                      : tr("OpenAlex gives no FWCI for this work");
        case Percentile: return r.percentile >= 0 ? tr("Cited more than %1% of comparable works").arg(formatPercentile(r.percentile))
                                                  : tr("OpenAlex gives no citation percentile for this work");
        case Authors: return r.authors.split(QStringLiteral("; ")).join(QStringLiteral(", "));
        case Included: return included ? tr("Counted in the metrics; uncheck to leave this work out")
                                       : tr("Left out of the metrics; check to count this work");
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == Included)
            return included ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Year || index.column() == Citations || index.column() == Fwci || index.column() == Percentile)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case WorkIdRole:
        return r.id;
    case IncludedRole:
        return included;
    }
    return {};
}

bool PublicationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != Included || role != Qt::CheckStateRole)
        return false;
    const QString id = m_rows.at(index.row()).id;
    const bool include = value.toInt() == Qt::Checked;
    if (include == !m_excluded.contains(id))
        return true;
    if (include)
        m_excluded.remove(id);
    else
        m_excluded.insert(id);
    emit dataChanged(index, index, {Qt::CheckStateRole, IncludedRole});
    emit exclusionChanged();
    return true;
}

QVariant PublicationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Included: return QString();
        case Year: return tr("Year");
        case Title: return tr("Title");
        case Venue: return tr("Venue");
        case Type: return tr("Type");
        case Citations: return tr("Cites");
        case Authors: return tr("Authors");
        case OpenAccess: return tr("OA");
        case Doi: return tr("DOI");
        case Fwci: return tr("FWCI");
        case Percentile: return tr("Percentile");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Included: return tr("Counted in the metrics");
        case Citations: return tr("Citations according to OpenAlex");
        case OpenAccess: return tr("Open-access status");
        case Fwci: return tr("Field-weighted citation impact (OpenAlex): citations relative to works of the same field, type and year; 1 is as expected");
        case Percentile: return tr("Citation percentile (OpenAlex): the share of comparable works cited less, in percent");
        }
    }
    return {};
}

Qt::ItemFlags PublicationTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Included)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace peerscope
