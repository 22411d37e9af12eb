#pragma once

// The code paths the fuzzers drive, shared with tests/tst_fuzzregressions.cpp
// so that every kept crashing input is replayed through exactly the same
// calls in the normal build. Each function returns an empty string when the
// input was handled, or what went wrong (an invariant the output broke);
// memory errors and undefined behaviour are left to the sanitizers.

#include "cache/cache.h"
#include "cache/importer.h"
#include "openalex/ids.h"
#include "export/bibtexexporter.h"
#include "export/publicationexporter.h"
#include "export/risexporter.h"
#include "openalex/openalexparser.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace peerscope::fuzz {

// Every object at the top level and in "results", whatever its "id" says:
// parseWork and parseAuthor must cope with any object, not only the ones
// parseDocument routes to them.
inline QList<QJsonObject> candidateObjects(const QByteArray &data)
{
    QList<QJsonObject> objects;
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (doc.isObject()) {
        objects << doc.object();
        for (const QJsonValue &v : doc.object().value(QLatin1StringView("results")).toArray())
            if (v.isObject())
                objects << v.toObject();
    } else if (doc.isArray()) {
        for (const QJsonValue &v : doc.array())
            if (v.isObject())
                objects << v.toObject();
    }
    return objects;
}

inline QString runParser(const QByteArray &data)
{
    openalex::ParsedDocument doc;
    openalex::ParseError error;
    const bool ok = openalex::parseDocument(data, &doc, &error);
    if (!ok && error.message.isEmpty())
        return QStringLiteral("parseDocument failed without saying why");
    if (ok && !error.message.isEmpty())
        return QStringLiteral("parseDocument succeeded but set an error");
    for (const QJsonObject &o : candidateObjects(data)) {
        const Work w = openalex::parseWork(o);
        const Author a = openalex::parseAuthor(o);
        openalex::parseInstitution(o);
        openalex::parseSource(o);
        openalex::parseTopic(o);
        openalex::rebuildAbstract(o.value(QLatin1StringView("abstract_inverted_index")));
        // The raw JSON kept for re-derivation must itself parse again.
        if (!w.rawJson.isEmpty() && !QJsonDocument::fromJson(w.rawJson).isObject())
            return QStringLiteral("a work's raw JSON does not parse back");
        if (!a.rawJson.isEmpty() && !QJsonDocument::fromJson(a.rawJson).isObject())
            return QStringLiteral("an author's raw JSON does not parse back");
    }
    return {};
}

// One document into an open cache. Afterwards every work the document held
// must read back with all its authorships when the import succeeded.
inline QString runImporter(Cache &cache, const QByteArray &data)
{
    Importer importer(cache);
    ImportReport report;
    const bool ok = importer.importDocument(data, QStringLiteral("fuzz-input.json"), &report);
    if (ok != report.errors.isEmpty())
        return QStringLiteral("importDocument's result and its report disagree");
    if (!ok)
        return {};
    // The importer takes more than one API answer: bare arrays of entities,
    // and answers with no entities (reported and skipped). It must still
    // refuse what is not JSON at all.
    QJsonParseError jsonError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return QStringLiteral("import succeeded on a document that is not JSON");
    QList<Work> works;
    openalex::ParsedDocument doc;
    openalex::ParseError error;
    if (openalex::parseDocument(data, &doc, &error)) {
        works = doc.works;
    } else if (json.isArray()) {
        for (const QJsonValue &v : json.array())
            if (v.isObject() && ids::kindOf(v.toObject().value(QLatin1StringView("id")).toString()) == EntityKind::Work)
                works << openalex::parseWork(v.toObject());
    }
    for (const Work &w : std::as_const(works)) {
        if (w.id.isEmpty())
            continue;
        const std::optional<Work> back = cache.work(w.id);
        if (!back)
            return QStringLiteral("imported work %1 does not read back").arg(w.id);
    }
    cache.rowCounts();
    return {};
}

inline QList<Work> worksOf(const QByteArray &data)
{
    openalex::ParsedDocument doc;
    openalex::ParseError error;
    if (!openalex::parseDocument(data, &doc, &error))
        return {};
    return doc.works;
}

// BibTeX counts braces whether or not a backslash precedes them, so a field
// value that unbalances them would swallow or end the entry early.
inline QString checkBraces(const QString &text)
{
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'{')
            ++depth;
        else if (c == u'}' && --depth < 0)
            return QStringLiteral("a closing brace without an opening one");
    }
    return depth == 0 ? QString() : QStringLiteral("unbalanced braces at the end of the file");
}

inline QString runBibTeX(const QByteArray &data)
{
    const QList<Work> works = worksOf(data);
    for (const auto dialect : {BibTexExporter::Dialect::BibTeX, BibTexExporter::Dialect::BibLaTeX}) {
        for (const bool ascii : {false, true}) {
            ExportOptions options;
            options.format = dialect == BibTexExporter::Dialect::BibTeX ? ExportFormat::BibTeX : ExportFormat::BibLaTeX;
            options.asciiOnly = ascii;
            options.includeAbstract = true;
            options.mergePreprints = ascii;
            const QList<ExportEntry> entries = PublicationExporter(options).prepare(works);
            const QByteArray bytes = BibTexExporter(dialect).write(entries, options);
            const QString text = QString::fromUtf8(bytes);
            if (text.toUtf8() != bytes)
                return QStringLiteral("the BibTeX output is not valid UTF-8");
            if (const QString problem = checkBraces(text); !problem.isEmpty())
                return problem;
            // One "@type{" per entry at the start of a line: a field cannot
            // start a record of its own.
            if (text.count(QLatin1StringView("\n@")) + (text.startsWith(u'@') ? 1 : 0) != entries.size())
                return QStringLiteral("the number of @entries differs from the number of works");
        }
    }
    return {};
}

// RIS: every line is "XX  - value"; a value that held a line break would
// start a tag of its own.
inline QString runRis(const QByteArray &data)
{
    const QList<Work> works = worksOf(data);
    ExportOptions options;
    options.format = ExportFormat::Ris;
    options.includeAbstract = true;
    const QList<ExportEntry> entries = PublicationExporter(options).prepare(works);
    const QByteArray bytes = RisExporter().write(entries, options);
    const QList<QByteArray> lines = bytes.split('\n');
    int records = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (i + 1 == lines.size() && line.isEmpty())
            break;
        if (!line.endsWith('\r'))
            return QStringLiteral("line %1 does not end with CRLF").arg(i + 1);
        line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.contains('\r'))
            return QStringLiteral("line %1 holds a bare carriage return").arg(i + 1);
        const bool tagged = line.size() >= 6 && line.at(0) >= 'A' && line.at(0) <= 'Z'
                            && ((line.at(1) >= 'A' && line.at(1) <= 'Z') || (line.at(1) >= '0' && line.at(1) <= '9'))
                            && line.mid(2, 4) == "  - ";
        if (!tagged)
            return QStringLiteral("line %1 is not a RIS tag line: %2").arg(i + 1).arg(QString::fromUtf8(line.left(40)));
        if (line.startsWith("ER  - "))
            ++records;
    }
    if (records != entries.size())
        return QStringLiteral("%1 RIS records for %2 works").arg(records).arg(entries.size());
    return {};
}

} // namespace peerscope::fuzz
