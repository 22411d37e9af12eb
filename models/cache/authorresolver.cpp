#include "cache/authorresolver.h"

#include "core/text.h"
#include "openalex/ids.h"

namespace peerscope {

AuthorResolution resolveAuthor(const Cache &cache, const QString &text)
{
    AuthorResolution r;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return r;

    if (text::isPersonId(trimmed.toUpper())) {
        r.id = trimmed.toUpper();
        r.status = cache.authorSummary(r.id) ? AuthorResolution::Status::Found : AuthorResolution::Status::NoMatch;
        return r;
    }
    const QString id = ids::normalizeOpenAlexId(trimmed);
    if (!id.isEmpty()) {
        if (ids::kindOf(id) != EntityKind::Author)
            return r; // a work or institution ID is not an author
        r.id = cache.resolveAlias(id);
        r.status = cache.authorSummary(r.id) ? AuthorResolution::Status::Found : AuthorResolution::Status::NotCached;
        return r;
    }
    const QString orcid = ids::normalizeOrcid(trimmed);
    if (!orcid.isEmpty()) {
        r.orcid = orcid;
        r.id = cache.authorIdForOrcid(orcid);
        r.status = r.id.isEmpty() ? AuthorResolution::Status::NotCached : AuthorResolution::Status::Found;
        return r;
    }
    r.candidates = cache.authorsNamed(trimmed);
    // No exact name: every cached author whose names contain all the words.
    if (r.candidates.isEmpty())
        r.candidates = cache.searchAuthors(trimmed, 20);
    if (r.candidates.size() == 1) {
        r.id = r.candidates.first().id;
        r.status = AuthorResolution::Status::Found;
    } else {
        r.status = r.candidates.isEmpty() ? AuthorResolution::Status::NoMatch : AuthorResolution::Status::Ambiguous;
    }
    return r;
}

} // namespace peerscope
