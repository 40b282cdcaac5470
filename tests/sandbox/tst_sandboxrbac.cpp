// Tenant RBAC of kestra-sandbox: 403 without the permission, allowed after a binding, instance
// routes for the owner only, managed roles read-only.
#include "support/SandboxProcess.h"
#include "support/SpecValidator.h"
#include "support/TestHttp.h"
#include "support/TestMain.h"

namespace ktc::test {

class TestSandboxRbac : public QObject
{
    Q_OBJECT

private:
    SpecValidator m_spec;
    SandboxProcess m_sandbox;
    std::unique_ptr<TestHttp> m_owner;
    std::unique_ptr<TestHttp> m_dave; // a plain user with tenant access to "rbac"
    const QString m_davePassword = QStringLiteral("Dave-pw-2u8X");
    QString m_daveId;
    QString m_roleId;
    QString m_bindingId;

    HttpResult createGroup(TestHttp& http, const QString& name)
    {
        return http.post(QStringLiteral("/api/v1/rbac/groups"), QJsonObject{{QStringLiteral("name"), name}});
    }

    // 403 with a JsonError body.
    static bool forbidden(const HttpResult& r) { return r.status == 403 && r.specError.isEmpty(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_spec.isLoaded(), qPrintable(m_spec.loadError()));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_owner = std::make_unique<TestHttp>(m_sandbox.baseUrl(), m_sandbox.ownerAuth());
        HttpResult r = m_owner->post(QStringLiteral("/api/v1/tenants"),
                                     QJsonObject{{QStringLiteral("id"), QStringLiteral("rbac")},
                                                 {QStringLiteral("name"), QStringLiteral("RBAC")}, {QStringLiteral("deleted"), false}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        r = m_owner->post(QStringLiteral("/api/v1/tenants"),
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("elsewhere")},
                                      {QStringLiteral("name"), QStringLiteral("Elsewhere")}, {QStringLiteral("deleted"), false}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        r = m_owner->post(QStringLiteral("/api/v1/users"),
                          QJsonObject{{QStringLiteral("email"), QStringLiteral("dave@example.com")},
                                      {QStringLiteral("password"), m_davePassword},
                                      {QStringLiteral("tenants"), QJsonArray{QStringLiteral("rbac")}}});
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
        m_daveId = r.object().value(QLatin1String("id")).toString();
        m_dave = std::make_unique<TestHttp>(m_sandbox.baseUrl(), TestAuth::basic(QStringLiteral("dave@example.com"), m_davePassword));
        m_dave->setSpecValidator(&m_spec);
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString()));
    }

    void userWithoutRoleIsForbidden()
    {
        QCOMPARE(m_dave->get(QStringLiteral("/api/v1/me")).status, 200);
        const HttpResult r = createGroup(*m_dave, QStringLiteral("Not yet"));
        QVERIFY2(forbidden(r), qPrintable(r.describe()));
        const HttpResult list = m_dave->get(QStringLiteral("/api/v1/rbac/groups/search"));
        QVERIFY2(forbidden(list), qPrintable(list.describe()));
    }

    void ownAccessIsReadableWithoutPermission()
    {
        // KESTRA-EE-API.md §3: the caller may read its own tenant access without TENANT_ACCESS.
        const HttpResult r = m_dave->get(QStringLiteral("/api/v1/rbac/tenant-access/") + m_daveId);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
    }

    void bindingGrantsThePermission()
    {
        HttpResult r = m_owner->post(QStringLiteral("/api/v1/rbac/roles"),
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Group creator")},
                                                 {QStringLiteral("permissions"),
                                                  QJsonObject{{QStringLiteral("GROUP"), QJsonArray{QStringLiteral("CREATE")}}}}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        m_roleId = r.object().value(QLatin1String("id")).toString();
        r = m_owner->post(QStringLiteral("/api/v1/rbac/bindings"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("USER")}, {QStringLiteral("externalId"), m_daveId},
                                      {QStringLiteral("roleId"), m_roleId}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        m_bindingId = r.object().value(QLatin1String("id")).toString();
        r = createGroup(*m_dave, QStringLiteral("Dave's group"));
        QVERIFY2(r.status == 200 && r.specError.isEmpty(), qPrintable(r.describe()));
        // CREATE does not imply LIST.
        r = m_dave->get(QStringLiteral("/api/v1/rbac/groups/search"));
        QVERIFY2(forbidden(r), qPrintable(r.describe()));
        // Nor anything on another resource.
        r = m_dave->post(QStringLiteral("/api/v1/rbac/roles"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Escalate")},
                                     {QStringLiteral("permissions"), QJsonObject{{QStringLiteral("ROLE"), QJsonArray{QStringLiteral("CREATE")}}}}});
        QVERIFY2(r.status == 403, qPrintable(r.describe()));
    }

    void bindingIsPerTenant()
    {
        const HttpResult r = m_dave->post(QStringLiteral("/api/v1/elsewhere/groups"), QJsonObject{{QStringLiteral("name"), QStringLiteral("X")}});
        QVERIFY2(r.status == 403 || r.status == 401, qPrintable(r.describe()));
    }

    void namespacedBindingDoesNotGrantTenantWide()
    {
        HttpResult r = m_owner->post(QStringLiteral("/api/v1/rbac/roles"),
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Group lister")},
                                                 {QStringLiteral("permissions"),
                                                  QJsonObject{{QStringLiteral("GROUP"), QJsonArray{QStringLiteral("LIST"), QStringLiteral("VIEW")}}}}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QString listerId = r.object().value(QLatin1String("id")).toString();
        r = m_owner->post(QStringLiteral("/api/v1/rbac/bindings"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("USER")}, {QStringLiteral("externalId"), m_daveId},
                                      {QStringLiteral("roleId"), listerId}, {QStringLiteral("namespaceId"), QStringLiteral("company.team")}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        r = m_dave->get(QStringLiteral("/api/v1/rbac/groups/search"));
        QVERIFY2(r.status == 403, qPrintable(r.describe()));
    }

    void removingTheBindingRevokes()
    {
        HttpResult r = m_owner->del(QStringLiteral("/api/v1/rbac/bindings/") + m_bindingId);
        QVERIFY2(r.status == 204, qPrintable(r.describe()));
        r = createGroup(*m_dave, QStringLiteral("After revoke"));
        QVERIFY2(forbidden(r), qPrintable(r.describe()));
    }

    void instanceRoutesAreOwnerOnly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("tenants search") << QStringLiteral("/api/v1/tenants/search");
        QTest::newRow("users") << QStringLiteral("/api/v1/users");
        QTest::newRow("tenant") << QStringLiteral("/api/v1/tenants/rbac");
        QTest::newRow("service accounts") << QStringLiteral("/api/v1/service-accounts");
    }

    void instanceRoutesAreOwnerOnly()
    {
        QFETCH(QString, path);
        const HttpResult r = m_dave->get(path);
        QVERIFY2(forbidden(r), qPrintable(r.describe()));
        QCOMPARE(m_owner->get(path).status, 200);
        const HttpResult create = m_dave->post(QStringLiteral("/api/v1/tenants"),
                                               QJsonObject{{QStringLiteral("id"), QStringLiteral("daves")},
                                                           {QStringLiteral("name"), QStringLiteral("D")}, {QStringLiteral("deleted"), false}});
        QVERIFY2(forbidden(create), qPrintable(create.describe()));
    }

    void managedRolesAreReadOnly()
    {
        HttpResult r = m_owner->get(QStringLiteral("/api/v1/rbac/roles/search?size=100"));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QJsonObject managed;
        for (const QJsonValue& role : r.results()) {
            if (role.toObject().value(QLatin1String("isManaged")).toBool()) {
                managed = role.toObject();
                break;
            }
        }
        QVERIFY2(!managed.isEmpty(), "no managed role in a new tenant");
        const QString path = QStringLiteral("/api/v1/rbac/roles/") + managed.value(QLatin1String("id")).toString();
        r = m_owner->get(path);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QJsonObject before = r.object();
        r = m_owner->put(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Hijacked")},
                                           {QStringLiteral("permissions"), QJsonObject{{QStringLiteral("FLOW"), QJsonArray{QStringLiteral("VIEW")}}}}});
        QVERIFY2(r.status == 403, qPrintable(r.describe()));
        r = m_owner->del(path);
        QVERIFY2(r.status >= 400 && r.status < 500, qPrintable(r.describe()));
        r = m_owner->get(path);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.object(), before);
    }
};

} // namespace ktc::test

KTC_TEST_MAIN(ktc::test::TestSandboxRbac)
#include "tst_sandboxrbac.moc"
