// sync, budget and search-remote: the commands that talk to OpenAlex.

#include "cli.h"

#include "cache/cache.h"
#include "openalex/clientconfig.h"
#include "openalex/openalexclient.h"
#include "openalex/openalexparser.h"
#include "sync/authorsync.h"
#include "sync/citationsync.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace peerscope::cli {

namespace {

volatile std::sig_atomic_t s_interrupted = 0;

void onInterrupt(int)
{
    s_interrupted = 1;
    // A second Ctrl+C kills at once (the cache is safe either way).
    std::signal(SIGINT, SIG_DFL);
}

int offlineRefusal(Context &ctx, const QString &what)
{
    ctx.err() << QCoreApplication::translate("cli", "peerscope: %1 needs the network, but --offline is set. Everything already synced stays "
                    "available offline (search, show, works, export, graph).").arg(what)
              << Qt::endl;
    return NetworkError;
}

// Sets up the client from the global options (configureClient, as the
// window does); prints and returns false on a refused address.
bool setUpClient(Context &ctx, OpenAlexClient &client)
{
    ClientConfig config;
    config.apiBase = QUrl(ctx.options().apiBase);
    config.apiKey = ctx.options().apiKey;
    QString error;
    if (!configureClient(client, config, &error)) {
        ctx.err() << "peerscope: " << error << Qt::endl;
        return false;
    }
    if (!client.hasApiKey())
        ctx.err() << QCoreApplication::translate("cli", "peerscope: no API key set; without one OpenAlex allows only a very small daily budget. "
                                                        "Set a free key with --api-key KEY or OPENALEX_API_KEY.")
                  << Qt::endl;
    return true;
}

// "412 API calls (398 priced, $0.0398)"
QString callsSummary(const SyncResult &r)
{
    return QCoreApplication::translate("cli", "%1 API calls (%2 priced, %3)").arg(r.callsUsed).arg(r.listCalls).arg(formatUsd(r.costUsd));
}

QString budgetSuffix(const OpenAlexClient &client)
{
    const QString budget = describeBudget(client.budget());
    return budget.isEmpty() ? QString() : QStringLiteral(" ") + budget + u'.';
}

int exitCodeFor(ApiResult::Status status)
{
    return status == ApiResult::Status::NotFound ? NotFound : NetworkError;
}

// After the author sync: the works the author's works reference and the
// works citing them (--citations). A dry run prints only the estimate.
int citationSync(Context &ctx, Cache *cache, OpenAlexClient &client, const QString &authorId, bool dryRun)
{
    CitationSync sync(cache, &client);
    CitationOptions options;
    options.personId = authorId;
    if (dryRun) {
        options.dryRun = true;
        const Read<CitationEstimate> e = sync.estimate(options);
        if (!e) {
            ctx.err() << "peerscope: " << QCoreApplication::translate("cli", "could not read the cache: %1").arg(e.error()) << Qt::endl;
            return CacheError;
        }
        ctx.out() << describeCitationEstimate(*e) << Qt::endl;
        return Ok;
    }
    const bool tty = ::isatty(::fileno(stderr));
    bool barShown = false;
    CitationProgress::Phase lastPhase = CitationProgress::Phase::Finishing;
    QObject::connect(&sync, &CitationSync::estimated, &sync, [&](const CitationEstimate &e) {
        ctx.err() << "sync: " << describeCitationEstimate(e) << Qt::endl;
    });
    QObject::connect(&sync, &CitationSync::progress, &sync, [&](const CitationProgress &p) {
        if (p.phase == CitationProgress::Phase::Finishing)
            return;
        if (tty) {
            ctx.err() << '\r' << describeCitationProgress(p) << QStringLiteral("   ");
            ctx.err().flush();
            barShown = true;
        } else if (p.phase != lastPhase || p.done == p.total || p.done % 10 == 0) {
            ctx.err() << "sync: " << describeCitationProgress(p) << Qt::endl;
        }
        lastPhase = p.phase;
    });
    QObject::connect(&sync, &CitationSync::waitingForRateLimit, &sync, [&](int ms) {
        if (barShown)
            ctx.err() << Qt::endl;
        barShown = false;
        ctx.err() << QCoreApplication::translate("cli", "sync: OpenAlex asked us to slow down; waiting %1 s").arg((ms + 999) / 1000) << Qt::endl;
    });
    CitationResult result;
    QEventLoop loop;
    QObject::connect(&sync, &CitationSync::finished, &loop, [&](const CitationResult &r) {
        result = r;
        loop.quit();
    });
    auto previous = std::signal(SIGINT, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &sync, [&] {
        if (s_interrupted && sync.isRunning()) {
            interruptPoll.stop();
            sync.cancel();
        }
    });
    interruptPoll.start(100);
    sync.start(options);
    if (sync.isRunning())
        loop.exec();
    interruptPoll.stop();
    std::signal(SIGINT, previous);
    if (barShown)
        ctx.err() << Qt::endl;
    if (result.status != CitationResult::Status::CacheError)
        cache->refreshSearchIndex();

    const QString calls = QCoreApplication::translate("cli", "%1 API calls (%2 priced: %3 for references, %4 for citing works; %5)")
                              .arg(result.callsUsed).arg(result.listCalls).arg(result.referenceCalls).arg(result.citingCalls)
                              .arg(formatUsd(result.costUsd));
    const QString summary =
        QCoreApplication::translate("cli", "sync: citations of %1: %2 referenced works fetched, %3 unknown to OpenAlex (not asked again for 30 days); "
                                           "%4 citing works fetched, %5 of them citing none of their batch's works by their own reference list; "
                                           "%6 works' citing lists done (%7 complete without a call), %8 left for the next run; %9.")
            .arg(authorId).arg(result.referencesFetched).arg(result.referencesMissing)
            .arg(result.citingFetched).arg(result.unattributed)
            .arg(result.seedsListed + result.seedsCovered).arg(result.seedsCovered).arg(result.seedsFailed)
            .arg(calls);
    switch (result.status) {
    case CitationResult::Status::Ok:
    case CitationResult::Status::Estimated:
        ctx.err() << summary << budgetSuffix(client) << Qt::endl;
        return Ok;
    case CitationResult::Status::Cancelled:
        ctx.err() << summary << Qt::endl << "peerscope: " << result.error << Qt::endl;
        return 130;
    case CitationResult::Status::BadInput:
        return ctx.usageError(result.error);
    case CitationResult::Status::CacheError:
        ctx.err() << "peerscope: " << result.error << Qt::endl;
        return CacheError;
    case CitationResult::Status::ApiError:
        ctx.err() << summary << budgetSuffix(client) << Qt::endl
                  << "peerscope: " << result.error << ' '
                  << QCoreApplication::translate("cli", "The cache keeps everything fetched; run the sync again to complete the citations.")
                  << Qt::endl;
        return exitCodeFor(result.apiStatus);
    }
    return NetworkError;
}

int syncCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("AUTHOR"), QCoreApplication::translate("cli", "OpenAlex ID or ORCID"));
    const QCommandLineOption depth(QStringLiteral("depth"), QCoreApplication::translate("cli", "1: author, works, co-authors; 2: also the co-authors' works"),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption force(QStringLiteral("force"), QCoreApplication::translate("cli", "list all works again even if the author looks unchanged"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QCoreApplication::translate("cli", "fetch only the author record (free) and print what the sync would cost"));
    parser.addOption(depth);
    parser.addOption(force);
    const QCommandLineOption citations(QStringLiteral("citations"), QCoreApplication::translate("cli", "then fetch the works the author's works reference and the works citing them"));
    parser.addOption(dryRun);
    parser.addOption(citations);
    if (!ctx.parse(parser, QStringLiteral("sync")))
        return parser.errorText().isEmpty() ? Ok : BadInput;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(QCoreApplication::translate("cli", "sync needs exactly one AUTHOR (an OpenAlex ID or an ORCID)"));
    bool depthOk = false;
    const int depthValue = parser.value(depth).toInt(&depthOk);
    if (!depthOk || depthValue < 1 || depthValue > 2)
        return ctx.usageError(QCoreApplication::translate("cli", "--depth must be 1 or 2"));
    if (ctx.options().offline)
        return offlineRefusal(ctx, QCoreApplication::translate("cli", "sync"));

    OpenAlexClient client;
    if (!setUpClient(ctx, client))
        return BadInput;
    Cache *cache = ctx.cache();
    if (!cache)
        return ctx.cacheExitCode();

    AuthorSync sync(cache, &client);
    const bool tty = ::isatty(::fileno(stderr));
    SyncProgress::Phase lastPhase = SyncProgress::Phase::Author;
    bool barShown = false;
    QObject::connect(&sync, &AuthorSync::progress, &sync, [&](const SyncProgress &p) {
        const QString phase = describePhase(p.phase);
        if (tty) {
            const int width = 30;
            const int filled = p.total > 0 ? qBound(0, p.done * width / p.total, width) : 0;
            ctx.err() << '\r' << QStringLiteral("%1 [%2%3] %4/%5  %6 calls   ")
                                     .arg(phase.leftJustified(18), QString(filled, u'#'), QString(width - filled, u' '))
                                     .arg(p.done).arg(p.total).arg(p.callsUsed);
            ctx.err().flush();
            barShown = true;
        } else if (p.phase != lastPhase || p.done == p.total || p.phase == SyncProgress::Phase::Works) {
            ctx.err() << "sync: " << describeProgress(p) << Qt::endl;
        }
        lastPhase = p.phase;
    });
    const bool estimateOnly = parser.isSet(dryRun);
    const bool withCitations = parser.isSet(citations);
    QObject::connect(&sync, &AuthorSync::estimated, &sync, [&](const SyncEstimate &e) {
        // A dry run's estimate is its data; otherwise it is progress.
        if (estimateOnly)
            ctx.out() << describeEstimate(e) << Qt::endl;
        else
            ctx.err() << "sync: " << describeEstimate(e) << Qt::endl;
    });
    QObject::connect(&sync, &AuthorSync::waitingForRateLimit, &sync, [&](int ms) {
        if (barShown)
            ctx.err() << Qt::endl;
        barShown = false;
        ctx.err() << QCoreApplication::translate("cli", "sync: OpenAlex asked us to slow down; waiting %1 s").arg((ms + 999) / 1000) << Qt::endl;
    });

    SyncResult result;
    QEventLoop loop;
    QObject::connect(&sync, &AuthorSync::finished, &loop, [&](const SyncResult &r) {
        result = r;
        loop.quit();
    });
    s_interrupted = 0;
    auto previous = std::signal(SIGINT, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &sync, [&] {
        if (s_interrupted && sync.isRunning()) {
            interruptPoll.stop();
            sync.cancel();
        }
    });
    interruptPoll.start(100);

    SyncOptions options;
    options.author = parser.positionalArguments().constFirst();
    options.depth = depthValue;
    options.force = parser.isSet(force);
    options.dryRun = estimateOnly;
    sync.start(options);
    if (sync.isRunning())
        loop.exec();
    interruptPoll.stop();
    std::signal(SIGINT, previous);
    if (barShown)
        ctx.err() << Qt::endl;
    // Whatever the sync wrote, the works search's statistics follow it (the
    // search answers the same without them, only more slowly).
    if (result.status != SyncResult::Status::CacheError && result.status != SyncResult::Status::Estimated)
        cache->refreshSearchIndex();
    if (result.skipped > 0)
        ctx.err() << QCoreApplication::translate("cli", "sync: %1 record(s) without a usable OpenAlex ID were left out.").arg(result.skipped) << Qt::endl;

    if (!result.mergedFrom.isEmpty())
        ctx.err() << QCoreApplication::translate("cli", "sync: OpenAlex merged %1 into %2; the cache now uses %2 and still finds %1.")
                         .arg(result.mergedFrom, result.authorId)
                  << Qt::endl;
    switch (result.status) {
    case SyncResult::Status::Ok:
        ctx.err() << QCoreApplication::translate("cli", "sync: %1 done: %2 works and %3 co-author profiles written, %4 changes, %5.")
                         .arg(result.authorId).arg(result.worksWritten).arg(result.coauthorsWritten)
                         .arg(result.changes).arg(callsSummary(result))
                  << budgetSuffix(client) << Qt::endl;
        return withCitations ? citationSync(ctx, cache, client, result.authorId, false) : Ok;
    case SyncResult::Status::Unchanged:
        ctx.err() << QCoreApplication::translate("cli", "sync: %1 is unchanged since the last sync (%2 API call).").arg(result.authorId).arg(result.callsUsed)
                  << budgetSuffix(client) << Qt::endl;
        return withCitations ? citationSync(ctx, cache, client, result.authorId, false) : Ok;
    case SyncResult::Status::Estimated:
        ctx.err() << QCoreApplication::translate("cli", "sync: dry run for %1: nothing was listed (%2).").arg(result.authorId, callsSummary(result))
                  << budgetSuffix(client) << Qt::endl;
        return withCitations ? citationSync(ctx, cache, client, result.authorId, true) : Ok;
    case SyncResult::Status::Cancelled:
        ctx.err() << "peerscope: " << result.error << ' ' << QCoreApplication::translate("cli", "(%1 used)").arg(callsSummary(result)) << Qt::endl;
        return 130;
    case SyncResult::Status::BadInput:
        return ctx.usageError(result.error);
    case SyncResult::Status::NotFound:
        ctx.err() << "peerscope: " << result.error << Qt::endl;
        return NotFound;
    case SyncResult::Status::CacheError:
        ctx.err() << "peerscope: " << result.error << Qt::endl;
        return CacheError;
    case SyncResult::Status::ApiError:
        ctx.err() << "peerscope: " << result.error << ' '
                  << QCoreApplication::translate("cli", "The cache keeps everything synced so far; run the sync again to complete it. (%1 used)").arg(callsSummary(result))
                  << Qt::endl;
        return exitCodeFor(result.apiStatus);
    }
    return NetworkError;
}

int budgetCommand(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "print JSON"));
    parser.addOption(json);
    if (!ctx.parse(parser, QStringLiteral("budget")))
        return parser.errorText().isEmpty() ? Ok : BadInput;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("cli", "budget takes no arguments"));
    if (ctx.options().offline)
        return offlineRefusal(ctx, QCoreApplication::translate("cli", "budget"));
    OpenAlexClient client;
    if (!setUpClient(ctx, client))
        return BadInput;
    BudgetStatus budget;
    ApiResult result;
    QEventLoop loop;
    client.refreshBudget(&loop, [&](const BudgetStatus &b, const ApiResult &r) {
        budget = b;
        result = r;
        loop.quit();
    });
    loop.exec();
    if (!result.ok() && !budget.known) {
        ctx.err() << "peerscope: " << result.error << Qt::endl;
        return exitCodeFor(result.status);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 resetIn = budget.resetsAt.isValid() ? qMax<qint64>(0, now.secsTo(budget.resetsAt)) : -1;
    if (parser.isSet(json)) {
        auto money = [](double v) { return v < 0 ? QJsonValue() : QJsonValue(v); };
        const QJsonObject o{{QStringLiteral("daily_budget_usd"), money(budget.dailyBudgetUsd)},
                            {QStringLiteral("daily_remaining_usd"), money(budget.remainingUsd)},
                            {QStringLiteral("daily_used_usd"), money(budget.usedTodayUsd)},
                            {QStringLiteral("prepaid_remaining_usd"), money(budget.prepaidRemainingUsd)},
                            {QStringLiteral("resets_at"), budget.resetsAt.isValid() ? QJsonValue(budget.resetsAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
                            {QStringLiteral("resets_in_seconds"), resetIn < 0 ? QJsonValue() : QJsonValue(double(resetIn))},
                            {QStringLiteral("spent"), budget.spent}};
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const double price = OpenAlexClient::priceUsd(CallCost::List);
    const double searchPrice = OpenAlexClient::priceUsd(CallCost::Search);
    ctx.out() << QCoreApplication::translate("cli", "OpenAlex budget today: %1").arg(formatUsd(budget.dailyBudgetUsd)) << Qt::endl;
    if (budget.usedTodayUsd >= 0)
        ctx.out() << QCoreApplication::translate("cli", "Used:                  %1").arg(formatUsd(budget.usedTodayUsd)) << Qt::endl;
    if (budget.remainingUsd >= 0)
        ctx.out() << QCoreApplication::translate("cli", "Left:                  %1 (%2 list calls or %3 searches)")
                         .arg(formatUsd(budget.remainingUsd))
                         .arg(qint64(std::floor(budget.remainingUsd / price + 1e-6)))
                         .arg(qint64(std::floor(budget.remainingUsd / searchPrice + 1e-6)))
                  << Qt::endl;
    if (budget.prepaidRemainingUsd >= 0)
        ctx.out() << QCoreApplication::translate("cli", "Prepaid credit:        %1").arg(formatUsd(budget.prepaidRemainingUsd)) << Qt::endl;
    if (budget.resetsAt.isValid())
        ctx.out() << QCoreApplication::translate("cli", "Resets:                %1 UTC (in %2 h %3 min)")
                         .arg(budget.resetsAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                         .arg(resetIn / 3600).arg((resetIn % 3600) / 60)
                  << Qt::endl;
    if (budget.spent)
        ctx.out() << QCoreApplication::translate("cli", "Today's budget is spent: list and search calls wait for the reset; single records are still free.") << Qt::endl;
    ctx.out() << QCoreApplication::translate("cli", "Single records are free; a list call costs %1, a search %2.").arg(formatUsd(price), formatUsd(searchPrice)) << Qt::endl;
    return Ok;
}

int searchRemoteCommand(Context &ctx)
{
    SearchArguments args;
    int code = Ok;
    if (!parseSearchArguments(ctx, &args, &code))
        return code;
    const QString &text = args.text;
    if (ctx.options().offline)
        return offlineRefusal(ctx, QCoreApplication::translate("cli", "search --remote"));

    OpenAlexClient client;
    if (!setUpClient(ctx, client))
        return BadInput;
    ApiResult result;
    QEventLoop loop;
    client.get(QStringLiteral("/autocomplete/authors"), {{QStringLiteral("q"), text}}, &loop, [&](const ApiResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (!result.ok()) {
        ctx.err() << "peerscope: " << result.error << Qt::endl;
        return NetworkError;
    }
    openalex::ParsedDocument doc;
    openalex::ParseError parseError;
    if (!openalex::parseDocument(result.body, &doc, &parseError)) {
        ctx.err() << QCoreApplication::translate("cli", "peerscope: OpenAlex sent an answer that could not be read: %1").arg(parseError.message) << Qt::endl;
        return NetworkError;
    }
    if (args.json) {
        QJsonArray a;
        for (const AutocompleteHit &h : std::as_const(doc.autocomplete))
            a << QJsonObject{{QStringLiteral("id"), h.id}, {QStringLiteral("name"), h.name},
                             {QStringLiteral("institution"), h.hint}, {QStringLiteral("works"), h.worksCount},
                             {QStringLiteral("citations"), h.citedByCount}};
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
    } else {
        for (const AutocompleteHit &h : std::as_const(doc.autocomplete))
            ctx.out() << h.id << '\t' << h.name << '\t' << h.worksCount << '\t' << h.citedByCount << '\t' << h.hint << Qt::endl;
    }
    ctx.err() << QCoreApplication::translate("cli", "%1 OpenAlex matches (1 API call). Fetch one with 'peerscope sync ID'.").arg(doc.autocomplete.size()) << Qt::endl;
    return doc.autocomplete.isEmpty() ? NotFound : Ok;
}

const bool registered = Registry::add({QStringLiteral("sync"), QStringLiteral("sync AUTHOR [--depth N] [--force] [--citations] [--dry-run]"),
                                       QCoreApplication::translate("cli", "author + all works + co-author profiles into the cache; progress on stderr; "
                                                                          "--citations: also references and citing works; --dry-run: only the estimate"), syncCommand})
                        && Registry::add({QStringLiteral("budget"), QStringLiteral("budget [--json]"),
                                          QCoreApplication::translate("cli", "today's OpenAlex budget, what is left, when it resets"), budgetCommand})
                        && Registry::add({QStringLiteral("search-remote"), QStringLiteral("search-remote TEXT [--json]"),
                                          QCoreApplication::translate("cli", "matching authors on OpenAlex: id, name, works, citations, institution"),
                                          searchRemoteCommand, /*hidden: search --remote*/ true});

} // namespace

} // namespace peerscope::cli
