#include "cache/authorresolver.h"

#include "core/text.h"
#include "openalex/ids.h"

namespace peerscope {

namespace {

// Stores a failed read in r and says so.
template<typename T>
bool failed(const Read<T> &read, AuthorResolution *r)
{
    if (read)
        return false;
    r->status = AuthorResolution::Status::ReadFailed;
    r->error = read.error();
    return true;
}

} // namespace

AuthorResolution resolveAuthor(const Cache &cache, const QString &text, bool record)
{
    AuthorResolution r;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return r;
    const AuthorQueries authors(cache);

    if (text::isPersonId(trimmed.toUpper())) {
        r.id = trimmed.toUpper();
        const Read<std::optional<AuthorSummary>> summary = authors.summary(r.id);
        if (failed(summary, &r))
            return r;
        r.status = summary->has_value() ? AuthorResolution::Status::Found : AuthorResolution::Status::NoMatch;
        return r;
    }
    const QString id = ids::normalizeOpenAlexId(trimmed);
    if (!id.isEmpty()) {
        if (ids::kindOf(id) != EntityKind::Author)
            return r; // a work or institution ID is not an author
        const Read<QString> resolved = record ? authors.resolveOpenAlex(id) : authors.resolve(id);
        if (failed(resolved, &r))
            return r;
        r.id = *resolved;
        const Read<std::optional<AuthorSummary>> summary = authors.summary(r.id);
        if (failed(summary, &r))
            return r;
        r.status = summary->has_value() ? AuthorResolution::Status::Found : AuthorResolution::Status::NotCached;
        return r;
    }
    const QString orcid = ids::normalizeOrcid(trimmed);
    if (!orcid.isEmpty()) {
        r.orcid = orcid;
        const Read<QString> found = authors.idForOrcid(orcid);
        if (failed(found, &r))
            return r;
        r.id = *found;
        r.status = r.id.isEmpty() ? AuthorResolution::Status::NotCached : AuthorResolution::Status::Found;
        return r;
    }
    Read<QList<AuthorSummary>> candidates = authors.named(trimmed);
    // No exact name: every cached author whose names contain all the words.
    if (candidates && candidates->isEmpty())
        candidates = authors.search(trimmed, 20);
    if (failed(candidates, &r))
        return r;
    r.candidates = *candidates;
    if (r.candidates.size() == 1) {
        r.id = r.candidates.first().id;
        r.status = AuthorResolution::Status::Found;
    } else {
        r.status = r.candidates.isEmpty() ? AuthorResolution::Status::NoMatch : AuthorResolution::Status::Ambiguous;
    }
    return r;
}

} // namespace peerscope
