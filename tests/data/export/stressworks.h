#pragma once

// A generated set of works that tries to break every exporter: special
// characters everywhere, non-Latin scripts, a 1,000-author paper, missing
// fields, every kind of work. Header-only, shared by the export tests.

#include "core/domain.h"

#include <QList>
#include <QString>

namespace peerscope::test {

inline QString hostileText()
{
    return QStringLiteral("Braces {open and }close} }} {{ & 100% $x$ #1 a_b ^caret ~tilde \\back\\slash \\textbf{x} "
                          "\"quoted\" <tag> |pipe| @at ,comma; =SUM(A1) +1 -1 'apos' `tick` \t tab \r\n newline "
                          "and others ")
        + QChar(0x0007) + QStringLiteral(" bell ") + QChar(0xD800) + QStringLiteral(" lone surrogate");
}

inline Authorship person(int position, const QString &name, const QString &id = {}, const QString &orcid = {})
{
    Authorship a;
    a.position = position;
    a.authorName = name;
    a.authorId = id;
    a.orcid = orcid;
    return a;
}

inline Work baseWork(const QString &id, const QString &type, const QString &title)
{
    Work w;
    w.id = id;
    w.type = type;
    w.title = title;
    w.publicationYear = 2020;
    w.publicationDate = QStringLiteral("2020-06-15");
    w.authorships << person(0, QStringLiteral("Ada Lovelace"), QStringLiteral("A1"), QStringLiteral("0000-0002-1825-0097"))
                  << person(1, QStringLiteral("Alan Turing"), QStringLiteral("A2"));
    w.language = QStringLiteral("en");
    return w;
}

inline QList<Work> stressWorks()
{
    QList<Work> works;

    Work special = baseWork(QStringLiteral("W9000000001"), QStringLiteral("article"), hostileText());
    special.sourceName = QStringLiteral("Journal of {Unbalanced} & Odd_Names 100%");
    special.sourceType = QStringLiteral("journal");
    special.volume = QStringLiteral("{12}");
    special.issue = QStringLiteral("3&4");
    special.firstPage = QStringLiteral("e1_2");
    special.lastPage = QStringLiteral("}");
    special.doi = QStringLiteral("10.1000/{abc}\\x y%");
    special.landingPageUrl = QStringLiteral("https://example.org/a b/{c}?q=1&r=%20#frag");
    special.abstract = QStringLiteral("Abstract with\nnew lines\n\nand paragraphs, ") + hostileText();
    special.keywords = QStringList{QStringLiteral("a, b"), QStringLiteral("{k}"), QStringLiteral("50%")};
    special.issnL = QStringLiteral("1234-5678"); // wrong check digit: must not be written
    special.publisher = QStringLiteral("Publisher \\ & {Sons}");
    special.authorships.clear();
    const QStringList hostileNames{
        QStringLiteral("Ann {Brace"),         QStringLiteral("Bob \\Slash"),       QStringLiteral("Carl & Co"),
        QStringLiteral("D_Ex%am$ple#"),        QStringLiteral("Émile Zoë Ñúñez"),   QStringLiteral("Jan van der Berg"),
        QStringLiteral("Martin Luther King Jr."), QStringLiteral("and and"),       QStringLiteral("others"),
        QStringLiteral("Ma, Li, Xi"),          QStringLiteral("李小龙"),             QStringLiteral("Ελένη Παπαδοπούλου"),
        QStringLiteral("Мария Иванова"),       QStringLiteral("محمد علي"),          QStringLiteral("김민수"),
        QStringLiteral("🙂 Emoji Person"),     QString(),                            QStringLiteral("   "),
        QStringLiteral("World Health Organization"), QStringLiteral("Łukasz Żółć"), QStringLiteral("Søren Kierkegaard"),
        QStringLiteral("Đorđe Balašević"),     QStringLiteral("Ørsted ~ Tilde^"),  QStringLiteral("}Close Open{"),
    };
    for (int i = 0; i < hostileNames.size(); ++i)
        special.authorships << person(i, hostileNames.at(i), QStringLiteral("A9%1").arg(i),
                                      i == 4 ? QStringLiteral("0000-0001-5109-3700") : QString());
    works << special;

    Work scripts = baseWork(QStringLiteral("W9000000002"), QStringLiteral("article"),
                            QStringLiteral("多语言标题 — Ελληνικός τίτλος — Русский заголовок — عنوان عربي — हिन्दी शीर्षक 🙂"));
    scripts.sourceName = QStringLiteral("Журнал 学报");
    scripts.sourceType = QStringLiteral("journal");
    scripts.language = QStringLiteral("zh");
    works << scripts;

    Work huge = baseWork(QStringLiteral("W9000000003"), QStringLiteral("article"),
                         QStringLiteral("Observation of a New Particle with the ATLAS Detector at the LHC"));
    huge.sourceName = QStringLiteral("Physics Letters B");
    huge.sourceType = QStringLiteral("journal");
    huge.issnL = QStringLiteral("0370-2693");
    huge.volume = QStringLiteral("716");
    huge.issue = QStringLiteral("1");
    huge.firstPage = QStringLiteral("1");
    huge.lastPage = QStringLiteral("29");
    huge.doi = QStringLiteral("10.1016/j.physletb.2012.08.020");
    huge.authorships.clear();
    for (int i = 0; i < 1000; ++i)
        huge.authorships << person(i, QStringLiteral("Author%1 Física%2").arg(i).arg(i), QStringLiteral("A8%1").arg(i),
                                   i % 7 == 0 ? QStringLiteral("0000-0002-1825-0097") : QString());
    works << huge;

    Work bare;
    bare.id = QStringLiteral("W9000000004");
    bare.publicationYear = 1999;
    works << bare; // nothing but an ID and a year

    Work noAuthors = baseWork(QStringLiteral("W9000000005"), QStringLiteral("article"),
                              QStringLiteral("An article with no authors and no venue"));
    noAuthors.authorships.clear();
    works << noAuthors;

    Work conference = baseWork(QStringLiteral("W9000000006"), QStringLiteral("article"),
                               QStringLiteral("Deep learning for DNA sequencing in Wales"));
    conference.sourceName = QStringLiteral("IEEE Visualization");
    conference.sourceType = QStringLiteral("conference");
    conference.firstPage = QStringLiteral("100");
    conference.lastPage = QStringLiteral("110");
    conference.publisher = QStringLiteral("IEEE");
    works << conference;

    Work preprint = baseWork(QStringLiteral("W9000000007"), QStringLiteral("preprint"),
                             QStringLiteral("A preprint on arXiv"));
    preprint.sourceName = QStringLiteral("arXiv (Cornell University)");
    preprint.sourceType = QStringLiteral("repository");
    preprint.arxivId = QStringLiteral("2108.04680");
    preprint.doi = QStringLiteral("10.48550/arxiv.2108.04680");
    works << preprint;

    Work chapter = baseWork(QStringLiteral("W9000000008"), QStringLiteral("book-chapter"), QStringLiteral("A Chapter"));
    chapter.sourceName = QStringLiteral("Handbook of Things");
    chapter.sourceType = QStringLiteral("book series");
    chapter.publisher = QStringLiteral("Springer");
    works << chapter;

    Work book = baseWork(QStringLiteral("W9000000009"), QStringLiteral("book"), QStringLiteral("A Book"));
    book.publisher = QStringLiteral("MIT Press");
    works << book;

    Work dataset = baseWork(QStringLiteral("W9000000010"), QStringLiteral("dataset"), QStringLiteral("A Dataset"));
    dataset.publisher = QStringLiteral("Zenodo");
    dataset.doi = QStringLiteral("10.5281/zenodo.1234");
    works << dataset;

    Work thesis = baseWork(QStringLiteral("W9000000011"), QStringLiteral("dissertation"), QStringLiteral("A Thesis"));
    InstitutionRef bangor;
    bangor.id = QStringLiteral("I161548249");
    bangor.name = QStringLiteral("Bangor University");
    thesis.authorships.first().institutions << bangor;
    works << thesis;

    Work thesisNoSchool = baseWork(QStringLiteral("W9000000012"), QStringLiteral("dissertation"),
                                   QStringLiteral("A Thesis Without School"));
    works << thesisNoSchool;

    Work report = baseWork(QStringLiteral("W9000000013"), QStringLiteral("report"), QStringLiteral("A Report"));
    report.publisher = QStringLiteral("NASA");
    works << report;

    Work other = baseWork(QStringLiteral("W9000000014"), QStringLiteral("peer-review"), QStringLiteral("Something Else"));
    other.landingPageUrl = QStringLiteral("https://example.org/review");
    works << other;

    Work otherNoUrl = baseWork(QStringLiteral("W9000000015"), QStringLiteral("paratext"), QStringLiteral("Front matter"));
    otherNoUrl.sourceType = QStringLiteral("ebook platform");
    works << otherNoUrl;

    Work truncated = baseWork(QStringLiteral("W9000000016"), QStringLiteral("article"), QStringLiteral("Truncated list"));
    truncated.sourceName = QStringLiteral("Nature");
    truncated.sourceType = QStringLiteral("journal");
    truncated.authorsTruncated = true;
    truncated.isRetracted = true;
    works << truncated;

    Work sameKey = baseWork(QStringLiteral("W9000000017"), QStringLiteral("article"), QStringLiteral("A Chapter"));
    sameKey.sourceName = QStringLiteral("Same Key Journal");
    sameKey.sourceType = QStringLiteral("journal");
    works << sameKey; // same first author, year and short title as the chapter: needs a suffix

    // As real records come: no title, an author with no name and one with
    // only white space. Two alike, so their keys must still differ. (They
    // keep a year: biblatex makes date or year mandatory for every type.)
    for (const QString &id : {QStringLiteral("W9000000018"), QStringLiteral("W9000000019")}) {
        Work untitled;
        untitled.id = id;
        untitled.type = QStringLiteral("article");
        untitled.publicationYear = 2021;
        untitled.authorships << person(0, QString()) << person(1, QStringLiteral("   "));
        works << untitled;
    }

    return works;
}

} // namespace peerscope::test
