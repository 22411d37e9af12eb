#pragma once

#include "cache/cache.h"
#include "core/domain.h"
#include "metrics/citationmetrics.h"

#include <QList>
#include <QSet>
#include <QString>

namespace peerscope {

// Everything the profile panel and `peerscope show` present about one
// author, computed from the cache.
struct Profile {
    Author author;
    QString institution;          // first last-known institution
    QString institutionCountry;
    int cachedWorks = 0;
    QList<metrics::Paper> papers; // the cached works, as the metrics see them
    metrics::CitationMetrics metrics;
    QList<CoauthorStat> coauthors;
    QString fetchedAt;
    // Why the profile could not be read (the cache failed); empty when it
    // was, or when the author is simply not cached. Never shown as "no
    // works" or "not cached".
    QString error;

    bool isValid() const { return author.isValid(); }
};

// excludedWorks: works the user left out of the metrics. A failed read
// gives an invalid Profile whose error says why.
Profile loadProfile(const Cache &cache, const QString &authorId, int referenceYear,
                    const QSet<QString> &excludedWorks = {});

} // namespace peerscope
