#pragma once

#include "cache/read.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace peerscope {

class Cache;

// One row of identity_overrides: a user's correction (merge, split, exclude).
struct IdentityCorrection {
    qint64 id = 0;
    QString kind;        // merge, split, exclude
    QString personId;
    QString authorId;    // the record merged or split
    QString workId;      // split and exclude
    qint64 batch = 0;    // one user action
    QString reason;
    QString createdAt;
    bool undone = false;
};

// What the identity module (models/identity/) reads: the facts behind
// duplicate and conflation findings, and the user's corrections. Every read
// says why it failed rather than answering "nothing".
class IdentityQueries final
{
public:
    explicit IdentityQueries(const Cache &cache) : m_cache(cache) {}

    // --- duplicates ---------------------------------------------------------
    struct NameKeyMatch {
        QString id;
        QString nameKey;
        QString name;
    };
    // Other records with one of authorId's name keys, records merged into
    // someone else left out.
    Read<QList<NameKeyMatch>> sameNameKey(const QString &authorId) const;
    // id -> name: institutions of the record's affiliation history and
    // last-known institutions.
    Read<QHash<QString, QString>> institutionsOf(const QString &authorId) const;
    // id -> name: the record's topics.
    Read<QHash<QString, QString>> topicsOf(const QString &authorId) const;

    // --- conflation ---------------------------------------------------------
    struct OrcidWorks {
        QString orcid;
        int works = 0;
    };
    // ORCIDs on the person's authorships, with the works carrying each, most first.
    Read<QList<OrcidWorks>> authorshipOrcids(const QString &personId) const;
    struct YearWorks {
        int year = 0;
        int works = 0;
    };
    // Years in which the person has more than `above` works, by OpenAlex's
    // yearly counts or by the cached works, whichever is larger; oldest first.
    Read<QList<YearWorks>> yearsAbove(const QString &personId, int above) const;
    // domain -> the person's cached works whose primary topic lies in it.
    Read<QHash<QString, QStringList>> worksByPrimaryDomain(const QString &personId) const;
    struct CountryWork {
        int year = 0;
        QString country;
        QString workId;
        QString institution;
    };
    // The institutions (with a country) on the person's dated authorships.
    Read<QList<CountryWork>> authorshipCountries(const QString &personId) const;
    // Co-author IDs on workIds, recordId itself left out.
    Read<QSet<QString>> coauthorIdsOnWorks(const QString &recordId, const QStringList &workIds) const;

    // --- corrections --------------------------------------------------------
    Read<QList<IdentityCorrection>> corrections(bool includeUndone) const;
    // The person an action (batch) concerned; empty when there is no such batch.
    Read<QString> personOfBatch(qint64 batch) const;
    Read<qint64> nextBatch() const;
    // The number for the next split-off person (X<n>).
    Read<qint64> nextPersonNumber() const;
    // The authorship records (the person's own or those merged into it) on a work.
    Read<QStringList> recordsOnWork(const QString &personId, const QString &workId) const;
    // The latest action still in effect; nullopt when there is none.
    Read<std::optional<qint64>> lastActiveBatch() const;
    // The action undone last after the latest one in effect; nullopt when none.
    Read<std::optional<qint64>> lastUndoneBatch() const;

private:
    const Cache &m_cache;
};

// The identity module's writes to identity_overrides and persons. Callers
// wrap each action in a Cache::Transaction.
class IdentityWriter final
{
public:
    explicit IdentityWriter(Cache &cache) : m_cache(cache) {}

    // Records already merged into `from` follow it into `to`.
    Status moveMerges(const QString &from, const QString &to);
    Status addMerge(const QString &personId, const QString &recordId, qint64 batch, const QString &reason, const QString &at);
    Status addPerson(const QString &personId, const QString &name, const QString &splitFrom, const QString &at);
    Status addSplit(const QString &personId, const QString &recordId, const QString &workId, qint64 batch, const QString &reason, const QString &at);
    Status addExclude(const QString &personId, const QString &workId, qint64 batch, const QString &reason, const QString &at);
    // undone_at is an undo counter, so redo can take the latest undo back.
    Status markUndone(qint64 batch);
    Status markRedone(qint64 batch);

private:
    Cache &m_cache;
};

} // namespace peerscope
