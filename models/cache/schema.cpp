#include "cache/schema.h"

namespace peerscope::schema {

namespace {

// Authorships as the user sees them: merged records count as their
// person, split-off works as the new person, excluded works not at all.
// Every "works of an author" and co-authorship query reads this view, so
// identity corrections reach metrics, tables, networks and exports alike.
// Three arms, one per way an authorship reaches a person: untouched,
// through a merged record, through a split. Each arm's person_id is a
// plain column, so SQLite pushes "person_id = ?" into every arm and
// answers from the indexes instead of scanning every authorship.
// Created by v1 and again by v8, which rebuilds identity_overrides.
const char kEffectiveAuthorshipsView[] =
    R"(CREATE VIEW effective_authorships AS
        SELECT s.work_id, s.position, s.author_id AS person_id, s.author_id AS record_id,
               s.author_name, s.raw_author_name, s.orcid, s.author_position, s.is_corresponding
        FROM authorships s
        WHERE s.author_id <> ''
          AND NOT EXISTS (SELECT 1 FROM identity_overrides o
                          WHERE o.author_id = s.author_id AND o.undone = 0
                            AND (o.kind = 'merge' OR (o.kind = 'split' AND o.work_id = s.work_id)))
          AND NOT EXISTS (SELECT 1 FROM identity_overrides ex
                          WHERE ex.work_id = s.work_id AND ex.kind = 'exclude' AND ex.undone = 0
                            AND ex.person_id = s.author_id)
        UNION ALL
        SELECT s.work_id, s.position, mg.person_id, s.author_id,
               s.author_name, s.raw_author_name, s.orcid, s.author_position, s.is_corresponding
        FROM identity_overrides mg JOIN authorships s ON s.author_id = mg.author_id
        WHERE mg.kind = 'merge' AND mg.undone = 0
          AND NOT EXISTS (SELECT 1 FROM identity_overrides sp
                          WHERE sp.author_id = s.author_id AND sp.kind = 'split' AND sp.undone = 0
                            AND sp.work_id = s.work_id)
          AND NOT EXISTS (SELECT 1 FROM identity_overrides ex
                          WHERE ex.work_id = s.work_id AND ex.kind = 'exclude' AND ex.undone = 0
                            AND ex.person_id = mg.person_id)
        UNION ALL
        SELECT s.work_id, s.position, sp.person_id, s.author_id,
               s.author_name, s.raw_author_name, s.orcid, s.author_position, s.is_corresponding
        FROM identity_overrides sp JOIN authorships s ON s.author_id = sp.author_id AND s.work_id = sp.work_id
        WHERE sp.kind = 'split' AND sp.undone = 0
          AND NOT EXISTS (SELECT 1 FROM identity_overrides ex
                          WHERE ex.work_id = s.work_id AND ex.kind = 'exclude' AND ex.undone = 0
                            AND ex.person_id = sp.person_id))";

// Version 1: the whole first schema. Entities keep their raw JSON so a later
// migration can re-derive columns without the network.
const Migration v1{1, "initial schema", {
    // --- entities written by import and sync ---------------------------------
    R"(CREATE TABLE authors (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        orcid TEXT,
        scopus TEXT,
        works_count INTEGER NOT NULL DEFAULT 0,
        cited_by_count INTEGER NOT NULL DEFAULT 0,
        h_index INTEGER,
        i10_index INTEGER,
        two_yr_mean_citedness REAL,
        last_institution_id TEXT,
        updated_date TEXT,
        created_date TEXT,
        raw_json TEXT NOT NULL,
        fetched_at TEXT NOT NULL
    ))",
    "CREATE INDEX authors_orcid ON authors(orcid)",
    "CREATE INDEX authors_name ON authors(display_name COLLATE NOCASE)",
    R"(CREATE TABLE author_alternative_names (
        author_id TEXT NOT NULL REFERENCES authors(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        PRIMARY KEY (author_id, name)
    ) WITHOUT ROWID)",
    // Family name plus first initial, accents folded ("mearman j"), for every
    // name a record goes by: how possible duplicates are found.
    R"(CREATE TABLE author_name_keys (
        author_id TEXT NOT NULL REFERENCES authors(id) ON DELETE CASCADE,
        name_key TEXT NOT NULL,
        PRIMARY KEY (author_id, name_key)
    ) WITHOUT ROWID)",
    "CREATE INDEX author_name_keys_key ON author_name_keys(name_key)",
    R"(CREATE TABLE author_affiliations (
        author_id TEXT NOT NULL REFERENCES authors(id) ON DELETE CASCADE,
        institution_id TEXT NOT NULL,
        year INTEGER NOT NULL,
        PRIMARY KEY (author_id, institution_id, year)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE author_last_institutions (
        author_id TEXT NOT NULL REFERENCES authors(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        institution_id TEXT NOT NULL,
        PRIMARY KEY (author_id, position)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE author_topics (
        author_id TEXT NOT NULL REFERENCES authors(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        topic_id TEXT NOT NULL,
        works INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (author_id, position)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE author_counts_by_year (
        author_id TEXT NOT NULL REFERENCES authors(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        works_count INTEGER NOT NULL DEFAULT 0,
        cited_by_count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (author_id, year)
    ) WITHOUT ROWID)",
    // An OpenAlex merge (301) retires an ID; the old one stays findable.
    R"(CREATE TABLE author_aliases (
        alias_id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    ) WITHOUT ROWID)",

    R"(CREATE TABLE works (
        id TEXT PRIMARY KEY,
        doi TEXT,
        title TEXT NOT NULL DEFAULT '',
        publication_year INTEGER,
        publication_date TEXT,
        type TEXT,
        language TEXT,
        source_id TEXT,
        venue TEXT,
        volume TEXT,
        issue TEXT,
        first_page TEXT,
        last_page TEXT,
        cited_by_count INTEGER NOT NULL DEFAULT 0,
        is_oa INTEGER NOT NULL DEFAULT 0,
        oa_status TEXT,
        oa_url TEXT,
        landing_page_url TEXT,
        pdf_url TEXT,
        abstract TEXT,
        arxiv_id TEXT,
        is_retracted INTEGER NOT NULL DEFAULT 0,
        authors_truncated INTEGER NOT NULL DEFAULT 0,
        author_count INTEGER NOT NULL DEFAULT 0,
        authors_display TEXT NOT NULL DEFAULT '',
        updated_date TEXT,
        raw_json TEXT NOT NULL,
        fetched_at TEXT NOT NULL
    ))",
    "CREATE INDEX works_doi ON works(doi)",
    "CREATE INDEX works_year ON works(publication_year)",
    // The publications table's order, covering: its first screen ranks an
    // author's works without reading their rows.
    "CREATE INDEX works_table_order ON works(id, publication_year, cited_by_count)",
    R"(CREATE TABLE authorships (
        work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        author_id TEXT NOT NULL DEFAULT '',
        author_name TEXT NOT NULL DEFAULT '',
        raw_author_name TEXT,
        orcid TEXT,
        author_position TEXT,
        is_corresponding INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (work_id, position)
    ) WITHOUT ROWID)",
    "CREATE INDEX authorships_author ON authorships(author_id, work_id)",
    R"(CREATE TABLE authorship_institutions (
        work_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        institution_id TEXT NOT NULL,
        PRIMARY KEY (work_id, position, institution_id),
        FOREIGN KEY (work_id, position) REFERENCES authorships(work_id, position) ON DELETE CASCADE
    ) WITHOUT ROWID)",
    R"(CREATE TABLE work_topics (
        work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        topic_id TEXT NOT NULL,
        score REAL,
        PRIMARY KEY (work_id, position)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE work_keywords (
        work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
        keyword TEXT NOT NULL,
        PRIMARY KEY (work_id, keyword)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE work_counts_by_year (
        work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        cited_by_count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (work_id, year)
    ) WITHOUT ROWID)",

    // Institutions, sources and topics: full records, or stubs built from the
    // dehydrated objects embedded in works and authors (is_stub = 1).
    R"(CREATE TABLE institutions (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL DEFAULT '',
        ror TEXT,
        country_code TEXT,
        type TEXT,
        homepage_url TEXT,
        works_count INTEGER,
        cited_by_count INTEGER,
        is_stub INTEGER NOT NULL DEFAULT 1,
        raw_json TEXT,
        fetched_at TEXT
    ))",
    R"(CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL DEFAULT '',
        issn_l TEXT,
        type TEXT,
        publisher TEXT,
        is_stub INTEGER NOT NULL DEFAULT 1,
        raw_json TEXT,
        fetched_at TEXT
    ))",
    R"(CREATE TABLE topics (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL DEFAULT '',
        subfield TEXT,
        field TEXT,
        domain TEXT,
        is_stub INTEGER NOT NULL DEFAULT 1,
        raw_json TEXT,
        fetched_at TEXT
    ))",

    // Full-text search. Rows are keyed by the entity table's rowid.
    R"(CREATE VIRTUAL TABLE works_fts USING fts5(
        title, abstract, venue, authors, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'))",
    R"(CREATE VIRTUAL TABLE authors_fts USING fts5(
        name, alternatives, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'))",

    // --- written by sync ------------------------------------------------------
    R"(CREATE TABLE sync_state (
        author_id TEXT PRIMARY KEY,
        last_synced_at TEXT,
        author_updated_date TEXT,
        works_count INTEGER,
        cited_by_count INTEGER,
        depth INTEGER NOT NULL DEFAULT 1,
        complete INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID)",
    // Works OpenAlex no longer lists for an author: marked, never dropped.
    R"(CREATE TABLE departed_works (
        author_id TEXT NOT NULL,
        work_id TEXT NOT NULL,
        departed_at TEXT NOT NULL,
        PRIMARY KEY (author_id, work_id)
    ) WITHOUT ROWID)",
    // The "what changed since last sync" feed.
    R"(CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        author_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('new_work', 'citations', 'new_coauthor', 'affiliation', 'departed_work', 'merged')),
        entity_id TEXT,
        old_value TEXT,
        new_value TEXT,
        details TEXT,
        is_read INTEGER NOT NULL DEFAULT 0
    ))",
    "CREATE INDEX change_log_author ON change_log(author_id, at)",

    // --- user data: sync never writes these -----------------------------------
    R"(CREATE TABLE follows (
        author_id TEXT PRIMARY KEY,
        followed_at TEXT NOT NULL
    ) WITHOUT ROWID)",
    // merge: record author_id counts as person_id. split: the authorship of
    // record author_id on work_id belongs to person_id. exclude: work_id is
    // not person_id's. undone rows stay as history (and for redo).
    R"(CREATE TABLE identity_overrides (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'exclude')),
        person_id TEXT NOT NULL,
        author_id TEXT,
        work_id TEXT,
        batch INTEGER NOT NULL,
        reason TEXT,
        created_at TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0,
        undone_at TEXT
    ))",
    // People the user created by splitting works out of a record (IDs X1, X2, ...).
    R"(CREATE TABLE persons (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        split_from TEXT NOT NULL,
        created_at TEXT NOT NULL
    ) WITHOUT ROWID)",
    "CREATE UNIQUE INDEX identity_merge_once ON identity_overrides(author_id) WHERE kind = 'merge' AND undone = 0",
    "CREATE UNIQUE INDEX identity_split_once ON identity_overrides(author_id, work_id) WHERE kind = 'split' AND undone = 0",
    "CREATE INDEX identity_by_work ON identity_overrides(work_id, kind)",
    "CREATE INDEX identity_by_author ON identity_overrides(author_id, kind, work_id)",
    "CREATE INDEX identity_by_person ON identity_overrides(person_id, kind)",
    kEffectiveAuthorshipsView,
    R"(CREATE TABLE pinned_citation_keys (
        work_id TEXT PRIMARY KEY,
        citation_key TEXT NOT NULL UNIQUE,
        pinned_at TEXT NOT NULL
    ) WITHOUT ROWID)",
    R"(CREATE TABLE notes (
        entity_id TEXT PRIMARY KEY,
        note TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) WITHOUT ROWID)",
}};

// Version 2: what keeps the works search fast at scale. Derived from
// works_fts alone, so dropping it loses nothing: Cache::refreshSearchIndex()
// rebuilds it, and until then the search ranks with FTS5's own bm25().
const Migration v2{2, "works search statistics", {
    // Counters: works_fts changes each time a transaction writes it; the
    // statistics below were built at statistics_generation, counted over
    // statistics_works works.
    R"(CREATE TABLE search_state (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    ) WITHOUT ROWID)",
    R"(INSERT INTO search_state (name, value) VALUES ('works_fts_generation', 0), ('statistics_generation', -1),
                                                     ('statistics_works', 0))",
    // How many works hold each term, anywhere and in the title: the
    // document counts bm25 needs, without reading each term's whole list.
    R"(CREATE TABLE works_fts_terms (
        term TEXT PRIMARY KEY,
        docs INTEGER NOT NULL,
        title_docs INTEGER NOT NULL
    ) WITHOUT ROWID)",
    // For each term in many titles, its best title matches in rank order:
    // ranking every one of 40,000 matches costs tens of milliseconds.
    R"(CREATE TABLE works_title_top (
        term TEXT NOT NULL,
        position INTEGER NOT NULL,
        work_rowid INTEGER NOT NULL,
        PRIMARY KEY (term, position)
    ) WITHOUT ROWID)",
    // Listed terms in a title written since their list was ranked: the list
    // is not used until it is ranked again.
    R"(CREATE TABLE search_dirty_terms (
        term TEXT PRIMARY KEY
    ) WITHOUT ROWID)",
}};

// Version 3: a work's field-weighted citation impact and citation
// percentile, as columns the publications table reads and sorts. A cache
// written before keeps them only in raw_json: they are derived from there,
// so upgrading needs no network. Rows without either (or whose raw JSON is
// not valid, which json_extract would refuse) keep NULL: unknown.
const Migration v3{3, "work FWCI and citation percentile", {
    "ALTER TABLE works ADD COLUMN fwci REAL",
    "ALTER TABLE works ADD COLUMN citation_percentile REAL",
    Statement::backfill(R"(UPDATE works SET
        fwci = CASE WHEN json_type(raw_json, '$.fwci') IN ('integer', 'real')
                         AND json_extract(raw_json, '$.fwci') >= 0
                    THEN json_extract(raw_json, '$.fwci') END,
        citation_percentile = CASE WHEN json_type(raw_json, '$.citation_normalized_percentile.value') IN ('integer', 'real')
                                        AND json_extract(raw_json, '$.citation_normalized_percentile.value') >= 0
                                   THEN json_extract(raw_json, '$.citation_normalized_percentile.value') END
        WHERE (instr(raw_json, '"fwci"') > 0 OR instr(raw_json, '"citation_normalized_percentile"') > 0)
          AND json_valid(raw_json))"),
}};

// Version 4: citations. What each work cites, as pairs indexed both ways;
// an ID that is not cached is still a row (the IDs are data). A work's
// reference_count is NULL when its record did not carry the list (a select=
// without it) and 0 when OpenAlex lists none: "no reference data", which is
// not "cites nothing". Slim works (is_slim = 1) were fetched with select= as
// references or citing works: never written over a full record. Derived
// from the raw JSON every cache already holds, so upgrading needs no network.
const Migration v4{4, "citations", {
    "ALTER TABLE works ADD COLUMN is_slim INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE works ADD COLUMN reference_count INTEGER",
    R"(CREATE TABLE work_references (
        citing_id TEXT NOT NULL,
        cited_id TEXT NOT NULL,
        PRIMARY KEY (citing_id, cited_id)
    ) WITHOUT ROWID)",
    "CREATE INDEX work_references_cited ON work_references(cited_id, citing_id)",
    // Per work, what the citation sync learned about it: when the works
    // citing it were last listed and its cited_by_count then (a re-run lists
    // again only when that count moved), and since when OpenAlex has had no
    // record for it when it was asked for as a reference.
    R"(CREATE TABLE citation_state (
        work_id TEXT PRIMARY KEY,
        citing_listed_at TEXT,
        citing_listed_count INTEGER,
        missing_since TEXT
    ) WITHOUT ROWID)",
    Statement::backfill(R"(UPDATE works SET reference_count = json_array_length(raw_json, '$.referenced_works')
        WHERE instr(raw_json, '"referenced_works"') > 0 AND json_valid(raw_json)
          AND json_type(raw_json, '$.referenced_works') = 'array')"),
    Statement::backfill(R"(INSERT OR IGNORE INTO work_references (citing_id, cited_id)
        SELECT w.id, CASE WHEN r.value LIKE 'https://openalex.org/W%' THEN substr(r.value, 22) ELSE upper(r.value) END
        FROM works w, json_each(w.raw_json, '$.referenced_works') r
        WHERE w.reference_count > 0 AND r.type = 'text'
          AND (r.value LIKE 'https://openalex.org/W%' OR r.value LIKE 'W%'))"),
}};

// Version 5: institution lineage, what the research graph's context map
// rolls institutions up by (a department to its university). A compact JSON
// array of bare IDs, the institution itself included, in OpenAlex's order
// (which is by ID, not by rank); NULL: not known. Written from institution
// records and from the institutions embedded in works and authors; derived
// here from the raw JSON of institution records and works, so upgrading
// needs no network.
#define PEERSCOPE_BARE_ID(v) "upper(replace(replace(" v ", 'https://openalex.org/', ''), 'http://openalex.org/', ''))"
const Migration v5{5, "institution lineage", {
    "ALTER TABLE institutions ADD COLUMN lineage TEXT",
    Statement::backfill(R"(UPDATE institutions SET lineage = (
            SELECT json_group_array()" PEERSCOPE_BARE_ID("l.value") R"() FROM json_each(institutions.raw_json, '$.lineage') l
            WHERE l.type = 'text')
        WHERE raw_json IS NOT NULL AND instr(raw_json, '"lineage"') > 0 AND json_valid(raw_json)
          AND json_type(raw_json, '$.lineage') = 'array' AND json_array_length(raw_json, '$.lineage') > 0)"),
    Statement::backfill(R"(UPDATE institutions SET lineage = d.lineage FROM (
            SELECT id, MAX(lineage) AS lineage FROM (
                SELECT )" PEERSCOPE_BARE_ID("json_extract(i.value, '$.id')") R"( AS id,
                       (SELECT json_group_array()" PEERSCOPE_BARE_ID("l.value") R"() FROM json_each(i.value, '$.lineage') l
                        WHERE l.type = 'text') AS lineage
                FROM works w, json_each(w.raw_json, '$.authorships') a, json_each(a.value, '$.institutions') i
                WHERE instr(w.raw_json, '"lineage"') > 0 AND json_valid(w.raw_json)
                  AND a.type = 'object' AND i.type = 'object'
                  AND json_type(i.value, '$.id') = 'text' AND json_type(i.value, '$.lineage') = 'array'
                  AND json_array_length(i.value, '$.lineage') > 0)
            GROUP BY id) d
        WHERE d.id = institutions.id AND institutions.lineage IS NULL)"),
}};
#undef PEERSCOPE_BARE_ID

// v6: the columns a citation brief shows (models/cache/citationqueries.cpp),
// beside the ID. A big author's foundations and follow-ups read 180,000
// briefs by ID on a fresh worker connection: through the table that was a
// page per work (the rows hold the raw JSON), through this index about
// thirty works a page — the read in a third of the time. It costs about a
// tenth of a large cache's size (the titles).
// PostgreSQL: an index entry holds at most 2,704 bytes, and a title can be
// longer; there the numbers ride along (INCLUDE) and the title comes from
// the row.
const Migration v6{6, "citation briefs index", {
    Statement::only(Statement::On::Sqlite,
                    "CREATE INDEX IF NOT EXISTS works_brief ON works(id, publication_year, cited_by_count, fwci, "
                    "reference_count, title)"),
    Statement::only(Statement::On::Postgresql,
                    "CREATE INDEX IF NOT EXISTS works_brief ON works(id) INCLUDE (publication_year, cited_by_count, "
                    "fwci, reference_count)"),
}};

// The change feed keyed by its distribution column (docs/SCALING.md): a
// Citus table distributed by author_id needs every key to include it.
// SQLite cannot change a primary key in place, and with a composite key id
// is no longer the rowid: ChangeLogQueries::add assigns it there, an
// identity column does on PostgreSQL (its sequence moved past the copied
// rows). The works' and authors' rowid on the server (the search tables'
// key, filled by a sequence) keeps an index, no longer a unique one.
#define PEERSCOPE_CHANGE_LOG_COLUMNS                                                                              \
    "at TEXT NOT NULL, author_id TEXT NOT NULL, "                                                                 \
    "kind TEXT NOT NULL CHECK (kind IN ('new_work', 'citations', 'new_coauthor', 'affiliation', 'departed_work', " \
    "'merged')), "                                                                                                \
    "entity_id TEXT, old_value TEXT, new_value TEXT, details TEXT, is_read INTEGER NOT NULL DEFAULT 0, "          \
    "PRIMARY KEY (author_id, id))"
const Migration v7{7, "change log keyed by author", {
    Statement::only(Statement::On::Sqlite, "CREATE TABLE change_log_v7 (id INTEGER NOT NULL, " PEERSCOPE_CHANGE_LOG_COLUMNS),
    Statement::only(Statement::On::Postgresql,
                    "CREATE TABLE change_log_v7 (id BIGINT GENERATED BY DEFAULT AS IDENTITY, " PEERSCOPE_CHANGE_LOG_COLUMNS),
    "INSERT INTO change_log_v7 (id, at, author_id, kind, entity_id, old_value, new_value, details, is_read) "
    "SELECT id, at, author_id, kind, entity_id, old_value, new_value, details, is_read FROM change_log",
    "DROP TABLE change_log",
    "ALTER TABLE change_log_v7 RENAME TO change_log",
    "CREATE INDEX change_log_author ON change_log(author_id, at)",
    "CREATE INDEX change_log_id ON change_log(id)",
    Statement::only(Statement::On::Postgresql,
                    "SELECT setval(pg_get_serial_sequence('change_log', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM change_log"),
    Statement::only(Statement::On::Postgresql, "DROP INDEX IF EXISTS works_rowid"),
    Statement::only(Statement::On::Postgresql, "CREATE INDEX works_rowid ON works(rowid)"),
    Statement::only(Statement::On::Postgresql, "DROP INDEX IF EXISTS authors_rowid"),
    Statement::only(Statement::On::Postgresql, "CREATE INDEX authors_rowid ON authors(rowid)"),
}};
#undef PEERSCOPE_CHANGE_LOG_COLUMNS

// v8: a team's shared state (docs/ARCHITECTURE.md, "Team server").
// - identity_overrides, the correction log, learns who made each
//   correction (actor), the person's version it produced, and which action
//   won a conflict against it (superseded_by: such rows are kept, undone,
//   and never redone); kind 'distinct' says two records are two people.
//   SQLite cannot widen a CHECK in place: the table is rebuilt, the view
//   over it with it.
// - identity_versions: one counter per person or record, raised by every
//   correction touching it; what a client compares to learn that someone
//   else corrected the person since it looked.
// - follows are each user's own (owner: the role on a server, '' in a file).
// - pinned keys and notes say who set them; notes carry a version.
// - shared_events: what changed, for the other clients (LISTEN/NOTIFY on a
//   server, polling on a file), read by id.
#define PEERSCOPE_IDENTITY_COLUMNS "id, kind, person_id, author_id, work_id, batch, reason, created_at, undone, undone_at"
const Migration v8{8, "shared corrections and events", {
    "DROP VIEW effective_authorships",
    R"(CREATE TABLE identity_overrides_v8 (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'exclude', 'distinct')),
        person_id TEXT NOT NULL,
        author_id TEXT,
        work_id TEXT,
        batch INTEGER NOT NULL,
        reason TEXT,
        created_at TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0,
        undone_at TEXT,
        actor TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 0,
        superseded_by INTEGER
    ))",
    "INSERT INTO identity_overrides_v8 (" PEERSCOPE_IDENTITY_COLUMNS ") SELECT " PEERSCOPE_IDENTITY_COLUMNS
    " FROM identity_overrides",
    "DROP TABLE identity_overrides",
    "ALTER TABLE identity_overrides_v8 RENAME TO identity_overrides",
    Statement::only(Statement::On::Postgresql,
                    "SELECT setval(pg_get_serial_sequence('identity_overrides', 'id'), COALESCE(MAX(id), 0) + 1, false) "
                    "FROM identity_overrides"),
    "CREATE UNIQUE INDEX identity_merge_once ON identity_overrides(author_id) WHERE kind = 'merge' AND undone = 0",
    "CREATE UNIQUE INDEX identity_split_once ON identity_overrides(author_id, work_id) WHERE kind = 'split' AND undone = 0",
    "CREATE INDEX identity_by_work ON identity_overrides(work_id, kind)",
    "CREATE INDEX identity_by_author ON identity_overrides(author_id, kind, work_id)",
    "CREATE INDEX identity_by_person ON identity_overrides(person_id, kind)",
    "CREATE INDEX identity_by_batch ON identity_overrides(batch)",
    kEffectiveAuthorshipsView,
    R"(CREATE TABLE identity_versions (
        person_id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        changed_at TEXT NOT NULL,
        changed_by TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID)",
    R"(INSERT INTO identity_versions (person_id, version, changed_at)
        SELECT t.person, COUNT(*), MAX(t.at) FROM (
            SELECT person_id AS person, created_at AS at FROM identity_overrides
            UNION ALL
            SELECT author_id AS person, created_at AS at FROM identity_overrides WHERE author_id IS NOT NULL
        ) AS t GROUP BY t.person)",
    R"(CREATE TABLE follows_v8 (
        owner TEXT NOT NULL DEFAULT '',
        author_id TEXT NOT NULL,
        followed_at TEXT NOT NULL,
        PRIMARY KEY (owner, author_id)
    ) WITHOUT ROWID)",
    // A file has one user; on a server the follows made before become
    // those of the role that upgrades it (until 8 they were everyone's).
    Statement::only(Statement::On::Sqlite,
                    "INSERT INTO follows_v8 (owner, author_id, followed_at) SELECT '', author_id, followed_at FROM follows"),
    Statement::only(Statement::On::Postgresql,
                    "INSERT INTO follows_v8 (owner, author_id, followed_at) SELECT session_user, author_id, followed_at FROM follows"),
    "DROP TABLE follows",
    "ALTER TABLE follows_v8 RENAME TO follows",
    "ALTER TABLE pinned_citation_keys ADD COLUMN pinned_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE notes ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE notes ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''",
    R"(CREATE TABLE shared_events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        entity_id TEXT,
        details TEXT
    ))",
    // Every client LISTENs on peerscope_events; the payload is the event's id.
    Statement::only(Statement::On::Postgresql,
                    "CREATE FUNCTION peerscope_event_notify() RETURNS trigger LANGUAGE plpgsql AS "
                    "'BEGIN PERFORM pg_notify(''peerscope_events'', CAST(NEW.id AS text)); RETURN NULL; END'"),
    Statement::only(Statement::On::Postgresql,
                    "CREATE TRIGGER shared_events_notify AFTER INSERT ON shared_events "
                    "FOR EACH ROW EXECUTE FUNCTION peerscope_event_notify()"),
}};
#undef PEERSCOPE_IDENTITY_COLUMNS

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all{v1, v2, v3, v4, v5, v6, v7, v8};
    return all;
}

int latestVersion()
{
    return migrations().constLast().version;
}

} // namespace peerscope::schema
