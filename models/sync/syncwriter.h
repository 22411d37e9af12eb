#pragma once

#include "cache/read.h"
#include "cache/syncstatequeries.h"
#include "core/domain.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace peerscope {

class Cache;

// The writing half of a sync (AuthorSync asks OpenAlex, this writes what came
// back): every step in one transaction of its own, the change detection that
// fills the change log (new works, citation moves, new co-authors, a new
// affiliation, merges) and the departures (works that left the author's
// list: marked, never deleted, since a user may have notes or exports on
// them).
//
// Every write returns a Status; a failed one has rolled its transaction back,
// so the cache is as it was before the step. Lives on the sync's thread,
// with its Cache.
class SyncWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SyncWriter)
    Q_DISABLE_COPY_MOVE(SyncWriter)

public:
    // Where a page of works came from.
    enum class WorkSource {
        AuthorList,   // a page of the author's works list (or a batch of its changed works)
        CoauthorList, // a page of the co-authors' works (depth 2): never logged as news
        Single,       // one full record, fetched because a list cut its authors
    };

    explicit SyncWriter(Cache &cache);

    // Forgets everything of an earlier sync.
    void reset();

    // OpenAlex merged oldId into newId (or answered an ORCID or alias with
    // newId): every local reference follows. logged: also a "merged" change.
    Status recordMerge(const QString &oldId, const QString &newId, bool logged);
    // The author looks unchanged: only the clocks move.
    Status touchUnchanged(const QString &authorId);
    // The listing starts: the author is written and the sync marked as under
    // way. logChanges: an earlier sync completed, so what differs from the
    // cache from now on is news for the change log.
    Status startAuthor(const Author &author, bool logChanges);
    // Writes a page of works. Returns the ids of the author's works whose
    // author lists the list cut and that the cache has no full record of:
    // fetch them singly (WorkSource::Single).
    Read<QStringList> writeWorks(const QList<Work> &works, WorkSource source);
    // Which of the listed works (id -> updated_date, cited_by_count) the
    // cache lacks, holds in an older version or with a cut author list, or
    // does not credit to the author: the ones to fetch in full.
    QStringList changedWorks(const QHash<QString, QPair<QString, int>> &listed) const;
    // Works the cache credits to the author that the list no longer has are
    // marked as departed (and logged after an earlier sync). Returns how many.
    Read<int> recordDepartures(const QSet<QString> &listed);
    // A work OpenAlex merged into another: the old record stays, departed.
    Status recordMergedWork(const QString &workId);
    Status writeCoauthors(const QList<Author> &authors);
    // The sync is complete: new co-authors are logged, the state says so.
    Status finish(const Author &author, int depth);

    int changes() const { return m_changes; }
    int worksWritten() const { return m_worksWritten; }
    int coauthorsWritten() const { return m_coauthorsWritten; }

private:
    struct Counts {
        int changes = 0;
        int works = 0;
        int coauthors = 0;
    };
    // Runs write() in one transaction; write() returns false on a database
    // error (Cache::lastError()). The counts of a rolled-back step are dropped.
    Status inTransaction(const std::function<bool()> &write);
    Status writeOnce(const std::function<bool()> &write);
    // What a page's works leave for after them: on a team server the
    // works' own rows go in multi-row statements, which a statement per
    // work in between would send one work at a time.
    struct PageFollowUps {
        QStringList written; // the author's works written: no longer departed
        struct Change {
            QString kind, entityId, oldValue, newValue, details;
        };
        QList<Change> changes; // in the order of the works
    };
    bool writeWork(Work work, WorkSource source, const CachedWorkState &before, bool wasLinked, QStringList *truncated,
                   PageFollowUps *followUps);
    bool addChange(const QString &authorId, const QString &kind, const QString &entityId, const QString &oldValue = {},
                   const QString &newValue = {}, const QString &details = {});

    Cache &m_cache;
    QString m_authorId;
    bool m_logChanges = false;
    QSet<QString> m_oldCoauthors; // before this sync, when changes are logged
    Counts m_pending;             // of the open transaction
    int m_changes = 0;
    int m_worksWritten = 0;
    int m_coauthorsWritten = 0;
};

} // namespace peerscope
