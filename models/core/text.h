#pragma once

#include <QString>

// Text rules on names and search input, shared by the cache, identity and
// the command line. Pure functions: no database involved. In their own
// namespace: peerscope::nameKey is taken (trust/trustsnapshot.h).
namespace peerscope::text {

// FTS5 query text for what a user typed: every word a prefix term.
QString ftsQuery(const QString &userText);
// Accents and case folded, every run of non-letters one space.
QString foldName(const QString &name);
// "Joseph W. Mearman" -> "mearman j": family name and first initial.
QString nameKey(const QString &name);
// X1, X2, ...: people the user split off a record (identity corrections).
bool isPersonId(const QString &id);

} // namespace peerscope::text
