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
    // Two passes over the same walk: the first only counts the pairs, so
    // the output is allocated once. Growing it instead cost seven times the
    // product itself (BENCHMARKS.md, citations).
    size_t pairs = 0;
    forEachSharedPair(m, postings, [&pairs](int, int, int) { ++pairs; });

    SharedCounts out;
    out.offsets.reserve(size_t(rows) + 1);
    out.other.reserve(pairs);
    out.shared.reserve(pairs);
    accumulateRows(m, postings, [&](int r, std::vector<int> &touched, std::vector<int> &accumulator) {
        // Out in row order: when the row met a good share of the rows after
        // it, reading the accumulator in order beats sorting what it met.
        if (touched.size() * 8 > size_t(rows - r)) {
            for (int other = r + 1; other < rows; ++other) {
                if (const int shared = accumulator[size_t(other)]) {
                    out.other.push_back(other);
                    out.shared.push_back(shared);
                    accumulator[size_t(other)] = 0;
                }
            }
        } else {
            std::sort(touched.begin(), touched.end());
            for (int other : touched) {
                out.other.push_back(other);
                out.shared.push_back(accumulator[size_t(other)]);
                accumulator[size_t(other)] = 0;
            }
        }
        out.offsets.push_back(int(out.other.size()));
    });
    return out;
}

} // namespace peerscope::citations
