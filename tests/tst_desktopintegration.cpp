// The desktop file and AppStream metainfo pass the standard validators; the
// project installs into a prefix and packs into a .deb whose binary runs.

#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class tst_DesktopIntegration : public QObject
{
    Q_OBJECT

private:
    static QString resource(const QString &name) { return QStringLiteral(PEERSCOPE_SOURCE_DIR "/resources/") + name; }

    static int run(const QString &program, const QStringList &args, QByteArray *output, int timeoutMs = 300000,
                   const QString &workingDir = {})
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (!workingDir.isEmpty())
            p.setWorkingDirectory(workingDir);
        p.start(program, args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        *output = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void desktopFile_passesDesktopFileValidate()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (tool.isEmpty())
            QSKIP("desktop-file-validate is not installed (package desktop-file-utils)");
        QByteArray out;
        QCOMPARE(run(tool, {resource(QStringLiteral("io.github.peerscope.Peerscope.desktop"))}, &out), 0);
        QVERIFY2(out.trimmed().isEmpty(), out.constData());
    }

    void metainfo_passesAppstreamValidation()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (tool.isEmpty())
            QSKIP("appstreamcli is not installed (package appstream)");
        QByteArray out;
        const int code = run(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
                                    resource(QStringLiteral("io.github.peerscope.Peerscope.metainfo.xml"))},
                             &out);
        QVERIFY2(code == 0, out.constData());
    }

    void install_placesBinaryDesktopFileMetainfoAndIcon()
    {
        QTemporaryDir prefix;
        QByteArray out;
        QCOMPARE(run(QStringLiteral("cmake"), {QStringLiteral("--install"), QStringLiteral(PEERSCOPE_BUILD_DIR),
                                               QStringLiteral("--prefix"), prefix.path()},
                     &out),
                 0);
        for (const char *file : {"bin/peerscope", "share/applications/io.github.peerscope.Peerscope.desktop",
                                 "share/metainfo/io.github.peerscope.Peerscope.metainfo.xml",
                                 "share/icons/hicolor/scalable/apps/io.github.peerscope.Peerscope.svg"})
            QVERIFY2(QFileInfo::exists(prefix.filePath(QLatin1String(file))), file);
        QCOMPARE(run(prefix.filePath(QStringLiteral("bin/peerscope")), {QStringLiteral("--version")}, &out), 0);
        QVERIFY(out.startsWith("peerscope "));
    }

    void deb_packsAndItsBinaryRuns()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dpkg-shlibdeps")).isEmpty())
            QSKIP("dpkg-shlibdeps is not installed (package dpkg-dev)");
        QTemporaryDir work;
        QByteArray out;
        const int code = run(QStringLiteral("cpack"), {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), work.path(),
                                                       QStringLiteral("--config"), QStringLiteral(PEERSCOPE_BUILD_DIR "/CPackConfig.cmake")},
                             &out, 600000, work.path());
        QVERIFY2(code == 0, out.constData());
        const QStringList debs = QDir(work.path()).entryList({QStringLiteral("peerscope_*.deb")});
        QCOMPARE(debs.size(), 1);
        const QString deb = work.filePath(debs.first());
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), deb, QStringLiteral("Package"), QStringLiteral("Depends")}, &out), 0);
        QVERIFY(out.contains("Package: peerscope"));
        QVERIFY2(out.contains("libqt6core6"), out.constData()); // shlibdeps worked
        const QString root = work.filePath(QStringLiteral("root"));
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb, root}, &out), 0);
        QCOMPARE(run(root + QStringLiteral("/usr/bin/peerscope"), {QStringLiteral("--version")}, &out), 0);
        QVERIFY(out.startsWith("peerscope 0."));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/usr/share/applications/io.github.peerscope.Peerscope.desktop")));
    }
};

QTEST_GUILESS_MAIN(tst_DesktopIntegration)
#include "tst_desktopintegration.moc"
