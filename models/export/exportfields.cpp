#include "export/exportfields.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace peerscope::exportfields {

namespace {

bool isOneOf(const QString &value, std::initializer_list<const char *> options)
{
    for (const char *o : options) {
        if (value == QLatin1String(o))
            return true;
    }
    return false;
}

} // namespace

bool isPreprint(const Work &work)
{
    const QString t = work.type.toLower();
    return t == u"preprint" || work.typeCrossref == u"posted-content";
}

WorkKind classify(const Work &work)
{
    const QString t = work.type.toLower();
    const QString tc = work.typeCrossref.toLower();
    const QString st = work.sourceType.toLower();
    if (isPreprint(work))
        return WorkKind::Preprint;
    if (t == u"book-chapter" || isOneOf(tc, {"book-chapter", "book-section", "book-part", "reference-entry"}))
        return WorkKind::BookChapter;
    if (t == u"book" || isOneOf(tc, {"book", "monograph", "edited-book", "reference-book"}))
        return WorkKind::Book;
    if (t == u"dataset" || tc == u"dataset")
        return WorkKind::Dataset;
    if (t == u"dissertation" || tc == u"dissertation")
        return WorkKind::Thesis;
    if (t == u"report" || tc == u"report")
        return WorkKind::Report;
    if (st == u"conference" || tc == u"proceedings-article")
        return WorkKind::ConferencePaper;
    if (isOneOf(t, {"article", "review", "letter", "editorial", "erratum", "retraction", "paratext"})
        || tc == u"journal-article" || st == u"journal")
        return WorkKind::JournalArticle;
    return WorkKind::Other;
}

QString cleanText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool lastSpace = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                out += c;
                out += text.at(++i);
                lastSpace = false;
                continue;
            }
            c = QChar(QChar::ReplacementCharacter);
        } else if (c.isLowSurrogate()) {
            c = QChar(QChar::ReplacementCharacter);
        }
        const bool space = c.isSpace() || c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029);
        if (space) {
            if (!lastSpace)
                out += u' ';
            lastSpace = true;
        } else {
            out += c;
            lastSpace = false;
        }
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

QString authorName(const Authorship &authorship)
{
    const QString n = cleanText(authorship.authorName);
    return n.isEmpty() ? cleanText(authorship.rawAuthorName) : n;
}

PersonName splitName(const QString &displayName)
{
    static const QSet<QString> particles{
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("den"),
        QStringLiteral("de"),  QStringLiteral("di"),  QStringLiteral("da"),  QStringLiteral("del"),
        QStringLiteral("della"), QStringLiteral("du"), QStringLiteral("des"), QStringLiteral("la"),
        QStringLiteral("le"),  QStringLiteral("dos"), QStringLiteral("das"), QStringLiteral("ter"),
        QStringLiteral("ten"), QStringLiteral("zu"),  QStringLiteral("af"),  QStringLiteral("av"),
        QStringLiteral("bin"), QStringLiteral("al"),  QStringLiteral("el"),
    };
    static const QSet<QString> suffixes{QStringLiteral("jr"), QStringLiteral("jr."), QStringLiteral("sr"),
                                        QStringLiteral("sr."), QStringLiteral("ii"), QStringLiteral("iii"),
                                        QStringLiteral("iv")};
    PersonName name;
    QStringList tokens = cleanText(displayName).split(u' ', Qt::SkipEmptyParts);
    // "Family, Given" as some raw names come
    const qsizetype comma = tokens.isEmpty() ? -1 : tokens.join(u' ').indexOf(u',');
    if (comma > 0) {
        const QString all = tokens.join(u' ');
        name.family = all.left(comma).trimmed();
        name.given = all.mid(comma + 1).trimmed();
        name.given.remove(u',');
        name.given = name.given.simplified();
        if (name.family.isEmpty()) {
            name.family = name.given;
            name.given.clear();
        }
        return name;
    }
    if (tokens.size() >= 3 && suffixes.contains(tokens.last().toLower()))
        name.suffix = tokens.takeLast();
    if (tokens.isEmpty())
        return name;
    qsizetype start = tokens.size() - 1;
    while (start > 1 && particles.contains(tokens.at(start - 1).toLower()))
        --start;
    name.family = tokens.mid(start).join(u' ');
    name.given = tokens.mid(0, start).join(u' ');
    return name;
}

DateParts dateParts(const Work &work)
{
    DateParts d;
    d.year = work.publicationYear > 0 ? work.publicationYear : 0;
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = iso.match(work.publicationDate);
    if (!m.hasMatch())
        return d;
    const int y = m.captured(1).toInt();
    const int mo = m.captured(2).toInt();
    const int da = m.captured(3).toInt();
    if (d.year == 0)
        d.year = y;
    if (y != d.year || mo < 1 || mo > 12 || da < 1 || da > 31)
        return d;
    if (mo == 1 && da == 1)
        return d;
    d.month = mo;
    d.day = da;
    return d;
}

QString pages(const Work &work, const QString &dash)
{
    const QString first = cleanText(work.firstPage);
    const QString last = cleanText(work.lastPage);
    if (first.isEmpty())
        return last;
    if (last.isEmpty() || last == first)
        return first;
    return first + dash + last;
}

QString doiUrl(const QString &doi)
{
    return doi.isEmpty() ? QString() : QStringLiteral("https://doi.org/") + doi;
}

QString openAlexUrl(const QString &id)
{
    return id.isEmpty() ? QString() : QStringLiteral("https://openalex.org/") + id;
}

QString bestUrl(const Work &work)
{
    const QString landing = cleanText(work.landingPageUrl);
    if (!landing.isEmpty() && !landing.contains(QLatin1String("doi.org/")))
        return landing;
    if (!work.doi.isEmpty())
        return doiUrl(work.doi);
    if (!landing.isEmpty())
        return landing;
    if (!work.oaUrl.isEmpty())
        return cleanText(work.oaUrl);
    return openAlexUrl(work.id);
}

QString institutionOf(const Work &work)
{
    for (const Authorship &a : work.authorships) {
        for (const InstitutionRef &i : a.institutions) {
            const QString n = cleanText(i.name);
            if (!n.isEmpty())
                return n;
        }
    }
    return {};
}

bool isValidIssn(const QString &issn)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{3}[\\dXx]$"));
    if (!shape.match(issn).hasMatch())
        return false;
    QString digits = issn;
    digits.remove(u'-');
    int sum = 0;
    for (int i = 0; i < 7; ++i)
        sum += digits.at(i).digitValue() * (8 - i);
    const int check = (11 - sum % 11) % 11;
    const QChar last = digits.at(7).toUpper();
    return check == 10 ? last == u'X' : last.digitValue() == check;
}

QString babelLanguage(const QString &code)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("en"), QStringLiteral("english")},   {QStringLiteral("de"), QStringLiteral("ngerman")},
        {QStringLiteral("fr"), QStringLiteral("french")},    {QStringLiteral("es"), QStringLiteral("spanish")},
        {QStringLiteral("it"), QStringLiteral("italian")},   {QStringLiteral("pt"), QStringLiteral("portuguese")},
        {QStringLiteral("nl"), QStringLiteral("dutch")},     {QStringLiteral("sv"), QStringLiteral("swedish")},
        {QStringLiteral("da"), QStringLiteral("danish")},    {QStringLiteral("no"), QStringLiteral("norsk")},
        {QStringLiteral("fi"), QStringLiteral("finnish")},   {QStringLiteral("pl"), QStringLiteral("polish")},
        {QStringLiteral("cs"), QStringLiteral("czech")},     {QStringLiteral("ru"), QStringLiteral("russian")},
        {QStringLiteral("el"), QStringLiteral("greek")},     {QStringLiteral("tr"), QStringLiteral("turkish")},
        {QStringLiteral("cy"), QStringLiteral("welsh")},     {QStringLiteral("ga"), QStringLiteral("irish")},
        {QStringLiteral("ca"), QStringLiteral("catalan")},   {QStringLiteral("hu"), QStringLiteral("magyar")},
        {QStringLiteral("ja"), QStringLiteral("japanese")},  {QStringLiteral("zh"), QStringLiteral("chinese")},
        {QStringLiteral("ko"), QStringLiteral("korean")},    {QStringLiteral("uk"), QStringLiteral("ukrainian")},
    };
    return names.value(code.trimmed().toLower());
}

QString preprintDescription(const Work &preprint)
{
    QStringList parts;
    if (!preprint.arxivId.isEmpty())
        parts << QStringLiteral("arXiv:") + preprint.arxivId;
    else if (!preprint.sourceName.isEmpty())
        parts << cleanText(preprint.sourceName);
    if (!preprint.doi.isEmpty())
        parts << QStringLiteral("doi:") + preprint.doi;
    if (!preprint.id.isEmpty())
        parts << QStringLiteral("OpenAlex ") + preprint.id;
    return QStringLiteral("Preprint: ") + parts.join(QStringLiteral(", "));
}

} // namespace peerscope::exportfields
