#include "core/text.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace peerscope::text {

QString ftsQuery(const QString &userText)
{
    static const QRegularExpression words(QStringLiteral(R"([\p{L}\p{N}]+)"));
    QStringList terms;
    auto it = words.globalMatch(userText);
    while (it.hasNext())
        terms << u'"' + it.next().captured(0) + QStringLiteral("\"*");
    return terms.join(u' ');
}

QString foldName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            out += c.toLower();
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

QString nameKey(const QString &name)
{
    QStringList tokens = foldName(name).split(u' ', Qt::SkipEmptyParts);
    // Suffixes are not family names.
    static const QSet<QString> suffixes{QStringLiteral("jr"), QStringLiteral("sr"), QStringLiteral("ii"),
                                        QStringLiteral("iii"), QStringLiteral("iv")};
    while (tokens.size() > 1 && suffixes.contains(tokens.last()))
        tokens.removeLast();
    if (tokens.isEmpty())
        return {};
    if (tokens.size() == 1)
        return tokens.first();
    // "Garcia, J. A." / "Mearman J W": family name first, initials after.
    if (tokens.first().size() > 1
        && std::all_of(tokens.begin() + 1, tokens.end(), [](const QString &t) { return t.size() == 1; }))
        return tokens.first() + u' ' + tokens.at(1);
    return tokens.last() + u' ' + tokens.first().left(1);
}

bool isPersonId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^X\\d+$"));
    return re.match(id).hasMatch();
}

} // namespace peerscope::text
