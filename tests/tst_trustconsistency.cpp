// One rule per fact: for every fixture author, the conflation warnings of
// `peerscope show --json` (the trust snapshot the window shows) are exactly
// what `peerscope identity conflation --json` reports, run through the real
// binary over a cache built from the fixtures; once as imported, once with
// two fixture records merged into one person so that findings exist.

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;

namespace {

// The author records among the fixtures: ../shared/fixtures/openalex
// (co-authors included) and the bundled demo set.
QStringList fixtureAuthorIds()
{
    QStringList files;
    for (const QString &dir : {test::fixturesDir(), QStringLiteral(PEERSCOPE_SOURCE_DIR "/resources/demo")}) {
        QDirIterator it(dir, {QStringLiteral("author_*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    QStringList ids;
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString id = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("id")).toString().section(u'/', -1);
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    ids.sort();
    return ids;
}

} // namespace

class tst_TrustConsistency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_db;
    QStringList m_authors;

    test::ProcessResult run(const QStringList &args)
    {
        return test::runPeerscope(QStringList{QStringLiteral("--db"), m_db} + args, m_home.path());
    }

    // The conflation warnings of `show --json`, in the words of `identity
    // conflation --json` ({kind, summary, evidence, source}).
    QJsonArray shownConflation(const QString &id)
    {
        const auto shown = run({QStringLiteral("show"), QStringLiteral("--json"), id});
        if (shown.exitCode != 0) {
            qWarning() << "show failed for" << id << shown.err;
            return {QStringLiteral("show failed")};
        }
        const QJsonObject trust = QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("trust")).toObject();
        if (!trust.contains(QStringLiteral("warnings")))
            return {QStringLiteral("no trust snapshot")};
        QJsonArray out;
        for (const QJsonValue &v : trust.value(QStringLiteral("warnings")).toArray()) {
            const QJsonObject w = v.toObject();
            if (w.value(QStringLiteral("kind")).toString() != QLatin1String("conflation"))
                continue;
            out << QJsonObject{{QStringLiteral("kind"), w.value(QStringLiteral("finding"))},
                               {QStringLiteral("summary"), w.value(QStringLiteral("message"))},
                               {QStringLiteral("evidence"), w.value(QStringLiteral("evidence"))},
                               {QStringLiteral("source"), w.value(QStringLiteral("source"))}};
        }
        return out;
    }

    QJsonArray reportedConflation(const QString &id)
    {
        const auto r = run({QStringLiteral("identity"), QStringLiteral("conflation"), QStringLiteral("--json"), id});
        if (r.exitCode != 0) {
            qWarning() << "identity conflation failed for" << id << r.err;
            return {QStringLiteral("identity conflation failed")};
        }
        return QJsonDocument::fromJson(r.out).array();
    }

    // Every fixture author: the two commands agree, warning for warning, and
    // the text outputs say the same sentences. Returns how many authors have
    // findings.
    int compareEveryAuthor()
    {
        int withFindings = 0;
        for (const QString &id : std::as_const(m_authors)) {
            const QJsonArray shown = shownConflation(id);
            const QJsonArray reported = reportedConflation(id);
            if (shown != reported) {
                qWarning().noquote() << id << "show:" << QJsonDocument(shown).toJson() << "identity conflation:" << QJsonDocument(reported).toJson();
                return -1;
            }
            if (reported.isEmpty())
                continue;
            ++withFindings;
            const QString showText = QString::fromUtf8(run({QStringLiteral("show"), id}).out);
            const QString conflationText = QString::fromUtf8(run({QStringLiteral("identity"), QStringLiteral("conflation"), id}).out);
            for (const QJsonValue &f : reported) {
                const QString summary = f[QStringLiteral("summary")].toString();
                if (!showText.contains(QStringLiteral("  ! ") + summary + u'\n') || !conflationText.contains(summary + u'\n')) {
                    qWarning() << id << "text outputs differ on" << summary;
                    return -1;
                }
            }
        }
        return withFindings;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_db = m_home.filePath(QStringLiteral("fixtures.db"));
        m_authors = fixtureAuthorIds();
        // Mearman, the deleted record and the 17 co-authors.
        QVERIFY2(m_authors.size() >= 19, qPrintable(m_authors.join(u' ')));
        QVERIFY(m_authors.contains(QStringLiteral("A5317838346")));
        const auto imported = run({QStringLiteral("import"), test::fixturesDir(), QStringLiteral(PEERSCOPE_SOURCE_DIR "/resources/demo")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void asImported_showAndIdentityConflationAgree()
    {
        QCOMPARE(compareEveryAuthor(), 0); // the real records are clean
    }

    void mergedRecords_showAndIdentityConflationAgree()
    {
        // Andrew T. Wilson (ORCID 0000-0001-9380-0557) and Andrew Wilson
        // (0000-0002-9704-2332), two real fixture records, merged into one
        // person: its works carry two ORCIDs.
        const auto merged = run({QStringLiteral("identity"), QStringLiteral("merge"), QStringLiteral("A5101495888"), QStringLiteral("A5103202491")});
        QVERIFY2(merged.exitCode == 0, merged.err.constData());
        // Both IDs open the person, so both have the finding.
        QCOMPARE(compareEveryAuthor(), 2);
        const QJsonArray findings = reportedConflation(QStringLiteral("A5101495888"));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first()[QStringLiteral("kind")].toString(), QStringLiteral("several_orcids"));
        QVERIFY(findings.first()[QStringLiteral("summary")].toString().contains(QLatin1String("0000-0002-9704-2332")));

        // Undone, every record is clean again, in both commands.
        QCOMPARE(run({QStringLiteral("identity"), QStringLiteral("undo")}).exitCode, 0);
        QCOMPARE(compareEveryAuthor(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_TrustConsistency)
#include "tst_trustconsistency.moc"
