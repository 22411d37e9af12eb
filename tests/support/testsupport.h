#pragma once

#include <QString>
#include <QStringList>

namespace peerscope::test {

// ../shared/fixtures/openalex, read-only.
QString fixturesDir();
QString fixture(const QString &relativePath);
QByteArray readFixture(const QString &relativePath);

// The bytes of any file; empty when it cannot be read.
QByteArray readFile(const QString &path);

// The Python 3 interpreter for the external validators: Debian's
// /usr/bin/python3 first (python3-jsonschema and friends live there), else
// python3 on the PATH; empty when there is none.
QString python3();

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false;
};

// Runs the built peerscope binary with args; no display, no API key, a
// private HOME so the user's real cache is never touched.
ProcessResult runPeerscope(const QStringList &args, const QString &home, int timeoutMs = 120000);

// Rows of one statement over a cache file opened directly (not through Cache,
// which would move a damaged file aside and so hide the damage); a failed
// statement gives one row "ERROR <sql>: <SQLite's reason>".
QStringList rawRows(const QString &path, const QString &sql);
// What a user would see of a cache, without the clock columns (fetched_at and
// friends): one line per table with its row count and a digest, so that two
// caches compare equal exactly when their content does.
QStringList cacheContents(const QString &path);
// The file as the application's next open finds it (read-write, so a hot
// journal is replayed): no file or an empty database, or integrity_check
// passes and every cached work has all its authorship rows.
bool cacheIsSound(const QString &path, QString *why = nullptr);

// Makes reading the record of one work fail with an SQLite error, as a
// damaged row would, through a raw connection: the works table goes behind
// a view whose raw_json of that work raises "malformed JSON". The file stays
// sound (quick_check passes, so opening it recovers nothing) and the work's
// ID, year and title still read: only the read of the work itself fails.
bool makeWorkUnreadable(const QString &path, const QString &workId, QString *why = nullptr);

// Renames table to <table>_hidden through a raw connection, leaving the
// views and statements that name it as they are: every read of it then
// fails with "no such table" while the file stays sound.
bool hideTable(const QString &path, const QString &table, QString *why = nullptr);

// Statements that take away what schema 8 added: run on a new cache (then
// set the version), they leave one as version 7 left it, for the tests of
// the migrations from 7 and before.
QStringList backToVersion7(bool server);

} // namespace peerscope::test
