#include "openalex/openalexparser.h"

#include "openalex/ids.h"

#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>

#include <algorithm>
#include <limits>

namespace peerscope::openalex {

namespace {

QString str(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

int integer(const QJsonObject &o, QLatin1StringView key, int fallback = 0)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        // Outside int's range the cast would be undefined behaviour (found by
        // fuzz_openalexparser): such a value is as good as absent.
        const double d = v.toDouble();
        return d >= double(std::numeric_limits<int>::min()) && d <= double(std::numeric_limits<int>::max()) ? int(d) : fallback;
    }
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

double real(const QJsonObject &o, QLatin1StringView key, double fallback)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toDouble() : fallback;
}

bool boolean(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toBool(false);
}

QJsonObject obj(const QJsonObject &o, QLatin1StringView key) { return o.value(key).toObject(); }
QJsonArray arr(const QJsonObject &o, QLatin1StringView key) { return o.value(key).toArray(); }

QStringList strings(const QJsonArray &a)
{
    QStringList out;
    for (const QJsonValue &v : a)
        if (v.isString() && !v.toString().isEmpty())
            out << v.toString();
    return out;
}

// The stored raw JSON: the entity without the per-query fields a list adds
// (relevance_score), so the same record from a search page and from its
// own endpoint is byte-identical and re-imports write nothing.
QByteArray compact(QJsonObject o)
{
    o.remove(QLatin1StringView("relevance_score"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// An institution's lineage: bare IDs, in OpenAlex's order, unreadable ones left out.
QStringList lineage(const QJsonObject &o)
{
    QStringList out;
    for (const QJsonValue &v : arr(o, QLatin1StringView("lineage"))) {
        const QString id = ids::normalizeOpenAlexId(v.toString());
        if (!id.isEmpty() && !out.contains(id))
            out << id;
    }
    return out;
}

InstitutionRef parseInstitutionRef(const QJsonObject &o)
{
    InstitutionRef ref;
    ref.id = ids::normalizeOpenAlexId(str(o, QLatin1StringView("id")));
    ref.ror = ids::normalizeRor(str(o, QLatin1StringView("ror")));
    ref.name = str(o, QLatin1StringView("display_name"));
    ref.countryCode = str(o, QLatin1StringView("country_code"));
    ref.type = str(o, QLatin1StringView("type"));
    ref.lineage = lineage(o);
    return ref;
}

TopicShare parseTopicShare(const QJsonObject &o)
{
    TopicShare t;
    t.id = ids::normalizeOpenAlexId(str(o, QLatin1StringView("id")));
    t.name = str(o, QLatin1StringView("display_name"));
    t.count = integer(o, QLatin1StringView("count"));
    t.score = real(o, QLatin1StringView("score"), 0.0);
    t.subfield = str(obj(o, QLatin1StringView("subfield")), QLatin1StringView("display_name"));
    t.field = str(obj(o, QLatin1StringView("field")), QLatin1StringView("display_name"));
    t.domain = str(obj(o, QLatin1StringView("domain")), QLatin1StringView("display_name"));
    return t;
}

QList<YearCount> parseCountsByYear(const QJsonArray &a)
{
    QList<YearCount> out;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        YearCount c;
        c.year = integer(o, QLatin1StringView("year"));
        c.works = integer(o, QLatin1StringView("works_count"));
        c.citations = integer(o, QLatin1StringView("cited_by_count"));
        if (c.year > 0)
            out << c;
    }
    std::sort(out.begin(), out.end(), [](const YearCount &a, const YearCount &b) { return a.year < b.year; });
    return out;
}

EntityKind kindOfObject(const QJsonObject &o)
{
    const EntityKind byId = ids::kindOf(str(o, QLatin1StringView("id")));
    if (byId != EntityKind::Unknown)
        return byId;
    return EntityKind::Unknown;
}

void addEntity(const QJsonObject &o, ParsedDocument *out)
{
    switch (kindOfObject(o)) {
    case EntityKind::Author: out->authors << parseAuthor(o); break;
    case EntityKind::Work: out->works << parseWork(o); break;
    case EntityKind::Institution: out->institutions << parseInstitution(o); break;
    case EntityKind::Source: out->sources << parseSource(o); break;
    case EntityKind::Topic: out->topics << parseTopic(o); break;
    case EntityKind::Unknown:
        ++out->skipped;
        ++out->withoutId;
        break;
    default: ++out->skipped; break;
    }
}

// An entity whose id is null, missing or unusable, rather than some other
// JSON (an error body, a group_by answer): it still has an entity's fields.
bool looksLikeRecord(const QJsonObject &o)
{
    for (const char *key : {"id", "display_name", "title", "works_count", "cited_by_count", "ids"})
        if (o.contains(QLatin1StringView(key)))
            return true;
    return false;
}

} // namespace

QString rebuildAbstract(const QJsonValue &invertedIndex)
{
    const QJsonObject index = invertedIndex.toObject();
    if (index.isEmpty())
        return {};
    QMap<int, QString> placed;
    for (auto it = index.constBegin(); it != index.constEnd(); ++it) {
        const QJsonArray positions = it.value().toArray();
        for (const QJsonValue &p : positions) {
            if (!p.isDouble())
                continue;
            const int pos = p.toInt(-1);
            if (pos < 0)
                continue;
            // Two words claiming one position: keep both rather than lose one.
            QString &slot = placed[pos];
            slot = slot.isEmpty() ? it.key() : slot + u' ' + it.key();
        }
    }
    QStringList words;
    words.reserve(placed.size());
    for (const QString &w : std::as_const(placed))
        words << w;
    return words.join(u' ');
}

ListMeta parseMeta(const QJsonObject &meta)
{
    ListMeta m;
    m.count = integer(meta, QLatin1StringView("count"), -1);
    m.perPage = integer(meta, QLatin1StringView("per_page"), -1);
    m.page = integer(meta, QLatin1StringView("page"), -1);
    m.hasCursor = meta.contains(QLatin1StringView("next_cursor"));
    m.nextCursor = str(meta, QLatin1StringView("next_cursor"));
    return m;
}

Author parseAuthor(const QJsonObject &o)
{
    Author a;
    a.id = ids::normalizeOpenAlexId(str(o, QLatin1StringView("id")));
    a.orcid = ids::normalizeOrcid(str(o, QLatin1StringView("orcid")));
    const QJsonObject idsObj = obj(o, QLatin1StringView("ids"));
    if (a.orcid.isEmpty())
        a.orcid = ids::normalizeOrcid(str(idsObj, QLatin1StringView("orcid")));
    a.scopus = ids::normalizeScopusAuthorId(str(idsObj, QLatin1StringView("scopus")));
    a.name = str(o, QLatin1StringView("display_name"));
    a.alternatives = strings(arr(o, QLatin1StringView("display_name_alternatives")));
    a.alternatives.removeAll(a.name);
    a.alternatives.removeDuplicates();
    a.worksCount = integer(o, QLatin1StringView("works_count"));
    a.citedByCount = integer(o, QLatin1StringView("cited_by_count"));
    const QJsonObject stats = obj(o, QLatin1StringView("summary_stats"));
    a.hIndex = integer(stats, QLatin1StringView("h_index"), -1);
    a.i10Index = integer(stats, QLatin1StringView("i10_index"), -1);
    a.twoYearMeanCitedness = real(stats, QLatin1StringView("2yr_mean_citedness"), -1.0);

    for (const QJsonValue &v : arr(o, QLatin1StringView("affiliations"))) {
        const QJsonObject aff = v.toObject();
        Affiliation af;
        af.institution = parseInstitutionRef(obj(aff, QLatin1StringView("institution")));
        for (const QJsonValue &y : arr(aff, QLatin1StringView("years")))
            if (y.isDouble())
                af.years << y.toInt();
        if (!af.institution.id.isEmpty())
            a.affiliations << af;
    }
    for (const QJsonValue &v : arr(o, QLatin1StringView("last_known_institutions"))) {
        const InstitutionRef ref = parseInstitutionRef(v.toObject());
        if (!ref.id.isEmpty())
            a.lastKnownInstitutions << ref;
    }
    // Older responses carry a single last_known_institution.
    if (a.lastKnownInstitutions.isEmpty()) {
        const InstitutionRef ref = parseInstitutionRef(obj(o, QLatin1StringView("last_known_institution")));
        if (!ref.id.isEmpty())
            a.lastKnownInstitutions << ref;
    }
    for (const QJsonValue &v : arr(o, QLatin1StringView("topics"))) {
        const TopicShare t = parseTopicShare(v.toObject());
        if (!t.id.isEmpty())
            a.topics << t;
    }
    a.countsByYear = parseCountsByYear(arr(o, QLatin1StringView("counts_by_year")));
    a.updatedDate = str(o, QLatin1StringView("updated_date"));
    a.createdDate = str(o, QLatin1StringView("created_date"));
    a.rawJson = compact(o);
    return a;
}

namespace {

// A reference as OpenAlex writes it ("https://openalex.org/W123"), without
// a regular expression per ID: a long reference list holds hundreds.
QString workIdOf(const QString &text)
{
    static const QLatin1StringView prefix("https://openalex.org/W");
    if (text.startsWith(prefix) && text.size() > prefix.size() && text.size() <= prefix.size() + 12) {
        const QStringView digits = QStringView(text).mid(prefix.size());
        if (std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
            return text.mid(prefix.size() - 1);
    }
    return ids::normalizeOpenAlexId(text);
}

} // namespace

Work parseWork(const QJsonObject &o)
{
    Work w;
    w.id = ids::normalizeOpenAlexId(str(o, QLatin1StringView("id")));
    w.doi = ids::normalizeDoi(str(o, QLatin1StringView("doi")));
    const QJsonObject idsObj = obj(o, QLatin1StringView("ids"));
    if (w.doi.isEmpty())
        w.doi = ids::normalizeDoi(str(idsObj, QLatin1StringView("doi")));
    w.pmid = str(idsObj, QLatin1StringView("pmid")).section(u'/', -1);
    w.title = str(o, QLatin1StringView("title"));
    if (w.title.isEmpty())
        w.title = str(o, QLatin1StringView("display_name"));
    w.publicationYear = integer(o, QLatin1StringView("publication_year"));
    w.publicationDate = str(o, QLatin1StringView("publication_date"));
    w.type = str(o, QLatin1StringView("type"));
    w.typeCrossref = str(o, QLatin1StringView("type_crossref"));
    w.language = str(o, QLatin1StringView("language"));

    const QJsonObject primary = obj(o, QLatin1StringView("primary_location"));
    const QJsonObject source = obj(primary, QLatin1StringView("source"));
    w.sourceId = ids::normalizeOpenAlexId(str(source, QLatin1StringView("id")));
    w.sourceName = str(source, QLatin1StringView("display_name"));
    w.sourceType = str(source, QLatin1StringView("type"));
    w.issnL = str(source, QLatin1StringView("issn_l"));
    w.publisher = str(source, QLatin1StringView("host_organization_name"));
    w.landingPageUrl = str(primary, QLatin1StringView("landing_page_url"));
    w.pdfUrl = str(primary, QLatin1StringView("pdf_url"));
    w.license = str(primary, QLatin1StringView("license"));

    const QJsonObject biblio = obj(o, QLatin1StringView("biblio"));
    w.volume = str(biblio, QLatin1StringView("volume"));
    w.issue = str(biblio, QLatin1StringView("issue"));
    w.firstPage = str(biblio, QLatin1StringView("first_page"));
    w.lastPage = str(biblio, QLatin1StringView("last_page"));

    w.citedByCount = integer(o, QLatin1StringView("cited_by_count"));
    const QJsonObject oa = obj(o, QLatin1StringView("open_access"));
    w.isOa = boolean(oa, QLatin1StringView("is_oa"));
    w.oaStatus = str(oa, QLatin1StringView("oa_status"));
    w.oaUrl = str(oa, QLatin1StringView("oa_url"));
    if (w.pdfUrl.isEmpty())
        w.pdfUrl = str(obj(o, QLatin1StringView("best_oa_location")), QLatin1StringView("pdf_url"));

    w.abstract = rebuildAbstract(o.value(QLatin1StringView("abstract_inverted_index")));
    w.isRetracted = boolean(o, QLatin1StringView("is_retracted"));
    w.authorsTruncated = boolean(o, QLatin1StringView("is_authors_truncated"));
    // A negative value would mean nothing: read as unknown, as null is.
    const auto nonNegative = [](double v) { return v >= 0 ? v : -1.0; };
    w.fwci = nonNegative(real(o, QLatin1StringView("fwci"), -1.0));
    const QJsonObject percentile = obj(o, QLatin1StringView("citation_normalized_percentile"));
    w.citationPercentile = nonNegative(real(percentile, QLatin1StringView("value"), -1.0));
    w.inTop1Percent = boolean(percentile, QLatin1StringView("is_in_top_1_percent"));
    w.inTop10Percent = boolean(percentile, QLatin1StringView("is_in_top_10_percent"));

    const QStringList corresponding = [&] {
        QStringList out;
        for (const QString &id : strings(arr(o, QLatin1StringView("corresponding_author_ids"))))
            out << ids::normalizeOpenAlexId(id);
        return out;
    }();

    int position = 0;
    for (const QJsonValue &v : arr(o, QLatin1StringView("authorships"))) {
        const QJsonObject as = v.toObject();
        const QJsonObject author = obj(as, QLatin1StringView("author"));
        Authorship s;
        s.position = position++;
        s.authorId = ids::normalizeOpenAlexId(str(author, QLatin1StringView("id")));
        s.authorName = str(author, QLatin1StringView("display_name"));
        s.orcid = ids::normalizeOrcid(str(author, QLatin1StringView("orcid")));
        s.rawAuthorName = str(as, QLatin1StringView("raw_author_name"));
        if (s.authorName.isEmpty())
            s.authorName = s.rawAuthorName;
        s.authorPosition = str(as, QLatin1StringView("author_position"));
        s.isCorresponding = boolean(as, QLatin1StringView("is_corresponding"))
                            || (!s.authorId.isEmpty() && corresponding.contains(s.authorId));
        for (const QJsonValue &i : arr(as, QLatin1StringView("institutions"))) {
            const InstitutionRef ref = parseInstitutionRef(i.toObject());
            if (!ref.id.isEmpty() || !ref.name.isEmpty())
                s.institutions << ref;
        }
        s.countries = strings(arr(as, QLatin1StringView("countries")));
        w.authorships << s;
    }

    for (const QJsonValue &v : arr(o, QLatin1StringView("keywords"))) {
        const QJsonObject k = v.toObject();
        const QString name = v.isString() ? v.toString() : str(k, QLatin1StringView("display_name"));
        if (!name.isEmpty())
            w.keywords << name;
    }
    for (const QJsonValue &v : arr(o, QLatin1StringView("topics"))) {
        const TopicShare t = parseTopicShare(v.toObject());
        if (!t.id.isEmpty())
            w.topics << t;
    }
    // A slim select= record may carry only the primary topic.
    if (w.topics.isEmpty()) {
        const TopicShare t = parseTopicShare(obj(o, QLatin1StringView("primary_topic")));
        if (!t.id.isEmpty())
            w.topics << t;
    }
    w.countsByYear = parseCountsByYear(arr(o, QLatin1StringView("counts_by_year")));

    const QJsonValue references = o.value(QLatin1StringView("referenced_works"));
    w.referencesListed = references.isArray();
    QSet<QString> seenReferences;
    for (const QJsonValue &v : references.toArray()) {
        const QString id = workIdOf(v.toString());
        if (id.startsWith(u'W') && !seenReferences.contains(id)) {
            seenReferences.insert(id);
            w.referencedWorks << id;
        }
    }

    w.arxivId = ids::arxivIdFrom(w.doi);
    if (w.arxivId.isEmpty() && w.sourceName.contains(QLatin1String("arXiv"), Qt::CaseInsensitive))
        w.arxivId = ids::arxivIdFrom(w.landingPageUrl);

    w.updatedDate = str(o, QLatin1StringView("updated_date"));
    w.createdDate = str(o, QLatin1StringView("created_date"));
    w.rawJson = compact(o);
    return w;
}

Institution parseInstitution(const QJsonObject &o)
{
    Institution i;
    i.id = ids::normalizeOpenAlexId(str(o, QLatin1StringView("id")));
    i.ror = ids::normalizeRor(str(o, QLatin1StringView("ror")));
    i.name = str(o, QLatin1StringView("display_name"));
    i.countryCode = str(o, QLatin1StringView("country_code"));
    i.type = str(o, QLatin1StringView("type"));
    i.homepageUrl = str(o, QLatin1StringView("homepage_url"));
    i.city = str(obj(o, QLatin1StringView("geo")), QLatin1StringView("city"));
    i.lineage = lineage(o);
    i.worksCount = integer(o, QLatin1StringView("works_count"));
    i.citedByCount = integer(o, QLatin1StringView("cited_by_count"));
    i.rawJson = compact(o);
    return i;
}

Source parseSource(const QJsonObject &o)
{
    Source s;
    s.id = ids::normalizeOpenAlexId(str(o, QLatin1StringView("id")));
    s.name = str(o, QLatin1StringView("display_name"));
    s.issnL = str(o, QLatin1StringView("issn_l"));
    s.issns = strings(arr(o, QLatin1StringView("issn")));
    s.type = str(o, QLatin1StringView("type"));
    s.publisher = str(o, QLatin1StringView("host_organization_name"));
    s.worksCount = integer(o, QLatin1StringView("works_count"));
    s.rawJson = compact(o);
    return s;
}

Topic parseTopic(const QJsonObject &o)
{
    Topic t;
    t.id = ids::normalizeOpenAlexId(str(o, QLatin1StringView("id")));
    t.name = str(o, QLatin1StringView("display_name"));
    t.description = str(o, QLatin1StringView("description"));
    t.subfield = str(obj(o, QLatin1StringView("subfield")), QLatin1StringView("display_name"));
    t.field = str(obj(o, QLatin1StringView("field")), QLatin1StringView("display_name"));
    t.domain = str(obj(o, QLatin1StringView("domain")), QLatin1StringView("display_name"));
    t.keywords = strings(arr(o, QLatin1StringView("keywords")));
    t.worksCount = integer(o, QLatin1StringView("works_count"));
    t.rawJson = compact(o);
    return t;
}

AutocompleteHit parseAutocompleteHit(const QJsonObject &o)
{
    AutocompleteHit h;
    h.id = ids::normalizeOpenAlexId(str(o, QLatin1StringView("id")));
    h.name = str(o, QLatin1StringView("display_name"));
    h.hint = str(o, QLatin1StringView("hint"));
    h.kind = ids::kindOf(h.id);
    h.worksCount = integer(o, QLatin1StringView("works_count"), -1);
    h.citedByCount = integer(o, QLatin1StringView("cited_by_count"), -1);
    h.externalIds = strings(arr(o, QLatin1StringView("external_ids")));
    if (h.externalIds.isEmpty() && o.value(QLatin1StringView("external_id")).isString())
        h.externalIds << str(o, QLatin1StringView("external_id"));
    return h;
}

bool parseDocument(const QByteArray &json, ParsedDocument *out, ParseError *error)
{
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        if (error)
            error->message = QStringLiteral("malformed JSON at byte %1: %2").arg(jsonError.offset).arg(jsonError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            error->message = QStringLiteral("expected a JSON object, found %1").arg(doc.isArray() ? QStringLiteral("an array") : QStringLiteral("nothing"));
        return false;
    }
    const QJsonObject root = doc.object();
    *out = ParsedDocument{};

    if (root.contains(QLatin1StringView("results"))) {
        if (!root.value(QLatin1StringView("results")).isArray()) {
            if (error)
                error->message = QStringLiteral("\"results\" is not an array");
            return false;
        }
        out->meta = parseMeta(obj(root, QLatin1StringView("meta")));
        const QJsonArray results = arr(root, QLatin1StringView("results"));
        // Autocomplete results carry entity_type and hint instead of full records.
        const bool autocomplete = !results.isEmpty()
                                  && results.first().toObject().contains(QLatin1StringView("entity_type"));
        out->shape = autocomplete ? ParsedDocument::Shape::Autocomplete : ParsedDocument::Shape::ListPage;
        for (const QJsonValue &v : results) {
            if (!v.isObject()) {
                ++out->skipped;
                continue;
            }
            if (autocomplete)
                out->autocomplete << parseAutocompleteHit(v.toObject());
            else
                addEntity(v.toObject(), out);
        }
        return true;
    }

    out->shape = ParsedDocument::Shape::Entity;
    if (kindOfObject(root) == EntityKind::Unknown) {
        // One odd record is skipped and counted, as it would be in a list.
        if (looksLikeRecord(root)) {
            ++out->skipped;
            ++out->withoutId;
            return true;
        }
        if (error)
            error->message = QStringLiteral("not an OpenAlex entity: no recognizable \"id\"");
        return false;
    }
    addEntity(root, out);
    return true;
}

} // namespace peerscope::openalex
