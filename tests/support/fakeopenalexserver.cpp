#include "fakeopenalexserver.h"

#include "testsupport.h"

#include "openalex/ids.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QMutexLocker>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace peerscope::test {

namespace {

const QString kLargeAuthorName = QStringLiteral("Large Synthetic Author");
const QLatin1String kCursorHead("Wz+");
const QLatin1String kCursorTail("/a==");

QString url(const QString &id)
{
    return QStringLiteral("https://openalex.org/") + id;
}

// Form decoding as a real server does it: '+' is a space.
QString formDecode(QByteArray raw)
{
    raw.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

QJsonObject authorStub(const QString &id, const QString &name)
{
    return QJsonObject{{QStringLiteral("id"), url(id)}, {QStringLiteral("display_name"), name}};
}

QJsonObject authorship(const QString &id, const QString &name, int position, int count)
{
    return QJsonObject{
        {QStringLiteral("author_position"), position == 0 ? QStringLiteral("first") : (position == count - 1 ? QStringLiteral("last") : QStringLiteral("middle"))},
        {QStringLiteral("author"), authorStub(id, name)},
        {QStringLiteral("institutions"), QJsonArray{}},
        {QStringLiteral("countries"), QJsonArray{}},
        {QStringLiteral("is_corresponding"), position == 0},
        {QStringLiteral("raw_author_name"), name},
    };
}

QJsonObject generatedAuthor(const QString &id, const QString &name, int works, int citations, const QString &date)
{
    return QJsonObject{
        {QStringLiteral("id"), url(id)},
        {QStringLiteral("display_name"), name},
        {QStringLiteral("works_count"), works},
        {QStringLiteral("cited_by_count"), citations},
        {QStringLiteral("updated_date"), date},
        {QStringLiteral("created_date"), QStringLiteral("2023-07-21")},
        {QStringLiteral("last_known_institutions"), QJsonArray{}},
        {QStringLiteral("affiliations"), QJsonArray{}},
    };
}

// A work ID from a referenced_works entry ("https://openalex.org/W…"), fast
// for the usual form: the citation index reads hundreds of thousands.
QString shortWorkId(const QString &text)
{
    static const QLatin1String prefix("https://openalex.org/");
    if (text.startsWith(prefix) && text.size() > prefix.size() + 1 && text.at(prefix.size()) == u'W')
        return text.mid(prefix.size());
    return ids::normalizeOpenAlexId(text);
}

// The top-level fields of a work that select= may name (the 2026 work
// object); anything else, nested paths included, is refused as OpenAlex does.
const QSet<QString> &workSelectFields()
{
    static const QSet<QString> fields{
        QStringLiteral("id"), QStringLiteral("doi"), QStringLiteral("title"), QStringLiteral("display_name"),
        QStringLiteral("publication_year"), QStringLiteral("publication_date"), QStringLiteral("ids"), QStringLiteral("language"),
        QStringLiteral("primary_location"), QStringLiteral("type"), QStringLiteral("type_crossref"), QStringLiteral("indexed_in"),
        QStringLiteral("open_access"), QStringLiteral("authorships"), QStringLiteral("institution_assertions"),
        QStringLiteral("countries_distinct_count"), QStringLiteral("institutions_distinct_count"),
        QStringLiteral("corresponding_author_ids"), QStringLiteral("corresponding_institution_ids"), QStringLiteral("apc_list"),
        QStringLiteral("apc_paid"), QStringLiteral("fwci"), QStringLiteral("has_fulltext"), QStringLiteral("fulltext_origin"),
        QStringLiteral("cited_by_count"), QStringLiteral("citation_normalized_percentile"), QStringLiteral("cited_by_percentile_year"),
        QStringLiteral("biblio"), QStringLiteral("is_retracted"), QStringLiteral("is_paratext"), QStringLiteral("primary_topic"),
        QStringLiteral("topics"), QStringLiteral("keywords"), QStringLiteral("concepts"), QStringLiteral("mesh"),
        QStringLiteral("locations_count"), QStringLiteral("locations"), QStringLiteral("best_oa_location"),
        QStringLiteral("sustainable_development_goals"), QStringLiteral("grants"), QStringLiteral("funders"), QStringLiteral("awards"),
        QStringLiteral("datasets"), QStringLiteral("versions"), QStringLiteral("referenced_works_count"), QStringLiteral("referenced_works"),
        QStringLiteral("related_works"), QStringLiteral("abstract_inverted_index"), QStringLiteral("cited_by_api_url"),
        QStringLiteral("counts_by_year"), QStringLiteral("updated_date"), QStringLiteral("created_date"), QStringLiteral("is_xpac"),
        QStringLiteral("has_content"), QStringLiteral("content_urls"), QStringLiteral("is_authors_truncated"),
    };
    return fields;
}

QJsonObject selectFields(const QJsonObject &o, const QStringList &select)
{
    QJsonObject picked;
    for (const QString &field : select) {
        const QString key = field.trimmed();
        if (o.contains(key))
            picked.insert(key, o.value(key));
    }
    return picked;
}

// splitmix64: the same numbers on every platform and standard library (the
// <random> distributions are not).
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(double p) { return unit() < p; }

private:
    quint64 m_state;
};

// Ranks 0..n-1 with weight 1/(rank+1)^s.
class Zipf
{
public:
    Zipf(int n, double s)
    {
        m_cumulative.reserve(n);
        double total = 0;
        for (int r = 0; r < n; ++r) {
            total += 1.0 / std::pow(double(r + 1), s);
            m_cumulative.push_back(total);
        }
    }
    int draw(Rng &rng) const
    {
        if (m_cumulative.empty())
            return -1;
        const double x = rng.unit() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), x);
        return int(qMin<qsizetype>(it - m_cumulative.cbegin(), qsizetype(m_cumulative.size()) - 1));
    }

private:
    std::vector<double> m_cumulative;
};

QJsonObject generatedTopic(int t)
{
    return QJsonObject{{QStringLiteral("id"), url(QStringLiteral("T4%1").arg(t + 1, 4, 10, QLatin1Char('0')))},
                       {QStringLiteral("display_name"), QStringLiteral("Generated topic %1").arg(t + 1)},
                       {QStringLiteral("score"), 0.99 - 0.1 * (t % 5)},
                       {QStringLiteral("subfield"), QJsonObject{{QStringLiteral("id"), QStringLiteral("https://openalex.org/subfields/%1").arg(1700 + t % 12)}, {QStringLiteral("display_name"), QStringLiteral("Generated subfield %1").arg(t % 12 + 1)}}},
                       {QStringLiteral("field"), QJsonObject{{QStringLiteral("id"), QStringLiteral("https://openalex.org/fields/%1").arg(17 + t % 3)}, {QStringLiteral("display_name"), QStringLiteral("Generated field %1").arg(t % 3 + 1)}}},
                       {QStringLiteral("domain"), QJsonObject{{QStringLiteral("id"), QStringLiteral("https://openalex.org/domains/3")}, {QStringLiteral("display_name"), QStringLiteral("Physical Sciences")}}}};
}

// What a generated pool or citing work is made of; the record comes from
// citationRecord().
struct GeneratedWork {
    QString id;
    int number = 0;          // for titles and DOIs
    bool citing = false;     // a citing work (else a pool work)
    int year = 0;            // 0: null
    bool nullTitle = false;
    bool nullDoi = false;
    bool idlessAuthorship = false;
    QStringList references;  // short IDs
};

// A full record; the IDs of its authors go to *authorIds (for the index).
QJsonObject citationRecord(const GeneratedWork &g, Rng &rng, const QString &updated, int citedBy, const QJsonArray &countsByYear,
                           QStringList *authorIds)
{
    static const QStringList givenNames{QStringLiteral("Ana"), QStringLiteral("Bram"), QStringLiteral("Chen"), QStringLiteral("Dara"),
                                        QStringLiteral("Emeka"), QStringLiteral("Fatima"), QStringLiteral("Göran"), QStringLiteral("Hiro"),
                                        QStringLiteral("Inés"), QStringLiteral("Jonas"), QStringLiteral("Kavya"), QStringLiteral("Lena")};
    static const QStringList types{QStringLiteral("article"), QStringLiteral("article"), QStringLiteral("article"), QStringLiteral("article"),
                                   QStringLiteral("article"), QStringLiteral("review"), QStringLiteral("book-chapter"), QStringLiteral("preprint"),
                                   QStringLiteral("article"), QStringLiteral("dissertation")};
    const QString kind = g.citing ? QStringLiteral("citing") : QStringLiteral("pool");
    const QString doi = QStringLiteral("https://doi.org/10.5555/%1.%2").arg(kind).arg(g.number);
    const QString title = QStringLiteral("Generated %1 study %2").arg(kind).arg(g.number);

    // 1 to 6 authors, the first more often alone or in pairs.
    static const int authorCounts[] = {1, 2, 2, 3, 3, 3, 4, 4, 5, 6};
    const int authors = authorCounts[rng.below(10)];
    QJsonArray authorships;
    QSet<int> used;
    for (int p = 0; p < authors; ++p) {
        int a = rng.below(20000);
        while (used.contains(a))
            a = rng.below(20000);
        used.insert(a);
        const QString name = QStringLiteral("%1 Citeworth%2").arg(givenNames.at(a % givenNames.size())).arg(a + 1);
        const QString authorId = QStringLiteral("A4%1").arg(a + 1, 9, 10, QLatin1Char('0'));
        QJsonObject s = authorship(authorId, name, p, authors);
        if (g.idlessAuthorship && p == authors - 1)
            s.insert(QStringLiteral("author"), QJsonObject{{QStringLiteral("id"), QJsonValue()}, {QStringLiteral("display_name"), name}});
        else
            *authorIds << authorId;
        authorships.append(s);
    }
    // Built once: thousands of records share 300 sources and 60 topics.
    static const QList<QJsonObject> sources = [] {
        QList<QJsonObject> out;
        for (int i = 0; i < 300; ++i)
            out << QJsonObject{{QStringLiteral("id"), url(QStringLiteral("S4%1").arg(i + 1, 8, 10, QLatin1Char('0')))},
                               {QStringLiteral("display_name"), QStringLiteral("Generated Journal %1").arg(i + 1)},
                               {QStringLiteral("type"), QStringLiteral("journal")}};
        return out;
    }();
    static const QList<QJsonObject> topicObjects = [] {
        QList<QJsonObject> out;
        for (int t = 0; t < 60; ++t)
            out << generatedTopic(t);
        return out;
    }();
    const QJsonObject &sourceObject = sources.at(rng.below(300));
    QJsonArray topics;
    const int topicCount = 1 + rng.below(3);
    const int firstTopic = rng.below(60);
    for (int t = 0; t < topicCount; ++t)
        topics.append(topicObjects.at((firstTopic + 7 * t) % 60));
    QJsonArray references;
    for (const QString &r : g.references)
        references.append(url(r));
    const QJsonValue year = g.year > 0 ? QJsonValue(g.year) : QJsonValue();
    const QJsonValue date = g.year > 0 ? QJsonValue(QStringLiteral("%1-%2-%3").arg(g.year).arg(1 + rng.below(12), 2, 10, QLatin1Char('0')).arg(1 + rng.below(28), 2, 10, QLatin1Char('0')))
                                       : QJsonValue();
    const QJsonValue fwci = rng.chance(0.1) ? QJsonValue() : QJsonValue(double(rng.below(400)) / 100.0);
    return QJsonObject{
        {QStringLiteral("id"), url(g.id)},
        {QStringLiteral("doi"), g.nullDoi ? QJsonValue() : QJsonValue(doi)},
        {QStringLiteral("title"), g.nullTitle ? QJsonValue() : QJsonValue(title)},
        {QStringLiteral("display_name"), g.nullTitle ? QJsonValue() : QJsonValue(title)},
        {QStringLiteral("publication_year"), year},
        {QStringLiteral("publication_date"), date},
        {QStringLiteral("ids"), g.nullDoi ? QJsonObject{{QStringLiteral("openalex"), url(g.id)}}
                                          : QJsonObject{{QStringLiteral("openalex"), url(g.id)}, {QStringLiteral("doi"), doi}}},
        {QStringLiteral("language"), QStringLiteral("en")},
        {QStringLiteral("type"), types.at(rng.below(int(types.size())))},
        {QStringLiteral("authorships"), authorships},
        {QStringLiteral("is_authors_truncated"), false},
        {QStringLiteral("primary_location"), QJsonObject{{QStringLiteral("is_oa"), rng.chance(0.4)},
                                                         {QStringLiteral("landing_page_url"), g.nullDoi ? QJsonValue() : QJsonValue(doi)},
                                                         {QStringLiteral("source"), sourceObject}}},
        {QStringLiteral("cited_by_count"), citedBy},
        {QStringLiteral("counts_by_year"), countsByYear},
        {QStringLiteral("fwci"), fwci},
        {QStringLiteral("primary_topic"), topics.at(0)},
        {QStringLiteral("topics"), topics},
        {QStringLiteral("referenced_works"), references},
        {QStringLiteral("referenced_works_count"), int(references.size())},
        {QStringLiteral("related_works"), QJsonArray{}},
        {QStringLiteral("cited_by_api_url"), QString(QStringLiteral("https://api.openalex.org/works?filter=cites:") + g.id)},
        {QStringLiteral("is_retracted"), false},
        {QStringLiteral("is_paratext"), false},
        {QStringLiteral("updated_date"), updated},
        {QStringLiteral("created_date"), QStringLiteral("2024-02-%1").arg(1 + g.number % 28, 2, 10, QLatin1Char('0'))},
    };
}

QByteArray reasonFor(int code)
{
    switch (code) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    }
    return "Status";
}

} // namespace

// Lives on the server thread: accepts connections, parses requests, writes
// answers. One request per connection (Connection: close).
class FakeServerListener final : public QObject
{
public:
    explicit FakeServerListener(FakeOpenAlexServer *server)
        : m_server(server)
    {
    }

    quint16 listen()
    {
        m_tcp = new QTcpServer(this);
        if (!m_tcp->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_tcp->nextPendingConnection())
                accept(socket);
        });
        return m_tcp->serverPort();
    }

private:
    void accept(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            if (socket->property("answered").toBool())
                return;
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            socket->setProperty("answered", true);
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            QByteArray userAgent;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("user-agent:"))
                    userAgent = line.mid(11).trimmed();
            }
            const FakeOpenAlexServer::Response r
                = m_server->handle(requestLine.value(0), requestLine.value(1), userAgent);
            if (r.delayMs > 0) {
                QPointer<QTcpSocket> guard(socket);
                QTimer::singleShot(r.delayMs, this, [this, guard, r] {
                    if (guard)
                        write(guard, r);
                    else
                        m_server->requestDone();
                });
            } else {
                write(socket, r);
            }
        });
    }

    void write(QTcpSocket *socket, const FakeOpenAlexServer::Response &r)
    {
        m_server->requestDone();
        if (r.delivery == FakeOpenAlexServer::Response::Delivery::Drop) {
            socket->abort();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.code) + ' ' + r.reason + "\r\n";
        head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        head += "Connection: close\r\n";
        for (const auto &h : r.headers)
            head += h.first + ": " + h.second + "\r\n";
        head += "\r\n";
        socket->write(head);
        if (r.delivery == FakeOpenAlexServer::Response::Delivery::Truncated) {
            socket->write(r.body.left(r.body.size() / 2));
            socket->flush();
            socket->waitForBytesWritten(1000);
            socket->abort();
            return;
        }
        socket->write(r.body);
        socket->disconnectFromHost();
    }

    FakeOpenAlexServer *m_server;
    QTcpServer *m_tcp = nullptr;
};

FakeOpenAlexServer::FakeOpenAlexServer() = default;

FakeOpenAlexServer::~FakeOpenAlexServer()
{
    if (m_thread) {
        QMetaObject::invokeMethod(m_listener, [this] { delete m_listener; }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

bool FakeOpenAlexServer::start()
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("FakeOpenAlexServer"));
    m_thread->start();
    m_listener = new FakeServerListener(this);
    m_listener->moveToThread(m_thread);
    quint16 port = 0;
    QMetaObject::invokeMethod(m_listener, [this, &port] { port = m_listener->listen(); }, Qt::BlockingQueuedConnection);
    QMutexLocker lock(&m_mutex);
    m_port = port;
    return port != 0;
}

QUrl FakeOpenAlexServer::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

// ------------------------------------------------------------------ data ---

void FakeOpenAlexServer::loadFixtures()
{
    auto load = [](const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(f.readAll()).object();
    };
    QMutexLocker lock(&m_mutex);
    const QJsonObject main = load(fixture(QStringLiteral("author_A5017898742.json")));
    m_authors.insert(fixtureAuthorId(), main);
    const QDir coauthors(fixture(QStringLiteral("coauthors")));
    for (const QString &name : coauthors.entryList({QStringLiteral("author_*.json")}, QDir::Files, QDir::Name)) {
        const QJsonObject a = load(coauthors.filePath(name));
        m_authors.insert(ids::normalizeOpenAlexId(a.value(QLatin1String("id")).toString()), a);
    }
    const QDir dir(fixturesDir());
    for (const QString &name : dir.entryList({QStringLiteral("work_W*.json")}, QDir::Files, QDir::Name)) {
        const QJsonObject w = load(dir.filePath(name));
        const QString id = ids::normalizeOpenAlexId(w.value(QLatin1String("id")).toString());
        m_works.insert(id, w);
        m_workOrder << id;
    }
    m_indexDirty = true;
}

QString FakeOpenAlexServer::addLargeAuthor(int works, int coauthors, int truncatedWorks)
{
    QMutexLocker lock(&m_mutex);
    const QString authorId = QStringLiteral("A9%1").arg(m_authors.size() + 1, 9, 10, QLatin1Char('0'));
    const QString date = QStringLiteral("2025-10-01T00:00:00.000000");
    LargeAuthorShape shape;
    shape.authorId = authorId;
    int citations = 0;
    const int step = truncatedWorks > 0 ? qMax(1, works / truncatedWorks) : works + 1;
    int extra = 0;
    // The messy records, each on a work of its own, spread through the list.
    enum class Mess { Exactly100, NullTitle, IdlessAuthors, NullYear, NullPrimaryLocation, NullSource, NullIds, NullTopics };
    const QList<Mess> messes{Mess::Exactly100, Mess::NullTitle, Mess::IdlessAuthors, Mess::NullYear, Mess::NullPrimaryLocation,
                             Mess::NullSource, Mess::NullIds, Mess::NullTopics, Mess::NullTitle, Mess::IdlessAuthors,
                             Mess::NullYear, Mess::NullPrimaryLocation, Mess::NullSource, Mess::NullIds, Mess::NullTopics};
    int messIndex = 0;
    const int coauthorPool = qMax(1, coauthors);
    auto coauthorId = [](int c) { return QStringLiteral("A8%1").arg(c + 1, 9, 10, QLatin1Char('0')); };
    QString firstWorkId;
    for (int i = 0; i < works; ++i) {
        const QString workId = QStringLiteral("W9%1").arg(++m_generatedWorks, 9, 10, QLatin1Char('0'));
        if (firstWorkId.isEmpty())
            firstWorkId = workId;
        QStringList authors{authorId};
        QStringList names{kLargeAuthorName};
        // Every co-author appears at least once: two per work, round robin.
        for (int k = 0; k < 2; ++k) {
            const int c = (2 * i + k) % coauthorPool;
            authors << coauthorId(c);
            names << QStringLiteral("Coauthor %1").arg(c + 1);
        }
        const bool truncated = truncatedWorks > 0 && i % step == step / 2 && extra < truncatedWorks;
        if (truncated) {
            // A consortium paper: 150 authors, the last 50 only on the single record.
            ++extra;
            for (int k = 0; k < 147; ++k) {
                authors << QStringLiteral("A7%1%2").arg(extra, 3, 10, QLatin1Char('0')).arg(k + 1, 6, 10, QLatin1Char('0'));
                names << QStringLiteral("Consortium %1 member %2").arg(extra).arg(k + 1);
            }
        }
        std::optional<Mess> mess;
        if (!truncated && i % 37 == 5 && messIndex < messes.size())
            mess = messes.at(messIndex++);
        if (mess == Mess::Exactly100) {
            // 100 authors, all already co-authors elsewhere, so the co-author count stays as asked.
            for (int k = 0; authors.size() < 100; ++k) {
                const int c = (2 * i + 2 + k) % coauthorPool;
                const QString id = coauthorPool >= 100 ? coauthorId(c) : QStringLiteral("A6%1").arg(++m_generatedWorks, 9, 10, QLatin1Char('0'));
                if (authors.contains(id))
                    continue;
                authors << id;
                names << QStringLiteral("Coauthor %1").arg(c + 1);
            }
            shape.exactly100WorkId = workId;
        }
        QJsonArray authorships;
        for (int p = 0; p < authors.size(); ++p)
            authorships.append(authorship(authors.at(p), names.at(p), p, int(authors.size())));
        if (mess == Mess::IdlessAuthors) {
            // Real lists hold authors OpenAlex could not link: an ID of null, or no ID at all.
            QJsonObject nullId = authorship(QString(), QStringLiteral("Unlinked Person %1").arg(i), int(authors.size()), int(authors.size()) + 2);
            nullId.insert(QStringLiteral("author"), QJsonObject{{QStringLiteral("id"), QJsonValue()}, {QStringLiteral("display_name"), QStringLiteral("Unlinked Person %1").arg(i)}});
            QJsonObject noId = authorship(QString(), QStringLiteral("Nameonly Person %1").arg(i), int(authors.size()) + 1, int(authors.size()) + 2);
            noId.insert(QStringLiteral("author"), QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Nameonly Person %1").arg(i)}});
            authorships.append(nullId);
            authorships.append(noId);
            shape.idlessAuthorships += 2;
            ++shape.worksWithIdlessAuthorships;
        }
        const int cited = (i * 7) % 53;
        citations += cited;
        const int year = 1995 + i % 30;
        const QString title = QStringLiteral("Synthetic study number %1").arg(i);
        const QJsonObject source{{QStringLiteral("id"), url(QStringLiteral("S9%1").arg(i % 12 + 1, 8, 10, QLatin1Char('0')))},
                                 {QStringLiteral("display_name"), QStringLiteral("Journal of Synthetic Studies %1").arg(i % 12 + 1)},
                                 {QStringLiteral("type"), QStringLiteral("journal")}};
        const QJsonObject topic{{QStringLiteral("id"), url(QStringLiteral("T9%1").arg(i % 20 + 1, 4, 10, QLatin1Char('0')))},
                                {QStringLiteral("display_name"), QStringLiteral("Synthetic topic %1").arg(i % 20 + 1)},
                                {QStringLiteral("score"), 0.9},
                                {QStringLiteral("subfield"), QJsonObject{{QStringLiteral("id"), QStringLiteral("https://openalex.org/subfields/1702")}, {QStringLiteral("display_name"), QStringLiteral("Artificial Intelligence")}}},
                                {QStringLiteral("field"), QJsonObject{{QStringLiteral("id"), QStringLiteral("https://openalex.org/fields/17")}, {QStringLiteral("display_name"), QStringLiteral("Computer Science")}}},
                                {QStringLiteral("domain"), QJsonObject{{QStringLiteral("id"), QStringLiteral("https://openalex.org/domains/3")}, {QStringLiteral("display_name"), QStringLiteral("Physical Sciences")}}}};
        QJsonObject work{
            {QStringLiteral("id"), url(workId)},
            {QStringLiteral("doi"), QStringLiteral("https://doi.org/10.5555/synthetic.%1").arg(i)},
            {QStringLiteral("title"), title},
            {QStringLiteral("display_name"), title},
            {QStringLiteral("publication_year"), year},
            {QStringLiteral("publication_date"), QStringLiteral("%1-01-15").arg(year)},
            {QStringLiteral("ids"), QJsonObject{{QStringLiteral("openalex"), url(workId)}, {QStringLiteral("doi"), QStringLiteral("https://doi.org/10.5555/synthetic.%1").arg(i)}}},
            {QStringLiteral("primary_location"), QJsonObject{{QStringLiteral("is_oa"), false}, {QStringLiteral("landing_page_url"), QJsonValue()},
                                                             {QStringLiteral("source"), source}}},
            {QStringLiteral("topics"), QJsonArray{topic}},
            {QStringLiteral("type"), QStringLiteral("article")},
            {QStringLiteral("cited_by_count"), cited},
            {QStringLiteral("authorships"), authorships},
            {QStringLiteral("is_authors_truncated"), false},
            {QStringLiteral("updated_date"), date},
            {QStringLiteral("created_date"), QStringLiteral("2016-06-24")},
        };
        switch (mess.value_or(Mess::Exactly100)) {
        case Mess::NullTitle:
            work.insert(QStringLiteral("title"), QJsonValue());
            work.insert(QStringLiteral("display_name"), QJsonValue());
            ++shape.nullTitleWorks;
            break;
        case Mess::NullYear:
            work.insert(QStringLiteral("publication_year"), QJsonValue());
            work.insert(QStringLiteral("publication_date"), QJsonValue());
            ++shape.nullYearWorks;
            break;
        case Mess::NullPrimaryLocation:
            work.insert(QStringLiteral("primary_location"), QJsonValue());
            ++shape.nullPrimaryLocationWorks;
            break;
        case Mess::NullSource:
            work.insert(QStringLiteral("primary_location"), QJsonObject{{QStringLiteral("is_oa"), false}, {QStringLiteral("source"), QJsonValue()}});
            ++shape.nullSourceWorks;
            break;
        case Mess::NullIds:
            work.insert(QStringLiteral("ids"), QJsonValue());
            ++shape.nullIdsWorks;
            break;
        case Mess::NullTopics:
            work.insert(QStringLiteral("topics"), QJsonValue());
            ++shape.nullTopicsWorks;
            break;
        case Mess::Exactly100:
        case Mess::IdlessAuthors:
            break;
        }
        m_works.insert(workId, work);
        m_workOrder << workId;
        for (int p = 1; p < authors.size(); ++p)
            if (!m_authors.contains(authors.at(p)))
                m_authors.insert(authors.at(p), generatedAuthor(authors.at(p), names.at(p), 1, 0, date));
    }
    // Records without authorships: referenced by the first work, never listed under the author.
    QJsonArray referenced;
    for (int k = 0; k < 2 && !firstWorkId.isEmpty(); ++k) {
        const QString workId = QStringLiteral("W9%1").arg(++m_generatedWorks, 9, 10, QLatin1Char('0'));
        m_works.insert(workId, QJsonObject{
                                   {QStringLiteral("id"), url(workId)},
                                   {QStringLiteral("title"), QStringLiteral("A record without authorships %1").arg(k + 1)},
                                   {QStringLiteral("display_name"), QStringLiteral("A record without authorships %1").arg(k + 1)},
                                   {QStringLiteral("publication_year"), 1990},
                                   {QStringLiteral("authorships"), QJsonValue()},
                                   {QStringLiteral("topics"), QJsonValue()},
                                   {QStringLiteral("ids"), QJsonValue()},
                                   {QStringLiteral("primary_location"), QJsonValue()},
                                   {QStringLiteral("cited_by_count"), 1},
                                   {QStringLiteral("updated_date"), date},
                               });
        m_workOrder << workId;
        referenced.append(url(workId));
        shape.nullAuthorshipsWorkIds << workId;
    }
    if (!firstWorkId.isEmpty())
        m_works[firstWorkId].insert(QStringLiteral("referenced_works"), referenced);
    m_authors.insert(authorId, generatedAuthor(authorId, kLargeAuthorName, works, citations, date));
    m_indexDirty = true;
    rebuildIndex();
    shape.works = int(m_worksByAuthor.value(authorId).size());
    shape.truncatedWorks = extra;
    QSet<QString> seen;
    for (const QString &w : m_worksByAuthor.value(authorId))
        for (const QJsonValue &v : m_works.value(w).value(QLatin1String("authorships")).toArray()) {
            const QString a = ids::normalizeOpenAlexId(v.toObject().value(QLatin1String("author")).toObject().value(QLatin1String("id")).toString());
            if (!a.isEmpty() && a != authorId)
                seen.insert(a);
        }
    shape.coauthors = int(seen.size());
    m_largeShapes.insert(authorId, shape);
    return authorId;
}

FakeOpenAlexServer::LargeAuthorShape FakeOpenAlexServer::largeAuthorShape(const QString &authorId) const
{
    QMutexLocker lock(&m_mutex);
    return m_largeShapes.value(authorId);
}

QString FakeOpenAlexServer::nextDate()
{
    // A later date after every change, as OpenAlex's updated_date moves.
    ++m_revision;
    return QDateTime(QDate(2025, 11, 1), QTime(0, 0), Qt::UTC).addSecs(m_revision).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000"));
}

void FakeOpenAlexServer::touchAuthor(const QString &authorId)
{
    auto it = m_authors.find(authorId);
    if (it == m_authors.end())
        return;
    rebuildIndex();
    int citations = 0;
    const QStringList works = m_worksByAuthor.value(authorId);
    for (const QString &w : works)
        citations += m_works.value(w).value(QLatin1String("cited_by_count")).toInt();
    it->insert(QStringLiteral("works_count"), int(works.size()));
    it->insert(QStringLiteral("cited_by_count"), citations);
    it->insert(QStringLiteral("updated_date"), nextDate());
}

void FakeOpenAlexServer::bumpCitations(const QString &workId, int delta)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_works.find(workId);
    if (it == m_works.end())
        return;
    it->insert(QStringLiteral("cited_by_count"), it->value(QLatin1String("cited_by_count")).toInt() + delta);
    it->insert(QStringLiteral("updated_date"), nextDate());
    rebuildIndex();
    for (auto a = m_worksByAuthor.cbegin(); a != m_worksByAuthor.cend(); ++a)
        if (a.value().contains(workId))
            touchAuthor(a.key());
}

QString FakeOpenAlexServer::addWork(const QString &authorId, const QStringList &coauthorIds)
{
    QMutexLocker lock(&m_mutex);
    const QString workId = QStringLiteral("W9%1").arg(++m_generatedWorks, 9, 10, QLatin1Char('0'));
    QStringList authors{authorId};
    authors += coauthorIds;
    QJsonArray authorships;
    for (int p = 0; p < authors.size(); ++p) {
        const QString name = m_authors.value(authors.at(p)).value(QLatin1String("display_name")).toString();
        authorships.append(authorship(authors.at(p), name.isEmpty() ? QStringLiteral("New Person %1").arg(p) : name, p, int(authors.size())));
        if (!m_authors.contains(authors.at(p)))
            m_authors.insert(authors.at(p), generatedAuthor(authors.at(p), QStringLiteral("New Person %1").arg(p), 1, 0, nextDate()));
    }
    m_works.insert(workId, QJsonObject{
        {QStringLiteral("id"), url(workId)},
        {QStringLiteral("title"), QStringLiteral("A newly indexed work")},
        {QStringLiteral("display_name"), QStringLiteral("A newly indexed work")},
        {QStringLiteral("publication_year"), 2025},
        {QStringLiteral("type"), QStringLiteral("article")},
        {QStringLiteral("cited_by_count"), 0},
        {QStringLiteral("authorships"), authorships},
        {QStringLiteral("updated_date"), nextDate()},
    });
    m_workOrder.prepend(workId);
    m_indexDirty = true;
    touchAuthor(authorId);
    return workId;
}

void FakeOpenAlexServer::removeAuthorFromWork(const QString &workId, const QString &authorId)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_works.find(workId);
    if (it == m_works.end())
        return;
    QJsonArray kept;
    for (const QJsonValue &v : it->value(QLatin1String("authorships")).toArray())
        if (ids::normalizeOpenAlexId(v.toObject().value(QLatin1String("author")).toObject().value(QLatin1String("id")).toString()) != authorId)
            kept.append(v);
    it->insert(QStringLiteral("authorships"), kept);
    it->insert(QStringLiteral("updated_date"), nextDate());
    m_indexDirty = true;
    touchAuthor(authorId);
}

void FakeOpenAlexServer::setLastKnownInstitution(const QString &authorId, const QString &institutionId, const QString &name)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_authors.find(authorId);
    if (it == m_authors.end())
        return;
    const QJsonObject inst{{QStringLiteral("id"), url(institutionId)}, {QStringLiteral("display_name"), name},
                           {QStringLiteral("country_code"), QStringLiteral("NL")}, {QStringLiteral("type"), QStringLiteral("education")}};
    it->insert(QStringLiteral("last_known_institutions"), QJsonArray{inst});
    it->insert(QStringLiteral("updated_date"), nextDate());
}

void FakeOpenAlexServer::mergeAuthor(const QString &oldId, const QString &newId)
{
    QMutexLocker lock(&m_mutex);
    QJsonObject a = m_authors.take(oldId);
    if (a.isEmpty())
        return;
    a.insert(QStringLiteral("id"), url(newId));
    a.insert(QStringLiteral("updated_date"), nextDate());
    m_authors.insert(newId, a);
    m_merged.insert(oldId, newId);
    // The works now credit the survivor.
    for (auto w = m_works.begin(); w != m_works.end(); ++w) {
        QJsonArray authorships = w->value(QLatin1String("authorships")).toArray();
        bool changed = false;
        for (qsizetype i = 0; i < authorships.size(); ++i) {
            QJsonObject s = authorships.at(i).toObject();
            QJsonObject author = s.value(QLatin1String("author")).toObject();
            if (ids::normalizeOpenAlexId(author.value(QLatin1String("id")).toString()) == oldId) {
                author.insert(QStringLiteral("id"), url(newId));
                s.insert(QStringLiteral("author"), author);
                authorships[i] = s;
                changed = true;
            }
        }
        if (changed) {
            w->insert(QStringLiteral("authorships"), authorships);
            w->insert(QStringLiteral("updated_date"), nextDate());
        }
    }
    m_indexDirty = true;
}

void FakeOpenAlexServer::mergeWork(const QString &oldId, const QString &newId)
{
    QMutexLocker lock(&m_mutex);
    QJsonObject w = m_works.take(oldId);
    if (w.isEmpty())
        return;
    w.insert(QStringLiteral("id"), url(newId));
    w.insert(QStringLiteral("updated_date"), nextDate());
    m_works.insert(newId, w);
    m_mergedWorks.insert(oldId, newId);
    const qsizetype at = m_workOrder.indexOf(oldId);
    if (at >= 0)
        m_workOrder[at] = newId;
    m_indexDirty = true;
}

void FakeOpenAlexServer::rebuildIndex() const
{
    if (!m_indexDirty)
        return;
    m_worksByAuthor.clear();
    m_citedBy.clear();
    m_workPos.clear();
    m_workPos.reserve(m_workOrder.size());
    for (const QString &id : m_workOrder) {
        m_workPos.insert(id, int(m_workPos.size()));
        // cited -> citing, each citing work once, in record order.
        for (const QString &cited : referencesOf(id))
            m_citedBy[cited] << id;
        QSet<QString> seen;
        for (const QJsonValue &v : m_works.value(id).value(QLatin1String("authorships")).toArray()) {
            const QString a = ids::normalizeOpenAlexId(v.toObject().value(QLatin1String("author")).toObject().value(QLatin1String("id")).toString());
            if (!a.isEmpty() && !seen.contains(a)) {
                seen.insert(a);
                m_worksByAuthor[a] << id;
            }
        }
    }
    m_indexDirty = false;
}

QStringList FakeOpenAlexServer::referencesOf(const QString &workId) const
{
    const auto it = m_works.constFind(workId);
    if (it == m_works.cend())
        return m_referencesWithoutRecord.value(workId);
    QStringList out;
    QSet<QString> seen;
    for (const QJsonValue &v : it->value(QLatin1String("referenced_works")).toArray()) {
        const QString id = shortWorkId(v.toString());
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            out << id;
        }
    }
    return out;
}

QList<QJsonObject> FakeOpenAlexServer::orderedRecords(const QSet<QString> &ids) const
{
    std::vector<std::pair<int, QString>> ordered;
    ordered.reserve(ids.size());
    for (const QString &id : ids) {
        const auto pos = m_workPos.constFind(id);
        if (pos != m_workPos.cend())
            ordered.emplace_back(*pos, id);
    }
    std::sort(ordered.begin(), ordered.end());
    QList<QJsonObject> out;
    out.reserve(qsizetype(ordered.size()));
    for (const auto &p : ordered)
        out << m_works.value(p.second);
    return out;
}

bool FakeOpenAlexServer::setCitedByCount(const QString &workId, int count)
{
    auto it = m_works.find(workId);
    if (it == m_works.end())
        return false;
    const bool changed = it->value(QLatin1String("cited_by_count")).toInt() != count;
    it->insert(QStringLiteral("cited_by_count"), count);
    if (it->contains(QLatin1String("counts_by_year"))) {
        // As OpenAlex gives it: the recent years, newest first.
        QMap<int, int> byYear;
        for (const QString &c : m_citedBy.value(workId)) {
            const int year = m_works.value(c).value(QLatin1String("publication_year")).toInt();
            if (year >= 2012)
                ++byYear[year];
        }
        QJsonArray counts;
        for (auto y = byYear.cend(); y != byYear.cbegin();) {
            --y;
            counts.append(QJsonObject{{QStringLiteral("year"), y.key()}, {QStringLiteral("cited_by_count"), y.value()}});
        }
        it->insert(QStringLiteral("counts_by_year"), counts);
    }
    return changed;
}

FakeOpenAlexServer::CitationShape FakeOpenAlexServer::addCitations(const QString &authorId, int poolSize, int citingWorks, quint32 seed)
{
    QMutexLocker lock(&m_mutex);
    rebuildIndex();
    const QStringList seeds = m_worksByAuthor.value(authorId);
    CitationShape generated = m_citationGenerated.value(authorId);
    Rng rng(seed);
    poolSize = qMax(0, poolSize);

    // The pool: rank 0 is the most cited. About 2% are IDs without a record.
    QStringList pool;
    QList<bool> known;
    pool.reserve(poolSize);
    for (int r = 0; r < poolSize; ++r) {
        const bool hasRecord = r < 3 || !rng.chance(0.02);
        ++m_citationWorks;
        pool << (hasRecord ? QStringLiteral("W80%1") : QStringLiteral("W60%1")).arg(m_citationWorks, 8, 10, QLatin1Char('0'));
        known << hasRecord;
    }
    const Zipf poolRanks(poolSize, 0.9);
    auto drawPool = [&](int n, const QString &exclude, QStringList &into) {
        QSet<QString> have(into.cbegin(), into.cend());
        for (int attempt = 0; attempt < 4 * n && n > 0; ++attempt) {
            const int r = poolRanks.draw(rng);
            if (r < 0)
                return;
            const QString &id = pool.at(r);
            if (id == exclude || have.contains(id))
                continue;
            have.insert(id);
            into << id;
            --n;
        }
    };
    auto messy = [&](GeneratedWork &g) {
        g.nullTitle = rng.chance(0.015);
        g.nullDoi = rng.chance(0.1);
        g.idlessAuthorship = rng.chance(0.02);
        generated.nullTitleWorks += g.nullTitle ? 1 : 0;
        generated.nullDoiWorks += g.nullDoi ? 1 : 0;
        generated.idlessAuthorshipWorks += g.idlessAuthorship ? 1 : 0;
        generated.nullYearWorks += g.year == 0 ? 1 : 0;
    };
    // Who cites what is decided first, the records are written after: so
    // every new record is written once, with its final counts.
    QHash<QString, QList<int>> newCiters; // cited ID -> years of the new citing records (0: null)

    // The author's works: about 20 references each, or none listed. The
    // references they had are kept.
    QList<QStringList> seedReferences;
    QList<QStringList> seedAdded;
    for (const QString &w : seeds) {
        const QStringList had = referencesOf(w);
        QStringList refs = had;
        if (!had.isEmpty() || !rng.chance(0.05))
            drawPool(5 + rng.below(31), QString(), refs);
        seedAdded << refs.mid(had.size());
        seedReferences << refs;
        const int year = m_works.value(w).value(QLatin1String("publication_year")).toInt();
        for (const QString &r : std::as_const(seedAdded.last()))
            newCiters[r] << year;
    }

    // The pool's records cite each other a little.
    QList<GeneratedWork> works;
    works.reserve(poolSize + qMax(0, citingWorks));
    for (int r = 0; r < poolSize; ++r) {
        if (!known.at(r))
            continue;
        GeneratedWork g;
        g.id = pool.at(r);
        g.number = r + 1;
        g.year = rng.chance(0.01) ? 0 : 1960 + rng.below(64);
        messy(g);
        if (!rng.chance(0.08))
            drawPool(rng.below(13), g.id, g.references);
        works << g;
        ++generated.poolWorks;
    }

    // Works citing the author's: Zipf over the author's works in a shuffled
    // order, published after the latest work they cite.
    QStringList byPopularity = seeds;
    for (qsizetype i = byPopularity.size() - 1; i > 0; --i)
        byPopularity.swapItemsAt(i, rng.below(int(i + 1)));
    const Zipf seedRanks(int(byPopularity.size()), 1.0);
    static const int citedCounts[] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 5, 8};
    for (int c = 0; c < citingWorks && !byPopularity.isEmpty(); ++c) {
        GeneratedWork g;
        ++m_citationWorks;
        g.id = QStringLiteral("W70%1").arg(m_citationWorks, 8, 10, QLatin1Char('0'));
        g.number = c + 1;
        g.citing = true;
        const int k = qMin(int(byPopularity.size()), citedCounts[rng.below(20)]);
        int latest = 0;
        for (int attempt = 0; g.references.size() < k && attempt < 20 * k; ++attempt) {
            const QString &w = byPopularity.at(seedRanks.draw(rng));
            if (g.references.contains(w))
                continue;
            g.references << w;
            latest = qMax(latest, m_works.value(w).value(QLatin1String("publication_year")).toInt());
        }
        g.year = rng.chance(0.01) ? 0 : qMin(2025, (latest > 0 ? latest : 2010) + rng.below(6));
        messy(g);
        drawPool(3 + rng.below(33), QString(), g.references);
        works << g;
        ++generated.citingWorks;
    }
    for (const GeneratedWork &g : std::as_const(works))
        for (const QString &r : g.references)
            newCiters[r] << g.year;

    // The records, and the indexes kept up to date as they grow: new records
    // come last in the record order, and the references the author's works
    // gained are to new IDs.
    const QString created = QStringLiteral("2025-10-20T00:00:00.000000");
    for (qsizetype i = 0; i < seeds.size(); ++i) {
        QJsonArray list;
        for (const QString &r : std::as_const(seedReferences.at(i)))
            list.append(url(r));
        QJsonObject &record = m_works[seeds.at(i)];
        record.insert(QStringLiteral("referenced_works"), list);
        record.insert(QStringLiteral("referenced_works_count"), int(list.size()));
        for (const QString &r : std::as_const(seedAdded.at(i)))
            m_citedBy[r] << seeds.at(i);
    }
    for (const GeneratedWork &g : std::as_const(works)) {
        const QList<int> citerYears = newCiters.value(g.id);
        QMap<int, int> byYear;
        for (int y : citerYears)
            if (y >= 2012)
                ++byYear[y];
        QJsonArray countsByYear;
        for (auto y = byYear.cend(); y != byYear.cbegin();) {
            --y;
            countsByYear.append(QJsonObject{{QStringLiteral("year"), y.key()}, {QStringLiteral("cited_by_count"), y.value()}});
        }
        QStringList authors;
        m_works.insert(g.id, citationRecord(g, rng, created, int(citerYears.size()), countsByYear, &authors));
        m_workPos.insert(g.id, int(m_workOrder.size()));
        m_workOrder << g.id;
        for (const QString &r : g.references)
            m_citedBy[r] << g.id;
        for (const QString &a : std::as_const(authors))
            m_worksByAuthor[a] << g.id;
    }

    // The author's works' counts follow; their updated_date moves when the count does.
    bool authorChanged = false;
    for (const QString &w : seeds)
        if (setCitedByCount(w, int(m_citedBy.value(w).size()))) {
            m_works[w].insert(QStringLiteral("updated_date"), nextDate());
            authorChanged = true;
        }
    if (authorChanged)
        touchAuthor(authorId);
    m_citationGenerated.insert(authorId, generated);
    return citationShapeLocked(authorId);
}

FakeOpenAlexServer::CitationShape FakeOpenAlexServer::citationShape(const QString &authorId) const
{
    QMutexLocker lock(&m_mutex);
    return citationShapeLocked(authorId);
}

FakeOpenAlexServer::CitationShape FakeOpenAlexServer::citationShapeLocked(const QString &authorId) const
{
    rebuildIndex();
    CitationShape shape = m_citationGenerated.value(authorId);
    shape.authorId = authorId;
    QSet<QString> referenced;
    QSet<QString> citing;
    for (const QString &w : m_worksByAuthor.value(authorId)) {
        if (!m_works.value(w).contains(QLatin1String("referenced_works"))) {
            ++shape.seedsWithoutReferenceKey;
        } else {
            const QStringList refs = referencesOf(w);
            ++(refs.isEmpty() ? shape.seedsWithoutReferences : shape.seedsWithReferences);
            shape.referenceLinks += int(refs.size());
            for (const QString &r : refs)
                referenced.insert(r);
        }
        const QStringList citers = m_citedBy.value(w);
        shape.citationLinks += int(citers.size());
        for (const QString &c : citers)
            citing.insert(c);
    }
    shape.referencedIds = QStringList(referenced.cbegin(), referenced.cend());
    shape.referencedIds.sort();
    for (const QString &r : std::as_const(shape.referencedIds))
        if (!m_works.contains(r))
            shape.unknownReferenceIds << r;
    shape.citingIds = QStringList(citing.cbegin(), citing.cend());
    shape.citingIds.sort();
    return shape;
}

QString FakeOpenAlexServer::addCitingWork(const QString &workId)
{
    QMutexLocker lock(&m_mutex);
    auto target = m_works.find(workId);
    if (target == m_works.end())
        return {};
    rebuildIndex();
    ++m_citationWorks;
    GeneratedWork g;
    g.id = QStringLiteral("W70%1").arg(m_citationWorks, 8, 10, QLatin1Char('0'));
    g.number = m_citationWorks;
    g.citing = true;
    g.year = 2025;
    g.references << workId;
    Rng rng(quint64(m_citationWorks) * 31 + 17);
    QStringList authors;
    m_works.insert(g.id, citationRecord(g, rng, nextDate(), 0, QJsonArray{}, &authors));
    m_workOrder << g.id;
    // The indexes follow without a rebuild: the new work is the last record.
    m_workPos.insert(g.id, int(m_workOrder.size()) - 1);
    m_citedBy[workId] << g.id;
    for (const QString &a : std::as_const(authors))
        m_worksByAuthor[a] << g.id;

    target = m_works.find(workId);
    target->insert(QStringLiteral("cited_by_count"), target->value(QLatin1String("cited_by_count")).toInt() + 1);
    if (target->contains(QLatin1String("counts_by_year"))) {
        QJsonArray counts = target->value(QLatin1String("counts_by_year")).toArray();
        bool found = false;
        for (qsizetype i = 0; i < counts.size() && !found; ++i) {
            QJsonObject entry = counts.at(i).toObject();
            if (entry.value(QLatin1String("year")).toInt() == g.year) {
                entry.insert(QStringLiteral("cited_by_count"), entry.value(QLatin1String("cited_by_count")).toInt() + 1);
                counts[i] = entry;
                found = true;
            }
        }
        if (!found)
            counts.prepend(QJsonObject{{QStringLiteral("year"), g.year}, {QStringLiteral("cited_by_count"), 1}});
        target->insert(QStringLiteral("counts_by_year"), counts);
    }
    target->insert(QStringLiteral("updated_date"), nextDate());
    for (auto a = m_worksByAuthor.cbegin(); a != m_worksByAuthor.cend(); ++a)
        if (a.value().contains(workId))
            touchAuthor(a.key());
    return g.id;
}

QString FakeOpenAlexServer::citationFixturesDir()
{
    return QDir::cleanPath(fixturesDir() + QStringLiteral("/../citations"));
}

void FakeOpenAlexServer::loadCitationFixtures()
{
    auto load = [](const QString &name) {
        QFile f(QDir(citationFixturesDir()).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("FakeOpenAlexServer: cannot read the citation fixture %s", qPrintable(f.fileName()));
        return QJsonDocument::fromJson(f.readAll()).object();
    };
    QMutexLocker lock(&m_mutex);
    auto add = [this](const QJsonObject &w) {
        const QString id = ids::normalizeOpenAlexId(w.value(QLatin1String("id")).toString());
        if (id.isEmpty())
            return id;
        if (!m_works.contains(id))
            m_workOrder << id;
        m_works.insert(id, w);
        return id;
    };
    for (const QString &name : {QStringLiteral("seed_work_W2168909179.json"), QStringLiteral("seed_work_W2138270253.json"),
                                QStringLiteral("seed_work_W1775749144_via_pmid_select_all.json")})
        add(load(name));
    QStringList references;
    for (const QJsonValue &v : load(QStringLiteral("cited_by_W2766808518_perpage50_page1.json")).value(QLatin1String("results")).toArray())
        references << add(v.toObject());
    if (!m_works.contains(QStringLiteral("W2766808518")))
        m_referencesWithoutRecord.insert(QStringLiteral("W2766808518"), references);
    for (const QJsonValue &v : load(QStringLiteral("cites_W2741809807_perpage50_page1.json")).value(QLatin1String("results")).toArray())
        add(v.toObject());
    m_indexDirty = true;
}

QStringList FakeOpenAlexServer::worksOf(const QString &authorId) const
{
    QMutexLocker lock(&m_mutex);
    rebuildIndex();
    return m_worksByAuthor.value(authorId);
}

QStringList FakeOpenAlexServer::coauthorsOf(const QString &authorId) const
{
    QMutexLocker lock(&m_mutex);
    rebuildIndex();
    QSet<QString> out;
    for (const QString &w : m_worksByAuthor.value(authorId))
        for (const QJsonValue &v : m_works.value(w).value(QLatin1String("authorships")).toArray()) {
            const QString a = ids::normalizeOpenAlexId(v.toObject().value(QLatin1String("author")).toObject().value(QLatin1String("id")).toString());
            if (!a.isEmpty() && a != authorId)
                out.insert(a);
        }
    QStringList list(out.cbegin(), out.cend());
    list.sort();
    return list;
}

int FakeOpenAlexServer::truncatedWorksOf(const QString &authorId) const
{
    QMutexLocker lock(&m_mutex);
    rebuildIndex();
    int n = 0;
    for (const QString &w : m_worksByAuthor.value(authorId))
        n += m_works.value(w).value(QLatin1String("authorships")).toArray().size() > 100 ? 1 : 0;
    return n;
}

// -------------------------------------------------------- faults and log ---

void FakeOpenAlexServer::injectFault(Fault fault, int times, const QString &pathPrefix)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append({fault, times, pathPrefix});
}

void FakeOpenAlexServer::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

void FakeOpenAlexServer::setSlowDelay(int milliseconds)
{
    QMutexLocker lock(&m_mutex);
    m_slowDelayMs = milliseconds;
}

void FakeOpenAlexServer::setResponseDelay(int milliseconds)
{
    QMutexLocker lock(&m_mutex);
    m_responseDelayMs = milliseconds;
}

void FakeOpenAlexServer::setRetryAfterSeconds(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_retryAfterSeconds = seconds;
}

void FakeOpenAlexServer::setRequiredApiKey(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_requiredKey = key;
}

void FakeOpenAlexServer::setDailyBudgetUsd(double usd)
{
    QMutexLocker lock(&m_mutex);
    m_dailyBudgetUsd = usd;
    m_spentUsd = 0;
    m_chargedCalls = 0;
}

void FakeOpenAlexServer::setSecondsToReset(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_secondsToReset = seconds;
}

void FakeOpenAlexServer::resetDay()
{
    QMutexLocker lock(&m_mutex);
    m_spentUsd = 0;
    m_chargedCalls = 0;
}

double FakeOpenAlexServer::spentTodayUsd() const
{
    QMutexLocker lock(&m_mutex);
    return m_spentUsd;
}

int FakeOpenAlexServer::chargedCalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_chargedCalls;
}

int FakeOpenAlexServer::perSecondRejections() const
{
    QMutexLocker lock(&m_mutex);
    return m_perSecondRejections;
}

void FakeOpenAlexServer::setPerSecondLimit(int n)
{
    QMutexLocker lock(&m_mutex);
    m_perSecondLimit = qMax(0, n);
}

void FakeOpenAlexServer::setRateLimitShape(RateLimitShape shape)
{
    QMutexLocker lock(&m_mutex);
    m_rateLimitShape = shape;
}

void FakeOpenAlexServer::setPrices(double listUsd, double searchUsd)
{
    QMutexLocker lock(&m_mutex);
    m_listPriceUsd = listUsd;
    m_searchPriceUsd = searchUsd;
}

void FakeOpenAlexServer::setHeadersInCredits(bool credits)
{
    QMutexLocker lock(&m_mutex);
    m_headersInCredits = credits;
}

int FakeOpenAlexServer::secondsToReset() const
{
    if (m_secondsToReset >= 0)
        return m_secondsToReset;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return int(now.secsTo(QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC)));
}

int FakeOpenAlexServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_log.size());
}

int FakeOpenAlexServer::requestCount(const QString &pathPrefix) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const LoggedRequest &r : m_log)
        n += r.path.startsWith(pathPrefix) ? 1 : 0;
    return n;
}

QList<FakeOpenAlexServer::LoggedRequest> FakeOpenAlexServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

void FakeOpenAlexServer::resetRequests()
{
    QMutexLocker lock(&m_mutex);
    m_log.clear();
    m_maxInFlight = 0;
}

int FakeOpenAlexServer::maxConcurrent() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxInFlight;
}

void FakeOpenAlexServer::requestDone()
{
    QMutexLocker lock(&m_mutex);
    --m_inFlight;
}

// ---------------------------------------------------------------- answers ---

FakeOpenAlexServer::Response FakeOpenAlexServer::json(const QJsonObject &object, int code)
{
    Response r;
    r.code = code;
    r.reason = reasonFor(code);
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
    return r;
}

FakeOpenAlexServer::Response FakeOpenAlexServer::handle(const QByteArray &method, const QByteArray &target, const QByteArray &userAgent)
{
    QMutexLocker lock(&m_mutex);
    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    LoggedRequest logged;
    logged.target = target;
    logged.userAgent = userAgent;
    const qsizetype q = target.indexOf('?');
    logged.path = QString::fromUtf8(QByteArray::fromPercentEncoding(q < 0 ? target : target.left(q)));
    if (q >= 0)
        for (const QByteArray &pair : target.mid(q + 1).split('&')) {
            const qsizetype eq = pair.indexOf('=');
            logged.query.insert(formDecode(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : formDecode(pair.mid(eq + 1)));
        }
    m_log << logged;

    // Per wall-clock second, as a service counting requests per second would.
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    if (second != m_currentSecond) {
        m_currentSecond = second;
        m_requestsThisSecond = 0;
    }
    ++m_requestsThisSecond;

    Response r;
    double price = 0;
    if (method != "GET") {
        r = json({{QStringLiteral("error"), QStringLiteral("method not allowed")}}, 400);
    } else if (m_perSecondLimit > 0 && m_requestsThisSecond > m_perSecondLimit) {
        ++m_perSecondRejections;
        r = applyFault(Fault::PerSecondLimit, {});
    } else if (!m_requiredKey.isEmpty() && logged.query.value(QStringLiteral("api_key")) != m_requiredKey) {
        r = json({{QStringLiteral("error"), QStringLiteral("Unauthorized")}, {QStringLiteral("message"), QStringLiteral("Invalid or missing API key")}}, 401);
    } else {
        r = contractViolation(logged.path, logged.query);
        if (r.code == 0) {
            price = priceOf(logged.path, logged.query);
            if (price > 0 && m_spentUsd + price > m_dailyBudgetUsd + 1e-9) {
                r = budgetAnswer(QStringLiteral("This request costs $%1 but $%2 of today's budget is left. The budget resets at midnight UTC.")
                                     .arg(price, 0, 'f', 4).arg(qMax(0.0, m_dailyBudgetUsd - m_spentUsd), 0, 'f', 4), 429);
                price = 0;
            } else {
                m_currentPrice = price;
                r = route(logged.path, logged.query);
            }
        }
    }
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        const bool exact = it->pathPrefix.endsWith(u'$');
        const bool matches = exact ? logged.path == it->pathPrefix.chopped(1) : logged.path.startsWith(it->pathPrefix);
        if (it->remaining == 0 || !matches)
            continue;
        if (it->remaining > 0)
            --it->remaining;
        r = applyFault(it->fault, r);
        break;
    }
    // Charged only for what was answered.
    if (price > 0 && r.code >= 200 && r.code < 300) {
        m_spentUsd += price;
        ++m_chargedCalls;
    } else {
        price = 0;
    }
    addRateLimitHeaders(r, price);
    r.delayMs += m_responseDelayMs;
    return r;
}

void FakeOpenAlexServer::addRateLimitHeaders(Response &r, double callCost) const
{
    auto has = [&r](const QByteArray &name) {
        for (const auto &h : std::as_const(r.headers))
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    auto add = [&](const QByteArray &name, const QByteArray &value) {
        if (!has(name))
            r.headers << qMakePair(name, value);
    };
    // 100,000 credits were the $1 free day.
    auto amount = [this](double usd) {
        return m_headersInCredits ? QByteArray::number(qRound64(usd * 100000)) : QByteArray::number(usd, 'f', 4);
    };
    add("X-RateLimit-Limit", amount(m_dailyBudgetUsd));
    add("X-RateLimit-Remaining", amount(qMax(0.0, m_dailyBudgetUsd - m_spentUsd)));
    add("X-RateLimit-Credits-Used", amount(callCost));
    add("X-RateLimit-Reset", QByteArray::number(secondsToReset()));
}

double FakeOpenAlexServer::priceOf(const QString &path, const QHash<QString, QString> &query) const
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    if (segments.size() != 1 || segments.first() == QLatin1String("rate-limit") || segments.first() == QLatin1String("autocomplete"))
        return 0;
    for (auto it = query.cbegin(); it != query.cend(); ++it)
        if (it.key() == QLatin1String("search") || it.key().startsWith(QLatin1String("search.")))
            return m_searchPriceUsd;
    for (const QString &part : query.value(QStringLiteral("filter")).split(u',', Qt::SkipEmptyParts))
        if (part.section(u':', 0, 0).endsWith(QLatin1String(".search")))
            return m_searchPriceUsd;
    return m_listPriceUsd;
}

FakeOpenAlexServer::Response FakeOpenAlexServer::contractViolation(const QString &path, const QHash<QString, QString> &query)
{
    auto invalid = [this](const QString &message) {
        return json(
            {{QStringLiteral("error"), QStringLiteral("Invalid query parameters error.")}, {QStringLiteral("message"), message}}, 400);
    };
    int perPage = 25;
    for (const QString &name : {QStringLiteral("per_page"), QStringLiteral("per-page")}) {
        if (!query.contains(name))
            continue;
        bool ok = false;
        const int value = query.value(name).toInt(&ok);
        if (!ok || value < 1)
            return invalid(QStringLiteral("%1 is %2, but it must be a number from 1 to 100.").arg(name, query.value(name)));
        if (value > 100)
            return invalid(QStringLiteral("%1 is %2, but 100 is the supported maximum. Use cursor paging to go through larger result sets.")
                               .arg(name).arg(value));
        perPage = value;
    }
    if (query.contains(QStringLiteral("page"))) {
        bool ok = false;
        const qint64 page = query.value(QStringLiteral("page")).toLongLong(&ok);
        if (!ok || page < 1)
            return invalid(QStringLiteral("page is %1, but it must be a positive number.").arg(query.value(QStringLiteral("page"))));
        if (page * perPage > 10000)
            return invalid(QStringLiteral("Maximum results size of 10,000 records is exceeded. Basic paging (page=) ends at 10,000 results: "
                                          "use cursor paging (cursor=*) to go beyond."));
    }
    for (const QString &part : query.value(QStringLiteral("filter")).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype values = part.mid(part.indexOf(u':') + 1).split(u'|', Qt::SkipEmptyParts).size();
        if (values > 100)
            return invalid(QStringLiteral("The filter %1 has %2 values joined by OR, but 100 is the maximum.").arg(part.section(u':', 0, 0)).arg(values));
    }
    if (query.contains(QStringLiteral("select")) && (path == QLatin1String("/works") || path.startsWith(QLatin1String("/works/")))) {
        for (const QString &field : query.value(QStringLiteral("select")).split(u',', Qt::SkipEmptyParts))
            if (!workSelectFields().contains(field.trimmed()))
                return invalid(QStringLiteral("%1 is not a valid select field. Select takes top-level fields of the work object, "
                                              "such as id, display_name or referenced_works; nested fields cannot be selected.")
                                   .arg(field));
    }
    Response fine;
    fine.code = 0;
    return fine;
}

FakeOpenAlexServer::Response FakeOpenAlexServer::budgetAnswer(const QString &message, int code)
{
    Response r = json({{QStringLiteral("error"), QStringLiteral("Insufficient budget")}, {QStringLiteral("message"), message}}, code);
    r.headers << qMakePair(QByteArray("Retry-After"), QByteArray::number(secondsToReset()))
              << qMakePair(QByteArray("X-RateLimit-Remaining"), QByteArray("0"));
    return r;
}

FakeOpenAlexServer::Response FakeOpenAlexServer::applyFault(Fault fault, Response normal)
{
    auto html = [](int code, const QByteArray &body) {
        Response r;
        r.code = code;
        r.reason = reasonFor(code);
        r.body = body;
        r.headers << qMakePair(QByteArray("Content-Type"), QByteArray("text/html; charset=utf-8"));
        return r;
    };
    switch (fault) {
    case Fault::RateLimitJson:
        return json({{QStringLiteral("error"), QStringLiteral("Rate limit exceeded")},
                     {QStringLiteral("message"), QStringLiteral("Too many requests, slow down.")},
                     {QStringLiteral("retryAfter"), m_retryAfterSeconds}}, 429);
    case Fault::RateLimitHtml: {
        Response r = html(429, "<html><head><title>429 Too Many Requests</title></head><body><h1>Too Many Requests</h1></body></html>");
        r.headers << qMakePair(QByteArray("Retry-After"), QByteArray::number(m_retryAfterSeconds));
        return r;
    }
    case Fault::ServerError:
        return json({{QStringLiteral("error"), QStringLiteral("Internal Server Error")}}, 500);
    case Fault::ServiceUnavailable:
        return html(503, "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>");
    case Fault::Slow:
        normal.delayMs += m_slowDelayMs;
        return normal;
    case Fault::TruncatedBody:
        normal.delivery = Response::Delivery::Truncated;
        return normal;
    case Fault::DroppedConnection:
        normal.delivery = Response::Delivery::Drop;
        return normal;
    case Fault::MalformedJson:
        normal.body = normal.body.left(qMax<qsizetype>(1, normal.body.size() * 3 / 5)) + "\"}]";
        return normal;
    case Fault::Unauthorized:
        return json({{QStringLiteral("error"), QStringLiteral("Unauthorized")},
                     {QStringLiteral("message"), QStringLiteral("Invalid or missing API key")}}, 401);
    case Fault::PlanUpgradeRequired:
        return json({{QStringLiteral("error"), QStringLiteral("Plan upgrade required")},
                     {QStringLiteral("message"), QStringLiteral("Plan upgrade required: this query is not included in your plan.")}}, 429);
    case Fault::BudgetSpent:
        return budgetAnswer(QStringLiteral("Insufficient budget: today's daily budget of this API key is spent. It resets at midnight UTC."), 429);
    case Fault::PerSecondLimit: {
        Response r = json({{QStringLiteral("error"), QStringLiteral("Rate limit exceeded")},
                           {QStringLiteral("message"), QStringLiteral("Too many requests per second")}}, 429);
        r.headers << qMakePair(QByteArray("Retry-After"), QByteArray("1"))
                  << qMakePair(QByteArray("X-RateLimit-Remaining"), QByteArray("0"));
        return r;
    }
    case Fault::RateLimit403: {
        Response r = json({{QStringLiteral("error"), QStringLiteral("Forbidden")},
                           {QStringLiteral("message"), QStringLiteral("Rate limit exceeded; slow down.")}}, 403);
        r.headers << qMakePair(QByteArray("Retry-After"), QByteArray::number(m_retryAfterSeconds));
        return r;
    }
    }
    return normal;
}

QJsonObject FakeOpenAlexServer::workForList(const QJsonObject &work) const
{
    QJsonArray authorships = work.value(QLatin1String("authorships")).toArray();
    if (authorships.size() <= 100)
        return work;
    QJsonObject cut = work;
    while (authorships.size() > 100)
        authorships.removeLast();
    cut.insert(QStringLiteral("authorships"), authorships);
    cut.insert(QStringLiteral("is_authors_truncated"), true);
    return cut;
}

FakeOpenAlexServer::Response FakeOpenAlexServer::listPage(QList<QJsonObject> items, const QHash<QString, QString> &query, bool truncateAuthorships)
{
    // Checked against the contract before: at most 100.
    const int perPage = qBound(1, query.value(QStringLiteral("per_page"), query.value(QStringLiteral("per-page"), QStringLiteral("25"))).toInt(), 100);
    const QString cursor = query.value(QStringLiteral("cursor"));
    const int page = cursor.isEmpty() ? qMax(1, query.value(QStringLiteral("page"), QStringLiteral("1")).toInt()) : 0;
    int offset = cursor.isEmpty() ? (page - 1) * perPage : 0;
    if (!cursor.isEmpty() && cursor != QLatin1String("*")) {
        if (!cursor.startsWith(kCursorHead) || !cursor.endsWith(kCursorTail))
            return json({{QStringLiteral("error"), QStringLiteral("Invalid query parameters error.")},
                         {QStringLiteral("message"), QStringLiteral("cursor is not valid")}}, 400);
        offset = cursor.mid(kCursorHead.size(), cursor.size() - kCursorHead.size() - kCursorTail.size()).toInt();
    }
    QStringList select;
    if (query.contains(QStringLiteral("select")))
        select = query.value(QStringLiteral("select")).split(u',', Qt::SkipEmptyParts);
    QJsonArray results;
    for (int i = offset; i < qMin(int(items.size()), offset + perPage); ++i) {
        QJsonObject o = truncateAuthorships ? workForList(items.at(i)) : items.at(i);
        if (!select.isEmpty())
            o = selectFields(o, select);
        results.append(o);
    }
    QJsonObject meta{{QStringLiteral("count"), int(items.size())}, {QStringLiteral("db_response_time_ms"), 3},
                     {QStringLiteral("page"), page > 0 ? QJsonValue(page) : QJsonValue()}, {QStringLiteral("per_page"), perPage},
                     {QStringLiteral("groups_count"), QJsonValue()}, {QStringLiteral("cost_usd"), m_currentPrice}};
    if (!cursor.isEmpty()) {
        const int next = offset + perPage;
        meta.insert(QStringLiteral("next_cursor"), next < items.size() ? QJsonValue(QString(kCursorHead + QString::number(next) + kCursorTail)) : QJsonValue());
    }
    return json({{QStringLiteral("meta"), meta}, {QStringLiteral("results"), results}, {QStringLiteral("group_by"), QJsonArray{}}});
}

FakeOpenAlexServer::Response FakeOpenAlexServer::route(const QString &path, const QHash<QString, QString> &query)
{
    const QJsonObject notFound{{QStringLiteral("error"), QStringLiteral("Not Found")},
                               {QStringLiteral("message"), QStringLiteral("The requested entity does not exist.")}};
    QHash<QString, QStringList> filters;
    for (const QString &part : query.value(QStringLiteral("filter")).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        QStringList values;
        for (const QString &v : part.mid(colon + 1).split(u'|', Qt::SkipEmptyParts))
            values << ids::normalizeOpenAlexId(v);
        filters.insert(part.left(colon), values);
    }

    if (path.startsWith(QLatin1String("/authors/"))) {
        const QString key = path.mid(9);
        if (key.contains(QLatin1String("orcid"), Qt::CaseInsensitive)) {
            const QString orcid = ids::normalizeOrcid(key.section(u':', 1).isEmpty() ? key : key.mid(key.indexOf(u':') + 1));
            for (const QJsonObject &a : std::as_const(m_authors))
                if (!orcid.isEmpty() && ids::normalizeOrcid(a.value(QLatin1String("orcid")).toString()) == orcid)
                    return json(a);
            return json(notFound, 404);
        }
        const QString id = ids::normalizeOpenAlexId(key);
        if (m_merged.contains(id)) {
            Response r = json({{QStringLiteral("moved"), m_merged.value(id)}}, 301);
            r.headers << qMakePair(QByteArray("Location"), QStringLiteral("http://127.0.0.1:%1/authors/%2").arg(m_port).arg(m_merged.value(id)).toUtf8());
            return r;
        }
        if (!m_authors.contains(id))
            return json(notFound, 404);
        return json(m_authors.value(id));
    }
    if (path.startsWith(QLatin1String("/works/"))) {
        const QString id = ids::normalizeOpenAlexId(path.mid(7));
        if (m_mergedWorks.contains(id)) {
            Response r = json({{QStringLiteral("moved"), m_mergedWorks.value(id)}}, 301);
            r.headers << qMakePair(QByteArray("Location"), QStringLiteral("http://127.0.0.1:%1/works/%2").arg(m_port).arg(m_mergedWorks.value(id)).toUtf8());
            return r;
        }
        if (!m_works.contains(id))
            return json(notFound, 404);
        QJsonObject w = m_works.value(id);
        w.insert(QStringLiteral("is_authors_truncated"), false);
        if (query.contains(QStringLiteral("select")))
            w = selectFields(w, query.value(QStringLiteral("select")).split(u',', Qt::SkipEmptyParts));
        return json(w);
    }
    if (path == QLatin1String("/authors")) {
        QList<QJsonObject> items;
        for (const QString &id : filters.value(QStringLiteral("openalex")) + filters.value(QStringLiteral("ids.openalex")))
            if (m_authors.contains(id))
                items << m_authors.value(id);
        return listPage(items, query, false);
    }
    if (path == QLatin1String("/works")) {
        rebuildIndex();
        QList<QJsonObject> items;
        QSet<QString> seen;
        const QStringList byAuthor = filters.value(QStringLiteral("author.id")) + filters.value(QStringLiteral("authorships.author.id"));
        const bool byCites = filters.contains(QStringLiteral("cites"));
        const bool byCitedBy = filters.contains(QStringLiteral("cited_by"));
        if (!byAuthor.isEmpty() && !byCites && !byCitedBy) {
            QSet<QString> wanted;
            for (const QString &a : byAuthor)
                for (const QString &w : m_worksByAuthor.value(a))
                    wanted.insert(w);
            for (const QString &w : std::as_const(m_workOrder))
                if (wanted.contains(w))
                    items << m_works.value(w);
        } else if (byCites || byCitedBy) {
            // Through the index, in record order; filters AND, values OR.
            std::optional<QSet<QString>> wanted;
            auto restrict = [&wanted](const QSet<QString> &ids) {
                if (!wanted)
                    wanted = ids;
                else
                    wanted->intersect(ids);
            };
            if (byCites) {
                QSet<QString> ids;
                for (const QString &cited : filters.value(QStringLiteral("cites")))
                    for (const QString &w : m_citedBy.value(cited))
                        ids.insert(w);
                restrict(ids);
            }
            if (byCitedBy) {
                QSet<QString> ids;
                for (const QString &citing : filters.value(QStringLiteral("cited_by")))
                    for (const QString &w : referencesOf(citing))
                        ids.insert(w);
                restrict(ids);
            }
            if (!byAuthor.isEmpty()) {
                QSet<QString> ids;
                for (const QString &a : byAuthor)
                    for (const QString &w : m_worksByAuthor.value(a))
                        ids.insert(w);
                restrict(ids);
            }
            const QStringList batch = filters.value(QStringLiteral("openalex")) + filters.value(QStringLiteral("ids.openalex"));
            if (filters.contains(QStringLiteral("openalex")) || filters.contains(QStringLiteral("ids.openalex")))
                restrict(QSet<QString>(batch.cbegin(), batch.cend()));
            items = orderedRecords(*wanted);
        } else {
            for (const QString &id : filters.value(QStringLiteral("openalex")) + filters.value(QStringLiteral("ids.openalex")))
                if (m_works.contains(id) && !seen.contains(id)) {
                    seen.insert(id);
                    items << m_works.value(id);
                }
        }
        return listPage(items, query, true);
    }
    if (path == QLatin1String("/rate-limit")) {
        const double left = qMax(0.0, m_dailyBudgetUsd - m_spentUsd);
        const int resetsIn = secondsToReset();
        switch (m_rateLimitShape) {
        case RateLimitShape::Nested:
            return json({{QStringLiteral("api_key"), QString(QStringLiteral("***") + query.value(QStringLiteral("api_key")).right(3))},
                         {QStringLiteral("rate_limit"), QJsonObject{{QStringLiteral("daily_budget_usd"), m_dailyBudgetUsd},
                                                                    {QStringLiteral("daily_used_usd"), m_spentUsd},
                                                                    {QStringLiteral("daily_remaining_usd"), left},
                                                                    {QStringLiteral("prepaid_remaining_usd"), 0.0},
                                                                    {QStringLiteral("resets_in_seconds"), resetsIn},
                                                                    {QStringLiteral("resets_at"), QDateTime::currentDateTimeUtc().addSecs(resetsIn).toString(Qt::ISODate)}}}});
        case RateLimitShape::TopLevelStrings:
            return json({{QStringLiteral("daily_budget_usd"), QString::number(m_dailyBudgetUsd, 'f', 4)},
                         {QStringLiteral("daily_used_usd"), QString::number(m_spentUsd, 'f', 4)},
                         {QStringLiteral("daily_remaining_usd"), QString::number(left, 'f', 4)},
                         {QStringLiteral("prepaid_remaining_usd"), QStringLiteral("2.5000")},
                         {QStringLiteral("resets_in_seconds"), QString::number(resetsIn)}});
        case RateLimitShape::NoBudgetFields:
            return json({{QStringLiteral("api_key"), QString(QStringLiteral("***") + query.value(QStringLiteral("api_key")).right(3))}});
        }
    }
    if (path == QLatin1String("/autocomplete/authors")) {
        const QString q = query.value(QStringLiteral("q")).trimmed();
        QJsonArray results;
        QStringList keys = m_authors.keys();
        keys.sort();
        for (const QString &id : std::as_const(keys)) {
            const QJsonObject a = m_authors.value(id);
            const QString name = a.value(QLatin1String("display_name")).toString();
            if (q.isEmpty() || !name.contains(q, Qt::CaseInsensitive))
                continue;
            const QJsonArray inst = a.value(QLatin1String("last_known_institutions")).toArray();
            QJsonObject hit;
            hit.insert(QStringLiteral("id"), url(id));
            hit.insert(QStringLiteral("short_id"), QString(QStringLiteral("authors/") + id));
            hit.insert(QStringLiteral("display_name"), name);
            hit.insert(QStringLiteral("hint"), inst.isEmpty() ? QJsonValue() : inst.first().toObject().value(QLatin1String("display_name")));
            hit.insert(QStringLiteral("cited_by_count"), a.value(QLatin1String("cited_by_count")));
            hit.insert(QStringLiteral("works_count"), a.value(QLatin1String("works_count")));
            hit.insert(QStringLiteral("entity_type"), QStringLiteral("author"));
            hit.insert(QStringLiteral("external_id"), a.value(QLatin1String("orcid")));
            results.append(hit);
            if (results.size() >= 10)
                break;
        }
        return json({{QStringLiteral("meta"), QJsonObject{{QStringLiteral("count"), int(results.size())}, {QStringLiteral("db_response_time_ms"), 2},
                                                          {QStringLiteral("page"), 1}, {QStringLiteral("per_page"), 10}}},
                     {QStringLiteral("results"), results}});
    }
    return json(notFound, 404);
}

} // namespace peerscope::test
