#include "cache/cache.h"

#include "cache/authorqueries.h"
#include "cache/ftsranking.h"
#include "cache/personworks.h"
#include "cache/schema.h"
#include "cache/sqlitehandle.h"
#include "cache/storagelocation.h"
#include "cache/workqueries.h"
#include "core/text.h"
#include "openalex/ids.h"
#include "openalex/openalexparser.h"

#include <QAtomicInt>

#include <algorithm>
#include <QDateTime>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcCache, "peerscope.cache", QtWarningMsg)

namespace peerscope {

namespace {

QAtomicInt s_connectionCounter;


QVariant nullable(const QString &s) { return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s); }
QVariant nullableInt(int v) { return v < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(v); }

// An institution's lineage as stored: a compact JSON array of bare IDs, the
// text schema v5's migration derives from raw JSON (json_group_array).
QString lineageText(const QStringList &lineage)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(lineage)).toJson(QJsonDocument::Compact));
}

// A file that is not empty and does not start with the SQLite header is not a
// database we can open; SQLite itself would only say "file is not a database".
bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return true; // unreadable: let SQLite report the real problem
    if (f.size() == 0)
        return true;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString joinedAuthors(const Work &w)
{
    QStringList names;
    names.reserve(w.authorships.size());
    for (const Authorship &a : w.authorships)
        names << a.authorName;
    // Never NULL (the column is NOT NULL): a work may list no authors.
    return names.isEmpty() ? QStringLiteral("") : names.join(QStringLiteral("; "));
}

} // namespace

Cache::Cache()
    : m_connectionName(QStringLiteral("peerscope-cache-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Cache::~Cache()
{
    close();
}

QString Cache::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("peerscope.sqlite"));
}

QString Cache::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QSqlDatabase Cache::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Cache::isOpen() const
{
    return database().isOpen();
}

QString Cache::displayPath() const
{
    return StorageLocation::parse(m_path).display();
}

QString Cache::writeFailureAdvice() const
{
    if (m_backend != Backend::PostgreSql)
        return {};
    return QCoreApplication::translate("peerscope::Cache", "\nThe team server %1 may be down or out of reach: everything written before this step is kept, and nothing "
              "half-written is. Run the same command again once the server answers; it goes on where this one stopped.")
        .arg(displayPath());
}

QString Cache::sqlFor(const QString &sql) const
{
    if (m_backend == Backend::Sqlite)
        return sql;
    auto it = m_dialectSql.constFind(sql);
    if (it == m_dialectSql.constEnd())
        it = m_dialectSql.insert(sql, dialect::statement(m_backend, sql));
    return it.value();
}

void Cache::close()
{
    m_handle = nullptr;
    m_changes = 0;
    m_tokenizer.reset();
    m_statements.clear();
    m_literalStatements.clear();
    endTransaction();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Cache::OpenStatus Cache::open(const QString &path, OpenMode mode)
{
    close();
    m_path = path;
    m_error.clear();
    m_movedAside.clear();
    m_backend = Backend::Sqlite;
    m_dialectSql.clear();
    if (StorageLocation::isServerUri(path))
        return openServer(StorageLocation::parse(path), mode);

    if (mode == OpenMode::Secondary) {
        // The primary connection checked, recovered and migrated this file;
        // a worker's connection only needs the same settings. (quick_check
        // reads the whole file: seconds on a large cache, per connection.)
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!QFileInfo::exists(path) || !db.open() || !configure()) {
            m_error = QObject::tr("Cannot open the cache %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text());
            close();
            return OpenStatus::Failed;
        }
        if (schemaVersion() != schema::latestVersion()) {
            m_error = QObject::tr("The cache %1 is not ready (schema %2).").arg(QDir::toNativeSeparators(path)).arg(schemaVersion());
            close();
            return OpenStatus::Failed;
        }
        return OpenStatus::Ok;
    }

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = QObject::tr("Cannot create the folder %1 for the cache. Choose another location with --db.")
                      .arg(QDir::toNativeSeparators(info.absolutePath()));
        return OpenStatus::ReadOnly;
    }
    const bool existed = info.exists();
    if (existed && !info.isFile()) {
        m_error = QObject::tr("%1 is not a file. Choose a cache file path with --db.").arg(QDir::toNativeSeparators(path));
        return OpenStatus::Failed;
    }
    if ((existed && !info.isWritable()) || !QFileInfo(info.absolutePath()).isWritable()) {
        m_error = QObject::tr("The cache %1 is read-only. Make the file and its folder writable, or choose another cache with --db.")
                      .arg(QDir::toNativeSeparators(path));
        return OpenStatus::ReadOnly;
    }

    auto tryOpen = [&](QString *problem) -> bool {
        if (!looksLikeSqlite(path)) {
            *problem = QObject::tr("not an SQLite database");
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            *problem = db.lastError().text();
            return false;
        }
        if (mode == OpenMode::PrimaryCheckLater) {
            // The header and the schema pages only: a damaged first page or
            // schema is found here, the rest by integrityProblem() later.
            QSqlQuery schema(db);
            if (!schema.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !schema.next()) {
                *problem = schema.lastError().text();
                return false;
            }
            return true;
        }
        *problem = integrityProblem();
        return problem->isEmpty();
    };

    QString problem;
    if (!tryOpen(&problem)) {
        close();
        if (!existed) {
            m_error = QObject::tr("Cannot create the cache %1: %2").arg(QDir::toNativeSeparators(path), problem);
            return OpenStatus::Failed;
        }
        return recreateDamaged(problem);
    }
    return prepareOpened();
}

Cache::OpenStatus Cache::openServer(const StorageLocation &location, OpenMode mode)
{
    m_backend = Backend::PostgreSql;
    const QString shown = location.display();
    if (!location.isValid()) {
        m_error = QObject::tr("The team server address %1 cannot be used: %2.").arg(shown, location.problem());
        return OpenStatus::Failed;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error = QObject::tr("Cannot reach the team server %1: Qt's PostgreSQL driver is not installed "
                              "(on Debian: the package libqt6sql6-psql).")
                      .arg(shown);
        return OpenStatus::Failed;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        // Left unset, libpq's own defaults apply (PGHOST, PGPORT, PGUSER,
        // the local socket), and without a password it reads PGPASSWORD
        // or ~/.pgpass itself.
        if (!location.host().isEmpty())
            db.setHostName(location.host());
        if (location.port() >= 0)
            db.setPort(location.port());
        if (!location.user().isEmpty())
            db.setUserName(location.user());
        if (!location.password().isEmpty())
            db.setPassword(location.password());
        db.setDatabaseName(location.databaseName());
        db.setConnectOptions(location.connectOptions());
        if (!db.open()) {
            // libpq's words name the host and the user, never the password.
            const QString why = db.lastError().text();
            db = QSqlDatabase(); // let go of the handle: close() removes the connection
            close();
            m_error = QObject::tr("Cannot connect to the team server %1: %2").arg(shown, why);
            return OpenStatus::Failed;
        }
    }
    if (!configure()) {
        const QString why = m_lastError;
        close();
        m_error = QObject::tr("Cannot use the team server %1: %2").arg(shown, why);
        return OpenStatus::Failed;
    }
    const int version = schemaVersion();
    if (mode == OpenMode::Secondary) {
        // The primary connection migrated the database.
        if (version != schema::latestVersion()) {
            close();
            m_error = QObject::tr("The team database %1 is not ready (schema %2).").arg(shown).arg(version);
            return OpenStatus::Failed;
        }
        return OpenStatus::Ok;
    }
    if (version > schema::latestVersion()) {
        close();
        m_error = QObject::tr("The team database %1 was prepared by a newer Peerscope (schema %2, this version knows %3). "
                              "Update Peerscope.")
                      .arg(shown).arg(version).arg(schema::latestVersion());
        return OpenStatus::TooNew;
    }
    if (version < 0 || !migrate()) {
        const QString why = m_lastError;
        close();
        m_error = QObject::tr("Cannot prepare the team database %1: %2").arg(shown, why);
        return OpenStatus::Failed;
    }
    return OpenStatus::Ok;
}

Cache::OpenStatus Cache::recoverDamaged(const QString &problem)
{
    const QString path = m_path;
    close();
    m_path = path;
    m_error.clear();
    m_movedAside.clear();
    return recreateDamaged(problem);
}

QString Cache::integrityProblem() const
{
    // A server checks and recovers its own data (WAL replay after a crash).
    if (m_backend == Backend::PostgreSql)
        return {};
    QSqlQuery check(database());
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()) {
        // Interrupted, or the cache busy: that says nothing about the file.
        const int code = check.lastError().nativeErrorCode().toInt();
        if (code == SQLITE_INTERRUPT || code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_NOMEM)
            return {};
        return check.lastError().isValid() ? check.lastError().text() : QStringLiteral("quick_check gave no result");
    }
    const QString verdict = check.value(0).toString();
    return verdict == QLatin1String("ok") ? QString() : verdict;
}

void Cache::interrupt() const
{
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

void Cache::interruptWhen(std::function<bool()> stop)
{
    m_stopWhen = std::move(stop);
    if (!m_handle)
        return;
    if (!m_stopWhen) {
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        m_handle, 1000, [](void *cache) { return static_cast<const Cache *>(cache)->m_stopWhen() ? 1 : 0; }, this);
}

Cache::OpenStatus Cache::recreateDamaged(const QString &damage)
{
    const QString path = m_path;
    QString problem = damage;
    {
        // Never delete a damaged cache: move it (and its WAL) aside.
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString aside = path + QStringLiteral(".damaged-") + stamp;
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = path + QStringLiteral(".damaged-") + stamp + u'-' + QString::number(n);
        if (!QFile::rename(path, aside)) {
            m_error = QObject::tr("The cache %1 is damaged (%2) and could not be moved aside. Move it away by hand or choose another cache with --db.")
                          .arg(QDir::toNativeSeparators(path), problem);
            return OpenStatus::Corrupt;
        }
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString side = path + QLatin1String(suffix);
            if (QFileInfo::exists(side))
                QFile::rename(side, aside + QLatin1String(suffix));
        }
        m_movedAside = aside;
        qCWarning(lcCache) << "damaged cache moved aside:" << problem << aside;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString why = db.lastError().text();
            close();
            m_error = QObject::tr("Cannot create a fresh cache at %1: %2").arg(QDir::toNativeSeparators(path), why);
            return OpenStatus::Failed;
        }
        m_error = QObject::tr("The cache was damaged (%1). It was moved to %2 and a fresh cache was created; sync or import again to fill it.")
                      .arg(problem, QDir::toNativeSeparators(aside));
    }
    return prepareOpened();
}

Cache::OpenStatus Cache::prepareOpened()
{
    const QString path = m_path;

    const int version = schemaVersion();
    if (version > schema::latestVersion()) {
        close();
        m_error = QObject::tr("The cache %1 was written by a newer Peerscope (schema %2, this version knows %3). Update Peerscope or choose another cache with --db.")
                      .arg(QDir::toNativeSeparators(path)).arg(version).arg(schema::latestVersion());
        return OpenStatus::TooNew;
    }
    if (!configure() || !migrate()) {
        const QString why = m_lastError;
        close();
        m_error = QObject::tr("Cannot prepare the cache %1: %2").arg(QDir::toNativeSeparators(path), why);
        return OpenStatus::Failed;
    }
    return m_movedAside.isEmpty() ? OpenStatus::Ok : OpenStatus::Recovered;
}

bool Cache::configure()
{
    if (m_backend == Backend::PostgreSql) {
        // No PRAGMAs, no SQLite handle, no FTS5 tokenizer: the server keeps
        // its own journal and foreign keys, and ranks with ts_rank.
        m_handle = nullptr;
        m_tokenizer.reset();
        // Who this client is to the others: the role it logged in as.
        QSqlQuery who(database());
        if (!who.exec(QStringLiteral("SELECT session_user")) || !who.next())
            return fail(who);
        m_actor = who.value(0).toString();
        return true;
    }
    m_actor.clear();
    // WAL lets the UI read while a sync writes; NORMAL is durable across
    // application crashes, which is what a cache needs.
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return fail(q);
    if (!exec(QStringLiteral("PRAGMA synchronous=NORMAL")) || !exec(QStringLiteral("PRAGMA foreign_keys=ON"))
        || !exec(QStringLiteral("PRAGMA busy_timeout=10000")))
        return false;
    m_handle = sqlitehandle::of(database());
    // The works search ranks with bm25() where this fails (worksearch.cpp).
    m_tokenizer = ftsranking::install(database());
    if (!m_tokenizer)
        qCInfo(lcCache) << "peerscope_rank unavailable: the works search ranks with bm25()";
    return true;
}

int Cache::schemaVersion() const
{
    if (const QString kept = dialect::schemaVersionKept(m_backend); !kept.isEmpty()) {
        QSqlQuery q(database());
        if (!q.exec(kept) || !q.next()) {
            m_lastError = q.lastError().text();
            return -1;
        }
        if (!q.value(0).toBool())
            return 0; // a database no Peerscope has prepared yet
    }
    QSqlQuery q(database());
    if (!q.exec(dialect::schemaVersionQuery(m_backend)) || !q.next()) {
        m_lastError = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool Cache::migrate()
{
    int current = schemaVersion();
    if (current >= schema::latestVersion())
        return true;
    if (!beginTransaction())
        return false;
    if (m_backend == Backend::PostgreSql) {
        // Two clients opening a new team database at once: the second waits
        // here for the first to commit, then finds the schema ready.
        // The lock's key is any constant of ours (the issue's number).
        if (!exec(QStringLiteral("SELECT pg_advisory_xact_lock(1919)"))) {
            rollback();
            return false;
        }
        current = schemaVersion();
        if (current < 0) {
            rollback();
            return false;
        }
        if (current >= schema::latestVersion())
            return commit();
        // The schema belongs to the database's owner, whoever of the team
        // creates or upgrades it: as the owner role (when this login is a
        // member of it) every member keeps its rights to every table,
        // including those a later version adds. Undone at the commit.
        if (!exec(QStringLiteral("DO 'BEGIN IF pg_has_role((SELECT pg_get_userbyid(datdba) FROM pg_database "
                                 "WHERE datname = current_database()), ''MEMBER'') THEN EXECUTE format(''SET LOCAL ROLE %I'', "
                                 "(SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database())); "
                                 "END IF; END'"))) {
            rollback();
            return false;
        }
    }
    if (current == 0) {
        for (const QString &statement : dialect::setupStatements(m_backend)) {
            if (!exec(statement)) {
                rollback();
                return false;
            }
        }
    }
    for (const schema::Migration &m : schema::migrations()) {
        if (m.version <= current)
            continue;
        qCInfo(lcCache) << "migrating to schema" << m.version << m.description;
        for (const schema::Statement &statement : m.statements) {
            using On = schema::Statement::On;
            if (statement.on != On::Both && (statement.on == On::Sqlite) != (m_backend == Backend::Sqlite))
                continue;
            for (const QString &sql : dialect::schemaStatements(m_backend, QString::fromUtf8(statement.sql))) {
                if (!exec(sql)) {
                    rollback();
                    return false;
                }
            }
        }
        // PRAGMA takes no bound values; the version is one of our constants.
        if (!exec(dialect::schemaVersionUpdate(m_backend, m.version))) {
            rollback();
            return false;
        }
    }
    return commit();
}

QSqlQuery &Cache::prepared(const QString &sql)
{
    // Preparing costs more than running these small statements: ingest
    // spent most of its time in SQLite's parser before they were kept.
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        it->second.finish();
        return it->second;
    }
    QSqlQuery q(database());
    if (!q.prepare(sqlFor(sql))) {
        m_unprepared = std::move(q);
        return m_unprepared;
    }
    return m_statements.emplace(sql, std::move(q)).first->second;
}

QSqlQuery &Cache::prepared(const char *literal)
{
    auto it = m_literalStatements.find(literal);
    if (it != m_literalStatements.end()) {
        it->second.finish();
        return it->second;
    }
    QSqlQuery q(database());
    if (!q.prepare(sqlFor(QString::fromUtf8(literal)))) {
        m_unprepared = std::move(q);
        return m_unprepared;
    }
    return m_literalStatements.emplace(literal, std::move(q)).first->second;
}

bool Cache::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sqlFor(sql)))
        return fail(q);
    return true;
}

void Cache::noteFailure(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    m_lastFailureTransient = m_backend == Backend::PostgreSql
                             && (state == QLatin1String("40P01") || state == QLatin1String("40001"));
}

bool Cache::fail(const QSqlQuery &query)
{
    noteFailure(query.lastError());
    m_lastError = query.lastError().text();
    // Interrupted on purpose (interruptWhen()): not worth a warning.
    if (query.lastError().nativeErrorCode().toInt() == SQLITE_INTERRUPT)
        qCDebug(lcCache) << "interrupted:" << query.lastQuery().left(200);
    else
        qCWarning(lcCache) << "SQL error:" << m_lastError << query.lastQuery().left(200);
    return false;
}

template <typename Values>
bool Cache::bindAndRun(QSqlQuery &query, const Values &values)
{
    for (const QVariant &v : values) {
        // QtSql binds a null QString as SQL NULL, and the parser gives one
        // for every absent or null text ("title": null). NULL only where
        // nullable() asked for it (a null QVariant); any other missing text
        // is '', which the NOT NULL columns accept.
        if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(m_backend == Backend::Sqlite ? v : dialect::boundValue(v));
    }
    return query.exec() || fail(query);
}

bool Cache::run(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    return bindAndRun(query, values);
}

bool Cache::runValues(QSqlQuery &query, const QVariantList &values)
{
    return bindAndRun(query, values);
}

bool Cache::beginTransaction()
{
    endTransaction();
    m_lastFailureTransient = false;
    // BEGIN IMMEDIATE takes the write lock now, so a busy cache fails here
    // (after busy_timeout) instead of half-way through a page.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    m_inTransaction = true;
    return true;
}

bool Cache::commit()
{
    // The search rows go in with the rest of the page, in the same transaction.
    if (!flushBulkRows() || !flushWorksFts() || !exec(QStringLiteral("COMMIT")))
        return false;
    endTransaction();
    return true;
}

void Cache::rollback()
{
    endTransaction();
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK"));
}

void Cache::endTransaction()
{
    m_inTransaction = false;
    m_ftsPendingWorks.clear();
    m_titleListsExist.reset();
    m_changedTitleTerms.clear();
    m_stubInstitutions.clear();
    m_stubTopics.clear();
    m_stubSources.clear();
    m_bulk.clear();
    m_bulkKeys.clear();
    m_bulkWorks.clear();
    m_bulkAuthors.clear();
    m_bulkEntities.clear();
    m_bulkRowCount = 0;
}

bool Cache::flushWorksFts()
{
    // FTS5 (3.40) writes its in-memory index to disk at every statement
    // savepoint, and every multi-row statement of a transaction opens one:
    // a works_fts row inserted per work left a tiny index segment per work
    // to merge (half of ingest's time in perf). One INSERT ... SELECT per
    // transaction, in rowid order, builds the index in memory instead.
    if (m_ftsPendingWorks.isEmpty())
        return true;
    std::sort(m_ftsPendingWorks.begin(), m_ftsPendingWorks.end());
    m_ftsPendingWorks.erase(std::unique(m_ftsPendingWorks.begin(), m_ftsPendingWorks.end()), m_ftsPendingWorks.end());
    QByteArray rowids;
    rowids.reserve(m_ftsPendingWorks.size() * 8 + 2);
    rowids += '[';
    for (qsizetype i = 0; i < m_ftsPendingWorks.size(); ++i) {
        if (i)
            rowids += ',';
        rowids += QByteArray::number(m_ftsPendingWorks.at(i));
    }
    rowids += ']';
    QSqlQuery &fts = prepared(
        "INSERT INTO works_fts (rowid, title, abstract, venue, authors) "
        "SELECT w.rowid, w.title, w.abstract, w.venue, w.authors_display "
        "FROM json_each(?) j JOIN works w ON w.rowid = CAST(j.value AS BIGINT) ORDER BY w.rowid");
    if (!run(fts, {QString::fromLatin1(rowids)}))
        return false;
    fts.finish();
    // Marks the search statistics stale, and the title lists of the terms in
    // these titles (worksearch.cpp).
    if (!noteListedTitleTerms("SELECT w.title FROM json_each(?) j JOIN works w ON w.rowid = j.value", QString::fromLatin1(rowids))
        || !markListedTitleTermsDirty()
        || !run(prepared("UPDATE search_state SET value = value + 1 WHERE name = 'works_fts_generation'"), {}))
        return false;
    m_ftsPendingWorks.clear();
    return true;
}

// ---------------------------------------------------------------- writes ---

// The statements of the two parents, one row each (bulkwrites.cpp repeats
// their VALUES for many). Each returns the rows it wrote, with their IDs so
// that a multi-row one says which.
const char *const Cache::kInsertWork =
    "INSERT INTO works (id, doi, title, publication_year, publication_date, type, language, source_id, venue, "
    "volume, issue, first_page, last_page, cited_by_count, is_oa, oa_status, oa_url, landing_page_url, pdf_url, "
    "abstract, arxiv_id, is_retracted, authors_truncated, author_count, authors_display, updated_date, raw_json, fetched_at, "
    "fwci, citation_percentile, is_slim, reference_count) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO NOTHING RETURNING rowid, id";
const char *const Cache::kUpsertAuthor =
    "INSERT INTO authors (id, display_name, orcid, scopus, works_count, cited_by_count, h_index, i10_index, "
    "two_yr_mean_citedness, last_institution_id, updated_date, created_date, raw_json, fetched_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, orcid = excluded.orcid, "
    "scopus = excluded.scopus, works_count = excluded.works_count, cited_by_count = excluded.cited_by_count, "
    "h_index = excluded.h_index, i10_index = excluded.i10_index, two_yr_mean_citedness = excluded.two_yr_mean_citedness, "
    "last_institution_id = excluded.last_institution_id, updated_date = excluded.updated_date, "
    "created_date = excluded.created_date, raw_json = excluded.raw_json, fetched_at = excluded.fetched_at "
    "WHERE authors.raw_json IS NOT excluded.raw_json RETURNING rowid, id";

bool Cache::ensureStubInstitution(const InstitutionRef &ref)
{
    if (ref.id.isEmpty())
        return true;
    // The same stub again in this transaction (we hold the write lock): the
    // statement below would change nothing, so it is not run.
    const auto seen = m_stubInstitutions.constFind(ref.id);
    if (m_inTransaction && seen != m_stubInstitutions.cend() && seen->name == ref.name && seen->ror == ref.ror
        && seen->countryCode == ref.countryCode && seen->type == ref.type && seen->lineage == ref.lineage)
        return true;
    // Several stubs of one institution in one statement: the last one's
    // names, as running them in turn would leave.
    if (!addRow("INSERT INTO institutions (id, display_name, ror, country_code, type, is_stub) VALUES (?, ?, ?, ?, ?, 1) "
                "ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, ror = excluded.ror, "
                "country_code = excluded.country_code, type = excluded.type "
                "WHERE institutions.is_stub = 1 AND (institutions.display_name IS NOT excluded.display_name "
                "OR institutions.ror IS NOT excluded.ror OR institutions.country_code IS NOT excluded.country_code)",
                1, bulkrows::SameKey::LastWins, {ref.id, ref.name, nullable(ref.ror), nullable(ref.countryCode), nullable(ref.type)}))
        return false;
    // The lineage holds for full records too (the stub update above leaves
    // them alone); a reference without one keeps what is known. Written as
    // an UPDATE from a VALUES list so that a server updates many at once.
    if (!ref.lineage.isEmpty()
        && !addRow("UPDATE institutions SET lineage = v.column2 FROM (VALUES (?, ?)) AS v "
                   "WHERE institutions.id = v.column1 AND institutions.lineage IS NOT v.column2",
                   1, bulkrows::SameKey::LastWins, {ref.id, lineageText(ref.lineage)}))
        return false;
    if (m_inTransaction)
        m_stubInstitutions.insert(ref.id, ref);
    return true;
}

bool Cache::ensureStubSource(const Work &work)
{
    if (work.sourceId.isEmpty() || (m_inTransaction && m_stubSources.contains(work.sourceId)))
        return true;
    if (!addRow("INSERT INTO sources (id, display_name, issn_l, type, publisher, is_stub) VALUES (?, ?, ?, ?, ?, 1) "
                "ON CONFLICT(id) DO NOTHING",
                1, bulkrows::SameKey::KeepAll, {work.sourceId, work.sourceName, nullable(work.issnL), nullable(work.sourceType), nullable(work.publisher)}))
        return false;
    if (m_inTransaction)
        m_stubSources.insert(work.sourceId);
    return true;
}

bool Cache::ensureStubTopic(const TopicShare &topic)
{
    const auto seen = m_stubTopics.constFind(topic.id);
    if (m_inTransaction && seen != m_stubTopics.cend() && seen->name == topic.name && seen->subfield == topic.subfield
        && seen->field == topic.field && seen->domain == topic.domain)
        return true;
    if (!addRow("INSERT INTO topics (id, display_name, subfield, field, domain, is_stub) VALUES (?, ?, ?, ?, ?, 1) "
                "ON CONFLICT(id) DO UPDATE SET subfield = COALESCE(topics.subfield, excluded.subfield), "
                "field = COALESCE(topics.field, excluded.field), domain = COALESCE(topics.domain, excluded.domain) "
                "WHERE topics.is_stub = 1 AND ((topics.subfield IS NULL AND excluded.subfield IS NOT NULL) "
                "OR (topics.field IS NULL AND excluded.field IS NOT NULL) OR (topics.domain IS NULL AND excluded.domain IS NOT NULL))",
                1, bulkrows::SameKey::FirstFilled, {topic.id, topic.name, nullable(topic.subfield), nullable(topic.field), nullable(topic.domain)}))
        return false;
    if (m_inTransaction)
        m_stubTopics.insert(topic.id, topic);
    return true;
}

bool Cache::upsertAuthor(const Author &a, const QString &fetchedAt)
{
    if (!a.isValid()) {
        m_lastError = QStringLiteral("author without an id");
        return false;
    }
    if (!beforeEntity(a.id))
        return false;
    // On a server the author waits for the others of its transaction: one
    // multi-row upsert says which of them were new or changed.
    if (bulkDeferred()) {
        m_bulkAuthors.push_back({a, fetchedAt});
        return ++m_bulkRowCount < kBulkMaxWaiting || flushBulkRows();
    }
    QSqlQuery &q = prepared(kUpsertAuthor);
    if (!runValues(q, authorValues(a, fetchedAt)))
        return false;
    // No row back: unchanged.
    if (!q.next())
        return true;
    const qint64 row = q.value(0).toLongLong();
    q.finish();
    return writeAuthorRows(a, row);
}

QVariantList Cache::authorValues(const Author &a, const QString &fetchedAt)
{
    return {a.id, a.name, nullable(a.orcid), nullable(a.scopus), a.worksCount, a.citedByCount, nullableInt(a.hIndex), nullableInt(a.i10Index), a.twoYearMeanCitedness < 0 ? QVariant(QMetaType(QMetaType::Double)) : QVariant(a.twoYearMeanCitedness), a.lastKnownInstitutions.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.lastKnownInstitutions.first().id), nullable(a.updatedDate), nullable(a.createdDate), QString::fromUtf8(a.rawJson), fetchedAt};
}

bool Cache::writeAuthorRows(const Author &a, qint64 row)
{
    // New or changed: its rows are written again (on a server, the DELETEs
    // for all the authors of a transaction at once, before their rows).
    for (const char *statement : {"DELETE FROM author_alternative_names WHERE author_id = ?",
                                  "DELETE FROM author_name_keys WHERE author_id = ?",
                                  "DELETE FROM author_affiliations WHERE author_id = ?",
                                  "DELETE FROM author_last_institutions WHERE author_id = ?",
                                  "DELETE FROM author_topics WHERE author_id = ?",
                                  "DELETE FROM author_counts_by_year WHERE author_id = ?"}) {
        if (!forKey(statement, KeyPhase::BeforeRows, {}, a.id))
            return false;
    }
    for (const QString &name : a.alternatives) {
        if (!addRow("INSERT OR IGNORE INTO author_alternative_names (author_id, name) VALUES (?, ?)", 2,
                    bulkrows::SameKey::KeepAll, {a.id, name}))
            return false;
    }
    for (const QString &name : QStringList{a.name} + a.alternatives) {
        const QString k = text::nameKey(name);
        if (k.isEmpty())
            continue;
        if (!addRow("INSERT OR IGNORE INTO author_name_keys (author_id, name_key) VALUES (?, ?)", 2, bulkrows::SameKey::KeepAll,
                    {a.id, k}))
            return false;
    }
    for (const Affiliation &af : a.affiliations) {
        if (!ensureStubInstitution(af.institution))
            return false;
        for (int year : af.years) {
            if (!addRow("INSERT OR IGNORE INTO author_affiliations (author_id, institution_id, year) VALUES (?, ?, ?)", 3,
                        bulkrows::SameKey::KeepAll, {a.id, af.institution.id, year}))
                return false;
        }
    }
    for (int i = 0; i < a.lastKnownInstitutions.size(); ++i) {
        if (!ensureStubInstitution(a.lastKnownInstitutions.at(i)))
            return false;
        if (!addRow("INSERT INTO author_last_institutions (author_id, position, institution_id) VALUES (?, ?, ?)", 2,
                    bulkrows::SameKey::KeepAll, {a.id, i, a.lastKnownInstitutions.at(i).id}))
            return false;
    }
    for (int i = 0; i < a.topics.size(); ++i) {
        if (!ensureStubTopic(a.topics.at(i)))
            return false;
        if (!addRow("INSERT INTO author_topics (author_id, position, topic_id, works) VALUES (?, ?, ?, ?)", 2,
                    bulkrows::SameKey::KeepAll, {a.id, i, a.topics.at(i).id, a.topics.at(i).count}))
            return false;
    }
    for (const YearCount &c : a.countsByYear) {
        if (!addRow("INSERT INTO author_counts_by_year (author_id, year, works_count, cited_by_count) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(author_id, year) DO UPDATE SET works_count = excluded.works_count, "
                    "cited_by_count = excluded.cited_by_count",
                    2, bulkrows::SameKey::LastWins, {a.id, c.year, c.works, c.citations}))
            return false;
    }
    return forKey("DELETE FROM authors_fts WHERE rowid = ?", KeyPhase::BeforeRows, {}, row)
           && addRow("INSERT INTO authors_fts (rowid, name, alternatives) VALUES (?, ?, ?)", 1, bulkrows::SameKey::KeepAll,
                     {row, a.name, a.alternatives.join(QStringLiteral("; "))});
}

bool Cache::upsertWork(const Work &work, const QString &fetchedAt)
{
    return writeWork(work, fetchedAt, WorkDepth::Full);
}

bool Cache::upsertSlimWork(const Work &work, const QString &fetchedAt)
{
    return writeWork(work, fetchedAt, WorkDepth::Slim);
}

bool Cache::writeWork(const Work &w, const QString &fetchedAt, WorkDepth depth)
{
    if (!w.isValid()) {
        m_lastError = QStringLiteral("work without an id");
        return false;
    }
    if (!beforeEntity(w.id))
        return false;
    // On a server the work waits for the others of its transaction: one
    // multi-row INSERT says which of them were new.
    if (bulkDeferred()) {
        m_bulkWorks.push_back({w, fetchedAt, depth});
        return ++m_bulkRowCount < kBulkMaxWaiting || flushBulkRows();
    }
    // A new work (every row of a first import) is one INSERT: nothing of it
    // to delete, no search row to replace.
    QSqlQuery &insert = prepared(kInsertWork);
    if (!runValues(insert, workValues(w, fetchedAt, depth)))
        return false;
    const bool isNew = insert.next();
    const qint64 row = isNew ? insert.value(0).toLongLong() : -1;
    insert.finish();
    return writeWorkRows(w, fetchedAt, depth, isNew, row);
}

QVariantList Cache::workValues(const Work &w, const QString &fetchedAt, WorkDepth depth)
{
    const QVariant year = w.publicationYear > 0 ? QVariant(w.publicationYear) : QVariant(QMetaType(QMetaType::Int));
    // The raw JSON goes in as the UTF-8 it arrived in (CAST ... AS TEXT):
    // through a QString it was converted to UTF-16 and back for every work.
    const QVariant raw(w.rawJson);
    const QVariant fwci = w.fwci >= 0 ? QVariant(w.fwci) : QVariant(QMetaType(QMetaType::Double));
    const QVariant percentile = w.citationPercentile >= 0 ? QVariant(w.citationPercentile) : QVariant(QMetaType(QMetaType::Double));
    const int slim = depth == WorkDepth::Slim ? 1 : 0;
    const QVariant referenceCount = w.referencesListed ? QVariant(int(w.referencedWorks.size())) : QVariant(QMetaType(QMetaType::Int));
    return {w.id, nullable(w.doi), w.title, year, nullable(w.publicationDate), nullable(w.type), nullable(w.language), nullable(w.sourceId), nullable(w.sourceName), nullable(w.volume), nullable(w.issue), nullable(w.firstPage), nullable(w.lastPage), w.citedByCount, w.isOa ? 1 : 0, nullable(w.oaStatus), nullable(w.oaUrl), nullable(w.landingPageUrl), nullable(w.pdfUrl), nullable(w.abstract), nullable(w.arxivId), w.isRetracted ? 1 : 0, w.authorsTruncated ? 1 : 0, int(w.authorships.size()), joinedAuthors(w), nullable(w.updatedDate), raw, fetchedAt, fwci, percentile, slim, referenceCount};
}

bool Cache::writeWorkRows(const Work &w, const QString &fetchedAt, WorkDepth depth, bool isNew, qint64 row)
{
    if (!isNew) {
        const QVariantList values = workValues(w, fetchedAt, depth);
        const QVariant &raw = values.at(26);
        const QVariant &slim = values.at(30);
        // Cached already: rewritten only when its raw JSON changed, so
        // importing the same data again writes nothing.
        QSqlQuery &update = prepared(
            "UPDATE works SET doi = ?, title = ?, publication_year = ?, publication_date = ?, type = ?, language = ?, "
            "source_id = ?, venue = ?, volume = ?, issue = ?, first_page = ?, last_page = ?, cited_by_count = ?, is_oa = ?, "
            "oa_status = ?, oa_url = ?, landing_page_url = ?, pdf_url = ?, abstract = ?, arxiv_id = ?, is_retracted = ?, "
            "authors_truncated = ?, author_count = ?, authors_display = ?, updated_date = ?, raw_json = CAST(? AS TEXT), "
            "fetched_at = ?, fwci = ?, citation_percentile = ?, is_slim = ?, reference_count = COALESCE(?, reference_count) "
            "WHERE id = ? AND raw_json IS NOT CAST(? AS TEXT) AND (is_slim = 1 OR ? = 0) RETURNING rowid");
        // The INSERT's values without the ID, then the WHERE's.
        if (!runValues(update, values.mid(1) + QVariantList{w.id, raw, slim}))
            return false;
        if (!update.next())
            return true; // unchanged
        row = update.value(0).toLongLong();
        update.finish();
        for (const char *statement : {"DELETE FROM authorships WHERE work_id = ?", "DELETE FROM work_topics WHERE work_id = ?",
                                      "DELETE FROM work_keywords WHERE work_id = ?", "DELETE FROM work_counts_by_year WHERE work_id = ?"}) {
            if (!forKey(statement, KeyPhase::BeforeRows, {}, w.id))
                return false;
        }
        // Written in an earlier transaction: the old search row goes now, the
        // new one with the others at commit.
        if (!m_ftsPendingWorks.contains(row)) {
            if (!noteListedTitleTerms("SELECT title FROM works_fts WHERE rowid = ?", QString::number(row))
                || !forKey("DELETE FROM works_fts WHERE rowid = ?", KeyPhase::BeforeRows, {}, row))
                return false;
        }
    }

    if (!ensureStubSource(w))
        return false;
    // Each statement's rows are keyed by the table's primary key (the first
    // values): a server gets them in that order (bulkwrites.cpp).
    for (const Authorship &s : w.authorships) {
        if (!addRow("INSERT INTO authorships (work_id, position, author_id, author_name, raw_author_name, orcid, author_position, "
                    "is_corresponding) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    2, bulkrows::SameKey::KeepAll,
                    {w.id, s.position, s.authorId, s.authorName, nullable(s.rawAuthorName), nullable(s.orcid), nullable(s.authorPosition), s.isCorresponding ? 1 : 0}))
            return false;
        for (const InstitutionRef &inst : s.institutions) {
            if (inst.id.isEmpty())
                continue;
            if (!ensureStubInstitution(inst))
                return false;
            if (!addRow("INSERT OR IGNORE INTO authorship_institutions (work_id, position, institution_id) VALUES (?, ?, ?)", 3,
                        bulkrows::SameKey::KeepAll, {w.id, s.position, inst.id}))
                return false;
        }
    }
    for (int i = 0; i < w.topics.size(); ++i) {
        if (!ensureStubTopic(w.topics.at(i)))
            return false;
        if (!addRow("INSERT INTO work_topics (work_id, position, topic_id, score) VALUES (?, ?, ?, ?)", 2, bulkrows::SameKey::KeepAll,
                    {w.id, i, w.topics.at(i).id, w.topics.at(i).score}))
            return false;
    }
    for (const QString &k : w.keywords) {
        if (!addRow("INSERT OR IGNORE INTO work_keywords (work_id, keyword) VALUES (?, ?)", 2, bulkrows::SameKey::KeepAll, {w.id, k}))
            return false;
    }
    for (const YearCount &c : w.countsByYear) {
        if (!addRow("INSERT INTO work_counts_by_year (work_id, year, cited_by_count) VALUES (?, ?, ?) "
                    "ON CONFLICT(work_id, year) DO UPDATE SET cited_by_count = excluded.cited_by_count",
                    2, bulkrows::SameKey::LastWins, {w.id, c.year, c.citations}))
            return false;
    }
    // A record without the list (select= without it) keeps what was known.
    if (w.referencesListed) {
        if (!isNew && !forKey("DELETE FROM work_references WHERE citing_id = ?", KeyPhase::BeforeRows, {}, w.id))
            return false;
        for (const QString &cited : w.referencedWorks) {
            if (!addRow("INSERT OR IGNORE INTO work_references (citing_id, cited_id) VALUES (?, ?)", 2, bulkrows::SameKey::KeepAll,
                        {w.id, cited}))
                return false;
        }
    }

    m_ftsPendingWorks << row;
    // Outside a transaction the statement above was the whole change.
    return m_inTransaction || flushWorksFts();
}

bool Cache::upsertInstitution(const Institution &i, const QString &fetchedAt)
{
    // A full record after stubs of it: in the order they were written.
    if (!flushBulkRows())
        return false;
    if (!i.isValid()) {
        m_lastError = QStringLiteral("institution without an id");
        return false;
    }
    QSqlQuery q(database());
    q.prepare(sqlFor(QStringLiteral(
        "INSERT INTO institutions (id, display_name, ror, country_code, type, homepage_url, works_count, cited_by_count, "
        "is_stub, raw_json, fetched_at, lineage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, ror = excluded.ror, "
        "country_code = excluded.country_code, type = excluded.type, homepage_url = excluded.homepage_url, "
        "works_count = excluded.works_count, cited_by_count = excluded.cited_by_count, is_stub = 0, "
        "raw_json = excluded.raw_json, fetched_at = excluded.fetched_at, "
        "lineage = COALESCE(excluded.lineage, institutions.lineage) "
        "WHERE institutions.raw_json IS NOT excluded.raw_json")));
    return run(q, {i.id, i.name, nullable(i.ror), nullable(i.countryCode), nullable(i.type), nullable(i.homepageUrl), i.worksCount, i.citedByCount, QString::fromUtf8(i.rawJson), fetchedAt,
                   i.lineage.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(lineageText(i.lineage))});
}

bool Cache::upsertSource(const Source &s, const QString &fetchedAt)
{
    // A full record after stubs of it: in the order they were written.
    if (!flushBulkRows())
        return false;
    if (!s.isValid()) {
        m_lastError = QStringLiteral("source without an id");
        return false;
    }
    QSqlQuery q(database());
    q.prepare(sqlFor(QStringLiteral(
        "INSERT INTO sources (id, display_name, issn_l, type, publisher, is_stub, raw_json, fetched_at) "
        "VALUES (?, ?, ?, ?, ?, 0, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, issn_l = excluded.issn_l, "
        "type = excluded.type, publisher = excluded.publisher, is_stub = 0, raw_json = excluded.raw_json, "
        "fetched_at = excluded.fetched_at WHERE sources.raw_json IS NOT excluded.raw_json")));
    return run(q, {s.id, s.name, nullable(s.issnL), nullable(s.type), nullable(s.publisher), QString::fromUtf8(s.rawJson), fetchedAt});
}

bool Cache::upsertTopic(const Topic &t, const QString &fetchedAt)
{
    // A full record after stubs of it: in the order they were written.
    if (!flushBulkRows())
        return false;
    if (!t.isValid()) {
        m_lastError = QStringLiteral("topic without an id");
        return false;
    }
    QSqlQuery q(database());
    q.prepare(sqlFor(QStringLiteral(
        "INSERT INTO topics (id, display_name, subfield, field, domain, is_stub, raw_json, fetched_at) "
        "VALUES (?, ?, ?, ?, ?, 0, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, subfield = excluded.subfield, "
        "field = excluded.field, domain = excluded.domain, is_stub = 0, raw_json = excluded.raw_json, "
        "fetched_at = excluded.fetched_at WHERE topics.raw_json IS NOT excluded.raw_json")));
    return run(q, {t.id, t.name, nullable(t.subfield), nullable(t.field), nullable(t.domain), QString::fromUtf8(t.rawJson), fetchedAt});
}

bool Cache::touchFetched(const QString &id, const QString &fetchedAt)
{
    const char *statement = nullptr;
    switch (ids::kindOf(id)) {
    case EntityKind::Author: statement = "UPDATE authors SET fetched_at = ? WHERE id = ?"; break;
    case EntityKind::Work: statement = "UPDATE works SET fetched_at = ? WHERE id = ?"; break;
    case EntityKind::Institution: statement = "UPDATE institutions SET fetched_at = ? WHERE id = ?"; break;
    case EntityKind::Source: statement = "UPDATE sources SET fetched_at = ? WHERE id = ?"; break;
    case EntityKind::Topic: statement = "UPDATE topics SET fetched_at = ? WHERE id = ?"; break;
    default:
        m_lastError = QStringLiteral("not an entity id: ") + id;
        return false;
    }
    // A sync touches every work it lists: on a server, one UPDATE per page.
    return forKey(statement, KeyPhase::AfterRows, {fetchedAt}, id);
}

bool Cache::addAuthorAlias(const QString &aliasId, const QString &authorId)
{
    if (!flushBulkRows())
        return false;
    QSqlQuery q(database());
    q.prepare(sqlFor(QStringLiteral("INSERT INTO author_aliases (alias_id, author_id, recorded_at) VALUES (?, ?, ?) "
                                    "ON CONFLICT(alias_id) DO UPDATE SET author_id = excluded.author_id "
                                    "WHERE author_aliases.author_id IS NOT excluded.author_id")));
    return run(q, {aliasId, authorId, nowUtc()});
}

// ----------------------------------------------------------------- reads ---

namespace {

QJsonObject rawObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

std::optional<Author> Cache::author(const QString &id) const
{
    const Read<std::optional<Author>> a = AuthorQueries(*this).author(resolveAlias(id));
    m_lastError = a ? QString() : a.error();
    return a.valueOr(std::nullopt);
}

std::optional<Work> Cache::work(const QString &id) const
{
    const Read<std::optional<Work>> w = WorkQueries(*this).work(id);
    m_lastError = w ? QString() : w.error();
    return w.valueOr(std::nullopt);
}

std::optional<Institution> Cache::institution(const QString &id) const
{
    if (!settleBulkRows())
        return std::nullopt;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, display_name, ror, country_code, type, homepage_url, works_count, "
                             "cited_by_count, raw_json FROM institutions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (!q.value(8).isNull())
        return openalex::parseInstitution(rawObject(q.value(8)));
    Institution i;
    i.id = q.value(0).toString();
    i.name = q.value(1).toString();
    i.ror = q.value(2).toString();
    i.countryCode = q.value(3).toString();
    i.type = q.value(4).toString();
    i.homepageUrl = q.value(5).toString();
    i.worksCount = q.value(6).toInt();
    i.citedByCount = q.value(7).toInt();
    return i;
}

QString Cache::fetchedAt(const QString &id) const
{
    QString statement;
    switch (ids::kindOf(id)) {
    case EntityKind::Author: statement = QStringLiteral("SELECT fetched_at FROM authors WHERE id = ?"); break;
    case EntityKind::Work: statement = QStringLiteral("SELECT fetched_at FROM works WHERE id = ?"); break;
    case EntityKind::Institution: statement = QStringLiteral("SELECT fetched_at FROM institutions WHERE id = ?"); break;
    default: return {};
    }
    if (!settleBulkRows())
        return {};
    QSqlQuery q(database());
    q.prepare(statement);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

QString Cache::resolveOpenAlexAlias(const QString &id) const
{
    return AuthorQueries(*this).resolveOpenAlex(id).valueOr(id);
}

QString Cache::resolveAlias(const QString &id) const
{
    return AuthorQueries(*this).resolve(id).valueOr(id);
}

QStringList Cache::authorWorkIds(const QString &authorId) const
{
    return WorkQueries(*this).idsOfPerson(resolveAlias(authorId)).valueOr({});
}

QString Cache::cachedPersonOfWork(const QString &workId) const
{
    if (!settleBulkRows())
        return {};
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT person_id FROM effective_authorships WHERE work_id = ? ORDER BY position LIMIT 200"));
    q.addBindValue(workId);
    if (!q.exec())
        return {};
    QStringList people;
    while (q.next())
        people << q.value(0).toString();
    for (const QString &person : std::as_const(people)) {
        if (authorSummary(person))
            return person;
    }
    return {};
}

QStringList Cache::recordWorkIds(const QString &authorId) const
{
    return WorkQueries(*this).idsOfRecord(authorId).valueOr({});
}

QList<Work> Cache::worksOfAuthor(const QString &authorId) const
{
    // A failed read (disk full for SQLite's sort spill, I/O error) must not
    // look like an author without works: callers check lastError() (new
    // code reads WorkQueries::ofPerson(), which says so itself).
    const Read<QList<Work>> works = WorkQueries(*this).ofPerson(resolveAlias(authorId));
    m_lastError = works ? QString() : works.error();
    return works.valueOr({});
}

QList<CoauthorStat> Cache::coauthors(const QString &authorId) const
{
    return AuthorQueries(*this).coauthors(resolveAlias(authorId)).valueOr({});
}

std::optional<AuthorSummary> Cache::authorSummary(const QString &id) const
{
    const Read<std::optional<AuthorSummary>> s = AuthorQueries(*this).summary(id);
    m_lastError = s ? QString() : s.error();
    return s.valueOr(std::nullopt);
}

QList<AuthorSummary> Cache::searchAuthors(const QString &text, int limit) const
{
    const Read<QList<AuthorSummary>> found = AuthorQueries(*this).search(text, limit);
    m_lastError = found ? QString() : found.error();
    return found.valueOr({});
}

QList<AuthorSummary> Cache::authorsNamed(const QString &text) const
{
    const Read<QList<AuthorSummary>> found = AuthorQueries(*this).named(text);
    m_lastError = found ? QString() : found.error();
    return found.valueOr({});
}

QString Cache::authorIdForOrcid(const QString &orcid) const
{
    return AuthorQueries(*this).idForOrcid(orcid).valueOr({});
}

bool Cache::hasAuthors() const
{
    return AuthorQueries(*this).any().valueOr(false);
}

QStringList Cache::personWorksMatching(const QString &personId, const QString &text) const
{
    const Read<QStringList> ids = WorkQueries(*this).ofPersonMatching(resolveAlias(personId), text);
    m_lastError = ids ? QString() : ids.error();
    return ids.valueOr({});
}

bool Cache::isSharedFile() const
{
    if (m_backend == Backend::PostgreSql)
        return isOpen();
    return !m_path.isEmpty() && m_path != QLatin1String(":memory:") && QFileInfo::exists(m_path);
}

QHash<QString, qint64> Cache::rowCounts() const
{
    QHash<QString, qint64> counts;
    QSqlQuery tables(database());
    const QString listTables = m_backend == Backend::Sqlite
        ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        : QStringLiteral("SELECT table_name FROM information_schema.tables "
                         "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_version'");
    if (!tables.exec(listTables))
        return counts;
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery q(database());
        // Table names come from sqlite_master, quoted as identifiers.
        QString quoted = name;
        quoted.replace(u'"', QStringLiteral("\"\""));
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(quoted)) && q.next())
            counts.insert(name, q.value(0).toLongLong());
    }
    return counts;
}

} // namespace peerscope
