#include "export/latextext.h"

#include "export/exportfields.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace peerscope::latex {

namespace {

// Combining marks that have a LaTeX accent command.
QString accentCommand(char32_t mark)
{
    switch (mark) {
    case 0x0300: return QStringLiteral("\\`");
    case 0x0301: return QStringLiteral("\\'");
    case 0x0302: return QStringLiteral("\\^");
    case 0x0303: return QStringLiteral("\\~");
    case 0x0304: return QStringLiteral("\\=");
    case 0x0306: return QStringLiteral("\\u");
    case 0x0307: return QStringLiteral("\\.");
    case 0x0308: return QStringLiteral("\\\"");
    case 0x030A: return QStringLiteral("\\r");
    case 0x030B: return QStringLiteral("\\H");
    case 0x030C: return QStringLiteral("\\v");
    case 0x0323: return QStringLiteral("\\d");
    case 0x0327: return QStringLiteral("\\c");
    case 0x0328: return QStringLiteral("\\k");
    case 0x0331: return QStringLiteral("\\b");
    default: return {};
    }
}

// Non-ASCII characters with a direct LaTeX form (text mode, no packages
// beyond what biblatex loads).
const QHash<char32_t, QString> &symbolTable()
{
    static const QHash<char32_t, QString> table{
        {0x00DF, QStringLiteral("{\\ss}")},   {0x00E6, QStringLiteral("{\\ae}")},   {0x00C6, QStringLiteral("{\\AE}")},
        {0x00F8, QStringLiteral("{\\o}")},    {0x00D8, QStringLiteral("{\\O}")},    {0x0153, QStringLiteral("{\\oe}")},
        {0x0152, QStringLiteral("{\\OE}")},   {0x0142, QStringLiteral("{\\l}")},    {0x0141, QStringLiteral("{\\L}")},
        {0x0131, QStringLiteral("{\\i}")},    {0x0237, QStringLiteral("{\\j}")},    {0x00E5, QStringLiteral("{\\aa}")},
        {0x00C5, QStringLiteral("{\\AA}")},   {0x00F0, QStringLiteral("{\\dh}")},   {0x00D0, QStringLiteral("{\\DH}")},
        {0x00FE, QStringLiteral("{\\th}")},   {0x00DE, QStringLiteral("{\\TH}")},   {0x0111, QStringLiteral("{\\dj}")},
        {0x0110, QStringLiteral("{\\DJ}")},   {0x2013, QStringLiteral("--")},       {0x2014, QStringLiteral("---")},
        {0x2018, QStringLiteral("`")},        {0x2019, QStringLiteral("'")},        {0x201C, QStringLiteral("``")},
        {0x201D, QStringLiteral("''")},       {0x2026, QStringLiteral("{\\ldots}")}, {0x00A0, QStringLiteral("~")},
        {0x00AB, QStringLiteral("{\\guillemotleft}")}, {0x00BB, QStringLiteral("{\\guillemotright}")},
        {0x20AC, QStringLiteral("{\\texteuro}")}, {0x00A9, QStringLiteral("{\\textcopyright}")},
        {0x00AE, QStringLiteral("{\\textregistered}")}, {0x2122, QStringLiteral("{\\texttrademark}")},
        {0x00B0, QStringLiteral("{\\textdegree}")}, {0x00D7, QStringLiteral("{\\texttimes}")},
        {0x00F7, QStringLiteral("{\\textdiv}")}, {0x00B1, QStringLiteral("{\\textpm}")},
        {0x00A3, QStringLiteral("{\\pounds}")}, {0x00A7, QStringLiteral("{\\S}")}, {0x00B6, QStringLiteral("{\\P}")},
        {0x00BF, QStringLiteral("{\\textquestiondown}")}, {0x00A1, QStringLiteral("{\\textexclamdown}")},
        {0x2022, QStringLiteral("{\\textbullet}")}, {0x00B5, QStringLiteral("{\\textmu}")},
    };
    return table;
}

QString symbolFallback(char32_t cp)
{
    return QStringLiteral("{\\symbol{%1}}").arg(uint(cp));
}

QString asciiForm(char32_t cp)
{
    const auto &table = symbolTable();
    const auto it = table.constFind(cp);
    if (it != table.constEnd())
        return *it;
    const QString decomposed = QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_D);
    const QList<uint> parts = decomposed.toUcs4();
    if (parts.size() >= 2 && parts.first() < 0x80 && QChar::isLetter(parts.first())) {
        QString base = QString(QChar(char16_t(parts.first())));
        // Accents on i and j go on the dotless forms.
        if (base == u"i" && parts.size() == 2 && parts.at(1) != 0x0327 && parts.at(1) != 0x0328 && parts.at(1) != 0x0323)
            base = QStringLiteral("\\i");
        for (qsizetype k = 1; k < parts.size(); ++k) {
            const QString cmd = accentCommand(parts.at(k));
            if (cmd.isEmpty())
                return symbolFallback(cp);
            base = cmd + u'{' + base + u'}';
        }
        return u'{' + base + u'}';
    }
    return symbolFallback(cp);
}

} // namespace

QString escape(const QString &text, Encoding encoding)
{
    const QString clean = exportfields::cleanText(text);
    QString out;
    out.reserve(clean.size() + 8);
    const QList<uint> cps = clean.toUcs4();
    for (const uint cp : cps) {
        switch (cp) {
        case '\\': out += QStringLiteral("{\\textbackslash}"); continue;
        case '{': out += QStringLiteral("{\\textbraceleft}"); continue;
        case '}': out += QStringLiteral("{\\textbraceright}"); continue;
        case '&': out += QStringLiteral("\\&"); continue;
        case '%': out += QStringLiteral("\\%"); continue;
        case '$': out += QStringLiteral("\\$"); continue;
        case '#': out += QStringLiteral("\\#"); continue;
        case '_': out += QStringLiteral("\\_"); continue;
        case '^': out += QStringLiteral("{\\textasciicircum}"); continue;
        case '~': out += QStringLiteral("{\\textasciitilde}"); continue;
        case '<': out += QStringLiteral("{\\textless}"); continue;
        case '>': out += QStringLiteral("{\\textgreater}"); continue;
        case '|': out += QStringLiteral("{\\textbar}"); continue;
        default: break;
        }
        if (cp < 0x80) {
            out += QChar(char16_t(cp));
        } else if (encoding == Encoding::Ascii) {
            out += asciiForm(cp);
        } else {
            const char32_t c = cp;
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

namespace {

bool hasInnerCapital(const QString &word)
{
    // Capitals after the first character that follow a lower-case letter, a
    // digit or another capital: DNA, 3D, iPhone, McDonald, OpenAlex.
    int capitals = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (!c.isUpper())
            continue;
        ++capitals;
        if (i > 0) {
            const QChar prev = word.at(i - 1);
            if (prev.isLower() || prev.isDigit() || prev.isUpper())
                return true;
        }
    }
    return capitals >= 2;
}

QChar firstLetter(const QString &word)
{
    for (const QChar c : word) {
        if (c.isLetter())
            return c;
    }
    return {};
}

} // namespace

QString title(const QString &text, Encoding encoding)
{
    const QStringList words = exportfields::cleanText(text).split(u' ', Qt::SkipEmptyParts);
    // A sentence-case title keeps capitals only where they matter: then a
    // capitalized word after the first is a proper noun and is protected too.
    int significant = 0;
    int capitalized = 0;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w.size() < 4 || !w.at(0).isLetter())
            continue;
        ++significant;
        if (w.at(0).isUpper())
            ++capitalized;
    }
    const bool sentenceCase = significant >= 2 && capitalized * 2 < significant;

    QStringList out;
    bool startOfSentence = true;
    for (const QString &w : words) {
        const QChar first = firstLetter(w);
        bool protect = hasInnerCapital(w);
        if (!protect && sentenceCase && !startOfSentence && first.isUpper() && w.size() > 1)
            protect = true;
        const QString escaped = escape(w, encoding);
        out << (protect ? u'{' + escaped + u'}' : escaped);
        if (!first.isNull() || w.at(0).isDigit())
            startOfSentence = false;
        if (w.endsWith(u':') || w.endsWith(u'.') || w.endsWith(u'?') || w.endsWith(u'!') || w == u"–" || w == u"-"
            || w == u"—")
            startOfSentence = true;
    }
    return out.join(u' ');
}

QString namePart(const QString &text, Encoding encoding)
{
    QStringList out;
    for (const QString &w : exportfields::cleanText(text).split(u' ', Qt::SkipEmptyParts)) {
        QString e = escape(w, encoding);
        e.replace(u',', QStringLiteral("{,}"));
        if (w.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0
            || w.compare(QLatin1String("others"), Qt::CaseInsensitive) == 0)
            e = u'{' + e + u'}';
        out << e;
    }
    return out.join(u' ');
}

QString verbatim(const QString &text, Encoding encoding)
{
    const QString clean = exportfields::cleanText(text);
    QString out;
    for (const uint cp : clean.toUcs4()) {
        if (cp == '{' || cp == '}' || cp == '\\' || cp == ' ' || cp == '"' || (cp >= 0x80 && encoding == Encoding::Ascii)) {
            const char32_t c = cp;
            for (const char byte : QString::fromUcs4(&c, 1).toUtf8())
                out += u'%' + QStringLiteral("%1").arg(uint(uchar(byte)), 2, 16, QLatin1Char('0')).toUpper();
        } else {
            const char32_t c = cp;
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

bool bracesBalanced(const QString &text)
{
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'{')
            ++depth;
        else if (c == u'}' && --depth < 0)
            return false;
    }
    return depth == 0;
}

} // namespace peerscope::latex
