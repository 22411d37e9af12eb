#pragma once

#include "cache/identityqueries.h"
#include "cache/read.h"
#include "identity/conflationrules.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace peerscope {
class Cache;
}

// Author identity: OpenAlex sometimes splits one person across records and
// sometimes conflates several people in one. This finds both and stores the
// user's corrections (merge, split, exclude) in identity_overrides, a table
// sync never writes; the effective_authorships view applies them everywhere.
namespace peerscope::identity {

// Another cached record that may be the same person.
struct DuplicateCandidate {
    QString id;
    QString name;
    QString institution;
    QString nameKey;
    int score = 0;                   // 3 per shared co-author, 2 per institution, 1 per topic
    QStringList sharedCoauthors;     // names
    QStringList sharedInstitutions;  // names
    QStringList sharedTopics;        // names
    QStringList evidence() const;    // one readable line per kind of evidence
};

// A sign that one record holds several people: one per rule of
// conflationrules.h that the record breaks.
struct ConflationFinding {
    enum class Kind { SeveralOrcids, ImplausibleOutput, UnrelatedFields, DistantInstitutions };
    Kind kind;
    QString summary;       // one translated sentence, "Possible conflation: ..."
    QStringList evidence;  // one line per ORCID, year or pair of fields
    QString source;        // where the facts come from
};

// Stable names for JSON: several_orcids, implausible_output, unrelated_fields,
// distant_institutions.
QString kindName(ConflationFinding::Kind kind);

// Records with the same name key (family name + first initial, accents
// folded) that share co-authors, institutions or topics, best first. Records
// sharing nothing are not listed: a common name alone is no evidence.
// A failed read is an error, never "no candidates".
Read<QList<DuplicateCandidate>> possibleDuplicates(const Cache &cache, const QString &authorId);

// The conflation findings for a record or person (corrections applied), in
// the order of ConflationFinding::Kind; thresholds from conflationrules.h.
// The single source of conflation warnings: the trust snapshot and both
// commands report exactly these. A failed read is an error, never "clean".
Read<QList<ConflationFinding>> possibleConflation(const Cache &cache, const QString &authorId,
                                                  const ConflationThresholds &rules = conflationThresholds);

using Correction = IdentityCorrection;

// What to do when an action contradicts a correction in effect: one says
// two records are one person, the other that they are two, or one record is
// put into two people. Nothing is ever deleted either way.
enum class OnConflict {
    Ask,        // write nothing; the result names both sides (the default)
    KeepTheirs, // record this action as declined (undone, kept with its reason)
    KeepMine,   // the other correction is superseded (undone, kept), this one applies
};

// The user's corrections, with undo and redo by action. On a team server
// every client writes the same log: actions take their turn (each raises
// the log's version first), each raises the version of every person it
// touches, and undo and redo take back the user's own actions only.
class Corrections final
{
public:
    explicit Corrections(Cache &cache);

    // The two sides of a conflict, for a dialog or the command line.
    struct Conflict {
        QString mine;               // this action, one translated sentence
        QString myReason;
        QList<Correction> theirs;   // the corrections in effect it contradicts
    };
    struct Result {
        bool ok = false;
        QString error;       // what went wrong and what to do
        QString personId;    // the person the action produced or changed
        qint64 batch = 0;
        std::optional<Conflict> conflict; // set (ok false) when Ask met a conflict
        bool declined = false;   // KeepTheirs met a conflict: recorded, not applied
        int superseded = 0;      // KeepMine: the other side's rows now undone
    };

    void setOnConflict(OnConflict onConflict) { m_onConflict = onConflict; }

    // others become part of primary; works shared by both count once.
    Result merge(const QString &primary, const QStringList &others, const QString &reason = {});
    // The records are other people than `person`: kept apart, and not
    // suggested as duplicates again.
    Result distinct(const QString &person, const QStringList &others, const QString &reason = {});
    // The record's authorships on workIds move to a new person (X1, X2, ...).
    // Works someone already split off the record stay where they went.
    Result split(const QString &record, const QStringList &workIds, const QString &newName = {}, const QString &reason = {});
    // workIds no longer count for person.
    Result exclude(const QString &person, const QStringList &workIds, const QString &reason = {});
    // The user's own latest action still in effect, and back.
    Result undo();
    Result redo();

    Read<QList<Correction>> list(bool includeUndone = true) const;
    // The person's version (0: never corrected): what a window compares to
    // learn that someone else corrected the person since it looked.
    Read<qint64> version(const QString &personId) const;

    // One readable line for a correction: "alice merged A2 into A1 on
    // 2026-12-06 14:03: \"same ORCID\"".
    static QString describe(const Correction &c);

private:
    class Action;
    static Result fail(const QString &message);
    static Result succeeded(const QString &personId, qint64 batch);
    // Empty when every work is person's; otherwise what to tell the user.
    QString checkOwnWorks(const QString &person, const QStringList &workIds) const;
    // The corrections in effect that saying "record is (not) person" contradicts.
    Read<QList<Correction>> contradicting(const QString &kind, const QString &person, const QString &record) const;
    // merge or distinct, between person and each of others.
    Result claim(const QString &kind, const QString &person, const QStringList &others, const QString &reason);
    Result takeBack(qint64 batch, bool undoing, Action &action);

    Cache &m_cache;
    OnConflict m_onConflict = OnConflict::Ask;
};

} // namespace peerscope::identity
