#pragma once

#include "core/domain.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace peerscope {

// Citation keys from a JabRef-style pattern: literal text and bracketed
// fields, e.g. "[auth][year][shorttitle]". Fields: [auth] [authN] [authors]
// [authorsN] [year] [title] [shorttitle] [veryshorttitle] [firstpage]
// [lastpage] [openalex]; each may carry :lower or :upper. Keys are folded to
// ASCII letters, digits and "-_:.".
class CitationKeyGenerator final
{
public:
    explicit CitationKeyGenerator(QString pattern = defaultPattern());

    static QString defaultPattern() { return QStringLiteral("[auth][year][shorttitle]"); }

    // False with a message when the pattern names an unknown field or is
    // not well formed.
    bool isValid(QString *error = nullptr) const;
    QString pattern() const { return m_pattern; }

    // The key before uniqueness suffixes; never empty.
    QString baseKey(const Work &work) const;

    // A key not in taken (which holds lower-cased keys: BibTeX treats keys
    // that differ only in case as the same): base, then base + a, b, ..., z, aa, ...
    static QString uniqueKey(const QString &base, const QSet<QString> &taken);

    // Folds to the characters allowed in a key: accents dropped, ß → ss,
    // everything else outside [A-Za-z0-9-_:.] removed.
    static QString asciiFold(const QString &text);

private:
    QString fieldValue(const QString &field, const Work &work, bool *known) const;

    QString m_pattern;
};

} // namespace peerscope
