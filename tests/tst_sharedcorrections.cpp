// Identity corrections shared by several clients (issue 19): an
// append-only log, a version per person, and conflicts shown rather than
// settled silently. On a SQLite file (two connections) and on a team server
// (two roles, alice and bob), the same checks:
// - a merge against a standing "two people" (and the reverse), and a record
//   put into two people, are conflicts: Ask writes nothing and names the
//   other side; Keep theirs logs the action as declined; Keep mine
//   supersedes the other side, and undoing it brings that side back;
// - 200 rounds of two clients acting on the same people at the same moment
//   lose no correction and show every real conflict, to the second client.

#include "pgtestserver.h"

#include "cache/cache.h"
#include "cache/citationkeyqueries.h"
#include "cache/eventqueries.h"
#include "cache/followqueries.h"
#include "cache/notequeries.h"
#include "identity/identity.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <barrier>
#include <thread>

using namespace peerscope;
using identity::Corrections;
using identity::OnConflict;
using test::PgTestServer;

namespace {

QString authorId(int n)
{
    return QStringLiteral("A99%1").arg(n, 8, 10, QLatin1Char('0'));
}
QString workId(int n, int k)
{
    return QStringLiteral("W99%1%2").arg(n, 8, 10, QLatin1Char('0')).arg(k);
}

// n authors, each alone on two works of their own.
bool writePeople(Cache &cache, int n)
{
    Cache::Transaction t(cache);
    if (!t.ok())
        return false;
    for (int i = 1; i <= n; ++i) {
        Author a;
        a.id = authorId(i);
        a.name = QStringLiteral("Person %1").arg(i);
        a.rawJson = QByteArrayLiteral("{}");
        if (!cache.upsertAuthor(a))
            return false;
        for (int k = 1; k <= 2; ++k) {
            Work w;
            w.id = workId(i, k);
            w.title = QStringLiteral("Work %1 of %2").arg(k).arg(i);
            w.publicationYear = 2020;
            Authorship s;
            s.authorId = a.id;
            s.authorName = a.name;
            w.authorships << s;
            w.rawJson = QByteArrayLiteral("{}");
            if (!cache.upsertWork(w))
                return false;
        }
    }
    return bool(t.commit());
}

struct Outcome {
    bool ok = false;
    bool conflict = false;
    qint64 batch = 0;
    QList<qint64> theirBatches;
    QString error;
};

Outcome outcomeOf(const Corrections::Result &r)
{
    Outcome o;
    o.ok = r.ok;
    o.conflict = r.conflict.has_value();
    o.batch = r.batch;
    o.error = r.error;
    if (r.conflict)
        for (const identity::Correction &c : r.conflict->theirs)
            o.theirBatches << c.batch;
    return o;
}

} // namespace

class TestSharedCorrections : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_pg;
    QTemporaryDir m_dir;
    QString m_serverError;

    // Two clients of one cache: two connections to a file, or two roles on
    // the server (whose rows say who made them).
    QStringList clients(const QString &backend, const QString &name)
    {
        if (backend == QLatin1String("sqlite")) {
            const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
            return {path, path};
        }
        QSqlDatabase db = m_pg.addConnection(QStringLiteral("admin-") + name);
        QStringList out;
        if (db.open()) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                qWarning() << q.lastError().text();
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("admin-") + name);
        for (const QString &role : {QStringLiteral("alice"), QStringLiteral("bob")}) {
            QString uri = m_pg.uri(name);
            uri.replace(QStringLiteral("://peerscope@"), QStringLiteral("://%1@").arg(role));
            out << uri;
        }
        return out;
    }
    void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        if (m_serverError.isEmpty())
            QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    // Another client of a cache prepare() made: a second connection to the
    // file, or a role's own on the server.
    static bool openSecond(Cache &cache, const QString &backend, const QString &uri)
    {
        return cache.open(uri, backend == QLatin1String("sqlite") ? Cache::OpenMode::Secondary : Cache::OpenMode::Primary)
               == Cache::OpenStatus::Ok;
    }
    // Opens the first client, creating the schema and the people.
    bool prepare(Cache &first, const QString &path, int people)
    {
        if (first.open(path) != Cache::OpenStatus::Ok) {
            qWarning() << first.errorString();
            return false;
        }
        return writePeople(first, people);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!PgTestServer::available()) {
            m_serverError = PgTestServer::unavailableReason();
            return;
        }
        QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
        // Two people of the team, each their own role, with the team's rights.
        QSqlDatabase db = m_pg.addConnection(QStringLiteral("roles"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        for (const char *role : {"alice", "bob"})
            QVERIFY2(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE peerscope").arg(QLatin1String(role))),
                     qPrintable(q.lastError().text()));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("roles"));
    }

    void conflicts_data() { backends(); }
    void conflicts()
    {
        QFETCH(QString, backend);
        const QStringList uris = clients(backend, QStringLiteral("conflicts"));
        Cache a;
        QVERIFY(prepare(a, uris.at(0), 6));
        Cache b;
        QVERIFY(openSecond(b, backend, uris.at(1)));
        if (backend == QLatin1String("postgresql")) {
            QCOMPARE(a.actor(), QStringLiteral("alice"));
            QCOMPARE(b.actor(), QStringLiteral("bob"));
        }
        Corrections alice(a);
        Corrections bob(b);
        const QString p1 = authorId(1), p2 = authorId(2), p3 = authorId(3);

        QCOMPARE(alice.version(p1).valueOr(-1), 0);
        const Corrections::Result apart = bob.distinct(p1, {p2}, QStringLiteral("different ORCIDs"));
        QVERIFY2(apart.ok, qPrintable(apart.error));
        QCOMPARE(alice.version(p1).valueOr(-1), 1);

        // Ask: nothing written, both sides named.
        const int before = int(alice.list(true).valueOr({}).size());
        const Corrections::Result asked = alice.merge(p1, {p2}, QStringLiteral("same person, same lab"));
        QVERIFY(!asked.ok);
        QVERIFY(asked.conflict);
        QCOMPARE(asked.conflict->myReason, QStringLiteral("same person, same lab"));
        QCOMPARE(asked.conflict->theirs.size(), 1);
        QCOMPARE(asked.conflict->theirs.first().kind, QStringLiteral("distinct"));
        QCOMPARE(asked.conflict->theirs.first().reason, QStringLiteral("different ORCIDs"));
        QCOMPARE(asked.conflict->theirs.first().actor, b.actor());
        QVERIFY(Corrections::describe(asked.conflict->theirs.first()).contains(QStringLiteral("different ORCIDs")));
        QCOMPARE(int(alice.list(true).valueOr({}).size()), before);
        QVERIFY(!a.authorWorkIds(p1).contains(workId(2, 1)));

        // Keep theirs: logged as declined, not in effect.
        alice.setOnConflict(OnConflict::KeepTheirs);
        const Corrections::Result declined = alice.merge(p1, {p2}, QStringLiteral("same person, same lab"));
        QVERIFY2(declined.ok, qPrintable(declined.error));
        QVERIFY(declined.declined);
        QVERIFY(!a.authorWorkIds(p1).contains(workId(2, 1)));
        const QList<identity::Correction> afterDecline = alice.list(true).valueOr({});
        QCOMPARE(int(afterDecline.size()), before + 1);
        QCOMPARE(afterDecline.last().supersededBy, apart.batch);
        QVERIFY(afterDecline.last().undone);
        QCOMPARE(afterDecline.last().reason, QStringLiteral("same person, same lab"));
        // A declined action is not redone, and the other side's undo does not wake it.
        QVERIFY(!alice.redo().ok);

        // Keep mine: theirs superseded (kept), mine in effect.
        alice.setOnConflict(OnConflict::KeepMine);
        const Corrections::Result mine = alice.merge(p1, {p2}, QStringLiteral("checked with the lab"));
        QVERIFY2(mine.ok, qPrintable(mine.error));
        QCOMPARE(mine.superseded, 1);
        QVERIFY(a.authorWorkIds(p1).contains(workId(2, 1)));
        const QList<identity::Correction> all = alice.list(true).valueOr({});
        QCOMPARE(int(all.size()), before + 2);
        const auto theirs = std::find_if(all.begin(), all.end(), [&](const identity::Correction &c) { return c.batch == apart.batch; });
        QVERIFY(theirs != all.end());
        QVERIFY(theirs->undone);
        QCOMPARE(theirs->supersededBy, mine.batch);

        // Undoing mine brings theirs back; redoing mine supersedes it again.
        QVERIFY(alice.undo().ok);
        QVERIFY(!a.authorWorkIds(p1).contains(workId(2, 1)));
        const auto standing = alice.list(false).valueOr({});
        QVERIFY(std::any_of(standing.begin(), standing.end(), [&](const identity::Correction &c) { return c.batch == apart.batch; }));
        QVERIFY(alice.redo().ok);
        QVERIFY(a.authorWorkIds(p1).contains(workId(2, 1)));

        // A record put into two people: bob merges p2 into p3 while alice has it in p1.
        const Corrections::Result twice = bob.merge(p3, {p2}, QStringLiteral("p3's student"));
        QVERIFY(twice.conflict);
        QCOMPARE(twice.conflict->theirs.first().batch, mine.batch);
        QVERIFY(a.authorWorkIds(p1).contains(workId(2, 1)));

        // "Two people" against a merge in effect.
        const Corrections::Result contra = bob.distinct(p2, {p1});
        QVERIFY(contra.conflict);
        QCOMPARE(contra.conflict->theirs.first().kind, QStringLiteral("merge"));

        // Not conflicts: both apply.
        QVERIFY(bob.exclude(p1, {workId(1, 2)}).ok);
        QVERIFY(bob.merge(p1, {authorId(4)}).ok);
        QVERIFY(a.authorWorkIds(p1).contains(workId(4, 1)));
        QVERIFY(!a.authorWorkIds(p1).contains(workId(1, 2)));

        // Undo is each user's own (on a file there is one user).
        if (b.isServer()) {
            const Corrections::Result undone = alice.undo();
            QVERIFY(undone.ok);
            QCOMPARE(undone.batch, mine.batch);
            QVERIFY(a.authorWorkIds(p1).contains(workId(4, 1))); // bob's merge stands
        }

        // Every action left an event for the other windows.
        const auto events = EventQueries(a).since(0, 1000);
        QVERIFY(events);
        QVERIFY(std::any_of(events->begin(), events->end(),
                            [&](const SharedEvent &e) { return e.kind == QLatin1String("identity") && e.entityId == p1; }));
        if (b.isServer())
            QVERIFY(std::any_of(events->begin(), events->end(), [](const SharedEvent &e) { return e.actor == QLatin1String("bob"); }));

        // Records said to be someone else are no longer suggested.
        QVERIFY(identity::possibleDuplicates(a, p1));
    }

    void racing_data() { backends(); }
    void racing()
    {
        QFETCH(QString, backend);
        constexpr int kRounds = 200;
        const QStringList uris = clients(backend, QStringLiteral("racing"));
        {
            Cache setup;
            QVERIFY(prepare(setup, uris.at(0), 3 * kRounds));
        }
        // Both clients act at the same moment each round; the loser of a
        // real conflict then settles it, alternately for theirs and for mine.
        std::barrier sync(2);
        QList<Outcome> first(kRounds), second(kRounds), settled(kRounds);
        QStringList failures[2];
        auto client = [&](int side) {
            Cache cache;
            if (!openSecond(cache, backend, uris.at(side)))
                failures[side] << cache.errorString();
            for (int round = 0; round < kRounds; ++round) {
                const QString a = authorId(3 * round + 1), b = authorId(3 * round + 2), c = authorId(3 * round + 3);
                Corrections corrections(cache);
                sync.arrive_and_wait();
                Corrections::Result r;
                switch (round % 6) {
                case 0: r = side == 0 ? corrections.merge(a, {b}, QStringLiteral("one")) : corrections.distinct(a, {b}, QStringLiteral("two")); break;
                case 1: r = side == 0 ? corrections.merge(a, {b}) : corrections.merge(c, {b}); break;
                case 2: r = corrections.exclude(a, {workId(3 * round + 1, side + 1)}); break;
                case 3: r = corrections.merge(a, {side == 0 ? b : c}); break;
                case 4: r = side == 0 ? corrections.merge(a, {b}) : corrections.split(a, {workId(3 * round + 1, 1)}); break;
                default: r = corrections.distinct(a, {side == 0 ? b : c}); break;
                }
                (side == 0 ? first : second)[round] = outcomeOf(r);
                if (r.conflict) {
                    corrections.setOnConflict(round % 2 ? OnConflict::KeepMine : OnConflict::KeepTheirs);
                    Corrections::Result again;
                    switch (round % 6) {
                    case 0: again = side == 0 ? corrections.merge(a, {b}, QStringLiteral("one")) : corrections.distinct(a, {b}, QStringLiteral("two")); break;
                    default: again = side == 0 ? corrections.merge(a, {b}) : corrections.merge(c, {b}); break;
                    }
                    settled[round] = outcomeOf(again);
                }
                sync.arrive_and_wait();
            }
        };
        std::thread t0(client, 0);
        std::thread t1(client, 1);
        t0.join();
        t1.join();
        QVERIFY2(failures[0].isEmpty() && failures[1].isEmpty(), qPrintable((failures[0] + failures[1]).join(u'\n')));

        Cache check;
        QVERIFY(openSecond(check, backend, uris.at(0)));
        const QList<identity::Correction> log = Corrections(check).list(true).valueOr({});
        QHash<qint64, QList<identity::Correction>> byBatch;
        for (const identity::Correction &c : log)
            byBatch[c.batch] << c;
        int conflicts = 0;
        for (int round = 0; round < kRounds; ++round) {
            const Outcome &x = first[round], &y = second[round];
            const bool real = round % 6 == 0 || round % 6 == 1;
            const QString where = QStringLiteral("round %1 (kind %2): %3 / %4").arg(round).arg(round % 6).arg(x.error, y.error);
            if (!real) {
                // Both apply, and both are in the log.
                QVERIFY2(x.ok && y.ok, qPrintable(where));
                QVERIFY2(byBatch.contains(x.batch) && byBatch.contains(y.batch) && x.batch != y.batch, qPrintable(where));
                QVERIFY2(!byBatch[x.batch].first().undone && !byBatch[y.batch].first().undone, qPrintable(where));
                continue;
            }
            // Exactly one won; the other was shown the winner's correction.
            QVERIFY2(x.ok != y.ok, qPrintable(where));
            const Outcome &won = x.ok ? x : y;
            const Outcome &lost = x.ok ? y : x;
            QVERIFY2(lost.conflict && lost.theirBatches.contains(won.batch), qPrintable(where));
            ++conflicts;
            // Settled: nothing lost either way.
            const Outcome &s = settled[round];
            QVERIFY2(s.ok, qPrintable(where + s.error));
            QVERIFY2(byBatch.contains(won.batch) && byBatch.contains(s.batch), qPrintable(where));
            const identity::Correction &winner = byBatch[won.batch].first();
            const identity::Correction &loser = byBatch[s.batch].first();
            if (round % 2) { // KeepMine: the first winner superseded, the settler in effect
                QVERIFY2(winner.undone && winner.supersededBy == s.batch && !loser.undone, qPrintable(where));
            } else { // KeepTheirs: the settler declined, the winner in effect
                QVERIFY2(!winner.undone && loser.undone && loser.supersededBy == won.batch, qPrintable(where));
            }
        }
        QVERIFY(conflicts > kRounds / 4);
        // No row was ever deleted: every action's rows are there.
        int expected = 0;
        for (int round = 0; round < kRounds; ++round)
            expected += (first[round].ok ? 1 : 0) + (second[round].ok ? 1 : 0) + (settled[round].ok ? 1 : 0);
        QCOMPARE(int(byBatch.size()), expected);
    }

    // Notes and pinned citation keys, shared the same way: never silently
    // overwritten; follows stay each user's own.
    void notesKeysAndFollows_data() { backends(); }
    void notesKeysAndFollows()
    {
        QFETCH(QString, backend);
        const QStringList uris = clients(backend, QStringLiteral("notes"));
        Cache a;
        QVERIFY(prepare(a, uris.at(0), 3));
        Cache b;
        QVERIFY(openSecond(b, backend, uris.at(1)));
        const QString p1 = authorId(1);

        NoteQueries alice(a), bob(b);
        const auto first = alice.save(p1, QStringLiteral("Moved to Leiden in 2019."), 0);
        QVERIFY2(first && first->saved, qPrintable(first.error()));
        QCOMPARE(first->note.version, 1);
        // Bob wrote over what he saw (no note): refused, Alice's shown.
        const auto stale = bob.save(p1, QStringLiteral("Works on graphene."), 0);
        QVERIFY2(stale, qPrintable(stale.error()));
        QVERIFY(!stale->saved);
        QCOMPARE(stale->note.text, QStringLiteral("Moved to Leiden in 2019."));
        QCOMPARE(stale->note.updatedBy, a.actor());
        const auto merged = bob.save(p1, QStringLiteral("Moved to Leiden in 2019. Works on graphene."), stale->note.version);
        QVERIFY2(merged && merged->saved, qPrintable(merged.error()));
        QCOMPARE(merged->note.version, 2);
        QCOMPARE(alice.note(p1)->updatedBy, b.actor());
        // Alice's second save over version 1 is refused in turn.
        QVERIFY(!alice.save(p1, QStringLiteral("x"), 1)->saved);
        QCOMPARE(alice.note(p1)->text, QStringLiteral("Moved to Leiden in 2019. Works on graphene."));

        CitationKeyQueries keysA(a), keysB(b);
        QCOMPARE(keysA.pin({{workId(1, 1), QStringLiteral("person2020")}}, Cache::nowUtc()).valueOr(-1), 0);
        // The same work with another key, and the same key for another work: both kept as they were.
        QCOMPARE(keysB.pin({{workId(1, 1), QStringLiteral("other2020")}, {workId(2, 1), QStringLiteral("person2020")},
                            {workId(3, 1), QStringLiteral("third2020")}},
                           Cache::nowUtc())
                     .valueOr(-1),
                 2);
        const auto pinned = keysA.pinned().valueOr({});
        QCOMPARE(pinned.value(workId(1, 1)), QStringLiteral("person2020"));
        QVERIFY(!pinned.contains(workId(2, 1)));
        QCOMPARE(pinned.value(workId(3, 1)), QStringLiteral("third2020"));

        FollowQueries followsA(a), followsB(b);
        QVERIFY(followsA.follow(p1, Cache::nowUtc()).valueOr(false));
        QVERIFY(followsA.isFollowed(p1).valueOr(false));
        // One user in a file; two roles on a server, each with their own follows.
        QCOMPARE(followsB.isFollowed(p1).valueOr(true), !b.isServer());
        QCOMPARE(int(followsB.followed().valueOr({}).size()), b.isServer() ? 0 : 1);
    }
};

QTEST_GUILESS_MAIN(TestSharedCorrections)
#include "tst_sharedcorrections.moc"
