#include "cache/bulkrows.h"

#include <algorithm>

namespace peerscope::bulkrows {

namespace {

// Where the first VALUES tuple of a statement starts ('(') and ends (one
// past its ')'), or {-1, -1}.
std::pair<qsizetype, qsizetype> tupleSpan(const QString &sql)
{
    const qsizetype values = sql.indexOf(QLatin1String("VALUES"), 0, Qt::CaseInsensitive);
    if (values < 0)
        return {-1, -1};
    qsizetype open = values + 6;
    while (open < sql.size() && sql.at(open).isSpace())
        ++open;
    if (open >= sql.size() || sql.at(open) != u'(')
        return {-1, -1};
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = open; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'(')
            ++depth;
        else if (c == u')' && --depth == 0)
            return {open, i + 1};
    }
    return {-1, -1};
}

// Text before numbers, texts by their UTF-16 code units, NULLs first:
// any fixed order does, as long as every client uses the same one.
int compareValues(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull() ? 0 : (a.isNull() ? -1 : 1);
    const bool aText = a.typeId() == QMetaType::QString || a.typeId() == QMetaType::QByteArray;
    const bool bText = b.typeId() == QMetaType::QString || b.typeId() == QMetaType::QByteArray;
    if (aText != bText)
        return aText ? -1 : 1;
    if (aText)
        return QString::compare(a.toString(), b.toString(), Qt::CaseSensitive);
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double) {
        const double x = a.toDouble(), y = b.toDouble();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    const qint64 x = a.toLongLong(), y = b.toLongLong();
    return x < y ? -1 : (y < x ? 1 : 0);
}

int compareKeys(const QVariantList &a, const QVariantList &b, int keyColumns)
{
    for (int i = 0; i < keyColumns; ++i) {
        if (const int c = compareValues(a.at(i), b.at(i)))
            return c;
    }
    return 0;
}

} // namespace

QString multiRow(const QString &oneRow, qsizetype rows)
{
    const auto [start, end] = tupleSpan(oneRow);
    if (start < 0 || rows < 1)
        return {};
    const QStringView tuple = QStringView(oneRow).mid(start, end - start);
    QString out;
    out.reserve(oneRow.size() + (tuple.size() + 2) * (rows - 1));
    out += QStringView(oneRow).left(end);
    for (qsizetype i = 1; i < rows; ++i) {
        out += QLatin1String(", ");
        out += tuple;
    }
    out += QStringView(oneRow).mid(end);
    return out;
}

QString manyKeys(const QString &oneKey, qsizetype keys)
{
    const QString trimmed = oneKey.trimmed();
    if (keys < 1 || !trimmed.endsWith(u'?'))
        return {};
    qsizetype at = trimmed.size() - 1;
    while (at > 0 && trimmed.at(at - 1).isSpace())
        --at;
    if (at < 1 || trimmed.at(at - 1) != u'=')
        return {};
    QString list;
    list.reserve(keys * 3);
    for (qsizetype i = 0; i < keys; ++i)
        list += i == 0 ? QLatin1String("?") : QLatin1String(", ?");
    return trimmed.left(at - 1).trimmed() + QLatin1String(" IN (") + list + u')';
}

int tupleValues(const QString &oneRow)
{
    const auto [start, end] = tupleSpan(oneRow);
    return start < 0 ? 0 : int(QStringView(oneRow).mid(start, end - start).count(u'?'));
}

QList<qsizetype> chunks(qsizetype rows, qsizetype columns)
{
    QList<qsizetype> out;
    if (rows <= 0)
        return out;
    const qsizetype most = std::clamp<qsizetype>(kMaxBoundValues / std::max<qsizetype>(columns, 1), 1, kMaxRows);
    for (qsizetype left = rows; left > 0; left -= out.last())
        out << std::min(left, most);
    return out;
}

void sortRows(QList<QVariantList> &rows, int keyColumns, SameKey same)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [keyColumns](const QVariantList &a, const QVariantList &b) { return compareKeys(a, b, keyColumns) < 0; });
    if (same == SameKey::KeepAll || rows.size() < 2)
        return;
    qsizetype kept = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QVariantList &last = rows[kept];
        if (compareKeys(last, rows.at(i), keyColumns) != 0) {
            rows[++kept] = std::move(rows[i]);
            continue;
        }
        if (same == SameKey::LastWins) {
            last = std::move(rows[i]);
        } else {
            for (qsizetype c = keyColumns; c < last.size() && c < rows.at(i).size(); ++c) {
                if (last.at(c).isNull())
                    last[c] = rows.at(i).at(c);
            }
        }
    }
    rows.resize(kept + 1);
}

void sortKeys(QVariantList &keys)
{
    std::sort(keys.begin(), keys.end(), [](const QVariant &a, const QVariant &b) { return compareValues(a, b) < 0; });
    keys.erase(std::unique(keys.begin(), keys.end(), [](const QVariant &a, const QVariant &b) { return compareValues(a, b) == 0; }),
               keys.end());
}

} // namespace peerscope::bulkrows
