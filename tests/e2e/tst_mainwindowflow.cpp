// The main window end to end against kestra-sandbox --seed demo: connecting from the
// environment, the tenant list, creating and deleting tenants, the non-owner's view and
// credentials that stop working. Real clicks and key presses, offscreen.
#include "ConsoleHarness.h"
#include "support/SandboxProcess.h"
#include "support/TestMain.h"
#include "secrets/MemoryCredentialStore.h"
#include "ui/ConnectionDialog.h"
#include "ui/ConnectionStatus.h"
#include "ui/CreateTenantDialog.h"
#include "ui/DeleteTenantDialog.h"
#include "ui/MainWindow.h"
#include "ui/TenantListPanel.h"
#include "ui/TenantsController.h"
#include "ui/TenantPagesWidget.h"
#include "ui/pages/OverviewPage.h"
#include "models/TenantListModel.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>

using namespace ktc;
using ktc::test::ConsoleHarness;
using ktc::test::SandboxProcess;
using ktc::test::TestHttp;

namespace {
std::unique_ptr<ConsoleHarness> ownerConsole(SandboxProcess& sandbox)
{
    return std::make_unique<ConsoleHarness>(
        ConsoleHarness::environmentFor(sandbox.baseUrl(), sandbox.ownerEmail(), sandbox.ownerPassword()),
        std::make_unique<MemoryCredentialStore>());
}

QTreeView* tenantView(ConsoleHarness& console) { return console.window().tenantList()->view(); }

int rowOf(ConsoleHarness& console, const QString& id)
{
    const auto row = console.root().tenants()->model()->rowOf(id);
    return row ? *row : -1;
}

void clickTenant(ConsoleHarness& console, const QString& id)
{
    QTreeView* view = tenantView(console);
    const QModelIndex index = view->model()->index(rowOf(console, id), 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

QString userIdByEmail(TestHttp& http, const QString& email)
{
    const auto r = http.get(QStringLiteral("/api/v1/users?page=1&size=100"));
    const QJsonArray users = r.results();
    for (const auto& u : users) {
        if (u.toObject().value(QLatin1String("username")).toString() == email)
            return u.toObject().value(QLatin1String("id")).toString();
    }
    return {};
}
} // namespace

class TestMainWindowFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.seed = QStringLiteral("demo");
        m_sandbox = std::make_unique<SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_http = std::make_unique<TestHttp>(m_sandbox->baseUrl(), m_sandbox->ownerAuth());
    }

    void connectsFromEnvironmentAndListsTenants()
    {
        auto console = ownerConsole(*m_sandbox);
        QTRY_COMPARE_WITH_TIMEOUT(console->window().currentView(), ui::MainWindow::View::Tenants, 15000);
        QTRY_COMPARE(tenantView(*console)->model()->rowCount(), 3);
        const auto* status = console->window().connectionStatus();
        QCOMPARE(status->identityText(), m_sandbox->ownerEmail() + QStringLiteral(" (instance owner)"));
        QVERIFY(status->serverText().contains(QString::number(m_sandbox->baseUrl().port())));
        QVERIFY(console->window().newTenantAction()->isEnabled());
        QCOMPARE(console->window().tenantList()->findChild<QLabel*>(QStringLiteral("tenantCount"))->text(),
                 QStringLiteral("3 tenants"));
    }

    void searchesAndSelectsWithKeyboard()
    {
        auto console = ownerConsole(*m_sandbox);
        QTRY_COMPARE_WITH_TIMEOUT(tenantView(*console)->model()->rowCount(), 3, 15000);
        QLineEdit* search = console->window().tenantList()->searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("prod"));
        QTRY_COMPARE(tenantView(*console)->model()->rowCount(), 1);
        QCOMPARE(tenantView(*console)->model()->index(0, 0).data().toString(), QStringLiteral("acme-prod"));
        // Down from the search field's list: select the match with the keyboard alone.
        tenantView(*console)->setFocus();
        QTest::keyClick(tenantView(*console), Qt::Key_Down);
        QTRY_COMPARE(console->root().tenants()->currentTenantId(), QStringLiteral("acme-prod"));
        QVERIFY(console->window().windowTitle().startsWith(QStringLiteral("acme-prod")));
        QVERIFY(console->window().deleteTenantAction()->isEnabled());
    }

    void createsTenantAndRejectsDuplicate()
    {
        auto console = ownerConsole(*m_sandbox);
        QTRY_COMPARE_WITH_TIMEOUT(tenantView(*console)->model()->rowCount(), 3, 15000);
        QTest::keySequence(&console->window(), QKeySequence::New);
        ui::CreateTenantDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = console->window().findChild<ui::CreateTenantDialog*>()) != nullptr);
        auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("tenantId"));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("tenantName"));
        auto* create = dialog->findChild<QPushButton*>(QStringLiteral("createButton"));
        QCOMPARE(id->accessibleName(), QStringLiteral("ID"));
        QCOMPARE(create->accessibleName(), QStringLiteral("Create"));

        // An id Kestra refuses: Create stays disabled and the hint says what is allowed.
        QTest::keyClicks(id, QStringLiteral("QA Team"));
        QTest::keyClicks(name, QStringLiteral("Quality"));
        QVERIFY(!create->isEnabled());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("tenantIdHint"))->text().contains(QStringLiteral("lower-case"), Qt::CaseInsensitive));

        // A duplicate: the server's 409 stays in the dialog, with what was typed.
        id->clear();
        QTest::keyClicks(id, QStringLiteral("acme-dev"));
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("createTenantError"));
        QTRY_VERIFY(error->isVisible() && !error->text().isEmpty());
        QVERIFY2(error->text().contains(QStringLiteral("409")), qPrintable(error->text()));
        QCOMPARE(id->text(), QStringLiteral("acme-dev"));
        QCOMPARE(name->text(), QStringLiteral("Quality"));

        // A new id: created on the server, listed and selected.
        id->clear();
        QTest::keyClicks(id, QStringLiteral("qa-team"));
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE(console->root().tenants()->currentTenantId(), QStringLiteral("qa-team"));
        QTRY_VERIFY(console->window().findChild<ui::CreateTenantDialog*>() == nullptr);
        const auto stored = m_http->get(QStringLiteral("/api/v1/tenants/qa-team"));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.object().value(QLatin1String("name")).toString(), QStringLiteral("Quality"));
    }

    void deletesTenantAfterTypedConfirmation()
    {
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/tenants"),
                              QJsonObject { { QStringLiteral("id"), QStringLiteral("doomed") },
                                            { QStringLiteral("name"), QStringLiteral("Doomed") },
                                            { QStringLiteral("deleted"), false } })
                     .status,
                 200);
        auto console = ownerConsole(*m_sandbox);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*console, QStringLiteral("doomed")) >= 0, 15000);
        clickTenant(*console, QStringLiteral("doomed"));
        QTRY_COMPARE(console->root().tenants()->currentTenantId(), QStringLiteral("doomed"));
        console->window().deleteTenantAction()->trigger();
        ui::DeleteTenantDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = console->window().findChild<ui::DeleteTenantDialog*>()) != nullptr);
        auto* confirm = dialog->findChild<QLineEdit*>(QStringLiteral("confirmTenantId"));
        auto* del = dialog->findChild<QPushButton*>(QStringLiteral("deleteButton"));
        QCOMPARE(confirm->accessibleName(), QStringLiteral("Tenant ID to confirm"));
        const QString text = dialog->findChild<QLabel*>(QStringLiteral("deleteTenantText"))->text();
        QVERIFY(text.contains(QStringLiteral("executions")) && text.contains(QStringLiteral("flows")));
        QVERIFY(!del->isEnabled());
        QTest::keyClicks(confirm, QStringLiteral("doome"));
        QVERIFY(!del->isEnabled());
        QTest::keyClicks(confirm, QStringLiteral("d"));
        QVERIFY(del->isEnabled());
        QTest::mouseClick(del, Qt::LeftButton);
        QTRY_COMPARE(rowOf(*console, QStringLiteral("doomed")), -1);
        QVERIFY(console->root().tenants()->currentTenantId() != QStringLiteral("doomed"));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/tenants/doomed")).status, 404);
    }

    void nonOwnerSeesOwnTenantsAndNoTenantAdministration()
    {
        const QString email = QStringLiteral("chloe.dubois@acme.com");
        const QString id = userIdByEmail(*m_http, email);
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_http->patch(QStringLiteral("/api/v1/users/%1/password").arg(id),
                               QJsonObject { { QStringLiteral("password"), QStringLiteral("Chloe-Pa55word!") } })
                     .status,
                 200);
        ConsoleHarness console(ConsoleHarness::environmentFor(m_sandbox->baseUrl(), email, QStringLiteral("Chloe-Pa55word!")),
                               std::make_unique<MemoryCredentialStore>());
        QTRY_COMPARE_WITH_TIMEOUT(console.window().currentView(), ui::MainWindow::View::Tenants, 15000);
        QTRY_COMPARE(tenantView(console)->model()->rowCount(), 1); // from /me: only acme-dev
        QCOMPARE(tenantView(console)->model()->index(0, 0).data().toString(), QStringLiteral("acme-dev"));
        QVERIFY(!console.window().newTenantAction()->isEnabled());
        QVERIFY(console.window().newTenantAction()->toolTip().contains(QStringLiteral("instance owner")));
        clickTenant(console, QStringLiteral("acme-dev"));
        QTRY_COMPARE(console.root().tenants()->currentTenantId(), QStringLiteral("acme-dev"));
        QVERIFY(!console.window().deleteTenantAction()->isEnabled());
        QCOMPARE(console.window().connectionStatus()->identityText(), email);
    }

    void credentialsThatStopWorkingAskToSignInAgain()
    {
        const QString email = QStringLiteral("jonas.berg@acme.com");
        const QString id = userIdByEmail(*m_http, email);
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_http->patch(QStringLiteral("/api/v1/users/%1/password").arg(id),
                               QJsonObject { { QStringLiteral("password"), QStringLiteral("First-Pa55word!") } })
                     .status,
                 200);
        ConsoleHarness console(ConsoleHarness::environmentFor(m_sandbox->baseUrl(), email, QStringLiteral("First-Pa55word!")),
                               std::make_unique<MemoryCredentialStore>());
        QTRY_COMPARE_WITH_TIMEOUT(console.window().currentView(), ui::MainWindow::View::Tenants, 15000);
        // The password changes under us; the next request answers 401 and /me confirms it.
        QCOMPARE(m_http->patch(QStringLiteral("/api/v1/users/%1/password").arg(id),
                               QJsonObject { { QStringLiteral("password"), QStringLiteral("Second-Pa55word!") } })
                     .status,
                 200);
        QTest::keyClick(&console.window(), Qt::Key_F5);
        ui::ConnectionDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = console.window().findChild<ui::ConnectionDialog*>()) != nullptr, 15000);
        QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("connectionError"))->text().contains(QStringLiteral("no longer work")));
        QVERIFY(console.window().isVisible());
    }

    void unsavedOverviewEditsAreAskedAboutBeforeLeaving()
    {
        auto console = ownerConsole(*m_sandbox);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*console, QStringLiteral("data-team")) >= 0, 15000);
        clickTenant(*console, QStringLiteral("data-team"));
        QTRY_COMPARE(console->root().tenants()->currentTenantId(), QStringLiteral("data-team"));
        auto* pages = console->window().tenantPages();
        pages->setCurrentIndex(ui::TenantPagesWidget::Overview);
        QWidget* overview = pages->widget(ui::TenantPagesWidget::Overview);
        QLineEdit* name = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((name = overview->findChild<QLineEdit*>(QStringLiteral("tenantName"))) && name->text() == QStringLiteral("Data Team"), 15000);
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral(" (edited)"));
        QTRY_COMPARE(pages->tabText(ui::TenantPagesWidget::Overview), QStringLiteral("Overview *"));

        // Cancel: the selection goes back and the edit stays.
        console->prompter().queueSaveAnswer(ui::Prompter::Answer::Cancel);
        clickTenant(*console, QStringLiteral("acme-prod"));
        QTRY_COMPARE(console->prompter().questions().size(), 1);
        QCOMPARE(console->prompter().questions().at(0).kind, QStringLiteral("askToSave"));
        QTRY_COMPARE(tenantView(*console)->currentIndex().row(), rowOf(*console, QStringLiteral("data-team")));
        QCOMPARE(console->root().tenants()->currentTenantId(), QStringLiteral("data-team"));
        QCOMPARE(name->text(), QStringLiteral("Data Team (edited)"));

        // Closing the window asks too; Cancel keeps it open.
        console->prompter().queueSaveAnswer(ui::Prompter::Answer::Cancel);
        console->window().close();
        QTRY_COMPARE(console->prompter().questions().size(), 2);
        QVERIFY(console->window().isVisible());

        // Save: the edit reaches the server, then the other tenant opens.
        console->prompter().queueSaveAnswer(ui::Prompter::Answer::Accept);
        clickTenant(*console, QStringLiteral("acme-prod"));
        QTRY_COMPARE_WITH_TIMEOUT(console->root().tenants()->currentTenantId(), QStringLiteral("acme-prod"), 15000);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/tenants/data-team")).object().value(QLatin1String("name")).toString(),
                 QStringLiteral("Data Team (edited)"));

        // Discard: nothing is sent, and the window closes when asked to.
        QTRY_VERIFY_WITH_TIMEOUT((name = overview->findChild<QLineEdit*>(QStringLiteral("tenantName"))) && name->text() == QStringLiteral("ACME Production"), 15000);
        QTest::keyClicks(name, QStringLiteral(" (draft)"));
        QTRY_VERIFY(pages->tabText(ui::TenantPagesWidget::Overview).endsWith(QLatin1Char('*')));
        console->prompter().queueSaveAnswer(ui::Prompter::Answer::Discard);
        console->window().close();
        QTRY_VERIFY(!console->window().isVisible());
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/tenants/acme-prod")).object().value(QLatin1String("name")).toString(),
                 QStringLiteral("ACME Production"));
        // Put the demo name back for the other tests.
        QJsonObject tenant = m_http->get(QStringLiteral("/api/v1/tenants/data-team")).object();
        tenant.insert(QStringLiteral("name"), QStringLiteral("Data Team"));
        QCOMPARE(m_http->put(QStringLiteral("/api/v1/tenants/data-team"), tenant).status, 200);
    }

    void unreachableServerSaysSoOnTheWelcomePage()
    {
        ConsoleHarness console(ConsoleHarness::environmentFor(QUrl(QStringLiteral("http://127.0.0.1:9")),
                                                              QStringLiteral("a@example.com"), QStringLiteral("x")),
                               std::make_unique<MemoryCredentialStore>());
        auto* status = console.window().findChild<QLabel*>(QStringLiteral("welcomeStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("GET /api/v1/configs")), 20000);
        QCOMPARE(console.window().currentView(), ui::MainWindow::View::Welcome);
        QVERIFY(console.window().findChild<QPushButton*>(QStringLiteral("connectButton"))->isEnabled());
    }

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestHttp> m_http;
};

KTC_TEST_MAIN(TestMainWindowFlow)
#include "tst_mainwindowflow.moc"
