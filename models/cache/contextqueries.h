#pragma once

// What the research graph's context map reads: a person's works and, over
// them, their co-authors, institutions (rolled up through their lineage),
// topics and sources, each counted in SQL (one statement per kind, never one
// per work: a 34,000-work author builds in well under a second).

#include "cache/read.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace peerscope {

class Cache;

struct ContextWork {
    QString id;
    QString title;
    int year = 0;           // 0: undated
    int citedByCount = 0;
    QString firstAuthor;    // as written in the first authorship
    QString sourceId;       // the primary location's source; empty: none
};

// A co-author, institution, topic or source with the researcher's works in it.
struct ContextEntity {
    QString id;
    QString name;           // '' when only the ID is cached
    int works = 0;          // distinct works of the researcher
    int firstYear = 0;      // the earliest of those works; 0: none dated
    QString countryCode;    // institutions
    QString ror;            // institutions
    QString subfield;       // topics
    QString field;          // topics
    QString domain;         // topics
    QString issnL;          // sources
};

// A work and the entity it is linked to.
struct ContextLink {
    QString workId;
    QString entityId;
};

// workIds: the researcher's works as ContextQueries::works() listed them;
// drawn: the entities whose links are wanted. Entities come most frequent
// first (works, then ID).
class ContextQueries final
{
public:
    explicit ContextQueries(const Cache &cache) : m_cache(cache) {}

    // A person's name: a person the user split off, else the author record;
    // '' when neither is cached.
    Read<QString> personName(const QString &personId) const;
    // honourOverrides: identity corrections applied (effective authorships);
    // false: the record's own authorships. Most cited first, then by ID.
    Read<QList<ContextWork>> works(const QString &personId, bool honourOverrides) const;

    // The other people on the works, each author record mapped to its person
    // when honourOverrides (a merged record is its person; an authorship
    // excluded from its person is left out); the researcher is not listed.
    Read<QList<ContextEntity>> coauthors(const QStringList &workIds, const QString &personId, bool honourOverrides) const;
    Read<QList<ContextLink>> coauthorLinks(const QStringList &workIds, bool honourOverrides, const QStringList &drawn) const;

    // Institutions of any author of the works, each rolled up to the top of
    // its lineage: of the institutions above it, the one with the shortest
    // lineage of its own (a root lists only itself; one not cached counts as
    // a root), then the last in OpenAlex's list. Unknown lineage: itself.
    Read<QList<ContextEntity>> institutions(const QStringList &workIds) const;
    Read<QList<ContextLink>> institutionLinks(const QStringList &workIds, const QStringList &drawn) const;

    Read<QList<ContextEntity>> topics(const QStringList &workIds) const;
    Read<QList<ContextLink>> topicLinks(const QStringList &workIds, const QStringList &drawn) const;

    // The works' primary-location sources (the links are ContextWork::sourceId).
    Read<QList<ContextEntity>> sources(const QStringList &workIds) const;

private:
    const Cache &m_cache;
};

} // namespace peerscope
