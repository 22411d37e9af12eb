#pragma once

#include "cache/bulkrows.h"
#include "cache/dialect.h"
#include "cache/read.h"
#include "core/domain.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <initializer_list>
#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;

namespace peerscope {

namespace ftsranking {
class Tokenizer;
}

// A cached author as a search hit or a resolution candidate.
struct AuthorSummary {
    QString id;
    QString name;
    QString orcid;
    QString institution;
    int worksCount = 0;       // as OpenAlex counts them
    int citedByCount = 0;
    int cachedWorks = 0;      // works of this author present in the cache
};

// A co-author of someone, computed from cached authorships.
struct CoauthorStat {
    QString id;
    QString name;
    QString orcid;
    int sharedWorks = 0;
    int firstYear = 0;
    int lastYear = 0;
    QString institution;      // last known if cached, else from the latest shared work
    bool isCached = false;    // a full profile is in the cache
};

class StorageLocation;

// The cache: an SQLite file, or a database on a PostgreSQL server shared by
// a team (open() takes a postgresql:// URI for that; storagelocation.h).
// One instance owns one connection and is used from one thread; a worker
// thread opens its own Cache on the same place (WAL lets SQLite's readers
// and one writer proceed together; a server serves many connections).
class Cache final
{
public:
    enum class OpenStatus {
        Ok,
        Recovered,       // the file was damaged: moved aside, a fresh cache created
        Corrupt,         // damaged and could not be moved aside
        TooNew,          // written by a newer Peerscope (schema from the future)
        ReadOnly,        // the file or its folder cannot be written
        Failed,          // anything else (disk full, permissions, ...)
    };

    Cache();
    ~Cache();
    Q_DISABLE_COPY_MOVE(Cache)

    enum class OpenMode {
        Primary,         // checks integrity, recovers, migrates: once per process and file
        Secondary,       // another connection to a file a Primary already opened (worker threads)
        // As Primary, but only the header and the schema are read here: the
        // whole-file check (seconds on a large cache) is the caller's to run
        // later on a worker (integrityProblem()) and act on (recoverDamaged()).
        // The window opens so, to paint before the check has read the file.
        PrimaryCheckLater,
    };
    // path: an SQLite file, or a postgresql:// URI (a team server; there
    // Recovered and Corrupt do not occur: the server keeps its data sound).
    OpenStatus open(const QString &path, OpenMode mode = OpenMode::Primary);
    // PRAGMA quick_check over the whole file: empty when it passes, else
    // what is wrong. Reads every page: run it on a worker's connection.
    // Always empty on a server.
    QString integrityProblem() const;
    // Stops the statement this connection is running, from any thread: it
    // fails as interrupted, and integrityProblem() then reports nothing (not
    // on a server yet: there the statement runs to its end). For
    // the long reads (the integrity check, refreshSearchIndex()) when the
    // application quits. The caller keeps the Cache alive meanwhile.
    void interrupt() const;
    // From now on every statement on this connection fails as interrupted
    // while stop() returns true (asked every thousand SQLite instructions, on
    // this connection's thread), so a run of many statements stops too: the
    // application quitting, a network build superseded by another.
    void interruptWhen(std::function<bool()> stop);
    // For a cache found damaged after it was opened (integrityProblem() on a
    // worker): moves it aside and opens a fresh one, as open() does for a
    // damaged file (Recovered, errorString() and movedAsidePath() say where).
    OpenStatus recoverDamaged(const QString &problem);
    void close();
    bool isOpen() const;
    // What open() was given (a URI with its password, if it had one: for
    // another connection's open(), never for showing; see displayPath()).
    QString path() const { return m_path; }
    // The file, or the server's URI without a password.
    QString displayPath() const;
    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::PostgreSql; }
    // Who makes this connection's changes, as the other clients are told:
    // the role logged in on a team server; empty on a file (one user).
    QString actor() const { return m_actor; }
    // A file another connection can open too: work on this cache may then
    // move to a worker thread with its own open(path(), OpenMode::Secondary).
    // An in-memory cache is this connection alone; a server is always shared.
    bool isSharedFile() const;
    // What went wrong, or for Recovered where the damaged file now is; said
    // so a user knows what to do.
    QString errorString() const { return m_error; }
    QString movedAsidePath() const { return m_movedAside; }
    int schemaVersion() const;

    static QString defaultPath();
    static QString nowUtc();

    // Transactions: one per file or page. Nested calls are not supported.
    bool beginTransaction();
    bool commit();
    void rollback();
    // The same as a scope: rolls back unless commit() was called and
    // succeeded. ok() is false when BEGIN failed (the cache is busy).
    //   Cache::Transaction t(cache);
    //   if (!t.ok()) return Status::failure(cache.lastError());
    //   ... writes ...
    //   return t.commit();
    class Transaction
    {
    public:
        explicit Transaction(Cache &cache) : m_cache(cache), m_open(cache.beginTransaction()) {}
        ~Transaction() { if (m_open) m_cache.rollback(); }
        Q_DISABLE_COPY_MOVE(Transaction)
        bool ok() const { return m_open; }
        Status commit()
        {
            if (!m_open)
                return Status::failure(m_cache.lastError());
            m_open = false;
            if (!m_cache.commit()) {
                m_cache.rollback();
                return Status::failure(m_cache.lastError());
            }
            return succeeded();
        }
    private:
        Cache &m_cache;
        bool m_open;
    };

    // Idempotent upserts: a record whose raw JSON is unchanged is left alone.
    // Return false on a database error (see lastError()).
    bool upsertAuthor(const Author &author, const QString &fetchedAt = nowUtc());
    bool upsertWork(const Work &work, const QString &fetchedAt = nowUtc());
    // A slim work was fetched with select= (a reference or a citing work):
    // it never overwrites a full record, and a full record replaces it.
    bool upsertSlimWork(const Work &work, const QString &fetchedAt = nowUtc());
    bool upsertInstitution(const Institution &institution, const QString &fetchedAt = nowUtc());
    bool upsertSource(const Source &source, const QString &fetchedAt = nowUtc());
    bool upsertTopic(const Topic &topic, const QString &fetchedAt = nowUtc());
    // Marks an entity as fetched now without changing its content (a sync
    // that found it unchanged).
    bool touchFetched(const QString &id, const QString &fetchedAt = nowUtc());
    bool addAuthorAlias(const QString &aliasId, const QString &authorId);
    QString lastError() const { return m_lastError; }
    // Whether the last statement that failed on this connection failed for
    // a reason that running its transaction again can cure: on a server, a
    // deadlock or a serialization failure between clients writing the same
    // rows at once (SQLSTATE 40P01, 40001). Cleared when a transaction begins.
    bool lastFailureIsTransient() const { return m_lastFailureTransient; }
    // What to tell a user whose write failed, after the error itself: on a
    // team server, that the server may be gone, that what was committed
    // before stays, and to run the command again once it answers (empty
    // for a file, whose errors say what to do themselves).
    QString writeFailureAdvice() const;
    // Records why a statement failed (every failure path of this class and
    // of Sql calls it).
    void noteFailure(const QSqlError &error) const;

    // Reads.
    std::optional<Author> author(const QString &id) const;
    std::optional<Work> work(const QString &id) const;
    std::optional<Institution> institution(const QString &id) const;
    QString fetchedAt(const QString &id) const;
    // The ID to show for id: follows OpenAlex merges (301 aliases) and the
    // user's own merges of a record into a person.
    QString resolveAlias(const QString &id) const;
    // Only OpenAlex's own merges: the record to fetch for id (sync uses this,
    // so syncing a record the user merged still refreshes that record).
    QString resolveOpenAlexAlias(const QString &id) const;
    // Works of the person (identity corrections applied).
    QStringList authorWorkIds(const QString &authorId) const;
    // The first of the work's authors (corrections applied) whose profile is
    // cached; empty if none is.
    QString cachedPersonOfWork(const QString &workId) const;
    // Works OpenAlex credits to this one record, corrections ignored (sync).
    QStringList recordWorkIds(const QString &authorId) const;
    QList<Work> worksOfAuthor(const QString &authorId) const;
    QList<CoauthorStat> coauthors(const QString &authorId) const;
    QList<AuthorSummary> searchAuthors(const QString &text, int limit = 50) const;
    // Cached authors whose name or alternative name equals text, accents and
    // case folded.
    QList<AuthorSummary> authorsNamed(const QString &text) const;
    std::optional<AuthorSummary> authorSummary(const QString &id) const;
    QString authorIdForOrcid(const QString &orcid) const;
    // Any author record at all (a new cache has none).
    bool hasAuthors() const;
    // Cached works matching what a user typed, best first (worksearch.cpp).
    QStringList searchWorks(const QString &text, int limit = 200) const;
    // Brings what keeps searchWorks() fast at scale up to date if works
    // changed since: the term statistics and the title lists of frequent
    // terms. Usually only the lists of terms in titles written since are
    // ranked again (milliseconds); when the cache grew or shrank by a tenth,
    // every term is counted again (seconds at a million works). Run it on a
    // worker after a sync or an import; until then searchWorks() answers the
    // same works, more slowly.
    struct SearchRefresh {
        bool full = false; // every term counted again
        int lists = 0;     // title lists ranked
    };
    bool refreshSearchIndex(SearchRefresh *report = nullptr);
    // Whether that was done since works last changed.
    bool searchIndexIsCurrent() const;
    // The person's works whose title, abstract, venue or authors contain
    // every word of text as a prefix: the publications table's text filter
    // (unranked, so a common word costs no scoring of every match).
    QStringList personWorksMatching(const QString &personId, const QString &text) const;
    QHash<QString, qint64> rowCounts() const;


private:
    friend class Sql; // models/cache/sql.h: the one way the query classes run SQL
    friend class CacheInspector; // tests/support/cacheinspector.h: tests and benchmarks look at rows directly
    // The connection: only Sql, Cache itself and CacheInspector reach it.
    QSqlDatabase database() const;
    bool exec(const QString &sql);
    // A statement prepared once per connection and reused by the writers.
    class QSqlQuery &prepared(const QString &sql);
    // The same for a string literal, found by its address: the writers run
    // tens of statements per work, and comparing their text was measurable.
    class QSqlQuery &prepared(const char *literal);
    // Indexes the works whose rows this transaction wrote (see upsertWork).
    bool flushWorksFts();
    // The terms of the titles a literal statement selects (bound to value),
    // kept while any title list exists (worksearch.cpp).
    bool noteListedTitleTerms(const char *selectTitles, const QString &value);
    // Marks the kept terms that have a title list as dirty.
    bool markListedTitleTermsDirty();
    void endTransaction();
    bool fail(const class QSqlQuery &query);
    // Binds values in order and executes; false (and lastError()) on failure.
    bool run(QSqlQuery &query, std::initializer_list<QVariant> values);
    bool runValues(QSqlQuery &query, const QVariantList &values);
    template <typename Values>
    bool bindAndRun(QSqlQuery &query, const Values &values);
    enum class WorkDepth { Full, Slim };
    bool writeWork(const Work &work, const QString &fetchedAt, WorkDepth depth);
    bool migrate();
    bool configure();
    OpenStatus openServer(const StorageLocation &location, OpenMode mode);
    // sql (written for SQLite) as this connection's backend runs it.
    QString sqlFor(const QString &sql) const;
    // searchWorks() on PostgreSQL: the works_fts table's tsvector column.
    QStringList searchWorksOnServer(const QStringList &words, int limit) const;
    struct SearchGenerations {
        qint64 works = -1;      // bumped by every transaction that writes works_fts
        qint64 statistics = -1; // what the search statistics were built from
    };
    SearchGenerations searchGenerations() const;
    // Works holding term (every term with that prefix), anywhere and in
    // titles, from the statistics.
    struct TermDocuments {
        qint64 anywhere = 1;
        qint64 inTitles = 1;
    };
    TermDocuments termDocuments(const QString &term, bool prefix) const;
    // The rank function, with each phrase's document count, for terms (the
    // tokens of each word, in MATCH order). known: the counts looked up so
    // far in this search (its stages ask for the same terms again).
    QString rankingFor(const QList<QStringList> &terms, bool prefixLast, bool titleOnly,
                       QHash<QString, TermDocuments> &known) const;
    OpenStatus recreateDamaged(const QString &problem);
    OpenStatus prepareOpened();
    bool ensureStubInstitution(const InstitutionRef &ref);
    bool ensureStubSource(const Work &work);
    bool ensureStubTopic(const TopicShare &topic);

    // Bulk writes (bulkwrites.cpp). The rows around a work or an author
    // (authorships, topics, references, stubs, search rows ...): on a file
    // each runs now, as one prepared statement; on a server, inside a
    // transaction, they wait and go per table in multi-row statements, in
    // key order, when the transaction commits, another statement of this
    // connection runs through Sql (which may read them), or enough wait.
    // The work and author rows themselves run at once: whether they were
    // new or changed decides what follows.
    bool bulkDeferred() const { return m_backend == Backend::PostgreSql && m_inTransaction; }
    // One row of oneRow (a one-row INSERT literal, or UPDATE ... FROM
    // (VALUES (...))), keyed by its first keyColumns values.
    bool addRow(const char *oneRow, int keyColumns, bulkrows::SameKey same, std::initializer_list<QVariant> values);
    // oneKey ends in "= ?": run for key. Before every waiting row (a DELETE
    // of what the rows replace) or after them (an UPDATE of what they wrote).
    enum class KeyPhase { BeforeRows, AfterRows };
    bool forKey(const char *oneKey, KeyPhase phase, const QVariantList &fixed, const QVariant &key);
    // Sends what waits; false (and lastError()) when the server refused.
    bool flushBulkRows();
    // The same from a read of this connection: its own writes must show.
    bool settleBulkRows() const
    {
        return (m_bulk.empty() && m_bulkKeys.empty() && m_bulkWorks.empty() && m_bulkAuthors.empty())
               || const_cast<Cache *>(this)->flushBulkRows();
    }
    // Before writing entity id again in one transaction: what waits of its
    // earlier write goes first, so a DELETE of its rows finds them.
    bool beforeEntity(const QString &id);
    struct BulkTable {
        const char *oneRow = nullptr;
        int keyColumns = 1;
        bulkrows::SameKey same = bulkrows::SameKey::KeepAll;
        QList<QVariantList> rows;
    };
    struct BulkKeys {
        const char *oneKey = nullptr;
        KeyPhase phase = KeyPhase::BeforeRows;
        QVariantList fixed;
        QVariantList keys;
    };
    bool runBulkStatement(const QString &sql, bool keep, const QVariantList &values);
    // The parents, waiting on a server like the rows (bulkwrites.cpp).
    static const char *const kInsertWork;
    static const char *const kUpsertAuthor;
    // Sent anyway once this many rows and parents wait: a transaction of
    // 2,000 works holds some 100,000 rows, their QVariants tens of MB.
    static constexpr qsizetype kBulkMaxWaiting = 40000;
    struct BulkWork {
        Work work;
        QString fetchedAt;
        WorkDepth depth;
    };
    struct BulkAuthor {
        Author author;
        QString fetchedAt;
    };
    QVariantList workValues(const Work &w, const QString &fetchedAt, WorkDepth depth);
    QVariantList authorValues(const Author &a, const QString &fetchedAt);
    // What follows a parent's own statement: its rows when it was new or
    // changed (row: its rowid), on either backend.
    bool writeWorkRows(const Work &w, const QString &fetchedAt, WorkDepth depth, bool isNew, qint64 row);
    bool writeAuthorRows(const Author &a, qint64 row);
    // Sends the waiting parents in multi-row statements, in ID order, and
    // queues what follows each; their IDs with rowids, as returned.
    bool sendBulkParents(const char *oneRow, qsizetype parents, const std::function<QVariantList(qsizetype)> &valuesOf,
                         QHash<QString, qint64> *written);
    std::vector<BulkWork> m_bulkWorks;
    std::vector<BulkAuthor> m_bulkAuthors;
    bool m_bulkFlushing = false;
    // In the order first used: a table's rows may refer to an earlier one's
    // (authorship_institutions to authorships).
    std::vector<BulkTable> m_bulk;
    std::vector<BulkKeys> m_bulkKeys;
    QSet<QString> m_bulkEntities;
    qsizetype m_bulkRowCount = 0;

    QString m_connectionName;
    QString m_path;
    Backend m_backend = Backend::Sqlite;
    QString m_actor;
    // Statements as rewritten for PostgreSQL (dialect.h), by their SQLite text.
    mutable QHash<QString, QString> m_dialectSql;
    // Rows the last Sql::exec() changed (on SQLite, sqlite3_changes() says).
    int m_changes = 0;
    QString m_error;
    QString m_movedAside;
    mutable QString m_lastError;
    std::map<QString, QSqlQuery> m_statements; // node-based: references stay valid
    std::unordered_map<const char *, QSqlQuery> m_literalStatements; // node-based too
    QSqlQuery m_unprepared;
    sqlite3 *m_handle = nullptr; // this connection's, for interrupt()
    std::function<bool()> m_stopWhen; // see interruptWhen()
    // works_fts's tokenizer, set where peerscope_rank is registered.
    std::unique_ptr<ftsranking::Tokenizer> m_tokenizer;
    bool m_inTransaction = false;
    mutable bool m_lastFailureTransient = false;
    // Works written in this transaction whose works_fts rows are not
    // written yet, and the stubs this transaction already wrote as given.
    QList<qint64> m_ftsPendingWorks;
    // Whether any title list exists (asked once a transaction), and the
    // title terms this transaction wrote or replaced.
    std::optional<bool> m_titleListsExist;
    QSet<QString> m_changedTitleTerms;
    QHash<QString, InstitutionRef> m_stubInstitutions;
    QHash<QString, TopicShare> m_stubTopics;
    QSet<QString> m_stubSources;
};

} // namespace peerscope
