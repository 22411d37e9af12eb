// SyncWriter: what a sync writes and what it notices while writing (the
// change log, departures, cut author lists), each step in one transaction.
// No network: the pages are built here.

#include "testsupport.h"

#include "cache/cache.h"
#include "openalex/openalexparser.h"
#include "sync/syncstore.h"
#include "sync/syncwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace peerscope;
using From = SyncWriter::WorkSource;

namespace {

const QString kMe = QStringLiteral("A5000000001");

// Records as OpenAlex sends them, parsed as a sync parses them (the cache
// reads records back from their raw JSON).
Author author(const QStringList &institutions)
{
    QJsonArray known;
    for (const QString &id : institutions)
        known << QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("display_name"), QString(QStringLiteral("Institute ") + id)}};
    return openalex::parseAuthor(QJsonObject{{QStringLiteral("id"), kMe},
                                             {QStringLiteral("display_name"), QStringLiteral("Ada Example")},
                                             {QStringLiteral("last_known_institutions"), known}});
}

// A work by authorIds, in the version updated on `updated`.
Work work(const QString &id, const QStringList &authorIds, int cited = 0, const QString &updated = QStringLiteral("2026-01-01"),
          bool truncated = false)
{
    QJsonArray authorships;
    for (const QString &a : authorIds)
        authorships << QJsonObject{{QStringLiteral("author"), QJsonObject{{QStringLiteral("id"), a},
                                                                          {QStringLiteral("display_name"), QString(QStringLiteral("Person ") + a)}}},
                                   {QStringLiteral("institutions"), QJsonArray()}};
    return openalex::parseWork(QJsonObject{{QStringLiteral("id"), id},
                                           {QStringLiteral("title"), QString(QStringLiteral("Title of ") + id)},
                                           {QStringLiteral("display_name"), QString(QStringLiteral("Title of ") + id)},
                                           {QStringLiteral("cited_by_count"), cited},
                                           {QStringLiteral("updated_date"), updated},
                                           {QStringLiteral("is_authors_truncated"), truncated},
                                           {QStringLiteral("authorships"), authorships}});
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestSyncWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;

    QString path() const { return m_dir->filePath(QStringLiteral("cache.db")); }
    // "kind entity old->new details" for each change_log row, in order.
    QStringList changeLog() const
    {
        QStringList rows = test::rawRows(path(), QStringLiteral("SELECT kind, entity_id, old_value, new_value, details FROM change_log "
                                                                "ORDER BY rowid"));
        for (QString &r : rows) {
            const QStringList c = r.split(u'\x1f');
            r = QStringLiteral("%1 %2 %3->%4 %5").arg(c.value(0), c.value(1), c.value(2), c.value(3), c.value(4)).trimmed();
        }
        return rows;
    }

    // A completed first sync of kMe with W1 (with B) and W2 (alone).
    void firstSync(SyncWriter &writer)
    {
        writer.reset();
        QVERIFY(writer.startAuthor(author({QStringLiteral("I1")}), false));
        const Read<QStringList> cut = writer.writeWorks({work(QStringLiteral("W1"), {kMe, QStringLiteral("A5000000002")}, 1),
                                                         work(QStringLiteral("W2"), {kMe}, 2)},
                                                        From::AuthorList);
        QVERIFY2(cut.ok(), qPrintable(cut.error()));
        QVERIFY(cut->isEmpty());
        const Read<int> departed = writer.recordDepartures({QStringLiteral("W1"), QStringLiteral("W2")});
        QVERIFY(departed.ok());
        QCOMPARE(*departed, 0);
        QVERIFY(writer.finish(author({QStringLiteral("I1")}), 1));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cache = std::make_unique<Cache>();
        QCOMPARE(m_cache->open(path()), Cache::OpenStatus::Ok);
    }

    void cleanup()
    {
        m_cache.reset();
        m_dir.reset();
    }

    void firstSync_writesEverythingAndLogsNothing()
    {
        SyncWriter writer(*m_cache);
        firstSync(writer);
        QCOMPARE(writer.worksWritten(), 2);
        QCOMPARE(writer.changes(), 0);
        QVERIFY(changeLog().isEmpty());
        QVERIFY(syncstore::loadState(*m_cache, kMe).complete);
        QCOMPARE(sorted(m_cache->recordWorkIds(kMe)), (QStringList{QStringLiteral("W1"), QStringLiteral("W2")}));
    }

    void changedWorks_areTheNewTheNewerAndTheUnlinked()
    {
        SyncWriter writer(*m_cache);
        firstSync(writer);
        // W9 is cached, but only as someone else's work.
        QVERIFY(writer.writeWorks({work(QStringLiteral("W9"), {QStringLiteral("A5000000009")}, 0)}, From::CoauthorList).ok());

        const QHash<QString, QPair<QString, int>> listed{
            {QStringLiteral("W1"), {QStringLiteral("2026-01-01"), 1}}, // as cached
            {QStringLiteral("W2"), {QStringLiteral("2026-02-01"), 2}}, // a newer version
            {QStringLiteral("W3"), {QStringLiteral("2026-01-01"), 0}}, // not cached
            {QStringLiteral("W9"), {QStringLiteral("2026-01-01"), 0}}, // cached, not credited to kMe
        };
        QCOMPARE(sorted(writer.changedWorks(listed)), (QStringList{QStringLiteral("W2"), QStringLiteral("W3"), QStringLiteral("W9")}));
        // Citations moved: changed too.
        QCOMPARE(writer.changedWorks({{QStringLiteral("W1"), {QStringLiteral("2026-01-01"), 7}}}), QStringList{QStringLiteral("W1")});
    }

    void secondSync_logsWhatChangedAndMarksDepartures()
    {
        SyncWriter writer(*m_cache);
        firstSync(writer);

        writer.reset();
        QVERIFY(writer.startAuthor(author({QStringLiteral("I2")}), true));
        // W2's citations moved; W3 is new, with a new co-author C.
        const Read<QStringList> cut = writer.writeWorks({work(QStringLiteral("W2"), {kMe}, 5, QStringLiteral("2026-02-01")),
                                                         work(QStringLiteral("W3"), {kMe, QStringLiteral("A5000000003")}, 0)},
                                                        From::AuthorList);
        QVERIFY2(cut.ok(), qPrintable(cut.error()));
        // W1 is no longer listed: departed, once.
        const Read<int> departed = writer.recordDepartures({QStringLiteral("W2"), QStringLiteral("W3")});
        QVERIFY2(departed.ok(), qPrintable(departed.error()));
        QCOMPARE(*departed, 1);
        QCOMPARE(syncstore::departedWorks(*m_cache, kMe), QSet<QString>{QStringLiteral("W1")});
        QCOMPARE(*writer.recordDepartures({QStringLiteral("W2"), QStringLiteral("W3")}), 0);
        // The new co-author's profile, as the sync fetches it before finishing.
        QVERIFY(writer.writeCoauthors({openalex::parseAuthor(QJsonObject{{QStringLiteral("id"), QStringLiteral("A5000000003")},
                                                                         {QStringLiteral("display_name"), QStringLiteral("Cy Coauthor")}})}));
        QCOMPARE(writer.coauthorsWritten(), 1);
        QVERIFY(writer.finish(author({QStringLiteral("I2")}), 1));

        QCOMPARE(changeLog(), (QStringList{QStringLiteral("affiliation A5000000001 Institute I1->Institute I2"),
                                           QStringLiteral("citations W2 2->5 Title of W2"),
                                           QStringLiteral("new_work W3 ->Title of W3"),
                                           QStringLiteral("departed_work W1 -> Title of W1"),
                                           QStringLiteral("new_coauthor A5000000003 ->Cy Coauthor")}));
        QCOMPARE(writer.changes(), 5);
        // The departed work is marked, never deleted.
        QVERIFY(m_cache->work(QStringLiteral("W1")).has_value());

        // Listed again: no longer departed.
        writer.reset();
        QVERIFY(writer.startAuthor(author({QStringLiteral("I2")}), true));
        QVERIFY(writer.writeWorks({work(QStringLiteral("W1"), {kMe, QStringLiteral("A5000000002")}, 1)}, From::AuthorList).ok());
        QVERIFY(syncstore::departedWorks(*m_cache, kMe).isEmpty());
    }

    void coauthorWorks_areNeverNewsAndNeverUndepart()
    {
        SyncWriter writer(*m_cache);
        firstSync(writer);
        writer.reset();
        QVERIFY(writer.startAuthor(author({QStringLiteral("I1")}), true));
        QCOMPARE(*writer.recordDepartures({QStringLiteral("W2")}), 1); // W1 departs
        const int before = int(changeLog().size());
        const Read<QStringList> cut = writer.writeWorks({work(QStringLiteral("W1"), {kMe, QStringLiteral("A5000000002")}, 9),
                                                         work(QStringLiteral("W8"), {QStringLiteral("A5000000002")}, 0, {}, true)},
                                                        From::CoauthorList);
        QVERIFY(cut.ok());
        QVERIFY(cut->isEmpty()); // co-authors' cut lists are not fetched in full
        QCOMPARE(changeLog().size(), before);
        QCOMPARE(syncstore::departedWorks(*m_cache, kMe), QSet<QString>{QStringLiteral("W1")});
    }

    void cutAuthorLists_keepAFullRecordOfTheSameVersion()
    {
        SyncWriter writer(*m_cache);
        writer.reset();
        QVERIFY(writer.startAuthor(author({}), false));
        // A full record of W5, then a list that cuts its authors, same version.
        QVERIFY(writer.writeWorks({work(QStringLiteral("W5"), {kMe, QStringLiteral("A5000000002"), QStringLiteral("A5000000003")})},
                                  From::Single).ok());
        Read<QStringList> cut = writer.writeWorks({work(QStringLiteral("W5"), {kMe}, 0, QStringLiteral("2026-01-01"), true)},
                                                  From::AuthorList);
        QVERIFY(cut.ok());
        QVERIFY(cut->isEmpty());
        QCOMPARE(m_cache->work(QStringLiteral("W5"))->authorships.size(), 3);

        // A newer cut version, or one never seen whole: to be fetched singly.
        cut = writer.writeWorks({work(QStringLiteral("W5"), {kMe}, 0, QStringLiteral("2026-03-01"), true),
                                 work(QStringLiteral("W6"), {kMe}, 0, QStringLiteral("2026-01-01"), true)},
                                From::AuthorList);
        QVERIFY(cut.ok());
        QCOMPARE(*cut, (QStringList{QStringLiteral("W5"), QStringLiteral("W6")}));

        // A single record with exactly 100 authors may be cut as well: the mark stays.
        QStringList hundred;
        for (int i = 0; i < 100; ++i)
            hundred << QStringLiteral("A59%1").arg(i, 8, 10, QLatin1Char('0'));
        hundred[0] = kMe;
        QVERIFY(writer.writeWorks({work(QStringLiteral("W6"), hundred, 0, QStringLiteral("2026-01-02"))}, From::Single).ok());
        QCOMPARE(syncstore::cachedWork(*m_cache, QStringLiteral("W6")).authorsTruncated, true);
    }

    void failedStep_rollsBackTheWholePageAndItsCounts()
    {
        SyncWriter writer(*m_cache);
        firstSync(writer);
        writer.reset();
        QVERIFY(writer.startAuthor(author({QStringLiteral("I1")}), true));
        Work noId = work(QStringLiteral("W7"), {kMe});
        noId.id.clear(); // the cache refuses it
        const Read<QStringList> cut = writer.writeWorks({work(QStringLiteral("W4"), {kMe}), noId}, From::AuthorList);
        QVERIFY(!cut.ok());
        QVERIFY(!cut.error().isEmpty());
        QVERIFY(!m_cache->work(QStringLiteral("W4")).has_value()); // the page went as a whole
        QCOMPARE(writer.worksWritten(), 0);
        QCOMPARE(writer.changes(), 0);
        QVERIFY(changeLog().isEmpty());
        // The writer goes on after a failed step.
        QVERIFY(writer.writeWorks({work(QStringLiteral("W4"), {kMe})}, From::AuthorList).ok());
        QCOMPARE(writer.worksWritten(), 1);
        QCOMPARE(changeLog(), QStringList{QStringLiteral("new_work W4 ->Title of W4")});
    }

    void merge_rewritesReferencesAndIsLoggedWhenAsked()
    {
        SyncWriter writer(*m_cache);
        firstSync(writer);
        const QString survivor = QStringLiteral("A5000000099");
        QVERIFY(writer.recordMerge(kMe, survivor, true));
        QCOMPARE(sorted(m_cache->recordWorkIds(survivor)), (QStringList{QStringLiteral("W1"), QStringLiteral("W2")}));
        QVERIFY(m_cache->recordWorkIds(kMe).isEmpty());
        QCOMPARE(m_cache->resolveOpenAlexAlias(kMe), survivor);
        QCOMPARE(changeLog(), QStringList{QStringLiteral("merged A5000000099 A5000000001->A5000000099")});
    }
};

QTEST_GUILESS_MAIN(TestSyncWriter)
#include "tst_syncwriter.moc"
