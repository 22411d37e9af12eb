#include "sync/citationsync.h"

#include "cache/cache.h"
#include "openalex/ids.h"
#include "openalex/openalexparser.h"
#include "sync/authorsync.h"

#include <QLoggingCategory>
#include <QMetaObject>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcCitationSync, "peerscope.citationsync", QtWarningMsg)

namespace peerscope {

namespace {

// A seed cited at least this often is listed alone: its pages are full but
// the last, and the works it brings may cover smaller seeds before their turn.
constexpr int kAloneCount = 1000;
// The seeds weighed for each batch: the best this many by their own share
// of unknown citing works.
constexpr qsizetype kCandidates = 1000;
// Batches up to this many records are cut to whole pages (see nextCitingBatch).
constexpr int kPackRecords = 1000;

int pagesFor(int items)
{
    return items <= 0 ? 0 : (items + CitationSync::kPageSize - 1) / CitationSync::kPageSize;
}

bool fatalStatus(ApiResult::Status s)
{
    return s == ApiResult::Status::BudgetSpent || s == ApiResult::Status::Unauthorized
           || s == ApiResult::Status::PlanUpgradeRequired || s == ApiResult::Status::Cancelled;
}

} // namespace

double CitationEstimate::costMinUsd() const
{
    return listCallsMin() * OpenAlexClient::priceUsd(CallCost::List);
}

double CitationEstimate::costMaxUsd() const
{
    return listCallsMax() * OpenAlexClient::priceUsd(CallCost::List);
}

double CitationEstimate::costLikelyUsd() const
{
    return listCallsLikely() * OpenAlexClient::priceUsd(CallCost::List);
}

QString describeCitationEstimate(const CitationEstimate &e)
{
    if (e.seeds == 0)
        return CitationSync::tr("Citations: no works of this author are cached yet, so there is nothing to estimate; "
                                "the citation sync runs after the works are synced.");
    QStringList parts;
    parts << CitationSync::tr("references: %n list call(s) for %1 works not cached", nullptr, e.referenceCalls).arg(e.references);
    if (e.heldBackMissing > 0)
        parts << CitationSync::tr("%n reference(s) OpenAlex had no record for in the last 30 days not asked again", nullptr, e.heldBackMissing);
    if (e.seedsToList == 0)
        parts << CitationSync::tr("citing works: nothing to list (%1 seeds up to date, %2 never cited, %3 already complete)")
                     .arg(e.upToDateSeeds).arg(e.uncitedSeeds).arg(e.coveredSeeds);
    else if (e.exact())
        parts << CitationSync::tr("citing works of %n seed(s): %1 list call(s)", nullptr, e.seedsToList).arg(e.citingCallsMin);
    else
        parts << CitationSync::tr("citing works of %n seed(s): about %1 list calls (%2 to %3%4)", nullptr, e.seedsToList)
                     .arg(e.citingCallsLikely).arg(e.citingCallsMin).arg(e.citingCallsMax)
                     .arg(e.unknownCountSeeds > 0 ? QStringLiteral("+") : QString());
    const QString cost = e.listCallsMin() == e.listCallsMax() && e.exact()
                             ? CitationSync::tr("%n list call(s), %1", nullptr, e.listCallsMin()).arg(formatUsd(e.costMinUsd()))
                             : CitationSync::tr("about %1 list calls, %2 (at most %3, %4)")
                                   .arg(e.listCallsLikely()).arg(formatUsd(e.costLikelyUsd()))
                                   .arg(e.listCallsMax()).arg(formatUsd(e.costMaxUsd()));
    return CitationSync::tr("Citations for %n seed work(s): %1 (%2).", nullptr, e.seeds).arg(cost, parts.join(QStringLiteral("; ")));
}

QString describeCitationProgress(const CitationProgress &p)
{
    QString phase;
    switch (p.phase) {
    case CitationProgress::Phase::References: phase = CitationSync::tr("reference batches"); break;
    case CitationProgress::Phase::Citing: phase = CitationSync::tr("seeds' citing works"); break;
    case CitationProgress::Phase::Finishing: phase = CitationSync::tr("finishing"); break;
    }
    return CitationSync::tr("%1 %2 of %3 · %n API call(s), %4", nullptr, p.callsUsed)
        .arg(phase).arg(p.done).arg(p.total).arg(formatUsd(p.costUsd));
}

CitationSync::CitationSync(Cache *cache, OpenAlexClient *client, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_client(client)
    , m_queries(*cache)
{
    connect(m_client, &OpenAlexClient::waitingForRateLimit, this, &CitationSync::waitingForRateLimit);
}

CitationSync::~CitationSync()
{
    m_client->cancel(this);
}

const QString &CitationSync::slimFields()
{
    // What the citation views show of a work that is not the author's.
    static const QString fields = QStringLiteral(
        "id,doi,display_name,title,publication_year,publication_date,type,cited_by_count,fwci,authorships,"
        "primary_location,primary_topic,referenced_works_count,referenced_works,updated_date");
    return fields;
}

Read<QList<CitationSeed>> CitationSync::loadSeeds(const CitationOptions &options) const
{
    if (!options.personId.isEmpty())
        return m_queries.seedsOfPerson(options.personId);
    QStringList ids;
    for (const QString &id : options.workIds) {
        const QString normal = ids::normalizeOpenAlexId(id);
        if (!normal.isEmpty())
            ids << normal;
    }
    return m_queries.seeds(ids);
}

Read<CitationEstimate> CitationSync::estimate(const CitationOptions &options) const
{
    const Read<QList<CitationSeed>> seeds = loadSeeds(options);
    if (!seeds)
        return Read<CitationEstimate>::failureOf(seeds);
    CitationEstimate e;
    e.seeds = int(seeds->size());
    QStringList ids;
    QList<CitationSeed> candidates;
    for (const CitationSeed &s : *seeds) {
        ids << s.id;
        if (s.cached && s.citedByCount <= 0)
            ++e.uncitedSeeds;
        else if (!s.needsListing())
            ++e.upToDateSeeds;
        else
            candidates << s;
    }
    const QString now = Cache::nowUtc();
    if (options.references) {
        const Read<QStringList> refs = m_queries.referencesToFetch(ids, now);
        if (!refs)
            return Read<CitationEstimate>::failureOf(refs);
        const Read<int> held = m_queries.recentlyMissingReferences(ids, now);
        if (!held)
            return Read<CitationEstimate>::failureOf(held);
        e.references = int(refs->size());
        e.referenceCalls = pagesFor(e.references);
        e.heldBackMissing = *held;
    }
    if (options.citing && !candidates.isEmpty()) {
        QStringList candidateIds;
        for (const CitationSeed &s : std::as_const(candidates))
            candidateIds << s.id;
        const Read<QHash<QString, int>> known = m_queries.knownCitingCounts(candidateIds);
        if (!known)
            return Read<CitationEstimate>::failureOf(known);
        int largestRemaining = 0;
        qint64 remaining = 0;
        for (const CitationSeed &s : std::as_const(candidates)) {
            const int k = known->value(s.id);
            if (s.cached && k >= s.citedByCount) {
                ++e.coveredSeeds;
                continue;
            }
            ++e.seedsToList;
            if (!s.cached) {
                ++e.unknownCountSeeds;
                ++e.citingCallsMax;
                largestRemaining = qMax(largestRemaining, 1);
                continue;
            }
            largestRemaining = qMax(largestRemaining, s.citedByCount - k);
            remaining += s.citedByCount - k;
            e.citingCallsMax += pagesFor(s.citedByCount);
        }
        // Every seed's own pages bound it from above; the most-cited seed's
        // unknown citing works must come in some page, which bounds it below.
        e.citingCallsMin = pagesFor(largestRemaining);
        e.citingCallsLikely = qBound(e.citingCallsMin, pagesFor(int(qMin<qint64>(remaining, std::numeric_limits<int>::max()))) + e.unknownCountSeeds,
                                     qMax(e.citingCallsMin, e.citingCallsMax));
    }
    return e;
}

void CitationSync::report(CitationProgress::Phase phase, int done, int total)
{
    emit progress(CitationProgress{phase, done, total, m_calls, m_cost});
}

void CitationSync::request(const QString &path, const OpenAlexClient::Query &query, std::function<void(const ApiResult &)> handler)
{
    m_client->get(path, query, this, [this, handler = std::move(handler)](const ApiResult &r) {
        m_calls += r.attempts;
        m_cost += r.costUsd;
        if (r.ok() && r.cost != CallCost::Free)
            ++m_result.listCalls;
        handler(r);
    });
}

bool CitationSync::stopped() const
{
    return !m_running || m_cancelled.load();
}

void CitationSync::cancel()
{
    m_cancelled = true;
    QMetaObject::invokeMethod(this, [this] {
        if (!m_running)
            return;
        m_client->cancel(this);
        m_result.error = tr("The citation sync was cancelled. Everything written so far is kept; the next run completes it.");
        done(CitationResult::Status::Cancelled);
    }, Qt::QueuedConnection);
}

void CitationSync::start(const CitationOptions &options)
{
    if (m_running)
        return;
    m_options = options;
    m_cancelled = false;
    m_running = true;
    m_now = Cache::nowUtc();
    m_calls = 0;
    m_cost = 0;
    m_result = CitationResult();
    m_seedIds.clear();
    m_toList.clear();
    m_batch.clear();
    m_batchIds.clear();
    m_batchSeen.clear();
    m_citingSeen.clear();
    m_pendingBatches = 0;
    m_referenceBatches = 0;
    m_referenceBatchesDone = 0;
    m_fatal = false;

    QMetaObject::invokeMethod(this, [this] {
        if (stopped())
            return;
        if (m_options.personId.isEmpty() && m_options.workIds.isEmpty()) {
            m_result.error = tr("Name an author or at least one work for the citation sync.");
            done(CitationResult::Status::BadInput);
            return;
        }
        const Read<QList<CitationSeed>> seeds = loadSeeds(m_options);
        if (!seeds) {
            failCache(seeds.error());
            return;
        }
        const Read<CitationEstimate> e = estimate(m_options);
        if (!e) {
            failCache(e.error());
            return;
        }
        m_result.estimate = *e;
        emit estimated(*e);
        if (m_options.dryRun) {
            done(CitationResult::Status::Estimated);
            return;
        }
        for (const CitationSeed &s : *seeds) {
            m_seedIds << s.id;
            if (m_options.citing && s.needsListing())
                m_toList << Seed{s.id, s.cached, s.citedByCount};
        }
        m_seedsToListTotal = int(m_toList.size());
        fetchReferences();
    }, Qt::QueuedConnection);
}

// ---------------------------------------------------------- references ---

void CitationSync::fetchReferences()
{
    if (stopped())
        return;
    if (!m_options.references) {
        referencesDone();
        return;
    }
    const Read<QStringList> ids = m_queries.referencesToFetch(m_seedIds, m_now);
    if (!ids) {
        failCache(ids.error());
        return;
    }
    m_result.referencesAsked = int(ids->size());
    if (ids->isEmpty()) {
        referencesDone();
        return;
    }
    m_referenceBatches = pagesFor(int(ids->size()));
    m_referenceBatchesDone = 0;
    m_pendingBatches = m_referenceBatches;
    report(CitationProgress::Phase::References, 0, m_referenceBatches);
    // All under way together; the client keeps to its rate and concurrency.
    for (qsizetype i = 0; i < ids->size(); i += kBatchSize) {
        const QStringList batch = ids->mid(i, kBatchSize);
        request(QStringLiteral("/works"),
                {{QStringLiteral("filter"), QStringLiteral("openalex:") + batch.join(u'|')},
                 {QStringLiteral("per_page"), QString::number(kBatchSize)},
                 {QStringLiteral("select"), slimFields()}},
                [this, batch](const ApiResult &r) { onReferenceBatch(batch, r); });
    }
}

void CitationSync::onReferenceBatch(const QStringList &batch, const ApiResult &result)
{
    if (stopped())
        return;
    if (result.ok())
        ++m_result.referenceCalls;
    openalex::ParsedDocument doc;
    openalex::ParseError parseError;
    if (!result.ok() || !openalex::parseDocument(result.body, &doc, &parseError)) {
        ++m_result.referenceBatchesFailed;
        ApiResult failed = result;
        if (result.ok()) {
            failed.status = ApiResult::Status::BadResponse;
            failed.error = tr("OpenAlex sent a page of referenced works that could not be read: %1").arg(parseError.message);
        }
        if (noteFailure(failed))
            return;
    } else {
        m_result.skipped += doc.skipped;
        const Status written = m_queries.writeSlimWorks(doc.works, m_now);
        if (!written) {
            failCache(written.error());
            return;
        }
        QSet<QString> returned;
        for (const Work &w : std::as_const(doc.works))
            returned.insert(w.id);
        QStringList missing;
        for (const QString &id : batch)
            if (!returned.contains(id))
                missing << id;
        const Status marked = m_queries.markMissing(missing, m_now);
        if (!marked) {
            failCache(marked.error());
            return;
        }
        m_result.referencesFetched += int(doc.works.size());
        m_result.referencesMissing += int(missing.size());
        emit committed();
    }
    report(CitationProgress::Phase::References, ++m_referenceBatchesDone, m_referenceBatches);
    if (--m_pendingBatches == 0)
        referencesDone();
}

void CitationSync::referencesDone()
{
    if (stopped())
        return;
    if (m_toList.isEmpty()) {
        done(CitationResult::Status::Ok);
        return;
    }
    report(CitationProgress::Phase::Citing, 0, m_seedsToListTotal);
    nextCitingBatch();
}

// ------------------------------------------------------- citing works ---

void CitationSync::nextCitingBatch()
{
    if (stopped())
        return;
    // What earlier batches brought: seeds whose citing works are all known
    // now need no call of their own.
    QStringList pendingIds;
    for (const Seed &s : std::as_const(m_toList))
        pendingIds << s.id;
    const Read<QHash<QString, int>> knownCounts = m_queries.knownCitingCounts(pendingIds);
    if (!knownCounts) {
        failCache(knownCounts.error());
        return;
    }
    QHash<QString, int> covered;
    QList<Seed> open;
    for (const Seed &s : std::as_const(m_toList)) {
        if (s.cached && knownCounts->value(s.id) >= s.count)
            covered.insert(s.id, s.count);
        else
            open << s;
    }
    if (!covered.isEmpty()) {
        const Status marked = m_queries.markCitingListed(covered, m_now);
        if (!marked) {
            failCache(marked.error());
            return;
        }
        m_result.seedsCovered += int(covered.size());
    }
    m_toList = open;
    report(CitationProgress::Phase::Citing, m_seedsToListTotal - int(m_toList.size()), m_seedsToListTotal);
    if (m_toList.isEmpty()) {
        done(m_result.error.isEmpty() ? CitationResult::Status::Ok : CitationResult::Status::ApiError);
        return;
    }

    // The batch, one seed at a time: the seed bringing the most works not yet
    // known per record the listing returns. A listing returns every work
    // citing any of the batch's seeds once, so a seed costs the known works
    // citing it that the batch does not list already, plus its unknown ones.
    // At first nothing is known and this takes the most-cited seeds; later
    // it groups seeds whose known citing works overlap and leaves seeds that
    // would bring little for later, when other batches may have covered them.
    bool anyCached = false;
    for (const Seed &s : std::as_const(m_toList))
        anyCached = anyCached || s.cached;
    // The candidates: the seeds with the best share of unknown citing works
    // on their own (a large author has tens of thousands of seeds; the
    // choice below weighs each candidate against the batch for every pick).
    auto share = [&](const Seed &s) { return s.cached ? double(qMax(0, s.count - knownCounts->value(s.id))) / qMax(1, s.count) : 0.0; };
    std::stable_sort(m_toList.begin(), m_toList.end(), [&](const Seed &a, const Seed &b) {
        if (a.cached != b.cached)
            return a.cached;
        const double sa = share(a), sb = share(b);
        if (sa != sb)
            return sa > sb;
        if (a.count != b.count)
            return a.count > b.count;
        return a.id < b.id;
    });
    QStringList candidateIds;
    for (qsizetype i = 0; i < m_toList.size() && i < kCandidates; ++i)
        candidateIds << m_toList.at(i).id;
    const Read<QHash<QString, QStringList>> citers = m_queries.knownCiters(candidateIds);
    if (!citers) {
        failCache(citers.error());
        return;
    }
    auto remaining = [&](const Seed &s) { return qMax(0, s.count - int(citers->value(s.id).size())); };
    m_batch.clear();
    QSet<QString> listedKnown;  // known works the batch's listing returns
    int newWorks = 0;           // unknown ones it returns, at most
    QList<int> predicted;       // records after each seed
    QList<bool> taken(m_toList.size(), false);
    while (m_batch.size() < kBatchSize) {
        qsizetype best = -1;
        qint64 bestGain = 0, bestCost = 1;
        for (qsizetype i = 0; i < m_toList.size() && i < kCandidates; ++i) {
            const Seed &s = m_toList.at(i);
            if (taken.at(i) || s.cached != anyCached)
                continue;
            // A seed cited thousands of times is listed alone.
            if (!m_batch.isEmpty() && (s.count >= kAloneCount || m_batch.first().count >= kAloneCount))
                continue;
            qint64 gain = 1, cost = 1;
            if (s.cached) {
                gain = remaining(s);
                cost = gain;
                for (const QString &w : citers->value(s.id))
                    cost += listedKnown.contains(w) ? 0 : 1;
                cost = qMax<qint64>(1, cost);
            }
            const bool better = best < 0 || gain * bestCost > bestGain * cost
                                || (gain * bestCost == bestGain * cost && gain > bestGain)
                                || (gain * bestCost == bestGain * cost && gain == bestGain && s.id < m_toList.at(best).id);
            if (better) {
                best = i;
                bestGain = gain;
                bestCost = cost;
            }
        }
        if (best < 0)
            break;
        const Seed &s = m_toList.at(best);
        taken[best] = true;
        m_batch << s;
        if (s.cached) {
            newWorks += remaining(s);
            for (const QString &w : citers->value(s.id))
                listedKnown.insert(w);
        }
        predicted << int(listedKnown.size()) + newWorks;
    }
    // Whole pages: a small batch that runs just past a page boundary leaves
    // its last seeds for a later batch (which may not need them any more)
    // rather than paying a page for a few records.
    const bool othersLeft = m_batch.size() < m_toList.size();
    const int records = predicted.isEmpty() ? 0 : predicted.last();
    if (othersLeft && anyCached && records > kPageSize && records <= kPackRecords) {
        const int whole = records / kPageSize * kPageSize;
        while (m_batch.size() > 1 && predicted.last() > whole) {
            predicted.removeLast();
            m_batch.removeLast();
        }
    }
    QSet<QString> chosen;
    for (const Seed &s : std::as_const(m_batch))
        chosen.insert(s.id);
    QList<Seed> rest;
    for (const Seed &s : std::as_const(m_toList))
        if (!chosen.contains(s.id))
            rest << s;
    m_toList = rest;

    m_batchIds = chosen;
    m_batchRecords = 0;
    m_batchRemaining = 0;
    m_batchNew = 0;
    m_batchCalls = 0;
    for (const Seed &s : std::as_const(m_batch)) {
        m_batchRecords += s.count;
        m_batchRemaining += s.cached ? remaining(s) : 0;
    }
    qCInfo(lcCitationSync).nospace() << "cites: batch of " << m_batch.size() << " seeds, predicted " << (predicted.isEmpty() ? 0 : predicted.last());
    m_batchSeen.clear();
    listCiting(QStringLiteral("*"));
}

void CitationSync::listCiting(const QString &cursor)
{
    QStringList ids;
    for (const Seed &s : std::as_const(m_batch))
        ids << s.id;
    request(QStringLiteral("/works"),
            {{QStringLiteral("filter"), QStringLiteral("cites:") + ids.join(u'|')},
             {QStringLiteral("per_page"), QString::number(kPageSize)},
             {QStringLiteral("cursor"), cursor},
             {QStringLiteral("select"), slimFields()}},
            [this, cursor](const ApiResult &r) { onCitingPage(cursor, r); });
}

void CitationSync::onCitingPage(const QString &cursor, const ApiResult &result)
{
    if (stopped())
        return;
    if (!result.ok()) {
        citingBatchFailed(result);
        return;
    }
    ++m_result.citingCalls;
    ++m_batchCalls;
    openalex::ParsedDocument doc;
    openalex::ParseError parseError;
    if (!openalex::parseDocument(result.body, &doc, &parseError)) {
        ApiResult failed = result;
        failed.status = ApiResult::Status::BadResponse;
        failed.error = tr("OpenAlex sent a page of citing works that could not be read: %1").arg(parseError.message);
        citingBatchFailed(failed);
        return;
    }
    m_result.skipped += doc.skipped;
    QList<Work> fresh;
    for (const Work &w : std::as_const(doc.works)) {
        if (m_batchSeen.contains(w.id))
            continue; // cursor pages may repeat a record
        m_batchSeen.insert(w.id);
        fresh << w;
        ++m_result.citingResults;
        bool attributed = false;
        for (const QString &ref : w.referencedWorks)
            if (m_batchIds.contains(ref)) {
                attributed = true;
                break;
            }
        if (!attributed)
            ++m_result.unattributed;
    }
    // Committed page by page: a later failure keeps what came.
    const Status written = m_queries.writeSlimWorks(fresh, m_now);
    if (!written) {
        failCache(written.error());
        return;
    }
    for (const Work &w : std::as_const(fresh))
        if (!m_citingSeen.contains(w.id)) {
            m_citingSeen.insert(w.id);
            ++m_batchNew;
        }
    m_result.citingFetched = int(m_citingSeen.size());
    if (!fresh.isEmpty())
        emit committed();
    const int results = int(doc.works.size()) + doc.skipped;
    if (results == 0 || doc.meta.nextCursor.isEmpty() || doc.meta.nextCursor == cursor) {
        citingBatchDone();
        return;
    }
    // Every seed of the batch has as many known citing works as OpenAlex
    // counts: the pages left hold only works already cached.
    const Read<QHash<QString, int>> known = m_queries.knownCitingCounts(QStringList(m_batchIds.cbegin(), m_batchIds.cend()));
    if (!known) {
        failCache(known.error());
        return;
    }
    bool complete = true;
    for (const Seed &s : std::as_const(m_batch))
        complete = complete && s.cached && known->value(s.id) >= s.count;
    if (complete) {
        qCInfo(lcCitationSync) << "cites: every seed of the batch is complete; the rest of its pages are not needed";
        citingBatchDone();
        return;
    }
    listCiting(doc.meta.nextCursor);
}

void CitationSync::citingBatchDone()
{
    QHash<QString, int> listed;
    const Read<QHash<QString, int>> known = m_queries.knownCitingCounts(QStringList(m_batchIds.cbegin(), m_batchIds.cend()));
    if (!known) {
        failCache(known.error());
        return;
    }
    // A seed of unknown count keeps what the listing found.
    for (const Seed &s : std::as_const(m_batch))
        listed.insert(s.id, s.cached ? s.count : known->value(s.id));
    const Status marked = m_queries.markCitingListed(listed, m_now);
    if (!marked) {
        failCache(marked.error());
        return;
    }
    m_result.seedsListed += int(m_batch.size());
    qCInfo(lcCitationSync).nospace() << "cites: batch of " << m_batch.size() << " seeds, counts " << m_batchRecords
                                     << ", unknown before " << m_batchRemaining << ": " << m_batchSeen.size() << " listed, "
                                     << m_batchNew << " new, " << m_batchCalls << " calls";
    m_batch.clear();
    nextCitingBatch();
}

void CitationSync::citingBatchFailed(const ApiResult &result)
{
    // Its seeds stay unmarked: the next run lists them again. What its
    // pages brought is written.
    m_result.seedsFailed += int(m_batch.size());
    m_batch.clear();
    if (noteFailure(result))
        return;
    nextCitingBatch();
}

bool CitationSync::noteFailure(const ApiResult &result)
{
    qCInfo(lcCitationSync) << "citation call failed:" << result.error;
    if (m_result.error.isEmpty()) {
        m_result.error = result.error;
        m_result.apiStatus = result.status;
    }
    if (!fatalStatus(result.status))
        return false;
    // Nothing more can succeed today: stop, keeping what was written.
    m_result.error = result.error;
    m_result.apiStatus = result.status;
    m_client->cancel(this);
    done(CitationResult::Status::ApiError);
    return true;
}

void CitationSync::failCache(const QString &what)
{
    m_client->cancel(this);
    m_result.error = tr("Could not write to the cache: %1").arg(what.trimmed()) + m_cache->writeFailureAdvice();
    done(CitationResult::Status::CacheError);
}

void CitationSync::done(CitationResult::Status status)
{
    if (!m_running)
        return;
    if (status == CitationResult::Status::Ok && !m_result.error.isEmpty())
        status = CitationResult::Status::ApiError;
    m_running = false;
    m_result.status = status;
    m_result.callsUsed = m_calls;
    m_result.costUsd = m_cost;
    report(CitationProgress::Phase::Finishing, 1, 1);
    qCInfo(lcCitationSync) << "citation sync ended" << int(status) << "after" << m_calls << "calls";
    emit finished(m_result);
}

} // namespace peerscope
