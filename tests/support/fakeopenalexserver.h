#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QThread;

namespace peerscope::test {

class FakeServerListener;

// A real HTTP/1.1 server on 127.0.0.1 (random port) that answers like the
// OpenAlex API from the fixtures plus generated data. It runs on its own
// thread, so a test may block (QProcess::waitForFinished) while a child
// process talks to it. Every public method is thread-safe.
class FakeOpenAlexServer final
{
public:
    enum class Fault {
        RateLimitJson,        // 429, retryAfter in a JSON body, no header
        RateLimitHtml,        // 429, Retry-After header, an HTML body
        ServerError,          // 500
        ServiceUnavailable,   // 503 with an HTML body
        Slow,                 // the answer comes after slowDelay()
        TruncatedBody,        // Content-Length promises more than is sent
        DroppedConnection,    // closed without an answer
        MalformedJson,        // 200 with broken JSON
        Unauthorized,         // 401
        PlanUpgradeRequired,  // 429 "Plan upgrade required"
        BudgetSpent,          // 429 with X-RateLimit-Remaining: 0
    };

    struct LoggedRequest {
        QString path;          // decoded path, no query
        QByteArray target;     // the raw request target as sent
        QHash<QString, QString> query; // decoded ('+' as space, like a real server)
        QByteArray userAgent;
    };

    FakeOpenAlexServer();
    ~FakeOpenAlexServer();
    Q_DISABLE_COPY_MOVE(FakeOpenAlexServer)

    bool start();
    QUrl baseUrl() const;

    // Data. The fixture author is A5017898742 with 9 works and 17 co-authors.
    void loadFixtures();
    static QString fixtureAuthorId() { return QStringLiteral("A5017898742"); }
    // A generated author with works, co-authors spread over them, and some
    // works whose authorships are cut at 100 in lists. Returns its ID.
    QString addLargeAuthor(int works = 1600, int coauthors = 3100, int truncatedWorks = 6);

    // The next `times` requests (-1: all) whose path starts with pathPrefix
    // (ends with '$': equals it) get the fault.
    void injectFault(Fault fault, int times = 1, const QString &pathPrefix = {});
    void clearFaults();
    void setSlowDelay(int milliseconds);
    void setResponseDelay(int milliseconds);   // every answer, to observe concurrency
    void setRetryAfterSeconds(int seconds);
    void setRequiredApiKey(const QString &key); // others get 401

    // Changes between syncs.
    void mergeAuthor(const QString &oldId, const QString &newId); // old answers 301
    void bumpCitations(const QString &workId, int delta);
    QString addWork(const QString &authorId, const QStringList &coauthorIds);
    void removeAuthorFromWork(const QString &workId, const QString &authorId);
    void setLastKnownInstitution(const QString &authorId, const QString &institutionId, const QString &name);

    // What the server holds and what it was asked.
    QStringList worksOf(const QString &authorId) const;
    QStringList coauthorsOf(const QString &authorId) const;
    int truncatedWorksOf(const QString &authorId) const;
    int requestCount() const;
    int requestCount(const QString &pathPrefix) const;
    QList<LoggedRequest> requests() const;
    void resetRequests();
    int maxConcurrent() const;

    // Called by the listener on the server thread.
    struct Response {
        int code = 200;
        QByteArray reason = "OK";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        enum class Delivery { Normal, Truncated, Drop } delivery = Delivery::Normal;
        int delayMs = 0;
    };
    Response handle(const QByteArray &method, const QByteArray &target, const QByteArray &userAgent);
    void requestDone();

private:
    struct FaultRule {
        Fault fault;
        int remaining;
        QString pathPrefix;
    };
    Response route(const QString &path, const QHash<QString, QString> &query);
    Response json(const QJsonObject &object, int code = 200);
    Response listPage(QList<QJsonObject> items, const QHash<QString, QString> &query, bool truncateAuthorships);
    Response applyFault(Fault fault, Response normal);
    QJsonObject workForList(const QJsonObject &work) const;
    void rebuildIndex() const;
    void touchAuthor(const QString &authorId);
    QString nextDate();

    mutable QMutex m_mutex;
    QThread *m_thread = nullptr;
    FakeServerListener *m_listener = nullptr;
    quint16 m_port = 0;

    QHash<QString, QJsonObject> m_authors;
    QHash<QString, QJsonObject> m_works;      // full records
    QStringList m_workOrder;
    QHash<QString, QString> m_merged;
    mutable QHash<QString, QStringList> m_worksByAuthor;
    mutable bool m_indexDirty = true;
    int m_revision = 0;
    int m_generatedWorks = 0;

    QList<FaultRule> m_faults;
    int m_slowDelayMs = 3000;
    int m_responseDelayMs = 0;
    int m_retryAfterSeconds = 1;
    QString m_requiredKey;

    QList<LoggedRequest> m_log;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace peerscope::test
