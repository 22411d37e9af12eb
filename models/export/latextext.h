#pragma once

// Text for BibTeX/BibLaTeX field values. Every function returns a string
// whose braces are balanced, whatever the input: escaped braces are written
// as {\textbraceleft}/{\textbraceright} because BibTeX counts "\{" as a
// brace too.

#include <QString>

namespace peerscope::latex {

enum class Encoding { Utf8, Ascii };

// Escapes special characters; with Ascii also accents ({\'e}), typographic
// punctuation and letters with a LaTeX form. Characters with no LaTeX form
// become {\symbol{N}} so the output stays ASCII and valid.
QString escape(const QString &text, Encoding encoding);

// A title: escaped, and capitals that must survive a style's case change
// (acronyms, mixed-case words, proper nouns in sentence-case titles) wrapped
// in braces.
QString title(const QString &text, Encoding encoding);

// One name part: escaped, commas and the words "and"/"others" protected so
// BibTeX's name list parser cannot split there.
QString namePart(const QString &text, Encoding encoding);

// URL and DOI fields are verbatim for biber: no escaping, but characters that
// would break the entry are percent-encoded.
QString verbatim(const QString &text, Encoding encoding);

bool bracesBalanced(const QString &text);

} // namespace peerscope::latex
