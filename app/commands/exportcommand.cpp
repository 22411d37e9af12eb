// export: the publication list of an author in a reference-manager format.

#include "cli.h"

#include "cache/cache.h"
#include "cache/workqueries.h"
#include "export/citationkeygenerator.h"
#include "export/exporter.h"
#include "export/publicationexporter.h"

#include <QCoreApplication>

namespace peerscope::cli {

namespace {

int exportCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("AUTHOR"), QCoreApplication::translate("cli", "OpenAlex ID, ORCID or name"));
    const QCommandLineOption format(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                    QCoreApplication::translate("cli", "bibtex, biblatex, ris, csljson, csv, jsonl or markdown"), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("cli", "write to FILE (atomically) instead of standard output"), QStringLiteral("FILE"));
    const QCommandLineOption ascii(QStringLiteral("ascii"), QCoreApplication::translate("cli", "BibTeX/BibLaTeX: LaTeX-escaped ASCII instead of UTF-8"));
    const QCommandLineOption abstracts(QStringLiteral("abstracts"), QCoreApplication::translate("cli", "include abstracts"));
    const QCommandLineOption bom(QStringLiteral("bom"), QCoreApplication::translate("cli", "CSV: start with a UTF-8 byte order mark"));
    const QCommandLineOption merge(QStringLiteral("merge-preprints"),
                                   QCoreApplication::translate("cli", "fold each preprint into its published version"));
    const QCommandLineOption pattern(QStringLiteral("key-pattern"),
                                     QCoreApplication::translate("cli", "citation key pattern (default %1)").arg(CitationKeyGenerator::defaultPattern()),
                                     QStringLiteral("PATTERN"));
    parser.addOptions({format, output, ascii, abstracts, bom, merge, pattern});
    if (!ctx.parse(parser, QStringLiteral("export")))
        return parser.errorText().isEmpty() ? Ok : BadInput;
    if (parser.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("cli", "export needs an AUTHOR"));
    const QStringList known = ExporterRegistry::names();
    if (!parser.isSet(format))
        return ctx.usageError(QCoreApplication::translate("cli", "export needs --format, one of: %1").arg(known.join(QStringLiteral(", "))));
    const Exporter *writer = ExporterRegistry::find(parser.value(format));
    if (!writer)
        return ctx.usageError(QCoreApplication::translate("cli", "unknown export format '%1'; use one of: %2")
                                  .arg(parser.value(format), known.join(QStringLiteral(", "))));
    ExportOptions options;
    options.format = writer->format();
    options.asciiOnly = parser.isSet(ascii);
    options.includeAbstract = parser.isSet(abstracts);
    options.csvBom = parser.isSet(bom);
    options.mergePreprints = parser.isSet(merge);
    options.keyPattern = parser.value(pattern);
    QString patternError;
    if (!CitationKeyGenerator(options.keyPattern).isValid(&patternError))
        return ctx.usageError(patternError);

    int code = Ok;
    const QString id = resolveAuthorArgument(ctx, parser.positionalArguments().join(u' '), &code);
    if (id.isEmpty())
        return code;
    Cache *cache = ctx.cache();
    // Never write (or replace a file with) an export from a failed read:
    // exportCachedWorks() refuses when any work cannot be read.
    const Read<QStringList> ids = WorkQueries(*cache).idsOfPersonNewestFirst(cache->resolveAlias(id));
    if (!ids) {
        ctx.err() << QCoreApplication::translate("cli", "peerscope: cannot read the cache: %1").arg(ids.error()) << Qt::endl;
        return CacheError;
    }
    const QString path = parser.isSet(output) ? parser.value(output) : QString();
    if (parser.isSet(output) && path.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "peerscope: cannot write the export: -o needs a file name") << Qt::endl;
        return BadInput;
    }
    const ExportResult r = exportCachedWorks(*cache, *ids, options, path);
    if (!r.ok) {
        ctx.err() << "peerscope: " << r.error << Qt::endl;
        return r.readFailed ? CacheError : BadInput;
    }
    if (!path.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "Exported %1 works to %2.").arg(r.entries).arg(path) << Qt::endl;
        return Ok;
    }
    ctx.out() << QString::fromUtf8(r.data);
    ctx.out().flush();
    return Ok;
}

const bool registered = Registry::add(
    {QStringLiteral("export"),
     QStringLiteral("export AUTHOR --format bibtex|biblatex|ris|csljson|csv|jsonl|markdown [-o FILE] [--ascii] "
                    "[--abstracts] [--bom] [--merge-preprints] [--key-pattern P]"),
     QCoreApplication::translate("cli", "the publication list for reference managers and spreadsheets"), exportCommand});

} // namespace

} // namespace peerscope::cli
