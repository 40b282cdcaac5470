// The main window's frame: pages, actions, names, welcome page and banner, offscreen.
#include "support/TestMain.h"
#include "ui/ConnectionStatus.h"
#include "ui/MainWindow.h"
#include "ui/TenantListPanel.h"
#include "ui/TenantPagesWidget.h"
#include "ui/WelcomePage.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTreeView>

using ktc::ui::MainWindow;
using ktc::ui::TenantPagesWidget;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void hasTheSixPagesInOrder()
    {
        MainWindow window;
        auto* pages = window.tenantPages();
        const QStringList expected { QStringLiteral("Overview"), QStringLiteral("Users"),
                                     QStringLiteral("Service Accounts"), QStringLiteral("Groups"),
                                     QStringLiteral("Access"), QStringLiteral("Roles") };
        QCOMPARE(pages->count(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(pages->tabText(i), expected.at(i));
            QVERIFY(!pages->widget(i)->objectName().isEmpty());
        }
    }

    void replacingAPageKeepsOrderAndNames()
    {
        MainWindow window;
        auto* pages = window.tenantPages();
        auto* users = new QWidget;
        pages->setPage(TenantPagesWidget::Users, users);
        QCOMPARE(pages->count(), 6);
        QCOMPARE(pages->widget(TenantPagesWidget::Users), users);
        QCOMPARE(pages->tabText(TenantPagesWidget::Users), QStringLiteral("Users"));
        QCOMPARE(users->objectName(), QStringLiteral("usersPage"));
        QCOMPARE(users->accessibleName(), QStringLiteral("Users"));
    }

    void actionsHaveNamesAndShortcuts()
    {
        MainWindow window;
        QCOMPARE(window.newTenantAction()->text(), QStringLiteral("New tenant"));
        QCOMPARE(window.newTenantAction()->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(window.refreshAction()->text(), QStringLiteral("Refresh"));
        QVERIFY(window.refreshAction()->shortcuts().contains(QKeySequence(Qt::Key_F5)));
        QCOMPARE(window.deleteTenantAction()->text(), QStringLiteral("Delete tenant"));
        // Nothing to act on before a connection exists.
        QVERIFY(!window.newTenantAction()->isEnabled());
        QVERIFY(!window.deleteTenantAction()->isEnabled());
    }

    void tenantListIsNamed()
    {
        MainWindow window;
        QCOMPARE(window.tenantList()->view()->accessibleName(), QStringLiteral("Tenants"));
        QCOMPARE(window.tenantList()->searchField()->accessibleName(), QStringLiteral("Search tenants"));
    }

    void searchIsDebouncedIntoOneSignal()
    {
        MainWindow window;
        window.showView(MainWindow::View::Tenants);
        window.show();
        QSignalSpy spy(window.tenantList(), &ktc::ui::TenantListPanel::searchChanged);
        window.activateWindow();
        QTest::keyClicks(window.tenantList()->searchField(), QStringLiteral("acme"));
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("acme"));
    }

    void welcomeButtonsAreClickable()
    {
        MainWindow window;
        window.show();
        QCOMPARE(window.currentView(), MainWindow::View::Welcome);
        auto* connectButton = window.findChild<QPushButton*>(QStringLiteral("connectButton"));
        auto* demoButton = window.findChild<QPushButton*>(QStringLiteral("demoButton"));
        QVERIFY(connectButton && demoButton);
        QCOMPARE(connectButton->accessibleName(), QStringLiteral("Connect to a Kestra server"));
        QCOMPARE(demoButton->accessibleName(), QStringLiteral("Try the demo sandbox"));
        QSignalSpy connectSpy(window.welcomePage(), &ktc::ui::WelcomePage::connectRequested);
        QSignalSpy demoSpy(window.welcomePage(), &ktc::ui::WelcomePage::demoRequested);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTest::mouseClick(demoButton, Qt::LeftButton);
        QCOMPARE(connectSpy.count(), 1);
        QCOMPARE(demoSpy.count(), 1);
        window.welcomePage()->setBusy(true);
        QVERIFY(!demoButton->isEnabled());
    }

    void bannerShowsAndHides()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.bannerText().isEmpty());
        window.showBanner(QStringLiteral("credentials will not be remembered: no keychain"));
        QCOMPARE(window.bannerText(), QStringLiteral("credentials will not be remembered: no keychain"));
        window.hideBanner();
        QVERIFY(window.bannerText().isEmpty());
    }

    void statusBarShowsIdentity()
    {
        MainWindow window;
        auto* status = window.connectionStatus();
        QCOMPARE(status->serverText(), QStringLiteral("Not connected"));
        status->setConnected(QStringLiteral("https://kestra.example.com"), QStringLiteral("2.0.0"),
                             QStringLiteral("alice@example.com"), true);
        QCOMPARE(status->serverText(), QStringLiteral("https://kestra.example.com"));
        QCOMPARE(status->identityText(), QStringLiteral("alice@example.com (instance owner)"));
    }
};

KTC_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
