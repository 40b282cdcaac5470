// The console's command line: parsing, and the real binary with no display.
#include "app/CommandLine.h"
#include "support/TestMain.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

using ktc::app::CommandLine;
using ktc::app::parseCommandLine;

namespace {
QString consoleExecutable()
{
    return QFileInfo(QStringLiteral(KTC_SANDBOX_EXE)).dir().filePath(QStringLiteral("kestra-tenant-console"));
}

// Runs the console with no display at all: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM.
struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out, err;
};

Run runHeadless(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QString::fromLatin1(name));
    p.setProcessEnvironment(env);
    p.start(consoleExecutable(), args);
    Run r;
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void parsesOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QString>("profile");
        const QString exe = QStringLiteral("kestra-tenant-console");
        QTest::newRow("nothing") << QStringList { exe } << int(CommandLine::Action::Run) << false << QString();
        QTest::newRow("demo") << QStringList { exe, QStringLiteral("--demo") } << int(CommandLine::Action::Run) << true
                              << QString();
        QTest::newRow("profile") << QStringList { exe, QStringLiteral("--profile"), QStringLiteral("Prod") }
                                 << int(CommandLine::Action::Run) << false << QStringLiteral("Prod");
        QTest::newRow("help") << QStringList { exe, QStringLiteral("--help") } << int(CommandLine::Action::ShowHelp)
                              << false << QString();
        QTest::newRow("version") << QStringList { exe, QStringLiteral("--version") }
                                 << int(CommandLine::Action::ShowVersion) << false << QString();
        QTest::newRow("unknown option") << QStringList { exe, QStringLiteral("--bogus") }
                                        << int(CommandLine::Action::Error) << false << QString();
        QTest::newRow("missing profile value") << QStringList { exe, QStringLiteral("--profile") }
                                               << int(CommandLine::Action::Error) << false << QString();
        QTest::newRow("stray argument") << QStringList { exe, QStringLiteral("extra") }
                                        << int(CommandLine::Action::Error) << false << QString();
        QTest::newRow("demo and profile") << QStringList { exe, QStringLiteral("--demo"), QStringLiteral("--profile"),
                                                           QStringLiteral("x") }
                                          << int(CommandLine::Action::Error) << false << QString();
    }
    void parsesOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(int, action);
        QFETCH(bool, demo);
        QFETCH(QString, profile);
        const CommandLine cli = parseCommandLine(args);
        QCOMPARE(int(cli.action), action);
        if (cli.action == CommandLine::Action::Run) {
            QCOMPARE(cli.demo, demo);
            QCOMPARE(cli.profileName, profile);
        }
        if (cli.action == CommandLine::Action::Error)
            QVERIFY(!cli.text.isEmpty());
    }

    void versionWorksWithoutDisplay()
    {
        const Run r = runHeadless({ QStringLiteral("--version") });
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("kestra-tenant-console " KTC_VERSION));
    }

    void helpWorksWithoutDisplay()
    {
        const Run r = runHeadless({ QStringLiteral("--help") });
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        for (const char* option : { "--demo", "--profile", "--version", "--help" })
            QVERIFY2(r.out.contains(option), option);
    }

    void withoutDisplayFailsWithOneLine()
    {
        const Run r = runHeadless({});
        QCOMPARE(r.status, QProcess::NormalExit); // an exit, not an abort
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("no display"));
    }

    void badOptionFails()
    {
        const Run r = runHeadless({ QStringLiteral("--no-such-option") });
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no-such-option"));
    }
};

KTC_TEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
