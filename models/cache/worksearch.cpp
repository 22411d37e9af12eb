// The works search and the statistics that keep it fast: part of Cache.

#include "cache/cache.h"

#include "cache/ftsranking.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace peerscope {

namespace {

// A term in at least this many titles gets a list of its best title
// matches: below it, ranking every match costs about a millisecond.
constexpr int kTitleListThreshold = 1000;
// Entries per list: enough for the longest page searchWorks() is asked for.
constexpr int kTitleListLength = 200;

// FTS5's own ranking, used until the statistics exist (or where
// peerscope_rank could not be registered).
const QString kBm25 = QStringLiteral("bm25(%1, %2, %3, %4)")
                          .arg(ftsranking::kTitleWeight)
                          .arg(ftsranking::kAbstractWeight)
                          .arg(ftsranking::kVenueWeight)
                          .arg(ftsranking::kAuthorsWeight);

QString quoted(const QString &term)
{
    QString out = term;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

} // namespace

Cache::SearchGenerations Cache::searchGenerations() const
{
    SearchGenerations g;
    QSqlQuery &q = const_cast<Cache *>(this)->prepared(
        "SELECT (SELECT value FROM search_state WHERE name = 'works_fts_generation'), "
        "(SELECT value FROM search_state WHERE name = 'statistics_generation')");
    if (q.exec() && q.next()) {
        g.works = q.value(0).isNull() ? -1 : q.value(0).toLongLong();
        g.statistics = q.value(1).isNull() ? -1 : q.value(1).toLongLong();
    }
    q.finish();
    return g;
}

qint64 Cache::termDocuments(const QString &term, bool prefix, bool titleOnly) const
{
    Cache *self = const_cast<Cache *>(this);
    QSqlQuery &q = prefix
                       ? self->prepared(
                             // A prefix is counted as the sum over its terms
                             // (an upper bound: a work may hold several).
                             "SELECT sum(docs), sum(title_docs) FROM (SELECT docs, title_docs FROM works_fts_terms "
                             "WHERE term >= ? AND term < ? LIMIT 1000)")
                       : self->prepared("SELECT docs, title_docs FROM works_fts_terms WHERE term = ?");
    q.addBindValue(term);
    if (prefix) {
        static const QString last = QString::fromUcs4(U"\U0010FFFF", 1);
        q.addBindValue(QString(term + last));
    }
    qint64 n = 1; // not counted yet (new since the statistics): taken as rare
    if (q.exec() && q.next() && !q.value(0).isNull())
        n = std::max<qint64>(1, q.value(titleOnly ? 1 : 0).toLongLong());
    q.finish();
    return n;
}

QString Cache::rankingFor(const QList<QStringList> &terms, bool prefixLast, bool titleOnly) const
{
    QStringList counts;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        // A phrase is in no more works than its rarest term.
        qint64 n = -1;
        const QStringList &phrase = terms.at(i);
        for (qsizetype t = 0; t < phrase.size(); ++t) {
            const bool prefix = prefixLast && i + 1 == terms.size() && t + 1 == phrase.size();
            const qint64 d = termDocuments(phrase.at(t), prefix, titleOnly);
            n = n < 0 ? d : std::min(n, d);
        }
        counts << QString::number(std::max<qint64>(1, n));
    }
    return QStringLiteral("peerscope_rank(") + counts.join(QStringLiteral(", ")) + u')';
}

QStringList Cache::searchWorks(const QString &text, int limit) const
{
    static const QRegularExpression wordPattern(QStringLiteral(R"([\p{L}\p{N}]+)"));
    QStringList words;
    auto it = wordPattern.globalMatch(text);
    while (it.hasNext())
        words << it.next().captured(0);
    if (words.isEmpty() || limit <= 0)
        return {};
    Cache *self = const_cast<Cache *>(this);

    // With statistics, rank with their document counts; they drift a little
    // as works are added, which moves weights, never which works match. The
    // title lists are exact, so they are used only while nothing changed.
    const SearchGenerations generations = searchGenerations();
    const bool counted = m_tokenizer && generations.statistics >= 0;
    QList<QStringList> terms;
    if (counted) {
        for (const QString &w : std::as_const(words))
            terms << m_tokenizer->tokens(w);
    }

    QStringList out;
    QSet<QString> seen;
    auto collect = [&](QSqlQuery &q) {
        while (q.next() && out.size() < limit) {
            const QString id = q.value(0).toString();
            if (!seen.contains(id)) {
                seen.insert(id);
                out << id;
            }
        }
        q.finish();
    };

    if (counted && generations.statistics == generations.works && terms.size() == 1 && terms.first().size() == 1
        && limit <= kTitleListLength) {
        QSqlQuery &top = self->prepared(
            "SELECT w.id FROM works_title_top t JOIN works w ON w.rowid = t.work_rowid "
            "WHERE t.term = ? ORDER BY t.position LIMIT ?");
        top.addBindValue(terms.first().first());
        top.addBindValue(limit);
        if (!top.exec()) {
            self->fail(top);
            return out;
        }
        collect(top);
        // Lists are kept for terms in more titles than a page holds.
        if (out.size() == limit)
            return out;
        out.clear();
        seen.clear();
    }

    // What a search box needs, best first: the words in a title, the words
    // anywhere, then the last word as a prefix (perhaps still being typed),
    // each stage ranked and filling up what the one before left. Ranking
    // scores every match before the LIMIT, so the stages keep that set
    // small: every word as a prefix, ranked together, took seconds at scale
    // (a common word is the prefix of hundreds of others, and is in a
    // quarter of all abstracts, but in few titles).
    QStringList phrases;
    for (const QString &w : std::as_const(words))
        phrases << quoted(w);
    const QString whole = phrases.join(u' ');
    struct Stage {
        QString match;
        bool titleOnly;
        bool prefix;
    };
    const Stage stages[] = {
        {QStringLiteral("{title} : (") + whole + u')', true, false},
        {whole, false, false},
        {whole + u'*', false, true},
    };
    // Ranked inside FTS5 (ORDER BY rank LIMIT), joined to works only for
    // the rows returned. Kept prepared: a search box asks this on every
    // keystroke, and at small scales parsing the statement costs as much as
    // answering it.
    QSqlQuery &q = self->prepared(
        "SELECT w.id FROM (SELECT rowid, rank FROM works_fts WHERE works_fts MATCH ? "
        "AND rank MATCH ? ORDER BY rank LIMIT ?) f "
        "JOIN works w ON w.rowid = f.rowid ORDER BY f.rank");
    for (const Stage &stage : stages) {
        q.addBindValue(stage.match);
        q.addBindValue(counted ? rankingFor(terms, stage.prefix, stage.titleOnly) : kBm25);
        q.addBindValue(limit + int(out.size()));
        if (!q.exec()) {
            self->fail(q);
            return out;
        }
        collect(q);
        if (out.size() >= limit)
            break;
    }
    return out;
}

bool Cache::searchIndexIsCurrent() const
{
    const SearchGenerations g = searchGenerations();
    return g.works >= 0 && g.statistics == g.works;
}

bool Cache::refreshSearchIndex(int *listedTerms)
{
    const SearchGenerations generations = searchGenerations();
    if (generations.works < 0) {
        m_lastError = QStringLiteral("the search statistics table is missing");
        return false;
    }
    if (generations.statistics == generations.works)
        return true;

    // Counted into temporary tables first: reading every term's document
    // list takes seconds at a million works, and the cache's write lock is
    // taken only to copy the result in. The counts are stamped with the
    // generation read before them, so a write that lands meanwhile leaves
    // them marked stale rather than wrong.
    if (!exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.works_fts_term_rows USING fts5vocab(main, works_fts, 'row')"))
        || !exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.works_fts_term_cols USING fts5vocab(main, works_fts, 'col')"))
        || !exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS fresh_terms (term TEXT PRIMARY KEY, docs INTEGER NOT NULL, "
                                "title_docs INTEGER NOT NULL) WITHOUT ROWID"))
        || !exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS fresh_title_top (term TEXT NOT NULL, position INTEGER NOT NULL, "
                                "work_rowid INTEGER NOT NULL, PRIMARY KEY (term, position)) WITHOUT ROWID"))
        || !exec(QStringLiteral("DELETE FROM temp.fresh_terms")) || !exec(QStringLiteral("DELETE FROM temp.fresh_title_top"))
        || !exec(QStringLiteral("INSERT INTO temp.fresh_terms (term, docs, title_docs) SELECT term, doc, 0 FROM temp.works_fts_term_rows"))
        || !exec(QStringLiteral("UPDATE temp.fresh_terms SET title_docs = c.doc FROM "
                                "(SELECT term, doc FROM temp.works_fts_term_cols WHERE col = 'title') c "
                                "WHERE c.term = fresh_terms.term")))
        return false;

    QStringList frequent;
    {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT term, title_docs FROM temp.fresh_terms WHERE title_docs >= ?"));
        q.addBindValue(kTitleListThreshold);
        if (!q.exec())
            return fail(q);
        while (q.next())
            frequent << q.value(0).toString();
    }
    // Each list is the first stage of searchWorks() for that one word, ranked
    // the same way.
    {
        QSqlQuery ranked(database());
        ranked.setForwardOnly(true);
        ranked.prepare(QStringLiteral("SELECT rowid FROM works_fts WHERE works_fts MATCH ? AND rank MATCH ? ORDER BY rank LIMIT ?"));
        QSqlQuery count(database());
        count.prepare(QStringLiteral("SELECT title_docs FROM temp.fresh_terms WHERE term = ?"));
        QSqlQuery insert(database());
        insert.prepare(QStringLiteral("INSERT INTO temp.fresh_title_top (term, position, work_rowid) VALUES (?, ?, ?)"));
        for (const QString &term : std::as_const(frequent)) {
            ranked.addBindValue(QString(QStringLiteral("{title} : (") + quoted(term) + u')'));
            if (m_tokenizer) {
                count.addBindValue(term);
                if (!count.exec() || !count.next())
                    return fail(count);
                ranked.addBindValue(QString(QStringLiteral("peerscope_rank(") + QString::number(count.value(0).toLongLong()) + u')'));
                count.finish();
            } else {
                ranked.addBindValue(kBm25);
            }
            ranked.addBindValue(kTitleListLength);
            if (!ranked.exec())
                return fail(ranked);
            QVariantList rowids;
            while (ranked.next())
                rowids << ranked.value(0);
            ranked.finish();
            for (qsizetype i = 0; i < rowids.size(); ++i) {
                if (!run(insert, {term, int(i), rowids.at(i)}))
                    return false;
            }
        }
    }

    if (!beginTransaction())
        return false;
    QSqlQuery &stamp = prepared("UPDATE search_state SET value = ? WHERE name = 'statistics_generation'");
    if (!exec(QStringLiteral("DELETE FROM works_fts_terms")) || !exec(QStringLiteral("DELETE FROM works_title_top"))
        || !exec(QStringLiteral("INSERT INTO works_fts_terms SELECT term, docs, title_docs FROM temp.fresh_terms"))
        || !exec(QStringLiteral("INSERT INTO works_title_top SELECT term, position, work_rowid FROM temp.fresh_title_top"))
        || !run(stamp, {generations.works})) {
        rollback();
        return false;
    }
    stamp.finish();
    if (!commit())
        return false;
    exec(QStringLiteral("DELETE FROM temp.fresh_terms"));
    exec(QStringLiteral("DELETE FROM temp.fresh_title_top"));
    if (listedTerms)
        *listedTerms = int(frequent.size());
    return true;
}

} // namespace peerscope
