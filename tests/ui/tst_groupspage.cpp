// The Groups page against a demo sandbox: create with initial members, owner/member, remove,
// SCIM groups read-only, the delete confirmation, a save surviving a dropped connection, and
// a 403 for a tenant administrator without the GROUP permission.
#include "support/TestMain.h"
#include "uisupport/SandboxSession.h"
#include "models/GroupListModel.h"
#include "models/GroupMemberModel.h"
#include "ui/groups/GroupDetail.h"
#include "ui/groups/GroupEditor.h"
#include "ui/groups/GroupMembersPanel.h"
#include "ui/pages/GroupsPage.h"
#include "ui/pages/StateOverlay.h"
#include "ui/widgets/RecordDialog.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

using namespace ktc;
using ktc::test::SandboxSession;

namespace {
const QString kTenant = QStringLiteral("acme-dev");

void retype(QLineEdit* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

int rowWith(QAbstractItemModel* model, int column, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString().contains(text))
            return row;
    }
    return -1;
}

void clickRow(QTableView* table, int row)
{
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 0)).center());
}

bool checkItem(QListWidget* list, const QString& text)
{
    const QList<QListWidgetItem*> found = list->findItems(text, Qt::MatchContains);
    if (found.isEmpty())
        return false;
    list->scrollToItem(found.first());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(found.first()).center());
    QTest::keyClick(list, Qt::Key_Space);
    return found.first()->checkState() == Qt::Checked;
}

// username -> OWNER|MEMBER of the group, from the API.
QHash<QString, QString> memberships(SandboxSession& s, const QString& groupId)
{
    QHash<QString, QString> result;
    const auto members = s.http().get(QStringLiteral("/api/v1/acme-dev/groups/%1/members?size=100").arg(groupId)).results();
    for (const QJsonValue& m : members) {
        for (const QJsonValue& g : m[QLatin1String("groups")].toArray()) {
            if (g[QLatin1String("id")].toString() == groupId)
                result.insert(m[QLatin1String("username")].toString(), g[QLatin1String("membership")].toString());
        }
    }
    return result;
}
} // namespace

class TestGroupsPage : public QObject
{
    Q_OBJECT

    SandboxSession m_s;
    std::unique_ptr<ui::GroupsPage> m_page;
    QString m_id; // the group this suite creates

    template <class T> T* child(QObject* parent, const char* name) const
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }
    ui::GroupMembersPanel* members() const { return m_page->detail()->members(); }
    void selectGroup(const QString& name)
    {
        QTRY_VERIFY(rowWith(m_page->groups(), models::GroupListModel::Name, name) >= 0);
        clickRow(m_page->table(), rowWith(m_page->groups(), models::GroupListModel::Name, name));
        QTRY_VERIFY(members()->model()->hasLoaded() && !members()->model()->isLoading());
    }
    QString selectedGroupId() const
    {
        return m_page->groups()->index(m_page->table()->currentIndex().row(), 0).data(models::PagedModelBase::IdRole).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_s.start(), qPrintable(m_s.errorString()));
        m_page = std::make_unique<ui::GroupsPage>();
        m_page->resize(1400, 900);
        m_page->setContext(m_s.context(kTenant));
        m_page->show();
        m_page->activateWindow();
        QTRY_VERIFY(m_page->groups()->hasLoaded());
        QCOMPARE(m_page->table()->accessibleName(), QStringLiteral("Groups"));
        QCOMPARE(members()->table()->accessibleName(), QStringLiteral("Members"));
    }

    void createsWithInitialMembersThenMakesAnOwner()
    {
        QTest::mouseClick(child<QToolButton>(m_page.get(), "newGroupButton"), Qt::LeftButton);
        QPointer<ui::RecordDialog> dialog = child<ui::RecordDialog>(m_page.get(), "groupDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->activateWindow();
        QVERIFY(!dialog->acceptButton()->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "nameField"), QStringLiteral("release-crew"));
        QTest::keyClicks(child<QLineEdit>(dialog, "descriptionField"), QStringLiteral("Ships releases"));
        auto* users = child<QListWidget>(dialog, "membersFieldList");
        QCOMPARE(users->accessibleName(), QStringLiteral("Members"));
        QTRY_VERIFY(!users->findItems(QStringLiteral("alice.martin"), Qt::MatchContains).isEmpty());
        QVERIFY(checkItem(users, QStringLiteral("alice.martin")));
        QTest::keyClicks(child<QLineEdit>(dialog, "membersFieldSearch"), QStringLiteral("bruno"));
        QTRY_COMPARE(users->count(), 2); // Alice stays in sight, Bruno matches
        QVERIFY(checkItem(users, QStringLiteral("bruno.costa")));
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);

        QTRY_VERIFY(!selectedGroupId().isEmpty());
        m_id = selectedGroupId();
        QCOMPARE(m_page->groups()->itemAt(m_page->table()->currentIndex().row()).name, QStringLiteral("release-crew"));
        QTRY_COMPARE(members()->model()->rowCount(), 2);
        QTRY_COMPARE(m_page->groups()->index(m_page->table()->currentIndex().row(), models::GroupListModel::Members).data().toLongLong(), 2);
        QHash<QString, QString> stored = memberships(m_s, m_id);
        QCOMPARE(stored.size(), 2);

        clickRow(members()->table(), rowWith(members()->model(), models::GroupMemberModel::Username, QStringLiteral("alice.martin")));
        auto* makeOwner = child<QPushButton>(members(), "makeOwner");
        QTRY_VERIFY(makeOwner->isEnabled());
        QTest::mouseClick(makeOwner, Qt::LeftButton);
        QTRY_COMPARE(memberships(m_s, m_id).value(QStringLiteral("alice.martin@acme.com")), QStringLiteral("OWNER"));
        QCOMPARE(memberships(m_s, m_id).value(QStringLiteral("bruno.costa@acme.com")), QStringLiteral("MEMBER"));
        QTRY_VERIFY(members()->noticeText().contains(QStringLiteral("owner")));
    }

    void removesAMember()
    {
        selectGroup(QStringLiteral("release-crew"));
        clickRow(members()->table(), rowWith(members()->model(), models::GroupMemberModel::Username, QStringLiteral("bruno.costa")));
        auto* remove = child<QPushButton>(members(), "removeMember");
        QCOMPARE(remove->accessibleName(), QStringLiteral("Remove member"));
        QTRY_VERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(memberships(m_s, m_id).size(), 1);
        QVERIFY(memberships(m_s, m_id).contains(QStringLiteral("alice.martin@acme.com")));
        QTRY_COMPARE(members()->model()->rowCount(), 1);
    }

    void scimGroupMembershipIsReadOnly()
    {
        selectGroup(QStringLiteral("okta-engineering"));
        const int row = rowWith(m_page->groups(), models::GroupListModel::Name, QStringLiteral("okta-engineering"));
        QCOMPARE(m_page->groups()->index(row, models::GroupListModel::ProvisionedBy).data().toString(), QStringLiteral("okta-scim"));
        QVERIFY(members()->isReadOnly());
        QVERIFY(child<QLabel>(members(), "scimNote")->isVisible());
        QVERIFY(child<QLabel>(members(), "scimNote")->text().contains(QStringLiteral("read-only")));
        QVERIFY(members()->model()->rowCount() > 0);
        clickRow(members()->table(), 0);
        for (const char* name : {"addMember", "removeMember", "makeOwner", "makeMember"})
            QVERIFY2(!child<QPushButton>(members(), name)->isEnabled(), name);
        // a group of its own is not
        selectGroup(QStringLiteral("developers"));
        QVERIFY(!members()->isReadOnly());
        QVERIFY(child<QPushButton>(members(), "addMember")->isEnabled());
    }

    void aDroppedSaveKeepsTheEditAndSavesLater()
    {
        selectGroup(QStringLiteral("developers"));
        const QString id = selectedGroupId();
        auto* description = child<QLineEdit>(m_page->detail(), "descriptionField");
        m_page->activateWindow();
        retype(description, QStringLiteral("App developers of ACME"));
        QVERIFY(m_page->hasUnsavedChanges());
        QVERIFY(m_s.sandbox().setFaults(QStringLiteral("drop-rate=1,method=PUT")));
        auto* save = child<QPushButton>(m_page->detail(), "saveButton");
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->detail()->editor()->errorText().isEmpty(), 30000);
        QCOMPARE(description->text(), QStringLiteral("App developers of ACME"));
        QVERIFY(m_page->hasUnsavedChanges());
        QVERIFY(save->isEnabled());
        QVERIFY(m_s.sandbox().setFaults(QString()));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!m_page->hasUnsavedChanges());
        const auto stored = m_s.http().get(QStringLiteral("/api/v1/acme-dev/groups/") + id);
        QCOMPARE(stored.object()[QLatin1String("description")].toString(), QStringLiteral("App developers of ACME"));
    }

    void deleteExplainsBindingsGoAndUsersStay()
    {
        selectGroup(QStringLiteral("release-crew"));
        m_s.prompter().clearQuestions();
        QTest::mouseClick(child<QToolButton>(m_page.get(), "deleteGroupButton"), Qt::LeftButton);
        QTRY_COMPARE(m_s.http().get(QStringLiteral("/api/v1/acme-dev/groups/") + m_id).status, 404);
        QCOMPARE(m_s.prompter().questions().size(), 1);
        const QString text = m_s.prompter().lastText();
        QVERIFY2(text.contains(QStringLiteral("bindings")) && text.contains(QStringLiteral("stay")), qPrintable(text));
        QTRY_COMPARE(rowWith(m_page->groups(), models::GroupListModel::Name, QStringLiteral("release-crew")), -1);
        // Alice is still a user of the tenant
        const auto users = m_s.http().get(QStringLiteral("/api/v1/acme-dev/tenant-access?size=100"));
        QVERIFY(users.body.contains("alice.martin@acme.com"));
    }

    void forbiddenWithoutTheGroupPermission()
    {
        m_page.reset(); // its session goes with the sign-in below
        auto& http = m_s.http();
        const auto user = http.post(QStringLiteral("/api/v1/users"),
                                    QJsonObject {{QStringLiteral("email"), QStringLiteral("user.admin@acme.com")},
                                                 {QStringLiteral("firstName"), QStringLiteral("Una")},
                                                 {QStringLiteral("lastName"), QStringLiteral("Admin")},
                                                 {QStringLiteral("password"), QStringLiteral("Secret-pass-1")},
                                                 {QStringLiteral("tenants"), QJsonArray {kTenant}}});
        QVERIFY2(user.status / 100 == 2, qPrintable(user.describe()));
        const auto role = http.post(QStringLiteral("/api/v1/acme-dev/roles"),
                                    QJsonObject {{QStringLiteral("name"), QStringLiteral("User administrator")},
                                                 {QStringLiteral("permissions"),
                                                  QJsonObject {{QStringLiteral("USER"), QJsonArray {QStringLiteral("VIEW"), QStringLiteral("LIST"), QStringLiteral("CREATE"), QStringLiteral("UPDATE")}},
                                                               {QStringLiteral("SERVICE_ACCOUNT"), QJsonArray {QStringLiteral("VIEW"), QStringLiteral("LIST")}}}}});
        QVERIFY2(role.status / 100 == 2, qPrintable(role.describe()));
        const auto binding = http.post(QStringLiteral("/api/v1/acme-dev/bindings"),
                                       QJsonObject {{QStringLiteral("type"), QStringLiteral("USER")},
                                                    {QStringLiteral("externalId"), user.object()[QLatin1String("id")].toString()},
                                                    {QStringLiteral("roleId"), role.object()[QLatin1String("id")].toString()}});
        QVERIFY2(binding.status / 100 == 2, qPrintable(binding.describe()));
        QVERIFY2(m_s.signInAs(QStringLiteral("user.admin@acme.com"), QStringLiteral("Secret-pass-1")), qPrintable(m_s.errorString()));

        ui::GroupsPage page;
        page.setContext(m_s.context(kTenant));
        page.show();
        QTRY_COMPARE(page.overlay()->showing(), ui::StateOverlay::Showing::Error);
        QVERIFY2(page.overlay()->messageText().contains(QStringLiteral("403")), qPrintable(page.overlay()->messageText()));
        QVERIFY(page.overlay()->messageText().contains(QStringLiteral("GROUP")));
    }
};

KTC_TEST_MAIN(TestGroupsPage)
#include "tst_groupspage.moc"
