#pragma once

#include "cache/read.h"
#include "core/domain.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace peerscope {

class Cache;

// One row of the publications table: the columns the table shows, read
// straight from the works table (no JSON parsing on the way to the screen).
struct PublicationRow {
    QString id;
    int year = 0;
    QString title;
    QString venue;
    QString type;
    int citations = 0;
    QString authors;          // "A; B; C"
    int authorCount = 0;
    bool isOa = false;
    QString oaStatus;
    QString doi;
    double fwci = -1.0;           // -1: unknown
    double percentile = -1.0;     // citation percentile 0..1; -1: unknown
};

// What the citation metrics read of one work.
struct WorkFigures {
    QString id;
    int year = 0;
    int citations = 0;
    int authorCount = 0;
    double fwci = -1.0;           // -1: unknown
};

// Reads of works. A person ID is taken as given (resolve aliases first:
// Cache::resolveAlias); "a person's works" are those of
// models/cache/personworks.h (identity corrections applied).
class WorkQueries final
{
public:
    explicit WorkQueries(const Cache &cache) : m_cache(cache) {}

    // nullopt when the work is not cached.
    Read<std::optional<Work>> work(const QString &id) const;
    // The works with these IDs, in the order given. Fails when any cannot be
    // read, and also when any is not in the cache (the error names them):
    // never a shorter list.
    Read<QList<Work>> works(const QStringList &ids) const;

    // The person's work IDs, in no particular order.
    Read<QStringList> idsOfPerson(const QString &personId) const;
    // The same, newest first, then by title (the order of exports).
    Read<QStringList> idsOfPersonNewestFirst(const QString &personId) const;
    // The person's works, newest first, then by title.
    Read<QList<Work>> ofPerson(const QString &personId) const;
    // What the metrics need of each of the person's works.
    Read<QList<WorkFigures>> figuresOfPerson(const QString &personId) const;
    // The person's works as publications-table rows, newest first then most
    // cited. limit < 0: every row; otherwise the first limit rows.
    Read<QList<PublicationRow>> publicationRows(const QString &personId, int limit = -1) const;
    // The person's works whose title, abstract, venue or authors contain
    // every word of text as a prefix (unranked).
    Read<QStringList> ofPersonMatching(const QString &personId, const QString &text) const;
    // Works OpenAlex credits to this one record, corrections ignored.
    Read<QStringList> idsOfRecord(const QString &authorId) const;

private:
    const Cache &m_cache;
};

} // namespace peerscope
