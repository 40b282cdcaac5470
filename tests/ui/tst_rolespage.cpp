// The Roles page against a demo sandbox: a custom role built in the permission grid (row and
// column toggles, filter) and from a template, managed roles read-only and duplicated, unsaved
// edits asked about, delete listing the bindings that use the role, 403 and dropped connections.
#include "models/RoleListModel.h"
#include "support/TestMain.h"
#include "ui/pages/RolesPage.h"
#include "ui/roles/PermissionGrid.h"
#include "ui/roles/RoleEditor.h"
#include "uisupport/SandboxSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>

using namespace ktc;
using ktc::test::SandboxSession;
using Answer = ktc::ui::Prompter::Answer;

namespace {
const QString kTenant = QStringLiteral("acme-dev");

QMap<QString, QStringList> toMap(const QJsonObject& object)
{
    QMap<QString, QStringList> map;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QStringList actions;
        for (const QJsonValue& action : it.value().toArray())
            actions << action.toString();
        actions.sort();
        map.insert(it.key(), actions);
    }
    return map;
}
} // namespace

class TestRolesPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxSession> m_session;
    std::unique_ptr<ui::RolesPage> m_page;

    SandboxSession& s() { return *m_session; }
    ui::RolesPage& page() { return *m_page; }
    ui::RoleEditor* editor() { return m_page->editor(); }
    template <class W> W* find(const QString& name) { return m_page->findChild<W*>(name); }

    QJsonObject serverRole(const QString& name)
    {
        const auto found = s().http().get(QStringLiteral("/api/v1/%1/roles/search?size=200").arg(kTenant));
        for (const QJsonValue& value : found.results()) {
            if (value.toObject().value(QLatin1String("name")).toString() == name)
                return s().http()
                    .get(QStringLiteral("/api/v1/%1/roles/%2")
                             .arg(kTenant, value.toObject().value(QLatin1String("id")).toString()))
                    .object();
        }
        return {};
    }
    QMap<QString, QStringList> catalog()
    {
        return toMap(s().http().get(QStringLiteral("/api/v1/%1/acls/permissions").arg(kTenant)).object());
    }

    void openPage()
    {
        m_page = std::make_unique<ui::RolesPage>();
        m_page->resize(1400, 900);
        m_page->setContext(s().context(kTenant));
        m_page->show();
        m_page->activateWindow();
        QTRY_VERIFY_WITH_TIMEOUT(page().roles()->hasLoaded() && page().roles()->rowCount() >= 6, 10000);
        QTRY_VERIFY(editor()->grid()->table()->rowCount() > 5);
    }
    void press(const QString& name)
    {
        auto* button = find<QAbstractButton>(name);
        QVERIFY2(button, qPrintable(name));
        QTRY_VERIFY2(button->isEnabled() && button->isVisible(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void selectRole(const QString& name)
    {
        const int row = [&] {
            for (int r = 0; r < page().roles()->rowCount(); ++r)
                if (page().roles()->index(r, models::RoleListModel::Name).data().toString() == name)
                    return r;
            return -1;
        }();
        QVERIFY2(row >= 0, qPrintable(name));
        QTableView* table = page().table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(page().roles()->index(row, 0)).center());
    }
    void waitShown(const QString& name)
    {
        QTRY_COMPARE_WITH_TIMEOUT(find<QLineEdit>(QStringLiteral("roleName"))->text(), name, 10000);
    }
    void clickCell(int row, int column)
    {
        QTableWidget* grid = editor()->grid()->table();
        QVERIFY(row >= 0 && column >= 0);
        grid->scrollTo(grid->model()->index(row, column));
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {},
                          grid->visualRect(grid->model()->index(row, column)).center());
    }
    void typeInto(const QString& name, const QString& text)
    {
        auto* field = find<QLineEdit>(name);
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, text);
    }

private slots:
    void init()
    {
        m_session = std::make_unique<SandboxSession>();
        QVERIFY2(s().start(), qPrintable(s().errorString()));
    }
    void cleanup()
    {
        m_page.reset();
        m_session.reset();
    }

    void buildsACustomRoleInTheGrid()
    {
        openPage();
        QCOMPARE(editor()->grid()->table()->accessibleName(), QStringLiteral("Permissions"));
        QCOMPARE(page().table()->accessibleName(), QStringLiteral("Roles"));
        press(QStringLiteral("newRoleButton"));
        typeInto(QStringLiteral("roleName"), QStringLiteral("Flow Auditor"));
        typeInto(QStringLiteral("roleDescription"), QStringLiteral("Reads flows"));
        auto* isDefault = find<QCheckBox>(QStringLiteral("roleDefault"));
        QCOMPARE(isDefault->accessibleName(), QStringLiteral("Default role"));
        QTest::mouseClick(isDefault, Qt::LeftButton, {}, QPoint(8, isDefault->height() / 2));
        QVERIFY(isDefault->isChecked());
        ui::PermissionGrid* grid = editor()->grid();
        QTest::keyClicks(grid->filterField(), QStringLiteral("flow"));
        QTRY_VERIFY(grid->table()->isRowHidden(grid->rowOf(QStringLiteral("SECRET"))));
        clickCell(grid->rowOf(QStringLiteral("FLOW")), 0); // the whole FLOW row
        grid->filterField()->clear();
        clickCell(0, grid->columnOf(QStringLiteral("VIEW"))); // the whole VIEW column
        clickCell(grid->rowOf(QStringLiteral("FLOW")), grid->columnOf(QStringLiteral("DELETE"))); // one cell off
        QVERIFY(page().hasUnsavedChanges());
        press(QStringLiteral("saveRole"));
        QTRY_VERIFY_WITH_TIMEOUT(page().noticeText().contains(QStringLiteral("created")), 10000);
        QVERIFY(!page().hasUnsavedChanges());

        const QJsonObject role = serverRole(QStringLiteral("Flow Auditor"));
        QCOMPARE(role.value(QLatin1String("description")).toString(), QStringLiteral("Reads flows"));
        QVERIFY(role.value(QLatin1String("isDefault")).toBool());
        const auto saved = toMap(role.value(QLatin1String("permissions")).toObject());
        const auto valid = catalog();
        QStringList flow = valid.value(QStringLiteral("FLOW"));
        flow.removeAll(QStringLiteral("DELETE"));
        QCOMPARE(saved.value(QStringLiteral("FLOW")), flow);
        for (auto it = valid.cbegin(); it != valid.cend(); ++it) {
            if (it.key() != QStringLiteral("FLOW"))
                QCOMPARE(saved.value(it.key()),
                         it.value().contains(QStringLiteral("VIEW")) ? QStringList { QStringLiteral("VIEW") } : QStringList());
        }
    }

    void startsFromATemplate()
    {
        openPage();
        press(QStringLiteral("newRoleButton"));
        typeInto(QStringLiteral("roleName"), QStringLiteral("Like a viewer"));
        auto* combo = find<QComboBox>(QStringLiteral("roleTemplate"));
        QTRY_VERIFY(combo->findText(QStringLiteral("Viewer")) >= 0);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        while (combo->currentText() != QStringLiteral("Viewer") && combo->currentIndex() < combo->count() - 1)
            QTest::keyClick(combo, Qt::Key_Down);
        press(QStringLiteral("applyTemplate"));
        press(QStringLiteral("saveRole"));
        QTRY_VERIFY_WITH_TIMEOUT(page().noticeText().contains(QStringLiteral("created")), 10000);
        const auto templates = s().http().get(QStringLiteral("/api/v1/%1/acls/templates").arg(kTenant)).object();
        QCOMPARE(toMap(serverRole(QStringLiteral("Like a viewer")).value(QLatin1String("permissions")).toObject()),
                 toMap(templates.value(QLatin1String("VIEWER")).toObject()));
    }

    void managedRoleIsReadOnlyAndCanBeDuplicated()
    {
        openPage();
        selectRole(QStringLiteral("Admin"));
        waitShown(QStringLiteral("Admin"));
        QVERIFY(!find<QLineEdit>(QStringLiteral("roleName"))->isEnabled());
        QVERIFY(!find<QPushButton>(QStringLiteral("saveRole"))->isVisible());
        QVERIFY(find<QLabel>(QStringLiteral("roleBanner"))->text().contains(QStringLiteral("managed")));
        QVERIFY(!find<QToolButton>(QStringLiteral("deleteRoleButton"))->isEnabled());
        const auto before = editor()->request().permissions;
        clickCell(1, 1);
        QCOMPARE(editor()->request().permissions, before);
        QVERIFY(!page().hasUnsavedChanges());

        press(QStringLiteral("duplicateRoleButton"));
        waitShown(QStringLiteral("Copy of Admin"));
        QVERIFY(page().hasUnsavedChanges());
        press(QStringLiteral("saveRole"));
        QTRY_VERIFY_WITH_TIMEOUT(page().noticeText().contains(QStringLiteral("created")), 10000);
        const QJsonObject copy = serverRole(QStringLiteral("Copy of Admin"));
        QVERIFY(!copy.value(QLatin1String("isManaged")).toBool());
        QCOMPARE(toMap(copy.value(QLatin1String("permissions")).toObject()),
                 toMap(serverRole(QStringLiteral("Admin")).value(QLatin1String("permissions")).toObject()));
    }

    void unsavedEditsAreKeptAndAskedAbout()
    {
        openPage();
        QSignalSpy unsaved(&page(), &ui::TenantPage::unsavedChangesChanged);
        selectRole(QStringLiteral("Namespace Maintainer"));
        waitShown(QStringLiteral("Namespace Maintainer"));
        typeInto(QStringLiteral("roleDescription"), QStringLiteral("Edited"));
        QVERIFY(page().hasUnsavedChanges());
        QCOMPARE(unsaved.count(), 1);
        QVERIFY(find<QPushButton>(QStringLiteral("revertRole"))->isEnabled());

        s().prompter().queueSaveAnswer(Answer::Cancel);
        selectRole(QStringLiteral("Viewer"));
        QTRY_COMPARE(s().prompter().questions().size(), 1);
        QCOMPARE(s().prompter().questions().constLast().kind, QStringLiteral("askToSave"));
        // Cancel: the list goes back to the role being edited.
        QTRY_COMPARE(page().table()->currentIndex().siblingAtColumn(0).data().toString(),
                     QStringLiteral("Namespace Maintainer"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("roleDescription"))->text(), QStringLiteral("Edited"));
        QVERIFY(page().hasUnsavedChanges());

        s().prompter().queueSaveAnswer(Answer::Discard);
        selectRole(QStringLiteral("Viewer"));
        waitShown(QStringLiteral("Viewer"));
        QVERIFY(!page().hasUnsavedChanges());
        QCOMPARE(s().prompter().questions().size(), 2);
    }

    void deleteListsTheBindingsThatUseTheRole()
    {
        openPage();
        selectRole(QStringLiteral("Namespace Maintainer"));
        waitShown(QStringLiteral("Namespace Maintainer"));
        s().prompter().queueConfirm(false);
        press(QStringLiteral("deleteRoleButton"));
        QTRY_COMPARE_WITH_TIMEOUT(s().prompter().questions().size(), 1, 10000);
        const QString text = s().prompter().lastText();
        QVERIFY2(text.contains(QStringLiteral("Chloé")) && text.contains(QStringLiteral("acme.payments")), qPrintable(text));
        QVERIFY(!serverRole(QStringLiteral("Namespace Maintainer")).isEmpty());

        s().prompter().queueConfirm(true);
        press(QStringLiteral("deleteRoleButton"));
        QTRY_VERIFY_WITH_TIMEOUT(page().noticeText().contains(QStringLiteral("deleted")), 10000);
        QVERIFY(serverRole(QStringLiteral("Namespace Maintainer")).isEmpty());
    }

    void forbiddenSaveIsShownAndTheEditKept()
    {
        auto& http = s().http();
        const QString email = QStringLiteral("limited.admin@acme.com");
        const QString password = QStringLiteral("Limited-Admin-2026!");
        const auto user = http.post(QStringLiteral("/api/v1/users"),
                                    QJsonObject { { QStringLiteral("email"), email },
                                                  { QStringLiteral("password"), password },
                                                  { QStringLiteral("tenants"), QJsonArray { kTenant } } });
        QVERIFY2(user.status / 100 == 2, qPrintable(user.describe()));
        const QJsonArray read { QStringLiteral("VIEW"), QStringLiteral("LIST") };
        const auto role = http.post(
            QStringLiteral("/api/v1/%1/roles").arg(kTenant),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Access reader") },
                          { QStringLiteral("permissions"),
                            QJsonObject { { QStringLiteral("ROLE"), read }, { QStringLiteral("BINDING"), read },
                                          { QStringLiteral("USER"), read }, { QStringLiteral("GROUP"), read } } } });
        QVERIFY2(role.status / 100 == 2, qPrintable(role.describe()));
        const auto binding = http.post(
            QStringLiteral("/api/v1/%1/bindings").arg(kTenant),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("USER") },
                          { QStringLiteral("externalId"), user.object().value(QLatin1String("id")).toString() },
                          { QStringLiteral("roleId"), role.object().value(QLatin1String("id")).toString() } });
        QVERIFY2(binding.status / 100 == 2, qPrintable(binding.describe()));
        QVERIFY2(s().signInAs(email, password), qPrintable(s().errorString()));

        openPage();
        press(QStringLiteral("newRoleButton"));
        typeInto(QStringLiteral("roleName"), QStringLiteral("Not allowed"));
        press(QStringLiteral("saveRole"));
        auto* error = find<QLabel>(QStringLiteral("roleError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY2(error->text().contains(QStringLiteral("403")), qPrintable(error->text()));
        QCOMPARE(find<QLineEdit>(QStringLiteral("roleName"))->text(), QStringLiteral("Not allowed"));
        QVERIFY(page().hasUnsavedChanges());
    }

    void droppedConnectionKeepsTheEditAndSaveWorksAfterwards()
    {
        openPage();
        selectRole(QStringLiteral("Namespace Maintainer"));
        waitShown(QStringLiteral("Namespace Maintainer"));
        typeInto(QStringLiteral("roleDescription"), QStringLiteral("Survives a drop"));
        QVERIFY(s().sandbox().setFaults(QStringLiteral("drop-rate=1,method=PUT")));
        press(QStringLiteral("saveRole"));
        auto* error = find<QLabel>(QStringLiteral("roleError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QCOMPARE(find<QLineEdit>(QStringLiteral("roleDescription"))->text(), QStringLiteral("Survives a drop"));
        QVERIFY(page().hasUnsavedChanges());
        QVERIFY(s().sandbox().setFaults(QString()));
        press(QStringLiteral("saveRole"));
        QTRY_VERIFY_WITH_TIMEOUT(page().noticeText().contains(QStringLiteral("saved")), 10000);
        QVERIFY(!page().hasUnsavedChanges());
        QCOMPARE(serverRole(QStringLiteral("Namespace Maintainer")).value(QLatin1String("description")).toString(),
                 QStringLiteral("Survives a drop"));
    }
};

KTC_TEST_MAIN(TestRolesPage)
#include "tst_rolespage.moc"
