// sync and search-remote: the commands that talk to OpenAlex.

#include "cli.h"

#include "cache/cache.h"
#include "openalex/openalexclient.h"
#include "openalex/openalexparser.h"
#include "sync/authorsync.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

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

// Sets up the client from the global options; prints and returns false on a
// refused address.
bool configureClient(Context &ctx, OpenAlexClient &client)
{
    if (!ctx.options().apiBase.isEmpty()) {
        QString error;
        if (!client.setBaseUrl(QUrl(ctx.options().apiBase), &error)) {
            ctx.err() << "peerscope: " << error << Qt::endl;
            return false;
        }
    }
    client.setApiKey(ctx.options().apiKey);
    if (!client.hasApiKey())
        ctx.err() << QCoreApplication::translate("cli", "peerscope: no API key set; OpenAlex may refuse the request. Set one with --api-key KEY or OPENALEX_API_KEY.")
                  << Qt::endl;
    return true;
}

int exitCodeFor(ApiResult::Status status)
{
    return status == ApiResult::Status::NotFound ? NotFound : NetworkError;
}

QString phaseName(SyncProgress::Phase phase)
{
    switch (phase) {
    case SyncProgress::Phase::Author: return QCoreApplication::translate("cli", "author");
    case SyncProgress::Phase::Works: return QCoreApplication::translate("cli", "works");
    case SyncProgress::Phase::FullAuthorLists: return QCoreApplication::translate("cli", "full author lists");
    case SyncProgress::Phase::Coauthors: return QCoreApplication::translate("cli", "co-authors");
    case SyncProgress::Phase::CoauthorWorks: return QCoreApplication::translate("cli", "co-authors' works");
    case SyncProgress::Phase::Finishing: return QCoreApplication::translate("cli", "finishing");
    }
    return {};
}

int syncCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("AUTHOR"), QCoreApplication::translate("cli", "OpenAlex ID or ORCID"));
    const QCommandLineOption depth(QStringLiteral("depth"), QCoreApplication::translate("cli", "1: author, works, co-authors; 2: also the co-authors' works"),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption force(QStringLiteral("force"), QCoreApplication::translate("cli", "list all works again even if the author looks unchanged"));
    parser.addOption(depth);
    parser.addOption(force);
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
    if (!configureClient(ctx, client))
        return BadInput;
    Cache *cache = ctx.cache();
    if (!cache)
        return ctx.cacheExitCode();

    AuthorSync sync(cache, &client);
    const bool tty = ::isatty(::fileno(stderr));
    SyncProgress::Phase lastPhase = SyncProgress::Phase::Author;
    bool barShown = false;
    QObject::connect(&sync, &AuthorSync::progress, &sync, [&](const SyncProgress &p) {
        const QString phase = phaseName(p.phase);
        if (tty) {
            const int width = 30;
            const int filled = p.total > 0 ? qBound(0, p.done * width / p.total, width) : 0;
            ctx.err() << '\r' << QStringLiteral("%1 [%2%3] %4/%5  %6 calls   ")
                                     .arg(phase.leftJustified(18), QString(filled, u'#'), QString(width - filled, u' '))
                                     .arg(p.done).arg(p.total).arg(p.callsUsed);
            ctx.err().flush();
            barShown = true;
        } else if (p.phase != lastPhase || p.done == p.total || p.phase == SyncProgress::Phase::Works) {
            ctx.err() << QCoreApplication::translate("cli", "sync: %1 %2/%3 (%4 calls)").arg(phase).arg(p.done).arg(p.total).arg(p.callsUsed) << Qt::endl;
        }
        lastPhase = p.phase;
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
    sync.start(options);
    if (sync.isRunning())
        loop.exec();
    interruptPoll.stop();
    std::signal(SIGINT, previous);
    if (barShown)
        ctx.err() << Qt::endl;
    // Whatever the sync wrote, the works search's statistics follow it (the
    // search answers the same without them, only more slowly).
    if (result.status != SyncResult::Status::CacheError)
        cache->refreshSearchIndex();

    if (!result.mergedFrom.isEmpty())
        ctx.err() << QCoreApplication::translate("cli", "sync: OpenAlex merged %1 into %2; the cache now uses %2 and still finds %1.")
                         .arg(result.mergedFrom, result.authorId)
                  << Qt::endl;
    switch (result.status) {
    case SyncResult::Status::Ok:
        ctx.err() << QCoreApplication::translate("cli", "sync: %1 done: %2 works and %3 co-author profiles written, %4 changes, %5 API calls.")
                         .arg(result.authorId).arg(result.worksWritten).arg(result.coauthorsWritten)
                         .arg(result.changes).arg(result.callsUsed)
                  << Qt::endl;
        return Ok;
    case SyncResult::Status::Unchanged:
        ctx.err() << QCoreApplication::translate("cli", "sync: %1 is unchanged since the last sync (%2 API call).").arg(result.authorId).arg(result.callsUsed)
                  << Qt::endl;
        return Ok;
    case SyncResult::Status::Cancelled:
        ctx.err() << "peerscope: " << result.error << ' ' << QCoreApplication::translate("cli", "(%1 API calls used)").arg(result.callsUsed) << Qt::endl;
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
                  << QCoreApplication::translate("cli", "The cache keeps everything synced so far; run the sync again to complete it. (%1 API calls used)").arg(result.callsUsed)
                  << Qt::endl;
        return exitCodeFor(result.apiStatus);
    }
    return NetworkError;
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
    if (!configureClient(ctx, client))
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

const bool registered = Registry::add({QStringLiteral("sync"), QStringLiteral("sync AUTHOR [--depth N] [--force]"),
                                       QCoreApplication::translate("cli", "author + all works + co-author profiles into the cache; progress on stderr"), syncCommand})
                        && Registry::add({QStringLiteral("search-remote"), QStringLiteral("search-remote TEXT [--json]"),
                                          QCoreApplication::translate("cli", "matching authors on OpenAlex: id, name, works, citations, institution"),
                                          searchRemoteCommand, /*hidden: search --remote*/ true});

} // namespace

} // namespace peerscope::cli
