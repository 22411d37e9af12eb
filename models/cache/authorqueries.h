#pragma once

#include "cache/read.h"
#include "core/domain.h"

#include <QList>
#include <QVariant>
#include <QString>

#include <optional>

namespace peerscope {

class Cache;
struct AuthorSummary;
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

    // The ID to show for id: OpenAlex merges (301 aliases) followed, then
    // the user's merge of that record into a person.
    Read<QString> resolve(const QString &id) const;
    // Only OpenAlex's own merges: the record to fetch for id.
    Read<QString> resolveOpenAlex(const QString &id) const;

    // A cached author or person as a search hit; nullopt when not cached.
    Read<std::optional<AuthorSummary>> summary(const QString &id) const;
    // Full-text search over names, best first.
    Read<QList<AuthorSummary>> search(const QString &text, int limit) const;
    // Authors whose name or alternative name equals text, accents and case
    // folded.
    Read<QList<AuthorSummary>> named(const QString &text) const;
    // The author with this ORCID with the most works; empty when none.
    Read<QString> idForOrcid(const QString &orcid) const;
    // Any author record at all.
    Read<bool> any() const;

private:
    Read<QList<AuthorSummary>> summaries(const QString &statement, const QVariantList &values) const;

    const Cache &m_cache;
};

} // namespace peerscope
