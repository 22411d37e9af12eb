#pragma once

#include "cache/read.h"
#include "core/domain.h"
#include "identity/identity.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace peerscope {

class Cache;

// The trust snapshot: how sure we are that an OpenAlex author record is one
// real, identifiable person, and how visible that person's work is. Every
// point has a reason and a source. README.md ("How trust is computed")
// explains it for users: keep the two in step.
//
// THE FORMULA (the only place it lives; scoreTrust() implements it):
//
// Verification level
//   L0  no stable record: missing, or deleted by OpenAlex ("Deleted Author")
//   L1  a stable OpenAlex record without ORCID ("unclaimed")
//   L2  the record is linked to an ORCID ("claimed")
//   L3  ORCID-linked and corroborated: more than half of the record's cached
//       authorships carry that ORCID, and a last-known institution has a ROR ID
//
// Score 0-100, the sum of six evidence groups (a deleted or missing record
// scores 0):
//   Identity (30)     stable record 5; ORCID 15; ORCID on more than half of
//                     the cached authorships 5; Scopus author ID 5
//   Affiliation (15)  a last-known institution 5; it has a ROR ID 5;
//                     affiliation history over at least 3 distinct years 5
//   Consistency (15)  no conflation finding 10 (one: 5, more: 0); cached
//                     works cover >= 80% of the works OpenAlex counts 5
//                     (>= 50%: 2)
//   Footprint (20)    cached works >= 1/5/20/50: 2/4/7/10; citations
//                     >= 1/10/100/1000: 2/4/7/10
//   Recency (10)      latest cached work within 2 years of the reference
//                     year 10, within 5 years 6, within 10 years 3
//   Network (10)      distinct co-authors >= 1/5/15: 2/4/6; a repeat
//                     collaborator (>= 2 shared works) 2; >= 3 co-authors
//                     with cached profiles 2
// Band: 0-29 Emerging, 30-54 Developing, 55-79 Established, 80-100 Strong.
//
// Warnings (shown, and conflation lowers Consistency):
//   conflation  exactly identity::possibleConflation()'s findings, one
//               warning per finding with its summary and evidence. The
//               thresholds live only in models/identity/conflationrules.h;
//               in words: several distinct ORCIDs; more than 100 works in one year;
//               two fields (domains) of >= 3 works and >= 20% each whose
//               co-authors never meet; different countries in one year with
//               separate co-authors, in 2 or more years
//   duplicate   identity::possibleDuplicates(): another cached record with
//               the same name key (family name + first initial, accents and
//               case folded) that shares co-authors, institutions or topics
//               and no work with this one
struct TrustEvidence {
    QString group;       // Identity, Affiliation, ... (translated)
    QString item;        // what was checked (translated)
    int points = 0;
    int maxPoints = 0;
    QString reason;      // why these points
    QString source;      // where the fact comes from
    QString groupKey;    // identity, affiliation, consistency, footprint, recency, network
    QString itemKey;     // stable name of the check, e.g. orcid, latest_work
};

struct TrustWarning {
    enum class Kind { Conflation, Duplicate, Unreadable };
    Kind kind = Kind::Conflation;
    QString message;
    QString source;
    QString otherAuthorId; // duplicates: the other record
    QStringList evidence;  // conflation: the finding's evidence lines
    QString finding;       // conflation: identity::kindName() of the finding

    static QString kindName(Kind kind); // "conflation", "duplicate", "unreadable"
};

struct TrustSnapshot {
    enum class Band { Emerging, Developing, Established, Strong };
    int level = 0;          // 0..3
    int score = 0;          // 0..100
    Band band = Band::Emerging;
    QList<TrustEvidence> evidence;
    QList<TrustWarning> warnings;

    QString levelText() const;   // "L1"
    QString claimText() const;   // "Unclaimed"
    QString bandText() const;    // "Emerging"
    static QString bandName(Band band);
    static QString bandKey(Band band); // "emerging": stable, for JSON

    // The snapshot read, or (when the read failed) an empty one whose only
    // warning says why, so a view shows the failure instead of a clean record.
    static TrustSnapshot fromRead(const Read<TrustSnapshot> &read);
};

struct DuplicateCandidate {
    QString id;
    QString name;
    int sharedCoauthors = 0;
    int sharedInstitutions = 0;
    int sharedTopics = 0;
};

// The facts the formula reads, gathered from the cache or built by a test.
struct TrustInputs {
    bool recordExists = false;
    bool deleted = false;
    QString name;
    QString orcid;
    QString scopus;
    int sourceWorksCount = 0;            // works_count from OpenAlex
    int cachedWorks = 0;
    qint64 citations = 0;
    QMap<int, int> worksPerYear;         // cached works by publication year
    QHash<QString, int> authorshipOrcids;// ORCID -> authorships carrying it
    int authorships = 0;                 // cached authorships of the record
    QList<InstitutionRef> lastKnown;
    int affiliationYears = 0;            // distinct years in the history
    QList<identity::ConflationFinding> conflation; // identity::possibleConflation()
    int coauthors = 0;
    int cachedCoauthors = 0;
    int repeatCoauthors = 0;
    QList<DuplicateCandidate> duplicates;
    int referenceYear = 0;
};

// A failed read is an error, never a lower score or "no warnings".
Read<TrustInputs> gatherTrustInputs(const Cache &cache, const QString &authorId, int referenceYear);
TrustSnapshot scoreTrust(const TrustInputs &in);
Read<TrustSnapshot> computeTrust(const Cache &cache, const QString &authorId, int referenceYear);

bool isDeletedAuthor(const Author &author);

} // namespace peerscope
