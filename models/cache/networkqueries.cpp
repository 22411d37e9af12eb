#include "cache/networkqueries.h"

#include "cache/sql.h"

#include <QHash>

namespace peerscope {

Read<QList<WorkLine>> NetworkQueries::workLines(const QStringList &ids) const
{
    QHash<QString, WorkLine> found;
    // In slices: a link can stand for hundreds of works.
    constexpr qsizetype kSlice = 500;
    for (qsizetype from = 0; from < ids.size(); from += kSlice) {
        const QStringList slice = ids.mid(from, kSlice);
        QVariantList values;
        values.reserve(slice.size());
        for (const QString &id : slice)
            values << id;
        const Status s = Sql::each(m_cache,
                                   QStringLiteral("SELECT id, title, COALESCE(publication_year, 0), COALESCE(venue, '') "
                                                  "FROM works WHERE id IN (%1)")
                                       .arg(Sql::placeholders(slice.size())),
                                   values, [&](const SqlRow &row) {
                                       WorkLine line;
                                       line.id = row.text(0);
                                       line.title = row.text(1);
                                       line.year = row.integer(2);
                                       line.venue = row.text(3);
                                       line.cached = true;
                                       found.insert(line.id, line);
                                   });
        if (!s)
            return Read<QList<WorkLine>>::failureOf(s);
    }
    QList<WorkLine> out;
    out.reserve(ids.size());
    for (const QString &id : ids) {
        WorkLine line = found.value(id);
        line.id = id;
        out << line;
    }
    return out;
}

} // namespace peerscope
