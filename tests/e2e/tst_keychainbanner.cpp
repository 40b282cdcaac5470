// With no usable Secret Service, the console says "credentials will not be remembered: <reason>"
// and the session goes on with the secret in memory; nothing is written in clear instead.
#include "ConsoleHarness.h"
#include "secrets/FallbackCredentialStore.h"
#include "secrets/KeychainCredentialStore.h"
#include "support/SandboxProcess.h"
#include "support/TestMain.h"
#include "ui/ConnectionDialog.h"
#include "ui/MainWindow.h"
#include "ui/TenantListPanel.h"

#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>

using namespace ktc;
using ktc::test::ConsoleHarness;
using ktc::test::SandboxProcess;

namespace {
// Before anything touches D-Bus: this process has no session bus at all.
const bool kNoBus = [] {
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    return true;
}();

bool anyFileContains(const QString& dir, const QByteArray& needle)
{
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}
} // namespace

class TestKeychainBanner : public QObject
{
    Q_OBJECT
private slots:
    void unavailableKeychainShowsBannerAndSessionGoesOn()
    {
        QVERIFY(kNoBus);
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        ConsoleHarness console(QProcessEnvironment(),
                               std::make_unique<FallbackCredentialStore>(std::make_unique<KeychainCredentialStore>(
                                   QStringLiteral("ktc-test-banner"), std::chrono::milliseconds(3000))));
        console.window().show();
        console.window().findChild<QPushButton*>(QStringLiteral("connectButton"))->click();
        ui::ConnectionDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = console.window().findChild<ui::ConnectionDialog*>()) != nullptr);
        dialog->activateWindow();
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("profileName")), QStringLiteral("Local"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("serverUrl")), sandbox.baseUrl().toString());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("userName")), sandbox.ownerEmail());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("secret")), sandbox.ownerPassword());
        QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("rememberSecret"))->property("checked").toBool());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("connectProfile")), Qt::LeftButton);

        // Connected anyway, and told plainly that nothing is remembered.
        QTRY_COMPARE_WITH_TIMEOUT(console.window().currentView(), ui::MainWindow::View::Tenants, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(console.window().bannerText().startsWith(QStringLiteral("Credentials will not be remembered: ")), 10000);
        QVERIFY(console.window().bannerText().size() > QStringLiteral("Credentials will not be remembered: ").size());
        QVERIFY(console.window().tenantList()->view()->model() != nullptr);
        // The profile is saved, its password is not, anywhere in the settings.
        QVERIFY(QFile(console.settingsPath()).exists());
        QVERIFY(!anyFileContains(QFileInfo(console.settingsPath()).absolutePath(), sandbox.ownerPassword().toUtf8()));
    }
};

KTC_TEST_MAIN(TestKeychainBanner)
#include "tst_keychainbanner.moc"
