#include "sync/authorsync.h"

#include "cache/cache.h"
#include "cache/eventqueries.h"
#include "openalex/ids.h"
#include "openalex/openalexparser.h"
#include "sync/syncstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaObject>

#include <QLocale>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcSync, "peerscope.sync", QtWarningMsg)

namespace peerscope {

namespace {

const QString kWorkFields = QStringLiteral("id,updated_date,cited_by_count");
// A first sync knows no co-authors yet: distinct new co-authors per work, a
// guess on the high side of OpenAlex's average (about five authors a work,
// many of them repeating).
constexpr int kCoauthorsPerWorkGuess = 3;
// Depth 2 before any co-author profile is cached: works per co-author.
constexpr int kWorksPerCoauthorGuess = 20;
constexpr int kMaxRedirects = 3;

// The ID a 301 for a merged record points to.
QString survivorOf(const ApiResult &moved)
{
    return ids::normalizeOpenAlexId(QUrl(moved.location).path().section(u'/', -1));
}

int pagesFor(int items, int perPage)
{
    return items <= 0 ? 0 : (items + perPage - 1) / perPage;
}

} // namespace

double SyncEstimate::costUsd() const
{
    return listCalls() * OpenAlexClient::priceUsd(CallCost::List);
}

QString formatUsd(double usd)
{
    if (usd < 0)
        return QStringLiteral("?");
    // A list call costs $0.0001: four decimals below a dollar, two above.
    return QStringLiteral("$") + QLocale::c().toString(usd, 'f', usd >= 1.0 || usd == 0.0 ? 2 : 4);
}

QString describeEstimate(const SyncEstimate &e)
{
    if (e.unchanged)
        return AuthorSync::tr("The author looks unchanged since the last sync: no list call, nothing to pay (1 free call).");
    QStringList parts;
    parts << AuthorSync::tr("works list: %n call(s)", nullptr, e.worksPages);
    if (e.incremental)
        parts << AuthorSync::tr("changed works: up to %n call(s)", nullptr, e.changedBatches);
    parts << (e.coauthorsGuessed ? AuthorSync::tr("co-author profiles: about %n call(s)", nullptr, e.coauthorBatches)
                                 : AuthorSync::tr("co-author profiles: %n call(s)", nullptr, e.coauthorBatches));
    if (e.coauthorWorkCalls > 0)
        parts << AuthorSync::tr("co-authors' works: about %n call(s)", nullptr, e.coauthorWorkCalls);
    return AuthorSync::tr("Estimated cost: %n list call(s), %1 (%2 works; %3). Single records are free.", nullptr, e.listCalls())
        .arg(formatUsd(e.costUsd())).arg(e.works).arg(parts.join(QStringLiteral("; ")));
}

QString describeBudget(const BudgetStatus &b, const QDateTime &now)
{
    if (!b.known)
        return {};
    QString text;
    if (b.spent)
        text = AuthorSync::tr("OpenAlex budget spent for today");
    else if (b.remainingUsd >= 0 && b.dailyBudgetUsd > 0)
        text = AuthorSync::tr("OpenAlex: %1 of %2 left today").arg(formatUsd(b.remainingUsd), formatUsd(b.dailyBudgetUsd));
    else if (b.remainingUsd >= 0)
        text = AuthorSync::tr("OpenAlex: %1 left today").arg(formatUsd(b.remainingUsd));
    else
        return {};
    if (b.prepaidRemainingUsd > 0)
        text += AuthorSync::tr(" (+ %1 prepaid)").arg(formatUsd(b.prepaidRemainingUsd));
    if (b.resetsAt.isValid()) {
        const qint64 minutes = qMax<qint64>(0, now.secsTo(b.resetsAt) / 60);
        const QString in = minutes >= 60 ? AuthorSync::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                                         : AuthorSync::tr("%1 min").arg(minutes);
        text += AuthorSync::tr(", resets %1 UTC (in %2)").arg(b.resetsAt.toUTC().toString(QStringLiteral("HH:mm")), in);
    }
    return text;
}

QString describePhase(SyncProgress::Phase phase)
{
    switch (phase) {
    case SyncProgress::Phase::Author: return AuthorSync::tr("profile");
    case SyncProgress::Phase::Works: return AuthorSync::tr("works");
    case SyncProgress::Phase::FullAuthorLists: return AuthorSync::tr("full author lists");
    case SyncProgress::Phase::Coauthors: return AuthorSync::tr("co-author profiles");
    case SyncProgress::Phase::CoauthorWorks: return AuthorSync::tr("co-authors' works");
    case SyncProgress::Phase::Finishing: return AuthorSync::tr("finishing");
    }
    return {};
}

QString describeProgress(const SyncProgress &p)
{
    return AuthorSync::tr("%1 %2 of %3 · %n API call(s), %4", nullptr, p.callsUsed)
        .arg(describePhase(p.phase)).arg(p.done).arg(p.total).arg(formatUsd(p.costUsd));
}

AuthorSync::AuthorSync(Cache *cache, OpenAlexClient *client, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_client(client)
    , m_writer(*cache)
{
    connect(m_client, &OpenAlexClient::waitingForRateLimit, this, &AuthorSync::waitingForRateLimit);
}

AuthorSync::~AuthorSync()
{
    m_client->cancel(this);
}

void AuthorSync::report(SyncProgress::Phase phase, int done, int total)
{
    emit progress(SyncProgress{phase, done, total, m_calls, m_cost});
}

void AuthorSync::request(const QString &path, const OpenAlexClient::Query &query, std::function<void(const ApiResult &)> handler)
{
    m_client->get(path, query, this, [this, handler = std::move(handler)](const ApiResult &r) {
        m_calls += r.attempts;
        m_cost += r.costUsd;
        if (r.ok() && r.cost != CallCost::Free)
            ++m_listCalls;
        handler(r);
    });
}

bool AuthorSync::stopped() const
{
    return !m_running || m_cancelled.load();
}

void AuthorSync::cancel()
{
    m_cancelled = true;
    // The client belongs to this object's thread; finish there.
    QMetaObject::invokeMethod(this, [this] {
        if (!m_running)
            return;
        m_client->cancel(this);
        done(SyncResult::Status::Cancelled, tr("The sync was cancelled. Everything written so far is consistent; "
                                               "the next sync completes it."));
    }, Qt::QueuedConnection);
}

void AuthorSync::start(const SyncOptions &options)
{
    if (m_running)
        return;
    m_options = options;
    m_options.depth = qBound(1, options.depth, 2);
    m_cancelled = false;
    m_running = true;
    m_calls = 0;
    m_listCalls = 0;
    m_cost = 0;
    m_redirects = 0;
    m_awaitingConfirmation = false;
    m_author = Author();
    m_mergedFrom.clear();
    m_hadPrior = false;
    m_writer.reset();
    m_seen.clear();
    m_listedChanges.clear();
    m_truncated.clear();
    m_coauthorBatches.clear();
    m_coauthorWorkAuthors.clear();
    m_pending = 0;
    m_result = SyncResult();

    const QString orcid = ids::normalizeOrcid(options.author);
    const QString id = ids::kindOf(options.author) == EntityKind::Author ? ids::normalizeOpenAlexId(options.author) : QString();
    if (id.isEmpty() && orcid.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] {
            done(SyncResult::Status::BadInput, tr("'%1' is not an OpenAlex author ID or an ORCID.").arg(m_options.author));
        }, Qt::QueuedConnection);
        return;
    }
    report(SyncProgress::Phase::Author, 0, 1);
    if (!id.isEmpty()) {
        // A locally known merge: ask for the survivor directly.
        m_requested = m_cache->resolveOpenAlexAlias(id);
        fetchAuthor(QStringLiteral("/authors/") + m_requested);
        return;
    }
    const QString known = m_cache->authorIdForOrcid(orcid);
    m_requested = known;
    fetchAuthor(known.isEmpty() ? QStringLiteral("/authors/orcid:") + orcid : QStringLiteral("/authors/") + known);
}

void AuthorSync::proceed()
{
    QMetaObject::invokeMethod(this, [this] {
        if (!m_running || !m_awaitingConfirmation)
            return;
        m_awaitingConfirmation = false;
        startListing();
    }, Qt::QueuedConnection);
}

void AuthorSync::fetchAuthor(const QString &path)
{
    request(path, {}, [this](const ApiResult &r) { onAuthor(r); });
}

SyncEstimate AuthorSync::estimate(const syncstore::SyncState &state) const
{
    SyncEstimate e;
    e.works = m_author.worksCount;
    e.incremental = state.complete && !m_options.force;
    e.worksPages = qMax(1, pagesFor(m_author.worksCount, kPageSize));
    const QSet<QString> known = syncstore::coauthorIds(*m_cache, m_author.id);
    int stale = 0;
    for (const QString &id : known)
        stale += syncstore::isStale(*m_cache, id, m_options.ttlDays) ? 1 : 0;
    // Works OpenAlex has that the cache does not: each may bring new co-authors.
    const int added = qMax(0, m_author.worksCount - int(m_cache->recordWorkIds(m_author.id).size()));
    if (e.incremental)
        // New works, plus one batch for works whose citations moved.
        e.changedBatches = pagesFor(added, kBatchSize) + (m_author.citedByCount != state.citedByCount ? 1 : 0);
    e.coauthorBatches = pagesFor(stale + added * kCoauthorsPerWorkGuess, kBatchSize);
    e.coauthorsGuessed = added > 0;
    if (m_options.depth >= 2) {
        // One page chain per group of co-authors, their works at 100 a page.
        const int coauthors = known.isEmpty() ? m_author.worksCount * kCoauthorsPerWorkGuess : int(known.size());
        int works = 0;
        for (const QString &id : known)
            if (const std::optional<AuthorSummary> s = m_cache->authorSummary(id))
                works += s->worksCount;
        if (works == 0)
            works = coauthors * kWorksPerCoauthorGuess;
        e.coauthorWorkCalls = pagesFor(coauthors, kBatchSize) + pagesFor(works, kPageSize);
        e.coauthorsGuessed = e.coauthorsGuessed || known.isEmpty();
    }
    return e;
}

void AuthorSync::onAuthor(const ApiResult &result)
{
    if (stopped())
        return;
    if (result.status == ApiResult::Status::Moved) {
        const QString survivor = survivorOf(result);
        if (survivor.isEmpty() || ++m_redirects > 3) {
            done(SyncResult::Status::ApiError, tr("OpenAlex redirected the author to an unexpected address."));
            return;
        }
        const QString old = m_requested;
        qCInfo(lcSync) << "author" << old << "was merged into" << survivor;
        if (!old.isEmpty()) {
            if (!written(m_writer.recordMerge(old, survivor, true)))
                return;
            if (m_mergedFrom.isEmpty())
                m_mergedFrom = old;
        }
        m_requested = survivor;
        fetchAuthor(QStringLiteral("/authors/") + survivor);
        return;
    }
    if (!result.ok()) {
        fail(result);
        return;
    }
    const QString unreadable = tr("OpenAlex sent an author record that could not be read: %1");
    openalex::ParsedDocument doc;
    if (!parsePage(result.body, &doc, unreadable))
        return;
    if (doc.authors.isEmpty()) {
        done(SyncResult::Status::ApiError, unreadable.arg(QString()));
        return;
    }
    m_author = doc.authors.first();
    m_result.authorId = m_author.id;
    if (!m_requested.isEmpty() && m_requested != m_author.id && m_redirects == 0) {
        // An ORCID lookup or an alias that the server answered with another ID.
        if (!written(m_writer.recordMerge(m_requested, m_author.id, false)))
            return;
        m_mergedFrom = m_requested;
    }
    m_result.mergedFrom = m_mergedFrom;

    const syncstore::SyncState state = syncstore::loadState(*m_cache, m_author.id);
    const bool unchanged = state.complete && !m_options.force && state.depth >= m_options.depth
                           && state.authorUpdatedDate == m_author.updatedDate && state.worksCount == m_author.worksCount
                           && state.citedByCount == m_author.citedByCount && m_cache->authorSummary(m_author.id).has_value();
    SyncEstimate e;
    if (unchanged)
        e.unchanged = true;
    else
        e = estimate(state);
    m_result.estimate = e;
    emit estimated(e);
    if (m_options.dryRun) {
        report(SyncProgress::Phase::Finishing, 1, 1);
        done(SyncResult::Status::Estimated);
        return;
    }
    if (unchanged) {
        if (!written(m_writer.touchUnchanged(m_author.id)))
            return;
        report(SyncProgress::Phase::Finishing, 1, 1);
        done(SyncResult::Status::Unchanged);
        return;
    }

    m_hadPrior = !state.lastSyncedAt.isEmpty();
    m_listIncremental = state.complete && !m_options.force;
    const BudgetStatus budget = m_client->budget();
    if (m_options.confirmShare >= 0 && budget.known && budget.remainingUsd >= 0 && !budget.spent
        && e.costUsd() > m_options.confirmShare * budget.remainingUsd) {
        m_awaitingConfirmation = true;
        emit confirmationNeeded(e, budget);
        return;
    }
    startListing();
}

void AuthorSync::startListing()
{
    if (stopped())
        return;
    if (!written(m_writer.startAuthor(m_author, m_hadPrior)))
        return;
    report(SyncProgress::Phase::Author, 1, 1);

    // A completed earlier sync lets us list only IDs and dates; otherwise
    // (first sync, or one that was interrupted) the full records are listed.
    m_pageNumber = 0;
    listWorks(m_listIncremental ? Listing::Changes : Listing::Full, QStringLiteral("*"));
}

void AuthorSync::listWorks(Listing listing, const QString &cursor)
{
    QString filter;
    if (listing == Listing::CoauthorWorks)
        filter = QStringLiteral("author.id:") + m_coauthorWorkAuthors.first();
    else
        filter = QStringLiteral("author.id:") + m_author.id;
    OpenAlexClient::Query query{{QStringLiteral("filter"), filter},
                                {QStringLiteral("per_page"), QString::number(kPageSize)},
                                {QStringLiteral("cursor"), cursor}};
    if (listing == Listing::Changes)
        query.append({QStringLiteral("select"), kWorkFields});
    request(QStringLiteral("/works"), query, [this, listing, cursor](const ApiResult &r) { onWorksPage(listing, cursor, r); });
}

void AuthorSync::onWorksPage(Listing listing, const QString &cursor, const ApiResult &result)
{
    if (stopped())
        return;
    if (!result.ok()) {
        fail(result);
        return;
    }
    ++m_pageNumber;
    openalex::ListMeta meta;
    int results = 0;
    if (listing == Listing::Changes) {
        // Partial records: kept apart, never written over full ones.
        const QJsonObject root = QJsonDocument::fromJson(result.body).object();
        meta = openalex::parseMeta(root.value(QLatin1String("meta")).toObject());
        const QJsonArray items = root.value(QLatin1String("results")).toArray();
        results = int(items.size());
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const QString id = ids::normalizeOpenAlexId(o.value(QLatin1String("id")).toString());
            if (id.isEmpty()) {
                ++m_result.skipped;
                continue;
            }
            m_listedChanges.insert(id, {o.value(QLatin1String("updated_date")).toString(),
                                            o.value(QLatin1String("cited_by_count")).toInt()});
        }
        m_listedTotal = meta.count;
        report(SyncProgress::Phase::Works, int(m_listedChanges.size()), qMax(meta.count, int(m_listedChanges.size())));
    } else {
        openalex::ParsedDocument doc;
        if (!parsePage(result.body, &doc, tr("OpenAlex sent a works page that could not be read: %1")))
            return;
        meta = doc.meta;
        results = int(doc.works.size()) + doc.skipped;
        m_result.skipped += doc.skipped;
        const bool root = listing == Listing::Full;
        QList<Work> fresh;
        for (const Work &w : std::as_const(doc.works)) {
            if (root) {
                if (m_seen.contains(w.id))
                    continue; // cursor pages may repeat a record
                m_seen.insert(w.id);
            }
            fresh << w;
        }
        if (!writeWorks(fresh, root ? SyncWriter::WorkSource::AuthorList : SyncWriter::WorkSource::CoauthorList))
            return;
        if (root)
            report(SyncProgress::Phase::Works, int(m_seen.size()), qMax(meta.count, int(m_seen.size())));
        else
            report(SyncProgress::Phase::CoauthorWorks, m_coauthorsTotal - int(m_coauthorWorkAuthors.size()), m_coauthorsTotal);
    }
    // A null cursor, an empty page, or a cursor that does not move ends the list.
    if (results == 0 || meta.nextCursor.isEmpty() || meta.nextCursor == cursor) {
        worksListed(listing);
        return;
    }
    listWorks(listing, meta.nextCursor);
}

void AuthorSync::worksListed(Listing listing)
{
    switch (listing) {
    case Listing::Full:
        if (!recordDepartures(m_seen) || stopped())
            return;
        fetchTruncated();
        return;
    case Listing::Changes: {
        const QStringList changed = m_writer.changedWorks(m_listedChanges);
        QSet<QString> listed;
        for (auto it = m_listedChanges.cbegin(); it != m_listedChanges.cend(); ++it)
            listed.insert(it.key());
        m_seen = listed;
        if (!recordDepartures(listed) || stopped())
            return;
        fetchChangedWorks(changed);
        return;
    }
    case Listing::CoauthorWorks:
        m_coauthorWorkAuthors.removeFirst();
        if (m_coauthorWorkAuthors.isEmpty()) {
            finish();
            return;
        }
        listWorks(Listing::CoauthorWorks, QStringLiteral("*"));
        return;
    }
}

void AuthorSync::fetchChangedWorks(const QStringList &ids)
{
    if (ids.isEmpty()) {
        fetchTruncated();
        return;
    }
    fetchBatches(QStringLiteral("/works"), ids, SyncProgress::Phase::Works,
                 tr("OpenAlex sent a works page that could not be read: %1"),
                 [this](const openalex::ParsedDocument &doc) {
                     return writeWorks(doc.works, SyncWriter::WorkSource::AuthorList) ? int(doc.works.size()) : -1;
                 },
                 [this] { fetchTruncated(); });
}

bool AuthorSync::recordDepartures(const QSet<QString> &listed)
{
    const Read<int> departed = m_writer.recordDepartures(listed);
    if (!departed) {
        failCache(departed.error());
        return false;
    }
    if (*departed > 0)
        emit committed(m_author.id);
    return true;
}

void AuthorSync::fetchTruncated()
{
    if (stopped())
        return;
    m_truncated.removeDuplicates();
    if (m_truncated.isEmpty()) {
        fetchCoauthors();
        return;
    }
    const QStringList ids = std::exchange(m_truncated, {});
    m_pending = int(ids.size());
    const int total = m_pending;
    report(SyncProgress::Phase::FullAuthorLists, 0, total);
    for (const QString &id : ids) {
        fetchSingleWork(id, 0, [this, total] {
            --m_pending;
            report(SyncProgress::Phase::FullAuthorLists, total - m_pending, total);
            if (m_pending == 0)
                fetchCoauthors();
        });
    }
}

void AuthorSync::fetchSingleWork(const QString &id, int redirects, std::function<void()> next)
{
    request(QStringLiteral("/works/") + id, {}, [this, id, redirects, next](const ApiResult &r) {
        if (stopped())
            return;
        if (r.status == ApiResult::Status::Moved) {
            // A merged work: OpenAlex points to the survivor, which is fetched
            // in its place; the old record stays, marked as departed.
            const QString survivor = survivorOf(r);
            if (survivor.isEmpty() || survivor == id || redirects >= kMaxRedirects) {
                done(SyncResult::Status::ApiError, tr("OpenAlex redirected the work %1 to an unexpected address.").arg(id));
                return;
            }
            qCInfo(lcSync) << "work" << id << "was merged into" << survivor;
            if (!written(m_writer.recordMergedWork(id)))
                return;
            m_seen.insert(survivor);
            fetchSingleWork(survivor, redirects + 1, next);
            return;
        }
        if (!r.ok()) {
            fail(r);
            return;
        }
        const QString unreadable = tr("OpenAlex sent a work that could not be read: %1");
        openalex::ParsedDocument doc;
        if (!parsePage(r.body, &doc, unreadable))
            return;
        if (doc.works.isEmpty()) {
            // A record without a usable id: counted, the sync goes on.
            ++m_result.skipped;
            next();
            return;
        }
        if (!writeWorks(doc.works, SyncWriter::WorkSource::Single))
            return;
        next();
    });
}

void AuthorSync::fetchCoauthors()
{
    if (stopped())
        return;
    QStringList wanted;
    const QSet<QString> all = syncstore::coauthorIds(*m_cache, m_author.id);
    for (const QString &id : all)
        if (ids::kindOf(id) == EntityKind::Author && syncstore::isStale(*m_cache, id, m_options.ttlDays))
            wanted << id;
    wanted.sort();
    m_coauthorsTotal = int(wanted.size());
    if (wanted.isEmpty()) {
        listCoauthorWorks();
        return;
    }
    report(SyncProgress::Phase::Coauthors, 0, int(wanted.size()));
    fetchBatches(QStringLiteral("/authors"), wanted, SyncProgress::Phase::Coauthors,
                 tr("OpenAlex sent an author page that could not be read: %1"),
                 [this](const openalex::ParsedDocument &doc) {
                     return written(m_writer.writeCoauthors(doc.authors)) ? int(doc.authors.size()) : -1;
                 },
                 [this] { listCoauthorWorks(); });
}

bool AuthorSync::parsePage(const QByteArray &body, openalex::ParsedDocument *doc, const QString &unreadable)
{
    openalex::ParseError parseError;
    if (openalex::parseDocument(body, doc, &parseError))
        return true;
    done(SyncResult::Status::ApiError, unreadable.arg(parseError.message));
    return false;
}

void AuthorSync::fetchBatches(const QString &path, const QStringList &ids, SyncProgress::Phase phase, const QString &unreadable,
                              std::function<int(const openalex::ParsedDocument &)> write, std::function<void()> next)
{
    m_pending = 0;
    const int total = int(ids.size());
    auto written = std::make_shared<int>(0);
    for (int i = 0; i < ids.size(); i += kBatchSize) {
        const QStringList batch = ids.mid(i, kBatchSize);
        ++m_pending;
        request(path,
                {{QStringLiteral("filter"), QStringLiteral("openalex:") + batch.join(u'|')},
                 {QStringLiteral("per_page"), QString::number(kBatchSize)}},
                [this, total, written, phase, unreadable, write, next](const ApiResult &r) {
                          if (stopped())
                              return;
                          if (!r.ok()) {
                              fail(r);
                              return;
                          }
                          openalex::ParsedDocument doc;
                          if (!parsePage(r.body, &doc, unreadable))
                              return;
                          m_result.skipped += doc.skipped;
                          const int n = write(doc);
                          if (n < 0)
                              return; // write() reported why
                          *written += n;
                          report(phase, *written, total);
                          if (--m_pending == 0)
                              next();
                      });
    }
}

void AuthorSync::listCoauthorWorks()
{
    if (stopped())
        return;
    if (m_options.depth < 2) {
        finish();
        return;
    }
    // One listing per group of co-authors: an OR filter costs one page
    // chain instead of one per person.
    QStringList all = syncstore::coauthorIds(*m_cache, m_author.id).values();
    all.sort();
    m_coauthorWorkAuthors.clear();
    for (int i = 0; i < all.size(); i += kBatchSize)
        m_coauthorWorkAuthors << all.mid(i, kBatchSize).join(u'|');
    m_coauthorsTotal = int(m_coauthorWorkAuthors.size());
    if (m_coauthorWorkAuthors.isEmpty()) {
        finish();
        return;
    }
    listWorks(Listing::CoauthorWorks, QStringLiteral("*"));
}

void AuthorSync::finish()
{
    if (stopped())
        return;
    report(SyncProgress::Phase::Finishing, 0, 1);
    if (!written(m_writer.finish(m_author, m_options.depth)))
        return;
    announceFinished();
    report(SyncProgress::Phase::Finishing, 1, 1);
    done(SyncResult::Status::Ok);
}

void AuthorSync::announceFinished()
{
    // Other windows showing this author reload it (SharedEventWatcher). In
    // a transaction of its own, after the sync's last one: SyncWriter owns
    // those. The sync itself is complete by now, so a failure here costs
    // the others a live refresh only, never the sync.
    Cache::Transaction t(*m_cache);
    const Status s = t.ok() ? EventQueries(*m_cache).record(QStringLiteral("sync"), m_author.id, QStringLiteral("complete"))
                            : Status::failure(m_cache->lastError());
    const Status committed = s ? t.commit() : s;
    if (!committed)
        qCWarning(lcSync) << "could not tell other clients that" << m_author.id << "was synced:" << committed.error();
}

bool AuthorSync::written(const Status &status)
{
    if (!status) {
        failCache(status.error());
        return false;
    }
    emit committed(m_author.id);
    return true;
}

bool AuthorSync::writeWorks(const QList<Work> &works, SyncWriter::WorkSource source)
{
    if (works.isEmpty())
        return true;
    const Read<QStringList> truncated = m_writer.writeWorks(works, source);
    if (!written(truncated.ok() ? succeeded() : Status::failureOf(truncated)))
        return false;
    m_truncated << *truncated;
    return true;
}

void AuthorSync::fail(const ApiResult &result)
{
    m_result.apiStatus = result.status;
    m_client->cancel(this);
    done(result.status == ApiResult::Status::NotFound && m_author.id.isEmpty() ? SyncResult::Status::NotFound
                                                                               : SyncResult::Status::ApiError,
         result.error);
}

void AuthorSync::failCache(const QString &what)
{
    m_client->cancel(this);
    done(SyncResult::Status::CacheError, tr("Could not write to the cache: %1").arg(what.trimmed()) + m_cache->writeFailureAdvice());
}

void AuthorSync::done(SyncResult::Status status, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_result.status = status;
    m_result.error = error;
    m_result.callsUsed = m_calls;
    m_result.listCalls = m_listCalls;
    m_result.costUsd = m_cost;
    if (m_result.authorId.isEmpty())
        m_result.authorId = m_author.id;
    m_result.mergedFrom = m_mergedFrom;
    m_result.changes = m_writer.changes();
    m_result.worksWritten = m_writer.worksWritten();
    m_result.coauthorsWritten = m_writer.coauthorsWritten();
    qCInfo(lcSync) << "sync of" << m_result.authorId << "ended" << int(status) << "after" << m_result.callsUsed << "calls";
    emit finished(m_result);
}

} // namespace peerscope
