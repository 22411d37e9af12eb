// demo, import, search, show, works: the offline commands over the cache.

#include "cli.h"
#include "commands/profileformat.h"

#include "cache/cache.h"
#include "cache/importer.h"
#include "core/displaytext.h"
#include "profile/profile.h"
#include "trust/trustsnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <functional>

#include <unistd.h>

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
        ctx.err() << QCoreApplication::translate("cli", "%1 problem(s) above: that input was not imported; the cache keeps everything else.")
                         .arg(r.errors.size())
                  << Qt::endl;
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

// Progress of a long import on stderr: nothing for the first second (small
// imports stay quiet), then whenever the share read moves by a percent or a
// second passes; a terminal gets one line rewritten in place.
class ImportProgressPrinter
{
public:
    explicit ImportProgressPrinter(QTextStream &err)
        : m_err(err)
        , m_tty(isatty(fileno(stderr)) != 0)
    {
        m_clock.start();
    }
    ~ImportProgressPrinter()
    {
        if (m_printed && m_tty)
            m_err << Qt::endl;
    }
    void operator()(const ImportProgress &p)
    {
        const qint64 now = m_clock.elapsed();
        if (now < 1000)
            return;
        const int permille = p.bytesTotal > 0 ? int(p.bytesRead * 1000 / p.bytesTotal) : 0;
        if (permille - m_lastPermille < 10 && now - m_lastMs < 1000)
            return;
        m_lastPermille = permille;
        m_lastMs = now;
        m_printed = true;
        const QString line = QCoreApplication::translate("cli", "Importing: %1% of %2 MB read, %3 entities stored (file %4 of %5)")
                                 .arg(permille / 10.0, 0, 'f', 1)
                                 .arg(p.bytesTotal / 1048576.0, 0, 'f', 1)
                                 .arg(p.entities)
                                 .arg(qMin(p.filesDone + 1, p.filesTotal))
                                 .arg(p.filesTotal);
        if (m_tty)
            m_err << '\r' << line << "\x1b[K" << Qt::flush;
        else
            m_err << line << Qt::endl;
    }

private:
    QTextStream &m_err;
    bool m_tty = false;
    bool m_printed = false;
    int m_lastPermille = -1000;
    qint64 m_lastMs = 0;
    QElapsedTimer m_clock;
};

int importCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("cli", "OpenAlex JSON, JSON Lines or gzip JSON Lines files, or folders of them"),
                                 QStringLiteral("PATH..."));
    if (!ctx.parse(parser, QStringLiteral("import")))
        return parser.errorText().isEmpty() ? Ok : BadInput;
    if (parser.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("cli", "import needs at least one file or folder"));
    Cache *cache = ctx.cache();
    if (!cache)
        return ctx.cacheExitCode();
    Importer importer(*cache);
    ImportReport r;
    {
        ImportProgressPrinter progress(ctx.err());
        importer.setProgressCallback(std::ref(progress));
        r = importer.importPaths(parser.positionalArguments());
    }
    for (const QString &n : std::as_const(r.notices))
        ctx.err() << "peerscope: " << n << Qt::endl;
    printReport(ctx, r);
    if (r.withoutId + r.unreadableRecords + r.nonEntityBodies + r.skipped + r.rejected > 0) {
        ctx.err() << QCoreApplication::translate("cli", "Skipped: %1 records without an OpenAlex id, %2 unreadable records, "
                                                        "%3 files without entities, %4 records of other kinds, %5 records the cache refused.")
                         .arg(r.withoutId).arg(r.unreadableRecords).arg(r.nonEntityBodies).arg(r.skipped).arg(r.rejected)
                  << Qt::endl;
    }
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
    const int year = QDate::currentDate().year();
    const Profile profile = loadProfile(*ctx.cache(), id, year);
    if (!profile.error.isEmpty()) {
        ctx.err() << "peerscope: " << profile.error << Qt::endl;
        return CacheError;
    }
    const Read<TrustSnapshot> trust = computeTrust(*ctx.cache(), id, year);
    if (!trust) {
        ctx.err() << "peerscope: " << QCoreApplication::translate("cli", "cannot read the trust evidence: %1").arg(trust.error()) << Qt::endl;
        return CacheError;
    }
    if (parser.isSet(json))
        ctx.out() << QJsonDocument(profileJson(profile, *trust)).toJson(QJsonDocument::Indented);
    else
        ctx.out() << profileText(profile, *trust);
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
                                          QCoreApplication::translate("cli", "load OpenAlex records from files or folders: singletons, list pages, "
                                                                          "bare arrays, JSON Lines, gzip JSON Lines (the snapshot's part_NNN.gz)"), importCommand})
                        && Registry::add({QStringLiteral("search"), QStringLiteral("search TEXT [--remote|--works] [--json]"),
                                          QCoreApplication::translate("cli", "matching authors: id, name, works, institution; with --works, cached works: id, year, title, first author"), searchCommand})
                        && Registry::add({QStringLiteral("show"), QStringLiteral("show AUTHOR [--json]"),
                                          QCoreApplication::translate("cli", "profile: identity, ids, affiliations, metrics, trust, topics, collaborators"), showCommand})
                        && Registry::add({QStringLiteral("works"), QStringLiteral("works AUTHOR [--json]"),
                                          QCoreApplication::translate("cli", "the publication list"), worksCommand});

} // namespace

} // namespace peerscope::cli
