#pragma once

#include "cache/read.h"

#include <QString>

#include <optional>

namespace peerscope {

class Cache;

// A note on a person or a work (the user's; sync never writes it). On a
// team server everyone sees the same note; each save raises its version.
struct Note {
    QString entityId;
    QString text;
    qint64 version = 0;   // 0: no note yet
    QString updatedAt;
    QString updatedBy;    // the role on a server; empty in a file
};

// The notes table, with optimistic locking: a save names the version it
// was written over, and is refused when someone saved in between, so two
// people editing one note never silently overwrite each other.
class NoteQueries final
{
public:
    explicit NoteQueries(Cache &cache) : m_cache(cache) {}

    // The note on entityId; a Note with version 0 when there is none.
    Read<Note> note(const QString &entityId) const;

    struct Saved {
        bool saved = false;
        Note note;   // saved: the note now; refused: the one in effect (theirs)
    };
    // Writes text over version `over` (0: there was no note). Refused, and
    // nothing written, when the note's version is no longer `over`.
    Read<Saved> save(const QString &entityId, const QString &text, qint64 over);

private:
    Cache &m_cache;
};

} // namespace peerscope
