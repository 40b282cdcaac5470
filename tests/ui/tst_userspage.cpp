// The Users page against the demo sandbox: list, search, sort, create, add existing, remove from
// tenant, delete, and what a tenant user without IAM rights sees. Offscreen, real clicks and typing.
#include "models/UserListModel.h"
#include "support/TestMain.h"
#include "ui/pages/StateOverlay.h"
#include "ui/pages/UsersPage.h"
#include "ui/users/AddExistingUserDialog.h"

#include <QCompleter>
#include "ui/users/CreateUserDialog.h"
#include "ui/widgets/GroupPicker.h"
#include "uisupport/SandboxSession.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>

using ktc::models::UserListModel;
using ktc::test::HttpResult;
using ktc::test::SandboxSession;
using ktc::test::TestAuth;
using ktc::ui::UsersPage;

namespace {
const QString kTenant = QStringLiteral("acme-dev");

int rowOf(const UsersPage& page, const QString& username)
{
    const UserListModel* model = page.usersModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, UserListModel::Username).data().toString() == username)
            return row;
    }
    return -1;
}

QToolButton* button(const UsersPage& page, const QString& objectName)
{
    return page.findChild<QToolButton*>(objectName + QStringLiteral("Button"));
}

int selectedRow(const UsersPage& page)
{
    const QModelIndexList rows = page.table()->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().row() : -1;
}

void clickRow(UsersPage& page, int row)
{
    QTableView* table = page.table();
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}
} // namespace

class TestUsersPage : public QObject
{
    Q_OBJECT

private:
    SandboxSession m_s;
    std::unique_ptr<UsersPage> m_page;

    QString userId(const QString& email)
    {
        const HttpResult r = m_s.http().get(QStringLiteral("/api/v1/users?size=5&filters[q][EQUALS]=") + email);
        for (const QJsonValue& v : r.results()) {
            if (v[QLatin1String("username")].toString() == email)
                return v[QLatin1String("id")].toString();
        }
        return {};
    }

    bool waitLoaded()
    {
        return QTest::qWaitFor([this] { return m_page->usersModel()->hasLoaded() && !m_page->usersModel()->isLoading(); },
                               10000);
    }

    void selectUser(const QString& email)
    {
        const int row = rowOf(*m_page, email);
        QVERIFY2(row >= 0, qPrintable(email));
        clickRow(*m_page, row);
        QTRY_COMPARE(selectedRow(*m_page), row);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_s.start(), qPrintable(m_s.errorString()));
        m_page = std::make_unique<UsersPage>();
        m_page->resize(1200, 700);
        m_page->setContext(m_s.context(kTenant));
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(waitLoaded());
    }

    void namesAreThere()
    {
        QCOMPARE(m_page->table()->accessibleName(), QStringLiteral("Users"));
        QCOMPARE(m_page->searchField()->accessibleName(), QStringLiteral("Search users"));
        const QStringList actions { QStringLiteral("newUser"), QStringLiteral("addExistingUser"),
                                    QStringLiteral("removeFromTenant"), QStringLiteral("deleteUser") };
        const QStringList names { QStringLiteral("New user"), QStringLiteral("Add existing user"),
                                  QStringLiteral("Remove from tenant"), QStringLiteral("Delete user") };
        for (int i = 0; i < actions.size(); ++i) {
            QToolButton* b = button(*m_page, actions.at(i));
            QVERIFY2(b, qPrintable(actions.at(i)));
            QCOMPARE(b->accessibleName(), names.at(i));
        }
    }

    void listsTheTenantsUsersOnly()
    {
        QVERIFY(rowOf(*m_page, QStringLiteral("chloe.dubois@acme.com")) >= 0);
        QVERIFY(rowOf(*m_page, QStringLiteral("emma.schmidt@acme.com")) < 0); // data-team only
        for (int row = 0; row < m_page->usersModel()->rowCount(); ++row) // no service accounts
            QVERIFY(!m_page->usersModel()->index(row, UserListModel::Username).data().toString().contains(u"bot"));
        // the owner is known to the page: the instance-owner column is filled
        QTRY_VERIFY(m_page->usersModel()->instanceOwnersKnown());
        const int chloe = rowOf(*m_page, QStringLiteral("chloe.dubois@acme.com"));
        QCOMPARE(m_page->usersModel()->index(chloe, UserListModel::InstanceOwner).data().toString(), QStringLiteral("No"));
    }

    void searchFiltersRows()
    {
        const int all = m_page->usersModel()->rowCount();
        QVERIFY(all > 5);
        m_page->activateWindow();
        m_page->searchField()->setFocus();
        QTest::keyClicks(m_page->searchField(), QStringLiteral("chloe"));
        QTRY_COMPARE(m_page->usersModel()->rowCount(), 1);
        QVERIFY(waitLoaded());
        QCOMPARE(m_page->usersModel()->index(0, UserListModel::Username).data().toString(),
                 QStringLiteral("chloe.dubois@acme.com"));
        m_page->searchField()->selectAll();
        QTest::keyClick(m_page->searchField(), Qt::Key_Backspace);
        QTRY_COMPARE(m_page->usersModel()->rowCount(), all);
        QVERIFY(waitLoaded());
    }

    void sortsByUsername()
    {
        QHeaderView* header = m_page->table()->horizontalHeader();
        const int x = header->sectionViewportPosition(UserListModel::Username) + header->sectionSize(UserListModel::Username) / 2;
        auto usernames = [this] {
            QStringList names;
            for (int row = 0; row < m_page->usersModel()->rowCount(); ++row)
                names << m_page->usersModel()->index(row, UserListModel::Username).data().toString();
            return names;
        };
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_COMPARE(m_page->usersModel()->sortColumn(), int(UserListModel::Username));
        QVERIFY(waitLoaded());
        const Qt::SortOrder first = m_page->usersModel()->sortOrder();
        QStringList names = usernames();
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        if (first == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_VERIFY(m_page->usersModel()->sortOrder() != first);
        QVERIFY(waitLoaded());
        std::reverse(sorted.begin(), sorted.end());
        QTRY_COMPARE(usernames(), sorted);
    }

    void createsAUserWithGroupAndPassword()
    {
        QToolButton* newUser = button(*m_page, QStringLiteral("newUser"));
        QVERIFY(newUser->isEnabled());
        QTest::mouseClick(newUser, Qt::LeftButton);
        QPointer<ktc::ui::CreateUserDialog> dialog = m_page->findChild<ktc::ui::CreateUserDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->activateWindow();
        auto field = [&dialog](const char* name) { return dialog->findChild<QLineEdit*>(QLatin1String(name)); };
        QCOMPARE(field("email")->accessibleName(), QStringLiteral("Email"));
        QTest::keyClicks(field("email"), QStringLiteral("zoe.new@acme.com"));
        QTest::keyClicks(field("firstName"), QStringLiteral("Zoe"));
        QTest::keyClicks(field("lastName"), QStringLiteral("Nouvelle"));
        auto* groups = dialog->findChild<ktc::ui::GroupPicker*>(QStringLiteral("groups"));
        QCOMPARE(groups->accessibleName(), QStringLiteral("Groups"));
        QTRY_VERIFY(groups->isLoaded());
        QListWidgetItem* developers = nullptr;
        for (int row = 0; row < groups->count(); ++row) {
            if (groups->item(row)->text() == QStringLiteral("developers"))
                developers = groups->item(row);
        }
        QVERIFY(developers);
        QTest::mouseClick(groups->viewport(), Qt::LeftButton, {}, groups->visualItemRect(developers).center());
        QTest::keyClick(groups, Qt::Key_Space);
        QCOMPARE(developers->checkState(), Qt::Checked);
        QCOMPARE(dialog->findChild<QCheckBox*>(QStringLiteral("superAdmin"))->accessibleName(), QStringLiteral("Super admin"));
        QCOMPARE(field("password")->accessibleName(), QStringLiteral("Password"));
        QTest::keyClicks(field("password"), QStringLiteral("Correct-Horse-42"));
        QTest::keyClicks(field("confirmPassword"), QStringLiteral("Correct-Horse-42"));
        auto* create = dialog->findChild<QPushButton*>(QStringLiteral("createButton"));
        QCOMPARE(create->accessibleName(), QStringLiteral("Create"));
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(m_page->noticeText().contains(QStringLiteral("zoe.new@acme.com")));

        const QString id = userId(QStringLiteral("zoe.new@acme.com"));
        QVERIFY(!id.isEmpty());
        const HttpResult access = m_s.http().get(QStringLiteral("/api/v1/acme-dev/tenant-access/") + id);
        QCOMPARE(access.status, 200);
        QStringList groupNames;
        for (const QJsonValue& g : access.object().value(QLatin1String("groups")).toArray())
            groupNames << g[QLatin1String("name")].toString();
        QCOMPARE(groupNames, QStringList { QStringLiteral("developers") });
        const TestAuth basic = TestAuth::basic(QStringLiteral("zoe.new@acme.com"), QStringLiteral("Correct-Horse-42"));
        QCOMPARE(m_s.http().get(QStringLiteral("/api/v1/me"), &basic).status, 200);
        QTRY_VERIFY(rowOf(*m_page, QStringLiteral("zoe.new@acme.com")) >= 0);
    }

    void duplicateEmailKeepsTheDialogAndInput()
    {
        QTest::mouseClick(button(*m_page, QStringLiteral("newUser")), Qt::LeftButton);
        QPointer<ktc::ui::CreateUserDialog> dialog = m_page->findChild<ktc::ui::CreateUserDialog*>();
        QVERIFY(dialog);
        dialog->activateWindow();
        auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("email"));
        auto* first = dialog->findChild<QLineEdit*>(QStringLiteral("firstName"));
        QTest::keyClicks(email, QStringLiteral("chloe.dubois@acme.com"));
        QTest::keyClicks(first, QStringLiteral("Another"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("createUserError"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("409")) || error->text().contains(QStringLiteral("already")),
                 qPrintable(error->text()));
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(email->text(), QStringLiteral("chloe.dubois@acme.com"));
        QCOMPARE(first->text(), QStringLiteral("Another"));
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void addsAnExistingUserFromAnotherTenant()
    {
        const QString emma = userId(QStringLiteral("emma.schmidt@acme.com"));
        QCOMPARE(m_s.http().get(QStringLiteral("/api/v1/acme-dev/tenant-access/") + emma).status, 404);
        QTest::mouseClick(button(*m_page, QStringLiteral("addExistingUser")), Qt::LeftButton);
        QPointer<ktc::ui::AddExistingUserDialog> dialog = m_page->findChild<ktc::ui::AddExistingUserDialog*>();
        QVERIFY(dialog);
        dialog->activateWindow();
        auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("email"));
        QCOMPARE(email->accessibleName(), QStringLiteral("Email"));
        // The address is completed from the tenant's user autocomplete.
        QTest::keyClicks(email, QStringLiteral("emma.sch"));
        QTRY_VERIFY(email->completer()->model()->rowCount() > 0);
        QCOMPARE(email->completer()->model()->index(0, 0).data().toString(), QStringLiteral("emma.schmidt@acme.com"));
        QTest::keyClicks(email, QStringLiteral("midt@acme.com"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(m_s.http().get(QStringLiteral("/api/v1/acme-dev/tenant-access/") + emma).status, 200);
        QTRY_VERIFY(rowOf(*m_page, QStringLiteral("emma.schmidt@acme.com")) >= 0);
    }

    void removesFromTenantButKeepsTheAccount()
    {
        QVERIFY(waitLoaded());
        selectUser(QStringLiteral("liam.obrien@acme.com"));
        const QString liam = userId(QStringLiteral("liam.obrien@acme.com"));
        m_s.prompter().clearQuestions();
        m_s.prompter().queueConfirm(true);
        QToolButton* remove = button(*m_page, QStringLiteral("removeFromTenant"));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(rowOf(*m_page, QStringLiteral("liam.obrien@acme.com")) < 0);
        QCOMPARE(m_s.prompter().questions().size(), 1);
        QVERIFY(m_s.prompter().lastText().contains(QStringLiteral("keep")));
        QCOMPARE(m_s.http().get(QStringLiteral("/api/v1/acme-dev/tenant-access/") + liam).status, 404);
        QCOMPARE(m_s.http().get(QStringLiteral("/api/v1/users/") + liam).status, 200);
    }

    void deletesTheUserEverywhere()
    {
        selectUser(QStringLiteral("tomas.novak@acme.com"));
        const QString tomas = userId(QStringLiteral("tomas.novak@acme.com"));
        m_s.prompter().clearQuestions();
        m_s.prompter().queueConfirm(true);
        QToolButton* del = button(*m_page, QStringLiteral("deleteUser"));
        QVERIFY(del->isEnabled());
        QTest::mouseClick(del, Qt::LeftButton);
        QTRY_VERIFY(rowOf(*m_page, QStringLiteral("tomas.novak@acme.com")) < 0);
        QCOMPARE(m_s.prompter().questions().size(), 1);
        QVERIFY2(m_s.prompter().lastText().contains(QStringLiteral("every tenant")), qPrintable(m_s.prompter().lastText()));
        QCOMPARE(m_s.http().get(QStringLiteral("/api/v1/users/") + tomas).status, 404);
    }

    void aDeclinedConfirmationChangesNothing()
    {
        selectUser(QStringLiteral("quentin.moreau@acme.com"));
        m_s.prompter().clearQuestions();
        m_s.prompter().queueConfirm(false);
        QVERIFY(button(*m_page, QStringLiteral("deleteUser"))->isEnabled());
        QTest::mouseClick(button(*m_page, QStringLiteral("deleteUser")), Qt::LeftButton);
        QTRY_COMPARE(m_s.prompter().questions().size(), 1);
        QTest::qWait(300);
        QVERIFY(rowOf(*m_page, QStringLiteral("quentin.moreau@acme.com")) >= 0);
        QCOMPARE(m_s.http().get(QStringLiteral("/api/v1/users/") + userId(QStringLiteral("quentin.moreau@acme.com"))).status, 200);
    }

    // Last: replaces the session. Isabel is a Viewer of acme-dev (via okta-engineering): she may
    // list users but not create accounts or grant access.
    void aTenantUserWithoutIamRights()
    {
        const QString isabel = userId(QStringLiteral("isabel.garcia@acme.com"));
        QCOMPARE(m_s.http().patch(QStringLiteral("/api/v1/users/%1/password").arg(isabel),
                                  QJsonObject { { QStringLiteral("password"), QStringLiteral("Isabel-Pass-1234") } })
                     .status,
                 200);
        QVERIFY2(m_s.signInAs(QStringLiteral("isabel.garcia@acme.com"), QStringLiteral("Isabel-Pass-1234")),
                 qPrintable(m_s.errorString()));
        UsersPage page;
        page.resize(1200, 700);
        page.setContext(m_s.context(kTenant));
        page.show();
        QTRY_VERIFY(page.usersModel()->hasLoaded());
        QVERIFY(!page.usersModel()->instanceOwnersKnown());
        QToolButton* newUser = button(page, QStringLiteral("newUser"));
        QVERIFY(!newUser->isEnabled());
        QVERIFY(newUser->toolTip().contains(QStringLiteral("instance owner")));
        const int row = rowOf(page, QStringLiteral("chloe.dubois@acme.com"));
        QVERIFY(row >= 0);
        clickRow(page, row);
        QTRY_COMPARE(selectedRow(page), row);
        QVERIFY(!button(page, QStringLiteral("deleteUser"))->isEnabled());

        // granting access needs USER:CREATE: the 403 stays in the dialog, said plainly
        QTest::mouseClick(button(page, QStringLiteral("addExistingUser")), Qt::LeftButton);
        QPointer<ktc::ui::AddExistingUserDialog> dialog = page.findChild<ktc::ui::AddExistingUserDialog*>();
        QVERIFY(dialog);
        dialog->activateWindow();
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("email")), QStringLiteral("maya.patel@acme.com"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("addUserError"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("403")), qPrintable(error->text()));
        dialog->reject();

        // revoking needs USER:DELETE: the notice line says 403
        m_s.prompter().queueConfirm(true);
        QTest::mouseClick(button(page, QStringLiteral("removeFromTenant")), Qt::LeftButton);
        QTRY_VERIFY(page.noticeText().contains(QStringLiteral("403")));
        QVERIFY(rowOf(page, QStringLiteral("chloe.dubois@acme.com")) >= 0);
    }

    void cleanupTestCase() { m_page.reset(); }
};

KTC_TEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
