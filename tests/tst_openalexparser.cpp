#include "openalex/ids.h"
#include "openalex/openalexparser.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace peerscope;
using namespace peerscope::openalex;

class tst_OpenAlexParser : public QObject
{
    Q_OBJECT

private:
    static ParsedDocument parseFixture(const QString &name)
    {
        ParsedDocument doc;
        ParseError error;
        const QByteArray json = test::readFixture(name);
        if (json.isEmpty())
            qFatal("fixture %s missing", qPrintable(name));
        if (!parseDocument(json, &doc, &error))
            qFatal("fixture %s does not parse: %s", qPrintable(name), qPrintable(error.message));
        return doc;
    }

private slots:
    void everyFixture_parses()
    {
        QDirIterator it(test::fixturesDir(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            ParsedDocument doc;
            ParseError error;
            QVERIFY2(parseDocument(f.readAll(), &doc, &error), qPrintable(path + u' ' + error.message));
            if (doc.shape != ParsedDocument::Shape::Autocomplete && !path.contains(QLatin1String("empty")))
                QVERIFY2(doc.entityCount() > 0, qPrintable(path));
            ++files;
        }
        QCOMPARE(files, 36);
    }

    void author_identityAndAffiliations()
    {
        const ParsedDocument doc = parseFixture(QStringLiteral("author_A5017898742.json"));
        QCOMPARE(doc.authors.size(), 1);
        const Author &a = doc.authors.first();
        QCOMPARE(a.id, QStringLiteral("A5017898742"));
        QCOMPARE(a.name, QStringLiteral("Joseph Mearman"));
        QVERIFY(a.orcid.isEmpty());
        QCOMPARE(a.alternatives, (QStringList{QStringLiteral("Joseph W. Mearman"), QStringLiteral("J. W. Mearman")}));
        QCOMPARE(a.worksCount, 9);
        QCOMPARE(a.citedByCount, 41);
        QCOMPARE(a.hIndex, 2);
        QCOMPARE(a.i10Index, 2);
        QCOMPARE(a.lastKnownInstitutions.size(), 1);
        QCOMPARE(a.lastKnownInstitutions.first().id, QStringLiteral("I161548249"));
        QCOMPARE(a.lastKnownInstitutions.first().ror, QStringLiteral("006jb1a24"));
        QCOMPARE(a.lastKnownInstitutions.first().name, QStringLiteral("Bangor University"));
        QCOMPARE(a.affiliations.size(), 1);
        QCOMPARE(a.affiliations.first().years, (QList<int>{2021, 2016, 2015, 2014}));
        QVERIFY(a.topics.size() > 3);
        QCOMPARE(a.topics.first().name, QStringLiteral("Augmented Reality Applications"));
        QCOMPARE(a.topics.first().count, 4);
        QVERIFY(!a.rawJson.isEmpty());
    }

    void deletedAuthor_parsesAsEmptyRecord()
    {
        const ParsedDocument doc = parseFixture(QStringLiteral("author_A5317838346_deleted.json"));
        QCOMPARE(doc.authors.size(), 1);
        const Author &a = doc.authors.first();
        QCOMPARE(a.id, QStringLiteral("A5317838346"));
        QCOMPARE(a.name, QStringLiteral("Deleted Author"));
        QCOMPARE(a.worksCount, 0);
        QVERIFY(a.affiliations.isEmpty());
        QVERIFY(a.lastKnownInstitutions.isEmpty());
        QVERIFY(a.alternatives.isEmpty());
    }

    void nonAsciiNames_surviveIntact()
    {
        const Author labrosse = parseFixture(QStringLiteral("coauthors/author_A5013808128.json")).authors.first();
        QCOMPARE(labrosse.name, QStringLiteral("Frédéric Labrosse"));
        const Author moeller = parseFixture(QStringLiteral("coauthors/author_A5088205980.json")).authors.first();
        QCOMPARE(moeller.name, QStringLiteral("Katharina Möller"));
    }

    void work_nullDoiAndBiblio_giveEmptyFields()
    {
        const Work w = parseFixture(QStringLiteral("work_W2241997964.json")).works.first();
        QCOMPARE(w.id, QStringLiteral("W2241997964"));
        QVERIFY(w.doi.isEmpty());
        QVERIFY(w.volume.isEmpty());
        QVERIFY(w.firstPage.isEmpty());
        QCOMPARE(w.publicationYear, 2014);
        QCOMPARE(w.authorships.size(), 3);
    }

    void work_authorshipsInOrderWithInstitutions()
    {
        const Work w = parseFixture(QStringLiteral("work_W3188841554.json")).works.first();
        QCOMPARE(w.authorships.size(), 5);
        const Authorship &first = w.authorships.first();
        QCOMPARE(first.position, 0);
        QCOMPARE(first.authorId, QStringLiteral("A5009341822"));
        QCOMPARE(first.authorName, QStringLiteral("Jonathan C. Roberts"));
        QCOMPARE(first.orcid, QStringLiteral("0000-0001-7718-3181"));
        QCOMPARE(first.rawAuthorName, QStringLiteral("J. C. Roberts"));
        QCOMPARE(first.authorPosition, QStringLiteral("first"));
        QCOMPARE(first.institutions.size(), 1);
        QCOMPARE(first.institutions.first().id, QStringLiteral("I161548249"));
        QCOMPARE(w.authorships.last().position, 4);
    }

    void preprintAndArticle_areDistinctButAlike()
    {
        const Work preprint = parseFixture(QStringLiteral("work_W3188841554.json")).works.first();
        const Work article = parseFixture(QStringLiteral("work_W3187234764.json")).works.first();
        QCOMPARE(preprint.type, QStringLiteral("preprint"));
        QCOMPARE(article.type, QStringLiteral("article"));
        QCOMPARE(preprint.doi, QStringLiteral("10.48550/arxiv.2108.04680"));
        QCOMPARE(preprint.arxivId, QStringLiteral("2108.04680"));
        QCOMPARE(article.doi, QStringLiteral("10.2312/cgvc.20211309"));
        QVERIFY(article.arxivId.isEmpty());
        QCOMPARE(preprint.title.toLower(), article.title.toLower());
        QStringList preprintAuthors, articleAuthors;
        for (const Authorship &a : preprint.authorships)
            preprintAuthors << a.authorId;
        for (const Authorship &a : article.authorships)
            articleAuthors << a.authorId;
        preprintAuthors.sort();
        articleAuthors.sort();
        QCOMPARE(preprintAuthors, articleAuthors);
    }

    void missingAbstract_givesEmptyString()
    {
        // Find a fixture work whose abstract_inverted_index is null.
        QDirIterator it(test::fixturesDir(), {QStringLiteral("work_*.json")}, QDir::Files);
        int nullAbstracts = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            const Work w = parseWork(o);
            if (o.value(QStringLiteral("abstract_inverted_index")).isNull()) {
                ++nullAbstracts;
                QVERIFY(w.abstract.isEmpty());
            } else {
                QVERIFY(!w.abstract.isEmpty());
            }
        }
        QVERIFY(nullAbstracts > 0);
    }

    void abstract_placesEveryPositionOfEveryWord()
    {
        const QJsonObject index = QJsonDocument::fromJson(R"({"the":[0,4],"cat":[1],"sat":[2],"on":[3],"mat":[5]})").object();
        QCOMPARE(rebuildAbstract(index), QStringLiteral("the cat sat on the mat"));
        // Gaps and unordered keys do not lose words.
        const QJsonObject gappy = QJsonDocument::fromJson(R"({"z":[10],"a":[0],"m":[5]})").object();
        QCOMPARE(rebuildAbstract(gappy), QStringLiteral("a m z"));
        QCOMPARE(rebuildAbstract(QJsonValue()), QString());
    }

    void abstract_fromFixtureStartsLikeThePaper()
    {
        const Work w = parseFixture(QStringLiteral("work_W2250748100.json")).works.first();
        QVERIFY(!w.abstract.isEmpty());
        QVERIFY(!w.abstract.contains(QLatin1String("  ")));
        const QJsonObject o = QJsonDocument::fromJson(test::readFixture(QStringLiteral("work_W2250748100.json"))).object();
        int positions = 0;
        const QJsonObject index = o.value(QStringLiteral("abstract_inverted_index")).toObject();
        for (auto it = index.begin(); it != index.end(); ++it)
            positions += int(it.value().toArray().size());
        QCOMPARE(int(w.abstract.split(u' ').size()), positions);
    }

    void listPage_withoutCursor()
    {
        const ParsedDocument doc = parseFixture(QStringLiteral("works_by_author_A5017898742_perpage50_page1.json"));
        QCOMPARE(doc.shape, ParsedDocument::Shape::ListPage);
        QCOMPARE(doc.works.size(), 9);
        QCOMPARE(doc.meta.count, 9);
        QVERIFY(doc.meta.nextCursor.isEmpty());
    }

    void listPage_withCursor()
    {
        const QByteArray json = R"({"meta":{"count":450,"per_page":200,"next_cursor":"IlsxNjA5MzcyODAwMDAwLCAnaHR0cHM6Ly9vcGVuYWxleC5vcmcvVzI0ODg0OTk1ODQnXSI="},)"
                                 R"("results":[{"id":"https://openalex.org/W1","title":"One"},{"id":"https://openalex.org/W2","display_name":"Two"}]})";
        ParsedDocument doc;
        ParseError error;
        QVERIFY(parseDocument(json, &doc, &error));
        QVERIFY(doc.meta.hasCursor);
        QVERIFY(doc.meta.nextCursor.startsWith(QLatin1String("IlsxNjA5")));
        QCOMPARE(doc.works.size(), 2);
        QCOMPARE(doc.works.at(1).title, QStringLiteral("Two"));

        ParsedDocument last;
        QVERIFY(parseDocument(R"({"meta":{"count":450,"next_cursor":null},"results":[]})", &last, &error));
        QVERIFY(last.meta.hasCursor);
        QVERIFY(last.meta.nextCursor.isEmpty());
    }

    void emptyList_isNotAnError()
    {
        const ParsedDocument doc = parseFixture(QStringLiteral("works_cites_W3209445140_empty.json"));
        QCOMPARE(doc.shape, ParsedDocument::Shape::ListPage);
        QCOMPARE(doc.entityCount(), 0);
        QCOMPARE(doc.meta.count, 0);
    }

    void autocomplete_hits()
    {
        const ParsedDocument doc = parseFixture(QStringLiteral("autocomplete_works_q_greenhou.json"));
        QCOMPARE(doc.shape, ParsedDocument::Shape::Autocomplete);
        QCOMPARE(doc.autocomplete.size(), 10);
        QCOMPARE(doc.autocomplete.first().kind, EntityKind::Work);
        QVERIFY(!doc.autocomplete.first().name.isEmpty());
    }

    void institutionSourceTopic_parse()
    {
        const Institution i = parseFixture(QStringLiteral("institution_I161548249.json")).institutions.first();
        QCOMPARE(i.name, QStringLiteral("Bangor University"));
        QCOMPARE(i.ror, QStringLiteral("006jb1a24"));
        QCOMPARE(i.countryCode, QStringLiteral("GB"));
        const Source s = parseFixture(QStringLiteral("source_S137773608.json")).sources.first();
        QCOMPARE(s.name, QStringLiteral("Nature"));
        QVERIFY(!s.issnL.isEmpty());
        const Topic t = parseFixture(QStringLiteral("topic_T11636.json")).topics.first();
        QCOMPARE(t.id, QStringLiteral("T11636"));
        QVERIFY(!t.name.isEmpty());
    }

    void malformed_isAnErrorWithPosition()
    {
        ParsedDocument doc;
        ParseError error;
        QVERIFY(!parseDocument("{\"id\": \"https://openalex.org/A1\", ", &doc, &error));
        QVERIFY(error.message.contains(QLatin1String("byte")));
        QVERIFY(!parseDocument("[1,2,3]", &doc, &error));
        QVERIFY(!parseDocument(R"({"hello":"world"})", &doc, &error));
        QVERIFY(!parseDocument(R"({"results":{"not":"an array"}})", &doc, &error));
    }

    void wrongTypes_areTolerated()
    {
        ParsedDocument doc;
        ParseError error;
        QVERIFY(parseDocument(R"({"id":"https://openalex.org/W9","title":null,"publication_year":"2020","authorships":"oops",)"
                              R"("biblio":[],"cited_by_count":null,"abstract_inverted_index":{"x":["a"]}})", &doc, &error));
        const Work &w = doc.works.first();
        QCOMPARE(w.id, QStringLiteral("W9"));
        QCOMPARE(w.publicationYear, 2020);
        QVERIFY(w.authorships.isEmpty());
        QCOMPARE(w.citedByCount, 0);
        QVERIFY(w.abstract.isEmpty());
    }

    void fwciAndPercentile_parse_nullIsUnknown()
    {
        const Work w = parseWork(QJsonDocument::fromJson(test::readFixture(QStringLiteral("work_W2250748100.json"))).object());
        QCOMPARE(w.fwci, 6.226);
        QCOMPARE(w.citationPercentile, 0.973323);
        QVERIFY(!w.inTop1Percent);
        QVERIFY(w.inTop10Percent);
        const Work none = parseWork(QJsonDocument::fromJson(test::readFixture(QStringLiteral("work_W3188841554.json"))).object());
        QCOMPARE(none.fwci, -1.0); // "fwci": null
        QVERIFY(none.citationPercentile >= 0);
        const QByteArray zeroJson = QByteArrayLiteral("{\"id\":\"W1\",\"fwci\":0,\"citation_normalized_percentile\":null}");
        const Work zero = parseWork(QJsonDocument::fromJson(zeroJson).object());
        QCOMPARE(zero.fwci, 0.0); // zero is a value, not unknown
        QCOMPARE(zero.citationPercentile, -1.0);
        const QByteArray oddJson = QByteArrayLiteral("{\"id\":\"W1\",\"fwci\":\"high\",\"citation_normalized_percentile\":{\"value\":-3}}");
        const Work odd = parseWork(QJsonDocument::fromJson(oddJson).object());
        QCOMPARE(odd.fwci, -1.0);
        QCOMPARE(odd.citationPercentile, -1.0);
    }

    void recordWithoutId_isSkippedAndCounted_notAnError()
    {
        ParsedDocument doc;
        ParseError error;
        const QByteArray noId = QByteArrayLiteral("{\"id\":null,\"title\":\"No id\",\"authorships\":[]}");
        QVERIFY(parseDocument(noId, &doc, &error));
        QCOMPARE(doc.entityCount(), 0);
        QCOMPARE(doc.skipped, 1);
        QCOMPARE(doc.withoutId, 1);
        const QByteArray nameOnly = QByteArrayLiteral("{\"display_name\":\"Someone\",\"works_count\":3}");
        QVERIFY(parseDocument(nameOnly, &doc, &error));
        QCOMPARE(doc.withoutId, 1);
        const QByteArray list = QByteArrayLiteral("{\"meta\":{},\"results\":[{\"id\":\"https://openalex.org/W1\"},{\"id\":null},"
                                                  "{\"title\":\"x\"},{\"id\":\"https://openalex.org/P4310320990\"}]}");
        QVERIFY(parseDocument(list, &doc, &error));
        QCOMPARE(doc.works.size(), 1);
        QCOMPARE(doc.skipped, 3);
        QCOMPARE(doc.withoutId, 2); // the publisher has an id, of a kind not stored
        // Not a record at all: still an error.
        const QByteArray errorBody = QByteArrayLiteral("{\"error\":\"Invalid query\",\"message\":\"no such field\"}");
        QVERIFY(!parseDocument(errorBody, &doc, &error));
    }

    void ids_normalize()
    {
        QCOMPARE(ids::normalizeOpenAlexId(QStringLiteral("https://openalex.org/A5017898742")), QStringLiteral("A5017898742"));
        QCOMPARE(ids::normalizeOpenAlexId(QStringLiteral("a5017898742")), QStringLiteral("A5017898742"));
        QCOMPARE(ids::normalizeOpenAlexId(QStringLiteral("https://api.openalex.org/authors/A5017898742")), QStringLiteral("A5017898742"));
        QVERIFY(ids::normalizeOpenAlexId(QStringLiteral("Joseph Mearman")).isEmpty());
        QVERIFY(ids::normalizeOpenAlexId(QStringLiteral("A50178; DROP TABLE")).isEmpty());
        QCOMPARE(ids::kindOf(QStringLiteral("W2250748100")), EntityKind::Work);
        QCOMPARE(ids::normalizeOrcid(QStringLiteral("https://orcid.org/0000-0001-7718-3181")), QStringLiteral("0000-0001-7718-3181"));
        QCOMPARE(ids::normalizeOrcid(QStringLiteral("0000-0002-1694-233X")), QStringLiteral("0000-0002-1694-233X"));
        QVERIFY(ids::normalizeOrcid(QStringLiteral("0000-0001-7718-3182")).isEmpty()); // bad check digit
        QCOMPARE(ids::normalizeDoi(QStringLiteral("https://doi.org/10.1145/2795233")), QStringLiteral("10.1145/2795233"));
        QCOMPARE(ids::normalizeDoi(QStringLiteral("doi:10.48550/ARXIV.2108.04680")), QStringLiteral("10.48550/arxiv.2108.04680"));
        QCOMPARE(ids::normalizeRor(QStringLiteral("https://ror.org/006jb1a24")), QStringLiteral("006jb1a24"));
        QCOMPARE(ids::normalizeScopusAuthorId(QStringLiteral("http://www.scopus.com/inward/authorDetails.url?authorID=36455008000&partnerID=MN8TOARS")),
                 QStringLiteral("36455008000"));
    }
};

QTEST_GUILESS_MAIN(tst_OpenAlexParser)
#include "tst_openalexparser.moc"
