#pragma once

// What the research graph's context map reads: a person's works and, over
// them, their co-authors, institutions (rolled up through their lineage),
// topics and sources, each counted in SQL (one statement per kind, never one
// per work: a 34,000-work author builds in well under a second).

#include "cache/read.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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

// The entities of one kind, all of them, most frequent first (works, then
// ID), and the links of the first `cap` of them (0: of all), by work.
struct ContextPart {
    QList<ContextEntity> entities;
    QList<ContextLink> links;
};

// workIds: the researcher's works as ContextQueries::works() listed them.
// One statement per kind: the counting, the choice of the most frequent and
// their links all happen in SQL. The first year an entity appears is the
// year of its earliest linked work: the caller has the works' years.
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
    Read<ContextPart> coauthors(const QStringList &workIds, const QString &personId, bool honourOverrides, int cap) const;

    // Institutions of any author of the works, each rolled up to the top of
    // its lineage: of the institutions above it, the one with the shortest
    // lineage of its own (a root lists only itself; one whose lineage is
    // unknown counts as a root), known before unknown, then the last in
    // OpenAlex's list (which is by ID, not by rank). Unknown lineage: itself.
    Read<ContextPart> institutions(const QStringList &workIds, int cap) const;

    Read<ContextPart> topics(const QStringList &workIds, int cap) const;

    // The works' primary-location sources (the links are ContextWork::sourceId).
    Read<QList<ContextEntity>> sources(const QStringList &workIds) const;

private:
    // Whether any identity correction is in force: with none, the people
    // are the records, read without the corrections' per-authorship lookups.
    Read<bool> anyCorrection() const;

    const Cache &m_cache;
    mutable std::optional<bool> m_anyCorrection;
};

} // namespace peerscope
