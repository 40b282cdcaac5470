// The Overview form without a server: showing a tenant and reading it back changes nothing
// (so the unsaved state is honest), non-text configuration values survive, edits land where they
// should, and local checks catch what the server does not.
#include "support/TestMain.h"
#include "ui/overview/IsolationEditor.h"
#include "ui/overview/KeyValueEditor.h"
#include "ui/overview/TenantForm.h"
#include "ui/overview/VariantText.h"
#include "ui/overview/WorkersSection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

using namespace ktc;
using namespace ktc::ui;

namespace {
Tenant richTenant()
{
    Tenant t;
    t.id = QStringLiteral("acme");
    t.name = QStringLiteral(" ACME ");
    t.defaultWorkerSelector = WorkerSelector { { QStringLiteral("gpu"), QStringLiteral("eu") },
        WorkerSelectorMatch::Any, WorkerFallback::Unknown };
    t.workerGroup = LegacyWorkerGroup { QStringLiteral("old-group"), WorkerFallback::Wait };
    t.concurrency = TenantConcurrency { 12, ConcurrencyBehavior::Cancel };
    t.quotas = QList<TenantQuota> { { QStringLiteral("PT1H"), 50, QuotaBehavior::Cancel },
        { QStringLiteral("P1D"), 5000000000LL, QuotaBehavior::Fail } };
    t.storageType = QStringLiteral("s3");
    t.storageConfiguration = { { QStringLiteral("bucket"), QStringLiteral("b") },
        { QStringLiteral("port"), qint64(9000) }, { QStringLiteral("ratio"), 0.5 },
        { QStringLiteral("pathStyle"), true }, { QStringLiteral("none"), QVariant::fromValue(nullptr) },
        { QStringLiteral("nested"),
            QVariantMap { { QStringLiteral("a"), QVariantList { 1, QStringLiteral("x") } } } } };
    t.storageIsolation = Isolation { true,
        { QStringLiteral("WORKER"), QStringLiteral("FUTURE"), QStringLiteral("EXECUTOR") } };
    t.secretType = QStringLiteral("vault");
    t.secretConfiguration = { { QStringLiteral("token"), QStringLiteral("hvs.x") } };
    t.secretReadOnly = true;
    t.secretIsolation = Isolation { false, {} };
    t.requireExistingNamespace = true;
    t.appCatalogConfig = AppCatalogConfig { QStringLiteral("Apps"), {}, {}, {}, {}, {} };
    t.raw = QByteArrayLiteral("{\"id\":\"acme\",\"unknown\":1}");
    return t;
}

template <class T> T* child(QWidget& w, const QString& name)
{
    return w.findChild<T*>(name);
}
} // namespace

class TestOverviewForm : public QObject
{
    Q_OBJECT
private slots:
    void showingAndReadingBackIsNotAChange_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("2.0") << false;
        QTest::newRow("1.3") << true;
    }

    void showingAndReadingBackIsNotAChange()
    {
        QFETCH(bool, legacy);
        TenantForm form;
        for (const Tenant& t : { richTenant(), Tenant {} }) {
            form.setTenant(t, legacy);
            QVERIFY(form.applied(t) == t);
            QVERIFY(form.localErrors().isEmpty());
        }
        Tenant minimal;
        minimal.id = QStringLiteral("x");
        minimal.name = QStringLiteral("X");
        form.setTenant(minimal, legacy);
        const Tenant back = form.applied(minimal);
        QVERIFY(!back.concurrency && !back.quotas && !back.storageIsolation && !back.defaultWorkerSelector
            && !back.workerGroup);
    }

    void editsLandInTheTenant()
    {
        TenantForm form;
        const Tenant t = richTenant();
        form.setTenant(t, false);
        child<QLineEdit>(form, QStringLiteral("tenantName"))->setText(QStringLiteral("New"));
        child<QLineEdit>(form, QStringLiteral("workerTags"))->setText(QStringLiteral("a, b,,a "));
        child<QCheckBox>(form, QStringLiteral("storageIsolationWORKER"))->setChecked(false);
        child<QCheckBox>(form, QStringLiteral("storageIsolationSCHEDULER"))->setChecked(true);
        child<QCheckBox>(form, QStringLiteral("concurrencyEnabled"))->setChecked(false);
        const Tenant e = form.applied(t);
        QCOMPARE(e.name, QStringLiteral("New"));
        QCOMPARE(e.defaultWorkerSelector->tags, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(e.defaultWorkerSelector->match, std::optional(WorkerSelectorMatch::Any));
        // Read order kept, unknown service kept, new one appended.
        QCOMPARE(e.storageIsolation->deniedServices,
            (QStringList {
                QStringLiteral("FUTURE"), QStringLiteral("EXECUTOR"), QStringLiteral("SCHEDULER") }));
        QVERIFY(!e.concurrency);
        QCOMPARE(e.workerGroup, t.workerGroup); // a 2.0 form leaves the 1.3 field alone
        QCOMPARE(e.raw, t.raw);
        QCOMPARE(e.appCatalogConfig, t.appCatalogConfig);
    }

    void legacyServerEditsTheWorkerGroup()
    {
        TenantForm form;
        Tenant t = richTenant();
        t.concurrency.reset();
        form.setTenant(t, true);
        QVERIFY(!child<QLineEdit>(form, QStringLiteral("workerGroupKey"))->isHidden());
        QVERIFY(child<QLineEdit>(form, QStringLiteral("workerTags"))->parentWidget()->isHidden());
        QVERIFY(child<QWidget>(form, QStringLiteral("concurrencySection"))->isHidden());
        QVERIFY(child<QWidget>(form, QStringLiteral("quotasSection"))->isHidden());
        child<QLineEdit>(form, QStringLiteral("workerGroupKey"))->setText(QStringLiteral("gpu-workers"));
        const Tenant e = form.applied(t);
        QCOMPARE(e.workerGroup->key, QStringLiteral("gpu-workers"));
        QCOMPARE(e.workerGroup->fallback, std::optional(WorkerFallback::Wait));
        QCOMPARE(e.defaultWorkerSelector, t.defaultWorkerSelector); // the 2.0 field is left alone
        QCOMPARE(e.quotas, t.quotas);
        child<QLineEdit>(form, QStringLiteral("workerGroupKey"))->clear();
        QComboBox* fallback = child<QComboBox>(form, QStringLiteral("workerGroupFallback"));
        fallback->setCurrentIndex(0); // server default
        QVERIFY(!form.applied(t).workerGroup);
    }

    void keyValueEditorKeepsNonTextValues()
    {
        KeyValueEditor editor(QStringLiteral("cfg"), QStringLiteral("Configuration"), false);
        const QVariantMap map { { QStringLiteral("n"), qint64(3) },
            { QStringLiteral("s"), QStringLiteral("text") } };
        editor.setMap(map);
        QCOMPARE(editor.map(), map);
        auto* numberValue = child<QLineEdit>(editor, QStringLiteral("cfgValue0"));
        QVERIFY(numberValue->isReadOnly());
        QCOMPARE(numberValue->text(), QStringLiteral("3"));
        child<QLineEdit>(editor, QStringLiteral("cfgKey0"))->setText(QStringLiteral("renamed"));
        QCOMPARE(editor.map().value(QStringLiteral("renamed")), QVariant(qint64(3)));
        child<QToolButton>(editor, QStringLiteral("cfgRemove0"))->click();
        QCOMPARE(editor.rowCount(), 1);
        QCOMPARE(editor.map(), (QVariantMap { { QStringLiteral("s"), QStringLiteral("text") } }));
        QCOMPARE(child<QLineEdit>(editor, QStringLiteral("cfgKey0"))->text(), QStringLiteral("s"));
        child<QPushButton>(editor, QStringLiteral("cfgAdd"))->click();
        child<QLineEdit>(editor, QStringLiteral("cfgKey1"))->setText(QStringLiteral("s"));
        QCOMPARE(editor.localErrors(QStringLiteral("cfg")).size(), 1);
        QCOMPARE(editor.localErrors(QStringLiteral("cfg")).at(0).path, QStringLiteral("cfg"));
    }

    void maskedEditorHidesValuesUntilRevealed()
    {
        KeyValueEditor editor(QStringLiteral("sec"), QStringLiteral("Secrets"), true);
        editor.setMap({ { QStringLiteral("password"), QStringLiteral("p") } });
        auto* value = child<QLineEdit>(editor, QStringLiteral("secValue0"));
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        child<QCheckBox>(editor, QStringLiteral("secReveal"))->setChecked(true);
        QCOMPARE(value->echoMode(), QLineEdit::Normal);
        editor.setMap({ { QStringLiteral("other"), QStringLiteral("q") } }); // another tenant: hidden again
        QCOMPARE(child<QLineEdit>(editor, QStringLiteral("secValue0"))->echoMode(), QLineEdit::Password);
    }

    void quotasAreCheckedLocally()
    {
        TenantForm form;
        Tenant t = richTenant();
        form.setTenant(t, false);
        child<QLineEdit>(form, QStringLiteral("quotaDuration0"))->setText(QStringLiteral("one hour"));
        const auto errors = form.localErrors();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).path, QStringLiteral("quotas[0].duration"));
        child<QToolButton>(form, QStringLiteral("quotaRemove0"))->click();
        QVERIFY(form.localErrors().isEmpty());
        QCOMPARE(form.applied(t).quotas->size(), 1);
        QCOMPARE(form.applied(t).quotas->at(0).limit, 5000000000LL);
    }

    void everyInteractiveChildIsNamed()
    {
        TenantForm form;
        form.setTenant(richTenant(), false);
        const auto widgets = form.findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->focusPolicy() || qobject_cast<QLineEdit*>(w->parentWidget()) || !w->parentWidget()
                || w->inherits("QComboBoxPrivateContainer") || w->inherits("QAbstractItemView")
                || w->inherits("QScrollBar") || w->parentWidget()->inherits("QAbstractItemView")
                || w->parentWidget()->inherits("QSpinBox"))
                continue;
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }

    void textOfValues()
    {
        QCOMPARE(variantToText(QVariantMap {
                     { QStringLiteral("a"), QVariantList { 1, true, QVariant::fromValue(nullptr) } } }),
            QStringLiteral("{\"a\": [1, true, null]}"));
        QCOMPARE(WorkersSection::parseTags(QStringLiteral(" x ,y,")),
            (QStringList { QStringLiteral("x"), QStringLiteral("y") }));
    }
};

KTC_TEST_MAIN(TestOverviewForm)
#include "tst_overviewform.moc"
