#pragma once

#include "cache/authorqueries.h"
#include "cache/cache.h"

#include <QList>
#include <QString>

namespace peerscope {

// What the user's AUTHOR argument names: an OpenAlex ID (or its URL), an
// ORCID, or a name that matches exactly one cached author.
struct AuthorResolution {
    // ReadFailed: the cache could not be read (error says why); never
    // reported as "not cached".
    enum class Status { Found, NotCached, Ambiguous, NoMatch, Invalid, ReadFailed };
    Status status = Status::Invalid;
    QString error;                    // ReadFailed
    QString id;                       // OpenAlex ID (Found; NotCached when known)
    QString orcid;                    // when the argument was an ORCID
    QList<AuthorSummary> candidates;  // Ambiguous
};

// An ID of a record merged into a person answers the person, unless
// record is true (an identity correction speaks of the record itself).
AuthorResolution resolveAuthor(const Cache &cache, const QString &text, bool record = false);

} // namespace peerscope
