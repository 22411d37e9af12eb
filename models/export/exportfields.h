#pragma once

// Format-neutral reading of a Work for the exporters: what kind of
// publication it is, person names split into parts, dates, pages, URLs.

#include "core/domain.h"

#include <QString>

namespace peerscope::exportfields {

enum class WorkKind { JournalArticle, ConferencePaper, Preprint, BookChapter, Book, Dataset, Thesis, Report, Other };

WorkKind classify(const Work &work);
bool isPreprint(const Work &work);

struct PersonName {
    QString family;   // with its particle ("van Moere")
    QString given;
    QString suffix;   // Jr., III
    bool isEmpty() const { return family.isEmpty() && given.isEmpty(); }
};

// OpenAlex gives display names ("Alistair Van Moere"); split them the way
// reference managers expect.
PersonName splitName(const QString &displayName);
QString authorName(const Authorship &authorship);

struct DateParts {
    int year = 0;
    int month = 0;    // 0: unknown
    int day = 0;
};
// OpenAlex writes YYYY-01-01 when only the year is known: such a date gives
// the year alone.
DateParts dateParts(const Work &work);

// Printable text: control characters become spaces, runs of white space
// collapse, invalid UTF-16 becomes U+FFFD.
QString cleanText(const QString &text);

QString pages(const Work &work, const QString &dash);
QString doiUrl(const QString &doi);
QString bestUrl(const Work &work);          // landing page, else DOI, else OpenAlex
QString openAlexUrl(const QString &id);
QString institutionOf(const Work &work);    // first author's first institution
bool isValidIssn(const QString &issn);
// Babel/biblatex language name for an ISO 639-1 code; empty if unknown.
QString babelLanguage(const QString &code);
// A one-line description of a preprint folded into another record.
QString preprintDescription(const Work &preprint);

} // namespace peerscope::exportfields
