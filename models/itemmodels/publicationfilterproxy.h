#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

namespace peerscope {

// Sorts on raw values and filters the publications table by year range,
// type, open access and a set of work IDs (the result of an FTS query).
class PublicationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PublicationFilterProxy(QObject *parent = nullptr);

    void setYearRange(int from, int to);       // 0 = open end
    void setTypes(const QSet<QString> &types); // empty = every type
    void setOpenAccessOnly(bool on);
    void setVenue(const QString &venue);       // substring, case-insensitive; empty = any
    // Restrict to these works (e.g. FTS hits); std::nullopt-like: pass
    // matchAll = true to lift the restriction.
    void setWorkIds(const QSet<QString> &ids, bool matchAll);

    int yearFrom() const { return m_yearFrom; }
    int yearTo() const { return m_yearTo; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_yearFrom = 0;
    int m_yearTo = 0;
    QSet<QString> m_types;
    bool m_oaOnly = false;
    QString m_venue;
    QSet<QString> m_ids;
    bool m_allIds = true;
};

} // namespace peerscope
