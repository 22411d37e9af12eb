// citations: what an author's works (or a list of works) build on, what
// builds on them, and which of them belong together (coupling, co-citation).

#include "commands/citationscommand.h"

#include "cache/cache.h"
#include "core/displaytext.h"
#include "openalex/ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace peerscope::cli {

using citations::CitationNetwork;
using citations::DataHonesty;
using citations::Measure;
using citations::PairScore;
using citations::RankedWork;
using citations::WorkInfo;

std::optional<CitationNetwork> loadCitationNetwork(Context &ctx, const QStringList &positional, const QString &worksOption,
                                                   bool worksSet, const QString &commandName, int *exitCode,
                                                   QString *authorId)
{
    *exitCode = Ok;
    authorId->clear();
    const bool byAuthor = !positional.isEmpty();
    if (byAuthor == worksSet) {
        *exitCode = ctx.usageError(
            byAuthor ? QCoreApplication::translate("cli", "%1 takes an AUTHOR or --works, not both").arg(commandName)
                     : QCoreApplication::translate("cli", "%1 needs an AUTHOR or --works W1,W2,…").arg(commandName));
        return std::nullopt;
    }
    citations::SeedSet seeds;
    if (worksSet) {
        const QStringList parts = worksOption.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QString id = ids::normalizeOpenAlexId(part);
            if (id.isEmpty() || ids::kindOf(id) != EntityKind::Work) {
                *exitCode = ctx.usageError(QCoreApplication::translate("cli", "'%1' is not an OpenAlex work ID (W…)").arg(part));
                return std::nullopt;
            }
            if (!seeds.workIds.contains(id))
                seeds.workIds << id;
        }
        if (seeds.workIds.isEmpty()) {
            *exitCode = ctx.usageError(QCoreApplication::translate("cli", "--works needs at least one work ID"));
            return std::nullopt;
        }
        Cache *cache = ctx.cache();
        if (!cache) {
            *exitCode = ctx.cacheExitCode();
            return std::nullopt;
        }
        // One batched read; a failed read is exit 4, an uncached ID exit 2.
        const Read<QStringList> unknownRead = CitationNetwork::unknownSeeds(*cache, seeds);
        if (!unknownRead) {
            ctx.err() << QCoreApplication::translate("cli", "peerscope: cannot read the works from the cache: %1").arg(unknownRead.error())
                      << Qt::endl;
            *exitCode = CacheError;
            return std::nullopt;
        }
        const QStringList &unknown = *unknownRead;
        if (!unknown.isEmpty()) {
            ctx.err() << QCoreApplication::translate("cli", "peerscope: not in the cache: %1. Import or sync the works first "
                                                            "('peerscope import FILE' or 'peerscope sync AUTHOR').")
                             .arg(unknown.join(QStringLiteral(", ")))
                      << Qt::endl;
            *exitCode = NotFound;
            return std::nullopt;
        }
    } else {
        seeds.personId = resolveAuthorArgument(ctx, positional.join(u' '), exitCode);
        if (seeds.personId.isEmpty())
            return std::nullopt;
    }
    *authorId = seeds.personId;
    // No command here ranks similar works: their extra read is skipped.
    Read<CitationNetwork> network = CitationNetwork::load(*ctx.cache(), seeds, CitationNetwork::Reads::ListsOnly);
    if (!network) {
        ctx.err() << QCoreApplication::translate("cli", "peerscope: could not read the citations: %1").arg(network.error()) << Qt::endl;
        *exitCode = CacheError;
        return std::nullopt;
    }
    if (network->seeds().isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "peerscope: no cached works for %1; run 'peerscope sync %1' first.")
                         .arg(seeds.personId)
                  << Qt::endl;
        *exitCode = NotFound;
        return std::nullopt;
    }
    return std::move(*network);
}

QString honestyText(const DataHonesty &h, const QString &author)
{
    // "label: number" throughout, so that no count needs a plural form.
    QStringList lines;
    lines << QCoreApplication::translate("cli", "data: seeds: %1; with a reference list: %2; without reference data: %3 "
                                                "(OpenAlex lists none, which is not \"cites nothing\"); reference list never fetched: %4")
                 .arg(h.seeds)
                 .arg(h.seedsWithReferences)
                 .arg(h.seedsWithoutReferenceData)
                 .arg(h.seedsReferencesUnknown);
    const int pct = h.referenceLinks > 0 ? int(std::lround(100.0 * h.resolvedReferenceLinks / h.referenceLinks)) : 0;
    lines << QCoreApplication::translate("cli", "      references from the seeds: %1; to cached works: %2 (%3%); dangling: %4 "
                                                "(distinct IDs not in the cache: %5)")
                 .arg(h.referenceLinks)
                 .arg(h.resolvedReferenceLinks)
                 .arg(pct)
                 .arg(h.danglingReferenceLinks)
                 .arg(h.distinctDanglingIds);
    if (h.selfCitations > 0)
        lines.last() += QCoreApplication::translate("cli", "; self-citations left out: %1").arg(h.selfCitations);
    lines << QCoreApplication::translate("cli", "      known citing works: %1; seeds whose citing works were listed: %2 of %3")
                 .arg(h.citingWorks)
                 .arg(h.seedsWithCitingListed)
                 .arg(h.seeds);
    if (h.seedsCitedNotListed > 0 || h.seedsReferencesUnknown > 0 || h.danglingReferenceLinks > 0) {
        const QString who = author.isEmpty() ? QCoreApplication::translate("cli", "AUTHOR") : author;
        QString gaps;
        if (h.seedsCitedNotListed > 0)
            gaps = QCoreApplication::translate("cli", "cited seeds whose citing works were never fetched: %1; ").arg(h.seedsCitedNotListed);
        lines << QStringLiteral("      ") + gaps
                     + QCoreApplication::translate("cli", "run 'peerscope sync %1 --citations' to fetch references and citing works").arg(who);
    }
    return lines.join(u'\n') + u'\n';
}

namespace {

enum class Question { Foundations, FollowUps, Coupling, Cocitation };

QString titleText(const WorkInfo &w)
{
    if (w.status == citations::Status::New)
        return QCoreApplication::translate("cli", "(not cached)");
    return displayTitle(w.title);
}

QJsonObject rankedJson(const RankedWork &r)
{
    const WorkInfo &w = r.work;
    QJsonObject o{{QStringLiteral("id"), w.id},
                  // null: only the ID is known (status new); a cached work without a title reads "(untitled)".
                  {QStringLiteral("title"), w.status == citations::Status::New ? QJsonValue() : QJsonValue(displayTitle(w.title))},
                  {QStringLiteral("year"), w.year > 0 ? QJsonValue(w.year) : QJsonValue()},
                  {QStringLiteral("count"), r.count},
                  {QStringLiteral("share"), r.share},
                  {QStringLiteral("status"), citations::statusName(w.status)},
                  {QStringLiteral("first_author"), w.firstAuthor.isEmpty() ? QJsonValue() : QJsonValue(w.firstAuthor)},
                  {QStringLiteral("cited_by_count"), w.citedByCount >= 0 ? QJsonValue(w.citedByCount) : QJsonValue()},
                  {QStringLiteral("fwci"), w.fwci >= 0 ? QJsonValue(w.fwci) : QJsonValue()},
                  {QStringLiteral("pagerank"), r.pageRank}};
    return o;
}

QString cell(const QString &s, int width, bool right = false)
{
    return right ? s.rightJustified(width) : s.leftJustified(width);
}

QString elide(const QString &s, int width)
{
    return s.size() <= width ? s : s.left(width - 1) + QChar(0x2026);
}

QString rankedText(const QList<RankedWork> &rows, Question q)
{
    const QString countHeader = q == Question::Foundations ? QCoreApplication::translate("cli", "cited by seeds")
                                                           : QCoreApplication::translate("cli", "seeds cited");
    QStringList header{QCoreApplication::translate("cli", "#"), QCoreApplication::translate("cli", "work"),
                       QCoreApplication::translate("cli", "year"), countHeader, QCoreApplication::translate("cli", "share"),
                       QCoreApplication::translate("cli", "status"), QCoreApplication::translate("cli", "citations"),
                       QCoreApplication::translate("cli", "PageRank"), QCoreApplication::translate("cli", "first author"),
                       QCoreApplication::translate("cli", "title")};
    QList<QStringList> table{header};
    for (int i = 0; i < rows.size(); ++i) {
        const RankedWork &r = rows.at(i);
        const WorkInfo &w = r.work;
        table << QStringList{QString::number(i + 1),
                             w.id,
                             w.year > 0 ? QString::number(w.year) : QStringLiteral("----"),
                             QString::number(r.count),
                             QString::number(100.0 * r.share, 'f', 1) + u'%',
                             citations::statusName(w.status),
                             w.citedByCount >= 0 ? QString::number(w.citedByCount) : QStringLiteral("-"),
                             QString::number(r.pageRank, 'f', 4),
                             elide(w.firstAuthor, 24),
                             elide(titleText(w), 80)};
    }
    // Numbers right-aligned, text left; the last column runs free.
    const QList<bool> right{true, false, true, true, true, false, true, true, false, false};
    QList<int> width(header.size(), 0);
    for (const QStringList &row : std::as_const(table))
        for (int c = 0; c < row.size(); ++c)
            width[c] = std::max(width[c], int(row.at(c).size()));
    QString out;
    for (const QStringList &row : std::as_const(table)) {
        QStringList cells;
        for (int c = 0; c < row.size(); ++c)
            cells << (c + 1 == row.size() ? row.at(c) : cell(row.at(c), width.at(c), right.at(c)));
        out += cells.join(QStringLiteral("  ")) + u'\n';
    }
    return out;
}

QString pairsText(const QList<PairScore> &rows, const CitationNetwork &network, Question q, Measure measure)
{
    const QString sharedHeader = q == Question::Coupling ? QCoreApplication::translate("cli", "shared references")
                                                         : QCoreApplication::translate("cli", "shared citing works");
    QList<QStringList> table{{QCoreApplication::translate("cli", "a"), QCoreApplication::translate("cli", "b"), sharedHeader,
                              citations::measureName(measure), QCoreApplication::translate("cli", "titles")}};
    for (const PairScore &p : rows) {
        const QString score = measure == Measure::Count ? QString::number(p.shared) : QString::number(p.score, 'f', 4);
        table << QStringList{p.a, p.b, QString::number(p.shared), score,
                             elide(titleText(network.info(p.a)), 40) + QStringLiteral(" | ")
                                 + elide(titleText(network.info(p.b)), 40)};
    }
    const QList<bool> right{false, false, true, true, false};
    QList<int> width(5, 0);
    for (const QStringList &row : std::as_const(table))
        for (int c = 0; c < row.size(); ++c)
            width[c] = std::max(width[c], int(row.at(c).size()));
    QString out;
    for (const QStringList &row : std::as_const(table)) {
        QStringList cells;
        for (int c = 0; c < row.size(); ++c)
            cells << (c + 1 == row.size() ? row.at(c) : cell(row.at(c), width.at(c), right.at(c)));
        out += cells.join(QStringLiteral("  ")) + u'\n';
    }
    return out;
}

int citationsCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("AUTHOR"), QCoreApplication::translate("cli", "OpenAlex ID, ORCID or name"));
    const QCommandLineOption works(QStringLiteral("works"), QCoreApplication::translate("cli", "the seed works instead of an author's"),
                                   QStringLiteral("W1,W2,…"));
    const QCommandLineOption foundations(QStringLiteral("foundations"),
                                         QCoreApplication::translate("cli", "the works the seeds cite, by how many seeds cite them"));
    const QCommandLineOption followUps(QStringLiteral("followups"),
                                       QCoreApplication::translate("cli", "the works citing the seeds, by how many seeds they cite"));
    const QCommandLineOption coupling(QStringLiteral("coupling"),
                                      QCoreApplication::translate("cli", "pairs of seeds sharing references (bibliographic coupling)"));
    const QCommandLineOption cocitation(QStringLiteral("cocitation"),
                                        QCoreApplication::translate("cli", "pairs of seeds cited together (co-citation)"));
    const QCommandLineOption measure(QStringLiteral("measure"),
                                     QCoreApplication::translate("cli", "coupling and co-citation: count (default), salton, jaccard or association"),
                                     QStringLiteral("M"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QCoreApplication::translate("cli", "at most N rows (default 50; all with --json)"), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "print JSON"));
    parser.addOptions({works, foundations, followUps, coupling, cocitation, measure, limit, json});
    if (!ctx.parse(parser, QStringLiteral("citations")))
        return parser.errorText().isEmpty() ? Ok : BadInput;

    QList<Question> asked;
    if (parser.isSet(foundations))
        asked << Question::Foundations;
    if (parser.isSet(followUps))
        asked << Question::FollowUps;
    if (parser.isSet(coupling))
        asked << Question::Coupling;
    if (parser.isSet(cocitation))
        asked << Question::Cocitation;
    if (asked.size() != 1)
        return ctx.usageError(QCoreApplication::translate("cli", "citations needs exactly one of --foundations, --followups, --coupling, --cocitation"));
    const Question q = asked.constFirst();
    const bool pairs = q == Question::Coupling || q == Question::Cocitation;
    Measure m = Measure::Count;
    if (parser.isSet(measure)) {
        if (!pairs)
            return ctx.usageError(QCoreApplication::translate("cli", "--measure goes with --coupling or --cocitation"));
        const std::optional<Measure> named = citations::measureFromName(parser.value(measure).trimmed().toLower());
        if (!named)
            return ctx.usageError(QCoreApplication::translate("cli", "unknown measure '%1'; use count, salton, jaccard or association")
                                      .arg(parser.value(measure)));
        m = *named;
    }
    const bool asJson = parser.isSet(json);
    int rowLimit = asJson ? -1 : 50;
    if (parser.isSet(limit)) {
        bool ok = false;
        rowLimit = parser.value(limit).toInt(&ok);
        if (!ok || rowLimit < 1)
            return ctx.usageError(QCoreApplication::translate("cli", "--limit must be a positive number"));
    }

    int code = Ok;
    QString author;
    const std::optional<CitationNetwork> network = loadCitationNetwork(
        ctx, parser.positionalArguments(), parser.value(works), parser.isSet(works), QStringLiteral("citations"), &code, &author);
    if (!network)
        return code;

    if (!pairs) {
        QList<RankedWork> rows = q == Question::Foundations ? network->foundations() : network->followUps();
        const qsizetype total = rows.size();
        if (rowLimit > 0 && rows.size() > rowLimit)
            rows.resize(rowLimit);
        if (asJson) {
            QJsonArray a;
            for (const RankedWork &r : std::as_const(rows))
                a << rankedJson(r);
            ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else if (rows.isEmpty()) {
            ctx.out() << (q == Question::Foundations
                              ? QCoreApplication::translate("cli", "No references of the seed works are stored.")
                              : QCoreApplication::translate("cli", "No cached work cites the seed works."))
                      << '\n';
        } else {
            ctx.out() << rankedText(rows, q);
            if (total > rows.size())
                ctx.out() << QCoreApplication::translate("cli", "… %1 more (--limit N to see more)").arg(total - rows.size()) << '\n';
        }
    } else {
        // With a limit (the default on screen) one walk keeps only the best
        // rows: a big author's full list is hundreds of millions of pairs.
        qint64 total = 0;
        const int keep = rowLimit > 0 ? rowLimit : -1;
        const QList<PairScore> rows = q == Question::Coupling ? network->coupling(m, keep, &total)
                                                              : network->cocitation(m, keep, &total);
        if (asJson) {
            QJsonArray a;
            for (const PairScore &p : std::as_const(rows)) {
                // a < b whatever order the measure gave.
                const bool swap = p.b < p.a;
                a << QJsonObject{{QStringLiteral("a"), swap ? p.b : p.a},
                                 {QStringLiteral("b"), swap ? p.a : p.b},
                                 {QStringLiteral("shared"), p.shared},
                                 {QStringLiteral("score"), p.score}};
            }
            ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else if (rows.isEmpty()) {
            ctx.out() << (q == Question::Coupling
                              ? QCoreApplication::translate("cli", "No two seed works share a reference.")
                              : QCoreApplication::translate("cli", "No work is known to cite two of the seed works."))
                      << '\n';
        } else {
            ctx.out() << pairsText(rows, *network, q, m);
            if (total > rows.size())
                ctx.out() << QCoreApplication::translate("cli", "… %1 more (--limit N to see more)").arg(total - rows.size()) << '\n';
        }
    }
    ctx.out().flush();
    ctx.err() << honestyText(network->honesty(), author);
    ctx.err().flush();
    return Ok;
}

const bool registered = Registry::add(
    {QStringLiteral("citations"),
     QStringLiteral("citations AUTHOR|--works W1,W2,… --foundations|--followups|--coupling|--cocitation "
                    "[--measure count|salton|jaccard|association] [--limit N] [--json]"),
     QCoreApplication::translate("cli", "what the works build on, what builds on them, and which of them belong together"),
     citationsCommand});

} // namespace

} // namespace peerscope::cli
