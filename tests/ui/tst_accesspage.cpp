// The Access page against a demo sandbox: bindings created with real clicks (user, service
// account, group; tenant-wide and on a namespace), one bulk request for several subjects,
// change = delete + create (and the restore when the create fails), filters, delete.
#include "models/BindingListModel.h"
#include "support/TestMain.h"
#include "ui/access/BindingFilterBar.h"
#include "ui/access/NewBindingDialog.h"
#include "ui/pages/AccessPage.h"
#include "ui/widgets/AccessSubjectPicker.h"
#include "uisupport/SandboxSession.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

using namespace ktc;
using ktc::test::HttpResult;
using ktc::test::SandboxProcess;
using ktc::test::SandboxSession;

namespace {
const QString kTenant = QStringLiteral("acme-dev");

SandboxProcess::Options demoWithLog()
{
    SandboxProcess::Options options;
    options.seed = QStringLiteral("demo");
    options.accessLog = true;
    return options;
}

QString subjectName(const QJsonObject& binding)
{
    const QJsonObject group = binding.value(QLatin1String("group")).toObject();
    if (!group.isEmpty())
        return group.value(QLatin1String("name")).toString();
    const QJsonObject user = binding.value(QLatin1String("user")).toObject();
    return user.value(QLatin1String("displayName")).toString() + QLatin1Char(' ')
        + user.value(QLatin1String("username")).toString();
}
} // namespace

class TestAccessPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxSession> m_session;

    SandboxSession& s() { return *m_session; }

    // The tenant's bindings as the server has them: "subject|role|namespace" lines.
    QStringList serverBindings()
    {
        const HttpResult r = s().http().get(QStringLiteral("/api/v1/%1/bindings/search?size=500").arg(kTenant));
        QStringList lines;
        for (const QJsonValue& value : r.results()) {
            const QJsonObject b = value.toObject();
            lines << subjectName(b) + QLatin1Char('|') + b.value(QLatin1String("role")).toObject().value(QLatin1String("name")).toString()
                    + QLatin1Char('|') + b.value(QLatin1String("namespace")).toString();
        }
        return lines;
    }
    bool hasBinding(const QString& subject, const QString& role, const QString& ns)
    {
        const QStringList lines = serverBindings();
        return std::any_of(lines.cbegin(), lines.cend(), [&](const QString& line) {
            const QStringList parts = line.split(QLatin1Char('|'));
            return parts.at(0).contains(subject) && parts.at(1) == role && parts.at(2) == ns;
        });
    }
    int accessLogCount(const QByteArray& method, const QString& pathSuffix)
    {
        QFile file(s().sandbox().accessLogPath());
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        int count = 0;
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            if (entry.value(QLatin1String("method")).toString().toLatin1() == method
                && entry.value(QLatin1String("path")).toString().endsWith(pathSuffix))
                ++count;
        }
        return count;
    }

    std::unique_ptr<ui::AccessPage> openPage()
    {
        auto page = std::make_unique<ui::AccessPage>();
        page->resize(1100, 700);
        page->setContext(s().context(kTenant));
        page->show();
        page->activateWindow();
        return page;
    }
    static void waitLoaded(ui::AccessPage& page)
    {
        QTRY_VERIFY_WITH_TIMEOUT(page.bindings()->hasLoaded() && !page.bindings()->isLoading(), 10000);
    }
    static void click(QWidget* parent, const QString& name)
    {
        auto* button = parent->findChild<QAbstractButton*>(name);
        QVERIFY2(button, qPrintable(name));
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    // Types `text` in the subject filter and clicks the one subject left.
    static void pickSubject(ui::NewBindingDialog* dialog, const QString& text)
    {
        ui::AccessSubjectPicker* picker = dialog->picker();
        QTRY_VERIFY_WITH_TIMEOUT(picker->list()->count() > 3, 10000);
        picker->filterField()->clear();
        QTest::keyClicks(picker->filterField(), text);
        QListWidgetItem* only = nullptr;
        int visible = 0;
        for (int row = 0; row < picker->list()->count(); ++row) {
            if (!picker->list()->item(row)->isHidden()) {
                only = picker->list()->item(row);
                ++visible;
            }
        }
        QCOMPARE(visible, 1);
        picker->list()->scrollToItem(only);
        QTest::mouseClick(picker->list()->viewport(), Qt::LeftButton, {},
                          picker->list()->visualItemRect(only).center());
        QCOMPARE(only->checkState(), Qt::Checked);
    }
    // Chooses an entry of a combo box with the arrow keys, as a keyboard user does.
    static void chooseIn(QComboBox* combo, const QString& text)
    {
        combo->setFocus();
        QTRY_VERIFY(combo->findText(text) >= 0);
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentText(), text);
    }
    static ui::NewBindingDialog* openNewDialog(ui::AccessPage& page)
    {
        click(&page, QStringLiteral("newBindingButton"));
        return page.bindingDialog();
    }
    void createThroughDialog(ui::AccessPage& page, const QStringList& subjects, const QString& role, const QString& ns)
    {
        ui::NewBindingDialog* dialog = openNewDialog(page);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->activateWindow();
        for (const QString& subject : subjects)
            pickSubject(dialog, subject);
        chooseIn(dialog->findChild<QComboBox*>(QStringLiteral("bindingRole")), role);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("bindingNamespace")), ns);
        click(dialog, QStringLiteral("createBindingButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.bindingDialog(), 10000);
    }
    int rowWhere(ui::AccessPage& page, const QString& subject, const QString& role)
    {
        auto* model = page.bindings();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, models::BindingListModel::Subject).data().toString().contains(subject)
                && model->index(row, models::BindingListModel::RoleName).data().toString() == role)
                return row;
        }
        return -1;
    }
    static void clickRow(ui::AccessPage& page, int row)
    {
        QTableView* table = page.table();
        const QRect rect = table->visualRect(page.bindings()->index(row, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(table->selectionModel()->isRowSelected(row, {}));
    }

private slots:
    void init()
    {
        m_session = std::make_unique<SandboxSession>(demoWithLog());
        QVERIFY2(s().start(), qPrintable(s().errorString()));
    }
    void cleanup() { m_session.reset(); }

    void showsBindingsWithNamesAndWholeTenant()
    {
        auto page = openPage();
        waitLoaded(*page);
        QCOMPARE(page->table()->accessibleName(), QStringLiteral("Bindings"));
        const int row = rowWhere(*page, QStringLiteral("developers"), QStringLiteral("Developer"));
        QVERIFY(row >= 0);
        QCOMPARE(page->bindings()->index(row, models::BindingListModel::Namespace).data().toString(),
                 QStringLiteral("acme.payments"));
        const int admin = rowWhere(*page, QStringLiteral("platform-engineers"), QStringLiteral("Admin"));
        QCOMPARE(page->bindings()->index(admin, models::BindingListModel::Namespace).data().toString(),
                 QStringLiteral("Whole tenant"));
        const int bot = rowWhere(*page, QStringLiteral("ci-bot"), QStringLiteral("Developer"));
        QCOMPARE(page->bindings()->index(bot, models::BindingListModel::SubjectType).data().toString(),
                 QStringLiteral("Service account"));
        auto* action = page->findChild<QToolButton*>(QStringLiteral("newBindingButton"));
        QCOMPARE(action->accessibleName(), QStringLiteral("New binding"));
        QCOMPARE(page->findChild<QToolButton*>(QStringLiteral("deleteBindingButton"))->accessibleName(),
                 QStringLiteral("Delete binding"));
    }

    void createsUserServiceAccountAndGroupBindings()
    {
        auto page = openPage();
        waitLoaded(*page);
        createThroughDialog(*page, { QStringLiteral("Isabel") }, QStringLiteral("Viewer"), QStringLiteral("acme.web"));
        QVERIFY(hasBinding(QStringLiteral("Isabel"), QStringLiteral("Viewer"), QStringLiteral("acme.web")));
        createThroughDialog(*page, { QStringLiteral("ci-bot") }, QStringLiteral("Launcher"), QString());
        QVERIFY(hasBinding(QStringLiteral("ci-bot"), QStringLiteral("Launcher"), QString()));
        createThroughDialog(*page, { QStringLiteral("okta-engineering") }, QStringLiteral("Editor"),
                            QStringLiteral("acme.payments"));
        QVERIFY(hasBinding(QStringLiteral("okta-engineering"), QStringLiteral("Editor"), QStringLiteral("acme.payments")));
        createThroughDialog(*page, { QStringLiteral("tomas.novak") }, QStringLiteral("Editor"), QString());
        QVERIFY(hasBinding(QStringLiteral("Tomás"), QStringLiteral("Editor"), QString()));
        QTRY_VERIFY(page->noticeText().contains(QStringLiteral("created")));
        QTRY_VERIFY(rowWhere(*page, QStringLiteral("Tomás"), QStringLiteral("Editor")) >= 0);
        QCOMPARE(accessLogCount("POST", QStringLiteral("/bindings")), 4);
    }

    void severalSubjectsAreOneBulkRequest()
    {
        auto page = openPage();
        waitLoaded(*page);
        createThroughDialog(*page, { QStringLiteral("Liam"), QStringLiteral("developers") }, QStringLiteral("Launcher"),
                            QStringLiteral("acme.jobs"));
        QVERIFY(hasBinding(QStringLiteral("Liam"), QStringLiteral("Launcher"), QStringLiteral("acme.jobs")));
        QVERIFY(hasBinding(QStringLiteral("developers"), QStringLiteral("Launcher"), QStringLiteral("acme.jobs")));
        QCOMPARE(accessLogCount("POST", QStringLiteral("/bindings/bulk")), 1);
        QCOMPARE(accessLogCount("POST", QStringLiteral("/bindings")), 0);
        QTRY_VERIFY(page->noticeText().contains(QStringLiteral("2 bindings created")));
    }

    void changeDeletesAndRecreatesAndSaysSo()
    {
        auto page = openPage();
        waitLoaded(*page);
        const int row = rowWhere(*page, QStringLiteral("Daniel"), QStringLiteral("Editor"));
        QVERIFY(row >= 0);
        clickRow(*page, row);
        click(page.get(), QStringLiteral("changeBindingButton"));
        ui::NewBindingDialog* dialog = page->bindingDialog();
        QVERIFY(dialog && dialog->isChanging());
        QTRY_VERIFY(dialog->isVisible());
        dialog->activateWindow();
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("changeNote"))->text().contains(QStringLiteral("deletes")));
        chooseIn(dialog->findChild<QComboBox*>(QStringLiteral("bindingRole")), QStringLiteral("Viewer"));
        click(dialog, QStringLiteral("createBindingButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->bindingDialog(), 10000);
        QVERIFY(page->noticeText().contains(QStringLiteral("old binding was deleted and a new one created")));
        QVERIFY(hasBinding(QStringLiteral("Daniel"), QStringLiteral("Viewer"), QStringLiteral("acme.analytics")));
        QVERIFY(!hasBinding(QStringLiteral("Daniel"), QStringLiteral("Editor"), QStringLiteral("acme.analytics")));
    }

    void failedChangeRestoresTheOldBinding()
    {
        auto page = openPage();
        waitLoaded(*page);
        const int row = rowWhere(*page, QStringLiteral("Daniel"), QStringLiteral("Editor"));
        clickRow(*page, row);
        click(page.get(), QStringLiteral("changeBindingButton"));
        ui::NewBindingDialog* dialog = page->bindingDialog();
        QTRY_VERIFY(dialog->isVisible());
        dialog->activateWindow();
        chooseIn(dialog->findChild<QComboBox*>(QStringLiteral("bindingRole")), QStringLiteral("Viewer"));
        QVERIFY(s().sandbox().setFaults(
            QStringLiteral("error-rate=1,error-status=500,method=POST,path=^/api/v1/[^/]+/bindings$")));
        click(dialog, QStringLiteral("createBindingButton"));
        QTRY_VERIFY_WITH_TIMEOUT(page->noticeText().contains(QStringLiteral("old one was restored")), 15000);
        QVERIFY(s().sandbox().setFaults(QString()));
        QVERIFY(hasBinding(QStringLiteral("Daniel"), QStringLiteral("Editor"), QStringLiteral("acme.analytics")));
        QVERIFY(!hasBinding(QStringLiteral("Daniel"), QStringLiteral("Viewer"), QStringLiteral("acme.analytics")));
        QTRY_VERIFY(rowWhere(*page, QStringLiteral("Daniel"), QStringLiteral("Editor")) >= 0);
    }

    void filtersByTypeSubjectRoleAndNamespace()
    {
        auto page = openPage();
        waitLoaded(*page);
        auto* type = page->findChild<QComboBox*>(QStringLiteral("typeFilter"));
        auto* subject = page->findChild<QComboBox*>(QStringLiteral("subjectFilter"));
        auto* role = page->findChild<QComboBox*>(QStringLiteral("roleFilter"));
        auto* ns = page->findChild<QLineEdit*>(QStringLiteral("namespaceFilter"));
        auto* model = page->bindings();
        auto allRows = [model](int column, const QString& value) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (!model->index(row, column).data().toString().contains(value))
                    return false;
            }
            return model->rowCount() > 0;
        };

        chooseIn(type, QStringLiteral("Groups"));
        QTRY_VERIFY(model->hasLoaded() && model->rowCount() == 3 && allRows(0, QStringLiteral("Group")));
        chooseIn(type, QStringLiteral("Service accounts"));
        QTRY_VERIFY(model->hasLoaded() && model->rowCount() == 1 && allRows(1, QStringLiteral("ci-bot")));
        chooseIn(type, QStringLiteral("Any type"));

        chooseIn(role, QStringLiteral("Admin"));
        QTRY_VERIFY(model->hasLoaded() && model->rowCount() == 2 && allRows(2, QStringLiteral("Admin")));
        chooseIn(role, QStringLiteral("Any role"));

        QTest::keyClicks(ns, QStringLiteral("acme.payments"));
        QTRY_VERIFY(model->hasLoaded() && model->rowCount() == 2 && allRows(3, QStringLiteral("acme.payments")));
        ns->clear();

        chooseIn(subject, QStringLiteral("developers (Group)"));
        QTRY_VERIFY(model->hasLoaded() && model->rowCount() == 1 && allRows(1, QStringLiteral("developers")));
    }

    void deletesABindingAfterConfirmation()
    {
        auto page = openPage();
        waitLoaded(*page);
        const int row = rowWhere(*page, QStringLiteral("okta-engineering"), QStringLiteral("Viewer"));
        clickRow(*page, row);
        s().prompter().queueConfirm(true);
        click(page.get(), QStringLiteral("deleteBindingButton"));
        QTRY_VERIFY_WITH_TIMEOUT(page->noticeText().contains(QStringLiteral("Binding deleted")), 10000);
        QVERIFY(s().prompter().lastText().contains(QStringLiteral("okta-engineering")));
        QVERIFY(!hasBinding(QStringLiteral("okta-engineering"), QStringLiteral("Viewer"), QString()));
        QCOMPARE(rowWhere(*page, QStringLiteral("okta-engineering"), QStringLiteral("Viewer")), -1);
    }
};

KTC_TEST_MAIN(TestAccessPage)
#include "tst_accesspage.moc"
