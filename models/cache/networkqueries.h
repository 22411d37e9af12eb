#pragma once

// Reads the network tab needs beside the graph itself.

#include "cache/read.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace peerscope {

class Cache;

// A work as a line of a list: "2019 · Title — Venue".
struct WorkLine {
    QString id;
    QString title;
    int year = 0;       // 0: undated
    QString venue;
    bool cached = false; // false: the work is not in the cache (only its ID is known)
};

class NetworkQueries final
{
public:
    explicit NetworkQueries(const Cache &cache) : m_cache(cache) {}

    // One line per ID, in the order given; an ID not in the cache gives a
    // line with only its ID.
    Read<QList<WorkLine>> workLines(const QStringList &ids) const;

private:
    const Cache &m_cache;
};

} // namespace peerscope
