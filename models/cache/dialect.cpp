#include "cache/dialect.h"

#include "core/text.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace peerscope::dialect {

namespace {

using Re = QRegularExpression;
constexpr auto kCi = QRegularExpression::CaseInsensitiveOption;

QString searchTable(const QString &name, const QStringList &columns)
{
    // setweight: the first column (a title, a name) ranks above the rest.
    static const char *const weights[] = {"A", "B", "C", "D"};
    QStringList parts;
    QStringList definitions;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        definitions << columns.at(i) + QStringLiteral(" TEXT");
        parts << QStringLiteral("setweight(to_tsvector('%1'::regconfig, COALESCE(%2, '')), '%3')")
                     .arg(QLatin1String(kTextSearchConfig), columns.at(i), QLatin1String(weights[std::min<qsizetype>(i, 3)]));
    }
    return QStringLiteral("CREATE TABLE %1 (rowid BIGINT PRIMARY KEY, %2, document tsvector GENERATED ALWAYS AS (%3) STORED)")
        .arg(name, definitions.join(QStringLiteral(", ")), parts.join(QStringLiteral(" || ")));
}

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

// Whether sql has the keyword at i (case folded, whole word).
bool keywordAt(const QString &sql, qsizetype i, QLatin1String keyword)
{
    if (i > 0 && isWordChar(sql.at(i - 1)))
        return false;
    const qsizetype end = i + keyword.size();
    if (end > sql.size() || QStringView(sql).mid(i, keyword.size()).compare(keyword, Qt::CaseInsensitive) != 0)
        return false;
    return end == sql.size() || !isWordChar(sql.at(end));
}

// Whether a word that may follow a table or subquery in FROM, at i, is the
// start of the next clause or join rather than the item's name.
bool clauseKeywordAt(const QString &sql, qsizetype i)
{
    static const QLatin1String clauses[] = {
        QLatin1String("WHERE"), QLatin1String("GROUP"), QLatin1String("ORDER"), QLatin1String("LIMIT"),
        QLatin1String("JOIN"), QLatin1String("LEFT"), QLatin1String("INNER"), QLatin1String("CROSS"),
        QLatin1String("UNION"), QLatin1String("EXCEPT"), QLatin1String("INTERSECT"), QLatin1String("ON"),
        QLatin1String("HAVING"), QLatin1String("WINDOW"), QLatin1String("OFFSET"), QLatin1String("USING"),
        QLatin1String("RETURNING"), QLatin1String("NATURAL"), QLatin1String("FULL"), QLatin1String("RIGHT")};
    return std::any_of(std::begin(clauses), std::end(clauses), [&](QLatin1String word) { return keywordAt(sql, i, word); });
}

// SQLite sorts NULL below every value, PostgreSQL above: each ORDER BY term
// gets SQLite's place for NULLs said out loud (ASC NULLS FIRST, DESC NULLS
// LAST), so both backends list rows in the same order.
QString withSqliteNullOrder(const QString &sql)
{
    static const QLatin1String enders[] = {QLatin1String("LIMIT"), QLatin1String("OFFSET"), QLatin1String("UNION"),
                                           QLatin1String("EXCEPT"), QLatin1String("INTERSECT"), QLatin1String("RETURNING")};
    QString out;
    out.reserve(sql.size() + 64);
    qsizetype i = 0;
    bool inString = false;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (c == u'\'') {
            inString = !inString;
            out += c;
            ++i;
            continue;
        }
        if (inString || !keywordAt(sql, i, QLatin1String("ORDER"))) {
            out += c;
            ++i;
            continue;
        }
        // ORDER BY: copy the terms, each closed with its NULLS clause.
        qsizetype j = i + 5;
        while (j < sql.size() && sql.at(j).isSpace())
            ++j;
        if (!keywordAt(sql, j, QLatin1String("BY"))) {
            out += c;
            ++i;
            continue;
        }
        j += 2;
        out += QStringView(sql).mid(i, j - i);
        QString term;
        int depth = 0;
        bool quoted = false;
        auto closeTerm = [&]() {
            const QString trimmed = term.trimmed();
            if (trimmed.isEmpty()) {
                out += term;
            } else {
                const qsizetype trailing = term.size() - (term.lastIndexOf(trimmed.back()) + 1);
                out += term.left(term.size() - trailing);
                if (!trimmed.contains(QLatin1String("NULLS"), Qt::CaseInsensitive)) {
                    const bool desc = trimmed.endsWith(QLatin1String("DESC"), Qt::CaseInsensitive)
                        && (trimmed.size() == 4 || !isWordChar(trimmed.at(trimmed.size() - 5)));
                    out += desc ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
                }
                out += term.right(trailing);
            }
            term.clear();
        };
        for (; j < sql.size(); ++j) {
            const QChar d = sql.at(j);
            if (d == u'\'')
                quoted = !quoted;
            if (!quoted) {
                if (d == u'(')
                    ++depth;
                if (d == u')' && depth-- == 0)
                    break;
                if (depth == 0 && d == u',') {
                    closeTerm();
                    out += d;
                    continue;
                }
                bool ends = false;
                if (depth == 0)
                    for (const QLatin1String &ender : enders)
                        ends = ends || keywordAt(sql, j, ender);
                if (ends)
                    break;
            }
            term += d;
        }
        closeTerm();
        i = j;
    }
    return out;
}

// PostgreSQL 15 wants a name for every subquery in FROM or JOIN; SQLite
// does not, and the shared fragments (personworks.h) go both after FROM
// and after IN. Each unnamed one gets a name of its own.
QString withSubqueryNames(const QString &sql)
{
    QString out = sql;
    int named = 0;
    bool inString = false;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) == u'\'')
            inString = !inString;
        if (inString || !(keywordAt(out, i, QLatin1String("FROM")) || keywordAt(out, i, QLatin1String("JOIN"))))
            continue;
        qsizetype open = i + 4;
        while (open < out.size() && out.at(open).isSpace())
            ++open;
        if (open >= out.size() || out.at(open) != u'(')
            continue;
        qsizetype inner = open + 1;
        while (inner < out.size() && out.at(inner).isSpace())
            ++inner;
        if (!keywordAt(out, inner, QLatin1String("SELECT")))
            continue; // a table function's arguments, not a subquery
        int depth = 0;
        bool quoted = false;
        qsizetype close = open;
        for (; close < out.size(); ++close) {
            const QChar c = out.at(close);
            if (c == u'\'')
                quoted = !quoted;
            if (quoted)
                continue;
            if (c == u'(')
                ++depth;
            else if (c == u')' && --depth == 0)
                break;
        }
        if (close >= out.size())
            break;
        qsizetype next = close + 1;
        while (next < out.size() && out.at(next).isSpace())
            ++next;
        const bool hasName = next < out.size() && isWordChar(out.at(next)) && !clauseKeywordAt(out, next);
        if (!hasName)
            out.insert(close + 1, QStringLiteral(" AS subquery_%1").arg(++named));
    }
    return out;
}

// json_each(x) [AS] [alias] -> the elements of the JSON array x as rows of
// (value text, key 0, 1, ..., type), as SQLite gives them: its key is
// 0-based, ORDINALITY 1-based, and callers index arrays with it; type is
// 'text' for a string (SQLite's word), else PostgreSQL's json_typeof. LATERAL, so that x
// may name a column of a table before it in FROM (json_each(i.lineage)).
// Only the one-argument form: the two-argument one (a path) is used by
// SQLite-only backfills.
QString withJsonEach(const QString &sql)
{
    static const Re call(QStringLiteral("\\bjson_each\\(\\s*([^(),']+?)\\s*\\)"), kCi);
    static const Re alias(QStringLiteral("^\\s+(?:AS\\s+)?(\\w+)"), kCi);
    QString out;
    qsizetype from = 0;
    int unnamed = 0;
    for (QRegularExpressionMatchIterator it = call.globalMatch(sql); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() < from)
            continue;
        out += QStringView(sql).mid(from, m.capturedStart() - from);
        qsizetype end = m.capturedEnd();
        QString name;
        const QRegularExpressionMatch a = alias.match(QStringView(sql).mid(end));
        if (a.hasMatch() && !clauseKeywordAt(sql, end + a.capturedStart(1))) {
            name = a.captured(1);
            end += a.capturedEnd();
        }
        if (name.isEmpty())
            name = unnamed++ == 0 ? QStringLiteral("json_each") : QStringLiteral("json_each_%1").arg(unnamed);
        out += QStringLiteral("LATERAL (SELECT e.value #>> '{}' AS value, e.ordinality - 1 AS key, "
                              "CASE json_typeof(e.value) WHEN 'string' THEN 'text' ELSE json_typeof(e.value) END AS type "
                              "FROM json_array_elements(CAST(%1 AS json)) WITH ORDINALITY AS e(value, ordinality)) AS %2")
                   .arg(m.captured(1), name);
        from = end;
    }
    out += QStringView(sql).mid(from);
    return out;
}

} // namespace

QString statement(Backend backend, const QString &sql)
{
    if (backend == Backend::Sqlite)
        return sql;
    QString out = sql;

    static const Re insertOrIgnore(QStringLiteral("^\\s*INSERT\\s+OR\\s+IGNORE\\s+INTO\\b"), kCi);
    if (insertOrIgnore.match(out).hasMatch()) {
        out.replace(insertOrIgnore, QStringLiteral("INSERT INTO"));
        // Before a RETURNING clause, else at the end.
        static const Re returning(QStringLiteral("\\sRETURNING\\s"), kCi);
        const QRegularExpressionMatch m = returning.match(out);
        if (m.hasMatch())
            out.insert(m.capturedStart(), QStringLiteral(" ON CONFLICT DO NOTHING"));
        else
            out += QStringLiteral(" ON CONFLICT DO NOTHING");
    }
    // IS NOT NULL, IS NULL, IS [NOT] DISTINCT FROM, IS TRUE stay as they are.
    static const Re isNot(QStringLiteral("\\bIS\\s+NOT\\s+(?!NULL\\b|DISTINCT\\b|TRUE\\b|FALSE\\b)"), kCi);
    out.replace(isNot, QStringLiteral("IS DISTINCT FROM "));
    static const Re is(QStringLiteral("\\bIS\\s+(?!NOT\\b|NULL\\b|DISTINCT\\b|TRUE\\b|FALSE\\b)"), kCi);
    out.replace(is, QStringLiteral("IS NOT DISTINCT FROM "));
    out = withJsonEach(out);
    static const Re arrayLength(QStringLiteral("\\bjson_array_length\\(([^()]+)\\)"), kCi);
    out.replace(arrayLength, QStringLiteral("json_array_length(CAST(\\1 AS json))"));
    // group_concat's one-argument form (its separator is a comma).
    // In the order of the values (SQLite's, which reads them along the
    // index that holds them, is that order in every use), bytewise as
    // SQLite compares: the lists are parsed in order, and sums over them
    // (PageRank) must not change in their last digit between backends.
    static const Re groupConcat(QStringLiteral("\\bgroup_concat\\(([^(),]+)\\)"), kCi);
    out.replace(groupConcat, QStringLiteral("string_agg(\\1, ',' ORDER BY \\1 COLLATE \"C\")"));
    static const Re instr(QStringLiteral("\\binstr\\("), kCi);
    out.replace(instr, QStringLiteral("strpos("));
    static const Re indexedBy(QStringLiteral("\\s+INDEXED\\s+BY\\s+\\w+"), kCi);
    out.replace(indexedBy, QString());
    // A negative LIMIT is no limit to SQLite, an error to PostgreSQL (where
    // LIMIT NULL is none); callers pass -1.
    static const Re limit(QStringLiteral("\\bLIMIT\\s+\\?"), kCi);
    out.replace(limit, QStringLiteral("LIMIT NULLIF(?, -1)"));
    out = withSqliteNullOrder(out);
    out = withSubqueryNames(out);
    static const Re beginImmediate(QStringLiteral("^\\s*BEGIN\\s+IMMEDIATE\\b"), kCi);
    out.replace(beginImmediate, QStringLiteral("BEGIN"));
    return out;
}

QVariant boundValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return value.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromUtf8(value.toByteArray()));
    case QMetaType::Bool:
        return value.isNull() ? QVariant(QMetaType(QMetaType::Int)) : QVariant(value.toBool() ? 1 : 0);
    default:
        return value;
    }
}

QStringList schemaStatements(Backend backend, const QString &sql)
{
    if (backend == Backend::Sqlite)
        return {sql};

    static const Re fts(QStringLiteral("^\\s*CREATE\\s+VIRTUAL\\s+TABLE\\s+(\\w+)\\s+USING\\s+fts5\\s*\\((.*)\\)\\s*$"),
                        kCi | QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = fts.match(sql); m.hasMatch()) {
        QStringList columns;
        for (const QString &part : m.captured(2).split(u',')) {
            const QString column = part.trimmed();
            // Options (tokenize = ..., prefix = ...) are SQLite's business.
            if (!column.contains(u'=') && !column.contains(u'\'') && !column.isEmpty())
                columns << column;
        }
        const QString name = m.captured(1);
        return {searchTable(name, columns),
                QStringLiteral("CREATE INDEX %1_document ON %1 USING GIN (document)").arg(name)};
    }

    QString out = sql;
    static const Re withoutRowid(QStringLiteral("\\)\\s*WITHOUT\\s+ROWID\\s*$"), kCi);
    out.replace(withoutRowid, QStringLiteral(")"));
    static const Re integerKey(QStringLiteral("\\bINTEGER\\s+PRIMARY\\s+KEY\\b"), kCi);
    out.replace(integerKey, QStringLiteral("BIGSERIAL PRIMARY KEY"));
    static const Re real(QStringLiteral("\\bREAL\\b"), kCi);
    out.replace(real, QStringLiteral("DOUBLE PRECISION"));
    static const Re nocase(QStringLiteral("\\s+COLLATE\\s+NOCASE\\b"), kCi);
    out.replace(nocase, QString());
    // Text compares bytewise, as in SQLite, whatever the server's locale:
    // the same rows in the same order on both backends.
    static const Re tableDefinition(QStringLiteral("^\\s*(CREATE\\s+TABLE|ALTER\\s+TABLE)\\b"), kCi);
    if (tableDefinition.match(out).hasMatch()) {
        static const Re text(QStringLiteral("\\bTEXT\\b(?!\\s+COLLATE)"));
        out.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
    }
    QStringList extra;
    // SQLite's implicit rowid, made explicit where the search tables key on it.
    static const Re rowidTable(QStringLiteral("^\\s*CREATE\\s+TABLE\\s+(authors|works)\\s*\\("), kCi);
    if (const QRegularExpressionMatch m = rowidTable.match(out); m.hasMatch()) {
        out.insert(m.capturedEnd(), QStringLiteral("\n        rowid BIGSERIAL NOT NULL,"));
        extra << QStringLiteral("CREATE UNIQUE INDEX %1_rowid ON %1(rowid)").arg(m.captured(1));
    }
    return QStringList{statement(backend, out)} + extra;
}

QStringList setupStatements(Backend backend)
{
    if (backend == Backend::Sqlite)
        return {};
    const QString config = QLatin1String(kTextSearchConfig);
    return {
        // A trusted extension: the database's owner may create it.
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent"),
        QStringLiteral("CREATE TEXT SEARCH CONFIGURATION %1 (COPY = pg_catalog.simple)").arg(config),
        QStringLiteral("ALTER TEXT SEARCH CONFIGURATION %1 ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, "
                       "word, hword, hword_part WITH unaccent, simple")
            .arg(config),
        QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
    };
}

QString schemaVersionKept(Backend backend)
{
    if (backend == Backend::Sqlite)
        return {};
    return QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL");
}

QString schemaVersionQuery(Backend backend)
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("PRAGMA user_version");
    return QStringLiteral("SELECT MAX(version) FROM schema_version");
}

QString schemaVersionUpdate(Backend backend, int version)
{
    // The version is one of our constants, never user input.
    if (backend == Backend::Sqlite)
        return QStringLiteral("PRAGMA user_version=%1").arg(version);
    return QStringLiteral("UPDATE schema_version SET version = %1").arg(version);
}

QString prefixQuery(Backend backend, const QString &userText)
{
    if (backend == Backend::Sqlite)
        return text::ftsQuery(userText);
    QStringList terms;
    for (const QString &w : text::searchWords(userText))
        terms << w + QStringLiteral(":*");
    return terms.join(QStringLiteral(" & "));
}

QString textMatch(Backend backend, const QString &table, const QString &alias)
{
    if (backend == Backend::Sqlite)
        return table + QStringLiteral(" MATCH ?");
    return QStringLiteral("%1.document @@ to_tsquery('%2', ?)").arg(alias, QLatin1String(kTextSearchConfig));
}

QString textRank(Backend backend, const QString &table, const QString &alias, const QString &bm25Weights)
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("bm25(%1, %2)").arg(table, bm25Weights);
    return QStringLiteral("ts_rank(%1.document, to_tsquery('%2', ?)) DESC").arg(alias, QLatin1String(kTextSearchConfig));
}

} // namespace peerscope::dialect
