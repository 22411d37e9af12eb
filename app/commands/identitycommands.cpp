// identity suggest|conflation|merge|distinct|split|exclude|list|undo|redo: author
// identity corrections from the command line.

#include "cli.h"
#include "commands/profileformat.h"

#include "cache/cache.h"
#include "identity/identity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace peerscope::cli {

namespace {

QStringList workList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        for (const QString &part : v.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
            out << part.section(u'/', -1).toUpper();
    return out;
}

int report(Context &ctx, const identity::Corrections::Result &r, const QString &done, bool json)
{
    if (r.conflict) {
        // Both sides, and how to choose: nothing was written.
        ctx.err() << "peerscope: " << QCoreApplication::translate("cli", "conflict: you want to %1").arg(r.conflict->mine);
        if (!r.conflict->myReason.isEmpty())
            ctx.err() << QCoreApplication::translate("cli", ", because: \"%1\"").arg(r.conflict->myReason);
        ctx.err() << Qt::endl << QCoreApplication::translate("cli", "but in effect:") << Qt::endl;
        for (const identity::Correction &c : r.conflict->theirs)
            ctx.err() << "    " << identity::Corrections::describe(c) << Qt::endl;
        ctx.err() << QCoreApplication::translate("cli", "Nothing was written. Run it again with --on-conflict theirs to keep what is in "
                                                        "effect (yours is logged as declined, with your reason), or --on-conflict mine "
                                                        "to apply yours (theirs stays in the log, superseded).")
                  << Qt::endl;
        return BadInput;
    }
    if (!r.ok) {
        ctx.err() << "peerscope: " << r.error << Qt::endl;
        return BadInput;
    }
    if (r.declined && !json) {
        ctx.out() << QCoreApplication::translate("cli", "Kept what is in effect; yours is logged as declined (action %1).").arg(r.batch)
                  << Qt::endl;
        return Ok;
    }
    if (json)
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("person"), r.personId}, {QStringLiteral("batch"), r.batch},
                                               {QStringLiteral("declined"), r.declined}, {QStringLiteral("superseded"), r.superseded}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
    else
        ctx.out() << done.arg(r.personId) << Qt::endl;
    return Ok;
}

int identityCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), QCoreApplication::translate("cli", "suggest, conflation, merge, distinct, split, exclude, list, undo or redo"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "print JSON"));
    const QCommandLineOption works(QStringLiteral("works"), QCoreApplication::translate("cli", "work IDs (comma-separated or repeated)"), QStringLiteral("W"));
    const QCommandLineOption reason(QStringLiteral("reason"), QCoreApplication::translate("cli", "why, kept with the correction"), QStringLiteral("TEXT"));
    const QCommandLineOption name(QStringLiteral("name"), QCoreApplication::translate("cli", "name of the person split off"), QStringLiteral("NAME"));
    const QCommandLineOption onConflict(QStringLiteral("on-conflict"),
                                        QCoreApplication::translate("cli", "when it contradicts a correction in effect: ask (default: "
                                                                           "write nothing and show both), theirs or mine"),
                                        QStringLiteral("ask|theirs|mine"), QStringLiteral("ask"));
    parser.addOptions({json, works, reason, name, onConflict});
    if (!ctx.parse(parser, QStringLiteral("identity")))
        return parser.errorText().isEmpty() ? Ok : BadInput;
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return ctx.usageError(QCoreApplication::translate("cli", "identity needs an action: suggest, conflation, merge, distinct, split, exclude, list, undo, redo"));
    const QString action = args.takeFirst();
    const bool asJson = parser.isSet(json);

    // merge and distinct speak of records: the first argument may name a
    // person through a merged record, the others are records themselves.
    auto resolveAll = [&](const QStringList &names, QStringList *ids) -> int {
        for (const QString &n : names) {
            int code = Ok;
            const bool record = !ids->isEmpty() || action == QLatin1String("distinct");
            const QString id = resolveAuthorArgument(ctx, n, &code, record);
            if (id.isEmpty())
                return code;
            *ids << id;
        }
        return Ok;
    };

    Cache *cache = ctx.cache();
    if (!cache)
        return ctx.cacheExitCode();
    identity::Corrections corrections(*cache);
    const QString how = parser.value(onConflict);
    if (how == QLatin1String("theirs"))
        corrections.setOnConflict(identity::OnConflict::KeepTheirs);
    else if (how == QLatin1String("mine"))
        corrections.setOnConflict(identity::OnConflict::KeepMine);
    else if (how != QLatin1String("ask"))
        return ctx.usageError(QCoreApplication::translate("cli", "--on-conflict takes ask, theirs or mine, not '%1'").arg(how));

    if (action == QLatin1String("suggest") || action == QLatin1String("conflation")) {
        if (args.size() != 1)
            return ctx.usageError(QCoreApplication::translate("cli", "identity %1 needs one AUTHOR").arg(action));
        QStringList ids;
        if (const int code = resolveAll(args, &ids); code != Ok)
            return code;
        if (action == QLatin1String("suggest")) {
            const auto found = identity::possibleDuplicates(*cache, ids.first());
            if (!found) {
                ctx.err() << "peerscope: " << QCoreApplication::translate("cli", "cannot read the cache: %1").arg(found.error()) << Qt::endl;
                return CacheError;
            }
            const QList<identity::DuplicateCandidate> &candidates = *found;
            if (asJson) {
                QJsonArray a;
                for (const auto &c : candidates)
                    a << QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
                                     {QStringLiteral("score"), c.score}, {QStringLiteral("name_key"), c.nameKey},
                                     {QStringLiteral("shared_coauthors"), QJsonArray::fromStringList(c.sharedCoauthors)},
                                     {QStringLiteral("shared_institutions"), QJsonArray::fromStringList(c.sharedInstitutions)},
                                     {QStringLiteral("shared_topics"), QJsonArray::fromStringList(c.sharedTopics)}};
                ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
            } else {
                for (const auto &c : candidates) {
                    ctx.out() << c.id << '\t' << c.name << '\t' << QCoreApplication::translate("cli", "score %1").arg(c.score) << Qt::endl;
                    for (const QString &e : c.evidence())
                        ctx.out() << "    " << e << Qt::endl;
                }
                if (candidates.isEmpty())
                    ctx.err() << QCoreApplication::translate("cli", "No likely duplicates of %1 in the cache.").arg(ids.first()) << Qt::endl;
            }
        } else {
            const auto found = identity::possibleConflation(*cache, ids.first());
            if (!found) {
                ctx.err() << "peerscope: " << QCoreApplication::translate("cli", "cannot read the cache: %1").arg(found.error()) << Qt::endl;
                return CacheError;
            }
            const QList<identity::ConflationFinding> &findings = *found;
            if (asJson) {
                QJsonArray a;
                for (const auto &f : findings)
                    a << conflationJson(f);
                ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
            } else {
                for (const auto &f : findings) {
                    ctx.out() << f.summary << Qt::endl;
                    for (const QString &e : f.evidence)
                        ctx.out() << "    " << e << Qt::endl;
                }
                if (findings.isEmpty())
                    ctx.err() << QCoreApplication::translate("cli", "No sign that %1 conflates several people.").arg(ids.first()) << Qt::endl;
            }
        }
        return Ok;
    }
    if (action == QLatin1String("merge")) {
        if (args.size() < 2)
            return ctx.usageError(QCoreApplication::translate("cli", "identity merge needs the primary AUTHOR and at least one more"));
        QStringList ids;
        if (const int code = resolveAll(args, &ids); code != Ok)
            return code;
        return report(ctx, corrections.merge(ids.first(), ids.mid(1), parser.value(reason)), QCoreApplication::translate("cli", "Merged into %1."), asJson);
    }
    if (action == QLatin1String("distinct")) {
        if (args.size() < 2)
            return ctx.usageError(QCoreApplication::translate("cli", "identity distinct needs an AUTHOR and at least one record that is someone else"));
        QStringList ids;
        if (const int code = resolveAll(args, &ids); code != Ok)
            return code;
        return report(ctx, corrections.distinct(ids.first(), ids.mid(1), parser.value(reason)),
                      QCoreApplication::translate("cli", "Kept apart from %1."), asJson);
    }
    if (action == QLatin1String("split") || action == QLatin1String("exclude")) {
        if (args.size() != 1)
            return ctx.usageError(QCoreApplication::translate("cli", "identity %1 needs one AUTHOR and --works").arg(action));
        QStringList ids;
        if (const int code = resolveAll(args, &ids); code != Ok)
            return code;
        const QStringList w = workList(parser.values(works));
        if (action == QLatin1String("split"))
            return report(ctx, corrections.split(ids.first(), w, parser.value(name), parser.value(reason)),
                          QCoreApplication::translate("cli", "Split off as %1."), asJson);
        return report(ctx, corrections.exclude(ids.first(), w, parser.value(reason)), QCoreApplication::translate("cli", "Excluded from %1."), asJson);
    }
    if (action == QLatin1String("undo"))
        return report(ctx, corrections.undo(), QCoreApplication::translate("cli", "Undone (%1)."), asJson);
    if (action == QLatin1String("redo"))
        return report(ctx, corrections.redo(), QCoreApplication::translate("cli", "Redone (%1)."), asJson);
    if (action == QLatin1String("list")) {
        const auto read = corrections.list(true);
        if (!read) {
            ctx.err() << "peerscope: " << QCoreApplication::translate("cli", "cannot read the cache: %1").arg(read.error()) << Qt::endl;
            return CacheError;
        }
        const QList<identity::Correction> &all = *read;
        if (asJson) {
            QJsonArray a;
            for (const auto &c : all)
                a << QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("kind"), c.kind},
                                 {QStringLiteral("person"), c.personId}, {QStringLiteral("record"), c.authorId},
                                 {QStringLiteral("work"), c.workId}, {QStringLiteral("batch"), c.batch},
                                 {QStringLiteral("reason"), c.reason}, {QStringLiteral("created_at"), c.createdAt},
                                 {QStringLiteral("undone"), c.undone}, {QStringLiteral("by"), c.actor},
                                 {QStringLiteral("version"), c.version},
                                 {QStringLiteral("superseded_by"), c.supersededBy > 0 ? QJsonValue(c.supersededBy) : QJsonValue()}};
            ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else {
            for (const auto &c : all) {
                QString state;
                if (c.supersededBy > 0 && c.batch > c.supersededBy)
                    state = QCoreApplication::translate("cli", "declined for %1").arg(c.supersededBy);
                else if (c.supersededBy > 0 && c.undone)
                    state = QCoreApplication::translate("cli", "superseded by %1").arg(c.supersededBy);
                else if (c.undone)
                    state = QCoreApplication::translate("cli", "undone");
                const bool onRecord = c.kind == QLatin1String("merge") || c.kind == QLatin1String("distinct");
                ctx.out() << c.batch << '\t' << c.kind << '\t' << c.personId << '\t' << (onRecord ? c.authorId : c.workId) << '\t'
                          << state << '\t' << c.reason;
                if (!c.actor.isEmpty())
                    ctx.out() << '\t' << QCoreApplication::translate("cli", "by %1").arg(c.actor);
                ctx.out() << Qt::endl;
            }
        }
        return Ok;
    }
    return ctx.usageError(QCoreApplication::translate("cli", "unknown identity action '%1'").arg(action));
}

const bool registered = Registry::add({QStringLiteral("identity"),
                                       QStringLiteral("identity suggest|conflation|merge|distinct|split|exclude|list|undo|redo ..."),
                                       QCoreApplication::translate("cli", "find duplicate or conflated records and correct them (merge A B, distinct A B, split A --works W...)"),
                                       identityCommand});

} // namespace

} // namespace peerscope::cli
