#pragma once

namespace peerscope::identity {

// THE conflation rules: the one table of thresholds behind every "possible
// conflation" (several people in one author record). possibleConflation()
// applies it; the trust snapshot, `peerscope show` and `peerscope identity
// conflation` all report its findings, so the window and the command line
// cannot disagree. README.md ("How trust is computed") explains it for
// users: keep the two in step.
//
// Each rule gives at most one finding per record (its evidence lists every
// ORCID, year or pair of fields behind it); the trust snapshot's Consistency
// group counts the findings.
struct ConflationThresholds {
    // Several ORCIDs: at least this many distinct ORCIDs on the person's
    // cached authorships.
    int distinctOrcids = 2;

    // Implausible output: more than this many works in one year, by
    // OpenAlex's yearly counts or by the cached works, whichever is larger.
    int worksPerYear = 100;

    // Unrelated fields: two OpenAlex domains, each the primary domain of at
    // least fieldMinimumWorks cached works and at least fieldMinimumShare of
    // the person's works with a primary topic, whose co-authors never meet
    // (no co-author on works of both).
    int fieldMinimumWorks = 3;
    double fieldMinimumShare = 0.20;

    // Distant institutions: in at least this many years, affiliations in
    // two countries whose works have separate co-authors (a single such
    // year is more often a move than a second person).
    int distantInstitutionYears = 2;
};

inline constexpr ConflationThresholds conflationThresholds{};

} // namespace peerscope::identity
