// --demo: the console starts kestra-sandbox as a child process on a free loopback port with the
// demo seed, connects to it as a throwaway instance owner and lists the demo tenants.
#include "ConsoleHarness.h"
#include "app/SandboxLauncher.h"
#include "secrets/MemoryCredentialStore.h"
#include "support/TestMain.h"
#include "ui/ConnectionStatus.h"
#include "ui/MainWindow.h"
#include "ui/TenantListPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTreeView>

using namespace ktc;
using ktc::test::ConsoleHarness;

class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void demoOptionOpensThePopulatedSandbox()
    {
        app::CommandLine cli;
        cli.demo = true;
        ConsoleHarness console(QProcessEnvironment(), std::make_unique<MemoryCredentialStore>(), cli);
        QTRY_COMPARE_WITH_TIMEOUT(console.window().currentView(), ui::MainWindow::View::Tenants, 30000);
        QVERIFY(console.root().sandbox()->isRunning());
        const QUrl url = console.root().sandbox()->baseUrl();
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1")); // loopback only
        QVERIFY(url.port() > 0);
        QTRY_COMPARE(console.window().tenantList()->view()->model()->rowCount(), 3);
        QVERIFY(console.window().connectionStatus()->identityText().contains(QStringLiteral("instance owner")));
        // The throwaway owner's password is not remembered anywhere.
        QFile settings(console.settingsPath());
        QVERIFY(!settings.open(QIODevice::ReadOnly) || !settings.readAll().contains(console.root().sandbox()->ownerPassword().utf8()));
    }

    void welcomePageButtonStartsTheDemo()
    {
        ConsoleHarness console(QProcessEnvironment(), std::make_unique<MemoryCredentialStore>());
        QCOMPARE(console.window().currentView(), ui::MainWindow::View::Welcome);
        auto* demo = console.window().findChild<QPushButton*>(QStringLiteral("demoButton"));
        QTest::mouseClick(demo, Qt::LeftButton);
        QVERIFY(!demo->isEnabled()); // busy while it starts
        QTRY_COMPARE_WITH_TIMEOUT(console.window().currentView(), ui::MainWindow::View::Tenants, 30000);
    }

    void sandboxDiesWithTheConsole()
    {
        // The console itself, killed with SIGKILL: no destructor runs, the sandbox must still go.
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        console.setProcessEnvironment(env);
        const QString exe = QFileInfo(QStringLiteral(KTC_SANDBOX_EXE)).dir().filePath(QStringLiteral("kestra-tenant-console"));
        console.start(exe, { QStringLiteral("--demo") });
        QVERIFY(console.waitForStarted());
        const QString parent = QString::number(console.processId());
        auto sandboxChildren = [&parent] {
            QProcess ps;
            ps.start(QStringLiteral("ps"), { QStringLiteral("-o"), QStringLiteral("pid="), QStringLiteral("--ppid"), parent });
            ps.waitForFinished();
            return QString::fromLatin1(ps.readAllStandardOutput()).trimmed();
        };
        QString child;
        QTRY_VERIFY_WITH_TIMEOUT(!(child = sandboxChildren()).isEmpty(), 20000);
        console.kill();
        QVERIFY(console.waitForFinished());
        // Gone, or a zombie waiting for whoever adopted it to reap it: either way not running.
        auto running = [&child] {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
            if (!stat.open(QIODevice::ReadOnly))
                return false;
            const QByteArray fields = stat.readAll();
            const qsizetype close = fields.lastIndexOf(')');
            return close > 0 && fields.size() > close + 2 && fields.at(close + 2) != 'Z';
        };
        QTRY_VERIFY_WITH_TIMEOUT(!running(), 10000);
    }

    void missingSandboxSaysSo()
    {
        app::SandboxLauncher launcher(QStringLiteral("/nonexistent/kestra-sandbox"));
        QSignalSpy failed(&launcher, &app::SandboxLauncher::failed);
        launcher.start();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("/nonexistent/kestra-sandbox")));
    }

    void stopEndsTheChildProcess()
    {
        app::SandboxLauncher launcher(QStringLiteral(KTC_SANDBOX_EXE));
        QSignalSpy ready(&launcher, &app::SandboxLauncher::ready);
        launcher.start(QStringLiteral("none"));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        QVERIFY(launcher.isRunning());
        launcher.stop();
        QVERIFY(!launcher.isRunning());
    }
};

KTC_TEST_MAIN(TestDemo)
#include "tst_demo.moc"
