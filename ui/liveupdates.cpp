#include "liveupdates.h"

#include "cache/cache.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace peerscope {

namespace {

// An identity event's details, read tolerantly: a JSON object
// ({"action": "merge", "records": [...]} or "count": n) or a text starting
// with the action ("merge A2 A3", "undo: merge"). What cannot be read
// still gives a sentence, only a vaguer one.
struct IdentityDetails {
    QString action;
    int records = 0; // 0: not said
};

IdentityDetails identityDetails(const QString &details)
{
    IdentityDetails out;
    const QJsonDocument doc = QJsonDocument::fromJson(details.toUtf8());
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *key : {"action", "kind", "op"})
            if (o.value(QLatin1String(key)).isString()) {
                out.action = o.value(QLatin1String(key)).toString().toLower();
                break;
            }
        for (const char *key : {"records", "others", "authors"})
            if (o.value(QLatin1String(key)).isArray()) {
                out.records = int(o.value(QLatin1String(key)).toArray().size());
                break;
            }
        if (out.records == 0)
            out.records = o.value(QLatin1String("count")).toInt();
        return out;
    }
    static const QRegularExpression firstWord(QStringLiteral("^\\s*([A-Za-z]+)"));
    const QRegularExpressionMatch m = firstWord.match(details);
    if (m.hasMatch())
        out.action = m.captured(1).toLower();
    // "merge A2 A3": the records named after the action.
    static const QRegularExpression recordId(QStringLiteral("\\bA\\d+\\b"));
    if (out.action == QLatin1String("merge"))
        for (QRegularExpressionMatchIterator it = recordId.globalMatch(details); it.hasNext(); it.next())
            ++out.records;
    return out;
}

} // namespace

LiveUpdates::LiveUpdates(const Cache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_watcher(new SharedEventWatcher(this))
{
    connect(m_watcher, &SharedEventWatcher::eventsArrived, this, &LiveUpdates::onEvents);
    restart();
}

void LiveUpdates::restart()
{
    if (m_cache.isOpen() && m_cache.isSharedFile())
        m_watcher->start(m_cache.path());
    else
        m_watcher->stop();
}

void LiveUpdates::onEvents(const QList<SharedEvent> &events)
{
    LiveChanges changes;
    const SharedEvent *shown = nullptr;
    for (const SharedEvent &e : events) {
        if (e.kind == QLatin1String("identity"))
            changes.people.insert(e.entityId);
        else if (e.kind == QLatin1String("sync"))
            changes.synced.insert(e.entityId);
        else if (e.kind == QLatin1String("note") || e.kind == QLatin1String("pin"))
            ; // the window shows neither: said, nothing reloaded
        else if (e.kind == QLatin1String("follow")) {
            // Follows are each role's own: another role's are none of ours.
            if (e.actor != m_cache.actor())
                continue;
            changes.follows = true;
        } else {
            continue; // a kind a newer Peerscope writes
        }
        shown = &e;
    }
    if (!shown)
        return;
    changes.message = describe(*shown);
    emit changed(changes);
}

QString LiveUpdates::describe(const SharedEvent &event)
{
    const QString who = event.actor.isEmpty() ? tr("Another window or the command line") : event.actor;
    const QString name = event.entityName.isEmpty() ? event.entityId : event.entityName;
    QString what;
    if (event.kind == QLatin1String("identity")) {
        const IdentityDetails d = identityDetails(event.details);
        if (d.action == QLatin1String("merge") && d.records > 0)
            what = tr("%1 merged %n record(s) into %2", nullptr, d.records).arg(who, name);
        else if (d.action == QLatin1String("merge"))
            what = tr("%1 merged records into %2").arg(who, name);
        else if (d.action == QLatin1String("split"))
            what = tr("%1 split works out of %2").arg(who, name);
        else if (d.action == QLatin1String("exclude"))
            what = tr("%1 left works out of %2").arg(who, name);
        else if (d.action == QLatin1String("distinct"))
            what = tr("%1 said %2 is a different person").arg(who, name);
        else if (d.action == QLatin1String("undo"))
            what = tr("%1 undid a correction of %2").arg(who, name);
        else if (d.action == QLatin1String("redo"))
            what = tr("%1 redid a correction of %2").arg(who, name);
        else
            what = tr("%1 corrected the identity of %2").arg(who, name);
    } else if (event.kind == QLatin1String("sync")) {
        what = tr("%1 finished syncing %2").arg(who, name);
    } else if (event.kind == QLatin1String("follow")) {
        what = event.details == QLatin1String("unfollow") ? tr("%1 stopped following %2").arg(who, name)
                                                          : tr("%1 followed %2").arg(who, name);
    } else if (event.kind == QLatin1String("note")) {
        what = tr("%1 changed a note on %2").arg(who, name);
    } else if (event.kind == QLatin1String("pin")) {
        what = tr("%1 pinned citation keys").arg(who); // for works of anyone: no one to name
    } else {
        what = tr("%1 changed %2").arg(who, name);
    }
    // Written by Cache::nowUtc(): ISO 8601 with its Z, so parsed as UTC.
    const QDateTime at = QDateTime::fromString(event.at, Qt::ISODate);
    if (!at.isValid())
        return what;
    return what + QStringLiteral(" · ") + QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace peerscope
