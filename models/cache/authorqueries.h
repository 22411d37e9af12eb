#pragma once

#include "cache/read.h"
#include "core/domain.h"

#include <QList>
#include <QString>

#include <optional>

namespace peerscope {

class Cache;
struct CoauthorStat;

// Reads of authors and people. IDs are taken as given: resolve aliases
// first (Cache::resolveAlias).
class AuthorQueries final
{
public:
    explicit AuthorQueries(const Cache &cache) : m_cache(cache) {}

    // An OpenAlex author, or a person the user split off a record (X1: a
    // name only); nullopt when not cached.
    Read<std::optional<Author>> author(const QString &id) const;
    // The person's co-authors from cached authorships (corrections
    // applied), most shared works first.
    Read<QList<CoauthorStat>> coauthors(const QString &personId) const;

private:
    const Cache &m_cache;
};

} // namespace peerscope
