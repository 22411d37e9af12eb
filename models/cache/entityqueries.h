#pragma once

// Reads for the research graph's side panel: what the cache holds under a
// topic, an institution or a source (the researchers and works behind a
// node of the context map), the topics of works (a similarity cluster's
// label) and when the layers of a map were fetched.

#include "cache/read.h"

#include <QHash>
#include <QPair>
#include <QList>
#include <QString>
#include <QStringList>

namespace peerscope {

class Cache;

struct EntityPerson {
    QString id;
    QString name;
    int works = 0;        // cached works of theirs under the entity
};

struct EntityWork {
    QString id;
    QString title;
    int year = 0;         // 0: unknown
};

// A topic (T…), an institution (I…) or a source (S…) with what the cache
// holds under it.
struct EntityListing {
    QString id;
    QString name;         // empty when only the ID is known
    int worksTotal = 0;   // cached works under it (works lists at most the limit)
    int researchersTotal = 0;
    QList<EntityPerson> researchers; // with a cached profile, most works first
    QList<EntityWork> works;         // newest first
};

// When the layers of a map were fetched (ISO 8601, UTC; empty: never).
struct LayerTimes {
    QString worksFetchedFirst;   // the seeds' records
    QString worksFetchedLast;
    QString citingListedFirst;   // the listings of the works citing them
    QString citingListedLast;
    int seedsListed = 0;         // seeds whose citing works were listed
};

class EntityQueries final
{
public:
    explicit EntityQueries(const Cache &cache) : m_cache(cache) {}

    // What lies under entityId (an institution includes the institutions
    // whose lineage names it, when the cache records lineages); an ID of
    // another kind gives an empty listing.
    Read<EntityListing> under(const QString &entityId, int limit = 200) const;
    // The primary topic (position 0) of each work that has one: work ID ->
    // (topic ID, topic name).
    Read<QHash<QString, QPair<QString, QString>>> primaryTopics(const QStringList &workIds) const;
    Read<LayerTimes> layerTimes(const QStringList &workIds) const;

private:
    // The institution and those under it in the lineage.
    Read<QStringList> institutionFamily(const QString &institutionId) const;

    const Cache &m_cache;
};

} // namespace peerscope
