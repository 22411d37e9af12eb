#pragma once

#include "core/domain.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// Tolerant OpenAlex JSON parsing: every field is optional, unknown fields are
// ignored, IDs come out normalized. A malformed document is an error; a
// well-formed document with odd content is not.
namespace peerscope::openalex {

struct ListMeta {
    int count = -1;
    int perPage = -1;
    int page = -1;
    QString nextCursor;           // empty: no further page (null or absent)
    bool hasCursor = false;       // meta.next_cursor was present at all
};

// Everything one JSON document held.
struct ParsedDocument {
    enum class Shape { Entity, ListPage, Autocomplete };
    Shape shape = Shape::Entity;
    ListMeta meta;
    QList<Author> authors;
    QList<Work> works;
    QList<Institution> institutions;
    QList<Source> sources;
    QList<Topic> topics;
    QList<AutocompleteHit> autocomplete;
    // Records not stored: results of kinds we do not store, and records
    // without a usable "id" (which nothing could refer to).
    int skipped = 0;
    int withoutId = 0;            // of skipped, the records without a usable id

    int entityCount() const
    {
        return int(authors.size() + works.size() + institutions.size() + sources.size() + topics.size());
    }
};

struct ParseError {
    QString message;              // human readable, names the position
    bool isError() const { return !message.isEmpty(); }
};

// Parses a whole response body: a singleton, a list page or an autocomplete
// answer. On a malformed document returns false and fills error.
bool parseDocument(const QByteArray &json, ParsedDocument *out, ParseError *error);

Author parseAuthor(const QJsonObject &object);
Work parseWork(const QJsonObject &object);
Institution parseInstitution(const QJsonObject &object);
Source parseSource(const QJsonObject &object);
Topic parseTopic(const QJsonObject &object);
AutocompleteHit parseAutocompleteHit(const QJsonObject &object);
ListMeta parseMeta(const QJsonObject &meta);

// Rebuilds the plain text from abstract_inverted_index: every position of
// every word is placed, then joined in order. Null or empty gives "".
QString rebuildAbstract(const QJsonValue &invertedIndex);

} // namespace peerscope::openalex
