#pragma once

// Where each table of the cache's schema goes when the team cache grows
// beyond one PostgreSQL server onto Citus: the one list docs/SCALING.md
// describes and tests/tst_citusready.cpp checks the schema against.
//
// Citus enforces a primary or unique key only when it includes the table's
// distribution column, and a foreign key only between co-located
// distributed tables, from a distributed table to a reference table, or
// between two tables that stay on one node. Keeping the schema inside those
// rules now means scaling out later is a create_distributed_table() call per
// table, not a rewrite of keys under data.
//
// A table added to schema.cpp without a line here fails tst_citusready.
// Not listed: FTS5 virtual tables and their shadow tables (SQLite only; the
// server searches a tsvector column on works and authors instead), views
// (effective_authorships: each arm joins authorships to the reference table
// identity_overrides, which every node holds) and SQLite's own tables.

#include <array>
#include <string_view>

namespace peerscope::distribution {

enum class Placement {
    // Hash-distributed by column: one shard per hash range, spread over
    // the workers; rows with equal column values in one co-location group
    // are on the same node.
    Distributed,
    // One shard copied to every node: small, read by joins everywhere,
    // written rarely (each write is a two-phase commit to every node).
    Reference,
    // Never on the server: each person's own SQLite file keeps it.
    LocalOnly,
};

// Co-location groups: tables distributed by the same kind of ID, so
// equal values share a node and joins on them stay on it.
inline constexpr std::string_view kWorksGroup = "works";     // by OpenAlex work ID
inline constexpr std::string_view kAuthorsGroup = "authors"; // by OpenAlex author ID

struct TablePlan {
    std::string_view table;
    Placement placement;
    std::string_view column = {}; // Distributed only
    std::string_view group = {};  // Distributed only
};

inline constexpr std::array kPlan{
    // Works and what hangs off one work: every "rows of these works" read
    // is one shard per work, and a work's writes stay on its node.
    TablePlan{"works", Placement::Distributed, "id", kWorksGroup},
    TablePlan{"authorships", Placement::Distributed, "work_id", kWorksGroup},
    TablePlan{"authorship_institutions", Placement::Distributed, "work_id", kWorksGroup},
    TablePlan{"work_topics", Placement::Distributed, "work_id", kWorksGroup},
    TablePlan{"work_keywords", Placement::Distributed, "work_id", kWorksGroup},
    TablePlan{"work_counts_by_year", Placement::Distributed, "work_id", kWorksGroup},
    // A work's reference list lives with the citing work (it comes from
    // that work's record); the reverse direction is a server-only copy
    // keyed by cited_id (docs/SCALING.md).
    TablePlan{"work_references", Placement::Distributed, "citing_id", kWorksGroup},
    TablePlan{"citation_state", Placement::Distributed, "work_id", kWorksGroup},

    // Authors and what hangs off one author, with the per-author sync
    // bookkeeping: a sync of one author writes one node (plus the works').
    TablePlan{"authors", Placement::Distributed, "id", kAuthorsGroup},
    TablePlan{"author_alternative_names", Placement::Distributed, "author_id", kAuthorsGroup},
    TablePlan{"author_name_keys", Placement::Distributed, "author_id", kAuthorsGroup},
    TablePlan{"author_affiliations", Placement::Distributed, "author_id", kAuthorsGroup},
    TablePlan{"author_last_institutions", Placement::Distributed, "author_id", kAuthorsGroup},
    TablePlan{"author_topics", Placement::Distributed, "author_id", kAuthorsGroup},
    TablePlan{"author_counts_by_year", Placement::Distributed, "author_id", kAuthorsGroup},
    // Looked up by the retired ID; lands on the node the retired record had.
    TablePlan{"author_aliases", Placement::Distributed, "alias_id", kAuthorsGroup},
    TablePlan{"sync_state", Placement::Distributed, "author_id", kAuthorsGroup},
    TablePlan{"departed_works", Placement::Distributed, "author_id", kAuthorsGroup},
    TablePlan{"change_log", Placement::Distributed, "author_id", kAuthorsGroup},

    // Small, joined from every shard: dehydrated entities and the team's
    // shared corrections (the identity log is read by every "works of a
    // person" query, on whichever node the authorships are).
    TablePlan{"institutions", Placement::Reference},
    TablePlan{"sources", Placement::Reference},
    TablePlan{"topics", Placement::Reference},
    TablePlan{"identity_overrides", Placement::Reference},
    TablePlan{"identity_versions", Placement::Reference},
    TablePlan{"shared_events", Placement::Reference},
    TablePlan{"persons", Placement::Reference},
    TablePlan{"pinned_citation_keys", Placement::Reference},
    TablePlan{"notes", Placement::Reference},

    // One person's own state, and the SQLite search statistics (derived
    // from works_fts; the server ranks with its own full-text search).
    TablePlan{"follows", Placement::LocalOnly},
    TablePlan{"search_state", Placement::LocalOnly},
    TablePlan{"works_fts_terms", Placement::LocalOnly},
    TablePlan{"works_title_top", Placement::LocalOnly},
    TablePlan{"search_dirty_terms", Placement::LocalOnly},
};

constexpr const TablePlan *planFor(std::string_view table)
{
    for (const TablePlan &plan : kPlan)
        if (plan.table == table)
            return &plan;
    return nullptr;
}

} // namespace peerscope::distribution
