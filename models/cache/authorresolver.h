#pragma once

#include "cache/cache.h"

#include <QList>
#include <QString>

namespace peerscope {

// What the user's AUTHOR argument names: an OpenAlex ID (or its URL), an
// ORCID, or a name that matches exactly one cached author.
struct AuthorResolution {
    enum class Status { Found, NotCached, Ambiguous, NoMatch, Invalid };
    Status status = Status::Invalid;
    QString id;                       // OpenAlex ID (Found; NotCached when known)
    QString orcid;                    // when the argument was an ORCID
    QList<AuthorSummary> candidates;  // Ambiguous
};

AuthorResolution resolveAuthor(const Cache &cache, const QString &text);

} // namespace peerscope
