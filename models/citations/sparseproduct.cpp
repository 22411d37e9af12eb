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

std::vector<SharedCount> sharedColumns(const CompressedRows &m)
{
    const int rows = m.rowCount();
    // The transpose: for each column, its rows in ascending order.
    std::vector<int> postingStart(size_t(m.columnCount) + 1, 0);
    for (int c : m.columns)
        ++postingStart[size_t(c) + 1];
    for (size_t c = 0; c < size_t(m.columnCount); ++c)
        postingStart[c + 1] += postingStart[c];
    std::vector<int> postings(m.columns.size());
    // Rows are visited in ascending order, so each column's cursor ends up
    // exactly at the next row that holds it: entering a posting list past
    // the cursor reaches only the rows after the current one.
    std::vector<int> cursor(postingStart.begin(), postingStart.end() - 1);
    for (int r = 0; r < rows; ++r) {
        for (int k = m.offsets[r]; k < m.offsets[r + 1]; ++k)
            postings[size_t(cursor[size_t(m.columns[k])]++)] = r;
    }
    std::copy(postingStart.begin(), postingStart.end() - 1, cursor.begin());

    std::vector<SharedCount> out;
    std::vector<int> accumulator(size_t(rows), 0);
    std::vector<int> touched;
    for (int r = 0; r < rows; ++r) {
        touched.clear();
        for (int k = m.offsets[r]; k < m.offsets[r + 1]; ++k) {
            const size_t c = size_t(m.columns[k]);
            const int end = postingStart[c + 1];
            for (int p = ++cursor[c]; p < end; ++p) {
                const int other = postings[size_t(p)];
                if (accumulator[size_t(other)]++ == 0)
                    touched.push_back(other);
            }
        }
        std::sort(touched.begin(), touched.end());
        for (int other : touched) {
            out.push_back({r, other, accumulator[size_t(other)]});
            accumulator[size_t(other)] = 0;
        }
    }
    return out;
}

} // namespace peerscope::citations
