// The Service Accounts page against a demo sandbox: create with live name validation and a group,
// edit, the embedded API tokens (a new token authenticates), delete with confirmation.
#include "support/TestMain.h"
#include "uisupport/SandboxSession.h"
#include "models/ServiceAccountListModel.h"
#include "ui/pages/ServiceAccountsPage.h"
#include "ui/pages/StateOverlay.h"
#include "ui/serviceaccounts/ServiceAccountAccessView.h"
#include "ui/serviceaccounts/ServiceAccountDetail.h"
#include "ui/tokens/ApiTokensPanel.h"
#include "ui/widgets/RecordDialog.h"

#include <QApplication>
#include <QCheckBox>
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

int rowNamed(QAbstractItemModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

void clickRow(QTableView* table, int row)
{
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

// Makes `label` the current item of a check list and toggles it with the space bar.
bool checkItem(QListWidget* list, const QString& label)
{
    const QList<QListWidgetItem*> found = list->findItems(label, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    list->scrollToItem(found.first());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(found.first()).center());
    QTest::keyClick(list, Qt::Key_Space);
    return found.first()->checkState() == Qt::Checked;
}

QString groupId(SandboxSession& s, const QString& name)
{
    const auto groups = s.http().get(QStringLiteral("/api/v1/acme-dev/groups/search?size=100")).results();
    for (const QJsonValue& g : groups) {
        if (g[QLatin1String("name")].toString() == name)
            return g[QLatin1String("id")].toString();
    }
    return {};
}
} // namespace

class TestServiceAccountsPage : public QObject
{
    Q_OBJECT

    SandboxSession m_s;
    std::unique_ptr<ui::ServiceAccountsPage> m_page;
    QString m_id; // the account this suite creates

    ui::ServiceAccountDetail* detail() const { return m_page->detail(); }
    template <class T> T* child(QObject* parent, const char* name) const
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }
    void selectAccount(const QString& name)
    {
        QTRY_VERIFY(rowNamed(m_page->accounts(), name) >= 0);
        clickRow(m_page->table(), rowNamed(m_page->accounts(), name));
        QTRY_VERIFY(child<QPushButton>(detail(), "saveButton") && child<QLineEdit>(detail(), "descriptionField")->isEnabled());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_s.start(), qPrintable(m_s.errorString()));
        // The demo's ci-bot goes first: this suite creates its own.
        const auto accounts = m_s.http().get(QStringLiteral("/api/v1/acme-dev/service-accounts?size=100")).results();
        for (const QJsonValue& a : accounts) {
            if (a[QLatin1String("username")].toString() == QLatin1String("ci-bot"))
                QCOMPARE(m_s.http().del(QStringLiteral("/api/v1/acme-dev/service-accounts/") + a[QLatin1String("id")].toString()).status, 200);
        }
        m_page = std::make_unique<ui::ServiceAccountsPage>();
        m_page->resize(1400, 900);
        m_page->setContext(m_s.context(kTenant));
        m_page->show();
        m_page->activateWindow();
        QTRY_VERIFY(m_page->accounts()->hasLoaded());
        QCOMPARE(m_page->table()->accessibleName(), QStringLiteral("Service accounts"));
    }

    void saysTokensAreTheOnlyAuthentication()
    {
        auto* note = child<QLabel>(detail(), "authenticationNote");
        QVERIFY(note);
        QVERIFY(note->text().contains(QStringLiteral("API tokens only")));
    }

    void createsWithLiveValidationAndAGroup()
    {
        QTest::mouseClick(child<QToolButton>(m_page.get(), "newServiceAccountButton"), Qt::LeftButton);
        QPointer<ui::RecordDialog> dialog = child<ui::RecordDialog>(m_page.get(), "serviceAccountDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->activateWindow();
        auto* name = child<QLineEdit>(dialog, "nameField");
        auto* hint = child<QLabel>(dialog, "nameHint");
        QCOMPARE(name->accessibleName(), QStringLiteral("Name"));
        QTest::keyClicks(name, QStringLiteral("Bad_Name"));
        QVERIFY(!dialog->acceptButton()->isEnabled());
        QVERIFY(hint->styleSheet().contains(QStringLiteral("#b00020")));
        retype(name, QStringLiteral("ci-bot"));
        QVERIFY(dialog->acceptButton()->isEnabled());
        QVERIFY(!hint->styleSheet().contains(QStringLiteral("#b00020")));
        QTest::keyClicks(child<QLineEdit>(dialog, "descriptionField"), QStringLiteral("GitHub Actions"));
        auto* groups = child<QListWidget>(dialog, "groupsFieldList");
        QCOMPARE(groups->accessibleName(), QStringLiteral("Groups"));
        QTRY_VERIFY(!groups->findItems(QStringLiteral("developers"), Qt::MatchExactly).isEmpty());
        QVERIFY(checkItem(groups, QStringLiteral("developers")));
        QVERIFY(child<QCheckBox>(dialog, "superAdminField")->accessibleName() == QStringLiteral("Super admin"));
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);

        const int row = rowNamed(m_page->accounts(), QStringLiteral("ci-bot"));
        QVERIFY(row >= 0);
        m_id = m_page->accounts()->index(row, 0).data(models::PagedModelBase::IdRole).toString();
        const auto stored = m_s.http().get(QStringLiteral("/api/v1/acme-dev/service-accounts/") + m_id);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.object()[QLatin1String("description")].toString(), QStringLiteral("GitHub Actions"));
        const QJsonArray storedGroups = stored.object()[QLatin1String("groups")].toArray();
        QCOMPARE(storedGroups.size(), 1);
        QCOMPARE(storedGroups.at(0)[QLatin1String("id")].toString(), groupId(m_s, QStringLiteral("developers")));
        QVERIFY(m_page->noticeText().contains(QStringLiteral("created")));
    }

    void editsTheDescriptionAndShowsAccess()
    {
        selectAccount(QStringLiteral("ci-bot"));
        QTRY_VERIFY(detail()->access()->groupsText().contains(QStringLiteral("developers")));
        auto* description = child<QLineEdit>(detail(), "descriptionField");
        auto* save = child<QPushButton>(detail(), "saveButton");
        QCOMPARE(save->accessibleName(), QStringLiteral("Save"));
        QCOMPARE(child<QPushButton>(detail(), "revertButton")->accessibleName(), QStringLiteral("Revert"));
        QVERIFY(!save->isEnabled());
        m_page->activateWindow();
        retype(description, QStringLiteral("Deploys flows from acme/flows"));
        QVERIFY(m_page->hasUnsavedChanges());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!m_page->hasUnsavedChanges());
        const auto stored = m_s.http().get(QStringLiteral("/api/v1/acme-dev/service-accounts/") + m_id);
        QCOMPARE(stored.object()[QLatin1String("description")].toString(), QStringLiteral("Deploys flows from acme/flows"));
        const int row = rowNamed(m_page->accounts(), QStringLiteral("ci-bot"));
        QCOMPARE(m_page->accounts()->index(row, models::ServiceAccountListModel::Description).data().toString(),
                 QStringLiteral("Deploys flows from acme/flows"));
    }

    void aTokenFromTheEmbeddedPanelAuthenticates()
    {
        selectAccount(QStringLiteral("ci-bot"));
        ui::ApiTokensPanel* tokens = detail()->tokens();
        QVERIFY(tokens && tokens->source());
        QCOMPARE(tokens->source()->ownerId(), m_id);
        auto* newToken = child<QPushButton>(tokens, "newTokenButton");
        QTRY_VERIFY(newToken->isEnabled());
        QTest::mouseClick(newToken, Qt::LeftButton);
        QPointer<QDialog> create = child<QDialog>(tokens, "createTokenDialog");
        QVERIFY(create);
        QTRY_VERIFY(create->isVisible());
        create->activateWindow();
        QTest::keyClicks(child<QLineEdit>(create, "tokenName"), QStringLiteral("ci-deploy"));
        QTest::mouseClick(child<QPushButton>(create, "createButton"), Qt::LeftButton);
        QDialog* handoff = nullptr;
        QTRY_VERIFY((handoff = m_page->window()->findChild<QDialog*>(QStringLiteral("tokenHandoffDialog"))));
        const QString secret = child<QLineEdit>(handoff, "tokenValue")->text();
        QVERIFY(!secret.isEmpty());
        const test::TestAuth bearer = test::TestAuth::bearer(secret);
        const auto me = m_s.http().get(QStringLiteral("/api/v1/me"), &bearer);
        QCOMPARE(me.status, 200);
        QVERIFY(me.body.contains("ci-bot"));
        QPointer<QDialog> guard(handoff);
        QTest::mouseClick(child<QPushButton>(handoff, "closeButton"), Qt::LeftButton); // not copied: asks, accepted
        QTRY_VERIFY(!guard || !guard->isVisible());
    }

    void deletesAfterConfirmation()
    {
        selectAccount(QStringLiteral("ci-bot"));
        m_s.prompter().clearQuestions();
        m_s.prompter().queueConfirm(false);
        QTest::mouseClick(child<QToolButton>(m_page.get(), "deleteServiceAccountButton"), Qt::LeftButton);
        QTRY_COMPARE(m_s.prompter().questions().size(), 1);
        QTest::qWait(100);
        QCOMPARE(m_s.http().get(QStringLiteral("/api/v1/acme-dev/service-accounts/") + m_id).status, 200);
        QVERIFY(m_s.prompter().lastText().contains(QStringLiteral("ci-bot")));

        QTest::mouseClick(child<QToolButton>(m_page.get(), "deleteServiceAccountButton"), Qt::LeftButton);
        QTRY_COMPARE(m_s.http().get(QStringLiteral("/api/v1/acme-dev/service-accounts/") + m_id).status, 404);
        QTRY_COMPARE(rowNamed(m_page->accounts(), QStringLiteral("ci-bot")), -1);
        QVERIFY(m_page->noticeText().contains(QStringLiteral("deleted")));
    }

    void cleanupTestCase() { m_page.reset(); }
};

KTC_TEST_MAIN(TestServiceAccountsPage)
#include "tst_serviceaccountspage.moc"
