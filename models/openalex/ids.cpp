#include "openalex/ids.h"

#include <QRegularExpression>

namespace peerscope::ids {

QString normalizeOpenAlexId(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:https?://)?(?:api\.)?(?:openalex\.org/)?(?:[a-z]+/)?([AaWwIiSsTtPpFfCc])(\d{1,12})/?$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return m.captured(1).toUpper() + m.captured(2);
}

EntityKind kindOf(const QString &openAlexId)
{
    const QString id = normalizeOpenAlexId(openAlexId);
    if (id.isEmpty())
        return EntityKind::Unknown;
    switch (id.at(0).unicode()) {
    case 'A': return EntityKind::Author;
    case 'W': return EntityKind::Work;
    case 'I': return EntityKind::Institution;
    case 'S': return EntityKind::Source;
    case 'T': return EntityKind::Topic;
    case 'P': return EntityKind::Publisher;
    case 'F': return EntityKind::Funder;
    case 'C': return EntityKind::Concept;
    }
    return EntityKind::Unknown;
}

QString normalizeOrcid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:https?://)?(?:www\.)?(?:orcid\.org/)?(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dXx])/?$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QString digits = m.captured(1) + m.captured(2) + m.captured(3) + m.captured(4).toUpper();
    // ISO 7064 MOD 11-2 check digit, as ORCID defines it.
    int total = 0;
    for (int i = 0; i < 15; ++i)
        total = (total + digits.at(i).digitValue()) * 2;
    const int result = (12 - total % 11) % 11;
    const QChar expected = result == 10 ? QLatin1Char('X') : QChar(u'0' + result);
    if (digits.at(15) != expected)
        return {};
    return digits.mid(0, 4) + u'-' + digits.mid(4, 4) + u'-' + digits.mid(8, 4) + u'-' + digits.mid(12, 4);
}

QString normalizeDoi(const QString &text)
{
    QString doi = text.trimmed();
    static const QRegularExpression prefix(QStringLiteral(R"(^(?:https?://)?(?:dx\.)?(?:doi\.org/)|^doi:\s*)"),
                                           QRegularExpression::CaseInsensitiveOption);
    doi.remove(prefix);
    if (!doi.startsWith(QLatin1String("10.")))
        return {};
    return doi.toLower();
}

QString normalizeRor(const QString &text)
{
    QString ror = text.trimmed();
    static const QRegularExpression prefix(QStringLiteral(R"(^(?:https?://)?(?:www\.)?ror\.org/)"));
    ror.remove(prefix);
    return ror;
}

QString normalizeScopusAuthorId(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"((?:authorID=|^)(\d{5,15})(?:&|$))"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString arxivIdFrom(const QString &doiOrUrl)
{
    static const QRegularExpression re(QStringLiteral(R"((?:arxiv\.|arxiv\.org/(?:abs|pdf)/)(\d{4}\.\d{4,5}(?:v\d+)?|[a-z\-]+(?:\.[A-Z]{2})?/\d{7}))"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(doiOrUrl);
    if (!m.hasMatch())
        return {};
    QString id = m.captured(1);
    if (id.endsWith(QLatin1String(".pdf")))
        id.chop(4);
    return id;
}

QString openAlexUrl(const QString &openAlexId) { return QStringLiteral("https://openalex.org/") + openAlexId; }
QString orcidUrl(const QString &orcid) { return orcid.isEmpty() ? QString() : QStringLiteral("https://orcid.org/") + orcid; }
QString doiUrl(const QString &doi) { return doi.isEmpty() ? QString() : QStringLiteral("https://doi.org/") + doi; }
QString rorUrl(const QString &ror) { return ror.isEmpty() ? QString() : QStringLiteral("https://ror.org/") + ror; }

} // namespace peerscope::ids
