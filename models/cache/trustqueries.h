#pragma once

#include "cache/read.h"

#include <QHash>
#include <QList>
#include <QString>

namespace peerscope {

class Cache;

// What the trust snapshot (models/trust/) reads beyond the author record:
// the person's cached works by year and the ORCIDs on its authorships.
// Conflation facts are the identity module's (IdentityQueries).
class TrustQueries final
{
public:
    explicit TrustQueries(const Cache &cache) : m_cache(cache) {}

    struct YearWorks {
        int year = 0;          // 0: undated
        int works = 0;
        qint64 citations = 0;
    };
    // The person's cached works (corrections applied) per publication year.
    Read<QList<YearWorks>> worksByYear(const QString &personId) const;

    struct Authorships {
        int total = 0;
        QHash<QString, int> byOrcid; // ORCID -> authorships carrying it
    };
    // The person's cached authorships and the ORCIDs they carry.
    Read<Authorships> authorships(const QString &personId) const;

private:
    const Cache &m_cache;
};

} // namespace peerscope
