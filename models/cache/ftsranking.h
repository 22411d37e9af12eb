#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

// What the works search needs from SQLite's C interface, which QtSql does not
// expose: a ranking function that takes each phrase's document count from
// the caller, and works_fts's own tokenizer.
//
// FTS5's bm25() counts, once per query, the documents holding each phrase by
// reading the phrase's whole document list. For a word in a quarter of a
// million works that count costs more than ranking the few hundred rows the
// query returns, and a search box asks again on every keystroke.
// peerscope_rank() computes the same score as bm25() (same k1, b, column
// weights and row length) with the counts given as arguments, which the
// cache keeps in a table of term statistics.
namespace peerscope::ftsranking {

// Column weights of works_fts (title, abstract, venue, authors), as given to
// bm25() before peerscope_rank() existed.
inline constexpr double kTitleWeight = 10.0;
inline constexpr double kAbstractWeight = 1.0;
inline constexpr double kVenueWeight = 2.0;
inline constexpr double kAuthorsWeight = 3.0;

class Tokenizer;

// Registers peerscope_rank(n1, n2, ...) on the connection (ni: the number of
// rows holding phrase i of the MATCH expression) and returns works_fts's
// tokenizer for it. Null when the connection's SQLite is not the library
// this program links (QtSql built with its own copy) or has no FTS5; callers
// then rank with bm25().
std::unique_ptr<Tokenizer> install(const QSqlDatabase &db);

// works_fts's tokenizer (unicode61, diacritics removed, case folded) on
// one connection, to look terms up as the index stores them.
class Tokenizer final
{
public:
    ~Tokenizer();
    Q_DISABLE_COPY_MOVE(Tokenizer)
    // The terms of text, in order.
    QStringList tokens(const QString &text) const;

private:
    friend std::unique_ptr<Tokenizer> install(const QSqlDatabase &db);
    Tokenizer() = default;
    struct Api;
    Api *m_api = nullptr;
    void *m_instance = nullptr;
};

} // namespace peerscope::ftsranking
