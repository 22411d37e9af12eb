#pragma once

// The sparse product behind coupling and co-citation: for a 0/1 incidence
// matrix A (rows = seeds, columns = the IDs they cite, or the works citing
// them) stored as compressed rows, the off-diagonal upper triangle of A·Aᵀ,
// i.e. for every pair of rows a < b the number of columns they share.

#include <algorithm>
#include <cstddef>
#include <vector>

namespace peerscope::citations {

// Compressed sparse rows of a 0/1 matrix: row r's columns are
// columns[offsets[r] .. offsets[r + 1]), ascending and distinct.
struct CompressedRows {
    std::vector<int> offsets{0};
    std::vector<int> columns;
    int columnCount = 0;

    int rowCount() const { return int(offsets.size()) - 1; }
    int rowSize(int row) const { return offsets[row + 1] - offsets[row]; }
    // Appends a row; cols need not be sorted or distinct.
    void appendRow(std::vector<int> cols);
};

struct SharedCount {
    int a = 0; // row, a < b
    int b = 0;
    int shared = 0;
};

// The upper triangle of A·Aᵀ without its zeros, as compressed rows: row a's
// pairs are (other[k], shared[k]) for k in offsets[a] .. offsets[a + 1],
// other ascending and above a. Two ints a pair: for a big seed set the
// pairs are most of the memory (and of the time, in page faults).
struct SharedCounts {
    std::vector<int> offsets{0};
    std::vector<int> other;
    std::vector<int> shared;

    size_t pairCount() const { return other.size(); }
    std::vector<SharedCount> pairs() const; // as (a, b, shared)
};

// Every pair of rows sharing at least one column, with the count: per row,
// a dense accumulator over the posting lists (the transpose) of the row's
// columns, each posting list entered past the row itself, so each pair is
// counted once and the diagonal never (forEachSharedPair below); the
// result is allocated once, at a bound read off the posting lists. Ordered
// by a, then b.
SharedCounts sharedColumns(const CompressedRows &matrix);

// The transpose of a compressed-row matrix: column c's rows, ascending, are
// rows[start[c] .. start[c + 1]).
struct Postings {
    std::vector<int> start;
    std::vector<int> rows;
};
Postings postingsOf(const CompressedRows &matrix);

// The walk behind coupling and co-citation: visit(a, b, shared) for every
// pair of rows a < b sharing at least one column, a ascending and, within a
// row, b ascending. Row by row, a dense accumulator over the posting lists
// of the row's columns, each entered past the row itself (so each pair is
// met once and the diagonal never). When the row meets a good share of the
// rows after it (its columns' lists after it hold more than an eighth of
// them: for a big seed set nearly every row, since most pairs share a
// reference), counting needs no branch and no list and the accumulator is
// read in order; otherwise the rows met are listed and sorted. Stores
// nothing: a caller that keeps only the best few pairs needs memory for
// those.
template<typename Visit>
void forEachSharedPair(const CompressedRows &m, const Postings &postings, Visit &&visit)
{
    const int rows = m.rowCount();
    std::vector<int> accumulator(size_t(rows), 0);
    std::vector<int> touched;
    // Rows are visited in ascending order, so each column's cursor sits on
    // the current row's entry.
    std::vector<int> cursor(postings.start.begin(), postings.start.end() - 1);
    for (int r = 0; r < rows; ++r) {
        const int first = m.offsets[size_t(r)];
        const int last = m.offsets[size_t(r) + 1];
        size_t met = 0;
        for (int k = first; k < last; ++k) {
            const size_t c = size_t(m.columns[size_t(k)]);
            met += size_t(postings.start[c + 1] - ++cursor[c]);
        }
        if (met * 8 > size_t(rows - r)) {
            for (int k = first; k < last; ++k) {
                const size_t c = size_t(m.columns[size_t(k)]);
                const int end = postings.start[c + 1];
                for (int p = cursor[c]; p < end; ++p)
                    ++accumulator[size_t(postings.rows[size_t(p)])];
            }
            for (int other = r + 1; other < rows; ++other) {
                if (const int shared = accumulator[size_t(other)]) {
                    accumulator[size_t(other)] = 0;
                    visit(r, other, shared);
                }
            }
            continue;
        }
        touched.clear();
        for (int k = first; k < last; ++k) {
            const size_t c = size_t(m.columns[size_t(k)]);
            const int end = postings.start[c + 1];
            for (int p = cursor[c]; p < end; ++p) {
                const int other = postings.rows[size_t(p)];
                if (accumulator[size_t(other)]++ == 0)
                    touched.push_back(other);
            }
        }
        std::sort(touched.begin(), touched.end());
        for (int other : touched) {
            visit(r, other, accumulator[size_t(other)]);
            accumulator[size_t(other)] = 0;
        }
    }
}

} // namespace peerscope::citations
