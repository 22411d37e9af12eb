#pragma once

// "A person's works", written once. A person is an OpenAlex author record
// or someone the user split off one (X1, X2, ...); their works are the rows
// of the effective_authorships view (identity corrections applied: merges,
// splits, exclusions) that name them. Each macro is a parenthesized
// subquery of work IDs that binds the person with one '?' (or, the indexed
// form, three), so statements stay single compile-time literals with bound
// values (tst_security checks that):
//
//   "SELECT raw_json FROM works WHERE id IN " PEERSCOPE_WORKS_OF_PERSON
//
// Only files in models/cache/ include this.

// The works of the person bound once.
#define PEERSCOPE_WORKS_OF_PERSON "(SELECT work_id FROM effective_authorships WHERE person_id = ?)"

// The same works, the person bound three times: the record_id terms select
// the same rows but let SQLite answer from the authorships index instead of
// scanning every authorship (one index range per merged or split record).
#define PEERSCOPE_WORKS_OF_PERSON_INDEXED                                                                        \
    "(SELECT work_id FROM effective_authorships WHERE person_id = ? "                                          \
    "AND (record_id = ? OR record_id IN (SELECT author_id FROM identity_overrides "                            \
    "WHERE person_id = ? AND undone = 0 AND kind IN ('merge', 'split'))))"

// The person's works with no identity correction involved: the authorships
// of the record itself (one index range, none of the view's per-row checks).
#define PEERSCOPE_WORKS_OF_RECORD "(SELECT work_id FROM authorships WHERE author_id = ?)"

// Whether any identity correction touches the person (bound twice): when
// none does, PEERSCOPE_WORKS_OF_RECORD gives the same works faster.
#define PEERSCOPE_PERSON_IS_CORRECTED                                                                            \
    "EXISTS (SELECT 1 FROM identity_overrides WHERE undone = 0 AND (author_id = ? OR person_id = ?))"
