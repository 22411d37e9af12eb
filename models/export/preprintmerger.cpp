#include "export/preprintmerger.h"

#include "export/exportfields.h"

#include <QLoggingCategory>
#include <QHash>
#include <QStringList>

namespace peerscope {

Q_LOGGING_CATEGORY(lcPreprints, "peerscope.export.preprints", QtWarningMsg)

QString PreprintMerger::normalizedTitle(const QString &title)
{
    const QString decomposed = title.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            out += c;
            space = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            space = true;
        }
    }
    return out;
}

QString PreprintMerger::authorSignature(const Work &work)
{
    QStringList ids;
    for (const Authorship &a : work.authorships) {
        if (a.authorId.isEmpty())
            return {};
        ids << a.authorId;
    }
    ids.sort();
    ids.removeDuplicates();
    return ids.join(u',');
}

QList<PreprintMerger::Merged> PreprintMerger::keepAll(const QList<Work> &works)
{
    QList<Merged> out;
    out.reserve(works.size());
    for (const Work &w : works)
        out.append({w, {}});
    return out;
}

QList<PreprintMerger::Merged> PreprintMerger::merge(const QList<Work> &works)
{
    auto matchKey = [](const Work &w) -> QString {
        const QString title = normalizedTitle(w.title);
        const QString authors = authorSignature(w);
        if (title.isEmpty() || authors.isEmpty())
            return {};
        return title + u'\n' + authors;
    };
    // The first published version of each title+authors wins.
    QHash<QString, qsizetype> published;
    for (qsizetype i = 0; i < works.size(); ++i) {
        if (exportfields::isPreprint(works.at(i)))
            continue;
        const QString k = matchKey(works.at(i));
        if (!k.isEmpty() && !published.contains(k))
            published.insert(k, i);
    }
    QHash<qsizetype, QList<Work>> attached;
    QList<bool> dropped(works.size(), false);
    for (qsizetype i = 0; i < works.size(); ++i) {
        if (!exportfields::isPreprint(works.at(i)))
            continue;
        const auto it = published.constFind(matchKey(works.at(i)));
        if (it == published.constEnd())
            continue;
        qCDebug(lcPreprints) << "merging preprint" << works.at(i).id << "into" << works.at(*it).id;
        attached[*it].append(works.at(i));
        dropped[i] = true;
    }
    QList<Merged> out;
    for (qsizetype i = 0; i < works.size(); ++i) {
        if (!dropped.at(i))
            out.append({works.at(i), attached.value(i)});
    }
    return out;
}

} // namespace peerscope
