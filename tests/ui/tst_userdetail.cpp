// The user detail of the Users page against the demo sandbox: edit names, set a password
// (a mismatch refused locally), remove a sign-in method, groups and effective roles in Access.
#include "models/UserListModel.h"
#include "support/TestMain.h"
#include "ui/pages/UsersPage.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/widgets/GroupPicker.h"
#include "uisupport/SandboxSession.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using ktc::models::UserListModel;
using ktc::test::HttpResult;
using ktc::test::SandboxSession;
using ktc::test::TestAuth;
using ktc::ui::UserDetailPanel;
using ktc::ui::UsersPage;

class TestUserDetail : public QObject
{
    Q_OBJECT

private:
    SandboxSession m_s;
    std::unique_ptr<UsersPage> m_page;

    UserDetailPanel* panel() const { return m_page->detailPanel(); }
    template <class W> W* find(const char* name) const { return panel()->findChild<W*>(QLatin1String(name)); }

    QString userId(const QString& email)
    {
        const HttpResult r = m_s.http().get(QStringLiteral("/api/v1/users?size=5&filters[q][EQUALS]=") + email);
        for (const QJsonValue& v : r.results()) {
            if (v[QLatin1String("username")].toString() == email)
                return v[QLatin1String("id")].toString();
        }
        return {};
    }

    int rowOf(const QString& email) const
    {
        for (int row = 0; row < m_page->usersModel()->rowCount(); ++row) {
            if (m_page->usersModel()->index(row, UserListModel::Username).data().toString() == email)
                return row;
        }
        return -1;
    }

    void select(const QString& email)
    {
        QTRY_VERIFY(rowOf(email) >= 0);
        const int row = rowOf(email);
        QTableView* table = m_page->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 0)).center());
        QTRY_COMPARE(panel()->userId(), m_page->usersModel()->index(row, 0).data(UserListModel::IdRole).toString());
    }

    void openSection(const QString& title)
    {
        QTabWidget* tabs = panel()->sections();
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == title) {
                QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
                QTRY_COMPARE(tabs->currentIndex(), i);
                return;
            }
        }
        QFAIL(qPrintable(title));
    }

    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    int meStatus(const QString& email, const QString& password)
    {
        const TestAuth basic = TestAuth::basic(email, password);
        return m_s.http().get(QStringLiteral("/api/v1/me"), &basic).status;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_s.start(), qPrintable(m_s.errorString()));
        m_page = std::make_unique<UsersPage>();
        m_page->resize(1400, 800);
        m_page->setContext(m_s.context(QStringLiteral("acme-dev")));
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activateWindow();
        QTRY_VERIFY(m_page->usersModel()->hasLoaded());
    }

    void editsTheNames()
    {
        const QString email = QStringLiteral("chloe.dubois@acme.com");
        select(email);
        openSection(QStringLiteral("Details"));
        auto* first = find<QLineEdit>("detailFirstName");
        auto* last = find<QLineEdit>("detailLastName");
        QCOMPARE(first->accessibleName(), QStringLiteral("First name"));
        QTRY_COMPARE(first->text(), QStringLiteral("Chloé"));
        retype(first, QStringLiteral("Chloe"));
        retype(last, QStringLiteral("Dubois-Martin"));
        auto* save = find<QPushButton>("saveDetailsButton");
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(m_page->noticeText().contains(QStringLiteral("Saved")));
        const HttpResult user = m_s.http().get(QStringLiteral("/api/v1/users/") + userId(email));
        QCOMPARE(user.object().value(QLatin1String("firstName")).toString(), QStringLiteral("Chloe"));
        QCOMPARE(user.object().value(QLatin1String("lastName")).toString(), QStringLiteral("Dubois-Martin"));
        QTRY_COMPARE(m_page->usersModel()->index(rowOf(email), UserListModel::DisplayName).data().toString(),
                     QStringLiteral("Chloe Dubois-Martin"));
    }

    void setsAPasswordAfterAMatchingConfirmation()
    {
        const QString email = QStringLiteral("grace.okafor@acme.com");
        select(email);
        openSection(QStringLiteral("Authentication"));
        auto* password = find<QLineEdit>("password");
        auto* confirm = find<QLineEdit>("confirmPassword");
        auto* set = find<QPushButton>("setPasswordButton");
        QCOMPARE(set->accessibleName(), QStringLiteral("Set password"));
        QTRY_VERIFY(password->isEnabled());
        password->setFocus();
        QTest::keyClicks(password, QStringLiteral("abc"));
        QVERIFY(!find<QLabel>("passwordHint")->text().isEmpty()); // a strength hint
        QTest::keyClicks(password, QStringLiteral("-Grace-2026"));
        QTest::keyClicks(confirm, QStringLiteral("abc-Grace-2025"));
        m_s.prompter().clearQuestions();
        QTest::mouseClick(set, Qt::LeftButton);
        QTRY_VERIFY(m_page->noticeText().contains(QStringLiteral("do not match")));
        QVERIFY(m_s.prompter().questions().isEmpty());
        QCOMPARE(meStatus(email, QStringLiteral("abc-Grace-2026")), 401);

        retype(confirm, QStringLiteral("abc-Grace-2026"));
        m_s.prompter().queueConfirm(true);
        QTest::mouseClick(set, Qt::LeftButton);
        QTRY_VERIFY(m_page->noticeText().contains(QStringLiteral("Set the password")));
        QCOMPARE(m_s.prompter().questions().size(), 1);
        QCOMPARE(meStatus(email, QStringLiteral("abc-Grace-2026")), 200);
        auto* methods = find<QTreeWidget>("authMethods");
        QCOMPARE(methods->accessibleName(), QStringLiteral("Authentication methods"));
        QTRY_COMPARE(methods->topLevelItemCount(), 1);
        QCOMPARE(methods->topLevelItem(0)->text(0), QStringLiteral("Password"));
        QVERIFY(password->text().isEmpty());
    }

    void removesAnAuthenticationMethod()
    {
        const QString email = QStringLiteral("grace.okafor@acme.com");
        auto* methods = find<QTreeWidget>("authMethods");
        QTRY_COMPARE(methods->topLevelItemCount(), 1);
        QTest::mouseClick(methods->viewport(), Qt::LeftButton, {},
                          methods->visualItemRect(methods->topLevelItem(0)).center());
        auto* remove = find<QPushButton>("removeMethodButton");
        QCOMPARE(remove->accessibleName(), QStringLiteral("Remove method"));
        QTRY_VERIFY(remove->isEnabled());
        m_s.prompter().queueConfirm(true);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(methods->topLevelItemCount(), 0);
        const HttpResult user = m_s.http().get(QStringLiteral("/api/v1/users/") + userId(email));
        QCOMPARE(user.object().value(QLatin1String("auths")).toArray().size(), 0);
        QCOMPARE(meStatus(email, QStringLiteral("abc-Grace-2026")), 401);
        QVERIFY(find<QLabel>("ssoNote")->text().contains(QStringLiteral("identity provider")));
    }

    void showsEffectiveRolesWithTheirOrigin()
    {
        select(QStringLiteral("daniel.kim@acme.com"));
        openSection(QStringLiteral("Access"));
        auto* roles = find<QTreeWidget>("effectiveRoles");
        QTRY_VERIFY(roles->topLevelItemCount() >= 2);
        QStringList lines;
        for (int i = 0; i < roles->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = roles->topLevelItem(i);
            lines << QString(item->text(0) + u'|' + item->text(1) + u'|' + item->text(2));
        }
        QVERIFY2(lines.contains(QStringLiteral("Editor|acme.analytics|Direct binding")), qPrintable(lines.join(u';')));
        QVERIFY2(lines.contains(QStringLiteral("Developer|acme.payments|Group developers")), qPrintable(lines.join(u';')));
    }

    void addsAndRemovesGroups()
    {
        const QString daniel = userId(QStringLiteral("daniel.kim@acme.com"));
        auto* groups = find<ktc::ui::GroupPicker>("userGroups");
        QTRY_VERIFY(groups->isLoaded());
        auto item = [groups](const QString& text) -> QListWidgetItem* {
            for (int row = 0; row < groups->count(); ++row) {
                if (groups->item(row)->text() == text)
                    return groups->item(row);
            }
            return nullptr;
        };
        QTRY_COMPARE(item(QStringLiteral("developers"))->checkState(), Qt::Checked);
        QCOMPARE(item(QStringLiteral("platform-engineers"))->checkState(), Qt::Unchecked);
        auto groupNames = [this, &daniel] {
            QStringList names;
            const HttpResult r = m_s.http().get(QStringLiteral("/api/v1/acme-dev/tenant-access/") + daniel);
            for (const QJsonValue& g : r.object().value(QLatin1String("groups")).toArray())
                names << g[QLatin1String("name")].toString();
            names.sort();
            return names;
        };
        auto toggle = [groups](QListWidgetItem* it) {
            QTest::mouseClick(groups->viewport(), Qt::LeftButton, {}, groups->visualItemRect(it).center());
            QTest::keyClick(groups, Qt::Key_Space);
        };
        toggle(item(QStringLiteral("platform-engineers")));
        QTRY_COMPARE(groupNames(), (QStringList { QStringLiteral("developers"), QStringLiteral("platform-engineers") }));
        auto* roles = find<QTreeWidget>("effectiveRoles");
        QTRY_VERIFY(!roles->findItems(QStringLiteral("Group platform-engineers"), Qt::MatchExactly, 2).isEmpty());
        toggle(item(QStringLiteral("developers")));
        QTRY_COMPARE(groupNames(), QStringList { QStringLiteral("platform-engineers") });
        QTRY_VERIFY(roles->findItems(QStringLiteral("Group developers"), Qt::MatchExactly, 2).isEmpty());
        // the table follows
        QTRY_COMPARE(m_page->usersModel()->index(rowOf(QStringLiteral("daniel.kim@acme.com")), UserListModel::Groups).data().toString(),
                     QStringLiteral("platform-engineers"));
    }

    void cleanupTestCase() { m_page.reset(); }
};

KTC_TEST_MAIN(TestUserDetail)
#include "tst_userdetail.moc"
