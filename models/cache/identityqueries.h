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

// One row of identity_overrides, the correction log: a user's merge,
// split, exclusion, or statement that two records are two people
// (distinct). Rows are never deleted: an undo marks them undone, and a row
// that lost a conflict is undone with superseded_by naming the action that
// won.
struct IdentityCorrection {
    qint64 id = 0;
    QString kind;        // merge, split, exclude, distinct
    QString personId;
    QString authorId;    // the record merged, split, or said to be someone else
    QString workId;      // split and exclude
    qint64 batch = 0;    // one user action
    QString reason;
    QString createdAt;
    bool undone = false;
    QString actor;       // who: the role on a team server; empty in a file
    qint64 version = 0;  // the person's version this correction made
    qint64 supersededBy = 0; // the action that won a conflict against it; 0: none
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
    // Every row of one action.
    Read<QList<IdentityCorrection>> batchRows(qint64 batch) const;
    // The person an action (batch) concerned; empty when there is no such batch.
    Read<QString> personOfBatch(qint64 batch) const;
    Read<qint64> nextBatch() const;
    // The number for the next split-off person (X<n>).
    Read<qint64> nextPersonNumber() const;
    // The authorship records (the person's own or those merged into it) on a work.
    Read<QStringList> recordsOnWork(const QString &personId, const QString &workId) const;
    // actor's latest action still in effect; nullopt when there is none.
    Read<std::optional<qint64>> lastActiveBatch(const QString &actor) const;
    // The action actor undid last after their latest one in effect (never
    // one that lost a conflict); nullopt when none.
    Read<std::optional<qint64>> lastUndoneBatch(const QString &actor) const;
    // The person a record is merged into now; empty when it is not.
    Read<QString> mergedInto(const QString &recordId) const;
    // The records merged into a person now.
    Read<QStringList> mergedRecords(const QString &personId) const;
    // The merges in effect into a person.
    Read<QList<IdentityCorrection>> activeMergesInto(const QString &personId) const;
    // The merges in effect of these records.
    Read<QList<IdentityCorrection>> activeMergesOf(const QStringList &recordIds) const;
    // The "two people" statements in effect between one of `a` and one of `b`.
    Read<QList<IdentityCorrection>> activeDistinctBetween(const QStringList &a, const QStringList &b) const;
    // The person's version: raised by every correction touching it; 0 when
    // none ever did.
    Read<qint64> versionOf(const QString &personId) const;

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
    // One row of the log, as given (id ignored).
    Status add(const IdentityCorrection &row);
    Status addPerson(const QString &personId, const QString &name, const QString &splitFrom, const QString &at);
    // Raises the person's version (the empty ID is the whole log's: every
    // action raises it first, so actions on a server take their turn as
    // they do in a file) and answers the new one. On a server the row stays
    // locked until the transaction ends.
    Read<qint64> raiseVersion(const QString &personId, const QString &at, const QString &actor);
    // Rows that lost a conflict to action `byBatch`: undone, and kept.
    Status supersede(const QList<qint64> &rowIds, qint64 byBatch);
    // undone_at is an undo counter, so redo can take the latest undo back.
    Status markUndone(qint64 batch);
    // Rows that lost a conflict stay undone.
    Status markRedone(qint64 batch);

private:
    Cache &m_cache;
};

} // namespace peerscope
