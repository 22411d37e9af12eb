// SIGKILL during `peerscope import` at random moments: the cache must stay
// intact, never show a half-written entity, and the next run must finish to
// exactly what an uninterrupted import gives.

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace peerscope;

namespace {

// 16 x (9 works, 18 authors, ...) = hundreds of entities; fewer under the
// sanitizers, which make every run several times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kCopies = 6;
#else
constexpr int kCopies = 16;
#endif
constexpr int kKillsWanted = 20;
constexpr int kMaxAttempts = 60;

// A private connection on a file, closed with the object.
class Db
{
public:
    explicit Db(const QString &path)
        : m_name(QStringLiteral("importkill-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Db()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("error: ") + q.lastError().text();
        return q.value(0).toString();
    }

private:
    QString m_name;
    static inline int s_counter = 0;
};

// Row count and a digest per table, ignoring timestamps (*_at columns) and
// FTS5's internal shadow tables, whose layout depends on history.
QMap<QString, QString> contentDigest(const Db &db)
{
    QMap<QString, QString> out;
    QSqlQuery tables(db.db());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    static const QStringList shadow{QStringLiteral("_data"), QStringLiteral("_idx"), QStringLiteral("_docsize"),
                                    QStringLiteral("_config"), QStringLiteral("_content")};
    for (const QString &name : std::as_const(names)) {
        if (name.contains(QLatin1String("_fts_")))
            continue;
        // Table names come from sqlite_master of our own test database.
        QSqlQuery q(db.db());
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name))) {
            out.insert(name, QStringLiteral("error: ") + q.lastError().text());
            continue;
        }
        QStringList rows;
        while (q.next()) {
            const QSqlRecord r = q.record();
            QStringList cells;
            for (int i = 0; i < r.count(); ++i) {
                if (r.fieldName(i).endsWith(QLatin1String("_at")))
                    continue;
                cells << (r.isNull(i) ? QStringLiteral("<null>") : r.value(i).toString());
            }
            rows << cells.join(QChar(0x1f));
        }
        rows.sort();
        out.insert(name, QStringLiteral("%1 rows, %2").arg(rows.size()).arg(QString::fromLatin1(
                             QCryptographicHash::hash(rows.join(QChar(0x1e)).toUtf8(), QCryptographicHash::Sha256).toHex().left(16))));
    }
    return out;
}

QProcess *startImport(const QString &db, const QString &dir, const QString &home)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "OPENALEX_API_KEY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(PEERSCOPE_BINARY), {QStringLiteral("--db"), db, QStringLiteral("import"), dir});
    return p;
}

} // namespace

class tst_ImportKill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_set;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The fixtures, copied kCopies times with every work and author ID
        // rewritten (W2250748100 -> W172250748100), so each copy adds new
        // records that point at each other like the originals do.
        m_set = m_dir.filePath(QStringLiteral("set"));
        QStringList sources;
        QDirIterator it(test::fixturesDir(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            sources << it.next();
        QVERIFY(sources.size() > 20);
        int files = 0;
        for (int k = 1; k <= kCopies; ++k) {
            const QString copy = QStringLiteral("%1/copy%2").arg(m_set).arg(k, 3, 10, QLatin1Char('0'));
            QVERIFY(QDir().mkpath(copy));
            // OpenAlex IDs have at most 12 digits: two more in front of the 10.
            const QByteArray prefix = QByteArray::number(10 + k);
            for (const QString &source : std::as_const(sources)) {
                QFile in(source);
                QVERIFY(in.open(QIODevice::ReadOnly));
                QByteArray json = in.readAll();
                json.replace("openalex.org/W", QByteArray("openalex.org/W" + prefix));
                json.replace("openalex.org/A", QByteArray("openalex.org/A" + prefix));
                QFile out(copy + u'/' + QDir(test::fixturesDir()).relativeFilePath(source).replace(u'/', u'_'));
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(json);
                ++files;
            }
        }
        qInfo("import set: %d files", files);
    }

    void killDuringImport_cacheStaysWholeAndTheNextRunCompletes()
    {
        // The reference: one uninterrupted import.
        const QString reference = m_dir.filePath(QStringLiteral("reference.db"));
        QElapsedTimer timer;
        timer.start();
        const auto full = test::runPeerscope({QStringLiteral("--db"), reference, QStringLiteral("import"), m_set}, m_dir.path(), 600000);
        const qint64 fullMs = timer.elapsed();
        QVERIFY2(full.exitCode == 0, full.err.constData());
        QMap<QString, QString> expected;
        int expectedWorks = 0;
        int midImport = 0; // kills that left some but not all works
        {
            Db ref(reference);
            expected = contentDigest(ref);
            expectedWorks = ref.scalar(QStringLiteral("SELECT COUNT(*) FROM works")).toInt();
            QVERIFY(expectedWorks >= kCopies * 9);
            QVERIFY(ref.scalar(QStringLiteral("SELECT COUNT(*) FROM authors")).toInt() >= kCopies * 17);
        }
        qInfo("uninterrupted import: %lld ms", fullMs);

        QRandomGenerator rng(QRandomGenerator::global()->generate());
        int kills = 0;
        int attempts = 0;
        QList<int> killedAtMs;
        while (kills < kKillsWanted && attempts < kMaxAttempts) {
            ++attempts;
            const QString db = m_dir.filePath(QStringLiteral("killed-%1.db").arg(attempts));
            const int delay = int(rng.bounded(qMax<qint64>(fullMs, 50)));
            std::unique_ptr<QProcess> p(startImport(db, m_set, m_dir.path()));
            QVERIFY(p->waitForStarted());
            if (p->waitForFinished(delay))
                continue; // finished before the kill: not a kill, try again
            p->kill(); // SIGKILL
            QVERIFY(p->waitForFinished());
            if (p->exitStatus() == QProcess::NormalExit)
                continue; // it finished in the instant before the signal: not a kill
            ++kills;
            killedAtMs << delay;

            const QString context = QStringLiteral("kill %1 after %2 ms").arg(kills).arg(delay);
            {
                Db killed(db);
                QVERIFY2(killed.db().isOpen(), qPrintable(context));
                QCOMPARE(killed.scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
                const bool hasSchema = killed.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'works'")) == u"1";
                if (hasSchema) {
                    const int works = killed.scalar(QStringLiteral("SELECT COUNT(*) FROM works")).toInt();
                    if (works > 0 && works < expectedWorks)
                        ++midImport;
                    // No work without all its authorships, no author or work
                    // missing from full-text search.
                    QCOMPARE(killed.scalar(QStringLiteral(
                                 "SELECT COUNT(*) FROM works w WHERE w.author_count <> "
                                 "(SELECT COUNT(*) FROM authorships a WHERE a.work_id = w.id)")),
                             QStringLiteral("0"));
                    QCOMPARE(killed.scalar(QStringLiteral(
                                 "SELECT COUNT(*) FROM authors a WHERE NOT EXISTS (SELECT 1 FROM authors_fts f WHERE f.rowid = a.rowid)")),
                             QStringLiteral("0"));
                    QCOMPARE(killed.scalar(QStringLiteral(
                                 "SELECT COUNT(*) FROM works w WHERE NOT EXISTS (SELECT 1 FROM works_fts f WHERE f.rowid = w.rowid)")),
                             QStringLiteral("0"));
                    QCOMPARE(killed.scalar(QStringLiteral(
                                 "SELECT COUNT(*) FROM authorships a WHERE NOT EXISTS (SELECT 1 FROM works w WHERE w.id = a.work_id)")),
                             QStringLiteral("0"));
                }
            }
            // The next run finishes the job, to the same contents.
            const auto rerun = test::runPeerscope({QStringLiteral("--db"), db, QStringLiteral("import"), m_set}, m_dir.path(), 600000);
            QVERIFY2(rerun.exitCode == 0, qPrintable(context + u' ' + QString::fromUtf8(rerun.err)));
            QVERIFY2(!rerun.err.contains("damaged"), qPrintable(context));
            Db done(db);
            const QMap<QString, QString> got = contentDigest(done);
            for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
                QVERIFY2(got.value(it.key()) == it.value(),
                         qPrintable(QStringLiteral("%1: table %2: %3, expected %4").arg(context, it.key(), got.value(it.key()), it.value())));
            QCOMPARE(got.keys(), expected.keys());
            QFile::remove(db);
            QFile::remove(db + QStringLiteral("-wal"));
            QFile::remove(db + QStringLiteral("-shm"));
        }
        qInfo("%d kills in %d attempts, %d of them half-way through the works", kills, attempts, midImport);
        QVERIFY2(kills >= kKillsWanted, qPrintable(QStringLiteral("only %1 kills landed while importing").arg(kills)));
        // The kills must land inside the import, not only before or after it.
        QVERIFY2(midImport >= kKillsWanted / 4, qPrintable(QStringLiteral("only %1 kills landed half-way").arg(midImport)));
    }
};

QTEST_GUILESS_MAIN(tst_ImportKill)
#include "tst_importkill.moc"
