#pragma once

#include "cache/read.h"
#include "itemmodels/publicationtablemodel.h"
#include "profile/profile.h"
#include "trust/trustsnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>

namespace peerscope {

class Cache;

// Everything the window shows about one author, read in one go (on a worker
// thread's connection: seconds for an author with tens of thousands of works).
struct AuthorLoad {
    QString authorId;
    QList<PublicationRow> rows;
    Profile profile;
    TrustSnapshot trust;
    QHash<QString, QMap<int, int>> citesByYear; // work -> year -> citations received
};

class AuthorLoader final
{
    Q_DECLARE_TR_FUNCTIONS(AuthorLoader)

public:
    // The author (an alias resolves to whom it now belongs), or why the cache
    // could not give it: never an empty profile standing for a failed read.
    static Read<AuthorLoad> load(const Cache &cache, const QString &authorId, int referenceYear);
    // The first rows of the table, shown while the full load runs.
    static Read<QList<PublicationRow>> preview(const Cache &cache, const QString &authorId, int rows);
};

} // namespace peerscope
