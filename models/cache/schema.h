#pragma once

#include <QList>
#include <QString>

namespace peerscope::schema {

// One numbered, cumulative migration. Applied in order inside one
// transaction; PRAGMA user_version records the last one applied.
struct Migration {
    int version;
    const char *description;
    QList<const char *> statements;
};

const QList<Migration> &migrations();
int latestVersion();

} // namespace peerscope::schema
