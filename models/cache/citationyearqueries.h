#pragma once

#include "cache/read.h"

#include <QHash>
#include <QMap>
#include <QString>

namespace peerscope {

class Cache;

// Citations received per year (OpenAlex counts_by_year), as the charts need them.
class CitationYearQueries final
{
public:
    explicit CitationYearQueries(const Cache &cache) : m_cache(cache) {}

    // work -> year -> citations received, for every work of a person (the
    // effective authorships: merges and splits applied).
    Read<QHash<QString, QMap<int, int>>> ofPerson(const QString &personId) const;

private:
    const Cache &m_cache;
};

} // namespace peerscope
