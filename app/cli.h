#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace peerscope {
class Cache;
}

namespace peerscope::cli {

// The exit codes of the command-line contract (DESIGN.md).
enum ExitCode { Ok = 0, BadInput = 1, NotFound = 2, NetworkError = 3, CacheError = 4 };

struct GlobalOptions {
    QString dbPath;
    QString apiBase;
    QString apiKey;               // never printed
    bool offline = false;
};

// What a command gets: its own arguments, the global options, and the two
// streams (data on out, progress and errors on err).
class Context
{
public:
    Context(GlobalOptions options, QStringList args, QTextStream &out, QTextStream &err);

    const GlobalOptions &options() const { return m_options; }
    const QStringList &args() const { return m_args; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens the cache named by --db (or the default). Prints the problem and
    // returns nullptr on failure; exitCode() then says why.
    Cache *cache();
    int cacheExitCode() const { return m_cacheExit; }

    // Parses the command's own arguments; prints a usage error and returns
    // false when they are wrong.
    bool parse(QCommandLineParser &parser, const QString &commandName);
    int usageError(const QString &message);

private:
    GlobalOptions m_options;
    QStringList m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    Cache *m_cache = nullptr;
    int m_cacheExit = Ok;
};

using CommandFunction = std::function<int(Context &)>;

struct Command {
    QString name;
    QString synopsis;     // "show AUTHOR [--json]"
    QString summary;      // one line
    CommandFunction run;
    bool hidden = false;  // reached through another command, not listed
};

// Commands register themselves from their own translation units.
class Registry
{
public:
    static bool add(Command command);
    static const QList<Command> &all();
    static const Command *find(const QString &name);
};

// Runs the command line; returns the process exit code. args excludes argv[0].
int run(const QStringList &args, QTextStream &out, QTextStream &err);

// Splits global options from the command; returns false on a bad global
// option (message in error). command is empty when none was given.
bool splitGlobal(const QStringList &args, GlobalOptions *options, QString *command, QStringList *rest, QString *error);

QString usageText();

// `search TEXT [--remote] [--json]`, parsed once for the local and the
// remote search. False when the command is over (help shown, or a usage
// error printed); exitCode then holds its code.
struct SearchArguments {
    QString text;
    bool json = false;
    bool remote = false;
    bool works = false; // cached works instead of authors
};
bool parseSearchArguments(Context &ctx, SearchArguments *out, int *exitCode);

// Resolves AUTHOR for a command; prints what went wrong and sets exitCode.
QString resolveAuthorArgument(Context &ctx, const QString &argument, int *exitCode, bool record = false);

} // namespace peerscope::cli
