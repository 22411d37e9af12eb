// The works search and the statistics that keep it fast: part of Cache.

#include "cache/cache.h"

#include "cache/ftsranking.h"
#include "core/text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdlib>

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

bool Cache::noteListedTitleTerms(const char *selectTitles, const QString &value)
{
    if (!m_tokenizer)
        return true;
    // Asked once a transaction: the write lock keeps it true meanwhile.
    if (!m_titleListsExist || !m_inTransaction) {
        QSqlQuery &exists = prepared("SELECT EXISTS (SELECT 1 FROM works_title_top)");
        if (!run(exists, {}) || !exists.next())
            return false;
        m_titleListsExist = exists.value(0).toBool();
        exists.finish();
    }
    if (!*m_titleListsExist)
        return true;
    QSqlQuery &titles = prepared(selectTitles);
    if (!run(titles, {value}))
        return false;
    while (titles.next()) {
        const QStringList terms = m_tokenizer->tokens(titles.value(0).toString());
        for (const QString &term : terms)
            m_changedTitleTerms.insert(term);
    }
    titles.finish();
    return true;
}

bool Cache::markListedTitleTermsDirty()
{
    if (m_changedTitleTerms.isEmpty())
        return true;
    QJsonArray terms;
    for (const QString &term : std::as_const(m_changedTitleTerms))
        terms << term;
    m_changedTitleTerms.clear();
    QSqlQuery &mark = prepared(
        "INSERT OR IGNORE INTO search_dirty_terms (term) "
        "SELECT t.term FROM json_each(?) j JOIN works_title_top t ON t.term = j.value AND t.position = 0");
    if (!run(mark, {QString::fromUtf8(QJsonDocument(terms).toJson(QJsonDocument::Compact))}))
        return false;
    mark.finish();
    return true;
}

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

Cache::TermDocuments Cache::termDocuments(const QString &term, bool prefix) const
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
    TermDocuments n; // not counted yet (new since the statistics): taken as rare
    if (q.exec() && q.next() && !q.value(0).isNull()) {
        n.anywhere = std::max<qint64>(1, q.value(0).toLongLong());
        n.inTitles = std::max<qint64>(1, q.value(1).toLongLong());
    }
    q.finish();
    return n;
}

QString Cache::rankingFor(const QList<QStringList> &terms, bool prefixLast, bool titleOnly,
                          QHash<QString, TermDocuments> &known) const
{
    QStringList counts;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        // A phrase is in no more works than its rarest term.
        qint64 n = -1;
        const QStringList &phrase = terms.at(i);
        for (qsizetype t = 0; t < phrase.size(); ++t) {
            const bool prefix = prefixLast && i + 1 == terms.size() && t + 1 == phrase.size();
            const QString key = prefix ? phrase.at(t) + u'*' : phrase.at(t);
            auto it = known.constFind(key);
            if (it == known.constEnd())
                it = known.insert(key, termDocuments(phrase.at(t), prefix));
            const qint64 d = titleOnly ? it->inTitles : it->anywhere;
            n = n < 0 ? d : std::min(n, d);
        }
        counts << QString::number(std::max<qint64>(1, n));
    }
    return QStringLiteral("peerscope_rank(") + counts.join(QStringLiteral(", ")) + u')';
}

QStringList Cache::searchWorks(const QString &text, int limit) const
{
    const QStringList words = text::searchWords(text);
    if (words.isEmpty() || limit <= 0)
        return {};
    if (m_backend == Backend::PostgreSql)
        return searchWorksOnServer(words, limit);
    Cache *self = const_cast<Cache *>(this);

    // With statistics, rank with their document counts; they drift a little
    // as works are added, which moves weights, never which works match. A
    // title list is used only while no title with its term was written since
    // it was ranked (search_dirty_terms).
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

    if (counted && terms.size() == 1 && terms.first().size() == 1 && limit <= kTitleListLength) {
        QSqlQuery &top = self->prepared(
            "SELECT w.id FROM works_title_top t JOIN works w ON w.rowid = t.work_rowid "
            "WHERE t.term = ? AND NOT EXISTS (SELECT 1 FROM search_dirty_terms d WHERE d.term = ?) "
            "ORDER BY t.position LIMIT ?");
        top.addBindValue(terms.first().first());
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
    QHash<QString, TermDocuments> known;
    QSqlQuery &q = self->prepared(
        "SELECT w.id FROM (SELECT rowid, rank FROM works_fts WHERE works_fts MATCH ? "
        "AND rank MATCH ? ORDER BY rank LIMIT ?) f "
        "JOIN works w ON w.rowid = f.rowid ORDER BY f.rank");
    for (const Stage &stage : stages) {
        q.addBindValue(stage.match);
        q.addBindValue(counted ? rankingFor(terms, stage.prefix, stage.titleOnly, known) : kBm25);
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

QStringList Cache::searchWorksOnServer(const QStringList &words, int limit) const
{
    // Every word, the last as a prefix (it may still be being typed), in
    // the title, abstract, venue or authors; accents folded by the text
    // search configuration as SQLite's tokenizer folds them. Ranked by
    // ts_rank over the weighted columns (titles first): the same works as
    // SQLite's search, not always in the same order.
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i)
        terms << (i + 1 == words.size() ? words.at(i) + QStringLiteral(":*") : words.at(i));
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // peerscope_folded: dialect::kTextSearchConfig, what works_fts indexes with.
    q.prepare(QStringLiteral("SELECT w.id FROM works_fts f JOIN works w ON w.rowid = f.rowid, "
                             "to_tsquery('peerscope_folded', ?) query WHERE f.document @@ query "
                             "ORDER BY ts_rank(f.document, query) DESC, w.cited_by_count DESC, w.id LIMIT ?"));
    q.addBindValue(terms.join(QStringLiteral(" & ")));
    q.addBindValue(limit);
    QStringList out;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool Cache::searchIndexIsCurrent() const
{
    // PostgreSQL keeps its GIN index current with every write.
    if (m_backend == Backend::PostgreSql)
        return true;
    const SearchGenerations g = searchGenerations();
    return g.works >= 0 && g.statistics == g.works;
}

bool Cache::refreshSearchIndex(SearchRefresh *report)
{
    if (m_backend == Backend::PostgreSql)
        return true; // nothing to refresh: see searchIndexIsCurrent()
    const SearchGenerations generations = searchGenerations();
    if (generations.works < 0) {
        m_lastError = QStringLiteral("the search statistics table is missing");
        return false;
    }
    if (generations.statistics == generations.works)
        return true;
    qint64 works = 0;
    qint64 countedWorks = 0;
    {
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM works), "
                                   "(SELECT value FROM search_state WHERE name = 'statistics_works')"))
            || !q.next())
            return fail(q);
        works = q.value(0).toLongLong();
        countedWorks = q.value(1).toLongLong();
    }
    // The counts only weigh the ranking and may lag a little; counted again
    // when the cache grew or shrank by a tenth (terms that became frequent
    // get their lists then). Otherwise only the lists whose terms are in a
    // title written since are ranked again: milliseconds after a sync that
    // added a few works, where counting took 17 s at a million works.
    const bool full = generations.statistics < 0 || countedWorks <= 0
                      || std::abs(works - countedWorks) > std::max<qint64>(1000, countedWorks / 10);
    if (!exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS fresh_terms (term TEXT PRIMARY KEY, docs INTEGER NOT NULL, "
                             "title_docs INTEGER NOT NULL) WITHOUT ROWID"))
        || !exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS fresh_title_top (term TEXT NOT NULL, position INTEGER NOT NULL, "
                                "work_rowid INTEGER NOT NULL, PRIMARY KEY (term, position)) WITHOUT ROWID"))
        || !exec(QStringLiteral("DELETE FROM temp.fresh_terms")) || !exec(QStringLiteral("DELETE FROM temp.fresh_title_top")))
        return false;

    // The terms whose lists are ranked, with how many titles hold them. Read
    // into temporary tables first: the cache's write lock is taken only to
    // copy the result in.
    QList<std::pair<QString, qint64>> listed;
    {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (full) {
            // Reads every term's document list: seconds at a million works.
            if (!exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.works_fts_term_rows USING fts5vocab(main, works_fts, 'row')"))
                || !exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.works_fts_term_cols USING fts5vocab(main, works_fts, 'col')"))
                || !exec(QStringLiteral("INSERT INTO temp.fresh_terms (term, docs, title_docs) SELECT term, doc, 0 FROM temp.works_fts_term_rows"))
                || !exec(QStringLiteral("UPDATE temp.fresh_terms SET title_docs = c.doc FROM "
                                        "(SELECT term, doc FROM temp.works_fts_term_cols WHERE col = 'title') c "
                                        "WHERE c.term = fresh_terms.term")))
                return false;
            q.prepare(QStringLiteral("SELECT term, title_docs FROM temp.fresh_terms WHERE title_docs >= ?"));
            q.addBindValue(kTitleListThreshold);
        } else {
            q.prepare(QStringLiteral("SELECT d.term, coalesce(t.title_docs, 1) FROM search_dirty_terms d "
                                     "LEFT JOIN works_fts_terms t ON t.term = d.term"));
        }
        if (!q.exec())
            return fail(q);
        while (q.next())
            listed.append({q.value(0).toString(), q.value(1).toLongLong()});
    }
    // Each list is the first stage of searchWorks() for that one word, ranked
    // the same way.
    {
        QSqlQuery ranked(database());
        ranked.setForwardOnly(true);
        ranked.prepare(QStringLiteral("SELECT rowid FROM works_fts WHERE works_fts MATCH ? AND rank MATCH ? ORDER BY rank LIMIT ?"));
        QSqlQuery insert(database());
        insert.prepare(QStringLiteral("INSERT INTO temp.fresh_title_top (term, position, work_rowid) VALUES (?, ?, ?)"));
        for (const auto &[term, titleDocs] : std::as_const(listed)) {
            ranked.addBindValue(QString(QStringLiteral("{title} : (") + quoted(term) + u')'));
            ranked.addBindValue(m_tokenizer ? QString(QStringLiteral("peerscope_rank(") + QString::number(titleDocs) + u')') : kBm25);
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
    // A write that landed meanwhile may have touched titles these lists were
    // ranked without (and its dirty marks must stay): nothing is written,
    // the next refresh starts over.
    if (searchGenerations().works != generations.works) {
        rollback();
        return true;
    }
    QSqlQuery &stamp = prepared("UPDATE search_state SET value = ? WHERE name = ?");
    bool ok = true;
    if (full) {
        ok = exec(QStringLiteral("DELETE FROM works_fts_terms")) && exec(QStringLiteral("DELETE FROM works_title_top"))
             && exec(QStringLiteral("DELETE FROM search_dirty_terms"))
             && exec(QStringLiteral("INSERT INTO works_fts_terms SELECT term, docs, title_docs FROM temp.fresh_terms"))
             && run(stamp, {works, QStringLiteral("statistics_works")});
    } else {
        // Dirty terms are only ever inserted by writers, and none wrote since
        // they were read: all of them were ranked above.
        ok = exec(QStringLiteral("DELETE FROM works_title_top WHERE term IN (SELECT term FROM search_dirty_terms)"))
             && exec(QStringLiteral("DELETE FROM search_dirty_terms"));
    }
    ok = ok && exec(QStringLiteral("INSERT INTO works_title_top SELECT term, position, work_rowid FROM temp.fresh_title_top"))
         && run(stamp, {generations.works, QStringLiteral("statistics_generation")});
    if (!ok) {
        rollback();
        return false;
    }
    stamp.finish();
    if (!commit())
        return false;
    exec(QStringLiteral("DELETE FROM temp.fresh_terms"));
    exec(QStringLiteral("DELETE FROM temp.fresh_title_top"));
    if (report) {
        report->full = full;
        report->lists = int(listed.size());
    }
    return true;
}

} // namespace peerscope
