#include "export/citationkeygenerator.h"

#include "export/exportfields.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace peerscope {

namespace {

bool isFunctionWord(const QString &word)
{
    static const QSet<QString> words{
        QStringLiteral("a"),   QStringLiteral("an"),   QStringLiteral("the"),  QStringLiteral("and"),
        QStringLiteral("or"),  QStringLiteral("of"),   QStringLiteral("on"),   QStringLiteral("in"),
        QStringLiteral("at"),  QStringLiteral("to"),   QStringLiteral("for"),  QStringLiteral("from"),
        QStringLiteral("by"),  QStringLiteral("with"), QStringLiteral("into"), QStringLiteral("as"),
        QStringLiteral("but"), QStringLiteral("is"),   QStringLiteral("are"),  QStringLiteral("be"),
        QStringLiteral("its"), QStringLiteral("via"),  QStringLiteral("over"), QStringLiteral("about"),
    };
    return words.contains(word.toLower());
}

QStringList titleWords(const QString &title)
{
    QStringList out;
    for (const QString &w : exportfields::cleanText(title).split(QRegularExpression(QStringLiteral("[^\\w]+")),
                                                                   Qt::SkipEmptyParts)) {
        const QString folded = CitationKeyGenerator::asciiFold(w);
        if (!folded.isEmpty())
            out << folded;
    }
    return out;
}

QString capitalize(const QString &word)
{
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
}

QString familyOf(const Authorship &a)
{
    return CitationKeyGenerator::asciiFold(exportfields::splitName(exportfields::authorName(a)).family);
}

QStringList families(const Work &work)
{
    QStringList out;
    for (const Authorship &a : work.authorships) {
        const QString f = familyOf(a);
        if (!f.isEmpty())
            out << f;
    }
    return out;
}

} // namespace

CitationKeyGenerator::CitationKeyGenerator(QString pattern)
    : m_pattern(pattern.trimmed().isEmpty() ? defaultPattern() : pattern.trimmed())
{
}

QString CitationKeyGenerator::asciiFold(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
            || u == u'_' || u == u':' || u == u'.') {
            out += c;
            continue;
        }
        switch (u) {
        case 0x00DF: out += QStringLiteral("ss"); break;
        case 0x00E6: out += QStringLiteral("ae"); break;
        case 0x00C6: out += QStringLiteral("AE"); break;
        case 0x00F8: out += u'o'; break;
        case 0x00D8: out += u'O'; break;
        case 0x0153: out += QStringLiteral("oe"); break;
        case 0x0152: out += QStringLiteral("OE"); break;
        case 0x0142: out += u'l'; break;
        case 0x0141: out += u'L'; break;
        case 0x0111: out += u'd'; break;
        case 0x0110: out += u'D'; break;
        case 0x00F0: out += u'd'; break;
        case 0x00D0: out += u'D'; break;
        case 0x00FE: out += QStringLiteral("th"); break;
        case 0x00DE: out += QStringLiteral("Th"); break;
        case 0x0131: out += u'i'; break;
        default: break; // combining marks, punctuation, other scripts
        }
    }
    return out;
}

QString CitationKeyGenerator::fieldValue(const QString &field, const Work &work, bool *known) const
{
    *known = true;
    static const QRegularExpression numbered(QStringLiteral("^(auth|authors)(\\d+)$"));
    const QStringList fams = families(work);
    if (field == u"auth")
        return fams.isEmpty() ? QStringLiteral("Anon") : capitalize(fams.first());
    if (field == u"authors" || field == u"authorsall") {
        // More than three names make an unusable key: JabRef's [authors] with
        // an "EtAl" cap.
        if (fams.isEmpty())
            return QStringLiteral("Anon");
        QStringList caps;
        for (qsizetype i = 0; i < fams.size() && i < 3; ++i)
            caps << capitalize(fams.at(i));
        return caps.join(QString()) + (fams.size() > 3 ? QStringLiteral("EtAl") : QString());
    }
    const auto m = numbered.match(field);
    if (m.hasMatch()) {
        const int n = m.captured(2).toInt();
        if (m.captured(1) == u"auth") {
            // [authN]: the first N characters of the first author's name
            return fams.isEmpty() ? QStringLiteral("Anon") : capitalize(fams.first().left(n));
        }
        if (fams.isEmpty())
            return QStringLiteral("Anon");
        QStringList caps;
        for (qsizetype i = 0; i < fams.size() && i < n; ++i)
            caps << capitalize(fams.at(i));
        return caps.join(QString()) + (fams.size() > n ? QStringLiteral("EtAl") : QString());
    }
    if (field == u"year")
        return work.publicationYear > 0 ? QString::number(work.publicationYear) : QString();
    if (field == u"title" || field == u"shorttitle" || field == u"veryshorttitle") {
        QStringList words;
        for (const QString &w : titleWords(work.title)) {
            if (field != u"title" && isFunctionWord(w))
                continue;
            words << capitalize(w);
        }
        const qsizetype limit = field == u"title" ? words.size() : field == u"shorttitle" ? 3 : 1;
        return words.mid(0, limit).join(QString());
    }
    if (field == u"firstpage")
        return asciiFold(work.firstPage);
    if (field == u"lastpage")
        return asciiFold(work.lastPage);
    if (field == u"openalex")
        return work.id;
    *known = false;
    return {};
}

bool CitationKeyGenerator::isValid(QString *error) const
{
    Work probe;
    qsizetype pos = 0;
    while (pos < m_pattern.size()) {
        const qsizetype open = m_pattern.indexOf(u'[', pos);
        if (open < 0)
            break;
        const qsizetype close = m_pattern.indexOf(u']', open);
        if (close < 0) {
            if (error)
                *error = QCoreApplication::translate("export", "The key pattern has an unclosed '['.");
            return false;
        }
        QString field = m_pattern.mid(open + 1, close - open - 1);
        const qsizetype colon = field.indexOf(u':');
        const QString modifier = colon >= 0 ? field.mid(colon + 1) : QString();
        if (colon >= 0)
            field = field.left(colon);
        bool known = false;
        fieldValue(field, probe, &known);
        if (!known || (!modifier.isEmpty() && modifier != u"lower" && modifier != u"upper")) {
            if (error)
                *error = QCoreApplication::translate("export", "Unknown key pattern field [%1]. Known: [auth] [authN] "
                                                               "[authors] [authorsN] [year] [title] [shorttitle] "
                                                               "[veryshorttitle] [firstpage] [lastpage] [openalex], "
                                                               "optionally with :lower or :upper.")
                             .arg(m_pattern.mid(open + 1, close - open - 1));
            return false;
        }
        pos = close + 1;
    }
    return true;
}

QString CitationKeyGenerator::baseKey(const Work &work) const
{
    QString key;
    qsizetype pos = 0;
    while (pos < m_pattern.size()) {
        const qsizetype open = m_pattern.indexOf(u'[', pos);
        const qsizetype close = open < 0 ? -1 : m_pattern.indexOf(u']', open);
        if (open < 0 || close < 0) {
            key += asciiFold(m_pattern.mid(pos));
            break;
        }
        key += asciiFold(m_pattern.mid(pos, open - pos));
        QString field = m_pattern.mid(open + 1, close - open - 1);
        QString modifier;
        if (const qsizetype colon = field.indexOf(u':'); colon >= 0) {
            modifier = field.mid(colon + 1);
            field = field.left(colon);
        }
        bool known = false;
        QString value = asciiFold(fieldValue(field, work, &known));
        if (modifier == u"lower")
            value = value.toLower();
        else if (modifier == u"upper")
            value = value.toUpper();
        key += value;
        pos = close + 1;
    }
    if (key.isEmpty())
        key = work.id.isEmpty() ? QStringLiteral("Anon") : work.id;
    return key;
}

QString CitationKeyGenerator::uniqueKey(const QString &base, const QSet<QString> &taken)
{
    if (!taken.contains(base.toLower()))
        return base;
    for (int n = 0;; ++n) {
        // a..z, then aa..zz, ...: bijective base 26
        QString suffix;
        int v = n;
        do {
            suffix.prepend(QChar(u'a' + v % 26));
            v = v / 26 - 1;
        } while (v >= 0);
        const QString candidate = base + suffix;
        if (!taken.contains(candidate.toLower()))
            return candidate;
    }
}

} // namespace peerscope
