// The Overview page against a running kestra-sandbox: load, edit, save (the whole object, unknown
// fields kept), revert, server validation at the field, unsaved state, tenant switch, dropped PUT.
#include "support/TestMain.h"
#include "ui/pages/OverviewPage.h"
#include "ui/pages/StateOverlay.h"
#include "uisupport/SandboxSession.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <optional>

using ktc::test::SandboxSession;
using ktc::ui::OverviewPage;
using ktc::ui::StateOverlay;

namespace {
const QString kDev = QStringLiteral("acme-dev");
const QString kProd = QStringLiteral("acme-prod");

QString path(const QString& id)
{
    return QStringLiteral("/api/v1/tenants/") + id;
}

template <class T> T* child(QWidget& page, const char* name)
{
    return page.findChild<T*>(QString::fromLatin1(name));
}

void clickCheckBox(QCheckBox* box)
{
    // On the indicator: a click far right of a stretched check box's label does not toggle it.
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

void replaceText(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Backspace);
    else
        QTest::keyClicks(field, text);
}
} // namespace

class TestOverviewPage : public QObject
{
    Q_OBJECT

    SandboxSession m_s;

    QJsonObject tenant(const QString& id)
    {
        const auto r = m_s.http().get(path(id));
        if (r.status != 200)
            qWarning("%s", qPrintable(r.describe()));
        return r.object();
    }

    // Shows the page on `id` and waits until the tenant is on screen.
    bool open(OverviewPage& page, const QString& id)
    {
        page.resize(900, 1400);
        page.setContext(m_s.context(id));
        page.show();
        page.activateWindow();
        auto* overlay = page.findChild<StateOverlay*>();
        return QTest::qWaitFor([&] { return overlay->showing() == StateOverlay::Showing::Content; }, 10000);
    }

private slots:
    void initTestCase() { QVERIFY2(m_s.start(), qPrintable(m_s.errorString())); }

    void init()
    {
        QVERIFY(m_s.sandbox().setFaults(QString()));
        // A known acme-dev, with fields the console does not show and one it does not know.
        QJsonObject t {
            { QStringLiteral("id"), kDev },
            { QStringLiteral("name"), QStringLiteral("ACME Development") },
            { QStringLiteral("deleted"), false },
            { QStringLiteral("storageType"), QStringLiteral("s3") },
            { QStringLiteral("storageConfiguration"),
                QJsonObject { { QStringLiteral("bucket"), QStringLiteral("acme-dev-data") },
                    { QStringLiteral("port"), 9000 }, { QStringLiteral("pathStyle"), true } } },
            { QStringLiteral("secretType"), QStringLiteral("vault") },
            { QStringLiteral("secretConfiguration"),
                QJsonObject { { QStringLiteral("address"), QStringLiteral("https://vault.acme") },
                    { QStringLiteral("token"), QStringLiteral("hvs.TOPSECRET") } } },
            { QStringLiteral("requireExistingNamespace"), false },
            { QStringLiteral("outputsInInternalStorage"), true },
            { QStringLiteral("appCatalogConfig"),
                QJsonObject { { QStringLiteral("title"), QStringLiteral("ACME apps") } } },
            { QStringLiteral("settings"),
                QJsonObject { { QStringLiteral("dashboard"),
                    QJsonObject {
                        { QStringLiteral("defaultHomeDashboard"), QStringLiteral("home-1") } } } } },
            { QStringLiteral("futureField"),
                QJsonObject { { QStringLiteral("keep"), QJsonArray { 1, 2, 3 } } } },
        };
        const auto r = m_s.http().put(path(kDev), t);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QVERIFY2(tenant(kDev).contains(QStringLiteral("futureField")), "the sandbox keeps unknown keys");
    }

    void cleanup() { QVERIFY(m_s.sandbox().setFaults(QString())); }

    void loadsTheTenant()
    {
        OverviewPage page;
        QVERIFY(open(page, kDev));
        auto* id = child<QLineEdit>(page, "tenantId");
        QCOMPARE(id->text(), kDev);
        QVERIFY(id->isReadOnly());
        QCOMPARE(child<QLineEdit>(page, "tenantName")->text(), QStringLiteral("ACME Development"));
        QCOMPARE(child<QLineEdit>(page, "storageType")->text(), QStringLiteral("s3"));
        QCOMPARE(child<QLineEdit>(page, "secretType")->text(), QStringLiteral("vault"));
        QVERIFY(child<QCheckBox>(page, "outputsInInternalStorage")->isChecked());
        QVERIFY(!child<QCheckBox>(page, "requireExistingNamespace")->isChecked());
        QVERIFY(!child<QCheckBox>(page, "concurrencyEnabled")->isChecked());
        // Storage map: text editable, non-text values shown as they are and read-only.
        QCOMPARE(child<QLineEdit>(page, "storageConfigurationKey0")->text(), QStringLiteral("bucket"));
        QCOMPARE(
            child<QLineEdit>(page, "storageConfigurationValue0")->text(), QStringLiteral("acme-dev-data"));
        QVERIFY(!child<QLineEdit>(page, "storageConfigurationValue0")->isReadOnly());
        QCOMPARE(child<QLineEdit>(page, "storageConfigurationValue2")->text(), QStringLiteral("9000"));
        QVERIFY(child<QLineEdit>(page, "storageConfigurationValue2")->isReadOnly());
        // Secret values are masked until revealed.
        auto* token = child<QLineEdit>(page, "secretConfigurationValue1");
        QCOMPARE(child<QLineEdit>(page, "secretConfigurationKey1")->text(), QStringLiteral("token"));
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        clickCheckBox(child<QCheckBox>(page, "secretConfigurationReveal"));
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        // Nothing to save yet.
        QVERIFY(!page.hasUnsavedChanges());
        QVERIFY(!child<QPushButton>(page, "saveButton")->isEnabled());
        QVERIFY(!child<QPushButton>(page, "revertButton")->isEnabled());
        QVERIFY(!child<QLabel>(page, "unsavedMarker")->isVisible());
    }

    void loadErrorOffersRetry()
    {
        QVERIFY(m_s.sandbox().setFaults(
            QStringLiteral("error-rate=1,error-status=503,method=GET,path=^/api/v1/tenants/")));
        OverviewPage page;
        page.setContext(m_s.context(kDev));
        page.show();
        auto* overlay = page.findChild<StateOverlay*>();
        QTRY_COMPARE_WITH_TIMEOUT(overlay->showing(), StateOverlay::Showing::Error, 15000);
        QVERIFY(overlay->messageText().contains(QStringLiteral("503")));
        QVERIFY(child<QLineEdit>(page, "tenantName")->text().isEmpty());
        QVERIFY(m_s.sandbox().setFaults(QString()));
        QTest::mouseClick(child<QPushButton>(page, "retryButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(overlay->showing(), StateOverlay::Showing::Content, 10000);
        QCOMPARE(child<QLineEdit>(page, "tenantName")->text(), QStringLiteral("ACME Development"));
    }

    void editAndSaveKeepsUnknownFields()
    {
        OverviewPage page;
        QVERIFY(open(page, kDev));
        QSignalSpy unsaved(&page, &OverviewPage::unsavedChangesChanged);
        auto* name = child<QLineEdit>(page, "tenantName");
        replaceText(name, QStringLiteral("ACME Dev (edited)"));
        QVERIFY(page.hasUnsavedChanges());
        QCOMPARE(unsaved.count(), 1);
        QCOMPARE(unsaved.at(0).at(0).toBool(), true);
        QVERIFY(child<QLabel>(page, "unsavedMarker")->isVisible());
        QVERIFY(page.windowTitle().endsWith(QLatin1Char('*')));
        QVERIFY(child<QPushButton>(page, "saveButton")->isEnabled());

        clickCheckBox(child<QCheckBox>(page, "concurrencyEnabled"));
        replaceText(child<QSpinBox>(page, "concurrencyLimit"), QStringLiteral("7"));
        QCOMPARE(child<QSpinBox>(page, "concurrencyLimit")->value(), 7);
        // A new storage entry, typed.
        QTest::mouseClick(child<QPushButton>(page, "storageConfigurationAdd"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(page, "storageConfigurationKey3"), QStringLiteral("region"));
        QTest::keyClicks(child<QLineEdit>(page, "storageConfigurationValue3"), QStringLiteral("eu-west-1"));

        QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!page.isSaving());
        QTRY_VERIFY2(!page.hasUnsavedChanges(), qPrintable(child<QLabel>(page, "overviewError")->text()));
        QCOMPARE(unsaved.constLast().at(0).toBool(), false);
        QVERIFY(!child<QLabel>(page, "unsavedMarker")->isVisible());
        QVERIFY(!child<QPushButton>(page, "saveButton")->isEnabled());

        const QJsonObject t = tenant(kDev);
        QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("ACME Dev (edited)"));
        const QJsonObject c = t.value(QStringLiteral("concurrency")).toObject();
        QCOMPARE(c.value(QStringLiteral("limit")).toInt(), 7);
        QCOMPARE(c.value(QStringLiteral("behavior")).toString(), QStringLiteral("QUEUE"));
        const QJsonObject storage = t.value(QStringLiteral("storageConfiguration")).toObject();
        QCOMPARE(storage.value(QStringLiteral("region")).toString(), QStringLiteral("eu-west-1"));
        QVERIFY(storage.value(QStringLiteral("port")).isDouble()); // still a number, not "9000"
        QCOMPARE(storage.value(QStringLiteral("port")).toInt(), 9000);
        QCOMPARE(storage.value(QStringLiteral("pathStyle")), QJsonValue(true));
        // What the form does not show, and what the console does not know, survived the PUT.
        QCOMPARE(t.value(QStringLiteral("futureField")).toObject().value(QStringLiteral("keep")).toArray(),
            (QJsonArray { 1, 2, 3 }));
        QCOMPARE(
            t.value(QStringLiteral("appCatalogConfig")).toObject().value(QStringLiteral("title")).toString(),
            QStringLiteral("ACME apps"));
        QCOMPARE(t.value(QStringLiteral("settings"))
                     .toObject()
                     .value(QStringLiteral("dashboard"))
                     .toObject()
                     .value(QStringLiteral("defaultHomeDashboard"))
                     .toString(),
            QStringLiteral("home-1"));
        QCOMPARE(t.value(QStringLiteral("secretConfiguration"))
                     .toObject()
                     .value(QStringLiteral("token"))
                     .toString(),
            QStringLiteral("hvs.TOPSECRET"));
        // The page shows the server's answer as its new baseline.
        QCOMPARE(page.baseline().name, QStringLiteral("ACME Dev (edited)"));
        QCOMPARE(name->text(), QStringLiteral("ACME Dev (edited)"));
    }

    void revertRestores()
    {
        OverviewPage page;
        QVERIFY(open(page, kDev));
        auto* name = child<QLineEdit>(page, "tenantName");
        replaceText(name, QStringLiteral("Something else"));
        clickCheckBox(child<QCheckBox>(page, "requireExistingNamespace"));
        QVERIFY(page.hasUnsavedChanges());
        QTest::mouseClick(child<QPushButton>(page, "revertButton"), Qt::LeftButton);
        QCOMPARE(name->text(), QStringLiteral("ACME Development"));
        QVERIFY(!child<QCheckBox>(page, "requireExistingNamespace")->isChecked());
        QVERIFY(!page.hasUnsavedChanges());
        QVERIFY(!child<QLabel>(page, "unsavedMarker")->isVisible());
        QVERIFY(!child<QPushButton>(page, "saveButton")->isEnabled());
        // Typing the original value back is not a change either.
        replaceText(name, QStringLiteral("ACME Dev"));
        QVERIFY(page.hasUnsavedChanges());
        QTest::keyClicks(name, QStringLiteral("elopment"));
        QVERIFY(!page.hasUnsavedChanges());
    }

    void validationErrorShownAtTheField()
    {
        OverviewPage page;
        QVERIFY(open(page, kDev));
        auto* name = child<QLineEdit>(page, "tenantName");
        replaceText(name, QString());
        QVERIFY(page.hasUnsavedChanges());
        QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
        auto* error = child<QLabel>(page, "overviewError");
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(name->property("ktcFieldError").toBool(), "the name field is marked");
        QVERIFY(name->toolTip().contains(QStringLiteral("must not be blank")));
        QVERIFY(error->text().contains(QStringLiteral("name")));
        // The edit is kept and can be fixed and saved again.
        QVERIFY(page.hasUnsavedChanges());
        QVERIFY(child<QPushButton>(page, "saveButton")->isEnabled());
        QCOMPARE(tenant(kDev).value(QStringLiteral("name")).toString(), QStringLiteral("ACME Development"));
        QTest::keyClicks(name, QStringLiteral("ACME Dev fixed"));
        QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!page.hasUnsavedChanges());
        QVERIFY(!error->isVisible());
        QVERIFY(!name->property("ktcFieldError").toBool());
        QCOMPARE(tenant(kDev).value(QStringLiteral("name")).toString(), QStringLiteral("ACME Dev fixed"));
    }

    void switchingTenantDropsOldDataAtOnce()
    {
        OverviewPage page;
        QVERIFY(open(page, kDev));
        auto* name = child<QLineEdit>(page, "tenantName");
        QCOMPARE(name->text(), QStringLiteral("ACME Development"));
        QVERIFY(m_s.sandbox().setFaults(QStringLiteral("latency=500ms")));
        page.setContext(m_s.context(kProd));
        // Synchronously: no acme-dev value left, and the page says it is loading.
        QVERIFY(name->text().isEmpty());
        QVERIFY(child<QLineEdit>(page, "tenantId")->text().isEmpty());
        QVERIFY(child<QLineEdit>(page, "storageConfigurationKey0") == nullptr);
        auto* overlay = page.findChild<StateOverlay*>();
        QCOMPARE(overlay->showing(), StateOverlay::Showing::Loading);
        QTest::qWait(200);
        QVERIFY(name->text().isEmpty()); // still loading: still nothing of acme-dev
        QTRY_COMPARE_WITH_TIMEOUT(overlay->showing(), StateOverlay::Showing::Content, 10000);
        QCOMPARE(name->text(), QStringLiteral("ACME Production"));
        QCOMPARE(child<QLineEdit>(page, "tenantId")->text(), kProd);
    }

    void droppedConnectionKeepsTheEdit()
    {
        OverviewPage page;
        QVERIFY(open(page, kDev));
        auto* name = child<QLineEdit>(page, "tenantName");
        replaceText(name, QStringLiteral("Renamed while offline"));
        QVERIFY(m_s.sandbox().setFaults(QStringLiteral("drop-rate=1,method=PUT")));
        QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
        auto* error = child<QLabel>(page, "overviewError");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY(!page.isSaving());
        QCOMPARE(name->text(), QStringLiteral("Renamed while offline"));
        QVERIFY(page.hasUnsavedChanges());
        QVERIFY(child<QLabel>(page, "unsavedMarker")->isVisible());
        QVERIFY(child<QPushButton>(page, "saveButton")->isEnabled());
        QVERIFY(m_s.sandbox().setFaults(QString()));
        QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.hasUnsavedChanges(), 20000);
        QVERIFY(!error->isVisible());
        QCOMPARE(
            tenant(kDev).value(QStringLiteral("name")).toString(), QStringLiteral("Renamed while offline"));
    }

    void saveChangesForTheLeavePrompt()
    {
        OverviewPage page;
        QVERIFY(open(page, kDev));
        std::optional<bool> outcome;
        page.saveChanges([&outcome](bool saved) { outcome = saved; }); // nothing to save
        QVERIFY(outcome.has_value() && *outcome);

        replaceText(child<QLineEdit>(page, "tenantName"), QStringLiteral("Saved on leaving"));
        outcome.reset();
        QVERIFY(m_s.sandbox().setFaults(QStringLiteral("error-rate=1,error-status=503,method=PUT")));
        page.saveChanges([&outcome](bool saved) { outcome = saved; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(*outcome, false);
        QVERIFY(page.hasUnsavedChanges());

        QVERIFY(m_s.sandbox().setFaults(QString()));
        outcome.reset();
        page.saveChanges([&outcome](bool saved) { outcome = saved; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(*outcome, true);
        QCOMPARE(tenant(kDev).value(QStringLiteral("name")).toString(), QStringLiteral("Saved on leaving"));

        replaceText(child<QLineEdit>(page, "tenantName"), QStringLiteral("Thrown away"));
        page.discardChanges();
        QVERIFY(!page.hasUnsavedChanges());
        QCOMPARE(child<QLineEdit>(page, "tenantName")->text(), QStringLiteral("Saved on leaving"));
    }
};

KTC_TEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
