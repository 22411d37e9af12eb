#include "cli.h"

#include "cache/authorresolver.h"
#include "cache/cache.h"
#include "cache/importer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <memory>

namespace peerscope::cli {

namespace {

QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}

std::unique_ptr<Cache> s_cache;

} // namespace

bool Registry::add(Command command)
{
    registry() << std::move(command);
    return true;
}

const QList<Command> &Registry::all()
{
    return registry();
}

const Command *Registry::find(const QString &name)
{
    for (const Command &c : registry())
        if (c.name == name)
            return &c;
    return nullptr;
}

Context::Context(GlobalOptions options, QStringList args, QTextStream &out, QTextStream &err)
    : m_options(std::move(options))
    , m_args(std::move(args))
    , m_out(out)
    , m_err(err)
{
}

Cache *Context::cache()
{
    if (m_cache)
        return m_cache;
    s_cache = std::make_unique<Cache>();
    const QString path = m_options.dbPath.isEmpty() ? Cache::defaultPath() : m_options.dbPath;
    const bool firstRun = m_options.dbPath.isEmpty() && !QFileInfo::exists(path);
    const Cache::OpenStatus status = s_cache->open(path);
    switch (status) {
    case Cache::OpenStatus::Ok:
        m_cache = s_cache.get();
        // The default cache starts with the demo, as the window does
        // (`peerscope show A5017898742` works on a fresh machine).
        if (firstRun && Importer(*m_cache).importDemo().ok())
            m_err << QCoreApplication::translate("cli", "peerscope: created %1 with the demo data set.").arg(path) << Qt::endl;
        return m_cache;
    case Cache::OpenStatus::Recovered:
        // The damaged file is safe beside the new one; the command itself is
        // not run on an empty cache as if nothing happened.
        m_err << QCoreApplication::translate("cli", "peerscope: %1").arg(s_cache->errorString()) << Qt::endl;
        m_cacheExit = CacheError;
        return nullptr;
    default:
        m_err << QCoreApplication::translate("cli", "peerscope: %1").arg(s_cache->errorString()) << Qt::endl;
        m_cacheExit = CacheError;
        s_cache.reset();
        return nullptr;
    }
}

bool Context::parse(QCommandLineParser &parser, const QString &commandName)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("peerscope ") + commandName} + m_args)) {
        usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        const Command *c = Registry::find(commandName);
        m_out << "usage: peerscope [global options] " << (c ? c->synopsis : commandName) << Qt::endl;
        if (c)
            m_out << "  " << c->summary << Qt::endl;
        return false;
    }
    return true;
}

int Context::usageError(const QString &message)
{
    m_err << "peerscope: " << message << Qt::endl
          << QCoreApplication::translate("cli", "Run 'peerscope --help' for the list of commands and options.") << Qt::endl;
    return BadInput;
}

QString usageText()
{
    QString text;
    QTextStream s(&text);
    s << "usage: peerscope [global options]                 open the window\n"
         "       peerscope [global options] COMMAND ARGS    run headless\n\n"
         "global options:\n"
         "  --db PATH        the cache file (default: " << Cache::defaultPath() << ")\n"
         "  --db URI         a team cache on a PostgreSQL server: postgresql://user@host:port/dbname\n"
         "                   (the password from ~/.pgpass or PGPASSWORD)\n"
         "  --api-base URL   the OpenAlex API (default: https://api.openalex.org)\n"
         "  --api-key KEY    the OpenAlex API key (or set OPENALEX_API_KEY)\n"
         "  --offline        never touch the network\n"
         "  --help, --version\n\n"
         "commands:\n";
    for (const Command &c : Registry::all()) {
        if (c.hidden)
            continue;
        s << "  " << c.synopsis << '\n' << "      " << c.summary << '\n';
    }
    s << "\nAUTHOR: an OpenAlex ID (A5017898742 or its URL), an ORCID, or a name that\n"
         "matches exactly one cached author.\n"
         "exit codes: 0 ok, 1 bad usage or input, 2 not found, 3 network or API error, 4 cache error\n";
    return text;
}

bool splitGlobal(const QStringList &args, GlobalOptions *options, QString *command, QStringList *rest, QString *error)
{
    options->apiKey = QProcessEnvironment::systemEnvironment().value(QStringLiteral("OPENALEX_API_KEY"));
    int i = 0;
    auto value = [&](const QString &name, QString *target) -> bool {
        const QString arg = args.at(i);
        const QString prefix = name + u'=';
        if (arg.startsWith(prefix)) {
            *target = arg.mid(prefix.size());
            return true;
        }
        if (i + 1 >= args.size()) {
            *error = QCoreApplication::translate("cli", "%1 needs a value").arg(name);
            return false;
        }
        *target = args.at(++i);
        return true;
    };
    for (; i < args.size(); ++i) {
        const QString arg = args.at(i);
        if (!arg.startsWith(u'-'))
            break;
        const QString name = arg.section(u'=', 0, 0);
        if (name == QLatin1String("--db")) {
            if (!value(name, &options->dbPath))
                return false;
        } else if (name == QLatin1String("--api-base")) {
            if (!value(name, &options->apiBase))
                return false;
        } else if (name == QLatin1String("--api-key")) {
            if (!value(name, &options->apiKey))
                return false;
        } else if (arg == QLatin1String("--offline")) {
            options->offline = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            *command = QStringLiteral("help");
            return true;
        } else if (arg == QLatin1String("--version")) {
            *command = QStringLiteral("version");
            return true;
        } else {
            // Qt's own options (-platform, -style, ...) belong to the window;
            // anything else is a typo that must not silently open it.
            static const QStringList qtOptions{
                QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
                QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
                QStringLiteral("qwindowtitle"), QStringLiteral("reverse"), QStringLiteral("session"),
                QStringLiteral("style"), QStringLiteral("stylesheet"), QStringLiteral("widgetcount"),
                QStringLiteral("display"), QStringLiteral("geometry"), QStringLiteral("title"), QStringLiteral("name"),
                QStringLiteral("icon"), QStringLiteral("dialogs"), QStringLiteral("nograb"), QStringLiteral("dograb"),
                QStringLiteral("sync"), QStringLiteral("qmljsdebugger"), QStringLiteral("fontengine"),
                QStringLiteral("testability")};
            const QString bare = name.mid(name.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!qtOptions.contains(bare)) {
                *error = QCoreApplication::translate("cli", "unknown option '%1'; see 'peerscope --help'").arg(name);
                return false;
            }
            *command = QString();
            *rest = args.mid(i);
            return true;
        }
    }
    if (i < args.size()) {
        *command = args.at(i);
        *rest = args.mid(i + 1);
    }
    return true;
}

bool parseSearchArguments(Context &ctx, SearchArguments *out, int *exitCode)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("TEXT"), QCoreApplication::translate("cli", "words of the name"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "print JSON"));
    const QCommandLineOption remote(QStringLiteral("remote"), QCoreApplication::translate("cli", "ask OpenAlex instead of the cache"));
    const QCommandLineOption works(QStringLiteral("works"), QCoreApplication::translate("cli", "list matching cached works instead of authors"));
    parser.addOption(json);
    parser.addOption(remote);
    parser.addOption(works);
    if (!ctx.parse(parser, QStringLiteral("search"))) {
        *exitCode = parser.errorText().isEmpty() ? Ok : BadInput;
        return false;
    }
    out->text = parser.positionalArguments().join(u' ').trimmed();
    out->json = parser.isSet(json);
    out->remote = parser.isSet(remote);
    out->works = parser.isSet(works);
    if (out->text.isEmpty()) {
        *exitCode = ctx.usageError(QCoreApplication::translate("cli", "search needs some text"));
        return false;
    }
    if (out->works && out->remote) {
        *exitCode = ctx.usageError(QCoreApplication::translate("cli", "--works searches the cache only; leave out --remote"));
        return false;
    }
    return true;
}

QString resolveAuthorArgument(Context &ctx, const QString &argument, int *exitCode, bool record)
{
    Cache *cache = ctx.cache();
    if (!cache) {
        *exitCode = ctx.cacheExitCode();
        return {};
    }
    const AuthorResolution r = resolveAuthor(*cache, argument, record);
    switch (r.status) {
    case AuthorResolution::Status::Found:
        *exitCode = Ok;
        return r.id;
    case AuthorResolution::Status::Invalid:
        ctx.err() << QCoreApplication::translate("cli", "peerscope: '%1' is not an author ID, ORCID or name.").arg(argument) << Qt::endl;
        *exitCode = BadInput;
        return {};
    case AuthorResolution::Status::NotCached:
        ctx.err() << QCoreApplication::translate("cli", "peerscope: %1 is not in the cache. Run 'peerscope sync %1' to fetch it.")
                         .arg(r.id.isEmpty() ? r.orcid : r.id)
                  << Qt::endl;
        *exitCode = NotFound;
        return {};
    case AuthorResolution::Status::NoMatch:
        ctx.err() << QCoreApplication::translate("cli", "peerscope: no cached author matches '%1'. Try 'peerscope search --remote %1'.").arg(argument) << Qt::endl;
        *exitCode = NotFound;
        return {};
    case AuthorResolution::Status::ReadFailed:
        ctx.err() << QCoreApplication::translate("cli", "peerscope: could not read the cache to find '%1': %2").arg(argument, r.error) << Qt::endl;
        *exitCode = CacheError;
        return {};
    case AuthorResolution::Status::Ambiguous:
        ctx.err() << QCoreApplication::translate("cli", "peerscope: '%1' matches %2 cached authors; name one by its ID:")
                         .arg(argument).arg(r.candidates.size())
                  << Qt::endl;
        for (const AuthorSummary &s : r.candidates)
            ctx.err() << "  " << s.id << "  " << s.name << (s.institution.isEmpty() ? QString() : QStringLiteral("  (") + s.institution + u')') << Qt::endl;
        *exitCode = BadInput;
        return {};
    }
    *exitCode = BadInput;
    return {};
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    GlobalOptions options;
    QString command;
    QStringList rest;
    QString error;
    if (!splitGlobal(args, &options, &command, &rest, &error)) {
        err << "peerscope: " << error << Qt::endl;
        return BadInput;
    }
    if (command == QLatin1String("help")) {
        out << usageText();
        return Ok;
    }
    if (command == QLatin1String("version")) {
        out << "peerscope " << PEERSCOPE_VERSION << Qt::endl;
        return Ok;
    }
    const Command *c = Registry::find(command);
    if (!c) {
        err << QCoreApplication::translate("cli", "peerscope: unknown command '%1'.").arg(command) << Qt::endl
            << usageText();
        return BadInput;
    }
    Context ctx(options, rest, out, err);
    const int code = c->run(ctx);
    s_cache.reset();
    return code;
}

} // namespace peerscope::cli
