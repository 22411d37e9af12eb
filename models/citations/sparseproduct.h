#pragma once

// The sparse product behind coupling and co-citation: for a 0/1 incidence
// matrix A (rows = seeds, columns = the IDs they cite, or the works citing
// them) stored as compressed rows, the off-diagonal upper triangle of A·Aᵀ,
// i.e. for every pair of rows a < b the number of columns they share.

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
// counted once and the diagonal never; a first pass counts the pairs so the
// result is allocated once. Ordered by a, then b.
SharedCounts sharedColumns(const CompressedRows &matrix);

// The transpose of a compressed-row matrix: column c's rows, ascending, are
// rows[start[c] .. start[c + 1]).
struct Postings {
    std::vector<int> start;
    std::vector<int> rows;
};
Postings postingsOf(const CompressedRows &matrix);

// The walk behind sharedColumns(): row by row, a dense accumulator over the
// posting lists of the row's columns, each entered past the row itself (so
// each pair is met once and the diagonal never). onRow(r, touched,
// accumulator) gets the rows after r that share a column with it
// (touched, in no particular order) and their counts (accumulator[other]),
// and must set those counts back to 0.
template<typename OnRow>
void accumulateRows(const CompressedRows &m, const Postings &postings, OnRow &&onRow)
{
    const int rows = m.rowCount();
    std::vector<int> accumulator(size_t(rows), 0);
    std::vector<int> touched;
    touched.reserve(size_t(rows));
    // Rows are visited in ascending order, so each column's cursor sits on
    // the current row's entry.
    std::vector<int> cursor(postings.start.begin(), postings.start.end() - 1);
    for (int r = 0; r < rows; ++r) {
        touched.clear();
        for (int k = m.offsets[size_t(r)]; k < m.offsets[size_t(r) + 1]; ++k) {
            const size_t c = size_t(m.columns[size_t(k)]);
            const int end = postings.start[c + 1];
            for (int p = ++cursor[c]; p < end; ++p) {
                const int other = postings.rows[size_t(p)];
                if (accumulator[size_t(other)]++ == 0)
                    touched.push_back(other);
            }
        }
        onRow(r, touched, accumulator);
    }
}

// The same walk storing nothing: visit(a, b, shared) for every pair of rows
// a < b sharing a column, a ascending, b in no particular order. For a big
// seed set most pairs share a column, and storing them all costs
// gigabytes; a caller that keeps only the best few needs memory for those.
template<typename Visit>
void forEachSharedPair(const CompressedRows &m, const Postings &postings, Visit &&visit)
{
    accumulateRows(m, postings, [&visit](int r, std::vector<int> &touched, std::vector<int> &accumulator) {
        for (int other : touched) {
            visit(r, other, accumulator[size_t(other)]);
            accumulator[size_t(other)] = 0;
        }
    });
}

} // namespace peerscope::citations
