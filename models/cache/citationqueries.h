#pragma once

#include "cache/read.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace peerscope {

class Cache;

// One work's stored citations both ways, as comma-separated IDs (IDs hold
// no comma): a big author's seeds have about a million, and a QString each
// cost more than reading them. Split with QStringView::tokenize.
struct WorkLinks {
    QString id;
    QString references; // what it cites
    QString citers;     // what cites it (only read for seeds)
};

// What the citation measures show of a cached work (full or slim).
struct CitationWorkBrief {
    qsizetype index = -1;     // its position in the list asked for (-1: not read by position)
    QString id;
    QString title;
    int year = 0;             // 0: unknown
    QString firstAuthor;      // authorship position 0, else the first of authors_display
    int citedByCount = 0;
    double fwci = -1.0;       // -1: none
    int referenceCount = -1;  // -1: the list was never fetched (NULL)
    bool citingListed = false; // citation_state.citing_listed_at is set
    QString references;        // citedBriefs() only: what it cites, comma-separated
};

// The reads behind the citation measures (models/citations/). Each takes a
// whole ID list as one bound JSON array (json_each), so a statement stays
// one compile-time text with a bounded number of values however many seeds
// there are.
class CitationQueries final
{
public:
    explicit CitationQueries(const Cache &cache) : m_cache(cache) {}

    // The person's works, identity corrections applied (personworks.h).
    Read<QStringList> worksOfPerson(const QString &personId) const;
    // Whether the person is known: an author record, a person split off one,
    // or anyone with an effective authorship.
    Read<bool> personKnown(const QString &personId) const;
    // The IDs among ids that have no works row (full or slim).
    Read<QStringList> uncachedWorks(const QStringList &ids) const;
    // Every stored citation from or to a seed: one row per seed (a seed
    // citing a seed is in both lists).
    Read<QList<WorkLinks>> seedLinks(const QStringList &seeds) const;
    // What each of these works cites (citers left empty), in ID order.
    Read<QList<WorkLinks>> referencesOf(const QStringList &citing) const;
    // The briefs of the cached works among ids (the others are not there).
    Read<QList<CitationWorkBrief>> briefs(const QStringList &ids) const;
    // The briefs of the cached works that the works in citing cite, leaving
    // out those in except (index -1: say them by id), with their own
    // references. For similar works: what follow-ups cite beyond the local
    // graph.
    Read<QList<CitationWorkBrief>> citedBriefs(const QStringList &citing, const QStringList &except) const;

private:
    const Cache &m_cache;
};

} // namespace peerscope
