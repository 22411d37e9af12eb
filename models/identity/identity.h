#pragma once

#include "cache/identityqueries.h"
#include "cache/read.h"
#include "identity/conflationrules.h"

#include <QList>
#include <QString>
#include <QStringList>

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

// The user's corrections, with undo and redo by action.
class Corrections final
{
public:
    explicit Corrections(Cache &cache);

    struct Result {
        bool ok = false;
        QString error;       // what went wrong and what to do
        QString personId;    // the person the action produced or changed
        qint64 batch = 0;
    };

    // others become part of primary; works shared by both count once.
    Result merge(const QString &primary, const QStringList &others, const QString &reason = {});
    // The record's authorships on workIds move to a new person (X1, X2, ...).
    Result split(const QString &record, const QStringList &workIds, const QString &newName = {}, const QString &reason = {});
    // workIds no longer count for person.
    Result exclude(const QString &person, const QStringList &workIds, const QString &reason = {});
    Result undo();
    Result redo();

    Read<QList<Correction>> list(bool includeUndone = true) const;

private:
    static Result fail(const QString &message);
    static Result succeeded(const QString &personId, qint64 batch);
    // Empty when every work is person's; otherwise what to tell the user.
    QString checkOwnWorks(const QString &person, const QStringList &workIds) const;

    Cache &m_cache;
};

} // namespace peerscope::identity
