// demo, import, search, show, works: the offline commands over the cache.

#include "cli.h"
#include "commands/profileformat.h"

#include "cache/cache.h"
#include "cache/importer.h"
#include "core/displaytext.h"
#include "profile/profile.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace peerscope::cli {

namespace {

void printReport(Context &ctx, const ImportReport &r)
{
    ctx.out() << QCoreApplication::translate("cli", "Imported %1 files: %2 authors, %3 works, %4 institutions, %5 sources, %6 topics.")
                     .arg(r.files).arg(r.authors).arg(r.works).arg(r.institutions).arg(r.sources).arg(r.topics)
              << Qt::endl;
    for (const QString &e : r.errors)
        ctx.err() << "peerscope: " << e << Qt::endl;
    if (!r.ok())
        ctx.err() << QCoreApplication::translate("cli", "%1 file(s) were not imported; the cache keeps everything else.").arg(r.errors.size()) << Qt::endl;
}

int demoCommand(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, QStringLiteral("demo")))
        return parser.errorText().isEmpty() ? Ok : BadInput;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("cli", "demo takes no arguments"));
    Cache *cache = ctx.cache();
    if (!cache)
        return ctx.cacheExitCode();
    Importer importer(*cache);
    const ImportReport r = importer.importDemo();
    printReport(ctx, r);
    return r.ok() ? Ok : CacheError;
}

int importCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("cli", "OpenAlex JSON files or folders"), QStringLiteral("PATH..."));
    if (!ctx.parse(parser, QStringLiteral("import")))
        return parser.errorText().isEmpty() ? Ok : BadInput;
    if (parser.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("cli", "import needs at least one file or folder"));
    Cache *cache = ctx.cache();
    if (!cache)
        return ctx.cacheExitCode();
    Importer importer(*cache);
    const ImportReport r = importer.importPaths(parser.positionalArguments());
    printReport(ctx, r);
    if (r.cacheFailed)
        return CacheError;
    return r.ok() ? Ok : BadInput;
}

// search --works: the ranked works search (Cache::searchWorks), best first.
int searchWorks(Context &ctx, const Cache &cache, const SearchArguments &args)
{
    const QStringList ids = cache.searchWorks(args.text, 50);
    QJsonArray a;
    for (const QString &id : ids) {
        const std::optional<Work> w = cache.work(id);
        if (!w)
            continue;
        const QString first = w->authorships.isEmpty() ? QString() : w->authorships.constFirst().authorName;
        if (args.json) {
            a << QJsonObject{{QStringLiteral("id"), w->id}, {QStringLiteral("title"), displayTitle(*w)},
                             {QStringLiteral("year"), w->publicationYear > 0 ? QJsonValue(w->publicationYear) : QJsonValue()},
                             {QStringLiteral("venue"), w->sourceName}, {QStringLiteral("first_author"), first},
                             {QStringLiteral("doi"), w->doi}, {QStringLiteral("citations"), w->citedByCount}};
        } else {
            ctx.out() << w->id << '\t' << (w->publicationYear > 0 ? QString::number(w->publicationYear) : QString()) << '\t'
                      << displayTitle(*w) << '\t' << first << Qt::endl;
        }
    }
    if (args.json)
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
    if (ids.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "No cached work matches '%1'.").arg(args.text) << Qt::endl;
        return NotFound;
    }
    return Ok;
}

int searchCommand(Context &ctx)
{
    SearchArguments args;
    int code = Ok;
    if (!parseSearchArguments(ctx, &args, &code))
        return code;
    const QString &text = args.text;
    if (args.remote) {
        const Command *remoteSearch = Registry::find(QStringLiteral("search-remote"));
        if (!remoteSearch) {
            ctx.err() << QCoreApplication::translate("cli", "peerscope: remote search is not available in this build.") << Qt::endl;
            return NetworkError;
        }
        return remoteSearch->run(ctx);
    }
    Cache *cache = ctx.cache();
    if (!cache)
        return ctx.cacheExitCode();
    if (args.works)
        return searchWorks(ctx, *cache, args);
    const QList<AuthorSummary> hits = cache->searchAuthors(text, 50);
    if (args.json) {
        QJsonArray a;
        for (const AuthorSummary &h : hits)
            a << QJsonObject{{QStringLiteral("id"), h.id}, {QStringLiteral("name"), h.name},
                             {QStringLiteral("works"), h.worksCount}, {QStringLiteral("cached_works"), h.cachedWorks},
                             {QStringLiteral("citations"), h.citedByCount}, {QStringLiteral("institution"), h.institution},
                             {QStringLiteral("orcid"), h.orcid}};
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
    } else {
        for (const AuthorSummary &h : hits)
            ctx.out() << h.id << '\t' << h.name << '\t' << h.worksCount << '\t' << h.institution << Qt::endl;
    }
    if (hits.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "No cached author matches '%1'. Try 'peerscope search --remote %1'.").arg(text) << Qt::endl;
        return NotFound;
    }
    return Ok;
}

int showCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("AUTHOR"), QCoreApplication::translate("cli", "OpenAlex ID, ORCID or name"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "print JSON"));
    parser.addOption(json);
    if (!ctx.parse(parser, QStringLiteral("show")))
        return parser.errorText().isEmpty() ? Ok : BadInput;
    if (parser.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("cli", "show needs an AUTHOR"));
    int code = Ok;
    const QString id = resolveAuthorArgument(ctx, parser.positionalArguments().join(u' '), &code);
    if (id.isEmpty())
        return code;
    const Profile profile = loadProfile(*ctx.cache(), id, QDate::currentDate().year());
    if (parser.isSet(json))
        ctx.out() << QJsonDocument(profileJson(profile)).toJson(QJsonDocument::Indented);
    else
        ctx.out() << profileText(profile);
    ctx.out().flush();
    return Ok;
}

int worksCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("AUTHOR"), QCoreApplication::translate("cli", "OpenAlex ID, ORCID or name"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "print JSON"));
    parser.addOption(json);
    if (!ctx.parse(parser, QStringLiteral("works")))
        return parser.errorText().isEmpty() ? Ok : BadInput;
    if (parser.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("cli", "works needs an AUTHOR"));
    int code = Ok;
    const QString id = resolveAuthorArgument(ctx, parser.positionalArguments().join(u' '), &code);
    if (id.isEmpty())
        return code;
    const QList<Work> works = ctx.cache()->worksOfAuthor(id);
    if (parser.isSet(json)) {
        QJsonArray a;
        for (const Work &w : works)
            a << workJson(w);
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
    } else {
        for (const Work &w : works) {
            ctx.out() << (w.publicationYear > 0 ? QString::number(w.publicationYear) : QStringLiteral("----")) << '\t'
                      << w.citedByCount << '\t' << w.type << '\t' << displayTitle(w) << '\t' << w.sourceName << '\t'
                      << w.doi << Qt::endl;
        }
    }
    return Ok;
}

const bool registered = Registry::add({QStringLiteral("demo"), QStringLiteral("demo"),
                                       QCoreApplication::translate("cli", "load the bundled demo data set into the cache"), demoCommand})
                        && Registry::add({QStringLiteral("import"), QStringLiteral("import PATH..."),
                                          QCoreApplication::translate("cli", "load OpenAlex JSON files or folders"), importCommand})
                        && Registry::add({QStringLiteral("search"), QStringLiteral("search TEXT [--remote|--works] [--json]"),
                                          QCoreApplication::translate("cli", "matching authors: id, name, works, institution; with --works, cached works: id, year, title, first author"), searchCommand})
                        && Registry::add({QStringLiteral("show"), QStringLiteral("show AUTHOR [--json]"),
                                          QCoreApplication::translate("cli", "profile: identity, ids, affiliations, metrics, topics, collaborators"), showCommand})
                        && Registry::add({QStringLiteral("works"), QStringLiteral("works AUTHOR [--json]"),
                                          QCoreApplication::translate("cli", "the publication list"), worksCommand});

} // namespace

} // namespace peerscope::cli
