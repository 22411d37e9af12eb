#pragma once

// Domain types shared by the parser, the cache, the exporters and the item
// models. Plain values: every field is optional in OpenAlex, so every field
// has an "absent" value (empty string, -1 for counts that may be unknown).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace peerscope {

enum class EntityKind { Unknown, Author, Work, Institution, Source, Topic, Publisher, Funder, Concept };

struct InstitutionRef {
    QString id;          // I161548249
    QString ror;         // 006jb1a24 (bare ROR, no URL)
    QString name;
    QString countryCode; // GB
    QString type;        // education, funder, ...
    // OpenAlex IDs of the institution and the institutions above it (itself
    // included, in OpenAlex's order); empty when the record did not say.
    QStringList lineage;
};

struct Affiliation {
    InstitutionRef institution;
    QList<int> years;    // descending as OpenAlex gives them
};

struct TopicShare {
    QString id;          // T10888
    QString name;
    int count = 0;       // works of the author in that topic (author topics)
    double score = 0.0;  // topic score (work topics)
    QString subfield;
    QString field;
    QString domain;
};

struct YearCount {
    int year = 0;
    int works = 0;
    int citations = 0;
};

struct Author {
    QString id;                   // A5017898742
    QString orcid;                // 0000-0001-2345-6789, empty when unclaimed
    QString scopus;               // Scopus author ID, empty when absent
    QString name;
    QStringList alternatives;
    int worksCount = 0;
    int citedByCount = 0;
    int hIndex = -1;              // OpenAlex's own values (-1: not given)
    int i10Index = -1;
    double twoYearMeanCitedness = -1.0;
    QList<Affiliation> affiliations;
    QList<InstitutionRef> lastKnownInstitutions;
    QList<TopicShare> topics;
    QList<YearCount> countsByYear;
    QString updatedDate;
    QString createdDate;
    QByteArray rawJson;

    bool isValid() const { return !id.isEmpty(); }
};

struct Authorship {
    int position = 0;             // 0-based order in the author list
    QString authorId;             // may be empty for unresolved authors
    QString authorName;
    QString orcid;
    QString rawAuthorName;
    QString authorPosition;       // first, middle, last
    bool isCorresponding = false;
    QList<InstitutionRef> institutions;
    QStringList countries;
};

struct Work {
    QString id;                   // W2250748100
    QString doi;                  // 10.1145/2795233 (bare, lower case), empty when null
    QString title;
    int publicationYear = 0;      // 0: unknown
    QString publicationDate;      // YYYY-MM-DD
    QString type;                 // article, preprint, book-chapter, ...
    QString typeCrossref;
    QString language;
    QString sourceId;
    QString sourceName;
    QString sourceType;           // journal, conference, repository, ...
    QString issnL;
    QString publisher;
    QString volume;
    QString issue;
    QString firstPage;
    QString lastPage;
    int citedByCount = 0;
    bool isOa = false;
    QString oaStatus;
    QString oaUrl;
    QString landingPageUrl;
    QString pdfUrl;
    QString license;
    QString abstract;             // rebuilt from abstract_inverted_index
    QString arxivId;              // 2108.04680 for arXiv preprints
    QString pmid;
    bool isRetracted = false;
    bool authorsTruncated = false;
    // Field-weighted citation impact: citations relative to works of the same
    // field, type and year (1.0 = as expected). -1: OpenAlex gives none.
    double fwci = -1.0;
    // citation_normalized_percentile: the share of comparable works cited
    // less, 0..1. -1: OpenAlex gives none.
    double citationPercentile = -1.0;
    bool inTop1Percent = false;
    bool inTop10Percent = false;
    QList<Authorship> authorships;
    QStringList keywords;
    QList<TopicShare> topics;
    QList<YearCount> countsByYear;
    // The works this one cites (short IDs, in the record's order, each
    // once; a self-citation kept). OpenAlex gives an empty list for many
    // works that do cite: referencesListed says whether the record had the
    // list at all (a select= without it does not), and an empty list means
    // "no reference data", never "cites nothing".
    QStringList referencedWorks;
    bool referencesListed = false;
    QString updatedDate;
    QString createdDate;
    QByteArray rawJson;

    bool isValid() const { return !id.isEmpty(); }
};

struct Institution {
    QString id;
    QString ror;
    QString name;
    QString countryCode;
    QString type;
    QString homepageUrl;
    QString city;
    QStringList lineage; // as InstitutionRef::lineage
    int worksCount = 0;
    int citedByCount = 0;
    QByteArray rawJson;

    bool isValid() const { return !id.isEmpty(); }
};

struct Source {
    QString id;
    QString name;
    QString issnL;
    QStringList issns;
    QString type;
    QString publisher;            // host organization name
    int worksCount = 0;
    QByteArray rawJson;

    bool isValid() const { return !id.isEmpty(); }
};

struct Topic {
    QString id;
    QString name;
    QString description;
    QString subfield;
    QString field;
    QString domain;
    QStringList keywords;
    int worksCount = 0;
    QByteArray rawJson;

    bool isValid() const { return !id.isEmpty(); }
};

// One row of /autocomplete/<entity>.
struct AutocompleteHit {
    QString id;
    QString name;
    QString hint;                 // institution for authors, authors for works
    EntityKind kind = EntityKind::Unknown;
    int worksCount = -1;
    int citedByCount = -1;
    QStringList externalIds;      // ORCID URL, DOI, ...
};

} // namespace peerscope
