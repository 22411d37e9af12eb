#pragma once

#include "core/domain.h"

#include <QList>
#include <QString>

namespace peerscope {

// Folds each preprint into its published version: same normalized title and
// the same set of author IDs. The published work keeps its place in the
// list; the preprint disappears from the list and is returned attached.
class PreprintMerger final
{
public:
    struct Merged {
        Work work;
        QList<Work> preprints;
    };

    static QList<Merged> merge(const QList<Work> &works);
    // Nothing merged: every work alone.
    static QList<Merged> keepAll(const QList<Work> &works);

    // Case, accents, punctuation and spacing folded away.
    static QString normalizedTitle(const QString &title);
    // Sorted author IDs joined; empty when any authorship has no ID (then
    // the work cannot be matched safely).
    static QString authorSignature(const Work &work);
};

} // namespace peerscope
