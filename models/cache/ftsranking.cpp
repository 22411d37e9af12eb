#include "cache/ftsranking.h"

#include "cache/sqlitehandle.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <cmath>
#include <memory>
#include <vector>

namespace peerscope::ftsranking {

namespace {

// The connection's SQLite must be the library linked here: a QtSql built
// with its own copy hands out handles of another library.
bool sameLibrary(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next()
           && q.value(0).toString() == QLatin1String(sqlite3_sourceid());
}

fts5_api *ftsApi(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api && api->iVersion >= 2 ? api : nullptr;
}

// What stays the same for every row of one query.
struct QueryConstants {
    double averageRowTokens = 1;
    std::vector<double> idf;     // per phrase
    std::vector<double> weights; // per column
    std::vector<double> freq;    // per phrase, reused row after row
};

void deleteConstants(void *p)
{
    delete static_cast<QueryConstants *>(p);
}

// bm25 as FTS5 computes it (k1 1.2, b 0.75, the row's length over all
// columns, phrase weights summed per column), with each phrase's document
// count an argument instead of a count over its whole document list.
void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    auto *k = static_cast<QueryConstants *>(api->xGetAuxdata(fts, 0));
    if (!k) {
        k = new QueryConstants;
        sqlite3_int64 rows = 0;
        sqlite3_int64 tokens = 0;
        if (api->xRowCount(fts, &rows) != SQLITE_OK || api->xColumnTotalSize(fts, -1, &tokens) != SQLITE_OK) {
            delete k;
            sqlite3_result_error(context, "peerscope_rank: no row statistics", -1);
            return;
        }
        k->averageRowTokens = rows > 0 ? std::max(1.0, double(tokens) / double(rows)) : 1.0;
        const int phrases = api->xPhraseCount(fts);
        k->idf.resize(std::size_t(phrases));
        k->freq.resize(std::size_t(phrases));
        for (int i = 0; i < phrases; ++i) {
            // A phrase the caller has no count for is taken as rare.
            const double hits = i < argc ? std::max(0.0, sqlite3_value_double(argv[i])) : 1.0;
            const double idf = std::log((double(rows) - hits + 0.5) / (hits + 0.5));
            k->idf[std::size_t(i)] = idf > 0 ? idf : 1e-6;
        }
        k->weights = {kTitleWeight, kAbstractWeight, kVenueWeight, kAuthorsWeight};
        k->weights.resize(std::size_t(api->xColumnCount(fts)), 1.0);
        if (api->xSetAuxdata(fts, k, deleteConstants) != SQLITE_OK) {
            sqlite3_result_error_nomem(context);
            return;
        }
    }
    std::fill(k->freq.begin(), k->freq.end(), 0.0);
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && std::size_t(phrase) < k->freq.size() && column >= 0
            && std::size_t(column) < k->weights.size())
            k->freq[std::size_t(phrase)] += k->weights[std::size_t(column)];
    }
    int rowTokens = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &rowTokens);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double lengthNorm = k1 * (1 - b + b * double(rowTokens) / k->averageRowTokens);
    double score = 0;
    for (std::size_t i = 0; i < k->freq.size(); ++i)
        score += k->idf[i] * (k->freq[i] * (k1 + 1)) / (k->freq[i] + lengthNorm);
    sqlite3_result_double(context, -score); // FTS5 ranks ascending, as bm25()
}

int collectToken(void *out, int /*flags*/, const char *token, int size, int /*start*/, int /*end*/)
{
    static_cast<QStringList *>(out)->append(QString::fromUtf8(token, size));
    return SQLITE_OK;
}

} // namespace

struct Tokenizer::Api {
    fts5_tokenizer methods{};
};

std::unique_ptr<Tokenizer> install(const QSqlDatabase &db)
{
    sqlite3 *handle = sqlitehandle::of(db);
    if (!handle || !sameLibrary(db))
        return nullptr;
    fts5_api *api = ftsApi(handle);
    if (!api || api->xCreateFunction(api, "peerscope_rank", nullptr, rankFunction, nullptr) != SQLITE_OK)
        return nullptr;
    auto methods = std::make_unique<Tokenizer::Api>();
    void *userData = nullptr;
    if (api->xFindTokenizer(api, "unicode61", &userData, &methods->methods) != SQLITE_OK)
        return nullptr;
    // As works_fts is declared (schema.cpp).
    const char *arguments[] = {"remove_diacritics", "2"};
    Fts5Tokenizer *instance = nullptr;
    if (methods->methods.xCreate(userData, arguments, 2, &instance) != SQLITE_OK)
        return nullptr;
    std::unique_ptr<Tokenizer> tokenizer(new Tokenizer);
    tokenizer->m_api = methods.release();
    tokenizer->m_instance = instance;
    return tokenizer;
}

Tokenizer::~Tokenizer()
{
    if (m_instance)
        m_api->methods.xDelete(static_cast<Fts5Tokenizer *>(m_instance));
    delete m_api;
}

QStringList Tokenizer::tokens(const QString &text) const
{
    QStringList out;
    const QByteArray utf8 = text.toUtf8();
    m_api->methods.xTokenize(static_cast<Fts5Tokenizer *>(m_instance), &out, FTS5_TOKENIZE_DOCUMENT, utf8.constData(),
                             int(utf8.size()), collectToken);
    return out;
}

} // namespace peerscope::ftsranking
