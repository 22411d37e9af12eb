#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// Text rules on names and search input, shared by the cache, identity and
// the command line. Pure functions: no database involved. In their own
// namespace: peerscope::nameKey is taken (trust/trustsnapshot.h).
namespace peerscope::text {

// The words of what a user typed into a search: runs of letters and
// digits, everything else a separator (so nothing a query syntax parses).
QStringList searchWords(const QString &userText);
// FTS5 query text for what a user typed: every word a prefix term.
QString ftsQuery(const QString &userText);
// Accents and case folded, every run of non-letters one space.
QString foldName(const QString &name);
// "Joseph W. Mearman" -> "mearman j": family name and first initial.
QString nameKey(const QString &name);
// X1, X2, ...: people the user split off a record (identity corrections).
bool isPersonId(const QString &id);

// For IDs that are all one capital letter + 1..18 digits (OpenAlex IDs of
// one kind), a number per ID whose order is the texts' order: the digits in
// base 11 (digit + 1), padded with 0 past the end, so "W2" > "W10" as in
// text. Empty when some ID is anything else. Comparing these is a fraction
// of comparing the strings (180,000 IDs of a big author's citations).
std::vector<quint64> idOrderKeys(const QStringList &ids);
// The positions of ids in ascending text order (ties: the earlier first).
std::vector<qsizetype> ascendingPositions(const QStringList &ids);

} // namespace peerscope::text
