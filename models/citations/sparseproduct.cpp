#include "citations/sparseproduct.h"

#include <algorithm>

namespace peerscope::citations {

void CompressedRows::appendRow(std::vector<int> cols)
{
    std::sort(cols.begin(), cols.end());
    cols.erase(std::unique(cols.begin(), cols.end()), cols.end());
    for (int c : cols)
        columnCount = std::max(columnCount, c + 1);
    columns.insert(columns.end(), cols.begin(), cols.end());
    offsets.push_back(int(columns.size()));
}

std::vector<SharedCount> SharedCounts::pairs() const
{
    std::vector<SharedCount> out;
    out.reserve(other.size());
    for (size_t a = 0; a + 1 < offsets.size(); ++a) {
        for (int k = offsets[a]; k < offsets[a + 1]; ++k)
            out.push_back({int(a), other[size_t(k)], shared[size_t(k)]});
    }
    return out;
}

Postings postingsOf(const CompressedRows &m)
{
    Postings out;
    out.start.assign(size_t(m.columnCount) + 1, 0);
    for (int c : m.columns)
        ++out.start[size_t(c) + 1];
    for (size_t c = 0; c < size_t(m.columnCount); ++c)
        out.start[c + 1] += out.start[c];
    out.rows.resize(m.columns.size());
    std::vector<int> cursor(out.start.begin(), out.start.end() - 1);
    for (int r = 0; r < m.rowCount(); ++r) {
        for (int k = m.offsets[size_t(r)]; k < m.offsets[size_t(r) + 1]; ++k)
            out.rows[size_t(cursor[size_t(m.columns[size_t(k)])]++)] = r;
    }
    return out;
}

SharedCounts sharedColumns(const CompressedRows &m)
{
    const int rows = m.rowCount();
    const Postings postings = postingsOf(m);
    // The output is allocated once, at a bound read off the posting lists
    // (per row, the entries after it in its columns' lists, at most the rows
    // after it) instead of counted by a first walk: the pages the bound
    // overestimates are reserved but never touched. Growing the output
    // instead cost seven times the product itself, a counting walk doubled
    // it (BENCHMARKS.md, citations).
    size_t bound = 0;
    {
        std::vector<int> cursor(postings.start.begin(), postings.start.end() - 1);
        for (int r = 0; r < rows; ++r) {
            size_t met = 0;
            for (int k = m.offsets[size_t(r)]; k < m.offsets[size_t(r) + 1]; ++k) {
                const size_t c = size_t(m.columns[size_t(k)]);
                met += size_t(postings.start[c + 1] - ++cursor[c]);
            }
            bound += std::min(met, size_t(rows - r - 1));
        }
    }

    SharedCounts out;
    out.offsets.reserve(size_t(rows) + 1);
    out.other.reserve(bound);
    out.shared.reserve(bound);
    int row = 0; // rows before it are closed in offsets
    forEachSharedPair(m, postings, [&](int a, int b, int shared) {
        for (; row < a; ++row)
            out.offsets.push_back(int(out.other.size()));
        out.other.push_back(b);
        out.shared.push_back(shared);
    });
    for (; row < rows; ++row)
        out.offsets.push_back(int(out.other.size()));
    return out;
}

} // namespace peerscope::citations
