#pragma once

#include "core/domain.h"

#include <QString>

// Normalization of the identifiers OpenAlex and the user hand us. Everything
// stored in the cache is in the bare form these functions return.
namespace peerscope::ids {

// "https://openalex.org/A5017898742", "openalex.org/a5017898742",
// "https://api.openalex.org/authors/A5017898742" and "A5017898742" all give
// "A5017898742". Anything that is not an OpenAlex ID gives an empty string.
QString normalizeOpenAlexId(const QString &text);

// Kind of an already normalized (or normalizable) OpenAlex ID.
EntityKind kindOf(const QString &openAlexId);

// "https://orcid.org/0000-0002-1825-0097" -> "0000-0002-1825-0097"; empty if
// the text is not an ORCID iD (pattern and ISO 7064 11,2 check digit).
QString normalizeOrcid(const QString &text);

// "https://doi.org/10.1145/2795233" -> "10.1145/2795233" (lower case).
QString normalizeDoi(const QString &text);

// "https://ror.org/006jb1a24" -> "006jb1a24".
QString normalizeRor(const QString &text);

// "https://www.scopus.com/inward/authorDetails.url?authorID=36455008000&partnerID=MN8TOARS" -> "36455008000".
QString normalizeScopusAuthorId(const QString &text);

// arXiv identifier from a DOI (10.48550/arxiv.2108.04680) or an arxiv.org URL.
QString arxivIdFrom(const QString &doiOrUrl);

QString openAlexUrl(const QString &openAlexId);
QString orcidUrl(const QString &orcid);
QString doiUrl(const QString &doi);
QString rorUrl(const QString &ror);

} // namespace peerscope::ids
