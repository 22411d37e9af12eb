// note ID [--set TEXT [--over VERSION]]: the shared note on a person or a work.

#include "cli.h"

#include "cache/cache.h"
#include "cache/notequeries.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace peerscope::cli {

namespace {

QJsonObject noteJson(const Note &n)
{
    return QJsonObject{{QStringLiteral("id"), n.entityId},
                       {QStringLiteral("note"), n.text},
                       {QStringLiteral("version"), n.version},
                       {QStringLiteral("updated_at"), n.updatedAt.isEmpty() ? QJsonValue() : QJsonValue(n.updatedAt)},
                       {QStringLiteral("by"), n.updatedBy}};
}

void printNote(Context &ctx, const Note &n, bool json)
{
    if (json) {
        ctx.out() << QJsonDocument(noteJson(n)).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    if (n.version == 0) {
        ctx.err() << QCoreApplication::translate("cli", "No note on %1.").arg(n.entityId) << Qt::endl;
        return;
    }
    ctx.out() << n.text << Qt::endl;
    ctx.err() << (n.updatedBy.isEmpty()
                      ? QCoreApplication::translate("cli", "version %1, %2").arg(n.version).arg(n.updatedAt)
                      : QCoreApplication::translate("cli", "version %1, %2 by %3").arg(n.version).arg(n.updatedAt, n.updatedBy))
              << Qt::endl;
}

int noteCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("cli", "an author, person or work ID"));
    const QCommandLineOption set(QStringLiteral("set"), QCoreApplication::translate("cli", "write this text as the note"), QStringLiteral("TEXT"));
    const QCommandLineOption over(QStringLiteral("over"),
                                  QCoreApplication::translate("cli", "the version you are replacing (refused if someone saved since)"),
                                  QStringLiteral("VERSION"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "print JSON"));
    parser.addOptions({set, over, json});
    if (!ctx.parse(parser, QStringLiteral("note")))
        return parser.errorText().isEmpty() ? Ok : BadInput;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return ctx.usageError(QCoreApplication::translate("cli", "note needs one ID"));
    const QString id = args.first().section(u'/', -1).toUpper();
    bool overOk = true;
    const qint64 overVersion = parser.isSet(over) ? parser.value(over).toLongLong(&overOk) : -1;
    if (!overOk || (parser.isSet(over) && overVersion < 0))
        return ctx.usageError(QCoreApplication::translate("cli", "--over takes a version number, as 'note ID' prints it"));
    if (parser.isSet(over) && !parser.isSet(set))
        return ctx.usageError(QCoreApplication::translate("cli", "--over goes with --set"));
    Cache *cache = ctx.cache();
    if (!cache)
        return ctx.cacheExitCode();
    NoteQueries notes(*cache);
    const Read<Note> current = notes.note(id);
    if (!current) {
        ctx.err() << "peerscope: " << QCoreApplication::translate("cli", "cannot read the cache: %1").arg(current.error()) << Qt::endl;
        return CacheError;
    }
    if (!parser.isSet(set)) {
        printNote(ctx, *current, parser.isSet(json));
        return Ok;
    }
    const Read<NoteQueries::Saved> saved = notes.save(id, parser.value(set), overVersion >= 0 ? overVersion : current->version);
    if (!saved) {
        ctx.err() << "peerscope: " << QCoreApplication::translate("cli", "cannot write to the cache: %1 %2")
                                          .arg(saved.error(), cache->writeFailureAdvice())
                  << Qt::endl;
        return CacheError;
    }
    if (!saved->saved) {
        // Someone saved in between: theirs is shown, nothing is overwritten.
        const Note &theirs = saved->note;
        ctx.err() << "peerscope: " << QCoreApplication::translate("cli", "conflict: the note on %1 changed since version %2; it is now:")
                                          .arg(id).arg(overVersion >= 0 ? overVersion : current->version)
                  << Qt::endl;
        printNote(ctx, theirs, false);
        ctx.err() << QCoreApplication::translate("cli", "Nothing was written. To replace it, run again with --over %1.").arg(theirs.version)
                  << Qt::endl;
        return BadInput;
    }
    if (parser.isSet(json))
        ctx.out() << QJsonDocument(noteJson(saved->note)).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        ctx.out() << QCoreApplication::translate("cli", "Saved (version %1).").arg(saved->note.version) << Qt::endl;
    return Ok;
}

const bool registered = Registry::add({QStringLiteral("note"), QStringLiteral("note ID [--set TEXT [--over VERSION]] [--json]"),
                                       QCoreApplication::translate("cli", "read or write the shared note on a person or work"),
                                       noteCommand});

} // namespace

} // namespace peerscope::cli
