#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace peerscope::test {

QString fixturesDir()
{
    return QStringLiteral(PEERSCOPE_FIXTURES_DIR);
}

QString fixture(const QString &relativePath)
{
    return fixturesDir() + u'/' + relativePath;
}

QByteArray readFixture(const QString &relativePath)
{
    QFile f(fixture(relativePath));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

ProcessResult runPeerscope(const QStringList &args, const QString &home, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("OPENALEX_API_KEY"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PEERSCOPE_BINARY), args);
    ProcessResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace peerscope::test
