#include "cache/storagelocation.h"

#include <QObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace peerscope {

namespace {

bool hasServerScheme(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// A libpq conninfo value, quoted when it needs to be (QPSQL joins the
// options with spaces into one conninfo string).
QString conninfoValue(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.:/+-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(u'\\', QStringLiteral("\\\\"));
    quoted.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + quoted + u'\'';
}

} // namespace

bool StorageLocation::isServerUri(const QString &text)
{
    return hasServerScheme(text.trimmed());
}

StorageLocation StorageLocation::parse(const QString &text)
{
    StorageLocation location;
    location.m_text = text;
    if (!hasServerScheme(text.trimmed()))
        return location;
    location.m_kind = Kind::PostgreSql;
    location.m_text = text.trimmed();

    const QUrl url(location.m_text, QUrl::StrictMode);
    if (!url.isValid()) {
        // QUrl's message quotes the input, password and all: not shown.
        location.m_problem = QObject::tr("not a valid PostgreSQL connection URI");
        return location;
    }
    location.m_host = url.host(QUrl::FullyDecoded);
    location.m_port = url.port(-1);
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_password = url.password(QUrl::FullyDecoded);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    location.m_databaseName = path;
    if (path.contains(u'/'))
        location.m_problem = QObject::tr("the database name in a PostgreSQL URI cannot contain '/'");

    // Parameters libpq knows by name go where QPSQL wants them; the rest
    // are passed on as they are.
    static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!keyword.match(key).hasMatch() || value.contains(u';')) {
            location.m_problem = QObject::tr("the PostgreSQL URI parameter %1 is not valid").arg(key.left(40));
            continue;
        }
        if (key == QLatin1String("host"))
            location.m_host = value;
        else if (key == QLatin1String("port"))
            location.m_port = value.toInt();
        else if (key == QLatin1String("user"))
            location.m_user = value;
        else if (key == QLatin1String("password"))
            location.m_password = value;
        else if (key == QLatin1String("dbname"))
            location.m_databaseName = value;
        else
            options << key + u'=' + conninfoValue(value);
    }
    location.m_connectOptions = options.join(u';');
    return location;
}

QString StorageLocation::display() const
{
    if (m_kind == Kind::SqliteFile)
        return m_text;
    // Rebuilt from the parts, never from the text: nothing of the password
    // (in the authority or a parameter) can slip through.
    QString out = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        out += QString::fromUtf8(QUrl::toPercentEncoding(m_user)) + u'@';
    if (m_host.contains(u':'))
        out += u'[' + m_host + u']';
    else if (!m_host.startsWith(u'/'))
        out += m_host;
    if (m_port >= 0)
        out += u':' + QString::number(m_port);
    out += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(m_databaseName));
    QStringList params;
    if (m_host.startsWith(u'/'))
        params << QStringLiteral("host=") + m_host;
    if (!m_connectOptions.isEmpty())
        params << m_connectOptions.split(u';');
    if (!params.isEmpty())
        out += u'?' + params.join(u'&');
    return out;
}

} // namespace peerscope
