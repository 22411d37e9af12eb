#pragma once

#include "cache/read.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace peerscope {

class Cache;

// One authorship of a work, its author as a person.
struct WorkAuthorRow {
    QString workId;
    QString person;
    QString name;         // as written in the authorship
    int year = 0;
    int authorCount = 0;
};

struct GraphNodeProfile {
    QString name;
    int worksCount = 0;
    QString institution;
    QString countryCode;
};

struct InstitutionPlace {
    QString name;
    QString countryCode;
};

// What the co-author network reads. honourOverrides: identity corrections
// applied (merges, splits, exclusions), as effective_authorships does;
// false: the records as OpenAlex lists them.
class GraphQueries final
{
public:
    explicit GraphQueries(const Cache &cache) : m_cache(cache) {}

    // The person's work IDs, answered from the authorships index.
    Read<QStringList> workIdsOfPerson(const QString &personId, bool honourOverrides) const;
    // The author lists of these works (ordered by work, then position), each
    // author mapped to a person; an authorship excluded from its person is
    // not there at all. Read from the base table, not by joining the view
    // on work_id (that made SQLite materialize every authorship).
    Read<QList<WorkAuthorRow>> authorsOfWorks(const QStringList &workIds, bool honourOverrides) const;
    // A cached author's name, works count and last known institution.
    Read<std::optional<GraphNodeProfile>> profile(const QString &authorId) const;
    // The institution the author gave on their latest work.
    Read<std::optional<InstitutionPlace>> latestInstitution(const QString &authorId) const;

private:
    const Cache &m_cache;
};

} // namespace peerscope
