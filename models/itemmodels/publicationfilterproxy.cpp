#include "itemmodels/publicationfilterproxy.h"

#include "itemmodels/publicationtablemodel.h"

namespace peerscope {

PublicationFilterProxy::PublicationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PublicationTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void PublicationFilterProxy::setYearRange(int from, int to)
{
    if (from == m_yearFrom && to == m_yearTo)
        return;
    m_yearFrom = from;
    m_yearTo = to;
    invalidateFilter();
}

void PublicationFilterProxy::setTypes(const QSet<QString> &types)
{
    if (types == m_types)
        return;
    m_types = types;
    invalidateFilter();
}

void PublicationFilterProxy::setOpenAccessOnly(bool on)
{
    if (on == m_oaOnly)
        return;
    m_oaOnly = on;
    invalidateFilter();
}

void PublicationFilterProxy::setVenue(const QString &venue)
{
    if (venue == m_venue)
        return;
    m_venue = venue;
    invalidateFilter();
}

void PublicationFilterProxy::setWorkIds(const QSet<QString> &ids, bool matchAll)
{
    m_ids = ids;
    m_allIds = matchAll;
    invalidateFilter();
}

bool PublicationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const PublicationTableModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const PublicationRow &r = model->row(sourceRow);
    if (m_yearFrom > 0 && r.year < m_yearFrom)
        return false;
    if (m_yearTo > 0 && (r.year == 0 || r.year > m_yearTo))
        return false;
    if (!m_types.isEmpty() && !m_types.contains(r.type))
        return false;
    if (m_oaOnly && !r.isOa)
        return false;
    if (!m_venue.isEmpty() && !r.venue.contains(m_venue, Qt::CaseInsensitive))
        return false;
    if (!m_allIds && !m_ids.contains(r.id))
        return false;
    return true;
}

} // namespace peerscope
