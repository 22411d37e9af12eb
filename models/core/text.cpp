#include "core/text.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace peerscope::text {

QStringList searchWords(const QString &userText)
{
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}]+)"));
    QStringList words;
    for (auto it = word.globalMatch(userText); it.hasNext();)
        words << it.next().captured(0);
    return words;
}

QString ftsQuery(const QString &userText)
{
    QStringList terms;
    for (const QString &w : searchWords(userText))
        terms << u'"' + w + QStringLiteral("\"*");
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

std::vector<quint64> idOrderKeys(const QStringList &ids)
{
    std::vector<quint64> keys;
    if (ids.isEmpty())
        return keys;
    const QChar letter = ids.front().isEmpty() ? QChar() : ids.front().front();
    if (letter < u'A' || letter > u'Z')
        return {};
    keys.reserve(size_t(ids.size()));
    for (const QString &id : ids) {
        // 18 digits in base 11 fit 64 bits (11^18 < 2^63).
        if (id.size() < 2 || id.size() > 19 || id.front() != letter)
            return {};
        quint64 key = 0;
        for (qsizetype i = 1; i < 19; ++i) {
            quint64 code = 0;
            if (i < id.size()) {
                const char16_t c = id[i].unicode();
                if (c < u'0' || c > u'9')
                    return {};
                code = quint64(c - u'0') + 1;
            }
            key = key * 11 + code;
        }
        keys.push_back(key);
    }
    return keys;
}

std::vector<qsizetype> ascendingPositions(const QStringList &ids)
{
    std::vector<qsizetype> order(size_t(ids.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    const std::vector<quint64> keys = idOrderKeys(ids);
    if (!keys.empty()) {
        std::stable_sort(order.begin(), order.end(), [&keys](qsizetype a, qsizetype b) { return keys[size_t(a)] < keys[size_t(b)]; });
    } else {
        std::stable_sort(order.begin(), order.end(), [&ids](qsizetype a, qsizetype b) { return ids.at(a) < ids.at(b); });
    }
    return order;
}

} // namespace peerscope::text
